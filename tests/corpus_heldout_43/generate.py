#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus for a DLP filter -- outpatient care flavour.

Family medicine groups (GMF), specialised clinics, community pharmacies and CLSC
home care.  Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml
(180), labels.json and README.md, deterministically from a seed.

Usage:  python generate.py [--seed 4343] [--out DIR]

Everything here is invented: people, institutions, addresses, *.example domains,
555 phone numbers.  RAMQ NAMs come only from ../blind_nams.txt (relative to this
file); every other identifier is generated valid and checked with python-stdnum.
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import html
import html.entities
import io
import json
import os
import quopri
import random
import re
import sys
import textwrap
import zipfile

import email
import email.policy
import email.utils
from email.header import Header

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4343
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_ISO = '2025-01-06T08:00:00Z'
FIXED_DT = dt.datetime(2025, 1, 6, 8, 0, 0)

ALL_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
             'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
             'patient_contact', 'social_information']


# ----------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------

def L(lang, fr, en):
    return fr if lang == 'fr' else en


def pick(r, seq):
    return seq[r.randrange(len(seq))]


def fmt_num(x, lang, nd=1):
    s = f'{x:.{nd}f}'
    return s.replace('.', ',') if lang == 'fr' else s


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_date(d, lang, r, kind='any'):
    """Human date, several styles."""
    styles = ['iso', 'long', 'slash'] if kind == 'any' else [kind]
    s = pick(r, styles)
    if s == 'iso':
        return d.strftime('%Y-%m-%d')
    if s == 'slash':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%m/%d/%Y')
    if lang == 'fr':
        return f'{d.day}{"er" if d.day == 1 else ""} {MOIS[d.month - 1]} {d.year}'
    return f'{MONTHS[d.month - 1]} {d.day}, {d.year}'


def fmt_dob(d, lang, r):
    s = r.randrange(6)
    if s == 0:
        return d.strftime('%Y-%m-%d')
    if s == 1:
        return d.strftime('%d/%m/%Y')
    if s == 2:
        return d.strftime('%Y/%m/%d')
    if s == 3:
        return (f'{d.day} {MOIS[d.month - 1]} {d.year}' if lang == 'fr'
                else f'{MONTHS[d.month - 1][:3]} {d.day}, {d.year}')
    if s == 4:
        return d.strftime('%d-%m-%Y') if lang == 'fr' else d.strftime('%d-%b-%Y').upper()
    return d.strftime('%Y%m%d') if r.random() < 0.3 else d.strftime('%Y-%m-%d')


def fmt_dayname(d, lang):
    return JOURS[d.weekday()] if lang == 'fr' else DAYS[d.weekday()]


def fmt_time(h, m, lang):
    return f'{h}h{m:02d}' if lang == 'fr' else (
        f'{(h - 1) % 12 + 1}:{m:02d} {"AM" if h < 12 else "PM"}')


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def typo(text, r):
    """Swap two inner letters of one longish plain word (never digits / braces)."""
    words = [m for m in re.finditer(r'(?<![\w{])[a-zàâçéèêëîïôûùüÿ]{6,}(?![\w}])', text)]
    if not words:
        return text
    m = pick(r, words)
    w = m.group(0)
    i = r.randrange(1, len(w) - 2)
    w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return text[:m.start()] + w2 + text[m.end():]


# ----------------------------------------------------------------------------
# identifiers
# ----------------------------------------------------------------------------

def fmt_nam(nam, r, style=None):
    style = style or pick(r, ['raw', 'raw', 'spaced', 'spaced', 'dashed', 'lower', 'pairs',
                              'mixed'])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if style == 'raw':
        return nam
    if style == 'spaced':
        return f'{a} {b} {c}'
    if style == 'dashed':
        return f'{a}-{b}-{c}'
    if style == 'lower':
        return f'{a.lower()} {b} {c}'
    if style == 'pairs':
        return f'{a} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}'
    return f'{a} {b}{c}'


def gen_sin(r):
    while True:
        body = pick(r, '1234567') + ''.join(pick(r, '0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(n, r):
    s = r.randrange(3)
    return [f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', n][s]


def gen_ohip(r):
    while True:
        body = pick(r, '123456789') + ''.join(pick(r, '0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num, pick(r, ['', 'AB', 'KT', 'HZ', 'RM', 'BL'])


def fmt_ohip(t, r):
    n, vc = t
    s = r.randrange(3)
    base = [f'{n[:4]}-{n[4:7]}-{n[7:]}', f'{n[:4]} {n[4:7]} {n[7:]}', n][s]
    return (base + (('-' if s == 0 else ' ') + vc if vc else '')).strip()


def gen_niss(r, dob, sex):
    while True:
        seq = r.randrange(1, 998)
        if (seq % 2 == 1) != (sex == 'M'):
            seq += 1 if seq < 997 else -1
        base = f'{dob.year % 100:02d}{dob.month:02d}{dob.day:02d}{seq:03d}'
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + f'{97 - n % 97:02d}'
        if be_nn.is_valid(num):
            return num


def fmt_niss(n, r):
    if r.random() < 0.6:
        return f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}'
    return n if r.random() < 0.5 else f'{n[:6]} {n[6:9]} {n[9:]}'


def gen_nir(r, dob, sex):
    while True:
        base = ('1' if sex == 'M' else '2') + f'{dob.year % 100:02d}{dob.month:02d}'
        base += pick(r, ['75', '69', '13', '33', '59', '44', '31', '67', '35', '76'])
        base += f'{r.randrange(1, 990):03d}{r.randrange(1, 999):03d}'
        num = base + f'{97 - int(base) % 97:02d}'
        if fr_nir.is_valid(num):
            return num


def fmt_nir(n, r):
    if r.random() < 0.6:
        return f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}'
    return n if r.random() < 0.5 else f'{n[:13]} {n[13:]}'


def gen_mrn(r):
    s = r.randrange(5)
    if s == 0:
        return f'{r.randrange(100000, 999999)}'
    if s == 1:
        return f'H{r.randrange(1000000, 9999999)}'
    if s == 2:
        return f'00{r.randrange(100000, 999999)}'
    if s == 3:
        return f'{r.randrange(10, 99)}-{r.randrange(10000, 99999)}'
    return f'M{r.randrange(100000, 999999)}'


# ----------------------------------------------------------------------------
# invented world
# ----------------------------------------------------------------------------

TOWNS = [('Saint-Amable-des-Prés', 'J0L 1N0', '450'), ('Val-Brillant-Nord', 'G0J 2T4', '418'),
         ('Sainte-Odile-sur-Rivière', 'J5R 3K8', '450'), ('Lac-aux-Hérons', 'J8E 1V2', '819'),
         ('Pointe-Beaulac', 'H9K 2W6', '514'), ('Westbury Falls', 'J0E 2H1', '819'),
         ('Saint-Clément-des-Monts', 'G6Z 4B3', '418'), ('Rivière-aux-Saules', 'J7Y 5M9', '579'),
         ('Mont-Argentin', 'J8C 0R7', '819'), ('Havre-Saint-Ours', 'G5L 7P2', '418'),
         ('Brookhaven-sur-le-Lac', 'J0X 1A5', '873'), ('Sainte-Fleur-de-Lys', 'J3V 6T1', '450'),
         ('Beaupin', 'H7Y 1C4', '438'), ('Cap-Lumière', 'G4X 2J8', '581')]
STREETS = ['rue des Pruches', 'boul. des Érables', 'rang Saint-Joseph', 'av. du Parc-Vert',
           'rue Principale', 'chemin du Lac-Brûlé', 'rue de la Fabrique', 'montée Guénette',
           'Maple Crescent', 'Birchwood Road', 'rue Hébert', 'croissant des Tilleuls',
           'rue Saint-Onésime', 'Cedar Lane', 'av. des Ormeaux', 'rue du Moulin-à-Scie']

FR_F = ['Josée', 'Nathalie', 'Chantal', 'Marie-Ève', 'Isabelle', 'Francine', 'Lucie',
        'Émilie', 'Annie', 'Mélanie', 'Ginette', 'Solange', 'Karine', 'Julie', 'Véronique',
        'Rachel', 'Brigitte', 'Suzanne', 'Danielle', 'Claudette']
FR_M = ['Jean-François', 'Mathieu', 'Réjean', 'Sylvain', 'Maxime', 'Olivier', 'Gaétan',
        'Benoît', 'Luc', 'Normand', 'Stéphane', 'Marc-André', 'Yvon', 'Raymond', 'Simon',
        'Éric', 'Denis', 'Patrice', 'Lucien', 'Fernand']
EN_F = ['Jennifer', 'Heather', 'Karen', 'Megan', 'Laura', 'Shannon', 'Brenda', 'Alison',
        'Patricia', 'Linda', 'Kathleen', 'Emily']
EN_M = ['Kevin', 'Brian', 'Michael', 'Ryan', 'Derek', 'Colin', 'Patrick', 'Trevor',
        'Gordon', 'Ronald', 'Stuart', 'Graham']
SUR_FR = ['Tremblay', 'Côté', 'Gauthier', 'Lavoie', 'Gagné', 'Bergeron', 'Lévesque',
          'Girard', 'Dubé', 'Lapierre', 'Desrosiers', 'Beaulieu', 'Villeneuve', 'Charbonneau',
          'Deschênes', 'Turcotte', 'Lachance', 'Rioux', 'Bérubé', 'Dufresne', 'Vachon',
          'Ménard', 'Hamel', 'Poulin', 'Lemieux', 'Carrier']
SUR_EN = ['Campbell', "O'Brien", 'Henderson', 'Murray', 'Fraser', 'Sullivan', 'Walsh',
          'Kennedy', 'Hughes', 'McKenzie', 'Robertson', 'Doyle', 'Grant']
# staff use their own pools so that staff never share a full name with a patient
STAFF_F = ['Hélène', 'Marie-Claude', 'Caroline', 'Sophie', 'Valérie', 'Audrey', 'Mireille',
           'Anne-Marie', 'Joanie', 'Stéphanie', 'Kim', 'Noémie', 'Amélie', 'Elizabeth',
           'Rebecca', 'Catherine', 'Fanny', 'Roxanne']
STAFF_M = ['François', 'Philippe', 'Étienne', 'Nicolas', 'Guillaume', 'Samuel', 'Vincent',
           'Hugo', 'Jonathan', 'Daniel', 'Andrew', 'Thomas', 'Félix', 'Alain']
STAFF_SUR = ['Roy-Laliberté', 'Nadon', 'Brisebois', 'Ouimet', 'Larochelle', 'St-Pierre',
             'Archambault', 'Desjardins', 'Lamarre', 'Trudel', 'Beauchesne', 'Cormier',
             'Provencher', 'Lafrenière', 'Gosselin', 'Boisvert', 'Labbé', 'Sauvé', 'Whitfield',
             'Thornton', 'Asselin', 'Marcoux', 'Dion', 'Bolduc', 'Pépin', 'Laroche']

ORGS = {
    'gmf': [
        dict(name='GMF des Érablières', domain='gmf-erablieres.example'),
        dict(name='GMF Rivière-aux-Outardes', domain='gmf-outardes.example'),
        dict(name='GMF-U du Vieux-Moulin', domain='gmfu-vieuxmoulin.example'),
        dict(name='GMF Boisjoli', domain='gmfboisjoli.example'),
        dict(name='Westwood Family Medicine Group (GMF)', domain='westwoodfmg.example'),
        dict(name='GMF Cap-Lumière', domain='gmf-caplumiere.example'),
    ],
    'clsc': [
        dict(name='CLSC de la Haute-Rivière', domain='cisss-hauteriviere.example'),
        dict(name='CLSC du Plateau-Vert', domain='ciusss-plateauvert.example'),
        dict(name='CLSC Val-des-Cèdres', domain='cisss-valdescedres.example'),
        dict(name='CLSC Lakeview', domain='ciusss-lakeview.example'),
    ],
    'clinic': [
        dict(name="Clinique d'orthopédie Montclair", domain='ortho-montclair.example'),
        dict(name='Clinique de cardiologie des Cascades', domain='cardio-cascades.example'),
        dict(name='Centre du diabète Saint-Aubin', domain='diabete-staubin.example'),
        dict(name='Clinique du sommeil Lumière', domain='sommeil-lumiere.example'),
        dict(name='Eastview Specialty Clinic', domain='eastview-clinic.example'),
        dict(name='Clinique de mémoire Belvédère', domain='memoire-belvedere.example'),
        dict(name='Clinique de physiothérapie Élan', domain='physio-elan.example'),
    ],
    'pharmacy': [
        dict(name='Pharmacie Dubreuil et Lamarre', domain='pharmadubreuil.example'),
        dict(name='Pharmacie Nadon-Roy', domain='pharmanadonroy.example'),
        dict(name='Carrefour Santé Pharmacy', domain='carrefourpharma.example'),
        dict(name='Pharmacie du Quai', domain='pharmaduquai.example'),
    ],
    'transport': [
        dict(name='Transport adapté Laurentides-Sud', domain='ta-laurentsud.example'),
        dict(name='Société de transport adapté des Moulins', domain='stamoulins.example'),
        dict(name='Westshore Paratransit', domain='westshore-para.example'),
    ],
    'insurer': [
        dict(name='Assurances Boréale', domain='boreale-assurances.example'),
        dict(name='Mutuelle Horizon Vie', domain='horizonvie.example'),
        dict(name='Northstar Life & Health', domain='northstarlife.example'),
    ],
    'employer': [
        dict(name='Entrepôts Laurion inc.', domain='laurion.example'),
        dict(name='Construction Beauchemin ltée', domain='beauchemin-construction.example'),
        dict(name='Transport Vallières', domain='vallieres-transport.example'),
        dict(name='Usinage Précis-Lévis', domain='usinageprecis.example'),
        dict(name='Hôtel du Lac-Brûlé', domain='hotel-lacbrule.example'),
    ],
    'lab': [
        dict(name='Laboratoire Biomédic Rive-Nord', domain='biomedic-rn.example'),
        dict(name='Imagerie médicale des Deux-Rives', domain='imagerie-2rives.example'),
    ],
    'hospital': [
        dict(name='Hôpital régional de la Haute-Rivière', domain='hr-hauteriviere.example'),
        dict(name='Lakeview General Hospital', domain='lakeview-general.example'),
    ],
    'vendor': [
        dict(name='Fournitures médicales Boréal-Med', domain='borealmed.example'),
        dict(name='InfoSanté Systèmes (DMÉ)', domain='infosante-dme.example'),
        dict(name='Distribution PharmaNord', domain='pharmanord.example'),
        dict(name='TechniBio Services', domain='technibio.example'),
    ],
    'other': [
        dict(name='Bureau des ententes de sécurité sociale', domain='ententes-secu.example'),
        dict(name='Mutuelle de prévention Optimum', domain='mp-optimum.example'),
    ],
}


def _init_orgs():
    rr = random.Random('orgs')
    for kind, lst in ORGS.items():
        for o in lst:
            town, postal, area = pick(rr, TOWNS)
            o['kind'] = kind
            o['addr'] = f'{rr.randrange(10, 2999)}, {pick(rr, STREETS)}'
            o['town'], o['postal'] = town, postal
            o['phone'] = f'{area}-555-01{rr.randrange(0, 100):02d}'
            o['fax'] = f'{area}-555-01{rr.randrange(0, 100):02d}'


_init_orgs()

ROLES = {
    'md': ('Médecin de famille', 'Family physician'),
    'spec': ('Médecin spécialiste', 'Specialist physician'),
    'nurse': ('Infirmière clinicienne', 'Registered nurse'),
    'ips': ('IPS en soins de première ligne', 'Nurse practitioner (primary care)'),
    'pharm': ('Pharmacien(ne)', 'Pharmacist'),
    'tech': ('Assistante technique en pharmacie', 'Pharmacy technician'),
    'sw': ('Travailleuse sociale', 'Social worker'),
    'admin': ('Agente administrative', 'Medical secretary'),
    'coord': ('Coordonnatrice, soutien à domicile', 'Home care coordinator'),
    'hr': ('Conseillère en ressources humaines', 'HR advisor'),
    'it': ('Technicien en informatique', 'IT technician'),
    'buyer': ('Approvisionnement', 'Procurement'),
    'dispatch': ('Répartition', 'Dispatch'),
    'claims': ('Analyste, invalidité', 'Disability claims analyst'),
    'manager': ('Chef de service', 'Service manager'),
    'liaison': ('Infirmière de liaison', 'Liaison nurse'),
    'ot': ('Ergothérapeute', 'Occupational therapist'),
    'comms': ('Communications', 'Communications'),
}


class Person:
    def __init__(self, given, surname, sex):
        self.given, self.surname, self.sex = given, surname, sex

    @property
    def full(self):
        return f'{self.given} {self.surname}'


class Staff(Person):
    def __init__(self, given, surname, sex, role, org):
        super().__init__(given, surname, sex)
        self.role, self.org = role, org
        local = re.sub(r'[^a-z.]', '', ascii_fold(f'{given}.{surname}'.lower()))
        self.email = f'{local}@{org["domain"]}'

    def disp(self, lang):
        if self.role in ('md', 'spec'):
            t = ('Dre' if self.sex == 'F' else 'Dr') if lang == 'fr' else 'Dr.'
            return f'{t} {self.full}'
        return self.full

    def addr(self, lang, r, display=True):
        return (self.disp(lang) if display else None, self.email)


class Patient(Person):
    def __init__(self, given, surname, sex, dob, nam=None):
        super().__init__(given, surname, sex)
        self.dob, self.nam = dob, nam
        self.extra = {}

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'


class World:
    def __init__(self, seed, nam_rows):
        self.r = random.Random(f'{seed}-world')
        self.nam_people = [Patient(g, s, sx, d, n) for (s, g, d, sx, n) in nam_rows]
        self.r.shuffle(self.nam_people)
        self.nam_idx = 0
        self.used_names = {p.full for p in self.nam_people}
        self.staff_cache = {}
        self.oop_idx = 0

    def nam_patient(self):
        p = self.nam_people[self.nam_idx % len(self.nam_people)]
        self.nam_idx += 1
        return p

    def other_patient(self, r, lang=None, min_age=18, max_age=92):
        while True:
            sex = pick(r, 'FM')
            en = (lang == 'en' and r.random() < 0.6) or r.random() < 0.12
            if en:
                given = pick(r, EN_F if sex == 'F' else EN_M)
                sur = pick(r, SUR_EN + SUR_FR[:6])
            else:
                given = pick(r, FR_F if sex == 'F' else FR_M)
                sur = pick(r, SUR_FR)
            if f'{given} {sur}' in self.used_names:
                continue
            age = r.randrange(min_age, max_age)
            dob = dt.date(2025 - age, r.randrange(1, 13), r.randrange(1, 29))
            roll = r.random()
            if roll < 0.10:
                p = Patient(given, sur, sex, dob)
                p.extra['ohip'] = gen_ohip(r)
            elif roll < 0.15:
                given, sex = pick(r, FR_GIVEN)
                p = Patient(given, pick(r, FR_SUR), sex, dt.date(r.randrange(1975, 2005), r.randrange(1, 13), r.randrange(1, 29)))
                p.extra['nir'] = gen_nir(r, p.dob, p.sex)
            elif roll < 0.19:
                given, sex = pick(r, BE_GIVEN)
                p = Patient(given, pick(r, BE_SUR), sex, dt.date(r.randrange(1960, 2003), r.randrange(1, 13), r.randrange(1, 29)))
                p.extra['niss'] = gen_niss(r, p.dob, p.sex)
            else:
                p = Patient(given, sur, sex, dob)
            return p

    def staff(self, r, org, role, sex=None):
        sex = sex or pick(r, 'FFM')
        given = pick(r, STAFF_F if sex == 'F' else STAFF_M)
        sur = pick(r, STAFF_SUR)
        return Staff(given, sur, sex, role, org)

    def org(self, r, kind):
        return pick(r, ORGS[kind])


def patient_details(p, r):
    """Lazily give a patient an address, phone, e-mail and other identifiers."""
    x = p.extra
    if 'addr' not in x:
        town, postal, area = pick(r, TOWNS)
        x['street'] = f'{r.randrange(12, 3999)} {pick(r, STREETS)}'
        if r.random() < 0.3:
            x['street'] += f', app. {r.randrange(1, 40)}'
        prov = 'QC'
        if 'ohip' in x:
            town, postal, area = pick(r, [('Bayfield Landing', 'K0A 2P0', '613'), ('North Carlow', 'K7H 3C9', '613'),
                                          ('Rideau Narrows', 'K0G 1N0', '343')])
            prov = 'ON'
        x['town'], x['postal'] = town, postal
        x['addr'] = f'{x["street"]}, {town} ({prov}) {postal}'
        x['phone'] = pick(r, [f'{area}-555-01{r.randrange(0, 100):02d}',
                              f'({area}) 555-01{r.randrange(0, 100):02d}',
                              f'{area} 555 01{r.randrange(0, 100):02d}'])
        base = (p.given[0] + p.surname).lower()
        base = re.sub(r'[^a-z]', '', base.encode('ascii', 'ignore').decode())
        x['email'] = f'{base}{p.dob.year % 100:02d}@{pick(r, ["courriel.example", "videotron-mail.example", "maboite.example", "webmail.example"])}'
        x['mrn'] = gen_mrn(r)
    return x


# ----------------------------------------------------------------------------
# content blocks -> text / html
#   ('p', text) ('list', [items]) ('table', header, rows) ('kv', [(k, v)])
#   ('sig', [lines]) ('quote', intro, blocks, style) ('fwd', hdr_lines, blocks, intro)
# ----------------------------------------------------------------------------

def render_table_text(header, rows, style):
    if style == 'tab':
        return '\n'.join('\t'.join(str(c) for c in row) for row in [header] + rows)
    if style == 'semi':
        return '\n'.join(' ; '.join(str(c) for c in row) for row in [header] + rows)
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    if style == 'pipe':
        line = lambda row: '| ' + ' | '.join(str(c).ljust(w) for c, w in zip(row, widths)) + ' |'
        sep = '|' + '|'.join('-' * (w + 2) for w in widths) + '|'
        return '\n'.join([line(header), sep] + [line(x) for x in rows])
    line = lambda row: '  '.join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip()
    return '\n'.join([line(header)] + [line(x) for x in rows])


def blocks_to_text(blocks, style, wrap=0):
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            t = b[1]
            if wrap:
                t = '\n'.join(textwrap.fill(x, wrap, break_long_words=False,
                                            break_on_hyphens=False) if x else x
                              for x in t.split('\n'))
            out.append(t)
        elif k == 'list':
            bullet = style.get('bullet', '- ')
            out.append('\n'.join(f'{bullet}{it}' for it in b[1]))
        elif k == 'table':
            out.append(render_table_text(b[1], b[2], style.get('table', 'pipe')))
        elif k == 'kv':
            out.append('\n'.join(f'{kk} : {vv}' if style.get('lang') == 'fr' else f'{kk}: {vv}'
                                 for kk, vv in b[1]))
        elif k == 'sig':
            out.append(style.get('sigdash', '--') + '\n' + '\n'.join(b[1])
                       if style.get('sigdash') else '\n'.join(b[1]))
        elif k == 'quote':
            intro, inner, qstyle = b[1], b[2], b[3]
            inner_t = blocks_to_text(inner, style)
            if qstyle == 'gt':
                out.append(intro + '\n' + '\n'.join(('> ' + x) if x else '>'
                                                    for x in inner_t.split('\n')))
            else:
                out.append('_' * 32 + '\n' + intro + '\n\n' + inner_t)
        elif k == 'fwd':
            hdr, inner, intro = b[1], b[2], b[3]
            out.append(intro + '\n' + '\n'.join(hdr) + '\n\n' + blocks_to_text(inner, style))
    return '\n\n'.join(out) + '\n'


def _h(s, ent):
    e = html.escape(s, quote=False)
    if ent:
        e = ''.join(f'&{html.entities.codepoint2name[ord(c)]};'
                    if ord(c) > 127 and ord(c) in html.entities.codepoint2name else c for c in e)
    return e


def blocks_to_html_inner(blocks, style):
    ent = style.get('entities', False)
    pcls = ' class="MsoNormal"' if style.get('flavor') == 'outlook' else ''
    out = []
    for b in blocks:
        k = b[0]
        if k == 'p':
            out.append(f'<p{pcls}>' + '<br>\n'.join(_h(x, ent) for x in b[1].split('\n')) + '</p>')
        elif k == 'list':
            out.append('<ul>\n' + '\n'.join(f'<li>{_h(x, ent)}</li>' for x in b[1]) + '\n</ul>')
        elif k == 'table':
            rows = ['<tr>' + ''.join(f'<th style="text-align:left;padding:2px 6px">{_h(str(c), ent)}</th>'
                                     for c in b[1]) + '</tr>']
            for row in b[2]:
                rows.append('<tr>' + ''.join(f'<td style="padding:2px 6px">{_h(str(c), ent)}</td>'
                                             for c in row) + '</tr>')
            out.append('<table border="1" cellspacing="0" style="border-collapse:collapse">\n'
                       + '\n'.join(rows) + '\n</table>')
        elif k == 'kv':
            out.append('<table>\n' + '\n'.join(
                f'<tr><td><b>{_h(kk, ent)}</b></td><td>{_h(vv, ent)}</td></tr>' for kk, vv in b[1])
                + '\n</table>')
        elif k == 'sig':
            out.append('<div style="color:#555555;font-size:9pt">'
                       + '<br>\n'.join(_h(x, ent) for x in b[1]) + '</div>')
        elif k == 'quote':
            intro, inner = b[1], b[2]
            if style.get('flavor') == 'outlook':
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3pt 0 0 0">'
                           + f'<p{pcls}>' + '<br>\n'.join(_h(x, ent) for x in intro.split('\n'))
                           + '</p></div>\n' + blocks_to_html_inner(inner, style))
            else:
                out.append(f'<div class="gmail_quote">{_h(intro, ent)}<br>\n'
                           '<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n'
                           + blocks_to_html_inner(inner, style) + '\n</blockquote></div>')
        elif k == 'fwd':
            hdr, inner, intro = b[1], b[2], b[3]
            out.append(f'<div>{_h(intro, ent)}<br>\n' + '<br>\n'.join(_h(x, ent) for x in hdr)
                       + '</div>\n' + blocks_to_html_inner(inner, style))
    return '\n'.join(out)


def blocks_to_html(blocks, style, charset):
    body = blocks_to_html_inner(blocks, style)
    if style.get('flavor') == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif}</style>\n'
                '</head>\n<body lang="FR-CA">\n<div class="WordSection1">\n' + body
                + '\n</div>\n</body>\n</html>\n')
    return ('<html><head><meta charset="' + charset + '"></head>\n<body>\n<div dir="ltr">\n'
            + body + '\n</div>\n</body></html>\n')


def blocks_plain_lines(blocks, lang='fr'):
    """Lines for documents (PDF)."""
    return blocks_to_text(blocks, {'table': 'space', 'lang': lang}).split('\n')


# ----------------------------------------------------------------------------
# attachments
# ----------------------------------------------------------------------------

class Att:
    def __init__(self, filename, ctype, data, params=None, disposition='attachment'):
        self.filename, self.ctype, self.data = filename, ctype, data
        self.params = params or {}
        self.disposition = disposition


def normalize_zip(data, extra_time=FIXED_ZIP_TIME):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                                 rb'\g<1>' + FIXED_ISO.encode() + rb'\g<3>', content)
                content = re.sub(rb'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)',
                                 rb'\g<1>' + FIXED_ISO.encode() + rb'\g<2>', content)
            zi = zipfile.ZipInfo(info.filename, extra_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, blocks, r, lang='fr', author='', header_lines=()):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=r.choice([0, 1]))
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(pick(r, ['Télécopieur virtuel', 'Microsoft Word', 'DME InfoSanté', 'Scan2PDF']))
    y = 750
    for hl in header_lines:
        c.setFont('Helvetica', 8)
        c.drawString(50, y, hl)
        y -= 11
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y - 6, title)
    y -= 30
    c.setFont('Helvetica', 10)
    for raw in blocks_plain_lines(blocks, lang):
        for line in (textwrap.wrap(raw, 95) or ['']):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 750
            c.drawString(50, y, line)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, blocks, author=''):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    d.add_heading(title, 1)
    for b in blocks:
        if b[0] == 'p':
            d.add_paragraph(b[1])
        elif b[0] == 'list':
            for it in b[1]:
                d.add_paragraph(it, style='List Bullet')
        elif b[0] in ('table', 'kv'):
            if b[0] == 'kv':
                header, rows = None, [list(x) for x in b[1]]
            else:
                header, rows = b[1], b[2]
            allrows = ([header] if header else []) + rows
            t = d.add_table(rows=len(allrows), cols=len(allrows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(allrows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
        elif b[0] == 'sig':
            d.add_paragraph('\n'.join(b[1]))
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    from openpyxl import Workbook
    wb = Workbook()
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(header)
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, delim=',', encoding='utf-8'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n')
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode(encoding, errors='replace')


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    parts, cur = [], ''
    for ch in line:
        lim = 75 if not parts else 74
        if len((cur + ch).encode('utf-8')) > lim:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return '\r\n '.join(parts)


def make_ics(events, prodid, method='REQUEST'):
    """events: list of dicts uid,start(datetime),end,summary,location,description,organizer,attendees"""
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', f'PRODID:{prodid}', 'CALSCALE:GREGORIAN',
             f'METHOD:{method}']
    for e in events:
        lines += ['BEGIN:VEVENT', f'UID:{e["uid"]}', 'DTSTAMP:20250106T130000Z',
                  f'DTSTART;TZID=America/Toronto:{e["start"].strftime("%Y%m%dT%H%M%S")}',
                  f'DTEND;TZID=America/Toronto:{e["end"].strftime("%Y%m%dT%H%M%S")}',
                  f'SUMMARY:{ics_escape(e["summary"])}']
        if e.get('location'):
            lines.append(f'LOCATION:{ics_escape(e["location"])}')
        if e.get('description'):
            lines.append(f'DESCRIPTION:{ics_escape(e["description"])}')
        if e.get('organizer'):
            n, a = e['organizer']
            lines.append(f'ORGANIZER;CN="{n}":mailto:{a}')
        for n, a in e.get('attendees', []):
            lines.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
        if e.get('rrule'):
            lines.append(f'RRULE:{e["rrule"]}')
        lines += ['STATUS:CONFIRMED', 'END:VEVENT']
    lines.append('END:VCALENDAR')
    return ('\r\n'.join(ics_fold(x) for x in lines) + '\r\n').encode('utf-8')


def make_vcf(cards):
    """cards: list of dicts n=(last, first), fn, org, title, tel=[(type, num)], adr=(street,town,postal),
    email, bday, note"""
    out = []
    for c in cards:
        lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{c["n"][0]};{c["n"][1]};;;', f'FN:{c["fn"]}']
        if c.get('org'):
            lines.append(f'ORG:{ics_escape(c["org"])}')
        if c.get('title'):
            lines.append(f'TITLE:{ics_escape(c["title"])}')
        for t, num in c.get('tel', []):
            lines.append(f'TEL;TYPE={t}:{num}')
        if c.get('adr'):
            st, town, postal = c['adr']
            lines.append(f'ADR;TYPE={c.get("adrtype", "HOME")}:;;{ics_escape(st)};{ics_escape(town)};QC;{postal};Canada')
        if c.get('email'):
            lines.append(f'EMAIL;TYPE=INTERNET:{c["email"]}')
        if c.get('bday'):
            lines.append(f'BDAY:{c["bday"]}')
        if c.get('note'):
            lines.append(f'NOTE:{ics_escape(c["note"])}')
        lines.append('END:VCARD')
        out.append('\r\n'.join(ics_fold(x) for x in lines))
    return ('\r\n'.join(out) + '\r\n').encode('utf-8')


# ----------------------------------------------------------------------------
# MIME writer (hand-rolled for full control of bytes, boundaries, CTE)
# ----------------------------------------------------------------------------

def enc_header(value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        return Header(value, charset, maxlinelen=76).encode(linesep='\n')


def enc_addr(name_addr, charset='utf-8'):
    name, addr = name_addr
    if not name:
        return addr
    try:
        name.encode('ascii')
        return email.utils.formataddr((name, addr))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, addr), charset=charset)


def fold_addr_list(lst, charset):
    return ',\n '.join(enc_addr(x, charset) for x in lst)


def rfc2231(name):
    from urllib.parse import quote
    return quote(name.encode('utf-8'), safe='')


def attachment_filename_params(key, name):
    try:
        name.encode('ascii')
        return f'{key}="{name}"'
    except UnicodeEncodeError:
        return f"{key}*=utf-8''{rfc2231(name)}"


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


def text_part(text, subtype, charset, cte, extra_ct=''):
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        data = text.encode(charset)
    if cte in ('8bit', '7bit'):
        cte = '7bit' if all(b < 128 for b in data) else '8bit'
        if max((len(x) for x in data.split(b'\n')), default=0) > 900:
            cte = 'quoted-printable'
    hdrs = [('Content-Type', f'text/{subtype}; charset="{charset}"{extra_ct}'),
            ('Content-Transfer-Encoding', cte)]
    return (hdrs, encode_body(data, cte))


def att_part(att, r, force7=False):
    params = ''.join(f'; {k}={v}' for k, v in att.params.items())
    maintype = att.ctype.split('/')[0]
    hdrs = [('Content-Type', f'{att.ctype}{params}; ' + attachment_filename_params('name', att.filename))]
    if att.ctype == 'message/rfc822':
        hdrs = [('Content-Type', 'message/rfc822')]
        cte = '7bit' if all(b < 128 for b in att.data) else '8bit'
        body = att.data if att.data.endswith(b'\n') else att.data + b'\n'
    elif maintype == 'text' and att.ctype != 'text/html' and r.random() < 0.35 and not force7 and \
            all(b < 128 for b in att.data):
        cte, body = '7bit', att.data.replace(b'\r\n', b'\n')
        body = body if body.endswith(b'\n') else body + b'\n'
    elif maintype == 'text' and r.random() < 0.3:
        cte, body = 'quoted-printable', quopri.encodestring(att.data.replace(b'\r\n', b'\n'))
    else:
        cte, body = 'base64', base64.encodebytes(att.data)
    hdrs.append(('Content-Transfer-Encoding', cte))
    hdrs.append(('Content-Disposition', f'{att.disposition}; '
                 + attachment_filename_params('filename', att.filename)))
    return (hdrs, body)


def multipart(subtype, parts, boundary, extra=''):
    hdrs = [('Content-Type', f'multipart/{subtype}; boundary="{boundary}"{extra}')]
    chunks = []
    for ph, pb in parts:
        chunks.append(b'--' + boundary.encode() + b'\n' + render_headers(ph) + b'\n' + pb)
    body = (b'This is a multi-part message in MIME format.\n\n' if subtype == 'mixed' else b'') + \
        b'\n'.join(c if c.endswith(b'\n') else c + b'\n' for c in chunks) + \
        b'--' + boundary.encode() + b'--\n'
    return (hdrs, body)


def render_headers(hdrs):
    return b''.join(f'{k}: {v}\n'.encode('ascii') for k, v in hdrs)


def make_boundary(r, style):
    h = ''.join(pick(r, '0123456789abcdef') for _ in range(24))
    if style == 'outlook':
        return f'_000_{h.upper()[:20]}exchange_'
    if style == 'gmail':
        return f'000000000000{h[:16]}'
    return f'----=_Part_{r.randrange(10000, 99999)}_{r.randrange(10 ** 8, 10 ** 9)}.{r.randrange(10 ** 12, 10 ** 13)}'


# ----------------------------------------------------------------------------
# message spec, signatures, wrappers, composition
# ----------------------------------------------------------------------------

class Spec:
    def __init__(self, lang, sender, to, subject, blocks, atts=None, types=None, note='',
                 cc=None, transport=None, wrap=True, date=None, sender_org=None):
        self.lang, self.sender, self.to, self.subject = lang, sender, to, subject
        self.blocks, self.atts = blocks, atts or []
        self.types = set(types or [])
        self.note, self.cc, self.transport, self.wrap = note, cc or [], transport, wrap
        self.date, self.sender_org = date, sender_org
        self.in_reply_to = None
        self.headers_extra = []


DISCLAIMER_FR = ['AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                 "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.",
                 'Ce message est destiné uniquement au destinataire indiqué. Toute diffusion non autorisée est interdite.',
                 "Pensez à l'environnement avant d'imprimer ce courriel."]
DISCLAIMER_EN = ['CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received '
                 'it in error, please delete it and notify the sender.',
                 'This message is intended only for the named recipient. Unauthorized use is prohibited.',
                 'Please consider the environment before printing this e-mail.']


def sig_block(st, lang, r, full=True):
    lines = [st.disp(lang)]
    if r.random() < 0.85:
        lines.append(L(lang, *ROLES[st.role]))
    o = st.org
    lines.append(o['name'])
    if full and r.random() < 0.7:
        lines.append(f'{o["addr"]}, {o["town"]} (Québec) {o["postal"]}')
    if full or r.random() < 0.5:
        ext = f' {L(lang, "poste", "ext.")} {r.randrange(100, 9999)}' if r.random() < 0.5 else ''
        lines.append(f'{L(lang, "Tél.", "Tel.")} : {o["phone"]}{ext}' if lang == 'fr'
                     else f'Tel: {o["phone"]}{ext}')
        if r.random() < 0.5:
            lines.append(f'{L(lang, "Téléc.", "Fax")} : {o["fax"]}' if lang == 'fr' else f'Fax: {o["fax"]}')
    if r.random() < 0.45:
        lines.append('')
        lines.append(pick(r, DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN))
    return ('sig', lines)


def greet(lang, r, who=None, formal=False):
    if who and who.split()[0] in ('Dr', 'Dre', 'Dr.') and r.random() < 0.75:
        who = who.split()[0] + ' ' + who.split()[-1]
    if lang == 'fr':
        opts = ['Bonjour,', 'Bonjour à tous,', 'Bon matin,'] if not who else \
            [f'Bonjour {who},', f'Bonjour {who},', f'Salut {who},', f'Bon matin {who},']
        if formal:
            opts = ['Madame, Monsieur,', 'Bonjour,'] + ([f'Bonjour {who},'] if who else [])
    else:
        opts = ['Hi,', 'Hello,', 'Good morning,', 'Hi all,'] if not who else \
            [f'Hi {who},', f'Hello {who},', f'Dear {who},', f'Good morning {who},']
        if formal:
            opts = ['To whom it may concern,', 'Dear Sir or Madam,'] + ([f'Dear {who},'] if who else [])
    return pick(r, opts)


def close(lang, r):
    return pick(r, ['Merci!', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,',
                    'Merci de votre collaboration,', "Merci à l'avance,", 'Merci et bonne fin de semaine,',
                    'Bonne journée!']) if lang == 'fr' else \
        pick(r, ['Thanks,', 'Thank you,', 'Best regards,', 'Regards,', 'Thanks in advance,', 'Cheers,',
                 'Kind regards,'])


def rand_datetime(r, start=dt.date(2025, 1, 6), days=440):
    d = start + dt.timedelta(days=r.randrange(days))
    while d.weekday() >= 5 and r.random() < 0.9:
        d += dt.timedelta(days=1)
    return dt.datetime(d.year, d.month, d.day, r.randrange(7, 18), r.randrange(60), r.randrange(60))


def future_date(base, r, lo=2, hi=60, weekday=True):
    d = base.date() + dt.timedelta(days=r.randrange(lo, hi))
    while weekday and d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def tz_for(d):
    edt = dt.date(d.year, 3, 9) <= d.date() < dt.date(d.year, 11, 2)
    return dt.timezone(dt.timedelta(hours=-4 if edt else -5))


def fmt_sent(d, lang):
    if lang == 'fr':
        return f'{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}'
    return f'{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {fmt_time(d.hour, d.minute, "en")}'


def addr_str(na):
    return f'{na[0]} <{na[1]}>' if na[0] else na[1]


REPLY_TEXT = {
    'fr': ['Merci, c\'est noté.', 'Bien reçu, je m\'en occupe aujourd\'hui.', 'Parfait, merci!',
           'Reçu. On vous revient d\'ici vendredi.', 'Merci pour le suivi, je transmets au médecin.',
           'OK pour nous. Je confirme la date ci-dessous.', 'Bonjour, pouvez-vous vérifier la date svp? Merci',
           'C\'est fait, merci de nous avoir avisés.'],
    'en': ['Thanks, noted.', 'Got it, I will take care of it today.', 'Perfect, thank you!',
           'Received. We will get back to you by Friday.', 'Thanks for the follow-up, passing it on to the doctor.',
           'Works for us, confirming the date below.', 'Could you double-check the date please? Thanks',
           'Done, thanks for letting us know.'],
}
FWD_TEXT = {
    'fr': ['Pour ton info.', 'Peux-tu t\'en occuper stp?', 'Voir ci-dessous, merci de faire le suivi.',
           'FYI -- à mettre au dossier.', 'Je te transfère, c\'est pour ton secteur.', 'À traiter svp.'],
    'en': ['FYI.', 'Can you take care of this please?', 'See below, please follow up.',
           'FYI - for the chart.', 'Forwarding, this is for your area.', 'Please action.'],
}
EML_TEXT = {
    'fr': ['Voir le courriel ci-joint.', 'Je te joins le courriel reçu ce matin.', 'Ci-joint le message original pour ton dossier.'],
    'en': ['See attached e-mail.', 'Attaching the message we received this morning.', 'Original message attached for your records.'],
}


LIST_LOCALS = {'tous', 'all-staff', 'personnel', 'equipe', 'prescripteurs', 'gestionnaires', 'medecins', 'residents',
               'partenaires', 'infolettre', 'sad'}


def colleague_of(addr, r):
    domain = addr[1].split('@')[1]
    sex = pick(r, 'FM')
    g = pick(r, STAFF_F if sex == 'F' else STAFF_M)
    s = pick(r, STAFF_SUR)
    local = re.sub(r'[^a-z.]', '', ascii_fold(g + '.' + s).lower())
    return (f'{g} {s}', f'{local}@{domain}')


def wrap_spec(spec, r, mode):
    lang = spec.lang
    d0 = spec.date
    d1 = d0 + dt.timedelta(minutes=r.randrange(20, 3000))
    if mode == 'reply':
        replier = spec.to[0]
        if replier[1].split('@')[0] in LIST_LOCALS:
            replier = colleague_of(replier, r)
        qstyle = pick(r, ['gt', 'outlook'])
        if qstyle == 'gt':
            intro = (f'Le {fmt_sent(d0, "fr")}, {addr_str(spec.sender)} a écrit :' if lang == 'fr'
                     else f'On {fmt_sent(d0, "en")}, {addr_str(spec.sender)} wrote:')
        else:
            intro = '\n'.join([
                f'{L(lang, "De :", "From:")} {addr_str(spec.sender)}',
                f'{L(lang, "Envoyé :", "Sent:")} {fmt_sent(d0, lang)}',
                f'{L(lang, "À :", "To:")} {"; ".join(addr_str(x) for x in spec.to)}',
                f'{L(lang, "Objet :", "Subject:")} {spec.subject}'])
        blocks = [('p', pick(r, REPLY_TEXT[lang])), ('p', replier[0] or ''),
                  ('quote', intro, spec.blocks, qstyle)]
        new = Spec(lang, replier, [spec.sender], pick(r, ['RE: ', 'Re: ', 'RE : ']) + spec.subject,
                   blocks, spec.atts, spec.types, spec.note + '; reply quoting original', date=d1)
        new.in_reply_to = spec
        return new
    if mode == 'fwd':
        fwder = spec.to[0] if r.random() < 0.6 else spec.sender
        dest = colleague_of(fwder, r)
        if pick(r, ['gmail', 'outlook']) == 'gmail':
            intro = L(lang, '---------- Message transféré ---------', '---------- Forwarded message ---------')
            hdr = [f'{L(lang, "De :", "From:")} {addr_str(spec.sender)}',
                   f'{L(lang, "Date :", "Date:")} {fmt_sent(d0, lang)}',
                   f'{L(lang, "Objet :", "Subject:")} {spec.subject}',
                   f'{L(lang, "À :", "To:")} {", ".join(addr_str(x) for x in spec.to)}']
        else:
            intro = L(lang, '-----Message d\'origine-----', '-----Original Message-----')
            hdr = [f'{L(lang, "De :", "From:")} {addr_str(spec.sender)}',
                   f'{L(lang, "Envoyé :", "Sent:")} {fmt_sent(d0, lang)}',
                   f'{L(lang, "À :", "To:")} {"; ".join(addr_str(x) for x in spec.to)}',
                   f'{L(lang, "Objet :", "Subject:")} {spec.subject}']
        blocks = [('p', pick(r, FWD_TEXT[lang])), ('p', fwder[0] or ''), ('fwd', hdr, spec.blocks, intro)]
        new = Spec(lang, fwder, [dest], pick(r, ['TR: ', 'Fwd: ', 'FW: ', 'Tr : ']) + spec.subject,
                   blocks, spec.atts, spec.types, spec.note + '; inline forward', date=d1)
        return new
    if mode == 'eml':
        fwder = spec.to[0] if r.random() < 0.5 else spec.sender
        dest = colleague_of(fwder, r)
        inner = compose(spec, r, nested=True)
        fname = re.sub(r'[\\/:*?"<>|]', '_', spec.subject)[:60].strip() + '.eml'
        if r.random() < 0.4:
            fname = L(lang, 'message_original.eml', 'original_message.eml')
        blocks = [('p', pick(r, EML_TEXT[lang])), ('p', fwder[0] or '')]
        new = Spec(lang, fwder, [dest], pick(r, ['TR: ', 'Fwd: ', 'FW: ']) + spec.subject, blocks,
                   [Att(fname, 'message/rfc822', inner)], spec.types,
                   spec.note + '; original attached as message/rfc822', date=d1, transport='plain'
                   if r.random() < 0.5 else None)
        return new
    return spec


def compose(spec, r, nested=False):
    lang = spec.lang
    flavor = pick(r, ['outlook', 'gmail', 'other'])
    style = dict(lang=lang, table=pick(r, ['pipe', 'tab', 'space', 'semi']),
                 bullet=pick(r, ['- ', '* ', '• ', '  - ']), flavor=flavor,
                 entities=(flavor == 'outlook' and r.random() < 0.4),
                 sigdash=pick(r, ['', '', '--', '-- ']))
    transport = spec.transport or r.choices(['plain', 'alt', 'html'], [0.4, 0.4, 0.2])[0]
    charset = r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [0.6, 0.2, 0.2])[0]
    cte = r.choice(['quoted-printable', 'base64'] if nested else ['quoted-printable', 'base64', '8bit'])
    wrapw = 72 if r.random() < 0.15 else 0
    text = blocks_to_text(spec.blocks, style, wrapw)
    if charset != 'utf-8':
        text = text.replace('\u2019', "'") if charset == 'iso-8859-1' else text
    body_parts = []
    if transport in ('plain', 'alt'):
        extra = '; format=flowed' if (transport == 'plain' and r.random() < 0.1 and not wrapw) else ''
        body_parts.append(text_part(text, 'plain', charset, cte, extra))
    if transport in ('html', 'alt'):
        h = blocks_to_html(spec.blocks, style, charset)
        if charset == 'iso-8859-1':
            h = h.replace('\u2019', "'")
        body_parts.append(text_part(h, 'html', charset, r.choice(['quoted-printable', 'base64'])
                                    if nested or r.random() < 0.7 else '8bit'))
    if len(body_parts) == 2:
        body = multipart('alternative', body_parts, make_boundary(r, flavor))
    else:
        body = body_parts[0]
    if spec.atts:
        parts = [body] + [att_part(a, r, force7=nested) for a in spec.atts]
        top = multipart('mixed', parts, make_boundary(r, flavor))
    else:
        top = body
    d = spec.date
    dd = d.replace(tzinfo=tz_for(d))
    hcs = 'utf-8' if r.random() < 0.7 else charset
    if hcs == 'iso-8859-1':
        hcs = 'utf-8'
    hdrs = []
    if flavor == 'other' and r.random() < 0.5:
        hdrs.append(('Return-Path', f'<{spec.sender[1]}>'))
    hdrs += [('From', enc_addr(spec.sender, hcs)), ('To', fold_addr_list(spec.to, hcs))]
    if spec.cc:
        hdrs.append(('Cc', fold_addr_list(spec.cc, hcs)))
    subj = spec.subject
    try:
        subj.encode(hcs)
    except UnicodeEncodeError:
        hcs = 'utf-8'
    hdrs.append(('Subject', enc_header(subj, hcs)))
    hdrs.append(('Date', email.utils.format_datetime(dd)))
    dom = spec.sender[1].split('@')[1]
    mid = ''.join(pick(r, '0123456789ABCDEF') for _ in range(16))
    hdrs.append(('Message-ID', f'<{mid}.{r.randrange(1000, 9999)}@{dom}>'))
    if spec.in_reply_to is not None:
        ref = f'<{"".join(pick(r, "0123456789abcdef") for _ in range(20))}@{spec.to[0][1].split("@")[1]}>'
        hdrs += [('In-Reply-To', ref), ('References', ref)]
    if flavor == 'outlook':
        hdrs += [('Thread-Topic', enc_header(re.sub(r'^(RE|TR|Fwd|FW|Re|Tr) ?: ?', '', subj), hcs)),
                 ('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'),
                 ('X-MS-Has-Attach', 'yes' if spec.atts else '')]
        if hdrs[-1][1] == '':
            hdrs.pop()
    elif flavor == 'other':
        hdrs.append(('X-Mailer', pick(r, ['Zimbra 9.0.0_GA', 'Thunderbird 115.6.0', 'DME InfoSante notifier 4.2',
                                           'Roundcube Webmail/1.6.5'])))
    hdrs += spec.headers_extra
    hdrs.append(('MIME-Version', '1.0'))
    return render_headers(hdrs + top[0]) + b'\n' + top[1]


# ----------------------------------------------------------------------------
# clinical vocabulary (bilingual)
# ----------------------------------------------------------------------------

MEDS = {
    'metf': ('metformine 500 mg BID', 'metformin 500 mg BID'),
    'metf2': ('Metformine 1000 mg 2 fois par jour', 'Metformin 1000 mg twice daily'),
    'empa': ('empagliflozine (Jardiance) 10 mg DIE', 'empagliflozin (Jardiance) 10 mg daily'),
    'glar': ('insuline glargine 24 U au coucher', 'insulin glargine 24 units at bedtime'),
    'rami': ('ramipril 5 mg DIE', 'ramipril 5 mg once daily'),
    'amlo': ('amlodipine 10 mg DIE', 'amlodipine 10 mg daily'),
    'hctz': ('hydrochlorothiazide 25 mg le matin', 'hydrochlorothiazide 25 mg in the morning'),
    'apix': ('apixaban (Eliquis) 5 mg BID', 'apixaban (Eliquis) 5 mg BID'),
    'warf': ('warfarine (Coumadin) 4 mg selon INR', 'warfarin (Coumadin) 4 mg per INR'),
    'biso': ('bisoprolol 5 mg DIE', 'bisoprolol 5 mg daily'),
    'furo': ('furosémide 40 mg le matin', 'furosemide 40 mg every morning'),
    'entr': ('sacubitril/valsartan (Entresto) 49/51 mg BID', 'sacubitril/valsartan (Entresto) 49/51 mg BID'),
    'tiot': ('tiotropium (Spiriva) 2,5 mcg 2 inh DIE', 'tiotropium (Spiriva) 2.5 mcg 2 puffs daily'),
    'salb': ('salbutamol 100 mcg 2 inh PRN', 'salbutamol 100 mcg 2 puffs PRN'),
    'symb': ('budésonide/formotérol (Symbicort) 200/6 1 inh BID', 'budesonide/formoterol (Symbicort) 200/6 1 puff BID'),
    'sert': ('sertraline 100 mg DIE', 'sertraline 100 mg daily'),
    'esci': ('escitalopram 10 mg DIE', 'escitalopram 10 mg daily'),
    'quet': ('quétiapine 50 mg HS', 'quetiapine 50 mg at bedtime'),
    'lith': ('lithium 300 mg BID', 'lithium carbonate 300 mg BID'),
    'levo': ('lévothyroxine (Synthroid) 88 mcg DIE', 'levothyroxine (Synthroid) 88 mcg daily'),
    'done': ('donépézil 10 mg HS', 'donepezil 10 mg at bedtime'),
    'sine': ('lévodopa/carbidopa 100/25 TID', 'levodopa/carbidopa 100/25 TID'),
    'mtx': ('méthotrexate 20 mg 1 fois par semaine', 'methotrexate 20 mg once weekly'),
    'fol': ('acide folique 5 mg DIE', 'folic acid 5 mg daily'),
    'adal': ('adalimumab 40 mg s.c. aux 2 semaines', 'adalimumab 40 mg SC every 2 weeks'),
    'hydro': ('hydromorphone 2 mg q4h PRN', 'hydromorphone 2 mg q4h PRN'),
    'tamo': ('tamoxifène 20 mg DIE', 'tamoxifen 20 mg daily'),
    'nalt': ('naltrexone 50 mg DIE', 'naltrexone 50 mg daily'),
    'bikt': ('Biktarvy 1 co DIE', 'Biktarvy 1 tab daily'),
    'ator': ('atorvastatine 40 mg HS', 'atorvastatin 40 mg at bedtime'),
    'pant': ('pantoprazole 40 mg DIE', 'pantoprazole 40 mg daily'),
    'cycl': ('cyclobenzaprine 10 mg HS', 'cyclobenzaprine 10 mg at bedtime'),
    'napr': ('naproxène 500 mg BID x 10 jours', 'naproxen 500 mg BID x 10 days'),
    'preg': ('prégabaline 75 mg BID', 'pregabalin 75 mg BID'),
    'b12': ('cyanocobalamine 1000 mcg IM 1 fois par mois', 'vitamin B12 1000 mcg IM monthly'),
    'mesa': ('mésalazine 1,2 g BID', 'mesalamine 1.2 g BID'),
    'sofo': ('sofosbuvir/velpatasvir (Epclusa) 1 co DIE x 12 sem', 'sofosbuvir/velpatasvir (Epclusa) 1 tab daily x 12 wks'),
    'clop': ('clopidogrel 75 mg DIE', 'clopidogrel 75 mg daily'),
    'tram': ('tramadol 50 mg q6h PRN', 'tramadol 50 mg q6h PRN'),
}

CONDITIONS = [
    dict(fr='diabète de type 2 mal contrôlé', en='poorly controlled type 2 diabetes', spec=('endocrinologie', 'endocrinology'),
         meds=['metf2', 'empa', 'glar', 'ator'], labs=['hba1c', 'glu', 'creat'],
         home=('surveillance des glycémies et soins des pieds', 'blood glucose monitoring and foot care')),
    dict(fr='hypertension artérielle', en='hypertension', spec=('médecine interne', 'internal medicine'),
         meds=['rami', 'amlo', 'hctz'], labs=['k', 'creat'],
         home=('prise de tension artérielle 2x/sem', 'blood pressure checks twice a week')),
    dict(fr='MPOC sévère (O2 à domicile)', en='severe COPD on home oxygen', spec=('pneumologie', 'respirology'),
         meds=['tiot', 'salb', 'symb'], labs=['gaz'],
         home=('suivi inhalothérapie et saturation', 'respiratory therapy follow-up and O2 saturation')),
    dict(fr='insuffisance cardiaque (FEVG 30 %)', en='heart failure (LVEF 30%)', spec=('cardiologie', 'cardiology'),
         meds=['entr', 'biso', 'furo'], labs=['bnp', 'k', 'creat'],
         home=('pesée quotidienne et surveillance des œdèmes', 'daily weights and edema monitoring')),
    dict(fr='fibrillation auriculaire', en='atrial fibrillation', spec=('cardiologie', 'cardiology'),
         meds=['apix', 'biso', 'warf'], labs=['inr', 'creat'],
         home=('INR à domicile', 'home INR testing')),
    dict(fr='dépression majeure', en='major depressive disorder', spec=('psychiatrie', 'psychiatry'),
         meds=['sert', 'esci', 'quet'], labs=['tsh'],
         home=('suivi psychosocial', 'psychosocial follow-up')),
    dict(fr='trouble bipolaire de type I', en='bipolar I disorder', spec=('psychiatrie', 'psychiatry'),
         meds=['lith', 'quet'], labs=['lith', 'tsh', 'creat'],
         home=('surveillance de la prise de médication', 'medication adherence monitoring')),
    dict(fr='hypothyroïdie', en='hypothyroidism', spec=('endocrinologie', 'endocrinology'),
         meds=['levo'], labs=['tsh'], home=('prise de sang à domicile', 'home blood draw')),
    dict(fr='insuffisance rénale chronique stade 4', en='stage 4 chronic kidney disease', spec=('néphrologie', 'nephrology'),
         meds=['furo', 'ator'], labs=['creat', 'dfg', 'k', 'hb'],
         home=('prise de sang à domicile et pesée', 'home blood draw and weights')),
    dict(fr="maladie d'Alzheimer (stade modéré)", en="Alzheimer's disease, moderate stage", spec=('gériatrie', 'geriatrics'),
         meds=['done'], labs=['b12'],
         home=('évaluation de l\'autonomie (OEMC) et répit pour l\'aidante', 'functional assessment and caregiver respite')),
    dict(fr='maladie de Parkinson', en="Parkinson's disease", spec=('neurologie', 'neurology'),
         meds=['sine'], labs=[], home=('évaluation ergothérapie (chutes)', 'OT falls assessment')),
    dict(fr='polyarthrite rhumatoïde', en='rheumatoid arthritis', spec=('rhumatologie', 'rheumatology'),
         meds=['mtx', 'fol', 'adal'], labs=['alt', 'hb', 'crp'],
         home=('injection s.c. et enseignement', 'SC injection and teaching')),
    dict(fr='cancer du sein (post-mastectomie)', en='breast cancer, post-mastectomy', spec=('oncologie', 'oncology'),
         meds=['tamo', 'hydro'], labs=['hb'],
         home=('soins de plaie et gestion de la douleur', 'wound care and pain management')),
    dict(fr='ulcère veineux à la jambe gauche', en='venous leg ulcer (left)', spec=('soins de plaies', 'wound clinic'),
         meds=['pant'], labs=['hba1c'],
         home=('pansement 3x/semaine', 'dressing change 3x/week')),
    dict(fr='maladie de Crohn', en="Crohn's disease", spec=('gastro-entérologie', 'gastroenterology'),
         meds=['mesa', 'adal'], labs=['crp', 'hb', 'ferr'],
         home=('injection s.c. et suivi nutritionnel', 'SC injection and nutrition follow-up')),
    dict(fr='hépatite C chronique', en='chronic hepatitis C', spec=('gastro-entérologie', 'gastroenterology'),
         meds=['sofo'], labs=['alt', 'hcv'], home=('suivi de l\'observance', 'adherence follow-up')),
    dict(fr='VIH sous traitement', en='HIV on treatment', spec=('microbiologie-infectiologie', 'infectious diseases'),
         meds=['bikt'], labs=['cv', 'cd4'], home=('suivi de l\'observance', 'adherence follow-up')),
    dict(fr="trouble lié à l'usage de l'alcool", en='alcohol use disorder', spec=('médecine des toxicomanies', 'addiction medicine'),
         meds=['nalt'], labs=['ggt', 'alt'], home=('suivi psychosocial', 'psychosocial follow-up')),
    dict(fr='apnée obstructive du sommeil sévère', en='severe obstructive sleep apnea', spec=('clinique du sommeil', 'sleep clinic'),
         meds=[], labs=['ahi'], home=('installation CPAP', 'CPAP set-up')),
    dict(fr='gonarthrose droite sévère', en='severe right knee osteoarthritis', spec=('orthopédie', 'orthopedics'),
         meds=['napr', 'tram'], labs=[], home=('physiothérapie à domicile', 'home physiotherapy')),
]

LABS = {
    'hba1c': ('HbA1c', 'HbA1c', (7.6, 11.2), 1, '%', '< 7,0'),
    'glu': ('Glycémie à jeun', 'Fasting glucose', (7.5, 15.0), 1, 'mmol/L', '3,6-6,0'),
    'creat': ('Créatinine', 'Creatinine', (118, 260), 0, 'µmol/L', '50-110'),
    'dfg': ('DFGe', 'eGFR', (16, 29), 0, 'mL/min/1,73 m²', '> 60'),
    'k': ('Potassium', 'Potassium', (5.4, 6.3), 1, 'mmol/L', '3,5-5,0'),
    'hb': ('Hémoglobine', 'Hemoglobin', (82, 108), 0, 'g/L', '120-160'),
    'inr': ('INR', 'INR', (3.3, 5.1), 1, '', '2,0-3,0'),
    'tsh': ('TSH', 'TSH', (6.2, 14.5), 2, 'mUI/L', '0,35-5,00'),
    'bnp': ('NT-proBNP', 'NT-proBNP', (1800, 6400), 0, 'ng/L', '< 450'),
    'lith': ('Lithémie', 'Lithium level', (1.3, 1.8), 2, 'mmol/L', '0,6-1,2'),
    'b12': ('Vitamine B12', 'Vitamin B12', (90, 140), 0, 'pmol/L', '> 150'),
    'alt': ('ALT', 'ALT', (88, 240), 0, 'U/L', '< 40'),
    'crp': ('CRP', 'CRP', (24, 96), 0, 'mg/L', '< 5'),
    'ferr': ('Ferritine', 'Ferritin', (4, 11), 0, 'µg/L', '30-300'),
    'gaz': ('PaCO2 (gaz artériel)', 'PaCO2 (ABG)', (52, 68), 0, 'mmHg', '35-45'),
    'hcv': ('ARN VHC', 'HCV RNA', (120000, 980000), 0, 'UI/mL', 'non détecté'),
    'cv': ('Charge virale VIH', 'HIV viral load', (40, 380), 0, 'copies/mL', '< 40'),
    'cd4': ('CD4', 'CD4 count', (180, 420), 0, 'cellules/µL', '500-1500'),
    'ggt': ('GGT', 'GGT', (140, 520), 0, 'U/L', '< 60'),
    'ahi': ('IAH (polysomnographie)', 'AHI (polysomnography)', (32, 68), 0, '/h', '< 5'),
}


def lab_row(key, lang, r):
    fr, en, (lo, hi), nd, unit, ref = LABS[key]
    v = r.uniform(lo, hi)
    val = fmt_num(v, lang, nd) if nd else f'{int(round(v))}'
    if lang == 'en':
        ref = ref.replace(',', '.')
        if ref == 'non détecté':
            ref = 'not detected'
        unit = unit.replace('1,73', '1.73').replace('cellules', 'cells')
    return [L(lang, fr, en), val, unit, ref, pick(r, ['H', 'H', 'A', '*', '↑']) if lang == 'fr' else pick(r, ['H', 'H', 'A', '*'])]


def cond(r):
    return pick(r, CONDITIONS)


def dx(c, lang):
    return c[lang]


def meds_of(c, lang, r, k=None):
    keys = list(c['meds'])
    if not keys:
        keys = ['ator']
    r.shuffle(keys)
    k = k or r.randrange(1, len(keys) + 1)
    return [MEDS[x][0 if lang == 'fr' else 1] for x in keys[:k]]


# ----------------------------------------------------------------------------
# patient formatting helpers (record the finding types they emit)
# ----------------------------------------------------------------------------

def pname(p, lang, r, T, style=None):
    T.add('patient_name')
    style = style or pick(r, ['full', 'full', 'title', 'title', 'sfirst', 'caps', 'title_sur', 'plain_sur'])
    if style == 'full':
        return p.full
    if style == 'title':
        return f'{p.title(lang)} {p.full}'
    if style == 'sfirst':
        return f'{p.surname}, {p.given}'
    if style == 'caps':
        return f'{p.surname.upper()} {p.given}'
    if style == 'title_sur':
        return f'{p.title(lang)} {p.surname}'
    if style == 'lower':
        return p.full.lower()
    return f'{p.given} {p.surname.upper()}'


def pdob(p, lang, r, T):
    T.add('date_of_birth')
    return fmt_dob(p.dob, lang, r)


def pnam(p, r, T, style=None):
    T.add('ramq_nam')
    return fmt_nam(p.nam, r, style)


def ident_fields(p, lang, r, T, dob=0.7, nam=0.6, phone=0.3, addr=0.2, mrn=0.2, keys=None):
    """kv rows identifying a patient; probabilities per field."""
    rows = []
    k = keys or pick(r, ['a', 'b', 'c'])
    namek = {'a': L(lang, 'Patient(e)', 'Patient'), 'b': L(lang, 'Nom', 'Name'), 'c': L(lang, 'Usager', 'Client')}[k]
    rows.append((namek, pname(p, lang, r, T, pick(r, ['full', 'sfirst', 'caps', 'title']))))
    if r.random() < dob:
        rows.append((pick(r, [L(lang, 'DDN', 'DOB'), L(lang, 'Date de naissance', 'Date of birth'),
                              L(lang, 'Né(e) le', 'D.O.B.')]), pdob(p, lang, r, T)))
    if not p.nam and 'ohip' in p.extra and r.random() < max(nam, 0.5):
        T.add('ca_health_number')
        rows.append((pick(r, [L(lang, 'Carte Santé Ontario', 'Ontario health card'), 'OHIP', 'HCN']), fmt_ohip(p.extra['ohip'], r)))
    if not p.nam and 'nir' in p.extra and r.random() < max(nam, 0.5):
        T.add('fr_nir')
        rows.append((pick(r, ['NIR', L(lang, 'No sécu (France)', 'French social security no.')]), fmt_nir(p.extra['nir'], r)))
    if not p.nam and 'niss' in p.extra and r.random() < max(nam, 0.5):
        T.add('be_niss')
        rows.append((pick(r, ['NISS', L(lang, 'No national (Belgique)', 'Belgian national no.')]), fmt_niss(p.extra['niss'], r)))
    if p.nam and r.random() < nam:
        rows.append((pick(r, ['NAM', 'No RAMQ', L(lang, "No d'assurance maladie", 'RAMQ #'),
                              L(lang, 'Carte soleil', 'Health card (RAMQ)')]), pnam(p, r, T)))
    x = patient_details(p, r)
    if r.random() < mrn:
        T.add('mrn')
        rows.append((pick(r, [L(lang, 'No dossier', 'Chart #'), 'MRN', L(lang, 'Dossier', 'File no.')]), x['mrn']))
    if r.random() < addr:
        T.add('patient_contact')
        rows.append((L(lang, 'Adresse', 'Address'), x['addr']))
    if r.random() < phone:
        T.add('patient_contact')
        rows.append((pick(r, [L(lang, 'Tél.', 'Phone'), L(lang, 'Téléphone', 'Tel'), L(lang, 'Cell', 'Cell')]), x['phone']))
    return rows


def any_health_id(q, r, T, prob, nam_style=None):
    """RAMQ NAM, or the Ontario / French / Belgian number of an out-of-province patient, or ''."""
    if r.random() >= prob:
        return ''
    if q.nam:
        return pnam(q, r, T, nam_style)
    if 'ohip' in q.extra:
        T.add('ca_health_number')
        return fmt_ohip(q.extra['ohip'], r)
    if 'nir' in q.extra:
        T.add('fr_nir')
        return fmt_nir(q.extra['nir'], r)
    if 'niss' in q.extra:
        T.add('be_niss')
        return fmt_niss(q.extra['niss'], r)
    return ''


def to_patient(p, lang, r, T):
    x = patient_details(p, r)
    T.add('patient_contact')
    T.add('patient_name')
    return (p.full, x['email'])


def choose_patient(W, r, lang, p_nam=0.65):
    return W.nam_patient() if r.random() < p_nam else W.other_patient(r, lang)


def maybe_typo(text, r, p=0.25):
    return typo(text, r) if r.random() < p else text


def safe_fname(s):
    s = s.replace(' ', '_').replace(',', '').replace("'", '')
    return re.sub(r'[^\w.\-]', '', s)


def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


# ============================================================================
# POSITIVE templates -- each returns a Spec and records the finding types
# ============================================================================

def p_booking(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    c = cond(r)
    d0 = rand_datetime(r)
    when = future_date(d0, r, 3, 70)
    h, m = pick(r, [(8, 0), (8, 30), (9, 15), (10, 0), (13, 30), (14, 45), (15, 20)])
    clinic = W.org(r, 'clinic')
    spec_fr, spec_en = c['spec']
    variant = r.randrange(4)
    atts = []
    if variant == 0:   # clinic -> patient
        sec = W.staff(r, clinic, 'admin')
        doc = W.staff(r, clinic, 'spec')
        to = [to_patient(p, lang, r, T)]
        nm = pname(p, lang, r, T, pick(r, ['title_sur', 'title', 'full']))
        T.add('diagnosis')
        if lang == 'fr':
            paras = [f'Bonjour {nm},',
                     maybe_typo(f'Nous vous confirmons votre rendez-vous en {spec_fr} avec {doc.disp("fr")} le '
                                f'{fmt_dayname(when, "fr")} {fmt_date(when, "fr", r, "long")} à {fmt_time(h, m, "fr")}, '
                                f'pour le suivi de votre {dx(c, "fr")}.', r),
                     'Veuillez vous présenter 15 minutes avant avec votre carte d\'assurance maladie et la liste à jour de vos médicaments.'
                     + (' Vous devez être à jeun depuis minuit.' if r.random() < 0.3 else ''),
                     f'Pour annuler ou déplacer ce rendez-vous, communiquez avec nous au {clinic["phone"]} au moins 48 h à l\'avance.']
            subj = pick(r, [f'Confirmation de rendez-vous - {spec_fr}', 'Votre rendez-vous', f'Rappel : rendez-vous du {fmt_date(when, "fr", r, "iso")}'])
        else:
            paras = [f'Hello {nm},',
                     maybe_typo(f'This is to confirm your {spec_en} appointment with {doc.disp("en")} on '
                                f'{fmt_dayname(when, "en")}, {fmt_date(when, "en", r, "long")} at {fmt_time(h, m, "en")} '
                                f'for the follow-up of your {dx(c, "en")}.', r),
                     'Please arrive 15 minutes early and bring your health insurance card and an up-to-date list of your medications.',
                     f'To cancel or reschedule, please call {clinic["phone"]} at least 48 hours in advance.']
            subj = pick(r, [f'Appointment confirmation - {spec_en}', 'Your upcoming appointment', f'Reminder: appointment on {fmt_date(when, "en", r, "iso")}'])
        blocks = [('p', x) for x in paras] + [('p', close(lang, r)), sig_block(sec, lang, r)]
        if r.random() < 0.2 and p.nam:
            blocks.insert(3, ('p', L(lang, f'Numéro de dossier : {patient_details(p, r)["mrn"]}',
                                     f'File number: {patient_details(p, r)["mrn"]}')))
            T.add('mrn')
        sender = sec.addr(lang, r)
        wrap = ['eml', 'fwd', None]
        if r.random() < 0.6:
            start = dt.datetime(when.year, when.month, when.day, h, m)
            atts.append(Att('rendez-vous.ics' if lang == 'fr' else 'appointment.ics', 'text/calendar',
                            make_ics([dict(uid=f'{r.getrandbits(48):x}@{clinic["domain"]}', start=start,
                                           end=start + dt.timedelta(minutes=30),
                                           summary=L(lang, f'Rendez-vous {spec_fr} - {p.full}', f'{spec_en} appointment - {p.full}'),
                                           location=f'{clinic["name"]}, {clinic["addr"]}, {clinic["town"]}',
                                           description=L(lang, f'Suivi {dx(c, "fr")}. Apporter carte RAMQ.', f'Follow-up {dx(c, "en")}. Bring RAMQ card.'),
                                           organizer=(sec.full, sec.email), attendees=[to[0]])],
                                     f'-//{clinic["domain"]}//Agenda//FR'), params={'method': 'REQUEST', 'charset': 'utf-8'}))
        return Spec(lang, sender, to, subj, blocks, atts, T, 'booking confirmation to patient', wrap=wrap,
                    date=d0)
    if variant == 1:   # GMF -> clinic, booking request
        gmf = W.org(r, 'gmf')
        sec = W.staff(r, gmf, pick(r, ['admin', 'nurse']))
        rec = W.staff(r, clinic, 'admin')
        rows = ident_fields(p, lang, r, T, dob=0.9, nam=0.8, phone=0.7, addr=0.2)
        T.add('diagnosis')
        prio = pick(r, ['P2 (< 30 jours)', 'P3 (< 3 mois)', 'urgent', 'semi-urgent']) if lang == 'fr' else \
            pick(r, ['P2 (< 30 days)', 'P3 (< 3 months)', 'urgent', 'semi-urgent'])
        rows.append((L(lang, 'Motif', 'Reason'), dx(c, lang) + pick(r, ['', L(lang, ', détérioration récente', ', recent worsening')])))
        rows.append((L(lang, 'Priorité', 'Priority'), prio))
        if lang == 'fr':
            intro = maybe_typo(pick(r, ['Pourriez-vous svp donner un rendez-vous à la patiente suivante?' if p.sex == 'F' else 'Pourriez-vous svp donner un rendez-vous au patient suivant?',
                                        f'Demande de rendez-vous en {spec_fr} pour un de nos patients, référence faite par le médecin de famille.',
                                        'Je vous envoie une demande de rdv, la requête signée suit par fax.']), r)
            subj = pick(r, [f'Demande de rdv {spec_fr}', f'Rendez-vous {spec_fr} - {p.surname}', 'Demande de rendez-vous'])
        else:
            intro = pick(r, ['Could you please book an appointment for the following patient?',
                             f'Booking request for {spec_en}; the signed referral follows by fax.',
                             'Sending you a booking request for one of our patients.'])
            subj = pick(r, [f'Booking request - {spec_en}', f'{spec_en} appointment - {p.surname}', 'Appointment request'])
        if p.surname in subj:
            T.add('patient_name')
        blocks = [('p', greet(lang, r, rec.given)), ('p', intro), ('kv', rows),
                  ('p', L(lang, 'La patiente préfère les avant-midis.' if p.sex == 'F' else 'Le patient préfère les avant-midis.',
                          'The patient prefers mornings.')) if r.random() < 0.4 else ('p', close(lang, r)),
                  sig_block(sec, lang, r)]
        return Spec(lang, sec.addr(lang, r), [rec.addr(lang, r)], subj, blocks, atts, T,
                    'booking request GMF to clinic', date=d0)
    if variant == 2:   # clinic -> GMF: no-show / rebooked
        gmf = W.org(r, 'gmf')
        sec = W.staff(r, clinic, 'admin')
        md = W.staff(r, gmf, 'md')
        nm = pname(p, lang, r, T)
        dob = pdob(p, lang, r, T) if r.random() < 0.7 else None
        T.add('diagnosis')
        if lang == 'fr':
            txt = (f'Votre patient{"e" if p.sex == "F" else ""} {nm}' + (f' (DDN {dob})' if dob else '') +
                   f' ne s\'est pas présenté{"e" if p.sex == "F" else ""} à son rendez-vous en {spec_fr} '
                   f'({dx(c, "fr")}). Nous avons fixé un nouveau rendez-vous le {fmt_date(when, "fr", r)} à {fmt_time(h, m, "fr")}.')
            extra = pick(r, ['Nous n\'avons pas réussi à le joindre au numéro au dossier.',
                             'Pouvez-vous l\'en aviser lors de sa prochaine visite au GMF?',
                             'Après deux absences, la demande sera fermée selon notre politique.'])
            subj = pick(r, ['Absence au rendez-vous', f'No-show {spec_fr}', f'RDV manqué - {p.surname}'])
        else:
            txt = (f'Your patient {nm}' + (f' (DOB {dob})' if dob else '') +
                   f' did not show up for the {spec_en} appointment ({dx(c, "en")}). '
                   f'We have rebooked for {fmt_date(when, "en", r)} at {fmt_time(h, m, "en")}.')
            extra = pick(r, ['We could not reach the patient at the number on file.',
                             'Could you let them know at their next visit?',
                             'After two no-shows the referral will be closed as per our policy.'])
            subj = pick(r, ['Missed appointment', f'No-show {spec_en}', f'Missed appt - {p.surname}'])
        if p.surname in subj:
            T.add('patient_name')
        blocks = [('p', greet(lang, r, md.disp(lang))), ('p', maybe_typo(txt, r)), ('p', extra),
                  ('p', close(lang, r)), sig_block(sec, lang, r)]
        return Spec(lang, sec.addr(lang, r), [md.addr(lang, r)], subj, blocks, atts, T,
                    'no-show notice clinic to GMF', date=d0)
    # variant 3: GMF internal booking sheet (table of the day) sent to the clinic
    gmf = W.org(r, 'gmf')
    sec = W.staff(r, gmf, 'admin')
    rec = W.staff(r, clinic, 'admin')
    rows = []
    for i in range(r.randrange(3, 6)):
        q = p if i == 0 else choose_patient(W, r, lang, 0.4)
        cc = c if i == 0 else cond(r)
        tt = dt.time(8 + i, pick(r, [0, 15, 30, 45]))
        rows.append([tt.strftime('%H:%M'), pname(q, lang, r, T, pick(r, ['caps', 'sfirst'])),
                     pdob(q, lang, r, T), any_health_id(q, r, T, 0.7), dx(cc, lang)])
    T.add('diagnosis')
    header = [L(lang, 'Heure', 'Time'), L(lang, 'Nom', 'Name'), L(lang, 'DDN', 'DOB'), L(lang, 'No ass. maladie', 'Health card'),
              L(lang, 'Motif', 'Reason')]
    subj = L(lang, f'Horaire des consultations {spec_fr} du {fmt_date(when, "fr", r, "iso")}',
             f'{spec_en} consult list for {fmt_date(when, "en", r, "iso")}')
    blocks = [('p', greet(lang, r, rec.given)),
              ('p', L(lang, 'Voici la liste des patients inscrits pour la plage réservée au GMF :',
                      'Here is the list of patients booked in the GMF slot:'))]
    if r.random() < 0.5:
        blocks.append(('table', header, rows))
    else:
        fn = L(lang, f'liste_rdv_{when.isoformat()}.xlsx', f'booking_list_{when.isoformat()}.xlsx')
        atts.append(Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(L(lang, 'RDV', 'Bookings'), header, rows)], sec.full)))
        blocks.append(('p', L(lang, 'Liste en pièce jointe.', 'List attached.')))
    blocks += [('p', close(lang, r)), sig_block(sec, lang, r)]
    return Spec(lang, sec.addr(lang, r), [rec.addr(lang, r)], subj, blocks, atts, T,
                'booking roster (table/xlsx)', date=d0)


def p_rx_renewal(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    c = cond(r)
    d0 = rand_datetime(r)
    ph = W.org(r, 'pharmacy')
    gmf = W.org(r, 'gmf')
    pharm = W.staff(r, ph, pick(r, ['pharm', 'tech']))
    md = W.staff(r, gmf, pick(r, ['md', 'md', 'ips']))
    meds = meds_of(c, lang, r)
    T.add('medication')
    atts = []
    variant = r.randrange(3)
    if variant == 0:   # pharmacy -> GMF, renewal request
        rows = ident_fields(p, lang, r, T, dob=0.85, nam=0.4, phone=0.3, addr=0.15)
        medrows = [[mm, fmt_date(d0.date() - dt.timedelta(days=r.randrange(20, 90)), lang, r, 'iso'),
                    str(r.randrange(0, 2))] for mm in meds]
        mh = [L(lang, 'Médicament', 'Medication'), L(lang, 'Dernier service', 'Last fill'), L(lang, 'Renouv. restants', 'Refills left')]
        if r.random() < 0.5:
            T.add('diagnosis')
            rows.append((L(lang, 'Indication', 'Indication'), dx(c, lang)))
        title = L(lang, 'DEMANDE DE RENOUVELLEMENT D\'ORDONNANCE', 'PRESCRIPTION RENEWAL REQUEST')
        if r.random() < 0.5:
            doc_blocks = [('kv', rows), ('table', mh, medrows),
                          ('p', L(lang, f'Prescripteur : {md.disp("fr")}', f'Prescriber: {md.disp("en")}')),
                          ('p', L(lang, 'Signature du prescripteur : ____________________   Date : __________',
                                  "Prescriber's signature: ____________________   Date: __________"))]
            fn = pick(r, [f'renouvellement_{safe_fname(ascii_fold(p.surname))}.pdf', 'FAX_0001.pdf',
                          f'Rx_{safe_fname(ascii_fold(p.surname))}_{safe_fname(ascii_fold(p.given))}.pdf'])
            if p.surname in fn or ascii_fold(p.surname) in fn:
                T.add('patient_name')
            atts.append(Att(fn, 'application/pdf', make_pdf(title, doc_blocks, r, lang, ph['name'],
                                                             [ph['name'], f'{ph["addr"]}, {ph["town"]}', f'Tél. {ph["phone"]}  Téléc. {ph["fax"]}'])))
            body = [('p', greet(lang, r, md.disp(lang))),
                    ('p', maybe_typo(L(lang, 'Vous trouverez ci-joint une demande de renouvellement pour votre patient(e). Merci de nous retourner le formulaire signé par télécopieur.',
                                       'Please find attached a renewal request for your patient. Kindly fax back the signed form.'), r)),
                    ('p', close(lang, r)), sig_block(pharm, lang, r)]
            subj = L(lang, pick(r, ['Demande de renouvellement', 'Renouvellement Rx', 'Fax - renouvellement ordonnance']),
                     pick(r, ['Renewal request', 'Rx refill request', 'Fax - prescription renewal']))
        else:
            body = [('p', greet(lang, r, md.disp(lang))),
                    ('p', maybe_typo(L(lang, 'Le patient ci-dessous n\'a plus de renouvellement pour les médicaments suivants :' if p.sex == 'M'
                                       else 'La patiente ci-dessous n\'a plus de renouvellement pour les médicaments suivants :',
                                       'The patient below has no refills left for the following medications:'), r)),
                    ('kv', rows), ('table', mh, medrows),
                    ('p', L(lang, 'Pouvez-vous nous faire parvenir une nouvelle ordonnance? Nous avons dépanné pour 7 jours.',
                            'Could you send us a new prescription? We gave a 7-day emergency supply.')),
                    ('p', close(lang, r)), sig_block(pharm, lang, r)]
            subj = L(lang, f'Renouvellement - {p.surname.upper()} {p.given}', f'Refill - {p.surname.upper()}, {p.given}') \
                if r.random() < 0.5 else L(lang, 'Demande de renouvellement', 'Renewal request')
            if p.surname.upper() in subj:
                T.add('patient_name')
        return Spec(lang, pharm.addr(lang, r), [md.addr(lang, r)], subj, body, atts, T,
                    'renewal request pharmacy to GMF', date=d0)
    if variant == 1:   # GMF -> pharmacy, renewal authorised + change
        nm = pname(p, lang, r, T)
        dob = pdob(p, lang, r, T) if r.random() < 0.6 else None
        T.add('diagnosis')
        if lang == 'fr':
            lines = [f'Renouvellement autorisé pour {nm}' + (f', née le {dob}' if dob and p.sex == 'F' else (f', né le {dob}' if dob else '')) + ' :']
            tail = pick(r, [f'Attention : {dx(c, "fr")} -- ajustement de dose fait à la dernière visite, svp mettre à jour le pilulier.',
                            f'Dx : {dx(c, "fr")}. Durée : 12 mois. Aucune substitution pour le premier produit.',
                            'Ordonnance originale signée envoyée par télécopieur ce matin.'])
            if 'Dx' not in tail and 'Attention' not in tail:
                tail = f'({dx(c, "fr")}) ' + tail
            subj = pick(r, ['Ordonnance renouvelée', 'RE: Demande de renouvellement', 'Renouvellement autorisé'])
        else:
            lines = [f'Renewal authorised for {nm}' + (f', DOB {dob}' if dob else '') + ':']
            tail = pick(r, [f'Note: {dx(c, "en")} -- dose adjusted at the last visit, please update the blister pack.',
                            f'Dx: {dx(c, "en")}. Duration: 12 months. No substitution for the first item.',
                            f'({dx(c, "en")}) Signed original faxed this morning.'])
            subj = pick(r, ['Prescription renewed', 'RE: Renewal request', 'Renewal authorised'])
        blocks = [('p', greet(lang, r, pharm.given)), ('p', lines[0]), ('list', [f'{mm} x {r.choice([3, 6, 12])} {L(lang, "mois", "months")}' for mm in meds]),
                  ('p', tail), ('p', close(lang, r)), sig_block(md, lang, r)]
        return Spec(lang, md.addr(lang, r), [pharm.addr(lang, r)], subj, blocks, atts, T,
                    'renewal authorised GMF to pharmacy', date=d0)
    # variant 2: pharmacy -> patient (renewal ready / need visit)
    to = [to_patient(p, lang, r, T)]
    nm = pname(p, lang, r, T, pick(r, ['title_sur', 'title', 'full']))
    if lang == 'fr':
        body = [('p', f'Bonjour {nm},'),
                ('p', maybe_typo(f'Votre renouvellement de {meds[0]} est prêt à être récupéré. ' +
                                 pick(r, ['Votre médecin demande toutefois une prise de sang avant le prochain renouvellement.',
                                          'Il ne reste plus de renouvellement après celui-ci : prenez rendez-vous avec votre médecin.',
                                          'Nous avons ajouté votre nouveau médicament au pilulier de la semaine.']), r)),
                ('p', f'Pour toute question, appelez-nous au {ph["phone"]}.'), sig_block(pharm, lang, r, full=False)]
        subj = pick(r, ['Votre ordonnance est prête', 'Renouvellement de médicament', 'Pharmacie - avis'])
    else:
        body = [('p', f'Hello {nm},'),
                ('p', maybe_typo(f'Your refill of {meds[0]} is ready for pick-up. ' +
                                 pick(r, ['Your doctor would like a blood test before the next renewal.',
                                          'There are no refills left after this one: please book a visit with your doctor.',
                                          'We added your new medication to this week\'s blister pack.']), r)),
                ('p', f'Questions? Call us at {ph["phone"]}.'), sig_block(pharm, lang, r, full=False)]
        subj = pick(r, ['Your prescription is ready', 'Medication refill', 'Pharmacy notice'])
    return Spec(lang, pharm.addr(lang, r), to, subj, body, atts, T, 'refill notice to patient',
                wrap=['fwd', None], date=d0)


MOBILITY = [('fauteuil roulant manuel', 'manual wheelchair'), ('fauteuil roulant motorisé', 'power wheelchair'),
            ('marchette', 'walker'), ('canne, équilibre précaire', 'cane, unsteady gait'),
            ('déficience visuelle (chien-guide)', 'visual impairment (guide dog)'),
            ('oxygène portatif 2 L/min', 'portable oxygen 2 L/min')]
DESTS = [('Centre de dialyse', 'Dialysis unit', 'dialyse', 'dialysis', 'insuffisance rénale terminale (hémodialyse)', 'end-stage renal disease (haemodialysis)'),
         ('Centre de cancérologie', 'Cancer centre', 'chimiothérapie', 'chemotherapy', 'cancer du côlon sous chimiothérapie', 'colon cancer on chemotherapy'),
         ('Clinique de physiothérapie Élan', 'Élan physiotherapy clinic', 'physiothérapie', 'physiotherapy', 'réadaptation post-AVC', 'post-stroke rehabilitation'),
         ('Hôpital de jour gériatrique', 'Geriatric day hospital', 'hôpital de jour', 'day hospital', 'troubles neurocognitifs majeurs', 'major neurocognitive disorder'),
         ('Clinique de radio-oncologie', 'Radiation oncology clinic', 'radiothérapie', 'radiotherapy', 'cancer de la prostate', 'prostate cancer')]
SOCIAL = [("vit seule au 3e étage sans ascenseur", 'lives alone on the 3rd floor, no elevator'),
          ('sa fille est proche aidante et passe le soir', 'daughter is the caregiver and visits in the evening'),
          ('conjoint hospitalisé depuis janvier, seul(e) à domicile', 'spouse in hospital since January, alone at home'),
          ("hébergé(e) temporairement chez un ami depuis la perte de son logement", 'temporarily staying with a friend after losing housing'),
          ('perte d\'emploi récente, difficultés à payer ses médicaments', 'recently lost job, struggling to pay for medications'),
          ('suspicion de maltraitance financière par un neveu', 'suspected financial abuse by a nephew'),
          ('consommation d\'alcool quotidienne rapportée par la famille', 'daily alcohol use reported by family'),
          ('prestataire de l\'aide sociale, pas de téléphone fixe', 'on social assistance, no landline'),
          ('boîte à clés à la porte arrière, code 4417', 'key box at back door, code 4417'),
          ('chien non attaché dans la cour, appeler avant', 'unleashed dog in the yard, call ahead'),
          ('ne parle pas français, sa fille traduit', 'does not speak English, daughter interprets')]


def p_transport(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    x = patient_details(p, r)
    d0 = rand_datetime(r)
    dest = pick(r, DESTS)
    mob = pick(r, MOBILITY)
    ta = W.org(r, 'transport')
    src = W.org(r, pick(r, ['clsc', 'gmf', 'clsc']))
    st = W.staff(r, src, pick(r, ['sw', 'nurse', 'coord', 'ot']))
    disp = W.staff(r, ta, 'dispatch')
    atts = []
    start = future_date(d0, r, 3, 20)
    variant = r.randrange(3)
    T.update(['patient_name', 'patient_contact'])
    if variant in (0, 1):
        rows = [(L(lang, 'Usager', 'Client'), pname(p, lang, r, T, pick(r, ['full', 'caps', 'sfirst'])))]
        if r.random() < 0.7:
            rows.append((L(lang, 'Date de naissance', 'Date of birth'), pdob(p, lang, r, T)))
        if p.nam and r.random() < 0.4:
            rows.append(('NAM', pnam(p, r, T)))
        rows += [(L(lang, 'Adresse de départ', 'Pick-up address'), x['addr']),
                 (L(lang, 'Téléphone', 'Phone'), x['phone']),
                 (L(lang, 'Destination', 'Destination'), L(lang, dest[0], dest[1])),
                 (L(lang, 'Horaire', 'Schedule'), L(lang, f'lun-mer-ven, arrivée 7h15 à partir du {fmt_date(start, "fr", r, "iso")}',
                                                    f'Mon-Wed-Fri, arrive 7:15 AM starting {fmt_date(start, "en", r, "iso")}')),
                 (L(lang, 'Aide à la mobilité', 'Mobility aid'), L(lang, mob[0], mob[1]))]
        if r.random() < 0.75:
            T.add('diagnosis')
            rows.append((L(lang, 'Condition médicale', 'Medical condition'), L(lang, dest[4], dest[5])))
        if r.random() < 0.5:
            T.add('social_information')
            s = pick(r, SOCIAL)
            rows.append((L(lang, 'Particularités', 'Notes'), L(lang, s[0], s[1])))
        if lang == 'fr':
            intro = maybe_typo(pick(r, ['Voici une demande de transport adapté pour un usager de notre secteur.',
                                        f'Nous avons besoin de transport adapté pour les traitements de {dest[2]}, voir les détails.',
                                        'Demande urgente : le transport actuel se termine vendredi.']), r)
            subj = pick(r, ['Demande de transport adapté', f'Transport adapté - {p.surname}', f'Transport {dest[2]} - nouvelle demande'])
        else:
            intro = pick(r, ['Here is a paratransit request for one of our clients.',
                             f'We need adapted transport for {dest[3]} treatments, see details below.',
                             'Urgent request: current transport ends on Friday.'])
            subj = pick(r, ['Paratransit request', f'Adapted transport - {p.surname}', f'{dest[3].capitalize()} transport - new request'])
        if p.surname in subj:
            T.add('patient_name')
        blocks = [('p', greet(lang, r, disp.given if r.random() < 0.5 else None)), ('p', intro)]
        if variant == 0:
            blocks.append(('kv', rows))
        else:
            blocks.append(('p', L(lang, 'Le formulaire rempli est joint.', 'The completed form is attached.')))
            fmt = pick(r, ['pdf', 'docx'])
            title = L(lang, 'Demande d\'admission / de transport adapté', 'Paratransit eligibility / trip request')
            doc = [('kv', rows), ('p', L(lang, f'Professionnel(le) référent(e) : {st.full}, {L("fr", *ROLES[st.role])}',
                                         f'Referring professional: {st.full}, {L("en", *ROLES[st.role])}'))]
            base = pick(r, ['demande_TA', 'formulaire_transport', f'TA_{safe_fname(ascii_fold(p.surname))}']) if lang == 'fr' else \
                pick(r, ['paratransit_request', 'transport_form', f'PT_{safe_fname(ascii_fold(p.surname))}'])
            if fmt == 'pdf':
                atts.append(Att(base + '.pdf', 'application/pdf', make_pdf(title, doc, r, lang, st.full)))
            else:
                atts.append(Att(base + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                                make_docx(title, doc, st.full)))
        if r.random() < 0.3:
            note = L(lang, f'Transport, {mob[0]}', f'Transport, {mob[1]}')
            atts.append(Att(f'{safe_fname(ascii_fold(p.full))}.vcf', pick(r, ['text/vcard', 'text/x-vcard']),
                            make_vcf([dict(n=(p.surname, p.given), fn=p.full, tel=[('HOME,VOICE', x['phone'])],
                                           adr=(x['street'], x['town'], x['postal']), note=note)]),
                            params={'charset': 'utf-8'}))
        blocks += [('p', close(lang, r)), sig_block(st, lang, r)]
        return Spec(lang, st.addr(lang, r), [disp.addr(lang, r)], subj, blocks, atts, T,
                    'adapted transport request', date=d0)
    # variant 2: transport -> clinic, confirmation of trips with table
    rows = []
    for i in range(r.randrange(3, 7)):
        dd = start + dt.timedelta(days=2 * i)
        rows.append([fmt_date(dd, lang, r, 'iso'), pick(r, ['06:40', '06:55', '12:10', '13:25']),
                     x['street'] + ', ' + x['town'], L(lang, dest[0], dest[1]), L(lang, mob[0], mob[1])])
    nm = pname(p, lang, r, T)
    if lang == 'fr':
        intro = f'Voici les déplacements confirmés pour {nm} (tél. {x["phone"]}) pour les traitements de {dest[2]} :'
        subj = pick(r, ['Confirmation des déplacements', f'Réservations TA - {p.surname.upper()}'])
    else:
        intro = f'Confirmed trips for {nm} (phone {x["phone"]}) for {dest[3]} treatments:'
        subj = pick(r, ['Trip confirmation', f'Paratransit bookings - {p.surname.upper()}'])
    if p.surname.upper() in subj:
        T.add('patient_name')
    header = [L(lang, 'Date', 'Date'), L(lang, 'Cueillette', 'Pick-up'), L(lang, 'Adresse', 'Address'),
              L(lang, 'Destination', 'Destination'), L(lang, 'Aide', 'Aid')]
    if r.random() < 0.45:
        evs = []
        for row in rows:
            hh, mm = map(int, row[1].split(':'))
            dd = dt.date.fromisoformat(row[0])
            s0 = dt.datetime(dd.year, dd.month, dd.day, hh, mm)
            evs.append(dict(uid=f'{r.getrandbits(40):x}@{ta["domain"]}', start=s0, end=s0 + dt.timedelta(minutes=40),
                            summary=L(lang, f'TA {p.surname.upper()} {p.given} - {dest[2]}', f'PT {p.surname.upper()} {p.given} - {dest[3]}'),
                            location=row[2], description=L(lang, f'Aide : {mob[0]}. Tél. usager {x["phone"]}', f'Aid: {mob[1]}. Client phone {x["phone"]}')))
        atts.append(Att(L(lang, 'deplacements.ics', 'trips.ics'), 'text/calendar', make_ics(evs, f'-//{ta["domain"]}//Reservations//FR', 'PUBLISH'),
                        params={'method': 'PUBLISH', 'charset': 'utf-8'}))
    blocks = [('p', greet(lang, r, st.given)), ('p', intro), ('table', header, rows),
              ('p', L(lang, 'Merci d\'aviser 24 h à l\'avance en cas d\'annulation de traitement.',
                      'Please notify us 24 h in advance if a treatment is cancelled.')), sig_block(disp, lang, r)]
    if r.random() < 0.4:
        blocks.insert(3, ('p', L(lang, f'Rappel : {L("fr", dest[4], dest[5])}, l\'usager doit être prêt 10 minutes avant.',
                                 f'Reminder: {dest[5]}, client must be ready 10 minutes before.')))
        T.add('diagnosis')
    return Spec(lang, disp.addr(lang, r), [st.addr(lang, r)], subj, blocks, atts, T,
                'transport trip confirmation table', date=d0)


def p_home_visit(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.55)
    x = patient_details(p, r)
    c = cond(r)
    d0 = rand_datetime(r)
    clsc = W.org(r, 'clsc')
    atts = []
    variant = r.randrange(4)
    if variant == 0:   # coordinator -> nurse: new home care request
        co = W.staff(r, clsc, 'coord')
        nu = W.staff(r, clsc, pick(r, ['nurse', 'nurse', 'ot']))
        s = pick(r, SOCIAL)
        T.update(['patient_name', 'patient_contact', 'diagnosis', 'social_information'])
        nm = pname(p, lang, r, T)
        dob = pdob(p, lang, r, T) if r.random() < 0.6 else ''
        if lang == 'fr':
            txt = [f'Nouvelle demande SAD pour {nm}' + (f' ({dob})' if dob else '') + f', {x["addr"]}, tél. {x["phone"]}.',
                   maybe_typo(f'Motif : {c["home"][0]}. Contexte : {dx(c, "fr")}.', r),
                   f'À noter : {s[0]}.',
                   f'Première visite à planifier d\'ici le {fmt_date(future_date(d0, r, 2, 10), "fr", r)}.']
            subj = pick(r, ['Nouvelle demande SAD', f'SAD - {p.surname} - 1re visite', 'Nouvel usager à ta liste'])
        else:
            txt = [f'New home care referral for {nm}' + (f' ({dob})' if dob else '') + f', {x["addr"]}, phone {x["phone"]}.',
                   f'Reason: {c["home"][1]}. Background: {dx(c, "en")}.',
                   f'Please note: {s[1]}.',
                   f'First visit to be scheduled by {fmt_date(future_date(d0, r, 2, 10), "en", r)}.']
            subj = pick(r, ['New home care referral', f'Home care - {p.surname} - first visit', 'New client on your list'])
        if r.random() < 0.4:
            T.add('medication')
            txt.insert(2, L(lang, 'Médication : ', 'Medications: ') + ', '.join(meds_of(c, lang, r)))
        if p.surname in subj:
            T.add('patient_name')
        blocks = [('p', greet(lang, r, nu.given))] + [('p', t) for t in txt] + [('p', close(lang, r)), sig_block(co, lang, r)]
        if r.random() < 0.5:
            st = future_date(d0, r, 2, 10)
            s0 = dt.datetime(st.year, st.month, st.day, pick(r, [9, 10, 13, 14]), 0)
            atts.append(Att(L(lang, 'visite.ics', 'visit.ics'), 'text/calendar',
                            make_ics([dict(uid=f'{r.getrandbits(40):x}@{clsc["domain"]}', start=s0, end=s0 + dt.timedelta(minutes=45),
                                           summary=L(lang, f'Visite à domicile - {p.full}', f'Home visit - {p.full}'),
                                           location=x['addr'], description=L(lang, c['home'][0], c['home'][1]),
                                           organizer=(co.full, co.email), attendees=[(nu.full, nu.email)])],
                                     f'-//{clsc["domain"]}//SAD//FR'), params={'method': 'REQUEST', 'charset': 'utf-8'}))
        return Spec(lang, co.addr(lang, r), [nu.addr(lang, r)], subj, blocks, atts, T, 'home care referral', date=d0)
    if variant == 1:   # nurse -> family doctor: visit report with vitals
        nu = W.staff(r, clsc, 'nurse')
        gmf = W.org(r, 'gmf')
        md = W.staff(r, gmf, 'md')
        T.update(['patient_name', 'lab_result', 'diagnosis'])
        nm = pname(p, lang, r, T)
        ta = f'{r.randrange(150, 185)}/{r.randrange(88, 104)}'
        gly = fmt_num(r.uniform(11.0, 19.5), lang)
        sat = r.randrange(84, 91)
        lab = lab_row(pick(r, c['labs'] or ['hba1c']), lang, r)
        if lang == 'fr':
            txt = [f'Visite faite ce matin chez {nm}' + (f' (NAM {pnam(p, r, T)})' if p.nam and r.random() < 0.5 else '') + '.',
                   maybe_typo(f'TA {ta}, glycémie capillaire {gly} mmol/L, SaO2 {sat} % AA. '
                              f'{lab[0]} du dernier prélèvement : {lab[1]} {lab[2]}.', r),
                   f'Connu(e) pour {dx(c, "fr")}. ' + pick(r, ['Œdème +2 aux membres inférieurs.', 'Plaie plus exsudative, odeur.',
                                                            'Confusion légère selon la fille.', 'Dit ne plus prendre ses pilules le soir.']),
                   pick(r, ['Pouvez-vous réviser la médication?', 'Je vous suggère de la/le voir cette semaine.',
                            'J\'ai ajusté selon l\'ordonnance collective, à valider.'])]
            subj = pick(r, ['Suivi visite à domicile', f'VAD {p.surname} - valeurs élevées', 'Compte rendu VAD'])
        else:
            txt = [f'Home visit done this morning at {nm}\'s' + (f' (RAMQ {pnam(p, r, T)})' if p.nam and r.random() < 0.5 else '') + '.',
                   f'BP {ta}, capillary glucose {gly} mmol/L, SpO2 {sat}% RA. Last {lab[0]}: {lab[1]} {lab[2]}.',
                   f'Known {dx(c, "en")}. ' + pick(r, ['+2 pitting edema lower limbs.', 'Wound more exudative, malodorous.',
                                                  'Mild confusion per daughter.', 'Says she/he stopped the evening pills.']),
                   pick(r, ['Could you review the medications?', 'I suggest you see them this week.',
                            'Adjusted per collective order, please validate.'])]
            subj = pick(r, ['Home visit follow-up', f'HV {p.surname} - high values', 'Home visit report'])
        if p.surname in subj:
            T.add('patient_name')
        blocks = [('p', greet(lang, r, md.disp(lang)))] + [('p', t) for t in txt] + [('p', close(lang, r)), sig_block(nu, lang, r)]
        return Spec(lang, nu.addr(lang, r), [md.addr(lang, r)], subj, blocks, atts, T, 'home visit report to family doctor', date=d0)
    if variant == 2:   # day route sheet for home visits
        co = W.staff(r, clsc, pick(r, ['coord', 'nurse']))
        nu = W.staff(r, clsc, 'nurse')
        rows = []
        for i in range(r.randrange(4, 8)):
            q = p if i == 0 else choose_patient(W, r, lang, 0.4)
            y = patient_details(q, r)
            cc = c if i == 0 else cond(r)
            rows.append([f'{8 + i}:{pick(r, ["00", "30"])}', pname(q, lang, r, T, pick(r, ['caps', 'sfirst'])), y['addr'], y['phone'],
                         L(lang, cc['home'][0], cc['home'][1]), dx(cc, lang)])
        T.update(['patient_contact', 'diagnosis'])
        header = [L(lang, 'Heure', 'Time'), L(lang, 'Usager', 'Client'), L(lang, 'Adresse', 'Address'), L(lang, 'Tél.', 'Phone'),
                  L(lang, 'Soin', 'Care'), L(lang, 'Dx', 'Dx')]
        day = future_date(d0, r, 1, 5)
        subj = L(lang, f'Route VAD du {fmt_date(day, "fr", r, "iso")}', f'Home visit route {fmt_date(day, "en", r, "iso")}')
        blocks = [('p', greet(lang, r, nu.given)),
                  ('p', L(lang, 'Voici ta route pour demain. ', 'Here is your route for tomorrow. ') +
                   L(lang, 'Le tableau est en pièce jointe.', 'Spreadsheet attached.'))]
        kind = pick(r, ['xlsx', 'csv', 'inline'])
        if kind == 'xlsx':
            atts.append(Att(L(lang, f'route_VAD_{day.isoformat()}.xlsx', f'HV_route_{day.isoformat()}.xlsx'),
                            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                            make_xlsx([(L(lang, 'Route', 'Route'), header, rows)], co.full)))
        elif kind == 'csv':
            enc = pick(r, ['utf-8', 'utf-8-sig', 'cp1252'])
            atts.append(Att(L(lang, f'route_{day.isoformat()}.csv', f'route_{day.isoformat()}.csv'), 'text/csv',
                            make_csv(header, rows, pick(r, [',', ';']), enc),
                            params={'charset': {'utf-8-sig': 'utf-8', 'cp1252': 'windows-1252'}.get(enc, enc)}))
        else:
            blocks[1] = ('p', L(lang, 'Voici ta route pour demain :', 'Here is your route for tomorrow:'))
            blocks.append(('table', header, rows))
        blocks += [('p', close(lang, r)), sig_block(co, lang, r, full=False)]
        return Spec(lang, co.addr(lang, r), [nu.addr(lang, r)], subj, blocks, atts, T, f'home visit route ({kind})', date=d0)
    # variant 3: wound care photo note / OT note to GMF with vCard of patient
    ot = W.staff(r, clsc, pick(r, ['ot', 'nurse']))
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, pick(r, ['md', 'ips']))
    s = pick(r, SOCIAL)
    T.update(['patient_name', 'diagnosis', 'social_information'])
    nm = pname(p, lang, r, T)
    if lang == 'fr':
        txt = [f'Suite à ma visite chez {nm}, je recommande ' + pick(r, ['un bain assisté 2x/semaine', 'l\'installation de barres d\'appui',
                                                                      'une évaluation pour hébergement (CHSLD)', 'l\'ajout d\'un lit électrique']) + '.',
               maybe_typo(f'Éléments au dossier : {dx(c, "fr")}; {s[0]}.', r),
               'Les coordonnées de l\'usager sont dans la carte jointe.']
        subj = pick(r, ['Recommandations suite à la visite', f'Évaluation à domicile - {p.given} {p.surname}'])
    else:
        txt = [f'Following my visit with {nm}, I recommend ' + pick(r, ['assisted bathing twice a week', 'installing grab bars',
                                                                     'an assessment for long-term care placement', 'a hospital bed']) + '.',
               f'Relevant history: {dx(c, "en")}; {s[1]}.', 'Client contact details are in the attached card.']
        subj = pick(r, ['Recommendations after home visit', f'Home assessment - {p.given} {p.surname}'])
    if p.surname in subj:
        T.add('patient_name')
    T.add('patient_contact')
    card = dict(n=(p.surname, p.given), fn=p.full, tel=[('HOME,VOICE', x['phone'])], adr=(x['street'], x['town'], x['postal']))
    if r.random() < 0.5:
        card['bday'] = p.dob.isoformat()
        T.add('date_of_birth')
    atts.append(Att(f'{safe_fname(ascii_fold(p.full))}.vcf', pick(r, ['text/vcard', 'text/x-vcard']), make_vcf([card]),
                    params={'charset': 'utf-8'}))
    blocks = [('p', greet(lang, r, md.disp(lang)))] + [('p', t) for t in txt] + [('p', close(lang, r)), sig_block(ot, lang, r)]
    return Spec(lang, ot.addr(lang, r), [md.addr(lang, r)], subj, blocks, atts, T, 'home assessment with vCard', date=d0)


def p_results(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    x = patient_details(p, r)
    c = cond(r)
    d0 = rand_datetime(r)
    lab = W.org(r, 'lab')
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, pick(r, ['md', 'md', 'ips']))
    atts = []
    keys = list(c['labs'] or ['hba1c', 'creat'])
    r.shuffle(keys)
    rows = [lab_row(k, lang, r) for k in keys[:r.randrange(1, len(keys) + 1)]]
    if r.random() < 0.5:
        rows.append(lab_row(pick(r, ['hb', 'k', 'creat', 'tsh', 'alt']), lang, r))
    T.add('lab_result')
    header = [L(lang, 'Analyse', 'Test'), L(lang, 'Résultat', 'Result'), L(lang, 'Unités', 'Units'),
              L(lang, 'Valeurs de réf.', 'Ref. range'), L(lang, 'Indic.', 'Flag')]
    variant = r.randrange(4)
    if variant == 0:   # lab -> doctor, critical value inline
        tech = W.staff(r, lab, pick(r, ['admin', 'nurse']))
        idrows = ident_fields(p, lang, r, T, dob=0.9, nam=0.5, mrn=0.6, phone=0.1, addr=0)
        coll = fmt_date(d0.date() - dt.timedelta(days=r.randrange(0, 3)), lang, r, 'iso')
        idrows.append((L(lang, 'Prélevé le', 'Collected'), coll))
        subj = pick(r, [L(lang, 'Résultat critique - à l\'attention du médecin traitant', 'Critical result - attention ordering physician'),
                        L(lang, f'Valeur critique {rows[0][0]}', f'Critical value {rows[0][0]}'),
                        L(lang, f'Résultats - {p.surname.upper()}, {p.given}', f'Results - {p.surname.upper()}, {p.given}')])
        if p.surname.upper() in subj:
            T.add('patient_name')
        blocks = [('p', greet(lang, r, md.disp(lang))),
                  ('p', maybe_typo(L(lang, 'Nous vous transmettons un résultat hors normes pour votre patient(e). Une tentative de joindre le GMF par téléphone a été faite.',
                                     'We are forwarding an out-of-range result for your patient. We also attempted to reach the clinic by phone.'), r)),
                  ('kv', idrows), ('table', header, rows), ('p', close(lang, r)), sig_block(tech, lang, r)]
        return Spec(lang, tech.addr(lang, r), [md.addr(lang, r)], subj, blocks, atts, T, 'critical lab result inline', date=d0)
    if variant == 1:   # lab -> GMF, PDF or CSV report
        tech = W.staff(r, lab, 'admin')
        kind = pick(r, ['pdf', 'csv', 'zip'])
        idrows = ident_fields(p, lang, r, T if kind != 'csv' else set(), dob=0.95, nam=0.6, mrn=0.7, phone=0.2, addr=0.2)
        title = L(lang, 'RAPPORT DE LABORATOIRE', 'LABORATORY REPORT')
        doc = [('kv', idrows + [(L(lang, 'Médecin demandeur', 'Ordering physician'), md.disp(lang))]), ('table', header, rows),
               ('p', L(lang, 'Résultats validés électroniquement.', 'Results electronically validated.'))]
        stem = pick(r, [f'{safe_fname(ascii_fold(p.surname))}_{p.dob.strftime("%Y%m%d")}', f'rapport_{r.randrange(100000, 999999)}',
                        f'LAB_{d0.strftime("%Y%m%d")}_{r.randrange(1000, 9999)}'])
        if ascii_fold(p.surname) in stem:
            T.add('patient_name')
        pdf = make_pdf(title, doc, r, lang, lab['name'], [lab['name'], f'{lab["addr"]}, {lab["town"]}'])
        if kind == 'pdf':
            atts.append(Att(stem + '.pdf', 'application/pdf', pdf))
        elif kind == 'csv':
            hdr = [L(lang, 'Nom', 'Name'), L(lang, 'DDN', 'DOB')] + (['NAM'] if p.nam else []) + header
            base = [f'{p.surname}, {p.given}', p.dob.isoformat()] + ([p.nam] if p.nam else [])
            T.update(['patient_name', 'date_of_birth'] + (['ramq_nam'] if p.nam else []))
            enc = pick(r, ['utf-8', 'cp1252'])
            atts.append(Att(stem + '.csv', 'text/csv', make_csv(hdr, [base + rr for rr in rows], pick(r, [',', ';']), enc),
                            params={'charset': 'windows-1252' if enc == 'cp1252' else 'utf-8'}))
        else:
            atts.append(Att(f'resultats_{d0.strftime("%Y%m%d")}.zip' if lang == 'fr' else f'results_{d0.strftime("%Y%m%d")}.zip',
                            'application/zip', make_zip([(stem + '.pdf', pdf),
                                                         ('LISEZMOI.txt' if lang == 'fr' else 'README.txt',
                                                          L(lang, 'Rapport confidentiel.\r\n', 'Confidential report.\r\n').encode('utf-8'))])))
        blocks = [('p', greet(lang, r)), ('p', L(lang, 'Veuillez trouver ci-joint les résultats demandés.', 'Please find the requested results attached.')),
                  ('p', close(lang, r)), sig_block(tech, lang, r)]
        return Spec(lang, tech.addr(lang, r), [md.addr(lang, r)], pick(r, [L(lang, 'Résultats de laboratoire', 'Lab results'),
                                                                            L(lang, 'Envoi de résultats', 'Results delivery')]),
                    blocks, atts, T, f'lab report attachment ({kind})', date=d0)
    if variant == 2:   # doctor -> patient
        to = [to_patient(p, lang, r, T)]
        nm = pname(p, lang, r, T, pick(r, ['title_sur', 'full']))
        T.add('diagnosis')
        if lang == 'fr':
            txt = [f'Bonjour {nm},', maybe_typo(f'J\'ai reçu vos résultats de prise de sang. Votre {rows[0][0]} est à {rows[0][1]} {rows[0][2]} '
                                                f'(cible {rows[0][3]}), ce qui confirme que votre {dx(c, "fr")} demande un ajustement.', r),
                   pick(r, ['Je vous propose un rendez-vous téléphonique la semaine prochaine.', 'Nous allons augmenter la dose, la pharmacie a reçu l\'ordonnance.',
                            'Merci de refaire une prise de sang dans 3 mois.'])]
            subj = pick(r, ['Vos résultats', 'Résultats de votre prise de sang', 'Suivi de vos analyses'])
        else:
            txt = [f'Hello {nm},', f'I received your blood test results. Your {rows[0][0]} is {rows[0][1]} {rows[0][2]} '
                                   f'(target {rows[0][3]}), which confirms your {dx(c, "en")} needs adjusting.',
                   pick(r, ['I suggest a phone appointment next week.', 'We will increase the dose; the pharmacy has the prescription.',
                            'Please repeat the blood test in 3 months.'])]
            subj = pick(r, ['Your results', 'Your blood test results', 'Follow-up on your tests'])
        blocks = [('p', t) for t in txt] + [('p', close(lang, r)), sig_block(md, lang, r, full=False)]
        return Spec(lang, md.addr(lang, r), to, subj, blocks, atts, T, 'results to patient', wrap=['fwd', 'eml', None], date=d0)
    # variant 3: GMF nurse -> doctor, several patients with abnormal results
    nu = W.staff(r, gmf, 'nurse')
    prow = []
    for i in range(r.randrange(3, 6)):
        q = p if i == 0 else choose_patient(W, r, lang, 0.5)
        cc = c if i == 0 else cond(r)
        lr = lab_row(pick(r, cc['labs'] or ['hba1c']), lang, r)
        ident = any_health_id(q, r, T, 0.5) or pdob(q, lang, r, T)
        prow.append([pname(q, lang, r, T, pick(r, ['sfirst', 'caps', 'full'])), ident, f'{lr[0]} {lr[1]} {lr[2]}', dx(cc, lang)])
    T.add('diagnosis')
    header2 = [L(lang, 'Patient', 'Patient'), L(lang, 'NAM / DDN', 'RAMQ / DOB'), L(lang, 'Résultat', 'Result'), L(lang, 'Dx', 'Dx')]
    blocks = [('p', greet(lang, r, md.given if r.random() < 0.5 else md.disp(lang))),
              ('p', L(lang, 'Voici les résultats anormaux reçus cette semaine à réviser :', 'Abnormal results received this week for your review:')),
              ('table', header2, prow), ('p', close(lang, r)), sig_block(nu, lang, r, full=False)]
    return Spec(lang, nu.addr(lang, r), [md.addr(lang, r)], L(lang, 'Résultats anormaux à réviser', 'Abnormal results to review'),
                blocks, atts, T, 'weekly abnormal results table', date=d0)


def p_insurance(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.5)
    c = cond(r)
    d0 = rand_datetime(r)
    ins = W.org(r, 'insurer')
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, 'md')
    sec = W.staff(r, gmf, 'admin')
    cl = W.staff(r, ins, 'claims')
    emp = W.org(r, 'employer')
    atts = []
    claim = f'{pick(r, ["INV", "DI", "RC"])}-{r.randrange(1000000, 9999999)}'
    policy = f'{r.randrange(10000, 99999)}-{r.randrange(100, 999)}'
    off = d0.date() - dt.timedelta(days=r.randrange(10, 90))
    ret = d0.date() + dt.timedelta(days=r.randrange(14, 90))
    T.update(['diagnosis', 'social_information'])
    rows = [(L(lang, 'No de réclamation', 'Claim no.'), claim), (L(lang, 'No de contrat', 'Policy no.'), policy)]
    rows += ident_fields(p, lang, r, T, dob=0.9, nam=0.2, phone=0.3, addr=0.3)
    if r.random() < 0.7:
        T.add('ca_sin')
        rows.append((L(lang, 'NAS', 'SIN'), fmt_sin(gen_sin(r), r)))
    rows += [(L(lang, 'Employeur', 'Employer'), emp['name']),
             (L(lang, 'Diagnostic principal', 'Primary diagnosis'), dx(c, lang)),
             (L(lang, 'Arrêt de travail depuis', 'Off work since'), fmt_date(off, lang, r, 'iso')),
             (L(lang, 'Retour prévu', 'Expected return'), fmt_date(ret, lang, r, 'iso'))]
    if r.random() < 0.6:
        T.add('medication')
        rows.append((L(lang, 'Traitement', 'Treatment'), '; '.join(meds_of(c, lang, r))))
    variant = r.randrange(3)
    title = L(lang, 'Déclaration du médecin traitant - invalidité de courte durée', "Attending Physician's Statement - short-term disability")
    if variant == 0:
        fmtk = pick(r, ['pdf', 'docx'])
        doc = [('kv', rows), ('p', L(lang, f'Limitations : {pick(r, ["aucune position debout prolongée", "pas de conduite de véhicule", "retour progressif 3 jours/semaine"])}.',
                                      f'Restrictions: {pick(r, ["no prolonged standing", "no driving", "graduated return 3 days/week"])}.')),
               ('p', L(lang, f'Médecin : {md.disp("fr")}', f'Physician: {md.disp("en")}'))]
        stem = pick(r, [f'declaration_medecin_{claim}', f'APS_{claim}', f'formulaire_assurance_{safe_fname(ascii_fold(p.surname))}'])
        if ascii_fold(p.surname) in stem:
            T.add('patient_name')
        if fmtk == 'pdf':
            atts.append(Att(stem + '.pdf', 'application/pdf', make_pdf(title, doc, r, lang, md.full)))
        else:
            atts.append(Att(stem + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, doc, sec.full)))
        blocks = [('p', greet(lang, r, cl.given, formal=True)),
                  ('p', maybe_typo(L(lang, f'Ci-joint le formulaire complété par {md.disp("fr")} pour la réclamation {claim}.',
                                     f'Attached is the form completed by {md.disp("en")} for claim {claim}.'), r)),
                  ('p', L(lang, 'Les frais de 60 $ pour le formulaire seront facturés à l\'assuré(e).', 'The $60 form fee will be billed to the member.')),
                  ('p', close(lang, r)), sig_block(sec, lang, r)]
    elif variant == 1:
        blocks = [('p', greet(lang, r, cl.given, formal=True)),
                  ('p', L(lang, 'Suite à votre demande d\'information médicale, voici les renseignements demandés :',
                          'Further to your request for medical information, please see below:')),
                  ('kv', rows), ('p', close(lang, r)), sig_block(md, lang, r)]
    else:  # short confirmation letter: only the name, employer and diagnosis are disclosed
        T = {'diagnosis', 'social_information'}
        nm = pname(p, lang, r, T)
        blocks = [('p', greet(lang, r, cl.given, formal=True)),
                  ('p', maybe_typo(L(lang, f'À la demande de {nm}, nous confirmons que son arrêt de travail chez {emp["name"]} est prolongé jusqu\'au '
                                           f'{fmt_date(ret, "fr", r)} en raison de {dx(c, "fr")}. Réclamation {claim}.',
                                     f'At the request of {nm}, we confirm that their leave from {emp["name"]} is extended until '
                                     f'{fmt_date(ret, "en", r)} due to {dx(c, "en")}. Claim {claim}.'), r)),
                  ('p', close(lang, r)), sig_block(md, lang, r)]
    subj = pick(r, [L(lang, f'Réclamation {claim}', f'Claim {claim}'), L(lang, 'Formulaire d\'invalidité', 'Disability form'),
                    L(lang, f'Déclaration du médecin - {p.surname}', f'APS - {p.surname}')])
    if p.surname in subj:
        T.add('patient_name')
    return Spec(lang, (sec if variant == 0 else md).addr(lang, r), [cl.addr(lang, r)], subj, blocks, atts, T,
                'insurance disability form', date=d0)


CNESST_DX = [('entorse lombaire', 'lumbar sprain', 'en soulevant une palette', 'lifting a pallet'),
             ('tendinite de la coiffe des rotateurs droite', 'right rotator cuff tendinitis', 'gestes répétitifs au-dessus des épaules', 'repetitive overhead work'),
             ('fracture du poignet gauche', 'left wrist fracture', 'chute d\'un escabeau', 'fall from a stepladder'),
             ('syndrome du canal carpien bilatéral', 'bilateral carpal tunnel syndrome', 'travail à la chaîne', 'assembly line work'),
             ('trouble de l\'adaptation avec humeur anxieuse', 'adjustment disorder with anxiety', 'agression par un client', 'assault by a customer'),
             ('commotion cérébrale', 'concussion', 'heurté par une charge suspendue', 'struck by a suspended load'),
             ('lacération profonde de la main droite', 'deep laceration right hand', 'coupure avec un couteau à lame rétractable', 'box-cutter injury')]


def p_cnesst(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.7)
    d0 = rand_datetime(r)
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, 'md')
    sec = W.staff(r, gmf, 'admin')
    emp = W.org(r, 'employer')
    hr = W.staff(r, emp if r.random() < 0.7 else ORGS['other'][1], pick(r, ['hr', 'claims']))
    cd = pick(r, CNESST_DX)
    ev = d0.date() - dt.timedelta(days=r.randrange(2, 40))
    nxt = future_date(d0, r, 7, 28)
    T.update(['patient_name', 'diagnosis', 'social_information'])
    rows = ident_fields(p, lang, r, T, dob=0.6, nam=0.85, phone=0.2, addr=0.15)
    job = pick(r, [('préposé à l\'entrepôt', 'warehouse clerk'), ('charpentier-menuisier', 'carpenter'), ('chauffeur-livreur', 'delivery driver'),
                   ('opérateur de machine', 'machine operator'), ('préposée à l\'entretien ménager', 'housekeeping attendant')])
    if r.random() < 0.35:
        T.add('ca_sin')
        rows.append((L(lang, 'NAS du travailleur', "Worker's SIN"), fmt_sin(gen_sin(r), r)))
    rows += [(L(lang, 'Employeur', 'Employer'), emp['name']), (L(lang, 'Emploi', 'Occupation'), L(lang, *job)),
             (L(lang, 'Date de l\'événement', 'Date of event'), fmt_date(ev, lang, r, 'iso')),
             (L(lang, 'Diagnostic', 'Diagnosis'), L(lang, cd[0], cd[1])),
             (L(lang, 'Circonstances', 'Circumstances'), L(lang, cd[2], cd[3])),
             (L(lang, 'Prochain rendez-vous', 'Next visit'), fmt_date(nxt, lang, r, 'iso'))]
    if r.random() < 0.5:
        T.add('medication')
        rows.append((L(lang, 'Traitement', 'Treatment'), pick(r, [MEDS['napr'][0 if lang == 'fr' else 1], MEDS['cycl'][0 if lang == 'fr' else 1],
                                                                   MEDS['tram'][0 if lang == 'fr' else 1]]) + L(lang, ', physiothérapie', ', physiotherapy')))
    restr = L(lang, pick(r, ['Assignation temporaire possible : aucune charge > 10 kg, pas de travail au-dessus des épaules.',
                              'Arrêt complet jusqu\'à la prochaine visite.', 'Travaux légers, 4 h/jour, alternance assis-debout.']),
              pick(r, ['Temporary assignment possible: no loads > 10 kg, no overhead work.',
                       'Full work stoppage until next visit.', 'Light duties, 4 h/day, alternate sitting and standing.']))
    atts = []
    variant = r.randrange(3)
    title = L(lang, 'Attestation médicale (CNESST) - copie employeur', 'Medical certificate (CNESST) - employer copy')
    if variant == 0:
        doc = [('kv', rows), ('p', restr), ('p', L(lang, f'Médecin qui a charge : {md.disp("fr")}', f'Attending physician: {md.disp("en")}'))]
        stem = pick(r, ['attestation_medicale', f'CNESST_{safe_fname(ascii_fold(p.surname))}_{ev.strftime("%Y%m%d")}', 'assignation_temporaire'])
        if ascii_fold(p.surname) in stem:
            T.add('patient_name')
        if r.random() < 0.5:
            atts.append(Att(stem + '.pdf', 'application/pdf', make_pdf(title, doc, r, lang, md.full)))
        else:
            atts.append(Att(stem + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, doc, sec.full)))
        blocks = [('p', greet(lang, r, hr.given)),
                  ('p', maybe_typo(L(lang, 'Tel que demandé, voici l\'attestation médicale et le formulaire d\'assignation temporaire de votre employé(e).',
                                     'As requested, here is the medical certificate and temporary assignment form for your employee.'), r)),
                  ('p', close(lang, r)), sig_block(sec, lang, r)]
    else:
        blocks = [('p', greet(lang, r, hr.given)),
                  ('p', L(lang, 'Voici le suivi médical pour le dossier de lésion professionnelle :', 'Here is the medical follow-up for the workplace injury file:')),
                  ('kv', rows), ('p', restr), ('p', close(lang, r)), sig_block(md if variant == 1 else sec, lang, r)]
    subj = pick(r, [L(lang, 'Attestation médicale CNESST', 'CNESST medical certificate'), L(lang, f'Lésion professionnelle - {p.surname}', f'Workplace injury - {p.surname}'),
                    L(lang, 'Assignation temporaire', 'Temporary assignment'), f'CNESST {ev.strftime("%Y-%m-%d")}'])
    if p.surname in subj:
        T.add('patient_name')
    return Spec(lang, (md if variant == 1 else sec).addr(lang, r), [hr.addr(lang, r)], subj, blocks, atts, T,
                'CNESST certificate to employer', date=d0)


def p_referral(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.7)
    c = cond(r)
    d0 = rand_datetime(r)
    gmf = W.org(r, 'gmf')
    clinic = W.org(r, 'clinic')
    md = W.staff(r, gmf, pick(r, ['md', 'ips']))
    sec = W.staff(r, clinic, 'admin')
    T.update(['diagnosis', 'medication'])
    rows = ident_fields(p, lang, r, T, dob=0.95, nam=0.8, phone=0.6, addr=0.4, mrn=0.2)
    allergy = pick(r, [L(lang, 'Allergie : pénicilline (urticaire)', 'Allergy: penicillin (hives)'), L(lang, 'Aucune allergie connue', 'NKDA'),
                       L(lang, 'Allergie : sulfa', 'Allergy: sulfa')])
    other = cond(r)
    hist = [L(lang, f'{dx(c, "fr")} depuis {r.randrange(2005, 2024)}', f'{dx(c, "en")} since {r.randrange(2005, 2024)}'), dx(other, lang)]
    meds = meds_of(c, lang, r) + meds_of(other, lang, r, 1)
    q = L(lang, pick(r, ['Évaluation et recommandations svp.', 'Prise en charge conjointe demandée.', 'Détérioration malgré traitement optimal, avis svp.']),
          pick(r, ['Assessment and recommendations please.', 'Shared care requested.', 'Worsening despite optimal treatment, please advise.']))
    doc = [('kv', rows), ('p', L(lang, 'Antécédents :', 'Past history:')), ('list', hist), ('p', L(lang, 'Médication actuelle :', 'Current medications:')),
           ('list', meds), ('p', allergy), ('p', L(lang, 'Question : ', 'Question: ') + q),
           ('p', L(lang, f'Priorité : {pick(r, ["B", "C", "D"])}', f'Priority: {pick(r, ["B", "C", "D"])}'))]
    if r.random() < 0.4:
        T.add('lab_result')
        lr = lab_row(pick(r, c['labs'] or ['hb']), lang, r)
        doc.insert(5, ('p', L(lang, f'Dernier bilan : {lr[0]} {lr[1]} {lr[2]}', f'Latest labs: {lr[0]} {lr[1]} {lr[2]}')))
    atts = []
    title = L(lang, f'Demande de consultation - {c["spec"][0]}', f'Consultation request - {c["spec"][1]}')
    kind = pick(r, ['inline', 'pdf', 'docx', 'zip'])
    if kind == 'inline':
        blocks = [('p', greet(lang, r, sec.given)), ('p', title)] + doc + [('p', close(lang, r)), sig_block(md, lang, r)]
    else:
        stem = pick(r, [L(lang, 'demande_consultation', 'consult_request'), f'{safe_fname(ascii_fold(p.surname))}_{safe_fname(ascii_fold(p.given))}_consult',
                        f'AH-229_{r.randrange(10000, 99999)}'])
        if ascii_fold(p.surname) in stem:
            T.add('patient_name')
        if kind == 'pdf':
            atts.append(Att(stem + '.pdf', 'application/pdf', make_pdf(title, doc, r, lang, md.full)))
        elif kind == 'docx':
            atts.append(Att(stem + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, doc, md.full)))
        else:
            atts.append(Att(L(lang, 'documents_reference.zip', 'referral_package.zip'), 'application/zip',
                            make_zip([(stem + '.docx', make_docx(title, doc, md.full)),
                                      (L(lang, 'bilan_recent.pdf', 'recent_labs.pdf'),
                                       make_pdf(L(lang, 'Bilan', 'Labs'), [('kv', ident_fields(p, lang, r, T, dob=1, nam=0, phone=0, addr=0)),
                                                                         ('table', ['Test', L(lang, 'Résultat', 'Result'), 'U', 'Ref', ''],
                                                                          [lab_row(pick(r, c['labs'] or ['hb']), lang, r)])], r, lang))])))
            T.add('lab_result')
        blocks = [('p', greet(lang, r, sec.given)),
                  ('p', maybe_typo(L(lang, f'Veuillez trouver ci-joint une demande de consultation en {c["spec"][0]}.',
                                     f'Please find attached a referral to {c["spec"][1]}.'), r)),
                  ('p', close(lang, r)), sig_block(md, lang, r)]
    subj = pick(r, [title, L(lang, 'Référence', 'Referral'), L(lang, f'Consultation - {p.surname.upper()}', f'Referral - {p.surname.upper()}')])
    if p.surname.upper() in subj:
        T.add('patient_name')
    return Spec(lang, md.addr(lang, r), [sec.addr(lang, r)], subj, blocks, atts, T, f'referral to specialised clinic ({kind})', date=d0)


def p_pharmacy_review(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    c = cond(r)
    c2 = cond(r)
    d0 = rand_datetime(r)
    ph = W.org(r, 'pharmacy')
    pharm = W.staff(r, ph, 'pharm')
    dest_org = W.org(r, pick(r, ['gmf', 'clsc']))
    dest = W.staff(r, dest_org, pick(r, ['md', 'nurse', 'ips']))
    meds = meds_of(c, lang, r) + meds_of(c2, lang, r, 2)
    T.update(['patient_name', 'medication'])
    nm = pname(p, lang, r, T)
    issue = pick(r, [('interaction possible entre deux médicaments, risque de saignement accru', 'possible interaction, increased bleeding risk'),
                     ('renouvellements non réclamés depuis 3 mois (observance?)', 'refills not picked up for 3 months (adherence?)'),
                     ('dose non ajustée à la fonction rénale', 'dose not adjusted for renal function'),
                     ('doublon thérapeutique suite au congé de l\'hôpital', 'therapeutic duplication after hospital discharge'),
                     ('demande de pilulier hebdomadaire par la famille', 'family requests weekly blister packs')])
    atts = []
    variant = r.randrange(3)
    if r.random() < 0.6:
        T.add('diagnosis')
        ctx = L(lang, f' (connu{"e" if p.sex == "F" else ""} pour {dx(c, "fr")} et {dx(c2, "fr")})', f' (known {dx(c, "en")} and {dx(c2, "en")})')
    else:
        ctx = ''
    if variant == 0:
        blocks = [('p', greet(lang, r, dest.disp(lang))),
                  ('p', maybe_typo(L(lang, f'Lors du bilan comparatif de {nm}{ctx}, nous avons noté : {issue[0]}.',
                                     f'While reconciling medications for {nm}{ctx}, we noted: {issue[1]}.'), r)),
                  ('p', L(lang, 'Profil actuel :', 'Current profile:')), ('list', meds),
                  ('p', L(lang, 'Pouvez-vous nous indiquer la conduite à tenir?', 'Could you let us know how you wish to proceed?')),
                  ('p', close(lang, r)), sig_block(pharm, lang, r)]
        if r.random() < 0.4:
            T.add('lab_result')
            lr = lab_row(pick(r, ['inr', 'creat', 'k', 'dfg']), lang, r)
            blocks.insert(4, ('p', L(lang, f'Dernier {lr[0]} disponible au DSQ : {lr[1]} {lr[2]}.', f'Latest {lr[0]} in the provincial record: {lr[1]} {lr[2]}.')))
    else:
        header = [L(lang, 'Médicament', 'Medication'), L(lang, 'Matin', 'AM'), L(lang, 'Midi', 'Noon'), L(lang, 'Souper', 'Supper'), L(lang, 'Coucher', 'HS')]
        rows = [[mm] + [pick(r, ['1', '', '', '1', '½']) for _ in range(4)] for mm in meds]
        idr = ident_fields(p, lang, r, T, dob=0.8, nam=0.5, phone=0.3, addr=0.3)
        fn = pick(r, [L(lang, 'pilulier.xlsx', 'blister_pack.xlsx'), f'dispill_{safe_fname(ascii_fold(p.surname))}.xlsx', 'profil_med.xlsx'])
        if ascii_fold(p.surname) in fn:
            T.add('patient_name')
        atts.append(Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(L(lang, 'Pilulier', 'Blister'), header, rows),
                                   (L(lang, 'Usager', 'Client'), [L(lang, 'Champ', 'Field'), L(lang, 'Valeur', 'Value')], [list(x) for x in idr])], pharm.full)))
        blocks = [('p', greet(lang, r, dest.given)),
                  ('p', maybe_typo(L(lang, f'Voici le profil pharmacologique et l\'horaire du pilulier pour {nm}{ctx}. Point à valider : {issue[0]}.',
                                     f'Attached is the medication profile and blister schedule for {nm}{ctx}. To validate: {issue[1]}.'), r)),
                  ('p', close(lang, r)), sig_block(pharm, lang, r)]
    subj = pick(r, [L(lang, 'Bilan comparatif des médicaments', 'Medication reconciliation'), L(lang, 'Opinion pharmaceutique', 'Pharmacist opinion'),
                    L(lang, f'Pilulier - {p.surname}', f'Blister pack - {p.surname}')])
    if p.surname in subj:
        T.add('patient_name')
    return Spec(lang, pharm.addr(lang, r), [dest.addr(lang, r)], subj, blocks, atts, T, 'pharmacist opinion / blister profile', date=d0)


IMAGING = [('Échographie abdominale', 'Abdominal ultrasound', 'Stéatose hépatique modérée. Lithiase vésiculaire sans cholécystite.', 'Moderate hepatic steatosis. Cholelithiasis without cholecystitis.'),
           ('Mammographie bilatérale', 'Bilateral mammogram', 'Masse spiculée de 14 mm au QSE du sein gauche, BI-RADS 5. Biopsie recommandée.', 'Spiculated 14 mm mass left breast UOQ, BI-RADS 5. Biopsy recommended.'),
           ('Radiographie pulmonaire', 'Chest X-ray', 'Opacité lobaire inférieure droite compatible avec une pneumonie.', 'Right lower lobe opacity consistent with pneumonia.'),
           ('IRM lombaire', 'Lumbar spine MRI', 'Hernie discale L4-L5 avec compression de la racine L5 gauche.', 'L4-L5 disc herniation compressing the left L5 root.'),
           ('Ostéodensitométrie', 'Bone density scan', 'T-score -2,9 au col fémoral : ostéoporose.', 'Femoral neck T-score -2.9: osteoporosis.'),
           ('Échographie thyroïdienne', 'Thyroid ultrasound', 'Nodule de 2,1 cm au lobe droit, TI-RADS 4.', '2.1 cm right lobe nodule, TI-RADS 4.'),
           ('Doppler veineux membre inférieur gauche', 'Left leg venous Doppler', 'Thrombose veineuse profonde poplitée gauche.', 'Left popliteal deep vein thrombosis.')]


def p_imaging(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.55)
    d0 = rand_datetime(r)
    lab = ORGS['lab'][1]
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, pick(r, ['md', 'ips']))
    rad = W.staff(r, lab, 'spec')
    sec = W.staff(r, lab, 'admin')
    im = pick(r, IMAGING)
    T.add('diagnosis')
    idr = ident_fields(p, lang, r, T, dob=0.9, nam=0.4, mrn=0.8, phone=0.1, addr=0.1)
    exam_d = d0.date() - dt.timedelta(days=r.randrange(0, 4))
    doc = [('kv', idr + [(L(lang, 'Examen', 'Exam'), L(lang, im[0], im[1])), (L(lang, 'Date', 'Date'), fmt_date(exam_d, lang, r, 'iso')),
                         (L(lang, 'Médecin référent', 'Referring physician'), md.disp(lang))]),
           ('p', L(lang, 'CONCLUSION : ', 'IMPRESSION: ') + L(lang, im[2], im[3])),
           ('p', L(lang, f'Interprété par {rad.disp("fr")}, radiologiste.', f'Read by {rad.disp("en")}, radiologist.'))]
    atts = []
    if r.random() < 0.55:
        stem = pick(r, [f'rapport_{r.randrange(10 ** 6, 10 ** 7)}', f'{safe_fname(ascii_fold(p.surname))}_{safe_fname(ascii_fold(p.given))}_{exam_d.strftime("%Y%m%d")}',
                        'IMG_REPORT'])
        if ascii_fold(p.surname) in stem:
            T.add('patient_name')
        atts.append(Att(stem + '.pdf', 'application/pdf', make_pdf(L(lang, 'RAPPORT D\'IMAGERIE', 'IMAGING REPORT'), doc, r, lang, rad.full)))
        blocks = [('p', greet(lang, r, md.disp(lang))), ('p', L(lang, 'Rapport d\'imagerie ci-joint. ', 'Imaging report attached. ') +
                                                             (L(lang, 'Résultat significatif : communication téléphonique faite.', 'Significant finding: phoned to clinic.')
                                                              if r.random() < 0.5 else '')),
                  sig_block(sec, lang, r)]
    else:
        blocks = [('p', greet(lang, r, md.disp(lang)))] + doc + [sig_block(sec, lang, r)]
    subj = pick(r, [L(lang, f'Rapport - {im[0]}', f'Report - {im[1]}'), L(lang, 'Résultat d\'imagerie', 'Imaging result'),
                    L(lang, f'{im[0]} - {p.surname.upper()} {p.given}', f'{im[1]} - {p.surname.upper()} {p.given}')])
    if p.surname.upper() in subj:
        T.add('patient_name')
    return Spec(lang, sec.addr(lang, r), [md.addr(lang, r)], subj, blocks, atts, T, 'imaging report to family doctor', date=d0)


VACCINES = [('Shingrix (zona), dose 2', 'Shingrix (shingles), dose 2'), ('Prevnar 20 (pneumocoque)', 'Prevnar 20 (pneumococcal)'),
            ('Influenza quadrivalent 2025-2026', 'Influenza quadrivalent 2025-2026'), ('COVID-19 (Comirnaty XBB)', 'COVID-19 (Comirnaty XBB)'),
            ('dcaT (Adacel)', 'Tdap (Adacel)'), ('Hépatite B (Engerix-B) dose 3', 'Hepatitis B (Engerix-B) dose 3'),
            ('VRS (Arexvy)', 'RSV (Arexvy)')]


def p_vaccination(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.7)
    d0 = rand_datetime(r)
    src = W.org(r, pick(r, ['pharmacy', 'clsc']))
    st = W.staff(r, src, pick(r, ['pharm', 'nurse']))
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, 'md')
    T.add('medication')
    idr = ident_fields(p, lang, r, T, dob=0.95, nam=0.85, phone=0.1, addr=0.1)
    vs = r.sample(VACCINES, r.randrange(1, 3))
    rows = [[L(lang, v[0], v[1]), fmt_date(d0.date(), lang, r, 'iso'), f'{pick(r, "ABCDEFGHKLMNP")}{pick(r, "ABCDEFGHKLMNP")}{r.randrange(1000, 9999)}{pick(r, "ABCXYZ")}',
             pick(r, [L(lang, 'deltoïde G', 'L deltoid'), L(lang, 'deltoïde D', 'R deltoid')])] for v in vs]
    header = [L(lang, 'Vaccin', 'Vaccine'), L(lang, 'Date', 'Date'), L(lang, 'Lot', 'Lot'), L(lang, 'Site', 'Site')]
    extra = []
    if r.random() < 0.5:
        T.add('diagnosis')
        c = pick(r, [x for x in CONDITIONS if x['en'] in ('rheumatoid arthritis', "Crohn's disease", 'HIV on treatment', 'breast cancer, post-mastectomy',
                                                           'stage 4 chronic kidney disease')])
        extra.append(('p', L(lang, f'Vacciné(e) dans le contexte d\'immunosuppression ({dx(c, "fr")}).', f'Vaccinated in the context of immunosuppression ({dx(c, "en")}).')))
    if r.random() < 0.25:
        extra.append(('p', L(lang, 'Réaction : rougeur locale 4 cm, sans fièvre. Déclaration ESPRI faite.', 'Reaction: local redness 4 cm, no fever. AEFI report filed.')))
    blocks = [('p', greet(lang, r, md.disp(lang))),
              ('p', L(lang, 'Pour mise à jour du carnet de vaccination au dossier :', 'For the immunization record in the chart:')),
              ('kv', idr), ('table', header, rows)] + extra + [('p', close(lang, r)), sig_block(st, lang, r)]
    subj = pick(r, [L(lang, 'Vaccination administrée', 'Immunization given'), L(lang, 'Avis de vaccination', 'Vaccination notice'),
                    L(lang, f'Vaccin - {p.surname}', f'Vaccine - {p.surname}')])
    if p.surname in subj:
        T.add('patient_name')
    return Spec(lang, st.addr(lang, r), [md.addr(lang, r)], subj, blocks, [], T, 'vaccination notice', date=d0)


def p_roster(W, r, lang):
    T = set()
    d0 = rand_datetime(r)
    gmf = W.org(r, pick(r, ['gmf', 'clsc']))
    st = W.staff(r, gmf, pick(r, ['nurse', 'admin', 'coord']))
    to = W.staff(r, gmf, pick(r, ['md', 'nurse']))
    kind = pick(r, ['recall', 'waitlist', 'caseload'])
    rows = []
    n = r.randrange(5, 12)
    for i in range(n):
        q = choose_patient(W, r, lang, 0.6)
        y = patient_details(q, r)
        c = cond(r)
        row = [q.surname.upper() if r.random() < 0.5 else q.surname, q.given, q.dob.isoformat(), any_health_id(q, r, T, 1.0, 'raw')]
        if kind == 'recall':
            lr = lab_row('hba1c', lang, r)
            row += [f'{lr[1]} %', fmt_date(d0.date() - dt.timedelta(days=r.randrange(200, 500)), lang, r, 'iso'), y['phone']]
        elif kind == 'waitlist':
            row += [L(lang, c['spec'][0], c['spec'][1]), dx(c, lang), y['phone']]
        else:
            row += [y['addr'], L(lang, c['home'][0], c['home'][1]), dx(c, lang)]
        rows.append(row)
    T.update(['patient_name', 'date_of_birth', 'patient_contact'])
    base = [L(lang, 'Nom', 'Surname'), L(lang, 'Prénom', 'First name'), L(lang, 'DDN', 'DOB'), pick(r, ['NAM', L(lang, 'No assurance maladie', 'Health card no.')])]
    if kind == 'recall':
        T.update(['lab_result', 'diagnosis'])
        header = base + [L(lang, 'Dernière HbA1c', 'Last HbA1c'), L(lang, 'Dernière visite', 'Last visit'), L(lang, 'Tél.', 'Phone')]
        title = L(lang, 'Relance patients diabétiques HbA1c > 8 %', 'Diabetes recall list HbA1c > 8%')
    elif kind == 'waitlist':
        T.add('diagnosis')
        header = base + [L(lang, 'Spécialité', 'Specialty'), L(lang, 'Motif', 'Reason'), L(lang, 'Tél.', 'Phone')]
        title = L(lang, 'Liste d\'attente - consultations spécialisées', 'Specialist waitlist')
    else:
        T.add('diagnosis')
        header = base + [L(lang, 'Adresse', 'Address'), L(lang, 'Soins', 'Care'), L(lang, 'Dx', 'Dx')]
        title = L(lang, 'Charge de cas SAD', 'Home care caseload')
    fmtk = pick(r, ['xlsx', 'xlsx', 'csv', 'inline'])
    atts = []
    blocks = [('p', greet(lang, r, to.given))]
    stem = safe_fname(ascii_fold(title.split(' - ')[0].split(' HbA1c')[0])).lower()[:30] + f'_{d0.strftime("%Y%m")}'
    if fmtk == 'xlsx':
        atts.append(Att(stem + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(L(lang, 'Liste', 'List'), header, rows)], st.full)))
        blocks.append(('p', maybe_typo(L(lang, f'Ci-joint : {title}. Merci de ne pas imprimer.', f'Attached: {title}. Please do not print.'), r)))
    elif fmtk == 'csv':
        enc = pick(r, ['utf-8', 'utf-8-sig', 'cp1252', 'latin-1'])
        atts.append(Att(stem + '.csv', 'text/csv', make_csv(header, rows, pick(r, [';', ',', '\t']), enc),
                        params={'charset': {'utf-8-sig': 'utf-8', 'cp1252': 'windows-1252', 'latin-1': 'iso-8859-1'}.get(enc, enc)}))
        blocks.append(('p', L(lang, f'Export du DMÉ ci-joint ({title}).', f'EMR export attached ({title}).')))
    else:
        blocks += [('p', title), ('table', header, rows)]
    blocks += [('p', close(lang, r)), sig_block(st, lang, r, full=False)]
    subj = title if r.random() < 0.6 else L(lang, 'Liste à jour', 'Updated list')
    return Spec(lang, st.addr(lang, r), [to.addr(lang, r)], subj, blocks, atts, T, f'patient roster ({kind}, {fmtk})', date=d0)


SOCIAL_CASES = [
    ('violence conjugale; hébergée en maison d\'hébergement, ne pas divulguer l\'adresse', 'intimate partner violence; in a shelter, do not disclose address'),
    ('insalubrité du logement et accumulation compulsive; risque d\'éviction', 'unsanitary housing and hoarding; eviction risk'),
    ('perte d\'autonomie, demande d\'hébergement en CHSLD déposée', 'loss of autonomy, long-term care application filed'),
    ('épuisement de la proche aidante (épouse), demande de répit', 'caregiver burnout (wife), respite requested'),
    ('situation financière précaire, n\'a plus les moyens de payer son loyer', 'precarious finances, cannot pay rent'),
    ('signalement DPJ en cours concernant les enfants', 'youth protection report in progress regarding the children'),
    ('régime de protection (curatelle) en évaluation', 'protective supervision (guardianship) under assessment'),
]


def p_social(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.55)
    x = patient_details(p, r)
    c = cond(r)
    d0 = rand_datetime(r)
    clsc = W.org(r, 'clsc')
    sw = W.staff(r, clsc, 'sw', 'F')
    dest_org = W.org(r, pick(r, ['gmf', 'clsc', 'hospital']))
    dest = W.staff(r, dest_org, pick(r, ['md', 'sw', 'nurse']))
    case = pick(r, SOCIAL_CASES)
    T.update(['patient_name', 'social_information'])
    nm = pname(p, lang, r, T)
    txt = [L(lang, f'Je fais suite à notre discussion concernant {nm}' + (f' (DDN {pdob(p, lang, r, T)})' if r.random() < 0.5 else '') + '.',
             f'Following up on our discussion about {nm}' + (f' (DOB {pdob(p, lang, r, T)})' if r.random() < 0.5 else '') + '.'),
           maybe_typo(L(lang, f'Situation actuelle : {case[0]}.', f'Current situation: {case[1]}.'), r)]
    if r.random() < 0.7:
        T.add('diagnosis')
        txt.append(L(lang, f'Sur le plan médical : {dx(c, "fr")}; ' + pick(r, ['suivi irrégulier.', 'médication pas toujours prise.', 'stable.']),
                     f'Medically: {dx(c, "en")}; ' + pick(r, ['irregular follow-up.', 'not always taking medication.', 'stable.'])))
    if r.random() < 0.4 and 'shelter' not in case[1]:
        T.add('patient_contact')
        txt.append(L(lang, f'Coordonnées : {x["phone"]}, {x["addr"]}.', f'Contact: {x["phone"]}, {x["addr"]}.'))
    if p.nam and r.random() < 0.35:
        txt.append(f'NAM : {pnam(p, r, T)}' if lang == 'fr' else f'RAMQ: {pnam(p, r, T)}')
    if r.random() < 0.25:
        T.add('ca_sin')
        txt.append(L(lang, f'Pour la demande d\'aide financière de dernier recours, son NAS est le {fmt_sin(gen_sin(r), r)}.',
                     f'For the last-resort financial assistance application, their SIN is {fmt_sin(gen_sin(r), r)}.'))
    txt.append(L(lang, pick(r, ['Pourriez-vous la/le voir rapidement?', 'Une rencontre interdisciplinaire est prévue mardi.', 'Je reste disponible pour en discuter.']),
                 pick(r, ['Could you see them soon?', 'An interdisciplinary meeting is planned Tuesday.', 'Happy to discuss.'])))
    blocks = [('p', greet(lang, r, dest.given))] + [('p', t) for t in txt] + [('p', close(lang, r)), sig_block(sw, lang, r)]
    subj = pick(r, [L(lang, 'Situation psychosociale', 'Psychosocial situation'), L(lang, f'Suivi psychosocial - {p.surname}', f'Psychosocial follow-up - {p.surname}'),
                    L(lang, 'Confidentiel - suivi usager', 'Confidential - client follow-up')])
    if p.surname in subj:
        T.add('patient_name')
    return Spec(lang, sw.addr(lang, r), [dest.addr(lang, r)], subj, blocks, [], T, 'social worker note', date=d0)


FR_GIVEN = [('Camille', 'F'), ('Lucas', 'M'), ('Chloé', 'F'), ('Hugo', 'M'), ('Léa', 'F'), ('Théo', 'M'), ('Inès', 'F'), ('Mathis', 'M')]
FR_SUR = ['Moreau', 'Rousseau', 'Fontaine', 'Chevalier', 'Garnier', 'Faure', 'Mercier', 'Blanchard']
BE_GIVEN = [('Elise', 'F'), ('Wout', 'M'), ('Lotte', 'F'), ('Arnaud', 'M'), ('Margaux', 'F'), ('Jens', 'M')]
BE_SUR = ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'Dumont', 'Lambert', 'Goossens']


def p_out_of_province(W, r, lang):
    T = set()
    d0 = rand_datetime(r)
    gmf = W.org(r, 'gmf')
    md = W.staff(r, gmf, pick(r, ['md', 'ips']))
    sec = W.staff(r, gmf, 'admin')
    c = cond(r)
    kind = ['on', 'fr', 'be'][W.oop_idx % 3]
    W.oop_idx += 1
    if kind == 'on':
        p = W.other_patient(r, 'en')
        idv = fmt_ohip(gen_ohip(r), r)
        T.add('ca_health_number')
        idk = L(lang, 'No carte Santé Ontario', 'Ontario health card #') if r.random() < 0.5 else pick(r, ['OHIP', 'HCN', 'OHIP #'])
        dest_org = W.org(r, 'hospital') if r.random() < 0.5 else dict(name='Ottawa Valley Family Health Team (fictive)', domain='ovfht.example')
        context = L(lang, 'résident(e) de l\'Ontario vu(e) au sans rendez-vous', 'Ontario resident seen at our walk-in clinic')
    elif kind == 'fr':
        g, sx = pick(r, FR_GIVEN)
        p = Patient(g, pick(r, FR_SUR), sx, dt.date(r.randrange(1996, 2005), r.randrange(1, 13), r.randrange(1, 29)))
        idv = fmt_nir(gen_nir(r, p.dob, p.sex), r)
        T.add('fr_nir')
        idk = pick(r, ['NIR', L(lang, 'No de sécurité sociale (France)', 'French social security no.'), 'N° INSEE'])
        dest_org = ORGS['other'][0]
        context = L(lang, 'étudiant(e) français(e) couvert(e) par l\'entente de sécurité sociale France-Québec',
                    'French student covered by the France-Quebec social security agreement')
    else:
        g, sx = pick(r, BE_GIVEN)
        p = Patient(g, pick(r, BE_SUR), sx, dt.date(r.randrange(1960, 2003), r.randrange(1, 13), r.randrange(1, 29)))
        idv = fmt_niss(gen_niss(r, p.dob, p.sex), r)
        T.add('be_niss')
        idk = pick(r, ['NISS', L(lang, 'No de registre national (BE)', 'Belgian national number'), 'INSZ'])
        dest_org = ORGS['other'][0] if r.random() < 0.5 else ORGS['insurer'][1]
        context = L(lang, 'travailleur(se) belge détaché(e) au Québec', 'Belgian worker on secondment in Quebec')
    dest = W.staff(r, dest_org, pick(r, ['claims', 'admin']))
    T.update(['patient_name', 'diagnosis'])
    rows = [(L(lang, 'Patient(e)', 'Patient'), pname(p, lang, r, T, pick(r, ['full', 'caps', 'sfirst'])))]
    if r.random() < 0.8:
        rows.append((L(lang, 'Date de naissance', 'Date of birth'), pdob(p, lang, r, T)))
    rows += [(idk, idv), (L(lang, 'Date de la visite', 'Visit date'), fmt_date(d0.date(), lang, r, 'iso')),
             (L(lang, 'Diagnostic', 'Diagnosis'), dx(c, lang))]
    if r.random() < 0.5:
        T.add('medication')
        rows.append((L(lang, 'Prescription', 'Prescription'), ', '.join(meds_of(c, lang, r, 1))))
    if r.random() < 0.3:
        T.add('social_information')
        rows.append((L(lang, 'Contexte', 'Context'), context))
    atts = []
    blocks = [('p', greet(lang, r, dest.given, formal=True)),
              ('p', maybe_typo(L(lang, f'Nous vous transmettons les informations pour le remboursement des services rendus à un(e) {context}.',
                                 f'Please find the information for reimbursement of services provided to an {context}.'), r))]
    if r.random() < 0.5:
        blocks.append(('kv', rows))
    else:
        fn = pick(r, [L(lang, 'formulaire_remboursement.pdf', 'reimbursement_form.pdf'), f'{safe_fname(ascii_fold(p.surname))}_claim.pdf'])
        if ascii_fold(p.surname) in fn:
            T.add('patient_name')
        atts.append(Att(fn, 'application/pdf', make_pdf(L(lang, 'Attestation de services rendus', 'Statement of services rendered'), [('kv', rows)], r, lang, sec.full)))
        blocks.append(('p', L(lang, 'Formulaire en pièce jointe.', 'Form attached.')))
    blocks += [('p', close(lang, r)), sig_block(sec, lang, r)]
    subj = pick(r, [L(lang, 'Remboursement - patient hors Québec', 'Reimbursement - out-of-province patient'),
                    L(lang, f'Services rendus - {p.surname}', f'Services rendered - {p.surname}'), L(lang, 'Demande de remboursement', 'Claim')])
    if p.surname in subj:
        T.add('patient_name')
    return Spec(lang, sec.addr(lang, r), [dest.addr(lang, r)], subj, blocks, atts, T, f'out-of-province patient ({kind})', date=d0)


def p_discharge(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    x = patient_details(p, r)
    c = cond(r)
    d0 = rand_datetime(r)
    hosp = W.org(r, 'hospital')
    li = W.staff(r, hosp, 'liaison')
    clsc = W.org(r, 'clsc')
    dest = W.staff(r, clsc, pick(r, ['coord', 'nurse']))
    T.update(['patient_name', 'mrn', 'diagnosis', 'medication', 'patient_contact'])
    dis = future_date(d0, r, 0, 4, weekday=False)
    rows = [(L(lang, 'Usager', 'Patient'), pname(p, lang, r, T, pick(r, ['caps', 'full', 'sfirst']))),
            (pick(r, [L(lang, 'No dossier hôpital', 'Hospital chart #'), 'MRN', L(lang, 'Dossier', 'Chart')]), x['mrn'])]
    if r.random() < 0.7:
        rows.append((L(lang, 'DDN', 'DOB'), pdob(p, lang, r, T)))
    if p.nam and r.random() < 0.5:
        rows.append(('NAM', pnam(p, r, T)))
    rows += [(L(lang, 'Adresse au congé', 'Discharge address'), x['addr']), (L(lang, 'Tél.', 'Phone'), x['phone']),
             (L(lang, 'Date de congé', 'Discharge date'), fmt_date(dis, lang, r, 'iso')),
             (L(lang, 'Diagnostic d\'hospitalisation', 'Admission diagnosis'), dx(c, lang) + L(lang, ' décompensé(e)', ', decompensated')),
             (L(lang, 'Besoins', 'Needs'), L(lang, c['home'][0], c['home'][1]))]
    meds = meds_of(c, lang, r)
    if r.random() < 0.5:
        T.add('social_information')
        s = pick(r, SOCIAL)
        rows.append((L(lang, 'Contexte social', 'Social context'), L(lang, s[0], s[1])))
    blocks = [('p', greet(lang, r, dest.given)),
              ('p', maybe_typo(L(lang, 'Demande de services SAD au congé :', 'Home care request at discharge:'), r)),
              ('kv', rows), ('p', L(lang, 'Médication au congé (modifications) :', 'Discharge medications (changes):')),
              ('list', [L(lang, 'NOUVEAU : ', 'NEW: ') + meds[0]] + meds[1:])]
    atts = []
    if r.random() < 0.4:
        docb = [('kv', rows), ('list', meds)]
        if r.random() < 0.5:
            atts.append(Att(L(lang, 'resume_conge.pdf', 'discharge_summary.pdf'), 'application/pdf',
                            make_pdf(L(lang, 'Résumé de congé', 'Discharge summary'), docb, r, lang, li.full)))
        else:
            atts.append(Att(L(lang, 'resume_conge.docx', 'discharge_summary.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                            make_docx(L(lang, 'Résumé de congé', 'Discharge summary'), docb, li.full)))
        blocks.append(('p', L(lang, 'Résumé de congé joint.', 'Discharge summary attached.')))
    blocks += [('p', close(lang, r)), sig_block(li, lang, r)]
    subj = pick(r, [L(lang, 'Congé - demande SAD', 'Discharge - home care request'), L(lang, f'Congé prévu {fmt_date(dis, "fr", r, "iso")}', f'Discharge planned {fmt_date(dis, "en", r, "iso")}'),
                    L(lang, f'Liaison - {p.surname.upper()}', f'Liaison - {p.surname.upper()}')])
    if p.surname.upper() in subj:
        T.add('patient_name')
    return Spec(lang, li.addr(lang, r), [dest.addr(lang, r)], subj, blocks, atts, T, 'hospital discharge liaison to CLSC', date=d0)


def p_subject_only(W, r, lang):
    T = set()
    p = choose_patient(W, r, lang, 0.6)
    c = cond(r)
    d0 = rand_datetime(r)
    gmf = W.org(r, 'gmf')
    a = W.staff(r, gmf, pick(r, ['nurse', 'admin']))
    b = W.staff(r, gmf, 'md')
    T.update(['patient_name', 'diagnosis'])
    variant = r.randrange(3)
    atts = []
    if variant == 0:
        subj = pick(r, [L(lang, f'{p.surname.upper()} {p.given} - {dx(c, "fr")} - rappeler svp', f'{p.surname.upper()} {p.given} - {dx(c, "en")} - please call back'),
                        L(lang, f'{p.given} {p.surname} / {dx(c, "fr")} / rdv à devancer', f'{p.given} {p.surname} / {dx(c, "en")} / move appt up')])
        body = [('p', pick(r, [L(lang, 'Voir objet. Merci!', 'See subject. Thanks!'), L(lang, 'Svp voir objet, elle/il attend votre appel.', 'See subject, they are waiting for your call.'),
                               L(lang, 'Comme discuté.', 'As discussed.')])), ('p', a.given)]
        note = 'sensitive content in Subject only'
    elif variant == 1:
        subj = L(lang, 'Document à signer', 'Document to sign')
        fn = f'{safe_fname(ascii_fold(p.surname))}_{safe_fname(ascii_fold(p.given))}_{safe_fname(ascii_fold(c["spec"][0] if lang == "fr" else c["spec"][1]))}_{safe_fname(ascii_fold(dx(c, lang)))[:30]}.pdf'
        atts.append(Att(fn, 'application/pdf', make_pdf(L(lang, 'Document numérisé', 'Scanned document'),
                                                         [('p', L(lang, 'Page 1 de 1 - numérisation', 'Page 1 of 1 - scan'))], r, lang)))
        body = [('p', L(lang, 'Bonjour, document numérisé à signer ci-joint.', 'Hi, scanned document to sign attached.')), ('p', a.given)]
        note = 'patient name and diagnosis only in attachment file name'
    else:
        if p.nam and r.random() < 0.6:
            subj = L(lang, f'Résultat biopsie - {p.title("fr")} {p.surname}', f'Biopsy result - {p.title("en")} {p.surname}')
            subj += f' ({fmt_nam(p.nam, r, "raw")})'
            T.add('ramq_nam')
        else:
            subj = L(lang, f'Résultat biopsie - {p.given} {p.surname}', f'Biopsy result - {p.given} {p.surname}')
        T.add('diagnosis')
        body = [('p', L(lang, f'Positif pour {pick(r, ["carcinome basocellulaire", "mélanome in situ", "adénocarcinome"])}. Peux-tu l\'appeler aujourd\'hui?',
                         f'Positive for {pick(r, ["basal cell carcinoma", "melanoma in situ", "adenocarcinoma"])}. Can you call them today?')), ('p', a.given)]
        note = 'name in Subject, finding in short body'
    return Spec(lang, a.addr(lang, r), [b.addr(lang, r)], subj, body, atts, T, note, wrap=['fwd', None], date=d0)


# ============================================================================
# NEGATIVE templates -- no patient can be identified
# ============================================================================

def luhn_serial(r, n=9):
    body = ''.join(pick(r, '0123456789') for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def nam_like_asset(r):
    """4 letters + 8 digits, shaped like a NAM but with an impossible month (not a NAM)."""
    letters = ''.join(pick(r, 'ABCDEFGHJKLMNPRSTUVWXZ') for _ in range(4))
    month = pick(r, ['13', '14', '27', '38', '44', '71', '85', '93'])
    return f'{letters} {r.randrange(10, 99)}{month} {r.randrange(1000, 9999)}'


def fake_bn(r):
    return f'{luhn_serial(r, 9)} RT0001'


class ListAddr:
    def __init__(self, name, address):
        self.na = (name, address)

    def addr(self, lang, r):
        return self.na


def neg_sender(W, r, kind, role):
    o = W.org(r, kind)
    return W.staff(r, o, role), o


def n_billing(W, r, lang):
    d0 = rand_datetime(r)
    v, vo = neg_sender(W, r, 'vendor', 'buyer')
    g, go = neg_sender(W, r, pick(r, ['gmf', 'clsc', 'pharmacy']), 'admin')
    inv = f'{pick(r, ["F", "INV", "FAC"])}-{d0.year}-{r.randrange(10000, 99999)}'
    items = [(L(lang, 'Pansements hydrocolloïdes 10x10 (bte 10)', 'Hydrocolloid dressings 10x10 (box of 10)'), r.randrange(5, 40), 38.95),
             (L(lang, 'Bandelettes glycémie (100)', 'Glucose test strips (100)'), r.randrange(5, 30), 54.20),
             (L(lang, 'Gants nitrile M (bte 200)', 'Nitrile gloves M (box of 200)'), r.randrange(10, 60), 17.50),
             (L(lang, 'Seringues 1 mL sécuritaires (100)', 'Safety syringes 1 mL (100)'), r.randrange(2, 12), 29.99),
             (L(lang, 'Solution saline 0,9 % 500 mL', 'Saline 0.9% 500 mL'), r.randrange(10, 50), 3.15)]
    sel = r.sample(items, r.randrange(2, 5))
    rows = [[n, q, f'{p:.2f}', f'{q * p:.2f}'] for n, q, p in sel]
    sub = sum(q * p for _, q, p in sel)
    tps, tvq = sub * 0.05, sub * 0.09975
    header = [L(lang, 'Article', 'Item'), L(lang, 'Qté', 'Qty'), L(lang, 'Prix unit.', 'Unit price'), L(lang, 'Montant', 'Amount')]
    doc = [('kv', [(L(lang, 'Facture', 'Invoice'), inv), (L(lang, 'Client', 'Customer'), go['name']),
                   (L(lang, 'No client', 'Customer #'), f'C{r.randrange(100000, 999999)}'), (L(lang, 'Bon de commande', 'PO'), f'PO-{r.randrange(400000, 499999)}'),
                   (L(lang, 'Date', 'Date'), d0.date().isoformat()), (L(lang, 'Échéance', 'Due'), (d0.date() + dt.timedelta(days=30)).isoformat())]),
           ('table', header, rows),
           ('kv', [(L(lang, 'Sous-total', 'Subtotal'), f'{sub:.2f} $'), (f'TPS {fake_bn(r)}', f'{tps:.2f} $'),
                   (f'TVQ {r.randrange(1000000000, 9999999999)}TQ0001', f'{tvq:.2f} $'), ('Total', f'{sub + tps + tvq:.2f} $')])]
    atts = [Att(f'{inv}.pdf', 'application/pdf', make_pdf(L(lang, 'FACTURE', 'INVOICE'), doc, r, lang, vo['name'],
                                                          [vo['name'], f'{vo["addr"]}, {vo["town"]} {vo["postal"]}', vo['phone']]))]
    variant = r.randrange(3)
    if variant == 0:
        blocks = [('p', greet(lang, r, g.given)), ('p', L(lang, f'Veuillez trouver ci-jointe la facture {inv} pour votre commande récente. Paiement net 30 jours.',
                                                         f'Please find attached invoice {inv} for your recent order. Payment terms net 30.')),
                  ('p', close(lang, r)), sig_block(v, lang, r)]
        subj = L(lang, f'Facture {inv}', f'Invoice {inv}')
        sender, to = v, g
    elif variant == 1:
        blocks = [('p', greet(lang, r, v.given)), ('p', maybe_typo(L(lang, f'La facture {inv} a été payée par virement le {fmt_date(d0.date(), "fr", r)}. Par contre, il manque 2 boîtes de bandelettes, pouvez-vous émettre une note de crédit?',
                                                                         f'Invoice {inv} was paid by EFT on {fmt_date(d0.date(), "en", r)}. However 2 boxes of test strips were missing, could you issue a credit note?'), r)),
                  ('p', close(lang, r)), sig_block(g, lang, r)]
        subj = L(lang, f'Paiement facture {inv}', f'Payment of invoice {inv}')
        sender, to = g, v
    else:
        md = W.staff(r, go, 'md')
        rows2 = [[L(lang, m, m2), str(r.randrange(40, 400)), f'{r.uniform(2000, 30000):.2f} $'] for m, m2 in
                 [('Visites au cabinet', 'Office visits'), ('Visites à domicile', 'Home visits'), ('Prise en charge et suivi', 'Registration & follow-up'),
                  ('Forfaits de garde', 'On-call flat fees'), ('Téléconsultations', 'Teleconsultations')]]
        blocks = [('p', greet(lang, r, md.given)),
                  ('p', L(lang, f'Voici le sommaire de facturation RAMQ pour la période se terminant le {fmt_date(d0.date(), "fr", r)} (no de professionnel {r.randrange(1, 2)}-{r.randrange(10000, 99999)}) :',
                          f'Here is the RAMQ billing summary for the period ending {fmt_date(d0.date(), "en", r)} (professional no. {r.randrange(1, 2)}-{r.randrange(10000, 99999)}):')),
                  ('table', [L(lang, 'Catégorie', 'Category'), L(lang, 'Actes', 'Services'), L(lang, 'Montant', 'Amount')], rows2),
                  ('p', L(lang, '3 demandes refusées (code 105) à corriger d\'ici vendredi.', '3 claims refused (code 105) to be corrected by Friday.')),
                  ('p', close(lang, r)), sig_block(g, lang, r)]
        subj = L(lang, 'Sommaire de facturation', 'Billing summary')
        atts = []
        sender, to = g, md
    return Spec(lang, sender.addr(lang, r), [to.addr(lang, r)], subj, blocks, atts, note='invoice / billing', date=d0)


def n_purchase_order(W, r, lang):
    d0 = rand_datetime(r)
    g, go = neg_sender(W, r, pick(r, ['clsc', 'gmf', 'pharmacy']), 'buyer')
    v, vo = neg_sender(W, r, 'vendor', 'buyer')
    po = f'PO-{r.randrange(400000, 499999)}'
    prods = [('Glucomètre FreeStyle (démo)', 'Glucometer (demo unit)'), ('Tensiomètre automatique', 'Automatic BP monitor'),
             ('Saturomètre de doigt', 'Finger pulse oximeter'), ('Thermomètre tympanique', 'Tympanic thermometer'),
             ('Pèse-personne numérique', 'Digital scale'), ('Doppler de poche', 'Handheld Doppler')]
    rows = []
    for _ in range(r.randrange(3, 8)):
        pr = pick(r, prods)
        rows.append([L(lang, *pr), f'SN {luhn_serial(r)}', f'LOT{r.randrange(10000, 99999)}', nam_like_asset(r) if r.random() < 0.4 else f'ACT-{r.randrange(10000, 99999)}',
                     str(r.randrange(1, 6))])
    header = [L(lang, 'Produit', 'Product'), L(lang, 'No de série', 'Serial'), 'Lot', L(lang, 'Étiquette actif', 'Asset tag'), L(lang, 'Qté', 'Qty')]
    kind = pick(r, ['xlsx', 'csv', 'inline'])
    atts = []
    blocks = [('p', greet(lang, r, v.given)),
              ('p', maybe_typo(L(lang, f'Voici le bon de commande {po} pour le matériel des équipes de soins à domicile. Merci de confirmer les délais de livraison.',
                                 f'Here is purchase order {po} for the home care teams\' equipment. Please confirm delivery times.'), r))]
    if kind == 'xlsx':
        atts.append(Att(f'{po}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(po, header, rows)], g.full)))
    elif kind == 'csv':
        atts.append(Att(f'{po}.csv', 'text/csv', make_csv(header, rows, ';'), params={'charset': 'utf-8'}))
    else:
        blocks.append(('table', header, rows))
    blocks += [('p', L(lang, f'Livraison : {go["name"]}, {go["addr"]}, {go["town"]}, quai de réception.', f'Deliver to: {go["name"]}, {go["addr"]}, {go["town"]}, receiving dock.')),
               ('p', close(lang, r)), sig_block(g, lang, r)]
    return Spec(lang, g.addr(lang, r), [v.addr(lang, r)], L(lang, f'Bon de commande {po}', f'Purchase order {po}'), blocks, atts,
                note=f'purchase order with Luhn-valid serials ({kind})', date=d0)


def n_it_notice(W, r, lang):
    d0 = rand_datetime(r)
    it, io_ = neg_sender(W, r, pick(r, ['vendor', 'clsc', 'gmf']), 'it')
    org = W.org(r, pick(r, ['gmf', 'clsc']))
    to = ('Tous les utilisateurs' if lang == 'fr' else 'All users', f'tous@{org["domain"]}' if lang == 'fr' else f'all-staff@{org["domain"]}')
    variant = r.randrange(5)
    t = future_date(d0, r, 1, 10)
    if variant == 0:
        subj = L(lang, f'Maintenance du DMÉ - {fmt_date(t, "fr", r, "iso")}', f'EMR maintenance - {fmt_date(t, "en", r, "iso")}')
        paras = [L(lang, f'Le dossier médical électronique sera inaccessible le {fmt_dayname(t, "fr")} {fmt_date(t, "fr", r, "long")} de 18h à 23h pour la mise à jour 24.3.',
                   f'The electronic medical record will be unavailable on {fmt_dayname(t, "en")} {fmt_date(t, "en", r, "long")} from 6 PM to 11 PM for the 24.3 upgrade.'),
                 L(lang, 'Nouveautés : le champ NAM valide désormais la clé de contrôle, l\'ordonnance électronique au DSQ est activée, et les résultats de laboratoire s\'affichent en graphique.',
                   'What\'s new: the RAMQ number field now validates the check characters, e-prescribing to the provincial record is enabled, and lab results can be graphed.'),
                 L(lang, 'Durant la panne, utilisez les formulaires papier (ordonnance, requête de laboratoire) disponibles à l\'accueil.',
                   'During the outage, use the paper forms (prescription, lab requisition) at the front desk.')]
    elif variant == 1:
        subj = L(lang, 'ALERTE hameçonnage - faux courriel « RAMQ remboursement »', 'PHISHING ALERT - fake "RAMQ refund" e-mail')
        paras = [L(lang, 'Plusieurs employés ont reçu un courriel frauduleux demandant de confirmer leur NAM et leur NAS pour un « remboursement ». Ne cliquez pas sur le lien.',
                   'Several staff received a fraudulent e-mail asking them to confirm their health card and SIN numbers for a "refund". Do not click the link.'),
                 L(lang, f'Transférez tout message suspect à securite@{io_["domain"]} puis supprimez-le.', f'Forward any suspicious message to security@{io_["domain"]} and delete it.')]
    elif variant == 2:
        subj = L(lang, 'Réinitialisation de votre mot de passe', 'Your password reset')
        paras = [L(lang, f'Votre mot de passe réseau expire dans 5 jours. Billet no {r.randrange(100000, 999999)}.',
                   f'Your network password expires in 5 days. Ticket #{r.randrange(100000, 999999)}.'),
                 L(lang, 'Le nouveau mot de passe doit contenir 14 caractères. Le jeton MFA est requis pour l\'accès au DMÉ hors site.',
                   'The new password must be 14 characters. MFA token required for off-site EMR access.')]
        to = (W.staff(r, org, 'nurse').full, f'utilisateur{r.randrange(100, 999)}@{org["domain"]}')
    elif variant == 3:
        subj = L(lang, 'Nouveau télécopieur virtuel', 'New virtual fax')
        paras = [L(lang, f'À partir du {fmt_date(t, "fr", r)}, les télécopies entrantes arriveront dans la boîte fax@{org["domain"]} en PDF.',
                   f'Starting {fmt_date(t, "en", r)}, incoming faxes will land in fax@{org["domain"]} as PDFs.'),
                 L(lang, f'Numéro inchangé : {org["fax"]}. Les imprimantes {nam_like_asset(r)} et {nam_like_asset(r)} seront retirées.',
                   f'Number unchanged: {org["fax"]}. Printers {nam_like_asset(r)} and {nam_like_asset(r)} will be retired.')]
    else:
        subj = L(lang, 'Panne VPN résolue', 'VPN outage resolved')
        paras = [L(lang, f'L\'incident INC{r.randrange(1000000, 9999999)} est résolu. Cause : certificat expiré sur le concentrateur VPN.',
                   f'Incident INC{r.randrange(1000000, 9999999)} is resolved. Root cause: expired certificate on the VPN concentrator.'),
                 L(lang, 'Les infirmières en SAD peuvent de nouveau synchroniser leurs tablettes.', 'Home care nurses can sync their tablets again.')]
    blocks = [('p', greet(lang, r))] + [('p', maybe_typo(x, r, 0.15)) for x in paras] + [('p', close(lang, r)), sig_block(it, lang, r)]
    return Spec(lang, it.addr(lang, r), [to], subj, blocks, note='IT notice', date=d0)


def n_hr_schedule(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'pharmacy']))
    mgr = W.staff(r, org, 'manager')
    staff = [W.staff(r, org, pick(r, ['nurse', 'nurse', 'admin', 'ips', 'tech'])) for _ in range(r.randrange(4, 8))]
    wk = future_date(d0, r, 3, 20)
    days = [L(lang, j, d) for j, d in zip(JOURS[:5], DAYS[:5])]
    rows = [[s.full, L(lang, *ROLES[s.role])] + [pick(r, ['J', 'J', 'S', 'N', '-', 'F', 'SAD']) for _ in range(5)] for s in staff]
    header = [L(lang, 'Employé(e)', 'Employee'), L(lang, 'Titre', 'Title')] + days
    atts = []
    kind = pick(r, ['xlsx', 'inline', 'ics'])
    blocks = [('p', greet(lang, r)), ('p', L(lang, f'Voici l\'horaire de la semaine du {fmt_date(wk, "fr", r)}. J = jour, S = soir, N = nuit, F = férié.',
                                              f'Here is the schedule for the week of {fmt_date(wk, "en", r)}. J = day, S = evening, N = night, F = holiday.'))]
    if kind == 'xlsx':
        atts.append(Att(L(lang, f'horaire_{wk.isoformat()}.xlsx', f'schedule_{wk.isoformat()}.xlsx'),
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(L(lang, 'Horaire', 'Schedule'), header, rows)], mgr.full)))
    elif kind == 'inline':
        blocks.append(('table', header, rows))
    else:
        evs = []
        for i, s in enumerate(staff[:3]):
            st = dt.datetime(wk.year, wk.month, wk.day, 8, 0) + dt.timedelta(days=i)
            evs.append(dict(uid=f'{r.getrandbits(40):x}@{org["domain"]}', start=st, end=st + dt.timedelta(hours=12),
                            summary=L(lang, f'Garde - {s.full}', f'On call - {s.full}'), location=org['name'], organizer=(mgr.full, mgr.email)))
        atts.append(Att(L(lang, 'gardes.ics', 'on_call.ics'), 'text/calendar', make_ics(evs, f'-//{org["domain"]}//Horaire//FR', 'PUBLISH'),
                        params={'method': 'PUBLISH', 'charset': 'utf-8'}))
        blocks.append(('p', L(lang, 'Les gardes sont dans le calendrier joint.', 'On-call shifts are in the attached calendar.')))
    blocks += [('p', L(lang, 'Échanges de quarts : remplir le formulaire RH avant jeudi midi.', 'Shift swaps: submit the HR form before Thursday noon.')),
               ('p', close(lang, r)), sig_block(mgr, lang, r)]
    to = (L(lang, 'Équipe', 'Team'), f'equipe@{org["domain"]}')
    return Spec(lang, mgr.addr(lang, r), [to], L(lang, f'Horaire semaine du {wk.isoformat()}', f'Schedule week of {wk.isoformat()}'), blocks, atts,
                note=f'staff schedule ({kind})', date=d0)


def n_hr_leave(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'pharmacy']))
    emp = W.staff(r, org, pick(r, ['nurse', 'admin', 'tech', 'pharm']))
    hr = W.staff(r, org, 'hr')
    a = future_date(d0, r, 10, 60)
    b = a + dt.timedelta(days=r.randrange(5, 20))
    variant = r.randrange(3)
    if variant == 0:
        subj = L(lang, 'Demande de vacances', 'Vacation request')
        paras = [L(lang, f'J\'aimerais prendre mes vacances du {fmt_date(a, "fr", r)} au {fmt_date(b, "fr", r)}. Mon matricule : {r.randrange(100000, 999999)}.',
                   f'I would like to take vacation from {fmt_date(a, "en", r)} to {fmt_date(b, "en", r)}. Employee no.: {r.randrange(100000, 999999)}.'),
                 L(lang, 'Sophie a accepté de couvrir ma clinique de vaccination et mes visites à domicile du mardi.',
                   'Sophie agreed to cover my vaccination clinic and my Tuesday home visits.')]
        s, t = emp, hr
    elif variant == 1:
        subj = L(lang, 'Congé parental - confirmation', 'Parental leave - confirmation')
        paras = [L(lang, f'Nous confirmons votre congé parental à compter du {fmt_date(a, "fr", r)}. Vos relevés d\'emploi seront transmis à Service Canada.',
                   f'We confirm your parental leave starting {fmt_date(a, "en", r)}. Your record of employment will be sent to Service Canada.'),
                 L(lang, 'Votre banque de congés de maladie (4,5 jours) est reportée.', 'Your sick-leave bank (4.5 days) is carried over.')]
        s, t = hr, emp
    else:
        subj = L(lang, 'Absences à prévoir - temps des Fêtes', 'Planned absences - holiday season')
        paras = [L(lang, 'Merci d\'inscrire vos absences prévues pour la période des Fêtes dans le tableau partagé d\'ici le 15 novembre.',
                   'Please enter your planned absences for the holiday period in the shared sheet by November 15.'),
                 L(lang, 'Un minimum de deux infirmières et une IPS doit être présent chaque jour ouvrable.', 'A minimum of two nurses and one NP must be present every working day.')]
        s, t = hr, ListAddr(L(lang, 'Personnel', 'Staff'), f'personnel@{org["domain"]}')
    blocks = [('p', greet(lang, r))] + [('p', maybe_typo(x, r, 0.2)) for x in paras] + [('p', close(lang, r)), sig_block(s, lang, r, full=False)]
    return Spec(lang, s.addr(lang, r), [t.addr(lang, r)], subj, blocks, note='HR leave', date=d0)


def n_hr_occhealth(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['clsc', 'gmf']))
    hr = W.staff(r, org, 'hr')
    emps = [W.staff(r, org, pick(r, ['nurse', 'admin', 'ot', 'sw'])) for _ in range(r.randrange(3, 7))]
    variant = r.randrange(3)
    if variant == 0:
        header = [L(lang, 'Employé(e)', 'Employee'), L(lang, 'Masque N95 ajusté', 'N95 fit-tested model'), L(lang, 'Résultat', 'Result'), L(lang, 'Échéance', 'Due')]
        rows = [[e.full, pick(r, ['3M 1860', '3M 1870+', 'Halyard 46727']), pick(r, [L(lang, 'Réussi', 'Pass'), L(lang, 'Réussi', 'Pass'), L(lang, 'À refaire', 'Redo')]),
                 (d0.date() + dt.timedelta(days=r.randrange(300, 700))).isoformat()] for e in emps]
        blocks = [('p', greet(lang, r)), ('p', L(lang, 'Résultats des tests d\'ajustement N95 du personnel (santé et sécurité du travail) :',
                                                  'Staff N95 fit-test results (occupational health and safety):')),
                  ('table', header, rows), ('p', close(lang, r)), sig_block(hr, lang, r)]
        subj = L(lang, 'Tests d\'ajustement N95 - personnel', 'N95 fit testing - staff')
        to = (L(lang, 'Gestionnaires', 'Managers'), f'gestionnaires@{org["domain"]}')
    elif variant == 1:
        e = emps[0]
        blocks = [('p', greet(lang, r, e.given)),
                  ('p', L(lang, 'Selon nos registres, votre statut vaccinal d\'employé(e) n\'est pas à jour (hépatite B, dose de rappel). Le bureau de santé du personnel offre des plages le mardi.',
                          'According to our records your employee immunization status is not up to date (hepatitis B booster). Staff health offers slots on Tuesdays.')),
                  ('p', close(lang, r)), sig_block(hr, lang, r)]
        subj = L(lang, 'Santé du personnel - statut vaccinal', 'Staff health - immunization status')
        to = e.addr(lang, r)
    else:
        e = emps[0]
        blocks = [('p', greet(lang, r)),
                  ('p', L(lang, f'Pour l\'horaire : {e.full} sera en retour progressif (assignation temporaire) à compter du {fmt_date(future_date(d0, r, 2, 10), "fr", r)}, 3 jours/semaine, sans visites à domicile.',
                          f'For scheduling: {e.full} will be on a graduated return (modified duties) from {fmt_date(future_date(d0, r, 2, 10), "en", r)}, 3 days/week, no home visits.')),
                  ('p', L(lang, 'Le dossier est géré par la santé et sécurité du travail; aucune autre information ne sera communiquée.',
                          'The file is handled by occupational health & safety; no further information will be shared.')),
                  ('p', close(lang, r)), sig_block(hr, lang, r)]
        subj = L(lang, 'Retour progressif - horaire', 'Graduated return - schedule')
        to = W.staff(r, org, 'manager').addr(lang, r)
    return Spec(lang, hr.addr(lang, r), [to], subj, blocks, note='employee occupational health (HR)', date=d0)


SHORT = [('Ozempic 1 mg (sémaglutide)', 'Ozempic 1 mg (semaglutide)', 'Trulicity 1,5 mg', 'Trulicity 1.5 mg'),
         ('Amoxicilline 250 mg/5 mL suspension', 'Amoxicillin 250 mg/5 mL suspension', 'céfprozil suspension', 'cefprozil suspension'),
         ('Salbutamol HFA 100 mcg', 'Salbutamol HFA 100 mcg', 'terbutaline Turbuhaler', 'terbutaline Turbuhaler'),
         ('Méthylphénidate LA 36 mg', 'Methylphenidate ER 36 mg', 'lisdexamfétamine', 'lisdexamfetamine'),
         ('Lévothyroxine 88 mcg (générique)', 'Levothyroxine 88 mcg (generic)', 'Synthroid 88 mcg', 'Synthroid 88 mcg'),
         ('Insuline lispro 100 U/mL cartouches', 'Insulin lispro 100 U/mL cartridges', 'insuline asparte', 'insulin aspart'),
         ('Dexaméthasone 4 mg', 'Dexamethasone 4 mg', 'prednisone selon équivalence', 'prednisone (equivalent dose)')]


def n_drug_shortage(W, r, lang):
    d0 = rand_datetime(r)
    src, so = neg_sender(W, r, pick(r, ['pharmacy', 'vendor']), pick(r, ['pharm', 'comms']))
    org = W.org(r, pick(r, ['gmf', 'clsc']))
    sel = r.sample(SHORT, r.randrange(2, 5))
    rows = [[L(lang, s[0], s[1]), f'{r.randrange(2000000, 2599999):08d}', L(lang, s[2], s[3]), L(lang, pick(r, ['fin mars', '6-8 semaines', 'indéterminée']),
                                                                                                pick(r, ['end of March', '6-8 weeks', 'unknown']))] for s in sel]
    header = [L(lang, 'Produit', 'Product'), 'DIN', L(lang, 'Alternative', 'Alternative'), L(lang, 'Retour prévu', 'Expected back')]
    blocks = [('p', greet(lang, r)),
              ('p', maybe_typo(L(lang, 'Bulletin hebdomadaire des ruptures d\'approvisionnement. Nous vous suggérons de prescrire les alternatives ci-dessous pour vos patients diabétiques et asthmatiques concernés.',
                                 'Weekly drug shortage bulletin. We suggest prescribing the alternatives below for your affected diabetic and asthmatic patients.'), r)),
              ('table', header, rows),
              ('p', L(lang, 'Source : Santé Canada (pénuries de médicaments) et grossistes. Aucune action requise pour les pilulier déjà préparés.',
                      'Source: Health Canada drug shortage reports and wholesalers. No action needed for blister packs already prepared.')),
              sig_block(src, lang, r)]
    atts = []
    if r.random() < 0.35:
        atts.append(Att(L(lang, f'bulletin_ruptures_{d0.strftime("%Y%m%d")}.pdf', f'shortage_bulletin_{d0.strftime("%Y%m%d")}.pdf'), 'application/pdf',
                        make_pdf(L(lang, 'Ruptures d\'approvisionnement', 'Drug shortages'), blocks[2:4], r, lang)))
    to = (L(lang, 'Prescripteurs', 'Prescribers'), f'prescripteurs@{org["domain"]}')
    return Spec(lang, src.addr(lang, r), [to], L(lang, f'Bulletin ruptures - semaine {d0.isocalendar()[1]}', f'Shortage bulletin - week {d0.isocalendar()[1]}'),
                blocks, atts, note='drug shortage bulletin', date=d0)


def n_newsletter(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'pharmacy']))
    com = W.staff(r, org, 'comms')
    md1 = W.staff(r, org, 'md')
    md2 = W.staff(r, org, pick(r, ['ips', 'pharm', 'nurse']))
    c = cond(r)
    tips = L(lang, ['Vaccination antigrippale : sans rendez-vous les samedis de novembre.', 'Nouveau : prise de sang sur rendez-vous dès 6h30.',
                    'Rappel : renouvelez vos ordonnances 7 jours avant la fin.', 'Atelier « Bien vivre avec le diabète » le 3e mercredi du mois.'],
             ['Flu shots: walk-in on Saturdays in November.', 'New: blood tests by appointment from 6:30 AM.',
              'Reminder: renew your prescriptions 7 days before you run out.', '"Living well with diabetes" workshop every third Wednesday.'])
    blocks = [('p', L(lang, f'INFOLETTRE - {org["name"]} - {MOIS[d0.month - 1]} {d0.year}', f'NEWSLETTER - {org["name"]} - {MONTHS[d0.month - 1]} {d0.year}')),
              ('p', L(lang, f'Bienvenue à {md1.disp("fr")}, qui se joint à l\'équipe et s\'intéressera particulièrement au suivi de {dx(c, "fr")}. '
                            f'{md2.full} ({L("fr", *ROLES[md2.role]).lower()}) animera une conférence sur la prévention des chutes.',
                      f'Welcome to {md1.disp("en")}, who joins the team with a special interest in {dx(c, "en")}. '
                      f'{md2.full} ({L("en", *ROLES[md2.role]).lower()}) will give a talk on falls prevention.')),
              ('list', r.sample(tips, 3)),
              ('p', L(lang, f'En 2024, notre équipe a suivi plus de {r.randrange(8, 15)} 000 patients inscrits et effectué {r.randrange(1200, 4000)} visites à domicile.',
                      f'In 2024 our team followed over {r.randrange(8, 15)},000 registered patients and made {r.randrange(1200, 4000)} home visits.')),
              ('p', L(lang, 'Pour vous désabonner, répondez « STOP ».', 'To unsubscribe reply "STOP".'))]
    to = (L(lang, 'Abonnés', 'Subscribers'), f'infolettre@{org["domain"]}')
    sp = Spec(lang, com.addr(lang, r), [to], L(lang, f'Infolettre {MOIS[d0.month - 1]} {d0.year}', f'{MONTHS[d0.month - 1]} {d0.year} newsletter'),
              blocks, note='newsletter', transport=pick(r, ['html', 'alt']), date=d0, wrap=False)
    sp.headers_extra.append(('List-Unsubscribe', f'<mailto:desabonnement@{org["domain"]}>'))
    return sp


def n_clinic_schedule(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'clinic', 'pharmacy']))
    adm = W.staff(r, org, pick(r, ['admin', 'manager']))
    variant = r.randrange(3)
    atts = []
    if variant == 0:
        rows = [[L(lang, j, d), pick(r, ['8h-20h', '8h-16h', '9h-17h', 'Fermé']) if lang == 'fr' else pick(r, ['8-20', '8-16', '9-17', 'Closed'])] for j, d in zip(JOURS, DAYS)]
        blocks = [('p', greet(lang, r)), ('p', L(lang, 'Horaire du sans rendez-vous pour les Fêtes :', 'Walk-in hours over the holidays:')),
                  ('table', [L(lang, 'Jour', 'Day'), L(lang, 'Heures', 'Hours')], rows),
                  ('p', L(lang, f'Le 25 décembre et le 1er janvier : fermé. Info-Santé 811 en tout temps. Téléphone : {org["phone"]}.',
                          f'Dec 25 and Jan 1: closed. Call 811 anytime. Phone: {org["phone"]}.')), sig_block(adm, lang, r)]
        subj = L(lang, 'Horaire des Fêtes', 'Holiday hours')
    elif variant == 1:
        mds = [W.staff(r, org, 'md') for _ in range(4)]
        wk = future_date(d0, r, 2, 20)
        evs = []
        for i, m in enumerate(mds):
            s = dt.datetime(wk.year, wk.month, wk.day, 8, 0) + dt.timedelta(days=i)
            evs.append(dict(uid=f'{r.getrandbits(40):x}@{org["domain"]}', start=s, end=s + dt.timedelta(hours=10),
                            summary=L(lang, f'Garde téléphonique - {m.disp("fr")}', f'Phone on-call - {m.disp("en")}'), location=org['name']))
        atts.append(Att(L(lang, 'calendrier_garde.ics', 'oncall_calendar.ics'), 'text/calendar', make_ics(evs, f'-//{org["domain"]}//Garde//FR', 'PUBLISH'),
                        params={'method': 'PUBLISH', 'charset': 'utf-8'}))
        blocks = [('p', greet(lang, r)), ('p', L(lang, 'Calendrier de la garde médicale pour les prochaines semaines, à importer dans Outlook.',
                                                  'On-call calendar for the coming weeks, import into Outlook.')), sig_block(adm, lang, r)]
        subj = L(lang, 'Calendrier de garde', 'On-call calendar')
    else:
        spec = pick(r, [('clinique de diabète', 'diabetes clinic'), ('clinique MPOC', 'COPD clinic'), ('clinique d\'anticoagulothérapie', 'anticoagulation clinic'),
                         ('suivi de grossesse', 'prenatal clinic')])
        md = W.staff(r, org, 'md')
        blocks = [('p', greet(lang, r)),
                  ('p', maybe_typo(L(lang, f'À compter du {fmt_date(future_date(d0, r, 5, 30), "fr", r)}, la {spec[0]} de {md.disp("fr")} aura lieu le jeudi après-midi au lieu du mardi. Les patients déjà convoqués seront rappelés par le secrétariat.',
                                     f'Starting {fmt_date(future_date(d0, r, 5, 30), "en", r)}, {md.disp("en")}\'s {spec[1]} moves from Tuesday to Thursday afternoon. Patients already booked will be called by the front desk.'), r)),
                  sig_block(adm, lang, r)]
        subj = L(lang, f'Changement d\'horaire - {spec[0]}', f'Schedule change - {spec[1]}')
    to = (L(lang, 'Personnel', 'Staff'), f'personnel@{org["domain"]}')
    return Spec(lang, adm.addr(lang, r), [to], subj, blocks, atts, note='clinic schedule', date=d0)


def n_blank_form(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'transport', 'insurer', 'pharmacy']))
    st = W.staff(r, org, {'insurer': 'claims', 'clsc': 'coord', 'transport': 'dispatch'}.get(org['kind'], 'admin'))
    dest = W.staff(r, W.org(r, pick(r, ['gmf', 'clsc'])), pick(r, ['admin', 'md', 'nurse']))
    kind = pick(r, ['transport', 'cnesst', 'insurance', 'referral', 'renewal'])
    title = {'transport': L(lang, 'Demande d\'admission au transport adapté', 'Paratransit eligibility application'),
             'cnesst': L(lang, 'Attestation médicale - assignation temporaire (modèle)', 'Medical certificate - temporary assignment (template)'),
             'insurance': L(lang, 'Déclaration du médecin traitant (formulaire vierge)', "Attending Physician's Statement (blank)"),
             'referral': L(lang, 'Demande de consultation (gabarit)', 'Consultation request (template)'),
             'renewal': L(lang, 'Demande de renouvellement d\'ordonnance (vierge)', 'Prescription renewal request (blank)')}[kind]
    fields = [(L(lang, 'Nom du patient', 'Patient name'), '______________________________'),
              (L(lang, 'Date de naissance', 'Date of birth'), L(lang, 'AAAA-MM-JJ', 'YYYY-MM-DD')),
              (L(lang, 'NAM', 'RAMQ no.'), 'XXXX 0000 0000'),
              (L(lang, 'Adresse', 'Address'), '______________________________'),
              (L(lang, 'Téléphone', 'Phone'), '(___) ___-____'),
              (L(lang, 'Diagnostic', 'Diagnosis'), '______________________________'),
              (L(lang, 'Médication', 'Medications'), '______________________________'),
              (L(lang, 'Signature du médecin', "Physician's signature"), '____________   ' + L(lang, 'No de permis', 'Licence #') + ' _______')]
    if kind == 'insurance':
        fields.insert(3, (L(lang, 'NAS (3 derniers chiffres)', 'SIN (last 3 digits)'), 'XXX XXX ___'))
    doc = [('p', L(lang, 'Remplir en lettres moulées. Toutes les sections sont obligatoires.', 'Please print. All sections are mandatory.')), ('kv', fields),
           ('p', L(lang, f'Retourner par télécopieur au {org["fax"]}.', f'Return by fax to {org["fax"]}.'))]
    stem = safe_fname(ascii_fold(title)).lower()[:40]
    if r.random() < 0.5:
        att = Att(stem + '.pdf', 'application/pdf', make_pdf(title, doc, r, lang, org['name']))
    else:
        att = Att(stem + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, doc, st.full))
    blocks = [('p', greet(lang, r, dest.given)),
              ('p', maybe_typo(L(lang, 'Tel que demandé, voici la nouvelle version du formulaire à utiliser pour vos patients. L\'ancienne version ne sera plus acceptée à partir du mois prochain.',
                                 'As requested, here is the new version of the form to use for your patients. The old version will no longer be accepted next month.'), r)),
              ('p', close(lang, r)), sig_block(st, lang, r)]
    return Spec(lang, st.addr(lang, r), [dest.addr(lang, r)], L(lang, f'Nouveau formulaire - {title}', f'New form - {title}'), blocks, [att],
                note=f'blank form ({kind})', date=d0)


def n_teaching_case(W, r, lang):
    d0 = rand_datetime(r)
    org = ORGS['gmf'][2]
    md = W.staff(r, org, 'md')
    c = cond(r)
    age = r.randrange(35, 88)
    sex = pick(r, [('Femme', 'Woman', 'connue'), ('Homme', 'Man', 'connu')])
    lr = lab_row(pick(r, c['labs'] or ['hb']), lang, r)
    meds = meds_of(c, lang, r)
    blocks = [('p', greet(lang, r, L(lang, 'chers résidents', 'residents'))),
              ('p', L(lang, 'Cas clinique pour la séance d\'apprentissage de mercredi (cas fictif, anonymisé) :', 'Clinical case for Wednesday\'s teaching session (fictional, de-identified):')),
              ('p', maybe_typo(L(lang, f'{sex[0]} de {age} ans {sex[2]} pour {dx(c, "fr")}, se présente au GMF pour fatigue et dyspnée à l\'effort. '
                                       f'Médication : {", ".join(meds)}. {lr[0]} {lr[1]} {lr[2]}.',
                                 f'{sex[1]}, {age}, known for {dx(c, "en")}, presents to clinic with fatigue and exertional dyspnea. '
                                 f'Meds: {", ".join(meds)}. {lr[0]} {lr[1]} {lr[2]}.'), r)),
              ('list', L(lang, ['Quel est votre diagnostic différentiel?', 'Quels examens demandez-vous?', 'Quels ajustements de médication proposez-vous?'],
                         ['What is your differential diagnosis?', 'Which investigations would you order?', 'What medication adjustments would you suggest?'])),
              ('p', L(lang, 'Lectures : lignes directrices Diabète Canada 2024, chapitre 13.', 'Reading: Diabetes Canada 2024 guidelines, chapter 13.')),
              sig_block(md, lang, r)]
    atts = []
    if r.random() < 0.4:
        atts.append(Att(L(lang, 'cas_clinique.docx', 'teaching_case.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        make_docx(L(lang, 'Cas clinique', 'Clinical case'), blocks[1:5], md.full)))
    to = (L(lang, 'Résidents GMF-U', 'FMU residents'), f'residents@{org["domain"]}')
    return Spec(lang, md.addr(lang, r), [to], L(lang, 'Cas clinique - séance de mercredi', 'Teaching case - Wednesday session'), blocks, atts,
                note='anonymised teaching case', date=d0)


def n_stats(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['clsc', 'gmf']))
    st = W.staff(r, org, pick(r, ['manager', 'coord']))
    cats = r.sample(CONDITIONS, 6)
    rows = [[dx(c, lang), str(r.randrange(20, 400)), str(r.randrange(5, 60)), fmt_num(r.uniform(2, 30), lang)] for c in cats]
    header = [L(lang, 'Diagnostic principal', 'Primary diagnosis'), L(lang, 'Usagers actifs', 'Active clients'),
              L(lang, 'Nouvelles demandes', 'New referrals'), L(lang, 'Délai moyen (jours)', 'Mean wait (days)')]
    q = f'P{r.randrange(1, 13)}'
    kind = pick(r, ['xlsx', 'csv', 'inline'])
    atts = []
    blocks = [('p', greet(lang, r)),
              ('p', maybe_typo(L(lang, f'Voici les indicateurs de la période {q} pour le soutien à domicile. Le taux de visites réalisées est de {r.randrange(82, 99)} %.',
                                 f'Here are the period {q} indicators for home care. Completed visit rate is {r.randrange(82, 99)}%.'), r))]
    if kind == 'xlsx':
        atts.append(Att(f'indicateurs_{q}_{d0.year}.xlsx' if lang == 'fr' else f'indicators_{q}_{d0.year}.xlsx',
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(q, header, rows)], st.full)))
    elif kind == 'csv':
        atts.append(Att(f'stats_{q}.csv', 'text/csv', make_csv(header, rows, ';', 'utf-8'), params={'charset': 'utf-8'}))
    else:
        blocks.append(('table', header, rows))
    blocks += [('p', L(lang, 'Aucune donnée nominative n\'est incluse (cellules < 5 supprimées).', 'No identifying data included (cells < 5 suppressed).')),
               ('p', close(lang, r)), sig_block(st, lang, r)]
    to = W.staff(r, org, 'manager')
    return Spec(lang, st.addr(lang, r), [to.addr(lang, r)], L(lang, f'Indicateurs SAD {q}', f'Home care indicators {q}'), blocks, atts,
                note=f'aggregate statistics ({kind})', date=d0)


def n_job_posting(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'pharmacy', 'clinic']))
    hr = W.staff(r, org, 'hr')
    job = pick(r, [('Infirmière clinicienne - soutien à domicile', 'Registered nurse - home care'), ('Assistant(e) technique en pharmacie', 'Pharmacy technician'),
                   ('Agent(e) administratif(ve) - GMF', 'Medical receptionist - FMG'), ('Travailleur(se) social(e)', 'Social worker'),
                   ('IPS en soins de première ligne', 'Primary care nurse practitioner')])
    ref = f'{pick(r, ["AFF", "JOB"])}-{d0.year}-{r.randrange(100, 999)}'
    doc = [('p', L(lang, f'Poste : {job[0]} (no {ref})', f'Position: {job[1]} (ref. {ref})')),
           ('list', L(lang, ['Temps complet, 35 h/semaine, jour', 'Salaire selon l\'échelle du réseau : 28,50 $ à 49,10 $/h', 'Permis de conduire valide (visites à domicile)',
                             'Bilinguisme un atout'],
                      ['Full time, 35 h/week, days', 'Salary per network scale: $28.50 to $49.10/h', 'Valid driver\'s licence (home visits)', 'French an asset'])),
           ('p', L(lang, f'Envoyez votre CV à emplois@{org["domain"]} avant le {fmt_date(future_date(d0, r, 10, 30), "fr", r)}.',
                   f'Send your resume to jobs@{org["domain"]} before {fmt_date(future_date(d0, r, 10, 30), "en", r)}.'))]
    atts = []
    if r.random() < 0.5:
        atts.append(Att(f'{ref}.docx' if r.random() < 0.5 else f'{ref}.pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(L(lang, 'Affichage de poste', 'Job posting'), doc, hr.full)))
        if atts[-1].filename.endswith('.pdf'):
            atts[-1] = Att(f'{ref}.pdf', 'application/pdf', make_pdf(L(lang, 'Affichage de poste', 'Job posting'), doc, r, lang, hr.full))
    blocks = [('p', greet(lang, r))] + doc + [sig_block(hr, lang, r)]
    to = (L(lang, 'Tout le personnel', 'All staff'), f'personnel@{org["domain"]}')
    return Spec(lang, hr.addr(lang, r), [to], L(lang, f'Affichage : {job[0]}', f'Job posting: {job[1]}'), blocks, atts, note='job posting', date=d0)


def n_committee(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'hospital']))
    sec = W.staff(r, org, pick(r, ['admin', 'manager']))
    members = [W.staff(r, org, pick(r, ['md', 'nurse', 'pharm', 'sw'])) for _ in range(r.randrange(3, 6))]
    name = pick(r, [('Comité qualité et sécurité des soins', 'Quality and patient safety committee'), ('Comité de pharmacologie', 'Pharmacy and therapeutics committee'),
                    ('Comité des usagers', 'Users\' committee'), ('Comité de prévention des infections', 'Infection prevention committee')])
    when = future_date(d0, r, 5, 30)
    agenda = L(lang, ['Adoption de l\'ordre du jour', 'Suivi du plan d\'action (déclarations AH-223 du trimestre : 14, aucune sentinelle)',
                      'Protocole de désinfection des glucomètres', 'Révision de l\'ordonnance collective anticoagulothérapie', 'Varia'],
               ['Adoption of agenda', 'Action plan follow-up (quarterly incident reports: 14, no sentinel events)',
                'Glucometer disinfection protocol', 'Review of the anticoagulation collective order', 'Other business'])
    kind = pick(r, ['ics', 'docx', 'inline'])
    atts = []
    blocks = [('p', greet(lang, r)),
              ('p', L(lang, f'Vous êtes convoqué(e)s à la réunion du {name[0]} le {fmt_date(when, "fr", r, "long")} à 12h, salle 2.14 / Teams.',
                      f'You are invited to the {name[1]} meeting on {fmt_date(when, "en", r, "long")} at noon, room 2.14 / Teams.')),
              ('list', agenda), ('p', L(lang, 'Membres : ', 'Members: ') + ', '.join(m.disp(lang) for m in members))]
    if kind == 'ics':
        s = dt.datetime(when.year, when.month, when.day, 12, 0)
        atts.append(Att('invitation.ics', 'text/calendar', make_ics([dict(uid=f'{r.getrandbits(40):x}@{org["domain"]}', start=s, end=s + dt.timedelta(hours=1),
                                                                          summary=L(lang, *name), location=L(lang, 'Salle 2.14 / Teams', 'Room 2.14 / Teams'),
                                                                          description='\n'.join(agenda), organizer=(sec.full, sec.email),
                                                                          attendees=[(m.full, m.email) for m in members])], f'-//{org["domain"]}//Comites//FR'),
                        params={'method': 'REQUEST', 'charset': 'utf-8'}))
    elif kind == 'docx':
        atts.append(Att(L(lang, 'ordre_du_jour.docx', 'agenda.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        make_docx(L(lang, *name), [('list', agenda)], sec.full)))
    blocks += [('p', close(lang, r)), sig_block(sec, lang, r)]
    return Spec(lang, sec.addr(lang, r), [m.addr(lang, r) for m in members[:3]], L(lang, f'Convocation - {name[0]}', f'Meeting notice - {name[1]}'), blocks, atts,
                note=f'committee notice ({kind})', date=d0)


def n_facilities(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'clinic']))
    fm = W.staff(r, org, 'manager')
    t = future_date(d0, r, 1, 14)
    items = [L(lang, f'Travaux de réfection du stationnement le {fmt_date(t, "fr", r)} : utilisez les places de l\'église voisine.',
               f'Parking lot resurfacing on {fmt_date(t, "en", r)}: please use the church lot next door.'),
             L(lang, f'L\'ascenseur (actif {nam_like_asset(r)}) sera en entretien de 7h à 10h. Les patients à mobilité réduite seront vus au rez-de-chaussée.',
               f'The elevator (asset {nam_like_asset(r)}) will be under maintenance 7-10 AM. Patients with reduced mobility will be seen on the ground floor.'),
             L(lang, f'Coupure d\'eau chaude prévue le {fmt_date(t, "fr", r)}. Bon de travail no {r.randrange(100000, 999999)}.',
               f'Hot water shut-off on {fmt_date(t, "en", r)}. Work order #{r.randrange(100000, 999999)}.'),
             L(lang, 'Déneigement : les employés doivent libérer le stationnement arrière avant 6h.', 'Snow removal: staff must clear the back lot before 6 AM.')]
    blocks = [('p', greet(lang, r)), ('p', maybe_typo(pick(r, items), r)), ('p', pick(r, items)), ('p', close(lang, r)), sig_block(fm, lang, r)]
    to = (L(lang, 'Tout le personnel', 'All staff'), f'personnel@{org["domain"]}')
    return Spec(lang, fm.addr(lang, r), [to], L(lang, 'Avis - bâtiment', 'Notice - building'), blocks, note='facilities notice', date=d0)


def n_cme_event(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['hospital', 'gmf', 'clinic']))
    sec = W.staff(r, org, 'admin')
    speakers = [(W.staff(r, W.org(r, 'clinic'), 'spec'), cond(r)) for _ in range(r.randrange(2, 4))]
    when = future_date(d0, r, 10, 60)
    prog = [f'{8 + 2 * i}h00 - {s.disp(lang)} : {L(lang, "Mise à jour sur", "Update on")} {dx(c, lang)}' if lang == 'fr'
            else f'{8 + 2 * i}:00 - {s.disp(lang)}: Update on {dx(c, lang)}' for i, (s, c) in enumerate(speakers)]
    blocks = [('p', greet(lang, r)),
              ('p', L(lang, f'Journée de formation continue en première ligne, le {fmt_date(when, "fr", r, "long")}. 6 heures de crédits (section 1).',
                      f'Primary care CME day on {fmt_date(when, "en", r, "long")}. 6 credit hours (section 1).')),
              ('list', prog),
              ('p', L(lang, 'Inscription : 75 $ (gratuit pour les résidents). Dîner inclus.', 'Registration: $75 (free for residents). Lunch included.')),
              sig_block(sec, lang, r)]
    atts = []
    if r.random() < 0.4:
        atts.append(Att(L(lang, 'programme.pdf', 'program.pdf'), 'application/pdf', make_pdf(L(lang, 'Programme', 'Program'), blocks[1:3], r, lang)))
    to = (L(lang, 'Médecins et IPS', 'Physicians and NPs'), f'medecins@{org["domain"]}')
    return Spec(lang, sec.addr(lang, r), [to], L(lang, 'Formation continue - programme', 'CME day - program'), blocks, atts, note='CME speakers/topics', date=d0)


def n_procedure(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'pharmacy']))
    mgr = W.staff(r, org, pick(r, ['manager', 'it']))
    blocks = [('p', greet(lang, r)),
              ('p', L(lang, 'Rappel de la procédure d\'envoi sécurisé de renseignements de santé :', 'Reminder of the secure health information transfer procedure:')),
              ('list', L(lang, ['Ne jamais inscrire le nom, la date de naissance ou le NAM du patient dans l\'objet du courriel.',
                                'Utiliser uniquement le numéro de dossier interne (ex. : 00-00000) dans le corps du message.',
                                'Les résultats de laboratoire doivent être envoyés par le DSQ ou la messagerie sécurisée, jamais par courriel externe.',
                                'Un NAM a le format XXXX 0000 0000 : si vous en voyez un dans un courriel externe, avisez la sécurité.'],
                         ['Never put the patient\'s name, date of birth or health card number in the subject line.',
                          'Use only the internal chart number (e.g. 00-00000) in the message body.',
                          'Lab results must go through the provincial record or secure messaging, never external e-mail.',
                          'A RAMQ number looks like XXXX 0000 0000: if you see one in an external e-mail, notify security.'])),
              ('p', L(lang, 'La politique complète est dans l\'intranet, section Confidentialité.', 'The full policy is on the intranet, Privacy section.')),
              ('p', close(lang, r)), sig_block(mgr, lang, r)]
    atts = []
    if r.random() < 0.4:
        atts.append(Att(L(lang, 'politique_confidentialite.pdf', 'privacy_policy.pdf'), 'application/pdf', make_pdf(L(lang, 'Politique de confidentialité', 'Privacy policy'), blocks[1:3], r, lang)))
    to = (L(lang, 'Tout le personnel', 'All staff'), f'personnel@{org["domain"]}')
    return Spec(lang, mgr.addr(lang, r), [to], L(lang, 'Rappel : envoi de renseignements confidentiels', 'Reminder: sending confidential information'),
                blocks, atts, note='privacy procedure (mentions identifier formats only)', date=d0)


def n_equipment(W, r, lang):
    d0 = rand_datetime(r)
    v, vo = neg_sender(W, r, 'vendor', 'tech' if r.random() < 0.5 else 'buyer')
    org = W.org(r, pick(r, ['clsc', 'gmf', 'clinic']))
    dest = W.staff(r, org, 'manager')
    devs = [(L(lang, 'Électrocardiographe', 'ECG machine'), 'CardioScan 300'), (L(lang, 'Spiromètre', 'Spirometer'), 'SpiroLab II'),
            (L(lang, 'Tensiomètre', 'BP monitor'), 'BPM-Pro'), (L(lang, 'Réfrigérateur à vaccins', 'Vaccine fridge'), 'VacciCool 5'),
            (L(lang, 'Glucomètre', 'Glucometer'), 'GlucoCheck')]
    rows = [[d, m, luhn_serial(r, pick(r, [9, 10])), nam_like_asset(r) if r.random() < 0.5 else f'BIO-{r.randrange(10000, 99999)}',
             (d0.date() + dt.timedelta(days=r.randrange(10, 200))).isoformat()] for d, m in r.sample(devs, r.randrange(2, 5))]
    header = [L(lang, 'Appareil', 'Device'), L(lang, 'Modèle', 'Model'), L(lang, 'No de série', 'Serial no.'), L(lang, 'No d\'actif', 'Asset no.'),
              L(lang, 'Prochain étalonnage', 'Next calibration')]
    blocks = [('p', greet(lang, r, dest.given)),
              ('p', maybe_typo(L(lang, 'Voici le calendrier d\'entretien préventif et d\'étalonnage de vos appareils biomédicaux :',
                                 'Here is the preventive maintenance and calibration schedule for your biomedical devices:'), r)),
              ('table', header, rows), ('p', close(lang, r)), sig_block(v, lang, r)]
    return Spec(lang, v.addr(lang, r), [dest.addr(lang, r)], L(lang, 'Entretien préventif - appareils', 'Preventive maintenance - devices'), blocks,
                note='biomedical equipment serials', date=d0)


def n_staff_contact(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clsc', 'pharmacy', 'clinic']))
    adm = W.staff(r, org, 'admin')
    new = W.staff(r, org, pick(r, ['md', 'pharm', 'nurse', 'ips', 'sw']))
    ext = r.randrange(100, 999)
    card = dict(n=(new.surname, new.given), fn=new.disp(lang), org=org['name'], title=L(lang, *ROLES[new.role]),
                tel=[('WORK,VOICE', f'{org["phone"]} x{ext}'), ('WORK,FAX', org['fax'])], adr=(org['addr'], org['town'], org['postal']), adrtype='WORK',
                email=new.email)
    blocks = [('p', greet(lang, r)),
              ('p', L(lang, f'Bienvenue à {new.disp("fr")} ({L("fr", *ROLES[new.role]).lower()}) qui se joint à l\'équipe lundi. Poste téléphonique {ext}. Sa carte de contact est jointe.',
                      f'Please welcome {new.disp("en")} ({L("en", *ROLES[new.role]).lower()}) joining the team on Monday. Extension {ext}. Contact card attached.')),
              ('p', close(lang, r)), sig_block(adm, lang, r)]
    atts = [Att(f'{safe_fname(ascii_fold(new.full))}.vcf', pick(r, ['text/vcard', 'text/x-vcard']), make_vcf([card]), params={'charset': 'utf-8'})]
    to = (L(lang, 'Équipe', 'Team'), f'equipe@{org["domain"]}')
    return Spec(lang, adm.addr(lang, r), [to], L(lang, 'Nouvelle collègue / nouveau collègue', 'New colleague'), blocks, atts, note='staff vCard', date=d0)


def n_formulary(W, r, lang):
    d0 = rand_datetime(r)
    ph, po = neg_sender(W, r, pick(r, ['pharmacy', 'vendor']), 'pharm')
    org = W.org(r, 'gmf')
    changes = r.sample([L(lang, 'Empagliflozine : retirée de la liste des médicaments d\'exception pour le diabète de type 2 (couverture régulière).',
                              'Empagliflozin: removed from exception drugs for type 2 diabetes (now regular coverage).'),
                        L(lang, 'Apixaban générique ajouté à la liste RAMQ; substitution obligatoire à compter du 1er du mois.',
                              'Generic apixaban added to the RAMQ list; mandatory substitution from the 1st of the month.'),
                        L(lang, 'Adalimumab : transition vers les biosimilaires pour la polyarthrite rhumatoïde et la maladie de Crohn.',
                              'Adalimumab: transition to biosimilars for rheumatoid arthritis and Crohn\'s disease.'),
                        L(lang, 'Code de médicament d\'exception CV195 remplacé par CV201.', 'Exception drug code CV195 replaced by CV201.')], 3)
    blocks = [('p', greet(lang, r)), ('p', L(lang, 'Principales modifications à la Liste des médicaments ce mois-ci :', 'Main changes to the provincial drug list this month:')),
              ('list', changes), ('p', L(lang, 'Ces changements s\'appliquent à tous les patients couverts par le régime public; aucune action individuelle requise.',
                                         'These changes apply to all patients under the public plan; no individual action required.')),
              sig_block(ph, lang, r)]
    to = (L(lang, 'Prescripteurs', 'Prescribers'), f'prescripteurs@{org["domain"]}')
    return Spec(lang, ph.addr(lang, r), [to], L(lang, 'Mise à jour de la Liste des médicaments', 'Drug list update'), blocks, note='formulary update', date=d0)


def n_vaccination_campaign(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['clsc', 'pharmacy', 'gmf']))
    st = W.staff(r, org, pick(r, ['coord', 'manager', 'comms']))
    d1 = future_date(d0, r, 7, 40)
    rows = [[L(lang, j, d), pick(r, ['9h-16h', '13h-19h', '9h-12h'])] for j, d in zip(JOURS[:5], DAYS[:5])]
    blocks = [('p', greet(lang, r)),
              ('p', maybe_typo(L(lang, f'La campagne de vaccination contre la grippe et la COVID-19 débute le {fmt_date(d1, "fr", r)}. Clientèles prioritaires : 75 ans et plus, maladies chroniques, femmes enceintes.',
                                 f'The flu and COVID-19 vaccination campaign starts on {fmt_date(d1, "en", r)}. Priority groups: 75+, chronic diseases, pregnant women.'), r)),
              ('table', [L(lang, 'Jour', 'Day'), L(lang, 'Heures', 'Hours')], rows),
              ('p', L(lang, f'L\'an dernier, {r.randrange(3000, 9000)} doses ont été administrées dans notre territoire. Prise de rendez-vous en ligne ou au {org["phone"]}.',
                      f'Last year {r.randrange(3000, 9000)} doses were given in our area. Book online or call {org["phone"]}.')),
              sig_block(st, lang, r)]
    to = (L(lang, 'Partenaires', 'Partners'), f'partenaires@{org["domain"]}')
    return Spec(lang, st.addr(lang, r), [to], L(lang, 'Campagne de vaccination automnale', 'Fall vaccination campaign'), blocks, note='public vaccination campaign',
                transport=pick(r, [None, 'html']), date=d0)


def n_transport_service(W, r, lang):
    d0 = rand_datetime(r)
    ta, to_ = neg_sender(W, r, 'transport', pick(r, ['dispatch', 'manager']))
    org = W.org(r, pick(r, ['clsc', 'gmf', 'hospital']))
    dest = W.staff(r, org, pick(r, ['sw', 'coord']))
    items = r.sample([L(lang, f'Nouvelle ligne de réservation : {to_["phone"]}, du lundi au vendredi de 7h à 17h.', f'New booking line: {to_["phone"]}, Mon-Fri 7 AM-5 PM.'),
                      L(lang, 'Les demandes d\'admission doivent maintenant inclure le formulaire signé par un professionnel de la santé.', 'Eligibility applications must now include the form signed by a health professional.'),
                      L(lang, 'En cas de tempête, les déplacements non médicaux seront annulés; les transports vers la dialyse et l\'oncologie sont maintenus.',
                        'During storms, non-medical trips will be cancelled; dialysis and oncology trips are maintained.'),
                      L(lang, f'Tarif 2025 : 3,75 $ par déplacement. Flotte : 12 minibus (immatriculation FTA-{r.randrange(1000, 9999)} à FTA-{r.randrange(1000, 9999)}).',
                        f'2025 fare: $3.75 per trip. Fleet: 12 minibuses (plates FTA-{r.randrange(1000, 9999)} to FTA-{r.randrange(1000, 9999)}).')], 3)
    blocks = [('p', greet(lang, r, dest.given)), ('p', L(lang, 'Quelques changements à notre service :', 'A few changes to our service:')), ('list', items),
              ('p', close(lang, r)), sig_block(ta, lang, r)]
    return Spec(lang, ta.addr(lang, r), [dest.addr(lang, r)], L(lang, 'Transport adapté - changements au service', 'Paratransit - service changes'), blocks,
                note='transport service notice', date=d0)


def n_homecare_team(W, r, lang):
    d0 = rand_datetime(r)
    clsc = W.org(r, 'clsc')
    co = W.staff(r, clsc, pick(r, ['coord', 'manager']))
    when = future_date(d0, r, 2, 20)
    topic = pick(r, [('protocole de soins des plaies (nouvelle gamme de pansements à l\'argent)', 'wound care protocol (new silver dressings)'),
                     ('ordonnance collective pour l\'ajustement de l\'insuline', 'collective order for insulin titration'),
                     ('utilisation des tablettes en SAD et signature électronique', 'home care tablets and e-signature'),
                     ('prévention des chutes chez les aînés : outils d\'évaluation', 'falls prevention in seniors: assessment tools')])
    blocks = [('p', greet(lang, r)),
              ('p', maybe_typo(L(lang, f'Rencontre d\'équipe SAD le {fmt_date(when, "fr", r, "long")} à 8h15. Sujet : {topic[0]}.',
                                 f'Home care team meeting on {fmt_date(when, "en", r, "long")} at 8:15. Topic: {topic[1]}.'), r)),
              ('p', L(lang, f'Statistiques du mois : {r.randrange(300, 900)} visites, {r.randrange(10, 40)} nouvelles admissions, {r.randrange(5, 20)} congés. Merci pour votre excellent travail!',
                      f'Monthly stats: {r.randrange(300, 900)} visits, {r.randrange(10, 40)} new admissions, {r.randrange(5, 20)} discharges. Thanks for your great work!')),
              ('p', close(lang, r)), sig_block(co, lang, r)]
    to = (L(lang, 'Équipe SAD', 'Home care team'), f'sad@{clsc["domain"]}')
    return Spec(lang, co.addr(lang, r), [to], L(lang, 'Rencontre d\'équipe SAD', 'Home care team meeting'), blocks, note='home care team meeting', date=d0)


def n_supply_recall(W, r, lang):
    d0 = rand_datetime(r)
    v, vo = neg_sender(W, r, 'vendor', pick(r, ['pharm', 'buyer']))
    org = W.org(r, pick(r, ['pharmacy', 'clsc', 'gmf']))
    dest = W.staff(r, org, pick(r, ['pharm', 'manager', 'buyer']))
    prod = pick(r, [('bandelettes GlucoCheck', 'GlucoCheck test strips'), ('aiguilles à stylo 4 mm', '4 mm pen needles'),
                    ('pansements mousse 15x15', '15x15 foam dressings'), ('seringues préremplies de NaCl', 'prefilled saline syringes')])
    lots = [f'{pick(r, "ABCDKLMX")}{r.randrange(100000, 999999)}' for _ in range(r.randrange(2, 5))]
    blocks = [('p', greet(lang, r, dest.given)),
              ('p', maybe_typo(L(lang, f'AVIS DE RAPPEL VOLONTAIRE - {prod[0]}. Les lots suivants doivent être retirés et mis en quarantaine : {", ".join(lots)}.',
                                 f'VOLUNTARY RECALL NOTICE - {prod[1]}. The following lots must be removed and quarantined: {", ".join(lots)}.'), r)),
              ('p', L(lang, f'Aucun incident grave n\'a été rapporté. Le crédit sera émis sur réception du formulaire de retour (RMA {r.randrange(10000, 99999)}).',
                      f'No serious incidents have been reported. Credit will be issued on receipt of the return form (RMA {r.randrange(10000, 99999)}).')),
              sig_block(v, lang, r)]
    atts = []
    if r.random() < 0.5:
        atts.append(Att(L(lang, 'lots_rappel.csv', 'recall_lots.csv'), 'text/csv',
                        make_csv(['Lot', L(lang, 'Expiration', 'Expiry'), L(lang, 'Qté expédiée', 'Qty shipped')],
                                 [[l, (d0.date() + dt.timedelta(days=r.randrange(100, 700))).isoformat(), str(r.randrange(5, 200))] for l in lots]),
                        params={'charset': 'utf-8'}))
    return Spec(lang, v.addr(lang, r), [dest.addr(lang, r)], L(lang, f'Rappel de produit - {prod[0]}', f'Product recall - {prod[1]}'), blocks, atts,
                note='supply recall with lot numbers', date=d0)


def n_physician_coverage(W, r, lang):
    d0 = rand_datetime(r)
    org = W.org(r, pick(r, ['gmf', 'clinic']))
    adm = W.staff(r, org, 'admin')
    a = W.staff(r, org, 'md')
    b = W.staff(r, org, pick(r, ['md', 'ips']))
    c = cond(r)
    s = future_date(d0, r, 5, 40)
    e = s + dt.timedelta(days=r.randrange(7, 30))
    blocks = [('p', greet(lang, r)),
              ('p', maybe_typo(L(lang, f'{a.disp("fr")} sera absent{"e" if a.sex == "F" else ""} du {fmt_date(s, "fr", r)} au {fmt_date(e, "fr", r)}. {b.disp("fr")} assurera le suivi de sa clientèle, '
                                       f'notamment la clinique de {dx(c, "fr")}. Les résultats anormaux seront acheminés à {b.disp("fr")}.',
                                 f'{a.disp("en")} will be away from {fmt_date(s, "en", r)} to {fmt_date(e, "en", r)}. {b.disp("en")} will cover their patients, '
                                 f'including the {dx(c, "en")} clinic. Abnormal results will be routed to {b.disp("en")}.'), r)),
              ('p', close(lang, r)), sig_block(adm, lang, r)]
    to = (L(lang, 'Personnel', 'Staff'), f'personnel@{org["domain"]}')
    cc = [W.staff(r, W.org(r, 'pharmacy'), 'pharm').addr(lang, r)] if r.random() < 0.4 else []
    return Spec(lang, adm.addr(lang, r), [to], L(lang, 'Absence et remplacement', 'Absence and coverage'), blocks, cc=cc,
                note='physician coverage with specialty', date=d0)


def n_pharmacy_ops(W, r, lang):
    d0 = rand_datetime(r)
    ph, po = neg_sender(W, r, 'pharmacy', pick(r, ['pharm', 'manager']))
    org = W.org(r, pick(r, ['gmf', 'clsc']))
    dest = W.staff(r, org, pick(r, ['admin', 'coord', 'manager']))
    items = r.sample([L(lang, 'Service de pilulier hebdomadaire : 4,99 $ par semaine, livraison gratuite pour les 65 ans et plus.', 'Weekly blister pack service: $4.99/week, free delivery for 65+.'),
                      L(lang, f'Nouvelle heure limite pour les ordonnances télécopiées : 15h (télécopieur {po["fax"]}).', f'New cut-off for faxed prescriptions: 3 PM (fax {po["fax"]}).'),
                      L(lang, 'Consultation pour la contraception d\'urgence et les infections urinaires simples sans rendez-vous.', 'Walk-in consults for emergency contraception and simple UTIs.'),
                      L(lang, 'Fermeture exceptionnelle le lundi de Pâques.', 'Closed on Easter Monday.')], 3)
    blocks = [('p', greet(lang, r, dest.given)), ('p', L(lang, 'Quelques nouvelles de la pharmacie :', 'Some news from the pharmacy:')), ('list', items),
              ('p', close(lang, r)), sig_block(ph, lang, r)]
    return Spec(lang, ph.addr(lang, r), [dest.addr(lang, r)], L(lang, 'Nouvelles de la pharmacie', 'Pharmacy news'), blocks, note='pharmacy operations', date=d0)


def p_calendar(W, r, lang):
    T = {'patient_name'}
    d0 = rand_datetime(r)
    variant = r.randrange(3)
    if variant == 0:   # GMF nurse -> physician: follow-up invite for one patient
        p = choose_patient(W, r, lang, 0.7)
        gmf = W.org(r, 'gmf')
        nu = W.staff(r, gmf, pick(r, ['nurse', 'ips']))
        md = W.staff(r, gmf, 'md')
        c = cond(r)
        T.add('diagnosis')
        when = future_date(d0, r, 3, 40)
        s0 = dt.datetime(when.year, when.month, when.day, pick(r, [8, 9, 10, 13, 14, 15]), pick(r, [0, 20, 40]))
        desc = [L(lang, f'Patient(e) : {p.full}', f'Patient: {p.full}')]
        if r.random() < 0.7:
            T.add('date_of_birth')
            desc.append(L(lang, f'DDN : {p.dob.isoformat()}', f'DOB: {p.dob.isoformat()}'))
        if p.nam and r.random() < 0.6:
            desc.append(f'NAM : {pnam(p, r, T)}')
        desc.append(L(lang, f'Motif : suivi conjoint {dx(c, "fr")}', f'Reason: joint follow-up, {dx(c, "en")}'))
        if r.random() < 0.5:
            T.add('medication')
            desc.append(L(lang, 'Rx : ', 'Rx: ') + ', '.join(meds_of(c, lang, r)))
        ev = dict(uid=f'{r.getrandbits(48):x}@{gmf["domain"]}', start=s0, end=s0 + dt.timedelta(minutes=30),
                  summary=L(lang, f'Suivi conjoint - {p.surname.upper()} {p.given}', f'Joint follow-up - {p.surname.upper()} {p.given}'),
                  location=L(lang, 'Bureau 3 / téléphone', 'Office 3 / phone'), description='\n'.join(desc),
                  organizer=(nu.full, nu.email), attendees=[(md.full, md.email)])
        blocks = [('p', greet(lang, r, md.disp(lang))), ('p', L(lang, 'Invitation pour la rencontre de suivi conjoint, détails dans l\'invitation.',
                                                                  'Invite for the joint follow-up, details in the invitation.')), sig_block(nu, lang, r, full=False)]
        ics = make_ics([ev], f'-//{gmf["domain"]}//Agenda//FR')
        sp = Spec(lang, nu.addr(lang, r), [md.addr(lang, r)], L(lang, 'Invitation : suivi conjoint', 'Invitation: joint follow-up'), blocks,
                  [Att('invite.ics', 'text/calendar', ics, params={'method': 'REQUEST', 'charset': 'utf-8'})], T, 'calendar invite (patient in ICS)', date=d0)
        return sp
    if variant == 1:   # CLSC calendar export of home visits
        clsc = W.org(r, 'clsc')
        co = W.staff(r, clsc, 'coord')
        nu = W.staff(r, clsc, 'nurse')
        T.update(['patient_contact', 'diagnosis'])
        day = future_date(d0, r, 1, 7)
        evs = []
        for i in range(r.randrange(3, 6)):
            q = choose_patient(W, r, lang, 0.5)
            y = patient_details(q, r)
            c = cond(r)
            s0 = dt.datetime(day.year, day.month, day.day, 8 + i, pick(r, [0, 30]))
            evs.append(dict(uid=f'{r.getrandbits(48):x}@{clsc["domain"]}', start=s0, end=s0 + dt.timedelta(minutes=45),
                            summary=f'VAD {q.surname.upper()} {q.given}' if lang == 'fr' else f'HV {q.surname.upper()} {q.given}',
                            location=y['addr'], description=L(lang, f'{c["home"][0]} ({dx(c, "fr")}). Tél. {y["phone"]}',
                                                              f'{c["home"][1]} ({dx(c, "en")}). Phone {y["phone"]}')))
        ics = make_ics(evs, f'-//{clsc["domain"]}//SAD//FR', 'PUBLISH')
        blocks = [('p', greet(lang, r, nu.given)), ('p', L(lang, 'Tes visites de la journée à importer dans ton agenda.', 'Your visits for the day, import into your calendar.')),
                  ('p', close(lang, r)), sig_block(co, lang, r, full=False)]
        return Spec(lang, co.addr(lang, r), [nu.addr(lang, r)], L(lang, f'Agenda VAD {day.isoformat()}', f'HV calendar {day.isoformat()}'), blocks,
                    [Att(L(lang, 'visites.ics', 'visits.ics'), 'text/calendar', ics, params={'method': 'PUBLISH', 'charset': 'utf-8'})], T,
                    'home visit calendar export (ICS)', date=d0)
    # clinic -> patient: procedure invite with prep instructions
    p = choose_patient(W, r, lang, 0.6)
    clinic = W.org(r, 'clinic')
    sec = W.staff(r, clinic, 'admin')
    to = [to_patient(p, lang, r, T)]
    T.add('diagnosis')
    proc = pick(r, [('Coloscopie', 'Colonoscopy', 'dépistage suite à un test FIT positif', 'screening after positive FIT'),
                    ('Polysomnographie', 'Sleep study', 'apnée du sommeil soupçonnée', 'suspected sleep apnea'),
                    ('Épreuve d\'effort', 'Stress test', 'douleurs thoraciques à l\'effort', 'exertional chest pain')])
    when = future_date(d0, r, 7, 60)
    s0 = dt.datetime(when.year, when.month, when.day, pick(r, [7, 8, 9]), 30)
    ev = dict(uid=f'{r.getrandbits(48):x}@{clinic["domain"]}', start=s0, end=s0 + dt.timedelta(hours=2),
              summary=L(lang, f'{proc[0]} - {p.full}', f'{proc[1]} - {p.full}'), location=f'{clinic["name"]}, {clinic["addr"]}, {clinic["town"]}',
              description=L(lang, f'Indication : {proc[2]}. Préparation : voir feuille remise. Apporter la liste de vos médicaments.',
                            f'Indication: {proc[3]}. Preparation: see handout. Bring your medication list.'),
              organizer=(sec.full, sec.email), attendees=[to[0]])
    blocks = [('p', greet(lang, r, p.given)),
              ('p', L(lang, f'Votre {proc[0].lower()} est prévue le {fmt_date(when, "fr", r, "long")}. L\'invitation est jointe.',
                      f'Your {proc[1].lower()} is scheduled for {fmt_date(when, "en", r, "long")}. Invitation attached.')),
              ('p', close(lang, r)), sig_block(sec, lang, r)]
    return Spec(lang, sec.addr(lang, r), to, L(lang, f'{proc[0]} - confirmation', f'{proc[1]} - confirmation'), blocks,
                [Att('invitation.ics', 'text/calendar', make_ics([ev], f'-//{clinic["domain"]}//RDV//FR'), params={'method': 'REQUEST', 'charset': 'utf-8'})],
                T, 'procedure invite to patient (ICS)', wrap=['fwd', None], date=d0)


# ----------------------------------------------------------------------------
# plan, generation, self-check
# ----------------------------------------------------------------------------

POS_PLAN = [('booking', p_booking, 9), ('rx_renewal', p_rx_renewal, 9), ('transport', p_transport, 9),
            ('home_visit', p_home_visit, 10), ('calendar', p_calendar, 4), ('results', p_results, 10), ('insurance', p_insurance, 8),
            ('cnesst', p_cnesst, 8), ('referral', p_referral, 8), ('pharmacy_review', p_pharmacy_review, 7),
            ('imaging', p_imaging, 6), ('vaccination', p_vaccination, 5), ('roster', p_roster, 6),
            ('social_work', p_social, 6), ('out_of_province', p_out_of_province, 7), ('discharge', p_discharge, 5),
            ('subject_only', p_subject_only, 3)]
NEG_PLAN = [('billing', n_billing, 9), ('purchase_order', n_purchase_order, 8), ('it_notice', n_it_notice, 9),
            ('hr_schedule', n_hr_schedule, 8), ('hr_leave', n_hr_leave, 7), ('hr_occhealth', n_hr_occhealth, 6),
            ('drug_shortage', n_drug_shortage, 8), ('newsletter', n_newsletter, 8), ('clinic_schedule', n_clinic_schedule, 8),
            ('blank_form', n_blank_form, 8), ('teaching_case', n_teaching_case, 7), ('stats', n_stats, 8),
            ('job_posting', n_job_posting, 6), ('committee', n_committee, 8), ('facilities', n_facilities, 6),
            ('cme_event', n_cme_event, 7), ('procedure', n_procedure, 7), ('equipment', n_equipment, 6),
            ('staff_contact', n_staff_contact, 6), ('formulary', n_formulary, 6), ('vaccination_campaign', n_vaccination_campaign, 6),
            ('transport_service', n_transport_service, 6), ('homecare_team', n_homecare_team, 6), ('supply_recall', n_supply_recall, 5),
            ('physician_coverage', n_physician_coverage, 6), ('pharmacy_ops', n_pharmacy_ops, 5)]
assert sum(x[2] for x in POS_PLAN) == N_POS and sum(x[2] for x in NEG_PLAN) == N_NEG


def load_nams():
    rows = []
    with open(NAMS_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            s, g, d, sx, n = line.split()
            rows.append((s, g, dt.date.fromisoformat(d), sx, n))
    return rows


def build_plan(rng, plan, total, n_en):
    items = [(cat, fn) for cat, fn, k in plan for _ in range(k)]
    rng.shuffle(items)
    langs = ['en'] * n_en + ['fr'] * (total - n_en)
    rng.shuffle(langs)
    return [(cat, fn, lg) for (cat, fn), lg in zip(items, langs)]


def choose_wrap(spec, r):
    allowed = spec.wrap
    if allowed is False:
        return None
    if allowed is True:
        allowed = ['reply', 'fwd', 'eml', None]
    weights = {'reply': 0.18, 'fwd': 0.14, 'eml': 0.08, None: 0.60}
    if spec.atts and 'reply' in allowed:
        allowed = [a for a in allowed if a != 'reply']
    w = [weights[a] for a in allowed]
    return r.choices(allowed, w)[0]


def externalize(spec, r):
    """Move the tabular / key-value blocks of the body into an attachment ("see attached")."""
    data = [b for b in spec.blocks if b[0] in ('kv', 'table')]
    lang = spec.lang
    fmt = pick(r, ['pdf', 'docx', 'xlsx', 'xlsx', 'csv'])
    if fmt == 'csv' and len(data) != 1:
        fmt = 'xlsx'
    stem = pick(r, [L(lang, 'document', 'document'), L(lang, 'details', 'details'), L(lang, 'formulaire', 'form'),
                    safe_fname(ascii_fold(spec.subject))[:40] or 'document'])
    author = spec.sender[0] or ''
    if fmt == 'pdf':
        att = Att(stem + '.pdf', 'application/pdf', make_pdf(spec.subject, data, r, lang, author))
    elif fmt == 'docx':
        att = Att(stem + '.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                  make_docx(spec.subject, data, author))
    else:
        sheets = []
        for i, b in enumerate(data, 1):
            if b[0] == 'kv':
                sheets.append((f'{L(lang, "Feuille", "Sheet")}{i}', [L(lang, 'Champ', 'Field'), L(lang, 'Valeur', 'Value')],
                               [list(x) for x in b[1]]))
            else:
                sheets.append((f'{L(lang, "Feuille", "Sheet")}{i}', b[1], b[2]))
        if fmt == 'xlsx':
            att = Att(stem + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(sheets, author))
        else:
            enc = pick(r, ['utf-8', 'cp1252'])
            att = Att(stem + '.csv', 'text/csv', make_csv(sheets[0][1], sheets[0][2], pick(r, [',', ';']), enc),
                      params={'charset': 'windows-1252' if enc == 'cp1252' else 'utf-8'})
    new, done = [], False
    for b in spec.blocks:
        if b[0] in ('kv', 'table'):
            if not done:
                new.append(('p', pick(r, [L(lang, 'Voir le document ci-joint.', 'See attached document.'),
                                          L(lang, 'Les détails sont en pièce jointe.', 'Details are in the attachment.'),
                                          L(lang, 'Ci-joint.', 'Attached.')])))
                done = True
            continue
        new.append(b)
    spec.blocks = new
    spec.atts = [att]
    spec.note += f'; details moved to {fmt} attachment'


def render_one(spec, r):
    if not spec.atts and any(b[0] in ('kv', 'table') for b in spec.blocks) and r.random() < 0.25:
        externalize(spec, r)
    if spec.atts and all(a.ctype != 'message/rfc822' for a in spec.atts) and r.random() < 0.08:
        stem = os.path.splitext(spec.atts[0].filename)[0]
        spec.atts = [Att(stem + '.zip', pick(r, ['application/zip', 'application/x-zip-compressed']),
                         make_zip([(a.filename, a.data) for a in spec.atts]))]
        spec.note += '; attachments zipped'
    mode = choose_wrap(spec, r)
    if mode:
        spec = wrap_spec(spec, r, mode)
    raw = compose(spec, r)
    if r.random() < 0.45:
        raw = raw.replace(b'\n', b'\r\n')
    return raw, spec


def generate(seed, out):
    rng = random.Random(seed)
    W = World(seed, load_nams())
    pos = build_plan(rng, POS_PLAN, N_POS, 40)
    neg = build_plan(rng, NEG_PLAN, N_NEG, 60)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    labels = {}
    for i, (cat, fn, lang) in enumerate(pos, 1):
        r = random.Random(f'{seed}-pos-{i}')
        spec = fn(W, r, lang)
        raw, spec = render_one(spec, r)
        rel = f'positive/p{i:03d}_{cat}.eml'
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(raw)
        labels[rel] = {'confidential': True, 'types': sorted(spec.types), 'lang': lang, 'note': spec.note}
    for i, (cat, fn, lang) in enumerate(neg, 1):
        r = random.Random(f'{seed}-neg-{i}')
        spec = fn(W, r, lang)
        assert not spec.types, (cat, spec.types)
        raw, spec = render_one(spec, r)
        rel = f'negative/n{i:03d}_{cat}.eml'
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(raw)
        labels[rel] = {'confidential': False, 'types': [], 'lang': lang, 'note': spec.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    return labels


def check_part_payload(part):
    ct = part.get_content_type()
    content = part.get_content()
    if ct == 'application/pdf':
        assert content.startswith(b'%PDF'), 'bad pdf'
    elif ct in ('application/zip', 'application/x-zip-compressed') or ct.startswith('application/vnd.openxmlformats'):
        zipfile.ZipFile(io.BytesIO(content)).testzip()
    elif ct == 'message/rfc822':
        return
    elif part.get_content_maintype() == 'text':
        assert isinstance(content, str)
    return content


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as f:
        labels = json.load(f)
    files = sorted(os.path.relpath(os.path.join(dp, fn), out).replace(os.sep, '/')
                   for sub in ('positive', 'negative') for dp, _, fns in os.walk(os.path.join(out, sub))
                   for fn in fns if fn.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    counts = {'positive': 0, 'negative': 0, 'fr': 0, 'en': 0, 'parts': 0}
    h = hashlib.sha256()
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as f:
            data = f.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        assert msg['From'] and msg['Subject'] is not None and msg['Date'], rel
        str(msg['Subject'])
        for part in msg.walk():
            if part.is_multipart():
                continue
            check_part_payload(part)
            counts['parts'] += 1
        if lab['confidential']:
            assert rel.startswith('positive/') and lab['types'], rel
            assert all(t in ALL_TYPES for t in lab['types']), rel
            counts['positive'] += 1
        else:
            assert rel.startswith('negative/') and lab['types'] == [], rel
            counts['negative'] += 1
        counts[lab['lang']] += 1
        h.update(rel.encode() + b'\0' + data + b'\0')
    with open(os.path.join(out, 'labels.json'), 'rb') as f:
        h.update(b'labels.json\0' + f.read())
    return counts, h.hexdigest()


README = """# Held-out corpus 43 -- outpatient care (GMF, specialised clinics, community pharmacy, CLSC home care)

Synthetic **outbound** e-mail for measuring a data-loss-prevention filter. Everything is invented:
people, institutions, street addresses, `*.example` domains, `555` phone numbers. RAMQ NAMs come
only from `../blind_nams.txt` and are always used with that person's name, birth date and sex; SIN
(Luhn), Ontario health numbers (Luhn), Belgian NISS and French NIR are generated valid and checked
with python-stdnum.

## Flavour
Outpatient care, mostly French-Canadian with about one third English:
bookings and no-show notices, prescription renewals and pharmacist opinions / blister packs, adapted
transport requests, CLSC home-visit referrals, routes and reports, lab / imaging results sent to the
family doctor, insurer disability forms, CNESST certificates sent to employers, referrals to
specialised clinics, vaccination notices, patient rosters, social-work notes, hospital discharge
liaison, out-of-province patients (Ontario, France, Belgium).
Negatives (hard): invoices / POs / RAMQ billing summaries, IT notices, HR schedules, leave and
employee occupational health, drug-shortage bulletins, newsletters, clinic schedules and on-call
calendars, blank forms, anonymised teaching cases, aggregate statistics, job postings, committee
notices, CME programmes (physicians named with the diseases they treat), privacy procedures
(identifier formats shown as masks), biomedical equipment with Luhn-valid serials and NAM-shaped
asset tags (impossible month), supply recalls with lot numbers, formulary updates, etc.

## Layout
```
generate.py            deterministic generator (stdlib + python-stdnum + reportlab, python-docx, openpyxl)
positive/pNNN_<category>.eml   120 confidential messages
negative/nNNN_<category>.eml   180 non-confidential messages
labels.json            {"positive/p001_x.eml": {"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}
README.md              this file
```
Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name,
diagnosis, medication, lab_result, patient_contact, social_information.

## Definition used
A message is confidential when a reader can identify a patient (name, or RAMQ NAM / SIN / Ontario
health number / NISS / NIR / chart number, sometimes spaced, dashed or lower-cased) **and** learn
something personal, medical or social about them -- anywhere: Subject, body, quoted reply, inline
forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file name.
A patient's home address or personal phone with their name in a care context counts.
Not confidential: staff information (schedules, leave, employee occupational health), physicians
named with the diseases they treat, speakers and topics, aggregates, newsletters, bulletins, blank
forms, anonymised teaching cases, invoices/POs, serial/lot/asset numbers, clinic contact details in
signatures, IT/facilities mail, job postings, committee notices.

## Transports
Hand-built MIME: text/plain only, multipart/alternative, HTML-only (Outlook- and Gmail-style markup,
sometimes with HTML entities), multipart/mixed with attachments, message/rfc822 forwards; replies
(`>` quoting and Outlook header blocks), inline forwards; charsets utf-8, iso-8859-1, windows-1252;
quoted-printable, base64, 7bit/8bit; RFC 2047 headers and RFC 2231 file names; CRLF and LF line
endings; ICS content folded at 75 octets. ZIP/DOCX/XLSX members carry fixed timestamps and PDFs are
written with reportlab's invariant mode, so two runs are byte-identical.

## Regenerate
```
python generate.py              # default seed 4343, writes next to generate.py
python generate.py --seed N --out DIR
```
The run parses every file with `email.message_from_bytes(..., policy=email.policy.default)`,
decodes every part, checks labels and prints counts and the digest.

## Digest (seed {seed})
sha256 over every .eml (sorted relative path + bytes) and labels.json: `{digest}`

Counts: {pos} positive, {neg} negative; {fr} French, {en} English.
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    generate(a.seed, a.out)
    counts, digest = self_check(a.out)
    with open(os.path.join(a.out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(README.replace('{seed}', str(a.seed)).replace('{digest}', digest)
                .replace('{pos}', str(counts['positive'])).replace('{neg}', str(counts['negative']))
                .replace('{fr}', str(counts['fr'])).replace('{en}', str(counts['en'])))
    print(f'positive={counts["positive"]} negative={counts["negative"]} fr={counts["fr"]} en={counts["en"]} '
          f'leaf_parts={counts["parts"]}')
    print(f'sha256={digest}')


if __name__ == '__main__':
    main()
