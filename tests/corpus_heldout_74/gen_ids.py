"""Identifiers: RAMQ NAMs from ../blind_nams.txt, valid SIN / Ontario HCN / NISS / NIR, disguises."""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))


class NamHolder:
    def __init__(self, surname, given, dob, sex, nam):
        self.surname = surname
        self.given = given
        self.dob = dob          # datetime.date
        self.sex = sex          # 'F' / 'M'
        self.nam = nam

    @property
    def full(self):
        return f"{self.given} {self.surname}"

    def __repr__(self):
        return f"NamHolder({self.full})"


def load_nams(path=None):
    path = path or os.path.join(HERE, '..', 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            out.append(NamHolder(sur, giv, datetime.date(y, m, d), sex, nam))
    return out


# ---------------------------------------------------------------- generators
def make_sin(rng):
    while True:
        first = rng.choice('1234567' + '9')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    """Ontario health number: 10 digits, last one a Luhn check digit."""
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def ohip_version(rng):
    return rng.choice(['AB', 'KL', 'XT', 'MN', 'HG', 'PR'])


def ohip_valid(num):
    return len(num) == 10 and num.isdigit() and num[0] != '0' and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = f"{yy:02d}{mm:02d}{dd:02d}{serial:03d}"
        prefix = '2' if dob.year >= 2000 else ''
        check = 97 - int(prefix + base) % 97
        num = base + f"{check:02d}"
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '67', '31', '44', '35', '06', '92', '93'])
        commune = f"{rng.randint(1, 350):03d}"
        order = f"{rng.randint(1, 999):03d}"
        base = ('1' if sex == 'M' else '2') + f"{dob.year % 100:02d}{dob.month:02d}" + dept + commune + order
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def fmt_sin(num, style=0):
    return [f"{num[:3]} {num[3:6]} {num[6:]}", f"{num[:3]}-{num[3:6]}-{num[6:]}", num][style % 3]


def fmt_ohip(num, ver=None, style=0):
    s = [f"{num[:4]}-{num[4:7]}-{num[7:]}", f"{num[:4]} {num[4:7]} {num[7:]}", num][style % 3]
    return f"{s} {ver}" if ver and style != 2 else (s + ver if ver else s)


def fmt_niss(num, style=0):
    return [f"{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}", f"{num[:6]} {num[6:9]} {num[9:]}", num][style % 3]


def fmt_nir(num, style=0):
    return [f"{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}",
            f"{num[:13]} {num[13:]}", num][style % 3]


# ---------------------------------------------------------------- disguises
FULLWIDTH = {c: chr(0xFF10 + i) for i, c in enumerate('0123456789')}
FULLWIDTH.update({c: chr(0xFF21 + i) for i, c in enumerate('ABCDEFGHIJKLMNOPQRSTUVWXYZ')})


def fullwidth(s, digits_only=False):
    return ''.join(FULLWIDTH.get(c, c) if (c.isdigit() or not digits_only) else c for c in s)


def fmt_nam(nam, style):
    """Several ways people actually type a NAM."""
    s = style % 9
    if s == 0:
        return nam
    if s == 1:
        return f"{nam[:4]} {nam[4:8]} {nam[8:]}"
    if s == 2:
        return f"{nam[:4]}-{nam[4:8]}-{nam[8:]}"
    if s == 3:
        return nam.lower()
    if s == 4:
        return f"{nam[:4]}.{nam[4:8]}.{nam[8:]}"
    if s == 5:
        return nam[:4] + fullwidth(nam[4:], digits_only=True)
    if s == 6:
        return f"{nam[:4]} / {nam[4:10]} / {nam[10:]}"
    if s == 7:
        return ' '.join(nam)
    return f"{nam[:4]}  {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}"


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def make_mrn(rng, style=None):
    style = rng.randrange(6) if style is None else style
    if style == 0:
        return f"{rng.randint(100000, 999999)}"
    if style == 1:
        return f"{rng.randint(10, 99)}-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}"
    if style == 2:
        return f"H{rng.randint(1000000, 9999999)}"
    if style == 3:
        return f"{rng.randint(0, 9)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
    if style == 4:
        return f"D-{rng.randint(200000, 899999)}"
    return f"{rng.randint(1000, 9999)}/{rng.randint(10, 99)}"
