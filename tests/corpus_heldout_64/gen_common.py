"""Shared data pools, identifier generators and small text helpers.

Everything here is invented: people, institutions, addresses, domains (*.example),
phone numbers (555).  NAMs come only from ../blind_nams.txt (see load_nam_people).
"""
import datetime
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')


# ---------------------------------------------------------------- people
class Person(object):
    """A patient.  ids maps finding type -> identifier string."""

    def __init__(self, given, surname, dob, sex, ids=None, origin='qc'):
        self.given = given
        self.surname = surname
        self.dob = dob            # datetime.date
        self.sex = sex            # 'F' / 'M'
        self.ids = dict(ids or {})
        self.origin = origin

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Mrs.' if self.sex == 'F' else 'Mr.'

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()[:5]
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(Person(given, surname, datetime.date(y, m, d), sex,
                                 {'ramq_nam': nam}, 'qc'))
    return people


# Extra invented patients (no NAM) for Ontario / Belgian / French / name-only cases.
EXTRA_GIVEN_F = ['Huguette', 'Josée', 'Margaret', 'Nathalie', 'Ginette', 'Priscilla',
                 'Lucie', 'Denise', 'Yolande', 'Karen', 'Brigitte', 'Anouk', 'Rachel',
                 'Solange', 'Maude', 'Agathe', 'Élodie', 'Françoise', 'Linda', 'Thérèse']
EXTRA_GIVEN_M = ['Réjean', 'Gaétan', 'Harold', 'Benoît', 'Raymond', 'Stéphane', 'Trevor',
                 'Yvon', 'Normand', 'Dwayne', 'Jacques', 'Luc', 'Bernard', 'Thierry',
                 'Hubert', 'Kenneth', 'Fernand', 'Mathieu', 'Alain', 'Donald']
EXTRA_SURNAMES = ['Thibodeau', 'Archambault', 'Bergeron-Lavoie', 'McAllister', 'Desjardins',
                  'Beauchemin', 'Ouimet', 'Paquette', 'Lévesque', 'Carrier', 'Vaillancourt',
                  "O'Connor", 'Brisebois', 'Ferland', 'Dumont', 'Lachapelle', 'Hébert',
                  'Kovacs', 'Provencher', 'St-Onge', 'Gosselin', 'Marcotte', 'Plamondon',
                  'Whitfield', 'Boudreault', 'Villeneuve', 'Maheux', 'Castonguay']
BE_SURNAMES = ['Lemaire', 'Dethier', 'Vandenberghe', 'Peeters', 'Delvaux', 'Maes',
               'Jacobs', 'Wauters', 'Hanssens', 'Collard']
FR_SURNAMES = ['Perrin', 'Girardot', 'Lemoine', 'Chauvet', 'Barbier', 'Royer',
               'Masson', 'Guerin', 'Fabre', 'Renaud']
ON_SURNAMES = ['Harrington', 'Macdonald', 'Kowalczyk', 'Fitzgerald', 'Stewart',
               'Nakamura', 'Bennett', 'Sinclair', 'Patel', 'Chisholm']


def rand_dob(rng, y0=1932, y1=1990):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 28).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def make_person(rng, surnames, origin):
    sex = rng.choice('FM')
    given = rng.choice(EXTRA_GIVEN_F if sex == 'F' else EXTRA_GIVEN_M)
    return Person(given, rng.choice(surnames), rand_dob(rng), sex, {}, origin)


# ---------------------------------------------------------------- identifiers
def gen_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, style=0):
    if style == 0:
        return '%s %s %s' % (n[:3], n[3:6], n[6:])
    if style == 1:
        return '%s-%s-%s' % (n[:3], n[3:6], n[6:])
    return n


def gen_ohn(rng):
    """Ontario health number: 10 digits, Luhn over the 10 digits, plus version code."""
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            vc = rng.choice(['', 'AB', 'KT', 'MC', 'RX', 'ZN'])
            return n, vc


def fmt_ohn(n, vc, style=0):
    if style == 0:
        s = '%s-%s-%s' % (n[:4], n[4:7], n[7:])
    elif style == 1:
        s = '%s %s %s' % (n[:4], n[4:7], n[7:])
    else:
        s = n
    return (s + ('-' if style == 0 else ' ') + vc) if vc else s


def gen_niss(rng, dob, sex):
    while True:
        ctr = rng.randint(1, 997)
        if (ctr % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, ctr)
        num = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - (num % 97)
        n = base + '%02d' % chk
        if be_nn.is_valid(n):
            return n


def fmt_niss(n, style=0):
    if style == 0:
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if style == 1:
        return '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return n


FR_BIRTHPLACES = ['55029', '55502', '54395', '57463', '51108', '75114', '69383', '88160']


def gen_nir(rng, dob, sex):
    while True:
        place = rng.choice(FR_BIRTHPLACES)
        base = '%d%02d%02d%s%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month,
                                     place, rng.randint(1, 999))
        n = base + '%02d' % (97 - int(base) % 97)
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, style=0):
    if style == 0:
        return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    if style == 1:
        return '%s %s' % (n[:13], n[13:])
    return n


def gen_mrn(rng, style=None):
    style = rng.randint(0, 4) if style is None else style
    d = ''.join(rng.choice('0123456789') for _ in range(7))
    if style == 0:
        return d
    if style == 1:
        return 'H' + d
    if style == 2:
        return '%s-%s' % (d[:2], d[2:])
    if style == 3:
        return 'HR%s' % d[1:]
    return '0' + d[1:]


def fmt_nam(nam, style=0):
    if style == 0:
        return nam
    if style == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 2:
        return nam.lower()
    if style == 3:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    return '%s %s' % (nam[:4], nam[4:])


def luhn_number(rng, length, prefix=''):
    """A number of the given length passing Luhn (serials, asset tags...)."""
    body = prefix + ''.join(rng.choice('0123456789') for _ in range(length - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def lot_number(rng):
    return rng.choice(['L', 'B', 'LOT', 'K', '']) + ''.join(
        rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(rng.randint(6, 9)))


def din(rng):
    return '0' + ''.join(rng.choice('0123456789') for _ in range(7))


# ---------------------------------------------------------------- dates / text
MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(d, lang, style=0):
    if style == 0:
        return d.isoformat()
    if style == 1:
        return '%02d/%02d/%04d' % (d.day, d.month, d.year)
    if style == 2:
        if lang == 'fr':
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 3:
        return '%04d/%02d/%02d' % (d.year, d.month, d.day)
    return '%02d-%s-%04d' % (d.day, MONTHS[d.month - 1][:3].upper(), d.year)


def fmt_day(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def typo(rng, word):
    """Swap two adjacent letters (realistic typing slip)."""
    if len(word) < 5:
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def phone(rng, area=None):
    area = area or rng.choice(['418', '819', '450', '514', '581', '873'])
    return '%s-555-%04d' % (area, rng.randint(100, 199))


def phone_styles(rng, area=None):
    p = phone(rng, area)
    a, _, n = p.split('-')
    return rng.choice([p, '(%s) 555-%s' % (a, n), '%s 555 %s' % (a, n), '%s.555.%s' % (a, n)])


STREETS_FR = ['rue des Érables', 'rang Saint-Joseph', 'boulevard du Lac-Vert', 'rue Principale',
              'chemin de la Grève', 'avenue des Pins', 'rue Notre-Dame Ouest', 'montée du Coteau',
              'rue Saint-Cyrille', 'croissant des Bouleaux', 'rue du Moulin', 'route 132']
STREETS_EN = ['Maple Crescent', 'Birchwood Drive', 'Old Mill Road', 'Lakeview Avenue',
              'Church Street', 'Queen Street East', 'Orchard Lane', 'Riverside Drive']
TOWNS_QC = [('Haute-Rivière', 'G0X 2K0'), ('Saint-Aurèle-des-Monts', 'G0Y 1P0'),
            ('Val-Bernier', 'J0K 3A0'), ('Pointe-aux-Hérons', 'G5T 1M4'),
            ('Lac-Doré', 'J0T 1R0'), ('Sainte-Ursule-du-Coteau', 'G0W 2B0')]
TOWNS_ON = [('Port Ashby', 'K0L 2P0'), ('Lakeshore Mills', 'N0R 1J0'), ('Greyton', 'P0M 3C0')]


def address(rng, lang='fr', region='qc'):
    if region == 'on':
        town, pc = rng.choice(TOWNS_ON)
        return '%d %s' % (rng.randint(3, 998), rng.choice(STREETS_EN)), '%s ON  %s' % (town, pc)
    town, pc = rng.choice(TOWNS_QC)
    if lang == 'en' and rng.random() < 0.3:
        street = rng.choice(STREETS_EN)
    else:
        street = rng.choice(STREETS_FR)
    unit = rng.choice(['', '', '', 'app. %d, ' % rng.randint(1, 12)])
    return '%s%d, %s' % (unit, rng.randint(3, 2900), street), '%s (Québec)  %s' % (town, pc)
