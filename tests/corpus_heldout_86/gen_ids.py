"""Identifiers: RAMQ NAMs from ../blind_nams.txt, and generated SIN / Ontario
health numbers / Belgian NISS / French NIR, all checked with python-stdnum."""
import os
import datetime
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob            # datetime.date
        self.sex = sex            # 'F' / 'M'
        self.nam = nam

    def __repr__(self):
        return 'NamHolder(%s %s)' % (self.given, self.surname)


def load_nams():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(NamHolder(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fullwidth_digits(s):
    return ''.join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'plain':
        return nam
    if style == 'space':
        return '%s %s %s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == 'dots':
        return '%s.%s.%s' % (a, b, c)
    if style == 'slash':
        return '%s/%s/%s' % (a, b, c)
    if style == 'lower':
        return nam.lower()
    if style == 'odd':          # irregular spacing
        return '%s  %s %s %s' % (nam[:4], nam[4:6], nam[6:9], nam[9:])
    if style == 'spread':
        return ' '.join(nam)
    if style == 'fullwidth':
        return a + ' ' + fullwidth_digits(b) + ' ' + fullwidth_digits(c)
    raise ValueError(style)


NAM_STYLES = ['plain', 'space', 'space', 'plain', 'dash', 'dots', 'slash',
              'lower', 'odd', 'spread', 'fullwidth']


def _luhn_complete(rng, prefix, length):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    return body + luhn.calc_check_digit(body)


def make_sin(rng):
    while True:
        first = rng.choice('1234567' '9')
        s = _luhn_complete(rng, first, 9)
        if ca_sin.is_valid(s):
            return s


def fmt_sin(s, style):
    if style == 'space':
        return '%s %s %s' % (s[:3], s[3:6], s[6:])
    if style == 'dash':
        return ca_sin.format(s)
    if style == 'plain':
        return s
    if style == 'dots':
        return '%s.%s.%s' % (s[:3], s[3:6], s[6:])
    if style == 'fullwidth':
        return fullwidth_digits('%s %s %s' % (s[:3], s[3:6], s[6:]))
    raise ValueError(style)


def make_ohip(rng):
    """Ontario health number: 10 digits, Luhn check digit, optional version code."""
    while True:
        s = _luhn_complete(rng, rng.choice('123456789'), 10)
        if luhn.is_valid(s):
            vc = rng.choice(['', 'AB', 'KM', 'TX', 'HC', 'ZE', ''])
            return s, vc


def fmt_ohip(num, vc, style):
    if style == 'dash':
        core = '%s-%s-%s' % (num[:4], num[4:7], num[7:])
        return core + ('-' + vc if vc else '')
    if style == 'space':
        core = '%s %s %s' % (num[:4], num[4:7], num[7:])
        return core + (' ' + vc if vc else '')
    if style == 'plain':
        return num + vc
    if style == 'fullwidth':
        return fullwidth_digits('%s %s %s' % (num[:4], num[4:7], num[7:])) + (' ' + vc if vc else '')
    raise ValueError(style)


def make_niss(rng, dob, sex):
    yy = dob.year % 100
    base = '%02d%02d%02d' % (yy, dob.month, dob.day)
    while True:
        ctr = rng.randrange(1, 998)
        if (ctr % 2 == 1) != (sex == 'M'):
            continue
        first9 = base + '%03d' % ctr
        n = int(('2' if dob.year >= 2000 else '') + first9)
        chk = 97 - (n % 97)
        num = first9 + '%02d' % chk
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob:
            return num


def fmt_niss(n, style):
    if style == 'std':
        return be_nn.format(n)
    if style == 'plain':
        return n
    if style == 'space':
        return '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if style == 'fullwidth':
        return fullwidth_digits(be_nn.format(n))
    raise ValueError(style)


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '35', '44', '2A', '67', '31', '06'])
        commune = '%03d' % rng.randrange(1, 400)
        order = '%03d' % rng.randrange(1, 999)
        body = ('1' if sex == 'M' else '2') + '%02d%02d' % (dob.year % 100, dob.month) + dept + commune + order
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def fmt_nir(n, style):
    if style == 'std':
        return fr_nir.format(n)
    if style == 'plain':
        return n
    if style == 'dots':
        return fr_nir.format(n, '.')
    if style == 'fullwidth':
        return fullwidth_digits(fr_nir.format(n))
    raise ValueError(style)


def make_mrn(rng, kind='clinic'):
    if kind == 'clinic':
        return rng.choice(['PH', 'ERG', 'CL', 'DOS']) + '-' + str(rng.randrange(2019, 2026)) + '-' + '%05d' % rng.randrange(100, 99999)
    if kind == 'hosp':
        return '%07d' % rng.randrange(1000000, 9999999)
    if kind == 'en':
        return 'MRN ' + '%08d' % rng.randrange(10000000, 99999999)
    return '%06d' % rng.randrange(100000, 999999)


def luhn_serial(rng, length=9):
    """Asset / lot numbers that happen to pass Luhn (hard negatives)."""
    return _luhn_complete(rng, rng.choice('1234567'), length)
