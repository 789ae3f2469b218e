"""People and identifiers.

NAMs come only from ../blind_nams.txt (relative to generate.py). Every other
identifier is generated here and validated with python-stdnum.
"""
import datetime
import os
import re

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir


class Person:
    def __init__(self, given, surname, dob, sex, nam=None, origin='qc'):
        self.given = given
        self.surname = surname
        self.dob = dob            # datetime.date
        self.sex = sex            # 'M' / 'F'
        self.nam = nam            # only for blind-list people
        self.origin = origin      # qc / on / be / fr
        self.mrn = {}             # institution key -> MRN string
        self.sin = None
        self.ohn = None
        self.niss = None
        self.nir = None

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def age_at(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def __repr__(self):
        return f"Person({self.full})"


NAM_RE = re.compile(r'^[A-Z]{4}\d{8}$')


def load_blind(path):
    people = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            assert NAM_RE.match(nam), nam
            y, m, d = (int(x) for x in dob.split('-'))
            dob = datetime.date(y, m, d)
            # sanity: NAM encodes birth date and sex
            mm = int(nam[6:8])
            assert int(nam[4:6]) == y % 100 and int(nam[8:10]) == d, nam
            assert mm == m + (50 if sex == 'F' else 0), nam
            people.append(Person(given, surname, dob, sex, nam=nam, origin='qc'))
    return people


# ---------------------------------------------------------------- generators

def gen_sin(rng):
    while True:
        first = rng.choice('1234567' + '9')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohn(rng):
    """Ontario health number: 10 digits, Luhn over the first 9 (check = 10th)."""
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        counter = rng.randrange(1, 998)
        if (counter % 2 == 1) != (sex == 'M'):
            continue
        first9 = dob.strftime('%y%m%d') + '%03d' % counter
        base = int(('2' if dob.year >= 2000 else '') + first9)
        num = first9 + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob \
                and be_nn.get_gender(num) == sex:
            return num


FR_DEPTS = ['75', '69', '13', '33', '44', '59', '31', '35', '67', '2A', '06', '49', '37']


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(FR_DEPTS)
        commune = '%03d' % rng.randrange(1, 990)
        order = '%03d' % rng.randrange(1, 999)
        first13 = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + commune + order
        num = first13 + fr_nir.calc_check_digits(first13)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng, inst_key):
    d = lambda n: ''.join(rng.choice('0123456789') for _ in range(n))
    if inst_key == 'rn':
        return rng.choice('123456') + d(6)          # 7 digits
    if inst_key == 'sa':
        return 'H' + rng.choice('0123') + d(5)      # H0xxxxx
    if inst_key == 'hr':
        return '00' + rng.choice('3456789') + d(5)  # 8 digits
    if inst_key in ('on', 'lt'):
        return 'K' + d(8)
    if inst_key == 'be':
        return 'SO-' + d(7)
    if inst_key == 'fr':
        return 'IPP ' + d(9)
    return d(7)


# ---------------------------------------------------------------- formatting

def fmt_nam(nam, style):
    if style == 'plain':
        return nam
    if style == 'space':
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if style == 'dash':
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if style == 'lower':
        return nam.lower()
    if style == 'dots':
        return '.'.join(nam[:4]) + ' ' + nam[4:8] + ' ' + nam[8:]
    if style == 'split2':
        return f"{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"
    raise ValueError(style)


def fmt_sin(num, style):
    if style == 'dash':
        return ca_sin.format(num)
    if style == 'space':
        return f"{num[:3]} {num[3:6]} {num[6:]}"
    return num


def fmt_ohn(num, style, vc=''):
    if style == 'dash':
        s = f"{num[:4]}-{num[4:7]}-{num[7:]}"
    elif style == 'space':
        s = f"{num[:4]} {num[4:7]} {num[7:]}"
    else:
        s = num
    return s + ((' ' if style != 'plain' else '') + vc if vc else '')


def fmt_niss(num, style):
    if style == 'dots':
        return be_nn.format(num)
    if style == 'space':
        return f"{num[:2]} {num[2:4]} {num[4:6]} {num[6:9]} {num[9:]}"
    return num


def fmt_nir(num, style):
    if style == 'space':
        return fr_nir.format(num)
    if style == 'key':
        return f"{num[:13]} {num[13:]}"
    return num


def fmt_date(d, lang, style):
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return d.strftime('%d/%m/%Y')
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'long':
        if lang == 'fr':
            mois = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
                    'septembre', 'octobre', 'novembre', 'décembre'][d.month - 1]
            return f"{d.day} {mois} {d.year}"
        return d.strftime('%B ') + str(d.day) + d.strftime(', %Y')
    if style == 'short':
        return d.strftime('%y%m%d')
    raise ValueError(style)


def fmt_name(p, style, lang='fr'):
    if style == 'full':
        return p.full
    if style == 'last_first':
        return f"{p.surname.upper()}, {p.given}"
    if style == 'last_first_plain':
        return f"{p.surname} {p.given}"
    if style == 'title':
        if lang == 'fr':
            return ('M. ' if p.sex == 'M' else 'Mme ') + p.full
        return ('Mr. ' if p.sex == 'M' else 'Ms. ') + p.full
    if style == 'title_last':
        if lang == 'fr':
            return ('M. ' if p.sex == 'M' else 'Mme ') + p.surname
        return ('Mr ' if p.sex == 'M' else 'Mrs ') + p.surname
    if style == 'initials':
        return f"{p.given[0]}.{p.surname[0]}."
    if style == 'initial':
        return f"{p.given[0]}. {p.surname}"
    if style == 'lower':
        return p.full.lower()
    if style == 'caps':
        return f"{p.surname.upper()} {p.given.upper()}"
    raise ValueError(style)


def typo(rng, s):
    """Introduce one realistic typo into a word (doubling, swap or drop)."""
    if len(s) < 5:
        return s
    i = rng.randrange(1, len(s) - 2)
    k = rng.choice(['double', 'swap', 'drop'])
    if k == 'double':
        return s[:i] + s[i] + s[i:]
    if k == 'swap':
        return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s[:i] + s[i + 1:]
