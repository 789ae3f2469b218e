"""Shared data, identifier generators and formatting helpers.

Everything here is invented.  Domains end in .example and telephone numbers
use the 555-01xx range.  RAMQ NAMs are read only from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25157
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

TZ = datetime.timezone(datetime.timedelta(hours=-5))

# --------------------------------------------------------------------------
# Organisation
# --------------------------------------------------------------------------
ORG_FR = "Hôpital régional de Val-des-Aulnes"
ORG_EN = "Val-des-Aulnes Regional Hospital"
DOM = "hrva.example"
FLOW_FR = "Bureau de gestion des lits et de la trajectoire"
FLOW_EN = "Patient Flow Office"
ORG_ADDR = "1450, boulevard du Carrefour, Val-des-Aulnes (Québec) J0Z 3K0"
ORG_PHONE = "819-555-0100"

INST = {
    'chu': ("CHU de la Capitale-Nord", "chucn.example"),
    'card': ("Institut de cardiologie Laurentien", "icl.example"),
    'cusr': ("Riveraine University Health Centre", "rivuhc.example"),
    'peds': ("Hôpital pour enfants de la Baie", "hpeb.example"),
    'neuro': ("Institut neurologique du Plateau", "inp.example"),
    'burn': ("Centre des grands brûlés de l'Estuaire", "cgbe.example"),
    'cct': ("Centre de coordination des transferts", "coordtransferts.example"),
    'air': ("Aéro-Médic Nord", "aeromedic.example"),
    'amb': ("Ambulances des Aulnes", "ambaulnes.example"),
    'amb2': ("Coopérative ambulancière des Trois-Lacs", "cat3lacs.example"),
    'sel': ("Hôpital de Saint-Éloi-du-Lac", "hsel.example"),
    'rao': ("Centre de santé de Rivière-aux-Outardes", "csrao.example"),
    'ken': ("Kenwood District Hospital", "kenwood-dh.example"),
    'clsc': ("CLSC des Aulnes", "clscaulnes.example"),
    'chsld': ("CHSLD Les Trembles", "chsldtrembles.example"),
    'pharm': ("Pharmacie Lemieux-Daigle", "ph-lemieuxdaigle.example"),
    'pharm2': ("Pharmacie du Vieux-Moulin", "pharmvm.example"),
    'ins': ("Assurances Boréalis - Assistance voyage", "borealis-assur.example"),
    'be_ins': ("Mutualité Wallonne Assistance", "mwa.example"),
    'fr_ins': ("Assistance Hexagone", "hexa-assist.example"),
    'dpj': ("Direction de la protection de la jeunesse - région des Aulnes", "dpj-aulnes.example"),
    'aide': ("Centre local d'aide sociale", "aidesociale-aulnes.example"),
    'vendor1': ("Équipements Médicaux Stéri-Nord", "sterinord.example"),
    'vendor2': ("Linde-Hubert Civières inc.", "lhcivieres.example"),
    'vendor3': ("Logiciels FluxSanté", "fluxsante.example"),
    'assoc': ("Association québécoise de la gestion des lits", "aqgl.example"),
}

# --------------------------------------------------------------------------
# Names.  Staff and patient pools avoid every surname of the NAM list.
# --------------------------------------------------------------------------
STAFF_SURNAMES = [
    "Tremblay", "Côté", "Bergeron", "Lavoie", "Gingras", "Dufresne", "Beaulieu",
    "Lemieux", "Desjardins", "Thériault", "Vaillancourt", "Lachance", "Hébert",
    "Dubé", "Fréchette", "Larouche", "Marchand", "Laplante", "Bilodeau", "Guay",
    "Lacroix", "Perreault", "Drouin", "Beaudoin", "Rioux", "Michaud", "Proulx",
    "Langlois", "Turcotte", "Dumont", "Carrier", "Racine", "Parent", "Chabot",
    "Grenier", "Lévesque", "Bérubé", "Bolduc", "Harvey", "Kelly", "O'Brien",
    "Patel", "Nguyen", "Singh", "Chen", "Murphy", "Campbell", "Stewart", "Fraser",
    "Reid", "Walsh", "Okafor", "Haddad", "Benali", "Da Silva", "Kowalski",
]
PATIENT_SURNAMES = [
    "Dufour", "Gosselin", "Lemay", "Ménard", "Brisson", "Cormier", "Daigle",
    "Poulin", "Boisvert", "Leclerc", "Veilleux", "Giroux", "Dion", "Lafleur",
    "Sauvé", "Charron", "Robichaud", "Archambault", "Labbé", "Auclair", "Boivin",
    "Tessier", "Jolicoeur", "Mercier", "Pichette", "Lalonde", "Vézina",
    "St-Pierre", "Rousseau", "Bernier", "Cyr", "Chiasson", "Thompson", "Murray",
    "MacLeod", "Hughes", "Gallant", "Doucet", "Hamel", "Picard", "Tanguay",
    "Côté-Rivard", "Lessieur", "Ahmed", "Vachon", "Desrosiers", "Noël", "Audet",
    "Bélair", "Fontaine", "Whitehead", "McKenna", "Sirois", "Plourde", "Otis",
]
BE_SURNAMES = ["Peeters", "Janssens", "Maes", "Lambert", "Claes", "Wouters", "Dupont", "Jacobs"]
FR_SURNAMES = ["Moreau", "Laurent", "Lefebvre", "Garnier", "Fabre", "Chevalier", "Marchetti", "Bonnefoy"]

GIVEN_F = ["Ginette", "Lise", "Huguette", "Chantal", "Nicole", "Lucie", "Jocelyne",
           "Francine", "Mélanie", "Karine", "Isabelle", "Véronique", "Julie",
           "Audrey", "Camille", "Léa", "Rosalie", "Maude", "Thérèse", "Yolande",
           "Rachel", "Annie", "Margaret", "Linda", "Heather", "Karen", "Emily",
           "Olivia", "Grace", "Doreen", "Solange", "Carole"]
GIVEN_M = ["Réjean", "Gaétan", "Normand", "Yvon", "Marcel", "Denis", "Sylvain",
           "Stéphane", "Mathieu", "Éric", "Jean-Guy", "Raymond", "Benoît",
           "Alexandre", "Olivier", "Félix", "Zachary", "Hugo", "Rémi", "Luc",
           "Kevin", "Brian", "Douglas", "Ryan", "Ethan", "Harold", "Walter",
           "Trevor", "Bernard", "Gilbert", "Samuel", "Jérôme"]

MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
             "août", "septembre", "octobre", "novembre", "décembre"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]

STREETS = ["rue des Érables", "rang Saint-Joseph", "chemin du Lac-Noir",
           "avenue Principale", "rue de la Fabrique", "boulevard des Pins",
           "rue Champlain", "montée des Bouleaux", "rue Dollard", "chemin Taché",
           "Maple Street", "Riverside Drive"]
TOWNS = [("Val-des-Aulnes", "J0Z 3K0"), ("Saint-Éloi-du-Lac", "J0Z 2T0"),
         ("Rivière-aux-Outardes", "G0H 1P0"), ("Lac-Brûlé", "J0Y 1H0"),
         ("Sainte-Odile-des-Monts", "J0Z 4B0"), ("Pointe-aux-Merles", "G0H 2M0")]


class Rng(random.Random):
    """random.Random with a few helpers."""

    def pick(self, seq):
        return seq[self.randrange(len(seq))]

    def chance(self, p):
        return self.random() < p

    def digits(self, n):
        return ''.join(str(self.randrange(10)) for _ in range(n))


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s)
                   if unicodedata.category(c) != 'Mn')


def fold(s):
    """Lower-case, accent-free comparison form."""
    return strip_accents(unicodedata.normalize('NFKC', s)).lower()


# --------------------------------------------------------------------------
# NAM holders
# --------------------------------------------------------------------------
class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname, self.given, self.sex, self.nam = surname, given, sex, nam
        self.dob = datetime.date.fromisoformat(dob)


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            out.append(Holder(sur, giv, dob, sex, nam))
    return out


# --------------------------------------------------------------------------
# Patients
# --------------------------------------------------------------------------
class Patient:
    """A synthetic patient.  `holder` patients carry a NAM from the list."""

    def __init__(self, surname, given, sex, dob, nam=None):
        self.surname, self.given, self.sex, self.dob = surname, given, sex, dob
        self.nam = nam
        self.mrn = None
        self.phone = None
        self.address = None

    @property
    def age(self):
        ref = datetime.date(2025, 1, 15)
        return ref.year - self.dob.year - ((ref.month, ref.day) < (self.dob.month, self.dob.day))


class People:
    """Draws patients and staff without repeating names."""

    def __init__(self, rng, holders):
        self.rng = rng
        self.holders = list(holders)
        self.rng.shuffle(self.holders)
        self.used = set()
        self.staff_used = {}

    def holder_patient(self):
        h = self.holders.pop()
        p = Patient(h.surname, h.given, h.sex, h.dob, nam=h.nam)
        p.mrn = mrn(self.rng)
        return p

    def patient(self, sex=None, age=None, pool=None, min_age=1, max_age=95):
        r = self.rng
        sex = sex or r.pick("FM")
        while True:
            sur = r.pick(pool or PATIENT_SURNAMES)
            giv = r.pick(GIVEN_F if sex == 'F' else GIVEN_M)
            if (sur, giv) not in self.used:
                self.used.add((sur, giv))
                break
        if age is None:
            age = r.randint(min_age, max_age)
        year = 2025 - age
        dob = datetime.date(year, r.randint(1, 12), r.randint(1, 28))
        p = Patient(sur, giv, sex, dob)
        p.mrn = mrn(r)
        return p

    def staff(self, sex=None):
        r = self.rng
        sex = sex or r.pick("FM")
        sur = r.pick(STAFF_SURNAMES + PATIENT_SURNAMES[:18])
        giv = r.pick(GIVEN_F if sex == 'F' else GIVEN_M)
        return Staff(sur, giv, sex)


class Staff:
    def __init__(self, surname, given, sex):
        self.surname, self.given, self.sex = surname, given, sex

    @property
    def full(self):
        return "%s %s" % (self.given, self.surname)

    def email(self, dom=DOM):
        base = strip_accents("%s.%s" % (self.given, self.surname)).lower()
        return base.replace(' ', '').replace("'", '') + '@' + dom

    def dr(self, lang):
        return ("Dre " if self.sex == 'F' else "Dr ") + self.full if lang == 'fr' else "Dr. " + self.full


# --------------------------------------------------------------------------
# Identifiers
# --------------------------------------------------------------------------
def mrn(rng):
    return "%07d" % rng.randint(100000, 2999999)


def make_sin(rng):
    while True:
        body = str(rng.pick("1234567")) + rng.digits(7)
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + rng.digits(8)
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        base = "%02d%02d%02d%03d" % (dob.year % 100, dob.month, dob.day, serial)
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + "%02d" % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = "%02d" % rng.pick([13, 33, 35, 44, 59, 67, 69, 75, 92, 31])
        body = "%d%02d%02d%s%03d%03d" % (1 if sex == 'M' else 2, dob.year % 100, dob.month,
                                         dept, rng.randint(1, 990), rng.randint(1, 999))
        num = body + fr_nir.calc_check_digits(body + "00")
        if fr_nir.is_valid(num):
            return num


def valid_id(kind, value):
    if kind == 'fr_nir':
        value = value.replace('clé', '').replace('cle', '')
    v = ''.join(c for c in unicodedata.normalize('NFKC', value) if c.isalnum())
    if kind == 'ca_sin':
        return ca_sin.is_valid(v)
    if kind == 'ca_health_number':
        return len(v) == 10 and v.isdigit() and luhn.is_valid(v)
    if kind == 'be_niss':
        return be_nn.is_valid(v)
    if kind == 'fr_nir':
        return fr_nir.is_valid(v)
    return True


FULLWIDTH = {ord(str(d)): chr(0xFF10 + d) for d in range(10)}


def fullwidth(s):
    return s.translate(FULLWIDTH)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam,
        'space': "%s %s %s" % (a, b, c),
        'dots': "%s.%s.%s" % (a, b, c),
        'dash': "%s-%s-%s" % (a, b, c),
        'slash': "%s/%s/%s" % (a, b, c),
        'lower': nam.lower(),
        'odd': "%s %s%s %s" % (a[:2], a[2:], b[:2], b[2:] + c),
        'wide': a + fullwidth(b + c),
        'wide_sp': "%s %s %s" % (a, fullwidth(b), fullwidth(c)),
    }[style]


def fmt_sin(v, style):
    return {'plain': v, 'space': "%s %s %s" % (v[:3], v[3:6], v[6:]),
            'dash': "%s-%s-%s" % (v[:3], v[3:6], v[6:]),
            'dots': "%s.%s.%s" % (v[:3], v[3:6], v[6:]),
            'wide': fullwidth("%s %s %s" % (v[:3], v[3:6], v[6:]))}[style]


def fmt_ohip(v, style, vc=None):
    s = {'plain': v, 'space': "%s %s %s" % (v[:4], v[4:7], v[7:]),
         'dash': "%s-%s-%s" % (v[:4], v[4:7], v[7:]),
         'slash': "%s/%s/%s" % (v[:4], v[4:7], v[7:]),
         'wide': fullwidth(v)}[style]
    return s + (" " + vc if vc else "")


def fmt_niss(v, style):
    return {'plain': v, 'official': be_nn.format(v),
            'space': "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]),
            'dash': "%s-%s-%s" % (v[:6], v[6:9], v[9:])}[style]


def fmt_nir(v, style):
    return {'plain': v, 'space': fr_nir.format(v),
            'dots': fr_nir.format(v, '.'),
            'key': "%s clé %s" % (v[:13], v[13:])}[style]


def fmt_mrn(v, style):
    return {'plain': v, 'dash': "%s-%s" % (v[:3], v[3:]), 'space': "%s %s" % (v[:3], v[3:]),
            'slash': "%s/%s" % (v[:2], v[2:]), 'dots': "%s.%s.%s" % (v[:1], v[1:4], v[4:]),
            'prefix': "H" + v, 'wide': fullwidth(v)}[style]


# --------------------------------------------------------------------------
# Names and dates
# --------------------------------------------------------------------------
def title(p, lang):
    if lang == 'fr':
        return "Mme" if p.sex == 'F' else "M."
    return "Mrs." if p.sex == 'F' else "Mr."


def fmt_name(p, style, lang='fr'):
    g, s = p.given, p.surname
    if style == 'full':
        return "%s %s" % (g, s)
    if style == 'title':
        return "%s %s" % (title(p, lang), s)
    if style == 'title_full':
        return "%s %s %s" % (title(p, lang), g, s)
    if style == 'last_first':
        return "%s, %s" % (s.upper(), g)
    if style == 'last_first_mixed':
        return "%s, %s" % (s, g)
    if style == 'surname_first':
        return "%s %s" % (s, g)
    if style == 'upper':
        return "%s %s" % (s.upper(), g.upper())
    if style == 'lower':
        return "%s %s" % (g.lower(), s.lower())
    if style == 'lower_rev':
        return "%s %s" % (s.lower(), g.lower())
    if style == 'initial':
        return "%s. %s" % (g[0], s)
    if style == 'initial_rev':
        return "%s %s." % (s, g[0])
    if style == 'given':
        return g
    raise ValueError(style)


def d_iso(d):
    return d.isoformat()


def d_fr(d):
    return "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)


def d_en(d):
    return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)


def d_slash(d):
    return "%02d/%02d/%d" % (d.day, d.month, d.year)


def d_us(d):
    return "%02d/%02d/%d" % (d.month, d.day, d.year)


def dob_str(p, rng, lang):
    style = rng.pick(['iso', 'long', 'slash', 'dots'])
    d = p.dob
    if style == 'iso':
        return d_iso(d)
    if style == 'long':
        return d_fr(d) if lang == 'fr' else d_en(d)
    if style == 'slash':
        return d_slash(d) if lang == 'fr' else d_iso(d).replace('-', '/')
    return "%02d.%02d.%d" % (d.day, d.month, d.year)


def sex_str(p, lang, rng):
    if lang == 'fr':
        return rng.pick([p.sex, "Homme" if p.sex == 'M' else "Femme", "sexe " + p.sex])
    return rng.pick([p.sex, "Male" if p.sex == 'M' else "Female", "sex " + p.sex])


def phone(rng, area=None):
    area = area or rng.pick(["819", "418", "873", "581"])
    return "%s-555-01%02d" % (area, rng.randint(0, 99))


def phone_styled(rng):
    n = "%02d" % rng.randint(0, 99)
    area = rng.pick(["819", "418", "873", "581"])
    return rng.pick(["%s-555-01%s" % (area, n), "(%s) 555-01%s" % (area, n),
                     "%s 555 01%s" % (area, n), "%s.555.01%s" % (area, n)])


def home_address(rng):
    town, pc = rng.pick(TOWNS)
    return "%d, %s, %s (Québec) %s" % (rng.randint(2, 2400), rng.pick(STREETS), town, pc)


def signature(staff, lang, role, rng, inst=None, ext=True):
    name, dom = inst or ((ORG_FR if lang == 'fr' else ORG_EN), DOM)
    tel = ORG_PHONE if dom == DOM else phone(rng)
    lines = ["-- ", staff.full, role, name]
    if ext:
        lines.append(("Tél. : %s, poste %d" if lang == 'fr' else "Tel: %s ext. %d") % (tel, rng.randint(2000, 7999)))
    if rng.chance(0.4) and dom == DOM:
        lines.append(ORG_ADDR)
    return "\n".join(lines)


class Spec:
    """Everything a template decides about one message."""

    def __init__(self, category, lang, note):
        self.category, self.lang, self.note = category, lang, note
        self.types = set()
        self.sender = None
        self.to = []
        self.cc = []
        self.subject = ""
        self.text = None
        self.html = None
        self.attachments = []
        self.ids = []          # (kind, written value)
        self.holders = []      # Patient objects carrying a NAM
        self.names = []        # name strings that must appear in decoded text
        self.prefer = None     # 'plain', 'html', 'alt' or None
        self.reply_quote = False

    def add(self, *types):
        self.types.update(types)


class Att:
    def __init__(self, filename, ctype, data, kind, inline=False):
        self.filename, self.ctype, self.data, self.kind = filename, ctype, data, kind
        self.inline = inline
