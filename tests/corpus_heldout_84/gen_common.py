"""Shared helpers: deterministic randomness, people pools, identifiers, formatting.

Everything here is invented, except the RAMQ NAMs which come from ../blind_nams.txt.
"""
import datetime
import os
import random
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

# ---------------------------------------------------------------- randomness

def sub_rng(seed, *keys):
    """Independent, reproducible RNG for one message (does not depend on hash())."""
    s = str(seed) + '|' + '|'.join(str(k) for k in keys)
    acc = 1469598103934665603
    for ch in s.encode('utf-8'):
        acc = ((acc ^ ch) * 1099511628211) % (1 << 64)
    return random.Random(acc)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p):
    return rng.random() < p


# ---------------------------------------------------------------- NAM holders

class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'F' / 'M'
        self.nam = nam

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def age(self, when):
        a = when.year - self.dob.year
        if (when.month, when.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()[:5]
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


# ---------------------------------------------------------------- name pools
# Invented patients (never a NAM holder's full name: filtered at run time).
PAT_GIVEN_F = ['Huguette', 'Lise', 'Francine', 'Micheline', 'Thérèse', 'Audrey', 'Jessica', 'Léa',
               'Zoé', 'Éloïse', 'Jacinthe', 'Gisèle', 'Lucille', 'Carole', 'Nicole', 'Yolande',
               'Rachel', 'Karine', 'Mélissa', 'Solange', 'Priya', 'Margaret', 'Heather', 'Chloé',
               'Annie', 'Rosalie', 'Maude', 'Noémie', 'Bernadette', 'Linda']
PAT_GIVEN_M = ['Jean-Guy', 'Réjean', 'Gaétan', 'Yvon', 'Raymond', 'Maxime', 'Kevin', 'Mathis',
               'Olivier', 'Noah', 'Normand', 'Rosaire', 'Denis', 'Sylvain', 'Benoît', 'Ghislain',
               'Armand', 'Patrick', 'Trevor', 'Arjun', 'Hugo', 'Félix', 'Donald', 'Steve',
               'Marcel', 'Jérémie', 'Cédric', 'Wayne', 'Samuel', 'Lucien']
PAT_SURNAMES = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Desjardins', 'Ouimet', 'Charbonneau',
                'Lemieux', 'Dubé', 'Girouard', 'Vaillancourt', 'Béliveau', 'Drouin', 'Rioux',
                'Lachance', 'Poulin', 'Hébert', 'Dufresne', 'Leclerc', 'Boisvert', 'St-Pierre',
                'Beaulieu', 'Thériault', 'Larouche', 'Gingras', 'Bissonnette', 'Turcotte',
                'Labrecque', 'Kowalski', "O'Brien", 'Nguyen', 'Patel', 'Harrison', 'McKenzie',
                'Sutherland', 'Greenberg', 'Rossi', 'Okafor', 'Fraser', 'Morrison', 'Doyle',
                'Ferreira', 'Chartier', 'Lalonde', 'Bourgeois', 'Cyr', 'Audet', 'Vachon']

# Staff: surnames disjoint from every NAM holder surname (checked at run time).
STAFF = [
    ('Hélène', 'Marchand'), ('Stéphane', 'Desrosiers'), ('Isabelle', 'Lavallée'),
    ('Mathieu', 'Bérubé'), ('Julie', 'Proulx'), ('François', 'Villeneuve'),
    ('Nadia', 'Arsenault'), ('Éric', 'Deschênes'), ('Caroline', 'Gosselin'),
    ('Sébastien', 'Lefebvre'), ('Valérie', 'Ménard'), ('Alexandre', 'Robitaille'),
    ('Chantal', 'Sauvé'), ('Martin', 'Tessier'), ('Geneviève', 'Veilleux'),
    ('Daniel', 'Whitfield'), ('Harpreet', 'Kaur'), ('Laura', 'Abernathy'),
    ('Erik', 'Lindqvist'), ('Chidi', 'Okonkwo'), ('Rami', 'Haddad'),
    ('Lucía', 'Ramírez'), ('Thanh', 'Bui'), ('Anita', 'Kapoor'), ('Sean', 'Fitzgerald'),
    ('Rebecca', 'Mercer'), ('Owen', 'Dalton'), ('Claire', 'Sherwood'),
    ('Pascal', 'Castonguay'), ('Annie', 'Laflamme'), ('Dominique', 'Paradis'),
    ('Luc', 'Bourassa'), ('Marie-Ève', 'Gendron'), ('Yannick', 'Lamontagne'),
    ('Josianne', 'Trudel'), ('Guillaume', 'Corriveau'), ('Kim', 'Lachapelle'),
    ('Simon', 'Auclair'), ('Émilie', 'Brassard'), ('Patrice', 'Dionne'),
    ('Megan', 'Sinclair'), ('Tyler', 'Hargreaves'), ('Priyanka', 'Mehta'),
    ('Jonathan', 'Vézina'), ('Amélie', 'Fontaine'), ('Olivier', 'Jodoin'),
]

# ---------------------------------------------------------------- organisations
ORGS = {
    'spl': ('Services préhospitaliers Laurentides-Nord', 'spln.example'),
    'ccs': ('Centre de communication santé Val-Nordet', 'ccs-valnordet.example'),
    'corti': ("Centre d'orientation régional des transferts interhospitaliers (CORTI)", 'corti.example'),
    'sab': ('Service aéromédical boréal', 'sab-air.example'),
    'is811': ('Info-Santé 811 — Val-Nordet', 'infosante-vn.example'),
    'cap': ('Centre antipoison régional', 'antipoison-reg.example'),
    'hvn': ('Hôpital régional de Val-Nordet', 'hrvn.example'),
    'chul': ('CHU Laurentin', 'chu-laurentin.example'),
    'hsc': ('Hôpital de Saint-Clément-des-Prés', 'hscp.example'),
    'ciss': ('CISSS des Hautes-Rivières', 'cisss-hr.example'),
    'tele': ('Télésanté Boréale', 'telesante-boreale.example'),
    'ebk': ('Eastbrook Regional Health Centre', 'eastbrook-health.example'),
    'haw': ('Hawthorne District Hospital', 'hawthorne-dh.example'),
    'lakeems': ('Lakeshore County Paramedic Service', 'lakeshore-ems.example'),
    'ambu': ('Ambulances Rivière-aux-Saules inc.', 'ambu-ras.example'),
}
HOSP_FR = ['Hôpital régional de Val-Nordet', 'CHU Laurentin', 'Hôpital de Saint-Clément-des-Prés',
           'Hôpital de Rivière-aux-Saules', 'Centre hospitalier de Mont-Aurèle']
HOSP_EN = ['Eastbrook Regional Health Centre', 'Hawthorne District Hospital', 'CHU Laurentin',
           'Riverside General (Val-Nordet site)', 'Hôpital régional de Val-Nordet']

STREETS = ['rue des Érables', 'boulevard Lacasse', 'rang Saint-Joseph', 'chemin du Lac-Noir',
           'rue Principale', 'avenue des Pins', 'rue Wilfrid-Ouellette', 'montée Gravel',
           'Maple Crescent', 'Birchwood Drive', 'rue de la Gare', 'chemin des Sources']
TOWNS = [('Val-Nordet', 'J0T 9Z4'), ('Saint-Clément-des-Prés', 'J0W 9K2'),
         ('Rivière-aux-Saules', 'J9Z 9R1'), ('Mont-Aurèle', 'J0V 9L8'),
         ('Lac-Brûlé', 'J0T 9X6'), ('Sainte-Odile-du-Nord', 'J0W 9B3')]
ON_TOWNS = [('Eastbrook', 'K0B 9Z1'), ('Hawthorne', 'K0A 9M4'), ('Lakeshore', 'K0C 9T7')]


def phone(rng, area=None):
    area = area or pick(rng, ['819', '450', '873', '579', '514', '613'])
    return '%s-555-01%02d' % (area, rng.randrange(0, 100))


def phone_fmt(rng, area=None):
    p = phone(rng, area)
    a, b, c = p.split('-')
    return pick(rng, ['(%s) %s-%s' % (a, b, c), '%s %s-%s' % (a, b, c), '%s.%s.%s' % (a, b, c), p])


def address(rng, ontario=False):
    num = rng.randrange(12, 3900)
    if ontario:
        town, pc = pick(rng, ON_TOWNS)
        st = pick(rng, ['Maple Crescent', 'Birchwood Drive', 'Concession Rd 4', 'King St. W'])
        return '%d %s, %s ON %s' % (num, st, town, pc)
    town, pc = pick(rng, TOWNS)
    st = pick(rng, STREETS)
    if chance(rng, 0.3):
        return '%d-%d, %s, %s (Québec) %s' % (rng.randrange(1, 12), num, st, town, pc)
    return '%d, %s, %s (QC) %s' % (num, st, town, pc)


# ---------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        first = pick(rng, '1234567')
        body = first + ''.join(pick(rng, '0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(rng, num):
    return pick(rng, ['%s %s %s', '%s-%s-%s', '%s%s%s', '%s %s %s'])% (num[:3], num[3:6], num[6:])


def make_ohip(rng):
    while True:
        body = pick(rng, '123456789') + ''.join(pick(rng, '0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, pick(rng, ['AB', 'KL', 'RT', 'XM', 'JC', 'WP'])


def fmt_ohip(rng, num, vc):
    return pick(rng, ['%s-%s-%s-%s', '%s %s %s %s', '%s%s%s %s'])% (num[:4], num[4:7], num[7:], vc)


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (0 if sex == 'F' else 1)
    base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
    key_src = ('2' + base) if dob.year >= 2000 else base
    check = 97 - int(key_src) % 97
    num = base + '%02d' % check
    assert be_nn.is_valid(num), num
    return num


def fmt_niss(num):
    return '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])


def make_nir(rng, dob, sex):
    dep = pick(rng, ['75', '69', '13', '33', '59', '44', '67', '35', '31', '06'])
    commune = '%03d' % rng.randrange(1, 400)
    order = '%03d' % rng.randrange(1, 999)
    base = '%d%02d%02d%s%s%s' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dep, commune, order)
    key = 97 - int(base) % 97
    num = base + '%02d' % key
    assert fr_nir.is_valid(num), num
    return num


def fmt_nir(rng, num):
    if chance(rng, 0.7):
        return '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    return num


def make_mrn(rng, style=None):
    style = style if style is not None else rng.randrange(5)
    if style == 0:
        return '%07d' % rng.randrange(100000, 9999999)
    if style == 1:
        return 'H%06d' % rng.randrange(0, 999999)
    if style == 2:
        return '%02d-%05d' % (rng.randrange(10, 99), rng.randrange(0, 99999))
    if style == 3:
        return 'VN%07d' % rng.randrange(0, 9999999)
    return 'MRN%06d' % rng.randrange(0, 999999)


FULLWIDTH = {str(i): chr(0xFF10 + i) for i in range(10)}


def disguise_nam(rng, nam, mode=None):
    """Display a NAM the way people actually type it (odd spacing, dots, full-width...)."""
    mode = mode if mode is not None else rng.randrange(9)
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if mode == 0:
        return nam
    if mode == 1:
        return '%s %s %s' % (a, b, c)
    if mode == 2:
        return '%s-%s-%s' % (a, b, c)
    if mode == 3:
        return '%s.%s.%s' % (a, b, c)
    if mode == 4:
        return '%s/%s/%s' % (a, b, c)
    if mode == 5:
        return a + ''.join(FULLWIDTH[d] for d in b + c)
    if mode == 6:
        return nam.lower()
    if mode == 7:
        return '%s %s %s %s' % (a, b[:2], b[2:], c)
    return '%s  %s%s' % (a, b, c)


def disguise_digits(rng, s):
    mode = rng.randrange(4)
    if mode == 0:
        return ''.join(FULLWIDTH.get(ch, ch) for ch in s)
    if mode == 1:
        return s.replace(' ', '.').replace('-', '.')
    if mode == 2:
        return s.replace(' ', '  ')
    return s


# ---------------------------------------------------------------- patients

class PatientPool:
    """Hands out NAM holders (each at most twice) and invented patients."""

    def __init__(self, seed):
        self.rng = sub_rng(seed, 'patients')
        self.holders = load_nam_holders()
        order = list(range(len(self.holders)))
        self.rng.shuffle(order)
        self.order = order
        self.use = {i: 0 for i in order}
        self.taken_invented = []
        self.forbidden = {(p.given.lower(), p.surname.lower()) for p in self.holders}

    def holder(self, rng, min_age=0, max_age=120, when=None):
        when = when or datetime.date(2025, 3, 1)
        for cap in (1, 2, 3):
            cands = [i for i in self.order if self.use[i] < cap
                     and min_age <= self.holders[i].age(when) <= max_age]
            if cands:
                i = cands[rng.randrange(len(cands))] if cap > 1 else cands[0]
                self.use[i] += 1
                return self.holders[i]
        raise RuntimeError('no NAM holder for ages %s-%s' % (min_age, max_age))

    def invented(self, rng, min_age=18, max_age=90, when=None, sex=None):
        when = when or datetime.date(2025, 3, 1)
        while True:
            sx = sex or pick(rng, 'FM')
            given = pick(rng, PAT_GIVEN_F if sx == 'F' else PAT_GIVEN_M)
            sur = pick(rng, PAT_SURNAMES)
            if (given.lower(), sur.lower()) in self.forbidden:
                continue
            if (given, sur) in self.taken_invented and chance(rng, 0.9):
                continue
            age = rng.randrange(min_age, max_age + 1)
            dob = datetime.date(when.year - age - 1, rng.randrange(1, 13), rng.randrange(1, 29))
            if (dob.month, dob.day) <= (when.month, when.day):
                dob = dob.replace(year=dob.year + 1)
            self.taken_invented.append((given, sur))
            return Person(sur, given, dob, sx)


def staff(rng, n=1, exclude=()):
    out = []
    while len(out) < n:
        s = pick(rng, STAFF)
        if s not in out and s not in exclude:
            out.append(s)
    return out if n > 1 else out[0]


def staff_addr(person, domain, style=None):
    g, s = person
    strip = lambda x: ''.join(c for c in unicodedata.normalize('NFKD', x) if not unicodedata.combining(c))
    g2 = strip(g).lower().replace(' ', '').replace("'", '')
    s2 = strip(s).lower().replace(' ', '').replace("'", '')
    style = style if style is not None else (len(g) + len(s)) % 3
    if style == 0:
        return '%s.%s@%s' % (g2, s2, domain)
    if style == 1:
        return '%s%s@%s' % (g2[0], s2, domain)
    return '%s_%s@%s' % (g2, s2, domain)


# ---------------------------------------------------------------- dates

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
          'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(rng, d, lang, style=None):
    style = style if style is not None else rng.randrange(4)
    if style == 0:
        return d.strftime('%Y-%m-%d')
    if lang == 'fr':
        if style == 1:
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        if style == 2:
            return d.strftime('%d/%m/%Y')
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    if style == 1:
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 2:
        return d.strftime('%d/%m/%Y') if chance(rng, 0.3) else d.strftime('%Y/%m/%d')
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1][:3], d.day)


def fmt_dob(rng, d, lang):
    style = rng.randrange(4)
    if style == 0:
        return d.strftime('%Y-%m-%d')
    if style == 1:
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%Y/%m/%d')
    if style == 2:
        return ('%d %s %d' % (d.day, MOIS[d.month - 1], d.year) if lang == 'fr'
                else '%s %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year))
    return d.strftime('%d-%m-%Y') if lang == 'fr' else d.strftime('%d-%b-%Y').upper()


def base_date(rng):
    start = datetime.datetime(2025, 1, 6, 6, 0)
    return start + datetime.timedelta(days=rng.randrange(0, 170), minutes=rng.randrange(0, 16 * 60))


def hhmm(rng, lang, h=None, m=None):
    h = rng.randrange(0, 24) if h is None else h
    m = rng.randrange(0, 60) if m is None else m
    return ('%dh%02d' % (h, m)) if (lang == 'fr' and chance(rng, 0.6)) else ('%02d:%02d' % (h, m))


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
