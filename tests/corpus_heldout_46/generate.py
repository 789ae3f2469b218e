#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Blind synthetic DLP corpus: cross-border care between an (invented) Quebec
university hospital and (invented) Belgian and French partner hospitals.

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180)
and labels.json next to this file (or under --out DIR), deterministically
from a seed (default 4646), then self-checks the output.

Every person, institution, address and domain is invented.  RAMQ NAMs come
only from ../blind_nams.txt; NISS, NIR, SIN and Ontario health numbers are
generated valid and checked with python-stdnum.
"""
import argparse
import base64
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zipfile
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum import iban as std_iban
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir
from stdnum.fr import siret as fr_siret

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4646
N_POS, N_NEG = 120, 180
ZIP_DT = (2025, 3, 3, 9, 30, 0)
CORE_DT = '2025-03-03T09:30:00Z'
ALL_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
             'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
             'patient_contact', 'social_information']


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------
def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def lpick(rng, *fns):
    """Pick one of several lazily-built alternatives (so only the chosen one emits tracked strings)."""
    return fns[rng.randrange(len(fns))]()


def chance(rng, p):
    return rng.random() < p


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s)
                   if unicodedata.category(c) != 'Mn')


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, style):
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'fr':
        return d.strftime('%d/%m/%Y')
    if style == 'dots':
        return d.strftime('%d.%m.%Y')
    if style == 'short':
        return d.strftime('%d/%m/%y')
    if style == 'us':
        return d.strftime('%m/%d/%Y')
    if style == 'fr_long':
        return '%d %s %d' % (d.day, MOIS[d.month - 1], d.year)
    if style == 'en_long':
        return '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year)
    if style == 'en_dmy':
        return '%02d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year)
    raise ValueError(style)


def fday(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1])
    return '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day)


def frnum(s, lang):
    """1.5 -> 1,5 for French text (decimal numbers only)."""
    if lang != 'fr':
        return s
    return re.sub(r'(?<=\d)\.(?=\d)', ',', s)


def age_at(dob, ref=dt.date(2025, 3, 1)):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


TYPO_RE = re.compile(r'[A-Za-zÀ-ÿ]{5,}')


def typos(rng, text, rate=0.04):
    """Swap two inner letters in a few long words (free text only)."""
    def sub(m):
        w = m.group(0)
        if rng.random() >= rate:
            return w
        i = rng.randrange(1, len(w) - 2)
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return TYPO_RE.sub(sub, text)


# ----------------------------------------------------------------------------
# Tracker: every sensitive element goes through it so labels are exact
# ----------------------------------------------------------------------------
class Tracker:
    def __init__(self, positive):
        self.positive = positive
        self.types = set()
        self.emitted = []

    def add(self, t, s=None):
        if not self.positive:
            raise AssertionError('negative builder tried to emit %s' % t)
        assert t in ALL_TYPES, t
        self.types.add(t)
        if s is not None:
            self.emitted.append((t, s))
        return s

    # identity
    def name(self, p, style='full'):
        return self.add('patient_name', fmt_name(p, style))

    def nam(self, p, style='plain'):
        return self.add('ramq_nam', fmt_nam(p.nam, style))

    def niss(self, p, style='plain'):
        return self.add('be_niss', fmt_niss(p.niss, style))

    def nir(self, p, style='plain'):
        return self.add('fr_nir', fmt_nir(p.nir, style))

    def sin(self, p, style='spaced'):
        return self.add('ca_sin', fmt_sin(p.sin, style))

    def hn(self, p, style='dash'):
        return self.add('ca_health_number', fmt_hn(p.hn, p.hn_vc, style))

    def mrn(self, p):
        return self.add('mrn', p.mrn)

    def natid(self, p, style=None):
        """The patient's national identifier, whatever the country."""
        if p.country == 'QC':
            return self.nam(p, style or 'plain')
        if p.country == 'BE':
            return self.niss(p, style or 'plain')
        if p.country == 'FR':
            return self.nir(p, style or 'plain')
        return self.hn(p, style or 'dash')

    def dob(self, p, style='iso'):
        return self.add('date_of_birth', fdate(p.dob, style))

    # content
    def dx(self, s):
        return self.add('diagnosis', s)

    def med(self, s):
        return self.add('medication', s)

    def lab(self, s):
        return self.add('lab_result', s)

    def contact(self, s):
        return self.add('patient_contact', s)

    def social(self, s):
        return self.add('social_information', s)


def natid_label(p, lang):
    return {'QC': 'NAM' if lang == 'fr' else 'RAMQ', 'BE': 'NISS', 'FR': 'NIR',
            'ON': 'OHIP'}[p.country]


def fmt_name(p, style):
    g, s = p.given, p.surname
    civ = 'Mme' if p.sex == 'F' else 'M.'
    civl = 'Madame' if p.sex == 'F' else 'Monsieur'
    en = 'Ms.' if p.sex == 'F' else 'Mr.'
    return {
        'full': '%s %s' % (g, s),
        'upper': '%s %s' % (s.upper(), g),
        'roster': '%s, %s' % (s, g),
        'roster_up': '%s, %s' % (s.upper(), g),
        'civ': '%s %s' % (civ, s),
        'civ_full': '%s %s %s' % (civl, g, s.upper()),
        'civ_up': '%s %s %s' % (civl, s.upper(), g),
        'lower': '%s %s' % (g.lower(), s.lower()),
        'initial': '%s. %s' % (g[0], s),
        'en_civ': '%s %s' % (en, s),
        'surname': s,
        'given': g,
        'file': '%s_%s' % (strip_accents(s).upper().replace(' ', ''), strip_accents(g).replace(' ', '')),
    }[style]


def fmt_nam(n, style):
    if style == 'plain':
        return n
    if style == 'spaced':
        return '%s %s %s' % (n[:4], n[4:8], n[8:])
    if style == 'lower':
        return n.lower()
    if style == 'dash':
        return '%s-%s-%s' % (n[:4], n[4:8], n[8:])
    if style == 'split':
        return '%s %s' % (n[:4], n[4:])
    if style == 'pairs':
        return n[:4] + ' ' + ' '.join(n[i:i + 2] for i in range(4, 12, 2))
    raise ValueError(style)


def fmt_niss(n, style):
    if style == 'plain':
        return n
    if style == 'dotted':
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if style == 'spaced':
        return '%s %s %s' % (n[:6], n[6:9], n[9:])
    if style == 'dash':
        return '%s-%s-%s' % (n[:6], n[6:9], n[9:])
    raise ValueError(style)


def fmt_nir(n, style):
    if style == 'plain':
        return n
    if style == 'spaced':
        return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    if style == 'key':
        return '%s %s' % (n[:13], n[13:])
    if style == 'keyslash':
        return '%s / %s' % (n[:13], n[13:])
    raise ValueError(style)


def fmt_sin(n, style):
    if style == 'plain':
        return n
    if style == 'spaced':
        return '%s %s %s' % (n[:3], n[3:6], n[6:])
    if style == 'dash':
        return '%s-%s-%s' % (n[:3], n[3:6], n[6:])
    raise ValueError(style)


def fmt_hn(n, vc, style):
    if style == 'dash':
        return '%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], vc)
    if style == 'spaced':
        return '%s %s %s %s' % (n[:4], n[4:7], n[7:], vc)
    if style == 'plain':
        return n
    raise ValueError(style)


# ----------------------------------------------------------------------------
# identifier generation (checked with python-stdnum)
# ----------------------------------------------------------------------------
def make_niss(rng, dob, sex):
    body6 = dob.strftime('%y%m%d')
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        body = body6 + '%03d' % serial
        n = int(('2' if dob.year >= 2000 else '') + body)
        niss = body + '%02d' % (97 - n % 97)
        if be_nn.is_valid(niss) and be_nn.get_birth_date(niss) == dob:
            return niss


NIR_DEPTS = ['59', '62', '69', '75', '13', '31', '33', '44', '67', '35', '38', '76', '92', '93']


def make_nir(rng, dob, sex, dept=None):
    while True:
        dep = dept or pick(rng, NIR_DEPTS)
        body = '%s%02d%02d%s%03d%03d' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month,
                                       dep, rng.randrange(1, 400), rng.randrange(1, 999))
        n = body + '%02d' % (97 - int(body) % 97)
        if fr_nir.is_valid(n):
            return n


def make_sin(rng):
    while True:
        body = str(rng.randrange(1, 8)) + ''.join(str(rng.randrange(10)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def make_hn(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n) and len(n) == 10
    vc = ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))
    return n, vc


def luhn_number(rng, length, first=None):
    body = (first or str(rng.randrange(1, 10))) + ''.join(
        str(rng.randrange(10)) for _ in range(length - 1 - len(first or 'x')))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n)
    return n


def mod97_number(rng, length):
    """Number whose last two digits are 97 - (rest mod 97) (NISS-like checksum)."""
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(length - 3))
    return body + '%02d' % (97 - int(body) % 97)


def make_be_iban(rng):
    while True:
        acct = ''.join(str(rng.randrange(10)) for _ in range(10))
        chk = int(acct) % 97 or 97
        bban = acct + '%02d' % chk
        cd = std_iban.calc_check_digits('BE00' + bban)
        ib = 'BE' + cd + bban
        if std_iban.is_valid(ib):
            return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))


def make_be_vat(rng):
    while True:
        body = '0' + str(rng.randrange(2, 10)) + ''.join(str(rng.randrange(10)) for _ in range(6))
        n = body + '%02d' % (97 - int(body) % 97)
        if be_vat.is_valid('BE' + n):
            return '%s.%s.%s' % (n[:4], n[4:7], n[7:])


def make_siret(rng):
    while True:
        siren = luhn_number(rng, 9)
        body = siren + '%04d' % rng.randrange(1, 100)
        n = body + luhn.calc_check_digit(body)
        if fr_siret.is_valid(n):
            return '%s %s %s %s' % (n[:3], n[3:6], n[6:9], n[9:])


# ----------------------------------------------------------------------------
# invented institutions
# ----------------------------------------------------------------------------
class Inst:
    def __init__(self, key, name, short, domain, city, country, addr, phone, lang='fr', tz=1):
        self.__dict__.update(locals())
        del self.__dict__['self']


INSTS = {i.key: i for i in [
    Inst('chudr', 'CHU des Deux-Rives', 'CHUDR', 'chudr.example', 'Montréal', 'QC',
         '4100, boulevard des Tilleuls, Montréal (Québec) H2X 0Z9', '514-555-0100', 'fr', -5),
    Inst('cuvm', 'Cliniques universitaires du Val-Mosan', 'CUVM', 'cu-valmosan.example', 'Liège', 'BE',
         'Quai des Tanneurs 212, 4020 Liège, Belgique', '+32 4 555 20 00', 'fr', 1),
    Inst('ghbs', 'Groupe hospitalier Brabant-Senne', 'GHBS', 'ghbs.example', 'Bruxelles', 'BE',
         'Avenue des Glycines 88, 1070 Bruxelles, Belgique', '+32 2 555 41 00', 'fr', 1),
    Inst('azsa', 'AZ Sint-Aldegonde', 'AZSA', 'az-sintaldegonde.example', 'Gent', 'BE',
         'Kouterdreef 40, 9000 Gent, Belgium', '+32 9 555 33 10', 'en', 1),
    Inst('rivemont', 'CHU de Rivemont', 'CHU Rivemont', 'chu-rivemont.example', 'Rivemont', 'FR',
         '2 allée du Professeur Caradec, 69390 Rivemont, France', '04 55 51 20 00', 'fr', 1),
    Inst('ghfa', 'Groupe hospitalier Flandre-Artois', 'GHFA', 'ghfa.example', 'Lille', 'FR',
         '3 avenue des Cerisiers, 59037 Lille Cedex, France', '03 55 52 40 40', 'fr', 1),
    Inst('cissht', 'CISSS des Hautes-Terres', 'CISSS-HT', 'cisss-hautesterres.example', 'Saint-Jérôme', 'QC',
         '290, rue des Sapinières, Saint-Jérôme (Québec) J7Z 0X1', '450-555-0170', 'fr', -5),
    Inst('rideau', 'Rideau Valley General Hospital', 'RVGH', 'rideauvalley.example', 'Ottawa', 'ON',
         '1150 Beechgrove Road, Ottawa ON K1Z 0X4', '613-555-0190', 'en', -5),
    Inst('boreale', 'Assistance Boréale Internationale', 'ABI', 'boreale-assist.example', 'Montréal', 'QC',
         '1250, rue du Fleuve, bureau 900, Montréal (Québec) H3B 0Y7', '1-800-555-0111', 'fr', -5),
    Inst('eurosecours', 'EuroSecours Assistance', 'EuroSecours', 'eurosecours.example', 'Paris', 'FR',
         '18 rue des Acacias, 92200 Neuilly-Lamotte, France', '01 55 53 00 00', 'fr', 1),
    Inst('mewb', 'Mutualité Entraide Wallonie-Bruxelles', 'MEWB', 'mewb.example', 'Namur', 'BE',
         'Rue des Peupliers 5, 5000 Namur, Belgique', '+32 81 555 700', 'fr', 1),
    Inst('atlantide', 'Mutuelle Atlantide Santé', 'Atlantide', 'atlantide-sante.example', 'Nantes', 'FR',
         '40 boulevard des Mouettes, 44000 Nantes, France', '02 55 54 10 10', 'fr', 1),
    Inst('maple', 'Maple Shield Travel Insurance', 'Maple Shield', 'mapleshield.example', 'Toronto', 'ON',
         '400 Harbourview Ave, Suite 1200, Toronto ON M5J 0Z2', '1-888-555-0142', 'en', -5),
    Inst('northstar', 'NorthStar Global Assistance', 'NorthStar', 'northstar-assist.example', 'Halifax', 'NS',
         '77 Lighthouse Lane, Halifax NS B3J 0Z5', '1-877-555-0163', 'en', -4),
    Inst('aerosec', 'Aéro-Secours Atlantique', 'ASA', 'aerosecours.example', 'Mirabel', 'QC',
         '12000, rue de l\'Aérogare, Mirabel (Québec) J7N 0Z3', '450-555-0155', 'fr', -5),
    Inst('ambqc', 'Ambulances Rive-Nord', 'ARN', 'ambulances-rivenord.example', 'Laval', 'QC',
         '3355, boul. des Laurentides-Est, Laval (Québec) H7E 0Z8', '450-555-0131', 'fr', -5),
    Inst('ambbe', 'Ambulances Meuse-Ourthe', 'AMO', 'amb-meuseourthe.example', 'Liège', 'BE',
         'Rue du Pont-Levis 9, 4031 Angleur, Belgique', '+32 4 555 61 61', 'fr', 1),
]}

PARTNERS_BE = ['cuvm', 'ghbs']
PARTNERS_FR = ['rivemont', 'ghfa']

STAFF_GIVEN_QC = ['Isabelle', 'Geneviève', 'Mathieu', 'Étienne', 'Karine', 'Stéphanie', 'Julie',
                  'Marc-André', 'Jean-François', 'Annie', 'Mélanie', 'Olivier', 'Simon', 'Véronique',
                  'Catherine', 'Nadia', 'Samuel', 'Maxime', 'Audrey', 'Valérie', 'Patrick', 'Chantal',
                  'François', 'Hélène', 'Sébastien', 'Émilie', 'Raphaël', 'Amélie', 'Kevin', 'Myriam']
STAFF_SUR_QC = ['Beaulieu', 'Lavoie', 'Dubé', 'Ménard', 'Vaillancourt', 'Drouin', 'Lemieux',
                'Charbonneau', 'Desrosiers', 'Poulin', 'Hébert', 'Lachance', 'Turcotte', 'Bisson',
                'Giguère', 'Dion', 'Labrecque', 'Fréchette', 'Rioux', 'Champagne', 'Nguyen', 'Haddad',
                'Benali', 'Kovacs', 'Patel', "O'Brien", 'Tremblay-Vachon', 'St-Onge', 'Laflamme']
STAFF_GIVEN_BE = ['Anne-Sophie', 'Benoît', 'Chloé', 'Didier', 'Frédéric', 'Géraldine', 'Jérôme',
                  'Laurence', 'Marie-Noëlle', 'Nicolas', 'Pascale', 'Quentin', 'Sarah', 'Thibaut']
STAFF_SUR_BE = ['Lejeune', 'Delvaux', 'Wathelet', 'Piette', 'Gobert', 'Houben', 'Vandenberghe',
                'Michaux', 'Dethier', 'Brasseur', 'Van Damme', 'Stassen', 'Delhaye', 'Schmitz']
STAFF_GIVEN_FL = ['Pieter', 'Katrien', 'Joris', 'Liesbeth', 'Wouter', 'Annelies', 'Bram', 'Sofie']
STAFF_SUR_FL = ['De Smet', 'Verstraete', 'Vermeulen', 'De Backer', 'Claeys', 'Van Hecke', 'Coppens']
STAFF_GIVEN_FR = ['Aurélie', 'Bertrand', 'Camille', 'Damien', 'Élodie', 'Guillaume', 'Hugo', 'Laure',
                  'Mathilde', 'Nathalie', 'Philippe', 'Sandrine', 'Thomas', 'Yann', 'Agnès']
STAFF_SUR_FR = ['Morvan', 'Chevalier', 'Garnier', 'Lemoine', 'Faure', 'Barbier', 'Renaud', 'Perret',
                'Aubert', 'Marchand', 'Colin', 'Lecomte', 'Picard', 'Masson', 'Le Goff']
STAFF_GIVEN_EN = ['Emily', 'Jason', 'Priya', 'Michael', 'Rachel', 'Daniel', 'Sarah', 'Tom', 'Megan',
                  'Kevin', 'Aisha', 'Colin']
STAFF_SUR_EN = ['Carter', 'Wong', 'Raman', "O'Connor", 'Goldberg', 'Kim', 'Whitfield', 'Nakamura',
                'Fraser', 'McKenzie', 'Osei', 'Brennan']

FEMALE = set(['Isabelle', 'Geneviève', 'Karine', 'Stéphanie', 'Julie', 'Annie', 'Mélanie', 'Véronique',
              'Catherine', 'Nadia', 'Audrey', 'Valérie', 'Chantal', 'Hélène', 'Émilie', 'Amélie', 'Myriam',
              'Anne-Sophie', 'Chloé', 'Géraldine', 'Laurence', 'Marie-Noëlle', 'Pascale', 'Sarah',
              'Katrien', 'Liesbeth', 'Annelies', 'Sofie', 'Aurélie', 'Camille', 'Élodie', 'Laure',
              'Mathilde', 'Nathalie', 'Sandrine', 'Agnès', 'Emily', 'Priya', 'Rachel', 'Megan', 'Aisha'])


class Staff:
    def __init__(self, given, surname, inst, role_fr, role_en, dept_fr, dept_en, doctor, email_style, ext):
        self.given, self.surname, self.inst = given, surname, inst
        self.role_fr, self.role_en, self.dept_fr, self.dept_en = role_fr, role_en, dept_fr, dept_en
        self.doctor, self.ext = doctor, ext
        self.female = given in FEMALE
        loc = strip_accents(given).lower().replace("'", '')
        sur = strip_accents(surname).lower().replace(' ', '').replace("'", '')
        if email_style == 0:
            local = '%s.%s' % (loc, sur)
        elif email_style == 1:
            local = '%s%s' % (loc[0], sur)
        else:
            local = '%s.%s' % (loc.split('-')[0], sur)
        self.email = '%s@%s' % (local, INSTS[inst].domain)

    def title(self, lang):
        if not self.doctor:
            return ''
        if lang == 'en':
            return 'Dr.'
        if INSTS[self.inst].country == 'QC':
            return 'Dre' if self.female else 'Dr'
        return 'Dr'

    def display(self, lang='fr', with_title=False):
        t = self.title(lang)
        return ('%s %s %s' % (t, self.given, self.surname)).strip() if with_title and t else \
            '%s %s' % (self.given, self.surname)

    def addr(self):
        return formataddr_u(self.display(), self.email)

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en

    def dept(self, lang):
        return self.dept_fr if lang == 'fr' else self.dept_en


def formataddr_u(name, addr):
    return (name, addr)


# role table: (key, role_fr, role_en, dept_fr, dept_en, doctor)
ROLES_CHUDR = [
    ('coord', 'Coordonnatrice, transferts et rapatriements internationaux', 'International transfer coordinator',
     'Bureau des patients internationaux', 'International Patient Office', False),
    ('coord', 'Infirmière de liaison – patients internationaux', 'Liaison nurse, international patients',
     'Bureau des patients internationaux', 'International Patient Office', False),
    ('coord', 'Agent administratif – admissibilité et assurances', 'Eligibility & insurance clerk',
     'Bureau des patients internationaux', 'International Patient Office', False),
    ('bed', 'Gestionnaire des lits', 'Bed manager', "Coordination des lits et de l'accès", 'Patient Flow', False),
    ('cardio', 'Cardiologue', 'Cardiologist', 'Service de cardiologie', 'Cardiology', True),
    ('neuro', 'Neurologue', 'Neurologist', 'Service de neurologie', 'Neurology', True),
    ('pneumo', 'Pneumologue', 'Respirologist', 'Service de pneumologie', 'Respirology', True),
    ('icu', 'Intensiviste', 'Intensivist', 'Soins intensifs', 'Intensive Care', True),
    ('ortho', 'Chirurgien orthopédiste', 'Orthopaedic surgeon', 'Orthopédie', 'Orthopaedics', True),
    ('hemato', 'Hémato-oncologue', 'Hemato-oncologist', 'Hémato-oncologie', 'Hematology-Oncology', True),
    ('peds', 'Pédiatre', 'Paediatrician', 'Département de pédiatrie', 'Paediatrics', True),
    ('nephro', 'Néphrologue', 'Nephrologist', 'Néphrologie-transplantation', 'Nephrology', True),
    ('im', 'Interniste', 'Internist', 'Médecine interne', 'Internal Medicine', True),
    ('pharm', 'Pharmacienne', 'Pharmacist', 'Département de pharmacie', 'Pharmacy', False),
    ('social', 'Travailleuse sociale', 'Social worker', 'Service social', 'Social Work', False),
    ('admit', 'Technicienne en administration', 'Admissions officer', 'Admission et archives', 'Admitting', False),
    ('tele', 'Conseillère en télésanté', 'Telehealth advisor', 'Centre de coordination en télésanté', 'Telehealth', False),
    ('partner', 'Conseiller, partenariats internationaux', 'International partnerships advisor',
     'Direction des affaires internationales', 'International Affairs', False),
    ('teach', 'Agente de gestion des stages', 'Residency exchange officer',
     "Direction de l'enseignement", 'Medical Education', False),
    ('research', 'Coordonnatrice de recherche', 'Research coordinator', 'Centre de recherche', 'Research Centre', False),
    ('finance', 'Technicien en comptabilité', 'Accounting technician', 'Direction des finances', 'Finance', False),
    ('it', 'Analyste, soutien TI', 'IT support analyst', 'Direction des technologies', 'IT Services', False),
    ('biomed', 'Technicien en génie biomédical', 'Biomedical technician', 'Génie biomédical', 'Biomedical Eng.', False),
    ('hr', 'Conseillère en ressources humaines', 'HR advisor', 'Direction des ressources humaines', 'Human Resources', False),
    ('comms', 'Conseillère en communication', 'Communications advisor', 'Communications', 'Communications', False),
    ('events', 'Agente de planification', 'Event coordinator', 'Bureau des événements scientifiques', 'Scientific Events', False),
]
ROLES_EXT = [
    ('doc', 'Médecin', 'Physician', 'Service des urgences', 'Emergency Dept', True),
    ('doc', 'Médecin', 'Physician', 'Unité de soins intensifs', 'ICU', True),
    ('doc', 'Médecin', 'Physician', 'Cardiologie', 'Cardiology', True),
    ('doc', 'Médecin', 'Physician', 'Neurologie', 'Neurology', True),
    ('doc', 'Médecin', 'Physician', 'Médecine interne', 'Internal medicine', True),
    ('social', 'Assistante sociale', 'Social worker', 'Service social', 'Social Work', False),
    ('admin', 'Cadre de santé', 'Nurse manager', 'Bureau des admissions', 'Admissions', False),
    ('admin', 'Responsable des relations internationales', 'International relations officer',
     'Relations internationales', 'International Office', False),
]
ROLES_INS = [
    ('md', 'Médecin régulateur', 'Medical director', 'Plateau médical', 'Medical desk', True),
    ('case', 'Chargée d\'assistance', 'Case manager', 'Plateau d\'assistance', 'Case management', False),
    ('case', 'Gestionnaire de dossiers', 'Claims adjuster', 'Service des réclamations', 'Claims', False),
]


def build_staff(rng):
    staff = {}
    # CHUDR: several per role
    lst = []
    for key, rf, re_, df, de, doc in ROLES_CHUDR:
        for _ in range(3 if key in ('coord', 'cardio', 'neuro', 'icu', 'im', 'social') else 2):
            g = pick(rng, STAFF_GIVEN_QC)
            if rf.startswith(('Travailleuse', 'Infirmière', 'Coordonnatrice', 'Pharmacienne',
                              'Technicienne', 'Conseillère', 'Agente')):
                while g not in FEMALE:
                    g = pick(rng, STAFF_GIVEN_QC)
            elif rf.startswith(('Technicien ', 'Conseiller', 'Agent ', 'Chirurgien ')):
                while g in FEMALE:
                    g = pick(rng, STAFF_GIVEN_QC)
            s = Staff(g, pick(rng, STAFF_SUR_QC), 'chudr', rf, re_, df, de, doc, rng.randrange(3),
                      rng.randrange(20000, 29999))
            s.key = key
            lst.append(s)
    staff['chudr'] = lst
    for ik in ['cuvm', 'ghbs', 'rivemont', 'ghfa', 'azsa', 'cissht', 'rideau']:
        inst = INSTS[ik]
        if ik == 'azsa':
            gl, sl = STAFF_GIVEN_FL, STAFF_SUR_FL
        elif inst.country == 'BE':
            gl, sl = STAFF_GIVEN_BE, STAFF_SUR_BE
        elif inst.country == 'FR':
            gl, sl = STAFF_GIVEN_FR, STAFF_SUR_FR
        elif inst.country == 'QC':
            gl, sl = STAFF_GIVEN_QC, STAFF_SUR_QC
        else:
            gl, sl = STAFF_GIVEN_EN, STAFF_SUR_EN
        lst = []
        for key, rf, re_, df, de, doc in ROLES_EXT:
            s = Staff(pick(rng, gl), pick(rng, sl), ik, rf, re_, df, de, doc, rng.randrange(3),
                      rng.randrange(1000, 9999))
            s.key = key
            lst.append(s)
        staff[ik] = lst
    for ik in ['boreale', 'eurosecours', 'mewb', 'atlantide', 'maple', 'northstar', 'aerosec', 'ambqc', 'ambbe']:
        inst = INSTS[ik]
        gl, sl = {'QC': (STAFF_GIVEN_QC, STAFF_SUR_QC), 'BE': (STAFF_GIVEN_BE, STAFF_SUR_BE),
                  'FR': (STAFF_GIVEN_FR, STAFF_SUR_FR)}.get(inst.country, (STAFF_GIVEN_EN, STAFF_SUR_EN))
        lst = []
        for key, rf, re_, df, de, doc in ROLES_INS:
            s = Staff(pick(rng, gl), pick(rng, sl), ik, rf, re_, df, de, doc, rng.randrange(3),
                      rng.randrange(100, 999))
            s.key = key
            lst.append(s)
        staff[ik] = lst
    return staff


# ----------------------------------------------------------------------------
# patients
# ----------------------------------------------------------------------------
class Patient:
    def __init__(self, **kw):
        self.nam = self.niss = self.nir = self.sin = self.hn = None
        self.hn_vc = ''
        self.__dict__.update(kw)

    @property
    def age(self):
        return age_at(self.dob)

    def pron(self, lang):
        if lang == 'fr':
            return 'elle' if self.sex == 'F' else 'il'
        return 'she' if self.sex == 'F' else 'he'

    def e(self):  # French agreement
        return 'e' if self.sex == 'F' else ''


QC_STREETS = ['rue des Pruches', 'boulevard des Hirondelles', 'rang du Petit-Bois', 'rue Sainte-Anicette',
              'avenue des Mélèzes', 'rue du Coteau-Fleuri', 'chemin des Quatre-Vents', 'rue Bellechasse-Ouest',
              'montée des Bouleaux', 'rue de la Gaspésienne']
QC_CITIES = [('Laval', 'H7N'), ('Longueuil', 'J4K'), ('Trois-Rivières', 'G9A'), ('Saint-Jérôme', 'J7Z'),
             ('Gatineau', 'J8Y'), ('Rimouski', 'G5L'), ('Sherbrooke', 'J1H'), ('Terrebonne', 'J6W'),
             ('Montréal', 'H2J'), ('Blainville', 'J7C')]
QC_AREA = {'Laval': '450', 'Longueuil': '450', 'Trois-Rivières': '819', 'Saint-Jérôme': '450',
           'Gatineau': '819', 'Rimouski': '418', 'Sherbrooke': '819', 'Terrebonne': '450',
           'Montréal': '514', 'Blainville': '450'}
BE_STREETS = ['rue des Houblonnières', 'rue du Vieux-Moulin', 'avenue des Tilleuls', 'rue Sous-le-Bois',
              'chaussée de Hannut', 'rue des Trois-Rois', 'clos des Aubépines']
BE_CITIES = [('4020', 'Liège', '4'), ('4000', 'Liège', '4'), ('5000', 'Namur', '81'), ('1070', 'Anderlecht', '2'),
             ('1300', 'Wavre', '10'), ('4800', 'Verviers', '87'), ('6000', 'Charleroi', '71')]
FR_STREETS = ['rue des Capucines', 'impasse du Moulin-Rouge', 'avenue Jean-Jaurès', 'rue des Hortensias',
              'chemin de la Source', 'boulevard des Platanes', 'rue du Vieux-Port']
FR_CITIES = [('69390', 'Rivemont', '69'), ('59000', 'Lille', '59'), ('62300', 'Lens', '62'), ('44000', 'Nantes', '44'),
             ('75011', 'Paris', '75'), ('31000', 'Toulouse', '31'), ('13006', 'Marseille', '13')]

BE_GIVEN_F = ['Marie', 'Nathalie', 'Isabelle', 'Christine', 'Sophie', 'Martine', 'Chantal', 'Élise', 'Léa', 'Julie']
BE_GIVEN_M = ['Jean', 'Michel', 'Philippe', 'Luc', 'Marc', 'Patrick', 'Dirk', 'Pieter', 'Thomas', 'Lucas', 'Noah']
BE_SUR = ['Dubois', 'Lambert', 'Janssens', 'Peeters', 'Maes', 'Claes', 'Wouters', 'Lemaire', 'Dumont', 'Renard',
          'Mertens', 'Willems', 'Goossens', 'Hermans', 'Jacobs', 'Dupont', 'Leclercq', 'Collard', 'Piron',
          'Gilson', 'Simons', 'Verhaegen', 'Henrard', 'Bastin', 'Lhoest']
FR_GIVEN_F = ['Camille', 'Sylvie', 'Françoise', 'Monique', 'Céline', 'Amandine', 'Chloé', 'Inès', 'Jeanne', 'Brigitte']
FR_GIVEN_M = ['Jean-Pierre', 'Bernard', 'Alain', 'Olivier', 'Nicolas', 'Julien', 'Kévin', 'Théo', 'Mathis', 'Yves']
FR_SUR = ['Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Lefebvre', 'Garcia', 'David', 'Bertrand',
          'Roux', 'Vincent', 'Bonnet', 'Dupuis', 'Fontaine', 'Rousseau', 'Blanc', 'Guérin', 'Muller', 'Henry',
          'Roussel', 'Perrin', 'Mathieu', 'Clément', 'Mercier', 'Boyer', 'Lefèvre']
ON_PEOPLE = [('Hughes', 'Margaret', 'F'), ('Kowalski', 'Robert', 'M'), ('MacLeod', 'Linda', 'F'),
             ('Thompson', 'Gary', 'M'), ('Fitzgerald', 'Eileen', 'F')]


def phone_qc(rng, city):
    return '%s-555-01%02d' % (QC_AREA.get(city, '514'), rng.randrange(100))


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append((sur, given, dt.date.fromisoformat(dob), sex, nam))
    return people


def rand_dob(rng, lo=1935, hi=2003):
    y = rng.randrange(lo, hi + 1)
    return dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))


def build_patients(rng):
    pts = {'QC': [], 'BE': [], 'FR': [], 'ON': []}
    for sur, given, dob, sex, nam in load_nam_people():
        city, pfx = pick(rng, QC_CITIES)
        p = Patient(surname=sur, given=given, dob=dob, sex=sex, nam=nam, country='QC',
                    mrn='%07d' % rng.randrange(1000000, 3999999),
                    address='%d, %s' % (rng.randrange(10, 9999), pick(rng, QC_STREETS)),
                    city=city, postal='%s %d%s%d' % (pfx, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVXY'),
                                                     rng.randrange(10)),
                    phone=phone_qc(rng, city), sin=make_sin(rng))
        pts['QC'].append(p)
    used = set()
    for country, n in (('BE', 40), ('FR', 40)):
        for _ in range(n):
            while True:
                sex = pick(rng, 'FM')
                if country == 'BE':
                    given = pick(rng, BE_GIVEN_F if sex == 'F' else BE_GIVEN_M)
                    sur = pick(rng, BE_SUR)
                else:
                    given = pick(rng, FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
                    sur = pick(rng, FR_SUR)
                if (sur, given) not in used:
                    used.add((sur, given))
                    break
            dob = rand_dob(rng, 1936, 2021)
            if country == 'BE':
                cp, city, zone = pick(rng, BE_CITIES)
                p = Patient(surname=sur, given=given, dob=dob, sex=sex, country='BE',
                            niss=make_niss(rng, dob, sex), mrn='%08d' % rng.randrange(10000000, 69999999),
                            address='%s %d' % (pick(rng, BE_STREETS), rng.randrange(1, 180)),
                            city=city, postal=cp,
                            phone='+32 %s 555 %02d %02d' % (zone, rng.randrange(100), rng.randrange(100)),
                            mutuelle='%03d-%07d' % (rng.randrange(100, 999), rng.randrange(10 ** 6, 10 ** 7)))
            else:
                cp, city, dept = pick(rng, FR_CITIES)
                p = Patient(surname=sur, given=given, dob=dob, sex=sex, country='FR',
                            nir=make_nir(rng, dob, sex), mrn='%010d' % rng.randrange(10 ** 9, 9 * 10 ** 9),
                            address='%d %s' % (rng.randrange(1, 150), pick(rng, FR_STREETS)),
                            city=city, postal=cp,
                            phone='06 55 5%d %02d %02d' % (rng.randrange(10), rng.randrange(100), rng.randrange(100)),
                            mutuelle='ATL%08d' % rng.randrange(10 ** 7, 10 ** 8))
            pts[country].append(p)
    for sur, given, sex in ON_PEOPLE:
        dob = rand_dob(rng, 1942, 1962)
        hn, vc = make_hn(rng)
        p = Patient(surname=sur, given=given, dob=dob, sex=sex, country='ON', hn=hn, hn_vc=vc,
                    mrn='%07d' % rng.randrange(4000000, 4999999),
                    address='%d %s' % (rng.randrange(10, 999), pick(rng, ['Maple Crescent', 'Riverside Dr', 'Birch St'])),
                    city=pick(rng, ['Ottawa', 'Kingston', 'Cornwall']), postal='K%dA 0%s%d' % (
                        rng.randrange(10), rng.choice('ABCEGH'), rng.randrange(10)),
                    phone='613-555-01%02d' % rng.randrange(100), sin=make_sin(rng))
        pts['ON'].append(p)
    return pts


# ----------------------------------------------------------------------------
# clinical scenarios (fr, en); labs are (name_fr, name_en, value)
# ----------------------------------------------------------------------------
class Scen:
    def __init__(self, key, dx_fr, dx_en, abbr, svc, peds, meds, labs, evo, needs):
        self.key, self.dx_fr, self.dx_en, self.abbr = key, dx_fr, dx_en, abbr
        self.svc, self.peds, self.meds, self.labs, self.evo, self.needs = svc, peds, meds, labs, evo, needs

    def dx(self, lang):
        return self.dx_fr if lang == 'fr' else self.dx_en

    def med_list(self, lang):
        return [m[0] if lang == 'fr' else m[1] for m in self.meds]

    def lab_list(self, lang):
        return [(l[0] if lang == 'fr' else l[1], frnum(l[2], lang)) for l in self.labs]


SVC = {'cardio': ('cardiologie', 'cardiology'), 'neuro': ('neurologie', 'neurology'),
       'pneumo': ('pneumologie', 'respirology'), 'icu': ('soins intensifs', 'ICU'),
       'ortho': ('orthopédie', 'orthopaedics'), 'hemato': ('hémato-oncologie', 'hemato-oncology'),
       'im': ('médecine interne', 'internal medicine'), 'nephro': ('néphrologie', 'nephrology'),
       'peds': ('pédiatrie', 'paediatrics'), 'gi': ('gastro-entérologie', 'gastroenterology'),
       'psy': ('psychiatrie', 'psychiatry')}

SCENARIOS = [
    Scen('stemi', "STEMI antérieur traité par angioplastie primaire de l'IVA (1 DES)",
         'anterior STEMI treated with primary PCI to the LAD (1 DES)', 'STEMI', 'cardio', False,
         [('AAS 80 mg DIE', 'ASA 80 mg daily'), ('ticagrélor 90 mg BID', 'ticagrelor 90 mg BID'),
          ('atorvastatine 80 mg HS', 'atorvastatin 80 mg HS'), ('bisoprolol 2.5 mg DIE', 'bisoprolol 2.5 mg daily')],
         [('troponine T hs (pic)', 'peak hs troponin T', '4870 ng/L'), ('FEVG (écho)', 'LVEF (echo)', '35 %'),
          ('créatinine', 'creatinine', '92 µmol/L')],
         ("Pas de récidive angineuse, pas d'arythmie à la télémétrie depuis 72 h.",
          'No recurrent angina, no arrhythmia on telemetry for 72 h.'),
         ('scope + IDE', 'cardiac monitor + nurse escort')),
    Scen('avc', 'AVC ischémique sylvien gauche, thrombolysé (aphasie résiduelle)',
         'left MCA ischaemic stroke, thrombolysed (residual aphasia)', 'AVC', 'neuro', False,
         [('clopidogrel 75 mg DIE', 'clopidogrel 75 mg daily'), ('atorvastatine 40 mg', 'atorvastatin 40 mg'),
          ('périndopril 4 mg', 'perindopril 4 mg')],
         [('LDL', 'LDL', '3.9 mmol/L'), ('HbA1c', 'HbA1c', '6.8 %'), ('NIHSS à J5', 'NIHSS day 5', '6')],
         ('Récupération motrice partielle du MSD, aphasie de compréhension en amélioration.',
          'Partial motor recovery of the right arm, receptive aphasia improving.'),
         ('civière, accompagnement IDE', 'stretcher, nurse escort')),
    Scen('hip', 'fracture du col du fémur droit, prothèse intermédiaire posée',
         'right femoral neck fracture, hemiarthroplasty done', 'FX hanche', 'ortho', False,
         [('énoxaparine 40 mg SC DIE', 'enoxaparin 40 mg SC daily'), ('hydromorphone 1 mg PO q4h PRN', 'hydromorphone 1 mg PO q4h PRN'),
          ('acétaminophène 1 g QID', 'acetaminophen 1 g QID')],
         [('Hb', 'Hb', '94 g/L'), ('créatinine', 'creatinine', '104 µmol/L')],
         ('Mise en charge complète autorisée, transferts lit-fauteuil avec aide.',
          'Full weight bearing allowed, bed-to-chair transfers with assistance.'),
         ('civière, fauteuil à l\'arrivée', 'stretcher, wheelchair on arrival')),
    Scen('pneumonia', "pneumonie communautaire sévère avec insuffisance respiratoire (séjour de 4 jours aux SI)",
         'severe community-acquired pneumonia with respiratory failure (4 days in ICU)', 'PNEUMONIE', 'pneumo', False,
         [('ceftriaxone 2 g IV DIE', 'ceftriaxone 2 g IV daily'), ('azithromycine 500 mg DIE', 'azithromycin 500 mg daily')],
         [('CRP', 'CRP', '214 mg/L'), ('leucocytes', 'WBC', '18.4 x10^9/L'), ('PaO2/FiO2', 'P/F ratio', '180')],
         ('Sevré de l\'O2 à haut débit, actuellement 2 L/min aux lunettes.', 'Weaned off high-flow, now on 2 L/min nasal prongs.'),
         ('O2 2 L/min en vol', 'in-flight O2 2 L/min')),
    Scen('urosepsis', 'choc septique à point de départ urinaire (E. coli BLSE)',
         'septic shock of urinary origin (ESBL E. coli)', 'SEPSIS', 'icu', False,
         [('méropénem 1 g IV q8h', 'meropenem 1 g IV q8h'), ('norépinéphrine (sevrée J3)', 'norepinephrine (weaned day 3)')],
         [('lactates', 'lactate', '3.1 mmol/L'), ('créatinine', 'creatinine', '186 µmol/L'), ('hémocultures', 'blood cultures', 'E. coli BLSE 2/2')],
         ('Hémodynamique stable sans amines depuis 48 h, diurèse conservée.', 'Haemodynamically stable off pressors for 48 h.'),
         ('isolement contact (BLSE)', 'contact precautions (ESBL)')),
    Scen('hf', 'insuffisance cardiaque décompensée sur cardiomyopathie dilatée (FEVG 25 %)',
         'decompensated heart failure, dilated cardiomyopathy (LVEF 25%)', 'IC', 'cardio', False,
         [('furosémide 40 mg IV BID', 'furosemide 40 mg IV BID'), ('sacubitril-valsartan 49/51 mg BID', 'sacubitril-valsartan 49/51 mg BID'),
          ('spironolactone 25 mg DIE', 'spironolactone 25 mg daily'), ('dapagliflozine 10 mg', 'dapagliflozin 10 mg')],
         [('NT-proBNP', 'NT-proBNP', '8900 pg/mL'), ('K+', 'K+', '5.4 mmol/L'), ('Na+', 'Na+', '129 mmol/L')],
         ('Perte de 6 kg sous diurétiques, orthopnée résolue.', 'Lost 6 kg on diuretics, orthopnoea resolved.'),
         ('position semi-assise', 'semi-recumbent')),
    Scen('pe', 'embolie pulmonaire bilatérale sans retentissement ventriculaire droit',
         'bilateral pulmonary embolism without RV strain', 'EP', 'im', False,
         [('apixaban 10 mg BID x 7 j puis 5 mg BID', 'apixaban 10 mg BID x 7 d then 5 mg BID')],
         [('D-dimères', 'D-dimer', '4.2 mg/L'), ('troponine', 'troponin', '62 ng/L')],
         ('Eupnéique à l\'air ambiant, marche dans le corridor.', 'Comfortable on room air, walking in the corridor.'),
         ('place assise, bas de contention', 'seated, compression stockings')),
    Scen('hsa', "hémorragie sous-arachnoïdienne sur rupture d'anévrisme de l'ACoA (embolisé)",
         'subarachnoid haemorrhage from ruptured ACoA aneurysm (coiled)', 'HSA', 'neuro', False,
         [('nimodipine 60 mg q4h', 'nimodipine 60 mg q4h'), ('lévétiracétam 500 mg BID', 'levetiracetam 500 mg BID')],
         [('Na+', 'Na+', '131 mmol/L'), ('Doppler transcrânien', 'TCD', 'pas de vasospasme')],
         ('Glasgow 15, céphalées contrôlées, pas de vasospasme clinique à J12.', 'GCS 15, headache controlled, no clinical vasospasm at day 12.'),
         ('médecin à bord', 'physician escort')),
    Scen('trauma', 'polytraumatisme (AVP) : fractures costales 4-8 G, contusion pulmonaire, fracture du bassin',
         'polytrauma (MVC): left rib fractures 4-8, pulmonary contusion, pelvic fracture', 'POLYTRAUMA', 'icu', False,
         [('morphine PCA', 'morphine PCA'), ('énoxaparine 40 mg SC', 'enoxaparin 40 mg SC')],
         [('Hb', 'Hb', '78 g/L (2 culots transfusés)'), ('lactates', 'lactate', '2.4 mmol/L')],
         ('Extubé à J4, douleur contrôlée, bassin non chirurgical.', 'Extubated day 4, pain controlled, pelvis managed non-operatively.'),
         ('matelas coquille', 'vacuum mattress')),
    Scen('pancreatitis', 'pancréatite aiguë biliaire (Balthazar C)', 'acute biliary pancreatitis (Balthazar C)', 'PANCREATITE', 'gi', False,
         [('hydromorphone 1 mg SC q3h PRN', 'hydromorphone 1 mg SC q3h PRN'), ('pantoprazole 40 mg IV', 'pantoprazole 40 mg IV')],
         [('lipase', 'lipase', '2400 U/L'), ('bilirubine', 'bilirubin', '48 µmol/L')],
         ('Réalimentation orale en cours, cholécystectomie à prévoir à distance.', 'Oral diet resumed, interval cholecystectomy to be planned.'),
         ('position assise', 'seated')),
    Scen('copd', "exacerbation de BPCO avec acidose respiratoire (VNI 3 jours)",
         'COPD exacerbation with respiratory acidosis (3 days NIV)', 'BPCO', 'pneumo', False,
         [('prednisone 40 mg x 5 j', 'prednisone 40 mg x 5 d'), ('salbutamol/ipratropium en nébulisation', 'salbutamol/ipratropium nebs'),
          ('tiotropium 18 µg DIE', 'tiotropium 18 mcg daily')],
         [('pH', 'pH', '7.29'), ('PaCO2', 'PaCO2', '68 mmHg')],
         ('Sevré de la VNI, SpO2 90-92 % sous 1 L/min.', 'Off NIV, SpO2 90-92% on 1 L/min.'),
         ('O2 1-2 L/min, concentrateur en vol', 'O2 1-2 L/min, in-flight concentrator')),
    Scen('aml', 'leucémie aiguë myéloïde nouvellement diagnostiquée (induction à débuter)',
         'newly diagnosed acute myeloid leukaemia (induction pending)', 'LAM', 'hemato', False,
         [('allopurinol 300 mg DIE', 'allopurinol 300 mg daily'), ('valacyclovir 500 mg BID', 'valacyclovir 500 mg BID')],
         [('leucocytes', 'WBC', '87 x10^9/L'), ('blastes', 'blasts', '64 %'), ('plaquettes', 'platelets', '21 x10^9/L')],
         ("Souhaite recevoir l'induction au Québec, près de sa famille.", 'Wishes to receive induction in Quebec, close to family.'),
         ('transfusion plaquettaire avant vol', 'platelet transfusion before flight')),
    Scen('dka', 'acidocétose diabétique sur diabète de type 1', 'diabetic ketoacidosis, type 1 diabetes', 'ACD', 'im', False,
         [('insuline glargine 18 U HS', 'insulin glargine 18 U HS'), ('insuline lispro selon échelle', 'insulin lispro sliding scale')],
         [('pH', 'pH', '7.08'), ('glycémie', 'glucose', '32.4 mmol/L'), ('HbA1c', 'HbA1c', '11.2 %')],
         ('Trou anionique fermé, retour au schéma basal-bolus.', 'Anion gap closed, back on basal-bolus.'),
         ('glucomètre + collation', 'glucometer + snacks')),
    Scen('ktx', 'greffe rénale (2019) – suspicion de rejet aigu', 'kidney transplant (2019) – suspected acute rejection', 'REJET GREFFE', 'nephro', False,
         [('tacrolimus 3 mg BID', 'tacrolimus 3 mg BID'), ('mycophénolate 720 mg BID', 'mycophenolate 720 mg BID'),
          ('prednisone 5 mg DIE', 'prednisone 5 mg daily')],
         [('créatinine', 'creatinine', '248 µmol/L (base 110)'), ('tacrolimus résiduel', 'tacrolimus trough', '4.1 µg/L')],
         ('Biopsie du greffon à discuter avec l\'équipe de transplantation.', 'Graft biopsy to be discussed with the transplant team.'),
         ('aucun', 'none')),
    Scen('ms', 'poussée de sclérose en plaques (névrite optique gauche)', 'multiple sclerosis relapse (left optic neuritis)', 'SEP', 'neuro', False,
         [('méthylprednisolone 1 g IV x 3 j', 'methylprednisolone 1 g IV x 3 d'), ('ocrelizumab (dernière dose 10/2024)', 'ocrelizumab (last dose 10/2024)')],
         [('bandes oligoclonales', 'oligoclonal bands', 'positives'), ('IRM', 'MRI', '3 lésions rehaussées')],
         ('Acuité visuelle OG en amélioration (3/10 -> 6/10).', 'Left visual acuity improving (20/70 -> 20/40).'),
         ('aucun', 'none')),
    Scen('sdh', 'traumatisme crânien avec hématome sous-dural aigu évacué (patient sous warfarine)',
         'head injury with acute subdural haematoma evacuated (on warfarin)', 'HSD', 'neuro', False,
         [('lévétiracétam 500 mg BID', 'levetiracetam 500 mg BID'), ('warfarine suspendue', 'warfarin on hold')],
         [('INR à l\'admission', 'INR on admission', '3.4'), ('Hb', 'Hb', '112 g/L')],
         ('Glasgow 14, légère désorientation temporelle.', 'GCS 14, mildly disoriented to time.'),
         ('médecin à bord, pas de vol > FL 250', 'physician escort, cabin altitude restriction')),
    Scen('crohn', 'maladie de Crohn iléale en poussée sévère', 'severe ileal Crohn\'s disease flare', 'CROHN', 'gi', False,
         [('adalimumab 40 mg SC q2 sem', 'adalimumab 40 mg SC q2wk'), ('prednisone 40 mg DIE', 'prednisone 40 mg daily')],
         [('CRP', 'CRP', '96 mg/L'), ('calprotectine fécale', 'faecal calprotectin', '1450 µg/g')],
         ('Transit repris, douleurs en nette diminution.', 'Bowel function back, pain much improved.'),
         ('aucun', 'none')),
    Scen('breast', 'cancer du sein HER2+ sous chimiothérapie, neutropénie fébrile',
         'HER2+ breast cancer on chemotherapy, febrile neutropenia', 'NEUTROPENIE', 'hemato', False,
         [('trastuzumab (cycle 4/6)', 'trastuzumab (cycle 4/6)'), ('pipéracilline-tazobactam 4.5 g IV q8h', 'piperacillin-tazobactam 4.5 g IV q8h'),
          ('filgrastim 300 µg SC', 'filgrastim 300 mcg SC')],
         [('neutrophiles', 'ANC', '0.3 x10^9/L'), ('CRP', 'CRP', '132 mg/L')],
         ('Apyrétique depuis 36 h, neutrophiles en remontée.', 'Afebrile for 36 h, counts recovering.'),
         ('masque, éviter les zones bondées', 'mask, avoid crowded areas')),
    Scen('lithium', 'intoxication au lithium chez une personne suivie pour trouble bipolaire',
         'lithium toxicity in a patient followed for bipolar disorder', 'LITHIUM', 'psy', False,
         [('lithium suspendu', 'lithium on hold'), ('quétiapine 100 mg HS', 'quetiapine 100 mg HS')],
         [('lithémie', 'lithium level', '2.3 mmol/L'), ('créatinine', 'creatinine', '141 µmol/L')],
         ('État mental stabilisé, suivi psychiatrique à organiser.', 'Mental status back to baseline, psychiatric follow-up needed.'),
         ('accompagnement', 'escort')),
    # paediatrics
    Scen('bronchio', 'bronchiolite à VRS avec désaturations', 'RSV bronchiolitis with desaturations', 'BRONCHIOLITE', 'peds', True,
         [('NaCl 3 % en nébulisation', 'nebulised 3% saline')],
         [('PCR VRS', 'RSV PCR', 'positive'), ('SpO2 à l\'admission', 'SpO2 on admission', '88 %')],
         ('Alimentation reprise, sevré de l\'oxygène.', 'Feeding well, off oxygen.'),
         ('accompagnement parental', 'parent escort')),
    Scen('fallot', 'tétralogie de Fallot opérée – suivi, palpitations', 'repaired tetralogy of Fallot – follow-up, palpitations', 'FALLOT', 'peds', True,
         [('propranolol 1 mg/kg/j', 'propranolol 1 mg/kg/day')],
         [('BNP', 'BNP', '210 pg/mL'), ('Holter', 'Holter', 'ESV fréquentes')],
         ('Pas de syncope, échographie à revoir par la cardiopédiatrie.', 'No syncope, echo to be reviewed by paediatric cardiology.'),
         ('aucun', 'none')),
    Scen('all', 'leucémie aiguë lymphoblastique B, phase de maintenance', 'B-cell acute lymphoblastic leukaemia, maintenance phase', 'LAL', 'peds', True,
         [('6-mercaptopurine 50 mg DIE', '6-mercaptopurine 50 mg daily'), ('méthotrexate 20 mg PO hebdo', 'methotrexate 20 mg PO weekly'),
          ('cotrimoxazole 3 j/sem', 'co-trimoxazole 3 d/wk')],
         [('neutrophiles', 'ANC', '0.9 x10^9/L'), ('ALT', 'ALT', '88 U/L')],
         ('Maintenance à poursuivre pendant le séjour, FSC hebdomadaire.', 'Maintenance to continue during the stay, weekly CBC.'),
         ('aucun', 'none')),
    Scen('cf', 'mucoviscidose (F508del homozygote) – exacerbation pulmonaire', 'cystic fibrosis (F508del homozygous) – pulmonary exacerbation', 'MUCO', 'peds', True,
         [('tobramycine inhalée 300 mg BID', 'inhaled tobramycin 300 mg BID'), ('élexacaftor/tézacaftor/ivacaftor', 'elexacaftor/tezacaftor/ivacaftor')],
         [('VEMS', 'FEV1', '54 %'), ('test de la sueur', 'sweat chloride', '98 mmol/L')],
         ('Amélioration sous antibiothérapie IV, VEMS à recontrôler.', 'Improving on IV antibiotics, FEV1 to be repeated.'),
         ('O2 au besoin', 'O2 as needed')),
    Scen('dravet', "syndrome de Dravet – état de mal épileptique", 'Dravet syndrome – status epilepticus', 'DRAVET', 'peds', True,
         [('stiripentol 50 mg/kg/j', 'stiripentol 50 mg/kg/day'), ('valproate 20 mg/kg/j', 'valproate 20 mg/kg/day'),
          ('midazolam buccal en secours', 'buccal midazolam rescue')],
         [('valproatémie', 'valproate level', '62 mg/L')],
         ('Pas de crise depuis 5 jours.', 'Seizure-free for 5 days.'),
         ('midazolam à bord', 'rescue midazolam on board')),
]
ADULT_SCEN = [s for s in SCENARIOS if not s.peds]
PEDS_SCEN = [s for s in SCENARIOS if s.peds]

SOCIAL = [
    ('vit seule au 3e étage sans ascenseur; sa fille habite Gatineau et est peu disponible',
     'lives alone on a 3rd floor walk-up; daughter lives out of town and is rarely available'),
    ('veuve depuis janvier, isolement social important', 'widowed in January, significant social isolation'),
    ("n'avait pas souscrit d'assurance voyage; très inquiète des frais d'hospitalisation",
     'had no travel insurance; very worried about hospital costs'),
    ("proche aidante de son conjoint atteint d'Alzheimer, resté seul à domicile",
     'caregiver for a spouse with Alzheimer disease who is now alone at home'),
    ('consommation d\'alcool quotidienne rapportée (6 à 8 consommations/jour)', 'reports daily alcohol use (6-8 drinks/day)'),
    ('en situation d\'itinérance avant le départ, pas d\'adresse fixe au Québec', 'was homeless before the trip, no fixed address'),
    ('sous régime de protection (tutelle au majeur), curatrice : sa sœur', 'under legal guardianship, guardian is her sister'),
    ('violence conjugale rapportée à l\'équipe : ne pas communiquer avec le conjoint', 'disclosed intimate partner violence: do not contact the spouse'),
    ('en instance de divorce, demande que son ex-conjoint ne soit pas informé', 'going through a divorce, asks that the ex-spouse not be informed'),
    ('perte d\'emploi récente, difficultés financières importantes', 'recently lost job, significant financial hardship'),
    ('barrière linguistique (parle surtout arabe), le fils sert d\'interprète', 'language barrier (mostly Arabic), son interprets'),
    ('absent du Québec depuis plus de 183 jours : admissibilité RAMQ à vérifier', 'out of province > 183 days: RAMQ eligibility to be checked'),
]
SOCIAL_PEDS = [
    ('famille monoparentale, la mère est sans emploi et sans voiture', 'single-parent family, mother unemployed, no car'),
    ('signalement à la DPJ en cours, garde confiée à la grand-mère', 'youth protection report in progress, grandmother has custody'),
    ('parents séparés, garde partagée conflictuelle', 'separated parents, contentious shared custody'),
]


# ----------------------------------------------------------------------------
# writing helpers: greetings, closings, signatures, quotes and forwards
# ----------------------------------------------------------------------------
DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et les pièces jointes peuvent contenir des "
                 "renseignements confidentiels destinés uniquement au(x) destinataire(s) indiqué(s). "
                 "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
                 "information intended only for the named recipient(s). If you received it in error, "
                 "please notify the sender and delete it.")


def greet(rng, lang, st=None, familiar=False, group=False):
    if group:
        return pick(rng, ['Bonjour à tous,', 'Bonjour à toutes et à tous,', 'Bonjour,', 'Hello tout le monde,']
                    if lang == 'fr' else ['Hi all,', 'Hello everyone,', 'Good morning all,', 'Hi team,'])
    if st is None:
        return pick(rng, ['Bonjour,', 'Madame, Monsieur,', 'Bonjour,']) if lang == 'fr' else \
            pick(rng, ['Hello,', 'Good afternoon,', 'Hi,'])
    t = st.title(lang)
    if lang == 'fr':
        opts = ['Bonjour %s,' % st.given] if familiar else []
        if t:
            opts += ['Bonjour %s %s,' % (t, st.surname), 'Chère consœur,' if st.female else 'Cher confrère,',
                     'Bonjour Docteur %s,' % st.surname]
        else:
            opts += ['Bonjour %s %s,' % ('Madame' if st.female else 'Monsieur', st.surname),
                     'Bonjour %s,' % st.given, 'Bonjour,']
        if familiar:
            opts += ['Salut %s,' % st.given, 'Allo %s,' % st.given, '%s,' % st.given]
        return pick(rng, opts)
    opts = ['Hi %s,' % st.given] if familiar else []
    opts += ['Dear %s %s,' % (t or ('Ms.' if st.female else 'Mr.'), st.surname), 'Hello %s,' % st.given]
    return pick(rng, opts)


def closing(rng, lang, european=False):
    if lang == 'fr':
        if european:
            return pick(rng, ['Bien confraternellement,', 'Bien à vous,', 'Cordialement,', 'Bien cordialement,',
                              'Avec mes remerciements,'])
        return pick(rng, ['Merci et bonne journée,', 'Merci beaucoup!', 'Bonne journée,', 'Cordialement,',
                          'Merci à l\'avance,', 'Merci!', 'Au plaisir,', 'Bonne fin de journée,'])
    return pick(rng, ['Thanks,', 'Best regards,', 'Kind regards,', 'Many thanks,', 'Regards,', 'Thank you,', 'Best,'])


def signature(rng, st, lang, mobile=None, disclaimer=None):
    inst = INSTS[st.inst]
    if mobile is None:
        mobile = chance(rng, 0.1)
    if mobile:
        return pick(rng, ['Envoyé de mon iPhone', 'Envoyé de mon cellulaire', '%s' % st.given]
                    if lang == 'fr' else ['Sent from my iPhone', 'Sent from my mobile', st.given])
    style = rng.randrange(4)
    lines = []
    if style == 0:
        lines.append('--')
    name = st.display(lang, with_title=chance(rng, 0.6))
    if st.doctor and lang == 'fr' and INSTS[st.inst].country == 'QC' and chance(rng, 0.3):
        name = '%s, MD, FRCPC' % st.display(lang)
    lines.append(name)
    lines.append(st.role(lang))
    if style != 3:
        lines.append(st.dept(lang))
    lines.append(inst.name)
    if style in (1, 2):
        lines.append(inst.addr)
    if inst.country in ('QC', 'ON', 'NS'):
        tel = '%s, %s %s' % (inst.phone, 'poste' if lang == 'fr' else 'ext.', st.ext)
    else:
        tel = inst.phone[:-2] + '%02d' % (st.ext % 100)
    lines.append(('Tél. : ' if lang == 'fr' else 'Tel: ') + tel)
    if chance(rng, 0.4):
        lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + inst.phone[:-2] + '99')
    if chance(rng, 0.5):
        lines.append(st.email)
    if disclaimer is None:
        disclaimer = chance(rng, 0.35)
    if disclaimer:
        lines.append('')
        lines.append(DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN)
        if lang == 'fr' and chance(rng, 0.4):
            lines.append(DISCLAIMER_EN)
    return '\n'.join(lines)


def fmt_when(d, lang, style):
    if lang == 'fr':
        if style == 'tb':
            return '%s %s à %s' % (JOURS[d.weekday()][:3] + '.', fdate(d, 'fr_long'), d.strftime('%H:%M'))
        return '%s %s' % (fdate(d, 'fr_long'), d.strftime('%H:%M'))
    h = d.hour % 12 or 12
    return '%s, %s %d, %d %d:%02d %s' % (DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year, h,
                                         d.minute, 'AM' if d.hour < 12 else 'PM')


def quote(text, who, when, lang, style, subject='', to=''):
    """Return a reply/forward block (plain text)."""
    name, addr = who
    if style == 'gt':
        if lang == 'fr':
            head = 'Le %s, %s <%s> a écrit :' % (fmt_when(when, lang, 'tb'), name, addr)
        else:
            head = 'On %s %s <%s> wrote:' % (fmt_when(when, lang, ''), name, addr)
        body = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        return head + '\n' + body
    if style == 'outlook':
        if lang == 'fr':
            head = ["-----Message d'origine-----", 'De : %s <%s>' % (name, addr),
                    'Envoyé : %s %s' % (JOURS[when.weekday()], fmt_when(when, 'fr', '')),
                    'À : %s' % to, 'Objet : %s' % subject]
        else:
            head = ['-----Original Message-----', 'From: %s <%s>' % (name, addr),
                    'Sent: %s' % fmt_when(when, 'en', ''), 'To: %s' % to, 'Subject: %s' % subject]
        return '\n'.join(head) + '\n\n' + text
    if style == 'outlook2':
        if lang == 'fr':
            head = ['_' * 32, 'De : %s <%s>' % (name, addr),
                    'Envoyé : %s %s' % (JOURS[when.weekday()], fmt_when(when, 'fr', '')),
                    'À : %s' % to, 'Objet : %s' % subject]
        else:
            head = ['_' * 32, 'From: %s <%s>' % (name, addr), 'Sent: %s' % fmt_when(when, 'en', ''),
                    'To: %s' % to, 'Subject: %s' % subject]
        return '\n'.join(head) + '\n\n' + text
    if style == 'fwd':
        if lang == 'fr':
            head = ['-------- Message transféré --------', 'Sujet : %s' % subject,
                    'Date : %s' % fmt_when(when, 'fr', 'tb'), 'De : %s <%s>' % (name, addr), 'Pour : %s' % to]
        else:
            head = ['---------- Forwarded message ---------', 'From: %s <%s>' % (name, addr),
                    'Date: %s' % fmt_when(when, 'en', ''), 'Subject: %s' % subject, 'To: %s' % to]
        return '\n'.join(head) + '\n\n' + text
    if style == 'apple':
        if lang == 'fr':
            head = ['Début du message réexpédié :', '', 'De: %s <%s>' % (name, addr),
                    'Objet: %s' % subject, 'Date: %s' % fmt_when(when, 'fr', 'tb'), 'À: %s' % to]
        else:
            head = ['Begin forwarded message:', '', 'From: %s <%s>' % (name, addr),
                    'Subject: %s' % subject, 'Date: %s' % fmt_when(when, 'en', ''), 'To: %s' % to]
        return '\n'.join(head) + '\n\n' + text
    raise ValueError(style)


def reply_style(rng):
    return pick(rng, ['gt', 'gt', 'outlook', 'outlook2'])


def fwd_style(rng):
    return pick(rng, ['fwd', 'outlook', 'apple', 'outlook2'])


def re_prefix(rng, lang):
    return pick(rng, ['RE: ', 'Re: ', 'RE : ', 'Re : ']) if lang == 'fr' else pick(rng, ['RE: ', 'Re: '])


def fw_prefix(rng, lang):
    return pick(rng, ['TR: ', 'Tr : ', 'Fwd: ', 'TR : ']) if lang == 'fr' else pick(rng, ['FW: ', 'Fwd: ', 'FWD: '])


def addr_str(who):
    return '%s <%s>' % who


BASE_DATE = dt.datetime(2025, 1, 6, 8, 0)


def msg_date(rng):
    d = BASE_DATE + dt.timedelta(days=rng.randrange(0, 172), minutes=rng.randrange(0, 11 * 60))
    if d.weekday() >= 5 and chance(rng, 0.8):
        d += dt.timedelta(days=7 - d.weekday())
    off = -4 if d >= dt.datetime(2025, 3, 9, 2) else -5
    return d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))


def earlier(rng, d, tz_hours=None, min_minutes=20, max_minutes=3 * 24 * 60):
    e = d - dt.timedelta(minutes=rng.randrange(min_minutes, max_minutes))
    if tz_hours is not None:
        e = e.astimezone(dt.timezone(dt.timedelta(hours=tz_hours)))
    return e


def eu_tz(d):
    return 2 if d >= dt.datetime(2025, 3, 30, tzinfo=dt.timezone.utc) else 1


def to_local(d, inst):
    tz = INSTS[inst].tz
    if tz == 1:
        tz = eu_tz(d)
    elif tz == -5 and d >= dt.datetime(2025, 3, 9, 7, tzinfo=dt.timezone.utc):
        tz = -4
    return d.astimezone(dt.timezone(dt.timedelta(hours=tz)))


# ----------------------------------------------------------------------------
# attachments (all byte-for-byte reproducible)
# ----------------------------------------------------------------------------
FALLBACK = {'’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', '€': 'EUR', 'œ': 'oe',
            'Œ': 'OE', '…': '...', '\u202f': ' ', '≥': '>=', '≤': '<=', '→': '->', '•': '*', '✔': 'x'}


def fit_charset(text, charset):
    if charset.lower() in ('utf-8', 'utf8'):
        return text
    out = []
    for ch in text:
        try:
            ch.encode(charset)
            out.append(ch)
        except UnicodeEncodeError:
            rep = FALLBACK.get(ch)
            if rep is None:
                rep = strip_accents(ch)
                try:
                    rep.encode(charset)
                except UnicodeEncodeError:
                    rep = '?'
            out.append(rep)
    return ''.join(out)


def normalize_zip(data, core_fix=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if core_fix and info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)',
                                 lambda m: m.group(1) + CORE_DT.encode() + m.group(3), content)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(blocks, title='', author='', compress=True, scanned=False):
    """blocks: list of (kind, payload): h, p, kv [(k, v)], table [rows], sp."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import simpleSplit
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(fit_charset(title, 'cp1252'))
    c.setAuthor(fit_charset(author, 'cp1252'))
    c.setCreator('Numérisation / DocuPrint' if scanned else 'Dossier clinique informatisé')
    W, H = A4
    if scanned:
        c.setFillGray(0.82)
        c.rect(40, 120, W - 80, H - 200, stroke=0, fill=1)
        c.setFillGray(0.35)
        c.setFont('Helvetica', 7)
        c.drawString(40, 100, 'Document numérisé - page 1/1 - image seulement')
        c.showPage()
        c.save()
        return buf.getvalue()
    y = H - 60
    left, width = 50, W - 100

    def need(h):
        nonlocal y
        if y - h < 60:
            c.showPage()
            y = H - 60

    for kind, payload in blocks:
        if kind == 'h':
            need(24)
            c.setFont('Helvetica-Bold', 13)
            c.drawString(left, y, fit_charset(payload, 'cp1252'))
            y -= 22
        elif kind == 'p':
            lines = simpleSplit(fit_charset(payload, 'cp1252'), 'Helvetica', 10, width)
            for ln in lines:
                need(14)
                c.setFont('Helvetica', 10)
                c.drawString(left, y, ln)
                y -= 13
            y -= 5
        elif kind == 'kv':
            for k, v in payload:
                lines = simpleSplit(fit_charset(v, 'cp1252'), 'Helvetica', 10, width - 150)
                need(14 * max(1, len(lines)))
                c.setFont('Helvetica-Bold', 10)
                c.drawString(left, y, fit_charset(k, 'cp1252'))
                c.setFont('Helvetica', 10)
                for ln in lines or ['']:
                    c.drawString(left + 150, y, ln)
                    y -= 13
            y -= 5
        elif kind == 'table':
            ncol = len(payload[0])
            colw = width / ncol
            for ri, row in enumerate(payload):
                need(14)
                c.setFont('Helvetica-Bold' if ri == 0 else 'Helvetica', 8.5)
                for ci, cell in enumerate(row):
                    txt = fit_charset(str(cell), 'cp1252')
                    while txt and c.stringWidth(txt, 'Helvetica', 8.5) > colw - 4:
                        txt = txt[:-1]
                    c.drawString(left + ci * colw, y, txt)
                y -= 12
            y -= 6
        elif kind == 'sp':
            y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(blocks, title='', author=''):
    import docx
    d = docx.Document()
    for kind, payload in blocks:
        if kind == 'h':
            d.add_heading(payload, level=1)
        elif kind == 'h2':
            d.add_heading(payload, level=2)
        elif kind == 'p':
            d.add_paragraph(payload)
        elif kind == 'kv':
            for k, v in payload:
                para = d.add_paragraph()
                para.add_run(k + ' ').bold = True
                para.add_run(v)
        elif kind == 'bullets':
            for b in payload:
                d.add_paragraph(b, style='List Bullet')
        elif kind == 'table':
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = 'Table Grid'
            for ri, row in enumerate(payload):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).text = str(cell)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 3
    fixed = dt.datetime(2025, 3, 3, 9, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for ci in range(len(rows[0])):
                width = max(len(str(r[ci])) if ci < len(r) else 0 for r in rows)
                ws.column_dimensions[openpyxl.utils.get_column_letter(ci + 1)].width = min(60, width + 2)
    fixed = dt.datetime(2025, 3, 3, 9, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delim=';', encoding='utf-8', newline='\r\n'):
    out = []
    for r in rows:
        cells = []
        for c in r:
            s = str(c)
            if delim in s or '"' in s or '\n' in s:
                s = '"' + s.replace('"', '""') + '"'
            cells.append(s)
        out.append(delim.join(cells))
    text = newline.join(out) + newline
    if encoding == 'utf-8-sig':
        return b'\xef\xbb\xbf' + text.encode('utf-8')
    return fit_charset(text, encoding).encode(encoding)


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    parts, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return '\r\n '.join(parts)


def make_ics(uid, summary, description, start, minutes, location, organizer, attendees, method='REQUEST'):
    fmt = lambda d: d.astimezone(dt.timezone.utc).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Deux-Rives//Agenda 5.2//FR', 'VERSION:2.0', 'METHOD:%s' % method,
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250303T093000Z',
             'DTSTART:%s' % fmt(start), 'DTEND:%s' % fmt(start + dt.timedelta(minutes=minutes)),
             'SUMMARY:%s' % ics_escape(summary), 'DESCRIPTION:%s' % ics_escape(description),
             'LOCATION:%s' % ics_escape(location),
             'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for name, addr in attendees:
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (name, addr))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(fn, n, tel, adr=None, note=None, email_addr=None, org=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s' % n, 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if tel:
        for kind, num in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email_addr:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_addr)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s' % adr)
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


PNG_LOGO = base64.b64decode(
    'iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAGklEQVR4nGNkYPjPQAxgIkrVqMJRhQNZIQAKLgEH'
    'yGd2bQAAAABJRU5ErkJggg==')


def tiny_png(rgb=(0, 84, 140), w=24, h=8):
    import struct
    import zlib
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


PNG_LOGO = tiny_png()


# ----------------------------------------------------------------------------
# MIME rendering (hand-made so every transport detail is controlled)
# ----------------------------------------------------------------------------
class Att:
    def __init__(self, filename, ctype, data, cte=None, inline_cid=None, src=''):
        self.filename, self.ctype, self.data, self.cte, self.inline_cid = filename, ctype, data, cte, inline_cid
        self.src = src  # plain-text view of the content, used by the label witness check


def blocks_text(blocks):
    out = []
    for kind, payload in blocks:
        if kind in ('h', 'h2', 'p'):
            out.append(payload)
        elif kind == 'kv':
            out.extend('%s %s' % kv for kv in payload)
        elif kind in ('table',):
            out.extend(' | '.join(str(x) for x in r) for r in payload)
        elif kind == 'bullets':
            out.extend(payload)
    return '\n'.join(out)


def pdf_att(fname, blocks, title='', author='', compress=True, scanned=False):
    return Att(fname, 'application/pdf', make_pdf(blocks, title, author, compress, scanned),
               src='' if scanned else blocks_text(blocks))


def docx_att(fname, blocks, title='', author=''):
    return Att(fname, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               make_docx(blocks, title, author), src=blocks_text(blocks))


def xlsx_att(fname, sheets, author=''):
    src = '\n'.join(' | '.join(str(x) for x in r) for _, rows in sheets for r in rows)
    return Att(fname, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
               make_xlsx(sheets, author), src=src)


def csv_att(fname, rows, delim=';', encoding='utf-8', cte=None):
    src = '\n'.join(' | '.join(str(x) for x in r) for r in rows)
    return Att(fname, 'text/csv; charset="%s"' % ('utf-8' if encoding == 'utf-8-sig' else encoding),
               make_csv(rows, delim, encoding), cte=cte, src=src)


class Mail:
    def __init__(self, sender, to, subject, text, lang, date, cc=(), html=None, atts=(), note='',
                 in_reply_to=None, form=None, charset=None, cte=None, client=None, importance=None):
        self.sender = sender
        self.to, self.cc = list(to), list(cc)
        self.subject, self.text, self.html, self.lang, self.date = subject, text, html, lang, date
        self.atts, self.note, self.in_reply_to = list(atts), note, in_reply_to
        self.form, self.charset, self.cte, self.client, self.importance = form, charset, cte, client, importance


def who(st):
    """(display name, address) for a Staff or a tuple."""
    if isinstance(st, tuple):
        return st
    return (st.display(), st.email)


def enc_header_text(value, charset):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        cs = charset
        try:
            value.encode(cs)
        except (UnicodeEncodeError, LookupError):
            cs = 'utf-8'
        if cs == 'windows-1252':
            cs = 'iso-8859-1' if all(ord(ch) < 256 for ch in value) else 'utf-8'
        return Header(value, cs, maxlinelen=76).encode(linesep='\n')


def enc_addr_list(lst, charset):
    out = []
    for name, addr in lst:
        if name:
            try:
                name.encode('ascii')
                out.append(formataddr((name, addr)))
            except UnicodeEncodeError:
                cs = 'iso-8859-1' if charset != 'utf-8' and all(ord(ch) < 256 for ch in name) else 'utf-8'
                out.append('%s <%s>' % (Header(name, cs).encode(), addr))
        else:
            out.append(addr)
    return ',\n '.join(out)


def encode_body(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    if not raw.endswith(b'\n'):
        raw += b'\n'
    return raw


def text_leaf(text, subtype, charset, cte):
    text = fit_charset(text, charset)
    raw = text.encode(charset)
    if cte in ('7bit', '8bit'):
        cte = '7bit' if all(b < 128 for b in raw) else '8bit'
    head = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return head.encode('ascii') + b'\n' + encode_body(raw, cte)


def param_filename(fname, style):
    try:
        fname.encode('ascii')
        return 'name="%s"' % fname, 'filename="%s"' % fname
    except UnicodeEncodeError:
        pass
    if style == 0:
        q = urllib.parse.quote(fname, safe='')
        return "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q
    enc = Header(fname, 'utf-8').encode()
    return 'name="%s"' % enc, 'filename="%s"' % enc


def att_leaf(att, rng):
    pn, pf = param_filename(att.filename, rng.randrange(2))
    if att.ctype == 'message/rfc822':
        cte = '7bit' if all(b < 128 for b in att.data) else '8bit'
        head = 'Content-Type: message/rfc822; %s\nContent-Transfer-Encoding: %s\nContent-Disposition: attachment; %s\n' % (
            pn, cte, pf)
        return head.encode('ascii') + b'\n' + att.data + (b'' if att.data.endswith(b'\n') else b'\n')
    cte = att.cte or 'base64'
    ctype = att.ctype
    if ctype.startswith('text/') and 'charset' not in ctype:
        ctype += '; charset="utf-8"'
    if att.inline_cid:
        head = 'Content-Type: %s; %s\nContent-Transfer-Encoding: %s\nContent-ID: <%s>\nContent-Disposition: inline; %s\n' % (
            ctype, pn, cte, att.inline_cid, pf)
    else:
        disp = 'attachment; %s' % pf
        if chance(rng, 0.3):
            disp += '; size=%d' % len(att.data)
        head = 'Content-Type: %s; %s\nContent-Transfer-Encoding: %s\nContent-Disposition: %s\n' % (ctype, pn, cte, disp)
    return head.encode('ascii') + b'\n' + encode_body(att.data, cte)


def multipart(subtype, parts, boundary, preamble=True):
    out = [('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype, boundary)).encode('ascii')]
    if preamble:
        out.append(b'This is a multi-part message in MIME format.\n\n')
    for p in parts:
        out.append(('--%s\n' % boundary).encode('ascii'))
        out.append(p)
        if not p.endswith(b'\n'):
            out.append(b'\n')
    out.append(('--%s--\n' % boundary).encode('ascii'))
    return b''.join(out)


def split_head(part):
    """Split a rendered part into (header bytes, body bytes)."""
    i = part.index(b'\n\n')
    return part[:i + 1], part[i + 2:]


def html_entities(s):
    out = []
    for ch in s:
        if ord(ch) < 128:
            out.append(ch)
        else:
            nm = htmlmod.entities.codepoint2name.get(ord(ch))
            out.append('&%s;' % nm if nm else '&#%d;' % ord(ch))
    return ''.join(out)


def text_to_html_body(text):
    out, inq = [], 0
    for line in text.split('\n'):
        depth = 0
        l2 = line
        while l2.startswith('>'):
            depth += 1
            l2 = l2[1:].lstrip(' ') if l2.startswith('> ') or l2 == '>' else l2[1:]
        while inq < depth:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">')
            inq += 1
        while inq > depth:
            out.append('</blockquote>')
            inq -= 1
        out.append((htmlmod.escape(l2, quote=False) if l2 else '') + '<br>')
    out.extend(['</blockquote>'] * inq)
    return '\n'.join(out)


def html_doc(body, charset, rng):
    font = pick(rng, ['Calibri,Arial,sans-serif', 'Aptos,Calibri,sans-serif', 'Helvetica,Arial,sans-serif',
                      'Segoe UI,Tahoma,sans-serif'])
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<style>p{margin:0} td,th{border:1px solid #999;padding:2px 6px;font-size:10pt}</style>\n'
            '</head>\n<body>\n<div style="font-family:%s;font-size:11pt">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, font, body))


CLIENTS = {
    'outlook': ('X-Mailer', 'Microsoft Outlook 16.0'),
    'owa': ('X-MS-Exchange-Organization-AuthAs', 'Internal'),
    'thunderbird': ('User-Agent', 'Mozilla Thunderbird'),
    'apple': ('X-Mailer', 'Apple Mail (2.3774.500.171.1.1)'),
    'iphone': ('X-Mailer', 'iPhone Mail (22D72)'),
    'zimbra': ('X-Mailer', 'Zimbra 10.0.8_GA_4611 (ZimbraWebClient - FF128 (Win)/10.0.8_GA_4611)'),
}


def render(mail, rng, crlf=None, inner=False):
    lang = mail.lang
    charset = mail.charset or pick(rng, ['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cte = mail.cte or pick(rng, ['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    form = mail.form or pick(rng, ['plain', 'plain', 'alt', 'alt', 'html'])
    client = mail.client or pick(rng, ['outlook', 'outlook', 'owa', 'thunderbird', 'apple', 'iphone', 'zimbra'])
    if crlf is None:
        crlf = chance(rng, 0.5)
    text = mail.text
    if charset == 'utf-8' or all(ord(ch) < 128 for ch in text):
        pass
    body_html = mail.html if mail.html is not None else text_to_html_body(text)
    if form in ('html', 'alt') and chance(rng, 0.3):
        body_html = html_entities(body_html)
    parts_body = None
    bnd = lambda: pick(rng, ['----=_NextPart_%03d_%04X_%08X.%08X' % (
        rng.randrange(1000), rng.randrange(65536), rng.randrange(2 ** 32), rng.randrange(2 ** 32)),
        '000000000000%016x' % rng.getrandbits(64), 'Apple-Mail=_%08X-%04X-%04X-%04X-%012X' % (
            rng.getrandbits(32), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(16), rng.getrandbits(48)),
        '=_%s' % ''.join(rng.choice('abcdef0123456789') for _ in range(28))])
    logo = form in ('html', 'alt') and chance(rng, 0.2)
    if form == 'plain':
        parts_body = text_leaf(text, 'plain', charset, cte)
    else:
        if logo:
            body_html += '\n<br><img src="cid:logo%04d@chudr.example" alt="CHUDR" width="96" height="32">' % rng.randrange(10000)
        hcte = cte if cte != '8bit' or chance(rng, 0.5) else 'quoted-printable'
        hleaf = text_leaf(html_doc(body_html, charset, rng), 'html', charset, hcte)
        if logo:
            cid = re.search(r'cid:([^"]+)"', body_html).group(1)
            img = att_leaf(Att('image001.png', 'image/png', PNG_LOGO, inline_cid=cid), rng)
            hleaf = multipart('related', [hleaf, img], bnd(), preamble=False)
        if form == 'html':
            parts_body = hleaf
        else:
            parts_body = multipart('alternative', [text_leaf(text, 'plain', charset, cte), hleaf], bnd(), preamble=False)
    if mail.atts:
        parts = [parts_body] + [att_leaf(a, rng) for a in mail.atts]
        top = multipart('mixed', parts, bnd())
    else:
        top = parts_body
    top_head, top_body = split_head(top)

    hcs = charset
    h = []
    frm = who(mail.sender)
    date_s = format_datetime(mail.date)
    mid = '<%s@%s>' % (''.join(rng.choice('0123456789ABCDEF') for _ in range(24)),
                       pick(rng, ['chudr.example', 'mail.chudr.example', 'MBX04.chudr.example']))
    subj = enc_header_text(mail.subject, hcs)
    hdrs = [('From', enc_addr_list([frm], hcs)), ('To', enc_addr_list(mail.to, hcs))]
    if mail.cc:
        hdrs.append(('Cc', enc_addr_list(mail.cc, hcs)))
    hdrs += [('Subject', subj), ('Date', date_s), ('Message-ID', mid)]
    if mail.in_reply_to:
        hdrs += [('In-Reply-To', mail.in_reply_to), ('References', mail.in_reply_to)]
    if client in ('outlook', 'owa'):
        hdrs.append(('Thread-Topic', enc_header_text(re.sub(r'^((RE|Re|TR|Tr|FW|Fwd|FWD) ?: ?)+', '', mail.subject), hcs)))
        hdrs.append(('Thread-Index', base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()))
        hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-US'))
        hdrs.append(('X-MS-Has-Attach', 'yes' if mail.atts else ''))
    if mail.importance:
        hdrs.append(('Importance', mail.importance))
    k, v = CLIENTS[client]
    hdrs.append((k, v))
    hdrs.append(('MIME-Version', '1.0'))
    if client in ('apple', 'iphone'):
        order = ['Content-Type', 'MIME-Version', 'Subject', 'From', 'In-Reply-To', 'Date', 'Cc', 'Message-ID',
                 'References', 'To', 'X-Mailer']
        hdrs.sort(key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    lines = []
    for k2, v2 in hdrs:
        if k2 == 'X-MS-Has-Attach' and not v2:
            lines.append('X-MS-Has-Attach: ')
            continue
        lines.append('%s: %s' % (k2, v2))
    data = ('\n'.join(lines) + '\n').encode('ascii') + top_head + b'\n' + top_body
    if crlf and not inner:
        data = data.replace(b'\n', b'\r\n')
    return data


# ----------------------------------------------------------------------------
# builder context
# ----------------------------------------------------------------------------
class Ctx:
    def __init__(self, rng, positive, staff, patients):
        self.rng = rng
        self.T = Tracker(positive)
        self.staff = staff
        self.patients = patients

    def chudr(self, key=None, exclude=()):
        lst = [s for s in self.staff['chudr'] if (key is None or s.key == key) and s not in exclude]
        return pick(self.rng, lst)

    def ext(self, inst, key=None):
        lst = [s for s in self.staff[inst] if key is None or s.key == key]
        return pick(self.rng, lst)

    def patient(self, country, peds=None):
        lst = self.patients[country]
        if peds is True:
            lst = [p for p in lst if p.age < 18]
        elif peds is False:
            lst = [p for p in lst if p.age >= 18]
        return pick(self.rng, lst)

    def scen(self, p):
        return pick(self.rng, PEDS_SCEN if p.age < 16 else ADULT_SCEN)

    def local_mrn(self, inst):
        rng = self.rng
        country = INSTS[inst].country
        if country == 'FR':
            return 'IPP %010d' % rng.randrange(10 ** 9, 9 * 10 ** 9)
        if country == 'BE':
            return '%08d' % rng.randrange(10 ** 7, 7 * 10 ** 7)
        return '%07d' % rng.randrange(10 ** 6, 4 * 10 ** 6)

    def mrnv(self, s):
        return self.T.add('mrn', s)

    def meds(self, sc, lang, k=None, sep=', '):
        ms = sc.med_list(lang)
        if k:
            ms = ms[:k]
        return self.T.med(sep.join(ms))

    def labs(self, sc, lang, k=None, sep=', '):
        ls = sc.lab_list(lang)
        if k:
            ls = ls[:k]
        return self.T.lab(sep.join('%s %s' % (n, v) for n, v in ls))

    def social(self, p, lang):
        s = pick(self.rng, SOCIAL_PEDS if p.age < 18 else SOCIAL)
        return self.T.social(s[0] if lang == 'fr' else s[1])

    def addr_line(self, p):
        if p.country == 'QC':
            return '%s, %s (Québec) %s' % (p.address, p.city, p.postal)
        if p.country == 'ON':
            return '%s, %s ON %s' % (p.address, p.city, p.postal)
        return '%s, %s %s' % (p.address, p.postal, p.city)


def e_(p):
    return 'e' if p.sex == 'F' else ''


def il(p):
    return 'elle' if p.sex == 'F' else 'il'


def Il(p):
    return 'Elle' if p.sex == 'F' else 'Il'


def le_patient(p):
    return 'la patiente' if p.sex == 'F' else 'le patient'


def maybe_noacc(rng, text, p=0.12):
    return strip_accents(text) if chance(rng, p) else text


def clinical_blocks(c, p, sc, lang, inst_key, title, ids=('name', 'dob', 'natid'), mrn=None,
                    meds=True, labs=True, author=None, extra=None):
    T = c.T
    inst = INSTS[inst_key]
    fr = lang == 'fr'
    kv = []
    if 'name' in ids:
        kv.append(('Patient(e) :' if fr else 'Patient:', T.name(p, pick(c.rng, ['upper', 'civ_up', 'full']))))
    if 'dob' in ids:
        kv.append(('Date de naissance :' if fr else 'Date of birth:', T.dob(p, 'fr' if fr else pick(c.rng, ['iso', 'en_long']))))
    if 'natid' in ids:
        kv.append(('%s :' % natid_label(p, lang) if fr else '%s:' % natid_label(p, lang), T.natid(p)))
    if mrn:
        kv.append(('N° de dossier :' if fr else 'MRN:', c.mrnv(mrn)))
    blocks = [('h', inst.name), ('p', inst.addr), ('sp', None), ('h', title), ('kv', kv),
              ('p', ('Diagnostic principal : ' if fr else 'Principal diagnosis: ') + T.dx(sc.dx(lang))),
              ('p', ('Évolution : ' if fr else 'Course: ') + T.dx(sc.evo[0 if fr else 1]))]
    if meds:
        blocks.append(('p', ('Traitement actuel : ' if fr else 'Current medication: ') + c.meds(sc, lang)))
    if labs:
        rows = [['Analyse' if fr else 'Test', 'Résultat' if fr else 'Result']]
        for n, v in sc.lab_list(lang):
            rows.append([n, T.lab(v)])
        blocks.append(('table', rows))
    if extra:
        blocks.extend(extra)
    if author:
        blocks.append(('p', '%s - %s' % (author.display(lang, True), author.role(lang))))
    return blocks


POS_BUILDERS = []
NEG_BUILDERS = []


def positive(cat, n):
    def deco(f):
        POS_BUILDERS.append((cat, n, f))
        return f
    return deco


def negative(cat, n):
    def deco(f):
        NEG_BUILDERS.append((cat, n, f))
        return f
    return deco


# ============================================================================
# POSITIVE BUILDERS
# ============================================================================
@positive('repat_request', 8)
def pos_repat_request(c):
    rng, T = c.rng, c.T
    country = pick(rng, ['BE', 'BE', 'FR'])
    pinst = pick(rng, PARTNERS_BE if country == 'BE' else PARTNERS_FR)
    doc = c.ext(pinst, 'doc')
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    svc = SVC[sc.svc][0]
    me = c.chudr('coord')
    d = msg_date(rng)
    d0 = to_local(earlier(rng, d), pinst)
    adm = (d0 - dt.timedelta(days=rng.randrange(3, 16))).date()
    assist = INSTS[pick(rng, ['boreale', 'eurosecours'])].name
    variant = rng.randrange(3)
    atts = []
    if variant == 0:
        osubj = pick(rng, ['Demande de rapatriement - patient québécois', 'Demande de transfert vers le CHUDR',
                           'Rapatriement %s - demande d\'accord' % T.name(p, 'civ')])
        orig = ("%s\n\nNous prenons en charge depuis le %s %s, né%s le %s, résident%s au Québec "
                "(carte d'assurance maladie n° %s), hospitalisé%s dans notre service pour %s.\n\n%s\n\n"
                "Traitement en cours : %s.\nBiologie du jour : %s.\n\n"
                "%s et sa famille souhaitent un rapatriement vers le Québec. L'assisteur (%s) attend l'accord "
                "d'un service receveur. Pourriez-vous nous confirmer la possibilité d'un accueil en %s ?\n\n"
                "Je reste joignable au %s.\n\n%s\n\n%s") % (
            pick(rng, ['Chère Consœur, Cher Confrère,', 'Madame, Monsieur,', 'Chers collègues,']),
            fdate(adm, 'fr'), T.name(p, pick(rng, ['civ_full', 'civ_up'])), e_(p), T.dob(p, pick(rng, ['fr', 'fr_long'])),
            e_(p), T.nam(p, pick(rng, ['plain', 'spaced'])), e_(p), T.dx(sc.dx_fr), T.dx(sc.evo[0]),
            c.meds(sc, 'fr'), c.labs(sc, 'fr'), le_patient(p).capitalize(), assist, svc,
            INSTS[pinst].phone[:-2] + '%02d' % rng.randrange(100), closing(rng, 'fr', True),
            signature(rng, doc, 'fr', mobile=False))
    elif variant == 1:
        osubj = pick(rng, ['Patient canadien en %s - retour au Québec ?' % doc.dept_fr.lower(),
                           'Transfert %s / CHUDR' % T.name(p, 'upper')])
        orig = ("Bonjour,\n\nSuite à notre entretien téléphonique de ce matin, voici la demande concernant %s "
                "(NAM %s), %d ans, hospitalisé%s chez nous depuis le %s.\n\nMotif : %s\nÉtat actuel : %s\n"
                "Besoins pour le transport : %s\n\nLa lettre de liaison est en pièce jointe.\n\n%s\n\n%s") % (
            T.name(p, pick(rng, ['full', 'upper'])), T.nam(p), p.age, e_(p), fdate(adm, 'dots'), T.dx(sc.dx_fr),
            T.dx(sc.evo[0]), T.dx(sc.needs[0]), closing(rng, 'fr', True), signature(rng, doc, 'fr', mobile=False))
        blocks = clinical_blocks(c, p, sc, 'fr', pinst, 'Lettre de liaison médicale',
                                 ids=('name', 'dob', 'natid'), mrn=c.local_mrn(pinst), author=doc)
        fname = pick(rng, ['Lettre_de_liaison_%s.pdf' % T.name(p, 'file'), 'lettre liaison.pdf',
                           'LL_%s.pdf' % d0.strftime('%Y%m%d')])
        atts.append(pdf_att(fname, blocks, 'Lettre de liaison', doc.display(), chance(rng, 0.7)))
    else:
        osubj = 'Rapatriement sanitaire - %s' % T.name(p, 'civ')
        orig = ("Bonjour,\n\nJe me permets de vous contacter au sujet de %s, %d ans, admis%s aux urgences le %s "
                "pour %s. %s\n\nNotre n° de dossier : %s. Le NAM figure sur la copie de la carte (ci-jointe).\n\n"
                "Le médecin de l'assisteur nous parle d'un retour dans les 5 à 7 jours. Pouvez-vous nous indiquer "
                "le nom du médecin receveur ?\n\nBien à vous,\n\n%s") % (
            T.name(p, 'civ_full'), p.age, e_(p), fdate(adm, 'fr'), T.dx(sc.dx_fr), T.dx(sc.evo[0]),
            c.mrnv(c.local_mrn(pinst)), signature(rng, c.ext(pinst, 'admin'), 'fr', mobile=False))
        atts.append(pdf_att(pick(rng, ['carte_RAMQ.pdf', 'scan_carte_sante.pdf', 'Numérisation_0012.pdf']),
                            [('h', "Copie - Carte d'assurance maladie (Québec)"),
                             ('kv', [('Nom :', T.name(p, 'upper')), ('NAM :', T.nam(p, 'spaced')),
                                     ('Naissance :', T.dob(p, 'iso')), ('Sexe :', p.sex)])],
                            'Copie carte', '', True))
    ohead = (doc.display(), doc.email)
    if chance(rng, 0.65):
        doc_in = c.chudr(sc.svc if sc.svc in ('cardio', 'neuro', 'pneumo', 'icu', 'ortho', 'hemato', 'im', 'nephro') else 'im')
        lead = pick(rng, [
            "Bonjour %s,\n\nMerci pour la demande. Le %s (%s) accepte le transfert. Un lit sera disponible à partir du %s. "
            "Pouvez-vous nous transmettre la dernière imagerie et le bilan de la veille du départ ? Nous voyons "
            "directement avec l'assisteur pour l'heure d'arrivée." % (
                doc.title('fr') + ' ' + doc.surname, doc_in.display('fr', True), svc,
                fdate((d + dt.timedelta(days=rng.randrange(2, 8))).date(), 'fr_long')),
            "Bonjour,\n\nBien reçu, merci. Nous attendons l'avis de l'équipe de %s avant de confirmer; je vous reviens "
            "d'ici 24 h." % svc,
            "Bonjour %s,\n\nNous avons bien reçu votre demande. Pour compléter le dossier, pourriez-vous nous faire "
            "parvenir le dernier compte rendu d'imagerie ainsi que la liste des allergies ? La date de départ reste à "
            "confirmer avec l'assisteur." % (doc.title('fr') + ' ' + doc.surname)])
        text = '%s\n\n%s\n%s\n\n%s' % (lead, closing(rng, 'fr'), signature(rng, me, 'fr'),
                                       quote(orig, ohead, d0, 'fr', reply_style(rng), osubj, INSTS['chudr'].name))
        subj = re_prefix(rng, 'fr') + osubj
        to = [ohead]
        cc = [who(doc_in)] if chance(rng, 0.5) else []
        note = 'reply to partner repatriation request (QC patient abroad)'
    else:
        tgt = c.chudr(sc.svc if sc.svc in ('cardio', 'neuro', 'pneumo', 'icu', 'ortho', 'hemato', 'im') else 'im')
        lead = pick(rng, [
            "Salut %s,\n\nPeux-tu regarder ce dossier pour un accord de transfert ? La famille pousse pour un retour rapide. Merci!" % tgt.given,
            "Bonjour %s,\n\nDemande de rapatriement reçue ce matin de %s. Es-tu d'accord pour recevoir ? L'assisteur veut une réponse aujourd'hui si possible." % (
                tgt.display('fr', True), INSTS[pinst].short),
            "%s, fyi - dossier ci-dessous. On en parle au caucus de 13h?" % tgt.given])
        text = '%s\n\n%s\n\n%s' % (lead, signature(rng, me, 'fr', mobile=chance(rng, 0.3)),
                                   quote(orig, ohead, d0, 'fr', fwd_style(rng), osubj, INSTS['chudr'].name))
        subj = fw_prefix(rng, 'fr') + osubj
        to, cc = [who(tgt)], []
        note = 'internal forward of partner repatriation request (QC patient abroad)'
    return Mail(me, to, subj, maybe_noacc(rng, text, 0.05), 'fr', d, cc=cc, atts=atts, note=note,
                in_reply_to='<%08X@%s>' % (rng.getrandbits(32), INSTS[pinst].domain))


@positive('repat_assist', 7)
def pos_repat_assist(c):
    rng, T = c.rng, c.T
    en = chance(rng, 0.3)
    lang = 'en' if en else 'fr'
    ainst = pick(rng, ['northstar', 'maple']) if en else pick(rng, ['boreale', 'eurosecours'])
    agent = c.ext(ainst, 'case')
    mdr = c.ext(ainst, 'md')
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    hosp = pick(rng, ['cuvm', 'ghbs', 'rivemont', 'ghfa', 'azsa'])
    me = c.chudr('bed') if chance(rng, 0.5) else c.chudr('coord')
    d = msg_date(rng)
    d0 = earlier(rng, d, min_minutes=30, max_minutes=600)
    ref = '%s-25-%06d' % (INSTS[ainst].short[:3].upper(), rng.randrange(10 ** 5, 10 ** 6))
    fly = (d + dt.timedelta(days=rng.randrange(1, 6))).date()
    flight = pick(rng, ['AC %d' % rng.randrange(800, 899), 'TS %d' % rng.randrange(100, 199), 'vol sanitaire'])
    arr = '%02d:%02d' % (rng.randrange(12, 22), pick(rng, [0, 15, 30, 45]))
    svc = SVC[sc.svc][0 if not en else 1]
    if not en:
        idblock = [("Notre réf. : %s" % ref),
                   ("Assuré%s : %s" % (e_(p), T.name(p, pick(rng, ['upper', 'roster_up'])))),
                   ("DDN : %s" % T.dob(p, pick(rng, ['iso', 'fr', 'short'])))]
        if chance(rng, 0.7):
            idblock.append('NAM : %s' % T.nam(p, pick(rng, ['plain', 'spaced', 'split'])))
        idblock += ['Lieu d\'hospitalisation : %s, %s' % (INSTS[hosp].name, INSTS[hosp].city),
                    'Diagnostic : %s' % T.dx(sc.dx_fr),
                    'Vecteur prévu : %s, %s' % (pick(rng, ['vol régulier', 'vol régulier avec escorte', 'avion sanitaire']),
                                                T.dx(sc.needs[0])),
                    'Date prévue : %s, arrivée YUL vers %s (%s)' % (fdate(fly, 'fr'), arr, flight),
                    'Médecin régulateur : %s' % mdr.display('fr', True)]
        orig = "Bonjour,\n\nVeuillez trouver ci-dessous les éléments du dossier :\n\n%s\n\nMerci de nous confirmer la disponibilité d'un lit en %s ainsi que le nom du médecin receveur.\n\n%s\n\n%s" % (
            '\n'.join(idblock), svc, closing(rng, 'fr', True), signature(rng, agent, 'fr', mobile=False))
        osubj = pick(rng, ['Dossier %s - %s - rapatriement sanitaire' % (ref, T.name(p, 'upper')),
                           'Demande de lit - rapatriement YUL %s' % fdate(fly, 'short'),
                           'Réf %s / demande accord médical' % ref])
        lead = pick(rng, [
            "Bonjour %s,\n\nLit confirmé en %s (unité %s) pour l'arrivée du %s. Médecin receveur : %s. "
            "Merci d'aviser l'ambulance de se présenter à l'urgence, porte 3, et de nous appeler 30 min avant l'arrivée." % (
                agent.given, svc, pick(rng, ['6 Nord', '7 Sud', '4B', 'USIC']), fdate(fly, 'fr_long'),
                c.chudr('im').display('fr', True)),
            "Bonjour,\n\nNous avons bien reçu votre demande. Pas de lit en %s avant jeudi; on peut toutefois accueillir %s à l'urgence "
            "puis transférer à l'étage dès que possible. Est-ce acceptable pour votre médecin régulateur ?" % (svc, le_patient(p)),
            "Bonjour %s,\n\nOK pour nous. Pouvez-vous nous envoyer le dernier bilan sanguin et confirmer si %s aura besoin d'O2 à l'arrivée ?" % (
                agent.given, il(p))])
        text = '%s\n\n%s\n%s\n\n%s' % (lead, closing(rng, 'fr'), signature(rng, me, 'fr'),
                                       quote(orig, who(agent), to_local(d0, ainst), 'fr', reply_style(rng), osubj,
                                             'Bureau des patients internationaux'))
        subj = re_prefix(rng, 'fr') + osubj
    else:
        lines = ['Our file: %s' % ref, 'Insured: %s' % T.name(p, pick(rng, ['roster_up', 'full'])),
                 'DOB: %s' % T.dob(p, pick(rng, ['iso', 'en_dmy', 'us']))]
        if chance(rng, 0.6):
            lines.append('Provincial health #: %s' % T.nam(p, pick(rng, ['plain', 'spaced'])))
        lines += ['Currently at: %s, %s' % (INSTS[hosp].name, INSTS[hosp].city),
                  'Dx: %s' % T.dx(sc.dx_en),
                  'Status: %s' % T.dx(sc.evo[1]),
                  'Transport: %s, %s' % (pick(rng, ['commercial flight', 'commercial flight with escort', 'air ambulance']),
                                         T.dx(sc.needs[1])),
                  'ETA YUL: %s %s (%s)' % (fdate(fly, 'en_long'), arr, flight)]
        orig = "Hello,\n\nPlease find the case details below. Kindly confirm bed availability and accepting physician.\n\n%s\n\n%s\n%s" % (
            '\n'.join(lines), closing(rng, 'en'), signature(rng, agent, 'en', mobile=False))
        osubj = pick(rng, ['Bed request - %s - file %s' % (T.name(p, 'upper'), ref), 'Repatriation to Montreal - %s' % ref])
        lead = pick(rng, [
            "Hi %s,\n\nBed confirmed on %s for arrival %s. Accepting physician: %s. Please have the ground crew come to ER entrance 3 and call us 30 min before." % (
                agent.given, svc, fdate(fly, 'en_long'), c.chudr('im').display('en', True)),
            "Hello,\n\nWe can accept. Could you send the latest labs and confirm whether O2 is needed on arrival?",
            "Hi %s - received, thanks. Waiting for the %s team to sign off, I'll get back to you by end of day." % (agent.given, svc)])
        text = '%s\n\n%s\n%s\n\n%s' % (lead, closing(rng, 'en'), signature(rng, me, 'en'),
                                       quote(orig, who(agent), to_local(d0, ainst), 'en', reply_style(rng), osubj,
                                             'International Patient Office'))
        subj = re_prefix(rng, 'en') + osubj
    return Mail(me, [who(agent)], subj, text, lang, d, cc=[who(mdr)] if chance(rng, 0.4) else [],
                note='reply to assistance company about repatriation bed', in_reply_to='<%08X@%s>' % (
                    rng.getrandbits(32), INSTS[ainst].domain))


SECOND_OP_KEYS = ['aml', 'ms', 'ktx', 'crohn', 'breast', 'hf', 'fallot', 'cf', 'dravet', 'all', 'copd', 'hsa']
DECISIONS = ["de débuter une seconde ligne thérapeutique", "d'une éventuelle intervention chirurgicale",
             "de l'inscription sur liste de greffe", "de modifier le traitement de fond",
             "d'une escalade thérapeutique"]
OPINIONS = ["Je proposerais de poursuivre le traitement actuel et de réévaluer dans trois mois",
            "Une intensification du traitement me paraît justifiée compte tenu de l'évolution",
            "Je recommanderais une biopsie avant toute modification thérapeutique",
            "Le bilan actuel ne justifie pas de changement immédiat, mais un suivi rapproché s'impose",
            "Je suggère de compléter par une IRM avec injection avant de trancher"]


def scen_of(keys, p):
    lst = [s for s in SCENARIOS if s.key in keys and s.peds == (p.age < 16)]
    return lst


@positive('second_opinion_fr', 7)
def pos_second_opinion_fr(c):
    rng, T = c.rng, c.T
    pinst = pick(rng, PARTNERS_FR)
    ref = c.ext(pinst, 'doc')
    p = c.patient('FR')
    sc = pick(rng, scen_of(SECOND_OP_KEYS, p) or (PEDS_SCEN if p.age < 16 else ADULT_SCEN))
    spec = c.chudr({'hemato': 'hemato', 'neuro': 'neuro', 'nephro': 'nephro', 'cardio': 'cardio', 'pneumo': 'pneumo',
                    'peds': 'peds'}.get(sc.svc, 'im'))
    d = msg_date(rng)
    d0 = to_local(earlier(rng, d, max_minutes=10 * 24 * 60), pinst)
    osubj = pick(rng, ['Demande de second avis', 'Demande d\'avis spécialisé - %s' % sc.abbr, 'Second avis - dossier %s' % T.name(p, 'upper')])
    orig = ("%s\n\nJe me permets de solliciter votre avis concernant %s, %d ans (NIR %s), suivi%s dans notre service pour %s. "
            "%s\n\nTraitement : %s.\nDernier bilan : %s.\n\n%s, qui a de la famille à Montréal, souhaite un second avis avant "
            "une décision %s. L'imagerie est disponible sur la plateforme d'échange sécurisée (code d'accès transmis par SMS).\n\n"
            "%s\n\n%s") % (
        pick(rng, ['Cher confrère,', 'Chère consœur,' if spec.female else 'Cher confrère,', 'Bonjour,']),
        T.name(p, pick(rng, ['civ_full', 'civ_up', 'full'])), p.age, T.nir(p, pick(rng, ['plain', 'spaced', 'key'])), e_(p),
        T.dx(sc.dx_fr), T.dx(sc.evo[0]), c.meds(sc, 'fr'), c.labs(sc, 'fr'),
        'Sa mère' if p.age < 18 else le_patient(p).capitalize(), pick(rng, DECISIONS),
        closing(rng, 'fr', True), signature(rng, ref, 'fr', mobile=False))
    v = rng.randrange(3)
    atts = []
    if v == 0:
        lead = ("%s\n\nMerci pour ce dossier. Après revue des documents et de l'imagerie, je rejoins globalement votre analyse. "
                "%s. Je serais disponible pour en discuter en téléconsultation %s.\n\n%s\n%s") % (
            greet(rng, 'fr', ref), pick(rng, OPINIONS), pick(rng, ['la semaine prochaine', 'mardi ou jeudi après-midi (heure de Montréal)']),
            closing(rng, 'fr', True), signature(rng, spec, 'fr'))
        note = 'second opinion reply, French patient (NIR) in quoted request'
    elif v == 1:
        sec = c.chudr('admit')
        lead = ("%s\n\nVeuillez trouver ci-joint l'avis %s %s concernant votre patient%s. L'original suit par la poste.\n\n%s\n%s") % (
            greet(rng, 'fr', ref), 'de la' if spec.female else 'du', spec.display('fr', True), e_(p), closing(rng, 'fr', True),
            signature(rng, sec, 'fr'))
        blocks = clinical_blocks(c, p, sc, 'fr', 'chudr', 'Avis spécialisé - second avis', ids=('name', 'dob', 'natid'),
                                 author=spec, extra=[('p', 'Recommandation : ' + pick(rng, OPINIONS) + '.')])
        atts.append(pdf_att(pick(rng, ['Avis_2e_opinion_%s.pdf' % T.name(p, 'file'), 'avis_specialise.pdf', 'Avis CHUDR.pdf']),
                            blocks, 'Avis spécialisé', spec.display()))
        spec = sec
        note = 'second opinion letter PDF for French patient (NIR)'
    else:
        lead = ("%s\n\nMerci pour votre demande. Avant de me prononcer, j'aurais besoin des comptes rendus opératoires et du "
                "dernier bilan %s. Pourriez-vous aussi me confirmer si %s est toujours sous %s ?\n\n%s\n%s") % (
            greet(rng, 'fr', ref), pick(rng, ['biologique complet', 'hépatique', 'de coagulation']), le_patient(p),
            T.med(sc.med_list('fr')[0]), closing(rng, 'fr', True), signature(rng, spec, 'fr'))
        note = 'second opinion follow-up question, French patient (NIR)'
    text = '%s\n\n%s' % (lead, quote(orig, who(ref), d0, 'fr', reply_style(rng), osubj, spec.display()))
    return Mail(spec, [who(ref)], re_prefix(rng, 'fr') + osubj, text, 'fr', d, atts=atts, note=note,
                in_reply_to='<%08X@%s>' % (rng.getrandbits(32), INSTS[pinst].domain))


@positive('second_opinion_be', 6)
def pos_second_opinion_be(c):
    rng, T = c.rng, c.T
    pinst = pick(rng, PARTNERS_BE + ['azsa'])
    en = pinst == 'azsa'
    lang = 'en' if en else 'fr'
    ref = c.ext(pinst, 'doc')
    p = c.patient('BE')
    sc = pick(rng, scen_of(SECOND_OP_KEYS, p) or (PEDS_SCEN if p.age < 16 else ADULT_SCEN))
    spec = c.chudr({'hemato': 'hemato', 'neuro': 'neuro', 'nephro': 'nephro', 'cardio': 'cardio',
                    'pneumo': 'pneumo', 'peds': 'peds'}.get(sc.svc, 'im'))
    d = msg_date(rng)
    blocks = clinical_blocks(c, p, sc, lang, 'chudr',
                             'Avis spécialisé (second avis)' if not en else 'Specialist opinion (second opinion)',
                             ids=('name', 'dob', 'natid'), author=spec,
                             extra=[('p', ('Conclusion : ' if not en else 'Conclusion: ') +
                                     (pick(rng, OPINIONS) if not en else pick(rng, [
                                         'I would continue current therapy and reassess in three months',
                                         'Escalation of therapy seems justified given the course',
                                         'I would recommend a biopsy before any change in treatment'])) + '.')])
    fname = pick(rng, ['Avis_specialise_%s.docx' % T.name(p, 'file'), 'Avis CHUDR %s.docx' % d.strftime('%Y-%m-%d'),
                       'second_opinion_%s.docx' % T.name(p, 'surname').lower()])
    att = docx_att(fname, blocks, 'Avis spécialisé', spec.display())
    if not en:
        text = ("%s\n\nComme convenu, voici mon avis écrit concernant %s (%s). En résumé : %s; je ne vois pas d'indication à "
                "modifier l'approche dans l'immédiat, mais je reste disponible pour une discussion en RCP virtuelle.\n\n"
                "Le document Word est joint; n'hésitez pas à me signaler toute coquille.\n\n%s\n%s") % (
            greet(rng, 'fr', ref), T.name(p, pick(rng, ['civ', 'civ_full', 'full'])),
            lpick(rng, lambda: 'NISS %s' % T.niss(p, pick(rng, ['plain', 'dotted', 'spaced'])),
                  lambda: 'votre réf. %s' % c.mrnv(c.local_mrn(pinst))),
            T.dx(sc.dx_fr), closing(rng, 'fr', True), signature(rng, spec, 'fr'))
        subj = pick(rng, ['Avis spécialisé - %s' % T.name(p, 'upper'), 'Second avis demandé le %s' % fdate((d - dt.timedelta(days=9)).date(), 'short'),
                          'RE: demande de second avis'])
    else:
        text = ("%s\n\nAs discussed, please find attached my written opinion regarding %s (%s). In short: %s. "
                "Happy to join your MDT by video if useful.\n\n%s\n%s") % (
            greet(rng, 'en', ref), T.name(p, pick(rng, ['full', 'en_civ'])),
            'NISS %s' % T.niss(p, pick(rng, ['plain', 'dotted'])), T.dx(sc.dx_en), closing(rng, 'en'), signature(rng, spec, 'en'))
        subj = pick(rng, ['Second opinion - %s' % T.name(p, 'upper'), 'RE: second opinion request'])
    return Mail(spec, [who(ref)], subj, text, lang, d, atts=[att], note='second opinion DOCX for Belgian patient (NISS)')


@positive('teleexpertise', 7)
def pos_teleexpertise(c):
    rng, T = c.rng, c.T
    pinst = pick(rng, ['cuvm', 'ghbs', 'rivemont', 'ghfa', 'azsa'])
    en = pinst == 'azsa' or chance(rng, 0.15)
    lang = 'en' if en else 'fr'
    exp = c.ext(pinst, 'doc')
    p = c.patient('QC')
    sc = c.scen(p)
    me = c.chudr({'cardio': 'cardio', 'neuro': 'neuro', 'pneumo': 'pneumo', 'hemato': 'hemato', 'nephro': 'nephro',
                  'peds': 'peds', 'icu': 'icu'}.get(sc.svc, 'im'))
    d = msg_date(rng)
    te = 'TE-2025-%05d' % rng.randrange(10000, 99999)
    idmode = rng.randrange(4)
    atts = []
    if lang == 'fr':
        if idmode == 0:
            ident = '%s, %d ans (NAM %s)' % (T.name(p, 'full'), p.age, T.nam(p, pick(rng, ['plain', 'spaced'])))
        elif idmode == 1:
            ident = '%s, né%s le %s, dossier CHUDR %s' % (T.name(p, 'civ_full'), e_(p), T.dob(p, 'fr'), T.mrn(p))
        elif idmode == 2:
            ident = 'le dossier %s (%s, %d ans)' % (T.mrn(p), 'patiente' if p.sex == 'F' else 'patient', p.age)
        else:
            ident = '%s (%s)' % (T.name(p, 'upper'), T.dob(p, 'iso'))
        text = ("%s\n\nComme convenu lors de notre dernier échange, je vous soumets via la plateforme de télé-expertise "
                "(demande n° %s) le cas de %s, suivi%s chez nous pour %s.\n\n%s\nTraitement actuel : %s\n"
                "Biologie récente : %s\n\nQuestion posée : %s\n\n%s\n\n%s\n%s") % (
            greet(rng, 'fr', exp, familiar=chance(rng, 0.3)), te, ident, e_(p), T.dx(sc.dx_fr), T.dx(sc.evo[0]),
            c.meds(sc, 'fr'), c.labs(sc, 'fr'),
            pick(rng, ["faut-il envisager une modification du traitement avant le retour à domicile ?",
                       "l'indication d'une procédure interventionnelle vous paraît-elle justifiée ?",
                       "seriez-vous d'accord pour revoir l'imagerie (lien ci-dessous) ?"]),
            pick(rng, ["Les images sont déposées sur le PACS partagé.", "Je joins l'export des derniers résultats.",
                       "Disponible pour un appel Teams si plus simple."]),
            closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Télé-expertise %s' % te, 'Demande de télé-expertise - %s' % sc.abbr,
                          'Avis télé-expertise (cas complexe)', 'TE %s - question %s' % (te, SVC[sc.svc][0])])
    else:
        if idmode in (0, 3):
            ident = '%s, %d y/o (RAMQ %s)' % (T.name(p, 'full'), p.age, T.nam(p))
        else:
            ident = 'MRN %s (%d y/o %s)' % (T.mrn(p), p.age, 'female' if p.sex == 'F' else 'male')
        text = ("%s\n\nFollowing up on our call, I have submitted a tele-expertise request (%s) regarding %s, followed here for %s.\n\n"
                "%s\nCurrent meds: %s\nRecent labs: %s\n\nMy question: would you change management before discharge?\n\n%s\n%s") % (
            greet(rng, 'en', exp), te, ident, T.dx(sc.dx_en), T.dx(sc.evo[1]), c.meds(sc, 'en'), c.labs(sc, 'en'),
            closing(rng, 'en'), signature(rng, me, 'en'))
        subj = pick(rng, ['Tele-expertise %s' % te, 'e-consult request - %s' % sc.abbr.lower()])
    if chance(rng, 0.4):
        rows = [['date', 'analyse' if lang == 'fr' else 'test', 'valeur' if lang == 'fr' else 'value', 'dossier' if lang == 'fr' else 'mrn']]
        mrn = T.mrn(p)
        for i, (n, v) in enumerate(sc.lab_list(lang)):
            rows.append([(d - dt.timedelta(days=i + 1)).strftime('%Y-%m-%d'), n, T.lab(v), mrn])
        atts.append(csv_att(pick(rng, ['export_labo.csv', 'resultats_%s.csv' % mrn, 'labs.csv']), rows,
                            pick(rng, [';', ',']), pick(rng, ['utf-8', 'utf-8-sig', 'windows-1252'])))
    return Mail(me, [who(exp)], subj, text, lang, d, atts=atts, note='outbound tele-expertise request, QC patient')


@positive('guarantee', 7)
def pos_guarantee(c):
    rng, T = c.rng, c.T
    country = pick(rng, ['BE', 'FR'])
    ins = pick(rng, ['mewb', 'eurosecours']) if country == 'BE' else pick(rng, ['atlantide', 'eurosecours'])
    agent = c.ext(ins, 'case')
    p = c.patient(country)
    sc = c.scen(p)
    me = c.chudr('coord')
    d = msg_date(rng)
    adm = (d - dt.timedelta(days=rng.randrange(1, 9))).date()
    mrn = '%07d' % rng.randrange(1000000, 3999999)
    est = rng.randrange(8, 60) * 1000
    lines = ['Patient%s : %s' % (e_(p), T.name(p, pick(rng, ['upper', 'roster_up']))),
             'Date de naissance : %s' % T.dob(p, pick(rng, ['fr', 'dots'])),
             '%s : %s' % (natid_label(p, 'fr'), T.natid(p, pick(rng, ['plain', 'dotted']) if country == 'BE' else pick(rng, ['plain', 'spaced'])))]
    if chance(rng, 0.6):
        lines.append("N° d'affiliation : %s" % p.mutuelle)
    lines += ['N° de dossier CHUDR : %s' % c.mrnv(mrn),
              "Date d'admission : %s (urgence)" % fdate(adm, 'fr'),
              'Diagnostic : %s' % T.dx(sc.dx_fr),
              'Durée de séjour prévue : %d jours' % rng.randrange(4, 15),
              'Estimation des frais hospitaliers : %s $ CA' % '{:,}'.format(est).replace(',', ' ')]
    v = rng.randrange(3)
    atts = []
    if v == 0:
        text = ("%s\n\nNous hospitalisons actuellement un%s de vos assuré%s, admis%s par notre urgence. Nous vous demandons une "
                "garantie de paiement (prise en charge directe) pour ce séjour :\n\n%s\n\nMerci de nous retourner le formulaire "
                "de garantie signé au %s (téléc.) ou par courriel à cette adresse.\n\n%s\n%s") % (
            greet(rng, 'fr'), 'e' if p.sex == 'F' else '', e_(p), e_(p), '\n'.join(lines), INSTS['chudr'].phone[:-2] + '99',
            closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Demande de garantie de paiement - %s' % T.name(p, 'upper'), 'Prise en charge - assuré%s hospitalisé%s au CHUDR' % (e_(p), e_(p)),
                          'Garantie de paiement URGENT'])
        note = 'guarantee of payment request to insurer, European patient at CHUDR'
    elif v == 1:
        orig = ("Bonjour,\n\nNous accusons réception de votre demande. Avant émission de la garantie, notre médecin-conseil "
                "demande un rapport médical succinct (diagnostic, traitement, date de sortie prévue).\n\n%s\n%s") % (
            closing(rng, 'fr', True), signature(rng, agent, 'fr', mobile=False))
        text = ("%s\n\nVoici les informations demandées par votre médecin-conseil :\n\n%s\nTraitement : %s\nÉvolution : %s\n\n%s\n%s\n\n%s") % (
            greet(rng, 'fr', agent), '\n'.join(lines), c.meds(sc, 'fr'), T.dx(sc.evo[0]), closing(rng, 'fr'),
            signature(rng, me, 'fr'), quote(orig, who(agent), to_local(earlier(rng, d), ins), 'fr', reply_style(rng),
                                            'Votre demande de garantie %s' % mrn, me.display()))
        subj = re_prefix(rng, 'fr') + 'Votre demande de garantie %s' % mrn
        note = 'reply to insurer medical adviser with clinical details'
    else:
        text = ("%s\n\nCi-joint le formulaire de demande de prise en charge complété pour votre assuré%s, ainsi que le rapport "
                "d'admission. Merci de confirmer la réception.\n\n%s\n%s") % (
            greet(rng, 'fr', agent), e_(p), closing(rng, 'fr'), signature(rng, me, 'fr'))
        blocks = [('h', 'Demande de prise en charge - séjour hospitalier à l\'étranger'), ('p', INSTS['chudr'].name),
                  ('kv', [(l.split(' : ')[0] + ' :', l.split(' : ', 1)[1]) for l in lines])]
        fname = pick(rng, ['Formulaire_PEC_%s.pdf' % mrn, 'demande_prise_en_charge.pdf', 'PEC %s.pdf' % T.name(p, 'surname')])
        atts.append(pdf_att(fname, blocks, 'Demande de prise en charge', me.display(), chance(rng, 0.5)))
        subj = pick(rng, ['Demande de prise en charge - dossier %s' % mrn, 'Formulaire PEC'])
        note = 'filled insurer form PDF, European patient at CHUDR'
    return Mail(me, [who(agent)], subj, text, 'fr', d, atts=atts, note=note)


def discharge_blocks(c, p, sc, lang, spec, adm, dis, mrn):
    T = c.T
    fr = lang == 'fr'
    ids = [('Nom :' if fr else 'Name:', T.name(p, 'roster_up')), ('Né(e) le :' if fr else 'DOB:', T.dob(p, 'fr' if fr else 'iso')),
           ('%s :' % natid_label(p, lang), T.natid(p)), ('Dossier CHUDR :' if fr else 'CHUDR MRN:', c.mrnv(mrn)),
           ('Séjour :' if fr else 'Stay:', '%s - %s' % (fdate(adm, 'fr'), fdate(dis, 'fr')))]
    blocks = [('h', 'Résumé de séjour' if fr else 'Discharge summary'), ('p', INSTS['chudr'].name + ' - ' + spec.dept(lang)),
              ('kv', ids), ('h2', 'Diagnostic' if fr else 'Diagnosis'), ('p', T.dx(sc.dx(lang))),
              ('h2', 'Évolution' if fr else 'Hospital course'), ('p', T.dx(sc.evo[0 if fr else 1])),
              ('h2', 'Médicaments au congé' if fr else 'Discharge medications'), ('bullets', [T.med(m) for m in sc.med_list(lang)]),
              ('h2', 'Résultats pertinents' if fr else 'Relevant results'),
              ('table', [['Analyse' if fr else 'Test', 'Résultat' if fr else 'Result']] + [[n, T.lab(v)] for n, v in sc.lab_list(lang)]),
              ('h2', 'Suivi' if fr else 'Follow-up'),
              ('p', ('Revoir en %s dans 2 à 3 semaines après le retour.' % SVC[sc.svc][0]) if fr else
               'Follow-up in %s within 2-3 weeks of return.' % SVC[sc.svc][1]),
              ('p', '%s, %s' % (spec.display(lang, True), spec.role(lang)))]
    return blocks


@positive('discharge_docx', 6)
def pos_discharge_docx(c):
    rng, T = c.rng, c.T
    country = pick(rng, ['BE', 'FR', 'BE'])
    p = c.patient(country)
    sc = c.scen(p)
    pinst = pick(rng, (PARTNERS_BE + ['azsa']) if country == 'BE' else PARTNERS_FR)
    lang = 'en' if pinst == 'azsa' else 'fr'
    dest = c.ext(pinst, pick(rng, ['doc', 'admin']))
    spec = c.chudr({'cardio': 'cardio', 'neuro': 'neuro', 'pneumo': 'pneumo', 'ortho': 'ortho', 'icu': 'icu',
                    'peds': 'peds'}.get(sc.svc, 'im'))
    sender = spec if chance(rng, 0.5) else c.chudr('coord')
    d = msg_date(rng)
    adm = (d - dt.timedelta(days=rng.randrange(5, 20))).date()
    dis = (d - dt.timedelta(days=rng.randrange(0, 2))).date()
    mrn = '%07d' % rng.randrange(1000000, 3999999)
    blocks = discharge_blocks(c, p, sc, lang, spec, adm, dis, mrn)
    mode = rng.randrange(3)
    fname = ['Resume_sejour_%s.docx' % mrn, 'Résumé de séjour %s.docx' % T.name(p, 'surname'),
             'RS_%s_%s.docx' % (T.name(p, 'file'), dis.strftime('%Y%m%d'))][mode]
    att = docx_att(fname, blocks, 'Résumé de séjour', spec.display())
    if lang == 'fr':
        if chance(rng, 0.5):
            text = ("%s\n\nVeuillez trouver ci-joint le résumé de séjour de %s, hospitalisé%s chez nous du %s au %s pour %s. "
                    "Le retour en %s est prévu le %s par vol régulier%s. Un suivi en %s est à prévoir.\n\n%s\n%s") % (
                greet(rng, 'fr', dest), T.name(p, pick(rng, ['civ_full', 'civ'])), e_(p), fdate(adm, 'fr'), fdate(dis, 'fr'),
                T.dx(sc.dx_fr), 'Belgique' if country == 'BE' else 'France',
                fdate(dis + dt.timedelta(days=rng.randrange(1, 4)), 'fr_long'),
                pick(rng, ['', ' avec accompagnement', ' (assistance organisée par l\'assureur)']), SVC[sc.svc][0],
                closing(rng, 'fr'), signature(rng, sender, 'fr'))
        else:
            text = "%s\n\n%s\n\n%s\n%s" % (greet(rng, 'fr', dest), pick(rng, [
                'Ci-joint le résumé demandé. Bonne réception.', 'Voici le document pour la suite de la prise en charge.',
                'Suite à notre appel, le résumé de séjour en pièce jointe.']), closing(rng, 'fr'), signature(rng, sender, 'fr'))
        subj = pick(rng, ['Résumé de séjour', 'Résumé de séjour - retour %s' % ('Belgique' if country == 'BE' else 'France'),
                          'Transmission résumé de sortie', 'Documents de sortie'])
    else:
        text = ("%s\n\nPlease find attached the discharge summary for your patient, who was admitted to our hospital from %s to %s. "
                "Flight home is planned for %s.\n\n%s\n%s") % (
            greet(rng, 'en', dest), fdate(adm, 'en_long'), fdate(dis, 'en_long'),
            fdate(dis + dt.timedelta(days=2), 'en_long'), closing(rng, 'en'), signature(rng, sender, 'en'))
        subj = pick(rng, ['Discharge summary', 'Discharge summary - return to Belgium'])
    return Mail(sender, [who(dest)], subj, text, lang, d, atts=[att], note='discharge summary DOCX for European patient')


@positive('roster_xlsx', 5)
def pos_roster_xlsx(c):
    rng, T = c.rng, c.T
    me = c.chudr('coord')
    dest_inst = pick(rng, ['boreale', 'eurosecours', 'chudr', 'chudr'])
    dest = c.ext(dest_inst, 'case') if dest_inst != 'chudr' else c.chudr('bed')
    d = msg_date(rng)
    week = d.isocalendar()[1]
    n = rng.randrange(4, 9)
    hdr = pick(rng, [['Nom', 'Prénom', 'DDN', 'N° identifiant', 'Hôpital actuel', 'Service', 'Diagnostic', 'Statut', 'Date prévue'],
                     ['NOM, Prénom', 'Naissance', 'NAM / NISS / NIR', 'Établissement', 'Dx', 'Statut', 'Vol']])
    rows = [hdr]
    closed = [hdr]
    seen = set()
    for i in range(n):
        p = c.patient(pick(rng, ['QC', 'QC', 'QC', 'BE', 'FR']))
        if id(p) in seen:
            continue
        seen.add(id(p))
        sc = c.scen(p)
        hosp = pick(rng, ['CUVM Liège', 'GHBS Bruxelles', 'CHU Rivemont', 'GHFA Lille', 'CHUDR']) if p.country == 'QC' else 'CHUDR'
        status = pick(rng, ['en attente accord médical', 'lit confirmé', 'vol à réserver', 'GOP reçue', 'en attente GOP',
                            'rapatrié', 'annulé (décès)', 'sorti'])
        when = fdate((d + dt.timedelta(days=rng.randrange(-3, 10))).date(), 'iso')
        if len(hdr) == 9:
            row = [T.name(p, 'surname').upper(), T.name(p, 'given'), T.dob(p, 'iso'), T.natid(p), hosp, SVC[sc.svc][0],
                   T.dx(sc.abbr if chance(rng, 0.5) else sc.dx_fr), status, when]
        else:
            row = [T.name(p, 'roster_up'), T.dob(p, 'fr'), T.natid(p), hosp, T.dx(sc.abbr), status, when]
        (closed if status in ('rapatrié', 'sorti', 'annulé (décès)') else rows).append(row)
    sheets = [('Actifs S%d' % week, rows)]
    if len(closed) > 1:
        sheets.append(('Clos', closed))
    fname = pick(rng, ['suivi_dossiers_internationaux_S%d.xlsx' % week, 'Liste rapatriements %s.xlsx' % d.strftime('%Y-%m-%d'),
                       'BPI_tableau_hebdo.xlsx'])
    att = xlsx_att(fname, sheets, me.display())
    text = "%s\n\n%s\n\n%s\n%s" % (greet(rng, 'fr', dest, familiar=True), pick(rng, [
        'Voici la liste à jour des dossiers en cours (semaine %d). Les changements depuis lundi sont dans la colonne Statut.' % week,
        'Tableau hebdo en pièce jointe. Deux nouveaux dossiers depuis vendredi.',
        'Ci-joint le suivi. Merci de me signaler les erreurs de DDN, on a eu des surprises la semaine passée.',
        'Comme chaque semaine, le fichier de suivi. Pas de changement pour les dossiers clos.']),
        closing(rng, 'fr'), signature(rng, me, 'fr'))
    subj = pick(rng, ['Suivi dossiers internationaux - S%d' % week, 'Tableau hebdo rapatriements', 'Liste à jour',
                      'MAJ liste patients internationaux'])
    return Mail(me, [who(dest)], subj, text, 'fr', d, atts=[att], note='weekly roster XLSX of international patients')


@positive('labs_csv', 4)
def pos_labs_csv(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'BE', 'FR']))
    sc = c.scen(p)
    pinst = pick(rng, PARTNERS_BE if p.country == 'BE' else PARTNERS_FR if p.country == 'FR' else PARTNERS_BE + PARTNERS_FR)
    dest = c.ext(pinst, 'doc')
    me = c.chudr(pick(rng, ['im', 'cardio', 'neuro', 'hemato', 'nephro']))
    d = msg_date(rng)
    en = chance(rng, 0.25)
    lang = 'en' if en else 'fr'
    hdr = ['nom', 'prenom', 'ddn', 'no_dossier', 'date_prelevement', 'analyse', 'resultat', 'unite', 'flag'] if not en else \
        ['last_name', 'first_name', 'dob', 'mrn', 'collected', 'test', 'result', 'unit', 'flag']
    rows = [hdr]
    mrn = '%07d' % rng.randrange(1000000, 3999999) if p.country != 'QC' else p.mrn
    for k in range(rng.randrange(2, 4)):
        day = (d - dt.timedelta(days=3 * k + 1)).strftime('%Y-%m-%d')
        for n, v in sc.lab_list(lang):
            val, _, unit = v.partition(' ')
            rows.append([T.name(p, 'surname').upper(), T.name(p, 'given'), T.dob(p, 'iso'), c.mrnv(mrn), day, n,
                         T.lab(val), unit, pick(rng, ['H', 'L', '', 'HH'])])
    fname = pick(rng, ['export_%s.csv' % mrn, 'resultats_labo.csv', 'labs_%s.csv' % d.strftime('%Y%m%d')])
    att = csv_att(fname, rows, pick(rng, [';', ',', '\t']), pick(rng, ['utf-8', 'utf-8-sig', 'windows-1252', 'iso-8859-1']),
                  cte=pick(rng, [None, 'quoted-printable', 'base64']))
    if not en:
        text = "%s\n\n%s\n\n%s\n%s" % (greet(rng, 'fr', dest), pick(rng, [
            'Comme demandé, l\'export des derniers résultats en CSV (le PDF du labo est illisible chez vous, si j\'ai bien compris).',
            'Voici les résultats de suivi. Dites-moi si le format vous convient pour l\'import dans votre DPI.',
            'Ci-joint les résultats des trois derniers prélèvements.']), closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Résultats de laboratoire', 'Export résultats - dossier %s' % mrn, 'labo'])
    else:
        text = "%s\n\n%s\n\n%s\n%s" % (greet(rng, 'en', dest), 'Lab export attached as requested (CSV).', closing(rng, 'en'),
                                       signature(rng, me, 'en'))
        subj = 'Lab results export'
    return Mail(me, [who(dest)], subj, text, lang, d, atts=[att], note='CSV lab export with patient identity')


@positive('transport', 5)
def pos_transport(c):
    rng, T = c.rng, c.T
    mode = rng.randrange(3)
    me = c.chudr('coord')
    d = msg_date(rng)
    when = d + dt.timedelta(days=rng.randrange(1, 5))
    if mode in (0, 1):
        p = c.patient('QC')
        sc = c.scen(p)
        amb = c.ext('ambqc', 'case')
        if mode == 0:
            trip = "de l'aéroport YUL (arrivée %s, vol %s) vers %s" % (
                when.strftime('%H:%M'), pick(rng, ['AC 871', 'AC 833', 'TS 111']),
                pick(rng, ['le CHUDR (urgence, porte 3)', 'son domicile : %s' % T.contact(c.addr_line(p))]))
        else:
            trip = 'du CHUDR vers son domicile : %s' % T.contact(c.addr_line(p))
        text = ("%s\n\nMerci de planifier un transport ambulancier le %s %s pour %s (%s, %d ans) :\n\n"
                "- trajet %s\n- mobilité : %s\n- particularités : %s\n- personne à joindre : %s\n\n"
                "Le bon de transport suit par télécopieur.\n\n%s\n%s") % (
            greet(rng, 'fr', amb), fday(when.date(), 'fr'), when.strftime('%H:%M'), T.name(p, pick(rng, ['civ_full', 'full', 'upper'])),
            lpick(rng, lambda: 'NAM %s' % T.nam(p), lambda: 'dossier %s' % T.mrn(p)), p.age, trip,
            pick(rng, ['civière', 'fauteuil roulant', 'marche avec déambulateur']),
            T.dx(sc.dx_fr if sc.needs[0] == 'aucun' else sc.needs[0] + ' - ' + sc.dx_fr),
            T.contact('%s (%s) %s' % (pick(rng, ['fille', 'conjoint', 'fils', 'voisine']), pick(rng, ['cell.', 'maison']), p.phone)),
            closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Demande de transport %s' % fdate(when.date(), 'short'), 'Transport ambulancier - %s' % T.name(p, 'upper'),
                          'Réservation ambulance arrivée YUL'])
        to = [who(amb)]
        lang = 'fr'
    else:
        p = c.patient('BE')
        sc = c.scen(p)
        amb = c.ext('ambbe', 'case')
        text = ("%s\n\nNous organisons le retour en Belgique de %s (%s), hospitalisé%s chez nous pour %s. Arrivée prévue à "
                "Bruxelles-National le %s à %s. Pourriez-vous assurer le transport de l'aéroport jusqu'au domicile, %s ?\n\n"
                "Contact sur place : %s.\nBesoins : %s.\n\n%s\n%s") % (
            greet(rng, 'fr', amb), T.name(p, 'civ_full'), 'NISS %s' % T.niss(p, pick(rng, ['plain', 'dotted'])), e_(p),
            T.dx(sc.dx_fr), fdate(when.date(), 'fr_long'), '%02d:%02d' % (rng.randrange(7, 20), pick(rng, [5, 20, 40, 55])),
            T.contact(c.addr_line(p)), T.contact(p.phone), T.dx(sc.needs[0]), closing(rng, 'fr', True), signature(rng, me, 'fr'))
        subj = pick(rng, ['Transport aéroport -> domicile %s' % fdate(when.date(), 'short'), 'Demande de transport - retour patient%s' % e_(p)])
        to = [who(amb)]
        lang = 'fr'
    atts = []
    if chance(rng, 0.35):
        atts.append(pdf_att('bon_transport_%s.pdf' % d.strftime('%m%d'), [
            ('h', 'Bon de transport ambulancier'), ('kv', [('Patient :', T.name(p, 'upper')), ('Naissance :', T.dob(p, 'fr')),
                                                           ('Adresse :', T.contact(c.addr_line(p))),
                                                           ('Tél. :', T.contact(p.phone))]),
            ('p', 'Motif : ' + T.dx(sc.dx_fr))], 'Bon de transport', me.display()))
    return Mail(me, to, subj, text, lang, d, atts=atts, note='ambulance booking with patient address/phone')


@positive('ics_teleconsult', 4)
def pos_ics(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'BE', 'FR']))
    sc = c.scen(p)
    pinst = pick(rng, PARTNERS_BE + PARTNERS_FR)
    ext = c.ext(pinst, 'doc')
    me = c.chudr(pick(rng, ['tele', 'coord']))
    doc = c.chudr(pick(rng, ['im', 'neuro', 'cardio', 'hemato']))
    d = msg_date(rng)
    start = (d + dt.timedelta(days=rng.randrange(2, 10))).replace(hour=pick(rng, [8, 9, 10]), minute=pick(rng, [0, 30]))
    summ = pick(rng, ['Téléconsultation - %s (%s)' % (T.name(p, 'civ'), T.dx(sc.abbr)),
                      'RCP virtuelle CHUDR/%s - %s' % (INSTS[pinst].short, T.name(p, 'upper'))])
    desc = ("Patient%s : %s, né%s le %s\n%s : %s\nMotif : %s\nLien Teams : https://teams.chudr.example/l/meetup-join/%08x\n"
            "Merci de vous connecter 5 min avant.") % (
        e_(p), T.name(p, 'full'), e_(p), T.dob(p, 'fr'), natid_label(p, 'fr'), T.natid(p), T.dx(sc.dx_fr), rng.getrandbits(32))
    ics = make_ics('%08x-chudr-%04d' % (rng.getrandbits(32), rng.randrange(10000)), summ, desc, start, 45,
                   'Salle de télésanté B-2210 / Teams', (me.display(), me.email), [who(ext), who(doc)])
    text = "%s\n\n%s\n\n%s" % (greet(rng, 'fr', group=True), pick(rng, [
        'Invitation pour la téléconsultation (voir le fichier .ics). Heure de Montréal : %s, soit %s à %s.' % (
            start.strftime('%H:%M'), (start + dt.timedelta(hours=6)).strftime('%H:%M'), INSTS[pinst].city),
        'Voici l\'invitation, merci de confirmer votre présence.', 'Rencontre planifiée, détails dans l\'invitation jointe.']),
        signature(rng, me, 'fr'))
    att = Att('invite.ics', 'text/calendar; method=REQUEST; charset="utf-8"', ics, cte=pick(rng, ['base64', 'quoted-printable', '7bit' if all(b < 128 for b in ics) else 'base64']),
              src=summ + '\n' + desc)
    return Mail(me, [who(ext), who(doc)], 'Invitation : ' + summ, text, 'fr', d, atts=[att],
                note='calendar invite with patient identity in summary/description')


@positive('vcard_homecare', 3)
def pos_vcard(c):
    rng, T = c.rng, c.T
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    me = c.chudr('social')
    dest = c.ext('cissht', pick(rng, ['social', 'admin']))
    d = msg_date(rng)
    vfn, vtel, vadr = T.name(p, 'full'), T.contact(p.phone), T.contact('%s;%s;QC;%s;Canada' % (p.address, p.city, p.postal))
    vnote = pick(rng, ['Rapatrié%s de Belgique - suivi SAD' % e_(p), 'Retour de France, soins à domicile'])
    vc = make_vcf(vfn, '%s;%s;;;' % (p.surname, p.given), [('HOME', vtel)], vadr, note=vnote)
    soc = ('Note : %s.' % c.social(p, 'fr')) if chance(rng, 0.5) else ''
    text = ("%s\n\n%s a été rapatrié%s au CHUDR le %s après une hospitalisation à l'étranger pour %s. Le congé est prévu "
            "cette semaine; une référence au soutien à domicile a été faite (pansements, aide au bain). %s\n\n"
            "Les coordonnées sont dans la carte de contact jointe.\n\n%s\n%s") % (
        greet(rng, 'fr', dest), T.name(p, pick(rng, ['civ_full', 'full'])), e_(p),
        fdate((d - dt.timedelta(days=rng.randrange(3, 12))).date(), 'fr_long'), T.dx(sc.dx_fr),
        soc, closing(rng, 'fr'), signature(rng, me, 'fr'))
    att = Att('%s.vcf' % T.name(p, 'full').replace(' ', '_'), 'text/vcard; charset="utf-8"', vc,
              cte=pick(rng, ['base64', 'quoted-printable']), src='\n'.join([vfn, vtel, vadr, vnote]))
    return Mail(me, [who(dest)], pick(rng, ['Référence SAD - retour de rapatriement', 'Suivi à domicile %s' % T.name(p, 'civ')]),
                text, 'fr', d, atts=[att], note='vCard of repatriated patient sent to home care')


def partner_clinical_note(c, p, sc, pinst, author, lang='fr', with_id=True):
    """Free-text clinical message as a partner hospital would write it (used in quotes / forwards)."""
    rng, T = c.rng, c.T
    if lang == 'fr':
        idp = ''
        if with_id:
            idp = ' (%s %s)' % (natid_label(p, 'fr'), T.natid(p, 'spaced' if p.country in ('QC', 'FR') and chance(rng, 0.4) else 'plain'))
        body = ("%s\n\n%s%s, %d ans, est toujours hospitalisé%s chez nous pour %s. %s\n\nTraitement : %s.\nBiologie : %s.\n\n"
                "%s\n\n%s\n%s") % (
            pick(rng, ['Bonjour,', 'Chère collègue,', 'Cher collègue,', 'Bonjour à tous,']),
            T.name(p, pick(rng, ['civ_full', 'civ_up', 'full'])), idp, p.age, e_(p), T.dx(sc.dx_fr), T.dx(sc.evo[0]),
            c.meds(sc, 'fr'), c.labs(sc, 'fr', k=2),
            pick(rng, ['Le départ est envisagé en fin de semaine si la stabilité se confirme.',
                       "L'assisteur nous demande votre accord pour un retour vers Montréal.",
                       'Merci de nous indiquer si vous pouvez accueillir %s.' % le_patient(p)]),
            closing(rng, 'fr', True), signature(rng, author, 'fr', mobile=False))
    else:
        idp = ' (%s %s)' % (natid_label(p, 'en'), T.natid(p)) if with_id else ''
        body = ("Dear colleagues,\n\n%s%s, %d, is still admitted here with %s. %s\n\nMeds: %s.\nLabs: %s.\n\n"
                "We would like to plan the transfer back to Montreal by the end of the week.\n\n%s\n%s") % (
            T.name(p, pick(rng, ['full', 'en_civ'])), idp, p.age, T.dx(sc.dx_en), T.dx(sc.evo[1]), c.meds(sc, 'en'),
            c.labs(sc, 'en', k=2), closing(rng, 'en'), signature(rng, author, 'en', mobile=False))
    return body


@positive('zip_dossier', 5)
def pos_zip(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'QC', 'BE', 'FR']))
    sc = c.scen(p)
    me = c.chudr('coord')
    if p.country == 'QC':
        dest_inst = pick(rng, ['boreale', 'northstar', 'eurosecours'])
        dest = c.ext(dest_inst, pick(rng, ['md', 'case']))
    else:
        dest_inst = pick(rng, PARTNERS_BE if p.country == 'BE' else PARTNERS_FR)
        dest = c.ext(dest_inst, 'doc')
    lang = 'en' if dest_inst == 'northstar' else 'fr'
    d = msg_date(rng)
    ref = 'DOS-%s-%04d' % (d.strftime('%y%m'), rng.randrange(10000))
    spec = c.chudr('im')
    files = []
    blocks = clinical_blocks(c, p, sc, lang, 'chudr', 'Rapport médical' if lang == 'fr' else 'Medical report',
                             ids=('name', 'dob', 'natid'), mrn=p.mrn if p.country == 'QC' else None, author=spec)
    pa = pdf_att('x', blocks, 'Rapport', spec.display(), chance(rng, 0.5))
    files.append(('01_rapport_medical.pdf' if lang == 'fr' else '01_medical_report.pdf', pa.data))
    srcs = [pa.src]
    rows = [['Analyse' if lang == 'fr' else 'Test', 'Résultat' if lang == 'fr' else 'Result', 'Date']]
    for n, v in sc.lab_list(lang):
        rows.append([n, T.lab(v), d.strftime('%Y-%m-%d')])
    files.append(('02_biologie.csv' if lang == 'fr' else '02_labs.csv', make_csv(rows, ';')))
    srcs.append('\n'.join(' | '.join(r) for r in rows))
    if chance(rng, 0.6):
        ordo = [('h', 'Ordonnance de sortie' if lang == 'fr' else 'Discharge prescription'),
                ('p', T.name(p, 'upper') + ' - ' + T.dob(p, 'fr' if lang == 'fr' else 'iso')),
                ('bullets', [T.med(m) for m in sc.med_list(lang)])]
        files.append(('03_ordonnance.docx' if lang == 'fr' else '03_prescription.docx', make_docx(ordo, 'Ordonnance', spec.display())))
        srcs.append(blocks_text(ordo))
    if chance(rng, 0.4):
        ecg = 'Compte rendu ECG - %s\nRythme sinusal, %d bpm. %s\n' % (T.name(p, 'full'), rng.randrange(55, 110),
                                                                       pick(rng, ['QRS fins.', 'BBD incomplet.', 'Pas de sus-décalage.']))
        files.append(('04_ecg.txt', ecg.encode('utf-8')))
        srcs.append(ecg)
    zname = pick(rng, ['%s.zip' % ref, 'Dossier_%s.zip' % T.name(p, 'file'), 'dossier_complet.zip'])
    att = Att(zname, pick(rng, ['application/zip', 'application/x-zip-compressed']), make_zip(files), src='\n'.join(srcs))
    if lang == 'fr':
        text = "%s\n\n%s\n\n%s\n%s" % (greet(rng, 'fr', dest), pick(rng, [
            'Vous trouverez ci-joint le dossier complet (rapport, biologie, ordonnance) en un seul fichier zip.',
            'Dossier %s en pièce jointe, zippé parce que la messagerie bloquait les 4 fichiers séparés.' % ref,
            'Tel que demandé par votre médecin régulateur, le dossier médical compressé.']), closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Dossier %s' % ref, 'Documents médicaux - réf. %s' % ref, 'Envoi dossier complet'])
    else:
        text = "%s\n\nAs requested by your medical team, the complete file is attached (zip).\n\n%s\n%s" % (
            greet(rng, 'en', dest), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = pick(rng, ['Medical records - ref %s' % ref, 'Requested documents'])
    return Mail(me, [who(dest)], subj, text, lang, d, atts=[att], note='ZIP with medical report, labs and prescription')


@positive('fwd_eml', 4)
def pos_fwd_eml(c):
    rng, T = c.rng, c.T
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    pinst = pick(rng, ['cuvm', 'ghbs', 'rivemont', 'ghfa', 'azsa'])
    lang_in = 'en' if pinst == 'azsa' else 'fr'
    author = c.ext(pinst, 'doc')
    me = c.chudr('coord')
    tgt = c.chudr(pick(rng, ['im', 'bed', 'icu']), exclude=[me])
    d = msg_date(rng)
    d0 = to_local(earlier(rng, d), pinst)
    inner_text = partner_clinical_note(c, p, sc, pinst, author, lang_in, with_id=chance(rng, 0.7))
    isubj = pick(rng, ['Transfert vers Montréal', 'Patient%s québécois%s - demande de transfert' % (e_(p), 'e' if p.sex == 'F' else ''),
                       'Suivi dossier rapatriement']) if lang_in == 'fr' else 'Transfer to Montreal'
    inner = Mail((author.display(), author.email), [('Bureau des patients internationaux', 'bpi@chudr.example')], isubj,
                 inner_text, lang_in, d0)
    inner_bytes = render(inner, rng, inner=True)
    text = "%s\n\n%s\n\n%s" % (greet(rng, 'fr', tgt, familiar=True), pick(rng, [
        'Je te transfère le courriel reçu de %s (en pièce jointe). Peux-tu me dire si on peut accepter ?' % INSTS[pinst].short,
        'FYI - courriel original joint. On en parle demain.', 'Voir le message joint. Urgent svp, ils veulent une réponse aujourd\'hui.']),
        signature(rng, me, 'fr', mobile=chance(rng, 0.2)))
    att = Att(pick(rng, ['%s.eml' % isubj.replace(' ', '_').replace('/', '-'), 'message.eml', 'courriel_original.eml']),
              'message/rfc822', inner_bytes, src=isubj + '\n' + inner_text)
    return Mail(me, [who(tgt)], fw_prefix(rng, 'fr') + isubj, text, 'fr', d, atts=[att],
                note='forward with original message attached as .eml')


@positive('quoted_only', 5)
def pos_quoted_only(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'QC', 'BE', 'FR']))
    sc = c.scen(p)
    pinst = pick(rng, PARTNERS_BE if p.country == 'BE' else PARTNERS_FR if p.country == 'FR' else PARTNERS_BE + PARTNERS_FR + ['azsa'])
    lang = 'en' if pinst == 'azsa' else 'fr'
    author = c.ext(pinst, 'doc')
    me = c.chudr(pick(rng, ['coord', 'bed', 'im']))
    d = msg_date(rng)
    d0 = to_local(earlier(rng, d), pinst)
    orig = partner_clinical_note(c, p, sc, pinst, author, lang, with_id=chance(rng, 0.6))
    osubj = pick(rng, ['Suivi', 'Suivi dossier', 'Votre demande du %s' % fdate(d0.date(), 'short'), 'Transfert'] if lang == 'fr'
                 else ['Follow-up', 'Transfer update'])
    if lang == 'fr':
        lead = pick(rng, ['Parfait, merci. C\'est noté pour jeudi.', 'Bien reçu, on vous revient demain matin.',
                          'Merci! Je transmets à l\'équipe médicale.', 'Reçu 5/5 merci', 'Ok pour nous.'])
    else:
        lead = pick(rng, ['Thanks, noted.', 'Received - will get back to you tomorrow.', 'Great, thank you!'])
    text = '%s\n\n%s\n\n%s' % (lead, signature(rng, me, lang, mobile=chance(rng, 0.3)),
                               quote(orig, who(author), d0, lang, reply_style(rng), osubj, me.display()))
    return Mail(me, [who(author)], re_prefix(rng, lang) + osubj, text, lang, d, note='short reply, PHI only in quoted text',
                in_reply_to='<%08X@%s>' % (rng.getrandbits(32), INSTS[pinst].domain))


@positive('subject_only', 3)
def pos_subject_only(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'BE', 'FR']))
    sc = c.scen(p)
    me = c.chudr(pick(rng, ['coord', 'bed']))
    tgt = c.chudr(pick(rng, ['im', 'cardio', 'neuro', 'social']), exclude=[me])
    d = msg_date(rng)
    subj = pick(rng, ['%s - %s - retour jeudi?' % (T.name(p, 'civ'), T.dx(sc.abbr)),
                      '%s (%s) transfert demain' % (T.name(p, 'upper'), T.dx(sc.abbr.lower())),
                      'URGENT %s %s' % (T.name(p, 'surname'), T.dx(sc.abbr))])
    text = '%s\n\n%s' % (pick(rng, ['Peux-tu me rappeler svp? poste %d' % me.ext, 'Appelle-moi quand tu peux.',
                                    'Voir mon message vocal. Merci!', 'On se parle à 14h?']),
                         signature(rng, me, 'fr', mobile=chance(rng, 0.5)))
    return Mail(me, [who(tgt)], subj, text, 'fr', d, note='patient name and diagnosis in Subject only', form='plain')


@positive('filename_only', 3)
def pos_filename_only(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'BE', 'FR']))
    sc = c.scen(p)
    me = c.chudr(pick(rng, ['admit', 'coord']))
    dest_inst = pick(rng, PARTNERS_BE + PARTNERS_FR)
    dest = c.ext(dest_inst, pick(rng, ['doc', 'admin']))
    d = msg_date(rng)
    kind = pick(rng, ['CR_IRM', 'CR_op', 'Compte-rendu', 'Scan', 'Echo'])
    fname = pick(rng, ['%s_%s_%s.pdf' % (kind, T.name(p, 'file'), T.dx(sc.abbr.replace(' ', '_'))),
                       '%s %s - %s.pdf' % (kind, T.name(p, 'full'), T.dx(sc.abbr))])
    att = pdf_att(fname, [], 'Numérisation', '', True, scanned=True)
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, 'fr', dest), pick(rng, [
        'Voici le document numérisé demandé.', 'Ci-joint le document, désolée pour la qualité du scan.',
        'Document en pièce jointe.']), closing(rng, 'fr'), signature(rng, me, 'fr'))
    return Mail(me, [who(dest)], pick(rng, ['Document demandé', 'Envoi document', 'Numérisation']), text, 'fr', d,
                atts=[att], note='patient name and diagnosis only in attachment file name (scanned PDF without text)')


@positive('disguised_id', 4)
def pos_disguised(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'QC', 'BE', 'FR']))
    sc = c.scen(p)
    me = c.chudr(pick(rng, ['coord', 'admit', 'social']))
    dest = c.ext(pick(rng, ['boreale', 'eurosecours', 'mewb']), 'case')
    d = msg_date(rng)
    if p.country == 'QC':
        n = p.nam
        idtxt = T.add('ramq_nam', pick(rng, ['%s %s %s' % (n[:4].lower(), n[4:8], n[8:]), ' '.join(n[:4]) + ' ' + n[4:],
                                             '%s.%s.%s' % (n[:4], n[4:8], n[8:]), '%s / %s' % (n[:4], n[4:])]))
        lab = pick(rng, ['carte soleil', 'NAM', 'no RAMQ', 'assurance maladie'])
    elif p.country == 'BE':
        n = p.niss
        idtxt = T.add('be_niss', pick(rng, ['%s-%s-%s %s' % (n[:2], n[2:4], n[4:6], n[6:]), '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
                                            '%s/%s' % (n[:9], n[9:])]))
        lab = pick(rng, ['n° national', 'NISS', 'n° registre national'])
    else:
        n = p.nir
        idtxt = T.add('fr_nir', pick(rng, ['%s.%s.%s.%s.%s.%s.%s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
                                           '%s-%s' % (n[:13], n[13:]), '%s %s %s' % (n[:5], n[5:10], n[10:])]))
        lab = pick(rng, ['n° sécu', 'NIR', 'n° de sécurité sociale'])
    text = ("%s\n\n%s\n\n%s\n%s") % (greet(rng, 'fr', dest, familiar=True), lpick(
        rng,
        lambda: 'Petite correction pour le dossier de %s : le %s est %s (et non celui inscrit sur le formulaire). Toujours hospitalisé%s pour %s.' % (
            T.name(p, pick(rng, ['lower', 'civ', 'full'])), lab, idtxt, e_(p), T.dx(sc.dx_fr)),
        lambda: 'Pour %s (%s), son %s : %s. Dx : %s. Merci de mettre à jour.' % (
            T.name(p, pick(rng, ['upper', 'lower'])), T.dob(p, pick(rng, ['short', 'dots'])), lab, idtxt, T.dx(sc.abbr.lower())),
        lambda: '%s -> %s %s, %s. Je vous envoie le reste plus tard.' % (T.name(p, 'surname'), lab, idtxt, T.dx(sc.dx_fr))),
        pick(rng, ['Merci', 'Merci!', 'thx']), signature(rng, me, 'fr', mobile=chance(rng, 0.4)))
    return Mail(me, [who(dest)], pick(rng, ['correction', 'Correction no dossier', 'RE: info manquante', 'info']),
                maybe_noacc(rng, text, 0.3), 'fr', d, note='identifier written in unusual spacing/punctuation', form='plain')


@positive('html_table', 4)
def pos_html_table(c):
    rng, T = c.rng, c.T
    me = c.chudr(pick(rng, ['bed', 'coord']))
    dest = c.chudr('bed', exclude=[me]) if chance(rng, 0.5) else c.ext(pick(rng, ['boreale', 'eurosecours']), 'case')
    d = msg_date(rng)
    rows = []
    seen = set()
    for _ in range(rng.randrange(3, 7)):
        p = c.patient(pick(rng, ['QC', 'QC', 'BE', 'FR']))
        if id(p) in seen:
            continue
        seen.add(id(p))
        sc = c.scen(p)
        rows.append((T.name(p, pick(rng, ['roster_up', 'roster'])), T.natid(p) if chance(rng, 0.7) else c.mrnv(p.mrn),
                     T.dx(sc.abbr if chance(rng, 0.5) else sc.dx_fr), pick(rng, ['6N-12', '7S-04', 'USIC-3', 'URG civ. 14', '4B-22']),
                     pick(rng, ['arrivé', 'attendu %s' % (d + dt.timedelta(days=1)).strftime('%d/%m'), 'congé prévu', 'retour EU à planifier'])))
    trs = '\n'.join('<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>' % tuple(htmlmod.escape(x) for x in r) for r in rows)
    intro = pick(rng, ['Voici l\'état des patients internationaux au %s :' % fdate(d.date(), 'fr'),
                       'Mise à jour pour le caucus de ce matin :', 'Liste des patients rapatriés / à rapatrier :'])
    html = ('<p>%s</p>\n<p>%s</p>\n<table style="border-collapse:collapse">\n'
            '<tr><th>Patient</th><th>Identifiant</th><th>Diagnostic</th><th>Lit</th><th>Statut</th></tr>\n%s\n</table>\n'
            '<p>%s</p>\n<p>%s</p>') % (htmlmod.escape(greet(rng, 'fr', group=True)), htmlmod.escape(intro), trs,
                                       htmlmod.escape(closing(rng, 'fr')), signature(rng, me, 'fr').replace('\n', '<br>\n'))
    text = '%s\n\n%s\n\n%s\n\n%s' % (greet(rng, 'fr', group=True), intro,
                                     '\n'.join(' | '.join(r) for r in rows), signature(rng, me, 'fr'))
    return Mail(me, [who(dest)], pick(rng, ['État patients internationaux', 'Caucus BPI - liste', 'Patients rapatriés - MAJ']),
                text, 'fr', d, html=html, form=pick(rng, ['html', 'alt']), note='HTML table of international inpatients')


@positive('social_work', 5)
def pos_social(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'BE', 'FR']), peds=False)
    sc = c.scen(p)
    me = c.chudr('social')
    if p.country == 'QC':
        pinst = pick(rng, PARTNERS_BE + PARTNERS_FR)
    else:
        pinst = pick(rng, PARTNERS_BE if p.country == 'BE' else PARTNERS_FR)
    dest = c.ext(pinst, 'social')
    d = msg_date(rng)
    soc1 = c.social(p, 'fr')
    extra = ''
    if chance(rng, 0.5):
        extra = " Personne ressource : %s." % T.contact('%s, %s' % (pick(rng, ['sa sœur', 'son fils', 'sa fille', 'une voisine']),
                                                                    p.phone if p.country != 'QC' else phone_qc(rng, p.city)))
    if p.country == 'QC':
        body = ("Je suis la travailleuse sociale qui suivra %s à son retour au Québec (hospitalisé%s chez vous pour %s). "
                "Quelques éléments de contexte que la famille m'a transmis : %s.%s\n\nPourriez-vous me dire si une évaluation "
                "sociale a été faite de votre côté et si %s a pu contacter ses proches ? Je souhaite éviter un congé "
                "sans filet de sécurité à l'arrivée.") % (
            T.name(p, pick(rng, ['civ_full', 'civ'])), e_(p), T.dx(sc.dx_fr), soc1, extra, il(p))
    else:
        body = ("Nous préparons le retour de %s, hospitalisé%s au CHUDR depuis le %s pour %s. Sur le plan social : %s.%s\n\n"
                "Pouvez-vous prendre le relais à son arrivée (%s) ? Une aide à domicile sera vraisemblablement nécessaire les "
                "premières semaines.") % (
            T.name(p, pick(rng, ['civ_full', 'full'])), e_(p), fdate((d - dt.timedelta(days=rng.randrange(4, 20))).date(), 'fr'),
            T.dx(sc.dx_fr), soc1, extra, T.contact(c.addr_line(p)))
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, 'fr', dest), body, closing(rng, 'fr'), signature(rng, me, 'fr'))
    subj = pick(rng, ['Évaluation sociale - retour au Québec', 'Situation sociale de votre patient%s' % e_(p),
                      'Préparation du retour - volet social', 'Service social CHUDR'])
    return Mail(me, [who(dest)], subj, maybe_noacc(rng, text, 0.08), 'fr', d, note='social worker exchange with social context')


@positive('en_insurer', 5)
def pos_en_insurer(c):
    rng, T = c.rng, c.T
    ins = pick(rng, ['maple', 'northstar'])
    adj = c.ext(ins, 'case')
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    me = c.chudr(pick(rng, ['coord', 'finance', 'admit']))
    d = msg_date(rng)
    claim = '%s-%07d' % (pick(rng, ['CLM', 'MS', 'NSG']), rng.randrange(10 ** 6, 10 ** 7))
    policy = 'POL %s %06d' % (pick(rng, ['TRV', 'EMR']), rng.randrange(10 ** 5, 10 ** 6))
    v = rng.randrange(3)
    atts = []
    if v == 0:
        text = ("%s\n\nFurther to your request for claim %s, please find below the summary for your insured.\n\n"
                "Name: %s\nDOB: %s\nRAMQ: %s\nPolicy: %s\nAdmitted: %s (repatriated from %s)\nDiagnosis: %s\n"
                "Treatment: %s\nExpected LOS: %d days\n\n%s\n%s") % (
            greet(rng, 'en', adj), claim, T.name(p, 'full'), T.dob(p, pick(rng, ['iso', 'en_long', 'us'])), T.nam(p), policy,
            fdate((d - dt.timedelta(days=3)).date(), 'en_long'), pick(rng, ['Liège, Belgium', 'Lille, France', 'Brussels', 'Lyon area']),
            T.dx(sc.dx_en), c.meds(sc, 'en', k=2), rng.randrange(3, 14), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Claim %s - medical summary' % claim
    elif v == 1:
        lines = [['Date', 'Description', 'Qty', 'Amount (CAD)']]
        for k in range(rng.randrange(4, 8)):
            lines.append([(d - dt.timedelta(days=k)).strftime('%Y-%m-%d'),
                          pick(rng, ['Ward day - %s' % SVC[sc.svc][1], 'ICU day', 'CT scan', 'Lab panel', 'Pharmacy', 'Physio']),
                          str(rng.randrange(1, 3)), '%d.00' % rng.randrange(150, 4200)])
        blocks = [('h', 'Itemized statement / Relevé détaillé'), ('p', INSTS['chudr'].name),
                  ('kv', [('Patient:', T.name(p, 'roster_up')), ('DOB:', T.dob(p, 'iso')), ('MRN:', T.mrn(p)),
                          ('Claim:', claim), ('Primary dx (ICD-10-CA):', T.dx('%s - %s' % (pick(rng, ['I21.0', 'I63.4', 'S72.0', 'J18.9', 'A41.5', 'I50.0']), sc.dx_en)))]),
                  ('table', lines)]
        atts.append(pdf_att('Itemized_statement_%s.pdf' % claim, blocks, 'Itemized statement', me.display(), chance(rng, 0.5)))
        text = "%s\n\nPlease find attached the itemized statement for claim %s as requested. Let us know if you also need the UB-04 equivalent.\n\n%s\n%s" % (
            greet(rng, 'en', adj), claim, closing(rng, 'en'), signature(rng, me, 'en'))
        subj = pick(rng, ['Itemized statement - claim %s' % claim, 'Re: documents for claim %s' % claim])
    else:
        orig = ("Hello,\n\nWe received the pre-authorization request. Could you confirm the diagnosis and whether the condition "
                "was pre-existing (stable in the 90 days before departure)?\n\n%s\n%s") % (closing(rng, 'en'), signature(rng, adj, 'en', mobile=False))
        text = ("%s\n\nConfirming for %s (DOB %s): %s. Per the referring hospital abroad, %s. Our physician notes that the patient "
                "was %s before departure.\n\n%s\n%s\n\n%s") % (
            greet(rng, 'en', adj, familiar=True), T.name(p, pick(rng, ['en_civ', 'full'])), T.dob(p, 'iso'), T.dx(sc.dx_en),
            T.dx(sc.evo[1].rstrip('.').lower()), lpick(rng, lambda: 'on stable treatment with %s' % c.meds(sc, 'en', k=1),
                                                       lambda: 'not known for this condition'),
            closing(rng, 'en'), signature(rng, me, 'en'),
            quote(orig, who(adj), to_local(earlier(rng, d), ins), 'en', reply_style(rng), 'Pre-authorization %s' % claim, me.display()))
        subj = re_prefix(rng, 'en') + 'Pre-authorization %s' % claim
    return Mail(me, [who(adj)], subj, text, 'en', d, atts=atts, note='English travel insurer correspondence about a QC patient')


@positive('med_rec', 4)
def pos_med_rec(c):
    rng, T = c.rng, c.T
    p = c.patient(pick(rng, ['QC', 'BE', 'FR']))
    sc = c.scen(p)
    me = c.chudr('pharm')
    pinst = pick(rng, PARTNERS_BE if p.country == 'BE' else PARTNERS_FR if p.country == 'FR' else PARTNERS_BE + PARTNERS_FR)
    dest = c.ext(pinst, pick(rng, ['doc', 'admin']))
    d = msg_date(rng)
    allergy = pick(rng, ['pénicilline (urticaire)', 'sulfamidés', 'aucune allergie connue', 'iode (réaction en 2018)'])
    meds = sc.med_list('fr')
    home = pick(rng, ['ramipril 5 mg', 'metformine 500 mg BID', 'lévothyroxine 75 µg', 'escitalopram 10 mg', 'pantoprazole 40 mg'])
    v = rng.randrange(2)
    atts = []
    if v == 0:
        text = ("%s\n\nJe suis pharmacienne au CHUDR et je prépare la conciliation médicamenteuse de %s (%s), %s.\n\n"
                "D'après la lettre de transfert, la liste actuelle serait :\n%s\n\nÀ domicile, la famille rapporte aussi %s. "
                "Allergies : %s.\n\nPouvez-vous me confirmer les doses et l'heure de la dernière administration ? "
                "Je veux éviter une double dose à l'arrivée.\n\n%s\n%s") % (
            greet(rng, 'fr', dest), T.name(p, pick(rng, ['full', 'civ_full'])),
            ('dossier %s' % T.mrn(p)) if p.country == 'QC' else ('%s %s' % (natid_label(p, 'fr'), T.natid(p))),
            'transféré%s de chez vous' % e_(p) if p.country == 'QC' else 'qui rentre chez %s' % ('elle' if p.sex == 'F' else 'lui'),
            '\n'.join('- ' + T.med(m) for m in meds), T.med(home), T.med(allergy) if 'aucune' not in allergy else allergy,
            closing(rng, 'fr'), signature(rng, me, 'fr'))
    else:
        rows = [['Médicament', 'Avant hospitalisation', 'Hôpital', 'Au congé', 'Commentaire']]
        for m in meds:
            rows.append([T.med(m), pick(rng, ['non', 'oui']), 'oui', pick(rng, ['oui', 'modifié', 'cessé']), ''])
        rows.append([T.med(home), 'oui', 'suspendu', 'repris', 'à confirmer'])
        sheet = [['Patient', T.name(p, 'roster_up')], ['DDN', T.dob(p, 'iso')], ['Dx', T.dx(sc.dx_fr)], ['Allergies', allergy], []] + rows
        atts.append(xlsx_att('BCM_%s.xlsx' % d.strftime('%Y%m%d'), [('BCM', sheet)], me.display()))
        text = "%s\n\nCi-joint le bilan comparatif des médicaments (BCM) pour votre patient%s. Merci de valider la colonne « Au congé ».\n\n%s\n%s" % (
            greet(rng, 'fr', dest), e_(p), closing(rng, 'fr'), signature(rng, me, 'fr'))
    return Mail(me, [who(dest)], pick(rng, ['Conciliation médicamenteuse', 'BCM - patient%s transféré%s' % (e_(p), e_(p)), 'Liste de médicaments']),
                text, 'fr', d, atts=atts, note='pharmacist medication reconciliation')


@positive('ontario_transfer', 2)
def pos_ontario(c):
    rng, T = c.rng, c.T
    p = c.patient('ON')
    sc = c.scen(p)
    dest = c.ext('rideau', pick(rng, ['doc', 'admin']))
    me = c.chudr(pick(rng, ['coord', 'bed']))
    d = msg_date(rng)
    text = ("%s\n\nWe received %s (OHIP %s, DOB %s) last night on a repatriation flight from %s. %s was treated there for %s. "
            "%s\n\nAs %s lives in %s, the family is asking for a transfer to your hospital. Current meds: %s. Latest labs: %s.\n\n"
            "Could you let us know if you have a bed on %s this week?\n\n%s\n%s") % (
        greet(rng, 'en', dest), T.name(p, pick(rng, ['full', 'en_civ'])), T.hn(p, pick(rng, ['dash', 'spaced', 'plain'])),
        T.dob(p, pick(rng, ['iso', 'en_long'])), pick(rng, ['Lyon', 'Brussels', 'Lille']), p.pron('en').capitalize(),
        T.dx(sc.dx_en), T.dx(sc.evo[1]), p.pron('en'), p.city, c.meds(sc, 'en'), c.labs(sc, 'en'), SVC[sc.svc][1],
        closing(rng, 'en'), signature(rng, me, 'en'))
    return Mail(me, [who(dest)], pick(rng, ['Transfer request - Ontario resident', 'Bed request for %s' % T.name(p, 'en_civ')]),
                text, 'en', d, note='Ontario resident onward transfer (OHIP number)')


@positive('sin_claim', 2)
def pos_sin_claim(c):
    rng, T = c.rng, c.T
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    me = c.chudr('social')
    ins = pick(rng, ['boreale', 'maple'])
    dest = c.ext(ins, 'case')
    d = msg_date(rng)
    if ins == 'boreale':
        text = ("%s\n\nJ'accompagne %s dans sa demande de remboursement (hospitalisation en %s pour %s). Voici les renseignements "
                "manquants au formulaire :\n\nNAS : %s\nNAM : %s\nDate de naissance : %s\nAdresse : %s\n\n"
                "%s\n\n%s\n%s") % (
            greet(rng, 'fr', dest), T.name(p, 'civ_full'), pick(rng, ['Belgique', 'France']), T.dx(sc.dx_fr),
            T.sin(p, pick(rng, ['spaced', 'plain', 'dash'])), T.nam(p, 'spaced'), T.dob(p, 'fr'), T.contact(c.addr_line(p)),
            pick(rng, ["La personne est présentement sans revenu et les frais avancés en Europe la mettent en difficulté.",
                       'Merci de traiter le dossier en priorité si possible.']),
            closing(rng, 'fr'), signature(rng, me, 'fr'))
        lang = 'fr'
        subj = 'Formulaire de réclamation - renseignements manquants'
    else:
        text = ("%s\n\nOn behalf of %s, here are the details missing from the claim form (hospitalization abroad for %s):\n\n"
                "SIN: %s\nDOB: %s\nMailing address: %s\n\n%s\n%s") % (
            greet(rng, 'en', dest), T.name(p, 'full'), T.dx(sc.dx_en), T.sin(p, pick(rng, ['spaced', 'dash'])),
            T.dob(p, 'iso'), T.contact(c.addr_line(p)), closing(rng, 'en'), signature(rng, me, 'en'))
        lang = 'en'
        subj = 'Claim form - missing information'
    return Mail(me, [who(dest)], subj, text, lang, d, note='claim form details incl. SIN')


@positive('mrn_only', 2)
def pos_mrn_only(c):
    rng, T = c.rng, c.T
    p = c.patient('QC', peds=False)
    sc = c.scen(p)
    me = c.chudr(pick(rng, ['im', 'icu', 'coord']))
    tgt = c.chudr({'cardio': 'cardio', 'neuro': 'neuro', 'pneumo': 'pneumo'}.get(sc.svc, 'im'), exclude=[me])
    d = msg_date(rng)
    en = chance(rng, 0.5)
    if not en:
        text = ("%s\n\nDossier %s, arrivé%s de %s cette nuit (rapatriement). %s. Labos à l'arrivée : %s. "
                "Peux-tu passer le voir avant midi ?\n\n%s") % (
            greet(rng, 'fr', tgt, familiar=True), T.mrn(p), e_(p), pick(rng, ['Liège', 'Lille', 'Bruxelles', 'Rivemont']),
            T.dx(sc.dx_fr), c.labs(sc, 'fr'), signature(rng, me, 'fr', mobile=chance(rng, 0.3)))
        subj = pick(rng, ['Consultation - dossier %s' % p.mrn, 'Rapatriement de cette nuit'])
    else:
        text = ("%s\n\nMRN %s arrived overnight from %s (repatriation). Dx: %s. Admission labs: %s. "
                "Could you see the patient this morning?\n\n%s") % (
            greet(rng, 'en', tgt, familiar=True), T.mrn(p), pick(rng, ['Liege', 'Lille', 'Brussels']),
            T.dx(sc.dx_en), c.labs(sc, 'en'), signature(rng, me, 'en', mobile=chance(rng, 0.3)))
        subj = pick(rng, ['Consult - MRN %s' % p.mrn, 'Overnight repatriation'])
    return Mail(me, [who(tgt)], subj, text, 'en' if en else 'fr', d, note='chart number with labs, no name')


@positive('peds_transfer', 3)
def pos_peds(c):
    rng, T = c.rng, c.T
    p = c.patient('QC', peds=True)
    sc = pick(rng, PEDS_SCEN)
    me = c.chudr('peds')
    pinst = pick(rng, PARTNERS_BE + PARTNERS_FR)
    dest = c.ext(pinst, 'doc')
    d = msg_date(rng)
    parent = pick(rng, ['la mère', 'le père', 'la grand-mère'])
    text = ("%s\n\nMerci pour votre appel concernant %s, %d ans (NAM %s, né%s le %s), hospitalisé%s chez vous pour %s. "
            "Nous connaissons bien l'enfant, suivi%s dans notre clinique. %s\n\nTraitement habituel : %s.\n\n"
            "Pour la coordination du retour, %s est joignable au %s. %s\n\nNous pouvons l'accueillir en pédiatrie dès son arrivée.\n\n%s\n%s") % (
        greet(rng, 'fr', dest), T.name(p, pick(rng, ['full', 'given'])), p.age, T.nam(p, pick(rng, ['plain', 'spaced'])), e_(p),
        T.dob(p, 'fr'), e_(p), T.dx(sc.dx_fr), e_(p), T.dx(sc.evo[0]), c.meds(sc, 'fr'), parent,
        T.contact(p.phone), ('À noter : %s.' % c.social(p, 'fr')) if chance(rng, 0.5) else '',
        closing(rng, 'fr', True), signature(rng, me, 'fr'))
    return Mail(me, [who(dest)], pick(rng, ['Retour au Québec - enfant %s' % T.name(p, 'surname').upper(), 'Patient pédiatrique - rapatriement']),
                text, 'fr', d, note='paediatric repatriation with parent contact')


# ============================================================================
# NEGATIVE BUILDERS (no patient can be identified)
# ============================================================================
def struct_comm(rng):
    """Belgian structured payment reference +++ddd/dddd/ddddd+++ (mod-97 check)."""
    body = '%010d' % rng.randrange(10 ** 9, 10 ** 10)
    chk = int(body) % 97 or 97
    s = body + '%02d' % chk
    return '+++%s/%s/%s+++' % (s[:3], s[3:7], s[7:])


def niss_like_serial(rng):
    """An 11-digit serial that happens to pass the NISS checksum (hard negative)."""
    d = rand_dob(rng, 1950, 1999)
    return make_niss(rng, d, pick(rng, 'FM'))


PARTNER_ORGS = ['cuvm', 'ghbs', 'rivemont', 'ghfa', 'azsa']


@negative('partnership', 12)
def neg_partnership(c):
    rng = c.rng
    me = c.chudr('partner')
    pinst = pick(rng, PARTNER_ORGS)
    dest = c.ext(pinst, 'admin')
    lang = 'en' if pinst == 'azsa' else 'fr'
    d = msg_date(rng)
    ver = rng.randrange(2, 6)
    fr = lang == 'fr'
    art = [('h', 'Convention de partenariat' if fr else 'Partnership agreement'),
           ('p', ('Entre le %s et %s' if fr else 'Between %s and %s') % (INSTS['chudr'].name, INSTS[pinst].name)),
           ('h2', 'Article 1 - Objet' if fr else 'Section 1 - Purpose'),
           ('p', "La présente convention encadre la collaboration clinique, notamment les transferts et rapatriements de patients, "
                 "les demandes de second avis et la télé-expertise." if fr else
            'This agreement governs clinical collaboration, including patient transfers and repatriations, second opinions and tele-expertise.'),
           ('h2', 'Article 4 - Protection des renseignements' if fr else 'Section 4 - Data protection'),
           ('p', "Les renseignements de santé (notamment NAM, NISS ou NIR) ne sont échangés que par la plateforme sécurisée "
                 "désignée, jamais par courriel non chiffré. Chaque partie demeure responsable de ses dossiers." if fr else
            'Health information (including RAMQ, NISS or NIR numbers) is exchanged only through the designated secure platform, never by unencrypted e-mail.'),
           ('h2', 'Article 7 - Durée' if fr else 'Section 7 - Term'),
           ('p', ('Conclue pour une durée de %d ans à compter du %s, renouvelable tacitement.' if fr else
                  'Entered into for %d years from %s, automatically renewable.') % (
               rng.randrange(3, 6), fdate(dt.date(2025, rng.randrange(4, 10), 1), 'fr_long' if fr else 'en_long'))),
           ('p', 'Signataires : %s, Directeur général; %s' % (c.chudr('partner').display(), c.ext(pinst, 'admin').display()))]
    v = rng.randrange(3)
    atts = []
    if v == 0:
        fname = 'Convention_CHUDR_%s_v%d%s.docx' % (INSTS[pinst].short.replace(' ', ''), ver, pick(rng, ['', '_commentaires', '_final']))
        atts.append(docx_att(fname, art, 'Convention', me.display()))
        text = ("%s\n\nVoici la version %d de la convention, avec nos commentaires en mode révision (surtout les articles 4 et 9). "
                "Notre contentieux souhaite préciser les modalités d'assurance responsabilité pour le personnel d'escorte.\n\n%s\n%s") % (
            greet(rng, 'fr', dest), ver, closing(rng, 'fr'), signature(rng, me, 'fr')) if fr else \
            ("%s\n\nAttached is version %d of the agreement with our tracked changes (mainly sections 4 and 9).\n\n%s\n%s") % (
                greet(rng, 'en', dest), ver, closing(rng, 'en'), signature(rng, me, 'en'))
        subj = ('Convention de partenariat - v%d' if fr else 'Partnership agreement - v%d') % ver
    elif v == 1:
        day = (d + dt.timedelta(days=rng.randrange(10, 40))).date()
        text = ("%s\n\nLa signature officielle de l'entente entre nos deux établissements aura lieu le %s à %s, en présence de nos "
                "directions générales. Un vin d'honneur suivra. Pourriez-vous nous confirmer le nom des personnes qui feront le "
                "déplacement, pour les accréditations ?\n\n%s\n%s") % (
            greet(rng, 'fr', dest), fdate(day, 'fr_long'), pick(rng, ['Montréal (salle du conseil)', INSTS[pinst].city]),
            closing(rng, 'fr', True), signature(rng, me, 'fr')) if fr else \
            ("%s\n\nThe formal signing of the agreement is scheduled for %s. Please let us know who will attend.\n\n%s\n%s") % (
                greet(rng, 'en', dest), fdate(day, 'en_long'), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Signature de l\'entente' if fr else 'Agreement signing'
    else:
        text = ("%s\n\nSuite à notre rencontre, quelques points à intégrer à l'annexe B (volet clinique) :\n"
                "- délai de réponse aux demandes de rapatriement : 24 h ouvrables\n- interlocuteur unique par établissement\n"
                "- télé-expertise : %d demandes/an incluses dans le forfait\n- bilan annuel conjoint (statistiques agrégées seulement)\n\n"
                "%s\n%s") % (greet(rng, 'fr', dest), rng.randrange(20, 80), closing(rng, 'fr'), signature(rng, me, 'fr')) if fr else \
            ("%s\n\nFollowing our meeting, items for appendix B:\n- 24-hour response time to repatriation requests\n- single point of contact\n"
             "- tele-expertise: %d requests/year included\n- joint annual report (aggregate statistics only)\n\n%s\n%s") % (
                greet(rng, 'en', dest), rng.randrange(20, 80), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Annexe B - volet clinique' if fr else 'Appendix B - clinical section'
    return Mail(me, [who(dest)], subj, text, lang, d, atts=atts, note='partnership agreement correspondence')


RES_PROGRAMS = ['médecine interne', 'cardiologie', 'neurologie', 'pédiatrie', 'médecine d\'urgence', 'anesthésiologie',
                'soins intensifs', 'chirurgie orthopédique']


@negative('resident_exchange', 14)
def neg_resident_exchange(c):
    rng = c.rng
    me = c.chudr('teach')
    pinst = pick(rng, PARTNER_ORGS)
    dest = c.ext(pinst, 'admin')
    lang = 'en' if pinst == 'azsa' else 'fr'
    d = msg_date(rng)
    v = pick(rng, [0, 3]) if pinst == 'azsa' else rng.randrange(4)
    atts = []
    residents = []
    for _ in range(rng.randrange(3, 7)):
        gl, sl = (STAFF_GIVEN_QC, STAFF_SUR_QC) if chance(rng, 0.6) else (STAFF_GIVEN_BE + STAFF_GIVEN_FR, STAFF_SUR_BE + STAFF_SUR_FR)
        residents.append(('Dr' if chance(rng, 0.5) else '', pick(rng, sl), pick(rng, gl), pick(rng, RES_PROGRAMS), 'R%d' % rng.randrange(2, 6)))
    start = dt.date(2025, pick(rng, [7, 9, 10, 1]), 1) if chance(rng, 0.5) else dt.date(2026, 1, 5)
    if v == 0:
        rows = [['Nom', 'Prénom', 'Programme', 'Niveau', 'Site d\'accueil', 'Début', 'Fin']]
        for t, s, g, prog, lvl in residents:
            rows.append([s.upper(), g, prog, lvl, INSTS[pinst].short, fdate(start, 'iso'), fdate(start + dt.timedelta(days=84), 'iso')])
        with_dob = chance(rng, 0.4)
        if with_dob:
            rows[0].append('Date de naissance (visa)')
            for r in rows[1:]:
                r.append(fdate(rand_dob(rng, 1992, 1999), 'iso'))
        atts.append(xlsx_att('Echange_residents_%d.xlsx' % start.year, [('Stagiaires', rows)], me.display()))
        text = ("%s\n\nVoici la liste des résidents retenus pour l'échange %d-%d.%s\n\n%s\n%s") % (
            greet(rng, 'fr', dest), start.year, start.year + 1,
            " Les dates de naissance sont indiquées pour les démarches de permis de séjour; merci de ne pas diffuser "
            "au-delà du bureau des stages." if with_dob else ' Les dates de début tiennent compte du calendrier des périodes.',
            closing(rng, 'fr'), signature(rng, me, 'fr')) if lang == 'fr' else \
            ("%s\n\nPlease find the list of residents selected for the %d exchange.\n\n%s\n%s") % (
                greet(rng, 'en', dest), start.year, closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Liste des résidents - échange %d' % start.year if lang == 'fr' else 'Resident exchange list %d' % start.year
    elif v == 1:
        t, s, g, prog, lvl = residents[0]
        fem = g in FEMALE
        text = ("%s\n\n%s %s %s (%s, %s) souhaite effectuer un stage à option de 8 semaines dans votre service de %s à partir du %s. "
                "%s a besoin d'une lettre d'accueil pour le Collège et pour sa demande de licence temporaire. Pourriez-vous "
                "également nous transmettre les exigences de vaccination (hépatite B, rougeole) et la preuve d'assurance "
                "responsabilité requise ?\n\n%s\n%s") % (
            greet(rng, 'fr', dest), 'La Dre' if fem else 'Le Dr', g, s, prog, lvl, prog, fdate(start, 'fr_long'),
            'Elle' if fem else 'Il', closing(rng, 'fr'), signature(rng, me, 'fr'))
        lang = 'fr'
        subj = 'Stage à option - demande d\'accueil'
    elif v == 2:
        text = ("%s\n\nRappel pour les résidents qui partent en %s en %s :\n- logement : résidence universitaire réservée (code de groupe %s)\n"
                "- carte d'accès remise le premier jour au bureau des stages\n- formation obligatoire au DPI local (2 h)\n"
                "- assurance voyage : fournie par l'université, attestation à télécharger\n\n%s\n%s") % (
            greet(rng, 'fr', group=True), 'Belgique' if INSTS[pinst].country == 'BE' else 'France', MOIS[start.month - 1],
            'RES%s%02d%02d' % (start.strftime('%y'), start.month, rng.randrange(1, 29)), closing(rng, 'fr'), signature(rng, me, 'fr'))
        lang = 'fr'
        subj = 'Échange résidents - rappels logistiques'
    else:
        t, s, g, prog, lvl = residents[0]
        text = ("%s\n\nQuick update: Dr. %s %s's rotation in %s has been moved to %s due to the new call schedule. "
                "Evaluation forms (ITER) will be sent to the site supervisor at the end of the block.\n\n%s\n%s") % (
            greet(rng, 'en', dest), g, s, prog, fdate(start, 'en_long'), closing(rng, 'en'), signature(rng, me, 'en'))
        lang = 'en'
        subj = 'Rotation change - exchange program'
    return Mail(me, [who(dest)], subj, text, lang, d, atts=atts, note='resident exchange programme (staff/trainee info)')


TALKS = [('Rapatriement du patient ventilé : retour d\'expérience', 'Repatriating the ventilated patient: lessons learned'),
         ('Télé-expertise transatlantique en neurologie vasculaire', 'Transatlantic tele-expertise in stroke neurology'),
         ('Assureurs et hôpitaux : qui décide du vecteur ?', 'Insurers and hospitals: who chooses the transport?'),
         ('Insuffisance cardiaque et voyage aérien', 'Heart failure and air travel'),
         ('Interopérabilité des dossiers : NAM, NISS, NIR', 'Record interoperability: RAMQ, NISS and NIR numbers'),
         ('Second avis en oncologie pédiatrique à distance', 'Remote second opinions in paediatric oncology'),
         ('Le rôle de l\'infirmière d\'escorte', 'The role of the escort nurse'),
         ('Éthique du rapatriement en fin de vie', 'Ethics of end-of-life repatriation')]


@negative('conference', 14)
def neg_conference(c):
    rng = c.rng
    me = c.chudr('events')
    lang = 'en' if chance(rng, 0.3) else 'fr'
    d = msg_date(rng)
    conf_day = dt.date(2025, 6, rng.randrange(9, 14))
    v = rng.randrange(4)
    atts = []
    speakers = []
    for _ in range(rng.randrange(4, 7)):
        inst = pick(rng, ['chudr', 'cuvm', 'ghbs', 'rivemont', 'ghfa', 'azsa'])
        s = c.ext(inst, 'doc') if inst != 'chudr' else c.chudr(pick(rng, ['cardio', 'neuro', 'icu', 'peds', 'hemato']))
        t = pick(rng, TALKS)
        speakers.append((s, t[0] if lang == 'fr' else t[1]))
    if v == 0:
        prog = '\n'.join('%s  %s - %s (%s)' % ('%02d:%02d' % (8 + i, 30 if i % 2 else 0), s.display(lang, True), t, INSTS[s.inst].short)
                         for i, (s, t) in enumerate(speakers))
        if lang == 'fr':
            text = ("%s\n\nVoici le programme provisoire du 4e Colloque franco-belgo-québécois sur la continuité des soins "
                    "transfrontaliers (%s, Montréal) :\n\n%s\n\nMerci aux conférenciers de nous envoyer leur présentation au plus tard "
                    "le %s.\n\n%s\n%s") % (greet(rng, 'fr', group=True), fdate(conf_day, 'fr_long'), prog,
                                             fdate(conf_day - dt.timedelta(days=10), 'fr_long'), closing(rng, 'fr'), signature(rng, me, 'fr'))
            subj = 'Programme provisoire - Colloque %d' % conf_day.year
        else:
            text = ("%s\n\nHere is the draft programme for the cross-border care symposium (%s, Montreal):\n\n%s\n\n%s\n%s") % (
                greet(rng, 'en', group=True), fdate(conf_day, 'en_long'), prog, closing(rng, 'en'), signature(rng, me, 'en'))
            subj = 'Draft programme - symposium %d' % conf_day.year
        to = [who(s) for s, _ in speakers[:4]]
    elif v == 1:
        s, t = speakers[0]
        code = pick(rng, ['CFBQ%s' % conf_day.strftime('%y%m%d') + '%02d' % rng.randrange(1, 99), 'GRP-%05d' % rng.randrange(10 ** 4, 10 ** 5)])
        if lang == 'fr':
            text = ("%s\n\nVotre chambre est réservée à l'Hôtel des Deux-Rives (fictif), du %s au %s, code de groupe %s. "
                    "Le transport depuis l'aéroport est à vos frais; une navette part du centre des congrès à 18 h le %s pour le "
                    "souper des conférenciers. Merci de nous indiquer toute restriction alimentaire.\n\n%s\n%s") % (
                greet(rng, 'fr', s), fdate(conf_day - dt.timedelta(days=1), 'fr'), fdate(conf_day + dt.timedelta(days=1), 'fr'),
                code, fdate(conf_day, 'fr_long'), closing(rng, 'fr'), signature(rng, me, 'fr'))
            subj = 'Hébergement - conférenciers'
        else:
            text = ("%s\n\nYour room is booked from %s to %s, group code %s. The speakers' dinner is on %s at 7 pm.\n\n%s\n%s") % (
                greet(rng, 'en', s), fdate(conf_day - dt.timedelta(days=1), 'en_long'), fdate(conf_day + dt.timedelta(days=1), 'en_long'),
                code, fdate(conf_day, 'en_long'), closing(rng, 'en'), signature(rng, me, 'en'))
            subj = 'Speaker accommodation'
        to = [who(s)]
    elif v == 2:
        rows = [['Nom', 'Prénom', 'Établissement', 'Rôle', 'Repas', 'Arrivée']]
        for s, t in speakers:
            rows.append([s.surname.upper(), s.given, INSTS[s.inst].short, 'Conférencier' if chance(rng, 0.6) else 'Modérateur',
                         pick(rng, ['standard', 'végétarien', 'sans gluten', 'allergie noix']), fdate(conf_day - dt.timedelta(days=rng.randrange(0, 2)), 'iso')])
        atts.append(xlsx_att('badges_colloque_%d.xlsx' % conf_day.year, [('Badges', rows)], me.display()))
        text = ("%s\n\nCi-joint la liste pour l'impression des badges et le traiteur. Merci de vérifier l'orthographe des noms.\n\n%s\n%s") % (
            greet(rng, 'fr', group=True), closing(rng, 'fr'), signature(rng, me, 'fr'))
        lang = 'fr'
        subj = 'Badges + traiteur colloque'
        to = [who(c.chudr('comms')), ('Traiteur Les Saveurs du Fleuve', 'commandes@saveurs-fleuve.example')]
    else:
        s, t = speakers[0]
        start = dt.datetime(conf_day.year, conf_day.month, conf_day.day, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=-4)))
        summ = 'Colloque - %s (%s)' % (t, s.display(lang, True))
        desc = 'Salle 1A, centre des congrès. Prévoir 20 min + 10 min de questions.' if lang == 'fr' else 'Room 1A. 20 min talk + 10 min Q&A.'
        ics = make_ics('%08x-colloque' % rng.getrandbits(32), summ, desc, start, 30, 'Centre des congrès - salle 1A',
                       (me.display(), me.email), [who(s)])
        atts.append(Att('session.ics', 'text/calendar; method=REQUEST; charset="utf-8"', ics, src=summ + desc))
        text = '%s\n\n%s\n\n%s' % (greet(rng, lang, s), 'Invitation pour votre plage de présentation.' if lang == 'fr' else
                                   'Calendar hold for your talk.', signature(rng, me, lang))
        subj = ('Invitation : ' if lang == 'fr' else 'Invitation: ') + summ
        to = [who(s)]
    return Mail(me, to, subj, text, lang, d, atts=atts, note='conference logistics (speakers and topics)')


@negative('research', 14)
def neg_research(c):
    rng = c.rng
    me = c.chudr('research')
    pi = c.chudr(pick(rng, ['im', 'icu', 'cardio', 'neuro']))
    pinst = pick(rng, PARTNER_ORGS)
    dest = c.ext(pinst, 'doc')
    lang = 'en' if pinst == 'azsa' or chance(rng, 0.25) else 'fr'
    d = msg_date(rng)
    proto = pick(rng, ['REPAT-QBF', 'TELEX-NEURO', 'AIRCARE-2', 'SECOND-OP'])
    v = rng.randrange(4)
    atts = []
    if v == 0:
        n = rng.randrange(80, 400)
        rows = [['groupe_age', 'n', 'dx_principal', 'duree_sejour_mediane_j', 'readmission_30j_%']]
        for g in ['18-44', '45-64', '65-79', '80+']:
            for dx in ['SCA', 'AVC', 'fracture', 'infection']:
                rows.append([g, str(rng.randrange(2, 40)), dx, str(rng.randrange(3, 15)), '%.1f' % (rng.random() * 20)])
        atts.append(csv_att('%s_agregats_%s.csv' % (proto, d.strftime('%Y%m')), rows, ';'))
        text = ("%s\n\nVoici les données agrégées de l'étude %s (n = %d rapatriements, 2019-2024). Aucune donnée nominative : "
                "les cellules < 5 sont masquées selon le plan de diffusion approuvé par le CER.\n\n%s\n%s") % (
            greet(rng, 'fr', dest), proto, n, closing(rng, 'fr'), signature(rng, me, 'fr')) if lang == 'fr' else \
            ("%s\n\nAggregated data for %s attached (n = %d). No identifiable data; cells < 5 suppressed per the REB-approved plan.\n\n%s\n%s") % (
                greet(rng, 'en', dest), proto, n, closing(rng, 'en'), signature(rng, me, 'en'))
        subj = '%s - données agrégées' % proto if lang == 'fr' else '%s - aggregate data' % proto
    elif v == 1:
        text = ("%s\n\nLe comité d'éthique de la recherche a approuvé l'amendement %d du protocole %s (réf. CER-2025-%04d). "
                "Rappel : les codes d'étude (%s-001 à %s-250) remplacent tout identifiant; la table de correspondance reste au CHUDR "
                "et ne doit jamais être transmise, ni les NAM, NISS ou NIR.\n\n%s\n%s") % (
            greet(rng, 'fr', group=True), rng.randrange(1, 5), proto, rng.randrange(1, 9999), proto[:3], proto[:3],
            closing(rng, 'fr'), signature(rng, me, 'fr')) if lang == 'fr' else \
            ("%s\n\nThe REB approved amendment %d to protocol %s (ref. REB-2025-%04d). Reminder: study codes replace all identifiers; "
             "the linking log stays at CHUDR.\n\n%s\n%s") % (greet(rng, 'en', group=True), rng.randrange(1, 5), proto,
                                                             rng.randrange(1, 9999), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Approbation CER - amendement %s' % proto if lang == 'fr' else 'REB approval - %s amendment' % proto
    elif v == 2:
        text = ("%s\n\nSuite à la réunion du comité de pilotage : le recrutement atteint %d/%d participants (CHUDR %d, %s %d). "
                "Le taux de complétion du suivi à 90 jours est de %d %%. Prochaine réunion le %s (Teams).\n\n"
                "Points à l'ordre du jour : analyse intermédiaire, publication au congrès de la SRLF, budget de la phase 2.\n\n%s\n%s") % (
            greet(rng, 'fr', group=True), rng.randrange(60, 150), 200, rng.randrange(20, 60), INSTS[pinst].short, rng.randrange(20, 60),
            rng.randrange(70, 96), fdate((d + dt.timedelta(days=30)).date(), 'fr_long'), closing(rng, 'fr'), signature(rng, pi, 'fr'))
        lang = 'fr'
        subj = 'Compte rendu - comité de pilotage %s' % proto
    else:
        blocks = [('h', 'Entente de transfert de données - %s' % proto),
                  ('p', 'Les parties conviennent que seules des données dépersonnalisées seront transmises. Les variables autorisées : '
                        'groupe d\'âge, sexe, diagnostic principal (CIM-10, 3 caractères), durée de séjour, vecteur de transport.'),
                  ('p', 'Sont expressément exclus : nom, date de naissance complète, NAM, NISS, NIR, numéro de dossier, adresse.'),
                  ('p', 'Responsable CHUDR : %s. Responsable partenaire : %s.' % (pi.display('fr', True), dest.display('fr', True)))]
        atts.append(pdf_att('Entente_transfert_donnees_%s.pdf' % proto, blocks, 'Entente', me.display()))
        text = "%s\n\nCi-joint l'entente de transfert de données pour signature.\n\n%s\n%s" % (greet(rng, 'fr', dest), closing(rng, 'fr'), signature(rng, me, 'fr'))
        lang = 'fr'
        subj = 'Entente de transfert de données %s' % proto
    return Mail(me, [who(dest)], subj, text, lang, d, atts=atts, note='research collaboration (aggregate / governance)')


@negative('invoice', 14)
def neg_invoice(c):
    rng = c.rng
    me = c.chudr('finance')
    pinst = pick(rng, PARTNER_ORGS + ['boreale', 'eurosecours', 'aerosec'])
    dest = c.ext(pinst, 'admin') if pinst in PARTNER_ORGS else c.ext(pinst, 'case')
    lang = 'en' if pinst == 'azsa' or chance(rng, 0.2) else 'fr'
    d = msg_date(rng)
    inv = 'FAC-2025-%05d' % rng.randrange(100, 99999)
    po = 'PO %d' % rng.randrange(4500000000, 4599999999)
    country = INSTS[pinst].country
    lines = [['Description', 'Qté', 'Prix unitaire', 'Total']]
    tot = 0
    for desc in rng.sample(['Forfait télé-expertise', 'Second avis spécialisé (dossier)', 'Escorte infirmière - vacation',
                            'Frais de coordination BPI', 'Location concentrateur O2 portable', 'Formation simulation escorte'], 3):
        q = rng.randrange(1, 15)
        pu = rng.randrange(80, 900)
        tot += q * pu
        lines.append([desc, str(q), '%d,00' % pu, '%d,00' % (q * pu)])
    kv = [('Facture n° :', inv), ('Bon de commande :', po), ('Date :', fdate(d.date(), 'fr')),
          ('Période :', 'T%d 2025' % ((d.month - 1) // 3 + 1))]
    if country == 'BE':
        kv.append(('N° d\'entreprise client :', make_be_vat(rng)))
        kv.append(('Communication structurée :', struct_comm(rng)))
    elif country == 'FR':
        kv.append(('SIRET client :', make_siret(rng)))
    kv.append(('IBAN (CHUDR, compte en EUR) :', make_be_iban(rng)))
    blocks = [('h', 'FACTURE' if lang == 'fr' else 'INVOICE'), ('p', INSTS['chudr'].name + ' - ' + INSTS['chudr'].addr),
              ('p', 'Client : %s, %s' % (INSTS[pinst].name, INSTS[pinst].addr)), ('kv', kv), ('table', lines),
              ('p', 'Total : %d,00 %s' % (tot, pick(rng, ['EUR', '$ CA'])))]
    v = rng.randrange(3)
    if v == 0:
        att = pdf_att('%s.pdf' % inv, blocks, 'Facture', me.display())
    elif v == 1:
        att = xlsx_att('%s.xlsx' % inv, [('Facture', [[k, vv] for k, vv in kv] + [[]] + lines)], me.display())
    else:
        att = docx_att('%s.docx' % inv, blocks, 'Facture', me.display())
    if lang == 'fr':
        text = ("%s\n\nVeuillez trouver ci-joint la facture %s (%s) pour les services rendus au %s trimestre. "
                "Paiement à 30 jours; merci d'indiquer le numéro de facture en communication.\n\n%s\n%s") % (
            greet(rng, 'fr', dest), inv, po, pick(rng, ['1er', '2e']), closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Facture %s' % inv, 'Facturation inter-établissements - %s' % inv, 'Relance facture %s' % inv])
    else:
        text = "%s\n\nPlease find attached invoice %s (%s). Payment terms: net 30.\n\n%s\n%s" % (
            greet(rng, 'en', dest), inv, po, closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Invoice %s' % inv
    return Mail(me, [who(dest)], subj, text, lang, d, atts=[att], note='inter-institution invoice (no patient)')


@negative('blank_form', 8)
def neg_blank_form(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['coord', 'admit']))
    d = msg_date(rng)
    dest_inst = pick(rng, PARTNER_ORGS + ['boreale', 'eurosecours'])
    dest = c.ext(dest_inst, 'admin' if dest_inst in PARTNER_ORGS else 'case')
    fields = [('Nom du patient :', '____________________'), ('Prénom :', '____________________'),
              ('Date de naissance :', '__ / __ / ____'), ('NAM / NISS / NIR :', '______________________'),
              ('Établissement demandeur :', '____________________'), ('Diagnostic principal :', '____________________'),
              ('Traitements en cours :', '____________________'), ('O2 :  oui / non      Isolement :  oui / non', ''),
              ('Médecin référent et téléphone :', '____________________')]
    blocks = [('h', 'Demande de transfert / rapatriement vers le CHUDR'), ('p', 'Formulaire BPI-F12, version %d.%d' % (rng.randrange(2, 5), rng.randrange(10))),
              ('kv', fields), ('p', 'Transmettre par la plateforme sécurisée uniquement. Ne pas envoyer par courriel non chiffré.')]
    if chance(rng, 0.5):
        att = pdf_att('BPI-F12_demande_transfert_vierge.pdf', blocks, 'Formulaire', me.display())
    else:
        att = docx_att('Formulaire_demande_transfert_v%d.docx' % rng.randrange(2, 6), blocks, 'Formulaire', me.display())
    text = ("%s\n\n%s\n\n%s\n%s") % (greet(rng, 'fr', dest), pick(rng, [
        'Voici la nouvelle version du formulaire de demande de transfert. Merci de ne plus utiliser l\'ancienne (champs NAM et allergies ajoutés).',
        'Comme convenu, le formulaire vierge à remplir pour toute demande de rapatriement vers notre établissement.',
        'Formulaire à jour en pièce jointe; il remplace la version de 2023.']), closing(rng, 'fr'), signature(rng, me, 'fr'))
    return Mail(me, [who(dest)], pick(rng, ['Formulaire de demande de transfert (vierge)', 'Nouveau formulaire BPI-F12', 'Formulaire à jour']),
                text, 'fr', d, atts=[att], note='blank transfer request form')


@negative('teaching_case', 10)
def neg_teaching_case(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['im', 'icu', 'cardio', 'neuro', 'peds']))
    sc = pick(rng, SCENARIOS)
    lang = 'en' if chance(rng, 0.3) else 'fr'
    d = msg_date(rng)
    age = rng.randrange(2, 12) if sc.peds else rng.randrange(35, 88)
    sexw = pick(rng, ['Homme', 'Femme']) if not sc.peds else pick(rng, ['Garçon', 'Fillette'])
    if lang == 'fr':
        case = ("Cas clinique (anonymisé) : %s de %d ans, en voyage en %s, admis%s pour %s. %s\nTraitement : %s.\nBiologie : %s.\n\n"
                "Questions pour la discussion :\n1. Le patient est-il apte au vol commercial ?\n2. Quel vecteur et quelle escorte ?\n"
                "3. Quels documents exiger de l'hôpital d'origine ?") % (
            sexw, age, pick(rng, ['Belgique', 'France']), 'e' if sexw in ('Femme', 'Fillette') else '', sc.dx_fr, sc.evo[0],
            ', '.join(sc.med_list('fr')), ', '.join('%s %s' % x for x in sc.lab_list('fr')))
        text = ("%s\n\nPour l'atelier de jeudi (formation des coordonnatrices), voici le cas que je propose. Tout est dépersonnalisé "
                "et les dates ont été modifiées.\n\n%s\n\n%s\n%s") % (greet(rng, 'fr', group=True), case, closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = pick(rng, ['Cas clinique pour l\'atelier', 'Atelier rapatriement - cas anonymisé', 'Cas pour le club de lecture'])
    else:
        case = ("Teaching case (de-identified): a %d-year-old %s travelling in %s, admitted with %s. %s\nMeds: %s.\nLabs: %s.\n\n"
                "Discussion: fitness to fly, escort level, documentation.") % (
            age, pick(rng, ['man', 'woman']) if not sc.peds else pick(rng, ['boy', 'girl']), pick(rng, ['Belgium', 'France']),
            sc.dx_en, sc.evo[1], ', '.join(sc.med_list('en')), ', '.join('%s %s' % x for x in sc.lab_list('en')))
        text = "%s\n\nCase for Thursday's teaching session below - fully de-identified.\n\n%s\n\n%s\n%s" % (
            greet(rng, 'en', group=True), case, closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Teaching case - repatriation workshop'
    to = [who(c.chudr('coord')) for _ in range(rng.randrange(1, 3))]
    return Mail(me, to, subj, text, lang, d, note='anonymised teaching case (no identifier)')


@negative('stats', 10)
def neg_stats(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['coord', 'partner']))
    lang = 'en' if chance(rng, 0.25) else 'fr'
    d = msg_date(rng)
    month = MOIS[(d.month - 2) % 12] if lang == 'fr' else MONTHS[(d.month - 2) % 12]
    tot = rng.randrange(12, 40)
    be = rng.randrange(3, tot - 3)
    rows = [['Indicateur', 'Valeur'], ['Rapatriements reçus', str(tot)], ['  dont Belgique', str(be)], ['  dont France', str(tot - be)],
            ['Transferts vers l\'Europe', str(rng.randrange(2, 12))], ['Télé-expertises', str(rng.randrange(10, 60))],
            ['Délai médian de réponse (h)', '%.1f' % (rng.random() * 20 + 4)], ['AVC', str(rng.randrange(1, 8))],
            ['SCA', str(rng.randrange(1, 8))], ['Fractures', str(rng.randrange(1, 8))], ['Décès pendant le transport', '0']]
    atts = []
    if chance(rng, 0.6):
        if chance(rng, 0.5):
            atts.append(xlsx_att('Tableau_de_bord_BPI_%s.xlsx' % d.strftime('%Y-%m'), [('Mois', rows)], me.display()))
        else:
            atts.append(csv_att('indicateurs_%s.csv' % d.strftime('%Y%m'), rows, ';', 'utf-8-sig'))
    if lang == 'fr':
        text = ("%s\n\nTableau de bord du Bureau des patients internationaux pour %s : %d rapatriements reçus (%d de Belgique, %d de France), "
                "principaux motifs : AVC, syndromes coronariens, fractures de hanche. Aucun incident majeur pendant les transports.\n\n%s\n%s") % (
            greet(rng, 'fr', group=True), month, tot, be, tot - be, closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = 'Tableau de bord BPI - %s' % month
    else:
        text = ("%s\n\nInternational Patient Office dashboard for %s: %d repatriations received (%d from Belgium, %d from France). "
                "Main reasons: stroke, ACS, hip fracture.\n\n%s\n%s") % (greet(rng, 'en', group=True), month, tot, be, tot - be,
                                                                       closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'IPO dashboard - %s' % month
    return Mail(me, [who(c.chudr('partner')), who(c.chudr('bed'))], subj, text, lang, d, atts=atts, note='aggregate statistics')


@negative('newsletter', 8)
def neg_newsletter(c):
    rng = c.rng
    me = c.chudr('comms')
    lang = 'en' if chance(rng, 0.25) else 'fr'
    d = msg_date(rng)
    num = rng.randrange(8, 30)
    doc = c.chudr(pick(rng, ['cardio', 'neuro', 'icu', 'hemato']))
    pdoc = c.ext(pick(rng, PARTNER_ORGS), 'doc')
    if lang == 'fr':
        items = [('Nouvelle entente avec %s' % INSTS[pick(rng, PARTNER_ORGS)].name,
                  'Les demandes de second avis pourront désormais être déposées directement sur la plateforme commune.'),
                 ('Portrait : %s' % doc.display('fr', True),
                  '%s, %s, coordonne depuis dix ans la télé-expertise en %s avec nos partenaires européens.' % (
                      doc.display('fr', True), doc.role('fr').lower(), doc.dept('fr').lower())),
                 ('Chiffres du trimestre', '%d rapatriements, %d télé-expertises, délai médian de réponse de %d h.' % (
                     rng.randrange(40, 90), rng.randrange(80, 200), rng.randrange(6, 20))),
                 ('Rappel', 'Les renseignements de santé ne doivent jamais être envoyés par courriel non chiffré. Utilisez la plateforme sécurisée.'),
                 ('Visite', '%s (%s) a passé une semaine au BPI pour observer notre circuit d\'accueil.' % (pdoc.display('fr', True), INSTS[pdoc.inst].short))]
        title = "L'International - bulletin du BPI n° %d" % num
    else:
        items = [('New agreement', 'Second-opinion requests can now be filed directly on the shared platform.'),
                 ('Meet %s' % doc.display('en', True), '%s has led tele-expertise in %s with our European partners for ten years.' % (
                     doc.display('en', True), doc.dept('en').lower())),
                 ('Quarter in numbers', '%d repatriations, %d tele-expertise requests.' % (rng.randrange(40, 90), rng.randrange(80, 200))),
                 ('Reminder', 'Never send health information by unencrypted e-mail.')]
        title = 'International Office Newsletter #%d' % num
    html = '<h2>%s</h2>\n' % htmlmod.escape(title) + '\n'.join('<h3>%s</h3>\n<p>%s</p>' % (htmlmod.escape(h), htmlmod.escape(b)) for h, b in items) + \
        '\n<p style="font-size:8pt;color:#777">%s</p>' % htmlmod.escape('Pour vous désabonner, répondez « STOP ».' if lang == 'fr' else 'Reply STOP to unsubscribe.')
    text = title + '\n\n' + '\n\n'.join('%s\n%s' % (h, b) for h, b in items)
    return Mail(me, [('Personnel BPI et partenaires', 'liste-bpi@chudr.example')], title, text, lang, d, html=html,
                form=pick(rng, ['html', 'alt']), note='newsletter')


@negative('staff_schedule', 10)
def neg_staff_schedule(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['coord', 'bed']))
    d = msg_date(rng)
    lang = 'en' if chance(rng, 0.2) else 'fr'
    staff = [s for s in c.staff['chudr'] if s.key in ('coord', 'bed', 'social', 'tele')]
    start = (d + dt.timedelta(days=7 - d.weekday())).date()
    rows = [['Date', 'Jour', 'Garde BPI (jour)', 'Garde BPI (soir/nuit)', 'Cellulaire de garde']]
    for i in range(14):
        day = start + dt.timedelta(days=i)
        a, b = rng.sample(staff, 2)
        rows.append([fdate(day, 'iso'), JOURS[day.weekday()], a.display(), b.display(), '514-555-01%02d' % rng.randrange(100)])
    atts = []
    v = rng.randrange(2)
    if v == 0:
        atts.append(xlsx_att('Horaire_garde_BPI_%s.xlsx' % start.strftime('%Y-%m-%d'), [('Garde', rows)], me.display()))
        body = 'Voici l\'horaire de garde du BPI pour les deux prochaines semaines. Échanges de garde : me prévenir avant vendredi midi.' \
            if lang == 'fr' else 'On-call schedule for the next two weeks attached. Please let me know about swaps by Friday noon.'
    else:
        body = ('Horaire de garde à partir du %s :\n\n' % fdate(start, 'fr_long') if lang == 'fr' else 'On-call from %s:\n\n' % fdate(start, 'en_long')) + \
            '\n'.join('%s %s : %s / %s' % (r[1][:3], r[0][5:], r[2], r[3]) for r in rows[1:8])
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, lang, group=True), body, closing(rng, lang), signature(rng, me, lang))
    return Mail(me, [('Équipe BPI', 'equipe-bpi@chudr.example')], 'Horaire de garde BPI' if lang == 'fr' else 'IPO on-call schedule',
                text, lang, d, atts=atts, note='staff on-call schedule')


@negative('staff_hr', 8)
def neg_staff_hr(c):
    rng = c.rng
    emp = c.chudr(pick(rng, ['coord', 'social', 'pharm', 'bed']))
    mgr = c.chudr('partner')
    hr = c.chudr('hr')
    d = msg_date(rng)
    v = rng.randrange(4)
    if v == 0:
        s, e = (d + dt.timedelta(days=20)).date(), (d + dt.timedelta(days=34)).date()
        text = "%s\n\nJe confirme mes vacances du %s au %s inclusivement. %s assurera le relais pour les dossiers de rapatriement en cours.\n\n%s\n%s" % (
            greet(rng, 'fr', mgr, familiar=True), fdate(s, 'fr_long'), fdate(e, 'fr_long'), c.chudr('coord', exclude=[emp]).display(),
            closing(rng, 'fr'), signature(rng, emp, 'fr'))
        sender, to, subj, lang = emp, [who(mgr)], 'Vacances', 'fr'
    elif v == 1:
        text = ("%s\n\nAvant votre mission d'escorte en Belgique le mois prochain, le Service de santé et sécurité du travail doit "
                "vérifier votre statut vaccinal (rougeole, hépatite B) et votre test tuberculinique annuel. Merci de prendre rendez-vous "
                "au poste 2%04d. Ces renseignements restent dans votre dossier d'employée et ne sont pas transmis au partenaire.\n\n%s\n%s") % (
            greet(rng, 'fr', emp), rng.randrange(10000), closing(rng, 'fr'), signature(rng, hr, 'fr'))
        sender, to, subj, lang = hr, [who(emp)], 'Santé au travail - mission d\'escorte', 'fr'
    elif v == 2:
        text = ("%s\n\nYour expense claim for the Liège site visit (%s) has been approved: airfare, 3 nights hotel and per diem. "
                "Reimbursement will appear on the next pay (employee no. %06d).\n\n%s\n%s") % (
            greet(rng, 'en', emp), fdate((d - dt.timedelta(days=20)).date(), 'en_long'), rng.randrange(100000, 999999),
            closing(rng, 'en'), signature(rng, hr, 'en'))
        sender, to, subj, lang = hr, [who(emp)], 'Expense claim approved', 'en'
    else:
        text = ("%s\n\nJe serai en arrêt de travail (certificat médical remis aux RH) à partir de demain pour environ trois semaines. "
                "Mes dossiers sont à jour dans le tableau partagé.\n\n%s\n%s") % (
            greet(rng, 'fr', mgr, familiar=True), closing(rng, 'fr'), signature(rng, emp, 'fr'))
        sender, to, subj, lang = emp, [who(mgr)], 'Absence', 'fr'
    return Mail(sender, to, subj, text, lang, d, note='staff HR matter (employee, not patient)')


DIR_TOPICS = [('sclérose en plaques et neuro-immunologie', 'multiple sclerosis and neuroimmunology'),
              ('insuffisance cardiaque avancée', 'advanced heart failure'), ('leucémies aiguës de l\'adulte', 'adult acute leukaemia'),
              ('mucoviscidose pédiatrique', 'paediatric cystic fibrosis'), ('épilepsies réfractaires de l\'enfant', 'refractory childhood epilepsy'),
              ('transplantation rénale', 'kidney transplantation'), ('maladies inflammatoires de l\'intestin', 'inflammatory bowel disease'),
              ('AVC et thrombectomie', 'stroke and thrombectomy'), ('cardiopathies congénitales', 'congenital heart disease')]


@negative('physician_directory', 8)
def neg_physician_directory(c):
    rng = c.rng
    me = c.chudr('tele')
    d = msg_date(rng)
    lang = 'en' if chance(rng, 0.25) else 'fr'
    rows = [['Médecin' if lang == 'fr' else 'Physician', 'Établissement' if lang == 'fr' else 'Site',
             'Domaine d\'expertise' if lang == 'fr' else 'Expertise', 'Délai' if lang == 'fr' else 'Turnaround']]
    for _ in range(rng.randrange(5, 10)):
        inst = pick(rng, ['chudr'] + PARTNER_ORGS)
        s = c.ext(inst, 'doc') if inst != 'chudr' else c.chudr(pick(rng, ['cardio', 'neuro', 'hemato', 'peds', 'nephro']))
        t = pick(rng, DIR_TOPICS)
        rows.append([s.display(lang, True), INSTS[inst].short, t[0] if lang == 'fr' else t[1], '%d j' % rng.randrange(2, 10)])
    atts = []
    if chance(rng, 0.5):
        atts.append(pdf_att('Repertoire_experts_tele-expertise_2025.pdf', [('h', 'Répertoire des experts - télé-expertise'), ('table', rows)],
                            'Répertoire', me.display()))
        body = 'Le répertoire mis à jour des experts disponibles pour la télé-expertise est en pièce jointe.' if lang == 'fr' else \
            'Updated directory of tele-expertise consultants attached.'
    else:
        body = ('Mise à jour du répertoire :\n\n' if lang == 'fr' else 'Directory update:\n\n') + '\n'.join(' - '.join(r[:3]) for r in rows[1:])
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, lang, group=True), body, closing(rng, lang), signature(rng, me, lang))
    return Mail(me, [('Réseau télé-expertise', 'reseau-te@chudr.example')],
                'Répertoire des experts - mise à jour' if lang == 'fr' else 'Expert directory update', text, lang, d, atts=atts,
                note='physicians listed with the diseases they treat')


@negative('it_platform', 10)
def neg_it(c):
    rng = c.rng
    me = c.chudr('it')
    d = msg_date(rng)
    lang = 'en' if chance(rng, 0.3) else 'fr'
    inc = 'INC%07d' % rng.randrange(10 ** 6, 10 ** 7)
    chg = 'CHG%07d' % rng.randrange(10 ** 6, 10 ** 7)
    v = rng.randrange(4)
    if v == 0:
        when = (d + dt.timedelta(days=rng.randrange(2, 9))).date()
        body = ("La plateforme de télé-expertise sera indisponible le %s de 22 h à 2 h (heure de Montréal) pour une mise à jour "
                "de sécurité (changement %s). Les partenaires européens sont avisés; pendant la coupure, utiliser le téléphone du BPI.") % (
            fdate(when, 'fr_long'), chg) if lang == 'fr' else \
            "The tele-expertise platform will be down on %s from 10 pm to 2 am EST for a security update (change %s)." % (fdate(when, 'en_long'), chg)
        subj = 'Maintenance planifiée - plateforme de télé-expertise' if lang == 'fr' else 'Planned maintenance - tele-expertise platform'
    elif v == 1:
        body = ("Votre billet %s est résolu : le certificat du connecteur de messagerie sécurisée avec %s a été renouvelé. "
                "Les courriels chiffrés devraient de nouveau passer. Si le problème persiste, rouvrez le billet.") % (
            inc, INSTS[pick(rng, PARTNER_ORGS)].short) if lang == 'fr' else \
            'Ticket %s resolved: the secure mail connector certificate was renewed.' % inc
        subj = '[%s] Résolu' % inc if lang == 'fr' else '[%s] Resolved' % inc
    elif v == 2:
        body = ("Rappel de la politique : tout courriel contenant un NAM, un NISS, un NIR, un numéro de dossier ou un renseignement "
                "clinique doit être envoyé avec le mot-clé [SECURE] dans l'objet. Le filtre DLP bloquera désormais les envois non conformes.") \
            if lang == 'fr' else ("Policy reminder: any e-mail containing a health card number, NISS, NIR, chart number or clinical "
                                  "information must be sent with [SECURE] in the subject line. The DLP filter will now block non-compliant mail.")
        subj = 'Rappel - envoi de renseignements de santé' if lang == 'fr' else 'Reminder - sending health information'
    else:
        host = 'vpn-partenaires.chudr.example'
        body = ("Les accès VPN pour les médecins de %s sont créés (%d comptes). Identifiants envoyés séparément par SMS. "
                "Serveur : %s, port 443. Expiration : %s.") % (INSTS[pick(rng, PARTNER_ORGS)].short, rng.randrange(3, 12), host,
                                                              fdate(dt.date(2025, 12, 31), 'fr')) if lang == 'fr' else \
            'VPN accounts for partner physicians have been created. Server: %s, port 443.' % host
        subj = 'Accès VPN partenaires' if lang == 'fr' else 'Partner VPN access'
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, lang, group=True), body, closing(rng, lang), signature(rng, me, lang))
    return Mail(me, [('Utilisateurs BPI', 'bpi-users@chudr.example')], subj, text, lang, d, note='IT notice')


@negative('asset_serial', 8)
def neg_asset(c):
    rng = c.rng
    me = c.chudr('biomed')
    d = msg_date(rng)
    dest_inst = pick(rng, ['aerosec'] + PARTNER_ORGS)
    dest = c.ext(dest_inst, 'case' if dest_inst == 'aerosec' else 'admin')
    lang = 'en' if dest_inst == 'azsa' or chance(rng, 0.2) else 'fr'
    items = []
    for _ in range(rng.randrange(2, 5)):
        kind = pick(rng, ['Ventilateur de transport', 'Pousse-seringue', 'Moniteur multiparamétrique', 'Concentrateur O2 portable',
                          'Défibrillateur'])
        serial = pick(rng, [niss_like_serial(rng), luhn_number(rng, 15, '35'), 'SN%s' % mod97_number(rng, 11), luhn_number(rng, 10)])
        items.append([kind, pick(rng, ['Hamilton T1', 'Zoll X', 'Medfusion 4000', 'Inogen G5', 'Mindray ePM']), serial,
                      'CHUDR-BIO-%06d' % rng.randrange(10 ** 5, 10 ** 6), 'LOT %s' % mod97_number(rng, 9)])
    hdr = ['Équipement', 'Modèle', 'N° de série', 'N° d\'actif', 'Lot batterie'] if lang == 'fr' else \
        ['Equipment', 'Model', 'Serial no.', 'Asset tag', 'Battery lot']
    atts = []
    if chance(rng, 0.5):
        atts.append(xlsx_att('Equipements_pret_%s.xlsx' % d.strftime('%Y%m%d'), [('Prêt', [hdr] + items)], me.display()))
        listing = ''
    else:
        listing = '\n'.join('- %s %s : série %s, actif %s, %s' % tuple(i) for i in items)
    if lang == 'fr':
        text = ("%s\n\nVoici la liste des équipements prêtés pour les transports aériens de la semaine prochaine. Retour exigé avec "
                "le rapport d'entretien. Les numéros de série doivent correspondre à la fiche de sortie.\n\n%s\n\n%s\n%s") % (
            greet(rng, 'fr', dest), listing or '(voir fichier Excel)', closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = 'Prêt d\'équipements - transports aériens'
    else:
        text = "%s\n\nEquipment on loan for next week's flights:\n\n%s\n\n%s\n%s" % (
            greet(rng, 'en', dest), listing.replace('série', 'S/N').replace('actif', 'asset') or '(see spreadsheet)',
            closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Equipment loan - air transfers'
    return Mail(me, [who(dest)], subj, text, lang, d, atts=atts, note='equipment serial/asset/lot numbers (some pass checksums)')


@negative('job_posting', 6)
def neg_job(c):
    rng = c.rng
    me = c.chudr('hr')
    d = msg_date(rng)
    lang = 'en' if chance(rng, 0.3) else 'fr'
    job = pick(rng, [('Coordonnateur(trice) des transferts internationaux', 'International transfer coordinator'),
                     ('Infirmier(ère) d\'escorte aérienne', 'Flight escort nurse'),
                     ('Agent(e) administratif(ve) - admissibilité', 'Eligibility clerk'),
                     ('Conseiller(ère) en télésanté', 'Telehealth advisor')])
    num = 'AFF-2025-%04d' % rng.randrange(1, 9999)
    if lang == 'fr':
        text = ("AFFICHAGE %s\n\n%s - Bureau des patients internationaux\nStatut : temps complet permanent, jour\n"
                "Exigences : baccalauréat, 3 ans d'expérience en coordination clinique, bilinguisme (français/anglais), "
                "connaissance des assureurs voyage et des systèmes de santé belge et français (un atout).\n"
                "Échelle salariale : 31,12 $ à 52,40 $ / h\nDate limite : %s\n\nPostuler via le portail carrières.") % (
            num, job[0], fdate((d + dt.timedelta(days=21)).date(), 'fr_long'))
        subj = 'Affichage de poste - %s' % job[0]
    else:
        text = ("JOB POSTING %s\n\n%s - International Patient Office\nFull-time, permanent\nRequirements: BSc, 3 years clinical "
                "coordination, bilingual.\nDeadline: %s") % (num, job[1], fdate((d + dt.timedelta(days=21)).date(), 'en_long'))
        subj = 'Job posting - %s' % job[1]
    return Mail(me, [('Tout le personnel', 'tous@chudr.example')], subj, text, lang, d, note='job posting')


@negative('committee', 8)
def neg_committee(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['partner', 'coord']))
    d = msg_date(rng)
    lang = 'en' if chance(rng, 0.2) else 'fr'
    when = (d + dt.timedelta(days=rng.randrange(3, 15))).date()
    members = [c.chudr(k) for k in rng.sample(['im', 'icu', 'bed', 'social', 'pharm', 'finance', 'coord'], 4)]
    if lang == 'fr':
        odj = ['Adoption du compte rendu de la rencontre précédente', 'Bilan trimestriel (statistiques agrégées)',
               'Révision de la procédure d\'accueil des patients rapatriés en isolement', 'Entente avec %s : état d\'avancement' % INSTS[pick(rng, PARTNER_ORGS)].short,
               'Incidents de transport (analyse sans identifiant)', 'Varia']
        text = ("%s\n\nLe Comité des transferts internationaux se réunira le %s de 12 h à 13 h 30 (salle B-2210 et Teams).\n\n"
                "Ordre du jour :\n%s\n\n%s\n%s") % (greet(rng, 'fr', group=True), fdate(when, 'fr_long'),
                                                  '\n'.join('%d. %s' % (i + 1, o) for i, o in enumerate(odj)), closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = 'Comité des transferts internationaux - %s' % fdate(when, 'fr')
    else:
        text = ("%s\n\nThe International Transfer Committee meets on %s, 12:00-13:30.\n\nAgenda:\n1. Minutes\n2. Quarterly figures (aggregate)\n"
                "3. Isolation procedure for repatriated patients\n4. Transport incidents (de-identified)\n\n%s\n%s") % (
            greet(rng, 'en', group=True), fdate(when, 'en_long'), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'International Transfer Committee - agenda'
    return Mail(me, [who(m) for m in members], subj, text, lang, d, note='committee notice')


@negative('procedure', 8)
def neg_procedure(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['coord', 'icu', 'im']))
    d = msg_date(rng)
    lang = 'en' if chance(rng, 0.25) else 'fr'
    if lang == 'fr':
        steps = ['Recevoir la demande (formulaire BPI-F12) et vérifier l\'admissibilité RAMQ (NAM valide, absence < 183 jours).',
                 'Obtenir l\'accord du médecin receveur et réserver un lit (USIC si STEMI < 72 h, unité neurovasculaire si AVC).',
                 'Exiger : lettre de liaison, derniers résultats (Hb, créatinine, INR), liste des médicaments, statut BMR/BLSE.',
                 'Patients sous anticoagulants : préciser l\'heure de la dernière dose.',
                 'Patients sous O2 : confirmer le débit et le concentrateur autorisé en vol.',
                 'Aviser l\'urgence et la sécurité de l\'heure d\'arrivée; ambulance à la porte 3.']
        blocks = [('h', 'Procédure BPI-P04 - Accueil d\'un patient rapatrié'), ('bullets', steps)]
        text = "%s\n\nVoici la procédure révisée (v%d), validée par le comité. Principaux changements : étapes 3 et 4.\n\n%s\n%s" % (
            greet(rng, 'fr', group=True), rng.randrange(2, 6), closing(rng, 'fr'), signature(rng, me, 'fr'))
        subj = 'Procédure révisée - accueil des patients rapatriés'
    else:
        steps = ['Receive the request and check provincial coverage.', 'Confirm accepting physician and bed.',
                 'Require transfer letter, latest labs (Hb, creatinine, INR), medication list, MDRO status.',
                 'Anticoagulated patients: time of last dose.', 'Notify ER of ETA.']
        blocks = [('h', 'Procedure IPO-P04 - Receiving a repatriated patient'), ('bullets', steps)]
        text = "%s\n\nRevised procedure attached.\n\n%s\n%s" % (greet(rng, 'en', group=True), closing(rng, 'en'), signature(rng, me, 'en'))
        subj = 'Revised procedure - receiving repatriated patients'
    att = docx_att('BPI-P04_procedure_v%d.docx' % rng.randrange(2, 6), blocks, 'Procédure', me.display()) if chance(rng, 0.5) else \
        pdf_att('BPI-P04_procedure.pdf', blocks, 'Procédure', me.display())
    return Mail(me, [('Équipe BPI', 'equipe-bpi@chudr.example')], subj, text, lang, d, atts=[att], note='generic procedure')


@negative('insurer_general', 6)
def neg_insurer_general(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['coord', 'finance', 'partner']))
    ins = pick(rng, ['boreale', 'eurosecours', 'maple', 'northstar', 'mewb'])
    dest = c.ext(ins, 'case')
    lang = INSTS[ins].lang
    d = msg_date(rng)
    v = rng.randrange(3)
    if v == 0:
        body = ("Suite à notre rencontre, voici les tarifs convenus pour 2025 : accueil d'un rapatriement (coordination) %d $, "
                "escorte infirmière %d $ / vacation de 12 h, télé-expertise %d $. Les tarifs hospitaliers suivent la grille ministérielle "
                "pour les non-résidents.") % (rng.randrange(200, 500), rng.randrange(900, 1800), rng.randrange(150, 400)) if lang == 'fr' else \
            ("As discussed, 2025 rates: repatriation coordination $%d, nurse escort $%d per 12-h shift, tele-expertise $%d.") % (
                rng.randrange(200, 500), rng.randrange(900, 1800), rng.randrange(150, 400))
        subj = 'Tarifs 2025' if lang == 'fr' else '2025 rates'
    elif v == 1:
        body = ("Pouvez-vous nous transmettre la liste à jour de vos numéros 24/7 (plateau médical et gestion des garanties) ? "
                "Nous mettons à jour l'aide-mémoire de nos coordonnatrices. Le nôtre : %s, option 4.") % INSTS['chudr'].phone if lang == 'fr' else \
            "Could you send your updated 24/7 numbers (medical desk and guarantees)? Ours: %s, option 4." % INSTS['chudr'].phone
        subj = 'Numéros 24/7' if lang == 'fr' else '24/7 contact numbers'
    else:
        body = ("Nous avons noté des délais importants dans l'émission des garanties de paiement ce trimestre (médiane %d jours). "
                "Pourrions-nous planifier un appel pour revoir le processus ?") % rng.randrange(4, 12) if lang == 'fr' else \
            "We've seen long turnaround times for guarantees of payment this quarter (median %d days). Could we set up a call?" % rng.randrange(4, 12)
        subj = 'Délais des garanties de paiement' if lang == 'fr' else 'Guarantee of payment turnaround'
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, lang, dest), body, closing(rng, lang), signature(rng, me, lang))
    return Mail(me, [who(dest)], subj, text, lang, d, note='general correspondence with insurer / assistance company')


@negative('facilities', 4)
def neg_facilities(c):
    rng = c.rng
    me = c.chudr(pick(rng, ['tele', 'events', 'coord']))
    d = msg_date(rng)
    room = pick(rng, ['B-2210', 'A-0140', 'C-3302'])
    body = pick(rng, [
        "La salle de télésanté %s est réservée tous les mardis de 8 h à 10 h pour les RCP virtuelles avec nos partenaires belges "
        "et français, jusqu'à la fin juin. Merci de libérer la salle à l'heure." % room,
        "Le codec de visioconférence de la salle %s est en réparation (bon de travail BT-%06d). Utiliser la salle A-0140 en attendant." % (
            room, rng.randrange(10 ** 5, 10 ** 6)),
        "Stationnement : 40 places sont réservées au P2 pour les participants du colloque. Code d'accès remis à l'accueil."])
    text = '%s\n\n%s\n\n%s\n%s' % (greet(rng, 'fr', group=True), body, closing(rng, 'fr'), signature(rng, me, 'fr'))
    return Mail(me, [('Équipe BPI', 'equipe-bpi@chudr.example')], pick(rng, ['Réservation salle %s' % room, 'Salle %s' % room, 'Logistique']),
                text, 'fr', d, note='facilities notice')


# ============================================================================
# generation, label witness check, self-check
# ============================================================================
def norm(s):
    return re.sub(r'\s+', ' ', strip_accents(s).lower())


def haystack(mail):
    parts = [mail.subject, mail.text]
    if mail.html:
        parts.append(htmlmod.unescape(re.sub(r'<[^>]+>', ' ', mail.html)))
    for a in mail.atts:
        parts += [a.filename, a.src]
    return norm('\n'.join(parts))


def witness_positive(mail, T, name):
    """Every claimed type must have at least one emitted string present in the message."""
    hay = haystack(mail)
    for t in sorted(T.types):
        strings = [s for tt, s in T.emitted if tt == t]
        if not any(norm(s) in hay for s in strings):
            raise AssertionError('%s: type %s claimed but none of %r found' % (name, t, strings[:3]))


def witness_negative(mail, patients, name):
    hay = haystack(mail)
    for lst in patients.values():
        for p in lst:
            for ident in (p.nam, p.niss, p.nir, p.hn):
                if ident and ident.lower() in hay:
                    raise AssertionError('%s: patient identifier leaked into negative' % name)
            if norm('%s %s' % (p.given, p.surname)) in hay or norm('%s %s' % (p.surname, p.given)) in hay:
                raise AssertionError('%s: patient name leaked into negative (%s)' % (name, p.surname))


PROTECT_PREFIX = ('De :', 'De:', 'From:', 'Sent:', 'Envoyé', 'À :', 'À:', 'To:', 'Objet', 'Subject:', 'Date', 'Sujet',
                  'Pour :', 'Cc', '--', 'Tél', 'Tel', 'Fax', 'Téléc', 'AVIS', 'CONFIDENTIALITY', 'Le ', 'On ')


def protected_lines(staff):
    lines = set([DISCLAIMER_FR, DISCLAIMER_EN])
    for inst in INSTS.values():
        lines.update([inst.name, inst.addr])
    for lst in staff.values():
        for st in lst:
            lines.update([st.role_fr, st.role_en, st.dept_fr, st.dept_en, st.display(), st.display('fr', True),
                          st.display('en', True), '%s, MD, FRCPC' % st.display('fr')])
    return lines


def add_typos(rng, text, emitted, protected, rate=0.05):
    """Introduce a few letter swaps in free text, never inside tracked strings, signatures or headers."""
    prot = sorted({e for _, e in emitted if e}, key=len, reverse=True)
    out = []
    for line in text.split('\n'):
        bare = line.lstrip('> ').strip()
        if not bare or bare in protected or bare.startswith(PROTECT_PREFIX) or '@' in bare or 'http' in bare:
            out.append(line)
            continue
        tokens = {}
        for i, e in enumerate(prot):
            if e in line:
                tok = '\x00%d\x00' % i
                line = line.replace(e, tok)
                tokens[tok] = e
        line = typos(rng, line, rate)
        for tok, e in tokens.items():
            line = line.replace(tok, e)
        out.append(line)
    return '\n'.join(out)


def generate(out, seed):
    staff = build_staff(random.Random('%d-staff' % seed))
    patients = build_patients(random.Random('%d-patients' % seed))
    pos_jobs = [(cat, f) for cat, n, f in POS_BUILDERS for _ in range(n)]
    neg_jobs = [(cat, f) for cat, n, f in NEG_BUILDERS for _ in range(n)]
    assert len(pos_jobs) == N_POS, len(pos_jobs)
    assert len(neg_jobs) == N_NEG, len(neg_jobs)
    order = random.Random('%d-order' % seed)
    order.shuffle(pos_jobs)
    order.shuffle(neg_jobs)
    for sub in ('positive', 'negative'):
        path = os.path.join(out, sub)
        os.makedirs(path, exist_ok=True)
        for fn in os.listdir(path):
            if fn.endswith('.eml'):
                os.remove(os.path.join(path, fn))
    labels = {}
    protected = protected_lines(staff)
    for positive_flag, jobs, prefix, sub in ((True, pos_jobs, 'p', 'positive'), (False, neg_jobs, 'n', 'negative')):
        for i, (cat, f) in enumerate(jobs, 1):
            name = '%s/%s%03d_%s.eml' % (sub, prefix, i, cat)
            rng = random.Random('%d-%s-%d-%s' % (seed, sub, i, cat))
            c = Ctx(rng, positive_flag, staff, patients)
            mail = f(c)
            if mail.html is None and chance(rng, 0.3):
                mail.text = add_typos(rng, mail.text, c.T.emitted, protected)
            if positive_flag:
                witness_positive(mail, c.T, name)
                assert c.T.types, name
            else:
                witness_negative(mail, patients, name)
            data = render(mail, rng)
            with open(os.path.join(out, name), 'wb') as fh:
                fh.write(data)
            labels[name] = {'confidential': positive_flag, 'types': sorted(c.T.types), 'lang': mail.lang, 'note': mail.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def check_attachment(part, ctype, payload, name):
    if ctype in ('application/zip', 'application/x-zip-compressed') or ctype.startswith('application/vnd.openxmlformats'):
        z = zipfile.ZipFile(io.BytesIO(payload))
        assert z.testzip() is None, name
        for info in z.infolist():
            assert info.date_time == ZIP_DT, (name, info.filename)
    elif ctype == 'application/pdf':
        assert payload.startswith(b'%PDF-') and b'%%EOF' in payload[-64:], name
    elif ctype.startswith('text/'):
        cs = part.get_content_charset() or 'utf-8'
        payload.decode(cs)
    elif ctype == 'image/png':
        assert payload.startswith(b'\x89PNG'), name


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, fn) for sub in ('positive', 'negative')
                   for fn in os.listdir(os.path.join(out, sub)) if fn.endswith('.eml'))
    assert sorted(labels) == files, 'labels do not cover exactly the files'
    counts = {'positive': 0, 'negative': 0, 'fr': 0, 'en': 0, 'parts': 0, 'attachments': 0}
    type_counts = {}
    for name in files:
        lab = labels[name]
        pos = name.startswith('positive/')
        assert lab['confidential'] is pos, name
        assert lab['lang'] in ('fr', 'en'), name
        if pos:
            assert lab['types'] and all(t in ALL_TYPES for t in lab['types']), name
            for t in lab['types']:
                type_counts[t] = type_counts.get(t, 0) + 1
        else:
            assert lab['types'] == [], name
        counts['positive' if pos else 'negative'] += 1
        counts[lab['lang']] += 1
        with open(os.path.join(out, name), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['Subject'] is not None and msg['Date'], name
        str(msg['Subject'])
        str(msg['To'])
        for part in msg.walk():
            if part.is_multipart():
                continue
            counts['parts'] += 1
            ctype = part.get_content_type()
            if part.get_content_maintype() == 'text' and part.get_filename() is None:
                content = part.get_content()
                assert isinstance(content, str) and content.strip(), name
            else:
                payload = part.get_payload(decode=True)
                assert payload, (name, ctype)
                counts['attachments'] += 1
                check_attachment(part, ctype, payload, name)
    return counts, type_counts, files


def digest(out, files):
    h = hashlib.sha256()
    for name in files + ['labels.json']:
        with open(os.path.join(out, name), 'rb') as fh:
            data = fh.read()
        h.update(name.encode('utf-8') + b'\0' + hashlib.sha256(data).digest())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument('--out', default=HERE, help='output directory (default: next to this script)')
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    generate(args.out, args.seed)
    counts, type_counts, files = self_check(args.out)
    print('positives: %d  negatives: %d  fr: %d  en: %d' % (counts['positive'], counts['negative'], counts['fr'], counts['en']))
    print('MIME leaf parts: %d  (non-body parts: %d)' % (counts['parts'], counts['attachments']))
    print('types: ' + ', '.join('%s=%d' % (t, type_counts.get(t, 0)) for t in ALL_TYPES))
    print('sha256 digest: %s' % digest(args.out, files))


if __name__ == '__main__':
    main()
