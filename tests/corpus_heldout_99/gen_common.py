"""Shared data, identifier generators and helpers for the dental / OMFS corpus.

Everything here is invented: people, institutions, addresses (``*.example``
domains, 555-01xx phone numbers).  RAMQ NAMs come only from ../blind_nams.txt.
"""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')

TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
         'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
         'patient_contact', 'social_information']


# ---------------------------------------------------------------- people
class Person:
    """A patient.  ``nam`` is set only for holders from blind_nams.txt."""

    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'F' or 'M'
        self.nam = nam
        self.sin = None
        self.ohn = None
        self.niss = None
        self.nir = None
        self.mrn = None
        self.phone = None
        self.address = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def last_first(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_holders(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(Person(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


FR_GIVEN_F = ['Julie', 'Isabelle', 'Chantal', 'Mélanie', 'Véronique', 'Annie', 'Karine',
              'Stéphanie', 'Marie-Ève', 'Audrey', 'Émilie', 'Catherine', 'Lucie', 'Françoise',
              'Hélène', 'Monique', 'Rachel', 'Noémie', 'Léa', 'Camille', 'Rosalie', 'Jeanne',
              'Solange', 'Thérèse', 'Maude', 'Gabrielle', 'Yolande', 'Ariane']
FR_GIVEN_M = ['Jean-François', 'Mathieu', 'Sébastien', 'Éric', 'Stéphane', 'Patrick',
              'Alexandre', 'Benoît', 'François', 'Guy', 'Réjean', 'Yves', 'Raymond', 'Luc',
              'Olivier', 'Félix', 'Étienne', 'Samuel', 'Hugo', 'Jérôme', 'Maxime', 'Denis',
              'Normand', 'Gaétan', 'Thomas', 'Nicolas', 'Simon', 'Martin']
EN_GIVEN_F = ['Jennifer', 'Karen', 'Laura', 'Megan', 'Rachel', 'Heather', 'Olivia', 'Emily',
              'Susan', 'Patricia', 'Grace', 'Hannah', 'Chloe', 'Abigail', 'Margaret', 'Fatima',
              'Priya', 'Mei', 'Aisha', 'Natalia']
EN_GIVEN_M = ['Michael', 'Kevin', 'Jason', 'Brian', 'Ryan', 'Daniel', 'Matthew', 'Andrew',
              'Ethan', 'Noah', 'Owen', 'Graham', 'Peter', 'Arjun', 'Omar', 'Wei', 'Tomasz',
              'Carlos', 'Dmitri', 'Kwame']

# patients (invented, disjoint from NAM holder surnames - filtered at run time)
PATIENT_SURNAMES = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Gingras', 'Desjardins', 'Bédard',
                    'Dufour', 'Lemieux', 'Pageau', 'Charest', 'Rioux', 'Dubé', 'Lévesque',
                    'Beaulieu', 'Deschênes', 'Marcotte', 'Hébert', 'Vaillancourt', 'Arsenault',
                    'Boisvert', 'Laflamme', 'Cormier', 'Gosselin', 'Bilodeau', 'Turcotte',
                    'Lachance', 'Poulin', 'Lacasse', 'Mercier', 'Drolet', 'Michaud', 'Doucet',
                    'Thériault', 'Nguyen', 'Tran', 'Haddad', 'Khoury', 'Diallo', 'Joseph',
                    'Pierre-Louis', 'Patel', 'Singh', 'Chen', "O'Brien", 'Murphy', 'Campbell',
                    'Stewart', 'Fraser', 'Kowalski', 'Rossi', 'Ferreira', 'Santos', 'Gonzalez',
                    'Petrov', 'Novak', 'Blais', 'Larivière', 'Robitaille', 'Ouimet']
# staff, physicians, suppliers (disjoint from patients and holders)
STAFF_SURNAMES = ['Desrosiers', 'Lamontagne', 'Beauchemin', 'Villeneuve', 'Larochelle',
                  'Proulx', 'St-Onge', 'Rochette', 'Brassard', 'Lafrenière', 'Demers',
                  'Carrier', 'Bolduc', 'Asselin', 'Huard', 'Maltais', 'Jutras', 'Fontaine',
                  'Lalonde', 'Sauvé', 'Champagne', 'Veilleux', 'Grenier', 'Audet', 'Labbé',
                  'Guay', 'Fleury', 'Ménard', 'Harrison', 'Whitfield', 'Okafor', 'Bernstein',
                  'Kaur', 'Ahmed', 'McAllister', 'Lindqvist', 'Delacroix', 'Béliveau',
                  'Gravel', 'Paradis', 'Trudel', 'Lemay', 'Morissette', 'Dagenais', 'Frenette',
                  'Gaudreault', 'Lanthier', 'Rheault', 'Sirois', 'Thivierge', 'Plamondon', 'Cantin']
BE_SURNAMES = ['Janssens', 'Peeters', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes',
               'Goossens', 'Wouters', 'Dupont', 'Leclercq', 'Renard', 'Lambotte']
BE_GIVEN_F = ['Elise', 'Lotte', 'Marie', 'Charlotte', 'Anouk', 'Inès']
BE_GIVEN_M = ['Arnaud', 'Wout', 'Thibaut', 'Pieter', 'Maxime', 'Jens']
FR_SURNAMES = ['Durand', 'Lefebvre', 'Girardot', 'Lemaire', 'Fabre', 'Garnier', 'Chevalier',
               'Perrin', 'Rousseau', 'Faure', 'Bonnet', 'Masson']


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- identifiers
def make_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohn(rng):
    """Ontario health number: 10 digits, mod-10 (Luhn) check digit, + version code."""
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice(['', 'AB', 'KX', 'TM', 'JH', 'PR'])
            return num, vc


def make_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == 'M'):
            counter += 1
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, counter)
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    dept = rng.choice(['75', '69', '13', '33', '59', '44', '67', '31', '35', '92'])
    commune = '%03d' % rng.randrange(1, 400)
    order = '%03d' % rng.randrange(1, 999)
    base = '%s%02d%02d%s%s%s' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month,
                                 dept, commune, order)
    num = base + fr_nir.calc_check_digits(base + '00')
    assert fr_nir.is_valid(num), num
    return num


def make_mrn(rng, style=None):
    style = style if style is not None else rng.randrange(5)
    n = rng.randrange(1000000, 9999999)
    if style == 0:
        return 'H%07d' % n
    if style == 1:
        return '%d %03d %03d' % (n // 1000000, (n // 1000) % 1000, n % 1000)
    if style == 2:
        return 'HR-%07d' % n
    if style == 3:
        return '%08d' % n
    return 'MRN%07d' % n


# ---------------------------------------------------------------- disguises
FW = {c: chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fullwidth(s):
    return ''.join(FW.get(c, c) for c in s)


def fmt_nam(nam, style=0):
    if style == 0:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 1:
        return nam
    if style == 2:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 3:
        return ' '.join(nam[i:i + 2] for i in range(0, 12, 2))
    if style == 4:
        return nam[:4] + ' ' + fullwidth(nam[4:8]) + ' ' + fullwidth(nam[8:])
    if style == 5:
        return nam.lower()
    return '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:])


def fmt_sin(num, style=0):
    return [lambda n: '%s %s %s' % (n[:3], n[3:6], n[6:]),
            lambda n: '%s-%s-%s' % (n[:3], n[3:6], n[6:]),
            lambda n: n,
            lambda n: '%s.%s.%s' % (n[:3], n[3:6], n[6:]),
            lambda n: fullwidth('%s %s %s' % (n[:3], n[3:6], n[6:])),
            lambda n: '%s / %s / %s' % (n[:3], n[3:6], n[6:])][style % 6](num)


def fmt_ohn(num, vc, style=0):
    if style == 0:
        return ('%s-%s-%s %s' % (num[:4], num[4:7], num[7:], vc)).strip()
    if style == 1:
        return num + vc
    if style == 2:
        return ('%s %s %s %s' % (num[:4], num[4:7], num[7:], vc)).strip()
    return fullwidth(num) + (' ' + vc if vc else '')


def fmt_niss(num, style=0):
    if style == 0:
        return be_nn.format(num)             # 85.07.30-033.28
    if style == 1:
        return num
    if style == 2:
        return '%s %s %s %s %s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    return '%s%s%s-%s-%s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])


def fmt_nir(num, style=0):
    if style == 0:
        return fr_nir.format(num)
    if style == 1:
        return num
    if style == 2:
        return '%s %s' % (num[:13], num[13:])
    return fr_nir.format(num, '.')


# ---------------------------------------------------------------- dates
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
        'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(d, lang, style=0):
    if style == 0:
        return d.isoformat()
    if style == 1:
        if lang == 'fr':
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 2:
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if style == 3:
        return d.strftime('%Y/%m/%d')
    return '%02d-%02d-%d' % (d.day, d.month, d.year)


def day_name(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def add_workdays(d, n):
    while n > 0:
        d += datetime.timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


# ---------------------------------------------------------------- context
class Ctx:
    """Records which finding types a positive template actually used."""

    def __init__(self, rng, lang, date):
        self.rng = rng
        self.lang = lang
        self.date = date          # datetime.datetime of the message
        self.types = set()
        self.nums = []            # (type, compact number) for the self-check
        self.people = []          # patients named (for the self-check)
        self.rendered = []        # (type, rendered value) for the self-check

    def rec(self, typ, value):
        if value:
            self.rendered.append((typ, value))
        return value

    def add(self, *types):
        for t in types:
            assert t in TYPES, t
            self.types.add(t)

    def fr(self, fr, en):
        return fr if self.lang == 'fr' else en

    # -- helpers that both render and register a type
    def name(self, p, style=None):
        self.add('patient_name')
        self.people.append(p)
        rng = self.rng
        style = rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 5]) if style is None else style
        return self.rec('patient_name', self._name(p, style))

    def _name(self, p, style):
        if style == 0:
            return p.full
        if style == 1:
            return p.last_first
        if style == 2:
            return '%s %s' % (p.surname, p.given)
        if style == 3:
            t = ('Mme' if p.sex == 'F' else 'M.') if self.lang == 'fr' else ('Ms.' if p.sex == 'F' else 'Mr.')
            return '%s %s' % (t, p.full)
        if style == 4:
            return '%s. %s' % (strip_accents(p.given)[0], p.surname)
        if style == 5:
            return p.full.lower()
        if style == 6:
            t = ('Mme' if p.sex == 'F' else 'M.') if self.lang == 'fr' else ('Ms.' if p.sex == 'F' else 'Mr.')
            return '%s %s' % (t, p.surname)
        if style == 7:
            return '%s %s' % (p.surname.upper(), p.given.upper())
        return p.full

    def nam(self, p, style=None):
        self.add('ramq_nam')
        return self.rec('ramq_nam', fmt_nam(p.nam, self.rng.choice([0, 0, 0, 1, 1, 2, 3, 4, 5, 6]) if style is None else style))

    def dob(self, p, style=None):
        self.add('date_of_birth')
        return self.rec('date_of_birth', fmt_date(p.dob, self.lang, self.rng.choice([0, 0, 1, 2, 3]) if style is None else style))

    def sin(self, p, style=None):
        self.add('ca_sin')
        self.nums.append(('ca_sin', p.sin))
        return self.rec('ca_sin', fmt_sin(p.sin, self.rng.randrange(6) if style is None else style))

    def ohn(self, p, style=None):
        self.add('ca_health_number')
        self.nums.append(('ca_health_number', p.ohn[0]))
        return self.rec('ca_health_number', fmt_ohn(p.ohn[0], p.ohn[1], self.rng.randrange(4) if style is None else style))

    def niss(self, p, style=None):
        self.add('be_niss')
        self.nums.append(('be_niss', p.niss))
        return self.rec('be_niss', fmt_niss(p.niss, self.rng.randrange(4) if style is None else style))

    def nir(self, p, style=None):
        self.add('fr_nir')
        self.nums.append(('fr_nir', p.nir))
        return self.rec('fr_nir', fmt_nir(p.nir, self.rng.randrange(4) if style is None else style))

    def mrn(self, p):
        self.add('mrn')
        return self.rec('mrn', p.mrn)

    def phone(self, p):
        self.add('patient_contact')
        return self.rec('patient_contact', p.phone)

    def addr(self, p):
        self.add('patient_contact')
        return self.rec('patient_contact', p.address)

    def dx(self, text):
        self.add('diagnosis')
        return self.rec('diagnosis', text)

    def med(self, text):
        self.add('medication')
        return self.rec('medication', text)

    def lab(self, text):
        self.add('lab_result')
        return self.rec('lab_result', text)

    def social(self, text):
        self.add('social_information')
        return self.rec('social_information', text)
