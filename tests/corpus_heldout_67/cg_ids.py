"""Identifier helpers for the outpatient-clinic corpus (seed-driven, deterministic).

NAMs come exclusively from ../blind_nams.txt.  Every other identifier is generated
here and validated with python-stdnum before use.
"""
import datetime
import os

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')


class Person(object):
    """A synthetic patient."""

    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname = surname
        self.given = given
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.ids = {}
        self.address = None
        self.city = None
        self.phone = None
        self.cell = None
        self.email = None
        self.region = 'qc'

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def rev(self):
        return '%s, %s' % (self.surname.upper(), self.given)

    def title(self, lang):
        if lang == 'fr':
            return 'M.' if self.sex == 'M' else 'Mme'
        return 'Mr.' if self.sex == 'M' else 'Ms.'

    def age(self, on):
        a = on.year - self.dob.year
        if (on.month, on.day) < (self.dob.month, self.dob.day):
            a -= 1
        return a


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            d = datetime.date(*[int(x) for x in dob.split('-')])
            people.append(Person(surname, given, d, sex, nam))
    return people


# ---------------------------------------------------------------- NAM formats
def nam_fmt(nam, style):
    """Spellings of a RAMQ NAM as people really type them."""
    if style == 'plain':
        return nam
    if style == 'space':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower':
        return nam.lower()
    if style == 'lowerspace':
        return '%s %s %s' % (nam[:4].lower(), nam[4:8], nam[8:])
    if style == 'spaced':          # disguised: every character spaced
        return ' '.join(nam)
    if style == 'dots':            # disguised: W.I.L.S 5853.0495
        return '.'.join(nam[:4]) + ' ' + nam[4:8] + '.' + nam[8:]
    if style == 'split':           # disguised: letters and digits apart
        return '%s / %s' % (nam[:4], nam[4:])
    return nam


# ---------------------------------------------------------------- SIN
def make_sin(rng):
    while True:
        first = rng.choice('1234567 9'.replace(' ', ''))
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def sin_fmt(num, style):
    if style == 'space':
        return '%s %s %s' % (num[:3], num[3:6], num[6:])
    if style == 'dash':
        return '%s-%s-%s' % (num[:3], num[3:6], num[6:])
    return num


# ---------------------------------------------------------------- Ontario HN
def make_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            vc = rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')
            return num, vc


def ohip_fmt(num, vc, style):
    if style == 'dash':
        return '%s-%s-%s-%s' % (num[:4], num[4:7], num[7:], vc)
    if style == 'space':
        return '%s %s %s %s' % (num[:4], num[4:7], num[7:], vc)
    if style == 'novc':
        return num
    return num + vc


# ---------------------------------------------------------------- Belgian NISS
def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if sex == 'M' and serial % 2 == 0:
            serial += 1
        if sex == 'F' and serial % 2 == 1:
            serial += 1
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def niss_fmt(num, style):
    if style == 'dots':
        return be_nn.format(num)
    if style == 'space':
        return '%s %s %s %s %s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    return num


# ---------------------------------------------------------------- French NIR
def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['69', '38', '42', '01', '75', '13', '74', '71'])
        commune = '%03d' % rng.randint(1, 380)
        order = '%03d' % rng.randint(1, 999)
        base = '%d%02d%02d%s%s%s' % (1 if sex == 'M' else 2, dob.year % 100, dob.month,
                                      dept, commune, order)
        key = 97 - int(base) % 97
        num = base + '%02d' % key
        if fr_nir.is_valid(num):
            return num


def nir_fmt(num, style):
    if style == 'space':
        return fr_nir.format(num)
    return num


# ---------------------------------------------------------------- MRN / chart
MRN_STYLES = {
    'chuvdc': ('MRN', lambda r: '%08d' % r.randint(100000, 9999999)),
    'hsr': ('No de dossier', lambda r: 'R%06d' % r.randint(10000, 999999)),
    'lake': ('Chart #', lambda r: 'LK-%06d' % r.randint(10000, 999999)),
    'visb': ('Dossier', lambda r: 'VB%05d' % r.randint(1000, 99999)),
    'plain': ('dossier', lambda r: '%07d' % r.randint(100000, 9999999)),
}


def make_mrn(rng, style):
    label, fn = MRN_STYLES[style]
    return label, fn(rng)


# ---------------------------------------------------------------- hard-negative numbers
def luhn_serial(rng, length):
    """A serial/asset number that happens to pass Luhn (looks like a SIN/HN)."""
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(length - 2))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def mod97_number(rng):
    """An 11-digit reference that passes the Belgian mod-97 rule (lot/invoice number)."""
    base = '%09d' % rng.randint(100000000, 999999999)
    return base + '%02d' % (97 - int(base) % 97)


def nam_like_asset(rng, prefix):
    """Equipment asset tag shaped like a NAM (4 letters + 8 digits) - not a person."""
    return prefix + ''.join(rng.choice('0123456789') for _ in range(8))


def fmt_date(d, style, lang='fr'):
    mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
            'septembre', 'octobre', 'novembre', 'décembre']
    months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
              'September', 'October', 'November', 'December']
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'mdy':
        return d.strftime('%m/%d/%Y')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, mois[d.month - 1], d.year)
        return '%s %d, %d' % (months[d.month - 1], d.day, d.year)
    if style == 'dots':
        return d.strftime('%d.%m.%Y')
    if style == 'compact':
        return d.strftime('%Y%m%d')
    return d.isoformat()
