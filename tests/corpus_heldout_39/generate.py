#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus -- obstetrics, gynaecology and neonatal service
of an invented regional hospital in Lanaudiere / Laurentides (Quebec).

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and
labels.json next to this file (or under --out DIR), deterministically from a seed.
Every person, institution, address, phone number and domain is invented.
RAMQ NAMs come only from ../blind_nams.txt (relative to this file).
"""
import argparse
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import html as htmlmod
import io
import json
import os
import quopri
import random
import re
import sys
import urllib.parse
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3939
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_ISO = '2025-01-02T08:00:00Z'

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def dfr(d):
    return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)


def den(d):
    return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)


def dshort_fr(d):
    return '%d %s' % (d.day, MONTHS_FR[d.month - 1])


def dshort_en(d):
    return '%s %d' % (MONTHS_EN[d.month - 1][:3], d.day)


def fnum(x, fr, nd=1):
    s = ('%.' + str(nd) + 'f') % x
    return s.replace('.', ',') if fr else s


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------

def luhn_complete(rng, prefix, length):
    body = prefix + ''.join(str(rng.randrange(10)) for _ in range(length - 1 - len(prefix)))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    return num


def make_sin(rng):
    while True:
        s = luhn_complete(rng, str(rng.choice([1, 2, 3, 4, 5, 6, 7])), 9)
        if ca_sin.is_valid(s):
            return s


def fmt_sin(s, rng):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (s[:3], s[3:6], s[6:])


def make_on_hcn(rng):
    # Ontario health number: 10 digits, Luhn check digit, + 2-letter version code
    n = luhn_complete(rng, str(rng.randrange(1, 10)), 10)
    assert luhn.is_valid(n)
    vc = rng.choice(['AB', 'KT', 'MX', 'PL', 'RW', 'ZE'])
    return n, vc


def make_be_niss(rng, dob, sex):
    yymmdd = dob.strftime('%y%m%d')
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = '%s%03d' % (yymmdd, serial)
        n = int(base) if dob.year < 2000 else int('2' + base)
        chk = 97 - (n % 97)
        num = '%s%02d' % (base, chk)
        if be_nn.is_valid(num):
            return num


def fmt_niss(n, rng):
    return rng.choice(['%s.%s.%s-%s.%s', '%s%s%s-%s-%s', '%s %s %s %s %s']) % (
        n[:2], n[2:4], n[4:6], n[6:9], n[9:])


def make_fr_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '44', '59', '35', '31', '67', '2A'])
        commune = '%03d' % rng.randrange(1, 990)
        order = '%03d' % rng.randrange(1, 999)
        body = '%d%s%02d%s%s%s' % (1 if sex == 'M' else 2, dob.strftime('%y'), dob.month,
                                    dept, commune, order)
        numeric = body.replace('2A', '19').replace('2B', '18')
        key = 97 - (int(numeric) % 97)
        num = body + '%02d' % key
        if fr_nir.is_valid(num):
            return num


def fmt_nir(n):
    return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def make_mrn(rng):
    return luhn_complete(rng, str(rng.randrange(1, 10)), 7)


# ---------------------------------------------------------------------------
# invented world
# ---------------------------------------------------------------------------
DOM = 'cissslln.example'          # CISSS Lanaudière-Laurentides-Nord (invented)
HOSP_FR = 'Hôpital régional du Val-des-Pins'
HOSP_EN = 'Val-des-Pins Regional Hospital'
HOSP_ADDR = '1200, boulevard des Pionniers, Saint-Jérôme (Québec)  J7Y 0V9'
HOSP_TEL = '450 555-0100'
CHU_FR = 'CHU Mère-Enfant Saint-Laurent'
CHU_DOM = 'chumesl.example'
CLSC_FR = ['CLSC de la Rivière-Ouareau', 'CLSC des Trois-Érables', 'CLSC du Lac-Brûlé',
           'CLSC de la Haute-Achigan']

TOWNS = [('Saint-Jérôme', 'J7Z'), ('Joliette', 'J6E'), ('Terrebonne', 'J6W'), ('Mascouche', 'J7K'),
         ('Repentigny', 'J6A'), ('Sainte-Agathe-des-Monts', 'J8C'), ('Mont-Laurier', 'J9L'),
         ('Rawdon', 'J0K'), ('Saint-Lin–Laurentides', 'J5M'), ('Mirabel', 'J7J'),
         ('Blainville', 'J7C'), ("L'Assomption", 'J5W'), ('Berthierville', 'J0K'),
         ('Saint-Donat', 'J0T'), ('Lachute', 'J8H'), ('Sainte-Adèle', 'J8B'),
         ('Saint-Félix-de-Valois', 'J0K'), ('Prévost', 'J2J')]
STREETS = ['rue des Merisiers', 'rue du Ruisseau-Vert', 'chemin du Lac-Cornu', 'rue Saint-Viateur',
           'montée des Érables', 'rue de la Fabrique', 'rang Double', 'rue des Sittelles',
           'avenue du Parc-Linéaire', 'chemin de la Rivière-Noire', 'rue Papineau-Est',
           'rue des Pruches', 'boulevard Manseau-Nord', 'rue Lajeunesse', 'croissant des Hérons',
           'Maple Ridge Road', 'Oak Hollow Lane', 'rue Principale', 'route 125', 'rue des Cèdres']

GIVEN_F_FR = ['Catherine', 'Audrey', 'Mélanie', 'Jessica', 'Marie-Ève', 'Kim', 'Vanessa', 'Camille',
              'Laurence', 'Émilie', 'Stéphanie', 'Joanie', 'Roxanne', 'Sabrina', 'Ariane', 'Maude',
              'Andréanne', 'Noémie', 'Justine', 'Myriam', 'Élodie', 'Gabrielle']
GIVEN_F_EN = ['Ashley', 'Megan', 'Jennifer', 'Rebecca', 'Hannah', 'Courtney', 'Samantha', 'Lauren',
              'Brittany', 'Kayla', 'Chloe', 'Heather']
GIVEN_F_OTHER = [('Fatima', 'Belkacem'), ('Nadège', 'Pierre-Louis'), ('Yasmine', 'Haddad'),
                 ('Daniela', 'Restrepo'), ('Thi Lan', 'Nguyen'), ('Aïcha', 'Diallo'),
                 ('Mariana', 'Ochoa'), ('Roseline', 'Jean-Baptiste'), ('Priya', 'Raman')]
SURN_FR = ['Bergeron-Lavallée', 'Lefebvre', 'Côté', 'Desrosiers', 'Beaulieu', 'Charette', 'Lamoureux',
           'Provencher', 'Dagenais', 'Brunelle', 'Lapierre', 'Vaillancourt', 'Ducharme', 'Rivest',
           'Forget', 'Allard', 'Turcotte', 'Riopel', 'Lachance', 'Boisvert', 'Mercier', 'Labelle']
SURN_EN = ['McKenna', 'Henderson', 'Walsh', 'Campbell', 'Morrison', "O'Neill", 'Fletcher', 'Grant',
           'Sutherland', 'Baxter']
BABY_F = ['Florence', 'Léa', 'Emma', 'Livia', 'Alice', 'Charlie', 'Olivia', 'Zoé', 'Rosalie',
          'Éloïse', 'Mila', 'Béatrice', 'Juliette', 'Maëlle', 'Ava', 'Charlotte', 'Romy']
BABY_M = ['Noah', 'Thomas', 'William', 'Léo', 'Jacob', 'Édouard', 'Arthur', 'Nathan', 'Félix',
          'Théo', 'Victor', 'Hugo', 'Jack', 'Lucas', 'Mathis', 'Émile', 'Raphaël']


class Staff:
    def __init__(self, given, surname, title, cred, role_fr, role_en, ext, lang='fr'):
        self.given, self.surname, self.title, self.cred = given, surname, title, cred
        self.role_fr, self.role_en, self.ext, self.lang = role_fr, role_en, ext, lang
        self.email = '%s.%s@%s' % (ascii_slug(given), ascii_slug(surname), DOM)

    @property
    def name(self):
        return '%s %s' % (self.given, self.surname)

    def display(self):
        return ('%s %s' % (self.title, self.name)).strip()


def ascii_slug(s):
    tr = str.maketrans('àâäéèêëîïôöùûüçÉÈÀÎÔ', 'aaaeeeeiioouuucEEAIO')
    s = s.translate(tr).lower()
    return re.sub(r'[^a-z0-9]+', '-', s).strip('-')


STAFF = {
    # physicians
    'vachon': Staff('Isabelle', 'Vachon-Laroche', 'Dre', 'MD, FRCSC', 'Obstétricienne-gynécologue',
                    'Obstetrician-gynaecologist', '4410'),
    'benali': Staff('Karim', 'Benali', 'Dr', 'MD, FRCSC', 'Obstétricien-gynécologue, chef du service',
                    'Obstetrician-gynaecologist, service chief', '4402'),
    'tremblay': Staff('Émilie', 'Tremblay-St-Onge', 'Dre', 'MD, FRCSC',
                      'Gynécologue, chirurgie minimalement invasive', 'Gynaecologist, minimally invasive surgery', '4418'),
    'whitmore': Staff('Stephen', 'Whitmore', 'Dr', 'MD, FRCSC', 'Obstétricien-gynécologue',
                      'Obstetrician-gynaecologist', '4421', 'en'),
    'khoury': Staff('Nadia', 'Khoury', 'Dre', 'MD, FRCSC', 'Obstétricienne, grossesses à risque',
                    'Obstetrician, high-risk pregnancy', '4415'),
    'lanctot': Staff('Marie-Pier', 'Lanctôt', 'Dre', 'MD, FRCPC', 'Pédiatre-néonatalogiste',
                     'Paediatrician-neonatologist', '4460'),
    'grenon': Staff('Olivier', 'Grenon', 'Dr', 'MD, FRCPC', 'Pédiatre', 'Paediatrician', '4462'),
    'sarrazin': Staff('Hugo', 'Sarrazin', 'Dr', 'MD', 'Radiologiste, échographie obstétricale',
                      'Radiologist, obstetric ultrasound', '4380'),
    'pilon': Staff('Samuel', 'Pilon', 'Dr', 'R3', 'Résident en obstétrique-gynécologie',
                   'OB-GYN resident', '4499'),
    # midwives / nurses / professionals
    'brisebois': Staff('Amélie', 'Brisebois', '', 'sage-femme', 'Sage-femme', 'Midwife', '4520'),
    'oreilly': Staff('Kathleen', "O'Reilly", '', 'RM', 'Sage-femme', 'Midwife', '4521', 'en'),
    'desjardins': Staff('Valérie', 'Desjardins', '', 'sage-femme', 'Sage-femme responsable',
                        'Lead midwife', '4522'),
    'paradis': Staff('Julie', 'Paradis', '', 'inf.', 'Infirmière, unité des naissances',
                     'Nurse, birthing unit', '4530'),
    'lafreniere': Staff('Karine', 'Lafrenière', '', 'inf. clin.', 'Infirmière clinicienne, clinique prénatale',
                        'Clinical nurse, prenatal clinic', '4440'),
    'hamelin': Staff('Stéphanie', 'Hamelin', '', 'inf.', 'Assistante infirmière-chef, post-partum',
                     'Assistant head nurse, postpartum', '4540'),
    'fraser': Staff('Megan', 'Fraser', '', 'RN', 'Nurse, NICU level 2', 'Nurse, level 2 nursery', '4565', 'en'),
    'grondin': Staff('Mélissa', 'Grondin', '', 'inf. aux.', 'Infirmière auxiliaire, pouponnière',
                     'LPN, nursery', '4566'),
    'marcoux': Staff('Hélène', 'Marcoux', '', 'IBCLC', 'Consultante en lactation', 'Lactation consultant', '4550'),
    'goldberg': Staff('Rachel', 'Goldberg', '', 'IBCLC', 'Consultante en lactation', 'Lactation consultant',
                      '4551', 'en'),
    'ladouceur': Staff('Véronique', 'Ladouceur', '', 'T.S.', 'Travailleuse sociale, périnatalité',
                       'Social worker, perinatal', '4570'),
    'sauve': Staff('Daniel', 'Sauvé', '', 'T.S.', 'Travailleur social, périnatalité et jeunesse',
                   'Social worker, perinatal & youth', '4571'),
    'roussin': Staff('Mélanie', 'Roussin', '', 'M.Sc., CCGC', 'Conseillère en génétique',
                     'Genetic counsellor', '4390'),
    # admin
    'bergeron': Staff('Lise', 'Bergeron', '', '', 'Agente administrative, clinique prénatale',
                      'Administrative officer, prenatal clinic', '4400'),
    'courchesne': Staff('Martin', 'Courchesne', '', '', 'Chef de service, mère-enfant',
                        'Manager, mother-child program', '4500'),
    'proulx': Staff('Nathalie', 'Proulx', '', '', 'Coordonnatrice clinico-administrative',
                    'Clinical-administrative coordinator', '4501'),
    'lemieux': Staff('Guy', 'Lemieux', '', '', 'Approvisionnement', 'Procurement', '2210'),
    'aubin': Staff('Francine', 'Aubin', '', '', 'Adjointe administrative, direction mère-enfant',
                   'Administrative assistant', '4503'),
    'vezina': Staff('Patrice', 'Vézina', '', '', 'Conseiller en prévention-santé au travail',
                    'Occupational health advisor', '2315'),
    'archambault': Staff('Chloé', 'Archambault', '', 'inf. M.Sc.', 'Conseillère en soins, mère-enfant',
                         'Nursing practice advisor', '4505'),
}

EXT_STAFF = [
    ('Dre Caroline Messier', 'caroline.messier@' + CHU_DOM, 'Médecine fœto-maternelle, ' + CHU_FR),
    ('Dr Alain Tessier', 'alain.tessier@' + CHU_DOM, 'Néonatalogie, ' + CHU_FR),
    ('Centrale de transfert néonatal', 'transfert.neo@' + CHU_DOM, CHU_FR),
    ('Laboratoire de génétique', 'genetique.labo@' + CHU_DOM, CHU_FR),
]


class Person:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None
        self.phone = None
        self.addr = None
        self.email = None
        self.role = None

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def age(self, at):
        return at.year - self.dob.year - ((at.month, at.day) < (self.dob.month, self.dob.day))


def nam_consistent(p):
    n = p.nam
    mm = int(n[6:8])
    if p.sex == 'F':
        mm -= 50
    return (n[4:6] == p.dob.strftime('%y') and mm == p.dob.month and int(n[8:10]) == p.dob.day)


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()[:5]
            p = Person(surname, given, dt.date.fromisoformat(dob), sex, nam)
            assert nam_consistent(p), line
            people.append(p)
    return people


class World:
    def __init__(self, rng):
        self.rng = rng
        self.nam_people = load_nams()
        self.used_phones = set()
        ref = dt.date(2025, 6, 1)
        for p in self.nam_people:
            self._fill(p)
        F = [p for p in self.nam_people if p.sex == 'F']
        self.mothers = [p for p in F if 17 <= p.age(ref) <= 44]
        self.gyn = [p for p in F if p.age(ref) >= 45]
        self.teens = [p for p in F if 10 <= p.age(ref) <= 16]
        self.partners = [p for p in self.nam_people if p.sex == 'M' and 18 <= p.age(ref) <= 55]
        self.kids = [p for p in self.nam_people if p.age(ref) <= 16]
        self.pools = {}
        self.extra_i = 0

    def _fill(self, p):
        r = self.rng
        p.mrn = make_mrn(r)
        while True:
            ph = '%s 555-01%02d' % (r.choice(['450', '450', '819', '579']), r.randrange(100))
            if ph not in self.used_phones:
                self.used_phones.add(ph)
                break
        p.phone = ph
        town, fsa = r.choice(TOWNS)
        p.addr = ('%d, %s' % (r.randrange(12, 2990), r.choice(STREETS)), town,
                  '%s %d%s%d' % (fsa, r.randrange(1, 9), r.choice('ABCEGHJKLMNPRSTVWXZ'), r.randrange(1, 9)))
        p.email = '%s.%s%s@%s' % (ascii_slug(p.given), ascii_slug(p.surname),
                                  r.choice(['', str(p.dob.year % 100), '_' + str(r.randrange(1, 99))]),
                                  r.choice(['courriel.example', 'boitemail.example', 'videotron-mail.example']))

    def take(self, pool_name):
        pool = getattr(self, pool_name)
        q = self.pools.get(pool_name)
        if not q:
            q = list(pool)
            self.rng.shuffle(q)
            self.pools[pool_name] = q
        return q.pop()

    def extra_woman(self, lang, age_lo=19, age_hi=41, other_ok=True):
        r = self.rng
        if other_ok and r.random() < 0.25:
            given, surname = r.choice(GIVEN_F_OTHER)
        elif lang == 'en':
            given, surname = r.choice(GIVEN_F_EN), r.choice(SURN_EN)
        else:
            given, surname = r.choice(GIVEN_F_FR), r.choice(SURN_FR)
        age = r.randrange(age_lo, age_hi + 1)
        dob = dt.date(2025 - age, r.randrange(1, 13), r.randrange(1, 29))
        p = Person(surname, given, dob, 'F')
        self._fill(p)
        return p

    def mother(self, lang, allow_extra=True):
        if allow_extra and self.rng.random() < 0.35:
            return self.extra_woman(lang)
        return self.take('mothers')

    def baby(self, mother, born, partner_surname=None):
        r = self.rng
        sex = r.choice('FM')
        given = r.choice(BABY_F if sex == 'F' else BABY_M)
        if partner_surname and r.random() < 0.5:
            surname = r.choice([partner_surname, '%s-%s' % (mother.surname, partner_surname)])
        else:
            surname = mother.surname
        b = Person(surname, given, born, sex)
        b.mrn = make_mrn(r)
        b.weight = r.randrange(2350, 4300, 5)
        b.mother = mother
        b.phone, b.addr, b.email = mother.phone, mother.addr, mother.email
        return b


# ---------------------------------------------------------------------------
# context: every patient element registers its finding type
# ---------------------------------------------------------------------------
class Ctx:
    def __init__(self, W, rng, lang, date, positive):
        self.W, self.r, self.lang, self.date, self.positive = W, rng, lang, date, positive
        self.fr = lang == 'fr'
        self.T = set()

    # language / randomness helpers
    def t(self, fr, en):
        return fr if self.fr else en

    def ch(self, seq):
        return self.r.choice(seq)

    def p(self, prob):
        return self.r.random() < prob

    def _reg(self, typ):
        assert self.positive, 'patient element in a negative message: ' + typ
        self.T.add(typ)

    # patient elements
    def title(self, p):
        if self.fr:
            return 'Mme' if p.sex == 'F' else 'M.'
        return 'Ms.' if p.sex == 'F' else 'Mr.'

    def nm(self, p, style=None):
        self._reg('patient_name')
        style = style or self.ch(['full', 'full', 'rev', 'title', 'titlefull', 'REV', 'plainrev'])
        if style == 'full':
            return p.full
        if style == 'rev':
            return '%s, %s' % (p.surname, p.given)
        if style == 'REV':
            return '%s, %s' % (p.surname.upper(), p.given)
        if style == 'plainrev':
            return '%s %s' % (p.surname, p.given)
        if style == 'title':
            return '%s %s' % (self.title(p), p.surname)
        if style == 'titlefull':
            return '%s %s' % (self.title(p), p.full)
        if style == 'lower':
            return p.full.lower()
        raise ValueError(style)

    def nam(self, p, style=None):
        self._reg('ramq_nam')
        n = p.nam
        style = style or self.ch(['plain', 'plain', 'plain', 'spaced', 'lower', 'dash'])
        if style == 'spaced':
            return '%s %s %s' % (n[:4], n[4:8], n[8:])
        if style == 'lower':
            return n.lower()
        if style == 'dash':
            return '%s-%s-%s' % (n[:4], n[4:8], n[8:])
        return n

    def dob(self, p, style=None):
        self._reg('date_of_birth')
        d = p.dob
        style = style or self.ch(['iso', 'iso', 'long', 'num'])
        if style == 'iso':
            return d.isoformat()
        if style == 'long':
            return dfr(d) if self.fr else den(d)
        if style == 'num':
            return d.strftime('%d/%m/%Y') if self.fr else d.strftime('%m/%d/%Y')
        if style == 'slash':
            return d.strftime('%Y/%m/%d')
        raise ValueError(style)

    def mrn(self, p, style=None):
        self._reg('mrn')
        style = style or self.ch(['plain', 'plain', 'dash', 'pref'])
        m = p.mrn
        if style == 'dash':
            return '%s-%s' % (m[:3], m[3:])
        if style == 'pref':
            return 'VDP' + m
        return m

    def dx(self, s):
        self._reg('diagnosis')
        return s

    def med(self, s):
        self._reg('medication')
        return s

    def lab(self, s):
        self._reg('lab_result')
        return s

    def soc(self, s):
        self._reg('social_information')
        return s

    def phone(self, p):
        self._reg('patient_contact')
        return p.phone

    def addr(self, p, oneline=True):
        self._reg('patient_contact')
        a = p.addr
        if oneline:
            return '%s, %s %s' % a
        return '%s\n%s (Québec) %s' % a

    def pemail(self, p):
        self._reg('patient_contact')
        return p.email

    def sin(self, s):
        self._reg('ca_sin')
        return s

    def hcn(self, s):
        self._reg('ca_health_number')
        return s

    def niss(self, s):
        self._reg('be_niss')
        return s

    def nir(self, s):
        self._reg('fr_nir')
        return s

    # clinical formatting (not patient elements by themselves)
    def ga(self, w, d):
        if self.fr:
            return self.ch(['%d+%d SA' % (w, d), '%d %d/7 sem.' % (w, d), '%d sem. %d j' % (w, d),
                            '%d+%d' % (w, d)])
        return self.ch(['%d+%d wks' % (w, d), '%dw%dd' % (w, d), '%d %d/7 weeks' % (w, d), '%d+%d' % (w, d)])

    def gp(self):
        g = self.r.randrange(1, 6)
        p = self.r.randrange(0, g)
        a = self.r.randrange(0, g - p)
        if self.fr:
            return self.ch(['G%dP%dA%d' % (g, p, a), 'G%d P%d A%d' % (g, p, a), 'G%dP%d' % (g, p)])
        return self.ch(['G%dP%d' % (g, p), 'G%d P%d' % (g, p), 'G%dP%dA%d' % (g, p, a)])

    def d(self, d):
        return dfr(d) if self.fr else den(d)

    def ds(self, d):
        return dshort_fr(d) if self.fr else dshort_en(d)

    def num(self, x, nd=1):
        return fnum(x, self.fr, nd)


DISCLAIMER_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des "
                 "renseignements confidentiels destinés uniquement au destinataire. Si vous l'avez reçu "
                 "par erreur, veuillez en aviser l'expéditeur et le détruire.")
DISCLAIMER_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential "
                 "information intended solely for the addressee. If you received it in error, please "
                 "notify the sender and delete it.")


def signature(s, c, disclaimer=None):
    r = c.r
    fr = c.fr
    style = r.randrange(4)
    role = s.role_fr if fr else s.role_en
    nm = s.display() + ((', ' + s.cred) if s.cred and r.random() < 0.7 else '')
    if style == 0:
        lines = ['--', nm, role, HOSP_FR if fr or r.random() < 0.5 else HOSP_EN,
                 ('Tél. : ' if fr else 'Tel: ') + HOSP_TEL + (' poste ' if fr else ' ext. ') + s.ext]
    elif style == 1:
        lines = ['', nm, role + ' | ' + ('CISSS Lanaudière-Laurentides-Nord' if fr else 'CISSS LLN'),
                 HOSP_ADDR, HOSP_TEL + ', ' + ('poste ' if fr else 'ext. ') + s.ext + ' | ' + s.email]
    elif style == 2:
        lines = ['', s.given + (' ' + s.surname if r.random() < 0.5 else '')]
    else:
        lines = ['', c.t('Merci,', 'Thanks,'), s.given, '', nm, role,
                 ('Téléc. : 450 555-0101' if fr else 'Fax: 450 555-0101')]
    if disclaimer is None:
        disclaimer = r.random() < 0.3
    if disclaimer:
        lines += ['', DISCLAIMER_FR if fr else DISCLAIMER_EN]
    return '\n'.join(lines)


def greet(c, who=None):
    if c.fr:
        g = c.ch(['Bonjour', 'Bonjour', 'Allo', 'Salut', 'Bon matin'])
    else:
        g = c.ch(['Hi', 'Hello', 'Good morning', 'Hi there'])
    return g + ((' ' + who) if who else '') + c.ch([',', ',', '', ' !' if c.fr else '!'])


def quote_block(c, text, author_name, author_email, when, subject, to_line, style=None):
    """Return a quoted previous message (Thunderbird / Gmail / Outlook style)."""
    style = style or c.ch(['tb', 'gmail', 'outlook'])
    if style == 'outlook':
        if c.fr:
            head = ['', '-----Message d\'origine-----', 'De : %s <%s>' % (author_name, author_email),
                    'Envoyé : %s %s %s' % (DAYS_FR[when.weekday()], dfr(when), when.strftime('%H:%M')),
                    'À : ' + to_line, 'Objet : ' + subject, '']
        else:
            head = ['', '-----Original Message-----', 'From: %s <%s>' % (author_name, author_email),
                    'Sent: %s, %s %s' % (DAYS_EN[when.weekday()], den(when), when.strftime('%I:%M %p')),
                    'To: ' + to_line, 'Subject: ' + subject, '']
        return '\n'.join(head) + '\n' + text
    if style == 'gmail':
        if c.fr:
            head = 'Le %s %s à %s, %s <%s> a écrit :' % (DAYS_FR[when.weekday()][:3] + '.', dfr(when),
                                                          when.strftime('%H:%M'), author_name, author_email)
        else:
            head = 'On %s, %s at %s %s <%s> wrote:' % (DAYS_EN[when.weekday()][:3], den(when),
                                                      when.strftime('%I:%M %p').lstrip('0'), author_name,
                                                      author_email)
    else:
        head = ('Le %s, %s a écrit :' % (when.strftime('%Y-%m-%d %H:%M'), author_name) if c.fr else
                'On %s, %s wrote:' % (when.strftime('%Y-%m-%d %H:%M'), author_name))
    q = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    return '\n' + head + '\n' + q


def forward_block(c, text, author_name, author_email, when, subject, to_line):
    if c.fr:
        head = ['', '---------- Message transféré ---------', 'De : %s <%s>' % (author_name, author_email),
                'Date : %s %s' % (dfr(when), when.strftime('%H:%M')), 'Objet : ' + subject, 'À : ' + to_line, '']
    else:
        head = ['', '-------- Forwarded Message --------', 'Subject: ' + subject,
                'Date: %s %s' % (den(when), when.strftime('%H:%M')), 'From: %s <%s>' % (author_name, author_email),
                'To: ' + to_line, '']
    return '\n'.join(head) + '\n' + text


TYPOS = [('patiente', 'pateinte'), ('accouchement', 'accouchemnt'), ('reçu', 'recu'), ('demain', 'demian'),
         ('échographie', 'échograhpie'), ('rendez-vous', 'rdv'), ('s\'il vous plaît', 'svp'),
         ('merci beaucoup', 'merci bcp'), ('received', 'recieved'), ('appointment', 'appointement'),
         ('tomorrow', 'tomorow'), ('please', 'pls'), ('because', 'becuase'), ('the patient', 'teh patient'),
         ('information', 'infomation'), ('semaine', 'semiane'), ('disponible', 'disponnible')]


def add_typos(text, rng, n=1):
    cands = [(a, b) for a, b in TYPOS if a in text]
    rng.shuffle(cands)
    for a, b in cands[:n]:
        i = text.find(a)
        text = text[:i] + b + text[i + len(a):]
    return text


# ---------------------------------------------------------------------------
# attachments (all reproducible)
# ---------------------------------------------------------------------------
def pdf_safe(s):
    s = s.replace('\u2009', ' ').replace('\u202f', ' ').replace('≥', '>=').replace('≤', '<=').replace('→', '->')
    return s.encode('cp1252', 'replace').decode('cp1252')


def make_pdf(title, lines, author='', compress=1, header=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    import textwrap
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=compress)
    cv.setTitle(pdf_safe(title))
    cv.setAuthor(pdf_safe(author or HOSP_FR))
    cv.setCreator('Val-des-Pins Reports 4.2')
    w, h = letter
    y = h - 50

    def page_head():
        cv.setFont('Helvetica-Bold', 9)
        cv.drawString(40, h - 30, pdf_safe(header or (HOSP_FR + ' - CISSS Lanaudière-Laurentides-Nord')))
        cv.line(40, h - 34, w - 40, h - 34)

    page_head()
    y = h - 60
    cv.setFont('Helvetica-Bold', 13)
    cv.drawString(40, y, pdf_safe(title))
    y -= 24
    for raw in lines:
        bold = raw.startswith('**')
        txt = raw[2:] if bold else raw
        wrapped = textwrap.wrap(txt, 95) or ['']
        for seg in wrapped:
            if y < 55:
                cv.showPage()
                page_head()
                y = h - 60
            cv.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
            cv.drawString(40, y, pdf_safe(seg))
            y -= 14
    cv.showPage()
    cv.save()
    return buf.getvalue()


def normalize_zip(data):
    """Re-zip with fixed timestamps and fixed core-properties dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>' + FIXED_ISO + r'\g<2>', txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>' + FIXED_ISO + r'\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paras, table=None, author='', table_first=False):
    import docx
    d = docx.Document()
    fixed = dt.datetime(2025, 1, 2, 8, 0, 0)
    cp = d.core_properties
    cp.author = author or 'CISSS LLN'
    cp.last_modified_by = author or 'CISSS LLN'
    cp.created = fixed
    cp.modified = fixed
    cp.title = title
    d.add_heading(title, level=1)

    def add_table():
        if table:
            t = d.add_table(rows=0, cols=len(table[0]))
            t.style = 'Table Grid'
            for row in table:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
    if table_first:
        add_table()
    for p in paras:
        if p.startswith('**'):
            d.add_paragraph().add_run(p[2:]).bold = True
        else:
            d.add_paragraph(p)
    if not table_first:
        add_table()
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    fixed = dt.datetime(2025, 1, 2, 8, 0, 0)
    wb.properties.creator = author or 'CISSS LLN'
    wb.properties.lastModifiedBy = author or 'CISSS LLN'
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(cell.value or '')) for cell in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=',', encoding='utf-8', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n')
    for row in rows:
        w.writerow(row)
    data = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return [line]
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (74 if not out else 73):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [' ' + x for x in out[1:]]


def make_ics(uid, stamp, start, end, summary, location, description, organizer, attendees, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Val-des-Pins//Agenda 3.1//FR', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
             'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:' + stamp.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_escape(summary), 'LOCATION:' + ics_escape(location),
             'DESCRIPTION:' + ics_escape(description),
             'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for nm, em in attendees:
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (nm, em))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        out.extend(ics_fold(l))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


def make_vcf(given, surname, tels=(), email_addr=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    for kind, num in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email_addr:
        lines.append('EMAIL;TYPE=INTERNET:' + email_addr)
    if adr:
        street, town, postal = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % (street.replace(',', '\\,'), town, postal))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


class Att:
    def __init__(self, filename, ctype, data, charset=None, cte='base64', inline=False):
        self.filename, self.ctype, self.data, self.charset, self.cte = filename, ctype, data, charset, cte
        self.inline = inline


# ---------------------------------------------------------------------------
# MIME writer (hand-built so that charsets, CTE and line endings vary)
# ---------------------------------------------------------------------------
def enc_words(s, charset):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        cs = charset if charset != 'us-ascii' else 'utf-8'
        try:
            s.encode(cs)
        except UnicodeEncodeError:
            cs = 'utf-8'
        return Header(s, cs, maxlinelen=76).encode(linesep='\n')


def fmt_addr(name, addr, charset):
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return '%s <%s>' % (enc_words(name, charset), addr)


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    return data if data.endswith(b'\n') else data + b'\n'


def text_part(content, subtype, charset, cte):
    if charset == 'us-ascii' and subtype == 'html':
        data = content.encode('ascii', 'xmlcharrefreplace')
    else:
        data = content.encode(charset)
    try:
        data.decode('ascii')
        is_ascii = True
    except UnicodeDecodeError:
        is_ascii = False
    if cte in ('7bit', '8bit'):
        cte = '7bit' if is_ascii else '8bit'
    hdr = 'Content-Type: text/%s; charset="%s"\nContent-Transfer-Encoding: %s\n' % (subtype, charset, cte)
    return hdr.encode('ascii') + b'\n' + encode_body(data, cte)


def param_filename(fn):
    try:
        fn.encode('ascii')
        return 'name="%s"' % fn, 'filename="%s"' % fn
    except UnicodeEncodeError:
        q = urllib.parse.quote(fn, safe='')
        return ('name="%s"' % Header(fn, 'utf-8').encode(), "filename*=utf-8''%s" % q)


def att_part(a):
    pn, pf = param_filename(a.filename)
    disp = 'inline' if a.inline else 'attachment'
    if a.ctype == 'message/rfc822':
        hdr = 'Content-Type: message/rfc822; %s\nContent-Disposition: %s; %s\n' % (pn, disp, pf)
        return hdr.encode('ascii') + b'\n' + a.data + (b'' if a.data.endswith(b'\n') else b'\n')
    ct = a.ctype
    if a.charset:
        ct += '; charset="%s"' % a.charset
    hdr = 'Content-Type: %s; %s\nContent-Disposition: %s; %s\nContent-Transfer-Encoding: %s\n' % (
        ct, pn, disp, pf, a.cte)
    return hdr.encode('ascii') + b'\n' + encode_body(a.data, a.cte)


def multipart(subtype, parts, boundary, preamble=True):
    out = [('Content-Type: multipart/%s;\n\tboundary="%s"\n\n' % (subtype, boundary)).encode('ascii')]
    if preamble:
        out.append(b'This is a multi-part message in MIME format.\n')
    for p in parts:
        out.append(('\n--%s\n' % boundary).encode('ascii'))
        out.append(p)
    out.append(('\n--%s--\n' % boundary).encode('ascii'))
    return b''.join(out)


def text_to_html(text, fr):
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        l = lines[i]
        if ' | ' in l:
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([htmlmod.escape(x.strip()) for x in lines[i].split(' | ')])
                i += 1
            t = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
            for k, r in enumerate(rows):
                tag = 'th' if k == 0 else 'td'
                t.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, x, tag) for x in r) + '</tr>')
            t.append('</table>')
            out.append('\n'.join(t))
            continue
        if l.startswith('>'):
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip(' '))
                i += 1
            out.append('<blockquote style="border-left:2px solid #999;padding-left:6px;margin-left:4px">' +
                       '<br>\n'.join(htmlmod.escape(x) for x in q) + '</blockquote>')
            continue
        if not l.strip():
            out.append('<p>&nbsp;</p>')
        else:
            out.append('<div>%s</div>' % htmlmod.escape(l))
        i += 1
    return ('<html><head><meta http-equiv="Content-Type" content="text/html">\n'
            '<style>body{font-family:Calibri,Arial,sans-serif;font-size:11pt}</style></head>\n'
            '<body lang="%s">\n' % ('fr-CA' if fr else 'en-CA') + '\n'.join(out) + '\n</body></html>\n')


def html_to_text(h):
    t = re.sub(r'(?is)<(style|head)[^>]*>.*?</\1>', '', h)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|div|tr|h\d|li)>', '\n', t)
    t = re.sub(r'(?i)</t[dh]>', ' | ', t)
    t = re.sub(r'<[^>]+>', '', t)
    return htmlmod.unescape(t)


def choose_charset(rng, texts):
    pref = rng.choice(['utf-8', 'utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'windows-1252'])
    for cs in [pref, 'windows-1252', 'utf-8']:
        try:
            for t in texts:
                t.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def render(m, rng, lang, inner=False):
    """m: dict with frm, to, cc, subject, date, msgid, text, html, atts, in_reply_to."""
    structure = m.get('structure') or rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    text = m['text']
    html_body = m.get('html')
    if html_body is None and structure in ('alt', 'html'):
        html_body = text_to_html(text, lang == 'fr')
    if structure == 'html' and m.get('html') is not None:
        pass
    charset = choose_charset(rng, [text] + ([html_body] if html_body else []))
    cte = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    if inner and cte == '8bit':
        cte = 'quoted-printable'
    h_charset = charset
    if structure == 'html' and rng.random() < 0.25:
        h_charset = 'us-ascii'   # non-ASCII as numeric character references
    if structure == 'plain':
        body = text_part(text, 'plain', charset, cte)
    elif structure == 'html':
        body = text_part(html_body, 'html', h_charset, cte)
    else:
        b = 'alt_%016x' % rng.getrandbits(64)
        body = multipart('alternative', [text_part(text, 'plain', charset, cte),
                                         text_part(html_body, 'html', charset, cte)], b, preamble=False)
    if m.get('atts'):
        b = '----=_Part_%d_%d' % (rng.randrange(10 ** 6), rng.randrange(10 ** 9))
        body = multipart('mixed', [body] + [att_part(a) for a in m['atts']], b)
    hcs = charset if charset != 'us-ascii' else 'utf-8'
    H = []
    frm = m['frm']
    H.append('From: ' + fmt_addr(frm[0], frm[1], hcs))
    H.append('To: ' + ',\n\t'.join(fmt_addr(n, a, hcs) for n, a in m['to']))
    if m.get('cc'):
        H.append('Cc: ' + ',\n\t'.join(fmt_addr(n, a, hcs) for n, a in m['cc']))
    H.append('Subject: ' + enc_words(m['subject'], hcs))
    H.append('Date: ' + format_datetime(m['date']))
    H.append('Message-ID: ' + m['msgid'])
    if m.get('in_reply_to'):
        H.append('In-Reply-To: ' + m['in_reply_to'])
        H.append('References: ' + m['in_reply_to'])
    H.append('MIME-Version: 1.0')
    H.append(rng.choice(['X-Mailer: Microsoft Outlook 16.0', 'User-Agent: Mozilla Thunderbird 128.4.2',
                         'X-Mailer: Apple Mail (2.3776)', 'X-Mailer: Zimbra 10.0.8_GA',
                         'X-Mailer: Microsoft Outlook 16.0', 'X-Mailer: MediWeb Notifications 2.3']))
    H.append('Content-Language: ' + ('fr-CA' if lang == 'fr' else 'en-CA'))
    if m.get('importance'):
        H.append('Importance: high')
    raw = ('\n'.join(H) + '\n').encode('ascii') + body
    meta = {'structure': structure, 'charset': charset, 'cte': cte}
    return raw, meta


def to_eol(raw, crlf):
    raw = raw.replace(b'\r\n', b'\n')
    return raw.replace(b'\n', b'\r\n') if crlf else raw


# ---------------------------------------------------------------------------
# message helpers
# ---------------------------------------------------------------------------
DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def S(k):
    return STAFF[k]


def A(s):
    return (s.display(), s.email)


def mk(c, frm, to, subject, text, cc=None, atts=None, note='', **kw):
    m = {'frm': A(frm) if isinstance(frm, Staff) else frm,
         'to': [A(x) if isinstance(x, Staff) else x for x in to],
         'cc': [A(x) if isinstance(x, Staff) else x for x in (cc or [])],
         'subject': subject, 'text': text, 'atts': atts or [], 'note': note}
    m.update(kw)
    return m


def strip_bold(lines):
    return [l[2:] if l.startswith('**') else l for l in lines]


def fname_safe(s):
    return re.sub(r'[^\w\-.]+', '_', s).strip('_')


def doc_att(c, kind, title, lines, fname, table=None):
    if kind == 'pdf':
        return Att(fname + '.pdf', 'application/pdf',
                   make_pdf(title, lines + ([' | '.join(map(str, r)) for r in table] if table else []),
                            compress=c.r.randrange(2)))
    if kind == 'docx':
        return Att(fname + '.docx', DOCX_MIME, make_docx(title, lines, table=table))
    cs = c.ch(['utf-8', 'windows-1252'])
    body = '\n'.join([title, '=' * len(title), ''] + strip_bold(lines) +
                     ([' | '.join(map(str, r)) for r in table] if table else []))
    return Att(fname + '.txt', 'text/plain', body.replace('\n', '\r\n').encode(cs, 'replace'), charset=cs,
               cte=c.ch(['base64', 'quoted-printable']))


def doc_or_body(c, title, lines, fname, cover, prob=0.5, kinds=('pdf', 'pdf', 'docx', 'txt')):
    """Either put the clinical lines in the body, or in an attachment with a short cover note."""
    if c.p(prob):
        return cover, [doc_att(c, c.ch(kinds), title, lines, fname)]
    return '\n'.join(strip_bold(lines)), []


def pregnancy(c, wlo=8, whi=40):
    w = c.r.randrange(wlo, whi + 1)
    d = c.r.randrange(7)
    dpa = c.date.date() + dt.timedelta(days=280 - (7 * w + d))
    return w, d, dpa


def ext_addr(name, email_addr):
    return (name, email_addr)


CHU_MFM = ('Dre Caroline Messier', 'caroline.messier@' + CHU_DOM)
CHU_NEO = ('Centrale de transfert néonatal', 'transfert.neo@' + CHU_DOM)
CLSC_PERI = ('Périnatalité CLSC', 'perinatalite.clsc@' + DOM)
GEN_LAB = ('Laboratoire de génétique médicale', 'genetique.labo@' + CHU_DOM)
BLOOD_BANK = ('Banque de sang', 'banque.sang@' + DOM)
ARCHIVES = ('Archives médicales', 'archives@' + DOM)
GESTION_RISQUES = ('Gestion des risques', 'gestion.risques@' + DOM)
BILLING = ('Facturation hors Québec', 'facturation.hq@' + DOM)
TRANSPORT = ('Centrale de transport', 'transport.usagers@' + DOM)
CPN = ('Clinique prénatale', 'clinique.prenatale@' + DOM)
UN = ('Unité des naissances', 'unite.naissances@' + DOM)
IVG_CLINIC = ('Centre de planification des naissances', 'planification@' + DOM)
PSY_PERI = ('Psychiatrie périnatale', 'psy.perinatale@' + CHU_DOM)


# ---------------------------------------------------------------------------
# POSITIVE builders
# ---------------------------------------------------------------------------
def p_gdm_referral(c):
    W = c.W
    pt = W.mother(c.lang)
    w, d, dpa = pregnancy(c, 24, 32)
    snd = c.ch([S('lafreniere'), S('vachon'), S('khoury'), S('whitmore'), S('brisebois')])
    name = c.nm(pt)
    g1, g2, g3 = c.r.choice([(5.4, 11.2, 9.3), (5.1, 10.4, 8.7), (5.8, 9.6, 8.1), (4.9, 11.8, 9.9), (5.3, 10.1, 8.6)])
    fr = c.fr
    L = []
    if fr:
        L.append(greet(c, c.ch(['Dre Messier', "l'équipe de la clinique de diabète de grossesse", ''])).replace(' ,', ','))
        L.append('')
        ident = name
        if c.p(0.6):
            ident += ' (DDN %s' % c.dob(pt) + (', NAM %s)' % c.nam(pt) if pt.nam and c.p(0.7) else ')')
        elif pt.nam and c.p(0.5):
            ident += ', NAM ' + c.nam(pt)
        L.append('Je vous réfère %s, %s, %s aujourd\'hui (DPA %s).' % (ident, c.gp(), c.ga(w, d), dpa.isoformat()))
        L.append(c.lab('HGOP 75 g fait le %s : %s / %s / %s mmol/L' % (
            dshort_fr(c.date.date() - dt.timedelta(days=c.r.randrange(3, 12))), fnum(g1, 1), fnum(g2, 1), fnum(g3, 1)))
            + ' → ' + c.dx('diabète gestationnel') + '.')
        if c.p(0.6):
            L.append(c.lab('HbA1c %s %%' % fnum(c.r.choice([5.6, 5.9, 6.1, 6.3]), 1)) + ', IMC prégrossesse %d.' % c.r.randrange(27, 41))
        if c.p(0.5):
            L.append('ATCD : ' + c.dx(c.ch(['SOPK', 'hypothyroïdie sous Synthroid', 'DG à la grossesse précédente',
                                           'macrosomie (bébé 4,4 kg en 2021)'])) + '.')
        if c.p(0.6):
            L.append('Glycémies capillaires à jeun entre %s et %s malgré la diète depuis 10 jours, je débuterais %s.' % (
                fnum(5.5, 1), fnum(6.2, 1), c.med(c.ch(['insuline NPH 8 U HS', 'metformine 500 mg die', 'insuline NPH 6 unités au coucher']))))
        if c.p(0.4):
            L.append('Elle préfère être rejointe sur son cell. ' + c.phone(pt) + ' (travaille de jour, laisser un message).')
        L.append('')
        L.append(c.ch(['Merci de la voir rapidement.', 'Merci !', 'Merci de votre collaboration.']))
        subj = c.ch(['Réf. clinique DG - %s' % c.nm(pt, 'plainrev'), 'Diabète gestationnel - référence',
                     'HGOP anormal %s' % pt.surname, 'Référence DG %s' % c.ga(w, d)])
    else:
        L.append(greet(c, c.ch(['Dr. Messier', 'GDM clinic team', ''])).replace(' ,', ','))
        L.append('')
        ident = name
        if c.p(0.6):
            ident += ' (DOB %s' % c.dob(pt) + (', RAMQ %s)' % c.nam(pt) if pt.nam and c.p(0.7) else ')')
        L.append('Referring %s, %s, %s today (EDD %s).' % (ident, c.gp(), c.ga(w, d), dpa.isoformat()))
        L.append(c.lab('75 g OGTT on %s: %s / %s / %s mmol/L' % (
            dshort_en(c.date.date() - dt.timedelta(days=c.r.randrange(3, 12))), g1, g2, g3)) + ' = ' + c.dx('GDM') + '.')
        if c.p(0.6):
            L.append(c.lab('A1c %s%%' % c.r.choice([5.6, 5.9, 6.1])) + ', pre-pregnancy BMI %d.' % c.r.randrange(27, 41))
        if c.p(0.5):
            L.append('Hx: ' + c.dx(c.ch(['PCOS', 'hypothyroidism on levo', 'GDM in previous pregnancy'])) + '.')
        if c.p(0.6):
            L.append('Fasting CBGs 5.5-6.2 despite diet x 10 days, would start ' + c.med(c.ch(['NPH 8 units qHS', 'metformin 500 mg daily'])) + '.')
        if c.p(0.4):
            L.append('Best reached on her cell ' + c.phone(pt) + '.')
        L.append('')
        L.append(c.ch(['Thanks for seeing her.', 'Thanks!', 'Much appreciated.']))
        subj = c.ch(['GDM referral - %s' % c.nm(pt, 'plainrev'), 'Referral: gestational diabetes', 'OGTT abnormal - %s' % pt.surname])
    L.append(signature(snd, c))
    text = '\n'.join(L)
    if c.p(0.3):
        text = add_typos(text, c.r)
    return mk(c, snd, [CHU_MFM], subj, text, cc=[S('lafreniere')] if snd.surname != 'Lafrenière' and c.p(0.4) else None,
              note='GDM referral with OGTT values')


US_FINDINGS = [
    ('placenta praevia recouvrant', 'complete placenta praevia', 'praevia'),
    ('RCIU : EPF %d g (< 3e percentile), IP artère ombilicale > 95e p.', 'FGR: EFW %d g (< 3rd centile), UA PI > 95th centile', 'rciu'),
    ('col court : longueur cervicale 17 mm', 'short cervix: cervical length 17 mm', 'col'),
    ('pyélectasie bilatérale 8 et 9 mm', 'bilateral pyelectasis 8 and 9 mm', 'pyelo'),
    ('oligoamnios, ILA 4,1 cm', 'oligohydramnios, AFI 4.1 cm', 'oligo'),
    ('grossesse gémellaire monochoriale biamniotique', 'monochorionic diamniotic twin pregnancy', 'twins'),
    ('clarté nucale augmentée à 3,8 mm', 'increased nuchal translucency 3.8 mm', 'cn'),
    ('présentation du siège, EPF %d g', 'breech presentation, EFW %d g', 'siege'),
]


def p_us_report(c):
    W = c.W
    pt = W.mother(c.lang)
    f = c.ch(US_FINDINGS)
    wlo, whi = (12, 13) if f[2] == 'cn' else ((19, 24) if f[2] in ('pyelo', 'col') else (28, 37))
    w, d, dpa = pregnancy(c, wlo, whi)
    finding = (f[0] if c.fr else f[1])
    if '%d' in finding:
        finding = finding % c.r.randrange(900, 2600, 5)
    snd = c.ch([S('sarrazin'), S('sarrazin'), S('khoury')])
    rcpt = c.ch([S('vachon'), S('benali'), S('whitmore'), S('brisebois'), CHU_MFM])
    title = c.t("Rapport d'échographie obstétricale", 'Obstetric ultrasound report')
    lines = ['**' + c.t('Patiente : ', 'Patient: ') + c.nm(pt, c.ch(['REV', 'titlefull', 'full'])),
             c.t('Date de naissance : ', 'Date of birth: ') + c.dob(pt),
             c.t('No de dossier : ', 'Chart #: ') + c.mrn(pt) + ((c.t('    NAM : ', '    RAMQ: ') + c.nam(pt)) if pt.nam and c.p(0.45) else ''),
             c.t("Date de l'examen : ", 'Exam date: ') + c.date.date().isoformat(),
             c.t('Âge gestationnel (selon écho T1) : ', 'GA (by T1 dating): ') + c.ga(w, d),
             '',
             '**' + c.t('Constatations', 'Findings'),
             c.t('Fœtus unique, activité cardiaque présente, RCF %d bpm.', 'Single fetus, cardiac activity present, FHR %d bpm.') % c.r.randrange(128, 162)
             if f[2] != 'twins' else c.t('Deux fœtus, activité cardiaque présente x 2.', 'Two fetuses, cardiac activity x 2.'),
             c.t('Placenta postérieur.', 'Posterior placenta.') if f[2] != 'praevia' else '',
             '',
             '**' + c.t('Conclusion', 'Impression'),
             c.dx(finding[0].upper() + finding[1:]) + '.',
             c.t('Suivi échographique recommandé dans 2 semaines.', 'Follow-up ultrasound recommended in 2 weeks.'),
             '', c.t('Interprété par : ', 'Read by: ') + S('sarrazin').display()]
    lines = [l for l in lines if l is not None]
    fname = c.ch(['Echo_%s_%s' % (fname_safe(pt.surname), pt.given[0]), 'rapport_echo_%s' % c.date.strftime('%Y%m%d'),
                  'US_report_%s' % fname_safe(pt.surname.upper()), 'ECHO-T%d' % (1 if w < 14 else (2 if w < 27 else 3))])
    kind = c.ch(['pdf', 'pdf', 'pdf', 'docx'])
    att = doc_att(c, kind, title, lines, fname)
    if c.fr:
        body = c.ch(['Rapport ci-joint.', "Bonjour,\n\nVoici le rapport d'écho de ce matin. %s\n\nÀ discuter à la réunion de périnatalité de jeudi." % c.ch(['', 'Je l\'ai avisée.', 'Elle est au courant.']),
                     'Bonjour,\nPour votre information, écho faite aujourd\'hui, anomalie notée (voir PJ). La patiente a été avisée de rappeler la clinique.'])
        subj = c.ch(['Rapport écho', 'Écho %s - rapport' % pt.surname, 'Résultat échographie - à réviser', 'TR: écho de ce matin'])
    else:
        body = c.ch(['Report attached.', "Hi,\n\nThis morning's scan report attached, findings to discuss at Thursday perinatal rounds.",
                     'FYI - abnormal finding on today\'s scan, see attached. Patient was told to call the clinic.'])
        subj = c.ch(['US report', 'Ultrasound - %s' % pt.surname, 'Scan result to review'])
    text = body + '\n' + signature(snd, c)
    return mk(c, snd, [rcpt], subj, text, atts=[att], note='ultrasound report attachment')


def p_genetic_screening(c):
    W = c.W
    pt = W.mother(c.lang)
    w, d, dpa = pregnancy(c, 12, 18)
    snd = c.ch([S('roussin'), GEN_LAB, S('lafreniere')])
    rcpt = c.ch([S('vachon'), S('khoury'), S('brisebois'), S('whitmore'), S('lafreniere')])
    if snd == rcpt:
        rcpt = S('vachon')
    kind = c.ch(['t21', 't21', 'nipt', 'nipt_pos'])
    risk = c.ch(['1/85', '1/140', '1/62', '1/230', '1/48'])
    L = []
    if c.fr:
        L.append(greet(c))
        L.append('')
        who = c.nm(pt, c.ch(['full', 'rev', 'titlefull']))
        extra = ''
        if pt.nam and c.p(0.6):
            extra = ' (NAM ' + c.nam(pt) + ')'
        elif c.p(0.5):
            extra = ' (DDN ' + c.dob(pt) + ')'
        if kind == 't21':
            L.append('Résultat du dépistage prénatal intégré pour %s%s, %s :' % (who, extra, c.ga(w, d)))
            L.append(c.lab('PAPP-A 0,38 MoM, hCG libre 2,41 MoM, CN 2,1 mm → risque trisomie 21 : %s (ÉLEVÉ)' % risk))
            L.append(c.lab('Trisomie 18 : 1/5600 (faible)'))
            L.append('Elle est admissible au TGNI (test génomique prénatal non invasif) couvert par le programme. Pouvez-vous la rencontrer ou voulez-vous que je l\'appelle directement ?')
            if c.p(0.5):
                L.append('Son numéro au dossier : ' + c.phone(pt))
        elif kind == 'nipt':
            L.append('TGNI reçu pour %s%s :' % (who, extra))
            L.append(c.lab('Faible risque pour trisomies 21, 18 et 13. Fraction fœtale 9 %. Sexe fœtal : non divulgué (à la demande).'))
            L.append('Aucun suivi additionnel requis. Lettre envoyée à la patiente.')
        else:
            L.append('URGENT - TGNI %s%s, %s :' % (who, extra, c.ga(w, d)))
            L.append(c.lab('Résultat positif / risque élevé pour la trisomie 21 (fraction fœtale 11 %)'))
            L.append(c.dx('Trisomie 21 fœtale suspectée') + ' - amniocentèse diagnostique à offrir. Je l\'ai appelée ce matin, elle est très anxieuse; RDV en génétique le %s.' % c.ds(c.date.date() + dt.timedelta(days=2)))
        subj = c.ch(['Résultat dépistage prénatal', 'Dépistage T21 - %s' % pt.surname, 'TGNI - résultat', 'Résultat génétique à réviser'])
    else:
        L.append(greet(c))
        L.append('')
        who = c.nm(pt, c.ch(['full', 'rev', 'titlefull']))
        extra = ' (DOB ' + c.dob(pt) + ')' if c.p(0.5) else ''
        if kind == 't21':
            L.append('Integrated prenatal screening result for %s%s, %s:' % (who, extra, c.ga(w, d)))
            L.append(c.lab('PAPP-A 0.38 MoM, free hCG 2.41 MoM, NT 2.1 mm -> T21 risk %s (HIGH)' % risk))
            L.append('She qualifies for publicly funded NIPT. Do you want to see her or should I call her?')
            if c.p(0.5):
                L.append('Phone on file: ' + c.phone(pt))
        elif kind == 'nipt':
            L.append('NIPT back for %s%s:' % (who, extra))
            L.append(c.lab('Low risk T21/T18/T13, fetal fraction 9%. Fetal sex not disclosed per patient request.'))
        else:
            L.append('URGENT - NIPT for %s%s, %s:' % (who, extra, c.ga(w, d)))
            L.append(c.lab('High risk for trisomy 21 (fetal fraction 11%)'))
            L.append(c.dx('Suspected fetal trisomy 21') + ' - diagnostic amnio to be offered. Spoke with her this morning, very anxious.')
        subj = c.ch(['Prenatal screening result', 'T21 screen - %s' % pt.surname, 'NIPT result'])
    sname = snd if isinstance(snd, Staff) else None
    L.append(signature(sname, c) if sname else '\n--\n' + GEN_LAB[0] + '\n' + CHU_FR)
    return mk(c, snd, [rcpt], subj, '\n'.join(L), importance=(kind == 'nipt_pos'), note='prenatal genetic screening result')


def labour_line(c, pt, fmt, room):
    w = c.r.randrange(34, 42)
    d = c.r.randrange(7)
    status = c.ch([c.t('travail actif, %d cm' % c.r.randrange(4, 9), 'active labour, %d cm' % c.r.randrange(4, 9)),
                   c.t('induction (ballonnet)', 'IOL (Foley)'), c.t('latence', 'latent phase'),
                   c.t('post-partum 2 h, AVS', 'PP 2 h, SVD'), c.t('césarienne prévue 13h', 'CS booked 13:00'),
                   c.t('RPM depuis 14 h, pas de travail', 'PROM x 14 h, not in labour')])
    extras = []
    if c.p(0.5):
        extras.append(c.lab(c.t('SGB+', 'GBS+')) + ' → ' + c.med(c.t('pénicilline G q4h', 'Pen G q4h')))
    if c.p(0.4):
        extras.append(c.dx(c.ch([c.t('HTA gestationnelle', 'GHTN'), c.t('DG insuliné', 'GDM on insulin'),
                                 c.t('cholestase', 'cholestasis'), 'IMC 44', c.t('RCIU', 'FGR'),
                                 c.t('siège', 'breech'), c.t('AVAC', 'TOLAC')])))
    if c.p(0.35):
        extras.append(c.med(c.ch([c.t('oxytocine 6 mU/min', 'oxytocin 6 mU/min'), c.t('péridurale', 'epidural'),
                                  c.t('misoprostol 25 µg x2', 'miso 25 mcg x2'), 'labétalol 200 mg PO'])))
    if c.p(0.25):
        extras.append(c.lab(c.t('Hb 98', 'Hb 98') + ', plq ' + str(c.r.randrange(88, 140))))
    nm = c.nm(pt, c.ch(['REV', 'rev', 'plainrev']))
    if fmt == 'table':
        return ' | '.join([str(room), nm, c.gp(), '%d+%d' % (w, d), status, '; '.join(extras) or '-'])
    return '%s %d - %s, %d+%d, %s, %s%s' % (c.t('Ch.', 'Rm'), room, nm, w, d, c.gp(), status,
                                             (', ' + ', '.join(extras)) if extras else '')


def p_labour_handoff(c):
    W = c.W
    n = c.r.randrange(3, 7)
    pts = [W.mother(c.lang) for _ in range(n)]
    fmt = c.ch(['table', 'lines', 'lines'])
    snd = c.ch([S('paradis'), S('desjardins'), S('pilon'), S('oreilly')])
    shift = c.ch(['7h', '15h', '23h']) if c.fr else c.ch(['0700', '1500', '2300'])
    L = [c.t('Rapport de garde - unité des naissances - %s %s' % (c.date.date().isoformat(), shift),
             'L&D handover - %s %s' % (c.date.date().isoformat(), shift)), '']
    if fmt == 'table':
        L.append(c.t('Ch. | Patiente | GPA | AG | Statut | Particularités', 'Rm | Patient | GP | GA | Status | Notes'))
    rooms = sorted(c.r.sample(range(201, 216), len(pts)))
    for pt, room in zip(pts, rooms):
        L.append(labour_line(c, pt, fmt, room))
    L.append('')
    L.append(c.ch([c.t('Pouponnière : 2 bébés en observation (1 hypoglycémie à surveiller).', 'Nursery: 2 babies under obs.'),
                   c.t('Salle 3 fermée (entretien).', 'Room 3 closed for cleaning.'), '']))
    L.append(signature(snd, c, disclaimer=False))
    subj = c.ch([c.t('Rapport de garde UN', 'L&D handover'), c.t('Liste UN %s' % shift, 'L&D list %s' % shift),
                 c.t('Tableau des patientes - relève', 'Board for handover')])
    to = [UN, c.ch([S('benali'), S('vachon'), S('whitmore'), S('khoury')])]
    return mk(c, snd, to, subj, '\n'.join(L), note='labour & delivery handover roster, surname-first')


def p_postpartum_liaison(c):
    W = c.W
    mom = W.mother(c.lang)
    born = c.date.date() - dt.timedelta(days=c.r.randrange(1, 4))
    partner = c.ch(SURN_FR if c.fr else SURN_EN)
    bb = W.baby(mom, born, partner)
    snd = c.ch([S('hamelin'), S('grondin'), S('archambault')])
    clsc = c.ch(CLSC_FR)
    wk = c.r.randrange(37, 42)
    mode = c.ch([c.t('AVS', 'SVD'), c.t('césarienne (2e)', 'repeat CS'), c.t('ventouse', 'vacuum'), c.t('AVS', 'SVD')])
    L = [greet(c), '']
    if c.fr:
        L.append('Congé prévu aujourd\'hui pour la dyade suivante, merci de prévoir le suivi postnatal (appel < 24 h, visite < 72 h) :')
        L.append('')
        L.append('Mère : ' + c.nm(mom, c.ch(['REV', 'full', 'plainrev'])) + (', DDN ' + c.dob(mom) if c.p(0.6) else '')
                 + (', NAM ' + c.nam(mom) if mom.nam and c.p(0.5) else ''))
        L.append('Adresse : ' + c.addr(mom))
        L.append('Tél. : ' + c.phone(mom))
        L.append('Bébé : ' + c.nm(bb, c.ch(['full', 'REV'])) + ', né le ' + c.dob(bb, 'iso') + ' à %d SA, %s, PN %d g' % (wk, mode, bb.weight))
        if c.p(0.6):
            L.append('Dossier bébé : ' + c.mrn(bb))
        L.append('Alimentation : ' + c.ch(['allaitement exclusif', 'allaitement + compléments PPC', 'préparation commerciale']))
        if c.p(0.6):
            L.append('Particularités : ' + c.dx(c.ch(['HPP 900 mL, Hb au congé 92', 'ictère bébé, bili à recontrôler J5',
                                                     'hypertension gestationnelle, TA à surveiller', 'déchirure 3e degré'])))
        if c.p(0.6):
            L.append('Social : ' + c.soc(c.ch(['mère seule, peu de soutien, première grossesse à 19 ans',
                                              'conjoint en région éloignée (travail), pas de voiture',
                                              'arrivée au Québec depuis 6 mois, en attente de la RAMQ',
                                              'suivi DPJ antérieur pour l\'aîné, TS au dossier'])))
    else:
        L.append('Discharge today for the following dyad, please arrange postnatal follow-up (call < 24 h, home visit < 72 h):')
        L.append('')
        L.append('Mother: ' + c.nm(mom, c.ch(['REV', 'full'])) + (', DOB ' + c.dob(mom) if c.p(0.6) else ''))
        L.append('Address: ' + c.addr(mom))
        L.append('Phone: ' + c.phone(mom))
        L.append('Baby: ' + c.nm(bb, 'full') + ', born ' + c.dob(bb, 'iso') + ' at %d wks, %s, BW %d g' % (wk, mode, bb.weight))
        if c.p(0.6):
            L.append('Baby chart #: ' + c.mrn(bb))
        L.append('Feeding: ' + c.ch(['exclusive breastfeeding', 'breastfeeding + formula top-ups', 'formula']))
        if c.p(0.6):
            L.append('Notes: ' + c.dx(c.ch(['PPH 900 mL, Hb 92 at discharge', 'jaundice, recheck bili day 5', 'gestational HTN, BP to monitor'])))
        if c.p(0.6):
            L.append('Social: ' + c.soc(c.ch(['single mom, limited support', 'partner works up north, no car', 'newcomer, RAMQ pending'])))
    L.append(signature(snd, c))
    subj = c.ch([c.t('Avis de congé - suivi postnatal', 'Discharge notice - postnatal follow-up'),
                 c.t('Liaison périnatale %s' % clsc, 'Perinatal liaison'), c.t('Congé dyade %s' % mom.surname, 'Dyad discharge %s' % mom.surname)])
    text = '\n'.join(L)
    atts = []
    if c.p(0.25):
        fn = c.t('fiche_liaison_', 'liaison_') + fname_safe(mom.surname)
        atts.append(doc_att(c, c.ch(['pdf', 'docx']), c.t('Fiche de liaison périnatale', 'Perinatal liaison form'), L[2:-1], fn))
    return mk(c, snd, [CLSC_PERI], subj, text, atts=atts, note='postpartum discharge liaison, mother and baby')


def p_lactation(c):
    W = c.W
    mom = W.mother(c.lang)
    born = c.date.date() - dt.timedelta(days=c.r.randrange(2, 12))
    bb = W.baby(mom, born)
    snd = c.ch([S('marcoux'), S('goldberg')])
    rcpt = c.ch([S('lanctot'), S('grenon'), CLSC_PERI])
    loss = c.ch([7.5, 8.9, 9.8, 10.6, 11.2])
    if c.fr:
        L = [greet(c), '', c.ch(['Vu en consultation ce matin :', 'Suivi allaitement :', 'Résumé de ma visite :']), '']
        L.append('- ' + c.nm(bb, c.ch(['full', 'REV'])) + ' (' + c.ch(['fils', 'bébé', 'enfant']) + ' de ' + c.nm(mom, c.ch(['full', 'titlefull']))
                 + (', NAM mère ' + c.nam(mom) if mom.nam and c.p(0.35) else '') + '), J%d' % (c.date.date() - born).days)
        L.append('- Perte de poids %s %% (PN %d g)' % (fnum(loss, 1), bb.weight))
        L.append('- ' + c.dx(c.ch(['Ankyloglossie (frein de langue classe 3), prise du sein superficielle',
                                 'Succion désorganisée, bébé somnolent', 'Mastite débutante sein G chez la mère',
                                 'Crevasses bilatérales, douleur 8/10'])))
        if c.p(0.6):
            L.append('- ' + c.med(c.ch(['Dompéridone 10 mg TID discutée avec la mère, à prescrire', 'Lanoline + ibuprofène 400 mg PRN',
                                       'Compléments 30 mL q3h (lait exprimé ou PPC)', 'Céphalexine 500 mg QID prescrite par Dre Vachon'])))
        L.append('- Plan : ' + c.ch(['frénotomie à évaluer par pédiatre', 'tire-lait location, revoir dans 48 h', 'pesée CLSC J7']))
        if c.p(0.4):
            L.append('- Mère joignable au ' + c.phone(mom))
        if c.p(0.3):
            L.append('- ' + c.soc(c.ch(['Mère épuisée, conjoint retourné au travail, aucune famille dans la région',
                                       'Retour aux études prévu en janvier, veut tirer son lait'])))
    else:
        L = [greet(c), '', c.ch(['Seen this morning:', 'Breastfeeding consult:']), '']
        L.append('- ' + c.nm(bb, 'full') + ' (baby of ' + c.nm(mom, c.ch(['full', 'titlefull'])) + '), day %d' % (c.date.date() - born).days)
        L.append('- Weight loss %s%% (BW %d g)' % (loss, bb.weight))
        L.append('- ' + c.dx(c.ch(['Tongue-tie (class 3), shallow latch', 'Disorganized suck, sleepy baby', 'Early mastitis L breast (mother)'])))
        if c.p(0.6):
            L.append('- ' + c.med(c.ch(['Domperidone 10 mg TID discussed, needs Rx', 'Top-ups 30 mL q3h EBM/formula'])))
        L.append('- Plan: ' + c.ch(['frenotomy assessment by paeds', 'pump rental, review in 48 h']))
        if c.p(0.4):
            L.append('- Mom reachable at ' + c.phone(mom))
    L.append(signature(snd, c))
    subj = c.ch([c.t('Consultation allaitement', 'Lactation consult'), c.t('Allaitement - %s' % mom.surname, 'BF consult - %s' % mom.surname),
                 c.t('Frein de langue ?', 'Tongue tie?'), c.t('Perte de poids bébé', 'Baby weight loss')])
    return mk(c, snd, [rcpt], subj, '\n'.join(L), note='lactation consultant note, mother and baby')


def p_social_work(c):
    W = c.W
    mom = W.mother(c.lang)
    snd = c.ch([S('ladouceur'), S('sauve')])
    rcpt = c.ch([('Intervenante DPJ - réception des signalements', 'rs.dpj@' + DOM), CLSC_PERI, S('hamelin'),
                 ('Maison de la famille Les Petits Pas', 'accueil@petitspas.example'), S('vachon')])
    variant = c.ch(['dpj', 'housing', 'violence', 'rqap', 'substance'])
    w, d, dpa = pregnancy(c, 20, 39)
    L = [greet(c), '']
    ident = c.nm(mom, c.ch(['full', 'titlefull', 'REV']))
    if c.fr:
        if variant == 'dpj':
            kid = W.take('kids')
            L.append('Suite à notre discussion, voici les informations pour le signalement concernant le nouveau-né de %s (%s, DDN %s).' % (ident, c.mrn(mom), c.dob(mom)))
            L.append(c.soc('Motifs : consommation de cannabis et de méthamphétamines rapportée en fin de grossesse, '
                           'aucun suivi prénatal avant 30 SA, conjoint connu des services policiers.'))
            L.append('Fratrie : ' + c.nm(kid, 'full') + ' (DDN ' + c.dob(kid, 'iso') + ', NAM ' + c.nam(kid) + ') - ' + c.soc('placé chez la grand-mère maternelle depuis 2023') + '.')
            L.append('Bébé prévu au congé le %s; la mère est au courant du signalement.' % c.ds(c.date.date() + dt.timedelta(days=2)))
        elif variant == 'housing':
            L.append('%s, %s, ' % (ident, c.ga(w, d)) + c.soc('est sans logement stable depuis la fin de son bail le 1er juillet; elle dort chez une amie à ' + mom.addr[1] + '.'))
            L.append('Elle n\'a pas de revenu depuis son arrêt de travail (' + c.dx(c.ch(['hyperémèse gravidique', 'menace d\'accouchement prématuré', 'col court'])) + ').')
            L.append('Pouvez-vous l\'inscrire pour le programme de logement d\'urgence ? Elle est joignable au ' + c.phone(mom) + '.')
            if c.p(0.5):
                L.append('Pour la demande d\'aide financière de dernier recours, son NAS : ' + c.sin(fmt_sin(make_sin(c.r), c.r)) + '.')
        elif variant == 'violence':
            L.append('Rencontré ' + ident + ' seule aujourd\'hui à la clinique prénatale (' + c.ga(w, d) + ').')
            L.append(c.soc('Dévoile de la violence conjugale (physique et économique), dernier épisode il y a 10 jours. Conjoint contrôle son téléphone.'))
            L.append('NE PAS laisser de message au ' + c.phone(mom) + '. Passer par la clinique seulement.')
            L.append('Plan de sécurité fait, référence maison d\'hébergement acceptée.')
        elif variant == 'rqap':
            sin = make_sin(c.r)
            L.append('J\'accompagne ' + ident + ' pour sa demande de prestations du RQAP et la demande d\'aide sociale en attendant.')
            L.append('NAS : ' + c.sin(fmt_sin(sin, c.r)) + (' / NAM : ' + c.nam(mom) if mom.nam and c.p(0.6) else ''))
            L.append('Adresse : ' + c.addr(mom))
            L.append(c.soc('Mère monoparentale, revenus d\'emploi insuffisants (travail saisonnier), aucune pension alimentaire.'))
            L.append('Accouchement prévu le ' + dpa.isoformat() + '. Merci de confirmer la réception des documents.')
        else:
            L.append('Suivi pour ' + ident + ', ' + c.ga(w, d) + ' :')
            L.append(c.soc('Consommation d\'alcool quotidienne rapportée jusqu\'à 16 SA, maintenant abstinente selon elle. Suivie au CRD.'))
            L.append(c.med('Buprénorphine-naloxone 8 mg die') + ' (programme TAO) - pharmacie informée.')
            L.append('Bébé à surveiller pour ' + c.dx('syndrome de sevrage néonatal') + ' (score ESC).')
        subj = c.ch({'dpj': ['Signalement - suivi', 'Signalement DPJ - nouveau-né', 'Confidentiel'],
                     'housing': ['Logement d\'urgence - demande', 'Suivi psychosocial', 'Dossier social - %s' % mom.surname],
                     'violence': ['Confidentiel', 'Situation à risque - clinique prénatale', 'Suivi psychosocial'],
                     'rqap': ['Demande RQAP / aide sociale', 'Documents RQAP', 'Dossier social - %s' % mom.surname],
                     'substance': ['Suivi psychosocial', 'Suivi TAO - grossesse', 'Confidentiel']}[variant])
    else:
        if variant == 'dpj':
            kid = W.take('kids')
            L.append('Further to our call, here is the information for the youth protection report regarding the newborn of %s (chart %s, DOB %s).' % (ident, c.mrn(mom), c.dob(mom)))
            L.append(c.soc('Concerns: cannabis and methamphetamine use reported late in pregnancy, no prenatal care before 30 weeks, partner known to police.'))
            L.append('Sibling: ' + c.nm(kid, 'full') + ' (DOB ' + c.dob(kid, 'iso') + ', RAMQ ' + c.nam(kid) + ') - ' + c.soc('in kinship care with maternal grandmother since 2023') + '.')
        elif variant == 'housing':
            L.append('%s, %s, ' % (ident, c.ga(w, d)) + c.soc('has had no stable housing since her lease ended July 1st; couch-surfing in ' + mom.addr[1] + '.'))
            L.append('No income since she stopped work (' + c.dx(c.ch(['hyperemesis gravidarum', 'threatened preterm labour'])) + ').')
            L.append('Could you add her to the emergency housing list? Cell: ' + c.phone(mom) + '.')
        elif variant == 'violence':
            L.append('Met with ' + ident + ' alone today at the prenatal clinic (' + c.ga(w, d) + ').')
            L.append(c.soc('Discloses intimate partner violence (physical and financial); partner monitors her phone.'))
            L.append('Do NOT leave messages at ' + c.phone(mom) + '. Safety plan done, shelter referral accepted.')
        elif variant == 'rqap':
            sin = make_sin(c.r)
            L.append('I am helping ' + ident + ' with her QPIP (RQAP) claim and an interim social assistance application.')
            L.append('SIN: ' + c.sin(fmt_sin(sin, c.r)))
            L.append('Address: ' + c.addr(mom))
            L.append(c.soc('Single parent, seasonal work only, no child support.'))
        else:
            L.append('Follow-up for ' + ident + ', ' + c.ga(w, d) + ':')
            L.append(c.soc('Daily alcohol use reported until 16 weeks, now abstinent per patient. Followed by addiction services.'))
            L.append(c.med('Buprenorphine-naloxone 8 mg daily') + ' (OAT) - pharmacy informed.')
            L.append('Baby to be monitored for ' + c.dx('neonatal abstinence syndrome') + '.')
        subj = c.ch({'dpj': ['Youth protection report - follow-up', 'Confidential'],
                     'housing': ['Emergency housing request', 'Psychosocial follow-up'],
                     'violence': ['Confidential', 'Safety concern - prenatal clinic'],
                     'rqap': ['QPIP / social assistance', 'QPIP documents'],
                     'substance': ['Psychosocial follow-up', 'OAT in pregnancy - follow-up']}[variant])
    L.append(signature(snd, c, disclaimer=c.p(0.6)))
    text = '\n'.join(L)
    if c.p(0.25):
        text = add_typos(text, c.r)
    return mk(c, snd, [rcpt], subj, text, note='perinatal social work: ' + variant)


def p_nicu_transfer(c):
    W = c.W
    mom = W.mother(c.lang)
    born = c.date.date() - dt.timedelta(days=c.r.randrange(0, 2))
    bb = W.baby(mom, born)
    bb.weight = c.r.randrange(1150, 2200, 5)
    wk, dd = c.r.randrange(28, 34), c.r.randrange(7)
    snd = c.ch([S('lanctot'), S('grenon'), S('fraser')])
    bbname = c.ch([c.t('Bébé %s %s' % (c.ch(['garçon', 'fille']), mom.surname), 'Baby %s %s' % (c.ch(['boy', 'girl']), mom.surname)), bb.full])
    c._reg('patient_name')
    lines = [c.t('DEMANDE DE TRANSFERT NÉONATAL', 'NEONATAL TRANSFER REQUEST'), '',
             c.t('Nouveau-né : ', 'Infant: ') + bbname + c.t(', dossier ', ', chart ') + c.mrn(bb),
             c.t('Né le ', 'Born ') + c.dob(bb, 'iso') + ' %02d:%02d, %d+%d %s, %s %d g' % (c.r.randrange(24), c.r.randrange(60), wk, dd, c.t('SA', 'wks'), c.t('PN', 'BW'), bb.weight),
             c.t('Mère : ', 'Mother: ') + c.nm(mom, c.ch(['REV', 'full', 'titlefull'])) + ', ' + c.gp() + (c.t(', dossier ', ', chart ') + c.mrn(mom) if c.p(0.5) else '')
             + ((c.t(', NAM ', ', RAMQ ') + c.nam(mom)) if mom.nam and c.p(0.35) else ''),
             c.t('Dx : ', 'Dx: ') + c.dx(c.ch([c.t('prématurité, détresse respiratoire (MMH probable)', 'prematurity, RDS'),
                                              c.t('prématurité, sepsis précoce suspecté (mère fébrile, chorioamnionite)', 'prematurity, suspected early-onset sepsis (maternal chorio)'),
                                              c.t('hypoglycémie réfractaire, RCIU', 'refractory hypoglycaemia, FGR')])),
             c.t('Gaz capillaire : ', 'CBG: ') + c.lab('pH 7,%d / pCO2 %d / BE -%d' % (c.r.randrange(18, 30), c.r.randrange(52, 70), c.r.randrange(3, 9)) if c.fr else
                                                      'pH 7.%d / pCO2 %d / BE -%d' % (c.r.randrange(18, 30), c.r.randrange(52, 70), c.r.randrange(3, 9))),
             c.t('Tx : ', 'Tx: ') + c.med(c.ch([c.t('CPAP 6 cmH2O FiO2 0,35, ampicilline + gentamicine, D10 % 80 mL/kg/j', 'CPAP 6 FiO2 0.35, ampicillin + gentamicin, D10W 80 mL/kg/d'),
                                              c.t('Curosurf 200 mg/kg via INSURE, caféine', 'poractant 200 mg/kg (INSURE), caffeine')])),
             c.t('Cortico anténatals : ', 'Antenatal steroids: ') + c.med(c.t('bétaméthasone x 2 doses complètes', 'betamethasone x2 complete')) if c.p(0.6) else '',
             '', c.t('Lit demandé : soins intensifs néonatals niveau 3.', 'Requesting level 3 NICU bed.')]
    cover = c.t('Bonjour,\n\nDemande de transfert ci-jointe, la centrale est avisée. Merci de confirmer le lit.\n',
                'Hi,\n\nTransfer request attached, transport team notified. Please confirm bed.\n')
    body, atts = doc_or_body(c, c.t('Demande de transfert néonatal', 'Neonatal transfer request'), lines,
                             c.ch(['transfert_neo_%s' % c.date.strftime('%Y%m%d'), 'TRANSFERT_%s' % fname_safe(mom.surname.upper())]),
                             cover, prob=0.4)
    text = (c.t('Bonjour,\n\n', 'Hi,\n\n') + body if not atts else body) + '\n' + signature(snd, c)
    subj = c.ch([c.t('URGENT - transfert néonatal', 'URGENT - neonatal transfer'), c.t('Demande de lit USIN', 'NICU bed request'),
                 c.t('Transfert %d+%d SA' % (wk, dd), 'Transfer %d+%d wks' % (wk, dd))])
    return mk(c, snd, [CHU_NEO], subj, text, cc=[S('proulx')] if c.p(0.3) else None, atts=atts, importance=True,
              note='NICU transfer request for preterm infant')


GYN_CASES = [
    ('hystérectomie totale laparoscopique + SOB', 'total laparoscopic hysterectomy + BSO', 'hyperplasie endométriale atypique', 'atypical endometrial hyperplasia'),
    ('myomectomie laparoscopique', 'laparoscopic myomectomy', 'léiomyomes utérins, ménorragies, anémie', 'uterine fibroids, menorrhagia, anaemia'),
    ('kystectomie ovarienne D', 'right ovarian cystectomy', 'kyste dermoïde 7 cm', 'dermoid cyst 7 cm'),
    ('hystéroscopie opératoire + polypectomie', 'operative hysteroscopy + polypectomy', 'saignements post-ménopausiques, polype', 'postmenopausal bleeding, polyp'),
    ('conisation à l\'anse (LEEP)', 'LEEP cone', 'CIN 3', 'CIN 3'),
    ('colporraphie antérieure + postérieure', 'anterior + posterior repair', 'prolapsus génital stade III', 'stage III pelvic organ prolapse'),
    ('laparoscopie diagnostique + exérèse d\'endométriose', 'diagnostic laparoscopy + excision of endometriosis', 'endométriose stade III, douleurs pelviennes chroniques', 'stage III endometriosis, chronic pelvic pain'),
    ('salpingectomie bilatérale', 'bilateral salpingectomy', 'contraception définitive (demande de la patiente)', 'permanent contraception (patient request)'),
    ('hystérectomie totale abdominale + SOB + lavage', 'TAH + BSO + washings', 'masse annexielle complexe, CA-125 à 188', 'complex adnexal mass, CA-125 188'),
]


def gyn_patient(c):
    if c.p(0.6):
        return c.W.take('gyn')
    return c.W.extra_woman(c.lang, 35, 70)


def p_or_schedule(c):
    n = c.r.randrange(3, 6)
    pts = [gyn_patient(c) for _ in range(n)]
    snd = c.ch([S('aubin'), S('tremblay'), S('proulx'), ('Bloc opératoire - planification', 'planif.bloc@' + DOM)])
    day = c.date.date() + dt.timedelta(days=c.r.randrange(1, 8))
    hdr = c.t(['Heure', 'Salle', 'Patiente', 'Dossier', 'Âge', 'Intervention', 'Diagnostic', 'ASA', 'Remarques'],
              ['Time', 'OR', 'Patient', 'Chart', 'Age', 'Procedure', 'Diagnosis', 'ASA', 'Notes'])
    rows = [hdr]
    t = 8 * 60
    for pt in pts:
        case = c.ch(GYN_CASES)
        k = c.r.randrange(5)
        if k == 1:
            note = c.t('allergie ', 'allergy ') + c.med(c.ch(['pénicilline', 'sulfa', 'codéine', 'céfazoline']))
        elif k == 2:
            note = c.t('anticoagulée (', 'on anticoag (') + c.med(c.ch(['apixaban', 'warfarine'])) + ')'
        else:
            note = ['', '', '', c.t('IMC 46', 'BMI 46'), c.t('interprète requis', 'interpreter needed')][k]
        rows.append(['%02d:%02d' % (t // 60, t % 60), str(c.r.randrange(3, 7)), c.nm(pt, c.ch(['REV', 'rev', 'plainrev'])),
                     c.mrn(pt), str(pt.age(c.date.date())), case[0] if c.fr else case[1], c.dx(case[2] if c.fr else case[3]),
                     str(c.r.randrange(1, 4)), note])
        t += c.r.randrange(60, 181, 15)
    title = c.t('Programme opératoire gynécologie - %s' % day.isoformat(), 'Gynaecology OR list - %s' % day.isoformat())
    mode = c.ch(['xlsx', 'body', 'pdf', 'csv'])
    atts = []
    if mode == 'body':
        body = title + '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    elif mode == 'xlsx':
        atts.append(Att('programme_op_gyn_%s.xlsx' % day.strftime('%Y%m%d'), XLSX_MIME, make_xlsx([(c.t('Programme', 'List'), rows)])))
        body = c.t('Voici le programme de %s. Merci de vérifier les consentements.' % c.d(day), 'Attached is the OR list for %s.' % c.d(day))
    elif mode == 'csv':
        delim = ';' if c.fr else ','
        atts.append(Att('bloc_gyn_%s.csv' % day.strftime('%Y%m%d'), 'text/csv', make_csv(rows, delim, 'windows-1252' if c.fr else 'utf-8', bom=not c.fr),
                        charset='windows-1252' if c.fr else 'utf-8', cte=c.ch(['base64', 'quoted-printable'])))
        body = c.t('Export du programme ci-joint.', 'Export attached.')
    else:
        atts.append(doc_att(c, 'pdf', title, [], 'programme_op_%s' % day.strftime('%Y%m%d'), table=rows))
        body = c.t('Programme ci-joint (version finale).', 'Final list attached.')
    snd_obj = snd if isinstance(snd, Staff) else None
    text = greet(c) + '\n\n' + body + '\n' + (signature(snd_obj, c) if snd_obj else '\n--\nBloc opératoire')
    subj = c.ch([c.t('Programme opératoire gynéco %s' % day.isoformat(), 'Gyn OR list %s' % day.isoformat()),
                 c.t('Bloc gyn - %s' % dshort_fr(day), 'Gyn OR - %s' % dshort_en(day)), c.t('Prog. bloc - modifié', 'OR list - revised')])
    return mk(c, snd, [S('tremblay'), S('benali'), ('Anesthésie', 'anesthesie@' + DOM)], subj, text, atts=atts,
              note='gynaecology OR schedule (%s)' % mode)


def p_pathology(c):
    pt = gyn_patient(c) if c.p(0.7) else c.W.extra_woman(c.lang, 23, 45)
    snd = c.ch([S('tremblay'), S('vachon'), ('Laboratoire de pathologie', 'pathologie@' + DOM), S('pilon')])
    rcpt = c.ch([('Dre Geneviève Lortie, gynéco-oncologie', 'genevieve.lortie@' + CHU_DOM), S('benali'), S('bergeron'), S('whitmore')])
    res = c.ch([
        ('Cytologie : ASC-H. VPH haut risque : positif (type 16).', 'Pap: ASC-H. HR-HPV: positive (type 16).', 'lésion de haut grade probable, colposcopie', 'probable high-grade lesion, colposcopy'),
        ('Biopsie col à 6 h : CIN 2-3 (HSIL).', 'Cervical biopsy 6 o\'clock: CIN 2-3 (HSIL).', 'HSIL', 'HSIL'),
        ('Biopsie endométriale : adénocarcinome endométrioïde, FIGO grade 1.', 'Endometrial biopsy: endometrioid adenocarcinoma, FIGO grade 1.', 'cancer de l\'endomètre', 'endometrial cancer'),
        ('Pièce de myomectomie : léiomyome, pas d\'atypie.', 'Myomectomy specimen: leiomyoma, no atypia.', 'léiomyome bénin', 'benign leiomyoma'),
        ('CA-125 : 212 U/mL. Biopsie épiploon : carcinome séreux de haut grade.', 'CA-125: 212 U/mL. Omental biopsy: high-grade serous carcinoma.', 'carcinome séreux de haut grade de l\'ovaire', 'high-grade serous ovarian carcinoma'),
    ])
    L = [greet(c), '']
    nm = c.nm(pt, c.ch(['full', 'REV', 'titlefull', 'plainrev']))
    ident = nm
    if pt.nam and c.p(0.6):
        ident += c.t(', NAM ', ', RAMQ ') + c.nam(pt)
    if c.p(0.5):
        ident += c.t(', DDN ', ', DOB ') + c.dob(pt)
    if c.p(0.4):
        ident += c.t(', dossier ', ', chart ') + c.mrn(pt)
    if c.fr:
        L.append(c.ch(['Résultat reçu pour ', 'Pour info, résultat de ', 'Voici le résultat de ']) + ident + ' :')
        L.append(c.lab(res[0]))
        L.append('Impression : ' + c.dx(res[2]) + '. ' + c.ch(['Merci de la voir en priorité.', 'Je l\'appelle demain pour lui annoncer.',
                                                             'RDV à donner d\'ici 2 semaines.', 'Référence en gynéco-onco envoyée.']))
    else:
        L.append(c.ch(['Result in for ', 'FYI, result for ']) + ident + ':')
        L.append(c.lab(res[1]))
        L.append('Impression: ' + c.dx(res[3]) + '. ' + c.ch(['Please see her as priority.', 'Will call her tomorrow.', 'Gyn-onc referral sent.']))
    if isinstance(snd, Staff):
        L.append(signature(snd, c))
    else:
        L.append('\n--\n' + snd[0] + '\n' + HOSP_FR)
    subj = c.ch([c.t('Résultat patho', 'Path result'), c.t('Résultat - %s' % pt.surname, 'Result - %s' % pt.surname),
                 c.t('Patho à réviser SVP', 'Path to review pls'), c.t('Résultat anormal', 'Abnormal result')])
    return mk(c, snd, [rcpt], subj, '\n'.join(L), note='gynaecologic pathology / cytology result')


def p_transport(c):
    pt = c.W.mother(c.lang) if c.p(0.7) else gyn_patient(c)
    snd = c.ch([S('bergeron'), S('lafreniere'), S('ladouceur')])
    when = c.date + dt.timedelta(days=c.r.randrange(2, 10))
    dest = c.ch([CHU_FR + c.t(', clinique de médecine fœto-maternelle', ', MFM clinic'), CHU_FR + c.t(', échographie niveau 2', ', level 2 ultrasound'),
                 HOSP_FR + c.t(', clinique de gynécologie', ', gynaecology clinic')])
    if c.fr:
        L = [greet(c), '', 'Demande de transport pour :', '',
             'Usagère : ' + c.nm(pt, c.ch(['full', 'REV', 'titlefull'])) + ('   NAM : ' + c.nam(pt) if pt.nam and c.p(0.6) else ''),
             'Adresse de départ : ' + c.addr(pt),
             'Téléphone : ' + c.phone(pt),
             'RDV : %s à %02d h %02d - %s' % (dfr(when.date()), c.r.randrange(8, 15), c.ch([0, 15, 30, 45]), dest),
             'Motif / condition : ' + c.dx(c.ch(['grossesse gémellaire 30 SA, repos prescrit', 'col court, éviter la conduite',
                                                 'post-op hystérectomie J10, ne conduit pas', 'placenta praevia, saignements récents'])),
             'Accompagnateur : ' + c.ch(['oui (conjoint)', 'non']),
             c.soc(c.ch(['Pas de véhicule, aucun revenu d\'emploi.', 'Vit seule en milieu rural, pas de transport collectif.', '']) or 'Transport adapté déjà refusé.')]
        subj = c.ch(['Demande de transport', 'Transport - RDV CHU', 'Transport usagère %s' % pt.surname])
    else:
        L = [greet(c), '', 'Transport request for:', '',
             'Patient: ' + c.nm(pt, c.ch(['full', 'REV'])) + ('   RAMQ: ' + c.nam(pt) if pt.nam and c.p(0.6) else ''),
             'Pick-up address: ' + c.addr(pt),
             'Phone: ' + c.phone(pt),
             'Appt: %s at %02d:%02d - %s' % (den(when.date()), c.r.randrange(8, 15), c.ch([0, 15, 30]), dest),
             'Condition: ' + c.dx(c.ch(['twin pregnancy 30 wks, on modified bed rest', 'short cervix, not to drive', 'post-op day 10 hysterectomy'])),
             c.soc(c.ch(['No car, no income.', 'Lives alone in a rural area, no public transit.']))]
        subj = c.ch(['Transport request', 'Transport - CHU appointment'])
    L.append(signature(snd, c))
    return mk(c, snd, [TRANSPORT], subj, '\n'.join(L), note='patient transport booking with home address')


def msgid(c, dom=DOM):
    return '<%016X.%d@%s>' % (c.r.getrandbits(64), c.r.randrange(1000, 9999), dom)


def p_appt_ics(c):
    pt = c.W.mother(c.lang) if c.p(0.7) else gyn_patient(c)
    snd = c.ch([S('bergeron'), S('lafreniere'), S('aubin')])
    start = (c.date + dt.timedelta(days=c.r.randrange(3, 20))).replace(hour=c.r.randrange(8, 15), minute=c.ch([0, 15, 30, 45]), second=0, tzinfo=None)
    end = start + dt.timedelta(minutes=c.ch([30, 45, 60]))
    w, d, dpa = pregnancy(c, 10, 34)
    exam = c.ch([(c.t('Échographie de datation', 'Dating ultrasound'), ''),
                 (c.t('Suivi col court - échographie endovaginale', 'Short cervix follow-up - transvaginal US'), 'dx'),
                 (c.t('Consultation clinique grossesse à risque (diabète gestationnel)', 'High-risk pregnancy clinic (gestational diabetes)'), 'dx'),
                 (c.t('Colposcopie', 'Colposcopy') + ' - ' + c.t('suivi ASC-H', 'ASC-H follow-up'), 'dx'),
                 (c.t('Amniocentèse', 'Amniocentesis'), 'dx')])
    summary = exam[0] + ' - ' + c.nm(pt, c.ch(['full', 'titlefull', 'plainrev']))
    if exam[1]:
        c.dx(exam[0])
    desc = c.t('Patiente : %s\nAG au RDV : %s\nApporter carte RAMQ et liste de médicaments.', 'Patient: %s\nGA at appt: %s\nBring RAMQ card and medication list.') % (pt.full, c.ga(w, d))
    if pt.nam and c.p(0.5):
        desc += c.t('\nNAM : ', '\nRAMQ: ') + c.nam(pt)
    attendees = [(pt.full, c.pemail(pt))] if c.p(0.7) else []
    attendees.append(A(c.ch([S('khoury'), S('vachon'), S('sarrazin'), S('tremblay')])))
    ics = make_ics('%s@agenda.%s' % (c.r.getrandbits(48), DOM), c.date.astimezone(dt.timezone.utc), start, end, summary,
                   HOSP_FR + c.t(', clinique externe 2e étage', ', outpatient clinic 2nd floor'), desc, A(snd), attendees)
    att = Att(c.ch(['invite.ics', 'rdv.ics', 'RDV_%s.ics' % fname_safe(pt.surname)]), 'text/calendar; method=REQUEST', ics,
              charset='utf-8', cte=c.ch(['base64', 'quoted-printable', '7bit']))
    if att.cte == '7bit':
        att.cte = 'base64'
    body = c.t('Bonjour,\n\nVous trouverez ci-joint la convocation pour votre rendez-vous. En cas d\'empêchement, svp appelez le ' + HOSP_TEL + '.',
               'Hello,\n\nPlease find attached your appointment. If you cannot attend, please call ' + HOSP_TEL + '.')
    subj = c.t('Convocation : ', 'Appointment: ') + summary
    to = [(pt.full, pt.email)] if attendees[0][0] == pt.full else [attendees[-1]]
    return mk(c, snd, to, subj, body + '\n' + signature(snd, c), atts=[att], note='calendar invite (ICS) for patient appointment')


def p_home_vcard(c):
    mom = c.W.mother(c.lang)
    snd = c.ch([S('hamelin'), S('ladouceur'), S('marcoux')])
    born = c.date.date() - dt.timedelta(days=c.r.randrange(2, 6))
    note_parts = [c.t('Accouchée le ', 'Delivered ') + born.isoformat()]
    if c.p(0.7):
        note_parts.append(c.dx(c.ch([c.t('césarienne d\'urgence, plaie à surveiller', 'emergency CS, wound check'),
                                     c.t('HPP, anémie (Hb 84)', 'PPH, anaemia (Hb 84)'),
                                     c.t('prééclampsie, TA à prendre', 'preeclampsia, BP check')])))
    if c.p(0.6):
        note_parts.append(c.soc(c.ch([c.t('isolée, pas de voiture, chien méchant - sonner 2 fois', 'isolated, no car, dog on premises'),
                                      c.t('ne parle pas français, interprète arabe', 'speaks Arabic only, interpreter'),
                                      c.t('logement insalubre signalé', 'housing concerns flagged')])))
    bday = c.dob(mom, 'iso') if c.p(0.5) else None
    c._reg('patient_name')
    c._reg('patient_contact')
    vcf = make_vcf(mom.given, mom.surname, tels=[('CELL', mom.phone)], email_addr=mom.email if c.p(0.5) else None,
                   adr=mom.addr, note='; '.join(note_parts), bday=bday)
    att = Att(c.ch(['%s %s.vcf' % (mom.given, mom.surname), 'contact.vcf', '%s.vcf' % mom.surname]), 'text/vcard', vcf,
              charset='utf-8', cte=c.ch(['base64', 'quoted-printable']))
    body = c.t('Salut,\n\nVoici la fiche contact pour la visite à domicile de demain (post-partum). Elle attend ton appel avant 10 h.',
               'Hi,\n\nContact card for tomorrow\'s postpartum home visit attached. She expects your call before 10.')
    subj = c.ch([c.t('Visite à domicile demain', 'Home visit tomorrow'), c.t('Contact VAD', 'HV contact'), c.t('Fiche contact - PP', 'Contact card - PP')])
    return mk(c, snd, [CLSC_PERI], subj, body + '\n' + signature(snd, c), atts=[att], note='vCard of postpartum patient for home visit')


def p_waitlist_xlsx(c):
    n = c.r.randrange(5, 10)
    snd = c.ch([S('aubin'), S('proulx'), S('tremblay')])
    hdr = c.t(['Nom', 'Prénom', 'NAM', 'DDN', 'Diagnostic', 'Chirurgie', 'Priorité', 'Date demande'],
              ['Last name', 'First name', 'RAMQ', 'DOB', 'Diagnosis', 'Procedure', 'Priority', 'Request date'])
    rows = [hdr]
    for _ in range(n):
        pt = c.W.take('gyn') if c.p(0.75) else c.W.take('mothers')
        case = c.ch(GYN_CASES)
        c._reg('patient_name')
        rows.append([pt.surname.upper() if c.p(0.5) else pt.surname, pt.given, c.nam(pt, 'plain'), c.dob(pt, 'iso'),
                     c.dx(case[2] if c.fr else case[3]), case[0] if c.fr else case[1], c.ch(['P2', 'P3', 'P4', 'P3']),
                     (c.date.date() - dt.timedelta(days=c.r.randrange(30, 400))).isoformat()])
    if c.p(0.5):
        rows[1:] = sorted(rows[1:], key=lambda r: r[0].lower())
    title = c.t('Liste attente gynéco', 'Gyn waitlist')
    fn = c.ch(['liste_attente_gyneco_%s.xlsx' % c.date.strftime('%Y-%m'), 'LA_chirurgie_gyn.xlsx', 'waitlist_gyn_%s.xlsx' % c.date.strftime('%b%Y')])
    att = Att(fn, XLSX_MIME, make_xlsx([(title, rows), (c.t('Légende', 'Legend'), [['P2', c.t('< 4 sem.', '< 4 wks')], ['P3', c.t('< 3 mois', '< 3 months')], ['P4', c.t('< 12 mois', '< 12 months')]])]))
    body = c.t('Bonjour,\n\nVoici la liste d\'attente à jour pour la révision de mardi. Les patientes en P2 hors délai sont en rouge dans l\'onglet 1.\n',
               'Hi,\n\nUpdated waitlist for Tuesday\'s review attached.\n')
    subj = c.ch([c.t('Liste d\'attente chirurgie gynéco', 'Gyn surgery waitlist'), c.t('LA gynéco - mise à jour', 'Waitlist update')])
    return mk(c, snd, [S('benali'), S('tremblay'), S('courchesne')], subj, body + signature(snd, c), atts=[att],
              note='gyn surgery waitlist spreadsheet with NAMs')


def p_birth_register(c):
    n = c.r.randrange(5, 11)
    snd = c.ch([S('aubin'), ARCHIVES, S('paradis')])
    hdr = c.t(['Date naissance', 'Heure', 'Mère', 'Dossier mère', 'Bébé', 'Dossier bébé', 'Sexe', 'Poids (g)', 'Mode', 'Indication/complication'],
              ['Birth date', 'Time', 'Mother', 'Mother chart', 'Baby', 'Baby chart', 'Sex', 'Weight (g)', 'Mode', 'Indication/complication'])
    rows = [hdr]
    for i in range(n):
        mom = c.W.mother(c.lang)
        born = c.date.date() - dt.timedelta(days=c.r.randrange(1, 8))
        bb = c.W.baby(mom, born)
        mode = c.ch([c.t('AVS', 'SVD'), c.t('AVS', 'SVD'), c.t('césarienne', 'CS'), c.t('ventouse', 'vacuum'), c.t('forceps', 'forceps')])
        comp = c.dx(c.ch([c.t('dystocie', 'dystocia'), c.t('SFA', 'NRFHT'), c.t('HPP', 'PPH'), c.t('prééclampsie', 'preeclampsia'),
                          c.t('siège', 'breech'), c.t('DG', 'GDM')])) if c.p(0.5) else ''
        rows.append([c.dob(bb, 'iso'), '%02d:%02d' % (c.r.randrange(24), c.r.randrange(60)), c.nm(mom, c.ch(['rev', 'REV'])), c.mrn(mom),
                     c.nm(bb, 'full') if c.p(0.6) else c.t('Bébé ', 'Baby ') + bb.surname, c.mrn(bb), bb.sex, str(bb.weight), mode, comp])
    delim = ';' if c.fr else ','
    enc = c.ch(['utf-8', 'windows-1252']) if c.fr else 'utf-8'
    fn = c.ch(['registre_naissances_sem%d.csv' % c.date.isocalendar()[1], 'export_naissances.csv', 'births_week%d.csv' % c.date.isocalendar()[1]])
    att = Att(fn, 'text/csv', make_csv(rows, delim, enc, bom=(enc == 'utf-8' and c.p(0.5))), charset=enc, cte=c.ch(['base64', 'quoted-printable']))
    body = c.t('Export du registre des naissances de la semaine pour la saisie au SI-PMI / bulletins de naissance.',
               'Weekly births register export for data entry (birth declarations).')
    subj = c.ch([c.t('Registre des naissances', 'Births register'), c.t('Export naissances sem. %d' % c.date.isocalendar()[1], 'Births export wk %d' % c.date.isocalendar()[1])])
    snd_sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nArchives médicales / HIM'
    return mk(c, snd, [ARCHIVES if snd != ARCHIVES else S('aubin'), ('Démographie - DEC', 'declarations@' + DOM)], subj, greet(c) + '\n\n' + body + '\n' + snd_sig,
              atts=[att], note='births register CSV with mothers, babies and chart numbers')


def p_discharge_zip(c):
    pt = c.W.mother(c.lang) if c.p(0.6) else gyn_patient(c)
    snd = c.ch([ARCHIVES, S('pilon'), S('vachon'), S('aubin')])
    adm = c.date.date() - dt.timedelta(days=c.r.randrange(3, 30))
    if pt.age(c.date.date()) < 45:
        dx = c.t('Prééclampsie sévère à 34+2 SA, césarienne', 'Severe preeclampsia at 34+2 wks, caesarean section')
        meds = c.t('Labétalol 200 mg PO TID, nifédipine XL 30 mg die, enoxaparine 40 mg SC die x 6 sem.',
                   'Labetalol 200 mg PO TID, nifedipine XL 30 mg daily, enoxaparin 40 mg SC daily x 6 wks')
        labs = c.t('Plaquettes 92, ALT 118, créatinine 88, rapport prot/créat 148 mg/mmol', 'Platelets 92, ALT 118, creatinine 88, PCR 148 mg/mmol')
    else:
        dx = c.t('Hystérectomie totale laparoscopique pour léiomyomes; iléus post-op', 'TLH for fibroids; post-op ileus')
        meds = c.t('Hydromorphone 1 mg PO q4h PRN, docusate, fer sulfate 300 mg die', 'Hydromorphone 1 mg PO q4h PRN, docusate, ferrous sulfate 300 mg daily')
        labs = c.t('Hb 88 g/L au congé, ferritine 6', 'Hb 88 g/L at discharge, ferritin 6')
    lines = ['**' + c.t('RÉSUMÉ DE DOSSIER', 'DISCHARGE SUMMARY'),
             c.t('Nom : ', 'Name: ') + c.nm(pt, c.ch(['REV', 'full'])),
             c.t('DDN : ', 'DOB: ') + c.dob(pt), c.t('Dossier : ', 'Chart: ') + c.mrn(pt),
             c.t('Admission : ', 'Admitted: ') + adm.isoformat() + c.t('  Congé : ', '  Discharged: ') + (adm + dt.timedelta(days=4)).isoformat(),
             '', '**' + c.t('Diagnostic principal', 'Principal diagnosis'), c.dx(dx),
             '', '**' + c.t('Laboratoires pertinents', 'Relevant labs'), c.lab(labs),
             '', '**' + c.t('Médication au congé', 'Discharge medications'), c.med(meds),
             '', c.t('Suivi en clinique dans 2 semaines.', 'Clinic follow-up in 2 weeks.')]
    kind = c.ch(['docx', 'pdf'])
    inner = doc_att(c, kind, c.t('Résumé de dossier', 'Discharge summary'), lines, 'resume_%s' % fname_safe(pt.surname.lower()))
    files = [(inner.filename, inner.data)]
    if c.p(0.5):
        files.append(('LISEZMOI.txt' if c.fr else 'README.txt', c.t('Documents transmis à la demande du médecin traitant.', 'Documents sent at the request of the family physician.').encode('utf-8')))
    z = make_zip(files)
    zname = c.ch(['dossier_%s.zip' % c.date.strftime('%Y%m%d'), 'docs_%s.zip' % fname_safe(pt.surname), 'envoi_GMF.zip' if c.fr else 'records.zip'])
    body = c.t('Bonjour,\n\nTel que demandé, vous trouverez ci-joint le résumé de dossier (archive ZIP). Mot de passe transmis par téléphone.\n',
               'Hello,\n\nAs requested, the discharge summary is attached (ZIP). Password sent by phone.\n')
    rcpt = ('GMF des Trois-Rivières-du-Nord', 'gmf.trn@gmf-trn.example')
    snd_sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nArchives médicales'
    subj = c.ch([c.t('Résumé de dossier demandé', 'Requested discharge summary'), c.t('Envoi documents', 'Documents'), 'RE: ' + c.t('demande de copie', 'records request')])
    return mk(c, snd, [rcpt], subj, body + snd_sig, atts=[Att(zname, 'application/zip', z)], note='ZIP with discharge summary')


def p_fwd_eml(c):
    pt = c.W.mother(c.lang)
    w, d, dpa = pregnancy(c, 18, 38)
    when = c.date - dt.timedelta(hours=c.r.randrange(2, 40))
    fwd_by = c.ch([S('bergeron'), S('lafreniere'), S('brisebois')])
    dest = c.ch([S('vachon'), S('khoury'), S('whitmore'), S('desjardins')])
    c._reg('patient_name')
    if c.fr:
        inner_subj = c.ch(['Question', 'saignements', 'Rendez-vous', 'urgent svp', 'résultats?'])
        complaint = c.ch([('j\'ai des petits saignements rouge clair depuis hier soir', 'saignements au 2e trimestre'),
                          ('je perds un peu de liquide clair quand je me lève', 'suspicion de RPM'),
                          ('j\'ai très mal à la tête et je vois des petites lumières', 'céphalée + phosphènes (prééclampsie ?)'),
                          ('mon glucomètre affiche 8,9 après le souper', 'glycémies élevées (DG)')])
        inner_text = ('Bonjour,\n\nC\'est %s, je suis suivie par Dre %s. Je suis à %d semaines et %s. '
                      'Est-ce que je dois aller à l\'urgence ou attendre mon rendez-vous du %s ?\n\n'
                      'Vous pouvez me rappeler au %s.\n\nMerci\n%s\n\nEnvoyé de mon iPhone') % (
            pt.full, c.ch(['Vachon', 'Khoury']), w, complaint[0], c.ds(c.date.date() + dt.timedelta(days=9)), c.phone(pt), pt.given)
        c.dx(complaint[1])
        outer = c.ch(['Message reçu sur la boîte de la clinique, peux-tu regarder ?', 'Voir courriel ci-joint de la patiente. Je l\'ai rappelée, pas de réponse.',
                      'Pour ton avis SVP.'])
        subj = 'TR: ' + inner_subj
    else:
        inner_subj = c.ch(['Question', 'bleeding', 'appointment', 'urgent please'])
        complaint = c.ch([('I have some bright red spotting since last night', 'second-trimester bleeding'),
                          ('I\'m leaking some clear fluid when I stand up', 'possible PROM'),
                          ('I have a bad headache and I\'m seeing spots', 'headache + visual changes (preeclampsia?)')])
        inner_text = ('Hi,\n\nThis is %s, I\'m followed by Dr. %s. I\'m %d weeks and %s. '
                      'Should I go to the ER or wait for my appointment on %s?\n\nYou can call me at %s.\n\nThanks\n%s\n\nSent from my phone') % (
            pt.full, c.ch(['Whitmore', 'Khoury']), w, complaint[0], c.ds(c.date.date() + dt.timedelta(days=9)), c.phone(pt), pt.given)
        c.dx(complaint[1])
        outer = c.ch(['Got this in the clinic inbox, can you take a look?', 'See attached e-mail from the patient. Called back, no answer.'])
        subj = 'Fwd: ' + inner_subj
    inner_m = mk(c, (pt.full, c.pemail(pt)), [CPN], inner_subj, inner_text, msgid=msgid(c, 'courriel.example'),
                 date=when, structure=c.ch(['plain', 'alt']))
    raw, _ = render(inner_m, c.r, c.lang, inner=True)
    att = Att(c.ch(['%s.eml' % inner_subj, 'message_patiente.eml' if c.fr else 'patient_message.eml']), 'message/rfc822', raw)
    return mk(c, fwd_by, [dest], subj, greet(c) + '\n\n' + outer + '\n' + signature(fwd_by, c), atts=[att],
              note='forwarded patient e-mail attached as .eml')


def p_reply_quote(c):
    pt = c.W.mother(c.lang) if c.p(0.6) else gyn_patient(c)
    a = c.ch([S('lafreniere'), S('bergeron'), S('brisebois'), S('hamelin')])
    b = c.ch([S('vachon'), S('benali'), S('khoury'), S('whitmore'), S('tremblay')])
    when = c.date - dt.timedelta(hours=c.r.randrange(1, 30))
    if pt.age(c.date.date()) < 45:
        w, d, dpa = pregnancy(c, 14, 36)
        orig = c.t('%s\n\n%s (%s), %s, appelle pour %s. %s\nTA ce matin à la clinique : 148/96.\nOn la voit quand ?\n\n%s',
                   '%s\n\n%s (%s), %s, called about %s. %s\nBP this morning at clinic: 148/96.\nWhen can we see her?\n\n%s') % (
            greet(c), c.nm(pt, c.ch(['full', 'titlefull', 'REV'])),
            (c.t('NAM ', 'RAMQ ') + c.nam(pt)) if pt.nam and c.p(0.6) else (c.t('dossier ', 'chart ') + c.mrn(pt)),
            c.ga(w, d), c.dx(c.ch([c.t('œdème des jambes et céphalée', 'leg swelling and headache'), c.t('diminution des mouvements fœtaux', 'decreased fetal movement'),
                                   c.t('prurit palmaire intense (cholestase ?)', 'severe palmar itch (cholestasis?)')])),
            c.lab(c.t('Protéinurie bandelette 2+.', 'Urine dip protein 2+.')) if c.p(0.6) else '', a.given)
    else:
        orig = c.t('%s\n\n%s, %d ans, %s. %s\nPeut-on devancer sa chirurgie ?\n\n%s',
                   '%s\n\n%s, %d y/o, %s. %s\nCan we move her surgery up?\n\n%s') % (
            greet(c), c.nm(pt, c.ch(['full', 'titlefull', 'REV'])), pt.age(c.date.date()),
            c.dx(c.ch([c.t('saignements abondants sur fibromes, Hb à 79', 'heavy bleeding from fibroids, Hb 79'),
                       c.t('kyste ovarien 9 cm, douleur ++', '9 cm ovarian cyst, pain ++')])),
            c.med(c.t('Sous acide tranexamique 1 g TID.', 'On tranexamic acid 1 g TID.')) if c.p(0.5) else '', a.given)
    q = quote_block(c, orig, a.display(), a.email, when, c.t('Appel patiente', 'Patient call'), b.display())
    reply = c.ch([c.t('Ok, je la vois demain 8h30 avant la clinique. Dis-lui d\'aller à l\'urgence si ça empire.', 'OK, I\'ll see her tomorrow 8:30 before clinic. ER if worse.'),
                  c.t('Envoie-la au triage obstétrical cet après-midi.', 'Send her to OB triage this afternoon.'),
                  c.t('Oui, mets-la sur ma liste de jeudi.', 'Yes, add her to my Thursday list.')])
    subj = c.t('RE: Appel patiente', 'RE: Patient call')
    if c.p(0.3):
        subj += ' - ' + pt.surname
    return mk(c, b, [a], subj, reply + '\n\n' + b.given + '\n' + q, in_reply_to=msgid(c),
              note='short reply; patient details only in quoted message')


def p_rhogam(c):
    pt = c.W.mother(c.lang)
    snd = c.ch([BLOOD_BANK, S('paradis'), S('hamelin'), S('lafreniere')])
    rcpt = c.ch([S('vachon'), S('brisebois'), S('khoury'), UN])
    w, d, dpa = pregnancy(c, 27, 29)
    ctx = c.ch(['28sa', 'pp', 'saign'])
    nm = c.nm(pt, c.ch(['REV', 'full', 'plainrev']))
    L = [greet(c), '']
    if c.fr:
        L.append('%s (dossier %s%s) : ' % (nm, c.mrn(pt), (', NAM ' + c.nam(pt)) if pt.nam and c.p(0.4) else '') + c.lab('groupe O Rh négatif, RAI négative') + '.')
        if ctx == '28sa':
            L.append(c.med('WinRho SDF 300 µg (1500 UI) IM') + ' administré ce jour à ' + c.ga(w, d) + ', lot 0412-88 (produit), feuille de traçabilité envoyée.')
        elif ctx == 'pp':
            L.append('Bébé ' + c.lab('Rh positif') + ' : ' + c.med('WinRho 300 µg') + ' à donner dans les 72 h post-partum. ' + c.lab('Kleihauer : 6 mL de sang fœtal') + ', dose standard suffisante.')
        else:
            L.append(c.dx('Saignement vaginal après chute') + ' à ' + c.ga(w, d) + ', ' + c.med('WinRho 300 µg') + ' donné à l\'urgence, ' + c.lab('Kleihauer en cours') + '.')
        subj = c.ch(['Rh nég - WinRho', 'Traçabilité WinRho', 'Immunoglobuline anti-D - %s' % pt.surname])
    else:
        L.append('%s (chart %s): ' % (nm, c.mrn(pt)) + c.lab('group O Rh negative, antibody screen negative') + '.')
        if ctx == '28sa':
            L.append(c.med('WinRho 300 mcg (1500 IU) IM') + ' given today at ' + c.ga(w, d) + ', product lot 0412-88, traceability form sent.')
        elif ctx == 'pp':
            L.append('Baby ' + c.lab('Rh positive') + ': ' + c.med('WinRho 300 mcg') + ' due within 72 h postpartum. ' + c.lab('Kleihauer: 6 mL fetal blood') + ', standard dose sufficient.')
        else:
            L.append(c.dx('Vaginal bleeding after a fall') + ' at ' + c.ga(w, d) + ', ' + c.med('WinRho 300 mcg') + ' given in ER, ' + c.lab('Kleihauer pending') + '.')
        subj = c.ch(['Rh neg - WinRho', 'WinRho traceability', 'Anti-D - %s' % pt.surname])
    L.append(signature(snd, c) if isinstance(snd, Staff) else '\n--\nBanque de sang / Blood bank\n' + HOSP_FR + '\n' + HOSP_TEL + ' poste 2450')
    return mk(c, snd, [rcpt], subj, '\n'.join(L), note='Rh immunoglobulin / blood bank')


def p_incident(c):
    pt = c.W.mother(c.lang)
    snd = c.ch([S('paradis'), S('hamelin'), S('desjardins'), S('archambault')])
    ev = c.ch([(c.t('Hémorragie post-partum 1800 mL', 'PPH 1800 mL'), c.t('carbétocine 100 µg IV, misoprostol 800 µg IR, acide tranexamique 1 g IV, 2 culots', 'carbetocin 100 mcg IV, misoprostol 800 mcg PR, TXA 1 g IV, 2 units PRBC')),
               (c.t('Dystocie des épaules (2 min 40)', 'Shoulder dystocia (2 min 40 s)'), c.t('aucune', 'none')),
               (c.t('Erreur de médicament : oxytocine perfusée à 20 mU/min au lieu de 2', 'Medication error: oxytocin infused at 20 mU/min instead of 2'), c.t('oxytocine arrêtée, terbutaline 0,25 mg SC', 'oxytocin stopped, terbutaline 0.25 mg SC')),
               (c.t('Chute de la mère dans la salle de bain post-péridurale', 'Maternal fall in bathroom post-epidural'), c.t('aucune', 'none'))])
    L = [c.t('Déclaration d\'incident / accident (AH-223) - complément d\'information', 'Incident/accident report (AH-223) - additional information'), '',
         c.t('Usagère : ', 'Patient: ') + c.nm(pt, c.ch(['REV', 'full'])) + c.t(' - dossier ', ' - chart ') + c.mrn(pt),
         c.t('Date/heure : ', 'Date/time: ') + (c.date - dt.timedelta(days=1)).strftime('%Y-%m-%d %H:%M'),
         c.t('Événement : ', 'Event: ') + c.dx(ev[0]),
         c.t('Interventions : ', 'Interventions: ') + (c.med(ev[1]) if ev[1] not in ('aucune', 'none') else ev[1]),
         c.t('Conséquences : ', 'Outcome: ') + c.ch([c.t('transfert aux soins intensifs 24 h', 'ICU x 24 h'), c.t('aucune séquelle', 'no harm'),
                                                    c.t('fracture de la clavicule chez le bébé', 'infant clavicle fracture')]),
         c.t('Divulgation faite à la patiente et au conjoint le ', 'Disclosure done to patient and partner on ') + c.date.date().isoformat() + '.']
    body, atts = doc_or_body(c, c.t('Complément AH-223', 'AH-223 supplement'), L, 'AH223_complement_%s' % c.date.strftime('%Y%m%d'),
                             c.t('Bonjour,\n\nCi-joint le complément pour la déclaration de cette nuit.\n', 'Hi,\n\nAttached is the supplement for last night\'s report.\n'), prob=0.4)
    text = (greet(c) + '\n\n' + body if not atts else body) + '\n' + signature(snd, c)
    subj = c.ch(['AH-223 - ' + c.t('complément', 'supplement'), c.t('Déclaration incident UN', 'L&D incident report'), c.t('Événement sentinelle ?', 'Sentinel event?')])
    return mk(c, snd, [GESTION_RISQUES], subj, text, cc=[S('courchesne')], atts=atts, note='incident report naming patient')


def p_ontario(c):
    r = c.r
    pt = c.W.extra_woman('en' if c.p(0.6) else c.lang, 22, 40, other_ok=False)
    pt.addr = ('%d %s' % (r.randrange(10, 999), r.choice(['Main Street East', 'County Road 17', 'Laurier Street', 'Water Street'])),
               r.choice(['Hawkesbury, ON', 'Ottawa, ON', 'Rockland, ON', 'Cornwall, ON']), 'K%d%s %d%s%d' % (r.randrange(1, 9), r.choice('ABGHK'), r.randrange(1, 9), r.choice('ABCE'), r.randrange(1, 9)))
    pt.phone = '613 555-01%02d' % r.randrange(100)
    hcn, vc = make_on_hcn(r)
    snd = c.ch([S('aubin'), ('Facturation - services aux usagers', 'facturation@' + DOM)])
    fmt = '%s-%s-%s-%s' % (hcn[:4], hcn[4:7], hcn[7:], vc) if c.p(0.5) else '%s %s' % (hcn, vc)
    L = [greet(c), '']
    if c.fr:
        L += ['Usagère hors province (Ontario) admise à l\'unité des naissances pendant un séjour chez sa famille :', '',
              'Nom : ' + c.nm(pt, c.ch(['REV', 'full'])), 'DDN : ' + c.dob(pt),
              'No carte santé Ontario : ' + c.hcn(fmt), 'Adresse : ' + c.addr(pt) if True else '',
              'Séjour : %s au %s - ' % ((c.date.date() - dt.timedelta(days=5)).isoformat(), (c.date.date() - dt.timedelta(days=2)).isoformat())
              + c.dx(c.ch(['accouchement vaginal à 37 SA, HPP légère', 'césarienne d\'urgence pour SFA à 36 SA', 'menace d\'accouchement prématuré à 33 SA'])),
              '', 'Pouvez-vous procéder à la facturation interprovinciale ? La carte a été photocopiée (recto-verso) au dossier.']
        subj = c.ch(['Facturation hors province - Ontario', 'Usagère Ontario - carte santé', 'Réciprocité interprovinciale'])
    else:
        L += ['Out-of-province (Ontario) patient admitted to the birthing unit while visiting family:', '',
              'Name: ' + c.nm(pt, c.ch(['REV', 'full'])), 'DOB: ' + c.dob(pt),
              'Ontario health card: ' + c.hcn(fmt), 'Address: ' + c.addr(pt),
              'Stay: %s to %s - ' % ((c.date.date() - dt.timedelta(days=5)).isoformat(), (c.date.date() - dt.timedelta(days=2)).isoformat())
              + c.dx(c.ch(['vaginal delivery at 37 wks, mild PPH', 'emergency CS for NRFHT at 36 wks', 'threatened preterm labour at 33 wks'])),
              '', 'Could you process the reciprocal billing? Copy of card is in the chart.']
        subj = c.ch(['Out-of-province billing - Ontario', 'Ontario patient - health card'])
    L.append(signature(snd, c) if isinstance(snd, Staff) else '\n--\nFacturation')
    return mk(c, snd, [BILLING], subj, '\n'.join(L), note='Ontario health number, out-of-province billing')


def p_france(c):
    r = c.r
    given, surname = r.choice([('Margaux', 'Lefèvre'), ('Pauline', 'Garnier'), ('Clémence', 'Rousseau'), ('Anaïs', 'Perrin'),
                               ('Camille', 'Fabre'), ('Léonie', 'Chevalier')])
    dob = dt.date(r.randrange(1987, 2001), r.randrange(1, 13), r.randrange(1, 29))
    pt = Person(surname, given, dob, 'F')
    c.W._fill(pt)
    nir = make_fr_nir(r, dob, 'F')
    snd = c.ch([S('ladouceur'), S('aubin'), S('bergeron')])
    w, d, dpa = pregnancy(c, 12, 36)
    L = [greet(c), '']
    if c.fr:
        L += ['Je vous écris au sujet de ' + c.nm(pt, c.ch(['titlefull', 'full', 'REV'])) + ', ressortissante française, ' + c.ga(w, d) + '.',
              c.soc(c.ch(['Arrivée en mars avec un permis vacances-travail (PVT), en délai de carence RAMQ.',
                          'Étudiante au doctorat, couverte par l\'Entente Québec-France (formulaire SE 401-Q-106 en attente).',
                          'Conjointe d\'un travailleur temporaire, aucune couverture privée.'])),
              'N° de sécurité sociale (France) : ' + c.nir(fmt_nir(nir) if c.p(0.6) else nir),
              'DDN : ' + c.dob(pt), 'Cell. : ' + c.phone(pt) if c.p(0.6) else '',
              ('NAS (permis de travail) : ' + c.sin(fmt_sin(make_sin(r), r))) if c.p(0.5) else '',
              'Suivi de grossesse : ' + c.dx(c.ch(['grossesse normale', 'hypertension gestationnelle', 'anémie ferriprive (Hb 94)'])) + ', DPA ' + dpa.isoformat() + '.',
              '', 'Pouvez-vous confirmer si les frais d\'accouchement seront couverts ? Elle craint une facture de 10 000 $.']
        subj = c.ch(['Couverture - patiente française', 'Entente Québec-France', 'Question facturation - PVT'])
    else:
        L += ['Writing about ' + c.nm(pt, c.ch(['titlefull', 'full'])) + ', a French national, ' + c.ga(w, d) + '.',
              c.soc(c.ch(['Arrived in March on a working-holiday visa, in the RAMQ waiting period.', 'PhD student covered under the Québec-France agreement (form pending).'])),
              'French social security number: ' + c.nir(fmt_nir(nir)), 'DOB: ' + c.dob(pt),
              'Pregnancy: ' + c.dx(c.ch(['uncomplicated', 'gestational hypertension'])) + ', EDD ' + dpa.isoformat() + '.',
              '', 'Can you confirm whether delivery costs will be covered?']
        subj = c.ch(['Coverage - French patient', 'Quebec-France agreement question'])
    L.append(signature(snd, c))
    return mk(c, snd, [BILLING, ('Admission', 'admission@' + DOM)], subj, '\n'.join([l for l in L if l is not None]), note='French NIR, coverage question')


def p_belgium(c):
    r = c.r
    given, surname = r.choice([('Laure', 'Vandenbroucke'), ('Elise', 'Peeters'), ('Sarah', 'Janssens'), ('Manon', 'Dubois-Claes'), ('Lotte', 'Maes')])
    dob = dt.date(r.randrange(1986, 2003), r.randrange(1, 13), r.randrange(1, 29))
    pt = Person(surname, given, dob, 'F')
    c.W._fill(pt)
    niss = make_be_niss(r, dob, 'F')
    snd = c.ch([S('aubin'), S('ladouceur'), ('Admission', 'admission@' + DOM)])
    L = [greet(c), '']
    reason = c.ch([(c.t('fausse couche à 10 SA, curetage', 'miscarriage at 10 wks, D&C'), 'diag'),
                   (c.t('grossesse extra-utérine, méthotrexate', 'ectopic pregnancy, methotrexate'), 'diag'),
                   (c.t('accouchement à 39 SA', 'delivery at 39 wks'), 'diag')])
    if c.fr:
        L += ['Patiente belge en séjour temporaire : ' + c.nm(pt, c.ch(['REV', 'full', 'titlefull'])) + ', née le ' + c.dob(pt) + '.',
              'Numéro de registre national (NISS) : ' + c.niss(fmt_niss(niss, r) if c.p(0.6) else niss),
              'Mutualité : Mutualité Saint-Michel (Liège), attestation d\'assurance voyage fournie.',
              'Motif d\'hospitalisation : ' + c.dx(reason[0]) + '.',
              'Adresse temporaire : ' + c.addr(pt) if c.p(0.5) else '',
              '', 'Merci de préparer la facture détaillée pour son assureur.']
        subj = c.ch(['Patiente belge - facturation', 'NISS / assurance voyage', 'Facture assureur étranger'])
    else:
        L += ['Belgian patient on a temporary stay: ' + c.nm(pt, c.ch(['REV', 'full'])) + ', DOB ' + c.dob(pt) + '.',
              'Belgian national number (NISS): ' + c.niss(fmt_niss(niss, r)),
              'Reason for admission: ' + c.dx(reason[0]) + '.',
              '', 'Please prepare an itemized invoice for her travel insurer.']
        subj = c.ch(['Belgian patient - billing', 'Foreign insurer invoice'])
    L.append(signature(snd, c) if isinstance(snd, Staff) else '\n--\nAdmission\n' + HOSP_FR)
    return mk(c, snd, [BILLING], subj, '\n'.join(L), note='Belgian NISS, foreign insurer billing')


def p_newborn_screen(c):
    mom = c.W.mother(c.lang)
    born = c.date.date() - dt.timedelta(days=c.r.randrange(5, 15))
    bb = c.W.baby(mom, born)
    snd = c.ch([S('lanctot'), S('grenon'), S('hamelin'), ('Programme de dépistage néonatal', 'depistage.neonatal@' + CHU_DOM)])
    res = c.ch([(c.t('TSH 38 mUI/L (seuil 15) - hypothyroïdie congénitale à exclure', 'TSH 38 mIU/L (cutoff 15) - rule out congenital hypothyroidism'), 'dx'),
                (c.t('Échantillon insuffisant - prélèvement sanguin à reprendre', 'Insufficient sample - repeat blood spot'), ''),
                (c.t('Dépistage auditif : « référer » oreille droite x 2', 'Hearing screen: "refer" right ear x 2'), ''),
                (c.t('Phénylalanine 420 µmol/L', 'Phenylalanine 420 µmol/L'), 'dx')])
    L = [greet(c), '']
    nm_b = c.nm(bb, c.ch(['full', 'REV']))
    nm_m = c.nm(mom, c.ch(['full', 'titlefull']))
    if c.fr:
        L.append('Concerne : %s, né(e) le %s, enfant de %s%s.' % (nm_b, c.dob(bb, 'iso'), nm_m, (' (NAM mère : ' + c.nam(mom) + ')') if mom.nam and c.p(0.4) else ''))
    else:
        L.append('Re: %s, born %s, child of %s.' % (nm_b, c.dob(bb, 'iso'), nm_m))
    L.append(c.lab(res[0]))
    if res[1]:
        c.dx(res[0])
    if c.p(0.5):
        L.append(c.t('Dossier bébé : ', 'Baby chart: ') + c.mrn(bb))
    L.append(c.t('Merci de rappeler la famille au ', 'Please call the family at ') + c.phone(mom) + c.t(' pour un RDV cette semaine.', ' to book this week.'))
    L.append(signature(snd, c) if isinstance(snd, Staff) else '\n--\n' + snd[0])
    subj = c.ch([c.t('Dépistage néonatal - rappel', 'Newborn screening - recall'), c.t('Résultat dépistage - à reprendre', 'Screening result - repeat needed'),
                 c.t('Rappel famille %s' % mom.surname, 'Recall %s family' % mom.surname)])
    return mk(c, snd, [c.ch([CLSC_PERI, S('bergeron'), S('lanctot')])], subj, '\n'.join(L), note='newborn screening recall')


def p_ectopic(c):
    pt = c.W.mother(c.lang)
    snd = c.ch([S('pilon'), S('vachon'), S('whitmore'), S('benali')])
    rcpt = c.ch([S('lafreniere'), ('Clinique de gynécologie - suivi hCG', 'suivi.hcg@' + DOM), S('bergeron')])
    h0 = c.r.choice([1240, 1840, 2310, 960, 3050])
    h4 = int(h0 * c.r.choice([0.95, 1.1, 0.8]))
    h7 = int(h4 * c.r.choice([0.7, 0.82, 0.6]))
    ident = c.nm(pt, c.ch(['full', 'REV', 'titlefull', 'plainrev']))
    if pt.nam and c.p(0.5):
        ident += ' (' + c.nam(pt) + ')'
    if c.fr:
        L = [greet(c), '', 'Suivi ' + c.dx('GEU droite non rompue') + ' pour ' + ident + ' :',
             c.lab('β-hCG J1 %d / J4 %d / J7 %d UI/L' % (h0, h4, h7)),
             c.med('Méthotrexate 50 mg/m² IM (%d mg)' % c.r.randrange(80, 95)) + ' donné le ' + c.ds(c.date.date() - dt.timedelta(days=7)) + '.',
             'Baisse > 15 % entre J4 et J7, on continue le suivi hebdo jusqu\'à négativation.',
             c.ch(['Prochaine prise de sang lundi.', 'Rappeler si douleur ou étourdissements.', 'Elle demande un arrêt de travail 1 sem.'])]
        subj = c.ch(['Suivi hCG', 'GEU - MTX J7', 'β-hCG à suivre - %s' % pt.surname])
    else:
        L = [greet(c), '', 'Follow-up ' + c.dx('right unruptured ectopic') + ' for ' + ident + ':',
             c.lab('b-hCG D1 %d / D4 %d / D7 %d IU/L' % (h0, h4, h7)),
             c.med('Methotrexate 50 mg/m2 IM (%d mg)' % c.r.randrange(80, 95)) + ' given ' + c.ds(c.date.date() - dt.timedelta(days=7)) + '.',
             'Drop > 15% D4 to D7, weekly levels until negative.']
        subj = c.ch(['hCG follow-up', 'Ectopic - MTX day 7', 'b-hCG trend - %s' % pt.surname])
    if c.p(0.4):
        L.append(c.t('Tél. : ', 'Phone: ') + c.phone(pt))
    L.append(signature(snd, c))
    return mk(c, snd, [rcpt], subj, '\n'.join(L), note='ectopic pregnancy with hCG trend and methotrexate')


def p_ivg(c):
    pt = c.W.extra_woman(c.lang, 16, 40) if c.p(0.6) else c.W.take('mothers')
    snd = c.ch([S('lafreniere'), S('ladouceur'), S('pilon')])
    w = c.r.randrange(6, 13)
    L = [greet(c), '']
    if c.fr:
        L += ['Référence pour ' + c.nm(pt, c.ch(['full', 'titlefull', 'REV'])) + (', DDN ' + c.dob(pt) if c.p(0.5) else '') + '.',
              c.dx('Grossesse intra-utérine de %d SA confirmée à l\'écho' % w) + ', demande d\'interruption volontaire de grossesse.',
              c.soc(c.ch(['Contexte : relation terminée, aux études, aucun soutien familial.',
                          'Contexte : conjoint violent, ne doit pas être informé.',
                          'Contexte : 3 enfants à la maison, situation financière précaire.'])),
              'Contact : ' + c.phone(pt) + c.ch([' - discrétion SVP, ne pas laisser de message', ' (cell perso)', '']),
              'Elle préfère la méthode ' + c.ch(['médicale (' + c.med('Mifegymiso') + ')', 'chirurgicale']) + '.']
        subj = c.ch(['Référence CPN', 'Référence - confidentiel', 'Demande de RDV planification'])
    else:
        L += ['Referral for ' + c.nm(pt, c.ch(['full', 'titlefull'])) + (', DOB ' + c.dob(pt) if c.p(0.5) else '') + '.',
              c.dx('Intrauterine pregnancy %d weeks on ultrasound' % w) + ', requesting termination.',
              c.soc(c.ch(['Context: student, no family support.', 'Context: abusive partner, must not be informed.'])),
              'Contact: ' + c.phone(pt) + ' - discreet, no voicemail please.']
        subj = c.ch(['Referral - confidential', 'Family planning referral'])
    L.append(signature(snd, c, disclaimer=True))
    return mk(c, snd, [IVG_CLINIC], subj, '\n'.join(L), note='termination of pregnancy referral')


def p_class_roster(c):
    n = c.r.randrange(5, 10)
    snd = c.ch([S('archambault'), S('lafreniere'), S('marcoux')])
    rows = [c.t(['Nom', 'DPA', 'Courriel', 'Téléphone', 'Remarques'], ['Name', 'EDD', 'E-mail', 'Phone', 'Notes'])]
    for _ in range(n):
        pt = c.W.mother(c.lang)
        w, d, dpa = pregnancy(c, 20, 34)
        rem = ''
        k = c.r.randrange(6)
        if k == 1:
            rem = c.dx(c.t('jumeaux', 'twins'))
        elif k == 2:
            rem = c.dx(c.t('AVAC', 'VBAC'))
        elif k == 3:
            rem = c.dx(c.t('diabète gestationnel', 'GDM'))
        elif k == 4:
            rem = c.soc(c.t('vient seule', 'attending alone'))
        rows.append([c.nm(pt, c.ch(['rev', 'full', 'plainrev'])), dpa.isoformat(), c.pemail(pt), c.phone(pt) if c.p(0.5) else '', rem])
    title = c.t('Inscriptions - rencontres prénatales', 'Registrations - prenatal classes')
    mode = c.ch(['body', 'xlsx', 'docx'])
    if mode == 'body':
        body = title + '\n\n' + '\n'.join(' | '.join(r) for r in rows)
        atts = []
    elif mode == 'xlsx':
        atts = [Att('inscriptions_prenatal.xlsx' if c.fr else 'prenatal_class_list.xlsx', XLSX_MIME, make_xlsx([(c.t('Inscriptions', 'List'), rows)]))]
        body = c.t('Liste des inscriptions ci-jointe.', 'Registration list attached.')
    else:
        atts = [Att('liste_groupe.docx' if c.fr else 'group_list.docx', DOCX_MIME, make_docx(title, [c.t('Groupe du mardi soir', 'Tuesday evening group')], table=rows))]
        body = c.t('Liste du groupe ci-jointe.', 'Group list attached.')
    text = greet(c) + '\n\n' + body + '\n' + c.t('Merci de confirmer le local.', 'Please confirm the room.') + '\n' + signature(snd, c)
    subj = c.ch([c.t('Inscriptions cours prénatals - groupe de %s' % MONTHS_FR[c.date.month % 12], 'Prenatal class registrations'),
                 c.t('Liste participantes prénatal', 'Prenatal class list')])
    return mk(c, snd, [('Animatrice prénatale', 'prenatal.groupe@' + DOM)], subj, text, atts=atts, note='prenatal class registrant list (names, due dates, contacts)')


def p_id_only(c):
    pt = c.W.take('mothers') if c.p(0.5) else c.W.take('gyn')
    use_nam = c.p(0.65)
    snd = c.ch([S('lafreniere'), S('bergeron'), S('pilon'), S('hamelin')])
    ident = c.nam(pt, c.ch(['plain', 'spaced', 'lower', 'dash'])) if use_nam else c.mrn(pt, c.ch(['plain', 'dash', 'pref']))
    lbl = c.t('NAM ', 'RAMQ ') if use_nam else c.ch([c.t('dossier ', 'chart '), '#', 'MRN '])
    if pt.age(c.date.date()) < 45:
        res = c.ch([(c.t('Culture urinaire : E. coli > 10^8, R ampicilline', 'Urine culture: E. coli > 10^8, ampicillin resistant'), c.t('pyélonéphrite', 'pyelonephritis'), c.t('céfalexine 500 mg QID ?', 'cephalexin 500 mg QID?')),
                    (c.t('Ferritine 7, Hb 91', 'Ferritin 7, Hb 91'), c.t('anémie ferriprive', 'iron deficiency anaemia'), c.t('fer sucrose IV 300 mg x 3 ?', 'IV iron sucrose 300 mg x 3?')),
                    (c.t('Sérologie syphilis réactive (RPR 1:16)', 'Syphilis serology reactive (RPR 1:16)'), c.t('syphilis', 'syphilis'), c.t('pénicilline G benzathine 2,4 M U IM', 'benzathine penicillin G 2.4 MU IM')),
                    (c.t('Chlamydia TAAN positif', 'Chlamydia NAAT positive'), c.t('chlamydia', 'chlamydia'), c.t('azithromycine 1 g PO', 'azithromycin 1 g PO'))])
    else:
        res = c.ch([(c.t('CA-125 164 U/mL', 'CA-125 164 U/mL'), c.t('masse annexielle', 'adnexal mass'), ''),
                    (c.t('Endomètre 14 mm, biopsie : hyperplasie atypique', 'Endometrium 14 mm, biopsy: atypical hyperplasia'), c.t('hyperplasie atypique', 'atypical hyperplasia'), c.t('Mirena ou progestatif oral ?', 'LNG-IUS or oral progestin?'))])
    L = [c.ch([c.t('Résultat critique', 'Critical result'), c.t('Pour suivi', 'For follow-up'), 'FYI']) + ' - ' + lbl + ident,
         c.lab(res[0])]
    if c.p(0.5):
        L.append(c.t('Dx : ', 'Dx: ') + c.dx(res[1]) + ((c.t(', traitement à prescrire : ', ', needs Rx: ') + c.med(res[2])) if res[2] else c.t(', référence gynéco-onco', ', gyn-onc referral')))
    if c.p(0.3):
        L.append(c.t('DDN ', 'DOB ') + c.dob(pt))
    L.append('')
    L.append(c.ch([c.t('Merci', 'Thanks'), c.t('Merci de rappeler la patiente', 'Please call the patient back'), c.t('Appeler svp', 'Please call')]))
    L.append(signature(snd, c, disclaimer=False))
    subj = c.ch([lbl + ident, c.t('Résultat à traiter', 'Result to action'), c.t('Résultat anormal labo', 'Abnormal lab')])
    return mk(c, snd, [c.ch([S('vachon'), S('whitmore'), S('khoury'), S('benali')])], subj, '\n'.join(L),
              note='identifier-only (no name) with result')


def p_partner_carrier(c):
    partner = c.W.take('partners')
    mom = c.W.mother(c.lang)
    snd = c.ch([S('roussin'), GEN_LAB])
    rcpt = c.ch([S('vachon'), S('khoury'), S('lafreniere')])
    gene = c.ch([('SACS (ARSACS)', 'c.8844delT'), ('CFTR (fibrose kystique)', 'F508del'), ('FAH (tyrosinémie type 1)', 'IVS12+5G>A'),
                 ('LRPPRC (acidose lactique congénitale)', 'A354V')])
    L = [greet(c), '']
    if c.fr:
        L += ['Dépistage de porteur - conjoint de ' + c.nm(mom, c.ch(['full', 'titlefull'])) + ' :',
              c.nm(partner, c.ch(['full', 'REV', 'plainrev'])) + ', DDN ' + c.dob(partner) + ', NAM ' + c.nam(partner),
              c.lab('Gène %s : %s' % (gene[0], c.ch(['porteur hétérozygote de la variante ' + gene[1], 'aucune variante pathogène détectée']))),
              'Mme est elle-même ' + c.lab('porteuse de ' + gene[1]) + ' - risque de couple à discuter en conseil génétique.']
        subj = c.ch(['Dépistage porteur - conjoint', 'Résultat porteur %s' % partner.surname, 'Génétique - résultat du conjoint'])
    else:
        L += ['Carrier screening - partner of ' + c.nm(mom, c.ch(['full', 'titlefull'])) + ':',
              c.nm(partner, c.ch(['full', 'REV'])) + ', DOB ' + c.dob(partner) + ', RAMQ ' + c.nam(partner),
              c.lab('%s gene: %s' % (gene[0], c.ch(['heterozygous carrier of ' + gene[1], 'no pathogenic variant detected']))),
              'She is ' + c.lab('a carrier of ' + gene[1]) + ' - couple risk to be discussed in genetic counselling.']
        subj = c.ch(['Carrier screening - partner', 'Partner carrier result'])
    if c.p(0.4):
        L.append(c.t('Tél. du couple : ', 'Couple phone: ') + c.phone(mom))
    L.append(signature(snd, c) if isinstance(snd, Staff) else '\n--\n' + GEN_LAB[0])
    return mk(c, snd, [rcpt], subj, '\n'.join(L), note='partner carrier screening with NAM')


def p_preeclampsia(c):
    pt = c.W.mother(c.lang)
    w, d, dpa = pregnancy(c, 28, 37)
    snd = c.ch([S('pilon'), S('khoury'), S('vachon'), S('whitmore')])
    rcpt = c.ch([('Dr Félix Harnois, médecine interne', 'felix.harnois@' + DOM), CHU_MFM, S('benali')])
    plt = c.r.randrange(74, 140)
    L = [greet(c), '']
    nm = c.nm(pt, c.ch(['full', 'REV', 'titlefull']))
    if c.fr:
        L += ['Consultation demandée pour %s (dossier %s), %s, %s, admise ce matin pour ' % (nm, c.mrn(pt), c.gp(), c.ga(w, d)) + c.dx(c.ch(['prééclampsie avec critères de sévérité', 'syndrome HELLP partiel', 'prééclampsie surajoutée à une HTA chronique'])) + '.',
              'TA max 168/108.',
              c.lab('Plq %d, ALT %d, AST %d, créat %d, acide urique %d, prot/créat %d mg/mmol' % (plt, c.r.randrange(40, 190), c.r.randrange(40, 170), c.r.randrange(60, 110), c.r.randrange(320, 480), c.r.randrange(40, 300))),
              'Rx : ' + c.med(c.ch(['labétalol 200 mg PO TID + nifédipine 10 mg PRN', 'labétalol IV 20 mg, puis 40 mg', 'nifédipine XL 30 mg die'])) + ', ' + c.med('MgSO4 4 g IV puis 1 g/h') + ', ' + c.med('bétaméthasone 12 mg IM #1 à 10 h') + '.',
              'Plan : ' + c.ch(['accouchement à 34 SA si stable', 'induction demain', 'transfert CHU si plaquettes < 50']) + '. Merci de votre avis.']
        subj = c.ch(['Consult PE - UN', 'Prééclampsie - avis SVP', 'Demande consultation - HTA grossesse'])
    else:
        L += ['Consult requested for %s (chart %s), %s, %s, admitted this morning with ' % (nm, c.mrn(pt), c.gp(), c.ga(w, d)) + c.dx(c.ch(['preeclampsia with severe features', 'partial HELLP'])) + '.',
              'Max BP 168/108.',
              c.lab('Plt %d, ALT %d, AST %d, Cr %d, PCR %d mg/mmol' % (plt, c.r.randrange(40, 190), c.r.randrange(40, 170), c.r.randrange(60, 110), c.r.randrange(40, 300))),
              'Rx: ' + c.med(c.ch(['labetalol 200 mg PO TID + nifedipine 10 mg PRN', 'IV labetalol 20 mg then 40 mg'])) + ', ' + c.med('MgSO4 4 g IV then 1 g/h') + ', ' + c.med('betamethasone 12 mg IM #1 at 10:00') + '.',
              'Plan: ' + c.ch(['deliver at 34 wks if stable', 'IOL tomorrow']) + '. Thanks.']
        subj = c.ch(['PE consult - L&D', 'Preeclampsia - advice please'])
    L.append(signature(snd, c))
    return mk(c, snd, [rcpt], subj, '\n'.join(L), importance=c.p(0.5), note='preeclampsia consult request')


def p_bili(c):
    mom = c.W.mother(c.lang)
    born = c.date.date() - dt.timedelta(days=c.r.randrange(2, 6))
    bb = c.W.baby(mom, born)
    snd = c.ch([S('grenon'), S('lanctot'), S('grondin'), S('fraser')])
    h = (c.date.date() - born).days * 24 + c.r.randrange(0, 12)
    tsb = c.r.randrange(240, 340)
    L = [greet(c), '']
    nb = c.nm(bb, c.ch(['full', 'REV']))
    nm = c.nm(mom, c.ch(['full', 'titlefull', 'plainrev']))
    if c.fr:
        L += ['%s (mère : %s), %d h de vie, ' % (nb, nm, h) + c.lab('bilirubine totale %d µmol/L' % tsb) + (', ' + c.lab('Coombs direct positif') if c.p(0.4) else '') + '.',
              c.dx(c.ch(['Hyperbilirubinémie néonatale', 'Ictère avec incompatibilité ABO', 'Ictère, perte de poids 11 %'])) + ' - photothérapie intensive débutée.',
              'Contrôle dans 6 h.' + (' Né le ' + c.dob(bb, 'iso') + '.' if c.p(0.4) else '')]
        if c.p(0.5):
            L.append('Famille à rappeler pour le suivi post-congé : ' + c.phone(mom))
        subj = c.ch(['Bili - photothérapie', 'Ictère pouponnière', 'Bilirubine %s' % bb.surname])
    else:
        L += ['%s (mother: %s), %d h of life, ' % (nb, nm, h) + c.lab('TSB %d umol/L' % tsb) + (', ' + c.lab('DAT positive') if c.p(0.4) else '') + '.',
              c.dx(c.ch(['Neonatal hyperbilirubinaemia', 'Jaundice with ABO incompatibility'])) + ' - intensive phototherapy started.',
              'Repeat in 6 h.']
        if c.p(0.5):
            L.append('Family phone for post-discharge follow-up: ' + c.phone(mom))
        subj = c.ch(['Bili - phototherapy', 'Nursery jaundice'])
    L.append(signature(snd, c))
    return mk(c, snd, [c.ch([S('lanctot'), S('grenon'), S('hamelin')])], subj, '\n'.join(L), note='neonatal jaundice, baby and mother named')


def p_adolescent(c):
    pt = c.W.take('teens')
    snd = c.ch([S('tremblay'), S('vachon'), S('lafreniere')])
    rcpt = c.ch([('Infirmière scolaire - CLSC', 'sante.scolaire@' + DOM), ('Dre Annie Gosselin, pédiatre', 'annie.gosselin@gmf-trn.example'), S('sauve')])
    age = pt.age(c.date.date())
    L = [greet(c), '']
    if c.fr:
        L += ['Concerne ' + c.nm(pt, c.ch(['full', 'REV'])) + ', %d ans (DDN %s, NAM %s).' % (age, c.dob(pt), c.nam(pt)),
              'Vue en clinique de gynécologie pédiatrique-adolescente pour ' + c.dx(c.ch(['dysménorrhée sévère, endométriose à exclure', 'ménorragies avec anémie (Hb 96)', 'kyste ovarien fonctionnel 5 cm'])) + '.',
              'Début de ' + c.med(c.ch(['Alesse en continu', 'naproxène 500 mg BID pendant les règles', 'fer 300 mg die'])) + '.',
              c.soc(c.ch(['Absentéisme scolaire important (3-4 jours/mois).', 'Demande que ses parents ne soient pas informés de la contraception (consentement ≥ 14 ans).', 'Vit en famille d\'accueil depuis septembre.']))]
        subj = c.ch(['Suivi gynéco ado', 'Clinique gyn ado - suivi', 'Confidentiel - suivi'])
    else:
        L += ['Re: ' + c.nm(pt, c.ch(['full', 'REV'])) + ', %d y/o (DOB %s, RAMQ %s).' % (age, c.dob(pt), c.nam(pt)),
              'Seen in paediatric-adolescent gyn clinic for ' + c.dx(c.ch(['severe dysmenorrhoea, r/o endometriosis', 'heavy menstrual bleeding with anaemia (Hb 96)'])) + '.',
              'Started on ' + c.med(c.ch(['continuous OCP', 'naproxen 500 mg BID with menses'])) + '.',
              c.soc(c.ch(['Missing 3-4 school days a month.', 'In foster care since September.']))]
        subj = c.ch(['Adolescent gyn follow-up', 'Confidential - follow-up'])
    L.append(signature(snd, c, disclaimer=True))
    return mk(c, snd, [rcpt], subj, '\n'.join(L), note='adolescent gynaecology with NAM')


def p_ppd(c):
    mom = c.W.mother(c.lang)
    snd = c.ch([S('hamelin'), S('ladouceur'), S('brisebois'), S('marcoux')])
    epds = c.r.randrange(14, 24)
    wk = c.r.randrange(2, 10)
    L = [greet(c), '']
    if c.fr:
        L += ['Je vous réfère ' + c.nm(mom, c.ch(['full', 'titlefull', 'REV'])) + (' (NAM ' + c.nam(mom) + ')' if mom.nam and c.p(0.5) else '') + ', %d semaines post-partum.' % wk,
              'Score EPDS ' + str(epds) + '/30, ' + c.ch(['item 10 positif (idées suicidaires passives, pas de plan)', 'item 10 négatif', 'pleurs quotidiens, insomnie']) + '.',
              c.dx(c.ch(['Dépression post-partum', 'Trouble anxieux post-partum', 'Dépression majeure avec ATCD de trouble bipolaire type II'])) + '.',
              c.med(c.ch(['Sertraline 25 mg die débutée hier', 'Aucune médication pour l\'instant, allaite exclusivement', 'Escitalopram 10 mg repris'])) + '.',
              c.soc(c.ch(['Conjoint parti depuis la naissance.', 'Vit chez sa mère, conflit familial.', 'Perte d\'emploi du conjoint en octobre, dettes.']))]
        if c.p(0.5):
            L.append('Tél. : ' + c.phone(mom))
        subj = c.ch(['Référence psy périnatale', 'EPDS élevé - référence', 'Urgent - santé mentale post-partum'])
    else:
        L += ['Referring ' + c.nm(mom, c.ch(['full', 'titlefull', 'REV'])) + ', %d weeks postpartum.' % wk,
              'EPDS ' + str(epds) + '/30, ' + c.ch(['item 10 positive (passive SI, no plan)', 'item 10 negative']) + '.',
              c.dx(c.ch(['Postpartum depression', 'Postpartum anxiety disorder'])) + '.',
              c.med(c.ch(['Sertraline 25 mg daily started yesterday', 'No meds yet, exclusively breastfeeding'])) + '.',
              c.soc(c.ch(['Partner left after the birth.', 'Living with her mother, family conflict.']))]
        if c.p(0.5):
            L.append('Phone: ' + c.phone(mom))
        subj = c.ch(['Perinatal psychiatry referral', 'High EPDS - referral'])
    L.append(signature(snd, c, disclaimer=c.p(0.5)))
    return mk(c, snd, [PSY_PERI], subj, '\n'.join(L), note='postpartum depression referral')


def p_midwife_transfer(c):
    pt = c.W.mother(c.lang)
    w, d = c.r.randrange(37, 42), c.r.randrange(7)
    snd = c.ch([S('brisebois'), S('oreilly'), S('desjardins')])
    reason = c.ch([(c.t('liquide méconial épais', 'thick meconium'), ''), (c.t('arrêt de progression à 7 cm depuis 4 h', 'arrest of dilatation at 7 cm x 4 h'), ''),
                   (c.t('décélérations tardives répétées', 'recurrent late decelerations'), ''), (c.t('HTA 152/100 en travail', 'BP 152/100 in labour'), '')])
    L = [c.t('Transfert intrapartum - maison de naissance Le Nid', 'Intrapartum transfer - Le Nid birth centre'), '',
         c.t('Cliente : ', 'Client: ') + c.nm(pt, c.ch(['full', 'REV', 'plainrev'])) + (c.t(', NAM ', ', RAMQ ') + c.nam(pt) if pt.nam and c.p(0.6) else '') + (c.t(', DDN ', ', DOB ') + c.dob(pt) if c.p(0.5) else ''),
         c.t('AG : ', 'GA: ') + c.ga(w, d) + ', ' + c.gp(),
         c.t('Motif : ', 'Reason: ') + c.dx(reason[0]),
         c.t('Dilatation 7 cm, membranes rompues à ', 'Dilated 7 cm, ROM at ') + '%02d:%02d' % (c.r.randrange(24), c.r.randrange(60)),
         c.lab(c.t('SGB négatif', 'GBS negative')) if c.p(0.5) else '',
         c.t('Arrivée prévue dans 20 min (ambulance).', 'ETA 20 min by ambulance.')]
    if c.p(0.4):
        L.append(c.t('Conjoint joignable au ', 'Partner reachable at ') + c.phone(pt))
    L.append(signature(snd, c, disclaimer=False))
    subj = c.ch([c.t('Transfert MDN - en route', 'Birth centre transfer - en route'), c.t('Transfert intrapartum', 'Intrapartum transfer')])
    return mk(c, snd, [UN, c.ch([S('benali'), S('vachon'), S('whitmore')])], subj, '\n'.join(L), importance=True, note='midwife intrapartum transfer')


EMPLOYERS = [('CPE Les Lucioles', 'educatrice à la petite enfance', 'early childhood educator', 'contact avec des enfants (CMV, parvovirus, varicelle)', 'contact with young children (CMV, parvovirus)'),
             ('Entrepôt Distribution Nordique', 'préposée à l\'entrepôt', 'warehouse clerk', 'soulèvement de charges > 10 kg, travail debout prolongé', 'lifting > 10 kg, prolonged standing'),
             ('Salon Coiffure Éclat', 'coiffeuse', 'hairdresser', 'exposition aux solvants et colorants', 'exposure to solvents and dyes'),
             ('Résidence Les Jardins fleuris', 'préposée aux bénéficiaires', 'personal support worker', 'risque d\'agression, soulèvement de bénéficiaires', 'risk of assault, patient lifting'),
             ('Clinique vétérinaire du Nord', 'technicienne en santé animale', 'veterinary technician', 'radiations ionisantes, gaz anesthésiants', 'ionizing radiation, anaesthetic gases')]


def p_work_certificate(c):
    pt = c.W.mother(c.lang)
    w, d, dpa = pregnancy(c, 10, 22)
    emp = c.ch(EMPLOYERS)
    snd = c.ch([S('bergeron'), S('lafreniere'), S('vachon'), S('brisebois')])
    sin = make_sin(c.r)
    to_patient = c.p(0.5)
    lines = ['**' + c.t('Certificat visant le retrait préventif et l\'affectation de la travailleuse enceinte', 'Certificate - preventive withdrawal and reassignment of a pregnant worker'),
             c.t('Travailleuse : ', 'Worker: ') + c.nm(pt, c.ch(['REV', 'full'])),
             c.t('Date de naissance : ', 'Date of birth: ') + c.dob(pt),
             c.t('NAS : ', 'SIN: ') + c.sin(fmt_sin(sin, c.r)),
             c.t('Employeur : ', 'Employer: ') + emp[0] + ' - ' + (emp[1] if c.fr else emp[2]),
             c.t('Date prévue d\'accouchement : ', 'Expected date of delivery: ') + dpa.isoformat() + ' (' + c.ga(w, d) + ')',
             c.t('Dangers identifiés : ', 'Identified hazards: ') + (emp[3] if c.fr else emp[4])]
    if c.p(0.5):
        lines.append(c.t('Condition particulière : ', 'Particular condition: ') + c.dx(c.ch([c.t('antécédent d\'accouchement prématuré à 32 SA', 'previous preterm birth at 32 wks'),
                                                                                         c.t('grossesse gémellaire', 'twin pregnancy'), c.t('col court', 'short cervix'),
                                                                                         c.t('hyperémèse gravidique', 'hyperemesis gravidarum')])))
    else:
        lines.append(c.dx(c.t('Grossesse évolutive, aucune complication', 'Ongoing pregnancy, no complication')))
    lines.append(c.t('Signé par : ', 'Signed by: ') + S('vachon').display())
    fname = c.ch(['certificat_RP_%s' % fname_safe(pt.surname), 'retrait_preventif_%s' % c.date.strftime('%Y%m%d'), 'CNESST_certificat'])
    att = doc_att(c, c.ch(['pdf', 'pdf', 'docx']), c.t('Certificat de retrait préventif', 'Preventive withdrawal certificate'), lines, fname)
    if to_patient:
        to = [(pt.full, c.pemail(pt))]
        body = c.t('Bonjour,\n\nVoici votre certificat de retrait préventif signé par la Dre Vachon-Laroche. Vous devez le remettre à votre employeur dès que possible.\n',
                   'Hello,\n\nAttached is your preventive withdrawal certificate signed by Dr. Vachon-Laroche. Please give it to your employer as soon as possible.\n')
    else:
        to = [('Ressources humaines - ' + emp[0], 'rh@' + ascii_slug(emp[0]) + '.example')]
        body = c.t('Bonjour,\n\nÀ la demande de notre patiente %s, vous trouverez ci-joint son certificat de retrait préventif.\n' % c.nm(pt, 'titlefull'),
                   'Hello,\n\nAt the request of our patient %s, please find attached her preventive withdrawal certificate.\n' % c.nm(pt, 'titlefull'))
    subj = c.ch([c.t('Certificat de retrait préventif', 'Preventive withdrawal certificate'), c.t('Retrait préventif - certificat signé', 'Signed certificate - safe maternity'),
                 c.t('Document CNESST', 'CNESST form')])
    return mk(c, snd, to, subj, body + signature(snd, c), atts=[att], note='preventive withdrawal certificate with SIN')


# ---------------------------------------------------------------------------
# NEGATIVE builders (hard: clinical words, staff names, identifier-like numbers)
# ---------------------------------------------------------------------------
EXTRA_STAFF_NAMES = ['Jessica Moreau-Dion', 'Sophie Lachapelle', 'Annie Charbonneau', 'Marie-Josée Lavigne',
                     'Catherine Beaudry', 'Émilie Desautels', 'Kim Nolin', 'Laura Bianchi', 'Noémie Gervais']
ALL_LISTS = ['liste.obstetrique@' + DOM, 'tous.mere-enfant@' + DOM, 'un.infirmieres@' + DOM, 'sages-femmes@' + DOM]


def staff_any(c, keys=None):
    return S(c.ch(keys or sorted(STAFF)))


def team_list(c):
    return [('Équipe mère-enfant' if c.fr else 'Mother-child team', c.ch(ALL_LISTS))]


def n_birth_stats(c):
    snd = c.ch([S('courchesne'), S('proulx'), S('archambault'), S('aubin')])
    months = [(c.date.month - k - 1) % 12 for k in range(3)][::-1]
    rows = [c.t(['Indicateur'] + [MONTHS_FR[m] for m in months], ['Indicator'] + [MONTHS_EN[m] for m in months])]
    base = c.r.randrange(95, 160)
    ind = [(c.t('Naissances vivantes', 'Live births'), lambda: str(base + c.r.randrange(-12, 13))),
           (c.t('Taux de césarienne (%)', 'Caesarean rate (%)'), lambda: fnum(c.r.uniform(19, 29), c.fr)),
           (c.t('AVAC réussis / tentés', 'Successful / attempted TOLAC'), lambda: '%d/%d' % (c.r.randrange(4, 9), c.r.randrange(9, 14))),
           (c.t('Péridurales (%)', 'Epidurals (%)'), lambda: fnum(c.r.uniform(55, 78), c.fr)),
           (c.t('HPP > 1000 mL', 'PPH > 1000 mL'), lambda: str(c.r.randrange(1, 8))),
           (c.t('Transferts USIN (CHU)', 'NICU transfers (CHU)'), lambda: str(c.r.randrange(0, 5))),
           (c.t('Allaitement initié (%)', 'Breastfeeding initiated (%)'), lambda: fnum(c.r.uniform(82, 94), c.fr)),
           (c.t('Accouchements sages-femmes', 'Midwife-attended births'), lambda: str(c.r.randrange(8, 25)))]
    for label, fn in ind:
        rows.append([label] + [fn() for _ in months])
    intro = c.t('Voici le tableau de bord périnatal du dernier trimestre. Aucune donnée nominative n\'est incluse.',
                'Here is the perinatal dashboard for last quarter. No patient-level data is included.')
    mode = c.ch(['body', 'xlsx', 'csv', 'body'])
    atts = []
    if mode == 'body':
        body = intro + '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    elif mode == 'xlsx':
        atts.append(Att('tableau_bord_perinatal_T%d.xlsx' % ((c.date.month - 1) // 3 + 1), XLSX_MIME, make_xlsx([('Indicateurs', rows)])))
        body = intro
    else:
        atts.append(Att('indicateurs_%d.csv' % c.date.year, 'text/csv', make_csv(rows, ';' if c.fr else ','), charset='utf-8', cte='base64'))
        body = intro
    body += '\n\n' + c.t('Le taux de césarienne primaire chez les nullipares (groupe 1 de Robson) est stable à %s %%.' % fnum(c.r.uniform(11, 17), True),
                         'Robson group 1 caesarean rate is stable at %s%%.' % fnum(c.r.uniform(11, 17), False))
    subj = c.ch([c.t('Statistiques de naissances - trimestre', 'Birth statistics - quarter'), c.t('Tableau de bord périnatal', 'Perinatal dashboard'),
                 c.t('Indicateurs UN %s' % MONTHS_FR[months[-1]], 'L&D indicators %s' % MONTHS_EN[months[-1]])])
    return mk(c, snd, team_list(c), subj, greet(c) + '\n\n' + body + '\n' + signature(snd, c), atts=atts, note='aggregate birth statistics')


def n_prenatal_class(c):
    snd = c.ch([S('archambault'), S('lafreniere'), S('marcoux'), S('aubin')])
    start = c.date.date() + dt.timedelta(days=c.r.randrange(10, 40))
    topics_fr = ['la fin de la grossesse et les signes du travail', 'la gestion de la douleur (péridurale, bain, ballon)',
                 'l\'allaitement et les premiers jours', 'le retour à la maison et le rôle du partenaire', 'les soins du nouveau-né']
    topics_en = ['late pregnancy and signs of labour', 'pain relief (epidural, bath, birthing ball)', 'breastfeeding basics',
                 'going home and the partner\'s role', 'newborn care']
    top = topics_fr if c.fr else topics_en
    L = [greet(c, c.t('à toutes et à tous', 'everyone')), '']
    if c.fr:
        L += ['La prochaine série de rencontres prénatales de groupe débute le %s %s à 19 h, salle Les Pins (2e étage, pavillon B).' % (DAYS_FR[start.weekday()], dfr(start)),
              'Au programme (4 rencontres) :'] + ['- ' + t for t in c.r.sample(top, 4)] + [
              'Animation : %s, infirmière, et %s, consultante en lactation IBCLC.' % (c.ch(EXTRA_STAFF_NAMES), S('marcoux').name),
              'Inscription : par téléphone au %s, poste 4400, ou au comptoir de la clinique prénatale. Places limitées (12 couples).' % HOSP_TEL,
              'Merci de remettre l\'affiche ci-jointe aux futurs parents que vous suivez (DPA entre %s et %s).' % (MONTHS_FR[(start.month) % 12], MONTHS_FR[(start.month + 2) % 12])]
        subj = c.ch(['Rencontres prénatales - nouvelle série', 'Cours prénatals : inscriptions ouvertes', 'Affiche - rencontres prénatales'])
    else:
        L += ['The next series of group prenatal classes starts %s, %s at 7 pm, Pines room (2nd floor, pavilion B).' % (DAYS_EN[start.weekday()], den(start)),
              'Topics (4 evenings):'] + ['- ' + t for t in c.r.sample(top, 4)] + [
              'Facilitators: %s, RN, and %s, IBCLC.' % (c.ch(EXTRA_STAFF_NAMES), S('goldberg').name),
              'Registration: %s ext. 4400. Limited to 12 couples.' % HOSP_TEL,
              'Please share the attached poster with expecting parents you follow.']
        subj = c.ch(['Prenatal classes - new series', 'Prenatal class registration open'])
    atts = []
    if c.p(0.6):
        atts.append(doc_att(c, c.ch(['pdf', 'docx']), c.t('Rencontres prénatales', 'Prenatal classes'), strip_bold(L[2:]), c.t('affiche_rencontres_prenatales', 'prenatal_classes_poster')))
    L.append(signature(snd, c))
    return mk(c, snd, team_list(c), subj, '\n'.join(L), atts=atts, note='prenatal class announcement')


def n_staff_baby(c):
    who = c.ch(['Julie Paradis', 'Mélissa Grondin', 'Kathleen O\'Reilly', 'Catherine Beaudry', 'Kim Nolin', 'Émilie Desautels', 'Laura Bianchi'])
    snd = c.ch([S('hamelin'), S('courchesne'), S('aubin'), S('desjardins')])
    born = c.date.date() - dt.timedelta(days=c.r.randrange(1, 9))
    sex = c.ch('FM')
    bn = c.ch(BABY_F if sex == 'F' else BABY_M)
    kg = c.r.randrange(2900, 4100, 10)
    if c.fr:
        L = [greet(c, c.ch(['tout le monde', 'chère équipe', ''])).replace(' ,', ','), '',
             'C\'est avec beaucoup de joie que nous vous annonçons la naissance %s de notre collègue %s !' % ('de la petite ' + bn if sex == 'F' else 'du petit ' + bn, who),
             '%s est né%s le %s à %02dh%02d et pesait %d %03d g (%d lb %d oz).' % (bn, 'e' if sex == 'F' else '', dfr(born), c.r.randrange(24), c.r.randrange(60), kg // 1000, kg % 1000, kg // 454, int((kg % 454) / 28.35)),
             'La maman et le bébé se portent à merveille et ont déjà reçu la visite de la grande sœur.',
             'Une carte circule au poste des infirmières de l\'unité des naissances jusqu\'à vendredi; une collecte est aussi organisée pour un panier-cadeau.',
             '', 'Félicitations à la nouvelle famille ! 🎉']
        subj = c.ch(['Naissance dans l\'équipe !', 'Bienvenue %s !' % bn, 'Bonne nouvelle 👶', 'Félicitations %s' % who.split()[0]])
    else:
        L = [greet(c, 'team'), '', 'We are thrilled to announce that our colleague %s welcomed %s on %s!' % (who, bn, den(born)),
             '%s weighed %d g (%d lb %d oz). Mom and baby are doing great.' % (bn, kg, kg // 454, int((kg % 454) / 28.35)),
             'A card is at the L&D nursing station until Friday.', '', 'Congratulations!']
        subj = c.ch(['Baby news!', 'Welcome baby %s' % bn, 'Congratulations %s' % who.split()[0]])
    L.append(signature(snd, c, disclaimer=False))
    return mk(c, snd, team_list(c), subj, '\n'.join(L), note='staff baby announcement')


def n_smam_newsletter(c):
    snd = c.ch([S('marcoux'), S('goldberg'), S('archambault')])
    ex = fnum(c.r.uniform(58, 74), c.fr)
    if c.fr:
        sections = [('Semaine mondiale de l\'allaitement maternel (SMAM) - du 1er au 7 octobre', [
            'Cette année, le thème est « Allaiter : une responsabilité partagée ». Un kiosque sera installé dans le hall principal mardi et jeudi de 11 h à 13 h 30.']),
                    ('Nos données', ['Taux d\'allaitement exclusif au congé : %s %% (cible IAB : 75 %%).' % ex,
                                      'Peau-à-peau dans la première heure : %s %% des naissances vaginales.' % fnum(c.r.uniform(80, 95), True),
                                      'Consultations en lactation réalisées cette année : %d.' % c.r.randrange(380, 720)]),
                    ('Le saviez-vous ?', ['La dompéridone n\'est pas un premier recours : l\'évaluation de la prise du sein et la fréquence des tétées restent la base.',
                                           'Le frein de langue n\'explique pas toutes les douleurs aux mamelons; une évaluation complète est recommandée avant une frénotomie.']),
                    ('Quiz', ['Gagnez une carte-cadeau de la cafétéria : répondez au quiz de 5 questions sur l\'intranet avant le 10 octobre.'])]
        subj = c.ch(['Infolettre SMAM 2025', 'Semaine mondiale de l\'allaitement - infolettre', 'L\'Info-Lactation - octobre'])
    else:
        sections = [('World Breastfeeding Week - October 1-7', ['A kiosk will be set up in the main lobby Tuesday and Thursday 11:00-13:30.']),
                    ('Our numbers', ['Exclusive breastfeeding at discharge: %s%% (BFI target 75%%).' % ex,
                                     'Lactation consults this year: %d.' % c.r.randrange(380, 720)]),
                    ('Did you know?', ['Domperidone is not first line: latch assessment and feeding frequency come first.']),
                    ('Quiz', ['Win a cafeteria gift card: answer the 5-question quiz on the intranet by October 10.'])]
        subj = c.ch(['World Breastfeeding Week newsletter', 'Lactation News - October'])
    h = ['<html><head><meta http-equiv="Content-Type" content="text/html"></head><body style="font-family:Georgia,serif;background:#f7f3ee">',
         '<table width="640" align="center" cellpadding="12" style="background:#ffffff">',
         '<tr><td style="background:#7a9e7e;color:#fff;font-size:20pt">%s</td></tr>' % htmlmod.escape(subj)]
    t = [subj, '']
    for title, paras in sections:
        h.append('<tr><td><h2 style="color:#4b6b4f">%s</h2>%s</td></tr>' % (htmlmod.escape(title), ''.join('<p>%s</p>' % htmlmod.escape(p) for p in paras)))
        t += [title.upper(), ''] + paras + ['']
    h.append('<tr><td style="font-size:9pt;color:#777">%s<br>%s<br>%s</td></tr></table></body></html>' % (
        htmlmod.escape(S('marcoux').name + ', IBCLC - ' + S('goldberg').name + ', IBCLC'), htmlmod.escape(HOSP_FR), HOSP_TEL + ' poste 4550'))
    return mk(c, snd, team_list(c), subj, '\n'.join(t), html='\n'.join(h), structure=c.ch(['html', 'alt']), note='breastfeeding week newsletter')


SUPPLIES = [('Électrodes de scalp fœtal', 'Fetal scalp electrodes'), ('Sonde de Foley 16 Fr', 'Foley catheter 16 Fr'),
            ('Ballonnet de maturation cervicale', 'Cervical ripening balloon'), ('Pinces de cordon ombilical', 'Umbilical cord clamps'),
            ('Tubulures pompe volumétrique', 'Infusion pump tubing'), ('Trousse péridurale 18G', 'Epidural kit 18G'),
            ('Ventouse obstétricale jetable', 'Disposable vacuum extractor'), ('Téterelles 24 mm', 'Breast shields 24 mm'),
            ('Lancettes talon néonatal', 'Neonatal heel lancets'), ('Cartes de dépistage néonatal', 'Newborn screening cards'),
            ('Champ stérile césarienne', 'Caesarean drape'), ('Sacs collecteurs HPP gradués', 'Graduated PPH drapes')]


def lot_like(c):
    k = c.r.randrange(4)
    if k == 0:
        return ''.join(c.r.choice('ABCDEFGHJKLMNPRSTUVWXZ') for _ in range(4)) + '%02d%02d%04d' % (c.r.randrange(20, 27), c.r.randrange(1, 63), c.r.randrange(10000))
    if k == 1:
        return luhn_complete(c.r, str(c.r.randrange(1, 8)), 9)
    if k == 2:
        return '%s-%04d-%s' % (c.date.strftime('%y%m'), c.r.randrange(10000), c.ch('ABCDEFG'))
    return luhn_complete(c.r, str(c.r.randrange(1, 10)), 10)


def n_supply_order(c):
    snd = c.ch([S('lemieux'), S('hamelin'), S('proulx')])
    po = '45%08d' % c.r.randrange(10 ** 8)
    rows = [c.t(['Code article', 'Description', 'Qté', 'Lot', 'Exp.'], ['Item code', 'Description', 'Qty', 'Lot', 'Exp.'])]
    for it in c.r.sample(SUPPLIES, c.r.randrange(4, 8)):
        rows.append(['%07d' % c.r.randrange(10 ** 7), it[0] if c.fr else it[1], str(c.r.randrange(2, 60)), lot_like(c),
                     (c.date.date() + dt.timedelta(days=c.r.randrange(200, 1200))).strftime('%Y-%m')])
    intro = c.t('Commande %s reçue partiellement au magasin. Merci de vérifier les numéros de lot à la réception (rappel Santé Canada possible sur le lot de ballonnets).',
                'PO %s partially received. Please check lot numbers on receipt (possible Health Canada recall on the balloon lot).') % po
    mode = c.ch(['body', 'csv', 'xlsx', 'pdf'])
    atts = []
    body = intro
    if mode == 'body':
        body += '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    elif mode == 'csv':
        atts.append(Att('BC_%s.csv' % po, 'text/csv', make_csv(rows, ';' if c.fr else ','), charset='utf-8', cte=c.ch(['base64', 'quoted-printable'])))
    elif mode == 'xlsx':
        atts.append(Att('commande_%s.xlsx' % po, XLSX_MIME, make_xlsx([('Commande', rows)])))
    else:
        atts.append(doc_att(c, 'pdf', c.t('Bon de commande ', 'Purchase order ') + po, [c.t('Fournisseur : MédiSource Canada inc.', 'Vendor: MediSource Canada Inc.'), c.t('Centre de coût : 7120-UN', 'Cost centre: 7120-LD'), ''], 'BC_' + po, table=rows))
    subj = c.ch([c.t('Commande %s - réception partielle', 'PO %s - partial receipt') % po, c.t('Lots à vérifier', 'Lots to check'),
                 c.t('Réapprovisionnement UN', 'L&D restock')])
    return mk(c, snd, [S('hamelin') if snd != S('hamelin') else S('lemieux'), ('Magasin central', 'magasin@' + DOM)], subj,
              greet(c) + '\n\n' + body + '\n' + signature(snd, c), atts=atts, note='supply order with lot numbers')


def n_midwife_schedule(c):
    snd = c.ch([S('desjardins'), S('aubin'), S('proulx')])
    mids = ['Amélie Brisebois', 'Kathleen O\'Reilly', 'Valérie Desjardins', 'Sophie Lachapelle', 'Jessica Moreau-Dion']
    start = c.date.date() + dt.timedelta(days=(7 - c.date.weekday()) % 7 + 7)
    rows = [c.t(['Date', 'Jour (8h-20h)', 'Nuit (20h-8h)', 'Garde 2e appel', 'Téléavertisseur'], ['Date', 'Day (8-20)', 'Night (20-8)', '2nd call', 'Pager'])]
    for i in range(14):
        d = start + dt.timedelta(days=i)
        a, b, cc = c.r.sample(mids, 3)
        rows.append([d.isoformat(), a, b, cc, '450 555-01%02d' % c.r.randrange(100)])
    body = c.t('Voici l\'horaire de garde des sages-femmes pour les deux prochaines semaines. Les échanges doivent être approuvés par Valérie avant le vendredi.',
               'Midwife on-call schedule for the next two weeks attached. Swaps must be approved by Valérie before Friday.')
    atts = []
    if c.p(0.6):
        atts.append(Att('horaire_SF_%s.xlsx' % start.strftime('%Y%m%d'), XLSX_MIME, make_xlsx([('Horaire', rows)])))
    else:
        body += '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    if c.p(0.4):
        body += '\n\n' + c.t('Rappel : Sophie est en congé de maladie jusqu\'au %s, remplacée par Jessica.', 'Reminder: Sophie is on sick leave until %s, covered by Jessica.') % c.ds(start + dt.timedelta(days=5))
    subj = c.ch([c.t('Horaire de garde SF', 'Midwife on-call schedule'), c.t('Horaire sages-femmes - 2 semaines', 'Midwife schedule - 2 weeks')])
    return mk(c, snd, [('Sages-femmes', 'sages-femmes@' + DOM)], subj, greet(c) + '\n\n' + body + '\n' + signature(snd, c), atts=atts, note='midwife schedule')


def n_equipment(c):
    snd = c.ch([('Génie biomédical', 'genie.biomedical@' + DOM), S('hamelin'), S('proulx')])
    items = [(c.t('Moniteur fœtal', 'Fetal monitor'), 'FM-4200'), (c.t('Incubateur de transport', 'Transport incubator'), 'TI-77'),
             (c.t('Table radiante', 'Radiant warmer'), 'RW-3'), (c.t('Pompe volumétrique', 'Infusion pump'), 'IP-8015'),
             (c.t('Échographe portable', 'Portable ultrasound'), 'SonoLite P9'), (c.t('Bilirubinomètre transcutané', 'Transcutaneous bilirubinometer'), 'JM-105')]
    rows = [c.t(['Appareil', 'Modèle', 'No série', 'Actif', 'Local', 'Entretien'], ['Device', 'Model', 'Serial #', 'Asset', 'Room', 'PM due'])]
    for it in c.r.sample(items, c.r.randrange(3, 6)):
        rows.append([it[0], it[1], lot_like(c), 'GBM-%06d' % c.r.randrange(10 ** 6), c.ch(['UN-204', 'UN-211', c.t('Pouponnière', 'Nursery'), 'PP-3', c.t('Triage', 'Triage')]),
                     (c.date.date() + dt.timedelta(days=c.r.randrange(3, 30))).isoformat()])
    body = c.t('Entretien préventif planifié pour les appareils suivants. Merci de les rendre disponibles (ou de nous aviser si un appareil est en utilisation auprès d\'une patiente).',
               'Preventive maintenance scheduled for the following devices. Please make them available.')
    body += '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    recall = c.p(0.5)
    if recall:
        body += '\n\n' + c.t('Avis de rappel fabricant : les sondes de tocographie du lot %s doivent être retirées (fissures du boîtier). Aucun incident rapporté chez nous.',
                             'Manufacturer recall: toco transducers from lot %s must be removed (housing cracks). No incident reported here.') % lot_like(c)
    subj = c.ch([c.t('Entretien préventif - mère-enfant', 'PM - mother-child unit'), c.t('Appareils à libérer', 'Devices to release')]
                + ([c.t('Rappel fabricant sondes toco', 'Toco transducer recall')] * 2 if recall else []))
    sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nGénie biomédical\n' + HOSP_TEL + ' poste 2600'
    return mk(c, snd, [S('hamelin') if snd != S('hamelin') else S('proulx'), UN], subj, greet(c) + '\n\n' + body + '\n' + sig, note='equipment maintenance with serial/asset numbers')


def n_training(c):
    snd = c.ch([S('archambault'), S('proulx'), S('benali')])
    kind = c.ch(['prn', 'sim', 'rounds', 'sf'])
    d = c.date.date() + dt.timedelta(days=c.r.randrange(7, 45))
    if c.fr:
        if kind == 'prn':
            L = ['Recertification PRN (Programme de réanimation néonatale) - 9e édition',
                 'Sessions : %s et %s, 8 h 30 à 12 h, salle de simulation (B-114).' % (dfr(d), dfr(d + dt.timedelta(days=7))),
                 'Instructrices : Dre Marie-Pier Lanctôt et %s.' % c.ch(EXTRA_STAFF_NAMES),
                 'Préalable : examen en ligne réussi (conserver le certificat). Les infirmières dont la carte expire avant le 31 mars sont prioritaires.']
        elif kind == 'sim':
            L = ['Simulation in situ - urgences obstétricales',
                 'Scénarios : hémorragie post-partum (protocole 4 T, carbétocine, acide tranexamique), dystocie des épaules, éclampsie (sulfate de magnésium).',
                 'Date : %s, 13 h, salle d\'accouchement 212 (fermée pendant 2 h).' % dfr(d),
                 'Les scénarios sont fictifs; aucune donnée de patiente réelle n\'est utilisée.']
        elif kind == 'rounds':
            L = ['Conférence scientifique du département d\'obstétrique-gynécologie',
                 '%s, 12 h - Dre Nadia Khoury : « Prééclampsie : nouveautés 2025 sur l\'aspirine et le ratio sFlt-1/PlGF »' % dfr(d),
                 '%s, 12 h - Dre Émilie Tremblay-St-Onge : « Endométriose profonde : quand opérer ? »' % dfr(d + dt.timedelta(days=14)),
                 '%s, 12 h - Dr Alain Tessier (CHU) : « Hypoglycémie néonatale : seuils et gel de dextrose »' % dfr(d + dt.timedelta(days=28)),
                 'Lunch offert. Activité reconnue : 1 h de formation continue (catégorie A).']
        else:
            L = ['Formation surveillance fœtale (ALARM / interprétation du tracé)',
                 'Deux jours, %s et %s, au centre de formation (Saint-Jérôme). Frais d\'inscription assumés par le service (budget 7120-FORM).' % (dfr(d), dfr(d + dt.timedelta(days=1))),
                 'Maximum 6 places pour les sages-femmes et 8 pour les infirmières. Inscription auprès de Chloé Archambault avant le %s.' % dshort_fr(d - dt.timedelta(days=10))]
        subj = {'prn': 'Recertification PRN', 'sim': 'Simulation urgences obstétricales', 'rounds': 'Conférences scientifiques - calendrier', 'sf': 'Formation surveillance fœtale'}[kind]
    else:
        if kind == 'prn':
            L = ['NRP recertification (9th edition)', 'Sessions: %s and %s, 8:30-12:00, simulation lab B-114.' % (den(d), den(d + dt.timedelta(days=7))),
                 'Instructors: Dr. Marie-Pier Lanctôt and %s.' % c.ch(EXTRA_STAFF_NAMES), 'Online exam must be completed beforehand.']
        elif kind == 'sim':
            L = ['In-situ simulation - obstetric emergencies', 'Scenarios: PPH (4 Ts, carbetocin, TXA), shoulder dystocia, eclampsia (magnesium sulfate).',
                 'Date: %s, 13:00, delivery room 212.' % den(d), 'All scenarios are fictional.']
        elif kind == 'rounds':
            L = ['OB-GYN Grand Rounds', '%s, noon - Dr. Nadia Khoury: "Preeclampsia: 2025 update on aspirin and sFlt-1/PlGF"' % den(d),
                 '%s, noon - Dr. Stephen Whitmore: "Managing the short cervix"' % den(d + dt.timedelta(days=14)), 'Lunch provided.']
        else:
            L = ['Fetal health surveillance course', 'Two days, %s and %s. Registration fees covered by the department.' % (den(d), den(d + dt.timedelta(days=1)))]
        subj = {'prn': 'NRP recertification', 'sim': 'Obstetric emergency simulation', 'rounds': 'Grand Rounds schedule', 'sf': 'Fetal surveillance course'}[kind]
    atts = []
    if c.p(0.25):
        slides = doc_att(c, 'pdf', L[0], L[1:] + ['', c.t('Matériel de formation - usage interne', 'Training material - internal use')], c.t('programme_formation', 'course_outline'))
        pre = doc_att(c, 'docx', c.t('Prétest', 'Pre-test'), [c.t('1. Quelle est la fréquence cardiaque fœtale normale ?', '1. What is the normal fetal heart rate?'),
                                                             c.t('2. Dose de carbétocine en prévention de l\'HPP ?', '2. Carbetocin dose for PPH prevention?')], c.t('pretest', 'pretest'))
        atts.append(Att(c.t('trousse_formation.zip', 'training_kit.zip'), 'application/zip', make_zip([(slides.filename, slides.data), (pre.filename, pre.data)])))
    if c.p(0.3):
        atts.append(Att('invitation.ics', 'text/calendar; method=REQUEST',
                        make_ics('%x@agenda.%s' % (c.r.getrandbits(40), DOM), c.date.astimezone(dt.timezone.utc), dt.datetime.combine(d, dt.time(12, 0)),
                                 dt.datetime.combine(d, dt.time(13, 0)), L[0], 'Amphithéâtre A', '\n'.join(L[1:]), A(snd), []), charset='utf-8', cte='base64'))
    return mk(c, snd, team_list(c), subj, greet(c) + '\n\n' + '\n'.join(L) + '\n' + signature(snd, c), atts=atts, note='training / speakers and topics')


def n_parking(c):
    snd = ('Service de stationnement', 'stationnement@' + DOM)
    d = c.date.date() + dt.timedelta(days=c.r.randrange(3, 20))
    if c.fr:
        k = c.r.randrange(3)
        L = [['Travaux de réfection du stationnement P3 (employés)', 'Renouvellement des vignettes de stationnement', 'Déneigement - stationnement P1 et P2'][k],
             'À compter du %s, les détenteurs de vignettes P3 devront utiliser le stationnement incitatif de la rue des Pionniers (navette aux 15 min entre 6 h et 8 h, et de 18 h à 20 h).' % dfr(d),
             'Les places réservées aux futurs parents (zone rose, près de l\'entrée de l\'unité des naissances) demeurent accessibles en tout temps.',
             'Tarif mensuel employé : %s $ (prélèvement à la paie, code 0447).' % fnum(c.r.choice([52.5, 58.0, 61.25]), True, 2),
             'Pour toute question : %s, poste 2100.' % HOSP_TEL]
        subj = c.ch(['Stationnement - avis important', ['Travaux P3', 'Vignettes 2025-2026', 'Déneigement P1-P2'][k]])
    else:
        k = c.r.randrange(3)
        L = [['Staff parking lot P3 repairs', 'Parking permit renewal', 'Snow removal - lots P1 and P2'][k],
             'Starting %s, P3 permit holders must use the park-and-ride on rue des Pionniers (shuttle every 15 min).' % den(d),
             'Expectant-parent spots near the birthing unit entrance remain available.',
             'Monthly staff rate: $%s (payroll deduction, code 0447).' % c.r.choice(['52.50', '58.00', '61.25'])]
        subj = c.ch(['Parking - important notice', ['P3 repairs', 'Parking permits 2025-2026', 'Snow removal'][k]])
    return mk(c, snd, [('Tout le personnel', 'tous@' + DOM)], subj, '\n\n'.join(L) + '\n\n--\nService de stationnement\n' + HOSP_FR, note='parking notice')


def n_committee(c):
    snd = c.ch([S('aubin'), S('courchesne'), S('benali')])
    d = c.date.date() + dt.timedelta(days=c.r.randrange(5, 25))
    com = c.ch([c.t('Comité de périnatalité', 'Perinatal committee'), c.t('Comité de revue de la mortalité et morbidité périnatales', 'Perinatal M&M committee'),
                c.t('Comité de pharmacologie - volet mère-enfant', 'Pharmacy & therapeutics - maternal-child'), c.t('Comité IAB (Initiative Amis des bébés)', 'Baby-Friendly Initiative committee')])
    if c.fr:
        L = ['%s - convocation' % com, 'Date : %s, 12 h à 13 h 30, salle du conseil (A-301) et Teams.' % dfr(d), '', 'Ordre du jour :',
             '1. Adoption du procès-verbal du %s' % dshort_fr(d - dt.timedelta(days=35)),
             '2. Revue des indicateurs du trimestre : %d HPP > 1500 mL, %d transferts in utero vers le CHU, %d déchirures du 3e/4e degré' % (c.r.randrange(1, 6), c.r.randrange(1, 9), c.r.randrange(1, 7)),
             '3. Mise à jour du protocole d\'induction (misoprostol oral 25 µg) - Dre Isabelle Vachon-Laroche',
             '4. Retour sur l\'audit des ordonnances de sulfate de magnésium (conformité %s %%)' % fnum(c.r.uniform(80, 97), True),
             '5. Varia', '', 'Les cas seront présentés de façon anonymisée; prière de ne pas apporter de copies papier des dossiers.']
        subj = c.ch(['Convocation - %s' % com, 'ODJ %s' % com, '%s - %s' % (com, dshort_fr(d))])
    else:
        L = ['%s - meeting notice' % com, 'Date: %s, 12:00-13:30, boardroom A-301 and Teams.' % den(d), '', 'Agenda:',
             '1. Approval of minutes', '2. Quarterly indicators: %d PPH > 1500 mL, %d in-utero transfers to CHU' % (c.r.randrange(1, 6), c.r.randrange(1, 9)),
             '3. Induction protocol update (oral misoprostol 25 mcg) - Dr. Isabelle Vachon-Laroche', '4. Other business', '',
             'Cases will be presented de-identified.']
        subj = c.ch(['Meeting notice - %s' % com, 'Agenda - %s' % com])
    atts = []
    if c.p(0.35):
        atts.append(doc_att(c, 'docx', c.t('Ordre du jour', 'Agenda'), L, c.t('ODJ_', 'agenda_') + d.strftime('%Y%m%d')))
    return mk(c, snd, [('Membres du comité', 'comite.perinatalite@' + DOM)], subj, greet(c) + '\n\n' + '\n'.join(L) + '\n' + signature(snd, c), atts=atts, note='committee notice with aggregates')


def n_teaching_case(c):
    snd = c.ch([S('khoury'), S('pilon'), S('archambault'), S('whitmore')])
    age = c.r.randrange(24, 41)
    w = c.r.randrange(30, 39)
    if c.fr:
        L = ['Cas clinique du mois (anonymisé) - pour la discussion de jeudi', '',
             'Patiente de %d ans, G2P1, %d SA, consulte au triage pour céphalée et vision embrouillée. TA 164/104. Protéinurie 3+ à la bandelette.' % (age, w),
             'Plaquettes 96, ALT 142, LDH 690.', '',
             'Questions :', '1. Quel est votre diagnostic différentiel ?', '2. Quelle dose de sulfate de magnésium ?',
             '3. Quel antihypertenseur en première intention (labétalol IV vs nifédipine PO) ?', '4. Moment et mode d\'accouchement ?', '',
             'Les détails permettant d\'identifier la patiente ont été retirés. Réponses à la réunion.']
        subj = c.ch(['Cas clinique du mois', 'Cas pour discussion - résidents', 'Quiz clinique'])
    else:
        L = ['Teaching case of the month (de-identified)', '',
             'A %d-year-old G2P1 at %d weeks presents to triage with headache and blurred vision. BP 164/104, urine protein 3+.' % (age, w),
             'Platelets 96, ALT 142, LDH 690.', '', 'Questions:', '1. Differential diagnosis?', '2. Magnesium sulfate dosing?',
             '3. First-line antihypertensive?', '4. Timing and mode of delivery?', '', 'All identifying details removed.']
        subj = c.ch(['Case of the month', 'Teaching case - residents'])
    atts = []
    if c.p(0.4):
        atts.append(doc_att(c, c.ch(['pdf', 'docx']), L[0], L[2:], c.t('cas_clinique_', 'teaching_case_') + c.date.strftime('%Y%m')))
    return mk(c, snd, [('Résidents et externes', 'residents.obgyn@' + DOM)], subj, greet(c) + '\n\n' + '\n'.join(L) + '\n' + signature(snd, c), atts=atts, note='anonymised teaching case')


def n_protocol_update(c):
    snd = c.ch([S('archambault'), S('benali'), ('Pharmacie - mère-enfant', 'pharmacie.me@' + DOM)])
    oc = 'OC-OBS-%03d' % c.r.randrange(1, 60)
    topic = c.ch(['oxy', 'sgb', 'hpp', 'rh'])
    if c.fr:
        T = {'oxy': ['Protocole d\'oxytocine - révision %s' % oc, 'Dilution standard : 30 UI dans 500 mL NaCl 0,9 % (60 mU/mL).',
                     'Début 2 mU/min, augmentation de 2 mU/min q30 min, maximum 20 mU/min sans avis médical.'],
             'sgb': ['Prophylaxie du SGB - ordonnance collective %s' % oc, 'Pénicilline G 5 M U IV, puis 2,5 M U IV q4h jusqu\'à l\'accouchement.',
                     'Allergie non sévère : céfazoline 2 g IV puis 1 g q8h. Allergie sévère : clindamycine si souche sensible, sinon vancomycine.'],
             'hpp': ['Trousse HPP - nouveau contenu', 'Carbétocine 100 µg IV en prévention lors des césariennes.',
                     'Acide tranexamique 1 g IV dans les 3 h suivant l\'accouchement si HPP, répéter x1 au besoin.', 'Misoprostol 800 µg et carboprost 250 µg IM ajoutés au tiroir 2.'],
             'rh': ['Immunoglobuline anti-D - rappel', 'WinRho 300 µg IM à 28 SA chez toutes les personnes Rh négatif non sensibilisées.',
                    'Dose post-partum dans les 72 h si nouveau-né Rh positif; Kleihauer selon le protocole de la banque de sang.']}[topic]
        subj = 'Mise à jour - ' + T[0]
        extra = 'La version signée est disponible dans l\'intranet (Documents cliniques > Mère-enfant). En vigueur le %s.' % dfr(c.date.date() + dt.timedelta(days=14))
    else:
        T = {'oxy': ['Oxytocin protocol - revision %s' % oc, 'Standard dilution: 30 units in 500 mL NS (60 mU/mL).', 'Start 2 mU/min, increase by 2 mU/min q30 min, max 20 mU/min.'],
             'sgb': ['GBS prophylaxis - medical directive %s' % oc, 'Penicillin G 5 million units IV then 2.5 million q4h until delivery.', 'Non-severe allergy: cefazolin 2 g IV then 1 g q8h.'],
             'hpp': ['PPH kit - new contents', 'Carbetocin 100 mcg IV at caesarean.', 'TXA 1 g IV within 3 h of birth if PPH.'],
             'rh': ['Anti-D immunoglobulin reminder', 'WinRho 300 mcg IM at 28 weeks for all non-sensitized Rh-negative patients.']}[topic]
        subj = 'Update - ' + T[0]
        extra = 'Signed version on the intranet. Effective %s.' % den(c.date.date() + dt.timedelta(days=14))
    sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nPharmacie\n' + HOSP_FR
    atts = []
    if c.p(0.4):
        atts.append(doc_att(c, 'pdf', T[0], T[1:] + ['', extra], oc))
    return mk(c, snd, team_list(c), subj, greet(c) + '\n\n' + '\n'.join(T) + '\n\n' + extra + '\n' + sig, atts=atts, note='protocol update with drug doses, no patient')


def n_it_notice(c):
    snd = ('Soutien informatique (TI)', 'soutien.ti@' + DOM)
    d = c.date + dt.timedelta(days=c.r.randrange(2, 10))
    sys_ = c.ch([c.t('système de surveillance fœtale centralisée (OBView)', 'central fetal monitoring system (OBView)'), c.t('dossier clinique informatisé (DCI)', 'electronic health record (EHR)'),
                 c.t('logiciel d\'échographie (PACS obstétrical)', 'obstetric PACS'), c.t('imprimantes de bracelets mère-bébé', 'mother-baby wristband printers')])
    ticket = 'INC%07d' % c.r.randrange(10 ** 7)
    if c.fr:
        L = ['Interruption planifiée : %s' % sys_, 'Quand : %s de 1 h à 4 h 30.' % dfr(d.date()),
             'Pendant l\'arrêt, utiliser les formulaires papier (partogramme, feuille de surveillance fœtale) et les saisir au retour du système.',
             'Les tracés seront conservés localement sur chaque moniteur et synchronisés automatiquement.',
             'Billet de référence : %s. Urgence TI : poste 2999.' % ticket,
             'Rappel : le TI ne vous demandera jamais votre mot de passe par courriel. Signalez tout courriel suspect à securite@%s.' % DOM]
        subj = c.ch(['Interruption planifiée - %s' % sys_, 'Maintenance TI - %s' % dshort_fr(d.date()), 'Avis TI : arrêt de service'])
    else:
        L = ['Planned outage: %s' % sys_, 'When: %s, 01:00-04:30.' % den(d.date()), 'Use paper downtime forms and back-enter afterwards.',
             'Reference ticket: %s. IT emergency: ext. 2999.' % ticket, 'Reminder: IT will never ask for your password by e-mail.']
        subj = c.ch(['Planned outage - %s' % sys_, 'IT maintenance notice'])
    return mk(c, snd, team_list(c), subj, '\n\n'.join(L) + '\n\n--\nSoutien TI / IT support', note='IT downtime notice')


def n_job_posting(c):
    snd = ('Ressources humaines - dotation', 'dotation@' + DOM)
    num = '2025-ME-%03d' % c.r.randrange(1, 200)
    job = c.ch([(c.t('Infirmière clinicienne - unité des naissances', 'Clinical nurse - birthing unit'), 'échelle 1911'),
                (c.t('Sage-femme - équipe de la maison de naissance', 'Midwife - birth centre team'), 'échelle SF'),
                (c.t('Consultante en lactation IBCLC (2 jours/sem.)', 'IBCLC lactation consultant (2 days/week)'), 'échelle 1907'),
                (c.t('Travailleuse sociale - périnatalité', 'Social worker - perinatal'), 'échelle 1550'),
                (c.t('Agente administrative classe 2 - clinique prénatale', 'Admin officer class 2 - prenatal clinic'), 'échelle 5311')])
    if c.fr:
        L = ['Affichage interne et externe no %s' % num, 'Titre d\'emploi : %s' % job[0], 'Statut : temps complet permanent, rotation jour/soir/nuit',
             'Salaire : selon %s (de %s $ à %s $ l\'heure)' % (job[1], fnum(c.r.uniform(27, 34), True, 2), fnum(c.r.uniform(45, 56), True, 2)),
             'Exigences : permis d\'exercice valide; formation PRN et surveillance fœtale un atout.',
             'Date limite : %s. Postuler en ligne (référence %s).' % (dfr(c.date.date() + dt.timedelta(days=21)), num)]
        subj = 'Affichage %s - %s' % (num, job[0])
    else:
        L = ['Posting %s' % num, 'Position: %s' % job[0], 'Full-time permanent', 'Requirements: valid licence; NRP an asset.',
             'Deadline: %s.' % den(c.date.date() + dt.timedelta(days=21))]
        subj = 'Job posting %s - %s' % (num, job[0])
    return mk(c, snd, team_list(c), subj, '\n'.join(L) + '\n\n--\nDotation / Staffing\n' + HOSP_FR, note='job posting')


def n_hr_preventive(c):
    snd = c.ch([S('vezina'), S('courchesne'), S('hamelin')])
    who = c.ch(['Karine Lafrenière', 'Catherine Beaudry', 'Kim Nolin', 'Émilie Desautels', 'Noémie Gervais', 'Laura Bianchi'])
    d = c.date.date() + dt.timedelta(days=c.r.randrange(3, 15))
    kind = c.ch(['retrait', 'retour', 'conge'])
    if c.fr:
        if kind == 'retrait':
            L = ['Dans le cadre du programme Pour une maternité sans danger, %s (infirmière, unité des naissances) sera réaffectée à compter du %s.' % (who, dfr(d)),
                 'Tâches permises : enseignement prénatal et suivi téléphonique; aucune exposition aux agents infectieux ni travail de nuit.',
                 'Le certificat visant le retrait préventif a été reçu au bureau de santé au travail (dossier employé ST-%05d).' % c.r.randrange(10 ** 5),
                 'Merci d\'ajuster l\'horaire en conséquence.']
            subj = 'Réaffectation - maternité sans danger'
        elif kind == 'retour':
            L = ['%s effectuera un retour progressif au travail à compter du %s (3 jours/sem., quarts de jour).' % (who, dfr(d)),
                 'Les restrictions fonctionnelles sont au dossier de santé au travail; aucun détail médical ne doit être inscrit à l\'horaire.']
            subj = 'Retour progressif - ' + who
        else:
            L = ['%s sera en congé de maternité à compter du %s; retour prévu à l\'automne.' % (who, dfr(d)),
                 'Le poste sera comblé par affichage temporaire (voir affichage 2025-ME-%03d).' % c.r.randrange(1, 200)]
            subj = 'Congé de maternité - remplacement'
    else:
        if kind == 'retrait':
            L = ['Under the Safe Maternity program, %s (RN, birthing unit) will be reassigned as of %s.' % (who, den(d)),
                 'Permitted duties: prenatal teaching and phone follow-up; no night shifts.', 'Please adjust the schedule.']
            subj = 'Reassignment - safe maternity program'
        elif kind == 'retour':
            L = ['%s will begin a gradual return to work on %s (3 days/week, day shifts).' % (who, den(d)), 'Functional restrictions are on file with occupational health.']
            subj = 'Gradual return - ' + who
        else:
            L = ['%s will be on maternity leave as of %s.' % (who, den(d)), 'A temporary posting will be issued.']
            subj = 'Maternity leave - replacement'
    return mk(c, snd, [S('proulx'), S('hamelin') if snd != S('hamelin') else S('courchesne')], subj,
              greet(c) + '\n\n' + '\n'.join(L) + '\n' + signature(snd, c, disclaimer=True), note='HR / staff occupational health')


def n_invoice_po(c):
    snd = c.ch([('Comptes fournisseurs - MédiSource Canada', 'ar@medisource.example'), ('NeoCare Distribution - facturation', 'billing@neocare.example'),
                ('BioFœtal Instruments', 'factures@biofoetal.example')])
    inv = 'F-%06d' % c.r.randrange(10 ** 6)
    po = '45%08d' % c.r.randrange(10 ** 8)
    amt = c.r.uniform(800, 24000)
    tps = amt * 0.05
    tvq = amt * 0.09975
    if c.fr:
        L = ['Veuillez trouver ci-joint la facture %s relative au bon de commande %s.' % (inv, po),
             'Sous-total : %s $' % fnum(amt, True, 2), 'TPS (no 81234 5678 RT0001) : %s $' % fnum(tps, True, 2),
             'TVQ (no 1219876543 TQ0001) : %s $' % fnum(tvq, True, 2), 'Total : %s $' % fnum(amt + tps + tvq, True, 2),
             'Modalités : net 30 jours. Virement : institution 815, transit 30123, compte 0041587.']
        subj = 'Facture %s - BC %s' % (inv, po)
    else:
        L = ['Please find attached invoice %s for PO %s.' % (inv, po), 'Subtotal: $%.2f' % amt, 'GST (81234 5678 RT0001): $%.2f' % tps,
             'QST (1219876543 TQ0001): $%.2f' % tvq, 'Total: $%.2f' % (amt + tps + tvq), 'Terms: net 30.']
        subj = 'Invoice %s - PO %s' % (inv, po)
    rows = [['Article', 'Qté', 'Prix unit.', 'Lot']] + [[it[0] if c.fr else it[1], str(c.r.randrange(1, 40)), fnum(c.r.uniform(3, 400), c.fr, 2), lot_like(c)] for it in c.r.sample(SUPPLIES, 3)]
    atts = [doc_att(c, 'pdf', c.t('Facture ', 'Invoice ') + inv, L, inv, table=rows)]
    return mk(c, snd, [('Comptes payables', 'comptes.payables@' + DOM)], subj, greet(c) + '\n\n' + '\n'.join(L) + '\n\n--\n' + snd[0], atts=atts, note='supplier invoice')


def n_blank_form(c):
    snd = c.ch([S('aubin'), S('archambault'), ARCHIVES])
    form = c.ch([(c.t('Demande d\'échographie obstétricale', 'Obstetric ultrasound requisition'), 'AH-FORM-OB12'),
                 (c.t('Consentement à la césarienne', 'Consent to caesarean section'), 'AH-FORM-OB07'),
                 (c.t('Fiche de liaison périnatale (version 2025)', 'Perinatal liaison form (2025 version)'), 'AH-FORM-PN03'),
                 (c.t('Demande de dépistage prénatal', 'Prenatal screening requisition'), 'AH-FORM-GEN2')])
    fields = [c.t('Nom de l\'usagère : ______________________', 'Patient name: ______________________'),
              c.t('NAM : ____ ____ ____    DDN : ____/____/____', 'RAMQ #: ____ ____ ____    DOB: ____/____/____'),
              c.t('No de dossier : __________', 'Chart #: __________'), c.t('DPA : ____/____/____   AG : ____ SA', 'EDD: ____/____/____   GA: ____ wks'),
              c.t('Indication : [ ] datation [ ] morphologie [ ] croissance [ ] col [ ] autre : ________', 'Indication: [ ] dating [ ] anatomy [ ] growth [ ] cervix [ ] other: ________'),
              c.t('Signature du prescripteur : __________________  No de permis : _______', 'Prescriber signature: __________________  Licence #: _______')]
    att = doc_att(c, c.ch(['pdf', 'docx']), form[0], ['**' + form[1]] + fields, fname_safe(form[1]))
    if c.p(0.35):
        att = Att(c.t('formulaires_vierges.zip', 'blank_forms.zip'), 'application/zip',
                  make_zip([(att.filename, att.data), ('LISEZMOI.txt', c.t('Imprimer recto-verso. Ne pas remplir à l\'écran.', 'Print double-sided.').encode('utf-8'))]))
    body = c.t('La nouvelle version du formulaire « %s » (%s) remplace l\'ancienne à partir de lundi. Merci de détruire les anciennes copies vierges.',
               'The new version of the "%s" form (%s) replaces the old one as of Monday. Please discard old blank copies.') % form
    return mk(c, snd, team_list(c), c.t('Nouveau formulaire - ', 'New form - ') + form[0], greet(c) + '\n\n' + body + '\n' + (signature(snd, c) if isinstance(snd, Staff) else '\n--\nArchives'),
              atts=[att], note='blank form')


def n_physician_directory(c):
    snd = c.ch([S('aubin'), S('bergeron')])
    rows = [c.t(['Médecin', 'Champ d\'intérêt', 'Clinique', 'Poste'], ['Physician', 'Area of interest', 'Clinic', 'Ext.'])]
    for k, foc_fr, foc_en in [('vachon', 'obstétrique générale, diabète de grossesse', 'general obstetrics, diabetes in pregnancy'),
                              ('benali', 'grossesses gémellaires, hypertension', 'twin pregnancy, hypertension'),
                              ('tremblay', 'endométriose, fibromes, chirurgie laparoscopique', 'endometriosis, fibroids, laparoscopic surgery'),
                              ('whitmore', 'col court, prévention de la prématurité', 'short cervix, preterm birth prevention'),
                              ('khoury', 'prééclampsie, lupus et grossesse', 'preeclampsia, lupus in pregnancy'),
                              ('lanctot', 'hypoglycémie néonatale, prématurité tardive', 'neonatal hypoglycaemia, late preterm')]:
        s = S(k)
        rows.append([s.display(), foc_fr if c.fr else foc_en, c.ch(['Clinique externe 2A', 'Clinique GARE', 'Clinique gyn 3B']), s.ext])
    body = c.t('Voici le bottin à jour des médecins du service et leurs champs d\'intérêt, pour orienter les références. Clinique prénatale : %s poste 4400, télécopieur 450 555-0101.',
               'Updated directory of the department\'s physicians and areas of interest, to help with referrals. Prenatal clinic: %s ext. 4400.') % HOSP_TEL
    body += '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    return mk(c, snd, [('GMF de la région', 'gmf.liste@gmf-trn.example')], c.t('Bottin des médecins - obstétrique-gynécologie', 'Physician directory - OB-GYN'),
              greet(c) + '\n\n' + body + '\n' + signature(snd, c), note='physicians with areas of interest')


def n_research(c):
    snd = c.ch([S('khoury'), ('Bureau de la recherche', 'recherche@' + DOM), S('archambault')])
    cer = 'CER-%d-%04d' % (c.date.year, c.r.randrange(10 ** 4))
    study = c.ch([('PROMESSE', c.t('aspirine 162 mg vs 81 mg pour la prévention de la prééclampsie', 'aspirin 162 mg vs 81 mg for preeclampsia prevention')),
                  ('LAIT-DOUX', c.t('gel de dextrose oral et hypoglycémie néonatale', 'oral dextrose gel and neonatal hypoglycaemia')),
                  ('COL-SÛR', c.t('pessaire cervical chez les grossesses à col court', 'cervical pessary for short cervix'))])
    enrolled = c.r.randrange(40, 180)
    if c.fr:
        L = ['Étude %s - %s' % study, 'Approbation du comité d\'éthique de la recherche : %s (renouvelée jusqu\'au %s).' % (cer, dfr(c.date.date() + dt.timedelta(days=365))),
             'Recrutement : %d participantes sur 240 visées (%d %%). Merci à toute l\'équipe de la clinique prénatale !' % (enrolled, enrolled * 100 // 240),
             'Critères d\'inclusion : grossesse unique, 11 à 14 SA, facteur de risque élevé. Les affiches sont dans les salles d\'examen.',
             'Coordonnatrice de recherche : %s, poste 4395.' % c.ch(EXTRA_STAFF_NAMES)]
        subj = 'Étude %s - mise à jour du recrutement' % study[0]
    else:
        L = ['%s study - %s' % study, 'REB approval %s.' % cer, 'Enrolment: %d of 240 (%d%%). Thank you!' % (enrolled, enrolled * 100 // 240),
             'Inclusion: singleton, 11-14 weeks, high-risk factor.']
        subj = '%s study - recruitment update' % study[0]
    sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nBureau de la recherche'
    return mk(c, snd, team_list(c), subj, greet(c) + '\n\n' + '\n'.join(L) + '\n' + sig, note='research study update, aggregate enrolment')


def n_pharmacy_shortage(c):
    snd = ('Pharmacie - approvisionnement', 'pharmacie.appro@' + DOM)
    drug = c.ch([('carboprost trométhamine 250 µg/mL (Hemabate)', '0' + '%07d' % c.r.randrange(10 ** 7), 'misoprostol 800 µg IR ou acide tranexamique'),
                 ('oxytocine 10 UI/mL', '0' + '%07d' % c.r.randrange(10 ** 7), 'carbétocine pour les césariennes seulement'),
                 ('dinoprostone insert vaginal 10 mg', '0' + '%07d' % c.r.randrange(10 ** 7), 'misoprostol oral 25 µg ou ballonnet'),
                 ('immunoglobuline anti-D 300 µg', '0' + '%07d' % c.r.randrange(10 ** 7), 'gestion des doses par la banque de sang')])
    if c.fr:
        L = ['Avis de rupture d\'approvisionnement', 'Produit : %s, DIN %s' % (drug[0], drug[1]),
             'Durée estimée : %d semaines (fournisseur).' % c.r.randrange(3, 12), 'Solution de rechange : %s.' % drug[2],
             'Inventaire actuel : %d unités (magasin) + %d (pharmacie satellite UN).' % (c.r.randrange(5, 40), c.r.randrange(2, 12)),
             'Merci de ne pas constituer de réserves au poste.']
        subj = 'Rupture - ' + drug[0].split(' (')[0]
    else:
        L = ['Drug shortage notice', 'Product: %s, DIN %s' % (drug[0], drug[1]), 'Estimated duration: %d weeks.' % c.r.randrange(3, 12),
             'Alternative: %s.' % drug[2], 'Please do not stockpile on the unit.']
        subj = 'Shortage - ' + drug[0].split(' (')[0]
    return mk(c, snd, team_list(c), subj, '\n'.join(L) + '\n\n--\nPharmacie\n' + HOSP_TEL + ' poste 2400', note='drug shortage notice with DIN')


def n_infection_control(c):
    snd = ('Prévention et contrôle des infections', 'pci@' + DOM)
    if c.fr:
        L = [c.ch(['Saison respiratoire - consignes pour l\'unité mère-enfant', 'Bilan PCI du trimestre - secteur mère-enfant']),
             'Taux d\'hygiène des mains (audits) : %s %% à l\'unité des naissances, %s %% au post-partum.' % (fnum(c.r.uniform(70, 92), True), fnum(c.r.uniform(70, 92), True)),
             '%d cas de SARM colonisation et %d infection de plaie de césarienne ont été recensés ce trimestre (aucune éclosion).' % (c.r.randrange(0, 4), c.r.randrange(1, 6)),
             'Visiteurs : 2 personnes à la fois; les frères et sœurs de moins de 12 ans sont admis s\'ils sont asymptomatiques.',
             'Vaccination VRS : le nirsévimab est offert aux nouveau-nés avant le congé selon le programme provincial (novembre à mars).',
             'Masque obligatoire pour le personnel présentant des symptômes respiratoires.']
        subj = c.ch(['PCI - consignes saison respiratoire', 'Bilan PCI mère-enfant', 'Visiteurs - mise à jour'])
    else:
        L = ['Respiratory season - maternal-child unit', 'Hand hygiene compliance: %s%% L&D, %s%% postpartum.' % (round(c.r.uniform(70, 92), 1), round(c.r.uniform(70, 92), 1)),
             '%d caesarean wound infections this quarter (no outbreak).' % c.r.randrange(1, 6), 'Visitors: 2 at a time; siblings under 12 allowed if symptom-free.',
             'RSV: nirsevimab offered to newborns before discharge (November-March).']
        subj = c.ch(['IPAC - respiratory season', 'IPAC quarterly summary'])
    return mk(c, snd, team_list(c), subj, '\n\n'.join(L) + '\n\n--\nPCI / IPAC', note='infection control aggregates')


def n_donor_milk(c):
    snd = c.ch([S('fraser'), S('grondin'), ('Lactarium Boréal', 'commandes@lactarium-boreal.example')])
    rows = [c.t(['Lot de pool', 'Volume (mL)', 'Flacons', 'Pasteurisé le', 'Exp.'], ['Pool lot', 'Volume (mL)', 'Bottles', 'Pasteurized', 'Exp.'])]
    for _ in range(c.r.randrange(3, 6)):
        pdate = c.date.date() - dt.timedelta(days=c.r.randrange(10, 90))
        rows.append(['LP-%s-%05d' % (pdate.strftime('%y'), c.r.randrange(10 ** 5)), str(c.r.choice([50, 100, 100, 200])), str(c.r.randrange(10, 40)),
                     pdate.isoformat(), (pdate + dt.timedelta(days=365)).isoformat()])
    body = c.t('Réception de lait maternel pasteurisé de donneuses pour la pouponnière (niveau 2). Les lots suivants sont entrés au congélateur -20 °C (no actif GBM-%06d) :',
               'Pasteurized donor human milk received for the level 2 nursery. The following lots were placed in freezer -20 C (asset GBM-%06d):') % c.r.randrange(10 ** 6)
    body += '\n\n' + '\n'.join(' | '.join(r) for r in rows)
    body += '\n\n' + c.t('Rappel : la traçabilité par lot se fait dans le registre du congélateur; aucune information sur les donneuses ne nous est transmise.',
                         'Reminder: lot traceability is in the freezer log; no donor information is shared with us.')
    sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nLactarium Boréal - service aux établissements'
    return mk(c, snd, [S('hamelin'), S('lanctot')], c.ch([c.t('Réception lait de donneuses', 'Donor milk received'), c.t('Lots LMD reçus', 'DHM lots received')]),
              greet(c) + '\n\n' + body + '\n' + sig, note='donor milk lots')


def n_quality_audit(c):
    snd = c.ch([S('archambault'), S('courchesne')])
    rows = [c.t(['Critère', 'Cible', 'Résultat', 'n audités'], ['Criterion', 'Target', 'Result', 'n audited'])]
    for fr_, en_, tgt in [('Peau-à-peau immédiat (AVS)', 'Immediate skin-to-skin (SVD)', 90), ('Clampage tardif du cordon', 'Delayed cord clamping', 85),
                          ('EPDS documenté avant le congé', 'EPDS documented before discharge', 95), ('Vitamine K administrée', 'Vitamin K given', 100),
                          ('Partogramme complet', 'Complete partogram', 90), ('Double vérification oxytocine', 'Oxytocin double check', 100)]:
        rows.append([fr_ if c.fr else en_, '%d %%' % tgt, fnum(c.r.uniform(tgt - 25, min(100, tgt + 5)), c.fr) + ' %', str(c.r.randrange(20, 60))])
    body = c.t('Résultats de l\'audit de dossiers du trimestre (échantillon aléatoire, données dénominalisées) :', 'Quarterly chart audit results (random sample, de-identified):')
    body += '\n\n' + '\n'.join(' | '.join(r) for r in rows) + '\n\n' + c.t('Plan d\'action à discuter au prochain caucus.', 'Action plan to be discussed at the next huddle.')
    atts = []
    if c.p(0.4):
        atts.append(Att('audit_T%d.xlsx' % ((c.date.month - 1) // 3 + 1), XLSX_MIME, make_xlsx([('Audit', rows)])))
    return mk(c, snd, team_list(c), c.ch([c.t('Résultats audit qualité', 'Quality audit results'), c.t('Audit dossiers - trimestre', 'Chart audit - quarter')]),
              greet(c) + '\n\n' + body + '\n' + signature(snd, c), atts=atts, note='aggregate quality audit')


def n_volunteer(c):
    snd = ('Service des bénévoles', 'benevoles@' + DOM)
    if c.fr:
        L = ['Programme « Bercer » - bénévoles en pouponnière',
             'Nous accueillons %d nouveaux bénévoles formés (antécédents judiciaires vérifiés, vaccination à jour).' % c.r.randrange(3, 9),
             'Horaire : lundi au vendredi, 9 h à 12 h et 18 h à 21 h. Les bénévoles portent un sarrau jaune et une carte d\'identité avec photo.',
             'Rappel : les bénévoles n\'ont pas accès aux dossiers et ne reçoivent aucune information clinique sur les bébés.',
             'Responsable : %s, poste 2050.' % c.ch(EXTRA_STAFF_NAMES)]
        subj = c.ch(['Bénévoles en pouponnière', 'Programme Bercer - nouvelles recrues'])
    else:
        L = ['"Cuddler" volunteer program - nursery', 'We welcome %d newly trained volunteers (background checks done).' % c.r.randrange(3, 9),
             'Volunteers have no access to charts and receive no clinical information.']
        subj = 'Nursery cuddler volunteers'
    return mk(c, snd, team_list(c), subj, '\n\n'.join(L) + '\n\n--\nService des bénévoles', note='volunteer program')


def n_facilities(c):
    snd = ('Services techniques', 'services.techniques@' + DOM)
    d = c.date.date() + dt.timedelta(days=c.r.randrange(2, 20))
    rooms = ', '.join(str(x) for x in sorted(c.r.sample(range(201, 216), 3)))
    if c.fr:
        k = c.r.randrange(3)
        L = [['Rénovation des salles d\'accouchement', 'Fermeture de l\'eau chaude - aile B', 'Entretien des ascenseurs 4 et 5'][k],
             'Date : %s, de 7 h à 15 h.' % dfr(d), 'Chambres touchées : %s. Prévoir la relocalisation avec la coordination (poste 4501).' % rooms,
             'Les bains thérapeutiques seront hors service pendant la durée des travaux.', 'Bon de travail : BT-%07d.' % c.r.randrange(10 ** 7)]
        subj = c.ch(['Travaux - unité des naissances', 'Avis services techniques', ['Rénovation salles 2e', 'Interruption eau chaude', 'Ascenseurs 4-5'][k]])
    else:
        k = c.r.randrange(2)
        L = [['Delivery room renovation', 'Hot water shut-off - wing B'][k], 'Date: %s, 07:00-15:00.' % den(d), 'Rooms affected: %s.' % rooms,
             'Work order WO-%07d.' % c.r.randrange(10 ** 7)]
        subj = c.ch(['Works - birthing unit', 'Facilities notice', ['Delivery room renovation', 'Hot water shut-off'][k]])
    return mk(c, snd, [UN, S('proulx')], subj, '\n\n'.join(L) + '\n\n--\nServices techniques', note='facilities notice')


def n_meeting_ics(c):
    snd = c.ch([S('courchesne'), S('benali'), S('aubin'), S('desjardins')])
    start = (c.date + dt.timedelta(days=c.r.randrange(3, 20))).replace(hour=c.ch([7, 12, 16]), minute=c.ch([0, 30]), second=0, tzinfo=None)
    end = start + dt.timedelta(minutes=60)
    what = c.ch([c.t('Réunion de service obstétrique-gynécologie', 'OB-GYN department meeting'), c.t('Club de lecture - résidents', 'Journal club - residents'),
                 c.t('Caucus sécurité unité des naissances', 'L&D safety huddle'), c.t('Rencontre sages-femmes / obstétriciens', 'Midwives-obstetricians meeting')])
    desc = c.t('Ordre du jour à suivre. Lien Teams : https://teams.example/meet/%d', 'Agenda to follow. Teams link: https://teams.example/meet/%d') % c.r.randrange(10 ** 9)
    if 'lecture' in what or 'Journal' in what:
        desc += c.t('\nArticle : essai randomisé sur l\'induction à 39 SA chez les nullipares.', '\nArticle: RCT of induction at 39 weeks in nulliparas.')
    att = Att('invite.ics', 'text/calendar; method=REQUEST', make_ics('%x@agenda.%s' % (c.r.getrandbits(40), DOM), c.date.astimezone(dt.timezone.utc), start, end,
                                                                      what, 'Salle A-301 / Teams', desc, A(snd), [A(S(k)) for k in c.r.sample(['vachon', 'tremblay', 'whitmore', 'khoury', 'pilon', 'brisebois', 'desjardins'], 4)]),
              charset='utf-8', cte=c.ch(['base64', 'quoted-printable']))
    return mk(c, snd, [A(S(k)) for k in ['vachon', 'tremblay', 'whitmore']], what, c.t('Invitation ci-jointe.', 'Invitation attached.') + '\n' + signature(snd, c),
              atts=[att], note='staff meeting invite')


def n_staff_vcard(c):
    who = c.ch([('Rachel', 'Goldberg', 'IBCLC'), ('Sophie', 'Lachapelle', 'Sage-femme'), ('Daniel', 'Sauvé', 'T.S.'), ('Mélanie', 'Roussin', 'Conseillère en génétique')])
    snd = c.ch([S('courchesne'), S('aubin')])
    vcf = make_vcf(who[0], who[1], tels=[('WORK', HOSP_TEL + ' x' + str(c.r.randrange(4380, 4600))), ('FAX', '450 555-0101')],
                   email_addr='%s.%s@%s' % (ascii_slug(who[0]), ascii_slug(who[1]), DOM), org=HOSP_FR + ';Mère-enfant', title=who[2])
    body = c.t('Veuillez souhaiter la bienvenue à %s %s (%s), qui se joint à l\'équipe lundi. Sa carte de contact professionnelle est jointe.',
               'Please welcome %s %s (%s), who joins the team on Monday. Work contact card attached.') % who
    return mk(c, snd, team_list(c), c.t('Bienvenue à ', 'Welcome ') + who[0], greet(c) + '\n\n' + body + '\n' + signature(snd, c),
              atts=[Att('%s_%s.vcf' % (who[0], who[1]), 'text/vcard', vcf, charset='utf-8', cte='base64')], note='staff vCard')


def n_car_seat_iab(c):
    snd = c.ch([S('archambault'), S('hamelin'), ('Santé publique - périnatalité', 'sante.publique@' + DOM)])
    d = c.date.date() + dt.timedelta(days=c.r.randrange(7, 30))
    kind = c.ch(['seat', 'iab'])
    if c.fr:
        if kind == 'seat':
            L = ['Clinique de vérification de sièges d\'auto pour enfants', '%s, de 10 h à 15 h, stationnement P1 (entrée de l\'urgence).' % dfr(d),
                 'En collaboration avec le service de police et des techniciens certifiés. Gratuit, sans rendez-vous.',
                 'Merci d\'informer les familles en post-partum; dépliants disponibles au poste.']
            subj = 'Clinique sièges d\'auto - ' + dshort_fr(d)
        else:
            L = ['Initiative Amis des bébés (IAB) - visite d\'évaluation', 'Les évaluatrices seront présentes le %s.' % dfr(d),
                 'Elles pourraient questionner le personnel sur les 10 conditions (peau-à-peau, cohabitation, soutien à l\'allaitement, code de commercialisation des substituts).',
                 'Aucune entrevue avec les familles n\'est faite sans leur consentement.']
            subj = 'Visite IAB - préparation'
    else:
        if kind == 'seat':
            L = ['Child car seat check clinic', '%s, 10:00-15:00, lot P1.' % den(d), 'Free, no appointment. Please tell postpartum families.']
            subj = 'Car seat clinic - ' + dshort_en(d)
        else:
            L = ['Baby-Friendly Initiative (BFI) assessment visit', 'Assessors on site %s.' % den(d), 'Staff may be asked about the Ten Steps.']
            subj = 'BFI visit - preparation'
    sig = signature(snd, c) if isinstance(snd, Staff) else '\n--\nSanté publique'
    return mk(c, snd, team_list(c), subj, greet(c) + '\n\n' + '\n'.join(L) + '\n' + sig, note='community / BFI announcement')


def n_reply_admin(c):
    a = c.ch([S('brisebois'), S('paradis'), S('pilon'), S('oreilly'), S('hamelin')])
    b = c.ch([S('desjardins'), S('proulx'), S('aubin'), S('courchesne')])
    when = c.date - dt.timedelta(hours=c.r.randrange(2, 48))
    topic = c.ch(['swap', 'room', 'budget', 'vacation'])
    d = c.date.date() + dt.timedelta(days=c.r.randrange(5, 30))
    if c.fr:
        orig = {'swap': 'Bonjour,\n\nEst-ce que je peux échanger ma garde du %s avec Sophie (elle prendrait ma nuit, je prends son jour du %s) ?\n\nMerci\n%s' % (dshort_fr(d), dshort_fr(d + dt.timedelta(days=3)), a.given),
                'room': 'Bonjour,\n\nJe voudrais réserver la salle B-114 le %s de 13 h à 16 h pour la simulation HPP avec les nouvelles infirmières.\n\n%s' % (dshort_fr(d), a.given),
                'budget': 'Bonjour,\n\nIl reste combien dans le budget formation (7120-FORM) ? Deux sages-femmes veulent aller au congrès en mai (inscription 650 $ chacune).\n\n%s' % a.given,
                'vacation': 'Bonjour,\n\nJe confirme mes vacances du %s au %s. Mélissa me remplace à la pouponnière.\n\n%s' % (dshort_fr(d), dshort_fr(d + dt.timedelta(days=14)), a.given)}[topic]
        reply = {'swap': 'Approuvé, je modifie l\'horaire.', 'room': 'C\'est réservé. La clé est au poste de la coordination.',
                 'budget': 'Il reste 4 280 $. OK pour les deux inscriptions, envoie-moi les formulaires.', 'vacation': 'Bien noté, merci.'}[topic]
        subj = {'swap': 'Échange de garde', 'room': 'Réservation salle B-114', 'budget': 'Budget formation', 'vacation': 'Vacances été'}[topic]
    else:
        orig = {'swap': 'Hi,\n\nCan I swap my %s on-call with Sophie (she takes my night, I take her day on %s)?\n\nThanks\n%s' % (dshort_en(d), dshort_en(d + dt.timedelta(days=3)), a.given),
                'room': 'Hi,\n\nI\'d like to book room B-114 on %s 13:00-16:00 for the PPH simulation with new nurses.\n\n%s' % (dshort_en(d), a.given),
                'budget': 'Hi,\n\nHow much is left in the education budget? Two midwives want to attend the May conference ($650 each).\n\n%s' % a.given,
                'vacation': 'Hi,\n\nConfirming my vacation %s to %s.\n\n%s' % (dshort_en(d), dshort_en(d + dt.timedelta(days=14)), a.given)}[topic]
        reply = {'swap': 'Approved, updating the schedule.', 'room': 'Booked. Key is at the coordination desk.',
                 'budget': '$4,280 left. OK for both, send me the forms.', 'vacation': 'Noted, thanks.'}[topic]
        subj = {'swap': 'Shift swap', 'room': 'Room booking B-114', 'budget': 'Education budget', 'vacation': 'Summer vacation'}[topic]
    q = quote_block(c, orig, a.display(), a.email, when, subj, b.display())
    return mk(c, b, [a], 'RE: ' + subj, reply + '\n\n' + b.given + '\n' + q, in_reply_to=msgid(c), note='admin reply thread')


def n_fwd_newsletter(c):
    fwd = c.ch([S('benali'), S('desjardins'), S('archambault'), S('marcoux')])
    src = c.ch([('Regroupement québécois des professionnelles en périnatalité', 'info@rqpp.example'), ('Observatoire de la santé périnatale', 'bulletin@osp-quebec.example')])
    when = c.date - dt.timedelta(days=c.r.randrange(1, 5))
    if c.fr:
        inner = ('BULLETIN PÉRINATAL - %s %d\n\n'
                 '• Au Québec, %s naissances ont été enregistrées l\'an dernier; l\'âge moyen des mères à la première naissance atteint %s ans.\n'
                 '• Le taux de césarienne provincial se situe à %s %%; forte variation régionale (de 18 à 31 %%).\n'
                 '• Webinaire : « Syphilis congénitale : le retour » - %s à 12 h. Conférencière : Dre Hélène Quintal, microbiologiste-infectiologue.\n'
                 '• Appel de candidatures : prix d\'excellence en soins périnatals.\n\nPour vous désabonner, répondez STOP.') % (
            MONTHS_FR[c.date.month - 1].upper(), c.date.year, '{:,}'.format(c.r.randrange(78000, 84000)).replace(',', ' '), fnum(c.r.uniform(29.5, 30.9), True),
            fnum(c.r.uniform(23, 27), True), dfr(c.date.date() + dt.timedelta(days=12)))
        outer = c.ch(['Intéressant pour notre prochaine réunion.', 'À lire - surtout le webinaire sur la syphilis.', 'FYI'])
        subj = 'TR: Bulletin périnatal - ' + MONTHS_FR[c.date.month - 1]
    else:
        inner = ('PERINATAL BULLETIN - %s %d\n\n* %s births were registered in Quebec last year.\n* Provincial caesarean rate: %s%%.\n'
                 '* Webinar: "Congenital syphilis is back" - %s at noon, Dr. Helen Quintal.\n\nTo unsubscribe reply STOP.') % (
            MONTHS_EN[c.date.month - 1].upper(), c.date.year, '{:,}'.format(c.r.randrange(78000, 84000)), round(c.r.uniform(23, 27), 1), den(c.date.date() + dt.timedelta(days=12)))
        outer = c.ch(['Interesting for our next meeting.', 'Worth a read.', 'FYI'])
        subj = 'Fwd: Perinatal bulletin - ' + MONTHS_EN[c.date.month - 1]
    if c.p(0.4):
        inner_m = mk(c, src, [(c.t('Abonnés', 'Subscribers'), 'abonnes@' + src[1].split('@')[1])], c.t('Bulletin périnatal', 'Perinatal bulletin'), inner,
                     msgid=msgid(c, src[1].split('@')[1]), date=when, structure=c.ch(['plain', 'alt']))
        raw, _ = render(inner_m, c.r, c.lang, inner=True)
        return mk(c, fwd, team_list(c), subj, outer + '\n\n' + fwd.given, atts=[Att(c.t('Bulletin périnatal.eml', 'Perinatal bulletin.eml'), 'message/rfc822', raw)],
                  note='forwarded newsletter as attached .eml')
    text = outer + '\n' + forward_block(c, inner, src[0], src[1], when, c.t('Bulletin périnatal', 'Perinatal bulletin'), c.t('Abonnés', 'Subscribers'))
    return mk(c, fwd, team_list(c), subj, text, note='forwarded newsletter')


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
POSITIVE = [
    ('gdm_referral', p_gdm_referral, 4), ('us_report', p_us_report, 4), ('genetic_screening', p_genetic_screening, 4),
    ('labour_handoff', p_labour_handoff, 3), ('postpartum_liaison', p_postpartum_liaison, 4), ('lactation', p_lactation, 4),
    ('social_work', p_social_work, 5), ('nicu_transfer', p_nicu_transfer, 3), ('or_schedule', p_or_schedule, 4),
    ('pathology', p_pathology, 4), ('transport', p_transport, 3), ('appt_ics', p_appt_ics, 4), ('home_vcard', p_home_vcard, 3),
    ('waitlist_xlsx', p_waitlist_xlsx, 3), ('birth_register', p_birth_register, 3), ('discharge_zip', p_discharge_zip, 3),
    ('fwd_eml', p_fwd_eml, 4), ('reply_quote', p_reply_quote, 3), ('rhogam', p_rhogam, 3), ('incident', p_incident, 3),
    ('ontario_hcn', p_ontario, 3), ('france_nir', p_france, 3), ('belgium_niss', p_belgium, 3), ('newborn_screen', p_newborn_screen, 3),
    ('ectopic', p_ectopic, 4), ('ivg_referral', p_ivg, 3), ('class_roster', p_class_roster, 3), ('id_only', p_id_only, 4),
    ('partner_carrier', p_partner_carrier, 3), ('preeclampsia', p_preeclampsia, 4), ('bili', p_bili, 3), ('adolescent', p_adolescent, 3),
    ('ppd', p_ppd, 4), ('midwife_transfer', p_midwife_transfer, 3), ('work_certificate', p_work_certificate, 3),
]
NEGATIVE = [
    ('birth_stats', n_birth_stats), ('prenatal_class', n_prenatal_class), ('staff_baby', n_staff_baby), ('smam_newsletter', n_smam_newsletter),
    ('supply_order', n_supply_order), ('midwife_schedule', n_midwife_schedule), ('equipment', n_equipment), ('training', n_training),
    ('parking', n_parking), ('committee', n_committee), ('teaching_case', n_teaching_case), ('protocol_update', n_protocol_update),
    ('it_notice', n_it_notice), ('job_posting', n_job_posting), ('hr_staff', n_hr_preventive), ('invoice', n_invoice_po),
    ('blank_form', n_blank_form), ('physician_directory', n_physician_directory), ('research', n_research),
    ('drug_shortage', n_pharmacy_shortage), ('infection_control', n_infection_control), ('donor_milk', n_donor_milk),
    ('quality_audit', n_quality_audit), ('volunteers', n_volunteer), ('facilities', n_facilities), ('meeting_ics', n_meeting_ics),
    ('staff_vcard', n_staff_vcard), ('carseat_bfi', n_car_seat_iab), ('reply_admin', n_reply_admin), ('fwd_newsletter', n_fwd_newsletter),
]
NEG_EACH = 6


def msg_date(rng):
    day = dt.date(2025, 1, 6) + dt.timedelta(days=rng.randrange(0, 327))
    if day.weekday() >= 5 and rng.random() < 0.7:
        day += dt.timedelta(days=7 - day.weekday())
    dst = dt.date(2025, 3, 9) <= day < dt.date(2025, 11, 2)
    tz = dt.timezone(dt.timedelta(hours=-4 if dst else -5))
    return dt.datetime(day.year, day.month, day.day, rng.randrange(6, 23), rng.randrange(60), rng.randrange(60), tzinfo=tz)


def build_all(seed, out):
    master = random.Random(seed)
    W = World(random.Random(seed * 31 + 7))
    pos_jobs = [(name, fn) for name, fn, n in POSITIVE for _ in range(n)]
    neg_jobs = [(name, fn) for name, fn in NEGATIVE for _ in range(NEG_EACH)]
    assert len(pos_jobs) == N_POS and len(neg_jobs) == N_NEG, (len(pos_jobs), len(neg_jobs))
    master.shuffle(pos_jobs)
    master.shuffle(neg_jobs)
    pos_langs = ['fr'] * 78 + ['en'] * 42
    neg_langs = ['fr'] * 117 + ['en'] * 63
    master.shuffle(pos_langs)
    master.shuffle(neg_langs)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    for positive, jobs, langs, prefix in ((True, pos_jobs, pos_langs, 'p'), (False, neg_jobs, neg_langs, 'n')):
        for i, ((name, fn), lang) in enumerate(zip(jobs, langs), 1):
            mrng = random.Random('%d/%s/%03d' % (seed, prefix, i))
            c = Ctx(W, mrng, lang, msg_date(mrng), positive)
            m = fn(c)
            if positive:
                assert c.T, name
            else:
                assert not c.T, name
            m.setdefault('date', c.date)
            m.setdefault('msgid', msgid(c))
            if m.get('html') is None and mrng.random() < 0.15:
                m['text'] = add_typos(m['text'], mrng)
            raw, meta = render(m, mrng, lang)
            raw = to_eol(raw, mrng.random() < 0.5)
            rel = '%s/%s%03d_%s.eml' % ('positive' if positive else 'negative', prefix, i, name)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': positive, 'types': sorted(c.T), 'lang': lang, 'note': m.get('note', '')}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
def pdf_text(data):
    chunks = [data]
    import zlib
    for mo in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        blob = mo.group(1).strip()
        if blob.endswith(b'~>'):
            try:
                blob = base64.a85decode(blob[2:-2] if blob.startswith(b'<~') else blob[:-2])
            except Exception:
                pass
        try:
            chunks.append(zlib.decompress(blob))
        except Exception:
            pass
    return b'\n'.join(chunks).decode('latin-1')


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml'):
            out.append(re.sub(r'<[^>]+>', ' ', z.read(n).decode('utf-8')))
    return '\n'.join(out)


def blob_text(fn, ctype, data):
    fn = (fn or '').lower()
    if data[:4] == b'%PDF':
        return pdf_text(data)
    if data[:2] == b'PK':
        if fn.endswith(('.docx', '.xlsx')):
            return ooxml_text(data)
        z = zipfile.ZipFile(io.BytesIO(data))
        return '\n'.join(blob_text(n, '', z.read(n)) for n in z.namelist())
    for enc in ('utf-8', 'windows-1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode('latin-1')


def message_text(msg):
    parts = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            parts.append(fn)
        if part.get_content_maintype() == 'text' and not fn:
            parts.append(part.get_content())
            if part.get_content_subtype() == 'html':
                parts.append(html_to_text(part.get_content()))
        else:
            data = part.get_payload(decode=True)
            assert data, 'empty part'
            parts.append(blob_text(fn, part.get_content_type(), data))
    for k in ('From', 'To', 'Cc'):
        if msg.get(k):
            parts.append(str(msg.get(k)))
    return '\n'.join(parts)


def verify(out, labels):
    files = []
    for sub in ('positive', 'negative'):
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith('.eml'):
                files.append('%s/%s' % (sub, f))
    assert sorted(labels) == sorted(files), 'labels do not cover exactly the files'
    nams = [p.nam for p in load_nams()]
    allowed = set(FINDING_TYPES)
    counts = {'positive': 0, 'negative': 0, 'fr': 0, 'en': 0}
    for rel in files:
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None
        text = message_text(msg)
        # nested .eml attachments: message_text walks into message/rfc822 parts
        lab = labels[rel]
        assert set(lab['types']) <= allowed, rel
        flat = re.sub(r'[\s\-]', '', text).upper()
        found = [n for n in nams if n in flat]
        if lab['confidential']:
            assert lab['types'], rel
            assert rel.startswith('positive/')
            if 'ramq_nam' in lab['types']:
                assert found, 'NAM label but no NAM found: ' + rel
            else:
                assert not found, 'NAM found but not labelled: ' + rel
        else:
            assert not lab['types'] and rel.startswith('negative/'), rel
            assert not found, 'patient NAM in negative: ' + rel
        counts['positive' if lab['confidential'] else 'negative'] += 1
        counts[lab['lang']] += 1
    return counts


FINDING_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
                 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information']


def digest(out):
    h = hashlib.sha256()
    rels = ['labels.json']
    for sub in ('positive', 'negative'):
        rels += ['%s/%s' % (sub, f) for f in sorted(os.listdir(os.path.join(out, sub))) if f.endswith('.eml')]
    for rel in sorted(rels):
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).digest())
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    labels = build_all(a.seed, a.out)
    counts = verify(a.out, labels)
    per_lang = {}
    for rel, lab in labels.items():
        k = ('positive' if lab['confidential'] else 'negative', lab['lang'])
        per_lang[k] = per_lang.get(k, 0) + 1
    print('positives: %d  negatives: %d' % (counts['positive'], counts['negative']))
    print('languages: fr %d  en %d  (%s)' % (counts['fr'], counts['en'],
                                             ', '.join('%s/%s %d' % (k[0], k[1], v) for k, v in sorted(per_lang.items()))))
    print('sha256: ' + digest(a.out))


if __name__ == '__main__':
    main()
