#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus: oncology & haematology day centre and its pharmacy.

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and labels.json,
deterministically from a seed.  Standard library + python-stdnum + reportlab/python-docx/openpyxl.
Every RAMQ NAM comes from ../blind_nams.txt (relative to this file).
"""
import argparse
import base64
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import zipfile
import zlib

import email
import email.policy
from email.header import Header
from email.utils import format_datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 5050
N_POS = 120
N_NEG = 180
FIXED_ZIP_TIME = (2024, 1, 15, 9, 0, 0)
FIXED_ISO = '2024-01-15T09:00:00Z'
REF_DATE = dt.date(2024, 6, 1)

# ----------------------------------------------------------------------------------------------
# small text helpers
# ----------------------------------------------------------------------------------------------

def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


LATIN1_MAP = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-',
              '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR', '\u2022': '-', '\u2192': '->',
              '\u2265': '>=', '\u2264': '<=', '\u00a0': ' ', '\u2009': ' ', '\u202f': ' ', '\u2191': '(hausse)',
              '\u2193': '(baisse)', '\u00d7': 'x'}
CP1252_EXTRA_BAD = {'\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u2191': '^', '\u2193': 'v', '\u2009': ' ',
                    '\u202f': ' '}


def safe_for(text, charset):
    cs = charset.lower()
    if cs in ('utf-8', 'utf8'):
        return text
    if cs in ('iso-8859-1', 'latin-1', 'latin1'):
        for a, b in LATIN1_MAP.items():
            if a == '\u00d7' or a == '\u00a0':
                continue
            text = text.replace(a, b)
    else:
        for a, b in CP1252_EXTRA_BAD.items():
            text = text.replace(a, b)
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            out.append(strip_accents(ch) if strip_accents(ch).encode(cs, 'ignore') else '?')
    return ''.join(out)


def slug(s):
    s = strip_accents(s).lower()
    return re.sub(r'[^a-z0-9]+', '', s)


def typo(r, text, rate=0.04):
    """Introduce realistic typos into lowercase words (never into digits / capitalised words)."""
    def fix(m):
        w = m.group(0)
        if len(w) < 5 or r.random() > rate:
            return w
        k = r.randrange(4)
        i = r.randrange(1, len(w) - 1)
        if k == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k == 1:
            return w[:i] + w[i + 1:]
        if k == 2:
            return w[:i] + w[i] + w[i:]
        return strip_accents(w)
    return re.sub(r'(?<![\w@./-])[a-zàâçéèêëîïôûùüÿœ]+(?![\w@/-])', fix, text)


# ----------------------------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------------------------

class Person(object):
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self._x = None

    def age(self, on=REF_DATE):
        return on.year - self.dob.year - ((on.month, on.day) < (self.dob.month, self.dob.day))

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)


def load_blind_people():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    people, seen = [], set()
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()[:5]
            if nam in seen:
                continue
            seen.add(nam)
            people.append(Person(sur, given, dt.date.fromisoformat(dob), sex, nam))
    return people


FR_FIRST_F = ['Lise', 'Huguette', 'Jocelyne', 'Francine', 'Claudette', 'Lucie', 'Carole', 'Nicole', 'Micheline',
              'Suzanne', 'Monique', 'Ginette', 'Diane', 'Johanne', 'Marie-Claude', 'Louise', 'Rolande', 'Murielle',
              'Pierrette', 'Gisèle', 'Thérèse', 'Hélène', 'Solange', 'Réjeanne', 'Danielle', 'Line', 'Sylvie']
FR_FIRST_M = ['Réjean', 'Gaétan', 'Normand', 'Yvon', 'Raymond', 'Ghislain', 'Denis', 'Serge', 'Sylvain', 'Jean-Guy',
              'Marcel', 'Roger', 'Gilles', 'Claude', 'Mario', 'Richard', 'Daniel', 'Jacques', 'Luc', 'Bernard',
              'Michel', 'Alain', 'Rénald', 'Léo-Paul', 'Fernand', 'Benoît', 'Germain']
EN_FIRST_F = ['Margaret', 'Linda', 'Barbara', 'Patricia', 'Susan', 'Karen', 'Heather', 'Donna', 'Joan', 'Carol',
              'Deborah', 'Shirley', 'Eileen', 'Kathleen', 'Brenda']
EN_FIRST_M = ['Robert', 'William', 'Kenneth', 'Douglas', 'Gordon', 'Gerald', 'Ronald', 'Harold', 'Donald',
              'Wayne', 'Brian', 'Stephen', 'Terrence', 'Malcolm', 'Earl']
FR_LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné',
           'Ouellet', 'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard',
           'Boucher', 'Caron', 'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc',
           'Lefebvre', 'Poulin', 'Thibault', 'St-Pierre', 'Nadeau', 'Landry', 'Martel', 'Bédard', 'Grenier',
           'Lessard', 'Bernier', 'Michaud', 'Hébert', 'Desjardins', 'Couture', 'Turcotte', 'Lachance', 'Parent',
           'Blais', 'Gosselin', 'Savard', 'Proulx', 'Beaudoin', 'Demers', 'Perreault', 'Dufour', 'Lemieux',
           'Mercier', 'Vachon', 'Charbonneau', 'Laflamme', 'Brisebois', 'Doucet', 'Thériault', 'Plourde']
EN_LAST = ['Smith', 'Brown', 'Wilson', 'Taylor', 'MacDonald', 'Campbell', 'Anderson', 'Stewart', 'Thompson',
           'Murphy', "O'Brien", 'Kelly', 'Reid', 'Patel', 'Chen', 'Nguyen', 'Singh', 'Harris', 'Clarke', 'Walsh',
           'McKenzie', 'Fraser', 'Graham', 'Sullivan', 'Ross']

STAFF_FR_F = ['Julie', 'Isabelle', 'Marie-Ève', 'Caroline', 'Mélanie', 'Annie', 'Nancy', 'Chantal', 'Karine',
              'Stéphanie', 'Geneviève', 'Josée', 'Valérie', 'Sophie', 'Catherine', 'Émilie', 'Audrey', 'Véronique',
              'Marie-Pier', 'Andréanne', 'Kim', 'Myriam', 'Noémie']
STAFF_FR_M = ['François', 'Mathieu', 'Jean-Philippe', 'Sébastien', 'Patrick', 'Éric', 'Martin', 'Nicolas',
              'Alexandre', 'Simon', 'Maxime', 'Olivier', 'Guillaume', 'Félix', 'Louis-Philippe', 'Vincent']
STAFF_EN_F = ['Sarah', 'Emily', 'Jennifer', 'Rebecca', 'Laura', 'Megan', 'Rachel', 'Priya', 'Grace', 'Olivia',
              'Hannah', 'Amanda', 'Lindsay']
STAFF_EN_M = ['Kevin', 'Daniel', 'Andrew', 'Michael', 'Jason', 'Ryan', 'Anil', 'Wei', 'Thomas', 'Adam', 'Derek']

CITIES_QC = [('Val-des-Cèdres', 'J9V'), ('Saint-Aubin-des-Bois', 'J0X'), ('Sainte-Clotilde-du-Lac', 'J0Z'),
             ('Lac-aux-Hérons', 'J0W'), ('Pointe-Bellerive', 'J9X'), ('Rivière-aux-Saules', 'J0Y'),
             ('Mont-Rocheleau', 'J9T'), ('Notre-Dame-des-Quatre-Vents', 'J0V'), ('Saint-Firmin-de-Laverdure', 'J0T')]
STREETS_FR = ['rue des Érables', 'rue des Pins', 'rue des Lilas', 'chemin du Lac-Vert', 'boul. Riverin',
              'rue Principale', 'rang Saint-Joseph', 'rue de la Fabrique', 'av. des Bouleaux', 'montée Grise',
              'rue Champlain-Nord', 'chemin de la Baie', "rue de l'Église", 'rue Saint-Onésime', 'croissant des Merles']
STREETS_EN = ['Maple Street', 'Elm Drive', 'Riverside Road', 'Concession Road 4', 'Birch Crescent', 'Queen Street',
              'Mill Road', 'Lakeview Avenue']
ON_CITIES = [('Kingsbridge', 'K0A'), ('Harrowfield', 'K7S'), ('North Dunmore', 'K0G')]
EMAIL_DOMAINS_PERSO = ['courriel.example', 'mailbox.example', 'netmail.example', 'videocable.example',
                       'sympatico-mail.example']

RELATIONS = [('conjointe', 'wife', 'F'), ('conjoint', 'husband', 'M'), ('fille', 'daughter', 'F'), ('fils', 'son', 'M'),
             ('sœur', 'sister', 'F'), ('frère', 'brother', 'M'), ('voisine', 'neighbour', 'F'), ('voisin', 'neighbour', 'M'),
             ('nièce', 'niece', 'F'), ('mère', 'mother', 'F'), ('ami', 'friend', 'M')]


def rand_letters(r, n):
    return ''.join(r.choice('ABCEGHJKLMNPRSTVWXYZ') for _ in range(n))


def postal(r, fsa):
    return '%s %d%s%d' % (fsa, r.randrange(10), rand_letters(r, 1), r.randrange(10))


def phone(r, area=None, style=None):
    area = area or r.choice(['819', '819', '873', '450'])
    num = '%04d' % r.randrange(100, 9999)
    style = style if style is not None else r.randrange(4)
    return ['%s 555-%s' % (area, num), '(%s) 555-%s' % (area, num), '%s-555-%s' % (area, num),
            '%s.555.%s' % (area, num)][style % 4]


class Extras(object):
    pass


def extras(seed, p):
    """Deterministic per-person details (chart number, address, phone, next of kin...)."""
    if p._x is not None:
        return p._x
    r = random.Random('%s|%s|%s|%s' % (seed, p.surname, p.given, p.dob.isoformat()))
    x = Extras()
    x.mrn = '%07d' % r.randrange(200000, 3999999)
    city, fsa = r.choice(CITIES_QC)
    x.street = '%d, %s' % (r.randrange(12, 2990), r.choice(STREETS_FR))
    if r.random() < 0.25:
        x.street = '%s, app. %d' % (x.street, r.randrange(1, 12))
    x.city, x.postal = city, postal(r, fsa)
    x.phone = phone(r)
    x.cell = phone(r, area=r.choice(['819', '873']))
    x.email = '%s.%s%02d@%s' % (slug(p.given), slug(p.surname), p.dob.year % 100, r.choice(EMAIL_DOMAINS_PERSO))
    x.kin_rel = r.randrange(len(RELATIONS))
    kin_first = r.choice(FR_FIRST_F + STAFF_FR_F if RELATIONS[x.kin_rel][2] == 'F' else FR_FIRST_M + STAFF_FR_M)
    x.kin = '%s %s' % (kin_first, r.choice([p.surname, r.choice(FR_LAST)]))
    x.kin_phone = phone(r)
    x.height = r.randrange(150, 188)
    x.weight = round(r.uniform(48, 105), 1)
    x.abo = r.choice(['O+', 'O+', 'A+', 'A+', 'B+', 'AB+', 'O-', 'A-'])
    x.ohn = None
    return x


def invented_person(r, lang='fr', min_year=1934, max_year=1988):
    sex = r.choice('FM')
    if lang == 'en' and r.random() < 0.7:
        given = r.choice(EN_FIRST_F if sex == 'F' else EN_FIRST_M)
        sur = r.choice(EN_LAST + FR_LAST[:10])
    else:
        given = r.choice(FR_FIRST_F if sex == 'F' else FR_FIRST_M)
        sur = r.choice(FR_LAST)
    y = r.randrange(min_year, max_year + 1)
    d = dt.date(y, r.randrange(1, 13), r.randrange(1, 29))
    return Person(sur, given, d, sex, None)


FRANCE_LAST = ['Dupont', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefèvre', 'Garnier', 'Rousseau', 'Faure', 'Chevalier', 'Mathieu']
BELG_LAST = ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Dubois', 'Lambert', 'Wouters', 'Claes', 'Goossens', 'Renard']
EURO_F = ['Camille', 'Léa', 'Chloé', 'Élodie', 'Margaux', 'Pauline', 'Anaïs', 'Françoise', 'Brigitte', 'Annick', 'Martine']
EURO_M = ['Hugo', 'Lucas', 'Théo', 'Julien', 'Thibaut', 'Romain', 'Bastien', 'Jean-Luc', 'Didier', 'Patrice', 'Yannick']


def foreign_person(r, country, young=None):
    sex = r.choice('FM')
    given = r.choice(EURO_F if sex == 'F' else EURO_M)
    sur = r.choice(FRANCE_LAST if country == 'fr' else BELG_LAST)
    young = r.random() < 0.5 if young is None else young
    y = r.randrange(1990, 2004) if young else r.randrange(1948, 1975)
    return Person(sur, given, dt.date(y, r.randrange(1, 13), r.randrange(1, 29)), sex, None)


# ----------------------------------------------------------------------------------------------
# identifiers (validated with python-stdnum)
# ----------------------------------------------------------------------------------------------

def gen_sin(r):
    while True:
        body = r.choice('1234567') + ''.join(str(r.randrange(10)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_ohn(r):
    while True:
        body = str(r.randrange(1, 10)) + ''.join(str(r.randrange(10)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num) and len(num) == 10:
            return num, rand_letters(r, 2)


def gen_niss(r, p):
    y, m, d = p.dob.year, p.dob.month, p.dob.day
    while True:
        seq = r.randrange(1, 998)
        if (seq % 2 == 1) != (p.sex == 'M'):
            continue
        base = '%02d%02d%02d%03d' % (y % 100, m, d, seq)
        val = int(('2' + base) if y >= 2000 else base)
        num = base + '%02d' % (97 - val % 97)
        if be_nn.is_valid(num):
            return num


def gen_nir(r, p):
    while True:
        dept = '%02d' % r.choice([1, 6, 13, 21, 29, 31, 33, 35, 38, 44, 49, 59, 62, 67, 69, 75, 76, 92, 93, 94])
        body = '%d%02d%02d%s%03d%03d' % (1 if p.sex == 'M' else 2, p.dob.year % 100, p.dob.month, dept,
                                        r.randrange(1, 990), r.randrange(1, 999))
        num = body + '%02d' % (97 - int(body) % 97)
        if fr_nir.is_valid(num):
            return num


def luhn_serial(r, prefix_len=10):
    body = ''.join(str(r.randrange(10)) for _ in range(prefix_len))
    return body + luhn.calc_check_digit(body)


# ----------------------------------------------------------------------------------------------
# formatting of patient data (collector records the finding types actually written)
# ----------------------------------------------------------------------------------------------

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MOIS_ABR = ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
          'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style):
    if lang == 'fr':
        opts = ['%04d-%02d-%02d' % (d.year, d.month, d.day), '%02d/%02d/%04d' % (d.day, d.month, d.year),
                '%d %s %d' % (d.day, MOIS[d.month - 1], d.year), '%02d-%02d-%02d' % (d.day, d.month, d.year % 100),
                '%d %s %d' % (d.day, MOIS_ABR[d.month - 1], d.year), '%04d/%02d/%02d' % (d.year, d.month, d.day)]
    else:
        opts = ['%04d-%02d-%02d' % (d.year, d.month, d.day), '%s %d, %d' % (MONTHS[d.month - 1][:3], d.day, d.year),
                '%d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year), '%02d/%02d/%04d' % (d.month, d.day, d.year),
                '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year), '%04d/%02d/%02d' % (d.year, d.month, d.day)]
    return opts[style % len(opts)]


def fday(d, lang, style=0):
    """Short date for appointments (no year)."""
    if lang == 'fr':
        return ['%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1]), '%d/%02d' % (d.day, d.month),
                '%s %d' % (JOURS[d.weekday()], d.day), '%04d-%02d-%02d' % (d.year, d.month, d.day)][style % 4]
    return ['%s %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1][:3], d.day), '%d/%d' % (d.month, d.day),
            '%s the %dth' % (DAYS[d.weekday()], d.day), '%04d-%02d-%02d' % (d.year, d.month, d.day)][style % 4]


class K(object):
    """Collector: every patient-linked mention goes through here so labels match the text."""

    def __init__(self, r, lang, seed):
        self.r, self.lang, self.seed, self.t = r, lang, seed, set()
        self.vals = []          # (type, written value) for identifier-like types, verified after rendering

    def _v(self, typ, value):
        self.t.add(typ)
        self.vals.append((typ, value))
        return value

    def x(self, p):
        return extras(self.seed, p)

    def title(self, p):
        if self.lang == 'fr':
            return 'Mme' if p.sex == 'F' else 'M.'
        return self.r.choice(['Mrs.', 'Ms.', 'Ms']) if p.sex == 'F' else self.r.choice(['Mr.', 'Mr'])

    def nm(self, p, style=None):
        if style is None:
            style = self.r.choice(['full', 'full', 'title_full', 'sfirst', 'caps', 'sfirst_m', 'noacc', 'title_full'])
        g, s = p.given, p.surname
        out = {'full': lambda: '%s %s' % (g, s), 'title_full': lambda: '%s %s %s' % (self.title(p), g, s),
               'title': lambda: '%s %s' % (self.title(p), s), 'sfirst': lambda: '%s, %s' % (s.upper(), g),
               'sfirst_m': lambda: '%s, %s' % (s, g), 'caps': lambda: '%s %s' % (s.upper(), g.upper()),
               'init': lambda: '%s %s.' % (s, g[0]), 'lower': lambda: '%s %s' % (g.lower(), s.lower()),
               'noacc': lambda: strip_accents('%s %s' % (g, s)), 'surname': lambda: s, 'given': lambda: g}[style]()
        return self._v('patient_name', out)

    def nam(self, p, style=None):
        assert p.nam
        n = p.nam
        if style is None:
            style = self.r.choice([0, 0, 0, 1, 1, 2, 3])
        return self._v('ramq_nam', [n, '%s %s %s' % (n[:4], n[4:8], n[8:]), n.lower(), '%s-%s-%s' % (n[:4], n[4:8], n[8:]),
                                    ' '.join([n[:4], n[4:6], n[6:8], n[8:10], n[10:]])][style])

    def mrn(self, p, style=None):
        m = self.x(p).mrn
        if style is None:
            style = self.r.randrange(5)
        return self._v('mrn', [m, 'H%s' % m, '%s-%s-%s' % (m[0], m[1:4], m[4:]), '%s %s' % (m[:3], m[3:]), m.lstrip('0')][style])

    def dob(self, p, style=None):
        return self._v('date_of_birth', fdate(p.dob, self.lang, self.r.randrange(6) if style is None else style))

    def sin(self, num, style=None):
        assert ca_sin.is_valid(num)
        style = self.r.randrange(3) if style is None else style
        return self._v('ca_sin', [num, '%s %s %s' % (num[:3], num[3:6], num[6:]), '%s-%s-%s' % (num[:3], num[3:6], num[6:])][style])

    def ohn(self, num, vc, style=None):
        assert luhn.is_valid(num) and len(num) == 10
        style = self.r.randrange(3) if style is None else style
        return self._v('ca_health_number', ['%s-%s-%s-%s' % (num[:4], num[4:7], num[7:], vc),
                                            '%s %s %s %s' % (num[:4], num[4:7], num[7:], vc), '%s%s' % (num, vc)][style])

    def niss(self, num, style=None):
        assert be_nn.is_valid(num)
        style = self.r.randrange(3) if style is None else style
        return self._v('be_niss', [be_nn.format(num), num, '%s %s %s' % (num[:6], num[6:9], num[9:])][style])

    def nir(self, num, style=None):
        assert fr_nir.is_valid(num)
        style = self.r.randrange(3) if style is None else style
        return self._v('fr_nir', [fr_nir.format(num), num, '%s %s' % (num[:13], num[13:])][style])

    def dx(self, s):
        self.t.add('diagnosis')
        return s

    def med(self, s):
        self.t.add('medication')
        return s

    def lab(self, s):
        self.t.add('lab_result')
        return s

    def contact(self, s):
        self.t.add('patient_contact')
        return s

    def soc(self, s):
        self.t.add('social_information')
        return s

    def addr(self, p, one_line=True):
        x = self.x(p)
        if one_line:
            return self._v('patient_contact', '%s, %s (QC) %s' % (x.street, x.city, x.postal))
        return self._v('patient_contact', '%s\n%s (Québec)  %s' % (x.street, x.city, x.postal))

    def tel(self, p, which='phone'):
        return self._v('patient_contact', getattr(self.x(p), which))


# ----------------------------------------------------------------------------------------------
# body model: list of blocks
#   ('p', text)                         paragraph (may contain newlines)
#   ('t', header, rows)                 table
#   ('pre', text)                       preformatted (lab system output, etc.)
#   ('q', meta, blocks)                 quoted earlier message (meta: kind gt|outlook|outlook2|fwd)
# ----------------------------------------------------------------------------------------------

def P(text):
    return ('p', text)


def T(header, rows):
    return ('t', list(header), [list(map(str, r)) for r in rows])


def PRE(text):
    return ('pre', text)


def Q(kind, who, addr, when, subject, blocks, to=None):
    return ('q', dict(kind=kind, who=who, addr=addr, when=when, subject=subject, to=to or ''), blocks)


def table_plain(h, rows, style):
    if style == 'pipe':
        w = [max(len(str(x)) for x in col) for col in zip(h, *rows)]
        line = lambda cells: '| ' + ' | '.join(str(c).ljust(w[i]) for i, c in enumerate(cells)) + ' |'
        sep = '|' + '|'.join('-' * (x + 2) for x in w) + '|'
        return '\n'.join([line(h), sep] + [line(r) for r in rows])
    if style == 'tab':
        return '\n'.join('\t'.join(map(str, r)) for r in [h] + rows)
    if style == 'aligned':
        w = [max(len(str(x)) for x in col) for col in zip(h, *rows)]
        return '\n'.join('  '.join(str(c).ljust(w[i]) for i, c in enumerate(r)).rstrip() for r in [h] + rows)
    if style == 'semi':
        return '\n'.join(' ; '.join(map(str, r)) for r in [h] + rows)
    # 'list'
    if len(h) > 3:
        return '\n'.join('- %s : %s' % (r[0], ', '.join('%s %s' % (h[i], r[i]) for i in range(1, len(r)) if str(r[i]))) for r in rows)
    return '\n'.join('- ' + ' / '.join(str(c) for c in r if str(c)) for r in rows)


def quote_header_plain(meta, lang):
    k = meta['kind']
    if k == 'gt':
        if lang == 'fr':
            return 'Le %s, %s <%s> a écrit :' % (meta['when'], meta['who'], meta['addr'])
        return 'On %s, %s <%s> wrote:' % (meta['when'], meta['who'], meta['addr'])
    if k in ('outlook', 'outlook2'):
        top = '-----Message d\'origine-----' if lang == 'fr' else '-----Original Message-----'
        if k == 'outlook2':
            top = '_' * 32
        if lang == 'fr':
            return '%s\nDe : %s <%s>\nEnvoyé : %s\nÀ : %s\nObjet : %s' % (top, meta['who'], meta['addr'],
                                                                         meta['when'], meta['to'], meta['subject'])
        return '%s\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s' % (top, meta['who'], meta['addr'], meta['when'],
                                                                      meta['to'], meta['subject'])
    if lang == 'fr':
        return '---------- Message transféré ---------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s' % (
            meta['who'], meta['addr'], meta['when'], meta['subject'], meta['to'])
    return '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s' % (
        meta['who'], meta['addr'], meta['when'], meta['subject'], meta['to'])


def render_plain(blocks, lang, tstyle):
    out = []
    for b in blocks:
        if b[0] == 'p':
            out.append(b[1])
        elif b[0] == 'pre':
            out.append(b[1])
        elif b[0] == 't':
            out.append(table_plain(b[1], b[2], tstyle))
        elif b[0] == 'q':
            meta, inner = b[1], b[2]
            txt = render_plain(inner, lang, tstyle)
            hdr = quote_header_plain(meta, lang)
            if meta['kind'] == 'gt':
                out.append(hdr + '\n' + '\n'.join(('> ' + l) if l else '>' for l in txt.split('\n')))
            else:
                out.append(hdr + '\n\n' + txt)
    return '\n\n'.join(out)


def h(s):
    return html.escape(s, quote=False)


def render_html_blocks(blocks, lang, flavour):
    out = []
    for b in blocks:
        if b[0] == 'p':
            lines = b[1].split('\n')
            if flavour == 'outlook':
                out.append('\n'.join('<p class="MsoNormal">%s<o:p></o:p></p>' % (h(l) if l else '&nbsp;')
                                     for l in lines) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            else:
                out.append('<div>' + '<br>\n'.join(h(l) for l in lines) + '</div>\n<div><br></div>')
        elif b[0] == 'pre':
            out.append('<pre style="font-family:Consolas,monospace;font-size:10pt">%s</pre>' % h(b[1]))
        elif b[0] == 't':
            rows = ['<tr>' + ''.join('<th style="border:1px solid #999;padding:2px 6px">%s</th>' % h(c)
                                     for c in b[1]) + '</tr>']
            for r in b[2]:
                rows.append('<tr>' + ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % h(c)
                                             for c in r) + '</tr>')
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n' + '\n'.join(rows) + '\n</table>')
        elif b[0] == 'q':
            meta, inner = b[1], b[2]
            hdr = quote_header_plain(meta, lang)
            inner_html = render_html_blocks(inner, lang, flavour)
            if meta['kind'] == 'gt':
                out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>\n'
                           '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                           'padding-left:1ex">\n%s\n</blockquote></div>' % (h(hdr), inner_html))
            else:
                hl = hdr.split('\n')
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                           + '<br>\n'.join(h(l) for l in hl) + '</div>\n' + inner_html)
    return '\n'.join(out)


def render_html(blocks, lang, flavour, charset):
    inner = render_html_blocks(blocks, lang, flavour)
    if flavour == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style>\n'
                '</head>\n<body lang="%s" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, 'FR-CA' if lang == 'fr' else 'EN-CA', inner))
    if flavour == 'gmail':
        return '<div dir="ltr">\n%s\n</div>\n' % inner
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"></head>\n<body style="font-family:Arial;font-size:10pt">'
            '\n%s\n</body></html>\n' % (charset, inner))


# ----------------------------------------------------------------------------------------------
# MIME serialisation (hand-made so that charset / transfer encoding / line endings are controlled)
# ----------------------------------------------------------------------------------------------

class Leaf(object):
    def __init__(self, headers, body):
        self.headers, self.body = headers, body   # body: bytes with '\n' line ends (converted at output)


class Multi(object):
    def __init__(self, subtype, parts, boundary, headers=None, preamble=None):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.headers = headers or []
        self.preamble = preamble


def enc_header_text(s, charset='utf-8', name='Subject'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        cs = charset if charset != 'windows-1252' else 'utf-8'
        return Header(safe_for(s, cs), cs, header_name=name).encode(linesep='\n', maxlinelen=76)


def enc_addr(name, addr, charset='utf-8'):
    if not name:
        return addr
    try:
        name.encode('ascii')
        if re.search(r'[,.;:()<>@"\[\]]', name):
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    except UnicodeEncodeError:
        cs = charset if charset != 'windows-1252' else 'utf-8'
        return '%s <%s>' % (Header(safe_for(name, cs), cs).encode(linesep='\n', maxlinelen=998), addr)


def encode_body(raw, cte, text=True):
    """raw: bytes (text with \n line ends).  Returns bytes with \n line ends."""
    if cte == 'base64':
        return base64.encodebytes(raw.replace(b'\n', b'\r\n') if text else raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw if raw.endswith(b'\n') else raw + b'\n'


def text_leaf(text, subtype, charset, cte, extra_headers=None):
    text = text.replace('\r\n', '\n')
    text = safe_for(text, charset)
    raw = text.encode(charset)
    if cte in ('7bit', '8bit'):
        if any(len(l) > 900 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
        elif cte == '7bit' and any(b > 127 for b in raw):
            cte = '8bit'
    hdrs = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
            ('Content-Transfer-Encoding', cte)]
    hdrs += extra_headers or []
    return Leaf(hdrs, encode_body(raw, cte))


def rfc2231(fn):
    from urllib.parse import quote
    return "utf-8''" + quote(fn.encode('utf-8'), safe='')


def attach_leaf(att, r, nl):
    fn = att['filename']
    ascii_fn = True
    try:
        fn.encode('ascii')
    except UnicodeEncodeError:
        ascii_fn = False
    disp = 'inline' if att.get('inline') else 'attachment'
    mime = att['mime']
    if mime == 'message/rfc822':
        body = att['data']
        hdrs = [('Content-Type', 'message/rfc822'), ('Content-Disposition', '%s; filename="%s"' % (disp, fn))]
        return Leaf(hdrs, body)
    if ascii_fn:
        ct = '%s; name="%s"' % (mime, fn)
        cd = '%s; filename="%s"' % (disp, fn)
    elif r.random() < 0.5:
        e = Header(fn, 'utf-8').encode(linesep='\n', maxlinelen=900)
        ct = '%s; name="%s"' % (mime, e)
        cd = '%s; filename="%s"' % (disp, e)
    else:
        ct = '%s; name*=%s' % (mime, rfc2231(fn))
        cd = '%s; filename*=%s' % (disp, rfc2231(fn))
    if att.get('charset'):
        ct = ct.replace(mime + ';', '%s; charset="%s";' % (mime, att['charset']), 1)
    hdrs = [('Content-Type', ct)]
    if att.get('cid'):
        hdrs.append(('Content-ID', '<%s>' % att['cid']))
    hdrs.append(('Content-Disposition', cd))
    cte = att.get('cte', 'base64')
    hdrs.append(('Content-Transfer-Encoding', cte))
    data = att['data']
    if cte != 'base64':
        data = data.replace(b'\r\n', b'\n')
    return Leaf(hdrs, encode_body(data, cte, text=False))


def fold_header(name, value):
    """Fold long ASCII header values (addresses at commas, other headers at spaces)."""
    line = '%s: %s' % (name, value)
    if len(line) <= 78 or '\n' in value:
        return line
    sep = ', ' if name in ('To', 'Cc', 'Bcc', 'References') else ' '
    toks = line.split(sep)
    out, cur = [], toks[0]
    for tok in toks[1:]:
        if len(cur) + len(sep) + len(tok) > 76:
            out.append(cur + sep.rstrip())
            cur = ' ' + tok
        else:
            cur = cur + sep + tok
    out.append(cur)
    return '\n'.join(out)


def ser(node, nl):
    lines = []
    hdrs = list(node.headers)
    if isinstance(node, Multi):
        hdrs = hdrs + [('Content-Type', 'multipart/%s; boundary="%s"' % (node.subtype, node.boundary))]
    for k, v in hdrs:
        lines.append(fold_header(k, v))
    head = '\n'.join(lines).replace('\n', nl).encode('ascii') + nl.encode() + nl.encode()
    if isinstance(node, Leaf):
        body = node.body.replace(b'\r\n', b'\n').replace(b'\n', nl.encode())
        return head + body
    b = node.boundary.encode()
    out = [head]
    if node.preamble:
        out.append(node.preamble.encode('ascii') + nl.encode())
    for p in node.parts:
        out.append(b'--' + b + nl.encode())
        pb = ser(p, nl)
        if not pb.endswith(nl.encode()):
            pb += nl.encode()
        out.append(pb)
    out.append(b'--' + b + b'--' + nl.encode())
    return b''.join(out)


MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 15.0', None, None, 'Apple Mail (2.3731.700.6)',
           'Mozilla Thunderbird 115.8.1', 'iPhone Mail (21D61)']


def build_email(spec, r, nl=None, inner=False):
    """spec keys: lang, frm(name, addr), to [(name, addr)], cc, subject, blocks, atts, date (datetime),
    optional: mode, charset, cte, flavour, reply_to_id, importance, headers."""
    lang = spec['lang']
    nl = nl or r.choice(['\r\n', '\n'])
    charset = spec.get('charset') or r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [6, 2, 2])[0]
    cte = spec.get('cte') or r.choices(['quoted-printable', 'base64', '8bit'], [5, 3, 2])[0]
    if inner and cte == '8bit':
        cte = 'quoted-printable'
    mode = spec.get('mode') or r.choices(['plain', 'alt', 'html'], [4, 4, 2])[0]
    flavour = spec.get('flavour') or r.choice(['outlook', 'gmail', 'basic'])
    tstyle = spec.get('tstyle') or r.choice(['pipe', 'tab', 'aligned', 'semi', 'list', 'aligned', 'pipe'])
    blocks = spec['blocks']
    plain = render_plain(blocks, lang, tstyle)
    if spec.get('typos'):
        plain = typo(r, plain, spec['typos'])
    if spec.get('noaccent'):
        plain = strip_accents(plain)
        blocks = strip_blocks(blocks)
    parts = []
    if mode == 'plain':
        body = text_leaf(plain + '\n', 'plain', charset, cte)
    else:
        htm = render_html(blocks, lang, flavour, charset)
        hleaf = text_leaf(htm, 'html', charset, cte if cte != '8bit' else 'quoted-printable')
        if mode == 'html':
            body = hleaf
        else:
            body = Multi('alternative', [text_leaf(plain + '\n', 'plain', charset, cte), hleaf],
                         boundary(r, 'alt'))
    atts = spec.get('atts') or []
    if atts:
        leaves = [attach_leaf(a, r, nl) for a in atts]
        root = Multi('mixed', [body] + leaves, boundary(r, 'mix'),
                     preamble='This is a multi-part message in MIME format.' if r.random() < 0.4 else None)
    else:
        root = body
    date = spec['date']
    frm = spec['frm']
    hdrs = []
    hdrs.append(('From', enc_addr(frm[0], frm[1], charset)))
    hdrs.append(('To', ', '.join(enc_addr(n, a, charset) for n, a in spec['to'])))
    if spec.get('cc'):
        hdrs.append(('Cc', ', '.join(enc_addr(n, a, charset) for n, a in spec['cc'])))
    hdrs.append(('Subject', enc_header_text(spec['subject'], charset)))
    hdrs.append(('Date', format_datetime(date)))
    dom = frm[1].split('@')[1]
    mid = '<%s@%s>' % (''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(20)), dom)
    hdrs.append(('Message-ID', mid))
    if spec.get('reply_to_id'):
        hdrs.append(('In-Reply-To', spec['reply_to_id']))
        hdrs.append(('References', spec['reply_to_id']))
    hdrs.append(('MIME-Version', '1.0'))
    mailer = r.choice(MAILERS)
    if mailer:
        hdrs.append(('X-Mailer' if 'Outlook' in mailer else 'User-Agent', mailer))
    hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    if spec.get('importance'):
        hdrs.append(('Importance', 'High'))
        hdrs.append(('X-Priority', '1'))
    for k, v in spec.get('headers', []):
        hdrs.append((k, v))
    if isinstance(root, Leaf):
        root.headers = hdrs + root.headers
    else:
        root.headers = hdrs + root.headers
    data = ser(root, nl)
    return data


def strip_blocks(blocks):
    out = []
    for b in blocks:
        if b[0] in ('p', 'pre'):
            out.append((b[0], strip_accents(b[1])))
        elif b[0] == 't':
            out.append(('t', [strip_accents(c) for c in b[1]], [[strip_accents(c) for c in row] for row in b[2]]))
        else:
            out.append(b)
    return out


def boundary(r, kind):
    hx = ''.join(r.choice('0123456789abcdef') for _ in range(24))
    return r.choice(['----=_Part_%d_%s' % (r.randrange(10 ** 6), hx[:12]), '_000_%s_' % hx.upper(),
                     '=-%s' % hx, '------------%s' % hx[:24].upper(), '--b1_%s' % hx])


# ----------------------------------------------------------------------------------------------
# attachments (fixed timestamps → reproducible bytes)
# ----------------------------------------------------------------------------------------------

def normalise_ooxml(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?', FIXED_ISO.encode(), content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, lines, table=None, author=''):
    from reportlab.lib.pagesizes import letter, landscape
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas
    enc = lambda s: safe_for(str(s), 'windows-1252')
    size = letter
    fs = 8
    if table:
        head, rows = table
        cols = list(zip(head, *rows))
        need = lambda f: sum(max(stringWidth(enc(x), 'Helvetica', f) for x in col) + 8 for col in cols)
        if need(fs) > 512:
            size = landscape(letter)
        usable = size[0] - 80
        while need(fs) > usable and fs > 5:
            fs -= 0.5
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setTitle(enc(title))
    c.setAuthor(enc(author))
    c.setCreator('Sainte-Aurelie eForms')
    top = size[1] - 52
    y = top

    def newpage(font, fsize):
        nonlocal y
        c.showPage()
        c.setFont(font, fsize)
        y = top

    c.setFont('Helvetica-Bold', 13)
    c.drawString(40, y, enc(title)[:110])
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        for chunk in wrap(enc(line), int((size[0] - 80) / 5.2)):
            if y < 60:
                newpage('Helvetica', 10)
            c.drawString(40, y, chunk)
            y -= 14
    if table:
        y -= 8
        head, rows = table
        cols = list(zip(head, *rows))
        widths = [max(stringWidth(enc(x), 'Helvetica-Bold', fs) for x in col) + 8 for col in cols]
        xs = [40]
        for w in widths[:-1]:
            xs.append(xs[-1] + w)
        c.setFont('Helvetica-Bold', fs)
        for i, cell in enumerate(head):
            c.drawString(xs[i], y, enc(cell))
        y -= fs + 4
        c.setFont('Helvetica', fs)
        for row in rows:
            if y < 60:
                newpage('Helvetica', fs)
            for i, cell in enumerate(row):
                c.drawString(xs[i], y, enc(cell))
            y -= fs + 4
    c.showPage()
    c.save()
    return buf.getvalue()


def wrap(s, n):
    if not s:
        return ['']
    out = []
    for para in s.split('\n'):
        while len(para) > n:
            cut = para.rfind(' ', 0, n)
            cut = n if cut <= 0 else cut
            out.append(para[:cut])
            para = para[cut:].lstrip()
        out.append(para)
    return out


def make_docx(title, paras, table=None, author=''):
    import docx
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.title = title
    d.core_properties.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    d.core_properties.last_modified_by = author
    d.core_properties.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        head, rows = table
        t = d.add_table(rows=1, cols=len(head))
        t.style = 'Table Grid'
        for i, c in enumerate(head):
            t.rows[0].cells[i].text = str(c)
        for row in rows:
            cells = t.add_row().cells
            for i, c in enumerate(row):
                cells[i].text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_ooxml(buf.getvalue())


def make_xlsx(sheet, head, rows, author='', extra_sheets=None):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = dt.datetime(2024, 1, 15, 9, 0, 0)
    wb.properties.modified = dt.datetime(2024, 1, 15, 9, 0, 0)
    ws = wb.active
    ws.title = sheet[:31]
    ws.append(list(head))
    for row in rows:
        ws.append(list(row))
    for name, h2, rows2 in (extra_sheets or []):
        w2 = wb.create_sheet(name[:31])
        w2.append(list(h2))
        for row in rows2:
            w2.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue())


def make_csv(head, rows, sep=';', charset='utf-8', nl='\r\n'):
    lines = [sep.join(str(c) for c in head)]
    for row in rows:
        cells = []
        for c in row:
            c = str(c)
            if sep in c or '"' in c:
                c = '"%s"' % c.replace('"', '""')
            cells.append(c)
        lines.append(sep.join(cells))
    txt = nl.join(lines) + nl
    return safe_for(txt, charset).encode(charset)


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, minutes, summary, description, location, organizer, stamp, method='REQUEST'):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Sainte-Aurelie//Agenda CJOH//FR', 'VERSION:2.0', 'METHOD:%s' % method,
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:%sZ' % f(stamp),
             'DTSTART;TZID=America/Toronto:%s' % f(start), 'DTEND;TZID=America/Toronto:%s' % f(end),
             'SUMMARY:%s' % ics_escape(summary), 'DESCRIPTION:%s' % ics_escape(description),
             'LOCATION:%s' % ics_escape(location), 'ORGANIZER;CN=%s:mailto:%s' % (ics_escape(organizer[0]), organizer[1]),
             'END:VEVENT', 'END:VCALENDAR']
    folded = []
    for l in lines:
        b = l
        while len(b.encode('utf-8')) > 74:
            cut = 74
            while len(b[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(b[:cut])
            b = ' ' + b[cut:]
        folded.append(b)
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')


def make_vcf(fn, sur, given, tel, adr, note, email_addr=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, given), 'FN:%s' % fn,
             'TEL;TYPE=HOME,VOICE:%s' % tel, 'ADR;TYPE=HOME:;;%s' % adr]
    if email_addr:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_addr)
    lines += ['NOTE:%s' % ics_escape(note), 'END:VCARD']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_png(r, w=24, h=24):
    import struct
    import zlib
    col = (r.randrange(256), r.randrange(256), r.randrange(256))
    raw = b''.join(b'\x00' + bytes(col) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


# ----------------------------------------------------------------------------------------------
# organisations and staff (all invented)
# ----------------------------------------------------------------------------------------------

DOM = 'cisss-valcedres.example'
ORG_FR = 'CISSS du Val-des-Cèdres – Hôpital Sainte-Aurélie'
ORG_EN = 'Sainte-Aurélie Hospital – CISSS du Val-des-Cèdres'
UNIT_FR = "Centre de jour d'oncologie-hématologie (CJOH)"
UNIT_EN = 'Oncology-Haematology Day Centre'
MAIN_PHONE = '819 555-0100'

ROLES = {
    'pharm': (('Pharmacienne – oncologie', 'Pharmacien – oncologie'), 'Oncology Pharmacist', ('pharm.', 'RPh')),
    'onc': (('Hémato-oncologue', 'Hémato-oncologue'), 'Medical Oncologist', ('MD, FRCPC', 'MD, FRCPC')),
    'hemato': (('Hématologue', 'Hématologue'), 'Haematologist', ('MD, FRCPC', 'MD, FRCPC')),
    'nurse': (('Infirmière clinicienne, CJOH', 'Infirmier clinicien, CJOH'), 'Clinical Nurse, Day Centre',
              ('inf., B.Sc.', 'RN, BScN')),
    'ipo': (('Infirmière pivot en oncologie (IPO)', 'Infirmier pivot en oncologie (IPO)'), 'Nurse Navigator – Oncology',
            ('inf. clin.', 'RN')),
    'asi': (('Assistante infirmière-chef, CJOH', 'Assistant infirmier-chef, CJOH'), 'Assistant Head Nurse, Day Centre',
            ('inf.', 'RN')),
    'chef': (('Cheffe de service – oncologie', 'Chef de service – oncologie'), 'Manager, Oncology Services', ('', '')),
    'research': (('Coordonnatrice de recherche clinique – URCO', 'Coordonnateur de recherche clinique – URCO'),
                 'Clinical Research Coordinator – Oncology', ('', 'CCRP')),
    'bb': (('Technologiste médicale – Banque de sang', 'Technologiste médical – Banque de sang'),
           'Medical Technologist – Blood Bank', ('T.M.', 'MLT')),
    'ts': (('Travailleuse sociale – oncologie', 'Travailleur social – oncologie'), 'Social Worker – Oncology',
           ('t.s.', 'MSW, RSW')),
    'secr': (('Agente administrative – CJOH', 'Agent administratif – CJOH'), 'Unit Clerk – Day Centre', ('', '')),
    'pall': (('Médecin – soins palliatifs', 'Médecin – soins palliatifs'), 'Palliative Care Physician',
             ('MD', 'MD, CCFP(PC)')),
    'clsc': (('Infirmière SAD – CLSC des Trois-Ruisseaux', 'Infirmier SAD – CLSC des Trois-Ruisseaux'),
             'Home Care Nurse – CLSC des Trois-Ruisseaux', ('inf.', 'RN')),
    'atp': (('Assistante technique en pharmacie', 'Assistant technique en pharmacie'), 'Pharmacy Technician',
            ('ATP', '')),
    'educ': (('Conseillère en soins infirmiers – oncologie', 'Conseiller en soins infirmiers – oncologie'),
             'Nurse Educator – Oncology', ('inf., M.Sc.', 'RN, MN')),
    'nutri': (('Nutritionniste – oncologie', 'Nutritionniste – oncologie'), 'Dietitian – Oncology', ('Dt.P.', 'RD')),
    'coord': (('Coordonnatrice – fauteuils et rendez-vous', 'Coordonnateur – fauteuils et rendez-vous'),
              'Scheduling Coordinator – Day Centre', ('', '')),
}
PHYS = ('onc', 'hemato', 'pall')


class Staff(object):
    pass


def staff(r, role, lang, dom=DOM, sex=None):
    s = Staff()
    s.role = role
    s.sex = sex or r.choice('FFFM' if role not in PHYS else 'FM')
    if lang == 'en' and r.random() < 0.55:
        s.first = r.choice(STAFF_EN_F if s.sex == 'F' else STAFF_EN_M)
        s.last = r.choice(EN_LAST + FR_LAST[:20])
    else:
        s.first = r.choice(STAFF_FR_F if s.sex == 'F' else STAFF_FR_M)
        s.last = r.choice(FR_LAST)
    s.dom = dom
    s.email = '%s.%s@%s' % (slug(s.first), slug(s.last), dom)
    s.ext = '%d' % r.randrange(2000, 7999)
    s.lang = lang
    fr_titles, en_title, creds = ROLES[role]
    s.title_fr = fr_titles[0 if s.sex == 'F' else 1]
    s.title_en = en_title
    s.cred = creds[0] if lang == 'fr' else creds[1]
    s.phys = role in PHYS
    s.disp = r.choice(['%s %s' % (s.first, s.last), '%s, %s' % (s.last, s.first), '%s %s' % (s.first, s.last)])
    if role == 'clsc':
        s.email = '%s.%s@clsc-troisruisseaux.example' % (slug(s.first), slug(s.last))
    return s


def dr(s, lang):
    if lang == 'fr':
        return ('Dre ' if s.sex == 'F' else 'Dr ') + s.last
    return 'Dr. ' + s.last


def hello(r, s, lang, formal=None):
    formal = r.random() < 0.5 if formal is None else formal
    if lang == 'fr':
        if s.phys:
            return r.choice(['Bonjour %s,' % dr(s, lang), 'Bonjour %s,' % dr(s, lang), 'Bonjour,',
                             'Salut %s,' % s.first if not formal else 'Bonjour Docteur%s,' % ('e' if s.sex == 'F' else '')])
        return r.choice(['Bonjour %s,' % s.first, 'Salut %s,' % s.first, 'Bonjour,', 'Allo %s!' % s.first,
                         'Bonjour %s' % s.first])
    if s.phys:
        return r.choice(['Hi %s,' % dr(s, lang), 'Dear %s,' % dr(s, lang), 'Hi %s,' % s.first, 'Hello,'])
    return r.choice(['Hi %s,' % s.first, 'Hi %s -' % s.first, 'Hello,', 'Hey %s,' % s.first, '%s,' % s.first])


CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes peuvent contenir des renseignements "
           "confidentiels destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez en aviser "
           "l'expéditeur et le détruire.")
CONF_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachment may contain confidential information intended '
           'only for the addressee. If you received it in error, please notify the sender and delete it.')


def sig(r, s, lang, conf=None, short=False):
    if short or r.random() < 0.15:
        return r.choice([s.first, s.first[0], '%s %s' % (s.first, s.last), '-- \n%s' % s.first])
    lines = ['%s %s%s' % (s.first, s.last, (', ' + s.cred) if s.cred else '')]
    if s.role == 'clsc':
        lines += [s.title_fr if lang == 'fr' else s.title_en, 'CLSC des Trois-Ruisseaux',
                  'Tél. : 819 555-0230, poste %s' % s.ext]
    else:
        lines.append(s.title_fr if lang == 'fr' else s.title_en)
        if r.random() < 0.7:
            lines.append(UNIT_FR if lang == 'fr' else UNIT_EN)
        lines.append(ORG_FR if lang == 'fr' else ORG_EN)
        if r.random() < 0.5:
            lines.append(r.choice(['Pavillon B, 2e étage', '1250, boul. des Cèdres, Val-des-Cèdres (QC) J9V 4K2',
                                   'Local B-2114']))
        tel = r.choice(['Tél. : %s, poste %s' % (MAIN_PHONE, s.ext), 'T %s #%s' % (MAIN_PHONE, s.ext),
                        '%s poste %s | Téléc. 819 555-0199' % (MAIN_PHONE, s.ext)])
        if lang == 'en':
            tel = r.choice(['Tel: %s ext. %s' % (MAIN_PHONE, s.ext), 'T: %s x%s | F: 819 555-0199' % (MAIN_PHONE, s.ext)])
        lines.append(tel)
        if r.random() < 0.3:
            lines.append(s.email)
    if conf is None:
        conf = r.random() < 0.35
    if conf:
        lines += ['', CONF_FR if lang == 'fr' else CONF_EN]
    return '\n'.join(lines)


# ----------------------------------------------------------------------------------------------
# clinical vocabulary
# ----------------------------------------------------------------------------------------------

# key: (fr, en, protocols)
DX = {
    'colon': ('adénocarcinome du côlon stade III', 'stage III colon adenocarcinoma', ['FOLFOX', 'CAPOX']),
    'colon_m': ('néo côlon métastatique (foie)', 'metastatic colon cancer (liver mets)', ['FOLFIRI-bév', 'FOLFOX']),
    'rectum': ('adénocarcinome du rectum bas cT3N1', 'low rectal adenocarcinoma cT3N1', ['FOLFOX', 'CAPOX']),
    'pancreas': ('adénocarcinome du pancréas', 'pancreatic adenocarcinoma', ['FOLFIRINOX', 'Gem-nabP']),
    'breast_her2': ('cancer du sein HER2+', 'HER2-positive breast cancer', ['TCH', 'AC-T']),
    'breast_rh': ('carcinome canalaire infiltrant RH+ HER2-', 'ER+/HER2- invasive ductal carcinoma', ['AC-T', 'TC']),
    'nsclc': ('CPNPC stade IV (adénocarcinome)', 'stage IV NSCLC (adenocarcinoma)', ['Carbo-Pem-Pembro', 'Pembro']),
    'sclc': ('cancer du poumon à petites cellules', 'small cell lung cancer', ['Carbo-Étoposide']),
    'dlbcl': ('lymphome diffus à grandes cellules B', 'diffuse large B-cell lymphoma', ['R-CHOP']),
    'hodgkin': ('lymphome de Hodgkin classique', 'classical Hodgkin lymphoma', ['ABVD']),
    'myeloma': ('myélome multiple IgG kappa', 'IgG kappa multiple myeloma', ['Dara-VRd', 'VRd']),
    'cll': ('leucémie lymphoïde chronique', 'chronic lymphocytic leukemia', ['BR', 'Ibrutinib']),
    'aml': ('leucémie myéloïde aiguë', 'acute myeloid leukemia', ['Aza-Ven']),
    'mds': ('syndrome myélodysplasique de haut risque', 'high-risk myelodysplastic syndrome', ['Azacitidine']),
    'ovary': ("carcinome séreux de haut grade de l'ovaire", 'high-grade serous ovarian carcinoma', ['Carbo-Pacli']),
    'prostate': ('cancer de la prostate métastatique résistant à la castration', 'metastatic castration-resistant prostate cancer', ['Docétaxel']),
    'hn': ('carcinome épidermoïde de l\'oropharynx', 'oropharyngeal squamous cell carcinoma', ['Cisplatine-RT']),
    'gastric': ('adénocarcinome gastrique', 'gastric adenocarcinoma', ['FLOT']),
    'melanoma': ('mélanome métastatique', 'metastatic melanoma', ['Nivolumab']),
    'follicular': ('lymphome folliculaire grade 2', 'grade 2 follicular lymphoma', ['BR']),
    'bladder': ('carcinome urothélial de la vessie', 'urothelial bladder carcinoma', ['Gem-Cis']),
}
DX_HEME = ['dlbcl', 'hodgkin', 'myeloma', 'cll', 'aml', 'mds', 'follicular']

# protocol: list of (fr drug, en drug, dose, unit, kind) ; cycle length days ; chair hours
PROTO = {
    'FOLFOX': ([('oxaliplatine', 'oxaliplatin', 85, 'mg/m2'), ('leucovorine', 'leucovorin', 400, 'mg/m2'),
                ('fluorouracile bolus', 'fluorouracil bolus', 400, 'mg/m2'),
                ('fluorouracile perf. 46 h', 'fluorouracil 46-h infusion', 2400, 'mg/m2')], 14, 3),
    'CAPOX': ([('oxaliplatine', 'oxaliplatin', 130, 'mg/m2'), ('capécitabine', 'capecitabine', 1000, 'mg/m2 BID J1-14')], 21, 3),
    'FOLFIRI-bév': ([('bévacizumab', 'bevacizumab', 5, 'mg/kg'), ('irinotécan', 'irinotecan', 180, 'mg/m2'),
                     ('leucovorine', 'leucovorin', 400, 'mg/m2'), ('fluorouracile perf. 46 h', 'fluorouracil 46-h infusion', 2400, 'mg/m2')], 14, 4),
    'FOLFIRINOX': ([('oxaliplatine', 'oxaliplatin', 85, 'mg/m2'), ('irinotécan', 'irinotecan', 150, 'mg/m2'),
                    ('leucovorine', 'leucovorin', 400, 'mg/m2'), ('fluorouracile perf. 46 h', 'fluorouracil 46-h infusion', 2400, 'mg/m2')], 14, 5),
    'Gem-nabP': ([('gemcitabine', 'gemcitabine', 1000, 'mg/m2'), ('nab-paclitaxel', 'nab-paclitaxel', 125, 'mg/m2')], 28, 2),
    'TCH': ([('docétaxel', 'docetaxel', 75, 'mg/m2'), ('carboplatine', 'carboplatin', 6, 'AUC'),
             ('trastuzumab', 'trastuzumab', 6, 'mg/kg')], 21, 4),
    'AC-T': ([('doxorubicine', 'doxorubicin', 60, 'mg/m2'), ('cyclophosphamide', 'cyclophosphamide', 600, 'mg/m2')], 21, 2),
    'TC': ([('docétaxel', 'docetaxel', 75, 'mg/m2'), ('cyclophosphamide', 'cyclophosphamide', 600, 'mg/m2')], 21, 2),
    'Carbo-Pem-Pembro': ([('carboplatine', 'carboplatin', 5, 'AUC'), ('pémétrexed', 'pemetrexed', 500, 'mg/m2'),
                          ('pembrolizumab', 'pembrolizumab', 200, 'mg')], 21, 3),
    'Pembro': ([('pembrolizumab', 'pembrolizumab', 400, 'mg')], 42, 1),
    'Carbo-Étoposide': ([('carboplatine', 'carboplatin', 5, 'AUC'), ('étoposide', 'etoposide', 100, 'mg/m2 J1-3')], 21, 2),
    'R-CHOP': ([('rituximab', 'rituximab', 375, 'mg/m2'), ('cyclophosphamide', 'cyclophosphamide', 750, 'mg/m2'),
                ('doxorubicine', 'doxorubicin', 50, 'mg/m2'), ('vincristine', 'vincristine', 1.4, 'mg/m2 (max 2 mg)')], 21, 5),
    'ABVD': ([('doxorubicine', 'doxorubicin', 25, 'mg/m2'), ('bléomycine', 'bleomycin', 10, 'unités/m2'),
              ('vinblastine', 'vinblastine', 6, 'mg/m2'), ('dacarbazine', 'dacarbazine', 375, 'mg/m2')], 14, 3),
    'Dara-VRd': ([('daratumumab SC', 'daratumumab SC', 1800, 'mg'), ('bortézomib SC', 'bortezomib SC', 1.3, 'mg/m2'),
                  ('lénalidomide', 'lenalidomide', 25, 'mg PO J1-14'), ('dexaméthasone', 'dexamethasone', 20, 'mg')], 21, 1),
    'VRd': ([('bortézomib SC', 'bortezomib SC', 1.3, 'mg/m2'), ('lénalidomide', 'lenalidomide', 25, 'mg PO J1-14'),
             ('dexaméthasone', 'dexamethasone', 20, 'mg')], 21, 1),
    'BR': ([('bendamustine', 'bendamustine', 90, 'mg/m2 J1-2'), ('rituximab', 'rituximab', 375, 'mg/m2')], 28, 3),
    'Ibrutinib': ([('ibrutinib', 'ibrutinib', 420, 'mg PO die')], 28, 0),
    'Aza-Ven': ([('azacitidine SC', 'azacitidine SC', 75, 'mg/m2 J1-7'), ('vénétoclax', 'venetoclax', 400, 'mg PO die')], 28, 1),
    'Azacitidine': ([('azacitidine SC', 'azacitidine SC', 75, 'mg/m2 J1-7')], 28, 1),
    'Carbo-Pacli': ([('paclitaxel', 'paclitaxel', 175, 'mg/m2'), ('carboplatine', 'carboplatin', 5, 'AUC')], 21, 4),
    'Docétaxel': ([('docétaxel', 'docetaxel', 75, 'mg/m2')], 21, 2),
    'Cisplatine-RT': ([('cisplatine', 'cisplatin', 40, 'mg/m2 hebdo')], 7, 4),
    'FLOT': ([('docétaxel', 'docetaxel', 50, 'mg/m2'), ('oxaliplatine', 'oxaliplatin', 85, 'mg/m2'),
              ('leucovorine', 'leucovorin', 200, 'mg/m2'), ('fluorouracile perf. 24 h', 'fluorouracil 24-h infusion', 2600, 'mg/m2')], 14, 4),
    'Nivolumab': ([('nivolumab', 'nivolumab', 480, 'mg')], 28, 1),
    'Gem-Cis': ([('gemcitabine', 'gemcitabine', 1000, 'mg/m2'), ('cisplatine', 'cisplatin', 70, 'mg/m2')], 21, 4),
}

SUPPORT_MEDS_FR = ['ondansétron 8 mg PO BID x 3 j', 'dexaméthasone 8 mg PO die x 2 j', 'métoclopramide 10 mg PO QID PRN',
                   'olanzapine 5 mg HS', 'lorazépam 0,5 mg SL PRN', 'pegfilgrastim 6 mg SC J2', 'filgrastim 300 mcg SC J3-J7',
                   'allopurinol 300 mg die', 'valacyclovir 500 mg BID', 'TMP-SMX DS 1 co 3x/sem', 'apixaban 5 mg BID',
                   'énoxaparine 1 mg/kg SC BID', 'hydromorphone 2 mg PO q4h PRN', 'pantoprazole 40 mg die',
                   'lopéramide 2 mg après chaque selle liquide (max 16 mg/j)']
SUPPORT_MEDS_EN = ['ondansetron 8 mg PO BID x 3 d', 'dexamethasone 8 mg PO daily x 2 d', 'metoclopramide 10 mg PO QID PRN',
                   'olanzapine 5 mg HS', 'lorazepam 0.5 mg SL PRN', 'pegfilgrastim 6 mg SC D2', 'filgrastim 300 mcg SC D3-D7',
                   'allopurinol 300 mg daily', 'valacyclovir 500 mg BID', 'TMP-SMX DS 1 tab 3x/wk', 'apixaban 5 mg BID',
                   'enoxaparin 1 mg/kg SC BID', 'hydromorphone 2 mg PO q4h PRN', 'pantoprazole 40 mg daily',
                   'loperamide 2 mg after each loose stool (max 16 mg/d)']

PALL_MEDS_FR = ['hydromorphone LA 6 mg PO q12h + entredoses 1 mg q1h PRN', 'morphine 5 mg SC q4h régulier',
                'dexaméthasone 4 mg die', 'halopéridol 0,5 mg SC q8h PRN', 'midazolam 2,5 mg SC PRN',
                'sennosides 2 co HS', 'glycopyrrolate 0,4 mg SC q4h PRN', 'fentanyl timbre 25 mcg/h q72h',
                'méthadone 2,5 mg PO q8h']
PALL_MEDS_EN = ['hydromorphone CR 6 mg PO q12h + breakthrough 1 mg q1h PRN', 'morphine 5 mg SC q4h regular',
                'dexamethasone 4 mg daily', 'haloperidol 0.5 mg SC q8h PRN', 'midazolam 2.5 mg SC PRN',
                'sennosides 2 tabs HS', 'glycopyrrolate 0.4 mg SC q4h PRN', 'fentanyl patch 25 mcg/h q72h',
                'methadone 2.5 mg PO q8h']


def bsa(h, w):
    return round(((h * w) / 3600.0) ** 0.5, 2)


def crcl(p, wt, cr):
    k = 1.23 if p.sex == 'M' else 1.04
    return int(round((140 - p.age()) * wt * k / cr))


def labs(r, profile='ok'):
    L = dict(wbc=round(r.uniform(3.8, 9.5), 1), anc=round(r.uniform(1.8, 6.2), 1), hb=r.randrange(102, 141),
             plt=r.randrange(140, 390), cr=r.randrange(55, 98), bili=r.randrange(5, 19), alt=r.randrange(12, 45),
             mg=round(r.uniform(0.72, 0.95), 2), k=round(r.uniform(3.6, 4.8), 1))
    if profile == 'neutro':
        L['anc'] = round(r.uniform(0.4, 1.3), 1)
        L['wbc'] = round(L['anc'] + r.uniform(0.6, 1.8), 1)
    elif profile == 'thrombo':
        L['plt'] = r.randrange(38, 92)
    elif profile == 'anemia':
        L['hb'] = r.randrange(61, 79)
    elif profile == 'renal':
        L['cr'] = r.randrange(118, 196)
    elif profile == 'liver':
        L['bili'] = r.randrange(29, 61)
        L['alt'] = r.randrange(88, 240)
    elif profile == 'aplasia':
        L['anc'] = round(r.uniform(0.1, 0.5), 1)
        L['plt'] = r.randrange(6, 22)
        L['hb'] = r.randrange(64, 78)
        L['wbc'] = round(L['anc'] + r.uniform(0.3, 0.9), 1)
    return L


def dec(x, lang):
    s = ('%s' % x)
    return s.replace('.', ',') if lang == 'fr' else s


def lab_line(L, lang, keys=('wbc', 'anc', 'hb', 'plt', 'cr')):
    names_fr = dict(wbc='GB', anc='NAN', hb='Hb', plt='Plaq', cr='Cr', bili='Bili', alt='ALT', mg='Mg', k='K')
    names_en = dict(wbc='WBC', anc='ANC', hb='Hgb', plt='PLT', cr='Cr', bili='T.bili', alt='ALT', mg='Mg', k='K')
    nm = names_fr if lang == 'fr' else names_en
    return ', '.join('%s %s' % (nm[k], dec(L[k], lang)) for k in keys)


def future_day(r, base, lo=1, hi=10):
    d = base + dt.timedelta(days=r.randrange(lo, hi))
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def when_str(d, lang):
    """Date/time line as shown in quoted headers."""
    if lang == 'fr':
        return '%s %d %s %d %02d:%02d' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute)
    return '%s, %s %d, %d %d:%02d %s' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year,
                                        (d.hour - 1) % 12 + 1, d.minute, 'AM' if d.hour < 12 else 'PM')


def rdate(r, idx):
    """Deterministic message timestamp in 2024 business hours (EDT/EST)."""
    base = dt.date(2024, 1, 8) + dt.timedelta(days=r.randrange(0, 300))
    while base.weekday() >= 5:
        base += dt.timedelta(days=1)
    off = -4 if dt.date(2024, 3, 10) <= base < dt.date(2024, 11, 3) else -5
    tz = dt.timezone(dt.timedelta(hours=off))
    return dt.datetime(base.year, base.month, base.day, r.randrange(7, 18), r.randrange(60), r.randrange(60), tzinfo=tz)


# ----------------------------------------------------------------------------------------------
# message context
# ----------------------------------------------------------------------------------------------

def pick(r, options):
    """Lazy random choice: only the chosen option is evaluated (so the collector sees only what is written)."""
    o = r.choice(options)
    return o() if callable(o) else o


class Ctx(object):
    def __init__(self, seed, r, date, blind, lang):
        self.seed, self.r, self.date, self.blind, self.lang = seed, r, date, blind, lang
        self.adults = [p for p in blind if p.dob.year <= 2005]

    def bp(self):
        return self.r.choice(self.adults)

    def ip(self, lang=None, **kw):
        return invented_person(self.r, lang or self.lang, **kw)

    def pp(self, lang=None, p_blind=0.6):
        return self.bp() if self.r.random() < p_blind else self.ip(lang)

    def today(self):
        return self.date.date()


def addr_of(s):
    return (s.disp, s.email)


def spec(c, frm, to, subject, blocks, atts=None, cc=None, **kw):
    d = dict(lang=c.lang, frm=addr_of(frm) if isinstance(frm, Staff) else frm,
             to=[addr_of(t) if isinstance(t, Staff) else t for t in to],
             cc=[addr_of(t) if isinstance(t, Staff) else t for t in (cc or [])],
             subject=subject, blocks=blocks, atts=atts or [], date=c.date)
    d.update(kw)
    return d


MRN_LBL_FR = ['dossier', 'no dossier', '# dossier', 'N° de dossier', 'dos.', 'DME']
MRN_LBL_EN = ['MRN', 'chart #', 'Chart', 'Hosp #', 'MRN#']
NAM_LBL_FR = ['NAM', 'NAM', 'RAMQ', 'no RAMQ', 'carte soleil', 'Assurance maladie']
NAM_LBL_EN = ['RAMQ', 'RAMQ #', 'Medicare', 'HIN (RAMQ)', 'Health card']
DOB_LBL_FR = ['DDN', 'DDN', 'date de naissance', 'DN']
DOB_LBL_EN = ['DOB', 'D.O.B.', 'DOB:', 'born']
COMBOS = [('name',), ('name', 'mrn'), ('name', 'mrn'), ('name', 'dob'), ('name', 'nam'), ('name', 'dob', 'nam'),
          ('mrn',), ('name', 'dob', 'mrn'), ('name', 'dob', 'nam', 'mrn'), ('nam',), ('name', 'mrn', 'nam')]


def ident(k, p, combo=None, block=False, name_style=None):
    r, lang = k.r, k.lang
    if combo is None:
        combo = r.choice(COMBOS)
    combo = [x for x in combo if x != 'nam' or p.nam]
    if not combo:
        combo = ['name', 'mrn']
    fr = lang == 'fr'
    bits = []
    if 'dob' in combo:
        lbl = r.choice(DOB_LBL_FR if fr else DOB_LBL_EN)
        bits.append(('Date de naissance' if block and fr else ('DOB' if block else lbl), k.dob(p)))
    if 'nam' in combo:
        bits.append((r.choice(NAM_LBL_FR if fr else NAM_LBL_EN), k.nam(p)))
    if 'mrn' in combo:
        bits.append((r.choice(MRN_LBL_FR if fr else MRN_LBL_EN), k.mrn(p)))
    name = k.nm(p, name_style) if 'name' in combo else None
    if block:
        lines = []
        if name:
            lines.append(('Nom : %s' if fr else 'Name: %s') % name)
        for lbl, v in bits:
            lines.append(('%s : %s' if fr else '%s: %s') % (lbl[0].upper() + lbl[1:], v))
        return '\n'.join(lines)
    inner = ', '.join('%s %s' % (lbl, v) for lbl, v in bits)
    if name and inner:
        return '%s (%s)' % (name, inner)
    return name or inner


def sex_word(p, lang, fr_f='elle', fr_m='il', en_f='she', en_m='he'):
    if lang == 'fr':
        return fr_f if p.sex == 'F' else fr_m
    return en_f if p.sex == 'F' else en_m


def drug_names(proto, lang):
    return [d[0] if lang == 'fr' else d[1] for d in PROTO[proto][0]]


def dose_for(p, x, drug, lang, cc=None):
    fr_name, en_name, dose, unit = drug
    name = fr_name if lang == 'fr' else en_name
    s = bsa(x.height, x.weight)
    if unit.startswith('mg/m2') or unit.startswith('unités/m2'):
        mg = int(round(dose * s))
        if 'max 2 mg' in unit:
            mg = min(mg, 2)
    elif unit.startswith('mg/kg'):
        mg = int(round(dose * x.weight))
    elif unit == 'AUC':
        mg = int(round(dose * (min(cc or 100, 125) + 25)))
    else:
        mg = int(dose)
    if unit.startswith('unités'):
        return name, '%s %s' % (dec(dose, lang), unit), '%d unités' % mg if lang == 'fr' else '%d units' % mg
    return name, '%s %s' % (dec(dose, lang), unit), '%d mg' % mg


def fmt_mg(v, lang):
    return dec(round(v, 1), lang) if v < 10 else '%d' % int(round(v))


def pick_dx(r, heme=None):
    keys = list(DX)
    if heme is True:
        keys = DX_HEME
    elif heme is False:
        keys = [x for x in keys if x not in DX_HEME]
    key = r.choice(keys)
    return key, r.choice(DX[key][2])


def dxname(key, lang):
    return DX[key][0] if lang == 'fr' else DX[key][1]


def md_for(r, key, lang):
    return staff(r, 'hemato' if key in DX_HEME else 'onc', lang)


# ----------------------------------------------------------------------------------------------
# POSITIVE categories
# ----------------------------------------------------------------------------------------------

CYTO = ['oxaliplatin', 'leucovorin', 'fluorouracil bolus', 'fluorouracil 46-h infusion', 'capecitabine', 'irinotecan', 'gemcitabine',
        'nab-paclitaxel', 'docetaxel', 'carboplatin', 'doxorubicin', 'cyclophosphamide', 'pemetrexed', 'etoposide', 'vincristine',
        'bleomycin', 'vinblastine', 'dacarbazine', 'bortezomib SC', 'lenalidomide', 'bendamustine', 'azacitidine SC', 'paclitaxel',
        'cisplatin', 'fluorouracil 24-h infusion']
SENSITIVE = {'neuro': ['oxaliplatin', 'paclitaxel', 'docetaxel', 'vincristine', 'bortezomib SC', 'nab-paclitaxel', 'vinblastine'],
             'renal': ['carboplatin', 'cisplatin', 'pemetrexed', 'capecitabine', 'lenalidomide', 'bendamustine', 'etoposide'],
             'liver': ['irinotecan', 'docetaxel', 'doxorubicin', 'paclitaxel', 'nab-paclitaxel', 'vincristine'],
             'neutro': [x_ for x_ in CYTO if x_ not in ('leucovorin',)],
             'weight': CYTO}


def pos_dose_adjust(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    x = k.x(p)
    reason = r.choice(['renal', 'neuro', 'neutro', 'weight', 'liver'])
    while True:
        key, proto = pick_dx(r)
        drugs = PROTO[proto][0]
        cands = [d for d in drugs if d[1] in SENSITIVE[reason]]
        if PROTO[proto][2] and cands:
            break
    target = r.choice(cands)
    cyc = r.randrange(2, 9)
    ph = staff(r, 'pharm', lang)
    md = md_for(r, key, lang)
    txd = future_day(r, c.today(), 1, 4)
    prof = {'renal': 'renal', 'neutro': 'neutro', 'liver': 'liver'}.get(reason, 'ok')
    L = labs(r, prof)
    cc = crcl(p, x.weight, L['cr'])
    pct = r.choice([75, 80, 75, 50]) if reason != 'weight' else None
    idline = ident(k, p)
    rows = []
    for d in drugs:
        n, prot, cur = dose_for(p, x, d, lang, cc=cc + 20)
        if d is target and pct:
            try:
                newv = '%s %s' % (fmt_mg(float(cur.split()[0]) * pct / 100.0, lang), cur.split()[1])
            except ValueError:
                newv = cur
            rows.append([k.med(n), prot, cur, newv + (' (%d %%)' % pct if fr else ' (%d%%)' % pct)])
        elif reason == 'weight':
            v = float(cur.split()[0])
            rows.append([k.med(n), prot, cur, '%s %s' % (fmt_mg(v * 0.9, lang), cur.split()[1])])
        else:
            rows.append([k.med(n), prot, cur, cur])
    tname = target[0] if fr else target[1]
    if fr:
        why = {
            'renal': 'Cr %s µmol/L au bilan d\'hier, pds %s kg → ClCr (C-G) ~%d mL/min.' % (L['cr'], dec(x.weight, lang), cc),
            'neuro': 'Au suivi tél. de mardi, %s rapporte une neuropathie gr. 2 persistante entre les cycles (paresthésies doigts, a de la misère avec les boutons).' % sex_word(p, lang),
            'neutro': 'NAN %s au J1 du cycle précédent, tx reporté d\'une sem. + épisode de neutropénie fébrile au C%d (hospit. 3 j).' % (dec(L['anc'], lang), cyc - 1),
            'liver': 'Bili %d µmol/L et ALT %d au bilan de ce matin (métastases hépatiques connues).' % (L['bili'], L['alt']),
            'weight': 'Pds %s kg ce matin vs %s kg au C1 (perte > 10 %%) → recalcul de la SC.' % (dec(x.weight, lang), dec(round(x.weight * 1.12, 1), lang)),
        }[reason]
        if reason != 'neuro':
            k.lab('x')
        head = ['Agent', 'Dose protocole', 'Dose actuelle', 'Dose proposée']
        msg = [P(hello(r, md, lang)),
               P('Pour %s, %s C%dJ1 prévu %s.\n%s' % (idline, k.med(proto), cyc, fday(txd, lang, r.randrange(4)), why)),
               T(head, rows),
               P(r.choice(['Selon le protocole, je propose %s à %d %%, le reste inchangé.' % (tname, pct or 100),
                           'Je suggère de réduire %s (%d %%). Les autres agents : pas de changement.' % (tname, pct or 100)])
                 if reason != 'weight' else 'Toutes les doses recalculées avec la nouvelle SC (%s m2).' % dec(bsa(x.height, x.weight), lang)),
               P(r.choice(['Ça te va? Je dois libérer la prépa avant 10h.', 'Est-ce que vous êtes d\'accord? Si oui je modifie l\'ordo dans OncoPlan et vous contresignez.',
                           'Merci de me confirmer d\'ici midi svp, %s à 8h30.' % ('elle est cédulée' if p.sex == 'F' else 'il est cédulé')])),
               P(sig(r, ph, lang))]
        subj = pick(r, [lambda: 'Ajustement de dose %s C%d – %s' % (proto, cyc, k.nm(p, 'init')), lambda: 'Q° dose %s – %s' % (tname, k.nm(p, 'caps')), lambda: 'ordo %s demain – %s' % (proto, k.nm(p, 'surname')), lambda: 'Ajustement dose – dossier %s' % k.mrn(p, 0)])
    else:
        why = {
            'renal': 'Cr %s umol/L yesterday, weight %s kg → CrCl (C-G) ~%d mL/min.' % (L['cr'], x.weight, cc),
            'neuro': 'On the phone f/u %s reported persistent grade 2 neuropathy between cycles (tingling fingertips, trouble with buttons).' % sex_word(p, lang),
            'neutro': 'ANC %s on D1 of last cycle, tx delayed 1 wk, plus FN admission after C%d (3 days).' % (L['anc'], cyc - 1),
            'liver': 'T.bili %d umol/L and ALT %d on this morning\'s labs (known liver mets).' % (L['bili'], L['alt']),
            'weight': 'Weight %s kg today vs %s kg at C1 (>10%% loss) → BSA recalculated.' % (x.weight, round(x.weight * 1.12, 1)),
        }[reason]
        if reason != 'neuro':
            k.lab('x')
        head = ['Agent', 'Protocol dose', 'Current', 'Proposed']
        msg = [P(hello(r, md, lang)),
               P('Re %s - %s C%dD1 booked %s.\n%s' % (idline, k.med(proto), cyc, fday(txd, lang, r.randrange(4)), why)),
               T(head, rows),
               P(('Per protocol I\'d reduce %s to %d%%, rest unchanged.' % (tname, pct)) if reason != 'weight'
                 else 'All doses recalculated on new BSA (%s m2).' % bsa(x.height, x.weight)),
               P(r.choice(['OK with you? Need to release to the hood by 10.', 'Please confirm and co-sign the revised order in OncoPlan.',
                           'Let me know before noon pls - pt is booked 8:30.'])),
               P(sig(r, ph, lang))]
        subj = pick(r, [lambda: 'Dose adjustment %s C%d - %s' % (proto, cyc, k.nm(p, 'init')), lambda: 'dose q re %s' % k.nm(p, 'full'), lambda: '%s tomorrow - %s dose?' % (proto, k.nm(p, 'surname')), lambda: 'Dose mod - MRN %s' % k.mrn(p, 0)])
    # sometimes the physician answers, quoting the pharmacist
    if r.random() < 0.4:
        quoted = msg
        ans = (pick(r, [lambda: 'OK pour %d %%. Merci!' % (pct or 100), lambda: 'D\'accord. Ajoute aussi %s svp.' % k.med(r.choice(SUPPORT_MEDS_FR)), lambda: 'Oui go. Je vais %s voir en clinique avant.' % ('la' if p.sex == 'F' else 'le'), lambda: 'ok merci, fais le changement je signe à 13h'])
               if fr else pick(r, [lambda: 'OK for %d%%. Thanks' % (pct or 100), lambda: 'Agree. Please add %s too.' % k.med(r.choice(SUPPORT_MEDS_EN)), lambda: 'yes go ahead, will see pt in clinic first', lambda: 'fine - change it, I\'ll sign after lunch']))
        when = c.date - dt.timedelta(minutes=r.randrange(12, 150))
        blocks = [P(ans), P(sig(r, md, lang, short=True)),
                  Q(r.choice(['gt', 'outlook', 'outlook2']), ph.disp, ph.email, when_str(when, lang), subj, quoted, to=md.disp)]
        return spec(c, md, [ph], ('RE : ' if fr else 'RE: ') + subj, blocks), 'physician reply quoting dose adjustment'
    return spec(c, ph, [md], subj, msg, cc=[staff(r, 'nurse', lang)] if r.random() < 0.3 else None), 'pharmacist dose adjustment ' + reason


def pos_cbc_pretx(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    nurse = staff(r, r.choice(['nurse', 'asi']), lang)
    if r.random() < 0.45:
        # list of tomorrow's patients with labs
        md = staff(r, r.choice(['onc', 'hemato']), lang)
        rows = []
        n = r.randrange(4, 9)
        for i in range(n):
            p = c.pp()
            key, proto = pick_dx(r)
            prof = r.choice(['ok', 'ok', 'ok', 'neutro', 'thrombo', 'anemia'])
            L = labs(r, prof)
            ok = prof == 'ok'
            st = ('OK' if ok else r.choice(['À revoir', 'report?', 'MD à aviser'])) if fr else ('OK' if ok else r.choice(['review', 'hold?', 'call MD']))
            rows.append([k.nm(p, r.choice(['sfirst', 'sfirst_m', 'init'])), k.mrn(p, r.choice([0, 1])), k.med(proto),
                         k.lab(dec(L['anc'], lang)), k.lab(str(L['hb'])), k.lab(str(L['plt'])), st])
        d = future_day(r, c.today(), 1, 3)
        head = (['Patient', 'Dossier', 'Protocole', 'NAN', 'Hb', 'Plaq', 'Statut'] if fr
                else ['Patient', 'MRN', 'Regimen', 'ANC', 'Hgb', 'PLT', 'Status'])
        if fr:
            blocks = [P(hello(r, md, lang)), P('Voici les bilans pré-tx pour %s (reçus à 15h). Ceux marqués « à revoir » sont sous les seuils du protocole.' % fday(d, lang)),
                      T(head, rows), P('Je peux appeler les patients ce soir si on reporte. Merci de me revenir avant 16h30.'), P(sig(r, nurse, lang))]
            subj = r.choice(['Bilans pré-chimio %s' % fday(d, lang, 1), 'FSC pour demain', 'Labos pré-tx - liste %s' % fday(d, lang, 3)])
        else:
            blocks = [P(hello(r, md, lang)), P('Pre-chemo labs for %s below. The ones flagged are under protocol thresholds.' % fday(d, lang)),
                      T(head, rows), P('I can call pts tonight if we hold. Pls reply by 4:30.'), P(sig(r, nurse, lang))]
            subj = r.choice(['Pre-tx labs %s' % fday(d, lang, 1), 'CBCs for tomorrow', 'bloodwork list %s' % fday(d, lang, 3)])
        atts = []
        if r.random() < 0.3:
            atts.append(dict(filename='bilans_%s.xlsx' % d.isoformat() if fr else 'pretx_labs_%s.xlsx' % d.isoformat(),
                             mime='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                             data=make_xlsx('Bilans', head, rows, author=nurse.disp)))
        return spec(c, nurse, [md], subj, blocks, atts=atts), 'pre-treatment labs roster'
    p = c.pp()
    key, proto = pick_dx(r)
    md = md_for(r, key, lang)
    prof = r.choice(['neutro', 'thrombo', 'anemia', 'neutro'])
    L = labs(r, prof)
    cyc = r.randrange(2, 7)
    idl = ident(k, p)
    if fr:
        lab_txt = k.lab(lab_line(L, lang, ('wbc', 'anc', 'hb', 'plt', 'cr')))
        q = {'neutro': lambda: 'NAN sous 1,5. On reporte d\'une semaine ou on donne avec %s?' % k.med('filgrastim'), 'thrombo': lambda: 'Plaq à %d, seuil du protocole = 100. Report ou réduction?' % L['plt'], 'anemia': lambda: 'Hb %d, %s se dit très %s, %s à l\'effort. Transfusion avant le tx?' % (L['hb'], sex_word(p, lang), sex_word(p, lang, 'fatiguée', 'fatigué'), sex_word(p, lang, 'essoufflée', 'essoufflé'))}[prof]()
        blocks = [P(hello(r, md, lang)),
                  P('%s, %s C%dJ1 %s.' % (idl, k.med(proto), cyc, r.choice(['ce matin', 'demain', 'cet aprem']))),
                  PRE('FSC %s : %s' % (fdate(c.today(), lang, 0), lab_txt)), P(q), P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'FSC pré-tx %s' % k.nm(p, 'surname'), lambda: 'Labos %s - NAN bas' % k.nm(p, 'init') if prof == 'neutro' else 'Labos %s' % k.nm(p, 'init'), lambda: '%s C%d – go/no go?' % (proto, cyc), lambda: 'Q rapide - bilan de ce matin'])
    else:
        lab_txt = k.lab(lab_line(L, lang, ('wbc', 'anc', 'hb', 'plt', 'cr')))
        q = {'neutro': lambda: 'ANC < 1.5. Hold a week or give with %s support?' % k.med('G-CSF'), 'thrombo': lambda: 'PLT %d, protocol threshold is 100. Hold or dose reduce?' % L['plt'], 'anemia': lambda: 'Hgb %d, %s is very tired and SOB on exertion. Transfuse before tx?' % (L['hb'], sex_word(p, lang))}[prof]()
        blocks = [P(hello(r, md, lang)), P('%s - %s C%dD1 %s.' % (idl, k.med(proto), cyc, r.choice(['this am', 'tomorrow', 'this pm']))),
                  PRE('CBC %s: %s' % (fdate(c.today(), lang, 0), lab_txt)), P(q), P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'pre-tx CBC %s' % k.nm(p, 'surname'), lambda: 'Labs %s - low counts' % k.nm(p, 'init'), lambda: '%s C%d go/no go?' % (proto, cyc)])
    if r.random() < 0.35:
        when = c.date - dt.timedelta(minutes=r.randrange(10, 120))
        ans = (r.choice(['Reporter 1 sem, refaire FSC mardi.', 'On donne, dose 80 %. Ajouter Neulasta J2.', 'Ok transfusion 1 culot avant. Je signe l\'ordo.'])
               if fr else r.choice(['Hold 1 week, repeat CBC Tuesday.', 'Give at 80%, add pegfilgrastim D2.', 'OK 1 unit PRBC first, order signed.']))
        k.med('x')
        b2 = [P(ans), P(md.first if r.random() < 0.5 else dr(md, lang)),
              Q(r.choice(['gt', 'outlook']), nurse.disp, nurse.email, when_str(when, lang), subj, blocks, to=md.disp)]
        return spec(c, md, [nurse], ('RE: ' if not fr else r.choice(['RE : ', 'RE: '])) + subj, b2), 'MD answer on pre-treatment labs'
    return spec(c, nurse, [md], subj, blocks, importance=r.random() < 0.3), 'pre-treatment CBC single patient'


def pos_transfusion(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp(p_blind=0.75)
    x = k.x(p)
    key = r.choice(['mds', 'aml', 'myeloma', 'cll', 'dlbcl', 'mds', 'aml'] + list(DX)[:3])
    prof = r.choice(['anemia', 'aplasia', 'anemia'])
    L = labs(r, prof)
    nurse = staff(r, r.choice(['nurse', 'asi', 'nurse']), lang)
    bb = staff(r, 'bb', lang)
    md = md_for(r, key, lang)
    d = future_day(r, c.today(), 1, 4)
    units = r.choice([1, 2, 2])
    jw = r.random() < 0.15
    plts = prof == 'aplasia' and r.random() < 0.6 and not jw
    block = ident(k, p, combo=r.choice([('name', 'dob', 'nam', 'mrn'), ('name', 'dob', 'mrn'), ('name', 'nam'), ('name', 'dob', 'nam')]), block=True)
    extra = []
    if fr:
        prod = ('1 dose de plaquettes (plaq %d)' % L['plt']) if plts else ('%d culot%s globulaire%s' % (units, 's' if units > 1 else '', 's' if units > 1 else ''))
        k.lab('x')
        spec_req = r.choice(['irradiés', 'phénotypés (Rh/K)', 'irradiés + CMV nég.', 'standard'])
        lines = [block, 'Groupe : %s (RAI nég. le %s)' % (x.abo, fdate(c.today() - dt.timedelta(days=2), lang, 0)),
                 'Dx : %s' % k.dx(dxname(key, lang)),
                 'Hb %d g/L, plaq %d, NAN %s (%s)' % (L['hb'], L['plt'], dec(L['anc'], lang), fdate(c.today(), lang, 3)),
                 'Produit demandé : %s, %s' % (prod, spec_req),
                 'Transfusion au CJOH le %s, fauteuil %d, arrivée 8h' % (fday(d, lang), r.randrange(1, 19)),
                 'Prémédication : %s' % k.med(r.choice(['acétaminophène 650 mg PO + diphenhydramine 25 mg IV', 'aucune', 'furosémide 20 mg IV entre les 2 culots']))]
        if jw:
            extra = [P(k.soc('Important : %s Témoin de Jéhovah. Après discussion avec %s, %s accepte les culots (consentement signé), mais refuse plasma et plaquettes. Ne pas préparer de plaquettes svp.'
                             % ('la patiente est' if p.sex == 'F' else 'le patient est', dr(md, lang), sex_word(p, lang))))]
        blocks = [P(hello(r, bb, lang)), P(r.choice(['Demande de transfusion pour :', 'Svp préparer pour :', 'Voici la demande (ordo signée par %s) :' % dr(md, lang)])),
                  PRE('\n'.join(lines))] + extra + [P(r.choice(['Échantillon envoyé par pneumatique à 10h12.', 'Le prélèvement pour l\'épreuve de compatibilité sera fait demain à 7h30.', 'Merci de nous appeler au poste %s si anticorps.' % nurse.ext])),
                                                P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Demande de transfusion – %s' % k.nm(p, 'caps'), lambda: 'Transfusion %s %s' % (fday(d, lang, 1), k.nm(p, 'init')), lambda: 'Culots pour %s' % k.nm(p, 'title'), lambda: 'Demande produits sanguins – %s' % (k.nam(p) if p.nam else k.mrn(p))])
    else:
        prod = ('1 adult dose platelets (PLT %d)' % L['plt']) if plts else ('%d unit%s PRBC' % (units, 's' if units > 1 else ''))
        k.lab('x')
        spec_req = r.choice(['irradiated', 'phenotype-matched (Rh/K)', 'irradiated, CMV-safe', 'standard'])
        lines = [block, 'ABO/Rh: %s (antibody screen neg %s)' % (x.abo, fdate(c.today() - dt.timedelta(days=2), lang, 0)),
                 'Dx: %s' % k.dx(dxname(key, lang)),
                 'Hgb %d g/L, PLT %d, ANC %s (%s)' % (L['hb'], L['plt'], L['anc'], fdate(c.today(), lang, 1)),
                 'Product: %s, %s' % (prod, spec_req),
                 'Day centre %s, chair %d, arrival 08:00' % (fday(d, lang), r.randrange(1, 19)),
                 'Premed: %s' % k.med(r.choice(['acetaminophen 650 mg PO + diphenhydramine 25 mg IV', 'none', 'furosemide 20 mg IV between units']))]
        if jw:
            extra = [P(k.soc('Note: pt is a Jehovah\'s Witness. After discussion with %s accepts red cells (consent signed) but refuses plasma and platelets - please do NOT prepare platelets.' % dr(md, lang)))]
        blocks = [P(hello(r, bb, lang)), P(r.choice(['Transfusion request:', 'Please prepare for:', 'Request below (order signed by %s):' % dr(md, lang)])),
                  PRE('\n'.join(lines))] + extra + [P(r.choice(['Sample sent by tube at 10:12.', 'Crossmatch sample will be drawn tomorrow 07:30.', 'Call ext %s if antibodies.' % nurse.ext])),
                                                P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Transfusion request - %s' % k.nm(p, 'caps'), lambda: 'PRBC %s %s' % (fday(d, lang, 1), k.nm(p, 'init')), lambda: 'Blood products for %s' % k.nm(p, 'title'), lambda: 'T&S / XM - %s' % k.mrn(p)])
    atts = []
    if r.random() < 0.35:
        fn = ('Demande_transfusion_%s.pdf' if fr else 'Transfusion_request_%s.pdf') % strip_accents(p.surname).upper()
        atts.append(dict(filename=fn, mime='application/pdf',
                         data=make_pdf('Demande de produits sanguins' if fr else 'Blood product request',
                                       ['\n'.join(lines)] + [('Médecin prescripteur : ' if fr else 'Ordering MD: ') + dr(md, lang)], author=nurse.disp)))
    return spec(c, nurse, [bb], subj, blocks, atts=atts, cc=[md] if r.random() < 0.3 else None,
                importance=r.random() < 0.4), 'transfusion request%s' % (' (refusal, religion)' if jw else '')


def kin_str(k, p):
    x = k.x(p)
    rel = RELATIONS[x.kin_rel][0 if k.lang == 'fr' else 1]
    k.contact('x')
    return '%s (%s) %s' % (x.kin, rel, x.kin_phone)


SOCIAL_FR = ['Vit seule au 2e étage sans ascenseur; sa fille habite Montréal et vient aux 2 semaines.',
             'Vit seul depuis le décès de sa conjointe l\'an dernier, pas de réseau à proximité.',
             'Conjoint proche aidant, épuisé (il a lui-même eu un AVC en 2022).',
             'Souhaite décéder à domicile si possible; la famille est d\'accord.',
             'Difficultés financières importantes : en arrêt de travail, pas d\'assurance salaire.',
             'Consommation d\'alcool quotidienne (6-8 bières/j), refuse l\'aide pour l\'instant.',
             'Mère monoparentale de 2 enfants (8 et 11 ans), aucune famille dans la région.',
             'Sous curatelle publique depuis 2019; contacter la curatrice avant toute décision.',
             'Ne conduit plus; dépend de son voisin pour les transports.',
             'Logement insalubre signalé par l\'infirmière du CLSC (moisissures).']
SOCIAL_EN = ['Lives alone on 2nd floor walk-up; daughter in Montreal visits every 2 weeks.',
             'Lives alone since wife passed last year, no local support.',
             'Husband is main caregiver and exhausted (had a stroke himself in 2022).',
             'Wishes to die at home if possible; family agrees.',
             'Significant financial hardship: off work, no disability insurance.',
             'Drinks daily (6-8 beers/day), declines help for now.',
             'Single mother of 2 (ages 8 and 11), no family in the area.',
             'Under public curatorship since 2019 - contact curator before any decision.',
             'No longer drives; relies on neighbour for rides.',
             'Unsafe housing reported by CLSC nurse (mould).']
SYMPT_FR = ['douleur lombaire 6/10 malgré entredoses', 'nausées matinales, mange peu', 'œdème MI bilatéral ++',
            'dyspnée au moindre effort', 'somnolence, confusion intermittente le soir', 'ascite, ponction q 10 j',
            'constipation (dernière selle il y a 4 j)']
SYMPT_EN = ['low back pain 6/10 despite breakthroughs', 'morning nausea, eating little', 'bilateral leg oedema ++',
            'SOB on minimal exertion', 'drowsy, intermittent evening confusion', 'ascites, paracentesis q10d',
            'constipation (last BM 4 days ago)']


def pos_palliative(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp(p_blind=0.7)
    key, proto = pick_dx(r, heme=r.random() < 0.25)
    md = md_for(r, key, lang)
    ipo = staff(r, 'ipo', lang)
    sender = r.choice([md, ipo, ipo])
    external = r.random() < 0.45
    if external:
        to = [('Admission – Maison Le Phare-des-Pins', 'admission@lephare-despins.example')] if fr else \
             [('Admissions - Le Phare-des-Pins Hospice', 'admission@lephare-despins.example')]
    else:
        pall = staff(r, 'pall', lang)
        to = [pall]
    pps = r.choice([30, 40, 40, 50])
    idb = ident(k, p, combo=r.choice([('name', 'dob', 'nam'), ('name', 'dob', 'nam', 'mrn'), ('name', 'dob', 'mrn'), ('name', 'nam')]), block=True)
    meds = r.sample(PALL_MEDS_FR if fr else PALL_MEDS_EN, r.randrange(2, 4))
    sym = r.sample(SYMPT_FR if fr else SYMPT_EN, 2)
    soc = r.sample(SOCIAL_FR if fr else SOCIAL_EN, r.randrange(1, 3))
    stop = c.today() - dt.timedelta(days=r.randrange(7, 40))
    if fr:
        lines = [idb, 'Adresse : %s' % k.addr(p), 'Tél. : %s' % k.tel(p), 'Personne-ressource : %s' % kin_str(k, p), '',
                 'Dx : %s' % k.dx(dxname(key, lang)),
                 'Évolution : progression %s au TDM du %s; chimio (%s) cessée le %s.' % (
                     r.choice(['hépatique et osseuse', 'pulmonaire et surrénalienne', 'péritonéale', 'médullaire']),
                     fdate(stop - dt.timedelta(days=5), lang, 0), k.med(proto), fdate(stop, lang, 2)),
                 'PPS %d %% / ECOG %d. Niveau de soins : %s.' % (pps, 3 if pps <= 40 else 2, r.choice(['C', 'D', 'C (confort)'])),
                 'Rx actuelle : ' + '; '.join(k.med(m) for m in meds),
                 'Symptômes : ' + ', '.join(k.dx(s) for s in sym),
                 'Social : ' + ' '.join(k.soc(s) for s in soc)]
        blocks = [P(r.choice(['Bonjour,', 'Bonjour à l\'équipe,', hello(r, to[0], lang) if isinstance(to[0], Staff) else 'Bonjour,'])),
                  P(r.choice(['Je vous réfère %s pour prise en charge en soins palliatifs%s.' % ('la patiente suivante' if p.sex == 'F' else 'le patient suivant', ' (admission en maison)' if external else ''),
                              'Demande de consultation SP, voir infos ci-dessous. Pronostic estimé : semaines.',
                              'Référence pour suivi SP à domicile + évaluation pour lit en maison à moyen terme.'])),
                  PRE('\n'.join(lines)),
                  P(r.choice(['La famille est au courant de la référence. Merci!', 'Vous pouvez l\'appeler directement, %s préfère l\'après-midi.' % sex_word(p, lang),
                              'Je reste disponible au poste %s.' % sender.ext])),
                  P(sig(r, sender, lang))]
        subj = pick(r, [lambda: 'Référence soins palliatifs – %s' % k.nm(p, 'caps'), lambda: 'Demande de consultation SP – %s' % k.nm(p, 'init'), lambda: 'Réf. Le Phare – %s (%s)' % (k.nm(p, 'sfirst'), k.dob(p, 0)) if external else 'SP - %s' % k.nm(p, 'full')])
    else:
        lines = [idb, 'Address: %s' % k.addr(p), 'Phone: %s' % k.tel(p), 'Contact: %s' % kin_str(k, p), '',
                 'Dx: %s' % k.dx(dxname(key, lang)),
                 'Course: progression (%s) on CT %s; chemo (%s) stopped %s.' % (
                     r.choice(['liver and bone', 'lung and adrenal', 'peritoneal', 'marrow']),
                     fdate(stop - dt.timedelta(days=5), lang, 0), k.med(proto), fdate(stop, lang, 1)),
                 'PPS %d%% / ECOG %d. Goals of care: %s.' % (pps, 3 if pps <= 40 else 2, r.choice(['comfort', 'DNR, no ICU', 'C'])),
                 'Current meds: ' + '; '.join(k.med(m) for m in meds),
                 'Symptoms: ' + ', '.join(k.dx(s) for s in sym),
                 'Social: ' + ' '.join(k.soc(s) for s in soc)]
        blocks = [P(r.choice(['Hello,', 'Hi team,', 'Good afternoon,'])),
                  P(r.choice(['Referring the patient below for palliative care%s.' % (' (hospice admission)' if external else ''),
                              'Palliative consult request, details below. Prognosis: weeks.',
                              'Referral for home palliative follow-up, and assessment for hospice bed down the road.'])),
                  PRE('\n'.join(lines)),
                  P(r.choice(['Family aware of referral. Thanks!', 'You can call directly, afternoons are best.', 'Reachable at ext %s.' % sender.ext])),
                  P(sig(r, sender, lang))]
        subj = pick(r, [lambda: 'Palliative referral - %s' % k.nm(p, 'caps'), lambda: 'PC consult request - %s' % k.nm(p, 'init'), lambda: 'Hospice referral %s' % k.nm(p, 'full')])
    atts = []
    if r.random() < 0.4:
        fn = ('Reference_SP_%s_%s.docx' if fr else 'PC_referral_%s_%s.docx') % (strip_accents(p.surname), p.given[0])
        atts.append(dict(filename=fn, mime='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=make_docx('Formulaire de référence – soins palliatifs' if fr else 'Palliative care referral form',
                                        lines, author=sender.disp)))
        blocks.insert(-1, P('Formulaire rempli en pièce jointe.' if fr else 'Completed form attached.'))
    return spec(c, sender, to, subj, blocks, atts=atts, cc=[ipo] if sender is md else None), 'palliative referral' + (' external' if external else '')


def pos_homecare(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp(p_blind=0.6)
    x = k.x(p)
    nurse = staff(r, r.choice(['nurse', 'ipo']), lang)
    clsc = staff(r, 'clsc', lang)
    kind = r.choice(['pump', 'picc', 'inj', 'pump'])
    d = future_day(r, c.today(), 1, 5)
    who = k.nm(p, r.choice(['title_full', 'full', 'title']))
    extra_id = ''
    if r.random() < 0.5:
        extra_id = ident(k, p, combo=r.choice([('dob', 'nam'), ('dob',), ('mrn',), ('nam',)]))
    adr = k.addr(p)
    tel = k.tel(p, r.choice(['phone', 'cell']))
    if fr:
        task = {'pump': lambda: 'débranchement de l\'infuseur %s (perfusion 46 h installée %s 11h) + retrait aiguille Huber et rinçage du TIV (NS 10 mL, héparine 100 U/mL 5 mL).' % (k.med('5-FU'), fday(d - dt.timedelta(days=2), lang, 2)), 'picc': lambda: 'réfection du pansement du PICC (bras %s) q 7 j et prélèvement FSC + biochimie le %s (tubes fournis).' % (r.choice(['droit', 'gauche']), fday(d, lang)), 'inj': lambda: 'enseignement et supervision des injections SC de %s à domicile (J3 à J7), %s ne se sent pas capable seul%s.' % (k.med(r.choice(['filgrastim 300 mcg', 'énoxaparine 80 mg die', 'filgrastim 480 mcg'])), sex_word(p, lang), 'e' if p.sex == 'F' else '')}[kind]()
        blocks = [P(hello(r, clsc, lang)),
                  P('Demande SAD pour %s%s :\n%s' % (who, (' (%s)' % extra_id) if extra_id else '', task)),
                  PRE('Date : %s, %s\nAdresse : %s\nTél. : %s' % (fday(d, lang), r.choice(['vers 14h', 'en PM', 'avant midi', '13h-15h']), adr, tel)),
                  P(r.choice(['Chien à la maison (gentil).', 'Sonnez 2 fois, %s entend mal.' % sex_word(p, lang), 'Stationnement dans la cour arrière.',
                              'Code de porte : %d#.' % r.randrange(1000, 9999), 'Appeler 30 min avant svp.'])),
                  P(r.choice(['Merci beaucoup!', 'Merci de confirmer la visite.', 'Bonne journée']))]
        if r.random() < 0.5:
            blocks.insert(2, P('Dx : %s, %s.' % (k.dx(dxname(pick_dx(r, heme=False)[0], lang)), r.choice(['traitement palliatif', 'adjuvant', 'C%d' % r.randrange(1, 12)]))))
        blocks.append(P(sig(r, nurse, lang)))
        subj = pick(r, [lambda: 'Demande SAD – %s' % k.nm(p, 'caps'), lambda: 'Visite domicile %s – %s' % (fday(d, lang, 1), k.nm(p, 'init')), lambda: 'Débranchement infuseur %s' % k.nm(p, 'surname') if kind == 'pump' else 'PICC %s' % k.nm(p, 'surname'), lambda: 'Réf CLSC %s' % k.nm(p, 'full')])
    else:
        task = {'pump': lambda: 'disconnect of the %s home infuser (46-h infusion started %s 11:00), remove Huber needle and flush port (NS 10 mL, heparin 100 U/mL 5 mL).' % (k.med('5-FU'), fday(d - dt.timedelta(days=2), lang, 0)), 'picc': lambda: 'weekly PICC dressing change (%s arm) and CBC + lytes draw on %s (tubes supplied).' % (r.choice(['right', 'left']), fday(d, lang)), 'inj': lambda: 'teaching/supervision of %s SC injections at home (D3-D7); %s does not feel able to self-inject.' % (k.med(r.choice(['filgrastim 300 mcg', 'enoxaparin 80 mg daily'])), sex_word(p, lang))}[kind]()
        blocks = [P(hello(r, clsc, lang)),
                  P('Home care request for %s%s:\n%s' % (who, (' (%s)' % extra_id) if extra_id else '', task)),
                  PRE('When: %s, %s\nAddress: %s\nPhone: %s' % (fday(d, lang), r.choice(['around 2 pm', 'PM', 'before noon']), adr, tel)),
                  P(r.choice(['Dog in the house (friendly).', 'Ring twice, hard of hearing.', 'Park in back yard.', 'Door code %d#.' % r.randrange(1000, 9999),
                              'Please call 30 min ahead.'])),
                  P(r.choice(['Thanks so much!', 'Please confirm the visit.', 'Thx'])), P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Home care request - %s' % k.nm(p, 'caps'), lambda: 'CLSC visit %s - %s' % (fday(d, lang, 1), k.nm(p, 'init')), lambda: 'Pump disconnect %s' % k.nm(p, 'surname') if kind == 'pump' else 'PICC care %s' % k.nm(p, 'surname')])
    atts = []
    if r.random() < 0.3:
        atts.append(dict(filename='%s_%s.vcf' % (slug(p.surname), slug(p.given)), mime='text/vcard', charset='utf-8',
                         data=make_vcf(p.full, p.surname, p.given, x.phone, '%s;%s;QC;%s;Canada' % (x.street, x.city, x.postal),
                                       'Visite SAD' if fr else 'Home care visit')))
        k.contact('x')
    return spec(c, nurse, [clsc], subj, blocks, atts=atts), 'home-care (CLSC) request ' + kind


TRIALS = [('ONC-3187', 'CPNPC EGFR muté, 2e ligne', 'EGFR-mutant NSCLC, 2nd line', 'nsclc'),
          ('HEM-2210', 'myélome en rechute (1-3 lignes)', 'relapsed myeloma (1-3 prior lines)', 'myeloma'),
          ('GI-0457', 'adénocarcinome pancréas métastatique 1re ligne', 'first-line metastatic pancreatic cancer', 'pancreas'),
          ('BR-7731', 'sein HER2+ résiduel post-néoadjuvant', 'HER2+ breast cancer with residual disease', 'breast_her2'),
          ('LY-1908', 'LDGCB réfractaire, pré-CAR-T', 'refractory DLBCL, pre-CAR-T', 'dlbcl'),
          ('AML-0612', 'LMA inapte à la chimio intensive', 'AML unfit for intensive chemo', 'aml')]


def pos_trial_screening(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    code, tfr, ten, key = r.choice(TRIALS)
    rc = staff(r, 'research', lang)
    pi = md_for(r, key, lang)
    n = r.randrange(3, 7)
    rows = []
    for i in range(n):
        p = c.pp()
        x = k.x(p)
        ecog = r.choice([0, 1, 1, 2])
        L = labs(r, r.choice(['ok', 'ok', 'renal', 'thrombo']))
        note = (r.choice(['OK à date', 'Cr %d → ClCr limite' % L['cr'], 'ATCD autre néo < 3 ans?', 'MTS cérébrales non traitées → exclu', 'à confirmer avec pathologie',
                          'plaq %d (critère ≥ 75)' % L['plt'], 'intéressé, veut en parler à sa famille'])
                if fr else r.choice(['OK so far', 'Cr %d → CrCl borderline' % L['cr'], 'other cancer < 3 y?', 'untreated brain mets → exclude',
                                     'confirm with path', 'PLT %d (need ≥ 75)' % L['plt'], 'interested, wants to talk to family']))
        if 'Cr' in note or 'plaq' in note or 'PLT' in note:
            k.lab('x')
        rows.append([k.nm(p, r.choice(['sfirst', 'sfirst_m', 'full'])), k.mrn(p, r.choice([0, 1])), k.dob(p, 0),
                     k.dx(dxname(key, lang)), str(ecog), note])
    head = ['Patient', 'Dossier', 'DDN', 'Dx', 'ECOG', 'Commentaire'] if fr else ['Patient', 'MRN', 'DOB', 'Dx', 'ECOG', 'Comment']
    atts = []
    attach = r.random() < 0.55
    if fr:
        blocks = [P(hello(r, pi, lang)),
                  P('Voici les candidats potentiels pour %s (%s) repérés cette semaine à partir des listes de clinique :' % (code, tfr))]
    else:
        blocks = [P(hello(r, pi, lang)), P('Potential candidates for %s (%s) from this week\'s clinic lists:' % (code, ten))]
    if attach:
        fmt = r.choice(['xlsx', 'csvzip', 'csv'])
        base = 'presel_%s_sem%02d' % (code, c.today().isocalendar()[1]) if fr else 'prescreen_%s_wk%02d' % (code, c.today().isocalendar()[1])
        if fmt == 'xlsx':
            atts.append(dict(filename=base + '.xlsx', mime='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                             data=make_xlsx('Présélection' if fr else 'Prescreen', head, rows, author=rc.disp)))
        elif fmt == 'csv':
            cs = r.choice(['utf-8', 'windows-1252'])
            atts.append(dict(filename=base + '.csv', mime='text/csv', charset=cs,
                             data=make_csv(head, rows, sep=r.choice([';', ',']), charset=cs)))
        else:
            atts.append(dict(filename=base + '.zip', mime='application/zip',
                             data=make_zip([(base + '.csv', make_csv(head, rows)),
                                            ('LISEZMOI.txt' if fr else 'README.txt', ('Liste de présélection – usage interne URCO seulement.\n' if fr else 'Prescreening list - internal use only.\n').encode('utf-8'))])))
        blocks.append(P('Liste en pièce jointe (%d patients).' % n if fr else 'List attached (%d pts).' % n))
    else:
        blocks.append(T(head, rows))
    blocks.append(P(r.choice(['Peux-tu regarder avant la clinique de jeudi? Je pourrai les approcher si tu es d\'accord.',
                              'Dis-moi lesquels tu veux que j\'approche.', 'Le promoteur a rouvert 2 places pour notre site.'])
                    if fr else r.choice(['Can you review before Thursday clinic? I can approach them if OK.', 'Let me know which ones to approach.',
                                         'Sponsor reopened 2 slots for our site.'])))
    blocks.append(P(sig(r, rc, lang)))
    subj = (r.choice(['Présélection %s – semaine du %s' % (code, fdate(c.today(), lang, 2)), 'Candidats %s' % code, '%s prescreening' % code])
            if fr else r.choice(['%s prescreening - week of %s' % (code, fdate(c.today(), lang, 1)), 'Candidates %s' % code, 'Screening list %s' % code]))
    return spec(c, rc, [pi], subj, blocks, atts=atts, cc=[staff(r, 'research', lang)] if r.random() < 0.3 else None), 'clinical-trial prescreening list'


def pos_tumour_board(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    site = r.choice([('digestif', 'GI', ['colon', 'rectum', 'pancreas', 'gastric', 'colon_m']),
                     ('thoracique', 'Thoracic', ['nsclc', 'sclc']), ('sein', 'Breast', ['breast_her2', 'breast_rh']),
                     ('hémato', 'Lymphoma/Haem', ['dlbcl', 'hodgkin', 'follicular', 'myeloma'])])
    secr = staff(r, 'secr', lang)
    d = future_day(r, c.today(), 1, 7)
    n = r.randrange(3, 8)
    items = []
    rows = []
    ont = r.randrange(n) if r.random() < 0.3 else -1
    for i in range(n):
        p = c.pp() if i != ont else c.ip('en')
        key = r.choice(site[2])
        pres = md_for(r, key, lang)
        q = (r.choice(['TNT vs CRT longue?', 'résécabilité post-néoadjuvant?', 'RT de consolidation?', 'biopsie hépatique à refaire?',
                       'adjuvant ou surveillance?', 'candidat greffe autologue?', 'progression ou pseudoprogression?'])
             if fr else r.choice(['TNT vs long-course CRT?', 'resectable after neoadjuvant?', 'consolidation RT?', 'repeat liver biopsy?',
                                  'adjuvant vs surveillance?', 'transplant candidate?', 'progression or pseudoprogression?']))
        nm = k.nm(p, r.choice(['sfirst', 'caps', 'sfirst_m']))
        if i == ont:
            num, vc = gen_ohn(r)
            idv = 'ON %s' % k.ohn(num, vc)
        else:
            idv = k.mrn(p, r.choice([0, 2])) if r.random() < 0.8 else k.nam(p) if p.nam else k.mrn(p)
        age = '%d %s' % (p.age(c.today()), 'ans' if fr else 'y')
        dxt = k.dx(dxname(key, lang))
        rows.append([str(i + 1), nm, idv, age, dxt, q, dr(pres, lang)])
        items.append('%d. %s – %s – %s – %s\n   Q : %s (%s)' % (i + 1, nm, idv, age, dxt, q, dr(pres, lang)) if fr else
                     '%d. %s - %s - %s - %s\n   Q: %s (%s)' % (i + 1, nm, idv, age, dxt, q, dr(pres, lang)))
    head = ['#', 'Patient', 'Dossier', 'Âge', 'Diagnostic', 'Question', 'Présenté par'] if fr else ['#', 'Patient', 'MRN', 'Age', 'Diagnosis', 'Question', 'Presenter']
    to = [staff(r, r.choice(['onc', 'hemato']), lang) for _ in range(r.randrange(2, 5))]
    atts = []
    if fr:
        blocks = [P('Bonjour à tous,'), P('Voici la liste des cas pour le comité des tumeurs %s de %s, 12h, salle B-3102 / Teams.' % (site[0], fday(d, lang)))]
        subj = r.choice(['Liste CDT %s – %s' % (site[0], fday(d, lang, 1)), 'Comité des tumeurs %s : cas du %s' % (site[0], fdate(d, lang, 2)),
                         'CDT %s %s' % (site[0], fdate(d, lang, 0))])
    else:
        blocks = [P('Hi all,'), P('Cases for %s tumour board, %s at noon, room B-3102 / Teams:' % (site[1], fday(d, lang)))]
        subj = r.choice(['%s tumour board list - %s' % (site[1], fday(d, lang, 1)), 'TB %s %s' % (site[1], fdate(d, lang, 0))])
    mode = r.choice(['list', 'table', 'docx', 'pdf'])
    if mode == 'list':
        blocks.append(PRE('\n'.join(items)))
    elif mode == 'table':
        blocks.append(T(head, rows))
    else:
        title = ('Comité des tumeurs – %s – %s' % (site[0], fdate(d, lang, 2))) if fr else ('%s Tumour Board - %s' % (site[1], fdate(d, lang, 4)))
        fn = ('CDT_%s_%s' % (strip_accents(site[0]), d.isoformat())) if fr else ('TB_%s_%s' % (site[1].replace('/', '-'), d.isoformat()))
        if mode == 'docx':
            atts.append(dict(filename=fn + '.docx', mime='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                             data=make_docx(title, ['Liste confidentielle – ne pas imprimer.' if fr else 'Confidential list.'], (head, rows), author=secr.disp)))
        else:
            atts.append(dict(filename=fn + '.pdf', mime='application/pdf', data=make_pdf(title, [], (head, rows), author=secr.disp)))
        blocks.append(P('Liste en pièce jointe.' if fr else 'List attached.'))
    blocks.append(P(r.choice(['Merci d\'envoyer l\'imagerie à revoir à la radiologie d\'ici mercredi midi.', 'Les ajouts de dernière minute : svp m\'écrire directement.'])
                    if fr else r.choice(['Please send imaging requests to radiology by Wednesday noon.', 'Late additions: email me directly.'])))
    blocks.append(P(sig(r, secr, lang)))
    return spec(c, secr, to, subj, blocks, atts=atts), 'tumour board list (%s)' % mode


def pos_chair_named(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    coord = staff(r, 'coord', lang)
    d = future_day(r, c.today(), 1, 6)
    rows = []
    t = 8 * 60
    for i in range(r.randrange(5, 11)):
        p = c.pp()
        key, proto = pick_dx(r)
        hrs = max(1, PROTO[proto][2])
        chair = r.randrange(1, 19)
        start = t + r.choice([0, 15, 30, 45, 60, 90])
        rows.append(['%dh%02d' % (start // 60, start % 60) if fr else '%d:%02d' % (start // 60, start % 60), str(chair),
                     k.nm(p, r.choice(['sfirst', 'sfirst_m', 'init', 'caps'])), k.mrn(p, r.choice([0, 1, 3])), k.med(proto),
                     '%d h' % hrs, r.choice(['MÈ', 'JP', 'KL', 'SG', 'AB', 'NC'])])
    rows.sort(key=lambda rr: (int(rr[0].replace('h', ':').split(':')[0]), rr[0]))
    head = ['Heure', 'Fauteuil', 'Patient', 'Dossier', 'Protocole', 'Durée', 'Inf.'] if fr else ['Time', 'Chair', 'Patient', 'MRN', 'Regimen', 'Length', 'RN']
    to = [staff(r, r.choice(['nurse', 'asi']), lang) for _ in range(r.randrange(1, 4))]
    atts = []
    if fr:
        blocks = [P('Bonjour,'), P('Horaire des fauteuils pour %s. %s' % (fday(d, lang), r.choice(['2 ajouts de dernière minute.', 'Fauteuil 14 bloqué (bris de la pompe).', 'Version finale.', ''])))]
        subj = r.choice(['Horaire fauteuils %s' % fday(d, lang, 1), 'Cédule CJOH %s' % fdate(d, lang, 0), 'Horaire de demain (corrigé)'])
    else:
        blocks = [P('Hi,'), P('Chair schedule for %s. %s' % (fday(d, lang), r.choice(['2 late add-ons.', 'Chair 14 blocked (pump broken).', ''])))]
        subj = r.choice(['Chair schedule %s' % fday(d, lang, 1), 'Day centre schedule %s' % fdate(d, lang, 0), 'Tomorrow\'s schedule (revised)'])
    if r.random() < 0.45:
        atts.append(dict(filename=('horaire_fauteuils_%s.xlsx' if fr else 'chairs_%s.xlsx') % d.isoformat(),
                         mime='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx(d.isoformat(), head, rows, author=coord.disp)))
        blocks.append(P('Voir fichier joint.' if fr else 'See attached.'))
    else:
        blocks.append(T(head, rows))
    blocks.append(P(sig(r, coord, lang)))
    return spec(c, coord, to, subj, blocks, atts=atts, mode=r.choice([None, 'html', 'alt'])), 'chair schedule with patient names'


ORAL = [('capécitabine', 'capecitabine', '1500 mg PO BID J1-14 q21j', '1500 mg PO BID D1-14 q21d', 'colon'),
        ('lénalidomide', 'lenalidomide', '10 mg PO die J1-21 q28j', '10 mg PO daily D1-21 q28d', 'myeloma'),
        ('ibrutinib', 'ibrutinib', '420 mg PO die', '420 mg PO daily', 'cll'),
        ('abiratérone + prednisone', 'abiraterone + prednisone', '1000 mg die + 5 mg BID', '1000 mg daily + 5 mg BID', 'prostate'),
        ('vénétoclax (escalade)', 'venetoclax (ramp-up)', '20 mg sem 1, 50 mg sem 2...', '20 mg wk 1, 50 mg wk 2...', 'cll'),
        ('témozolomide', 'temozolomide', '150 mg/m2 J1-5 q28j', '150 mg/m2 D1-5 q28d', 'melanoma')]


def pos_oral_chemo(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp(p_blind=0.75)
    ph = staff(r, 'pharm', lang)
    drfr, dren, regfr, regen, key = r.choice(ORAL)
    comm = ('Pharmacie Lemire & Ouimet', 'labo@pharmacie-lemire-ouimet.example') if r.random() < 0.6 else \
           ('Pharmacie Brisebois (affiliée)', 'ordonnances@brisebois-pharma.example')
    d = future_day(r, c.today(), 1, 8)
    idl = ident(k, p, combo=r.choice([('name', 'dob', 'nam'), ('name', 'dob'), ('name', 'dob', 'nam'), ('name', 'nam')]))
    soc = None
    if r.random() < 0.45:
        soc = r.choice(['Assurance : régime public RAMQ seulement (a perdu son assurance collective avec son emploi); prévoir la franchise, %s est inquiet%s des coûts.' % (sex_word(p, lang), 'e' if p.sex == 'F' else ''),
                        '%s est prestataire de l\'aide sociale : pas de contribution.' % ('La patiente' if p.sex == 'F' else 'Le patient'),
                        'Habite seul%s, la sœur va chercher les médicaments.' % ('e' if p.sex == 'F' else '')]) if fr else \
              r.choice(['Coverage: RAMQ public plan only (lost group insurance with job) - worried about cost.', 'On social assistance - no copay.',
                        'Lives alone, sister picks up meds.'])
    inter = r.choice([('warfarine', 'warfarin', 'INR à suivre de près (interaction)', 'monitor INR closely (interaction)'),
                      ('oméprazole', 'omeprazole', 'IPP à cesser/remplacer si possible', 'stop/switch PPI if possible'),
                      ('clarithromycine', 'clarithromycin', 'éviter (inhibiteur 3A4)', 'avoid (3A4 inhibitor)'), None])
    if fr:
        lines = ['%s' % idl, 'Dx : %s' % k.dx(dxname(key, lang)) if r.random() < 0.6 else '',
                 'Rx : %s %s, début %s' % (k.med(drfr), regfr, fday(d, lang)),
                 'Pds %s kg, ClCr %d mL/min' % (dec(k.x(p).weight, lang), r.randrange(38, 95)) if r.random() < 0.5 else '']
        if 'ClCr' in lines[-1]:
            k.lab('x')
        blocks = [P('Bonjour,'), P(r.choice(['Nous vous avons faxé ce matin l\'ordonnance suivante (original posté) :', 'Nouvelle ordonnance d\'anticancéreux oral pour votre client%s :' % ('e' if p.sex == 'F' else ''),
                                             'Suite à notre conversation, voici les détails :'])),
                  PRE('\n'.join(l for l in lines if l))]
        if inter:
            blocks.append(P('Au profil : %s → %s.' % (k.med(inter[0]), inter[2])))
        if soc:
            blocks.append(P(k.soc(soc)))
        blocks.append(P(r.choice(['L\'enseignement a été fait en clinique. Merci de nous aviser si problème d\'approvisionnement.',
                                  'Pouvez-vous confirmer la réception et la date de service?', 'Merci de commander, %s passera vendredi.' % sex_word(p, lang)])))
        blocks.append(P(sig(r, ph, lang)))
        subj = pick(r, [lambda: 'Ordonnance %s – %s' % (drfr, k.nm(p, 'caps')), lambda: 'Rx oncologie orale – %s' % k.nm(p, 'full'), lambda: '%s pour %s' % (drfr.split()[0], k.nm(p, 'title'))])
    else:
        lines = [idl, 'Dx: %s' % k.dx(dxname(key, lang)) if r.random() < 0.6 else '', 'Rx: %s %s, start %s' % (k.med(dren), regen, fday(d, lang))]
        blocks = [P('Hello,'), P(r.choice(['We faxed the following prescription this morning (original mailed):', 'New oral anticancer Rx for your client:'])),
                  PRE('\n'.join(l for l in lines if l))]
        if inter:
            blocks.append(P('On profile: %s → %s.' % (k.med(inter[1]), inter[3])))
        if soc:
            blocks.append(P(k.soc(soc)))
        blocks.append(P(r.choice(['Teaching done in clinic. Let us know of any supply issue.', 'Please confirm receipt and fill date.'])))
        blocks.append(P(sig(r, ph, lang)))
        subj = pick(r, [lambda: 'Rx %s - %s' % (dren, k.nm(p, 'caps')), lambda: 'Oral chemo Rx - %s' % k.nm(p, 'full')])
    atts = []
    if r.random() < 0.4:
        atts.append(dict(filename=('Ordonnance_%s.pdf' if fr else 'Rx_%s.pdf') % strip_accents(p.surname), mime='application/pdf',
                         data=make_pdf('Ordonnance – anticancéreux oral' if fr else 'Prescription - oral anticancer agent',
                                       [l for l in lines if l] + ['', 'Prescripteur : %s' % dr(md_for(r, key, lang), lang)], author=ph.disp)))
    return spec(c, ph, [comm], subj, blocks, atts=atts), 'oral chemo prescription to community pharmacy'


LINES = {
    'myeloma': (['VRd', 'Dara-VRd', 'greffe autologue (melphalan 200)', 'Kd (carfilzomib-dex)'], ['isatuximab-Pd', 'carfilzomib', 'sélinexor']),
    'cll': (['BR', 'FCR', 'Ibrutinib'], ['vénétoclax-obinutuzumab', 'acalabrutinib', 'zanubrutinib']),
    'dlbcl': (['R-CHOP', 'R-GDP', 'R-ICE'], ['polatuzumab-BR', 'glofitamab', 'tafasitamab-lénalidomide']),
    'hodgkin': (['ABVD', 'BEACOPP'], ['brentuximab védotin', 'pembrolizumab']),
    'aml': (['Azacitidine', '7+3'], ['gilteritinib', 'ivosidénib']),
    'mds': (['Azacitidine', 'EPO'], ['luspatercept', 'vénétoclax (hors indication)']),
    'follicular': (['BR', 'R-CVP', 'rituximab entretien'], ['obinutuzumab', 'lénalidomide-rituximab']),
    'colon': (['FOLFOX', 'CAPOX'], ['FOLFIRI-bév', 'trifluridine-tipiracil']),
    'colon_m': (['FOLFOX', 'FOLFIRI-bév'], ['trifluridine-tipiracil + bév', 'régorafénib', 'panitumumab']),
    'rectum': (['FOLFOX', 'CAPOX'], ['FOLFIRI-bév', 'trifluridine-tipiracil']),
    'pancreas': (['FOLFIRINOX', 'Gem-nabP'], ['irinotécan liposomal', 'olaparib']),
    'breast_her2': (['TCH', 'AC-T', 'pertuzumab-trastuzumab'], ['trastuzumab déruxtécan', 'tucatinib']),
    'breast_rh': (['AC-T', 'TC', 'létrozole-palbociclib'], ['sacituzumab govitécan', 'élacestrant', 'capivasertib']),
    'nsclc': (['Carbo-Pem-Pembro', 'Docétaxel'], ['osimertinib', 'sotorasib', 'amivantamab']),
    'sclc': (['Carbo-Étoposide', 'durvalumab'], ['lurbinectédine', 'topotécan']),
    'ovary': (['Carbo-Pacli', 'doxorubicine liposomale'], ['olaparib', 'niraparib', 'mirvetuximab']),
    'prostate': (['Docétaxel', 'abiratérone', 'enzalutamide'], ['cabazitaxel', 'lutécium-177 PSMA', 'olaparib']),
    'hn': (['Cisplatine-RT', 'Carbo-5FU'], ['pembrolizumab', 'cétuximab']),
    'gastric': (['FLOT', 'FOLFOX'], ['ramucirumab-paclitaxel', 'trastuzumab déruxtécan']),
    'melanoma': (['Nivolumab', 'ipilimumab-nivolumab'], ['dabrafénib-tramétinib', 'relatlimab-nivolumab']),
    'bladder': (['Gem-Cis', 'avélumab'], ['enfortumab védotin', 'erdafitinib']),
}


def prior_lines(r, key, proto):
    prior, nxt = LINES[key]
    n = r.randrange(1, min(3, len(prior)) + 1)
    return prior[:n], r.choice(nxt)


def pos_exception_drug(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp(p_blind=0.8)
    key, proto = pick_dx(r)
    ph = staff(r, 'pharm', lang)
    md = md_for(r, key, lang)
    prior, drug = prior_lines(r, key, proto)
    if lang == 'en':
        drug = strip_accents(drug).replace('lenalidomide-rituximab', 'lenalidomide-rituximab')
    ecog = r.choice([0, 1, 1, 2])
    idb = ident(k, p, combo=r.choice([('name', 'dob', 'nam'), ('name', 'dob', 'nam', 'mrn'), ('name', 'nam')]), block=True)
    insurer = r.random() < 0.35
    if fr:
        lines = [idb, 'Diagnostic : %s' % k.dx(dxname(key, lang)), 'ECOG : %d' % ecog,
                 'Traitements antérieurs : %s' % ', '.join(k.med(x_) for x_ in prior),
                 'Médicament demandé : %s' % k.med(drug),
                 'Justification : %s' % r.choice(['progression sous %s; critères INESSS rencontrés' % prior[-1], 'intolérance (toxicité gr. 3) au traitement antérieur',
                                                  'hors indication remboursée – demande au cas par cas'])]
        blocks = [P(hello(r, md, lang) if r.random() < 0.5 else 'Bonjour,'),
                  P(r.choice(['Voici le brouillon de la demande de médicament d\'exception avant l\'envoi à la RAMQ. Peux-tu vérifier et signer?',
                              'Demande d\'autorisation préalable à l\'assureur (%s) – infos ci-dessous.' % r.choice(['AssurVie Collective', 'Mutuelle Boréale']) if insurer else
                              'Demande de médicament d\'exception envoyée ce matin. Copie pour vos dossiers.'])),
                  PRE('\n'.join(lines))]
        if insurer:
            blocks.append(P(k.soc('Assurance collective via l\'employeur de %s (%s); certificat no %d.' % (
                'sa conjointe' if p.sex == 'M' else 'son conjoint', r.choice(['Scierie Boréal inc.', 'Commission scolaire du Lac', 'Transports Gendron']), r.randrange(10 ** 7, 10 ** 8)))))
        blocks.append(P(sig(r, ph, lang)))
        subj = pick(r, [lambda: 'Médicament d\'exception – %s – %s' % (drug, k.nm(p, 'caps')), lambda: 'Demande RAMQ %s %s' % (drug, k.nm(p, 'init')), lambda: 'Autorisation préalable %s' % k.nm(p, 'full')])
    else:
        lines = [idb, 'Diagnosis: %s' % k.dx(dxname(key, lang)), 'ECOG: %d' % ecog, 'Prior therapy: %s' % ', '.join(k.med(x_) for x_ in prior),
                 'Requested: %s' % k.med(drug),
                 'Rationale: %s' % r.choice(['progression on %s, meets INESSS criteria' % prior[-1], 'grade 3 toxicity on prior line', 'off-label, case-by-case request'])]
        blocks = [P(hello(r, md, lang)), P(r.choice(['Draft exception drug request before sending to RAMQ - please review/sign.',
                                                     'Prior authorization request to private insurer, details below.'])), PRE('\n'.join(lines))]
        if insurer:
            blocks.append(P(k.soc('Group coverage through spouse\'s employer (%s), certificate %d.' % (r.choice(['Boreal Sawmill Inc.', 'Lakeside School Board']), r.randrange(10 ** 7, 10 ** 8)))))
        blocks.append(P(sig(r, ph, lang)))
        subj = pick(r, [lambda: 'Exception drug request - %s - %s' % (drug, k.nm(p, 'caps')), lambda: 'PA request %s %s' % (drug, k.nm(p, 'init'))])
    atts = []
    if r.random() < 0.45:
        atts.append(dict(filename=('Formulaire_med_exception_%s.pdf' if fr else 'Exception_request_%s.pdf') % slug(p.surname), mime='application/pdf',
                         data=make_pdf('Demande d\'autorisation – médicament d\'exception' if fr else 'Exception drug authorization request', lines, author=ph.disp)))
    return spec(c, ph, [md], subj, blocks, atts=atts), 'exception drug / prior authorization request'


def hm(minutes, fr):
    return ('%dh%02d' if fr else '%d:%02d') % (minutes // 60, minutes % 60)


def pos_hypersens(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    key, proto = r.choice([('ovary', 'Carbo-Pacli'), ('breast_rh', 'TC'), ('colon', 'FOLFOX'), ('dlbcl', 'R-CHOP'),
                           ('nsclc', 'Carbo-Pem-Pembro'), ('follicular', 'BR'), ('prostate', 'Docétaxel')])
    drug = {'Carbo-Pacli': ('paclitaxel', 'paclitaxel'), 'TC': ('docétaxel', 'docetaxel'), 'FOLFOX': ('oxaliplatine', 'oxaliplatin'),
            'R-CHOP': ('rituximab', 'rituximab'), 'Carbo-Pem-Pembro': ('carboplatine', 'carboplatin'), 'BR': ('rituximab', 'rituximab'),
            'Docétaxel': ('docétaxel', 'docetaxel')}[proto][0 if fr else 1]
    nurse = staff(r, 'nurse', lang)
    md = md_for(r, key, lang)
    ph = staff(r, 'pharm', lang)
    cyc = r.randrange(1, 9)
    g = r.choice([2, 2, 3, 3, 4])
    t0 = r.randrange(9 * 60, 14 * 60)
    sbp, hr, sat = r.randrange(74, 96), r.randrange(104, 138), r.randrange(86, 94)
    idl = ident(k, p)
    k.med('x')
    k.lab('x')
    if fr:
        chrono = [
            '%s début %s (%s)' % (hm(t0, fr), drug, r.choice(['débit initial', '1re h à 50 mL/h', 'après prémédication standard'])),
            '%s bouffées de chaleur, oppression thoracique, %s' % (hm(t0 + 7, fr), r.choice(['toux', 'urticaire au tronc', 'douleur lombaire', 'nausées'])),
            '%s TA %d/%d, FC %d, SpO2 %d %% AA → arrêt perfusion, O2 2 L, appel %s' % (hm(t0 + 8, fr), sbp, r.randrange(40, 58), hr, sat, dr(md, lang)),
            '%s diphenhydramine 50 mg IV, hydrocortisone 100 mg IV%s' % (hm(t0 + 10, fr), ', épinéphrine 0,5 mg IM' if g >= 3 else ''),
            '%s résolution, TA %d/%d, SpO2 97 %%' % (hm(t0 + 40, fr), r.randrange(108, 130), r.randrange(62, 80))]
        plan = r.choice(['Reprise à 50 %% du débit à %s, terminé sans autre réaction.' % hm(t0 + 60, fr),
                         'Tx cessé pour aujourd\'hui. À discuter : désensibilisation (protocole 12 étapes) vs changement d\'agent.',
                         'Observation 2 h post-réaction, congé accompagné%s, consignes données.' % ('e' if p.sex == 'F' else '')])
        blocks = [P(hello(r, md, lang) if r.random() < 0.5 else 'Bonjour,'),
                  P('Pour info, réaction d\'hypersensibilité gr. %d chez %s ce matin (%s C%d).' % (g, idl, k.med(proto), cyc)),
                  PRE('\n'.join(chrono)), P(plan),
                  P('Rapport AH-223 complété (no %d-%05d). Allergie ajoutée au dossier pharmacie.' % (c.today().year, r.randrange(1, 99999))),
                  P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Réaction perfusionnelle – %s' % k.nm(p, 'caps'), lambda: 'Réaction %s C%d %s' % (drug, cyc, k.nm(p, 'init')), lambda: 'HSR %s ce matin' % k.nm(p, 'surname'), lambda: 'Incident CJOH – %s' % k.nm(p, 'full')])
    else:
        chrono = ['%s %s started (%s)' % (hm(t0, fr), drug, r.choice(['initial rate', 'first hour 50 mL/h', 'after standard premeds'])),
                  '%s flushing, chest tightness, %s' % (hm(t0 + 7, fr), r.choice(['cough', 'truncal hives', 'back pain', 'nausea'])),
                  '%s BP %d/%d, HR %d, SpO2 %d%% RA → infusion stopped, O2 2 L, %s paged' % (hm(t0 + 8, fr), sbp, r.randrange(40, 58), hr, sat, dr(md, lang)),
                  '%s diphenhydramine 50 mg IV, hydrocortisone 100 mg IV%s' % (hm(t0 + 10, fr), ', epinephrine 0.5 mg IM' if g >= 3 else ''),
                  '%s resolved, BP %d/%d, SpO2 97%%' % (hm(t0 + 40, fr), r.randrange(108, 130), r.randrange(62, 80))]
        plan = r.choice(['Restarted at 50%% rate at %s, completed without further reaction.' % hm(t0 + 60, fr),
                         'Tx stopped for today. To discuss: desensitization (12-step) vs switching agent.'])
        blocks = [P(hello(r, md, lang)), P('FYI grade %d hypersensitivity reaction this am - %s (%s C%d).' % (g, idl, k.med(proto), cyc)),
                  PRE('\n'.join(chrono)), P(plan), P('Incident report AH-223 done (#%d-%05d). Allergy added to pharmacy profile.' % (c.today().year, r.randrange(1, 99999))),
                  P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Infusion reaction - %s' % k.nm(p, 'caps'), lambda: 'HSR %s C%d %s' % (drug, cyc, k.nm(p, 'init')), lambda: 'Reaction this am %s' % k.nm(p, 'surname')])
    return spec(c, nurse, [md], subj, blocks, cc=[ph] + ([staff(r, 'asi', lang)] if r.random() < 0.5 else [])), 'infusion reaction report'


REPORTS_FR = {
    'spep': ('ÉLECTROPHORÈSE DES PROTÉINES SÉRIQUES', ['Protéines totales 98 g/L', 'Pic monoclonal : %s g/L (zone gamma)', 'IgG 48,1 g/L (N 7,0-16,0)',
                                                     'Chaînes légères libres kappa %d mg/L, lambda 8,1 mg/L, ratio %s'], 'myeloma'),
    'flow': ('CYTOMÉTRIE EN FLUX – SANG PÉRIPHÉRIQUE', ['Lymphocytes %d %% des leucocytes', 'Population B monoclonale kappa, CD5+ CD23+ CD200+, FMC7-',
                                                       'Conclusion : compatible avec une leucémie lymphoïde chronique'], 'cll'),
    'path': ('RAPPORT DE PATHOLOGIE', ['Biopsie-exérèse ganglion cervical gauche', 'Lymphome diffus à grandes cellules B, phénotype non-centre germinatif',
                                       'Ki-67 ~%d %%; MYC négatif en FISH', 'CD20+, CD10-, BCL6+, MUM1+'], 'dlbcl'),
    'crit': ('VALEUR CRITIQUE', ['Potassium %s mmol/L (6,4)', 'Calcium corrigé 3,41 mmol/L', 'Créatinine %d µmol/L'], None),
    'marker': ('MARQUEURS TUMORAUX', ['ACE %s µg/L (précédent 12,1)', 'CA 19-9 %d kU/L', 'Bilirubine totale 22 µmol/L'], 'colon_m'),
}
REPORTS_EN = {
    'spep': ('SERUM PROTEIN ELECTROPHORESIS', ['Total protein 98 g/L', 'M-spike: %s g/L (gamma region)', 'IgG 48.1 g/L (ref 7.0-16.0)',
                                              'Free light chains kappa %d mg/L, lambda 8.1 mg/L, ratio %s'], 'myeloma'),
    'flow': ('FLOW CYTOMETRY - PERIPHERAL BLOOD', ['Lymphocytes %d%% of leukocytes', 'Monoclonal kappa B-cell population, CD5+ CD23+ CD200+, FMC7-',
                                                  'Conclusion: consistent with chronic lymphocytic leukemia'], 'cll'),
    'path': ('SURGICAL PATHOLOGY REPORT', ['Excisional biopsy, left cervical lymph node', 'Diffuse large B-cell lymphoma, non-germinal centre phenotype',
                                          'Ki-67 ~%d%%; MYC negative by FISH', 'CD20+, CD10-, BCL6+, MUM1+'], 'dlbcl'),
    'crit': ('CRITICAL VALUE', ['Potassium %s mmol/L', 'Corrected calcium 3.41 mmol/L', 'Creatinine %d umol/L'], None),
    'marker': ('TUMOUR MARKERS', ['CEA %s ug/L (previous 12.1)', 'CA 19-9 %d kU/L', 'Total bilirubin 22 umol/L'], 'colon_m'),
}


def report_lines(r, kind, lang):
    title, lines, key = (REPORTS_FR if lang == 'fr' else REPORTS_EN)[kind]
    vals = {'spep': [dec(round(r.uniform(18, 45), 1), lang), r.randrange(180, 900), dec(round(r.uniform(20, 90), 1), lang)],
            'flow': [r.randrange(62, 91)], 'path': [r.randrange(60, 95)],
            'crit': [dec(round(r.uniform(6.1, 6.9), 1), lang), r.randrange(180, 420)],
            'marker': [dec(round(r.uniform(30, 160), 1), lang), r.randrange(300, 4000)]}[kind]
    out = []
    vi = 0
    for l in lines:
        n = l.count('%') - 2 * l.count('%%')
        if n:
            out.append(l % tuple(vals[vi:vi + n]))
            vi += n
        else:
            out.append(l.replace('%%', '%'))
    return title, out, key


def pos_lab_forward(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    kind = r.choice(list(REPORTS_FR))
    title, lines, key = report_lines(r, kind, lang)
    k.lab('x')
    if key:
        k.dx('x')
    key = key or pick_dx(r)[0]
    md = md_for(r, key, lang)
    ipo = staff(r, 'ipo', lang)
    labsender = ('Laboratoire – Résultats' if fr else 'Laboratory - Results', 'resultats.labo@%s' % DOM)
    if r.random() < 0.3:
        # result faxed/e-mailed from the Ontario regional lab for a patient living across the river
        p = c.ip('en')
        num, vc = gen_ohn(r)
        labsender = ('Kingsbridge Regional Lab - Results', 'results@kingsbridge-regional.example')
        idb = '%s\n%s\n%s' % (('Nom : %s' if fr else 'Name: %s') % k.nm(p, 'sfirst'), ('DDN : %s' if fr else 'DOB: %s') % k.dob(p),
                               'OHIP: %s' % k.ohn(num, vc))
    else:
        idb = ident(k, p, combo=r.choice([('name', 'dob', 'mrn'), ('name', 'mrn'), ('name', 'dob', 'nam'), ('mrn',)]), block=True)
    report = '%s\n%s\n%s : %s\n\n%s' % (title, idb, 'Prélevé le' if fr else 'Collected', fdate(c.today() - dt.timedelta(days=r.randrange(0, 4)), lang, 0), '\n'.join(lines))
    when = c.date - dt.timedelta(hours=r.randrange(1, 30))
    inner = [P('Résultat transmis automatiquement – ne pas répondre.' if fr else 'Automated result notification - do not reply.'), PRE(report)]
    sender = r.choice([md, ipo])
    rec = ipo if sender is md else md
    ask = (pick(r, [lambda: 'Peux-tu appeler %s pour devancer le RDV à la semaine prochaine?' % (k.nm(p, 'title')), lambda: 'FYI – on en parle à la réunion de jeudi.', lambda: 'À mettre au dossier svp + aviser le Dr traitant au CLSC.', lambda: 'Ça confirme ce qu\'on pensait. Je l\'annonce au patient mardi, peux-tu être présente?'])
           if fr else pick(r, [lambda: 'Can you call %s to move the appt up to next week?' % k.nm(p, 'title'), lambda: 'FYI - let\'s discuss Thursday.', lambda: 'Please file + notify family doctor.', lambda: 'Confirms what we thought. I\'ll break the news Tuesday, can you be there?']))
    atts = []
    if r.random() < 0.5:
        atts.append(dict(filename=('%s_%s_%s.pdf' % (kind.upper(), strip_accents(k.nm(p, 'surname')).upper(), c.today().strftime('%Y%m%d'))), mime='application/pdf',
                         data=make_pdf(title, report.split('\n')[1:], author='LIS')))
    subj0 = ('%s – %s' % (title.title(), k.mrn(p, 0))) if r.random() < 0.5 else ('%s – %s' % (title.title(), k.nm(p, 'caps')))
    if r.random() < 0.5:
        blocks = [P(ask), P(sig(r, sender, lang, short=True)), Q('fwd', labsender[0], labsender[1], when_str(when, lang), subj0, inner, to=sender.disp)]
    else:
        blocks = [P(hello(r, rec, lang)), P(ask), P(sig(r, sender, lang)),
                  Q(r.choice(['outlook', 'outlook2']), labsender[0], labsender[1], when_str(when, lang), subj0, inner, to=sender.disp)]
    subj = (r.choice(['TR : ', 'TR: ', 'Fwd: ']) if fr else r.choice(['FW: ', 'Fwd: '])) + subj0
    return spec(c, sender, [rec], subj, blocks, atts=atts), 'forwarded lab/pathology result (%s)' % kind


def pos_out_of_province(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    variant = ['ohn', 'nir', 'niss'][c.occ % 3]
    key, proto = pick_dx(r)
    ph = staff(r, r.choice(['ipo', 'secr', 'pharm']), lang)
    if variant == 'ohn':
        p = c.ip('en' if r.random() < 0.7 else 'fr')
        num, vc = gen_ohn(r)
        city, fsa = r.choice(ON_CITIES)
        street = '%d %s' % (r.randrange(10, 990), r.choice(STREETS_EN))
        ontel = phone(r, area=r.choice(['613', '343']))
        md_on = ('Dr. %s %s' % (r.choice(STAFF_EN_F + STAFF_EN_M), r.choice(EN_LAST)), 'oncology.referrals@kingsbridge-regional.example')
        idb = '\n'.join(x_ for x_ in [('Nom : %s' if fr else 'Name: %s') % k.nm(p, r.choice(['full', 'sfirst'])),
                                      ('DDN : %s' if fr else 'DOB: %s') % k.dob(p),
                                      ('Carte Santé Ontario : %s' if fr else 'OHIP: %s') % k.ohn(num, vc),
                                      ('Adresse : %s, %s, ON %s' if fr else 'Address: %s, %s, ON %s') % (street, city, postal(r, fsa)) if r.random() < 0.6 else '',
                                      ('Tél. : %s' if fr else 'Phone: %s') % ontel if r.random() < 0.5 else ''] if x_)
        if 'Adresse' in idb or 'Address' in idb or 'Tél' in idb or 'Phone' in idb:
            k.contact('x')
        if fr:
            blocks = [P('Bonjour,'), P('Nous recevons un patient de l\'Ontario pour la poursuite de son traitement au CJOH (il demeure maintenant chez sa fille à %s). Le Kingsbridge Regional nous transfère le dossier.' % r.choice(CITIES_QC)[0]
                                         if p.sex == 'M' else 'Nous recevons une patiente de l\'Ontario pour la poursuite de son traitement au CJOH. Le Kingsbridge Regional nous transfère le dossier.'),
                      PRE(idb), P('Dx : %s; reçu %s C1-C%d là-bas. Prochain cycle prévu le %s.' % (k.dx(dxname(key, lang)), k.med(proto), r.randrange(2, 5), fdate(future_day(r, c.today()), lang, 2))),
                      P('Facturation : entente interprovinciale, ne pas ouvrir de dossier RAMQ. Merci de créer le numéro de dossier temporaire.'), P(sig(r, ph, lang))]
            subj = pick(r, [lambda: 'Patient hors province (ON) – %s' % k.nm(p, 'caps'), lambda: 'Transfert de Kingsbridge – %s' % k.nm(p, 'full')])
            to = [('Admission / Archives', 'admission@%s' % DOM)]
        else:
            blocks = [P('Hello,'), P('Transfer of care from Kingsbridge Regional (ON) - patient relocating to our area and will continue treatment at our day centre.'),
                      PRE(idb), P('Dx: %s; received %s C1-C%d there. Next cycle due %s.' % (k.dx(dxname(key, lang)), k.med(proto), r.randrange(2, 5), fdate(future_day(r, c.today()), lang, 1))),
                      P('Billing: reciprocal agreement, out-of-province. Please set up a temporary chart.'), P(sig(r, ph, lang))]
            subj = pick(r, [lambda: 'Out-of-province patient (ON) - %s' % k.nm(p, 'caps'), lambda: 'Transfer from Kingsbridge - %s' % k.nm(p, 'full')])
            to = [('Admitting / Health Records', 'admitting@%s' % DOM)]
        cc = [md_on] if r.random() < 0.4 else None
        return spec(c, ph, to, subj, blocks, cc=cc), 'out-of-province patient, Ontario health number'
    if variant == 'nir':
        p = foreign_person(r, 'fr')
        young = p.age(c.today()) < 36
        num = gen_nir(r, p)
        idb = '%s\n%s\n%s' % (('Nom : %s' if fr else 'Name: %s') % k.nm(p, 'sfirst'), ('Né(e) le : %s' if fr else 'DOB: %s') % k.dob(p),
                              ('NIR (sécurité sociale FR) : %s' if fr else 'French social security no. (NIR): %s') % k.nir(num))
        caisse = r.choice(['CPAM du Rhône', 'CPAM de Loire-Atlantique', 'CPAM de Paris', 'CPAM de la Gironde'])
        if fr:
            blocks = [P('Bonjour,'), P('Patient%s français%s %s qui débute %s au CJOH %s. Pas de couverture RAMQ.' % (
                                         'e' if p.sex == 'F' else '', 'e' if p.sex == 'F' else '',
                                         'en permis vacances-travail (PVT)' if young else 'en visite chez sa fille (visa visiteur 6 mois)',
                                         k.med(proto), fday(future_day(r, c.today()), lang))),
                      PRE(idb + '\nCaisse : %s\nDx : %s' % (caisse, k.dx(dxname(key, lang)))),
                      P('Peux-tu vérifier avec la Sécurité sociale / l\'entente France-Québec pour la prise en charge? Sinon estimation des coûts à lui remettre. Sa mutuelle privée : %s.' % r.choice(['Harmonie', 'MGEN', 'aucune'])),
                      P(sig(r, ph, lang))]
            subj = pick(r, [lambda: 'Patient France – couverture – %s' % k.nm(p, 'caps'), lambda: 'Entente France-Québec : %s' % k.nm(p, 'full')])
        else:
            blocks = [P('Hi,'), P('French national %s, starting %s next week, no RAMQ coverage.' % (
                                 'on a working-holiday visa' if young else 'visiting her/his daughter (6-month visitor visa)', k.med(proto))),
                      PRE(idb + '\nFund: %s\nDx: %s' % (caisse, k.dx(dxname(key, lang)))),
                      P('Can you check the France-Québec social security agreement? Otherwise we need a cost estimate for the patient.'), P(sig(r, ph, lang))]
            subj = 'French patient coverage - %s' % k.nm(p, 'caps')
        k.soc('x')
        to = [('Facturation – patients non assurés' if fr else 'Billing - uninsured patients', 'facturation.hq@%s' % DOM)]
        return spec(c, ph, to, subj, blocks), 'French patient, NIR, coverage question'
    p = foreign_person(r, 'be')
    num = gen_niss(r, p)
    idb = '%s\n%s\n%s' % (('Nom : %s' if fr else 'Name: %s') % k.nm(p, r.choice(['caps', 'full'])), ('DDN : %s' if fr else 'DOB: %s') % k.dob(p),
                          ('NISS : %s' if fr else 'Belgian NISS: %s') % k.niss(num))
    hosp = ('Service d\'oncologie médicale – Clinique Saint-Rombaut (Liège)', 'oncologie@st-rombaut-liege.example')
    if fr:
        blocks = [P('Madame, Monsieur,'), P('Suite à votre demande, voici le résumé de traitement de votre patient%s, suivi%s chez nous pendant son séjour au Québec :' % ('e' if p.sex == 'F' else '', 'e' if p.sex == 'F' else '')),
                  PRE(idb + '\nDiagnostic : %s\nTraitement : %s, %d cycles (dernier le %s)\nToxicités : %s' % (
                      k.dx(dxname(key, lang)), k.med(proto), r.randrange(2, 7), fdate(c.today() - dt.timedelta(days=r.randrange(10, 40)), lang, 2),
                      r.choice(['neuropathie gr. 1', 'neutropénie gr. 3 au C2 (dose réduite 80 %)', 'aucune significative']))),
                  P('Le bilan d\'extension et les comptes rendus sont en pièce jointe. Mutualité : %s.' % r.choice(['Solidaris', 'Mutualité chrétienne', 'Partenamut'])),
                  P(sig(r, md_for(r, key, lang), lang))]
        subj = 'Résumé de traitement – %s' % k.nm(p, 'caps')
    else:
        blocks = [P('Dear colleague,'), P('As requested, treatment summary for your patient, treated here during a stay in Quebec:'),
                  PRE(idb + '\nDiagnosis: %s\nTreatment: %s, %d cycles' % (k.dx(dxname(key, lang)), k.med(proto), r.randrange(2, 7))),
                  P('Staging and reports attached.'), P(sig(r, md_for(r, key, lang), lang))]
        subj = 'Treatment summary - %s' % k.nm(p, 'caps')
    sender = md_for(r, key, lang)
    atts = [dict(filename='resume_%s.pdf' % slug(p.surname), mime='application/pdf',
                 data=make_pdf('Résumé de traitement' if fr else 'Treatment summary', [b[1] for b in blocks if b[0] == 'pre'], author=sender.disp))]
    return spec(c, sender, [hosp], subj, blocks, atts=atts), 'Belgian patient, NISS, treatment summary abroad'


def pos_insurance_sin(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp(p_blind=0.6)
    key, proto = pick_dx(r)
    ts = staff(r, r.choice(['ts', 'secr', 'ipo']), lang)
    md = md_for(r, key, lang)
    sin = gen_sin(r)
    employer, job = r.choice([('Scierie Boréal inc.', 'journalier'), ('Centre de services scolaire du Lac', 'enseignant·e'),
                              ('Transports Gendron', 'camionneur'), ('Marché Tradition Val-des-Cèdres', 'caissier·ère'),
                              ('Municipalité de Lac-aux-Hérons', 'col bleu'), ('Clinique dentaire Riverin', 'hygiéniste dentaire')])
    job = re.sub(r'(\w+)·(\w+)', lambda m: m.group(1) if p.sex == 'M' else (m.group(1)[:-2] + m.group(2) if m.group(2) == 'ère' else m.group(1) + m.group(2)), job)
    stop = c.today() - dt.timedelta(days=r.randrange(10, 120))
    form = r.choice(['ae', 'invalidite', 'compassion'])
    k.soc('x')
    if fr:
        fname = {'ae': 'Certificat médical – prestations de maladie de l\'AE (Service Canada)',
                 'invalidite': 'Déclaration du médecin traitant – assurance invalidité (%s)' % r.choice(['AssurVie Collective', 'Mutuelle Boréale']),
                 'compassion': 'Certificat médical – prestations de compassion (Service Canada)'}[form]
        lines = ['Nom : %s' % k.nm(p, r.choice(['sfirst', 'full'])), 'DDN : %s' % k.dob(p), 'NAS : %s' % k.sin(sin),
                 'Employeur : %s (%s)' % (employer, job),
                 'Arrêt de travail depuis : %s' % fdate(stop, lang, 0),
                 'Diagnostic : %s' % k.dx(dxname(key, lang)),
                 'Traitement : %s aux %d jours, durée prévue %d mois' % (k.med(proto), PROTO[proto][1], r.randrange(3, 7))]
        if p.nam and r.random() < 0.4:
            lines.insert(2, 'NAM : %s' % k.nam(p))
        blocks = [P(hello(r, md, lang)),
                  P(pick(r, [lambda: 'J\'ai pré-rempli les sections patient du formulaire (%s). Il te reste la section médicale et la signature.' % fname, lambda: '%s a besoin de son formulaire au plus vite, ses prestations sont suspendues.' % k.nm(p, 'title')])),
                  PRE('\n'.join(lines)),
                  P(k.soc(r.choice(['Situation financière précaire, loyer en retard de 2 mois.', 'Sa conjointe a dû réduire ses heures pour l\'accompagner.',
                                    'Travailleur autonome : pas d\'assurance collective.', 'Retour au travail progressif envisagé après le C6.']))),
                  P(sig(r, ts, lang))]
        subj = pick(r, [lambda: 'Formulaire assurance – %s' % k.nm(p, 'caps'), lambda: 'AE maladie %s – à signer' % k.nm(p, 'init'), lambda: 'Formulaire %s' % k.nm(p, 'full')])
    else:
        fname = {'ae': 'EI sickness benefits medical certificate (Service Canada)', 'invalidite': 'Attending physician statement - LTD (AssurVie Group)',
                 'compassion': 'Compassionate care benefits medical certificate'}[form]
        lines = ['Name: %s' % k.nm(p, r.choice(['sfirst', 'full'])), 'DOB: %s' % k.dob(p), 'SIN: %s' % k.sin(sin),
                 'Employer: %s' % employer, 'Off work since: %s' % fdate(stop, lang, 0), 'Diagnosis: %s' % k.dx(dxname(key, lang)),
                 'Treatment: %s q%d days, expected %d months' % (k.med(proto), PROTO[proto][1], r.randrange(3, 7))]
        blocks = [P(hello(r, md, lang)), P('Pre-filled the patient sections of the %s. Medical section + signature left for you.' % fname), PRE('\n'.join(lines)),
                  P(k.soc(r.choice(['Finances tight, 2 months behind on rent.', 'Self-employed, no group insurance.', 'Partner cut hours to drive her/him to appts.']))),
                  P(sig(r, ts, lang))]
        subj = pick(r, [lambda: 'Insurance form - %s' % k.nm(p, 'caps'), lambda: 'EI form %s - to sign' % k.nm(p, 'init')])
    atts = []
    if r.random() < 0.5:
        atts.append(dict(filename=('Formulaire_%s_%s.pdf' % (form, slug(p.surname))), mime='application/pdf', data=make_pdf(fname, lines, author=ts.disp)))
    return spec(c, ts, [md], subj, blocks, atts=atts), 'insurance / EI form with SIN (%s)' % form


def pos_social_work(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    key, proto = pick_dx(r)
    ipo = staff(r, 'ipo', lang)
    ts = staff(r, 'ts', lang)
    back = r.random() < 0.45
    soc = r.sample(SOCIAL_FR if fr else SOCIAL_EN, r.randrange(2, 4))
    if fr:
        if not back:
            blocks = [P(hello(r, ts, lang)), P('Je te réfère %s, %s en cours de %s.' % (ident(k, p), k.dx(dxname(key, lang)), k.med(proto))),
                      P('Ce qui me préoccupe :\n' + '\n'.join('- ' + k.soc(s) for s in soc)
                        + ('\n- Demande de rente d\'invalidité RRQ à faire (NAS %s)' % k.sin(gen_sin(r)) if r.random() < 0.5 else '')),
                      P('%s est d\'accord pour que tu l\'appelles : %s (%s).' % (sex_word(p, lang, 'Elle', 'Il'), k.tel(p, r.choice(['phone', 'cell'])), r.choice(['plutôt en AM', 'pas le mercredi', 'laisser message']))),
                      P(sig(r, ipo, lang))]
            subj = pick(r, [lambda: 'Référence TS – %s' % k.nm(p, 'caps'), lambda: 'Réf. service social %s' % k.nm(p, 'init'), lambda: 'TS pour %s svp' % k.nm(p, 'title')])
            return spec(c, ipo, [ts], subj, blocks), 'social work referral'
        blocks = [P(hello(r, ipo, lang)),
                  P('Suivi pour %s : rencontré%s hier avec %s.' % (k.nm(p, r.choice(['title', 'full', 'title_full'])), 'e' if p.sex == 'F' else '', r.choice(['sa fille', 'son conjoint', 'sa sœur', 'son fils']))),
                  P('\n'.join('- ' + k.soc(s) for s in soc) + '\n- ' + k.soc(r.choice(['Demande au Fonds d\'aide de la Fondation acceptée (200 $ essence + 150 $ épicerie).',
                                                                                          'Formulaire de crédit d\'impôt pour proche aidant rempli.',
                                                                                          'Référence au CLSC pour popote roulante et aide à l\'hygiène.']))),
                  P(r.choice(['Je la revois après son prochain tx.', 'Je le revois dans 2 sem.', 'À suivre.'])), P(sig(r, ts, lang))]
        subj = pick(r, [lambda: 'Suivi TS – %s' % k.nm(p, 'caps'), lambda: 'RE : Référence TS – %s' % k.nm(p, 'caps')])
        return spec(c, ts, [ipo], subj, blocks), 'social worker follow-up'
    if not back:
        blocks = [P(hello(r, ts, lang)), P('Referring %s, %s, currently on %s.' % (ident(k, p), k.dx(dxname(key, lang)), k.med(proto))),
                  P('Concerns:\n' + '\n'.join('- ' + k.soc(s) for s in soc)
                    + ('\n- QPP disability pension application needed (SIN %s)' % k.sin(gen_sin(r)) if r.random() < 0.5 else '')),
                  P('OK for you to call: %s.' % k.tel(p, r.choice(['phone', 'cell']))), P(sig(r, ipo, lang))]
        subj = pick(r, [lambda: 'SW referral - %s' % k.nm(p, 'caps'), lambda: 'Social work for %s pls' % k.nm(p, 'title')])
        return spec(c, ipo, [ts], subj, blocks), 'social work referral'
    blocks = [P(hello(r, ipo, lang)), P('Update on %s - met yesterday with %s.' % (k.nm(p, r.choice(['title', 'full'])), r.choice(['daughter', 'husband', 'sister']))),
              P('\n'.join('- ' + k.soc(s) for s in soc) + '\n- ' + k.soc(r.choice(['Foundation emergency fund approved ($200 gas + $150 groceries).',
                                                                                    'Caregiver tax credit form done.', 'CLSC referral for meals on wheels.']))),
              P(sig(r, ts, lang))]
    return spec(c, ts, [ipo], 'SW update - %s' % k.nm(p, 'caps'), blocks), 'social worker follow-up'


def pos_transport_lodging(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    x = k.x(p)
    key, proto = pick_dx(r, heme=False)
    secr = staff(r, r.choice(['secr', 'ipo', 'ts']), lang)
    d1 = future_day(r, c.today(), 2, 10)
    d2 = d1 + dt.timedelta(days=r.choice([3, 4, 11, 25]))
    kind = r.choice(['lodging', 'taxi', 'lodging'])
    if fr:
        if kind == 'lodging':
            to = [('Réservations – Hôtellerie Le Relais des Cèdres', 'reservation@relais-des-cedres.example')]
            body = ['Réservation pour : %s' % ident(k, p, combo=r.choice([('name',), ('name', 'dob'), ('name', 'mrn')])),
                    'Du %s au %s (RT + chimio concomitante, %s)' % (fdate(d1, lang, 2), fdate(d2, lang, 2), k.med(proto)),
                    'Adresse : %s (%s de route)' % (k.addr(p), r.choice(['2h30', '3h', '1h45'])),
                    'Cell : %s' % k.tel(p, 'cell'),
                    'Accompagnat%s : %s' % (r.choice(['eur', 'rice']), kin_str(k, p)),
                    'Besoins : %s' % r.choice(['chambre au rez-de-chaussée (marchette)', 'diète sans gluten', 'aucun', 'lit d\'appoint pour l\'accompagnateur'])]
            blocks = [P('Bonjour,'), P('Pouvez-vous réserver une chambre svp :'), PRE('\n'.join(body)),
                      P(r.choice(['Tarif subventionné approuvé par la TS.', 'Facturer au programme de transport des patients (réf. %d).' % r.randrange(1000, 9999), 'Merci!'])),
                      P(sig(r, secr, lang))]
            subj = pick(r, [lambda: 'Réservation hôtellerie – %s' % k.nm(p, 'caps'), lambda: 'Hébergement %s–%s %s' % (fdate(d1, lang, 1), fdate(d2, lang, 1), k.nm(p, 'init'))])
        else:
            to = [('Taxi Cèdres – répartition', 'repartition@taxi-cedres.example')]
            body = ['Client%s : %s' % ('e' if p.sex == 'F' else '', k.nm(p, r.choice(['title_full', 'full']))),
                    'Prise en charge : %s' % k.addr(p), 'Tél. : %s' % k.tel(p),
                    'Dates : %s' % ', '.join(fday(d1 + dt.timedelta(days=14 * i), lang, 0) for i in range(r.randrange(2, 5))),
                    'Heure : %s, retour vers %s' % (r.choice(['7h15', '7h45', '11h30']), r.choice(['14h', '16h30', 'à confirmer (chimio 5h)']))]
            blocks = [P('Bonjour,'), P('Bons de taxi pour les traitements de chimio (%s) au CJOH :' % k.med(proto)), PRE('\n'.join(body)),
                      P('%s ne peut pas conduire après le traitement (prémédication).' % sex_word(p, lang, 'Elle', 'Il')), P(sig(r, secr, lang))]
            subj = pick(r, [lambda: 'Bons de taxi – %s' % k.nm(p, 'caps'), lambda: 'Transport %s' % k.nm(p, 'full')])
    else:
        if kind == 'lodging':
            to = [('Reservations - Le Relais des Cedres Lodge', 'reservation@relais-des-cedres.example')]
            body = ['Booking for: %s' % ident(k, p, combo=r.choice([('name',), ('name', 'dob')])),
                    'From %s to %s (RT + concurrent chemo, %s)' % (fdate(d1, lang, 1), fdate(d2, lang, 1), k.med(proto)),
                    'Home: %s (%s drive)' % (k.addr(p), r.choice(['2.5 h', '3 h'])), 'Cell: %s' % k.tel(p, 'cell'),
                    'Companion: %s' % kin_str(k, p), 'Needs: %s' % r.choice(['ground floor (walker)', 'gluten-free', 'none'])]
            blocks = [P('Hello,'), P('Please book a room:'), PRE('\n'.join(body)), P('Subsidized rate approved by SW.'), P(sig(r, secr, lang))]
            subj = 'Lodge booking - %s' % k.nm(p, 'caps')
        else:
            to = [('Cedar Cabs dispatch', 'dispatch@taxi-cedres.example')]
            body = ['Client: %s' % k.nm(p, 'full'), 'Pickup: %s' % k.addr(p), 'Phone: %s' % k.tel(p),
                    'Dates: %s' % ', '.join(fday(d1 + dt.timedelta(days=14 * i), lang, 0) for i in range(3)), 'Time: 7:15, return ~ 3 pm']
            blocks = [P('Hi,'), P('Cab vouchers for chemo days (%s):' % k.med(proto)), PRE('\n'.join(body)), P(sig(r, secr, lang))]
            subj = 'Cab vouchers - %s' % k.nm(p, 'caps')
    return spec(c, secr, to, subj, blocks), 'transport / lodging booking with home address'


def pos_phone_triage(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    key, proto = pick_dx(r)
    nurse = staff(r, r.choice(['nurse', 'ipo']), lang)
    md = md_for(r, key, lang)
    L = labs(r, 'neutro')
    kind = r.choice(['fever', 'diarrhea', 'mucositis', 'bleed'])
    tday = r.randrange(5, 13)
    t = r.randrange(15 * 60, 19 * 60)
    idl = ident(k, p, combo=r.choice([('name', 'mrn'), ('name', 'dob', 'mrn'), ('name',), ('name', 'nam')]))
    k.med('x')
    if fr:
        symp = {'fever': 'T %s °C x2 (à 1 h d\'intervalle), frissons' % dec(round(r.uniform(38.1, 39.4), 1), lang),
                'diarrhea': 'diarrhée gr. 3 (8-9 selles/j) malgré lopéramide, étourdi%s en se levant' % ('e' if p.sex == 'F' else ''),
                'mucositis': 'mucosite gr. 3, ne boit presque plus depuis 24 h',
                'bleed': 'épistaxis de 40 min + pétéchies aux jambes'}[kind]
        blocks = [P(hello(r, md, lang)),
                  P('Appel ligne info-onco à %s : %s, J%d post %s.' % (hm(t, fr), idl, tday, k.med(proto))),
                  PRE('Sx : %s\nDernière FSC (%s) : %s\nRx : %s' % (k.dx(symp), fdate(c.today() - dt.timedelta(days=tday), lang, 0),
                                                                  k.lab(lab_line(L, lang, ('anc', 'hb', 'plt'))), k.med(r.choice(SUPPORT_MEDS_FR)))),
                  P(pick(r, [lambda: 'Dirigé%s à l\'urgence selon l\'algorithme, urgentologue avisé.' % ('e' if p.sex == 'F' else ''), lambda: 'Je lui ai dit de se présenter à l\'urgence, %s sera accompagné%s de %s.' % (sex_word(p, lang), 'e' if p.sex == 'F' else '', k.x(p).kin.split()[0]), lambda: 'Veux-tu qu\'%s vienne au CJOH demain AM plutôt? Rappel au %s.' % (sex_word(p, lang), k.tel(p))])),
                  P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Appel info-onco – %s' % k.nm(p, 'caps'), lambda: 'Triage tél. %s %s' % (k.nm(p, 'init'), 'T°' if kind == 'fever' else ''), lambda: 'URGENT – %s' % k.nm(p, 'full')])
    else:
        symp = {'fever': 'T %s C x2 (1 h apart), chills' % round(r.uniform(38.1, 39.4), 1), 'diarrhea': 'grade 3 diarrhea (8-9/day) despite loperamide, lightheaded',
                'mucositis': 'grade 3 mucositis, barely drinking x 24 h', 'bleed': '40-min nosebleed + petechiae on legs'}[kind]
        blocks = [P(hello(r, md, lang)), P('Triage line call at %s: %s, D%d post %s.' % (hm(t, fr), idl, tday, k.med(proto))),
                  PRE('Sx: %s\nLast CBC (%s): %s\nMeds: %s' % (k.dx(symp), fdate(c.today() - dt.timedelta(days=tday), lang, 0),
                                                               k.lab(lab_line(L, lang, ('anc', 'hb', 'plt'))), k.med(r.choice(SUPPORT_MEDS_EN)))),
                  P(pick(r, [lambda: 'Sent to ER per algorithm, ER doc notified.', lambda: 'Want %s in the day centre tomorrow am instead? Callback %s.' % (sex_word(p, lang, en_f='her', en_m='him'), k.tel(p))])),
                  P(sig(r, nurse, lang))]
        subj = pick(r, [lambda: 'Triage call - %s' % k.nm(p, 'caps'), lambda: 'Phone triage %s' % k.nm(p, 'init'), lambda: 'URGENT - %s' % k.nm(p, 'full')])
    return spec(c, nurse, [md], subj, blocks, importance=r.random() < 0.5), 'telephone triage (%s)' % kind


def disguise_nam(r, nam):
    return r.choice(['%s %s %s' % (nam[:4].lower(), nam[4:8], nam[8:]), ' '.join(nam), '%s.%s.%s' % (nam[:4], nam[4:8], nam[8:]),
                     '%s %s' % (nam[:4], nam[4:]), nam.lower(), '%s-%s' % (nam[:4].lower(), nam[4:])])


def misspell(r, s):
    rules = [('ll', 'l'), ('ett', 'et'), ('ou', 'oo'), ('é', 'e'), ('è', 'e'), ('au', 'eau'), ('er', 'é'), ('ie', 'i'), ('ch', 'sh')]
    r.shuffle(rules)
    for a, b in rules:
        if a in s:
            return s.replace(a, b, 1)
    return s[:-1] if len(s) > 4 else s + 'e'


def pos_disguised(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.bp()
    x = k.x(p)
    key, proto = pick_dx(r)
    a = staff(r, r.choice(['nurse', 'pharm', 'onc', 'hemato', 'asi']), lang)
    b = staff(r, r.choice(['pharm', 'nurse', 'onc']), lang)
    v = r.choice(['nam_subject', 'misspelled', 'file_only', 'caps_noacc', 'nam_spaced_body', 'mrn_only'])
    L = labs(r, r.choice(['thrombo', 'neutro', 'anemia', 'renal']))
    atts = []
    mobile = r.random() < 0.5
    tail = ('Envoyé de mon iPhone' if fr else 'Sent from my iPhone') if mobile else a.first[0].lower()
    if v == 'nam_subject':
        k.t.add('ramq_nam')
        subj = '%s %s' % ('pt' if r.random() < 0.5 else 'nam', disguise_nam(r, p.nam))
        body = (r.choice(['plaq %d ce matin, on transfuse avant le %s?', 'nan %s... je reporte le %s?', 'cr %d, on ajuste le %s?'])
                if fr else r.choice(['plt %d this am, transfuse before %s?', 'anc %s... hold %s?', 'cr %d, adjust %s?']))
        val = L['plt'] if 'pla' in body else (dec(L['anc'], lang) if 'nan' in body or 'anc' in body else L['cr'])
        blocks = [P(k.lab(body % (val, k.med(proto)))), P(tail)]
        note = 'disguised NAM in subject'
    elif v == 'misspelled':
        nm = '%s %s' % (r.choice(['Mme', 'M.'] if fr else ['Mrs', 'Mr']) if r.random() < 0.5 else p.given, misspell(r, p.surname))
        k.t.add('patient_name')
        blocks = [P((r.choice(['pour %s (dos %s) : %s au C%d, dx %s. tu peux valider l\'ordo?', '%s dos. %s – %s C%d, %s, ordo à refaire svp'])
                     if fr else r.choice(['re %s (chart %s): %s C%d, dx %s. can you verify the order?', '%s chart %s - %s C%d, %s, order needs redo pls']))
                    % (nm, k.mrn(p, 3), k.med(proto), r.randrange(1, 9), k.dx(dxname(key, lang)))), P(tail)]
        subj = r.choice(['ordo', 'Q', 'vérif svp', 'RE: ordo']) if fr else r.choice(['order', 'quick q', 'pls check'])
        note = 'misspelled name + chart number'
    elif v == 'file_only':
        fn = '%s_%s_%s.pdf' % (r.choice(['bilan', 'FSC', 'labos']) if fr else r.choice(['labs', 'CBC']), strip_accents(p.surname), strip_accents(p.given))
        k.t.add('patient_name')
        lines = [('Patient : %s %s' if fr else 'Patient: %s %s') % (p.surname.upper(), p.given), ('DDN %s' if fr else 'DOB %s') % k.dob(p, 0),
                 k.lab(lab_line(L, lang, ('wbc', 'anc', 'hb', 'plt', 'cr', 'bili', 'alt')))]
        atts.append(dict(filename=fn, mime='application/pdf', data=make_pdf('Résultats de laboratoire' if fr else 'Laboratory results', lines, author='LIS')))
        blocks = [P(r.choice(['voir pj', 'ci-joint, merci de regarder avant demain', 'pj. on en parle']) if fr else r.choice(['see attached', 'attached - pls review before tomorrow'])), P(tail)]
        subj = r.choice(['bilan', 'pj', 'résultats', '']) if fr else r.choice(['labs', 'attached', ''])
        note = 'identity only in attachment file name and PDF'
    elif v == 'caps_noacc':
        nm = strip_accents('%s %s' % (p.surname, p.given)).upper()
        k.t.add('patient_name')
        blocks = [P((('%s DDN %s - %s en cours, %s. %s svp rappeler la pharmacie.' if fr else '%s DOB %s - on %s, %s. %s pls call pharmacy back.')
                     % (nm, k.dob(p, 3), k.med(proto), k.lab(lab_line(L, lang, ('anc', 'plt'))), k.med(r.choice(['filgrastim', 'neulasta', 'EPO', 'zometa']))))), P(tail)]
        subj = strip_accents(p.surname).upper() if r.random() < 0.5 else ('rappel pharmacie' if fr else 'pharmacy callback')
        note = 'uppercase unaccented name, DOB'
    elif v == 'nam_spaced_body':
        k.t.add('ramq_nam')
        blocks = [P((r.choice(['nam : %s\n%s\n%s demain, OK?', 'ramq %s\n%s\n%s --> go?']) if fr else r.choice(['ramq %s\n%s\n%s tomorrow, ok?']))
                    % (disguise_nam(r, p.nam), k.lab(lab_line(L, lang, ('anc', 'hb', 'plt'))), k.med(proto))), P(tail)]
        subj = r.choice(['?', 'go/no go', 'fsc', 'demain']) if fr else r.choice(['?', 'go/no go', 'tmrw'])
        note = 'spaced/dotted NAM in body'
    else:
        m = x.mrn
        k.t.add('mrn')
        mshow = r.choice([' '.join(m), '%s.%s' % (m[:3], m[3:]), 'H-%s' % m, '#%s' % m])
        blocks = [P((r.choice(['dossier %s : %s, %s.\nOn ajuste?', '%s -> %s / %s, tu me dis']) if fr else r.choice(['chart %s: %s, %s. adjust?', '%s -> %s / %s, lmk']))
                    % (mshow, k.lab(lab_line(L, lang, ('cr', 'plt'))), k.med(proto))), P(tail)]
        subj = r.choice(['dossier', 'dos %s' % mshow, 'Q']) if fr else r.choice(['chart', 'q', 'MRN %s' % mshow])
        note = 'chart number only, obfuscated spacing'
    if not subj:
        subj = ' '
    return spec(c, a, [b], subj, blocks, atts=atts, mode='plain' if mobile else None), note


PATIENT_MAIL_FR = [
    "Bonjour {ipo}, c'est {name}. Depuis mon traitement de {jour} j'ai la diarrhée 6-7 fois par jour et des plaies dans la bouche. "
    "Je prends les Imodium comme vous m'avez dit mais ça change pas grand chose.",
    "Bonjour Mme {ipo_last}, je voulais vous dire que je file pas fort depuis la chimio. J'ai de la fièvre le soir (37,9) et je mange presque rien. "
    "Est-ce que je dois quand même venir {jour}?",
    "Allo {ipo}, petite question : mon pharmacien dit que mon {med} et mon {med2} font pas bon ménage. Est-ce que j'arrête un des deux?",
    "Bonjour, ici {name}. J'ai des picotements dans les doigts et j'ai échappé ma tasse 2 fois ce matin. C'est-tu normal avec le {med}?",
]
PATIENT_MAIL_EN = [
    "Hi {ipo}, it's {name}. Since my treatment on {jour} I've had diarrhea 6-7 times a day and mouth sores. I'm taking the Imodium like you said but it's not helping much.",
    "Hello {ipo}, I haven't been feeling well since chemo. Fever in the evenings (37.9) and I'm barely eating. Should I still come in {jour}?",
    "Hi {ipo}, quick question: my pharmacist says my {med} and {med2} don't mix. Should I stop one?",
    "Hi, {name} here. Tingling in my fingers and I dropped my mug twice this morning. Is that normal with the {med}?",
]
PATIENT_SOC_FR = ["Mon chum travaille de nuit, je suis toute seule avec les enfants cette semaine.", "Mon fils peut pas me conduire jeudi, il travaille.",
                  "J'ai pas pu payer mes médicaments ce mois-ci.", "Je dors mal, je pense tout le temps à mon travail que j'ai perdu."]
PATIENT_SOC_EN = ["My husband works nights so I'm alone with the kids this week.", "My son can't drive me Thursday, he's working.",
                  "I couldn't afford my meds this month.", "Not sleeping, I keep thinking about losing my job."]


def pos_patient_email_fwd(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    x = k.x(p)
    key, proto = pick_dx(r)
    ipo = staff(r, 'ipo', lang)
    md = md_for(r, key, lang)
    jour = fday(c.today() - dt.timedelta(days=r.randrange(2, 6)), lang, 2)
    meds = drug_names(proto, lang)
    tpl = r.choice(PATIENT_MAIL_FR if fr else PATIENT_MAIL_EN)
    txt = tpl.format(ipo=ipo.first, ipo_last=ipo.last, name=k.nm(p, r.choice(['full', 'given'])) if '{name}' in tpl else '',
                     jour=jour, med=meds[0], med2=r.choice(['warfarine', 'millepertuis', 'Advil']) if fr else r.choice(['warfarin', "St John's wort", 'Advil']))
    k.med('x')
    k.t.add('patient_name')
    extra = []
    if r.random() < 0.6:
        extra.append(k.soc(r.choice(PATIENT_SOC_FR if fr else PATIENT_SOC_EN)))
    call = ('Vous pouvez me rappeler au %s.' if fr else 'You can call me at %s.') % k.tel(p, r.choice(['phone', 'cell']))
    signoff = r.choice(['Merci', 'Merci beaucoup', 'Bonne journée']) if fr else r.choice(['Thanks', 'Thank you so much'])
    pblocks = [P(txt + ('\n' + ' '.join(extra) if extra else '')), P(call), P('%s\n%s' % (signoff, k.nm(p, r.choice(['full', 'given', 'full']))))]
    paddr = (p.full, x.email)
    k.contact('x')
    when = c.date - dt.timedelta(hours=r.randrange(1, 20))
    psubj = r.choice(['Question', 'effets secondaires', 'fièvre', 'traitement', 'Suivi']) if fr else r.choice(['Question', 'side effects', 'fever', 'my treatment'])
    comment = (pick(r, [lambda: 'Voir le courriel de %s ci-dessous. Je l\'ai rappelé%s, mais j\'aimerais ton avis pour la suite.' % (k.nm(p, 'title'), 'e' if p.sex == 'F' else ''), lambda: 'Pour info. %s a un RDV %s, veux-tu %s voir avant?' % (k.nm(p, 'title'), fday(future_day(r, c.today()), lang, 2), 'la' if p.sex == 'F' else 'le'), lambda: 'Courriel reçu ce matin, je te le transfère. On devance le bilan?'])
               if fr else pick(r, [lambda: 'See email below from %s. I called back, but would like your input.' % k.nm(p, 'title'), lambda: 'FYI. Next appt %s - want to see her/him before?' % fday(future_day(r, c.today()), lang, 2)]))
    attached = r.random() < 0.5
    if attached:
        comment = comment.replace('ci-dessous', 'ci-joint').replace('below', 'attached')
    if attached:
        inner = build_email(dict(lang=lang, frm=paddr, to=[addr_of(ipo)], cc=[], subject=psubj, blocks=pblocks, atts=[], date=when,
                                 mode='plain'), r, inner=True)
        atts = [dict(filename='%s.eml' % (psubj if psubj.isascii() else 'courriel'), mime='message/rfc822', data=inner)]
        blocks = [P(hello(r, md, lang)), P(comment), P(sig(r, ipo, lang))]
        subj = (r.choice(['TR : ', 'TR: ']) if fr else 'FW: ') + psubj
        note = 'patient e-mail forwarded as attached .eml'
    else:
        atts = []
        blocks = [P(hello(r, md, lang)), P(comment), P(sig(r, ipo, lang, short=True)),
                  Q(r.choice(['outlook', 'outlook2', 'fwd']), p.full, x.email, when_str(when, lang), psubj, pblocks, to=ipo.disp)]
        subj = (r.choice(['TR : ', 'TR: ', 'Fwd: ']) if fr else r.choice(['FW: ', 'Fwd: '])) + psubj
        note = 'patient e-mail forwarded inline'
    return spec(c, ipo, [md], subj, blocks, atts=atts), note


def pos_calendar(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    p = c.pp()
    x = k.x(p)
    key, proto = pick_dx(r)
    coord = staff(r, r.choice(['coord', 'secr', 'ipo']), lang)
    to = [staff(r, r.choice(['nurse', 'pharm', 'ipo', 'onc']), lang) for _ in range(r.randrange(1, 3))]
    d = future_day(r, c.today(), 1, 15)
    start = dt.datetime(d.year, d.month, d.day, r.choice([8, 9, 10, 13]), r.choice([0, 15, 30]))
    v = r.choice(['chemo', 'annonce', 'vcard', 'chemo'])
    atts = []
    stamp = c.date.replace(tzinfo=None)
    if v == 'vcard':
        k.contact('x')
        k.t.add('patient_name')
        note_txt = ('%s – %s, TIV, suivi SAD' % (proto, dxname(key, lang))) if fr else ('%s - %s, port, home care f/u' % (proto, dxname(key, lang)))
        k.med('x')
        k.dx('x')
        atts.append(dict(filename='%s %s.vcf' % (p.given, p.surname), mime='text/x-vcard', charset='utf-8',
                         data=make_vcf(p.full, p.surname, p.given, x.cell, '%s;%s;QC;%s;Canada' % (x.street, x.city, x.postal), note_txt, x.email)))
        blocks = [P(r.choice(['Fiche contact en pj pour le suivi à domicile.', 'Voici ses coordonnées (vCard).']) if fr else r.choice(['Contact card attached for home follow-up.', 'vCard attached.'])),
                  P(sig(r, coord, lang))]
        subj = r.choice(['Coordonnées', 'Contact patient', 'vcard']) if fr else r.choice(['Contact details', 'patient contact'])
        return spec(c, coord, [staff(r, 'clsc', lang)], subj, blocks, atts=atts), 'patient vCard attached'
    if v == 'chemo':
        summary = ('%s C%d – %s (%s)' % (proto, r.randrange(1, 9), k.nm(p, r.choice(['sfirst_m', 'caps', 'init'])), k.mrn(p, 0))) if r.random() < 0.7 else \
                  ('%s C%d – %s' % (proto, r.randrange(1, 9), k.nm(p, 'full')))
        k.med('x')
        desc = (('Fauteuil %d. %s. Rx de soutien : %s.' % (r.randrange(1, 19), k.lab(lab_line(labs(r), lang, ('anc', 'plt'))), k.med(r.choice(SUPPORT_MEDS_FR))))
                if fr else ('Chair %d. %s. Supportive meds: %s.' % (r.randrange(1, 19), k.lab(lab_line(labs(r), lang, ('anc', 'plt'))), k.med(r.choice(SUPPORT_MEDS_EN)))))
        minutes = 60 * max(1, PROTO[proto][2])
        loc = 'CJOH – fauteuil' if fr else 'Day centre - chair'
        note = 'calendar invite (ICS) naming patient and regimen'
    else:
        summary = ('Annonce Dx – %s' % k.nm(p, 'title_full')) if fr else ('Diagnosis disclosure - %s' % k.nm(p, 'title_full'))
        desc = (('%s. Présence IPO + TS. Famille : %s.' % (k.dx(dxname(key, lang)), kin_str(k, p))) if fr
                else ('%s. Nurse navigator + SW present. Family: %s.' % (k.dx(dxname(key, lang)), kin_str(k, p))))
        minutes = 60
        loc = 'Bureau B-2207'
        note = 'calendar invite for diagnosis disclosure'
    ics = make_ics('%s@agenda.%s' % (hashlib.sha1(summary.encode()).hexdigest()[:16], DOM), start, minutes, summary, desc, loc, addr_of(coord), stamp)
    blocks = [P(summary), P(('Quand : %s %s' % (fday(d, lang), hm(start.hour * 60 + start.minute, fr))) if fr else ('When: %s %s' % (fday(d, lang), hm(start.hour * 60 + start.minute, fr)))),
              P(sig(r, coord, lang, short=True))]
    atts.append(dict(filename='invite.ics', mime='text/calendar', charset='utf-8', data=ics, cte=r.choice(['base64', '7bit']) if ics.isascii() else 'base64'))
    subj = ('Invitation : ' if fr else 'Invitation: ') + summary
    return spec(c, coord, to, subj, blocks, atts=atts), note


# ----------------------------------------------------------------------------------------------
# NEGATIVE categories (no patient can be identified; clinical vocabulary, staff names and
# identifier-like numbers on purpose).  These functions never call the collector.
# ----------------------------------------------------------------------------------------------

LISTS_FR = [('Infirmières CJOH', 'cjoh-infirmieres@%s' % DOM), ('Pharmaciens oncologie', 'pharm-onco@%s' % DOM),
            ('Hémato-oncologues', 'hemato-onco@%s' % DOM), ('Tout le personnel CJOH', 'cjoh-tous@%s' % DOM),
            ('ATP – pharmacie', 'atp-pharmacie@%s' % DOM)]
LISTS_EN = [('Day Centre Nurses', 'cjoh-infirmieres@%s' % DOM), ('Oncology Pharmacists', 'pharm-onco@%s' % DOM),
            ('Haem-Onc physicians', 'hemato-onco@%s' % DOM), ('All Day Centre staff', 'cjoh-tous@%s' % DOM)]


def lists(r, lang, n=None):
    pool = LISTS_FR if lang == 'fr' else LISTS_EN
    return r.sample(pool, n or r.randrange(1, 3))


def neg_protocol_update(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    proto = r.choice(list(PROTO))
    drugs = PROTO[proto][0]
    ph = staff(r, 'pharm', lang)
    v = r.randrange(3, 12)
    eff = future_day(r, c.today(), 5, 30)
    iv = [d_ for d_ in drugs if 'SC' not in d_[0] and 'PO' not in d_[3]]
    d0 = iv[0] if iv else drugs[0]
    rows = []
    for lvl, pct in (('0', 100), ('-1', 80), ('-2', 60)):
        rows.append([('Niveau ' if fr else 'Level ') + lvl] + ['%s %s' % (dec(round(d[2] * pct / 100.0, 1) if d[2] < 20 else int(d[2] * pct / 100), lang), d[3]) for d in drugs[:3]])
    head = ['Palier' if fr else 'Dose level'] + [(d[0] if fr else d[1]) for d in drugs[:3]]
    if fr:
        changes = r.sample(['Prémédication : dexaméthasone 8 mg → 12 mg IV au J1; ajout d\'olanzapine 5 mg HS J1-J4.',
                            'Seuils pour traiter : NAN ≥ 1,5 x 10^9/L et plaquettes ≥ 100 x 10^9/L (auparavant 75).',
                            'Ajustement rénal : ClCr 30-50 mL/min → %s à 75 %%; < 30 mL/min : contre-indiqué.' % d0[0],
                            ('Durée de perfusion de %s : 120 min (au lieu de 90 min) au C1, puis 90 min si bien toléré.' % d0[0]) if iv else 'Ajout d\'un suivi téléphonique infirmier à J8 du C1.',
                            'Bilans pré-traitement : FSC, créatinine, bilan hépatique dans les 72 h (auparavant 48 h).',
                            'Suppression du suivi ECG systématique.', 'Ajout du dépistage hépatite B (HBsAg, anti-HBc) avant C1.'], 3)
        blocks = [P('Bonjour à tous,'),
                  P('Le comité des protocoles a approuvé la version %d du protocole %s. Entrée en vigueur : %s.' % (v, proto, fdate(eff, lang, 2))),
                  P('Principaux changements :\n' + '\n'.join('- ' + x_ for x_ in changes)), T(head, rows),
                  P(r.choice(['Les ordonnances pré-imprimées (OPI) seront remplacées dans les unités lundi; merci de détruire les anciennes versions.',
                              'Les patients déjà en cours de traitement poursuivent avec la version %d jusqu\'au prochain cycle.' % (v - 1),
                              'Le gabarit OncoPlan sera mis à jour le %s après 17h.' % fdate(eff - dt.timedelta(days=1), lang, 0)])),
                  P(sig(r, ph, lang))]
        subj = r.choice(['Mise à jour protocole %s v%d' % (proto, v), 'Protocole %s – version %d en vigueur le %s' % (proto, v, fdate(eff, lang, 0)),
                         'Révision %s (comité des protocoles)' % proto])
    else:
        changes = r.sample(['Premeds: dexamethasone 8 mg → 12 mg IV D1; olanzapine 5 mg HS D1-4 added.',
                            'Treatment thresholds: ANC ≥ 1.5 x 10^9/L and platelets ≥ 100 x 10^9/L (was 75).',
                            'Renal: CrCl 30-50 mL/min → %s 75%%; < 30 contraindicated.' % d0[1],
                            ('%s infusion time 120 min at C1 (was 90), then 90 min if tolerated.' % d0[1]) if iv else 'Nurse phone follow-up added on C1 D8.',
                            'Pre-treatment labs within 72 h (was 48 h).', 'Routine ECG monitoring removed.', 'Hepatitis B screening (HBsAg, anti-HBc) added before C1.'], 3)
        blocks = [P('Hi all,'), P('Protocols committee approved version %d of %s, effective %s.' % (v, proto, fdate(eff, lang, 4))),
                  P('Main changes:\n' + '\n'.join('- ' + x_ for x_ in changes)), T(head, rows),
                  P(r.choice(['Pre-printed orders will be swapped on the units Monday - please discard old versions.',
                              'Patients already on treatment continue on v%d until their next cycle.' % (v - 1)])), P(sig(r, ph, lang))]
        subj = r.choice(['Protocol update %s v%d' % (proto, v), '%s - version %d effective %s' % (proto, v, fdate(eff, lang, 0))])
    atts = []
    if r.random() < 0.5:
        atts.append(dict(filename='Protocole_%s_v%d.pdf' % (strip_accents(proto), v) if fr else 'Protocol_%s_v%d.pdf' % (strip_accents(proto), v), mime='application/pdf',
                         data=make_pdf('Protocole %s – version %d' % (proto, v) if fr else 'Protocol %s - version %d' % (proto, v), [b[1] for b in blocks if b[0] == 'p'][1:3], (head, rows), author=ph.disp)))
    if atts and r.random() < 0.4:
        opi = make_docx(('OPI %s v%d' if fr else 'Pre-printed order %s v%d') % (proto, v),
                        ['Nom : ______________  NAM : ______________  Dossier : ________' if fr else 'Name: ______________  Health card: ______________  MRN: ________',
                         'Taille : ____ cm  Poids : ____ kg  SC : ____ m2' if fr else 'Height: ____ cm  Weight: ____ kg  BSA: ____ m2'], (head, rows), author=ph.disp)
        atts = [dict(filename='%s_v%d.zip' % (strip_accents(proto), v), mime='application/zip',
                     data=make_zip([(atts[0]['filename'], atts[0]['data']), ('OPI_%s_v%d.docx' % (strip_accents(proto), v), opi)]))]
    return spec(c, ph, lists(r, lang), subj, blocks, atts=atts), 'protocol update, no patient'


SHORT_DRUGS = [('carboplatine', 'carboplatin', '450 mg/45 mL', 'cisplatine (si fonction rénale le permet)'),
               ('cisplatine', 'cisplatin', '100 mg/100 mL', 'carboplatine AUC 5'),
               ('fluorouracile', 'fluorouracil', '5 g/100 mL', 'capécitabine PO'),
               ('leucovorine', 'leucovorin', '500 mg', 'lévoleucovorine (demi-dose)'),
               ('étoposide', 'etoposide', '100 mg/5 mL', 'étoposide phosphate (importation temporaire)'),
               ('vinblastine', 'vinblastine', '10 mg/10 mL', 'produit importé (Santé Canada, liste des médicaments pour importation)'),
               ('dacarbazine', 'dacarbazine', '200 mg', 'format 1 g d\'un autre fabricant'),
               ('BCG intravésical', 'intravesical BCG', '81 mg', 'souche Tokyo (accès spécial)'),
               ('méthotrexate', 'methotrexate', '1 g/40 mL', 'format 50 mg/2 mL (plus de fioles)')]


def din(r):
    return '02%06d' % r.randrange(10 ** 6)


def lot(r):
    return '%s%02d%s%03d' % (rand_letters(r, 1), r.randrange(22, 26), rand_letters(r, 1), r.randrange(1000))


def neg_drug_shortage(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    dfr, den, st, alt = r.choice(SHORT_DRUGS)
    ph = staff(r, r.choice(['pharm', 'chef']), lang)
    back = future_day(r, c.today(), 14, 90)
    stock = r.randrange(8, 80)
    wk = r.randrange(5, 30)
    rows = [[dfr if fr else den, st, din(r), lot(r), str(stock), str(wk)],
            [dfr if fr else den, st.replace('45', '15').replace('100 mg', '50 mg'), din(r), lot(r), str(r.randrange(0, 20)), str(r.randrange(2, 10))]]
    head = ['Produit', 'Format', 'DIN', 'Lot', 'En stock', 'Conso./sem.'] if fr else ['Product', 'Size', 'DIN', 'Lot', 'On hand', 'Use/wk']
    if fr:
        blocks = [P('Bonjour,'),
                  P('Le fournisseur nous avise d\'une rupture de %s %s. Retour prévu : %s (non garanti).' % (dfr, st, fdate(back, lang, 2))),
                  T(head, rows),
                  P('Mesures en vigueur dès maintenant :\n- réserver aux indications à visée curative;\n- arrondir les doses au flacon le plus près (± 5 %%);\n- regrouper les préparations le mardi et jeudi;\n- alternative : %s, selon l\'avis du médecin traitant.' % alt),
                  P('Aucune action requise pour les patients déjà cédulés cette semaine.'), P(sig(r, ph, lang))]
        subj = r.choice(['Pénurie – %s %s' % (dfr, st), 'AVIS : rupture %s' % dfr, 'Pénurie de médicaments – mise à jour %s' % fdate(c.today(), lang, 0)])
    else:
        blocks = [P('Hello,'), P('Supplier reports a shortage of %s %s. Expected back: %s (not guaranteed).' % (den, st, fdate(back, lang, 1))),
                  T(head, rows),
                  P('Effective now:\n- reserve for curative-intent indications;\n- round doses to nearest vial (±5%);\n- batch compounding Tue/Thu;\n- alternative per treating MD.'),
                  P('No action needed for patients already booked this week.'), P(sig(r, ph, lang))]
        subj = r.choice(['Shortage - %s %s' % (den, st), 'NOTICE: %s backorder' % den])
    return spec(c, ph, lists(r, lang), subj, blocks, importance=r.random() < 0.4), 'drug shortage bulletin'


def neg_formulary(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    ph = staff(r, 'pharm', lang)
    items_fr = ['AJOUT : trastuzumab biosimilaire – substitution automatique à compter du %s pour les nouvelles initiations.',
                'AJOUT (usage restreint) : trastuzumab déruxtécan – prescription réservée aux hémato-oncologues, critères INESSS.',
                'RETRAIT : filgrastim original remplacé par le biosimilaire (tous les patients, au prochain renouvellement).',
                'MODIFICATION : pegfilgrastim en prophylaxie primaire si risque de neutropénie fébrile ≥ 20 %.',
                'AJOUT : olanzapine 2,5 mg co. (antiémétique) au formulaire.', 'REFUS : ajout de la crème de calendula (données insuffisantes).',
                'AJOUT : daratumumab SC – la formulation IV est retirée du formulaire au %s.']
    items_en = ['ADD: trastuzumab biosimilar - automatic substitution from %s for new starts.', 'ADD (restricted): trastuzumab deruxtecan - haem-onc prescribers only, INESSS criteria.',
                'REMOVE: originator filgrastim replaced by biosimilar at next renewal.', 'CHANGE: primary pegfilgrastim prophylaxis if FN risk ≥ 20%.',
                'ADD: olanzapine 2.5 mg tab (antiemetic).', 'DECLINED: calendula cream (insufficient evidence).', 'ADD: daratumumab SC - IV formulation removed %s.']
    its = r.sample(items_fr if fr else items_en, r.randrange(3, 6))
    d = future_day(r, c.today(), 10, 40)
    its = [x_ % fdate(d, lang, 2) if '%s' in x_ else x_ for x_ in its]
    no = r.randrange(80, 140)
    if fr:
        blocks = [P('Bonjour,'), P('Voici les décisions du comité de pharmacologie et de thérapeutique (CPT) du %s concernant l\'oncologie :' % fdate(c.today() - dt.timedelta(days=r.randrange(3, 12)), lang, 2)),
                  P('\n'.join('%d. %s' % (i + 1, x_) for i, x_ in enumerate(its))),
                  P('Le bulletin complet (no %d) est joint. Questions : poste 4410.' % no), P(sig(r, ph, lang))]
        subj = r.choice(['Bulletin CPT no %d – oncologie' % no, 'Décisions du CPT – formulaire', 'Info-formulaire %s' % MOIS[c.today().month - 1]])
    else:
        blocks = [P('Hi,'), P('P&T committee decisions relevant to oncology:'), P('\n'.join('%d. %s' % (i + 1, x_) for i, x_ in enumerate(its))),
                  P('Full bulletin #%d attached.' % no), P(sig(r, ph, lang))]
        subj = r.choice(['P&T bulletin #%d - oncology' % no, 'Formulary update %s' % MONTHS[c.today().month - 1]])
    atts = [dict(filename='Bulletin_CPT_%d.pdf' % no if fr else 'PT_bulletin_%d.pdf' % no, mime='application/pdf',
                 data=make_pdf(('Bulletin du CPT no %d' if fr else 'P&T Bulletin #%d') % no, its, author=ph.disp))]
    return spec(c, ph, lists(r, lang), subj, blocks, atts=atts), 'formulary bulletin'


TEACH_CASES_FR = [
    'Femme de %d ans, cancer du sein RH+, AC C2 J10 : T 38,4 °C, NAN 0,3, TA 102/60. Quelles sont vos priorités dans les 60 premières minutes?',
    'Homme de %d ans sous FOLFOX, se plaint de paresthésies au froid pendant la perfusion. Que lui conseillez-vous et quand aviser le médecin?',
    'Patiente de %d ans, extravasation suspectée de doxorubicine au TIV (douleur, œdème). Décrivez la conduite selon la procédure.',
    'Homme de %d ans, LDGCB, R-CHOP C1 : frissons et dyspnée 15 min après le début du rituximab. Que faites-vous?',
]
TEACH_CASES_EN = [
    '%d-year-old woman, ER+ breast cancer, AC C2 D10: T 38.4 C, ANC 0.3, BP 102/60. Priorities in the first 60 minutes?',
    '%d-year-old man on FOLFOX with cold-induced paresthesias during infusion. Advice, and when to call the MD?',
    '%d-year-old woman, suspected doxorubicin extravasation at port site. Describe management per procedure.',
    '%d-year-old man, DLBCL, R-CHOP C1: rigors and dyspnea 15 min into rituximab. What do you do?',
]


def neg_education(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    ed = staff(r, 'educ', lang)
    pres = staff(r, r.choice(['pharm', 'onc', 'hemato', 'nurse', 'nutri']), lang)
    d = future_day(r, c.today(), 3, 30)
    topic = r.choice([('Gestion des extravasations', 'Extravasation management'), ('Syndrome de relargage cytokinique (CAR-T)', 'Cytokine release syndrome (CAR-T)'),
                      ('Immunothérapie : toxicités immuno-médiées', 'Immune-related adverse events'), ('Neutropénie fébrile : algorithme révisé', 'Febrile neutropenia: revised algorithm'),
                      ('Manipulation sécuritaire des médicaments dangereux', 'Safe handling of hazardous drugs'), ('Double vérification indépendante', 'Independent double check')])
    case = r.random() < 0.5
    if fr:
        blocks = [P('Bonjour à toutes et à tous,'),
                  P('Dîner-formation : « %s »\n%s, 12h à 13h, salle B-2204 (et sur Teams)\nPrésentation : %s, %s' % (topic[0], fday(d, lang), '%s %s' % (pres.first, pres.last) if not pres.phys else dr(pres, lang), pres.title_fr))]
        if case:
            blocks.append(P('Cas clinique à préparer (fictif, anonymisé) :\n' + r.choice(TEACH_CASES_FR) % r.randrange(38, 82)))
        blocks += [P('Reconnu pour %s h de formation continue (OIIQ). Inscription auprès de moi avant %s.' % (r.choice(['1', '1,5']), fday(d - dt.timedelta(days=2), lang, 2))), P(sig(r, ed, lang))]
        subj = r.choice(['Formation : %s – %s' % (topic[0], fday(d, lang, 1)), 'Dîner-formation %s' % fdate(d, lang, 0), 'Rappel – formation %s' % topic[0].lower()])
    else:
        blocks = [P('Hi everyone,'), P('Lunch & learn: "%s"\n%s, 12:00-13:00, room B-2204 (and Teams)\nSpeaker: %s, %s' % (topic[1], fday(d, lang), '%s %s' % (pres.first, pres.last) if not pres.phys else dr(pres, lang), pres.title_en))]
        if case:
            blocks.append(P('Case to prepare (fictional, de-identified):\n' + r.choice(TEACH_CASES_EN) % r.randrange(38, 82)))
        blocks += [P('1 h continuing education credit. RSVP by %s.' % fday(d - dt.timedelta(days=2), lang, 0)), P(sig(r, ed, lang))]
        subj = r.choice(['Lunch & learn: %s - %s' % (topic[1], fday(d, lang, 1)), 'Education session %s' % fdate(d, lang, 0)])
    atts = []
    if r.random() < 0.35:
        atts.append(dict(filename='affiche_formation.pdf' if fr else 'poster.pdf', mime='application/pdf',
                         data=make_pdf(topic[0] if fr else topic[1], [b[1] for b in blocks[1:-1]], author=ed.disp)))
    if r.random() < 0.35:
        start = dt.datetime(d.year, d.month, d.day, 12, 0)
        atts.append(dict(filename='formation.ics' if fr else 'session.ics', mime='text/calendar', charset='utf-8',
                         data=make_ics('%s@agenda.%s' % (hashlib.sha1(subj.encode()).hexdigest()[:16], DOM), start, 60, topic[0] if fr else topic[1],
                                       'Dîner-formation CJOH' if fr else 'Day centre lunch & learn', 'B-2204 / Teams', addr_of(ed), c.date.replace(tzinfo=None))))
    return spec(c, ed, lists(r, lang), subj, blocks, atts=atts), 'nursing education' + (' with anonymised case' if case else '')


def neg_volunteer(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    coord = Staff()
    coord.first, coord.last = r.choice(STAFF_FR_F), r.choice(FR_LAST)
    coord.disp = '%s %s' % (coord.first, coord.last)
    coord.email = 'benevolat@fondation-ste-aurelie.example'
    d = future_day(r, c.today(), 1, 10)
    rows = []
    for i in range(r.randrange(5, 10)):
        sx = r.choice('FM')
        nm = '%s %s' % (r.choice(FR_FIRST_F if sx == 'F' else FR_FIRST_M), r.choice(FR_LAST))
        rows.append([JOURS[i % 5] if fr else DAYS[i % 5], r.choice(['8h-11h', '11h-14h', '13h-16h']) if fr else r.choice(['8-11', '11-2', '1-4']), nm,
                     r.choice(['chariot collations', 'accueil', 'musique', 'tricot', 'chariot lecture']) if fr else r.choice(['snack cart', 'front desk', 'music', 'reading cart']),
                     phone(r)])
    head = ['Jour', 'Quart', 'Bénévole', 'Activité', 'Tél.'] if fr else ['Day', 'Shift', 'Volunteer', 'Activity', 'Phone']
    if fr:
        blocks = [P('Bonjour à l\'équipe du CJOH,'), P('Voici l\'horaire des bénévoles pour la semaine du %s :' % fdate(d, lang, 2)), T(head, rows),
                  P(r.choice(['Rappel : les bénévoles ne distribuent pas de collations aux patients en isolement ni aux patients à jeun — vérifier avec l\'infirmière au poste.',
                              'Nous cherchons encore 2 personnes pour le jeudi PM. Si vous connaissez quelqu\'un!', 'Merci à Gisèle pour ses 15 ans de bénévolat au CJOH!'])),
                  P('%s\nCoordonnatrice des bénévoles – Fondation Sainte-Aurélie\n819 555-0177' % coord.disp)]
        subj = r.choice(['Horaire bénévoles – semaine du %s' % fdate(d, lang, 0), 'Bénévoles CJOH', 'Chariot de collations – horaire'])
    else:
        blocks = [P('Hi Day Centre team,'), P('Volunteer schedule for the week of %s:' % fdate(d, lang, 1)), T(head, rows),
                  P(r.choice(['Reminder: volunteers do not hand out snacks to isolation or NPO patients - check with the nurse.', 'Still looking for 2 people Thursday PM.'])),
                  P('%s\nVolunteer Coordinator - Sainte-Aurélie Foundation\n819 555-0177' % coord.disp)]
        subj = r.choice(['Volunteer schedule - week of %s' % fdate(d, lang, 0), 'Day centre volunteers'])
    return spec(c, (coord.disp, coord.email), lists(r, lang, 1), subj, blocks), 'volunteer schedule (volunteer names/phones)'


def neg_foundation(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    fnd = ('Fondation de l\'Hôpital Sainte-Aurélie' if fr else 'Sainte-Aurélie Hospital Foundation', 'info@fondation-ste-aurelie.example')
    v = r.choice(['campaign', 'receipt', 'gala', 'thanks'])
    amt = r.choice([25000, 48500, 120000, 7500])
    dsex = r.choice('FM')
    donor = '%s %s' % (r.choice(FR_FIRST_F if dsex == 'F' else FR_FIRST_M), r.choice(FR_LAST))
    if fr:
        body = {'campaign': ['Chers collègues,', 'La campagne « Un fauteuil pour la vie » a atteint %s $ ! Grâce à vous, 4 nouveaux fauteuils de traitement inclinables et 2 pompes volumétriques seront installés au CJOH cet automne.' % format(amt, ',').replace(',', ' '),
                             'Prochaine activité : Défi vélo des Cèdres le %s. Inscriptions : fondation-ste-aurelie.example/defi' % fdate(future_day(r, c.today(), 20, 60), lang, 2)],
                'receipt': ['Bonjour %s %s,' % ('Madame' if dsex == 'F' else 'Monsieur', donor.split()[1]), 'Merci pour votre don de %d $ au Fonds du CJOH. Votre reçu fiscal (no RF-%d-%05d, numéro d\'enregistrement d\'organisme de bienfaisance 8%08d RR0001) est joint.' % (r.randrange(50, 2000), c.today().year, r.randrange(99999), r.randrange(10 ** 8)),
                            'Votre générosité permet d\'offrir des collations, des tuques tricotées et du soutien aux proches aidants.'],
                'gala': ['Bonjour,', 'Le Gala de la Fondation aura lieu le %s au Centre des congrès de Val-des-Cèdres. Le Dr %s, hémato-oncologue, y présentera les projets financés cette année (salle de préparation stérile, programme de musicothérapie).' % (fdate(future_day(r, c.today(), 30, 90), lang, 2), r.choice(FR_LAST)),
                         'Billets : 250 $ (reçu de 150 $). Table de 10 : 2 300 $.'],
                'thanks': ['Chère équipe du CJOH,', 'La famille %s a remis 2 500 $ à la Fondation pour remercier l\'équipe de son accueil. Les fonds serviront à l\'achat de couvertures chauffantes.' % r.choice(FR_LAST),
                           'Une carte de remerciement est affichée à la salle du personnel.']}[v]
        subj = {'campaign': 'Campagne « Un fauteuil pour la vie » – objectif atteint!', 'receipt': 'Votre reçu fiscal – Fondation Sainte-Aurélie',
                'gala': 'Gala 2024 – réservez la date', 'thanks': 'Merci de la part d\'une famille'}[v]
    else:
        body = {'campaign': ['Dear colleagues,', 'The "A Chair for Life" campaign reached $%s! Four new recliner treatment chairs and two infusion pumps will be installed this fall.' % format(amt, ','),
                             'Next event: Cedar Bike Challenge on %s.' % fdate(future_day(r, c.today(), 20, 60), lang, 1)],
                'receipt': ['Dear %s,' % donor, 'Thank you for your gift of $%d to the Day Centre Fund. Your tax receipt (#RF-%d-%05d, charity registration 8%08d RR0001) is attached.' % (r.randrange(50, 2000), c.today().year, r.randrange(99999), r.randrange(10 ** 8))],
                'gala': ['Hello,', 'The Foundation Gala is on %s. Dr. %s will present this year\'s funded projects (clean room upgrade, music therapy).' % (fdate(future_day(r, c.today(), 30, 90), lang, 1), r.choice(EN_LAST)),
                         'Tickets $250 ($150 receipt).'],
                'thanks': ['Dear Day Centre team,', 'The %s family donated $2,500 to thank the team for their kindness. Funds will buy heated blankets.' % r.choice(EN_LAST)]}[v]
        subj = {'campaign': '"A Chair for Life" - goal reached!', 'receipt': 'Your tax receipt - Sainte-Aurélie Foundation', 'gala': 'Gala 2024 - save the date',
                'thanks': 'Thank you from a family'}[v]
    blocks = [P(x_) for x_ in body] + [P('%s\n%s\n819 555-0177 | fondation-ste-aurelie.example' % (r.choice(['Équipe de la Fondation', 'Marie-Josée Laflamme, directrice générale']) if fr else 'Foundation team', fnd[0]))]
    to = [('%s' % donor, '%s.%s@%s' % (slug(donor.split()[0]), slug(donor.split()[1]), r.choice(EMAIL_DOMAINS_PERSO)))] if v == 'receipt' else lists(r, lang, 1)
    atts = []
    if v == 'receipt':
        atts.append(dict(filename='Recu_fiscal.pdf' if fr else 'Tax_receipt.pdf', mime='application/pdf', data=make_pdf('Reçu officiel de don' if fr else 'Official donation receipt', body[1:], author='Fondation')))
    if r.random() < 0.3:
        atts.append(dict(filename='logo.png', mime='image/png', data=make_png(r), inline=True, cid='logo%d@fondation' % r.randrange(1000)))
    return spec(c, fnd, to, subj, blocks, atts=atts), 'foundation mail (%s)' % v


def neg_chair_anon(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    coord = staff(r, r.choice(['coord', 'chef', 'asi']), lang)
    wk = c.today().isocalendar()[1] + r.randrange(1, 4)
    rows = []
    for i in range(5):
        used = r.randrange(11, 19)
        rows.append([JOURS[i] if fr else DAYS[i], '%d/18' % used, str(r.randrange(60, 120)), '%d %%' % int(used / 18.0 * 100) if fr else '%d%%' % int(used / 18.0 * 100),
                     str(r.randrange(0, 4)), str(r.randrange(0, 3))])
    head = ['Jour', 'Fauteuils', 'Heures-fauteuil', 'Occupation', 'Plages ≥ 5 h dispo', 'Lits'] if fr else ['Day', 'Chairs', 'Chair-hours', 'Occupancy', '≥5 h slots free', 'Beds']
    if fr:
        blocks = [P('Bonjour,'), P('Prévision d\'occupation pour la semaine %d :' % wk), T(head, rows),
                  P(r.choice(['Il faudrait libérer 3 plages de 5 h mercredi pour les nouveaux FOLFIRINOX — est-ce qu\'on peut déplacer les injections SC (bortézomib, azacitidine) vers la salle 2?',
                              'Le fauteuil 14 est hors service jusqu\'à jeudi (moteur). Les R-CHOP du matin sont regroupés aux fauteuils 1 à 6.',
                              'Rappel : toute demande de plage doit passer par la coordination (poste 4470), pas directement aux infirmières.'])),
                  P(sig(r, coord, lang))]
        subj = r.choice(['Occupation fauteuils – semaine %d' % wk, 'Planification CJOH sem. %d' % wk, 'Capacité fauteuils'])
    else:
        blocks = [P('Hi,'), P('Projected chair occupancy, week %d:' % wk), T(head, rows),
                  P(r.choice(['Need to free three 5-h slots Wednesday for new FOLFIRINOX starts - can SC injections move to room 2?',
                              'Chair 14 out of service until Thursday (motor). Morning R-CHOPs grouped in chairs 1-6.'])), P(sig(r, coord, lang))]
        subj = r.choice(['Chair occupancy - week %d' % wk, 'Day centre capacity wk %d' % wk])
    atts = []
    if r.random() < 0.4:
        atts.append(dict(filename='occupation_S%d.xlsx' % wk, mime='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx('S%d' % wk, head, rows, author=coord.disp)))
    return spec(c, coord, lists(r, lang), subj, blocks, atts=atts), 'chair scheduling without names'


def neg_vendor(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    vend = r.choice([('Medifuse Canada', 'medifuse.example', 'pompes volumétriques Medifuse VP-300', 'VP-300 infusion pumps'),
                     ('OncoSafe Systems', 'oncosafe-systems.example', 'dispositifs de transfert en système clos (CSTD)', 'closed-system transfer devices'),
                     ('Distribupharm', 'distribupharm.example', 'commande de médicaments', 'drug order'),
                     ('Clearflow Medical', 'clearflow-medical.example', 'infuseurs élastomériques 46 h', '46-h elastomeric infusers')])
    rep_first = r.choice(STAFF_EN_M + STAFF_FR_M + STAFF_EN_F)
    rep_last = r.choice(EN_LAST + FR_LAST)
    rep = ('%s %s' % (rep_first, rep_last), '%s.%s@%s' % (slug(rep_first), slug(rep_last), vend[1]))
    buyer = staff(r, r.choice(['chef', 'pharm', 'atp']), lang)
    v = r.choice(['recall', 'invoice', 'firmware', 'quote'])
    serials = [luhn_serial(r, r.choice([9, 11])) for _ in range(r.randrange(3, 7))]
    po = '4500%06d' % r.randrange(10 ** 6)
    if v == 'recall':
        lots = [lot(r) for _ in range(3)]
        text = (['Bonjour,', 'Avis de rappel volontaire (classe II) : %s, lots %s. Risque d\'occlusion non détectée à bas débit.' % (vend[2], ', '.join(lots)),
                 'Merci de mettre en quarantaine les unités visées et de remplir le formulaire de réponse d\'ici le %s.' % fdate(future_day(r, c.today(), 5, 20), lang, 2),
                 'Numéros de série concernés à votre établissement :\n' + '\n'.join('SN ' + s for s in serials)]
                if fr else ['Hello,', 'Voluntary recall (Class II): %s, lots %s. Risk of undetected occlusion at low rates.' % (vend[3], ', '.join(lots)),
                            'Please quarantine affected units and return the response form by %s.' % fdate(future_day(r, c.today(), 5, 20), lang, 1),
                            'Serial numbers at your facility:\n' + '\n'.join('SN ' + s for s in serials)])
        subj = ('Avis de rappel – %s' % vend[2]) if fr else ('Recall notice - %s' % vend[3])
    elif v == 'invoice':
        text = (['Bonjour,', 'Veuillez trouver ci-joint la facture %d pour le bon de commande %s (%s).' % (r.randrange(10 ** 6, 10 ** 7), po, vend[2]),
                 'Montant : %s $ (TPS/TVQ incluses). Paiement net 30 jours.' % format(r.randrange(2000, 90000), ',').replace(',', ' ')]
                if fr else ['Hi,', 'Please find attached invoice %d for PO %s (%s).' % (r.randrange(10 ** 6, 10 ** 7), po, vend[3]), 'Amount: $%s incl. taxes. Net 30.' % format(r.randrange(2000, 90000), ',')])
        subj = ('Facture – BC %s' % po) if fr else ('Invoice - PO %s' % po)
    elif v == 'firmware':
        text = (['Bonjour,', 'La mise à jour du micrologiciel (v4.2.1) des %s est planifiée le %s. Notre technicien devra accéder aux appareils suivants (numéros d\'actif / série) :' % (vend[2], fdate(future_day(r, c.today(), 3, 20), lang, 2)),
                 '\n'.join('Actif GBM-%05d / SN %s' % (r.randrange(10 ** 5), s) for s in serials), 'Durée : environ 20 min par pompe. La bibliothèque de médicaments oncologie sera rechargée.']
                if fr else ['Hi,', 'Firmware update (v4.2.1) for %s scheduled %s. Our tech needs access to these devices:' % (vend[3], fdate(future_day(r, c.today(), 3, 20), lang, 1)),
                            '\n'.join('Asset BME-%05d / SN %s' % (r.randrange(10 ** 5), s) for s in serials), 'About 20 min per pump; oncology drug library will be reloaded.'])
        subj = ('Mise à jour micrologiciel – %s' % vend[2]) if fr else ('Firmware update - %s' % vend[3])
    else:
        text = (['Bonjour,', 'Suite à notre démonstration au CJOH, voici notre soumission pour les %s : 1 200 unités/an, prix unitaire %s $, livraison 5 jours ouvrables.' % (vend[2], dec(round(r.uniform(4, 40), 2), lang)),
                 'Nous offrons une formation gratuite pour votre équipe de préparation (ATP et pharmaciens). Seriez-vous disponible pour un appel la semaine prochaine?']
                if fr else ['Hi,', 'Following our demo, here is our quote for %s: 1,200 units/yr, unit price $%s, 5-business-day delivery.' % (vend[3], round(r.uniform(4, 40), 2)),
                            'Free in-service for your compounding team included. Available for a call next week?'])
        subj = ('Soumission – %s' % vend[2]) if fr else ('Quote - %s' % vend[3])
    sigv = '%s\n%s %s\n%s | 1-800-555-%04d' % (rep[0], 'Représentant(e) –' if fr else 'Account Manager -', vend[0], vend[1].replace('.example', '.example'), r.randrange(10000))
    blocks = [P(x_) for x_ in text] + [P(sigv)]
    atts = []
    if v in ('invoice', 'quote') or r.random() < 0.3:
        atts.append(dict(filename=('%s_%s.pdf' % ('Facture' if fr else 'Invoice', po)) if v == 'invoice' else 'Soumission_%s.pdf' % slug(vend[0]) if fr else 'Document_%s.pdf' % slug(vend[0]),
                         mime='application/pdf', data=make_pdf(vend[0], text[1:], author=rep[0])))
    if r.random() < 0.3:
        atts.append(dict(filename='%s.vcf' % slug(rep[0]), mime='text/x-vcard', charset='utf-8',
                         data=make_vcf(rep[0], rep[0].split()[-1], rep[0].split()[0], '1-800-555-%04d' % r.randrange(10000),
                                       '%d Industrial Pkwy;Mississauga;ON;L5T 0A1;Canada' % r.randrange(100, 9999), vend[0], rep[1])))
    sp = spec(c, rep, [buyer], ('[EXTERNE] ' if r.random() < 0.5 else '') + subj, blocks, atts=atts)
    if r.random() < 0.3:
        # the buyer forwards the vendor message as an attachment
        inner = build_email(sp, r, inner=True)
        boss = staff(r, r.choice(['chef', 'pharm', 'asi']), lang)
        fwd = [P(r.choice(['Pour info, voir le courriel du fournisseur ci-joint.', 'FYI – on en parle à la réunion de mardi?', 'Peux-tu regarder? Merci'])
                 if fr else r.choice(['FYI, see vendor email attached.', 'Can we discuss Tuesday?', 'Can you take a look? Thx'])), P(sig(r, buyer, lang, short=True))]
        return spec(c, buyer, [boss], (r.choice(['TR : ', 'TR: ']) if fr else 'FW: ') + subj, fwd,
                    atts=[dict(filename='%s.eml' % re.sub(r'[^A-Za-z0-9 _-]', '', strip_accents(subj))[:50].strip(), mime='message/rfc822', data=inner)]), 'vendor mail forwarded as .eml (%s)' % v
    return sp, 'vendor mail (%s)' % v


def neg_staff_schedule(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    asi = staff(r, r.choice(['asi', 'chef']), lang)
    per = r.randrange(1, 14)
    staffs = [staff(r, 'nurse', lang) for _ in range(r.randrange(5, 9))]
    rows = []
    for s in staffs:
        rows.append(['%s %s' % (s.first, s.last)] + [r.choice(['J', 'J', 'J', '-', 'C', 'F', 'J8']) for _ in range(5)])
    head = (['Infirmière', 'lun', 'mar', 'mer', 'jeu', 'ven'] if fr else ['Nurse', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'])
    absent = r.choice(staffs)
    if fr:
        blocks = [P('Bonjour l\'équipe,'), P('Horaire de la période %d (J = jour 7h30-15h30, C = congé férié, F = formation).' % per), T(head, rows),
                  P(r.choice(['%s est en congé de maladie jusqu\'au %s; %s la remplace au poste de triage.' % (absent.first, fdate(future_day(r, c.today(), 3, 20), lang, 2), r.choice(staffs).first),
                              'Demandes de vacances d\'été : date limite le %s. Priorité selon l\'ancienneté (convention collective, art. 24).' % fdate(future_day(r, c.today(), 5, 25), lang, 2),
                              'Il manque une infirmière mercredi — temps supplémentaire offert (poste 4471).'])),
                  P(sig(r, asi, lang))]
        subj = r.choice(['Horaire période %d' % per, 'Horaire CJOH P%d – version finale' % per, 'Remplacements semaine prochaine'])
    else:
        blocks = [P('Hi team,'), P('Period %d schedule (J = day 7:30-15:30, C = stat holiday, F = training).' % per), T(head, rows),
                  P(r.choice(['%s is on sick leave until %s; %s covers triage.' % (absent.first, fdate(future_day(r, c.today(), 3, 20), lang, 1), r.choice(staffs).first),
                              'Summer vacation requests due %s; seniority applies.' % fdate(future_day(r, c.today(), 5, 25), lang, 1), 'Short one RN Wednesday - OT available.'])),
                  P(sig(r, asi, lang))]
        subj = r.choice(['Schedule period %d' % per, 'Coverage next week'])
    atts = []
    if r.random() < 0.35:
        atts.append(dict(filename='horaire_P%d.xlsx' % per if fr else 'schedule_P%d.xlsx' % per, mime='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx('P%d' % per, head, rows, author=asi.disp)))
    return spec(c, asi, [(LISTS_FR if fr else LISTS_EN)[0]], subj, blocks, atts=atts), 'staff schedule / leave'


def neg_occ_health(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    sst = Staff()
    sst.first, sst.last = r.choice(STAFF_FR_F + STAFF_EN_F), r.choice(FR_LAST)
    sst.disp = '%s %s' % (sst.first, sst.last)
    sst.email = 'sante.securite@%s' % DOM
    emp = staff(r, r.choice(['nurse', 'atp', 'pharm']), lang)
    mgr = staff(r, 'chef', lang)
    v = r.choice(['exposure', 'vaccine', 'fit', 'pregnancy'])
    mat = r.randrange(100000, 199999)
    if fr:
        body = {'exposure': ['Bonjour %s,' % mgr.first, 'Déclaration d\'événement SST reçue : %s %s (matricule %d), %s, contact cutané avec du cyclophosphamide lors du débranchement d\'une tubulure le %s. Lavage 15 min, aucune lésion. Consultation au bureau de santé faite.' % (emp.first, emp.last, mat, emp.title_fr.lower(), fdate(c.today() - dt.timedelta(days=1), lang, 2)),
                             'Mesure corrective proposée : rappel sur l\'utilisation des gants double épaisseur et du CSTD. Dossier SST no %d-%04d.' % (c.today().year, r.randrange(10000))],
                'vaccine': ['Bonjour à tous,', 'Clinique de vaccination antigrippale pour le personnel : %s, 7h à 15h, salle B-1010. Apportez votre carte d\'employé.' % fday(future_day(r, c.today(), 2, 15), lang),
                            'Le personnel du CJOH est prioritaire (contact avec des patients immunosupprimés).'],
                'fit': ['Bonjour,', 'Les essais d\'ajustement (fit test) N95 pour le personnel de la pharmacie et du CJOH auront lieu le %s. Liste des employés convoqués jointe (par matricule).' % fdate(future_day(r, c.today(), 5, 20), lang, 2)],
                'pregnancy': ['Bonjour,', 'Rappel de la politique : toute employée enceinte ou qui allaite peut demander une réaffectation hors de la préparation et de l\'administration des médicaments dangereux (programme Pour une maternité sans danger, CNESST).',
                              'Formulaire de demande disponible sur l\'intranet, section SST.']}[v]
        subj = {'exposure': 'Déclaration SST – exposition cytotoxique (employé)', 'vaccine': 'Vaccination antigrippale du personnel', 'fit': 'Fit test N95 – convocation',
                'pregnancy': 'Maternité sans danger – médicaments dangereux'}[v]
    else:
        body = {'exposure': ['Hi %s,' % mgr.first, 'OHS incident report received: %s %s (employee #%d), %s, skin contact with cyclophosphamide while disconnecting tubing on %s. Washed 15 min, no injury. Seen by employee health.' % (emp.first, emp.last, mat, emp.title_en.lower(), fdate(c.today() - dt.timedelta(days=1), lang, 1)),
                             'Corrective action: refresher on double gloving and CSTD use. OHS file %d-%04d.' % (c.today().year, r.randrange(10000))],
                'vaccine': ['Hi all,', 'Staff flu clinic: %s, 7:00-15:00, room B-1010. Bring your employee ID.' % fday(future_day(r, c.today(), 2, 15), lang)],
                'fit': ['Hello,', 'N95 fit testing for pharmacy and day centre staff on %s. List of employees (by employee number) attached.' % fdate(future_day(r, c.today(), 5, 20), lang, 1)],
                'pregnancy': ['Hello,', 'Policy reminder: pregnant or breastfeeding employees may request reassignment away from hazardous drug compounding/administration.']}[v]
        subj = {'exposure': 'OHS report - cytotoxic exposure (employee)', 'vaccine': 'Staff flu vaccination', 'fit': 'N95 fit testing', 'pregnancy': 'Hazardous drugs & pregnancy policy'}[v]
    blocks = [P(x_) for x_ in body] + [P('%s\n%s\n%s poste 2290' % (sst.disp, 'Santé et sécurité au travail' if fr else 'Occupational Health & Safety', MAIN_PHONE))]
    atts = []
    if v == 'fit':
        rows = [[str(r.randrange(100000, 199999)), r.choice(['CJOH', 'Pharmacie']), r.choice(['8h00', '8h20', '8h40', '9h00', '9h20'])] for _ in range(8)]
        atts.append(dict(filename='fit_test.csv', mime='text/csv', charset='utf-8', data=make_csv(['Matricule', 'Secteur', 'Heure'], rows)))
    to = [mgr] if v == 'exposure' else lists(r, lang, 1)
    return spec(c, (sst.disp, sst.email), to, subj, blocks, atts=atts), 'occupational health (staff, HR)'


def neg_tb_notice(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    secr = staff(r, 'secr', lang)
    site = r.choice([('digestif', 'GI'), ('thoracique', 'Thoracic'), ('sein', 'Breast'), ('hémato', 'Haematology'), ('génito-urinaire', 'GU')])
    d = future_day(r, c.today(), 2, 10)
    if d.weekday() == 0:
        d += dt.timedelta(days=1)
    guest = staff(r, r.choice(['onc', 'hemato']), lang)
    if fr:
        blocks = [P('Bonjour à tous,'),
                  P('Rappel : comité des tumeurs %s %s à 12h (salle B-3102 et Teams).\nDate limite pour soumettre un cas : %s 12h, au moyen du formulaire joint (ne pas inscrire les renseignements du patient dans le courriel; déposer le formulaire dans le dossier partagé sécurisé).' % (site[0], fday(d, lang), fday(d - dt.timedelta(days=1), lang))),
                  P('Présentation scientifique (15 min) : %s – « %s ».' % (dr(guest, lang), r.choice(['Nouveautés ASCO 2024', 'Désescalade en néoadjuvant', 'Biopsie liquide : où en sommes-nous?', 'Toxicités des bispécifiques']))),
                  P(sig(r, secr, lang))]
        subj = r.choice(['CDT %s – %s' % (site[0], fday(d, lang, 1)), 'Rappel : comité des tumeurs %s' % site[0], 'Soumission des cas – CDT %s' % site[0]])
    else:
        blocks = [P('Hi all,'), P('Reminder: %s tumour board %s at noon (B-3102 and Teams).\nCase submission deadline: %s noon using the attached form (do not put patient information in email; save the form to the secure shared folder).' % (site[1], fday(d, lang), fday(d - dt.timedelta(days=1), lang))),
                  P('Academic talk (15 min): %s - "%s".' % (dr(guest, lang), r.choice(['ASCO 2024 highlights', 'Neoadjuvant de-escalation', 'Liquid biopsy update']))), P(sig(r, secr, lang))]
        subj = r.choice(['%s tumour board - %s' % (site[1], fday(d, lang, 1)), 'Reminder: %s TB' % site[1]])
    form_lines = (['Nom du patient : ____________________', 'NAM : ______________   Dossier : __________', 'DDN : ____/____/______',
                   'Diagnostic / stade : _______________________', 'Question au comité : ____________________________', 'Imagerie à revoir : □ oui □ non', 'Médecin présentateur : ____________']
                  if fr else ['Patient name: ____________________', 'Health card #: ______________   MRN: __________', 'DOB: ____/____/______',
                              'Diagnosis / stage: ______________________', 'Question for the board: ____________________', 'Imaging to review: [ ] yes [ ] no', 'Presenting MD: ____________'])
    atts = [dict(filename='Formulaire_soumission_CDT.docx' if fr else 'TB_submission_form.docx', mime='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 data=make_docx('Formulaire de soumission – comité des tumeurs' if fr else 'Tumour board submission form', form_lines, author=secr.disp))] if r.random() < 0.6 else []
    return spec(c, secr, [staff(r, r.choice(['onc', 'hemato']), lang) for _ in range(3)] + lists(r, lang, 1), subj, blocks, atts=atts), 'tumour board notice, blank form'


def neg_trial_admin(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    code, tfr, ten, key = r.choice(TRIALS)
    rc = staff(r, 'research', lang)
    pi = md_for(r, key, lang)
    v = r.choice(['amend', 'monitor', 'stats', 'temp'])
    if fr:
        body = {'amend': ['Bonjour %s,' % dr(pi, lang), 'L\'amendement %d du protocole %s (%s) a été approuvé par le CER le %s (no de projet MP-%d-%04d). Principaux changements : critère d\'inclusion ClCr ≥ 30 mL/min (au lieu de 45), ajout d\'une visite de suivi à 18 mois.' % (r.randrange(2, 8), code, tfr, fdate(c.today() - dt.timedelta(days=r.randrange(2, 9)), lang, 2), c.today().year, r.randrange(10000)),
                          'Les patients déjà inscrits devront signer le formulaire de consentement version %d.0 à leur prochaine visite.' % r.randrange(3, 7)],
                'monitor': ['Bonjour,', 'Visite de monitorage %s prévue le %s de 9h à 16h (moniteur : %s, Northstar CRO). Besoin d\'un local avec accès au DME en lecture seule et de la pharmacie de recherche à 14h (inventaire du produit à l\'étude).' % (code, fdate(future_day(r, c.today(), 3, 20), lang, 2), '%s %s' % (r.choice(STAFF_EN_F), r.choice(EN_LAST)))],
                'stats': ['Bonjour,', 'Bilan du recrutement %s au %s : %d patients présélectionnés, %d en sélection, %d randomisés (cible du site : 8). Taux d\'échec de sélection : %d %%.' % (code, fdate(c.today(), lang, 2), r.randrange(10, 30), r.randrange(1, 5), r.randrange(1, 7), r.randrange(20, 60)),
                          'Le promoteur prolonge la période de recrutement jusqu\'au 31 mars.'],
                'temp': ['Bonjour,', 'Excursion de température au réfrigérateur de recherche (pharmacie, unité R-04) : 9,1 °C pendant 42 min la nuit dernière. Produits en quarantaine (lots %s, %s) en attendant l\'avis du promoteur.' % (lot(r), lot(r)),
                         'Enregistreur no %s. Aucun produit ne doit être dispensé d\'ici là.' % luhn_serial(r, 9)]}[v]
        subj = {'amend': '%s – amendement approuvé' % code, 'monitor': 'Visite de monitorage %s' % code, 'stats': 'Recrutement %s – mise à jour' % code,
                'temp': 'Excursion de température – frigo recherche'}[v]
    else:
        body = {'amend': ['Hi %s,' % dr(pi, lang), 'Amendment %d to %s (%s) was approved by the REB on %s (project MP-%d-%04d): CrCl ≥ 30 mL/min inclusion (was 45), extra 18-month follow-up visit.' % (r.randrange(2, 8), code, ten, fdate(c.today() - dt.timedelta(days=4), lang, 1), c.today().year, r.randrange(10000)),
                          'Enrolled patients re-consent on ICF v%d.0 at next visit.' % r.randrange(3, 7)],
                'monitor': ['Hello,', 'Monitoring visit %s on %s, 9-4 (monitor from Northstar CRO). Need a room with read-only EMR access and research pharmacy at 2 pm for IP accountability.' % (code, fdate(future_day(r, c.today(), 3, 20), lang, 1))],
                'stats': ['Hi,', '%s accrual as of %s: %d prescreened, %d in screening, %d randomized (site target 8). Screen-fail rate %d%%.' % (code, fdate(c.today(), lang, 1), r.randrange(10, 30), r.randrange(1, 5), r.randrange(1, 7), r.randrange(20, 60))],
                'temp': ['Hi,', 'Temperature excursion in research fridge R-04: 9.1 C for 42 min overnight. IP quarantined (lots %s, %s) pending sponsor assessment.' % (lot(r), lot(r))]}[v]
        subj = {'amend': '%s - amendment approved' % code, 'monitor': '%s monitoring visit' % code, 'stats': '%s accrual update' % code, 'temp': 'Temp excursion - research fridge'}[v]
    blocks = [P(x_) for x_ in body] + [P(sig(r, rc, lang))]
    return spec(c, rc, [pi] + ([staff(r, 'pharm', lang)] if v == 'temp' else []), subj, blocks), 'clinical trial admin (%s)' % v


def neg_stats(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    mgr = staff(r, 'chef', lang)
    m = (c.today().month - 2) % 12
    rows = []
    ind_fr = [('Traitements administrés', r.randrange(520, 780)), ('Nouveaux patients', r.randrange(40, 90)), ('Réactions d\'hypersensibilité', r.randrange(3, 18)),
              ('Extravasations', r.randrange(0, 4)), ('Culots transfusés au CJOH', r.randrange(30, 90)), ('Délai moyen 1re chimio (jours)', r.randrange(9, 28)),
              ('Annulations < 24 h', r.randrange(10, 40)), ('Appels ligne info-onco', r.randrange(200, 480))]
    ind_en = [('Treatments given', ind_fr[0][1]), ('New patients', ind_fr[1][1]), ('Hypersensitivity reactions', ind_fr[2][1]), ('Extravasations', ind_fr[3][1]),
              ('PRBC units transfused', ind_fr[4][1]), ('Mean days to first chemo', ind_fr[5][1]), ('Cancellations < 24 h', ind_fr[6][1]), ('Triage line calls', ind_fr[7][1])]
    for (n, v_), (_, _) in zip(ind_fr if fr else ind_en, ind_fr):
        prev = max(0, int(v_ * r.uniform(0.8, 1.2)))
        rows.append([n, str(v_), str(prev)])
    head = ['Indicateur', MOIS[m], MOIS[(m - 1) % 12]] if fr else ['Indicator', MONTHS[m], MONTHS[(m - 1) % 12]]
    if fr:
        blocks = [P('Bonjour,'), P('Tableau de bord du CJOH pour %s :' % MOIS[m]), T(head, rows),
                  P(r.choice(['Hausse des réactions liées au carboplatine après le 6e cycle : rappel de la procédure de désensibilisation à venir.',
                              'Le délai vers la 1re chimio dépasse la cible ministérielle (28 jours) pour 6 % des patients.', 'Bravo à l\'équipe!'])), P(sig(r, mgr, lang))]
        subj = r.choice(['Tableau de bord CJOH – %s' % MOIS[m], 'Indicateurs %s' % MOIS[m], 'Statistiques mensuelles CJOH'])
    else:
        blocks = [P('Hi,'), P('Day centre dashboard for %s:' % MONTHS[m]), T(head, rows), P(r.choice(['Carboplatin reactions up after C6 - desensitization refresher coming.', 'Great work everyone!'])),
                  P(sig(r, mgr, lang))]
        subj = r.choice(['Day centre dashboard - %s' % MONTHS[m], 'Monthly stats %s' % MONTHS[m]])
    atts = []
    if r.random() < 0.4:
        atts.append(dict(filename='tableau_de_bord_%02d.xlsx' % (m + 1) if fr else 'dashboard_%02d.xlsx' % (m + 1), mime='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx('Indicateurs' if fr else 'KPIs', head, rows, author=mgr.disp)))
    return spec(c, mgr, lists(r, lang), subj, blocks, atts=atts), 'aggregate statistics'


def neg_it_fac(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    it = Staff()
    it.first, it.last = r.choice(STAFF_FR_M + STAFF_EN_M), r.choice(FR_LAST + EN_LAST)
    it.disp = '%s %s' % (it.first, it.last)
    it.email = 'centre.services.ti@%s' % DOM
    v = r.choice(['downtime', 'hood', 'printer', 'tube', 'hvac'])
    d = future_day(r, c.today(), 1, 14)
    ticket = 'INC%07d' % r.randrange(10 ** 7)
    asset = luhn_serial(r, 9)
    if fr:
        body = {'downtime': ['Bonjour,', 'Interruption planifiée d\'OncoPlan (prescription électronique de chimiothérapie) le %s de 22h à 2h. Pendant l\'interruption, utiliser les ordonnances papier de contingence (armoire B-2110).' % fday(d, lang),
                             'Les ordonnances saisies après 21h45 devront être ressaisies. Réf. changement CHG%06d.' % r.randrange(10 ** 6)],
                'hood': ['Bonjour,', 'Certification annuelle des enceintes de sécurité biologique (ESB) de la salle de préparation stérile le %s. Aucune préparation de médicaments dangereux entre 7h et 12h; prévoir les préparations du matin la veille lorsque la stabilité le permet.' % fday(d, lang),
                         'ESB #1 : no de série %s; ESB #2 : no de série %s.' % (asset, luhn_serial(r, 9))],
                'printer': ['Bonjour,', 'Votre demande %s est résolue : l\'imprimante d\'étiquettes de la pharmacie (Zebra, actif %s) a été remplacée. Pilote réinstallé sur les postes PH-ONC-03 et PH-ONC-04.' % (ticket, asset)],
                'tube': ['Bonjour,', 'Le pneumatique station 214 (CJOH) sera hors service le %s de 8h à 11h. Envoyer les prélèvements par messager (poste 5000).' % fday(d, lang)],
                'hvac': ['Bonjour,', 'Travaux sur la ventilation de la salle blanche (pression différentielle) le %s. Les mesures de pression seront surveillées en continu; la pharmacie sera avisée si la cascade de pression n\'est pas maintenue.' % fday(d, lang)]}[v]
        subj = {'downtime': 'Interruption OncoPlan – %s' % fday(d, lang, 1), 'hood': 'Certification ESB – salle stérile', 'printer': 'Résolu : %s' % ticket,
                'tube': 'Pneumatique station 214 hors service', 'hvac': 'Travaux ventilation salle blanche'}[v]
    else:
        body = {'downtime': ['Hello,', 'Planned OncoPlan (chemo e-prescribing) downtime %s 22:00-02:00. Use paper downtime orders (cabinet B-2110).' % fday(d, lang), 'Change ref CHG%06d.' % r.randrange(10 ** 6)],
                'hood': ['Hello,', 'Annual certification of the clean-room biological safety cabinets on %s. No hazardous compounding 07:00-12:00.' % fday(d, lang), 'BSC #1 SN %s; BSC #2 SN %s.' % (asset, luhn_serial(r, 9))],
                'printer': ['Hello,', 'Ticket %s resolved: pharmacy label printer (asset %s) replaced; driver reinstalled on PH-ONC-03/04.' % (ticket, asset)],
                'tube': ['Hello,', 'Tube station 214 (day centre) down %s 8-11 am. Use porter (ext. 5000).' % fday(d, lang)],
                'hvac': ['Hello,', 'Clean-room HVAC work %s; pressure cascade monitored continuously.' % fday(d, lang)]}[v]
        subj = {'downtime': 'OncoPlan downtime - %s' % fday(d, lang, 1), 'hood': 'BSC certification - clean room', 'printer': 'Resolved: %s' % ticket, 'tube': 'Tube station 214 down', 'hvac': 'Clean-room HVAC work'}[v]
    blocks = [P(x_) for x_ in body] + [P('%s\n%s\n%s poste 5555' % (it.disp, 'Centre de services TI' if fr else 'IT Service Desk' if v != 'hvac' else 'Services techniques', MAIN_PHONE))]
    return spec(c, (it.disp, it.email), lists(r, lang, 1), subj, blocks), 'IT / facilities (%s)' % v


def neg_blank_forms(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    owner = staff(r, r.choice(['pharm', 'educ', 'chef', 'bb']), lang)
    v = r.choice(['transfusion', 'opi', 'referral'])
    if fr:
        title = {'transfusion': 'Demande de produits sanguins – CJOH (version 2024-03)', 'opi': 'Ordonnance pré-imprimée – FOLFOX (rév. 2024)',
                 'referral': 'Référence – soins palliatifs à domicile (gabarit)'}[v]
        lines = ['Nom : ______________________   Prénom : ________________', 'NAM : ____ ____ ____     No dossier : ____________', 'DDN (AAAA-MM-JJ) : __________   Sexe : □ F □ M',
                 'Diagnostic : ___________________________________', 'Hb : ______ g/L   Plaquettes : ______ x10^9/L   Date : ________',
                 {'transfusion': 'Produit : □ culot  □ plaquettes  □ plasma   Nombre : ____   □ irradié  □ phénotypé',
                  'opi': 'Oxaliplatine 85 mg/m2 = ______ mg   5-FU 2400 mg/m2 / 46 h = ______ mg   SC : ______ m2',
                  'referral': 'Adresse : ___________________________   Tél. : ______________   Proche : ______________'}[v],
                 'Signature du prescripteur : __________________   Permis : ________']
        blocks = [P('Bonjour,'), P('Voici la nouvelle version du formulaire « %s ». Elle remplace toutes les versions antérieures à compter du %s.' % (title, fdate(future_day(r, c.today(), 3, 20), lang, 2))),
                  P(r.choice(['Merci de retirer les anciennes copies des classeurs.', 'Le formulaire est aussi disponible sur l\'intranet (Formulaires > Oncologie).', 'Modifications : ajout du champ « irradié » et du numéro de permis.'])),
                  P(sig(r, owner, lang))]
        subj = r.choice(['Nouveau formulaire : %s' % title.split(' – ')[0], 'Formulaire révisé – %s' % title.split(' (')[0]])
    else:
        title = {'transfusion': 'Blood product request - Day Centre (v2024-03)', 'opi': 'Pre-printed order - FOLFOX (rev. 2024)', 'referral': 'Home palliative referral (template)'}[v]
        lines = ['Surname: ______________________   Given name: ________________', 'Health card #: ____ ____ ____     MRN: ____________', 'DOB (YYYY-MM-DD): __________   Sex: [ ] F [ ] M',
                 'Diagnosis: ___________________________________', 'Hgb: ______ g/L   Platelets: ______ x10^9/L   Date: ________',
                 {'transfusion': 'Product: [ ] PRBC [ ] platelets [ ] plasma   Units: ____   [ ] irradiated', 'opi': 'Oxaliplatin 85 mg/m2 = ______ mg   5-FU 2400 mg/m2 / 46 h = ______ mg   BSA: ______ m2',
                  'referral': 'Address: ___________________________   Phone: ______________   Contact: ______________'}[v],
                 'Prescriber signature: __________________   Licence: ________']
        blocks = [P('Hello,'), P('New version of "%s" attached; replaces all previous versions as of %s.' % (title, fdate(future_day(r, c.today(), 3, 20), lang, 1))),
                  P('Please remove old copies from the binders.'), P(sig(r, owner, lang))]
        subj = 'New form: %s' % title
    fn = {'transfusion': 'demande_produits_sanguins_v2024-03', 'opi': 'OPI_FOLFOX_rev2024', 'referral': 'gabarit_reference_SP'}[v]
    if r.random() < 0.5:
        att = dict(filename=fn + '.pdf', mime='application/pdf', data=make_pdf(title, lines, author=owner.disp))
    else:
        att = dict(filename=fn + '.docx', mime='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=make_docx(title, lines, author=owner.disp))
    return spec(c, owner, lists(r, lang), subj, blocks, atts=[att]), 'blank form (%s)' % v


def neg_oncall(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    secr = staff(r, r.choice(['secr', 'chef']), lang)
    docs = [staff(r, r.choice(['onc', 'hemato']), lang) for _ in range(r.randrange(4, 7))]
    interests_fr = ['myélome, amylose', 'lymphomes, LLC', 'leucémies aiguës, SMD', 'cancers digestifs', 'sein, gynécologie', 'poumon, ORL', 'GU, mélanome', 'hémostase, thrombose']
    interests_en = ['myeloma, amyloidosis', 'lymphoma, CLL', 'acute leukemia, MDS', 'GI cancers', 'breast, gyne', 'lung, head & neck', 'GU, melanoma', 'thrombosis']
    start = future_day(r, c.today(), 3, 20)
    rows = []
    for i in range(7):
        dd = start + dt.timedelta(days=i)
        dd_doc = docs[i % len(docs)]
        rows.append([fdate(dd, lang, 0), dr(dd_doc, lang), 'téléav. %d' % r.randrange(1000, 9999) if fr else 'pager %d' % r.randrange(1000, 9999)])
    if fr:
        blocks = [P('Bonjour,'), P('Garde hémato-onco (semaine du %s) :' % fdate(start, lang, 2)), T(['Date', 'Médecin de garde', 'Contact'], rows),
                  P('Répartition des cliniques par champ d\'intérêt :\n' + '\n'.join('- %s : %s' % (dr(d_, lang), interests_fr[i % len(interests_fr)]) for i, d_ in enumerate(docs))),
                  P('Les appels de la ligne info-onco après 17h sont dirigés au médecin de garde via la téléphoniste (0).'), P(sig(r, secr, lang))]
        subj = r.choice(['Liste de garde hémato-onco', 'Garde – semaine du %s' % fdate(start, lang, 0), 'Horaire des médecins CJOH'])
    else:
        blocks = [P('Hi,'), P('Haem-onc on-call, week of %s:' % fdate(start, lang, 1)), T(['Date', 'On call', 'Contact'], rows),
                  P('Clinic assignment by interest:\n' + '\n'.join('- %s: %s' % (dr(d_, lang), interests_en[i % len(interests_en)]) for i, d_ in enumerate(docs))), P(sig(r, secr, lang))]
        subj = r.choice(['Haem-onc on-call list', 'On-call week of %s' % fdate(start, lang, 0)])
    return spec(c, secr, lists(r, lang), subj, blocks), 'physician on-call list with specialties'


def neg_job_committee(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    v = r.choice(['job', 'committee', 'minutes'])
    hr = ('Ressources humaines – dotation' if fr else 'Human Resources - Staffing', 'dotation@%s' % DOM)
    chair = staff(r, r.choice(['chef', 'pharm', 'onc']), lang)
    if v == 'job':
        post = 'AFF-%d-%04d' % (c.today().year, r.randrange(10000))
        if fr:
            body = ['Bonjour,', 'Affichage %s : %s – poste permanent temps complet, Centre de jour d\'oncologie-hématologie.' % (post, r.choice(['Pharmacien(ne) en oncologie', 'Infirmier(ère) clinicien(ne) – CJOH', 'Assistant(e) technique en pharmacie – salle stérile', 'Infirmier(ère) pivot en oncologie (IPO) – cancers digestifs'])),
                    'Exigences : membre en règle de l\'ordre professionnel; expérience en oncologie un atout; formation sur les médicaments dangereux fournie.',
                    'Période d\'affichage : du %s au %s. Postuler via le portail carrières (no %s).' % (fdate(c.today(), lang, 2), fdate(c.today() + dt.timedelta(days=14), lang, 2), post)]
            subj = 'Affichage interne %s' % post
        else:
            body = ['Hello,', 'Posting %s: %s - permanent full-time, Oncology-Haematology Day Centre.' % (post, r.choice(['Oncology Pharmacist', 'Clinical Nurse - Day Centre', 'Nurse Navigator - GI cancers'])),
                    'Requirements: licensed; oncology experience an asset.', 'Posting closes %s.' % fdate(c.today() + dt.timedelta(days=14), lang, 1)]
            subj = 'Internal posting %s' % post
        frm = hr
        to = lists(r, lang, 1)
    elif v == 'committee':
        d = future_day(r, c.today(), 3, 20)
        if fr:
            body = ['Bonjour,', 'Convocation – Comité de la qualité et de la sécurité en oncologie, %s 12h, salle B-3102.' % fday(d, lang),
                    'Ordre du jour :\n1. Adoption du procès-verbal\n2. Suivi des incidents/accidents (données agrégées T2)\n3. Révision de la politique sur la double vérification\n4. Audit des CSTD\n5. Varia']
            subj = 'Convocation – comité qualité oncologie %s' % fdate(d, lang, 0)
        else:
            body = ['Hello,', 'Oncology Quality & Safety Committee, %s at noon, B-3102.' % fday(d, lang), 'Agenda:\n1. Minutes\n2. Incident trends (aggregate, Q2)\n3. Double-check policy\n4. CSTD audit\n5. Other']
            subj = 'Oncology quality committee - %s' % fdate(d, lang, 0)
        frm = chair
        to = [staff(r, r.choice(['pharm', 'asi', 'onc', 'educ']), lang) for _ in range(4)]
    else:
        if fr:
            body = ['Bonjour,', 'Procès-verbal de la rencontre du comité des protocoles du %s (adopté) :' % fdate(c.today() - dt.timedelta(days=14), lang, 2),
                    '- FOLFIRINOX modifié : adopté\n- Dara-VRd SC : ajout de la prémédication montélukast au C1 — adopté\n- Bispécifiques (teclistamab) : protocole de surveillance SRC à développer, responsable : pharmacie\n- Prochaine rencontre : %s' % fdate(future_day(r, c.today(), 20, 40), lang, 2)]
            subj = 'PV – comité des protocoles'
        else:
            body = ['Hi,', 'Minutes, protocols committee of %s (approved):' % fdate(c.today() - dt.timedelta(days=14), lang, 1),
                    '- Modified FOLFIRINOX: approved\n- Dara-VRd SC: montelukast premed at C1 - approved\n- Bispecifics: CRS monitoring protocol to be drafted (pharmacy)']
            subj = 'Minutes - protocols committee'
        frm = chair
        to = lists(r, lang)
    blocks = [P(x_) for x_ in body] + ([P(sig(r, frm, lang))] if isinstance(frm, Staff) else [P('Dotation – Direction des ressources humaines' if fr else 'Staffing - Human Resources')])
    return spec(c, frm, to, subj, blocks), 'job posting / committee notice (%s)' % v


def neg_pharm_ops(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    ph = staff(r, r.choice(['pharm', 'atp', 'chef']), lang)
    v = r.choice(['stability', 'banding', 'spill', 'envmon'])
    if v == 'stability':
        rows = [[d_[0] if fr else d_[1], r.choice(['NS', 'D5W' if not fr else 'D5%']), r.choice(['24 h TA / 7 j frigo', '8 h TA', '48 h frigo', '14 j frigo']) if fr else r.choice(['24 h RT / 7 d fridge', '8 h RT', '48 h fridge']), r.choice(['Non', 'Oui']) if fr else r.choice(['No', 'Yes'])]
                for d_ in r.sample(sorted(set(d_ for p_ in PROTO.values() for d_ in p_[0] if 'SC' not in d_[0] and 'PO' not in d_[3] and 'perf.' not in d_[0])), 6)]
        head = ['Médicament', 'Diluant', 'Stabilité', 'Protéger de la lumière'] if fr else ['Drug', 'Diluent', 'Stability', 'Protect from light']
        text = ['Bonjour,', 'Tableau des stabilités mis à jour (sources : fabricants, Trissel\'s, revue mars 2024) :' if fr else 'Updated stability table (manufacturers, Trissel\'s):']
        extra = [T(head, rows)]
        subj = 'Tableau des stabilités – mise à jour' if fr else 'Stability table update'
    elif v == 'banding':
        rows = [['%s–%s' % (dec(round(1.4 + i * 0.1, 1), lang), dec(round(1.49 + i * 0.1, 2), lang)), '%s mg' % dec(round((1.45 + i * 0.1) * 1.3, 1), lang)] for i in range(7)]
        head = ['SC (m2)', 'Dose bortézomib'] if fr else ['BSA (m2)', 'Bortezomib dose']
        text = ['Bonjour,', 'À compter du %s, les doses de bortézomib SC seront arrondies selon les paliers suivants (écart ≤ 5 %%) :' % fdate(future_day(r, c.today(), 5, 20), lang, 2) if fr
                else 'From %s, SC bortezomib doses will be banded as follows (≤5%% variance):' % fdate(future_day(r, c.today(), 5, 20), lang, 1)]
        extra = [T(head, rows)]
        subj = 'Arrondi des doses (dose banding) – bortézomib' if fr else 'Dose banding - bortezomib'
    elif v == 'spill':
        text = ['Bonjour,', 'Rappel de la procédure en cas de déversement de médicament dangereux :' if fr else 'Reminder - hazardous drug spill procedure:']
        extra = [P('1. Sécuriser la zone, aviser l\'ASI\n2. Trousse de déversement (armoire B-2108) : blouse, double gants, lunettes, N95\n3. Absorber, nettoyer de l\'extérieur vers l\'intérieur, décontaminer (détergent puis eau)\n4. Déchets dans le bac cytotoxique violet\n5. Remplir le rapport AH-223 et aviser la SST si exposition'
                   if fr else '1. Secure area, notify charge nurse\n2. Spill kit (cabinet B-2108): gown, double gloves, goggles, N95\n3. Absorb, clean outside-in, decontaminate\n4. Waste in purple cytotoxic bin\n5. Incident report; notify OHS if exposure')]
        subj = 'Rappel : déversement de cytotoxiques' if fr else 'Reminder: cytotoxic spill procedure'
    else:
        rows = [['ESB #%d' % i, r.choice(['A', 'A', 'B']), str(r.randrange(0, 3)), str(r.randrange(0, 2))] for i in (1, 2)] + [['Antichambre', 'C', str(r.randrange(2, 30)), str(r.randrange(0, 5))]]
        head = ['Zone', 'Classe ISO/GMP', 'UFC air (1 m3)', 'UFC surfaces'] if fr else ['Zone', 'Grade', 'CFU air (1 m3)', 'CFU surfaces']
        text = ['Bonjour,', 'Résultats de l\'échantillonnage environnemental de la salle de préparation stérile (%s) : tous sous les seuils d\'action.' % MOIS[c.today().month - 1] if fr
                else 'Clean-room environmental monitoring results (%s): all below action levels.' % MONTHS[c.today().month - 1]]
        extra = [T(head, rows)]
        subj = 'Échantillonnage environnemental – salle stérile' if fr else 'Environmental monitoring - clean room'
    blocks = [P(text[0] if fr else 'Hello,'), P(text[1])] + extra + [P(sig(r, ph, lang))]
    return spec(c, ph, lists(r, lang), subj, blocks), 'pharmacy operations (%s)' % v


def neg_patient_edu(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    ed = staff(r, r.choice(['educ', 'ipo', 'pharm', 'nutri']), lang)
    leaf = r.choice([('Votre traitement FOLFOX', 'Your FOLFOX treatment'), ('Que faire en cas de fièvre pendant la chimiothérapie', 'What to do if you have a fever during chemotherapy'),
                     ('L\'alimentation pendant les traitements', 'Eating well during treatment'), ('Vivre avec un cathéter central (TIV/PICC)', 'Living with a central line (port/PICC)'),
                     ('Immunothérapie : effets secondaires à surveiller', 'Immunotherapy: side effects to watch for')])
    if fr:
        body = ['Bonjour,', 'Le dépliant « %s » a été révisé par le comité d\'information aux patients. Principaux changements :' % leaf[0],
                '- numéro de la ligne info-onco mis à jour : %s, option 3 (7 jours sur 7, 8h-20h);\n- seuil de fièvre : 38,3 °C une fois ou 38,0 °C pendant 1 h → se présenter à l\'urgence avec sa carte de chimiothérapie;\n- ajout d\'une section pour les proches aidants.' % MAIN_PHONE,
                'Version anglaise en traduction (retour prévu le %s). Merci de détruire l\'ancienne version.' % fdate(future_day(r, c.today(), 5, 30), lang, 2)]
        subj = 'Dépliant révisé : %s' % leaf[0]
    else:
        body = ['Hello,', 'The leaflet "%s" has been revised by the patient information committee:' % leaf[1],
                '- triage line number updated: %s, option 3 (7 days, 8 am-8 pm);\n- fever threshold: 38.3 C once or 38.0 C for 1 h → go to ER with chemo card;\n- new caregiver section.' % MAIN_PHONE,
                'French version being updated. Please discard old copies.']
        subj = 'Revised leaflet: %s' % leaf[1]
    blocks = [P(x_) for x_ in body] + [P(sig(r, ed, lang))]
    atts = [dict(filename='%s.pdf' % slug(leaf[0 if fr else 1])[:40], mime='application/pdf', data=make_pdf(leaf[0 if fr else 1], body[1:], author=ed.disp))] if r.random() < 0.6 else []
    return spec(c, ed, lists(r, lang), subj, blocks, atts=atts), 'generic patient education material'


def neg_newsletter(r, k, c):
    lang = c.lang
    fr = lang == 'fr'
    mgr = staff(r, 'chef', lang)
    ret = staff(r, r.choice(['nurse', 'atp', 'secr']), lang)
    new = [staff(r, r.choice(['nurse', 'pharm', 'ipo']), lang) for _ in range(2)]
    spk = staff(r, r.choice(['onc', 'hemato', 'pharm']), lang)
    m = MOIS[c.today().month - 1] if fr else MONTHS[c.today().month - 1]
    if fr:
        body = ['L\'Info-CJOH – %s' % m,
                'Départ à la retraite : après %d ans parmi nous, %s %s (%s) prend sa retraite le %s. Un 5 à 7 est organisé à la cafétéria!' % (r.randrange(18, 36), ret.first, ret.last, ret.title_fr.lower(), fdate(future_day(r, c.today(), 5, 30), lang, 2)),
                'Bienvenue à %s %s et %s %s, qui se joignent à l\'équipe.' % (new[0].first, new[0].last, new[1].first, new[1].last),
                'Congrès : %s présentera « %s » au congrès de l\'APES / Société canadienne d\'hématologie en %s.' % (dr(spk, lang) if spk.phys else '%s %s' % (spk.first, spk.last), r.choice(['Désensibilisation au carboplatine : 5 ans d\'expérience', 'Télésurveillance des patients sous thérapie orale', 'Arrondi des doses : impact économique']), MOIS[(c.today().month + 1) % 12]),
                'Statistique du mois : %d traitements administrés, un record!' % r.randrange(600, 800),
                'Stationnement : le stationnement P3 sera fermé pour travaux du 3 au 7.']
        subj = 'Info-CJOH – %s' % m
    else:
        body = ['Day Centre News - %s' % m,
                'Retirement: after %d years, %s %s (%s) retires on %s. Party in the cafeteria!' % (r.randrange(18, 36), ret.first, ret.last, ret.title_en.lower(), fdate(future_day(r, c.today(), 5, 30), lang, 1)),
                'Welcome to %s %s and %s %s.' % (new[0].first, new[0].last, new[1].first, new[1].last),
                'Conference: %s will present "%s" at the Canadian Haematology Society meeting.' % (dr(spk, lang) if spk.phys else '%s %s' % (spk.first, spk.last), r.choice(['Carboplatin desensitization: 5 years', 'Remote monitoring of oral therapy'])),
                'Stat of the month: %d treatments given - a record!' % r.randrange(600, 800)]
        subj = 'Day Centre News - %s' % m
    blocks = [P(x_) for x_ in body] + [P(sig(r, mgr, lang))]
    atts = [dict(filename='banniere.png', mime='image/png', data=make_png(r, 64, 16), inline=True, cid='ban%d@cjoh' % r.randrange(1000))] if r.random() < 0.4 else []
    return spec(c, mgr, lists(r, lang, 1), subj, blocks, atts=atts, mode=r.choice(['html', 'alt'])), 'newsletter (staff news, talks)'


POS_ORDER = ['pos_dose_adjust', 'pos_cbc_pretx', 'pos_transfusion', 'pos_palliative', 'pos_homecare', 'pos_trial_screening',
             'pos_tumour_board', 'pos_chair_named', 'pos_oral_chemo', 'pos_exception_drug', 'pos_hypersens', 'pos_lab_forward',
             'pos_out_of_province', 'pos_insurance_sin', 'pos_social_work', 'pos_transport_lodging', 'pos_phone_triage',
             'pos_disguised', 'pos_patient_email_fwd', 'pos_calendar']
NEG_ORDER = ['neg_protocol_update', 'neg_drug_shortage', 'neg_formulary', 'neg_education', 'neg_volunteer', 'neg_foundation',
             'neg_chair_anon', 'neg_vendor', 'neg_staff_schedule', 'neg_occ_health', 'neg_tb_notice', 'neg_trial_admin',
             'neg_stats', 'neg_it_fac', 'neg_blank_forms', 'neg_oncall', 'neg_job_committee', 'neg_pharm_ops',
             'neg_patient_edu', 'neg_newsletter']


# ----------------------------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------------------------

def categories():
    g = globals()
    pos = [(n[4:], g[n]) for n in POS_ORDER]
    neg = [(n[4:], g[n]) for n in NEG_ORDER]
    return pos, neg


def plan(seed, cats, n, kind):
    r = random.Random('%s:plan:%s' % (seed, kind))
    langs = ['en'] * (n // 3) + ['fr'] * (n - n // 3)
    r.shuffle(langs)
    items = []
    order = list(range(n))
    for i in order:
        items.append((cats[i % len(cats)], langs[i]))
    return items


def gen_one(seed, kind, idx, cat, lang, blind, occ=0):
    name, fn = cat
    r = random.Random('%s:%s:%d:%s' % (seed, kind, idx, name))
    date = rdate(r, idx)
    c = Ctx(seed, r, date, blind, lang)
    c.occ = occ
    k = K(r, lang, seed)
    sp, note = fn(r, k, c)
    if r.random() < 0.12:
        sp['typos'] = 0.05
    if lang == 'fr' and r.random() < 0.07:
        sp['noaccent'] = True
    data = build_email(sp, r)
    verify_values(data, k, '%s %d %s' % (kind, idx, name))
    return data, sorted(k.t), note


def _pdf_text(data):
    out = []
    for s in re.findall(rb'stream\r?\n(.*?)endstream', data, re.S):
        s = s.strip()
        if s.endswith(b'~>'):
            s = base64.a85decode(re.sub(rb'\s', b'', s[:-2]))
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        for lit in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
            lit = re.sub(rb'\\([0-7]{1,3})', lambda m: bytes([int(m.group(1), 8)]), lit)
            lit = re.sub(rb'\\(.)', rb'\1', lit)
            out.append(lit.decode('cp1252', 'replace'))
    return '\n'.join(out)


def message_text(msg):
    """All human-readable text of a parsed message: headers, bodies, file names, attachment contents."""
    out = [str(msg.get('Subject', '')), str(msg.get('To', '')), str(msg.get('From', ''))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            out.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            if part.get_content_type() == 'text/html':
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            out.append(content)
        elif isinstance(content, bytes):
            if content[:2] == b'PK':
                with zipfile.ZipFile(io.BytesIO(content)) as z:
                    for n in z.namelist():
                        b = z.read(n)
                        if n.endswith('.xml'):
                            out.append(html.unescape(re.sub(r'<[^>]+>', ' ', b.decode('utf-8', 'replace'))))
                        elif n.lower().endswith(('.csv', '.txt')):
                            out.append(b.decode('utf-8', 'replace'))
                        elif n.lower().endswith('.pdf'):
                            out.append(_pdf_text(b))
            elif content[:4] == b'%PDF':
                out.append(_pdf_text(content))
        elif hasattr(content, 'walk'):
            out.append(message_text(content))
    return '\n'.join(out)


def _norm(s):
    return re.sub(r'[^a-z0-9]', '', strip_accents(s).lower())


def verify_values(raw, k, where):
    """Every identifier-like type recorded by the collector must really be present in the rendered message."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    text = _norm(message_text(msg))
    digits = re.sub(r'\D', '', text)
    by = {}
    for typ, v in k.vals:
        by.setdefault(typ, []).append(v)
    for typ, vs in sorted(by.items()):
        ok = any(_norm(v) and _norm(v) in text for v in vs)
        if not ok and typ == 'patient_contact':
            ok = any(re.sub(r'\D', '', v) and re.sub(r'\D', '', v) in digits for v in vs)
        if not ok:
            raise AssertionError('%s: %s value(s) %r not found in rendered message' % (where, typ, vs))


def self_check(out, labels):
    files = sorted(os.path.relpath(os.path.join(dp, f), out).replace(os.sep, '/')
                   for sub in ('positive', 'negative') for dp, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    stats = dict(pos=0, neg=0, fr=0, en=0, parts=0, atts=0)
    for f in files:
        lab = labels[f]
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for hname in ('From', 'To', 'Subject', 'Date'):
            assert msg[hname] is not None and str(msg[hname]).strip(), (f, hname)
        if msg.defects:
            raise AssertionError('%s: defects %r' % (f, msg.defects))
        for part in msg.walk():
            if part.defects:
                raise AssertionError('%s: part defects %r' % (f, part.defects))
            if part.is_multipart():
                continue
            content = part.get_content()
            stats['parts'] += 1
            if part.get_content_disposition() == 'attachment':
                stats['atts'] += 1
                assert part.get_filename(), f
            ct = part.get_content_type()
            if ct == 'application/pdf':
                assert content.startswith(b'%PDF'), f
            elif ct in ('application/zip', 'application/x-zip-compressed') or ct.startswith('application/vnd.openxmlformats'):
                zipfile.ZipFile(io.BytesIO(content)).testzip()
            elif ct.startswith('text/'):
                assert isinstance(content, str), f
        if f.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, f
            stats['pos'] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
            stats['neg'] += 1
        stats[lab['lang']] += 1
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        h.update(f.encode() + b'\0')
        with open(os.path.join(out, f), 'rb') as fh:
            h.update(fh.read())
        h.update(b'\0')
    return stats, h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args(argv)
    out = a.out
    blind = load_blind_people()
    pos_cats, neg_cats = categories()
    labels = {}
    for kind, cats, n, prefix in (('positive', pos_cats, N_POS, 'p'), ('negative', neg_cats, N_NEG, 'n')):
        d = os.path.join(out, kind)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith('.eml'):
                os.remove(os.path.join(d, old))
        for i, (cat, lang) in enumerate(plan(a.seed, cats, n, kind)):
            data, types, note = gen_one(a.seed, kind, i, cat, lang, blind, occ=i // len(cats))
            if kind == 'positive' and not types:
                raise AssertionError('positive without types: %s' % cat[0])
            if kind == 'negative' and types:
                raise AssertionError('negative with types %r: %s' % (types, cat[0]))
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i + 1, cat[0])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = dict(confidential=kind == 'positive', types=types, lang=lang, note=note)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    stats, digest = self_check(out, labels)
    print('positives: %d  negatives: %d  fr: %d  en: %d  leaf parts: %d  attachments: %d'
          % (stats['pos'], stats['neg'], stats['fr'], stats['en'], stats['parts'], stats['atts']))
    print('sha256: %s' % digest)
    return 0


if __name__ == '__main__':
    sys.exit(main())
