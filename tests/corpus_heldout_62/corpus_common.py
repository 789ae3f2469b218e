"""Shared data and helpers for the pediatrics / obstetrics / neonatal corpus.

Everything here is invented: people, institutions, addresses, domains (*.example)
and phone numbers (555).  Only the NAMs come from ../blind_nams.txt.
"""
import datetime as dt
import hashlib
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')


# --------------------------------------------------------------------------
# People from the NAM list
# --------------------------------------------------------------------------
class Person:
    def __init__(self, surname, given, dob, sex, nam=None, **extra):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.ids = {}
        self.__dict__.update(extra)

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def age(self, on):
        years = on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))
        return years

    def __repr__(self):
        return 'Person(%s)' % self.full


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(Person(surname, given, dt.date(y, m, d), sex, nam))
    return people


# --------------------------------------------------------------------------
# Invented name pools
# --------------------------------------------------------------------------
KID_GIVEN_F = ['Léa', 'Olivia', 'Emma', 'Alice', 'Charlotte', 'Florence', 'Zoé', 'Rosalie', 'Mila',
               'Ava', 'Chloé', 'Maëlle', 'Éloïse', 'Yara', 'Inès', 'Juliette', 'Béatrice', 'Hailey',
               'Abigail', 'Noémie', 'Clara', 'Laurence', 'Mia', 'Aïcha']
KID_GIVEN_M = ['Noah', 'William', 'Thomas', 'Jacob', 'Léo', 'Nathan', 'Édouard', 'Arthur', 'Ethan',
               'Logan', 'Jayden', 'Félix', 'Samuel', 'Raphaël', 'Victor', 'Adam', 'Amir', 'Zacharie',
               'Mathis', 'Owen', 'Benjamin', 'Antoine', 'Hugo', 'Elliot']
ADULT_GIVEN_F = ['Julie', 'Mélissa', 'Karine', 'Jessica', 'Vanessa', 'Amélie', 'Kim', 'Andréanne',
                 'Sabrina', 'Émilie', 'Ashley', 'Rebecca', 'Fatoumata', 'Maria', 'Sandrine', 'Joanie',
                 'Marie-Pier', 'Stacey', 'Nadège', 'Camille']
ADULT_GIVEN_M = ['Jonathan', 'Maxime', 'Kevin', 'Patrick', 'Steve', 'Dominic', 'Frédéric', 'Ryan',
                 'Yannick', 'Sébastien', 'Mohamed', 'Justin', 'Marc-André', 'Tyler', 'Jean-François']
FAMILY = ['Bergeron', 'Desrosiers', 'Fontaine', 'Gingras', 'Lalonde', 'Mercier', 'Ouellette',
          'Paradis', 'Rousseau', 'Vachon', 'Hébert', 'Dion', 'Boivin', 'Larouche', 'Harvey',
          'Kennedy', 'Walsh', 'Singh', 'Diallo', 'Mbaye', 'Nkurunziza', 'Lévesque', 'Grenier',
          'Sirois', 'Turcotte', 'Charbonneau', 'McKenzie', 'Obeng', 'Raymond', 'Bolduc']
BE_FAMILY = ['Janssens', 'Peeters', 'Maes', 'Dubois', 'Lambert', 'Claes', 'Wouters', 'Goossens',
             'Lemaire', 'Vandenberghe']
FR_FAMILY = ['Moreau', 'Lefèvre', 'Garnier', 'Faure', 'Chevalier', 'Rolland', 'Marchand',
             'Perrin', 'Baron', 'Guillot']

STAFF_GIVEN = ['Annie', 'Caroline', 'Isabelle', 'Mélanie', 'Stéphanie', 'Karine', 'Valérie',
               'Marie-Ève', 'Catherine', 'Audrey', 'Nadia', 'Sophie', 'Véronique', 'Chantal', 'Éric',
               'Mathieu', 'François', 'Simon', 'Alexandre', 'Jennifer', 'Rachel', 'Megan', 'Priya',
               'Amira', 'Olivier', 'Jean-Philippe', 'Hélène', 'Lucie', 'Maude', 'Élodie', 'Gabriel',
               'Heather', 'Daniel', 'Linda', 'Geneviève']
STAFF_SUR = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Fortier', 'Dubé', 'Ouimet', 'Gendron',
             'Pelchat', 'Rioux', 'Lemieux', 'Beaulieu', 'Desjardins', 'Lachance', 'Vézina', 'Poulin',
             'Bérubé', 'Thériault', 'Girouard', 'Lefebvre', 'Nguyen', 'Haddad', 'Kowalski',
             "O'Brien", 'Patel', 'Campbell', 'Fraser', 'Murphy', 'St-Pierre', 'Robitaille', 'Gauvin',
             'Labrecque']


# --------------------------------------------------------------------------
# Institutions (all invented)
# --------------------------------------------------------------------------
class Org:
    def __init__(self, key, name_fr, name_en, domain, city, street, postal, area):
        self.key, self.name_fr, self.name_en, self.domain = key, name_fr, name_en, domain
        self.city, self.street, self.postal, self.area = city, street, postal, area

    def name(self, lang):
        return self.name_fr if lang == 'fr' else self.name_en


ORGS = {
    'chu': Org('chu', 'CHU Sainte-Aurore', 'Sainte-Aurore University Hospital', 'chu-sainte-aurore.example',
               'Sainte-Aurore', '3100, boulevard des Hospitalières', 'G9X 4K2', '819'),
    'cme': Org('cme', 'Centre mère-enfant Boréal', 'Boréal Mother and Child Centre', 'cme-boreal.example',
               'Val-Boréal', '45, rue de la Maternité', 'J9Z 2P1', '819'),
    'hrv': Org('hrv', 'Hôpital régional de la Vallée-Verte', 'Vallée-Verte Regional Hospital',
               'hrvv.example', 'Mont-Vallon', '880, avenue Principale', 'J0Y 3B5', '819'),
    'cisss': Org('cisss', 'CISSS de la Vallée-Verte', 'CISSS de la Vallée-Verte', 'cisss-valleeverte.example',
                 'Mont-Vallon', '12, rue du Parc', 'J0Y 3A9', '819'),
    'clsc': Org('clsc', 'CLSC des Pins', 'CLSC des Pins', 'cisss-valleeverte.example', 'Val-des-Pins',
                '210, chemin des Pins', 'J0Z 1M4', '819'),
    'dpj': Org('dpj', 'Direction de la protection de la jeunesse – Vallée-Verte',
               'Youth Protection Directorate – Vallée-Verte', 'dpj-valleeverte.example', 'Mont-Vallon',
               '400, rue Saint-Louis', 'J0Y 3C1', '819'),
    'rideau': Org('rideau', "Centre pédiatrique Rideau", "Rideau Children's Health Centre", 'rideauchildren.example',
                  'Ottawa', '777 Lanark Crescent', 'K1X 5T3', '613'),
    'school': Org('school', 'Centre de services scolaire des Érables', 'Érables School Service Centre',
                  'csserables.example', 'Val-des-Pins', '95, rue de l\'École', 'J0Z 1N0', '819'),
    'eng': Org('eng', 'Lakeshore English School Board', 'Lakeshore English School Board', 'lesb.example',
               'Pointe-Verte', '1500 Lakeview Road', 'H9X 7Q7', '514'),
    'cas': Org('cas', "Société d'aide à l'enfance de la Vallée", "Valley Children's Aid Society",
               'valleycas.example', 'Ottawa', '310 Bank Row', 'K2Y 4H8', '613'),
    'liege': Org('liege', 'Clinique de l\'Enfant – Liège-Ouest', 'Liège-Ouest Children\'s Clinic',
                 'clinique-enfant-liege.example', 'Liège', 'Rue des Tilleuls 14', '4000', '32'),
    'lyon': Org('lyon', 'Maternité Saint-Irénée', 'Saint-Irénée Maternity', 'maternite-st-irenee.example',
                'Lyon', '9, quai des Brumes', '69005', '33'),
}

PERSONAL_DOMAINS = ['courriel.example', 'fibrenet.example', 'mailbox.example', 'boreal-net.example',
                    'postebleue.example', 'webmail.example']
VENDOR_DOMAINS = ['medisupply.example', 'neonatech.example', 'biolab-services.example',
                  'lactaplus.example', 'froidvax.example']

STREETS = ['rue des Mésanges', 'rue Principale', 'chemin du Lac-Vert', 'avenue des Bouleaux',
           'rue Saint-Joseph', 'boulevard Laurier-Ouest', 'rue des Érables', 'rang Saint-Michel',
           'Maple Crescent', 'Birch Street', 'Willow Lane', 'rue du Coteau', 'place des Lilas']
CITIES = [('Val-des-Pins', 'J0Z'), ('Mont-Vallon', 'J0Y'), ('Sainte-Aurore', 'G9X'),
          ('Val-Boréal', 'J9Z'), ('Pointe-Verte', 'H9X'), ('Saint-Élzéar-du-Lac', 'J0W')]
ON_CITIES = [('Ottawa', 'K1X'), ('Orléans', 'K4B'), ('Kanata', 'K2W')]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def slug(s):
    s = strip_accents(s).lower()
    return ''.join(c if c.isalnum() else '.' for c in s).strip('.').replace('..', '.')


# --------------------------------------------------------------------------
# Random helpers (everything goes through one random.Random instance)
# --------------------------------------------------------------------------
def phone(rng, area='819', sep=None):
    n = rng.randint(100, 199)
    sep = sep if sep is not None else rng.choice(['-', ' ', '.', ''])
    if sep == '':
        return '(%s) 555-0%03d' % (area, n)
    return '%s%s555%s0%03d' % (area, sep, sep, n)


def clinic_phone(rng, org, ext=True):
    p = '%s 555-0%03d' % (org.area, rng.randint(100, 199)) if org.area not in ('32', '33') else (
        '+%s 555 0%03d' % (org.area, rng.randint(100, 199)))
    if ext and rng.random() < 0.6:
        p += (' poste ' if rng.random() < 0.5 else ' ext. ') + str(rng.randint(2000, 7999))
    return p


def home_address(rng, ontario=False):
    num = rng.randint(12, 4890)
    if ontario:
        city, fsa = rng.choice(ON_CITIES)
        street = rng.choice(['Maple Crescent', 'Birch Street', 'Willow Lane', 'Cedarview Drive'])
        return '%d %s, %s ON %s %d%s%d' % (num, street, city, fsa, rng.randint(1, 9),
                                          rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randint(0, 9))
    city, fsa = rng.choice(CITIES)
    street = rng.choice(STREETS)
    apt = ('app. %d, ' % rng.randint(1, 12)) if rng.random() < 0.25 else ''
    return '%s%d, %s, %s (Québec) %s %d%s%d' % (apt, num, street, city, fsa, rng.randint(1, 9),
                                                 rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randint(0, 9))


def personal_email(rng, given, surname):
    base = slug(given).split('.')[0]
    sur = slug(surname).replace('.', '')
    pat = rng.choice(['{g}.{s}', '{g}{s}', '{gi}{s}{n}', '{s}.{g}{n}', '{g}_{s}'])
    local = pat.format(g=base, s=sur, gi=base[0], n=rng.randint(1, 99))
    return '%s@%s' % (local, rng.choice(PERSONAL_DOMAINS))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def msgid(rng, domain):
    h = hashlib.sha1(str(rng.random()).encode()).hexdigest()
    return '<%s.%s@%s>' % (h[:12], h[12:20], domain)


# --------------------------------------------------------------------------
# Identifier generators, each validated with python-stdnum
# --------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    if style == 0:
        return '%s %s %s' % (num[:3], num[3:6], num[6:])
    if style == 1:
        return '%s-%s-%s' % (num[:3], num[3:6], num[6:])
    return num


def gen_ohip(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice('ABCEHKLMNPRSTVWXY') + rng.choice('ABCEHKLMNPRSTVWXY')
            return num, vc


def fmt_ohip(num, vc, style):
    if style == 0:
        return '%s-%s-%s-%s' % (num[:4], num[4:7], num[7:], vc)
    if style == 1:
        return '%s %s %s %s' % (num[:4], num[4:7], num[7:], vc)
    if style == 2:
        return '%s%s' % (num, vc)
    return num


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        if serial > 997:
            continue
        core = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
        base = int(('2' + core) if dob.year >= 2000 else core)
        num = core + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def fmt_niss(num, style):
    if style == 0:
        return '%s.%s.%s-%s.%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    if style == 1:
        return '%s %s %s' % (num[:6], num[6:9], num[9:])
    return num


FR_DEPTS = [('69', ['123', '381', '266']), ('75', ['115', '112', '120']), ('13', ['055', '201']),
            ('33', ['063', '281']), ('59', ['350', '599']), ('44', ['109', '143'])]


def gen_nir(rng, dob, sex):
    while True:
        dep, communes = rng.choice(FR_DEPTS)
        core = '%d%02d%02d%s%s%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dep,
                                        rng.choice(communes), rng.randint(1, 999))
        num = core + '%02d' % (97 - int(core) % 97)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == 0:
        return '%s %s %s %s %s %s %s' % (num[0], num[1:3], num[3:5], num[5:7], num[7:10], num[10:13], num[13:])
    if style == 1:
        return '%s %s' % (num[:13], num[13:])
    return num


MRN_STYLES = {
    'chu': ('CHU', 7), 'cme': ('CME', 6), 'hrv': ('HRV', 7), 'rideau': ('RCH', 8),
}


def gen_mrn(rng, org_key='chu'):
    prefix, n = MRN_STYLES.get(org_key, ('CHU', 7))
    return prefix, ''.join(str(rng.randint(0, 9)) for _ in range(n))


def fmt_mrn(prefix, digits, lang, style):
    if style == 0:
        return ('No de dossier : %s' if lang == 'fr' else 'MRN: %s') % digits
    if style == 1:
        return ('dossier %s-%s' if lang == 'fr' else 'chart #%s-%s') % (prefix, digits)
    if style == 2:
        return ('# dossier %s %s' if lang == 'fr' else 'Chart no. %s %s') % (digits[:3], digits[3:])
    return ('Dossier %s : %s' if lang == 'fr' else '%s MRN %s') % (prefix, digits)


def fmt_nam(nam, style):
    if style == 0:
        return nam
    if style == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return nam.lower()
    if style == 3:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    return '%s %s' % (nam[:4], nam[4:])


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(d, lang, style):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return '%02d/%02d/%04d' % (d.day, d.month, d.year) if lang == 'fr' else '%02d/%02d/%04d' % (
            d.month, d.day, d.year)
    if style == 2:
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 3:
        return '%04d/%02d/%02d' % (d.year, d.month, d.day)
    return '%02d-%02d-%04d' % (d.day, d.month, d.year)


def fmt_day(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    return '%s, %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def rand_msg_datetime(rng, start=dt.date(2025, 1, 6), end=dt.date(2025, 11, 28)):
    span = (end - start).days
    while True:
        d = start + dt.timedelta(days=rng.randint(0, span))
        if d.weekday() < 5 or rng.random() < 0.15:
            break
    h = rng.choice([7, 8, 8, 9, 9, 10, 11, 13, 14, 15, 16, 19, 21, 22])
    off = -4 if dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2) else -5
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59), tzinfo=tz)


# --------------------------------------------------------------------------
# Typos / informal writing
# --------------------------------------------------------------------------
def typo_word(rng, w):
    if len(w) < 5 or not w.isalpha():
        return w
    i = rng.randint(1, len(w) - 3)
    op = rng.randint(0, 2)
    if op == 0:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == 1:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def sloppy(rng, text, rate=0.04, drop_accents=False, protect=()):
    """Introduce a few typos in running text; words in `protect` are left alone."""
    out_lines = []
    ptoks = set()
    for p in protect:
        for t in (p or '').split():
            ptoks.add(t.strip('.,;:!?()"\''))
    for line in text.split('\n'):
        words = line.split(' ')
        for k, w in enumerate(words):
            if w.strip('.,;:!?()"\'') in ptoks:
                continue
            if rng.random() < rate:
                words[k] = typo_word(rng, w)
        line = ' '.join(words)
        if drop_accents:
            kept = [p for p in protect if p]
            masked = line
            for j, p in enumerate(kept):
                masked = masked.replace(p, '\x00%d\x00' % j)
            masked = strip_accents(masked)
            for j, p in enumerate(kept):
                masked = masked.replace('\x00%d\x00' % j, p)
            line = masked
        out_lines.append(line)
    return '\n'.join(out_lines)
