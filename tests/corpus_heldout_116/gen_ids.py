"""Identifiers: RAMQ NAM holders (read from ../blind_nams.txt), and generated
SIN, Ontario health numbers, Belgian NISS, French NIR, chart numbers.
Every generated number is checked with python-stdnum."""
import os
import datetime
from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, '..', 'blind_nams.txt')


class Holder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = datetime.date.fromisoformat(dob)
        self.sex = sex
        self.nam = nam

    def __repr__(self):
        return 'Holder(%s %s)' % (self.given, self.surname)


def load_holders():
    out = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = line.split()
            out.append(Holder(parts[0], parts[1], parts[2], parts[3], parts[4]))
    return out


# ---------------------------------------------------------------- SIN
def make_sin(rng):
    while True:
        first = rng.choice('1234567')   # 0/8/9 avoided
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(num, style):
    if style == 'dash':
        return '%s-%s-%s' % (num[:3], num[3:6], num[6:])
    if style == 'space':
        return '%s %s %s' % (num[:3], num[3:6], num[6:])
    if style == 'dot':
        return '%s.%s.%s' % (num[:3], num[3:6], num[6:])
    return num


# ---------------------------------------------------------------- Ontario HCN
def make_ohn(rng):
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num) and len(num) == 10
    vc = rng.choice('ABCEGHJKLMNPRSTVWXYZ') + rng.choice('ABCEGHJKLMNPRSTVWXYZ')
    return num, vc


def fmt_ohn(num, vc, style):
    if style == 'dash':
        return '%s-%s-%s-%s' % (num[:4], num[4:7], num[7:], vc)
    if style == 'space':
        return '%s %s %s %s' % (num[:4], num[4:7], num[7:], vc)
    if style == 'novc':
        return '%s %s %s' % (num[:4], num[4:7], num[7:])
    return num + vc


def ohn_valid(num):
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


# ---------------------------------------------------------------- Belgian NISS
def make_niss(rng, dob, sex):
    assert dob.year < 2000
    while True:
        counter = rng.randint(1, 997)
        if (counter % 2 == 1) != (sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, counter)
        check = 97 - (int(base) % 97)
        num = base + '%02d' % check
        if be_nn.is_valid(num):
            return num


def fmt_niss(num, style):
    if style == 'official':
        return be_nn.format(num)            # 85.07.30-033.28
    if style == 'space':
        return '%s %s %s %s %s' % (num[:2], num[2:4], num[4:6], num[6:9], num[9:])
    return num


# ---------------------------------------------------------------- French NIR
def make_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 76, 92, 93, 94])
        commune = '%03d' % rng.randint(1, 350)
        order = '%03d' % rng.randint(1, 999)
        base = ('1' if sex == 'M' else '2') + '%02d%02d' % (dob.year % 100, dob.month) + dept + commune + order
        num = base + fr_nir.calc_check_digits(base + '00')
        if fr_nir.is_valid(num):
            return num


def fmt_nir(num, style):
    if style == 'space':
        return fr_nir.format(num)
    if style == 'key':
        return '%s %s' % (num[:13], num[13:])
    return num


# ---------------------------------------------------------------- NAM disguises
FULLWIDTH = {ord(c): chr(0xFF10 + i) for i, c in enumerate('0123456789')}


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'space':
        return '%s %s %s' % (a, b, c)
    if style == 'lower':
        return ('%s %s %s' % (a, b, c)).lower()
    if style == 'dot':
        return '%s.%s.%s' % (a, b, c)
    if style == 'slash':
        return '%s/%s/%s' % (a, b, c)
    if style == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if style == 'fullwidth':
        return '%s %s %s' % (a, b.translate(FULLWIDTH), c.translate(FULLWIDTH))
    if style == 'spread':
        return ' '.join(nam)
    if style == 'double':
        return '%s  %s  %s' % (a, b, c)
    return nam


NAM_STYLES = ['plain', 'space', 'space', 'plain', 'lower', 'dot', 'slash', 'dash',
              'fullwidth', 'spread', 'double', 'space']


# ---------------------------------------------------------------- chart numbers
def make_mrn(rng, kind):
    if kind == 'clinic':
        return 'PB-%06d' % rng.randint(10000, 99999)
    if kind == 'hosp':
        return '%d' % rng.randint(1000000, 9999999)
    if kind == 'hosp2':
        return 'H%07d' % rng.randint(100000, 9999999)
    if kind == 'ortho':
        return 'ORT-%05d' % rng.randint(1000, 99999)
    return '%08d' % rng.randint(10000000, 99999999)


def luhn_serial(rng, length):
    """Serial / asset number that happens to pass Luhn (for hard negatives)."""
    body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def non_luhn_digits(rng, length):
    """A claim / file number that deliberately fails the Luhn test (so it cannot pass for a SIN)."""
    while True:
        s = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(length - 1))
        if not luhn.is_valid(s):
            return s
