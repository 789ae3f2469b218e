#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus for DLP evaluation.

Flavour: emergency department and inpatient psychiatry of an (invented) Ontario
community hospital near the Quebec border.  Writes positive/pNNN_<cat>.eml,
negative/nNNN_<cat>.eml and labels.json next to this file (or under --out).

Everything is invented: people, institutions, domains (*.example), 555 phones.
RAMQ NAMs come only from ../blind_nams.txt; every other identifier is generated
valid and checked with python-stdnum.  Output is byte-for-byte reproducible.
"""

import argparse
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import unicodedata
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime, encode_rfc2231

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3636
N_POS, N_NEG = 120, 180
EN_SHARE = 0.65
FIXED_ZIP_TIME = (2025, 1, 15, 8, 0, 0)
FIXED_ISO = '2025-01-15T08:00:00Z'

HOSP_EN = 'Riverbend Community Hospital'
HOSP_FR = 'Hôpital communautaire Riverbend'
HOSP_DOM = 'riverbend-hc.example'
TOWN = 'Pointe-Riveraine'


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def fold(s):
    """accent-folded, lower-case"""
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if not unicodedata.combining(c)).lower()


def alnum(s):
    return re.sub(r'[^0-9a-z]', '', fold(s))


CHAR_FALLBACK = {
    '\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
    '\u2014': '-', '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u2022': '*',
    '\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\u2191': '^', '\u2193': 'v',
    '\u00a0': ' ', '\u2011': '-', '\u20ac': 'EUR', '\u2248': '~',
}


def fit_charset(text, charset):
    """Return (text, charset) so that text encodes in charset; degrade
    typographic characters first, fall back to utf-8 otherwise."""
    try:
        text.encode(charset)
        return text, charset
    except UnicodeEncodeError:
        pass
    t2 = ''.join(CHAR_FALLBACK.get(c, c) for c in text)
    try:
        t2.encode(charset)
        return t2, charset
    except UnicodeEncodeError:
        return text, 'utf-8'


def wchoice(rng, pairs):
    """weighted choice from [(item, weight), ...]"""
    total = sum(w for _, w in pairs)
    x = rng.uniform(0, total)
    acc = 0
    for item, w in pairs:
        acc += w
        if x <= acc:
            return item
    return pairs[-1][0]


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
             'August', 'September', 'October', 'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet',
             'août', 'septembre', 'octobre', 'novembre', 'décembre']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']


def fmt_date(d, lang, rng, style=None):
    styles = ['iso', 'long', 'dmy', 'short']
    style = style or rng.choice(styles)
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 'dmy':
        return d.strftime('%d/%m/%Y')
    # short: 04-Mar-58 / 04 mars 1958
    if lang == 'fr':
        return '%02d-%s-%d' % (d.day, MONTHS_FR[d.month - 1][:4].rstrip('.'), d.year)
    return '%02d-%s-%s' % (d.day, MONTHS_EN[d.month - 1][:3], d.strftime('%y'))


def day_label(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    return '%s %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1][:3], d.day)


def hm(h, m=0, lang='en'):
    if lang == 'fr':
        return '%dh%02d' % (h, m)
    return '%02d:%02d' % (h, m)


def phone(rng, area=None):
    area = area or rng.choice(['613', '613', '343', '450', '819'])
    return '%s-555-01%02d' % (area, rng.randint(0, 99))


def typo(text, rng, rate=0.04, protect=()):
    """Introduce a few realistic typos in lower-case words only (never in
    names or identifiers)."""
    def swap(m):
        w = m.group(0)
        if rng.random() > rate or fold(w) in protect:
            return w
        k = rng.randrange(4)
        i = rng.randrange(1, len(w) - 2)
        if k == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k == 1:
            return w[:i] + w[i + 1:]
        if k == 2:
            return w[:i] + w[i] + w[i:]
        return w
    return re.sub(r'(?<![\w@./:-])[a-zàâçéèêëîïôûùüÿ]{6,}(?![\w@.:-])', swap, text)


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------

def rdigits(rng, n):
    return ''.join(str(rng.randint(0, 9)) for _ in range(n))


def gen_hcn(rng):
    """Ontario health number: 10 digits, Luhn check digit (checked with stdnum.luhn)."""
    while True:
        base = str(rng.randint(1, 9)) + rdigits(rng, 8)
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num


def gen_sin(rng):
    while True:
        base = rng.choice('1234567') + rdigits(rng, 7)
        num = base + luhn.calc_check_digit(base)
        if ca_sin.is_valid(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 996)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        base = dob.strftime('%y%m%d') + '%03d' % serial
        n = int(('2' if dob.year >= 2000 else '') + base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num) and be_nn.get_birth_date(num) == dob and be_nn.get_gender(num) == sex:
            return num


def gen_nir(rng, dob, sex):
    while True:
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + rng.choice(
            ['75', '69', '13', '59', '33', '67', '35', '44']) + '%03d' % rng.randint(1, 400) + '%03d' % rng.randint(1, 999)
        num = base + '%02d' % (97 - int(base) % 97)
        if fr_nir.is_valid(num):
            return num


def gen_mrn(rng):
    """Hospital chart number: 7 digits + Luhn check digit."""
    while True:
        base = '0' + str(rng.randint(1, 9)) + rdigits(rng, 5)
        num = base + luhn.calc_check_digit(base)
        if luhn.is_valid(num):
            return num


def gen_luhn_asset(rng, n):
    """Asset / serial numbers that happen to pass a Luhn check (hard negatives)."""
    base = str(rng.randint(1, 9)) + rdigits(rng, n - 2)
    num = base + luhn.calc_check_digit(base)
    assert luhn.is_valid(num)
    return num


def nam_ok(surname, given, dob, sex, nam):
    s = re.sub(r'[^A-Z]', '', fold(surname).upper())
    g = fold(given).upper()[0]
    mm = dob.month + (50 if sex == 'F' else 0)
    return (re.fullmatch(r'[A-Z]{4}\d{8}', nam) is not None and nam[:3] == s[:3] and nam[3] == g
            and nam[4:6] == dob.strftime('%y') and nam[6:8] == '%02d' % mm and nam[8:10] == '%02d' % dob.day)


# --------------------------------------------------------------------------
# people and institutions (all invented)
# --------------------------------------------------------------------------

NICK = {
    'Robert': ['Bob', 'Bobby'], 'Michel': ['Mike', 'Mich'], 'John': ['Johnny', 'Jack'],
    'Pierre': ['Pierrot', 'Pete'], 'Sylvie': ['Syl'], 'Geneviève': ['Gen', 'Ginny'],
    'Nathalie': ['Nath', 'Nat'], 'Denise': ['Dee', 'Deedee'], 'Jacques': ['Jack', 'Jacquot'],
    'Gilles': ['Gil'], 'David': ['Dave'], 'Louis': ['Lou', 'Loulou'], 'Josée': ['Jo', 'Jojo'],
    'Diane': ['Di'], 'Emma': ['Em'], 'Ginette': ['Gigi'], 'André': ['Dédé', 'Andy'],
    'Sofia': ['Sof', 'Sophie'], 'Manon': ['Mano'], 'Liam': ['Li'], 'Marc': ['Marco'],
    'Sarah': ['Sarah-Lou'], 'Mary': ['Mare'], 'Claude': ['Cloclo'],
    'Kevin': ['Kev'], 'Jessica': ['Jess'], 'Tyler': ['Ty'], 'Ashley': ['Ash'], 'Brandon': ['Bran'],
    'Megan': ['Meg'], 'Dylan': ['Dyl'], 'Kayla': ['Kay'], 'Christopher': ['Chris'],
    'Amanda': ['Mandy'], 'Justin': ['Juju'], 'Patrick': ['Pat'], 'Raymond': ['Ray'],
    'Gordon': ['Gord'], 'Mathieu': ['Math'], 'Maxime': ['Max'], 'Alexandre': ['Alex'],
    'Jean-François': ['J-F', 'Jeff'], 'Sébastien': ['Seb'], 'Étienne': ['Tienne'],
    'Guillaume': ['Guy'], 'Marie-Ève': ['Marie'], 'Yannick': ['Yan'], 'Réjean': ['Réj'],
    'Gaétan': ['Gaet'], 'Benoît': ['Ben'], 'Catherine': ['Cath'], 'Véronique': ['Véro'],
    'Isabelle': ['Isa'], 'Mélanie': ['Mel'], 'Frédéric': ['Fred'], 'Daniel': ['Dan', 'Danny'],
    'Thomas': ['Tom', 'Tommy'], 'Samuel': ['Sam'], 'Olivier': ['Oli'], 'Noémie': ['Noé'],
}

PAT_FIRST_EN_M = ['Kevin', 'Tyler', 'Brandon', 'Dylan', 'Christopher', 'Justin', 'Patrick', 'Raymond',
                  'Gordon', 'Shawn', 'Travis', 'Derek', 'Wayne', 'Harold', 'Daniel', 'Thomas', 'Cody']
PAT_FIRST_EN_F = ['Jessica', 'Ashley', 'Megan', 'Kayla', 'Amanda', 'Brittany', 'Courtney', 'Heather',
                  'Crystal', 'Melissa', 'Tammy', 'Lisa', 'Colleen', 'Doris', 'Shirley', 'Krista']
PAT_FIRST_FR_M = ['Mathieu', 'Maxime', 'Jean-François', 'Sébastien', 'Alexandre', 'Étienne', 'Guillaume',
                  'Yannick', 'Réjean', 'Gaétan', 'Marcel', 'Benoît', 'Frédéric', 'Samuel', 'Olivier']
PAT_FIRST_FR_F = ['Émilie', 'Catherine', 'Véronique', 'Isabelle', 'Mélanie', 'Julie', 'Annie',
                  'Marie-Ève', 'Karine', 'Lise', 'Jocelyne', 'Huguette', 'Thérèse', 'Noémie', 'Chloé']
PAT_SUR = ['Lalonde', 'Séguin', 'Lefebvre', 'Charbonneau', 'Brisebois', 'Villeneuve', 'Quesnel',
           'Cadieux', 'Laframboise', 'Desjardins', 'Proulx', 'Pilon', 'Legault', 'Sabourin', 'Bergeron',
           'Lavigne', 'Chénier', 'Ménard', 'Larocque', 'Giroux', 'Ladouceur', 'MacLeod', 'McDonell',
           'Grant', 'Campbell', 'Kennedy', 'Fraser', "O'Brien", 'Murphy', 'Walsh', 'Sullivan', 'Dupuis',
           'Beaulieu', 'Leroux', 'Haddad', 'Nguyen', 'Kowalski', 'Henderson', 'Boyd', 'Doyle',
           'Mercier', 'Tessier', 'Racine', 'Deschamps', 'Lamarche', 'St-Denis', 'Parisien', 'Dicaire']
BE_FIRST = [('Arnaud', 'M'), ('Maxime', 'M'), ('Thibaut', 'M'), ('Lotte', 'F'), ('Elise', 'F'), ('Margaux', 'F')]
BE_SUR = ['Vandenberghe', 'Dewulf', 'Lambrechts', 'Peeters', 'Janssens', 'Dubois-Lemaire']
FR_FIRST = [('Bastien', 'M'), ('Quentin', 'M'), ('Romain', 'M'), ('Camille', 'F'), ('Océane', 'F'), ('Manon', 'F')]
FR_SUR = ['Garnier', 'Fabre', 'Rousseau-Maillet', 'Perrin', 'Chevalier', 'Marchand']

STAFF_FIRST = ['Chantal', 'Geoff', 'Amélie', 'Ravi', 'Kathleen', 'Luc', 'Sandrine', 'Omar', 'Heather',
               'Benoît', 'Priya', 'Marc-André', 'Lindsay', 'Sylvain', 'Farah', 'Trevor', 'Nadia', 'Joël',
               'Brenda', 'Hugo', 'Melanie', 'Stéphane', 'Aisha', 'Dominic', 'Caroline', 'Yves', 'Tanya',
               'Pascale', 'Graham', 'Isabeau', 'Kwame', 'Lucie', 'Rebecca', 'Mathilde', 'Andrew', 'Josiane']
STAFF_SUR = ['Tremblay', 'Bissonnette', 'Courville', 'Hébert', 'Archambault', 'Pépin', 'Dubé', 'Vachon',
             'Lemieux', 'Paré', 'Sauvé', 'Lacasse', 'Rochon', 'Whitfield', 'Ashworth', 'Kaplan', 'Okafor',
             'Chen', 'Patel', 'Rahman', 'Delorme', 'Thibodeau', 'Leduc', 'Carrière', 'Montpetit', 'Ferland',
             'Gratton', 'Brault', 'McRae', 'Sinclair', 'Nolan', 'Barrett', 'Harrington', 'Lévesque-Roy',
             'Aubin', 'Kirkland']

ROLES = [
    # key, en, fr, count, physician?
    ('edmd', 'Emergency Physician', 'Urgentologue', 4, True),
    ('psych', 'Psychiatrist', 'Psychiatre', 3, True),
    ('charge', 'ED Charge Nurse', 'Infirmière-chef d\'équipe, Urgence', 3, False),
    ('rn3w', 'RN, Inpatient Psychiatry 3 West', 'Infirmière, psychiatrie 3 Ouest', 3, False),
    ('flow', 'Patient Flow Coordinator', 'Coordonnatrice du flux des patients', 2, False),
    ('crisis', 'Mental Health Crisis Worker', 'Intervenante de crise en santé mentale', 3, False),
    ('sw', 'Social Worker, Mental Health Program', 'Travailleuse sociale, Programme de santé mentale', 3, False),
    ('pharm', 'Clinical Pharmacist', 'Pharmacienne clinicienne', 2, False),
    ('ptech', 'Pharmacy Technician', 'Technicienne en pharmacie', 1, False),
    ('mgr_ed', 'Manager, Emergency Department', 'Gestionnaire, Service des urgences', 1, False),
    ('mgr_mh', 'Manager, Mental Health Inpatient Unit', 'Gestionnaire, Unité de santé mentale', 1, False),
    ('dir', 'Director, Emergency & Mental Health Programs', 'Directrice, Programmes d\'urgence et de santé mentale', 1, False),
    ('admin', 'Administrative Assistant', 'Adjointe administrative', 2, False),
    ('clerk', 'Unit Clerk', 'Commis d\'unité', 2, False),
    ('reg', 'Patient Registration / Billing', 'Admission et facturation', 1, False),
    ('sec', 'Security Supervisor', 'Superviseur, Sécurité', 1, False),
    ('ohs', 'Occupational Health Nurse', 'Infirmière en santé au travail', 1, False),
    ('edu', 'Clinical Nurse Educator', 'Infirmière éducatrice', 1, False),
    ('qi', 'Quality & Decision Support Analyst', 'Analyste, Qualité et aide à la décision', 1, False),
    ('hr', 'Human Resources Advisor', 'Conseillère en ressources humaines', 1, False),
    ('it', 'IT Service Desk', 'Soutien informatique', 1, False),
]


MALE_FIRST = {'Geoff', 'Luc', 'Ravi', 'Omar', 'Benoît', 'Marc-André', 'Sylvain', 'Trevor', 'Joël', 'Hugo', 'Stéphane',
              'Dominic', 'Yves', 'Graham', 'Kwame', 'Andrew'}
FR_MASC = {
    'Infirmière-chef d\'équipe, Urgence': 'Infirmier-chef d\'équipe, Urgence',
    'Infirmière, psychiatrie 3 Ouest': 'Infirmier, psychiatrie 3 Ouest',
    'Coordonnatrice du flux des patients': 'Coordonnateur du flux des patients',
    'Intervenante de crise en santé mentale': 'Intervenant de crise en santé mentale',
    'Travailleuse sociale, Programme de santé mentale': 'Travailleur social, Programme de santé mentale',
    'Pharmacienne clinicienne': 'Pharmacien clinicien', 'Technicienne en pharmacie': 'Technicien en pharmacie',
    'Directrice, Programmes d\'urgence et de santé mentale': 'Directeur, Programmes d\'urgence et de santé mentale',
    'Adjointe administrative': 'Adjoint administratif', 'Infirmière en santé au travail': 'Infirmier en santé au travail',
    'Infirmière éducatrice': 'Infirmier éducateur', 'Conseillère en ressources humaines': 'Conseiller en ressources humaines',
    'Analyste, Qualité et aide à la décision': 'Analyste, Qualité et aide à la décision',
}
FR_FEM = {'Superviseur, Sécurité': 'Superviseure, Sécurité'}


class Person:
    def __init__(self, **kw):
        self.nam = self.hcn = self.hcn_vc = self.sin = self.niss = self.nir = None
        self.email = None
        self.__dict__.update(kw)

    def __repr__(self):
        return '<%s %s>' % (self.given, self.surname)


class Staff:
    def __init__(self, first, last, role, en, fr, md):
        self.first, self.last, self.role, self.en, self.fr, self.md = first, last, role, en, fr, md
        local = fold(first).replace(' ', '').replace("'", '') + '.' + fold(last).replace(' ', '').replace("'", '')
        self.addr = local.replace('-', '') + '@' + HOSP_DOM
        self.ext = None

    def display(self, lang='en', title=None):
        if self.md and title:
            return ('Dr ' if lang == 'fr' else 'Dr. ') + '%s %s' % (self.first, self.last)
        return '%s %s' % (self.first, self.last)

    def title_role(self, lang):
        if lang != 'fr':
            return self.en
        if self.first in MALE_FIRST:
            return FR_MASC.get(self.fr, self.fr)
        return FR_FEM.get(self.fr, self.fr)


ON_TOWNS = [('Pointe-Riveraine', 'ON', 'K0B'), ('Glenmoor', 'ON', 'K0C'), ('Hartwell Falls', 'ON', 'K0B'),
            ('Maple Crossing', 'ON', 'K6A'), ('Sainte-Clarisse-Est', 'ON', 'K0B'), ('Lac-Aubin', 'ON', 'K0A')]
QC_TOWNS = [('Val-des-Cèdres', 'QC', 'J0P'), ('Sainte-Émérence', 'QC', 'J0P'), ('Pointe-aux-Saules', 'QC', 'J7V'),
            ('Saint-Alphège-des-Rives', 'QC', 'J0P'), ('Rivière-Bouleau', 'QC', 'J8H')]
STREETS_EN = ['Main St', 'Mill St', 'King St E', 'Church St', 'Concession 5 Rd', 'Riverside Dr', 'Queen St W', 'Elm Ave', 'Station Rd']
STREETS_FR = ['rue Principale', 'chemin de la Rivière', 'rue des Érables', 'rang Saint-Joseph', 'boul. Riverain',
              'rue Notre-Dame', 'montée Laurin', 'rue du Moulin', 'chemin du Lac']
LETTERS = 'ABCEGHJKLMNPRSTVWXYZ'


def postal(rng, fsa):
    return '%s %d%s%d' % (fsa, rng.randint(1, 9), rng.choice(LETTERS), rng.randint(0, 9))


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            d = dt.date.fromisoformat(dob)
            if not nam_ok(sur, given, d, sex, nam):
                raise SystemExit('inconsistent NAM line: %r' % line)
            people.append((sur, given, d, sex, nam))
    return people


class World:
    def __init__(self, rng):
        self.rng = rng
        # staff roster
        firsts = STAFF_FIRST[:]
        lasts = STAFF_SUR[:]
        rng.shuffle(firsts)
        rng.shuffle(lasts)
        self.staff = {}
        i = 0
        for key, en, fr, n, md in ROLES:
            self.staff[key] = []
            for _ in range(n):
                s = Staff(firsts[i % len(firsts)], lasts[i % len(lasts)], key, en, fr, md)
                s.ext = str(4000 + rng.randint(100, 899))
                self.staff[key].append(s)
                i += 1
        # patients
        self.qc = []
        for sur, given, d, sex, nam in load_nams():
            self.qc.append(self._mk(sur, given, d, sex, 'QC', nam=nam))
        self.on = []
        used = set()
        for k in range(70):
            sex = rng.choice('MF')
            fr = rng.random() < 0.55
            pool = (PAT_FIRST_FR_M if sex == 'M' else PAT_FIRST_FR_F) if fr else (PAT_FIRST_EN_M if sex == 'M' else PAT_FIRST_EN_F)
            while True:
                g, s = rng.choice(pool), rng.choice(PAT_SUR)
                if (g, s) not in used:
                    used.add((g, s))
                    break
            if k < 8:
                y = rng.randint(2008, 2020)
            else:
                y = rng.randint(1935, 2006)
            d = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
            self.on.append(self._mk(s, g, d, sex, 'ON'))
        self.foreign = []
        for k in range(6):
            if k % 2 == 0:
                g, sex = rng.choice(BE_FIRST)
                s = rng.choice(BE_SUR)
                d = dt.date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
                p = self._mk(s, g, d, sex, 'BE')
                p.niss = gen_niss(rng, d, sex)
            else:
                g, sex = rng.choice(FR_FIRST)
                s = rng.choice(FR_SUR)
                d = dt.date(rng.randint(1955, 2004), rng.randint(1, 12), rng.randint(1, 28))
                p = self._mk(s, g, d, sex, 'FR')
                p.nir = gen_nir(rng, d, sex)
            self.foreign.append(p)
        self._qc_queue = []
        self._on_queue = []

    def _mk(self, sur, given, d, sex, origin, nam=None):
        rng = self.rng
        p = Person(surname=sur, given=given, dob=d, sex=sex, origin=origin, nam=nam)
        p.mrn = gen_mrn(rng)
        if origin == 'ON':
            p.hcn = gen_hcn(rng)
            p.hcn_vc = rng.choice(LETTERS) + rng.choice(LETTERS)
        if origin in ('ON', 'QC'):
            p.sin = gen_sin(rng)
        if origin in ('ON', 'QC'):
            town, prov, fsa = rng.choice(ON_TOWNS if origin == 'ON' else QC_TOWNS)
            if origin == 'QC' or rng.random() < 0.5:
                street = rng.choice(STREETS_FR)
            else:
                street = rng.choice(STREETS_EN)
            p.street = '%d %s' % (rng.randint(2, 2900), street)
            if rng.random() < 0.25:
                p.street = ('app. %d, ' % rng.randint(1, 12) if 'rue' in street or 'chemin' in street else 'Apt %d, ' % rng.randint(1, 12)) + p.street
            p.town, p.prov, p.postal = town, prov, postal(rng, fsa)
            p.phone = phone(rng, '450' if origin == 'QC' else rng.choice(['613', '343']))
        else:
            p.street = rng.choice(['Motel du Fleuve, ch. 14', 'Auberge Riveraine, ch. 7', 'Camping Lac-Aubin, site 22'])
            p.town, p.prov, p.postal = 'Pointe-Riveraine', 'ON', postal(rng, 'K0B')
            p.phone = ('+32 470 555 %03d' if origin == 'BE' else '+33 6 555 01%02d') % (rng.randint(100, 199) if origin == 'BE' else rng.randint(0, 99))
        p.nick = rng.choice(NICK[given]) if given in NICK else None
        mail_local = rng.choice(['%s.%s', '%s%s', '%s_%s%d'])
        try:
            local = mail_local % (fold(given)[:rng.randint(3, 8)], fold(sur).replace(' ', '').replace("'", ''))
        except TypeError:
            local = mail_local % (fold(given), fold(sur).replace("'", ''), rng.randint(1, 99))
        p.email = re.sub(r'[^a-z0-9._]', '', local) + '@' + rng.choice(['courriel.example', 'mailbox.example', 'netmail.example'])
        return p

    def pick_qc(self, rng, minage=None, maxage=None, when=None):
        when = when or dt.date(2025, 6, 1)
        cands = [p for p in self.qc if (minage is None or age_at(p.dob, when) >= minage)
                 and (maxage is None or age_at(p.dob, when) <= maxage)]
        # spread usage: prefer least-used
        cands.sort(key=lambda p: (getattr(p, 'used', 0), rng.random()))
        p = cands[0]
        p.used = getattr(p, 'used', 0) + 1
        return p

    def pick_on(self, rng, minage=None, maxage=None, when=None):
        when = when or dt.date(2025, 6, 1)
        cands = [p for p in self.on if (minage is None or age_at(p.dob, when) >= minage)
                 and (maxage is None or age_at(p.dob, when) <= maxage)]
        cands.sort(key=lambda p: (getattr(p, 'used', 0), rng.random()))
        p = cands[0]
        p.used = getattr(p, 'used', 0) + 1
        return p

    def pick(self, rng, minage=None, maxage=None, when=None, qc_share=0.4):
        if rng.random() < qc_share:
            return self.pick_qc(rng, minage, maxage, when)
        return self.pick_on(rng, minage, maxage, when)

    def st(self, rng, key):
        return rng.choice(self.staff[key])


ORGS = {
    'cisss': ('CISSS des Deux-Rives', 'cisss-deuxrives.example'),
    'clsc': ('CLSC de Val-des-Cèdres', 'cisss-deuxrives.example'),
    'bellmont': ('Bellmont Mental Health Centre', 'bellmont-mhc.example'),
    'police': ('Pointe-Riveraine Police Service', 'prps.example'),
    'shelter': ('Maison Le Phare', 'maisonlephare.example'),
    'housing': ('Ancrage Supportive Housing / Logements Ancrage', 'ancrage-logement.example'),
    'cas': ("Children's Aid Society of the Eastern Counties", 'cas-eastcounties.example'),
    'pharmacy': ('Pharmacie Brault-Lavigne', 'pharmabrault.example'),
    'transport': ('TransMed Est', 'transmedest.example'),
    'rights': ('Rights Advice Service – Eastern Counties', 'rightsadvice-east.example'),
    'health_unit': ('Eastern Counties Health Unit / Bureau de santé des comtés de l\'Est', 'echu.example'),
    'homecare': ('HomeCare East / Soins à domicile Est', 'homecare-east.example'),
    'cmh': ('Riverbend Community Mental Health Clinic', 'riverbend-cmh.example'),
    'ccb': ('Consent and Capacity Board – Eastern Region Office', 'ccb-east.example'),
    'legal': ('Étude Gravel & Sicotte, avocats', 'gravelsicotte.example'),
    'insurer_be': ('Mutualité Solidaris-Nord (assistance voyage)', 'mutnord-assistance.example'),
    'insurer_fr': ('Assistance Voyage Hexa – service médical', 'hexa-assistance.example'),
}


def ext_contact(rng, org, lang=None):
    name, dom = ORGS[org]
    first = rng.choice(['Nicole', 'Jean-Marc', 'Kelly', 'Annick', 'Steve', 'Martine', 'Paul', 'Roxanne', 'Dwayne', 'Hélène'])
    last = rng.choice(['Gervais', 'Pelland', 'Moodie', 'Larivière', 'Fong', 'Duquette', 'Barkley', 'Beauchamp'])
    addr = '%s.%s@%s' % (fold(first).replace('-', ''), fold(last), dom)
    return ('%s %s' % (first, last), addr, name)


# --------------------------------------------------------------------------
# clinical / social vocabulary (en, fr)
# --------------------------------------------------------------------------

ED_DX = [
    ('chest pain, r/o ACS', 'DRS, r/o SCA'), ('NSTEMI', 'NSTEMI'), ('CHF exacerbation', 'IC décompensée'),
    ('AECOPD', 'MPOC exacerbée'), ('CAP', 'pneumonie acquise en communauté'), ('urosepsis', 'urosepsis'),
    ('delirium ?UTI', 'délirium ?IVU'), ('#hip (L) post fall', 'fx hanche G post-chute'),
    ('DKA', 'acidocétose diabétique'), ('upper GI bleed', 'HDH (hémorragie digestive haute)'),
    ('cellulitis L leg', 'cellulite jambe G'), ('alcohol withdrawal, CIWA 18', 'sevrage ROH, CIWA 18'),
    ('opioid overdose, naloxone x2', 'surdose d\'opioïdes, naloxone x2'), ('renal colic', 'colique néphrétique'),
    ('syncope NYD', 'syncope NYD'), ('TIA', 'ICT'), ('new AF w RVR', 'FA rapide de novo'),
    ('pyelonephritis', 'pyélonéphrite'), ('SBO', 'occlusion du grêle'), ('head injury on DOAC', 'TCC sous AOD'),
]
PSY_DX = [
    ('acute psychosis', 'psychose aiguë'),
    ('schizophrenia, decompensated (non-adherent)', 'schizophrénie décompensée (non-observance)'),
    ('bipolar I, current episode manic', 'trouble bipolaire I, épisode maniaque'),
    ('MDD with suicidal ideation', 'dépression majeure avec idées suicidaires'),
    ('intentional acetaminophen overdose', 'intoxication volontaire à l\'acétaminophène'),
    ('alcohol use disorder, severe', 'trouble lié à l\'usage de l\'alcool, sévère'),
    ('methamphetamine-induced psychosis', 'psychose induite par la méthamphétamine'),
    ('borderline PD, self-harm (cutting)', 'TPL, automutilation (coupures)'),
    ('postpartum depression', 'dépression post-partum'),
    ('major neurocognitive disorder with BPSD', 'trouble neurocognitif majeur avec SCPD'),
    ('first-episode psychosis', 'premier épisode psychotique'),
    ('adjustment disorder, SI without plan', 'trouble d\'adaptation, IS sans plan'),
    ('schizoaffective disorder', 'trouble schizo-affectif'), ('PTSD, acute crisis', 'TSPT, crise aiguë'),
    ('opioid use disorder', 'trouble lié à l\'usage des opioïdes'), ('catatonia', 'catatonie'),
]
DX_RULE = {
    'postpartum depression': lambda p, a: p.sex == 'F' and 18 <= a <= 45,
    'major neurocognitive disorder with BPSD': lambda p, a: a >= 62,
    'first-episode psychosis': lambda p, a: a <= 35,
    'delirium ?UTI': lambda p, a: a >= 60, '#hip (L) post fall': lambda p, a: a >= 55,
    'NSTEMI': lambda p, a: a >= 35, 'CHF exacerbation': lambda p, a: a >= 45, 'AECOPD': lambda p, a: a >= 45,
    'new AF w RVR': lambda p, a: a >= 40, 'head injury on DOAC': lambda p, a: a >= 55,
    'chest pain, r/o ACS': lambda p, a: a >= 25, 'TIA': lambda p, a: a >= 40, 'SBO': lambda p, a: a >= 30,
    'catatonia': lambda p, a: a >= 16,
}
PEDS_DX = [
    ('croup', 'laryngite (croup)'), ('febrile seizure', 'convulsion fébrile'), ('bronchiolitis', 'bronchiolite'),
    ('forearm fracture', 'fracture de l\'avant-bras'), ('anxiety crisis, school refusal', 'crise d\'anxiété, refus scolaire'),
    ('asthma exacerbation', 'exacerbation d\'asthme'), ('gastroenteritis w dehydration', 'gastro-entérite avec déshydratation'),
    ('ingestion of grandmother\'s pills', 'ingestion de comprimés de la grand-mère'),
]
PSY_MEDS = [
    ('olanzapine 10 mg PO HS', 'olanzapine 10 mg PO HS'), ('haloperidol 5 mg IM', 'halopéridol 5 mg IM'),
    ('lorazepam 2 mg SL', 'lorazépam 2 mg SL'), ('quetiapine 100 mg HS', 'quétiapine 100 mg HS'),
    ('lithium carbonate 900 mg HS', 'carbonate de lithium 900 mg HS'), ('divalproex 500 mg BID', 'divalproex 500 mg BID'),
    ('sertraline 100 mg daily', 'sertraline 100 mg DIE'), ('clozapine 300 mg HS', 'clozapine 300 mg HS'),
    ('paliperidone palmitate 150 mg IM q4wk', 'palmitate de palipéridone 150 mg IM q4sem'),
    ('aripiprazole 15 mg daily', 'aripiprazole 15 mg DIE'), ('risperidone 2 mg BID', 'rispéridone 2 mg BID'),
    ('methadone 80 mg daily', 'méthadone 80 mg DIE'), ('buprenorphine-naloxone 16 mg SL daily', 'buprénorphine-naloxone 16 mg SL DIE'),
    ('zopiclone 7.5 mg HS', 'zopiclone 7,5 mg HS'), ('venlafaxine XR 150 mg daily', 'venlafaxine XR 150 mg DIE'),
    ('lamotrigine 100 mg BID', 'lamotrigine 100 mg BID'), ('loxapine 25 mg IM PRN', 'loxapine 25 mg IM PRN'),
    ('clonazepam 0.5 mg BID', 'clonazépam 0,5 mg BID'),
]
ED_MEDS = [
    ('metoprolol 25 mg BID', 'métoprolol 25 mg BID'), ('apixaban 5 mg BID', 'apixaban 5 mg BID'),
    ('metformin 1000 mg BID', 'metformine 1000 mg BID'), ('insulin glargine 22 units HS', 'insuline glargine 22 U HS'),
    ('furosemide 40 mg IV', 'furosémide 40 mg IV'), ('salbutamol MDI PRN', 'salbutamol AD PRN'),
    ('ASA 81 mg daily', 'AAS 81 mg DIE'), ('atorvastatin 40 mg daily', 'atorvastatine 40 mg DIE'),
    ('ceftriaxone 1 g IV q24h', 'ceftriaxone 1 g IV q24h'), ('warfarin 5 mg daily', 'warfarine 5 mg DIE'),
    ('hydromorphone 1 mg SC q4h PRN', 'hydromorphone 1 mg SC q4h PRN'), ('pantoprazole 40 mg IV BID', 'pantoprazole 40 mg IV BID'),
    ('thiamine 100 mg IV', 'thiamine 100 mg IV'), ('piperacillin-tazobactam 4.5 g IV q8h', 'pipéracilline-tazobactam 4,5 g IV q8h'),
    ('levothyroxine 0.1 mg daily', 'lévothyroxine 0,1 mg DIE'), ('prednisone 40 mg x5d', 'prednisone 40 mg x 5 j'),
]

def _lab_list(rng, lang):
    fr = lang == 'fr'
    def dec(x, nd=1):
        s = ('%.' + str(nd) + 'f') % x
        return s.replace('.', ',') if fr else s
    return [
        ('K %s' % dec(rng.uniform(5.8, 7.1))),
        ('Na %d' % rng.randint(118, 129)),
        ('%s %d' % ('créat' if fr else 'Cr', rng.randint(140, 420))),
        ('%s %d ng/L' % ('tropo hs' if fr else 'hs-trop', rng.randint(60, 2400))),
        ('%s %s' % ('lactates' if fr else 'lactate', dec(rng.uniform(2.5, 7.8)))),
        ('%s %d mmol/L' % ('éthanolémie' if fr else 'EtOH', rng.randint(18, 85))),
        ('%s %s mmol/L' % ('lithémie' if fr else 'Li level', dec(rng.uniform(1.3, 2.6)))),
        ('%s %d µmol/L %s' % ('acétaminophène' if fr else 'APAP', rng.randint(600, 1900), 'à 4 h' if fr else '@4h')),
        ('%s %s' % ('glycémie' if fr else 'glucose', dec(rng.uniform(19, 34)))),
        ('Hb %d' % rng.randint(58, 84)),
        ('%s %s' % ('GB' if fr else 'WBC', dec(rng.uniform(14, 26)))),
        ('%s %s' % ('RNI' if fr else 'INR', dec(rng.uniform(3.2, 6.5)))),
        ('CK %d' % rng.randint(1500, 9800)),
        ('%s' % ('dépistage urinaire + amphétamines, + cannabinoïdes' if fr else 'UDS + amphetamines, + THC')),
        ('TSH %s' % dec(rng.uniform(0.01, 0.08), 2)),
        ('%s %s' % ('NAN' if fr else 'ANC', dec(rng.uniform(0.9, 1.9)))),
        ('%s %s' % ('pH veineux' if fr else 'VBG pH', dec(rng.uniform(7.02, 7.21), 2))),
        ('%s %d' % ('ammoniémie' if fr else 'ammonia', rng.randint(70, 140))),
        ('%s %s' % ('valproémie' if fr else 'VPA level', rng.randint(130, 190))),
    ]


SOCIAL = [
    ('NFA, staying at Maison Le Phare shelter', 'SDF, hébergé(e) à la Maison Le Phare'),
    ('evicted last week, couch-surfing with a friend', 'évincé(e) la semaine dernière, dort chez un ami'),
    ('lives alone, no family nearby', 'vit seul(e), aucune famille à proximité'),
    ('2 kids (4 and 7), custody shared with ex, CAS file open', '2 enfants (4 et 7 ans), garde partagée avec l\'ex, dossier DPJ ouvert'),
    ('on ODSP, 3 months of rent arrears', 'prestataire du POSPH, 3 mois de loyer en retard'),
    ('recently lost job at the paper mill', 'a récemment perdu son emploi à l\'usine de papier'),
    ('on probation, no-contact order with ex-partner', 'en probation, interdiction de contact avec l\'ex-conjoint(e)'),
    ('lives with elderly mother who is the main caregiver', 'vit avec sa mère âgée, principale proche aidante'),
    ('separated 2 months ago, partner kept the kids', 'séparé(e) depuis 2 mois, l\'ex a gardé les enfants'),
    ('landlord threatening eviction after noise complaints', 'le propriétaire menace d\'éviction (plaintes pour bruit)'),
    ('daughter is POA for personal care', 'sa fille est mandataire (soins personnels)'),
    ('works nights at the truck stop, no drug coverage', 'travaille de nuit au relais routier, sans assurance médicaments'),
    ('gambling debts, car repossessed last month', 'dettes de jeu, voiture saisie le mois dernier'),
    ('partner violence reported, currently at a women\'s shelter', 'violence conjugale rapportée, actuellement en maison d\'hébergement'),
    ('lives in a rooming house on Mill St, no phone', 'vit en maison de chambres, pas de téléphone'),
]


class Ctx:
    """Per-message context: random source, language, and the label book-keeping.
    Every helper that writes personal content records its finding type."""

    def __init__(self, world, rng, lang, when, positive):
        self.w, self.rng, self.lang, self.when, self.positive = world, rng, lang, when, positive
        self.types = set()
        self.evidence = []      # strings that must survive into the decoded message
        self.note = ''
        self.pats = []

    # language / random shortcuts
    def L(self, en, fr):
        return fr if self.lang == 'fr' else en

    def ch(self, *opts):
        return self.rng.choice(opts)

    def pick(self, seq):
        return self.rng.choice(seq)

    def lazy(self, *fns):
        """choose one alternative and only then evaluate it (keeps labels exact)"""
        return self.rng.choice(fns)()

    def staff(self, key):
        return self.w.st(self.rng, key)

    def _need_pos(self):
        if not self.positive:
            raise AssertionError('patient helper used in a negative message')

    def add(self, *types):
        self._need_pos()
        self.types.update(types)

    # patients
    def patient(self, minage=None, maxage=None, qc_share=0.5, origin=None):
        self._need_pos()
        if origin == 'QC':
            p = self.w.pick_qc(self.rng, minage, maxage, self.when)
        elif origin == 'ON':
            p = self.w.pick_on(self.rng, minage, maxage, self.when)
        elif origin == 'FOREIGN':
            self.w.foreign_i = getattr(self.w, 'foreign_i', -1) + 1
            p = self.w.foreign[self.w.foreign_i % len(self.w.foreign)]
        else:
            p = self.w.pick(self.rng, minage, maxage, self.when, qc_share)
        if p not in self.pats:
            self.pats.append(p)
        return p

    def health_id(self, p, label=True):
        """provincial health identifier: RAMQ NAM for Quebec residents, OHIP number for Ontario"""
        if p.nam:
            lab = self.L(self.ch('RAMQ: ', 'RAMQ #', 'NAM: ', 'QC health card: '), self.ch('NAM : ', 'RAMQ : ', 'No RAMQ '))
            return (lab if label else '') + self.nam(p)
        lab = self.L(self.ch('OHIP: ', 'HCN: ', 'Health card: ', 'OHIP # '), self.ch('Carte santé : ', 'NCS : ', 'No carte santé ON : '))
        return (lab if label else '') + self.hcn(p)

    def age(self, p):
        return age_at(p.dob, self.when)

    def agesex(self, p, style=None):
        a = self.age(p)
        sx = p.sex
        if self.lang == 'fr':
            sx = 'H' if p.sex == 'M' else 'F'
            return self.ch('%d%s' % (a, sx), '%d ans %s' % (a, sx), '%s %d ans' % ('homme' if p.sex == 'M' else 'femme', a))
        return self.ch('%d%s' % (a, sx), '%d y/o %s' % (a, sx), '%dyo %s' % (a, 'male' if sx == 'M' else 'female'))

    def name(self, p, style=None):
        self.add('patient_name')
        r = self.rng
        st = style or wchoice(r, [('full', 5), ('sf', 3), ('SF', 3), ('init', 1), ('sinit', 2), ('nick', 1),
                                  ('title', 2), ('lower', 1)])
        g, s = p.given, p.surname
        if st == 'full':
            out = '%s %s' % (g, s)
        elif st == 'sf':
            out = '%s, %s' % (s, g)
        elif st == 'SF':
            out = r.choice(['%s, %s', '%s %s']) % (s.upper(), g)
        elif st == 'init':
            out = '%s. %s' % (g[0], s)
        elif st == 'sinit':
            out = '%s %s.' % (s, g[0])
        elif st == 'nick':
            if p.nick:
                out = r.choice(['%s %s' % (p.nick, s), '%s "%s" %s' % (g, p.nick, s), '%s (%s) %s' % (p.nick, g, s)])
            else:
                out = '%s %s' % (g, s)
        elif st == 'title':
            if self.lang == 'fr':
                t = 'M.' if p.sex == 'M' else 'Mme'
            else:
                t = 'Mr.' if p.sex == 'M' else r.choice(['Ms.', 'Mrs.', 'Ms'])
            out = r.choice(['%s %s' % (t, s), '%s %s %s' % (t, g, s)])
        else:
            out = ('%s %s' % (g, s)).lower()
        self.evidence.append(('name', s))
        return out

    def dob(self, p, style=None):
        self.add('date_of_birth')
        out = fmt_date(p.dob, self.lang, self.rng, style)
        self.evidence.append(('text', str(p.dob.year)[2:]))
        return out

    def dob_label(self, p):
        lab = self.L(self.ch('DOB', 'D.O.B.', 'born', 'DOB:'), self.ch('DDN', 'date de naissance', 'né(e) le', 'DDN :'))
        return '%s %s' % (lab, self.dob(p))

    def nam(self, p, style=None):
        assert p.nam
        self.add('ramq_nam')
        n = p.nam
        st = style or wchoice(self.rng, [('plain', 5), ('sp', 4), ('lower', 1), ('dash', 1), ('sp2', 1)])
        if st == 'plain':
            out = n
        elif st == 'sp':
            out = '%s %s %s' % (n[:4], n[4:8], n[8:])
        elif st == 'lower':
            out = n.lower()
        elif st == 'dash':
            out = '%s-%s-%s' % (n[:4], n[4:8], n[8:])
        else:
            out = '%s %s %s %s' % (n[:4], n[4:6], n[6:10], n[10:])
        self.evidence.append(('id', n))
        return out

    def hcn(self, p, style=None):
        assert p.hcn
        self.add('ca_health_number')
        h = p.hcn
        st = style or wchoice(self.rng, [('dash', 4), ('dashvc', 3), ('sp', 3), ('plain', 2), ('spvc', 2)])
        out = {'dash': '%s-%s-%s' % (h[:4], h[4:7], h[7:]),
               'dashvc': '%s-%s-%s-%s' % (h[:4], h[4:7], h[7:], p.hcn_vc),
               'sp': '%s %s %s' % (h[:4], h[4:7], h[7:]),
               'plain': h,
               'spvc': '%s %s %s %s' % (h[:4], h[4:7], h[7:], p.hcn_vc)}[st]
        self.evidence.append(('id', h))
        return out

    def sin(self, p, style=None):
        assert p.sin
        self.add('ca_sin')
        s = p.sin
        st = style or self.ch('sp', 'dash', 'plain')
        out = {'sp': '%s %s %s' % (s[:3], s[3:6], s[6:]), 'dash': '%s-%s-%s' % (s[:3], s[3:6], s[6:]), 'plain': s}[st]
        self.evidence.append(('id', s))
        return out

    def niss(self, p):
        self.add('be_niss')
        n = p.niss
        out = self.ch(be_nn.format(n), n, '%s %s %s' % (n[:6], n[6:9], n[9:]))
        self.evidence.append(('id', n))
        return out

    def nir(self, p):
        self.add('fr_nir')
        n = p.nir
        out = self.ch('%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]), n,
                      '%s %s' % (n[:13], n[13:]))
        self.evidence.append(('id', n))
        return out

    def mrn(self, p, label=True):
        self.add('mrn')
        m = p.mrn
        body = self.ch(m, m, '%s %s' % (m[:4], m[4:]), '%s-%s' % (m[:7], m[7:]), m.lstrip('0'))
        self.evidence.append(('id', m.lstrip('0')))
        if not label:
            return body
        lab = self.L(self.ch('MRN', 'MRN#', 'Chart #', 'chart', 'Hosp #'), self.ch('dossier', 'no dossier', '# dossier', 'MRN', 'No. de dossier'))
        return '%s %s' % (lab, body)

    def address(self, p, oneline=True):
        self.add('patient_contact')
        self.evidence.append(('text', p.street.split(',')[-1].strip().split(' ')[0]))
        if oneline:
            return '%s, %s %s %s' % (p.street, p.town, p.prov, p.postal)
        return '%s\n%s (%s)  %s' % (p.street, p.town, p.prov, p.postal)

    def phone(self, p):
        self.add('patient_contact')
        self.evidence.append(('id', p.phone))
        return p.phone

    def pemail(self, p):
        self.add('patient_contact')
        self.evidence.append(('text', p.email))
        return p.email

    # clinical
    def dx(self, kind='psy', p=None):
        self.add('diagnosis')
        table = {'psy': PSY_DX, 'ed': ED_DX, 'peds': PEDS_DX}[kind]
        if p is not None and kind != 'peds' and self.age(p) < 13:
            table = PEDS_DX
        if p is not None:
            a = self.age(p)
            table = [x for x in table if DX_RULE.get(x[0], lambda q, y: True)(p, a)] or table
        e, f = self.rng.choice(table)
        return self.L(e, f)

    def dxs(self, n, kind='psy'):
        self.add('diagnosis')
        table = {'psy': PSY_DX, 'ed': ED_DX, 'peds': PEDS_DX}[kind]
        return [self.L(e, f) for e, f in self.rng.sample(table, n)]

    def med(self, kind='psy'):
        self.add('medication')
        e, f = self.rng.choice(PSY_MEDS if kind == 'psy' else ED_MEDS)
        return self.L(e, f)

    def meds(self, n, kind='psy'):
        self.add('medication')
        pool = PSY_MEDS if kind == 'psy' else ED_MEDS if kind == 'ed' else PSY_MEDS + ED_MEDS
        return [self.L(e, f) for e, f in self.rng.sample(pool, n)]

    def lab(self):
        self.add('lab_result')
        return self.rng.choice(_lab_list(self.rng, self.lang))

    def labs(self, n):
        self.add('lab_result')
        return self.rng.sample(_lab_list(self.rng, self.lang), n)

    def vitals(self):
        r = self.rng
        if self.lang == 'fr':
            return 'TA %d/%d FC %d FR %d T %s SpO2 %d %% %s' % (
                r.randint(95, 185), r.randint(55, 110), r.randint(58, 135), r.randint(14, 30),
                ('%.1f' % r.uniform(36.2, 39.6)).replace('.', ','), r.randint(86, 99), r.choice(['AA', '2 L LN']))
        return 'BP %d/%d HR %d RR %d T %.1f SpO2 %d%% %s' % (
            r.randint(95, 185), r.randint(55, 110), r.randint(58, 135), r.randint(14, 30),
            r.uniform(36.2, 39.6), r.randint(86, 99), r.choice(['RA', 'on 2L NP']))

    def social(self):
        self.add('social_information')
        e, f = self.rng.choice(SOCIAL)
        return self.L(e, f)

    def socials(self, n):
        self.add('social_information')
        return [self.L(e, f) for e, f in self.rng.sample(SOCIAL, n)]


# --------------------------------------------------------------------------
# body blocks -> plain text / HTML
# --------------------------------------------------------------------------
# blocks: ('p', text) ('ul', [items]) ('ol', [items]) ('table', header, rows)
#         ('pre', text) ('sig', [lines]) ('hr',) ('small', text)
#         ('quote', meta, blocks)   meta: dict(style, who, addr, date, to, subject, lang)

def quote_intro_plain(meta):
    lang, d = meta['lang'], meta['date']
    if meta['style'] == 'gt':
        if lang == 'fr':
            return 'Le %s %d %s %d à %d h %02d, %s <%s> a écrit :' % (
                DAYS_FR[d.weekday()][:3] + '.', d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute, meta['who'], meta['addr'])
        h12 = d.hour % 12 or 12
        return 'On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (
            DAYS_EN[d.weekday()][:3], MONTHS_EN[d.month - 1][:3], d.day, d.year, h12, d.minute,
            'AM' if d.hour < 12 else 'PM', meta['who'], meta['addr'])
    return None


def outlook_header_lines(meta):
    d = meta['date']
    if meta['lang'] == 'fr':
        return ['De : %s <%s>' % (meta['who'], meta['addr']),
                'Envoyé : %s %d %s %d %02d:%02d' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.year, d.hour, d.minute),
                'À : %s' % meta['to'],
                'Objet : %s' % meta['subject']]
    return ['From: %s <%s>' % (meta['who'], meta['addr']),
            'Sent: %s, %s %d, %d %d:%02d %s' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year,
                                               d.hour % 12 or 12, d.minute, 'AM' if d.hour < 12 else 'PM'),
            'To: %s' % meta['to'],
            'Subject: %s' % meta['subject']]


def render_table_plain(header, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    if style == 'pipe':
        out = [' | '.join(header)] + ['-' * min(78, len(' | '.join(header)))] + [' | '.join(r) for r in rows]
    elif style == 'tab':
        out = ['\t'.join(header)] + ['\t'.join(r) for r in rows]
    elif style == 'semi':
        out = [';'.join(header)] + [';'.join(r) for r in rows]
    elif style == 'kv' and len(header) == 2:
        out = ['%s: %s' % (r[0], r[1]) for r in rows]
    elif style == 'kv':
        out = []
        for r in rows:
            out.append('; '.join('%s: %s' % (h, c) for h, c in zip(header, r) if c))
    else:  # aligned
        widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(header)]
        widths = [min(w, 34) for w in widths]
        out = ['  '.join(h.ljust(widths[i]) for i, h in enumerate(header)).rstrip()]
        out.append('  '.join('-' * w for w in widths))
        for r in rows:
            out.append('  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
    return '\n'.join(out)


def render_plain(blocks, st):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            t = b[1]
            if st.get('wrap'):
                t = '\n'.join(textwrap.fill(line, 74, break_long_words=False, break_on_hyphens=False) if line else ''
                              for line in t.split('\n'))
            out.append(t)
        elif k in ('ul', 'ol'):
            items = []
            for i, it in enumerate(b[1], 1):
                items.append(('%d. ' % i if k == 'ol' else st.get('bullet', '- ')) + it)
            out.append('\n'.join(items))
        elif k == 'table':
            out.append(render_table_plain(b[1], b[2], st.get('table', 'aligned')))
        elif k == 'pre':
            out.append(b[1])
        elif k == 'sig':
            out.append(('-- \n' if st.get('sigdash') else '') + '\n'.join(b[1]))
        elif k == 'hr':
            out.append('_' * 40)
        elif k == 'small':
            out.append(b[1])
        elif k == 'quote':
            meta, inner = b[1], b[2]
            body = render_plain(inner, st)
            if meta['style'] == 'gt':
                out.append(quote_intro_plain(meta) + '\n' + '\n'.join(('> ' + l) if l else '>' for l in body.split('\n')))
            elif meta['style'] == 'fwd':
                head = ('---------- Message transféré ---------' if meta['lang'] == 'fr'
                        else '---------- Forwarded message ---------')
                d = meta['date']
                lines = [head, ('De : ' if meta['lang'] == 'fr' else 'From: ') + '%s <%s>' % (meta['who'], meta['addr']),
                         ('Date : ' if meta['lang'] == 'fr' else 'Date: ') + format_datetime(d),
                         ('Objet : ' if meta['lang'] == 'fr' else 'Subject: ') + meta['subject'],
                         ('À : ' if meta['lang'] == 'fr' else 'To: ') + meta['to']]
                out.append('\n'.join(lines) + '\n\n' + body)
            else:
                sep = '-----Message d\'origine-----' if meta['lang'] == 'fr' else '-----Original Message-----'
                out.append(sep + '\n' + '\n'.join(outlook_header_lines(meta)) + '\n\n' + body)
    return '\n\n'.join(out) + '\n'


def esc(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def render_html_blocks(blocks, st):
    out = []
    pcls = ' class="MsoNormal"' if st.get('html') == 'outlook' else ''
    for b in blocks:
        k = b[0]
        if k == 'p':
            out.append('<p%s>%s</p>' % (pcls, esc(b[1])))
        elif k in ('ul', 'ol'):
            out.append('<%s>\n%s\n</%s>' % (k, '\n'.join('<li>%s</li>' % esc(i) for i in b[1]), k))
        elif k == 'table':
            rows = ['<tr>%s</tr>' % ''.join('<th style="text-align:left;border:1px solid #999;padding:2px 6px">%s</th>' % esc(h) for h in b[1])]
            for r in b[2]:
                rows.append('<tr>%s</tr>' % ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % esc(str(c)) for c in r))
            out.append('<table cellspacing="0" style="border-collapse:collapse;font-size:10pt">\n%s\n</table>' % '\n'.join(rows))
        elif k == 'pre':
            out.append('<pre>%s</pre>' % html.escape(b[1], quote=False))
        elif k == 'sig':
            out.append('<div style="color:#555;font-size:9pt">%s</div>' % '<br>\n'.join(html.escape(l, quote=False) for l in b[1]))
        elif k == 'hr':
            out.append('<hr>')
        elif k == 'small':
            out.append('<p style="font-size:7.5pt;color:#888">%s</p>' % esc(b[1]))
        elif k == 'quote':
            meta, inner = b[1], b[2]
            ih = render_html_blocks(inner, st)
            if meta['style'] == 'gt':
                out.append('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s</div>\n'
                           '<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote></div>'
                           % (esc(quote_intro_plain(meta)), ih))
            elif meta['style'] == 'fwd':
                fr = meta['lang'] == 'fr'
                out.append('<div>%s<br>\n%s <b>%s</b> &lt;%s&gt;<br>\nDate: %s<br>\n%s %s<br>\n%s %s</div><br>\n%s' % (
                    '---------- Message transféré ---------' if fr else '---------- Forwarded message ---------',
                    'De :' if fr else 'From:', esc(meta['who']), esc(meta['addr']), esc(format_datetime(meta['date'])),
                    'Objet :' if fr else 'Subject:', esc(meta['subject']), 'À :' if fr else 'To:', esc(meta['to']), ih))
            else:
                hl = outlook_header_lines(meta)
                hl = ['<b>%s</b>%s' % (esc(l.split(':', 1)[0] + ':'), esc(l.split(':', 1)[1])) for l in hl]
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">'
                           '<p class="MsoNormal">%s</p></div>\n%s' % ('<br>\n'.join(hl), ih))
    return '\n'.join(out)


def render_html(blocks, st, charset, lang):
    inner = render_html_blocks(blocks, st)
    if st.get('html') == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
                '<style><!-- p.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="%s" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % (charset, 'FR-CA' if lang == 'fr' else 'EN-CA', inner))
    if st.get('html') == 'webmail':
        return '<div dir="ltr">\n%s\n</div>\n' % inner
    return ('<!DOCTYPE html>\n<html><head><meta charset="%s"></head>\n<body style="font-family:Arial,sans-serif;font-size:10pt">\n%s\n</body></html>\n'
            % (charset, inner))


# --------------------------------------------------------------------------
# MIME construction (own serializer for full control of transports)
# --------------------------------------------------------------------------

class Leaf:
    def __init__(self, headers, body):
        self.headers, self.body = headers, body


class Multi:
    def __init__(self, subtype, parts, boundary, extra=''):
        self.subtype, self.parts, self.boundary, self.extra = subtype, parts, boundary, extra
        self.headers = []


def ser(node):
    lines = []
    for k, v in node.headers:
        lines.append(('%s: %s' % (k, v)).encode('ascii'))
    if isinstance(node, Leaf):
        return b'\n'.join(lines) + b'\n\n' + node.body
    out = b'\n'.join(lines) + b'\n\n'
    if node.extra:
        out += node.extra.encode('ascii') + b'\n'
    for p in node.parts:
        out += b'\n--' + node.boundary.encode('ascii') + b'\n' + ser(p)
    out += b'\n--' + node.boundary.encode('ascii') + b'--\n'
    return out


def b64(data):
    return base64.encodebytes(data)


def text_leaf(text, subtype, charset, cte, disposition=None, filename=None):
    text, charset = fit_charset(text, charset)
    raw = text.encode(charset)
    ascii_only = all(c < 128 for c in raw)
    if ascii_only and charset not in ('utf-8',) and cte in ('7bit', '8bit'):
        pass
    if cte in ('7bit', '8bit'):
        cte = '7bit' if ascii_only else '8bit'
        if any(len(l) > 900 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
    if cte == 'base64':
        body = b64(raw)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(raw)
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        body = raw if raw.endswith(b'\n') else raw + b'\n'
    h = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
         ('Content-Transfer-Encoding', cte)]
    if disposition:
        h.append(('Content-Disposition', disposition_value(disposition, filename)))
    return Leaf(h, body)


def param_filename(key, fn, mode):
    try:
        fn.encode('ascii')
        return '%s="%s"' % (key, fn)
    except UnicodeEncodeError:
        if mode == '2047':
            return '%s="%s"' % (key, Header(fn, 'utf-8').encode(maxlinelen=998))
        return "%s*=%s" % (key, encode_rfc2231(fn, 'utf-8'))


def disposition_value(kind, fn, mode='2231'):
    return '%s; %s' % (kind, param_filename('filename', fn, mode))


def att_leaf(att, rng):
    fn, ctype, data = att['filename'], att['ctype'], att['data']
    mode = att.get('fnmode') or rng.choice(['2231', '2231', '2047'])
    if ctype == 'message/rfc822' and not att.get('as_octet'):
        h = [('Content-Type', 'message/rfc822; %s' % param_filename('name', fn, mode)),
             ('Content-Transfer-Encoding', '8bit' if any(c > 127 for c in data) else '7bit'),
             ('Content-Disposition', disposition_value('attachment', fn, mode))]
        body = data if data.endswith(b'\n') else data + b'\n'
        return Leaf(h, body)
    if ctype == 'message/rfc822':
        ctype = 'application/octet-stream'
    main = ctype.split(';')[0]
    if main.startswith('text/') and att.get('cte') in ('quoted-printable', '7bit', '8bit'):
        cte = att['cte']
        if cte == 'quoted-printable':
            body = quopri.encodestring(data)
        else:
            cte = '8bit' if any(c > 127 for c in data) else '7bit'
            body = data
        if not body.endswith(b'\n'):
            body += b'\n'
    else:
        cte = 'base64'
        body = b64(data)
    h = [('Content-Type', '%s; %s' % (ctype, param_filename('name', fn, mode))),
         ('Content-Transfer-Encoding', cte),
         ('Content-Disposition', disposition_value(att.get('disposition', 'attachment'), fn, mode))]
    if att.get('cid'):
        h.append(('Content-ID', '<%s>' % att['cid']))
    return Leaf(h, body)


def enc_hdr(value, charset):
    try:
        value.encode('ascii')
        if len(value) < 70:
            return value
        return Header(value, 'us-ascii').encode(linesep='\n')
    except UnicodeEncodeError:
        cs = charset if charset in ('utf-8', 'iso-8859-1', 'windows-1252') else 'utf-8'
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        return Header(value, cs).encode(linesep='\n')


def enc_addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        cs = 'utf-8' if charset not in ('iso-8859-1', 'windows-1252') else charset
        try:
            name.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        return formataddr((name, addr), charset=cs)


def tiny_png(rng):
    """deterministic 8x8 logo PNG"""
    w = h = 8
    col = (rng.randint(0, 80), rng.randint(60, 140), rng.randint(120, 200))
    raw = b''.join(b'\x00' + bytes(col) * w for _ in range(h))
    def chunk(t, d):
        return len(d).to_bytes(4, 'big') + t + d + zlib.crc32(t + d).to_bytes(4, 'big')
    ihdr = w.to_bytes(4, 'big') + h.to_bytes(4, 'big') + b'\x08\x02\x00\x00\x00'
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')


def boundary(rng):
    return rng.choice(['----=_NextPart_000_%04X_01DB%06X.%08X' % (rng.randrange(65536), rng.randrange(16 ** 6), rng.randrange(16 ** 8)),
                       '000000000000%016x' % rng.getrandbits(64),
                       '_=_rch_%x_=_' % rng.getrandbits(48),
                       'Apple-Mail=_%08X-%04X-%04X' % (rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16))])


def build_message(spec, rng, crlf=None, transport=None):
    """Serialise a message spec into RFC 5322 bytes. Returns (bytes, transport-description)."""
    lang = spec['lang']
    tr = dict(transport or {})
    if 'charset' not in tr:
        tr['charset'] = wchoice(rng, [('utf-8', 6), ('iso-8859-1', 2), ('windows-1252', 2), ('us-ascii', 1)] if lang == 'en'
                                else [('utf-8', 5), ('iso-8859-1', 3), ('windows-1252', 3)])
    if 'cte' not in tr:
        tr['cte'] = rng.choice(['base64', 'quoted-printable', '8bit'] if tr['charset'] == 'utf-8'
                               else ['quoted-printable', 'quoted-printable', '8bit', 'base64'])
    if 'body' not in tr:
        tr['body'] = wchoice(rng, [('plain', 4), ('html', 2), ('alt', 4)])
    st = {
        'bullet': rng.choice(['- ', '* ', '• ', '  o ', '-']),
        'table': rng.choice(['aligned', 'pipe', 'tab', 'kv', 'semi']),
        'wrap': rng.random() < 0.3,
        'sigdash': rng.random() < 0.4,
        'html': tr.get('html') or rng.choice(['outlook', 'webmail', 'simple']),
    }
    st.update(spec.get('style', {}))
    blocks = spec['blocks']
    charset = tr['charset']
    plain = render_plain(blocks, st)
    if spec.get('typo_rate'):
        plain = typo(plain, rng, spec['typo_rate'])
    if charset == 'us-ascii':
        try:
            plain.encode('ascii')
        except UnicodeEncodeError:
            charset = 'utf-8'
    if tr['body'] == 'plain':
        body = text_leaf(plain, 'plain', charset, tr['cte'])
    else:
        htm = render_html(blocks, st, fit_charset(plain, charset)[1], lang)
        hleaf = text_leaf(htm, 'html', charset, tr['cte'] if tr['cte'] != '8bit' or rng.random() < 0.5 else 'quoted-printable')
        if st['html'] == 'outlook' and rng.random() < 0.3 and tr['body'] == 'alt':
            logo = att_leaf({'filename': 'image001.png', 'ctype': 'image/png', 'data': tiny_png(rng),
                             'disposition': 'inline', 'cid': 'image001.png@01DB%06X' % rng.randrange(16 ** 6)}, rng)
            related = Multi('related', [hleaf, logo], boundary(rng))
            related.headers = [('Content-Type', 'multipart/related; boundary="%s"; type="text/html"' % related.boundary)]
            hleaf = related
        if tr['body'] == 'html':
            body = hleaf
        else:
            pleaf = text_leaf(plain, 'plain', charset, tr['cte'])
            body = Multi('alternative', [pleaf, hleaf], boundary(rng))
            body.headers = [('Content-Type', 'multipart/alternative; boundary="%s"' % body.boundary)]
    atts = spec.get('atts') or []
    if atts:
        root = Multi('mixed', [body] + [att_leaf(a, rng) for a in atts], boundary(rng),
                     extra='This is a multi-part message in MIME format.' if rng.random() < 0.5 else '')
        root.headers = [('Content-Type', 'multipart/mixed; boundary="%s"' % root.boundary)]
    else:
        root = body
    d = spec['date']
    h = [('From', enc_addr(spec['from'], charset)),
         ('To', ', '.join(enc_addr(a, charset) for a in spec['to']))]
    if spec.get('cc'):
        h.append(('Cc', ', '.join(enc_addr(a, charset) for a in spec['cc'])))
    h.append(('Subject', enc_hdr(spec['subject'], charset)))
    h.append(('Date', format_datetime(d)))
    h.append(('Message-ID', spec.get('msgid') or '<%s.%08x@%s>' % (d.strftime('%Y%m%d%H%M%S'), rng.getrandbits(32), spec.get('msgid_dom', HOSP_DOM))))
    if spec.get('in_reply_to'):
        h.append(('In-Reply-To', spec['in_reply_to']))
        h.append(('References', spec['in_reply_to']))
    for k, v in spec.get('headers', []):
        h.append((k, enc_hdr(v, charset)))
    mailer = rng.choice([None, ('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Mailer', 'Zimbra 9.0.0_GA (ZimbraWebClient - FF128)'),
                         ('User-Agent', 'Mozilla Thunderbird 128.3.1'), ('X-Mailer', 'iPhone Mail (21G93)')])
    if mailer:
        h.append(mailer)
    if rng.random() < 0.6:
        h.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    h.append(('MIME-Version', '1.0'))
    root.headers = h + root.headers
    data = ser(root)
    if crlf is None:
        crlf = rng.random() < 0.5
    data = data.replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


# --------------------------------------------------------------------------
# attachments (deterministic)
# --------------------------------------------------------------------------

def normalize_zip(data):
    """Rewrite a ZIP (incl. DOCX/XLSX) with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)', rb'\g<1>' + FIXED_ISO.encode() + rb'\g<2>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def pdf_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append(CHAR_FALLBACK.get(ch, '?'))
    return ''.join(out)


def make_pdf(title, lines, rng, compress=None, table=None, scan=False, subtitle=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    if compress is None:
        compress = rng.random() < 0.6
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(pdf_safe(title))
    c.setAuthor(HOSP_EN)
    c.setCreator(rng.choice(['Microsoft Word', 'ClinRiv EHR print service', 'RICOH MP C3004 scan']))
    W, H = letter
    if scan:
        # a "scanned" page: no text layer, only shapes
        for page in range(rng.randint(1, 2)):
            c.setFillGray(0.93)
            c.rect(30, 30, W - 60, H - 60, fill=1, stroke=0)
            c.setFillGray(0.25)
            y = H - 80
            while y > 80:
                c.rect(60, y, rng.randint(120, int(W - 140)), 5, fill=1, stroke=0)
                y -= rng.choice([14, 14, 18, 28])
            c.showPage()
        c.save()
        return buf.getvalue()
    y = H - 60
    c.setFont('Helvetica-Bold', 9)
    c.drawString(50, y, pdf_safe(HOSP_EN + ' / ' + HOSP_FR))
    y -= 22
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 18
    if subtitle:
        c.setFont('Helvetica-Oblique', 9)
        c.drawString(50, y, pdf_safe(subtitle))
        y -= 16
    c.setFont('Helvetica', 10)

    def newline(yy):
        if yy < 60:
            c.showPage()
            c.setFont('Helvetica', 10)
            return H - 60
        return yy
    for line in lines:
        for sub in (textwrap.wrap(line, 95) or ['']):
            y = newline(y)
            c.drawString(50, y, pdf_safe(sub))
            y -= 13
    if table:
        header, rows = table
        y -= 8
        n = len(header)
        colw = (W - 100) / n
        c.setFont('Helvetica-Bold', 8)
        for i, hdr in enumerate(header):
            c.drawString(50 + i * colw, y, pdf_safe(hdr)[:int(colw / 4.3)])
        y -= 12
        c.setFont('Helvetica', 8)
        for r in rows:
            y = newline(y)
            if y == H - 60:
                c.setFont('Helvetica', 8)
            for i, cell in enumerate(r):
                c.drawString(50 + i * colw, y, pdf_safe(str(cell))[:int(colw / 4.3)])
            y -= 11
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author=None):
    import docx
    d = docx.Document()
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        t.style = 'Table Grid'
        for i, hd in enumerate(header):
            t.rows[0].cells[i].text = hd
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = author or HOSP_EN
    cp.last_modified_by = author or HOSP_EN
    cp.title = title
    cp.revision = 1
    cp.created = dt.datetime(2025, 1, 15, 8, 0, 0)
    cp.modified = dt.datetime(2025, 1, 15, 8, 0, 0)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=None):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(header)
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author or HOSP_EN
    wb.properties.created = dt.datetime(2025, 1, 15, 8, 0, 0)
    wb.properties.modified = dt.datetime(2025, 1, 15, 8, 0, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, rng, encoding=None, delim=None):
    encoding = encoding or rng.choice(['utf-8', 'utf-8-sig', 'windows-1252'])
    delim = delim or rng.choice([',', ';'])
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    txt = s.getvalue()
    if encoding == 'windows-1252':
        txt = fit_charset(txt, 'windows-1252')[0]
        try:
            return txt.encode('windows-1252')
        except UnicodeEncodeError:
            return txt.encode('utf-8')
    return txt.encode(encoding)


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return [line]
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [' ' + x for x in out[1:]]


def make_ics(uid, summary, description, start, minutes, organizer, attendees, location, method='REQUEST'):
    end = start + dt.timedelta(minutes=minutes)
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Riverbend CH//Scheduling 2.1//EN', 'VERSION:2.0', 'METHOD:%s' % method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'TZOFFSETFROM:-0500',
             'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250115T130000Z',
             'DTSTART;TZID=America/Toronto:%s' % start.strftime(f), 'DTEND;TZID=America/Toronto:%s' % end.strftime(f),
             'SUMMARY:%s' % ics_escape(summary), 'DESCRIPTION:%s' % ics_escape(description),
             'LOCATION:%s' % ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        out.extend(ics_fold(l))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def make_vcf(first, last, org=None, title=None, tel=None, email_=None, adr=None, bday=None, note=None, cell=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:%s' % org.replace(',', '\\,'))
    if title:
        lines.append('TITLE:%s' % title.replace(',', '\\,'))
    if tel:
        lines.append('TEL;TYPE=WORK,VOICE:%s' % tel)
    if cell:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % cell)
    if email_:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_)
    if adr:
        street, town, prov, pc = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), town, prov, pc))
    if bday:
        lines.append('BDAY:%s' % bday.isoformat())
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    out = []
    for l in lines:
        out.extend(ics_fold(l))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


# --------------------------------------------------------------------------
# message scaffolding
# --------------------------------------------------------------------------

CRED = {'edmd': ['MD, CCFP(EM)', 'MD', 'MD, FRCPC'], 'psych': ['MD, FRCPC', 'MD'], 'charge': ['RN'],
        'rn3w': ['RN', 'RN, BScN', 'inf.'], 'flow': ['RN'], 'crisis': ['BSW', 'RPN', 'BA'], 'sw': ['MSW, RSW', 'RSW', 'T.S.'],
        'pharm': ['BScPhm, RPh', 'PharmD', 'RPh'], 'ptech': ['RPhT'], 'ohs': ['RN, COHN(C)'], 'edu': ['RN, MN', 'RN'],
        'mgr_ed': ['RN, MHA'], 'mgr_mh': ['RN, MScN', 'MSW']}
HOSP_ADDR = '1200 boul. Riverain, Pointe-Riveraine ON  K0B 1R0'
MAIN_LINE = '613-555-0100'
DISCLAIMER = {
    'en': ['CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain personal health information that is '
           'private and confidential. If you are not the intended recipient, please notify the sender and delete it. '
           'Thank you.',
           'This message is intended only for the addressee and may contain information that is privileged or '
           'confidential under the Personal Health Information Protection Act. Any other use is prohibited.'],
    'fr': ['AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des renseignements personnels '
           'sur la santé. Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire. Merci.',
           'Ce message est destiné uniquement à son destinataire et peut contenir des renseignements confidentiels '
           'protégés par la loi. Toute autre utilisation est interdite.'],
}


def who(x, lang='en'):
    """(display, address) for a Staff or a tuple"""
    if isinstance(x, Staff):
        return (x.display(lang, title=x.md), x.addr)
    return (x[0], x[1])


def greet(c, s=None, group=False):
    if group or s is None:
        return c.L(c.ch('Hi all,', 'Hello team,', 'Good morning,', 'All,', 'Morning everyone,', 'Hi everyone,'),
                   c.ch('Bonjour à tous,', 'Bonjour,', 'Bonjour à toutes et à tous,', 'Allô l\'équipe,', 'Salut tout le monde,'))
    fn = s.first if isinstance(s, Staff) else s
    if isinstance(s, Staff) and s.md and c.rng.random() < 0.5:
        fn = c.L('Dr. ' + s.last, 'Dr ' + s.last)
    return c.L(c.ch('Hi %s,', 'Hello %s,', '%s,', 'Good morning %s,', 'Hey %s -') % fn,
               c.ch('Bonjour %s,', 'Salut %s,', '%s,', 'Bon matin %s,', 'Allô %s,') % fn)


def signature(c, s, disclaimer=None):
    r = c.rng
    style = wchoice(r, [('full', 6), ('short', 2), ('mobile', 1)])
    if style == 'mobile':
        return [('p', c.L(c.ch('Sent from my iPhone', 'Sent from my mobile'), c.ch('Envoyé de mon iPhone', 'Envoyé de mon cellulaire')))]
    if style == 'short':
        return [('p', c.ch('-- ', '— ', '', 'Thx, ' if c.lang == 'en' else 'Merci, ') + s.first)]
    lines = [s.display(c.lang, title=False) + ((', ' + r.choice(CRED[s.role])) if s.role in CRED and r.random() < 0.8 else ''),
             s.title_role(c.lang)]
    lines.append(r.choice([HOSP_EN, HOSP_FR, HOSP_EN + ' | ' + HOSP_FR]) if c.lang == 'en' else r.choice([HOSP_FR, HOSP_FR + ' | ' + HOSP_EN]))
    lines.append(c.L('T %s ext. %s' % (MAIN_LINE, s.ext), 'Tél. : %s, poste %s' % (MAIN_LINE, s.ext)))
    if r.random() < 0.4:
        lines.append(HOSP_ADDR)
    if r.random() < 0.2:
        lines.append(c.L('Pronouns: she/her', 'Pronoms : elle') if s.first not in MALE_FIRST else c.L('Pronouns: he/him', 'Pronoms : il'))
    out = [('sig', lines)]
    if disclaimer or (disclaimer is None and r.random() < 0.35):
        out.append(('small', r.choice(DISCLAIMER[c.lang])))
    return out


GFIX_WORDS = r'admis|Admis|amené|Amené|évincé|hébergé|seul|séparé|patient|Patient|évalué|Évalué|client|assuré|vu|connu'


def gfix(text, sex):
    fem = sex == 'F'
    text = re.sub(r'\b(%s)\(e\)' % GFIX_WORDS, lambda m: m.group(1) + ('e' if fem else ''), text)
    text = text.replace('usager(ère)', 'usagère' if fem else 'usager')
    for a, b in (('he/she', 'she' if fem else 'he'), ('He/she', 'She' if fem else 'He'), ('him/her', 'her' if fem else 'him'),
                 ('his/her', 'her' if fem else 'his'), ('il/elle', 'elle' if fem else 'il'), ('Il/elle', 'Elle' if fem else 'Il')):
        text = text.replace(a, b)
    return text


def map_blocks(blocks, f):
    out = []
    for b in blocks:
        k = b[0]
        if k in ('p', 'pre', 'small'):
            out.append((k, f(b[1])))
        elif k in ('ul', 'ol'):
            out.append((k, [f(x) for x in b[1]]))
        elif k == 'table':
            out.append((k, [f(x) for x in b[1]], [[f(str(x)) for x in r] for r in b[2]]))
        elif k == 'quote':
            out.append((k, b[1], map_blocks(b[2], f)))
        else:
            out.append(b)
    return out


def mk(c, subject, frm, to, blocks, cc=None, atts=None, headers=None, att_critical=False):
    if c.positive and len(c.pats) == 1:
        sx = c.pats[0].sex
        blocks = map_blocks(blocks, lambda t: gfix(t, sx))
        subject = gfix(subject, sx)
    seen = set()
    to_ = []
    for t in to:
        w_ = who(t, c.lang)
        if w_[1] not in seen:
            seen.add(w_[1])
            to_.append(w_)
    return {'subject': subject, 'from': who(frm, c.lang), 'to': to_,
            'cc': [who(t, c.lang) for t in (cc or [])], 'blocks': blocks, 'atts': atts or [],
            'lang': c.lang, 'date': c.when, 'headers': headers or [], 'att_critical': att_critical}


def grp(name, local):
    return (name, '%s@%s' % (local, HOSP_DOM))


def ext(c, org):
    n, a, o = ext_contact(c.rng, org)
    return (n, a), o


def att(filename, ctype, data, **kw):
    d = {'filename': filename, 'ctype': ctype, 'data': data}
    d.update(kw)
    return d


def fn_safe(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r'[^A-Za-z0-9_.-]+', '_', s).strip('_')


def uniq_patients(c, n, **kw):
    out, seen = [], set()
    tries = 0
    while len(out) < n and tries < 200:
        tries += 1
        p = c.patient(**kw)
        if id(p) not in seen:
            seen.add(id(p))
            out.append(p)
    return out


def clock(c):
    return c.rng.randint(0, 23), c.rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])


def bed_labels(c, n):
    pool = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'B1', 'B2', 'B3', 'B4', 'B6', 'Resus 1', 'Resus 2', 'Hall 3', 'Hall 4',
            'MH1', 'MH2', 'MH3', 'Chair 5', 'Chair 8', 'FT2', 'Peds 1', 'Iso 2']
    if c.lang == 'fr':
        pool = [b.replace('Hall', 'Corridor').replace('Chair', 'Fauteuil').replace('Resus', 'Réa').replace('Iso', 'Isolement')
                .replace('MH', 'SM').replace('Peds', 'Péd') for b in pool]
    return c.rng.sample(pool, n)


# --------------------------------------------------------------------------
# POSITIVE templates
# --------------------------------------------------------------------------

def ed_plan(c, p, psych):
    """one plan / pending item; may add lab or medication findings"""
    r = c.rng
    k = r.randrange(12)
    if psych:
        opts = [
            lambda: c.L('psych to see this AM', 'psychiatrie doit voir ce matin'),
            lambda: c.L('Form 1 in effect, expires %s' % hm(*clock(c)), 'Formulaire 1 en vigueur, expire à %s' % hm(*clock(c), lang='fr')),
            lambda: c.L('1:1 sitter, got %s at 0340' % c.med('psy'), 'gardien 1:1, a reçu %s à 3h40' % c.med('psy')),
            lambda: c.L('medically cleared, %s' % c.lab(), 'dégagé médicalement, %s' % c.lab()),
            lambda: c.L('awaiting 3W bed, voluntary', 'en attente lit 3 Ouest, volontaire'),
            lambda: c.L('crisis worker following, %s' % c.social(), 'intervenante de crise au dossier, %s' % c.social()),
        ]
    else:
        opts = [
            lambda: c.L('repeat trop at 0900', 'tropo de contrôle à 9h'),
            lambda: c.L('admit medicine, no bed', 'admis en médecine, pas de lit'),
            lambda: c.L('CT head pending', 'TDM cérébrale en attente'),
            lambda: c.L('%s - rechecking' % c.lab(), '%s - à recontrôler' % c.lab()),
            lambda: c.L('started on %s' % c.med('ed'), 'débuté %s' % c.med('ed')),
            lambda: c.L('ortho aware, NPO', 'ortho avisée, NPO'),
            lambda: c.L('for d/c once ambulating', 'congé si mobilise bien'),
        ]
    return r.choice(opts)()


def p_ed_handover(c):
    frm = c.staff('charge')
    to = [c.staff('charge'), c.staff('edmd')]
    n = c.rng.randint(4, 7)
    pats = uniq_patients(c, n, qc_share=0.4, minage=16)
    if c.rng.random() < 0.35:
        pats[-1] = c.patient(maxage=12)
    beds = bed_labels(c, n)
    with_mrn = c.rng.random() < 0.3
    rows = []
    for p, bed in zip(pats, beds):
        psych = bed.startswith(('MH', 'SM')) or c.rng.random() < 0.3
        if c.age(p) < 13:
            dxs = c.dx('peds')
            plan_ = c.lazy(lambda: c.L('obs 2h post dex, likely home', 'obs 2 h post-dex, congé probable'),
                           lambda: c.L('PO trial, reassess 0900', 'essai PO, réévaluer à 9h'),
                           lambda: c.L('ortho to reduce under sedation', 'réduction sous sédation avec ortho'),
                           lambda: c.L('peds on call aware, SW to see (CAS?)', 'pédiatre de garde avisé, T.S. à voir (DPJ?)'))
        else:
            dxs = c.dx('psy' if psych else 'ed', p)
            plan_ = ed_plan(c, p, psych)
        row = [bed, c.name(p, style=c.pick(['SF', 'sf', 'sinit', 'SF'])), c.agesex(p), dxs, plan_]
        if with_mrn:
            row.insert(2, c.mrn(p, label=False))
        rows.append(row)
    hdr = c.L(['Bed', 'Patient', 'Age/Sex', 'Issue', 'Plan / pending'], ['Civière', 'Patient', 'Âge/Sexe', 'Problème', 'Plan / en attente'])
    if with_mrn:
        hdr.insert(2, c.L('MRN', 'Dossier'))
    vit_p = pats[0]
    blocks = [('p', greet(c, to[0])),
              ('p', c.L('Handover from nights (%s). %d in dept, %d admitted no bed, %d in WR. Main ones below.'
                        % (day_label(c.when, 'en'), c.rng.randint(18, 41), c.rng.randint(3, 12), c.rng.randint(2, 15)),
                        'Relève de nuit (%s). %d patients au département, %d admis sans lit, %d en salle d\'attente. Les principaux :'
                        % (day_label(c.when, 'fr'), c.rng.randint(18, 41), c.rng.randint(3, 12), c.rng.randint(2, 15))))]
    atts = []
    crit = False
    if c.rng.random() < 0.3:
        fname = c.L('ED_board_%s.xlsx', 'tableau_urgence_%s.xlsx') % c.when.strftime('%Y%m%d_0700')
        atts.append(att(fname, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(c.L('Board', 'Tableau'), hdr, rows)], author=frm.display())))
        blocks.append(('p', c.L('Board is attached (xlsx) - printer on A side still down.', 'Le tableau est en pièce jointe (xlsx), l\'imprimante côté A est encore brisée.')))
        crit = True
    else:
        blocks.append(('table', hdr, rows))
    blocks.append(('p', c.L('Last set on %s: %s.', 'Derniers SV de %s : %s.') % (vit_p.surname, c.vitals())))
    blocks.append(('p', c.L(c.ch('Staffing: 1 sick call on B side, float RN covering until 1100.', 'Nothing else major. Security aware of MH2.'),
                            c.ch('Effectifs : 1 absence côté B, infirmière volante jusqu\'à 11h.', 'Rien d\'autre de majeur. Sécurité avisée pour SM2.'))))
    blocks += signature(c, frm)
    subj = c.L(c.ch('ED handover 0700', 'Night -> day handover', 'handover 07h', 'ED board handover - %s' % c.when.strftime('%b %d')),
               c.ch('Relève urgence 7h', 'Relève nuit -> jour', 'relève 7h - urgence', 'Tableau de relève %s' % c.when.strftime('%d/%m')))
    return mk(c, subj, frm, to, blocks, cc=[grp('ED Charge Nurses', 'ed.charge')], atts=atts, att_critical=crit)


def p_bed_flow(c):
    frm = c.staff('flow')
    to = [grp('Bed Huddle', 'bedhuddle'), c.staff('mgr_ed'), c.staff('mgr_mh')]
    pats = uniq_patients(c, c.rng.randint(3, 6), minage=18)
    items = []
    for p in pats:
        psych = c.rng.random() < 0.45
        unit = c.pick(['3W', '3W', '2E', '2W', 'ICU', 'Tele']) if not psych else '3W'
        if c.lang == 'fr':
            unit = unit.replace('3W', '3 Ouest').replace('2E', '2 Est').replace('2W', '2 Ouest').replace('ICU', 'SI').replace('Tele', 'Télémétrie')
        mid = c.mrn(p) + ' - ' if c.rng.random() < 0.35 else ''
        extra = ''
        if c.rng.random() < 0.35:
            extra = c.L(', needs iso (r/o C. diff)', ', isolement requis (r/o C. diff)')
        elif psych and c.rng.random() < 0.5:
            extra = c.L(', Form 1 - needs locked bed', ', Formulaire 1 - chambre fermée requise')
        items.append('%s - %s%s (%s) - %s -> %s%s' % (
            bed_labels(c, 1)[0], mid, c.name(p, style=c.pick(['sf', 'SF', 'sinit', 'full'])), c.agesex(p),
            c.dx('psy' if psych else 'ed', p), unit, extra))
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Bed huddle %s. House at %d%%, 3W at %d/20. ANB in ED:' % (hm(10, 0), c.rng.randint(101, 118), c.rng.randint(19, 24)),
                        'Caucus des lits de %s. Occupation globale %d %%, 3 Ouest à %d/20. Admis sans lit à l\'urgence :' % (hm(10, 0, 'fr'), c.rng.randint(101, 118), c.rng.randint(19, 24)))),
              ('ul', items)]
    if c.rng.random() < 0.6:
        alc = c.patient(minage=70)
        blocks.append(('p', c.L('ALC: %s still waiting for LTC - %s. Family meeting Thursday.' % (c.name(alc), c.social()),
                                'NSA : %s toujours en attente de CHSLD/SLD - %s. Rencontre de famille jeudi.' % (c.name(alc), c.social()))))
    blocks.append(('p', c.L('Please update Bed Board before 1300. Discharges by 11 please!', 'Svp mettre à jour le tableau des lits avant 13h. Congés avant 11h svp!')))
    blocks += signature(c, frm)
    subj = c.L(c.ch('Bed huddle 10:00 - ANB list', 'RE: bed flow today', 'Bed flow - ANB/ALC update', 'Huddle notes %s' % c.when.strftime('%d-%b')),
               c.ch('Caucus des lits 10h - admis sans lit', 'Flux des lits - mise à jour', 'Notes du caucus %s' % c.when.strftime('%d/%m')))
    return mk(c, subj, frm, to, blocks)


def p_crisis_team(c):
    frm = c.staff('crisis')
    psy = c.staff('psych')
    to = [psy]
    cc = [c.staff('edmd')] if c.rng.random() < 0.6 else []
    p = c.patient(minage=15)
    nm = c.name(p)
    if c.rng.random() < 0.4:
        nm += ' (%s)' % c.mrn(p)
    pres = c.dx('psy', p)
    lines = [
        c.L('ID: %s, %s, bed %s. Brought in by %s.' % (nm, c.agesex(p), bed_labels(c, 1)[0], c.ch('mother', 'police (s.17)', 'EMS', 'partner', 'a friend')),
            'ID : %s, %s, civière %s. Amené(e) par %s.' % (nm, c.agesex(p), bed_labels(c, 1)[0], c.ch('sa mère', 'la police (art. 17)', 'les ambulanciers', 'son conjoint', 'une amie'))),
        c.L('Presenting: %s. %s' % (pres, c.ch('Texted goodbye messages to sister last night.', 'Wrote a note, had pills lined up.', 'Voices telling him/her to walk into the river.', 'Not slept x 4 nights, spending spree.')),
            'Motif : %s. %s' % (pres, c.ch('A texté des messages d\'adieu à sa sœur hier soir.', 'A écrit une lettre, avait préparé des comprimés.', 'Entend des voix qui lui disent d\'aller à la rivière.', 'Ne dort plus depuis 4 nuits, dépenses excessives.'))),
        c.L('Hx: previous attempt %d, last admission 3W %d. Substances: %s.' % (c.rng.randint(2015, 2024), c.rng.randint(2019, 2024), c.ch('EtOH daily', 'cannabis daily, occasional meth', 'denies', 'opioids (fentanyl) IV')),
            'ATCD : tentative en %d, dernière admission 3 Ouest en %d. Consommation : %s.' % (c.rng.randint(2015, 2024), c.rng.randint(2019, 2024), c.ch('ROH quotidien', 'cannabis quotidien, meth occasionnelle', 'nie', 'opioïdes (fentanyl) IV'))),
        c.L('Social: %s.' % '; '.join(c.socials(2)), 'Social : %s.' % '; '.join(c.socials(2))),
    ]
    if c.rng.random() < 0.5:
        lines.append(c.L('Home meds: %s (not taking x 2 wk).' % ', '.join(c.meds(2)), 'Rx à domicile : %s (ne les prend plus depuis 2 sem.).' % ', '.join(c.meds(2))))
    rec = c.L(c.ch('Risk high - recommend psych assessment today; pt refusing admission, may need Form 1.',
                   'Risk moderate. Safety plan done, pt agreeable to voluntary admission.',
                   'Pt wants to leave; has been told to wait for psychiatry. Security aware.'),
              c.ch('Risque élevé - évaluation psychiatrique aujourd\'hui recommandée; refuse l\'admission, Form 1 à considérer.',
                   'Risque modéré. Plan de sécurité fait, accepte une admission volontaire.',
                   'Veut quitter; on lui a demandé d\'attendre la psychiatrie. Sécurité avisée.'))
    blocks = [('p', greet(c, psy)), ('p', c.L('Crisis assessment done, summary below.', 'Évaluation de crise complétée, résumé ci-dessous.'))]
    if c.rng.random() < 0.5:
        blocks.append(('ul', lines))
    else:
        blocks.append(('p', '\n'.join(lines)))
    blocks.append(('p', rec))
    blocks += signature(c, frm)
    subj = c.L(c.ch('Crisis assessment - %s', 'Crisis consult: %s', 'MH assessment %s - pls see', 'crisis f/u %s'),
               c.ch('Évaluation de crise - %s', 'Consultation crise : %s', 'Éval SM %s - svp voir')) % p.surname.upper()
    return mk(c, subj, frm, to, blocks, cc=cc)


def p_form1_hold(c):
    md = c.staff('edmd')
    frm = c.pick([md, c.staff('clerk')])
    to = [grp('Health Records', 'health.records'), grp('Mental Health Legal Forms', 'mha.forms')]
    p = c.patient(minage=16, qc_share=0.35)
    h, m = clock(c)
    signed = c.when.replace(hour=h, minute=m, second=0)
    if signed > c.when:
        signed -= dt.timedelta(days=1)
    expiry = signed + dt.timedelta(hours=72)
    idl = []
    idl.append(c.L('Patient: ', 'Patient : ') + c.name(p, style=c.pick(['SF', 'full', 'sf'])))
    idl.append(c.dob_label(p))
    if p.nam:
        idl.append(c.L('RAMQ (QC resident): ', 'NAM (résident du Québec) : ') + c.nam(p))
    elif p.hcn:
        idl.append(c.L('OHIP: ', 'Carte Santé Ontario : ') + c.hcn(p))
    idl.append(c.mrn(p))
    idl.append(c.L('Form 1 signed by Dr. %s at %s; Form 42 given to patient at %s.' % (md.last, hm(h, m), hm((h + 1) % 24, m)),
                   'Formulaire 1 signé par Dr %s à %s; Formulaire 42 remis au patient à %s.' % (md.last, hm(h, m, 'fr'), hm((h + 1) % 24, m, 'fr'))))
    idl.append(c.L('Grounds: box A - serious bodily harm to self; %s.' % c.dx('psy', p),
                   'Motifs : case A - lésions corporelles graves à lui-même; %s.' % c.dx('psy', p)))
    idl.append(c.L('72h period ends %s %s.' % (expiry.strftime('%Y-%m-%d'), hm(h, m)), 'Période de 72 h se termine le %s à %s.' % (expiry.strftime('%Y-%m-%d'), hm(h, m, 'fr'))))
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('FYI new Form 1 from the ED overnight, original in the chart:', 'Pour info, nouveau Formulaire 1 à l\'urgence cette nuit, original au dossier :')),
              ('ul', idl) if c.rng.random() < 0.5 else ('pre', '\n'.join(idl))]
    atts = []
    if c.rng.random() < 0.45:
        if c.rng.random() < 0.5:
            data = make_pdf('Form 1 - scan', [], c.rng, scan=True)
        else:
            data = make_pdf(c.L('Form 1 - Application by Physician for Psychiatric Assessment', 'Formulaire 1 - Demande d\'évaluation psychiatrique par un médecin'),
                            idl, c.rng)
        atts.append(att('Form1_%s_%s.pdf' % (fn_safe(p.surname.upper()), c.when.strftime('%Y%m%d')), 'application/pdf', data))
    blocks.append(('p', c.L('Rights adviser not required at Form 1 stage - will notify if Form 3 issued.', 'Conseiller en droits non requis au stade du Form 1 - on avisera si Form 3.')))
    blocks += signature(c, frm)
    subj = c.L(c.ch('Form 1 - %s - expires %s', 'New Form 1 %s (exp %s)', 'MHA Form 1: %s / 72h ends %s'),
               c.ch('Formulaire 1 - %s - expire le %s', 'Nouveau Form 1 %s (fin %s)')) % (p.surname.upper(), expiry.strftime(c.L('%m/%d %H:%M', '%d/%m %Hh%M')))
    return mk(c, subj, frm, to, blocks, cc=[c.staff('psych')], atts=atts)


def p_sw_housing(c):
    frm = c.staff('sw')
    (rn, ra), org = ext(c, c.ch('housing', 'shelter'))
    p = c.patient(minage=18, qc_share=0.3)
    rows = [(c.L('Name', 'Nom'), c.name(p, style='full')), (c.L('DOB', 'Date de naissance'), c.dob(p))]
    if c.rng.random() < 0.5:
        rows.append((c.L('SIN (for ODSP/Ancrage application)', 'NAS (pour la demande)'), c.sin(p)))
    if c.rng.random() < 0.6:
        rows.append((c.L('Phone', 'Téléphone'), c.phone(p) + c.L(' (texts best)', ' (préfère les textos)')))
    rows.append((c.L('Current situation', 'Situation actuelle'), '; '.join(c.socials(2))))
    if p.origin == 'QC':
        rows.append((c.L('Income', 'Revenu'), c.ch(c.L('QC social solidarity program', 'programme de solidarité sociale (Québec)'), c.L('none - application in progress', 'aucun - demande en cours'))))
    else:
        rows.append((c.L('Income', 'Revenu'), c.ch('ODSP', 'Ontario Works', c.L('none - application in progress', 'aucun - demande en cours'))))
    if c.rng.random() < 0.3:
        rows.append((c.L('Health card', 'Carte santé'), c.health_id(p, label=False)))
    rows.append((c.L('Mental health', 'Santé mentale'), c.L('%s, stable on %s' % (c.dx('psy', p), c.med('psy')), '%s, stable sous %s' % (c.dx('psy', p), c.med('psy')))))
    rows.append((c.L('Supports', 'Soutiens'), c.ch(c.L('CMH case manager, sister in Glenmoor', 'case manager CMH, soeur à Glenmoor'), c.L('none identified', 'aucun identifié'))))
    blocks = [('p', greet(c, rn.split()[0])),
              ('p', c.L('I would like to refer the following client for %s. Expected discharge from our unit is %s.' % (
                  c.ch('a supportive housing unit', 'a transitional bed', 'your housing first program'), fmt_date((c.when + dt.timedelta(days=c.rng.randint(2, 10))).date(), 'en', c.rng, 'long')),
                  'J\'aimerais vous référer la personne suivante pour %s. Le congé est prévu le %s.' % (
                  c.ch('un logement supervisé', 'un lit de transition', 'votre programme Logement d\'abord'), fmt_date((c.when + dt.timedelta(days=c.rng.randint(2, 10))).date(), 'fr', c.rng, 'long'))))]
    atts = []
    crit = False
    if c.rng.random() < 0.45:
        data = make_docx(c.L('Housing referral form', 'Formulaire de référence - logement'), ['%s: %s' % (k, v) for k, v in rows], author=frm.display())
        atts.append(att(c.L('Referral_%s.docx', 'Reference_%s.docx') % fn_safe(p.surname), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data))
        blocks.append(('p', c.L('Referral form attached. Consent to share signed and on file.', 'Formulaire en pièce jointe. Consentement à la communication signé au dossier.')))
        crit = True
        if c.rng.random() < 0.5:
            blocks.append(('p', c.L('Client: %s, %s.' % (c.name(p, style='title'), c.agesex(p)), 'Client : %s, %s.' % (c.name(p, style='title'), c.agesex(p)))))
            crit = False
    else:
        blocks.append(('table', [c.L('Field', 'Champ'), c.L('Details', 'Détails')], rows))
        blocks.append(('p', c.L('Consent to share signed %s.', 'Consentement signé le %s.') % c.when.strftime('%Y-%m-%d')))
    blocks.append(('p', c.L('Happy to set up a call with the client before discharge.', 'Je peux organiser un appel avec la personne avant le congé.')))
    blocks += signature(c, frm)
    subj = c.L(c.ch('Referral - %s', 'Housing referral: %s', 'New referral from RCH mental health - %s'),
               c.ch('Référence - %s', 'Référence logement : %s', 'Nouvelle référence - santé mentale HCR - %s')) % c.ch(p.surname, '%s %s.' % (p.given, p.surname[0]), p.surname.upper())
    if '%s.' % p.surname[0] in subj:
        c.add('patient_name')
    return mk(c, subj, frm, [(rn, ra)], blocks, atts=atts, att_critical=crit)


def p_police_liaison(c):
    frm = c.pick([c.staff('crisis'), c.staff('charge'), c.staff('mgr_mh')])
    (pn, pa), _ = ext(c, 'police')
    cst = c.L('Cst. ', 'Agente ') + pn
    p = c.patient(minage=16, qc_share=0.35)
    h, m = clock(c)
    blocks = [('p', c.L('Hi %s,' % pn.split()[0], 'Bonjour %s,' % pn.split()[0]))]
    txt = c.L(
        'Following up on the s.17 apprehension last night. %s (%s) was brought in by your officers at %s. '
        'Assessed by psychiatry this morning: %s. %s' % (
            c.name(p), c.dob_label(p), hm(h, m), c.dx('psy', p),
            c.ch('Not admitted - discharged home with CMH follow-up.', 'Admitted to 3W on a Form 3.', 'Admitted voluntarily to 3W.')),
        'Suivi de l\'appréhension (art. 17 LSM) de cette nuit. %s (%s) a été amené(e) par vos agents à %s. '
        'Évalué(e) par la psychiatrie ce matin : %s. %s' % (
            c.name(p), c.dob_label(p), hm(h, m, 'fr'), c.dx('psy', p),
            c.ch('Non admis(e) - congé à domicile avec suivi CMH.', 'Admis(e) au 3 Ouest sous Formulaire 3.', 'Admission volontaire au 3 Ouest.')))
    blocks.append(('p', txt))
    blocks.append(('p', c.L('Re your question on the pending charge: %s.' % c.ch('he/she is on bail conditions (no alcohol, curfew 2200)', 'the mischief charge from the neighbour incident is still pending', 'there is a no-contact order with the ex-partner, who was the complainant'),
                            'Concernant l\'accusation en suspens : %s.' % c.ch('il/elle est sous conditions de remise en liberté (pas d\'alcool, couvre-feu 22h)', 'l\'accusation de méfait (incident avec le voisin) est toujours pendante', 'il y a une interdiction de contact avec l\'ex-conjoint(e), plaignant(e)'))))
    c.add('social_information')
    blocks.append(('p', c.L('Transfer of custody took %d min this time - thanks to your team.' % c.rng.randint(25, 140),
                            'Le transfert de garde a pris %d min cette fois - merci à votre équipe.' % c.rng.randint(25, 140))))
    blocks += signature(c, frm)
    subj = c.L(c.ch('s.17 apprehension follow-up - %s', 'Transfer of custody %s', 'Re: MHA apprehension %s'),
               c.ch('Suivi appréhension art. 17 - %s', 'Transfert de garde %s')) % p.surname
    return mk(c, subj, frm, [(cst, pa)], blocks)


def p_pharmacy_medrec(c):
    frm = c.pick([c.staff('pharm'), c.staff('ptech')])
    (pn, pa), org = ext(c, 'pharmacy')
    p = c.patient(minage=16)
    meds = c.meds(c.rng.randint(3, 6), kind='mix')
    rows = []
    for md in meds:
        rows.append([md, c.ch('2025-0%d-%02d' % (c.rng.randint(1, 9), c.rng.randint(1, 28)), '?'), c.ch('30', '90', '7 (blister)', '28'),
                     c.ch('', c.L('pt unsure', 'pt incertain'), c.L('not on our list', 'pas sur notre liste'), c.L('dose?', 'dose?'))])
    hdr = c.L(['Drug / dose', 'Last fill', 'Days', 'Comment'], ['Médicament / dose', 'Dernier service', 'Jours', 'Commentaire'])
    blocks = [('p', greet(c, pn.split()[0])),
              ('p', c.L('We are completing a BPMH for %s, %s, admitted via our ED. Could you confirm the active profile and last fills? What we have so far:' % (c.name(p), c.dob_label(p)),
                        'Nous complétons le BCM de %s, %s, admis(e) par l\'urgence. Pourriez-vous confirmer le profil actif et les derniers services? Voici ce que nous avons :' % (c.name(p), c.dob_label(p))))]
    atts = []
    crit = False
    if c.rng.random() < 0.35:
        data = make_csv(hdr, rows, c.rng) if c.rng.random() < 0.5 else make_xlsx([('BPMH', hdr, rows)])
        ext_ = 'csv' if data[:2] != b'PK' else 'xlsx'
        atts.append(att('BPMH_%s.%s' % (fn_safe(p.surname), ext_), 'text/csv' if ext_ == 'csv' else 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data))
        blocks.append(('p', c.L('(list attached)', '(liste en pièce jointe)')))
    else:
        blocks.append(('table', hdr, rows))
    if c.rng.random() < 0.5:
        blocks.append(('p', c.L('Also FYI %s on admission.' % c.lab(), 'Pour info, %s à l\'admission.' % c.lab())))
    if c.rng.random() < 0.5:
        blocks.append(('p', c.L('Drug plan: %s' % c.health_id(p, label=False) + (' (ODB)' if p.hcn else ' (RAMQ public plan)'),
                                'Régime d\'assurance médicaments : %s' % c.health_id(p, label=False) + (' (PMO)' if p.hcn else ' (régime public RAMQ)'))))
    blocks.append(('p', c.L('Fax back to 613-555-0188 or reply here. Thank you!', 'Vous pouvez télécopier au 613-555-0188 ou répondre ici. Merci!')))
    blocks += signature(c, frm)
    subj = c.L(c.ch('BPMH request - %s', 'Med rec - %s', 'Dispensing history please: %s'), c.ch('Demande de BCM - %s', 'Profil pharmaceutique svp : %s')) % c.ch(p.surname, '%s %s' % (p.surname, p.given))
    return mk(c, subj, frm, [(pn, pa)], blocks, atts=atts, att_critical=crit)


def p_ramq_crossborder(c):
    frm = c.staff('reg')
    (cn, ca), org = ext(c, 'cisss')
    n = c.rng.randint(2, 6)
    pats = []
    while len(pats) < n:
        p = c.patient(origin='QC')
        if p not in pats:
            pats.append(p)
    rows = []
    for p in pats:
        vd = (c.when - dt.timedelta(days=c.rng.randint(1, 40))).date()
        serv = c.lazy(lambda: c.L('ED visit', 'visite urgence'), lambda: c.L('ED visit + CT', 'urgence + TDM'),
                      lambda: c.L('admission 3W x %d d (%s)' % (c.rng.randint(2, 14), c.dx('psy', p)), 'admission 3 Ouest %d j (%s)' % (c.rng.randint(2, 14), c.dx('psy', p))),
                      lambda: c.L('ED - %s' % c.dx('ed', p), 'urgence - %s' % c.dx('ed', p)))
        rows.append([c.name(p, style=c.pick(['SF', 'sf'])), c.nam(p), c.dob(p, 'iso'), vd.isoformat(), serv])
    hdr = c.L(['Patient', 'RAMQ #', 'DOB', 'Visit', 'Service'], ['Patient', 'NAM', 'DDN', 'Visite', 'Service'])
    blocks = [('p', greet(c, cn.split()[0])),
              ('p', c.L('As discussed, below are the Québec residents seen at RCH this period for whom the out-of-province claim is still pending. '
                        'Can you confirm coverage so we can stop billing the patients directly?',
                        'Tel que discuté, voici les résidents du Québec vus à l\'HCR cette période dont la réclamation hors province est en attente. '
                        'Pouvez-vous confirmer la couverture RAMQ afin qu\'on cesse de facturer les patients directement?'))]
    atts = []
    crit = False
    if c.rng.random() < 0.4:
        atts.append(att('RAMQ_en_attente_%s.xlsx' % c.when.strftime('%Y%m'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([('QC', hdr, rows)], author=frm.display())))
        blocks.append(('p', c.L('Spreadsheet attached.', 'Fichier Excel ci-joint.')))
        crit = True
    else:
        blocks.append(('table', hdr, rows))
    blocks.append(('p', c.L('Thanks, we appreciate the help with these.', 'Merci beaucoup de votre aide.')))
    blocks += signature(c, frm)
    subj = c.L(c.ch('QC residents - claims pending', 'Out-of-province (RAMQ) claims - %s', 'RAMQ coverage check'),
               c.ch('Résidents du Québec - réclamations en attente', 'Réclamations RAMQ hors province - %s', 'Vérification couverture RAMQ'))
    if '%s' in subj:
        subj = subj % c.when.strftime('%Y-%m')
    return mk(c, subj, frm, [(cn, ca)], blocks, atts=atts, att_critical=crit)


def p_transfer_tertiary(c):
    frm = c.staff('psych')
    (bn, ba), org = ext(c, 'bellmont')
    p = c.patient(minage=16, qc_share=0.3)
    dx = c.dx('psy', p)
    meds = c.meds(2)
    labs = c.labs(2)
    lines = [c.L('Patient: %s' % c.name(p, style='full'), 'Patient : %s' % c.name(p, style='full')),
             c.dob_label(p),
             (c.L('Health card: ', 'Carte santé : ') + c.hcn(p)) if p.hcn else (c.L('RAMQ: ', 'NAM : ') + c.nam(p)),
             c.mrn(p),
             c.L('Legal status: Form 3 (signed %s)' % c.when.strftime('%Y-%m-%d'), 'Statut légal : Formulaire 3 (signé le %s)' % c.when.strftime('%Y-%m-%d')),
             c.L('Dx: %s' % dx, 'Dx : %s' % dx),
             c.L('Given in ED: %s' % '; '.join(meds), 'Reçu à l\'urgence : %s' % '; '.join(meds)),
             c.L('Labs: %s' % ', '.join(labs), 'Labos : %s' % ', '.join(labs)),
             c.L('Risk: assaulted security officer on arrival; in seclusion since %s.' % hm(*clock(c)),
                 'Risque : a agressé un agent de sécurité à l\'arrivée; en isolement depuis %s.' % hm(*clock(c), lang='fr'))]
    pdf = make_pdf(c.L('Transfer summary - PICU request', 'Résumé de transfert - demande USIP'), lines, c.rng)
    blocks = [('p', greet(c, bn.split()[0])),
              ('p', c.L('Requesting a PICU bed for the patient below - we cannot safely manage on our open unit. Summary attached, key points:',
                        'Nous demandons un lit USIP pour la personne ci-dessous - impossible de la gérer en sécurité sur notre unité ouverte. Résumé joint, points clés :'))]
    if c.rng.random() < 0.6:
        blocks.append(('ul', lines[:2] + lines[4:6]))
    else:
        blocks.append(('p', c.L('%s, %s, %s.' % (p.surname.upper(), c.agesex(p), dx), '%s, %s, %s.' % (p.surname.upper(), c.agesex(p), dx))))
    blocks.append(('p', c.L('I can be reached on my cell 613-555-0147 for MD-to-MD.', 'Joignable sur mon cellulaire 613-555-0147 pour discussion médecin-médecin.')))
    blocks += signature(c, frm)
    subj = c.L(c.ch('PICU transfer request - %s', 'Urgent: transfer request %s'), c.ch('Demande de transfert USIP - %s', 'Urgent : demande de transfert %s')) % p.surname
    return mk(c, subj, frm, [(bn, ba)], blocks, cc=[c.staff('flow')],
              atts=[att('transfer_summary_%s.pdf' % fn_safe(p.surname), 'application/pdf', pdf)])


def p_critical_lab(c):
    frm = c.pick([c.staff('charge'), grp('RCH Core Lab', 'corelab')])
    to = [c.staff('edmd')]
    p = c.patient(minage=1)
    lab = c.lab()
    bed = bed_labels(c, 1)[0]
    blocks = [('p', c.L(c.ch('Critical called to RN at %s, read back OK.', 'FYI critical value, RN %s notified.'),
                        c.ch('Valeur critique communiquée à l\'inf. à %s, relecture OK.', 'Pour info valeur critique, inf. %s avisée.'))
                   % c.ch(hm(*clock(c)), c.staff('charge').first)),
              ('pre', '%s  %s  %s\n%s' % (c.name(p, style=c.pick(['SF', 'sinit'])), c.mrn(p), bed, lab))]
    if c.rng.random() < 0.5:
        blocks.append(('p', c.L('Also pt is on %s - ?hold.' % c.med('mix' if c.rng.random() < 0.5 else 'ed'), 'Aussi, pt sous %s - ?suspendre.' % c.med('ed'))))
    blocks += signature(c, frm) if isinstance(frm, Staff) else [('sig', ['Core Laboratory / Laboratoire', HOSP_EN, 'ext. 4410'])]
    subj = c.L('CRITICAL - %s - %s', 'CRITIQUE - %s - %s') % (p.surname.upper(), lab.split(' ')[0])
    return mk(c, subj, frm, to, blocks, headers=[('Importance', 'High'), ('X-Priority', '1')])


def p_discharge_followup(c):
    frm = c.pick([c.staff('rn3w'), c.staff('sw')])
    p = c.patient(minage=16, qc_share=0.4)
    org = 'clsc' if p.origin == 'QC' else 'cmh'
    (on, oa), oname = ext(c, org)
    dd = c.when.date()
    appt = dd + dt.timedelta(days=c.rng.randint(3, 14))
    lines = [c.L('Name: ', 'Nom : ') + c.name(p, style=c.pick(['full', 'SF'])),
             c.dob_label(p) if c.rng.random() < 0.6 else c.agesex(p),
             c.L('Address: ', 'Adresse : ') + c.address(p),
             c.L('Phone: ', 'Tél. : ') + c.phone(p),
             c.health_id(p) if c.rng.random() < 0.6 else c.mrn(p),
             (c.L('Email (pt consents to e-mail reminders): ', 'Courriel (consent aux rappels par courriel) : ') + c.pemail(p)) if c.rng.random() < 0.35 else c.L('No e-mail on file.', 'Aucun courriel au dossier.'),
             c.L('Discharged from 3W %s after %d days. Dx: %s.' % (dd.isoformat(), c.rng.randint(4, 30), c.dx('psy', p)),
                 'Congé du 3 Ouest le %s après %d jours. Dx : %s.' % (dd.isoformat(), c.rng.randint(4, 30), c.dx('psy', p))),
             c.L('Meds at d/c: %s' % ', '.join(c.meds(c.rng.randint(2, 3))), 'Rx au congé : %s' % ', '.join(c.meds(c.rng.randint(2, 3))))]
    if c.rng.random() < 0.5:
        lines.append(c.L('Social: %s' % c.social(), 'Social : %s' % c.social()))
    blocks = [('p', greet(c, on.split()[0])),
              ('p', c.L('Please see the discharge information for our shared client. A first appointment is booked for %s at %s - could your team confirm?' % (appt.isoformat(), hm(10, 30)),
                        'Voici l\'information de congé pour notre usager commun. Un premier rendez-vous est prévu le %s à %s - votre équipe peut-elle confirmer?' % (appt.isoformat(), hm(10, 30, 'fr')))),
              ('ul', lines) if c.rng.random() < 0.5 else ('pre', '\n'.join(lines)),
              ('p', c.L('Pt prefers calls after 1pm. Discharge summary to follow from Health Records.', 'Préfère les appels après 13h. Le résumé de congé suivra via les archives.'))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Discharge f/u - %s', 'New discharge - shared client %s', 'D/C 3W %s - follow-up needed'),
               c.ch('Suivi post-congé - %s', 'Congé 3 Ouest - %s - suivi requis')) % c.ch(p.surname, '%s %s.' % (p.surname, p.given[0]))
    return mk(c, subj, frm, [(on, oa)], blocks)


def p_family_meeting_ics(c):
    frm = c.pick([c.staff('sw'), c.staff('mgr_mh')])
    psy = c.staff('psych')
    p = c.patient(minage=18)
    start = (c.when + dt.timedelta(days=c.rng.randint(2, 9))).replace(hour=c.rng.choice([10, 13, 14, 15]), minute=c.rng.choice([0, 30]), second=0, microsecond=0)
    nm = c.name(p, style=c.pick(['full', 'title', 'sf']))
    dx = c.dx('psy', p)
    soc = c.social()
    summ = c.L('Family meeting - %s' % nm, 'Rencontre de famille - %s' % nm)
    desc = c.L('Discharge planning for %s (%s). %s. Attendees: pt, %s, Dr. %s, SW. Interpreter not needed.' % (nm, dx, soc, c.ch('daughter (POA)', 'mother', 'husband', 'brother'), psy.last),
               'Planification du congé de %s (%s). %s. Présents : usager(ère), %s, Dr %s, T.S. Pas besoin d\'interprète.' % (nm, dx, soc, c.ch('sa fille (mandataire)', 'sa mère', 'son conjoint', 'son frère'), psy.last))
    ics = make_ics('%08x@%s' % (c.rng.getrandbits(32), HOSP_DOM), summ, desc, start, 60, (frm.display(), frm.addr),
                   [(psy.display(), psy.addr), (c.staff('rn3w').display(), c.staff('rn3w').addr)], c.L('3W family room', 'Salon des familles 3 Ouest'))
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Invite for the family meeting - please accept. Details in the invite.', 'Invitation pour la rencontre de famille - svp accepter. Détails dans l\'invitation.'))]
    blocks += signature(c, frm)
    return mk(c, summ, frm, [psy, c.staff('rn3w')], blocks,
              atts=[att('invite.ics', 'text/calendar; method=REQUEST; charset=UTF-8', ics, cte=c.pick(['base64', '7bit', 'quoted-printable']))],
              att_critical=True)


def p_homecare_vcard(c):
    frm = c.pick([c.staff('charge'), c.staff('sw'), c.staff('flow')])
    (hn, ha), org = ext(c, 'homecare')
    p = c.patient(minage=40)
    vc = make_vcf(p.given, p.surname, tel=None, cell=c.phone(p), adr=(p.street, p.town, p.prov, p.postal), bday=p.dob,
                  note=c.L('Patient - ED discharge %s' % c.when.strftime('%Y-%m-%d'), 'Patient - congé urgence %s' % c.when.strftime('%Y-%m-%d')))
    c.add('patient_name', 'patient_contact', 'date_of_birth')
    c.address(p)
    c.evidence.append(('name', p.surname))
    blocks = [('p', greet(c, hn.split()[0])),
              ('p', c.L('ED discharge today, needs home care: %s. %s Contact card attached (address/phone).' % (
                  c.dx('ed', p), c.lazy(lambda: 'Daily IV %s via PICC.' % c.med('ed'), lambda: 'Dressing changes q2d.', lambda: 'Lives alone, needs PSW for bathing.')),
                  'Congé de l\'urgence aujourd\'hui, besoin de soins à domicile : %s. %s Fiche de contact ci-jointe (adresse/tél.).' % (
                  c.dx('ed', p), c.lazy(lambda: '%s IV die via PICC.' % c.med('ed'), lambda: 'Changements de pansement q2j.', lambda: 'Vit seul(e), besoin d\'une PAB pour le bain.'))))]
    if c.rng.random() < 0.6:
        blocks.append(('p', c.health_id(p)))
    if c.rng.random() < 0.5:
        blocks.append(('p', c.L('Client is %s, speaks %s.' % (c.name(p, style='title'), c.ch('English', 'French only')),
                                'Il s\'agit de %s, parle %s.' % (c.name(p, style='title'), c.ch('anglais', 'seulement français')))))
    blocks += signature(c, frm)
    subj = c.L(c.ch('Home care referral - ED d/c today', 'Referral: home care start tomorrow', 'New HC referral'),
               c.ch('Référence soins à domicile - congé urgence', 'Nouvelle référence SAD'))
    return mk(c, subj, frm, [(hn, ha)], blocks,
              atts=[att('%s %s.vcf' % (p.given, p.surname), 'text/vcard; charset=utf-8', vc, cte=c.pick(['base64', 'quoted-printable']))],
              att_critical=True)


def p_cas_dpj(c):
    frm = c.staff('sw')
    p = c.patient(minage=19, maxage=50)
    if p.origin == 'QC':
        (on, oa), oname = ext(c, 'cisss')
        agency = c.L('DPJ intake', 'la réception des signalements (DPJ)')
    else:
        (on, oa), oname = ext(c, 'cas')
        agency = c.L('CAS intake', 'l\'accueil de la SAE')
    kids = c.rng.randint(1, 3)
    ages = sorted(c.rng.sample(range(1, 15), kids))
    blocks = [('p', greet(c, on.split()[0])),
              ('p', c.L('Further to my call to %s this morning: our patient %s (%s) was admitted to 3W overnight (%s). '
                        '%s at home at the time; %s currently with %s.' % (
                            agency, c.name(p), c.dob_label(p), c.dx('psy', p),
                            ('The children (ages %s) were' if kids > 1 else 'The child (age %s) was') % ', '.join(map(str, ages)),
                            'they are' if kids > 1 else 'the child is',
                            c.ch('the maternal grandmother in Glenmoor', 'a neighbour', 'the other parent (shared custody)')),
                        'Suite à mon appel à %s ce matin : notre patient(e) %s (%s) a été admis(e) au 3 Ouest cette nuit (%s). '
                        '%s; %s présentement chez %s.' % (
                            agency, c.name(p), c.dob_label(p), c.dx('psy', p),
                            ('Les enfants (%s ans) étaient à la maison' if kids > 1 else 'L\'enfant (%s ans) était à la maison') % ', '.join(map(str, ages)),
                            'ils sont' if kids > 1 else 'l\'enfant est',
                            c.ch('la grand-mère maternelle à Glenmoor', 'une voisine', 'l\'autre parent (garde partagée)')))),
              ('p', c.L('Custody: %s. File worker per parent: %s.' % (c.ch('shared with ex, informal', 'court order - primary to mother', 'no formal arrangement'), c.ch('Dana (open file)', 'unknown', 'closed 2023')),
                        'Garde : %s. Intervenant(e) au dossier selon le parent : %s.' % (c.ch('partagée avec l\'ex, informelle', 'ordonnance - garde principale à la mère', 'aucune entente formelle'), c.ch('Dana (dossier ouvert)', 'inconnu', 'fermé en 2023'))))]
    c.add('social_information')
    blocks.append(('p', c.L('Anticipated LOS 1-2 weeks. Please call me at ext. %s.' % frm.ext, 'Durée de séjour prévue 1-2 semaines. Svp m\'appeler au poste %s.' % frm.ext)))
    blocks += signature(c, frm, disclaimer=True)
    subj = c.L(c.ch('Follow-up to referral - %s', 'Children of admitted pt - %s', 'Re: report this AM (%s)'),
               c.ch('Suivi du signalement - %s', 'Enfants d\'une usagère admise - %s', 'Signalement ce matin (%s)')) % p.surname
    return mk(c, subj, frm, [(on, oa)], blocks)


def p_code_white(c):
    frm = c.pick([c.staff('sec'), c.staff('rn3w'), c.staff('charge')])
    to = [c.staff('mgr_mh'), grp('Risk Management', 'risk'), c.staff('dir')]
    p = c.patient(minage=16)
    h, m = clock(c)
    ident = c.name(p) + ((', ' + c.mrn(p)) if c.rng.random() < 0.3 else '')
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Code White called on %s at %s. Patient %s (%s) became agitated %s. %s given at %s with effect; seclusion %s-%s. '
                        'One RN with a bite to the forearm, seen in ED. Police not called.' % (
                            c.ch('3W', 'the ED (MH2)'), hm(h, m), ident, c.dx('psy', p), c.ch('after being told the pass was cancelled', 'during vitals', 'when the Form 3 was read'),
                            c.med('psy'), hm((h + 1) % 24, m), hm((h + 1) % 24, m), hm((h + 3) % 24, m)),
                        'Code blanc déclenché %s à %s. Patient(e) %s (%s) agité(e) %s. %s administré à %s avec effet; isolement %s-%s. '
                        'Une infirmière mordue à l\'avant-bras, vue à l\'urgence. Police non appelée.' % (
                            c.ch('au 3 Ouest', 'à l\'urgence (SM2)'), hm(h, m, 'fr'), ident, c.dx('psy', p), c.ch('après l\'annulation de sa sortie', 'pendant les signes vitaux', 'à la lecture du Formulaire 3'),
                            c.med('psy'), hm((h + 1) % 24, m, 'fr'), hm((h + 1) % 24, m, 'fr'), hm((h + 3) % 24, m, 'fr')))),
              ('p', c.L('Incident report #IR-%s entered. Debrief at shift change.' % rdigits(c.rng, 6), 'Rapport d\'incident IR-%s saisi. Retour en équipe au changement de quart.' % rdigits(c.rng, 6)))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Code White %s - %s', 'Code White debrief - %s (%s)'), c.ch('Code blanc %s - %s', 'Retour code blanc - %s (%s)')) % (c.when.strftime('%d/%m'), p.surname)
    return mk(c, subj, frm, to, blocks)


def p_census_zip(c):
    frm = c.pick([c.staff('clerk'), c.staff('admin')])
    to = [c.staff('qi')]
    n = c.rng.randint(6, 14)
    pats = uniq_patients(c, n, minage=14)
    hdr = ['mrn', 'last_name', 'first_name', 'dob', 'arrival', 'dx', 'form1', 'dispo']
    rows = []
    for p in pats:
        rows.append([c.mrn(p, label=False), p.surname, p.given, c.dob(p, 'iso'),
                     (c.when - dt.timedelta(days=c.rng.randint(1, 30), hours=c.rng.randint(0, 23))).strftime('%Y-%m-%d %H:%M'),
                     c.dx('psy', p), c.ch('Y', 'N', 'N'), c.ch('admit 3W', 'd/c home', 'transfer', 'LWBS')])
        c.evidence.append(('name', p.surname))
    c.add('patient_name')
    csvb = make_csv(hdr, rows, c.rng)
    zname = c.L('ED_MH_visits_%s.zip', 'visites_SM_urgence_%s.zip') % c.when.strftime('%Y%m')
    data = make_zip([(c.L('ed_mh_visits.csv', 'visites_sm.csv'), csvb),
                     ('README.txt', c.L('Extract from ClinRiv, MH presentations, for audit.\r\n', 'Extraction ClinRiv, présentations SM, pour audit.\r\n').encode('utf-8'))])
    blocks = [('p', greet(c, to[0])),
              ('p', c.L('Here is the extract you asked for the Form 1 audit (all MH presentations last month). Password to follow by phone.',
                        'Voici l\'extraction demandée pour l\'audit des Formulaires 1 (toutes les présentations SM du mois dernier). Mot de passe à suivre par téléphone.'))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Form 1 audit extract', 'data for audit', 'MH visits - %s' % c.when.strftime('%B')), c.ch('Extraction audit Form 1', 'données pour l\'audit'))
    return mk(c, subj, frm, to, blocks, atts=[att(zname, 'application/zip', data)], att_critical=True)


def p_psych_consult(c):
    frm = c.staff('edmd')
    to = [c.staff('psych')]
    p = c.patient(minage=14)
    nm = c.name(p, style=c.pick(['nick', 'full', 'lower', 'sinit', 'nick']))
    if c.rng.random() < 0.3:
        nm += ' ' + c.mrn(p).lower()
    parts = [c.L('pls see %s bed %s, %s.' % (nm, bed_labels(c, 1)[0], c.agesex(p)), 'svp voir %s civière %s, %s.' % (nm, bed_labels(c, 1)[0], c.agesex(p)))]
    parts.append(c.L('known %s, %s.' % (c.dx('psy', p), c.ch('off meds x 3 wk', 'just d/c\'d from Bellmont', 'new to us')),
                     'connu(e) %s, %s.' % (c.dx('psy', p), c.ch('sans rx depuis 3 sem', 'congé récent de Bellmont', 'nouveau pour nous'))))
    if c.rng.random() < 0.7:
        parts.append(', '.join(c.labs(c.rng.randint(1, 3))) + '.')
    if c.rng.random() < 0.5:
        parts.append(c.L('got %s at %s.' % (c.med('psy'), hm(*clock(c))), 'a reçu %s à %s.' % (c.med('psy'), hm(*clock(c), lang='fr'))))
    if c.rng.random() < 0.5:
        parts.append(c.L('collateral: %s.' % c.social(), 'collatéral : %s.' % c.social()))
    parts.append(c.L(c.ch('medically cleared.', 'not on form yet.', 'on form 1 since 0300.'), c.ch('dégagé médicalement.', 'pas encore sous form.', 'sous form 1 depuis 3h.')))
    blocks = [('p', ' '.join(parts)), ('p', c.ch('thx', 'ty', 'merci', '-' + frm.first[0]))]
    subj = c.L(c.ch('consult', 'psych consult bed %s', 'pls see - %s'), c.ch('consultation', 'consult psy civ. %s', 'svp voir - %s'))
    if '%s' in subj:
        subj = subj % (bed_labels(c, 1)[0] if 'bed' in subj or 'civ' in subj else p.surname)
    return mk(c, subj, frm, to, blocks)


def p_transport_booking(c):
    frm = c.pick([c.staff('clerk'), c.staff('flow')])
    (tn, ta), org = ext(c, 'transport')
    p = c.patient(minage=55)
    d = (c.when + dt.timedelta(days=c.rng.randint(0, 2))).date()
    h = c.rng.choice([9, 10, 11, 13, 14])
    rows = [(c.L('Patient', 'Patient'), c.name(p, style=c.pick(['full', 'SF', 'title']))),
            (c.L('Pick-up', 'Départ'), '%s, %s %s' % (c.L('RCH 2E door 3', 'HCR 2 Est porte 3'), d.isoformat(), hm(h, 0, c.lang))),
            (c.L('Destination (home)', 'Destination (domicile)'), c.address(p)),
            (c.L('Phone at home', 'Tél. domicile'), c.phone(p)),
            (c.L('Mobility', 'Mobilité'), c.ch(c.L('wheelchair, 1 assist', 'fauteuil roulant, aide x1'), c.L('stretcher', 'civière'), c.L('walker', 'marchette')))]
    if c.rng.random() < 0.6:
        rows.append((c.L('Clinical', 'Clinique'), c.L('O2 2L NP - %s' % c.dx('ed', p), 'O2 2L LN - %s' % c.dx('ed', p))))
    if c.rng.random() < 0.35:
        rows.append((c.L('Health card', 'Carte santé'), c.health_id(p, label=False)))
    blocks = [('p', greet(c, tn.split()[0])),
              ('p', c.L('Please book the following discharge transport:', 'Svp réserver le transport de congé suivant :')),
              ('table', [c.L('Item', 'Élément'), c.L('Details', 'Détails')], rows),
              ('p', c.L('Billing: hospital account 0047. Thanks!', 'Facturation : compte hôpital 0047. Merci!'))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Transport booking %s', 'D/C transport request - %s'), c.ch('Réservation transport %s', 'Transport de congé - %s')) % d.isoformat()
    return mk(c, subj, frm, [(tn, ta)], blocks)


def p_public_health(c):
    frm = c.pick([c.staff('edmd'), c.staff('charge'), grp('Infection Prevention & Control', 'ipac')])
    (hn, ha), org = ext(c, 'health_unit')
    p = c.patient(minage=18, qc_share=0.25)
    dz = c.ch(c.L('suspected active pulmonary TB', 'TB pulmonaire active suspectée'), c.L('hepatitis A (IgM+)', 'hépatite A (IgM+)'),
              c.L('invasive group A strep', 'SGA invasif'), c.L('measles (suspect)', 'rougeole (suspecte)'))
    c.add('diagnosis')
    lines = [c.L('Name: ', 'Nom : ') + c.name(p, style=c.pick(['SF', 'full'])), c.dob_label(p)]
    if p.hcn:
        lines.append(c.L('HCN: ', 'No carte santé : ') + c.hcn(p))
    elif p.nam:
        lines.append('NAM : ' + c.nam(p))
    lines += [c.L('Residence: ', 'Résidence : ') + c.lazy(lambda: c.address(p), lambda: c.L('NFA - Maison Le Phare shelter (dorm B)', 'SDF - Maison Le Phare (dortoir B)')),
              c.L('Reportable: %s' % dz, 'Maladie à déclaration obligatoire : %s' % dz),
              c.L('Specimens: %s' % c.ch('sputum x3 sent 0830', 'serology sent', 'blood cultures x2 pos GPC chains'), 'Prélèvements : %s' % c.ch('expectorations x3 envoyées 8h30', 'sérologie envoyée', 'hémocultures x2 pos CGP en chaînettes'))]
    if 'Phare' in lines[-3] or 'SDF' in lines[-3]:
        c.add('social_information')
    blocks = [('p', greet(c, hn.split()[0])),
              ('p', c.L('Reporting the following case seen in our ED today:', 'Déclaration du cas suivant vu à notre urgence aujourd\'hui :')),
              ('ul', lines),
              ('p', c.L('Contacts in ED: triage RN and 2 pts in WR - IPAC following.', 'Contacts à l\'urgence : inf. au triage et 2 pts en salle d\'attente - PCI assure le suivi.'))]
    blocks += signature(c, frm) if isinstance(frm, Staff) else [('sig', ['IPAC / PCI', HOSP_EN, 'ext. 4233'])]
    subj = c.L(c.ch('Reportable disease notification', 'Case report - %s', 'DOPHS report'), c.ch('Déclaration MADO', 'Déclaration de cas - %s'))
    if '%s' in subj:
        subj = subj % c.when.strftime('%Y-%m-%d')
    return mk(c, subj, frm, [(hn, ha)], blocks)


def p_mm_rounds(c):
    frm = c.staff('edu')
    to = [grp('ED & MH Physicians', 'ed-mh-md'), grp('Nursing Education', 'nursing.education')]
    p = c.patient(minage=18)
    lines = [c.L('Case: %s, %s, %s' % (c.name(p, style='full'), c.agesex(p), c.mrn(p)), 'Cas : %s, %s, %s' % (c.name(p, style='full'), c.agesex(p), c.mrn(p))),
             c.L('Presentation: %s; triaged CTAS 3, waited %d h in WR.' % (c.dx('psy', p), c.rng.randint(3, 9)), 'Présentation : %s; triage ÉTG 3, attente %d h.' % (c.dx('psy', p), c.rng.randint(3, 9))),
             c.L('Course: %s given; %s.' % (c.med('psy'), c.lab()), 'Évolution : %s donné; %s.' % (c.med('psy'), c.lab())),
             c.L('Outcome: eloped from ED, returned next day by police.', 'Issue : a fugué de l\'urgence, ramené(e) le lendemain par la police.'),
             c.L('Discussion: triage of MH presentations, search policy, observation levels.', 'Discussion : triage des présentations SM, politique de fouille, niveaux d\'observation.')]
    fmt = c.pick(['docx', 'pdf'])
    title = c.L('M&M Rounds - case review', 'Revue M&M - présentation de cas')
    data = make_docx(title, lines, author=frm.display()) if fmt == 'docx' else make_pdf(title, lines, c.rng)
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Attached is the case for Thursday\'s M&M (noon, boardroom B). Please review beforehand.',
                        'Ci-joint le cas pour la revue M&M de jeudi (midi, salle B). Svp en prendre connaissance avant.'))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('M&M Thursday - case', 'M&M rounds case for review'), c.ch('M&M jeudi - cas', 'Cas pour la revue M&M'))
    return mk(c, subj, frm, to, blocks,
              atts=[att('MM_case_%s.%s' % (c.when.strftime('%Y%m%d'), fmt), 'application/pdf' if fmt == 'pdf' else
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data)], att_critical=True)


def p_foreign_visitor(c):
    frm = c.staff('reg')
    p = c.patient(origin='FOREIGN')
    (xn, xa), org = ext(c, 'insurer_be' if p.niss else 'insurer_fr')
    ident = (c.L('Belgian national number (NISS): ', 'Numéro de registre national (NISS) : ') + c.niss(p)) if p.niss else (
        c.L('French social security no. (NIR): ', 'No de sécurité sociale (NIR) : ') + c.nir(p))
    lines = [c.L('Patient: ', 'Patient(e) : ') + c.name(p, style=c.pick(['SF', 'full', 'title'])), c.dob_label(p), ident,
             c.L('Visit: ED %s - %s' % (c.when.strftime('%Y-%m-%d'), c.dx('ed', p)), 'Visite : urgence %s - %s' % (c.when.strftime('%Y-%m-%d'), c.dx('ed', p))),
             c.L('Local address: ', 'Adresse locale : ') + c.address(p),
             c.L('Estimated charges: CAD %d' % c.rng.randint(900, 4800), 'Frais estimés : %d $ CAD' % c.rng.randint(900, 4800))]
    blocks = [('p', c.L('Dear colleague,', 'Madame, Monsieur,')),
              ('p', c.L('We are requesting a guarantee of payment for your member, seen in our emergency department:',
                        'Nous sollicitons une garantie de paiement pour votre assuré(e), vu(e) à notre service des urgences :')),
              ('ul', lines) if c.rng.random() < 0.6 else ('pre', '\n'.join(lines)),
              ('p', c.L('Itemized invoice will follow.', 'La facture détaillée suivra.'))]
    blocks += signature(c, frm)
    subj = c.L('Guarantee of payment request - %s', 'Demande de garantie de paiement - %s') % p.surname.upper()
    return mk(c, subj, frm, [(xn, xa)], blocks)


def p_subject_leak(c):
    frm = c.pick([c.staff('charge'), c.staff('crisis'), c.staff('rn3w')])
    to = [c.pick([c.staff('psych'), c.staff('mgr_mh'), c.staff('sw')])]
    p = c.patient(minage=16)
    nm = c.name(p, style=c.pick(['SF', 'full', 'sinit', 'nick']))
    subj = c.L(c.ch('%s - form 1, SI w plan', '%s back again (%s)', 'Re: %s / %s'),
               c.ch('%s - form 1, IS avec plan', '%s de retour (%s)', 'Re : %s / %s'))
    if subj.count('%s') == 2:
        subj = subj % (nm, c.dx('psy', p))
    else:
        subj = subj % nm
        c.add('diagnosis')
    blocks = [('p', c.ch(c.L('Done, filed in the chart.', 'Fait, classé au dossier.'), c.L('see subject - can you call me?', 'voir objet - peux-tu m\'appeler?'),
                         c.L('FYI. Bed MH1.', 'Pour info. Civière SM1.'), c.L('ok thanks', 'ok merci')))]
    if c.rng.random() < 0.4:
        blocks += signature(c, frm)
    return mk(c, subj, frm, to, blocks)


def p_filename_leak(c):
    frm = c.pick([c.staff('clerk'), c.staff('admin'), c.staff('psych')])
    to = [grp('Health Records', 'health.records')]
    p = c.patient(minage=16)
    c.add('patient_name')
    c.evidence.append(('name', p.surname))
    kind = c.pick(['Form1_psychose', 'consult_psy_SI', 'eval_psychiatrique', 'Form3_psychosis', 'safety_plan_SI', 'capacity_assessment_dementia'])
    c.add('diagnosis')
    parts = [fn_safe(p.surname.upper()), fn_safe(p.given)]
    if p.nam and c.rng.random() < 0.5:
        parts.append(c.nam(p, 'plain'))
    elif c.rng.random() < 0.4:
        parts.append(c.mrn(p, label=False).replace(' ', ''))
    fname = '_'.join(parts + [kind, c.when.strftime('%Y-%m-%d')]) + '.pdf'
    data = make_pdf('scan', [], c.rng, scan=True)
    blocks = [('p', c.ch(c.L('Scan for the chart, thanks.', 'Numérisation pour le dossier, merci.'), c.L('see attached', 'voir pièce jointe'),
                         c.L('Please file. Original sent in the interoffice bag.', 'Svp classer. Original envoyé par courrier interne.')))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('scan', 'for filing', 'Scanned document'), c.ch('numérisation', 'à classer', 'Document numérisé'))
    return mk(c, subj, frm, to, blocks, atts=[att(fname, 'application/pdf', data)], att_critical=True)


def p_inpatient_list(c):
    frm = c.pick([c.staff('rn3w'), c.staff('clerk')])
    to = [c.staff('psych'), c.staff('psych'), grp('3W Team', '3w.team')]
    n = c.rng.randint(5, 9)
    pats = uniq_patients(c, n, minage=16)
    rows = []
    rooms = c.rng.sample(range(301, 321), n)
    with_mrn = c.rng.random() < 0.3
    for p, room in zip(sorted(pats, key=lambda x: x.surname), sorted(rooms)):
        legal = c.ch('Form 3', 'Form 4', c.L('Vol', 'Vol.'), c.L('Vol', 'Vol.'), 'CTO', 'Form 1')
        if legal == 'CTO':
            c.add('social_information')
        rows.append([str(room), c.name(p, style=c.pick(['SF', 'sf', 'sinit'])), legal, c.dx('psy', p),
                     c.lazy(lambda: c.med('psy'), lambda: c.L('no change', 'aucun changement'), lambda: c.L('d/c planning', 'planif. congé'), lambda: c.lab()),
                     c.ch('P0', 'P1', 'P2', c.L('unit only', 'unité seulement'))])
        if with_mrn:
            rows[-1].insert(2, c.mrn(p, label=False))
    hdr = c.L(['Rm', 'Patient', 'Status', 'Dx', 'Meds/Plan', 'Priv.'], ['Ch.', 'Patient', 'Statut', 'Dx', 'Rx/Plan', 'Priv.'])
    if with_mrn:
        hdr.insert(2, c.L('Chart', 'Dossier'))
    blocks = [('p', greet(c, group=True)), ('p', c.L('3W list for rounds:', 'Liste 3 Ouest pour la tournée :')), ('table', hdr, rows),
              ('p', c.L('%d beds, %d in ED waiting. Please flag d/c for tomorrow.' % (20, c.rng.randint(1, 6)), '%d lits, %d en attente à l\'urgence. Svp identifier les congés de demain.' % (20, c.rng.randint(1, 6))))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('3W rounds list', '3W census for rounds %s' % c.when.strftime('%m/%d'), 'Rounds list'),
               c.ch('Liste de tournée 3 Ouest', 'Recensement 3 Ouest %s' % c.when.strftime('%d/%m')))
    return mk(c, subj, frm, to, blocks)


def p_clozapine_anc(c):
    frm = c.pick([c.staff('pharm'), c.staff('ptech')])
    to = [c.staff('psych')]
    pats = uniq_patients(c, c.rng.randint(3, 7), minage=18)
    rows = []
    c.add('medication', 'lab_result')
    for p in pats:
        anc = round(c.rng.uniform(1.1, 5.2), 1)
        flag = 'RED' if anc < 1.5 else ('AMBER' if anc < 2.0 else 'GREEN')
        if c.lang == 'fr':
            flag = {'RED': 'ROUGE', 'AMBER': 'JAUNE', 'GREEN': 'VERT'}[flag]
        dose = c.rng.choice([100, 150, 200, 250, 300, 400, 450])
        rows.append([c.name(p, style=c.pick(['SF', 'sf'])), 'clozapine %d mg' % dose,
                     ('%.1f' % anc).replace('.', ',') if c.lang == 'fr' else '%.1f' % anc, flag])
    hdr = c.L(['Patient', 'Dose', 'ANC (x10^9/L)', 'Status'], ['Patient', 'Dose', 'NAN (x10^9/L)', 'Statut'])
    blocks = [('p', greet(c, to[0])),
              ('p', c.L('Weekly clozapine monitoring results - please review the non-green ones before we release supply:',
                        'Résultats hebdomadaires de surveillance de la clozapine - svp revoir les non-verts avant qu\'on libère la dispensation :')),
              ('table', hdr, rows)]
    blocks += signature(c, frm)
    subj = c.L('Clozapine ANC results - week of %s', 'Résultats NAN clozapine - semaine du %s') % c.when.strftime('%Y-%m-%d')
    return mk(c, subj, frm, to, blocks)


def p_ccb_hearing(c):
    frm = c.pick([c.staff('mgr_mh'), c.staff('admin')])
    (ln, la), org = ext(c, c.ch('legal', 'rights'))
    p = c.patient(minage=18)
    hd = (c.when + dt.timedelta(days=c.rng.randint(3, 7))).date()
    idl = c.name(p)
    if c.rng.random() < 0.4:
        idl += ', ' + c.mrn(p)
    blocks = [('p', greet(c, ln.split()[0])),
              ('p', c.L('The Consent and Capacity Board hearing for your client %s (%s) is scheduled for %s at %s, 3W conference room. '
                        'Application: Form %s (%s). Attending psychiatrist: Dr. %s.' % (
                            idl, c.dob_label(p), fmt_date(hd, 'en', c.rng, 'long'), hm(13, 30), c.ch('16 (review of involuntary status)', '33 (finding of incapacity - treatment)', '48 (CTO review)'),
                            c.dx('psy', p), c.staff('psych').last),
                        'L\'audience de la Commission du consentement et de la capacité pour votre client(e) %s (%s) aura lieu le %s à %s, salle de conférence 3 Ouest. '
                        'Requête : Formulaire %s (%s). Psychiatre traitant : Dr %s.' % (
                            idl, c.dob_label(p), fmt_date(hd, 'fr', c.rng, 'long'), hm(13, 30, 'fr'), c.ch('16 (révision du statut involontaire)', '33 (incapacité - traitement)', '48 (ordonnance de traitement en milieu communautaire)'),
                            c.dx('psy', p), c.staff('psych').last))),
              ('p', c.L('Disclosure package (clinical notes, %d pages) will be available for pick-up Thursday.' % c.rng.randint(20, 120),
                        'La communication de la preuve (notes cliniques, %d pages) sera disponible jeudi.' % c.rng.randint(20, 120)))]
    c.add('social_information')
    blocks += signature(c, frm, disclaimer=True)
    subj = c.L('CCB hearing - %s - %s', 'Audience CCC - %s - %s') % (p.surname, hd.isoformat())
    return mk(c, subj, frm, [(ln, la)], blocks)


def p_income_support(c):
    frm = c.staff('sw')
    p = c.patient(minage=18, maxage=64, qc_share=0.35)
    if p.origin == 'QC':
        to = [('Agent(e) d\'aide financière', 'solidarite.sociale@cle-valdescedres.example')]
        prog = c.L('Québec Social Solidarity Program - medical report', 'Programme de solidarité sociale - rapport médical')
    else:
        to = [('Disability Adjudication - Eastern Office', 'intake@disability-adjudication-east.example')]
        prog = c.L('ODSP Disability Determination Package - Health Status Report', 'Trousse de détermination de l\'invalidité du POSPH - rapport sur l\'état de santé')
    rows = [(c.L('Applicant', 'Requérant(e)'), c.name(p, style=c.pick(['full', 'SF']))),
            (c.L('Date of birth', 'Date de naissance'), c.dob(p)),
            (c.L('SIN', 'NAS'), c.sin(p)),
            (c.L('Health number', 'No d\'assurance maladie'), c.health_id(p, label=False)),
            (c.L('Diagnoses', 'Diagnostics'), '; '.join(c.dxs(2))),
            (c.L('Current medication', 'Médication actuelle'), ', '.join(c.meds(c.rng.randint(2, 3)))),
            (c.L('Functional limitations', 'Limitations fonctionnelles'),
             c.L('unable to sustain work > 2 h; 3 admissions in 18 months', 'incapable de soutenir un travail > 2 h; 3 hospitalisations en 18 mois'))]
    if c.rng.random() < 0.5:
        rows.append((c.L('Address', 'Adresse'), c.address(p)))
    c.add('social_information')
    blocks = [('p', c.L('Good afternoon,', 'Bonjour,')),
              ('p', c.L('Please find the completed %s for our mutual client. The client signed the consent (Form 3143) on %s.' % (prog, c.when.strftime('%Y-%m-%d')),
                        'Vous trouverez ci-joint le document complété (%s) pour notre client(e) commun(e). Le consentement a été signé le %s.' % (prog, c.when.strftime('%Y-%m-%d'))))]
    atts = []
    if c.rng.random() < 0.5:
        fmt = c.pick(['pdf', 'docx'])
        lines = ['%s: %s' % (k, v) for k, v in rows]
        data = make_pdf(prog, lines, c.rng) if fmt == 'pdf' else make_docx(prog, lines, author=frm.display())
        atts.append(att('%s_%s.%s' % (c.L('HealthStatusReport', 'RapportMedical'), fn_safe(p.surname), fmt),
                        'application/pdf' if fmt == 'pdf' else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data))
        blocks.append(('p', c.L('Summary: %s (SIN %s) - report attached.' % (c.name(p, style='sf'), c.sin(p)),
                                'Résumé : %s (NAS %s) - rapport ci-joint.' % (c.name(p, style='sf'), c.sin(p)))))
    else:
        blocks.append(('table', [c.L('Section', 'Section'), c.L('Information', 'Renseignement')], rows))
    blocks.append(('p', c.L('The treating psychiatrist can be reached through our switchboard if further information is needed.',
                            'Le psychiatre traitant peut être joint par notre standard si d\'autres renseignements sont requis.')))
    blocks += signature(c, frm, disclaimer=True)
    subj = c.L(c.ch('Health status report - %s', 'Application package - %s', 'Medical report for income support - %s'),
               c.ch('Rapport médical - %s', 'Demande d\'aide financière - %s')) % p.surname.upper()
    return mk(c, subj, frm, to, blocks, atts=atts)


POSITIVE = [
    ('ed_handover', p_ed_handover, 6), ('bed_flow', p_bed_flow, 5), ('crisis_team', p_crisis_team, 6),
    ('form1_hold', p_form1_hold, 6), ('sw_housing', p_sw_housing, 5), ('police_liaison', p_police_liaison, 5),
    ('pharmacy_medrec', p_pharmacy_medrec, 5), ('ramq_crossborder', p_ramq_crossborder, 5),
    ('transfer_tertiary', p_transfer_tertiary, 4), ('critical_lab', p_critical_lab, 4),
    ('discharge_followup', p_discharge_followup, 5), ('family_meeting_ics', p_family_meeting_ics, 4),
    ('homecare_vcard', p_homecare_vcard, 4), ('cas_dpj', p_cas_dpj, 4), ('code_white', p_code_white, 4),
    ('census_zip', p_census_zip, 3), ('psych_consult', p_psych_consult, 5), ('transport_booking', p_transport_booking, 4),
    ('public_health', p_public_health, 4), ('mm_rounds', p_mm_rounds, 3), ('foreign_visitor', p_foreign_visitor, 4),
    ('subject_leak', p_subject_leak, 4), ('filename_leak', p_filename_leak, 4), ('inpatient_list', p_inpatient_list, 5),
    ('clozapine_anc', p_clozapine_anc, 3), ('ccb_hearing', p_ccb_hearing, 4), ('income_support', p_income_support, 4),
]

# --------------------------------------------------------------------------
# NEGATIVE templates (hard: clinical vocabulary, staff names, ID-like numbers)
# --------------------------------------------------------------------------

def staff_rows(c, n, keys=('charge', 'rn3w', 'crisis', 'flow')):
    seen, out = set(), []
    pool = [s for k in keys for s in c.w.staff[k]]
    c.rng.shuffle(pool)
    for s in pool:
        if s.addr not in seen:
            seen.add(s.addr)
            out.append(s)
        if len(out) >= n:
            break
    return out


def emp_no(c):
    return '%06d' % c.rng.randint(100000, 989999)


def n_ed_staffing(c):
    frm = c.pick([c.staff('mgr_ed'), c.staff('mgr_mh'), c.staff('admin')])
    to = [grp('ED RN group', 'ed.rn'), c.staff('dir')]
    ss = staff_rows(c, c.rng.randint(4, 8))
    rows = []
    for s in ss:
        d = (c.when + dt.timedelta(days=c.rng.randint(-7, 0))).date()
        rows.append([s.display(c.lang), emp_no(c), d.isoformat(), c.ch('0700-1930', '1900-0730', '1100-2330'),
                     '%.2f' % c.rng.choice([3.75, 4.0, 7.5, 11.25, 12.0]),
                     c.ch(c.L('sick call', 'absence maladie'), c.L('1:1 sitter for Form 1 pt', 'surveillance 1:1 (patient sous Form 1)'),
                          c.L('surge - 14 ANB', 'débordement - 14 admis sans lit'), c.L('vacancy', 'poste vacant'), c.L('MH hold in ED', 'garde SM à l\'urgence'))])
    hdr = c.L(['Name', 'Emp #', 'Date', 'Shift', 'OT hrs', 'Reason'], ['Nom', 'No empl.', 'Date', 'Quart', 'Heures supp.', 'Motif'])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Overtime approved for last week is below. Total %d hrs, %d%% over budget; most of it is 1:1 observation of mental health holds in the ED while waiting for 3W beds.' % (c.rng.randint(60, 190), c.rng.randint(8, 40)),
                        'Voici les heures supplémentaires approuvées la semaine dernière. Total %d h, %d %% au-dessus du budget; surtout de la surveillance 1:1 des patients en santé mentale en attente d\'un lit au 3 Ouest.' % (c.rng.randint(60, 190), c.rng.randint(8, 40)))),
              ('table', hdr, rows),
              ('p', c.L('Reminder: OT must be pre-approved by the charge nurse and entered in the scheduling system before end of shift. Agency RNs start Monday (2 lines).',
                        'Rappel : les heures supp. doivent être approuvées par l\'infirmière-chef et saisies dans le système d\'horaires avant la fin du quart. Les infirmières d\'agence commencent lundi (2 lignes).'))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('OT approvals - week of %s', 'Overtime summary %s', 'ED staffing / OT %s'), c.ch('Heures supp. approuvées - semaine du %s', 'Sommaire des heures supp. %s')) % c.when.strftime('%Y-%m-%d')
    atts = []
    if c.rng.random() < 0.3:
        atts.append(att('OT_%s.xlsx' % c.when.strftime('%Y%m%d'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('OT', hdr, rows)])))
    return mk(c, subj, frm, to, blocks, atts=atts)


def n_bed_stats(c):
    frm = c.pick([c.staff('flow'), c.staff('qi')])
    to = [grp('Bed Huddle', 'bedhuddle'), c.staff('dir')]
    units = [('ED', 'Urgence'), ('3W Psychiatry', '3 Ouest psychiatrie'), ('2E Medicine', '2 Est médecine'), ('2W Surgery', '2 Ouest chirurgie'),
             ('ICU', 'SI'), ('Telemetry', 'Télémétrie')]
    rows = []
    for e, f in units:
        cap = c.rng.randint(6, 32)
        occ = cap + c.rng.randint(-2, 5)
        rows.append([c.L(e, f), str(cap), str(occ), '%d%%' % round(100 * occ / cap), str(c.rng.randint(0, 6)), str(c.rng.randint(0, 9))])
    hdr = c.L(['Unit', 'Funded', 'Occupied', 'Occ %', 'Pending d/c', 'ALC'], ['Unité', 'Lits financés', 'Occupés', '% occ.', 'Congés prévus', 'NSA'])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Census at 0800 (%s). ED: %d pts, %d admitted no bed (incl. %d mental health), longest wait %d h. Form 1 holds in ED: %d.' % (
                  day_label(c.when, 'en'), c.rng.randint(20, 45), c.rng.randint(4, 15), c.rng.randint(1, 5), c.rng.randint(14, 60), c.rng.randint(0, 4)),
                  'Recensement de 8h (%s). Urgence : %d patients, %d admis sans lit (dont %d en santé mentale), attente max %d h. Patients sous Form 1 à l\'urgence : %d.' % (
                  day_label(c.when, 'fr'), c.rng.randint(20, 45), c.rng.randint(4, 15), c.rng.randint(1, 5), c.rng.randint(14, 60), c.rng.randint(0, 4)))),
              ('table', hdr, rows),
              ('p', c.L('We are at Surge level %d. Bellmont has %d PICU beds available today.' % (c.rng.randint(1, 3), c.rng.randint(0, 2)),
                        'Nous sommes au niveau de débordement %d. Bellmont a %d lits USIP disponibles aujourd\'hui.' % (c.rng.randint(1, 3), c.rng.randint(0, 2))))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Daily census 0800', 'Bed occupancy - %s' % c.when.strftime('%b %d'), 'Occupancy stats / surge level'),
               c.ch('Recensement quotidien 8h', 'Taux d\'occupation - %s' % c.when.strftime('%d/%m'), 'Statistiques d\'occupation'))
    return mk(c, subj, frm, to, blocks)


DRUGS_SHORT = [('lorazepam 4 mg/mL injection', 'lorazépam inj. 4 mg/mL', 'midazolam IM', 'midazolam IM'),
               ('olanzapine 10 mg IM vials', 'olanzapine 10 mg IM (fioles)', 'haloperidol 5 mg IM + lorazepam', 'halopéridol 5 mg IM + lorazépam'),
               ('haloperidol decanoate 100 mg/mL', 'décanoate d\'halopéridol 100 mg/mL', 'fluphenazine decanoate', 'décanoate de fluphénazine'),
               ('naloxone 0.4 mg/mL ampoules', 'naloxone 0,4 mg/mL ampoules', 'naloxone 2 mg/2 mL prefilled syringe', 'naloxone seringue préremplie 2 mg/2 mL'),
               ('lithium carbonate 300 mg capsules', 'carbonate de lithium 300 mg caps', '150 mg capsules x2', 'caps 150 mg x 2'),
               ('methylphenidate ER 36 mg', 'méthylphénidate LP 36 mg', 'ER 18 mg x2', 'LP 18 mg x 2'),
               ('ketamine 50 mg/mL', 'kétamine 50 mg/mL', 'ketamine 10 mg/mL (pharmacy to dilute)', 'kétamine 10 mg/mL')]


def n_drug_shortage(c):
    frm = c.pick([c.staff('pharm'), grp('Pharmacy Department', 'pharmacy')])
    to = [grp('All ED & MH staff', 'ed-mh-all'), grp('Nursing Managers', 'nursing.managers')]
    e, f, ae, af = c.pick(DRUGS_SHORT)
    din = '0%07d' % c.rng.randint(2000000, 2499999)
    lot = c.ch('L%s' % rdigits(c.rng, 6), gen_luhn_asset(c.rng, 9), '%s-%s' % (rdigits(c.rng, 4), rdigits(c.rng, 3)))
    blocks = [('p', c.L('DRUG SHORTAGE BULLETIN #%d-%02d' % (c.when.year, c.rng.randint(1, 40)), 'BULLETIN DE PÉNURIE DE MÉDICAMENTS no %d-%02d' % (c.when.year, c.rng.randint(1, 40)))),
              ('p', c.L('Product: %s (DIN %s). Supplier reports backorder until %s; lot %s recalled by the manufacturer (not a patient-safety issue).' % (
                  e, din, fmt_date((c.when + dt.timedelta(days=c.rng.randint(20, 120))).date(), 'en', c.rng, 'long'), lot),
                  'Produit : %s (DIN %s). Rupture chez le fournisseur jusqu\'au %s; le lot %s est rappelé par le fabricant (aucun risque pour les patients).' % (
                  f, din, fmt_date((c.when + dt.timedelta(days=c.rng.randint(20, 120))).date(), 'fr', c.rng, 'long'), lot))),
              ('ul', [c.L('Current stock: %d units (about %d days at usual use)' % (c.rng.randint(10, 200), c.rng.randint(3, 30)), 'Stock actuel : %d unités (environ %d jours)' % (c.rng.randint(10, 200), c.rng.randint(3, 30))),
                      c.L('Alternative: %s - see agitation order set v4' % ae, 'Alternative : %s - voir l\'ordonnance collective agitation v4' % af),
                      c.L('Reserve remaining stock for the ED and 3W seclusion room', 'Réserver le stock restant pour l\'urgence et la salle d\'isolement du 3 Ouest'),
                      c.L('Do not borrow from other units - call pharmacy ext. 4501', 'Ne pas emprunter d\'autres unités - appeler la pharmacie poste 4501')]),
              ('p', c.L('Questions: clinical pharmacist on call, pager 613-555-0161.', 'Questions : pharmacien(ne) de garde, téléavertisseur 613-555-0161.'))]
    if isinstance(frm, Staff):
        blocks += signature(c, frm)
    else:
        blocks.append(('sig', [c.L('Pharmacy Department', 'Département de pharmacie'), HOSP_EN]))
    atts = []
    if c.rng.random() < 0.35:
        atts.append(att(c.L('shortage_bulletin.pdf', 'bulletin_penurie.pdf'), 'application/pdf',
                        make_pdf(c.L('Drug shortage bulletin', 'Bulletin de pénurie'), [render_plain(blocks[:3], {})], c.rng)))
    subj = c.L('Drug shortage: %s', 'Pénurie : %s') % c.L(e, f)
    return mk(c, subj, frm, to, blocks, atts=atts)


def n_security_incident(c):
    frm = c.staff('sec')
    to = [c.staff('dir'), c.staff('mgr_ed'), grp('Facilities', 'facilities')]
    h, m = clock(c)
    kind = c.rng.randrange(5)
    badge = gen_luhn_asset(c.rng, 9)
    txt = [
        c.L('At %s a staff vehicle was broken into in lot P3 (north). Window smashed, laptop bag taken. Police file PR-%s. Camera 14 covers the lot but the footage is poor at night.' % (hm(h, m), rdigits(c.rng, 7)),
            'À %s, le véhicule d\'une employée a été vandalisé dans le stationnement P3 (nord). Vitre brisée, sac d\'ordinateur volé. Dossier de police PR-%s. La caméra 14 couvre le stationnement mais l\'image est mauvaise la nuit.' % (hm(h, m, 'fr'), rdigits(c.rng, 7))),
        c.L('Tailgating observed at the ambulance bay door: two visitors followed a staff member in at %s. Badge %s was used; the card holder has been reminded of the policy.' % (hm(h, m), badge),
            'Talonnage observé à la porte de l\'aire ambulancière : deux visiteurs ont suivi une employée à %s. La carte %s a été utilisée; le détenteur a reçu un rappel.' % (hm(h, m, 'fr'), badge)),
        c.L('The magnetic lock on the 3W seclusion corridor failed at %s for 12 minutes (power bump). No patients were in the corridor. Work order WO-%s placed.' % (hm(h, m), rdigits(c.rng, 6)),
            'La serrure magnétique du corridor d\'isolement du 3 Ouest a fait défaut à %s pendant 12 minutes (baisse de tension). Aucun patient dans le corridor. Bon de travail BT-%s.' % (hm(h, m, 'fr'), rdigits(c.rng, 6))),
        c.L('Code White drill on 3W at %s: response time 2 min 40 s, 6 responders. Debrief: radios on channel 3 were not audible in the courtyard. No actual patients involved (mock scenario).' % hm(h, m),
            'Exercice de code blanc au 3 Ouest à %s : délai de réponse 2 min 40 s, 6 intervenants. Retour : les radios au canal 3 ne s\'entendaient pas dans la cour. Scénario simulé, aucun patient réel.' % hm(h, m, 'fr')),
        c.L('An intoxicated member of the public was loitering in the main entrance vestibule at %s and refused to leave; escorted off property, trespass notice issued. He was not a patient and declined care.' % hm(h, m),
            'Un individu intoxiqué flânait dans le vestibule principal à %s et refusait de partir; escorté hors de la propriété, avis d\'interdiction remis. Il n\'était pas patient et a refusé des soins.' % hm(h, m, 'fr')),
    ][kind]
    blocks = [('p', greet(c, group=True)), ('p', txt),
              ('p', c.L('Security incident log #SEC-%s. Total incidents this month: %d (last month %d).' % (rdigits(c.rng, 5), c.rng.randint(8, 30), c.rng.randint(8, 30)),
                        'Registre de sécurité SEC-%s. Incidents ce mois-ci : %d (mois dernier %d).' % (rdigits(c.rng, 5), c.rng.randint(8, 30), c.rng.randint(8, 30))))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Security incident report - %s', 'Incident report (security) %s', 'SEC log - %s'), c.ch('Rapport d\'incident - sécurité - %s', 'Registre sécurité %s')) % c.when.strftime('%Y-%m-%d')
    return mk(c, subj, frm, to, blocks)


def n_staff_wellness(c):
    frm = c.pick([c.staff('dir'), c.staff('mgr_ed'), c.staff('mgr_mh'), c.staff('hr')])
    to = [grp('ED & Mental Health staff', 'ed-mh-all')]
    kind = c.rng.randrange(4)
    body = [
        c.L('This has been a hard few weeks in the department - several difficult Code Whites and a very sad outcome on the weekend. '
            'Peer support is available: a critical incident stress debrief (CISD) will be held Wednesday at 1500 in the chapel. No case details will be discussed.',
            'Les dernières semaines ont été difficiles - plusieurs codes blancs éprouvants et un dénouement très triste la fin de semaine. '
            'Du soutien par les pairs est offert : un débriefing post-incident (DPI) aura lieu mercredi à 15h à la chapelle. Aucun détail clinique ne sera discuté.'),
        c.L('Reminder that our Employee & Family Assistance Program (EFAP) is free and confidential, 24/7: 1-800-555-0199. It covers counselling for stress, grief, substance use and financial worries.',
            'Rappel : notre Programme d\'aide aux employés et à la famille (PAEF) est gratuit et confidentiel, 24/7 : 1-800-555-0199. Il couvre le counselling pour le stress, le deuil, la consommation et les soucis financiers.'),
        c.L('Wellness week! Chair yoga Tuesday 1200, therapy dog Wednesday (Biscuit!) in the staff lounge, and a smoothie bar Friday. Results of the burnout survey: 61% of respondents reported moderate-high emotional exhaustion; 48% would recommend the unit as a place to work.',
            'Semaine du mieux-être! Yoga sur chaise mardi 12h, chien de thérapie mercredi (Biscuit!) au salon du personnel, bar à smoothies vendredi. Sondage sur l\'épuisement : 61 % des répondants rapportent un épuisement émotionnel modéré à élevé; 48 % recommanderaient l\'unité comme milieu de travail.'),
        c.L('Thank you for everything you did during the surge. Lunch is on us Thursday. Quiet room on 3W (rm 322) is now reserved for staff breaks - please use it.',
            'Merci pour tout ce que vous avez fait pendant le débordement. Le dîner est offert jeudi. La salle calme du 3 Ouest (ch. 322) est maintenant réservée aux pauses du personnel.'),
    ][kind]
    blocks = [('p', greet(c, group=True)), ('p', body),
              ('p', c.L('Take care of yourselves and each other.', 'Prenez soin de vous et les uns des autres.'))]
    blocks += signature(c, frm)
    subj = c.L(c.ch('Staff wellness', 'Peer support / CISD Wednesday', 'Wellness week', 'Thank you + EFAP reminder'),
               c.ch('Mieux-être du personnel', 'Soutien par les pairs / DPI mercredi', 'Semaine du mieux-être', 'Merci + rappel PAEF'))
    return mk(c, subj, frm, to, blocks)


def n_staff_occ_health(c):
    frm = c.staff('ohs')
    kind = c.rng.randrange(3)
    s = staff_rows(c, 1)[0]
    if kind == 0:
        to = [c.staff('mgr_ed'), c.staff('hr')]
        txt = c.L('%s (emp. %s) is cleared to return to work on modified duties from %s: no lifting > 10 kg, no restraint/Code White response for 4 weeks (shoulder injury from the March incident). WSIB claim %s is open.' % (
            s.display(), emp_no(c), (c.when + dt.timedelta(days=3)).date().isoformat(), rdigits(c.rng, 8)),
            '%s (empl. %s) peut reprendre le travail en tâches modifiées à partir du %s : pas de soulèvement > 10 kg, pas d\'intervention code blanc ni de contention pendant 4 semaines (blessure à l\'épaule lors de l\'incident de mars). Réclamation CSPAAT %s ouverte.' % (
            s.display(), emp_no(c), (c.when + dt.timedelta(days=3)).date().isoformat(), rdigits(c.rng, 8)))
        subj = c.L('RTW plan - modified duties', 'Plan de retour au travail - tâches modifiées')
    elif kind == 1:
        to = [grp('ED & Mental Health staff', 'ed-mh-all')]
        txt = c.L('N95 fit testing for ED and 3W staff: Tuesdays and Thursdays 0730-1530, OHS office (B-114). Bring your employee ID. Staff due this quarter: %d. Flu shot clinic continues - %d%% of ED staff vaccinated so far.' % (c.rng.randint(20, 80), c.rng.randint(40, 80)),
                  'Essais d\'ajustement N95 pour le personnel de l\'urgence et du 3 Ouest : mardis et jeudis 7h30-15h30, bureau SST (B-114). Apportez votre carte d\'employé. Personnel à tester ce trimestre : %d. La clinique de vaccination continue - %d %% du personnel de l\'urgence vacciné.' % (c.rng.randint(20, 80), c.rng.randint(40, 80)))
        subj = c.L('Fit testing + flu clinic', 'Essais N95 + vaccination')
    else:
        to = [s]
        txt = c.L('Hi %s, your TB skin test read today is negative (0 mm). Your hepatitis B titre is protective. Nothing further needed; copy placed in your employee health file.' % s.first,
                  'Bonjour %s, ton test cutané à la tuberculine lu aujourd\'hui est négatif (0 mm). Ton titre d\'hépatite B est protecteur. Rien d\'autre à faire; copie à ton dossier de santé d\'employé.' % s.first)
        subj = c.L('Employee health - results', 'Santé au travail - résultats')
    blocks = [('p', greet(c, group=True) if kind != 2 else ''), ('p', txt)]
    blocks = [b for b in blocks if b[1]]
    blocks += signature(c, frm)
    return mk(c, subj, frm, to, blocks)


TOPICS = [('Managing acute agitation in the ED: what the evidence says about ketamine vs droperidol', 'Agitation aiguë à l\'urgence : kétamine ou dropéridol, que dit la preuve?'),
          ('First-episode psychosis: early intervention pathways in rural Ontario', 'Premier épisode psychotique : trajectoires d\'intervention précoce en milieu rural'),
          ('Lithium toxicity - recognition and dialysis criteria', 'Toxicité au lithium - reconnaissance et critères de dialyse'),
          ('The Mental Health Act for ED physicians: Forms 1, 2, 42 and 47', 'La Loi sur la santé mentale pour les urgentologues : formulaires 1, 2, 42 et 47'),
          ('Opioid use disorder: starting buprenorphine in the ED', 'Trouble lié aux opioïdes : initier la buprénorphine à l\'urgence'),
          ('Suicide risk assessment after discharge: the 30-day window', 'Évaluation du risque suicidaire après le congé : la fenêtre de 30 jours'),
          ('Delirium vs dementia vs depression in older adults', 'Délirium, démence ou dépression chez l\'aîné'),
          ('Catatonia: the lorazepam challenge and ECT', 'Catatonie : épreuve au lorazépam et ECT')]


def n_education_rounds(c):
    frm = c.pick([c.staff('edu'), c.staff('admin')])
    to = [grp('ED & MH Physicians', 'ed-mh-md'), grp('All ED & MH staff', 'ed-mh-all')]
    e, f = c.pick(TOPICS)
    spk = c.pick(c.w.staff['psych'] + c.w.staff['edmd'])
    ext_spk = c.ch('Dr. Naomi Feldberg, Bellmont Mental Health Centre', 'Dre Hélène Bastarache, CISSS des Deux-Rives', 'Dr. Samuel Achebe, toxicologist')
    d = (c.when + dt.timedelta(days=c.rng.randint(3, 20))).date()
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Grand Rounds - %s, 12:00-13:00, Auditorium A and Teams.' % fmt_date(d, 'en', c.rng, 'long'),
                        'Grandes conférences - %s, 12h à 13h, auditorium A et Teams.' % fmt_date(d, 'fr', c.rng, 'long'))),
              ('p', c.L('"%s"\nSpeaker: %s\nDiscussant: %s (ED/psychiatry, RCH), who runs our early psychosis clinic.' % (e, ext_spk, spk.display('en', True)),
                        '« %s »\nConférencier : %s\nCommentateur : %s (urgence/psychiatrie, HCR), responsable de notre clinique de psychose débutante.' % (f, ext_spk, spk.display('fr', True)))),
              ('p', c.L('This activity is accredited for 1 Mainpro+ / MOC Section 1 credit. Lunch provided for the first 40.',
                        'Activité accréditée 1 crédit Mainpro+ / section 1 du MDC. Dîner offert aux 40 premiers.'))]
    blocks += signature(c, frm)
    subj = c.L('Grand Rounds: %s', 'Grandes conférences : %s') % c.L(e, f)[:60]
    return mk(c, subj, frm, to, blocks)


def blank_form_lines(c):
    return [c.L('Patient name: ______________________', 'Nom du patient : ______________________'),
            c.L('Date of birth: ____/____/______   Health number: ______________', 'Date de naissance : ____/____/______   No carte santé : ______________'),
            c.L('Chart #: __________', 'No dossier : __________'),
            c.L('I examined the person on (date) ________ and I have reasonable cause to believe that the person:',
                'J\'ai examiné la personne le (date) ________ et j\'ai des motifs raisonnables de croire que la personne :'),
            c.L('[ ] has threatened or attempted or is threatening or attempting to cause bodily harm to himself or herself',
                '[ ] a menacé ou tenté, ou menace ou tente, de s\'infliger des lésions corporelles'),
            c.L('[ ] has behaved or is behaving violently towards another person', '[ ] a agi ou agit avec violence envers une autre personne'),
            c.L('Physician signature: _______________   Date/time: __________', 'Signature du médecin : _______________   Date/heure : __________')]


def n_policy_mha_forms(c):
    frm = c.pick([c.staff('mgr_mh'), c.staff('edu'), c.staff('dir')])
    to = [grp('ED & MH Physicians', 'ed-mh-md'), grp('ED RN group', 'ed.rn')]
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Policy MH-017 (Mental Health Act forms) has been revised. Key changes:', 'La politique SM-017 (formulaires de la Loi sur la santé mentale) a été révisée. Principaux changements :')),
              ('ul', [c.L('Form 1 must be completed within 7 days of the examination and is valid for 72 hours once the person arrives.', 'Le Formulaire 1 doit être rempli dans les 7 jours suivant l\'examen et est valide 72 heures après l\'arrivée.'),
                      c.L('Form 42 must be given to the patient as soon as possible - document the time in the flowsheet.', 'Le Formulaire 42 doit être remis au patient le plus tôt possible - noter l\'heure.'),
                      c.L('Rights adviser must be notified for every Form 3, 4 and 33.', 'Le conseiller en droits doit être avisé pour chaque Formulaire 3, 4 et 33.'),
                      c.L('Originals go to Health Records within 24 h; scans no longer accepted by e-mail.', 'Les originaux vont aux archives dans les 24 h; les numérisations par courriel ne sont plus acceptées.')]),
              ('p', c.L('Blank templates attached - please discard old stock in the ED.', 'Modèles vierges ci-joints - svp jeter les anciennes copies à l\'urgence.'))]
    blocks += signature(c, frm)
    fmt = c.pick(['pdf', 'docx'])
    title = c.L('Form 1 - Application by Physician for Psychiatric Assessment (BLANK)', 'Formulaire 1 - Demande d\'évaluation psychiatrique (VIERGE)')
    data = make_pdf(title, blank_form_lines(c), c.rng) if fmt == 'pdf' else make_docx(title, blank_form_lines(c))
    subj = c.L('Revised policy MH-017 - MHA forms', 'Politique révisée SM-017 - formulaires LSM')
    return mk(c, subj, frm, to, blocks, atts=[att('Form1_blank_v2025.%s' % fmt, 'application/pdf' if fmt == 'pdf' else
                                                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data)])


def n_committee_notice(c):
    frm = c.pick([c.staff('admin'), c.staff('dir')])
    to = [grp('MH Program Council', 'mh.council'), grp('P&T Committee', 'pt.committee')]
    d = (c.when + dt.timedelta(days=c.rng.randint(3, 14))).date()
    items = c.L(['Approval of minutes', 'Restraint & seclusion: Q%d data (rate %.1f per 1000 patient-days)' % (c.rng.randint(1, 4), c.rng.uniform(2, 9)),
                 'Clozapine REMS process update', 'ED psychiatric wait times - 90th percentile %d h' % c.rng.randint(20, 60),
                 'Accreditation ROP: suicide risk screening compliance %d%%' % c.rng.randint(70, 98), 'New business'],
                ['Adoption du procès-verbal', 'Contention et isolement : données T%d (taux %.1f par 1000 jours-patients)' % (c.rng.randint(1, 4), c.rng.uniform(2, 9)),
                 'Mise à jour du processus de surveillance de la clozapine', 'Attente à l\'urgence pour la psychiatrie - 90e centile %d h' % c.rng.randint(20, 60),
                 'POR d\'Agrément : conformité au dépistage du risque suicidaire %d %%' % c.rng.randint(70, 98), 'Affaires nouvelles'])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('The next meeting is %s, 0800-0930, Boardroom B / Teams. Agenda:' % fmt_date(d, 'en', c.rng, 'long'),
                        'La prochaine réunion aura lieu le %s, 8h à 9h30, salle B / Teams. Ordre du jour :' % fmt_date(d, 'fr', c.rng, 'long'))),
              ('ol', items),
              ('p', c.L('Regrets to me please. Quorum is 6.', 'Svp m\'aviser de votre absence. Quorum : 6.'))]
    blocks += signature(c, frm)
    subj = c.L('Agenda - Mental Health Program Council %s', 'Ordre du jour - Conseil du programme SM %s') % d.isoformat()
    atts = []
    if c.rng.random() < 0.3:
        atts.append(att('agenda_%s.docx' % d.strftime('%Y%m%d'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        make_docx(c.L('Agenda', 'Ordre du jour'), items)))
    return mk(c, subj, frm, to, blocks, atts=atts)


def n_it_downtime(c):
    frm = grp(c.L('IT Service Desk', 'Soutien informatique'), 'servicedesk')
    to = [grp('All staff', 'allstaff')]
    d = (c.when + dt.timedelta(days=c.rng.randint(1, 10))).date()
    blocks = [('p', c.L('PLANNED DOWNTIME - ClinRiv EHR', 'INTERRUPTION PLANIFIÉE - DSE ClinRiv')),
              ('p', c.L('ClinRiv (orders, MAR, ED tracking board, Mental Health forms module) will be unavailable %s from 01:00 to 05:00 for upgrade 24.2.' % fmt_date(d, 'en', c.rng, 'long'),
                        'ClinRiv (ordonnances, FADM, tableau de l\'urgence, module formulaires SM) sera indisponible le %s de 1h à 5h pour la mise à niveau 24.2.' % fmt_date(d, 'fr', c.rng, 'long'))),
              ('ul', [c.L('Use downtime packs (paper MAR, blank requisitions) in the red binder.', 'Utiliser les trousses de panne (FADM papier, réquisitions vierges) dans le cartable rouge.'),
                      c.L('Lab results will be phoned for criticals only.', 'Seules les valeurs critiques du labo seront téléphonées.'),
                      c.L('Read-only BCA workstation: ED nursing station PC RCH-WS-%s.' % gen_luhn_asset(c.rng, 10), 'Poste BCA en lecture seule : poste infirmier urgence PC RCH-WS-%s.' % gen_luhn_asset(c.rng, 10))]),
              ('p', c.L('Ticket INC%s. Call ext. 4357 (HELP) for issues.' % rdigits(c.rng, 7), 'Billet INC%s. Poste 4357 pour tout problème.' % rdigits(c.rng, 7)))]
    subj = c.L('Planned downtime - ClinRiv - %s', 'Interruption planifiée - ClinRiv - %s') % d.isoformat()
    return mk(c, subj, frm, to, blocks)


def n_facilities(c):
    frm = grp(c.L('Facilities & Maintenance', 'Installations et entretien'), 'facilities')
    to = [c.staff('mgr_mh'), c.staff('mgr_ed')]
    kind = c.rng.randrange(3)
    txt = [c.L('The HVAC unit serving 3W (AHU-3) will be replaced on %s. Rooms 301-310 will be warm; portable units are not permitted on a mental health unit (ligature risk), so please plan bed moves.',
               'L\'unité de ventilation du 3 Ouest (AHU-3) sera remplacée le %s. Les chambres 301 à 310 seront chaudes; les climatiseurs portatifs sont interdits en santé mentale (risque de ligature), svp planifier les déplacements.'),
           c.L('Ligature-risk audit of 3W bathrooms completed %s: 14 fixtures to be replaced with anti-ligature models (quote attached to WO). Seclusion room 2 door closer also flagged.',
               'Audit des risques de ligature des salles de bain du 3 Ouest complété le %s : 14 accessoires à remplacer par des modèles anti-ligature. Le ferme-porte de la salle d\'isolement 2 est aussi signalé.'),
           c.L('ED renovation phase 2 (new mental health assessment rooms MH1-MH4) starts %s. Expect noise 0700-1530. Temporary MH area will be in the old fast-track.',
               'La phase 2 des rénovations de l\'urgence (nouvelles salles d\'évaluation SM1 à SM4) débute le %s. Bruit prévu de 7h à 15h30. La zone SM temporaire sera dans l\'ancien secteur ambulatoire.')][kind]
    txt = txt % (c.when + dt.timedelta(days=c.rng.randint(2, 30))).date().isoformat()
    blocks = [('p', greet(c, group=True)), ('p', txt),
              ('p', c.L('Work order WO-%s, asset tag %s.' % (rdigits(c.rng, 6), gen_luhn_asset(c.rng, 10)), 'Bon de travail BT-%s, étiquette d\'actif %s.' % (rdigits(c.rng, 6), gen_luhn_asset(c.rng, 10))))]
    blocks.append(('sig', [c.L('Facilities & Maintenance', 'Installations et entretien'), HOSP_EN, 'ext. 4600']))
    subj = c.L(c.ch('3W HVAC replacement', 'Ligature audit results', 'ED reno phase 2 - notice'), c.ch('Remplacement ventilation 3 Ouest', 'Résultats audit ligature', 'Rénovation urgence phase 2'))
    return mk(c, subj, frm, to, blocks)


def n_invoice_po(c):
    frm = c.pick([grp('Accounts Payable', 'ap'), grp('Materials Management', 'purchasing')])
    to = [c.pick([c.staff('mgr_mh'), c.staff('mgr_ed')])]
    items = c.pick([[('Soft restraint kit, 5-point, SafeHold SH-500', 3, 289.00), ('Replacement wrist cuffs (pair)', 10, 42.50)],
                    [('Anti-ligature door hinge, continuous', 12, 156.00), ('Tamper-proof screws (box of 100)', 4, 18.75)],
                    [('Breathalyzer, AlcoScan 3000', 2, 412.00), ('Mouthpieces (500)', 2, 61.00)],
                    [('Portable suction unit', 1, 1890.00), ('Vital signs monitor, VSM-70', 2, 3420.00)]])
    rows = []
    total = 0
    for desc, q, pr in items:
        rows.append([desc, str(q), '%.2f' % pr, '%.2f' % (q * pr), gen_luhn_asset(c.rng, 10)])
        total += q * pr
    po = 'PO-%d-%s' % (c.when.year, rdigits(c.rng, 5))
    inv = 'INV%s' % rdigits(c.rng, 8)
    hdr = c.L(['Item', 'Qty', 'Unit $', 'Ext $', 'Serial / asset'], ['Article', 'Qté', 'Prix unit.', 'Montant', 'No série / actif'])
    blocks = [('p', greet(c, to[0])),
              ('p', c.L('Invoice %s from MedSupply East (vendor 20417) against %s needs your approval (cost centre 7120-MH):' % (inv, po),
                        'La facture %s de MedSupply Est (fournisseur 20417) liée au %s requiert votre approbation (centre de coûts 7120-SM) :' % (inv, po))),
              ('table', hdr, rows),
              ('p', c.L('Total before HST: $%.2f. Please approve in the portal by Friday.' % total, 'Total avant TVH : %.2f $. Svp approuver dans le portail d\'ici vendredi.' % total))]
    blocks.append(('sig', [frm[0], HOSP_EN]))
    atts = []
    if c.rng.random() < 0.5:
        atts.append(att('%s.pdf' % inv, 'application/pdf', make_pdf('Invoice %s' % inv, ['Bill to: %s, Accounts Payable' % HOSP_EN, po], c.rng, table=(hdr, rows))))
    subj = c.L('Invoice approval %s / %s', 'Approbation de facture %s / %s') % (inv, po)
    return mk(c, subj, frm, to, blocks, atts=atts)


def n_job_posting(c):
    frm = c.staff('hr')
    to = [grp('All staff', 'allstaff')]
    job = c.pick([('Registered Nurse - Inpatient Mental Health (3W), permanent full-time', 'Infirmière autorisée - Santé mentale hospitalisation (3 Ouest), temps plein permanent'),
                  ('Mental Health Crisis Worker (bilingual), ED - temporary 12 months', 'Intervenant(e) de crise en santé mentale (bilingue), urgence - temporaire 12 mois'),
                  ('Security Officer - Mental Health Response Team', 'Agent(e) de sécurité - équipe d\'intervention en santé mentale'),
                  ('Social Worker (MSW) - Emergency Department', 'Travailleur(se) social(e) (M.S.S.) - urgence'),
                  ('Clinical Pharmacist - Mental Health & Addictions', 'Pharmacien(ne) clinicien(ne) - santé mentale et dépendances')])
    blocks = [('p', c.L('INTERNAL POSTING #%d-%03d' % (c.when.year, c.rng.randint(1, 300)), 'AFFICHAGE INTERNE no %d-%03d' % (c.when.year, c.rng.randint(1, 300)))),
              ('p', c.L(job[0], job[1])),
              ('ul', [c.L('Experience with acute psychiatry, de-escalation (CPI/NVCI) and the Mental Health Act', 'Expérience en psychiatrie aiguë, désescalade (ICP) et Loi sur la santé mentale'),
                      c.L('Bilingualism (French/English) required - designated position under the FLSA', 'Bilinguisme (français/anglais) requis - poste désigné en vertu de la LSF'),
                      c.L('Salary: per collective agreement ($%d-%d/h)' % (c.rng.randint(34, 40), c.rng.randint(48, 58)), 'Salaire : selon la convention collective (%d-%d $/h)' % (c.rng.randint(34, 40), c.rng.randint(48, 58)))]),
              ('p', c.L('Apply through the careers portal by %s. Competition closes at 1600.' % (c.when + dt.timedelta(days=14)).date().isoformat(),
                        'Postuler via le portail carrières d\'ici le %s. Le concours ferme à 16h.' % (c.when + dt.timedelta(days=14)).date().isoformat()))]
    blocks += signature(c, frm)
    subj = c.L('Internal posting: %s', 'Affichage interne : %s') % c.L(job[0], job[1])[:55]
    return mk(c, subj, frm, to, blocks)


def n_anon_teaching(c):
    frm = c.pick([c.staff('edu'), c.staff('psych')])
    to = [grp('Residents & students', 'learners'), grp('ED RN group', 'ed.rn')]
    age = c.rng.randint(19, 70)
    e, f = c.pick(PSY_DX)
    case = c.L('A %d-year-old %s presents to a rural ED at night with %s. Vital signs: HR 118, BP 150/95, T 37.9. '
               'Collateral is unavailable. Police brought the patient under s.17. Urine drug screen positive for amphetamines. Lithium level 1.9 mmol/L.' % (age, c.ch('man', 'woman'), e),
               'Une personne de %d ans se présente la nuit dans une urgence rurale pour %s. Signes vitaux : FC 118, TA 150/95, T 37,9. '
               'Aucune information collatérale. La police l\'a amenée en vertu de l\'art. 17. Dépistage urinaire positif aux amphétamines. Lithémie 1,9 mmol/L.' % (age, f))
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Case for Friday\'s teaching session (fully de-identified, composite case):', 'Cas pour la séance d\'enseignement de vendredi (entièrement dépersonnalisé, cas composite) :')),
              ('p', case),
              ('ol', c.L(['What is your differential?', 'Is the patient capable of consenting to treatment?', 'Which Mental Health Act form applies, if any?', 'What is your disposition?'],
                         ['Quel est votre diagnostic différentiel?', 'La personne est-elle apte à consentir au traitement?', 'Quel formulaire de la LSM s\'applique, le cas échéant?', 'Quelle est votre orientation?']))]
    blocks += signature(c, frm)
    subj = c.L('Teaching case - Friday', 'Cas d\'enseignement - vendredi')
    return mk(c, subj, frm, to, blocks)


def n_quality_dashboard(c):
    frm = c.staff('qi')
    to = [c.staff('dir'), c.staff('mgr_ed'), c.staff('mgr_mh')]
    months = [(c.when - dt.timedelta(days=30 * k)).strftime('%Y-%m') for k in range(6, 0, -1)]
    hdr = c.L(['Month', 'ED visits', 'MH visits', 'Form 1s', 'LWBS %', 'LOS 90th (h)', 'Restraint events', 'Readmit 30d %'],
              ['Mois', 'Visites urgence', 'Visites SM', 'Form 1', '% PSV', 'DS 90e (h)', 'Contentions', 'Réadm. 30 j %'])
    rows = [[m, c.rng.randint(2400, 3300), c.rng.randint(140, 260), c.rng.randint(18, 55), round(c.rng.uniform(2, 7), 1),
             round(c.rng.uniform(9, 38), 1), c.rng.randint(3, 19), round(c.rng.uniform(6, 16), 1)] for m in months]
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Monthly ED & Mental Health dashboard attached. Highlights: MH visits up %d%% year over year; 90th percentile LOS for admitted MH patients still above the 24 h target; restraint events trending down.' % c.rng.randint(4, 22),
                        'Tableau de bord mensuel urgence et santé mentale ci-joint. Faits saillants : visites SM en hausse de %d %% sur un an; le 90e centile de la durée de séjour des patients SM admis dépasse toujours la cible de 24 h; contentions en baisse.' % c.rng.randint(4, 22))),
              ('p', c.L('Small cells (<5) are suppressed in the detailed tab as per privacy guidelines.', 'Les cellules de moins de 5 sont supprimées dans l\'onglet détaillé, conformément aux lignes directrices.'))]
    blocks += signature(c, frm)
    subj = c.L('ED/MH dashboard - %s', 'Tableau de bord urgence/SM - %s') % months[-1]
    return mk(c, subj, frm, to, blocks, atts=[att('dashboard_%s.xlsx' % months[-1], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                                                  make_xlsx([('Summary', hdr, rows)], author=frm.display()))])


def n_oncall(c):
    frm = c.pick([c.staff('admin'), c.staff('psych')])
    to = [grp('ED & MH Physicians', 'ed-mh-md'), grp('Switchboard', 'switchboard')]
    start = c.when.date() + dt.timedelta(days=(7 - c.when.weekday()) % 7)
    rows = []
    docs = c.w.staff['psych']
    for k in range(7):
        d = start + dt.timedelta(days=k)
        s = docs[k % len(docs)]
        rows.append([d.isoformat(), DAYS_EN[d.weekday()][:3] if c.lang == 'en' else DAYS_FR[d.weekday()][:3], s.display(c.lang, True),
                     '613-555-01%02d' % c.rng.randint(40, 79), c.ch(c.L('also covers ECT', 'couvre aussi ECT'), '', c.L('early psychosis clinic AM', 'clinique psychose AM'), '')])
    hdr = c.L(['Date', 'Day', 'Psychiatrist on call', 'Pager', 'Note'], ['Date', 'Jour', 'Psychiatre de garde', 'Téléavertisseur', 'Note'])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Psychiatry on-call for next week. Dr. %s handles the lithium/clozapine clinic questions; Dr. %s covers child & adolescent consults by phone.' % (docs[0].last, docs[1].last),
                        'Garde en psychiatrie pour la semaine prochaine. Dr %s répond aux questions de la clinique lithium/clozapine; Dr %s couvre les consultations pédopsychiatriques par téléphone.' % (docs[0].last, docs[1].last))),
              ('table', hdr, rows)]
    blocks += signature(c, frm)
    subj = c.L('Psychiatry on-call schedule - week of %s', 'Horaire de garde psychiatrie - semaine du %s') % start.isoformat()
    return mk(c, subj, frm, to, blocks)


def n_newsletter(c):
    frm = grp(c.L('ED & Mental Health Program', 'Programme urgence et santé mentale'), 'edmh.news')
    to = [grp('All ED & MH staff', 'ed-mh-all')]
    s1, s2, s3 = staff_rows(c, 3, keys=('charge', 'rn3w', 'crisis', 'sw', 'pharm'))
    blocks = [('p', c.L('THE RIVERBEND PULSE - %s edition' % c.when.strftime('%B %Y'), 'LE POULS RIVERBEND - édition de %s' % MONTHS_FR[c.when.month - 1])),
              ('p', c.L('Welcome to our new staff: %s (crisis team) and %s (3W nights)!' % (s1.display(), s2.display()),
                        'Bienvenue aux nouvelles recrues : %s (équipe de crise) et %s (3 Ouest, nuits)!' % (s1.display(), s2.display()))),
              ('p', c.L('Kudos to %s for leading the de-escalation training - 94 staff certified this year.' % s3.display(),
                        'Bravo à %s qui a animé la formation en désescalade - 94 employés certifiés cette année.' % s3.display())),
              ('ul', c.L(['ED volumes: 9 412 visits this quarter (+6%)', 'Mental health presentations: 612 (+11%)', 'Average time to psychiatry consult: 5.8 h',
                          'Naloxone kits distributed at discharge: 143'],
                         ['Volume à l\'urgence : 9 412 visites ce trimestre (+6 %)', 'Présentations en santé mentale : 612 (+11 %)', 'Délai moyen de consultation psychiatrique : 5,8 h',
                          'Trousses de naloxone remises au congé : 143'])),
              ('p', c.L('Save the date: staff BBQ on the 3W courtyard, %s. Bring your family!' % (c.when + dt.timedelta(days=20)).date().isoformat(),
                        'À mettre à l\'agenda : BBQ du personnel dans la cour du 3 Ouest, le %s. Les familles sont bienvenues!' % (c.when + dt.timedelta(days=20)).date().isoformat()))]
    subj = c.L('The Riverbend Pulse - %s', 'Le Pouls Riverbend - %s') % c.when.strftime('%Y-%m')
    sp = mk(c, subj, frm, to, blocks)
    sp['transport'] = {'body': 'html'}
    return sp


def n_police_committee(c):
    frm = c.pick([c.staff('dir'), c.staff('mgr_ed')])
    (pn, pa), _ = ext(c, 'police')
    d = (c.when + dt.timedelta(days=c.rng.randint(5, 20))).date()
    blocks = [('p', greet(c, pn.split()[0])),
              ('p', c.L('Ahead of the Police-Hospital Transition Committee on %s, here are the Q%d numbers:' % (d.isoformat(), c.rng.randint(1, 4)),
                        'En vue du Comité de transition police-hôpital du %s, voici les données du T%d :' % (d.isoformat(), c.rng.randint(1, 4)))),
              ('ul', c.L(['s.17 apprehensions brought to RCH: %d' % c.rng.randint(30, 90), 'Median transfer-of-custody time: %d min (target 60)' % c.rng.randint(45, 120),
                          '% transferred within 60 min: {}%'.format(c.rng.randint(30, 75)), 'Officer hours in ED: %d' % c.rng.randint(80, 300)],
                         ['Appréhensions art. 17 amenées à l\'HCR : %d' % c.rng.randint(30, 90), 'Délai médian de transfert de garde : %d min (cible 60)' % c.rng.randint(45, 120),
                          '% transférés en moins de 60 min : {} %'.format(c.rng.randint(30, 75)), 'Heures-agents à l\'urgence : %d' % c.rng.randint(80, 300)])),
              ('p', c.L('We would like to discuss the new MOU draft and the mobile crisis co-response pilot (Thursday nights).',
                        'Nous aimerions discuter de l\'ébauche du nouveau protocole d\'entente et du projet pilote de co-intervention mobile (jeudis soir).'))]
    blocks += signature(c, frm)
    subj = c.L('Police-Hospital committee - Q data', 'Comité police-hôpital - données trimestrielles')
    return mk(c, subj, frm, [(pn, pa)], blocks)


def n_housing_resources(c):
    frm = c.pick([c.staff('sw'), c.staff('crisis')])
    to = [grp('ED RN group', 'ed.rn'), grp('3W Team', '3w.team')]
    rows = [['Maison Le Phare', c.L('emergency shelter, 24 beds, co-ed', 'refuge d\'urgence, 24 lits, mixte'), '12 rue du Quai, Pointe-Riveraine', '613-555-0121'],
            ['Ancrage Supportive Housing', c.L('supportive housing, referral by SW', 'logement supervisé, référence T.S.'), '88 Mill St, Glenmoor', '613-555-0133'],
            ['Refuge Marguerite', c.L('women & children fleeing violence', 'femmes et enfants victimes de violence'), c.L('confidential address', 'adresse confidentielle'), '1-888-555-0142'],
            ['Le Tremplin', c.L('youth 16-24 drop-in', 'halte-accueil jeunes 16-24 ans'), '240 rue Principale, Val-des-Cèdres QC', '450-555-0150'],
            ['Eastern Counties Crisis Line', c.L('24/7 phone line, bilingual', 'ligne 24/7, bilingue'), '-', '1-866-555-0166']]
    hdr = c.L(['Resource', 'Type', 'Address', 'Phone'], ['Ressource', 'Type', 'Adresse', 'Téléphone'])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Updated housing & shelter list for discharge planning (please print for the MH binder). Le Phare now takes intakes until 2300.',
                        'Liste à jour des ressources d\'hébergement pour la planification des congés (svp imprimer pour le cartable SM). Le Phare accepte maintenant les admissions jusqu\'à 23h.')),
              ('table', hdr, rows)]
    blocks += signature(c, frm)
    subj = c.L('Updated housing / shelter resource list', 'Liste à jour - ressources d\'hébergement')
    return mk(c, subj, frm, to, blocks)


def n_formulary(c):
    frm = c.staff('pharm')
    to = [grp('ED & MH Physicians', 'ed-mh-md'), grp('Nursing Managers', 'nursing.managers')]
    ch = c.pick([('paliperidone palmitate will replace risperidone long-acting injection on formulary', 'le palmitate de palipéridone remplace la rispéridone injectable à action prolongée au formulaire'),
                 ('olanzapine ODT 5 mg added for the agitation order set', 'olanzapine ODT 5 mg ajoutée à l\'ordonnance collective agitation'),
                 ('therapeutic interchange: zopiclone 7.5 mg -> trazodone 50 mg for inpatient insomnia', 'substitution thérapeutique : zopiclone 7,5 mg -> trazodone 50 mg pour l\'insomnie en hospitalisation'),
                 ('buprenorphine-naloxone micro-induction protocol approved for ED use', 'protocole de micro-induction buprénorphine-naloxone approuvé pour l\'urgence')])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('P&T approved the following change, effective %s: %s.' % ((c.when + dt.timedelta(days=14)).date().isoformat(), ch[0]),
                        'Le comité P&T a approuvé le changement suivant, en vigueur le %s : %s.' % ((c.when + dt.timedelta(days=14)).date().isoformat(), ch[1]))),
              ('p', c.L('Usual adult dosing and monitoring (QTc, metabolic labs, CBC for clozapine per REMS) are in the updated monograph on the intranet. Existing patients will be converted by pharmacy at the next dose.',
                        'Posologie adulte usuelle et surveillance (QTc, bilan métabolique, FSC pour la clozapine) dans la monographie à jour sur l\'intranet. Les patients actuels seront convertis par la pharmacie à la prochaine dose.'))]
    blocks += signature(c, frm)
    subj = c.L('Formulary update', 'Mise à jour du formulaire') + ' - P&T ' + c.when.strftime('%Y-%m')
    return mk(c, subj, frm, to, blocks)


def n_meeting_ics(c):
    frm = c.pick([c.staff('mgr_mh'), c.staff('mgr_ed'), c.staff('dir'), c.staff('edu')])
    invitees = staff_rows(c, c.rng.randint(3, 6), keys=('charge', 'rn3w', 'crisis', 'sw', 'psych', 'edmd'))
    start = (c.when + dt.timedelta(days=c.rng.randint(2, 12))).replace(hour=c.rng.choice([8, 9, 13, 14]), minute=0, second=0, microsecond=0)
    summ = c.ch(c.L('ED-MH flow working group', 'Groupe de travail flux urgence-SM'), c.L('Crisis team huddle', 'Caucus équipe de crise'),
                c.L('Accreditation prep - suicide risk ROP', 'Préparation Agrément - POR risque suicidaire'), c.L('3W staff meeting', 'Réunion du personnel 3 Ouest'))
    desc = c.L('Agenda: review of Form 1 wait times, sitter utilisation, new crisis pathway. Teams link in invite.',
               'Ordre du jour : délais des Form 1, utilisation des gardiens, nouvelle trajectoire de crise. Lien Teams dans l\'invitation.')
    ics = make_ics('%08x@%s' % (c.rng.getrandbits(32), HOSP_DOM), summ, desc, start, 60, (frm.display(), frm.addr),
                   [(s.display(), s.addr) for s in invitees], c.L('Boardroom B / Teams', 'Salle B / Teams'))
    blocks = [('p', greet(c, group=True)), ('p', desc)]
    blocks += signature(c, frm)
    return mk(c, summ, frm, invitees, blocks, atts=[att('invite.ics', 'text/calendar; method=REQUEST; charset=UTF-8', ics, cte=c.pick(['base64', '7bit']))])


def n_device_recall(c):
    frm = c.pick([grp('Biomedical Engineering', 'biomed'), grp('Materials Management', 'purchasing')])
    to = [c.staff('mgr_ed'), c.staff('mgr_mh'), grp('Nursing Managers', 'nursing.managers')]
    dev = c.pick([('infusion pump, model IP-220', 'pompe à perfusion IP-220'), ('glucometer, GlucoSure Pro', 'glucomètre GlucoSure Pro'),
                  ('restraint bed strap, lot series', 'courroie de contention, série de lots'), ('AED pads, adult', 'électrodes DEA adulte')])
    serials = [gen_luhn_asset(c.rng, c.rng.choice([9, 10])) for _ in range(c.rng.randint(3, 6))]
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Health Canada Type II recall: %s. Affected units at RCH (serial numbers):' % dev[0], 'Rappel de type II de Santé Canada : %s. Unités touchées à l\'HCR (numéros de série) :' % dev[1])),
              ('ul', ['SN %s - %s' % (s, c.ch('ED', '3W', '2E', 'ICU') if c.lang == 'en' else c.ch('Urgence', '3 Ouest', '2 Est', 'SI')) for s in serials]),
              ('p', c.L('Please tag these out of service; Biomed will swap them by Friday. No adverse events reported at RCH.',
                        'Svp les identifier hors service; le génie biomédical les remplacera d\'ici vendredi. Aucun incident signalé à l\'HCR.'))]
    blocks.append(('sig', [frm[0], HOSP_EN, 'ext. 4650']))
    subj = c.L('Recall notice - %s', 'Avis de rappel - %s') % c.L(dev[0], dev[1])
    return mk(c, subj, frm, to, blocks)


def n_stats_zip(c):
    frm = c.staff('qi')
    to = [c.staff('dir')]
    hdr = ['hour', 'ctas1', 'ctas2', 'ctas3', 'ctas4', 'ctas5', 'mh_presentations', 'median_wait_min']
    rows = [[h, c.rng.randint(0, 2), c.rng.randint(1, 9), c.rng.randint(5, 30), c.rng.randint(3, 25), c.rng.randint(0, 9), c.rng.randint(0, 6), c.rng.randint(20, 240)] for h in range(24)]
    data = make_zip([('ed_arrivals_by_hour.csv', make_csv(hdr, rows, c.rng)),
                     ('notes.txt', c.L('Aggregate counts only, Q%d. No patient-level data.\r\n', 'Comptes agrégés seulement, T%d. Aucune donnée nominative.\r\n').encode('utf-8')
                      .replace(b'%d', str(c.rng.randint(1, 4)).encode()))])
    blocks = [('p', greet(c, to[0])),
              ('p', c.L('Arrivals by hour and CTAS for the staffing model review (aggregate). Peak MH arrivals are 2200-0200, which supports moving the crisis worker shift later.',
                        'Arrivées par heure et par niveau ÉTG pour la révision du modèle de dotation (agrégé). Le pic des arrivées SM est entre 22h et 2h, ce qui appuie le décalage du quart de l\'intervenant de crise.'))]
    blocks += signature(c, frm)
    subj = c.L('Arrivals by hour (aggregate) - staffing review', 'Arrivées par heure (agrégé) - révision de dotation')
    return mk(c, subj, frm, to, blocks, atts=[att('ed_arrivals_%s.zip' % c.when.strftime('%Y%m'), 'application/zip', data)])


def n_staff_vcard(c):
    frm = c.pick([c.staff('mgr_mh'), c.staff('mgr_ed')])
    s = c.pick(c.w.staff['crisis'] + c.w.staff['sw'])
    to = [grp('All ED & MH staff', 'ed-mh-all')]
    vc = make_vcf(s.first, s.last, org=HOSP_EN, title=s.title_role(c.lang), tel='%s x%s' % (MAIN_LINE, s.ext), email_=s.addr,
                  cell='613-555-01%02d' % c.rng.randint(0, 99))
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Please welcome %s to the crisis/SW team. Contact card attached - on-call cell for after-hours crisis consults included.' % s.display(),
                        'Bienvenue à %s dans l\'équipe crise/service social. Carte de contact ci-jointe - le cellulaire de garde pour les consultations de crise après les heures y est inscrit.' % s.display()))]
    blocks += signature(c, frm)
    subj = c.L('Welcome %s + contact card', 'Bienvenue %s + carte de contact') % s.first
    return mk(c, subj, frm, to, blocks, atts=[att('%s %s.vcf' % (s.first, s.last), 'text/vcard; charset=utf-8', vc, cte='base64')])


def bulletin_inner(c):
    (hn, ha), org = ext(c, 'health_unit')
    blocks = [('p', c.L('COMMUNITY DRUG ALERT', 'ALERTE SUR LES DROGUES DANS LA COMMUNAUTÉ')),
              ('p', c.L('Between %s and %s, the Health Unit received reports of %d suspected opioid overdoses in the region, several requiring more than 2 doses of naloxone. '
                        'Drug checking found fentanyl mixed with xylazine and bromazolam in samples sold as "purple".' % (
                            (c.when - dt.timedelta(days=9)).date().isoformat(), (c.when - dt.timedelta(days=2)).date().isoformat(), c.rng.randint(6, 25)),
                        'Du %s au %s, le Bureau de santé a reçu %d signalements de surdoses présumées d\'opioïdes dans la région, plusieurs nécessitant plus de 2 doses de naloxone. '
                        'L\'analyse de substances a détecté du fentanyl mélangé à de la xylazine et du bromazolam dans des échantillons vendus comme « purple ».' % (
                            (c.when - dt.timedelta(days=9)).date().isoformat(), (c.when - dt.timedelta(days=2)).date().isoformat(), c.rng.randint(6, 25)))),
              ('ul', c.L(['Give naloxone and support breathing; xylazine sedation does not reverse with naloxone', 'Check for wounds (xylazine)', 'Report clusters to the Health Unit: 613-555-0190'],
                         ['Administrer la naloxone et soutenir la respiration; la sédation due à la xylazine ne répond pas à la naloxone', 'Rechercher des plaies (xylazine)', 'Signaler les grappes au Bureau de santé : 613-555-0190'])),
              ('sig', [hn, org.split(' / ')[0]])]
    return {'subject': c.L('Community drug alert - opioid overdose cluster', 'Alerte communautaire - grappe de surdoses d\'opioïdes'),
            'from': (hn, ha), 'to': [grp('ED distribution', 'ed.distribution')], 'cc': [], 'blocks': blocks, 'atts': [],
            'lang': c.lang, 'date': c.when - dt.timedelta(hours=c.rng.randint(2, 40)), 'headers': [], 'msgid_dom': 'echu.example'}


def n_bulletin_fwd(c):
    frm = c.pick([c.staff('mgr_ed'), c.staff('edmd'), c.staff('charge')])
    to = [grp('ED RN group', 'ed.rn'), grp('ED & MH Physicians', 'ed-mh-md')]
    inner = bulletin_inner(c)
    data = build_message(inner, c.rng, crlf=False)
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Forwarding the Health Unit alert - please read, especially nights. Naloxone stock is fine.',
                        'Je transmets l\'alerte du Bureau de santé - svp lire, surtout l\'équipe de nuit. Le stock de naloxone est suffisant.'))]
    blocks += signature(c, frm)
    return mk(c, c.L('FW: ', 'TR : ') + inner['subject'], frm, to, blocks,
              atts=[att(fn_safe(inner['subject'])[:40] + '.eml', 'message/rfc822', data, as_octet=c.rng.random() < 0.25)])


def n_crisis_rota(c):
    frm = c.pick([c.staff('mgr_mh'), c.staff('admin')])
    to = [grp('Crisis Team', 'crisis.team')]
    ss = c.w.staff['crisis'] + c.w.staff['sw']
    start = c.when.date() + dt.timedelta(days=(7 - c.when.weekday()) % 7)
    rows = []
    for k in range(7):
        d = start + dt.timedelta(days=k)
        a, b = c.rng.sample(ss, 2)
        rows.append([d.strftime('%a %d') if c.lang == 'en' else '%s %d' % (DAYS_FR[d.weekday()][:3], d.day), a.display(), b.display(), '613-555-01%02d' % c.rng.randint(0, 99)])
    hdr = c.L(['Day', 'Days (0800-1600)', 'Evenings (1600-2400)', 'On-call cell'], ['Jour', 'Jour (8h-16h)', 'Soir (16h-24h)', 'Cellulaire de garde'])
    blocks = [('p', greet(c, group=True)), ('p', c.L('Crisis team rota for next week. Swaps through me please.', 'Horaire de l\'équipe de crise pour la semaine prochaine. Échanges via moi svp.')),
              ('table', hdr, rows)]
    blocks += signature(c, frm)
    subj = c.L('Crisis rota - week of %s', 'Horaire équipe de crise - semaine du %s') % start.isoformat()
    return mk(c, subj, frm, to, blocks)


def n_mha_quiz(c):
    frm = c.staff('edu')
    to = [grp('ED RN group', 'ed.rn'), grp('3W Team', '3w.team')]
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Mandatory annual Mental Health Act e-learning is due by the end of the month. Sample question:',
                        'La formation annuelle obligatoire sur la Loi sur la santé mentale doit être complétée d\'ici la fin du mois. Exemple de question :')),
              ('pre', c.L('Q4. "Patient X", 45, is on a Form 1 that was signed at 02:00 on Monday. When does it expire?\n  a) Wednesday 02:00\n  b) Thursday 02:00 (72 h)\n  c) 7 days after the exam',
                          'Q4. « Patient X », 45 ans, est sous Formulaire 1 signé lundi à 2h. Quand expire-t-il?\n  a) mercredi 2h\n  b) jeudi 2h (72 h)\n  c) 7 jours après l\'examen')),
              ('p', c.L('Completion so far: ED %d%%, 3W %d%%. Link on the LMS.' % (c.rng.randint(30, 80), c.rng.randint(30, 80)),
                        'Taux de complétion : urgence %d %%, 3 Ouest %d %%. Lien sur la plateforme.' % (c.rng.randint(30, 80), c.rng.randint(30, 80))))]
    blocks += signature(c, frm)
    subj = c.L('Reminder: MHA annual e-learning', 'Rappel : formation annuelle LSM')
    return mk(c, subj, frm, to, blocks)


def n_orientation(c):
    frm = c.pick([c.staff('edu'), c.staff('admin')])
    to = [grp('Students & new hires', 'orientation')]
    d = (c.when + dt.timedelta(days=c.rng.randint(3, 15))).date()
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Orientation for new ED and 3W staff and nursing students starts %s at 0800, room B-201.' % fmt_date(d, 'en', c.rng, 'long'),
                        'L\'orientation du nouveau personnel de l\'urgence et du 3 Ouest et des stagiaires débute le %s à 8h, salle B-201.' % fmt_date(d, 'fr', c.rng, 'long'))),
              ('ul', c.L(['Bring photo ID for your badge (Security, B-010)', 'Parking permit: lot P3, $42/month, payroll deduction', 'Day 2: NVCI de-escalation training (full day)', 'Day 3: shadow shift'],
                         ['Apportez une pièce d\'identité pour votre carte (Sécurité, B-010)', 'Permis de stationnement : P3, 42 $/mois, retenue salariale', 'Jour 2 : formation en désescalade (journée complète)', 'Jour 3 : quart d\'observation']))]
    blocks += signature(c, frm)
    subj = c.L('Orientation - %s', 'Orientation - %s') % d.isoformat()
    return mk(c, subj, frm, to, blocks)


def n_leave_request(c):
    s = staff_rows(c, 1, keys=('charge', 'rn3w', 'crisis', 'sw', 'pharm'))[0]
    mgr = c.staff('mgr_mh') if s.role in ('rn3w', 'crisis', 'sw') else c.staff('mgr_ed')
    d = (c.when + dt.timedelta(days=c.rng.randint(20, 90))).date()
    blocks = [('p', greet(c, mgr)),
              ('p', c.L(c.ch('I would like to request vacation from %s to %s (%d shifts). My swap partner for the weekend is %s.',
                             'Requesting a leave of absence %s - %s for my daughter\'s surgery; I have %d hours of family leave left. %s agreed to cover my nights.'),
                        c.ch('Je souhaiterais demander des vacances du %s au %s (%d quarts). Mon échange pour la fin de semaine est avec %s.',
                             'Je demande un congé du %s au %s pour la chirurgie de ma fille; il me reste %d heures de congé familial. %s a accepté de couvrir mes nuits.'))
               % (d.isoformat(), (d + dt.timedelta(days=7)).isoformat(), c.rng.randint(3, 40), c.pick(staff_rows(c, 3)).display()))]
    blocks += signature(c, s)
    subj = c.L(c.ch('Vacation request', 'Leave request', 'Time off - %s' % d.strftime('%b')), c.ch('Demande de vacances', 'Demande de congé'))
    return mk(c, subj, s, [mgr], blocks)


def n_staff_kudos(c):
    frm = c.pick([c.staff('dir'), c.staff('mgr_ed'), c.staff('mgr_mh')])
    s = staff_rows(c, 1, keys=('charge', 'rn3w', 'crisis', 'sw', 'pharm', 'clerk'))[0]
    to = [grp('All ED & MH staff', 'ed-mh-all')]
    yrs = c.rng.choice([10, 15, 20, 25, 30])
    blocks = [('p', greet(c, group=True)),
              ('p', c.L('Please join me in congratulating %s on %d years at Riverbend (hired %s)! %s started as a unit clerk on 3W and has been our go-to person for every Form 1 question since.' % (
                  s.display(), yrs, (dt.date(c.when.year - yrs, c.rng.randint(1, 12), c.rng.randint(1, 28))).isoformat(), s.first),
                  'Joignez-vous à moi pour féliciter %s pour ses %d ans à Riverbend (embauche le %s)! %s a débuté comme commis au 3 Ouest et est notre référence pour toute question sur les Formulaires 1.' % (
                  s.display(), yrs, (dt.date(c.when.year - yrs, c.rng.randint(1, 12), c.rng.randint(1, 28))).isoformat(), s.first))),
              ('p', c.L('Cake in the staff lounge at 1400.', 'Gâteau au salon du personnel à 14h.'))]
    blocks += signature(c, frm)
    subj = c.L('Congratulations %s - %d years!', 'Félicitations %s - %d ans!') % (s.first, yrs)
    return mk(c, subj, frm, to, blocks)


NEGATIVE = [
    ('ed_staffing_ot', n_ed_staffing, 7), ('bed_occupancy', n_bed_stats, 8), ('drug_shortage', n_drug_shortage, 7),
    ('security_incident', n_security_incident, 7), ('staff_wellness', n_staff_wellness, 7), ('occ_health', n_staff_occ_health, 6),
    ('grand_rounds', n_education_rounds, 6), ('mha_policy_blank_form', n_policy_mha_forms, 6), ('committee_agenda', n_committee_notice, 6),
    ('it_downtime', n_it_downtime, 6), ('facilities', n_facilities, 6), ('invoice_po', n_invoice_po, 6), ('job_posting', n_job_posting, 6),
    ('teaching_case_anon', n_anon_teaching, 6), ('quality_dashboard', n_quality_dashboard, 6), ('oncall_schedule', n_oncall, 6),
    ('newsletter', n_newsletter, 5), ('police_committee', n_police_committee, 6), ('housing_resources', n_housing_resources, 5),
    ('formulary_update', n_formulary, 6), ('meeting_invite', n_meeting_ics, 6), ('device_recall', n_device_recall, 6),
    ('stats_zip', n_stats_zip, 5), ('staff_vcard', n_staff_vcard, 4), ('bulletin_forward', n_bulletin_fwd, 5),
    ('crisis_rota', n_crisis_rota, 5), ('mha_elearning', n_mha_quiz, 5), ('orientation', n_orientation, 4),
    ('leave_request', n_leave_request, 5), ('staff_kudos', n_staff_kudos, 4),
]

# --------------------------------------------------------------------------
# replies / forwards / attached .eml
# --------------------------------------------------------------------------

TOP_REPLY = {
    'en': ['Thanks - noted. Will bring it to huddle.', 'Got it, I\'ll look after it today.', 'Agree with the plan below.',
           'Thanks. Can you call me when you have a minute?', 'Done - thanks.', 'ok, seen - thanks.'],
    'fr': ['Merci, c\'est noté. J\'en parle au caucus.', 'Reçu, je m\'en occupe aujourd\'hui.', 'D\'accord avec le plan ci-dessous.',
           'Merci. Peux-tu m\'appeler quand tu as une minute?', 'C\'est fait - merci.', 'ok, vu - merci.'],
}
TOP_FOLLOW = {
    'en': ['Following up on the below - any update?', 'Resending - not sure this went through yesterday.', 'Any news on this one? Thanks.'],
    'fr': ['Suivi du courriel ci-dessous - des nouvelles?', 'Je renvoie - pas certain que c\'est passé hier.', 'Des nouvelles pour celui-ci? Merci.'],
}
TOP_FWD = {
    'en': ['FYI - see below.', 'Please see below and file.', 'Forwarding for your records.', 'Can you take this one? Thx', 'fyi'],
    'fr': ['Pour info - voir ci-dessous.', 'Svp voir ci-dessous et classer.', 'Je te transmets pour ton dossier.', 'Peux-tu prendre celui-ci? Merci', 'pour info'],
}


def is_internal(pair):
    return pair[1].endswith('@' + HOSP_DOM)


def wrap(c, spec, positive, rng):
    mode = wchoice(rng, [(None, 64), ('reply', 18), ('fwd', 11), ('fwd_eml', 7)])
    if spec.get('transport', {}).get('body') == 'html' and mode == 'fwd_eml':
        mode = 'fwd'
    if mode == 'reply' and (spec['atts'] or spec.get('att_critical')):
        mode = 'fwd'
    if mode is None:
        return spec, None
    lang = spec['lang']
    orig = dict(spec)
    orig['msgid'] = '<%s.%08x@%s>' % (spec['date'].strftime('%Y%m%d%H%M%S'), rng.getrandbits(32), spec.get('msgid_dom', HOSP_DOM))
    later = spec['date'] + dt.timedelta(minutes=rng.randint(15, 900))
    key = rng.choice(['charge', 'flow', 'mgr_ed', 'mgr_mh', 'sw', 'crisis', 'admin', 'psych', 'edmd'])
    other = c.w.st(rng, key)
    if mode == 'reply':
        staff_addrs = {s_.addr for lst in c.w.staff.values() for s_ in lst}
        people = [t for t in spec['to'] if t[1] in staff_addrs and t[1] != spec['from'][1]]
        if not all(is_internal(t) for t in spec['to']) or not people:
            new_from = spec['from']          # sender follows up on own message
            new_to = spec['to']
        else:
            new_from = rng.choice(people)    # an internal recipient answers
            new_to = [spec['from']]
    else:
        new_from = who(other, lang)
        cand = c.w.st(rng, rng.choice(['mgr_mh', 'sw', 'charge', 'flow', 'admin', 'psych']))
        new_to = [who(cand, lang)] if cand.addr != new_from[1] else [grp('3W Team', '3w.team')]
    meta = {'lang': lang, 'date': spec['date'], 'who': spec['from'][0], 'addr': spec['from'][1],
            'to': ', '.join(t[0] or t[1] for t in spec['to']), 'subject': spec['subject']}
    if mode == 'reply':
        top = rng.choice((TOP_FOLLOW if new_from == spec['from'] else TOP_REPLY)[lang])
    else:
        top = rng.choice(TOP_FWD[lang])
    blocks = [('p', top)]
    if rng.random() < 0.5:
        blocks.append(('p', new_from[0].replace('Dr. ', '').replace('Dr ', '').split()[0]))
    if mode == 'reply':
        meta['style'] = rng.choice(['gt', 'outlook'])
        pre = rng.choice(['RE: ', 'Re: ', 'RE : ']) if lang == 'fr' else rng.choice(['RE: ', 'Re: '])
        blocks.append(('quote', meta, spec['blocks']))
        atts = []
    elif mode == 'fwd':
        meta['style'] = rng.choice(['fwd', 'outlook'])
        pre = rng.choice(['TR : ', 'Fwd: ', 'TR: ']) if lang == 'fr' else rng.choice(['FW: ', 'Fwd: '])
        blocks.append(('quote', meta, spec['blocks']))
        atts = spec['atts']
    else:
        pre = rng.choice(['TR : ', 'Fwd: ']) if lang == 'fr' else rng.choice(['FW: ', 'Fwd: '])
        inner = build_message(orig, rng, crlf=False, transport=orig.get('transport'))
        atts = [att((fn_safe(spec['subject'])[:48] or 'message') + '.eml', 'message/rfc822', inner, as_octet=rng.random() < 0.2)]
    new = dict(spec)
    new.update({'subject': pre + spec['subject'], 'from': new_from, 'to': new_to, 'cc': [], 'blocks': blocks, 'atts': atts,
                'date': later, 'in_reply_to': orig['msgid'],
                'headers': [], 'transport': {}})
    return new, mode


def apply_typos(blocks, rng, rate, protect):
    out = []
    for b in blocks:
        if b[0] == 'p':
            out.append(('p', typo(b[1], rng, rate, protect)))
        elif b[0] == 'quote':
            out.append(('quote', b[1], apply_typos(b[2], rng, rate, protect)))
        else:
            out.append(b)
    return out


# --------------------------------------------------------------------------
# self-check helpers: decode everything, extract text from attachments
# --------------------------------------------------------------------------

def pdf_text(data):
    chunks = []
    for m in re.finditer(rb'stream\r?\n(.*?)\r?\n?endstream', data, re.S):
        raw = m.group(1).strip()
        if raw.endswith(b'~>'):
            try:
                raw = base64.a85decode(raw[:-2].replace(b'\n', b''))
            except ValueError:
                pass
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for s in re.finditer(rb'\(((?:[^()\\]|\\.)*)\)', raw, re.S):
            t = s.group(1)
            t = re.sub(rb'\\([0-7]{1,3})', lambda x: bytes([int(x.group(1), 8) & 255]), t)
            t = re.sub(rb'\\(.)', rb'\1', t)
            chunks.append(t.decode('cp1252', 'replace'))
    info = re.findall(rb'/Title \((.*?)\)', data)
    chunks += [x.decode('latin-1') for x in info]
    return ' '.join(chunks)


def zip_text(data, depth):
    z = zipfile.ZipFile(io.BytesIO(data))
    names = z.namelist()
    out = []
    if 'word/document.xml' in names:
        out.append(re.sub(r'<[^>]+>', ' ', z.read('word/document.xml').decode('utf-8')))
        return html.unescape(' '.join(out))
    if 'xl/workbook.xml' in names:
        for n in names:
            if n.startswith('xl/sharedStrings') or n.startswith('xl/worksheets/sheet'):
                out.append(re.sub(r'<[^>]+>', ' ', z.read(n).decode('utf-8')))
        return html.unescape(' '.join(out))
    for n in names:
        out.append(n)
        out.append(blob_text(z.read(n), n, depth + 1))
    return ' '.join(out)


def blob_text(data, name, depth=0):
    if depth > 4:
        return ''
    if data[:4] == b'%PDF':
        return pdf_text(data)
    if data[:2] == b'PK':
        return zip_text(data, depth)
    if name.lower().endswith('.eml'):
        return message_text(data, depth + 1)
    if data[:3] == b'\xef\xbb\xbf':
        data = data[3:]
    try:
        return data.decode('utf-8')
    except UnicodeDecodeError:
        return data.decode('windows-1252', 'replace')


def message_text(data, depth=0):
    """Parse with the default policy, decode every part, return all text (raises on failure)."""
    msg = email.message_from_bytes(data, policy=email.policy.default)
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h) is not None:
                out.append(str(part.get(h)))
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith('text/'):
            txt = part.get_content()
            assert isinstance(txt, str) and txt.strip(), 'empty text part'
            if ct == 'text/html':
                txt = html.unescape(re.sub(r'<[^>]+>', ' ', txt))
            out.append(txt)
        else:
            payload = part.get_payload(decode=True)
            assert payload, 'empty %s part' % ct
            out.append(blob_text(payload, fn or '', depth))
    return '\n'.join(out)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def msg_datetime(rng):
    base = dt.datetime(2024, 10, 1, 0, 0)
    d = base + dt.timedelta(days=rng.randint(0, 364), hours=rng.choice([6, 7, 7, 8, 9, 10, 11, 13, 14, 15, 16, 18, 21, 23, 2]),
                            minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
    # Eastern time: EDT between 2nd Sunday of March and 1st Sunday of November
    def nth_sunday(y, mth, n):
        d0 = dt.date(y, mth, 1)
        first = d0 + dt.timedelta(days=(6 - d0.weekday()) % 7)
        return first + dt.timedelta(days=7 * (n - 1))
    dst = nth_sunday(d.year, 3, 2) <= d.date() < nth_sunday(d.year, 11, 1)
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=-4 if dst else -5)))


def plan(templates, n, rng):
    lst = []
    for cat, fn, w in templates:
        lst += [(cat, fn)] * w
    while len(lst) < n:
        cat, fn, w = wchoice(rng, [((a, b, w), w) for a, b, w in templates])
        lst.append((cat, fn))
    lst = lst[:n]
    rng.shuffle(lst)
    return lst


def describe(spec, data, mode):
    parts = []
    m = email.message_from_bytes(data, policy=email.policy.default)
    parts.append(m.get_content_type())
    cs = sorted({p.get_content_charset() for p in m.walk() if p.get_content_maintype() == 'text' and p.get_content_charset()})
    ctes = sorted({str(p.get('Content-Transfer-Encoding', '7bit')).lower() for p in m.walk() if not p.is_multipart()})
    parts.append('charset ' + '/'.join(cs))
    parts.append('cte ' + '/'.join(ctes))
    parts.append('CRLF' if b'\r\n' in data else 'LF')
    if mode:
        parts.append({'reply': 'quoted reply', 'fwd': 'inline forward', 'fwd_eml': 'forward as attached .eml'}[mode])
    exts = [a['filename'].rsplit('.', 1)[-1].lower() for a in spec.get('atts', [])]
    if exts:
        parts.append('attachments: ' + ','.join(exts))
    return '; '.join(parts)


def generate(out, seed):
    world = World(random.Random(seed))
    master = random.Random(seed + 1)
    pos_plan = plan(POSITIVE, N_POS, master)
    neg_plan = plan(NEGATIVE, N_NEG, master)
    labels = {}
    files = {}
    all_patients = world.qc + world.on + world.foreign
    for kind, pl in (('p', pos_plan), ('n', neg_plan)):
        n = len(pl)
        n_en = round(n * EN_SHARE)
        langs = ['en'] * n_en + ['fr'] * (n - n_en)
        master.shuffle(langs)
        for i, ((cat, fn), lang) in enumerate(zip(pl, langs), 1):
            rng = random.Random('%d-%s-%03d' % (seed, kind, i))
            when = msg_datetime(rng)
            c = Ctx(world, rng, lang, when, kind == 'p')
            spec = fn(c)
            spec, mode = wrap(c, spec, kind == 'p', rng)
            if rng.random() < 0.3:
                protect = {fold(w) for t, v in c.evidence for w in re.split(r'[\s,.-]+', v) if w}
                spec['blocks'] = apply_typos(spec['blocks'], rng, 0.035, protect)
            data = build_message(spec, rng, transport=spec.get('transport'))
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i, cat)
            files[rel] = data
            labels[rel] = {'confidential': kind == 'p', 'types': sorted(c.types), 'lang': lang,
                           'note': '%s; %s' % (cat, describe(spec, data, mode)), '_evidence': c.evidence}
    # ------------------------------------------------------------------ self-check
    problems = []
    nams = [p.nam for p in world.qc]
    pat_ids = set()
    for p in all_patients:
        for v in (p.nam, p.hcn, p.sin, p.niss, p.nir, p.mrn):
            if v:
                pat_ids.add(alnum(v))
    pat_names = {fold('%s %s' % (p.given, p.surname)) for p in all_patients} | {fold('%s, %s' % (p.surname, p.given)) for p in all_patients}
    for rel, data in files.items():
        lab = labels[rel]
        try:
            text = message_text(data)
        except Exception as e:  # noqa
            problems.append('%s: parse/decode failed: %r' % (rel, e))
            continue
        ftext, atext = fold(text), alnum(text)
        if max(len(l) for l in data.split(b'\n')) > 998:
            problems.append('%s: line longer than 998 octets' % rel)
        if lab['confidential']:
            if not lab['types']:
                problems.append('%s: positive without types' % rel)
            for k, v in lab['_evidence']:
                if k == 'name' and fold(v) not in ftext and alnum(v) not in atext:
                    problems.append('%s: evidence name %r missing' % (rel, v))
                elif k == 'id' and alnum(v) not in atext:
                    problems.append('%s: evidence id %r missing' % (rel, v))
                elif k == 'text' and fold(v) not in ftext and alnum(v) not in atext:
                    problems.append('%s: evidence text %r missing' % (rel, v))
        else:
            if lab['types']:
                problems.append('%s: negative with types' % rel)
            for v in pat_ids:
                if v in atext:
                    problems.append('%s: negative contains a patient identifier' % rel)
            for v in pat_names:
                if v in ftext:
                    problems.append('%s: negative contains a patient name' % rel)
    for v in labels.values():
        del v['_evidence']
    # NAMs only from the list: every NAM-shaped token in the output must be one of ours
    for rel, data in files.items():
        for tok in re.findall(r'\b[A-Z]{4}\s?\d{4}\s?\d{4}\b', message_text(data)):
            if re.sub(r'\s', '', tok) not in nams:
                problems.append('%s: unknown NAM-shaped token %s' % (rel, tok))
    # ------------------------------------------------------------------ write
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
    lab_bytes = (json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + '\n').encode('utf-8')
    with open(os.path.join(out, 'labels.json'), 'wb') as fh:
        fh.write(lab_bytes)
    # re-read from disk: labels cover exactly the files
    on_disk = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)))
    if on_disk != sorted(labels):
        problems.append('labels do not cover exactly the files on disk')
    for rel in on_disk:
        with open(os.path.join(out, rel), 'rb') as fh:
            email.message_from_bytes(fh.read(), policy=email.policy.default)
    h = hashlib.sha256()
    for rel in on_disk + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + fh.read() + b'\0')
    npos = sum(1 for v in labels.values() if v['confidential'])
    nneg = len(labels) - npos
    by_lang = {}
    for v in labels.values():
        k = ('pos' if v['confidential'] else 'neg', v['lang'])
        by_lang[k] = by_lang.get(k, 0) + 1
    type_counts = {}
    for v in labels.values():
        for t in v['types']:
            type_counts[t] = type_counts.get(t, 0) + 1
    print('positives: %d  negatives: %d  total: %d' % (npos, nneg, len(labels)))
    print('by language: ' + ', '.join('%s/%s=%d' % (a, b, n) for (a, b), n in sorted(by_lang.items())))
    print('types: ' + ', '.join('%s=%d' % kv for kv in sorted(type_counts.items())))
    print('sha256(positive/, negative/, labels.json): %s' % h.hexdigest())
    if problems:
        print('SELF-CHECK FAILED (%d problems):' % len(problems))
        for p in problems[:60]:
            print('  ' + p)
        return 1
    print('self-check OK: all %d files parsed and decoded; labels cover exactly the files' % len(labels))
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    sys.exit(generate(a.out, a.seed))


if __name__ == '__main__':
    main()
