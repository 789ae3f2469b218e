"""Shared helpers: seed, dates, identifiers (valid by checksum) and their written forms."""
import datetime
import os
import unicodedata

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

SEED = 25200
HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')

FINDING_TYPES = ['patient_name', 'date_of_birth', 'ramq_nam', 'ca_sin', 'ca_health_number',
                 'be_niss', 'fr_nir', 'mrn', 'diagnosis', 'medication', 'lab_result',
                 'patient_contact', 'social_information']

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.',
            'oct.', 'nov.', 'déc.']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def load_nams():
    """Rows of ../blind_nams.txt: (surname, given, date, sex, nam)."""
    rows = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            rows.append((sur, given, datetime.date.fromisoformat(dob), sex, nam))
    return rows


def fullwidth(s):
    """Digits and ASCII letters to their full-width forms."""
    out = []
    for c in s:
        if c.isascii() and c.isalnum():
            out.append(chr(ord(c) + 0xFEE0))
        else:
            out.append(c)
    return ''.join(out)


def compact_id(s):
    """Normalised form used by the checks: NFKC, alphanumerics only, upper case."""
    s = unicodedata.normalize('NFKC', s)
    return ''.join(c for c in s if c.isalnum()).upper()


def fold(s):
    """Case- and accent-insensitive form of a text, whitespace collapsed."""
    s = unicodedata.normalize('NFKD', unicodedata.normalize('NFKC', s))
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ' '.join(s.casefold().split())


def age_on(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


# ---------------------------------------------------------------- identifiers

def make_sin(rng):
    while True:
        first = rng.choice('1234567')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if ohip_valid(num):
            return num


def ohip_valid(num):
    num = compact_id(num)[:10]
    return len(num) == 10 and num.isdigit() and luhn.is_valid(num)


def make_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            seq += 1
        if not 1 <= seq <= 997:
            continue
        first9 = dob.strftime('%y%m%d') + '%03d' % seq
        base = int(('2' if dob.year >= 2000 else '') + first9)
        num = first9 + '%02d' % (97 - base % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    depts = ['75', '69', '13', '33', '59', '44', '31', '67', '35', '06']
    while True:
        dept = rng.choice(depts)
        commune = '%03d' % rng.randrange(1, 400)
        order = '%03d' % rng.randrange(1, 999)
        first13 = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + commune + order
        num = first13 + '%02d' % (97 - int(first13) % 97)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def luhn_serial(rng, length):
    """A serial/asset number that passes Luhn (used in negatives)."""
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


def valid_id(kind, value):
    v = compact_id(value)
    if kind == 'ca_sin':
        return ca_sin.is_valid(v)
    if kind == 'ca_health_number':
        return ohip_valid(v)
    if kind == 'be_niss':
        return be_nn.is_valid(v)
    if kind == 'fr_nir':
        return fr_nir.is_valid(''.join(c for c in v if c.isdigit()))
    if kind in ('ramq_nam', 'mrn'):
        return len(v) >= 6
    return False


# ---------------------------------------------------------------- written forms

def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    forms = {
        'plain': nam,
        'spaced': '%s %s %s' % (a, b, c),
        'hyphen': '%s-%s-%s' % (a, b, c),
        'dotted': '%s.%s.%s' % (a, b, c),
        'slash': '%s/%s/%s' % (a, b, c),
        'lower': nam.lower(),
        'lowspaced': ('%s %s %s' % (a, b, c)).lower(),
        'fullwidth': a + fullwidth(b + c),
        'wide': ' '.join(nam),
    }
    return forms[style]


def fmt_sin(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {'plain': n, 'spaced': '%s %s %s' % (a, b, c), 'hyphen': '%s-%s-%s' % (a, b, c),
            'dotted': '%s.%s.%s' % (a, b, c), 'slash': '%s/%s/%s' % (a, b, c),
            'fullwidth': fullwidth('%s %s %s' % (a, b, c))}[style]


def fmt_ohip(n, style, vc=''):
    a, b, c = n[:4], n[4:7], n[7:]
    base = {'plain': n, 'spaced': '%s %s %s' % (a, b, c), 'hyphen': '%s-%s-%s' % (a, b, c),
            'dotted': '%s.%s.%s' % (a, b, c), 'slash': '%s/%s/%s' % (a, b, c),
            'fullwidth': fullwidth('%s-%s-%s' % (a, b, c))}[style]
    if vc:
        base += ('-' if style == 'hyphen' else ' ') + vc
    return base


def fmt_niss(n, style):
    forms = {'plain': n, 'official': be_nn.format(n),
             'spaced': '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
             'hyphen': '%s-%s-%s' % (n[:6], n[6:9], n[9:]),
             'slash': '%s/%s/%s' % (n[:6], n[6:9], n[9:]),
             'fullwidth': fullwidth(be_nn.format(n))}
    return forms[style]


def fmt_nir(n, style):
    parts = [n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]]
    forms = {'plain': n, 'spaced': ' '.join(parts),
             'dotted': '.'.join(parts[:-1]) + '-' + parts[-1],
             'key': n[:13] + ' clé ' + n[13:],
             'hyphen': '-'.join(parts),
             'fullwidth': fullwidth(' '.join(parts))}
    return forms[style]


def fmt_mrn(n, style):
    forms = {'plain': n, 'spaced': '%s %s %s' % (n[:3], n[3:5], n[5:]),
             'hyphen': '%s-%s' % (n[:3], n[3:]), 'dotted': '%s.%s.%s' % (n[:2], n[2:4], n[4:]),
             'slash': '%s/%s' % (n[:3], n[3:]), 'prefixed': 'H' + n,
             'fullwidth': fullwidth(n)}
    return forms[style]


def fmt_date(d, style, lang):
    if style == 'iso':
        return d.isoformat()
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    if style == 'dotted':
        return d.strftime('%Y.%m.%d')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'short':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MOIS_ABR[d.month - 1], d.year)
        return '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == 'dash':
        return d.strftime('%d-%m-%Y')
    raise ValueError(style)


def fmt_day(d, lang, with_year=False):
    """'mardi 4 mars' / 'Tuesday, March 4'."""
    if lang == 'fr':
        s = '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    else:
        s = '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)
    if with_year:
        s += (' ' if lang == 'fr' else ', ') + str(d.year)
    return s


def fmt_time(h, m, lang):
    if lang == 'fr':
        return '%dh%02d' % (h, m) if m else '%dh' % h
    suffix = 'am' if h < 12 else 'pm'
    hh = h if 1 <= h <= 12 else (h - 12 if h > 12 else 12)
    return '%d:%02d %s' % (hh, m, suffix)


def phone(rng, area=None):
    area = area or rng.choice(['418', '581', '514', '450', '819', '613'])
    return '%s 555-01%02d' % (area, rng.randrange(0, 100))


def phone_styled(rng, area=None):
    p = phone(rng, area)
    a, rest = p.split(' ')
    return rng.choice(['(%s) %s' % (a, rest), '%s-%s' % (a, rest), '%s.%s' % (a, rest.replace('-', '.')),
                       '%s %s' % (a, rest)])
