"""Identifiers: RAMQ NAM holders (read from ../blind_nams.txt), and generated
SIN, Ontario health numbers, Belgian NISS, French NIR and chart numbers (MRN).
All generated numbers are checked with python-stdnum."""
import datetime
import os
import re
import unicodedata

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
        self.dob = dob
        self.sex = sex
        self.nam = nam
        self.kind = 'nam'

    @property
    def full(self):
        return f'{self.given} {self.surname}'


def load_nam_holders(path=NAM_FILE):
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(NamHolder(surname, given, datetime.date(y, m, d), sex, nam))
    return out


# ---------------------------------------------------------------- generators
def make_sin(rng):
    while True:
        first = rng.choice('1234567' + '9')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_on_hn(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num


def make_on_version(rng):
    return rng.choice('ABCEGHJKLMNPRSTVWXYZ') + rng.choice('ABCEGHJKLMNPRSTVWXYZ')


def make_niss(rng, dob, sex):
    yymmdd = dob.strftime('%y%m%d')
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        first9 = yymmdd + '%03d' % serial
        base = int(('2' + first9) if dob.year >= 2000 else first9)
        num = first9 + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


FR_DEPTS = ['69', '75', '13', '33', '38', '42', '59', '67', '31', '44', '01', '74']


def make_nir(rng, dob, sex):
    while True:
        s = '1' if sex == 'M' else '2'
        dept = rng.choice(FR_DEPTS)
        commune = '%03d' % rng.randint(1, 390)
        order = '%03d' % rng.randint(1, 999)
        body = s + dob.strftime('%y%m') + dept + commune + order
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng, style=None):
    style = style or rng.choice(['h7', 'n8', 'dash', 'prefix'])
    if style == 'h7':
        return 'H' + '%07d' % rng.randint(100000, 9999999)
    if style == 'n8':
        return '%08d' % rng.randint(100000, 99999999)
    if style == 'dash':
        return '%02d-%06d' % (rng.randint(10, 99), rng.randint(0, 999999))
    return 'RIV%06d' % rng.randint(1000, 999999)


# ---------------------------------------------------------------- formatting
FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in
             '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'}


def fullwidth(s):
    return ''.join(FULLWIDTH.get(c, c) for c in s)


def fmt_nam(nam, style='plain'):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'plain': nam,
        'spaced': f'{a} {b} {c}',
        'lower': nam.lower(),
        'dots': f'{a}.{b}.{c}',
        'slash': f'{a}/{b}/{c}',
        'dash': f'{a}-{b}-{c}',
        'wide': fullwidth(nam),
        'gappy': ' '.join(a) + '  ' + b + ' ' + c,
        'lowspaced': f'{a.lower()} {b} {c}',
    }[style]


def fmt_sin(num, style='spaced'):
    return {
        'plain': num,
        'spaced': f'{num[:3]} {num[3:6]} {num[6:]}',
        'dash': f'{num[:3]}-{num[3:6]}-{num[6:]}',
        'dots': f'{num[:3]}.{num[3:6]}.{num[6:]}',
        'wide': fullwidth(f'{num[:3]} {num[3:6]} {num[6:]}'),
    }[style]


def fmt_on_hn(num, version=None, style='dash'):
    base = {
        'dash': f'{num[:4]}-{num[4:7]}-{num[7:]}',
        'spaced': f'{num[:4]} {num[4:7]} {num[7:]}',
        'plain': num,
    }[style]
    if version:
        base += ('-' if style == 'dash' else ' ') + version
    return base


def fmt_niss(num, style='official'):
    return {
        'official': be_nn.format(num),
        'plain': num,
        'spaced': f'{num[:6]} {num[6:9]} {num[9:]}',
    }[style]


def fmt_nir(num, style='spaced'):
    return {
        'spaced': fr_nir.format(num),
        'plain': num,
        'key': f'{num[:13]} {num[13:]}',
        'dots': fr_nir.format(num, '.'),
    }[style]


# ---------------------------------------------------------------- checking
def norm_text(s):
    return unicodedata.normalize('NFKC', s)


def alnum_upper(s):
    return re.sub(r'[^0-9A-Z]', '', norm_text(s).upper())


def digit_runs(s):
    """Digit sequences, separators ( . - / space) inside removed."""
    s = norm_text(s)
    return [re.sub(r'\D', '', m.group(0)) for m in re.finditer(r'\d(?:[ \t.\-/]{0,3}\d)*', s)]


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


VALIDATORS = {
    'ca_sin': (9, ca_sin.is_valid),
    'ca_health_number': (10, lambda n: n[0] != '0' and luhn.is_valid(n)),
    'be_niss': (11, be_nn.is_valid),
    'fr_nir': (15, fr_nir.is_valid),
}


def find_valid(kind, text):
    length, ok = VALIDATORS[kind]
    found = []
    for run in digit_runs(text):
        for i in range(0, len(run) - length + 1):
            cand = run[i:i + length]
            if ok(cand):
                found.append(cand)
    return found
