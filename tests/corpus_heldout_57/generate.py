#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus for DLP evaluation (held-out set 57).

Flavour: outpatient specialty clinics (ophthalmology, ENT, dermatology, dental
surgery, oral & maxillofacial surgery) plus billing and administrative
correspondence (RAMQ claims, private insurers, SAAQ and CNESST files, lawyers
requesting records).  English and French-Canadian, about evenly.

Everything is invented.  Every RAMQ NAM comes from ../blind_nams.txt and is
always used together with that person's name, birth date and sex.  Other
identifiers (SIN, Ontario health number, Belgian NISS, French NIR) are
generated valid and checked with python-stdnum.

Usage:  python generate.py [--seed 5757] [--out DIR]
Output is byte-for-byte reproducible for a given seed.
"""
import argparse
import base64
import csv
import datetime as dt
import email
import email.policy
import email.utils
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
from email.header import Header

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import bn as ca_bn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 5757
N_POS = 120
N_NEG = 180
ZIP_TIME = (2025, 1, 15, 8, 0, 0)
DOC_TIME = dt.datetime(2025, 1, 15, 8, 0, 0)


# =============================================================== small helpers
def L(lang, en, fr):
    return en if lang == 'en' else fr


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^A-Za-z0-9]+', '', strip_accents(s)).lower()


MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MON_EN = [m[:3] for m in MONTHS_EN]
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']


def fmt_date(d, lang, style='long'):
    if style == 'iso':
        return d.isoformat()
    if style == 'slash':
        return f'{d.day:02d}/{d.month:02d}/{d.year}'
    if style == 'dash':
        return f'{d.day:02d}-{d.month:02d}-{d.year}'
    if style == 'abbr':
        return f'{d.day}-{MON_EN[d.month - 1]}-{d.year}' if lang == 'en' else f'{d.day} {MONTHS_FR[d.month - 1][:4].rstrip(".")}. {d.year}'
    if style == 'day':
        if lang == 'en':
            return f'{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}'
        return f'{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]}'
    # long
    if lang == 'en':
        return f'{MONTHS_EN[d.month - 1]} {d.day}, {d.year}'
    return f"{'1er' if d.day == 1 else d.day} {MONTHS_FR[d.month - 1]} {d.year}"


def fmt_time(h, m, lang):
    if lang == 'en':
        ap = 'AM' if h < 12 else 'PM'
        hh = h if h <= 12 else h - 12
        return f'{hh}:{m:02d} {ap}'
    return f'{h} h {m:02d}' if m else f'{h} h'


def wkday(d):
    while d.weekday() > 4:
        d += dt.timedelta(days=1)
    return d


def money(x, lang):
    s = f'{x:,.2f}'
    if lang == 'fr':
        s = s.replace(',', ' ').replace('.', ',')
    return s + ' $'


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


TYPO_SKIP = set()


def typo(rng, text, p=0.5):
    """Introduce one realistic typo in a lowercase word of length >= 6."""
    if rng.random() > p:
        return text
    words = list(re.finditer(r'\b[a-zéèàç]{6,}\b', text))
    if not words:
        return text
    m = rng.choice(words)
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    kind = rng.random()
    if kind < 0.5:
        w2 = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind < 0.8:
        w2 = w[:i] + w[i + 1:]
    else:
        w2 = w[:i] + w[i] + w[i:]
    return text[:m.start()] + w2 + text[m.end():]


# =============================================================== identifiers
def digits(rng, n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + digits(rng, 7)
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def fmt_sin(s, style):
    return {'space': f'{s[:3]} {s[3:6]} {s[6:]}', 'dash': f'{s[:3]}-{s[3:6]}-{s[6:]}',
            'plain': s, 'dot': f'{s[:3]}.{s[3:6]}.{s[6:]}'}[style]


def gen_hcn(rng):
    body = rng.choice('123456789') + digits(rng, 8)
    s = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(s)
    return s


def fmt_hcn(s, vc, style):
    if style == 'dash':
        out = f'{s[:4]}-{s[4:7]}-{s[7:]}'
    elif style == 'space':
        out = f'{s[:4]} {s[4:7]} {s[7:]}'
    else:
        out = s
    if vc:
        out += ('-' if style == 'dash' else ' ') + vc
    return out


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        base = f'{dob:%y%m%d}{serial:03d}'
        n = int(('2' if dob.year >= 2000 else '') + base)
        s = base + f'{97 - n % 97:02d}'
        if be_nn.is_valid(s):
            return s


def fmt_niss(s, style):
    if style == 'dots':
        return f'{s[:2]}.{s[2:4]}.{s[4:6]}-{s[6:9]}.{s[9:]}'
    if style == 'space':
        return f'{s[:6]} {s[6:9]} {s[9:]}'
    return s


FR_DEPTS = ['75', '69', '13', '33', '59', '31', '44', '67', '35', '06', '29', '63']


def gen_nir(rng, dob, sex):
    while True:
        base = ('1' if sex == 'M' else '2') + f'{dob:%y%m}' + rng.choice(FR_DEPTS) + \
            f'{rng.randint(1, 400):03d}' + f'{rng.randint(1, 999):03d}'
        s = base + f'{97 - int(base) % 97:02d}'
        if fr_nir.is_valid(s):
            return s


def fmt_nir(s, style):
    if style == 'space':
        return f'{s[0]} {s[1:3]} {s[3:5]} {s[5:7]} {s[7:10]} {s[10:13]} {s[13:]}'
    if style == 'key':
        return f'{s[:13]} {s[13:]}'
    return s


def fmt_nam(nam, style):
    if style == 'space':
        return f'{nam[:4]} {nam[4:8]} {nam[8:]}'
    if style == 'lower':
        return f'{nam[:4].lower()} {nam[4:8]} {nam[8:]}'
    if style == 'dash':
        return f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'
    return nam


def gen_mrn(rng, style=None):
    style = style or rng.choice(['H', 'DOS', 'num', 'pref'])
    if style == 'H':
        return 'H' + digits(rng, 7)
    if style == 'DOS':
        return 'DOS-' + digits(rng, 6)
    if style == 'pref':
        return rng.choice(['OP', 'DM', 'OR', 'CB']) + digits(rng, 6)
    return '0' + digits(rng, 6)


def luhn_serial(rng, n):
    body = rng.choice('123456789') + digits(rng, n - 2)
    return body + luhn.calc_check_digit(body)


def gen_bn(rng):
    while True:
        body = rng.choice('12345678') + digits(rng, 7)
        s = body + luhn.calc_check_digit(body)
        if ca_bn.is_valid(s):
            return s


# =============================================================== people
QC_CITIES = [('Laval', 'H7'), ('Longueuil', 'J4'), ('Saint-Jérôme', 'J7'), ('Terrebonne', 'J6'),
             ('Blainville', 'J7'), ('Mirabel', 'J7'), ('Repentigny', 'J5'), ('Montréal', 'H2'),
             ('Montréal', 'H4'), ('Boisbriand', 'J7'), ('Sainte-Thérèse', 'J7'), ('Brossard', 'J4')]
QC_STREETS = ['rue des Pins', 'avenue du Parc', 'rue Saint-Denis', 'boulevard des Laurentides',
              'rue Principale', 'rue des Érables', 'montée Gagnon', 'rue de la Fabrique',
              'chemin du Lac-Écho', 'rue Bélanger', 'avenue Querbes', 'rue des Hirondelles',
              'rue Notre-Dame', 'boulevard Lévesque Est', 'rue du Boisé', 'croissant des Ormes']
ON_ADDR = [('Maple Avenue', 'Ottawa', 'K1S'), ('Elm Street', 'Hawkesbury', 'K6A'),
           ('Pitt Street', 'Cornwall', 'K6J'), ('Riverside Drive', 'Ottawa', 'K1H'),
           ('Main Street', 'Alexandria', 'K0C'), ('Cedar Crescent', 'Rockland', 'K4K')]
FR_ADDR = [('rue des Lilas', '69003', 'Lyon'), ('avenue Jean-Jaurès', '31000', 'Toulouse'),
           ('rue de la République', '13001', 'Marseille'), ('boulevard Voltaire', '75011', 'Paris'),
           ('rue Sainte-Catherine', '33000', 'Bordeaux'), ('quai de la Fosse', '44000', 'Nantes')]
BE_ADDR = [('Rue de la Station', '4000', 'Liège'), ('Kerkstraat', '9000', 'Gent'),
           ('Avenue Louise', '1050', 'Ixelles'), ('Chaussée de Namur', '5000', 'Namur'),
           ('Rue des Carmes', '7000', 'Mons')]
PC_LET = 'ABCEGHJKLMNPRSTVWXYZ'


def postal(rng, prefix):
    return f'{prefix}{rng.choice(PC_LET)} {rng.randint(0, 9)}{rng.choice(PC_LET)}{rng.randint(0, 9)}'


def phone(rng, area=None):
    area = area or rng.choice(['514', '450', '438', '579', '819'])
    return f'{area}-555-01{rng.randint(0, 99):02d}'


PERSONAL_DOMAINS = ['courriel.example', 'webmail.example', 'maillebox.example', 'boitecourriel.example',
                    'inbox-mail.example']

GIVEN_F = ['Chantal', 'Lise', 'Hélène', 'Nicole', 'Carole', 'Johanne', 'Audrey', 'Kim', 'Jessica',
           'Rosalie', 'Léa', 'Florence', 'Margaret', 'Linda', 'Huguette', 'Danielle', 'Yasmina', 'Ana']
GIVEN_M = ['Réjean', 'Gaétan', 'Normand', 'Alain', 'Yves', 'Steve', 'Maxime', 'Félix', 'Samuel',
           'Raymond', 'Bernard', 'Kevin', 'Antoine', 'Éric', 'Karim', 'Tomás', 'Walter', 'Jacob']
SURN_QC = ['Beauchemin', 'Charbonneau', 'Desrosiers', 'Lefebvre', 'Thériault', 'Rioux', 'Dionne',
           'Lalonde', 'Bisson', 'Chartrand', 'Gosselin', 'Boisvert', 'Leclerc', 'Ménard', 'Harvey',
           'St-Pierre', 'Nantel', 'McKenzie', 'Doyle', 'Ferreira', 'Petrov', 'Azoulay']
FR_GIVEN_F = ['Camille', 'Sandrine', 'Élodie', 'Agathe', 'Mathilde', 'Brigitte']
FR_GIVEN_M = ['Thibaut', 'Arnaud', 'Guillaume', 'Benoît', 'Jérôme', 'Loïc']
FR_SURN = ['Marchand', 'Lefèvre', 'Garnier', 'Rousseau', 'Chevalier', 'Moreau', 'Lambert', 'Faure']
BE_GIVEN_F = ['Annelies', 'Sophie', 'Els', 'Noémie', 'Charlotte']
BE_GIVEN_M = ['Pieter', 'Maarten', 'Quentin', 'Cédric', 'Wouter']
BE_SURN = ['Peeters', 'Janssens', 'Maes', 'Claes', 'Wouters', 'Dupont', 'Lemaire', 'Vandenberghe']


class Patient:
    def __init__(self, surname, given, dob, sex, nam=None, origin='qc'):
        self.surname, self.given, self.dob, self.sex, self.nam, self.origin = surname, given, dob, sex, nam, origin
        self.extra = {}

    def setup(self, rng):
        if self.extra:
            return self
        o = self.origin
        if o in ('qc',):
            city, pre = rng.choice(QC_CITIES)
            self.street = f'{rng.randint(12, 9850)}, {rng.choice(QC_STREETS)}'
            self.city, self.postal, self.prov = city, postal(rng, pre), 'QC'
            self.address = f'{self.street}, {city} (Québec) {self.postal}'
            self.address_en = f'{self.street}, {city}, QC {self.postal}'
        elif o == 'on':
            st, city, pre = rng.choice(ON_ADDR)
            self.street = f'{rng.randint(12, 2400)} {st}'
            self.city, self.postal, self.prov = city, postal(rng, pre), 'ON'
            self.address = self.address_en = f'{self.street}, {city}, ON {self.postal}'
        elif o == 'fr':
            st, cp, city = rng.choice(FR_ADDR)
            self.street = f'{rng.randint(2, 140)}, {st}'
            self.city, self.postal, self.prov = city, cp, 'FR'
            self.address = self.address_en = f'{self.street}, {cp} {city}, France'
        else:
            st, cp, city = rng.choice(BE_ADDR)
            self.street = f'{st} {rng.randint(2, 140)}'
            self.city, self.postal, self.prov = city, cp, 'BE'
            self.address = self.address_en = f'{self.street}, {cp} {city}, Belgique'
        self.phone = phone(rng)
        self.cell = phone(rng)
        self.email = f'{slug(self.given)}{rng.choice([".", "_", ""])}{slug(self.surname)}{rng.choice(["", str(self.dob.year % 100), str(rng.randint(1, 99))])}@{rng.choice(PERSONAL_DOMAINS)}'
        self.mrn = gen_mrn(rng)
        self.extra['ok'] = True
        return self

    def title(self, lang):
        if lang == 'en':
            return 'Mr.' if self.sex == 'M' else rng_free_choice(self, ['Ms.', 'Mrs.'])
        return 'M.' if self.sex == 'M' else 'Mme'

    def name(self, lang, style='full'):
        t = self.title(lang)
        return {
            'full': f'{self.given} {self.surname}',
            'title': f'{t} {self.given} {self.surname}',
            'title_sur': f'{t} {self.surname}',
            'roster': f'{self.surname.upper()}, {self.given}',
            'roster2': f'{self.surname}, {self.given}',
            'caps': f'{self.surname.upper()} {self.given}',
            'init': f'{self.given[0]}. {self.surname}',
            'lower': f'{self.given.lower()} {self.surname.lower()}',
            'surfirst': f'{self.surname} {self.given}',
        }[style]

    def he(self, lang):
        return L(lang, 'he' if self.sex == 'M' else 'she', 'il' if self.sex == 'M' else 'elle')

    def his(self, lang):
        return L(lang, 'his' if self.sex == 'M' else 'her', 'son')

    def ne(self):
        return 'né' if self.sex == 'M' else 'née'


def rng_free_choice(p, opts):
    # stable per patient (no global RNG consumption)
    return opts[sum(map(ord, p.surname + p.given)) % len(opts)]


def load_blind():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            out.append(Patient(sur, given, dt.date.fromisoformat(dob), sex, nam=nam))
    return out


class Staff:
    def __init__(self, given, surname, sex, role_en, role_fr, org, doctor=False, cred=''):
        self.given, self.surname, self.sex = given, surname, sex
        self.role_en, self.role_fr, self.org, self.doctor, self.cred = role_en, role_fr, org, doctor, cred
        self.email = f'{slug(given)[0]}{slug(surname)}@{org["domain"]}' if org else ''

    def full(self):
        return f'{self.given} {self.surname}'

    def ref(self, lang, style='title'):
        if self.doctor:
            t = L(lang, 'Dr.', 'Dr' if self.sex == 'M' else 'Dre')
            if style == 'title':
                return f'{t} {self.given} {self.surname}'
            if style == 'short':
                return f'{t} {self.surname}'
        return f'{self.given} {self.surname}' if style != 'first' else self.given

    def role(self, lang):
        return L(lang, self.role_en, self.role_fr)


STAFF_GIVEN_F = ['Isabelle', 'Karine', 'Mélanie', 'Stéphanie', 'Julie', 'Catherine', 'Émilie', 'Jennifer',
                 'Michelle', 'Rachel', 'Véronique', 'Annie', 'Chantale', 'Lucie', 'Amélie', 'Valérie',
                 'Marie-Ève', 'Priya', 'Mei', 'Noémie', 'Josiane', 'Sabrina', 'Laura', 'Fatima']
STAFF_GIVEN_M = ['Patrick', 'Mathieu', 'François', 'Sébastien', 'Kevin', 'Steven', 'Olivier', 'Nicolas',
                 'Hugo', 'Jean-François', 'Hassan', 'Daniel', 'Alexandre', 'Vincent', 'Simon', 'Omar']
STAFF_SURN = ['Tremblay', 'Côté', 'Bergeron', 'Lavoie', 'Gingras', 'Dubé', 'Beaulieu', 'Lemieux',
              'Mercier', 'Desjardins', 'Chen', 'Patel', 'Haddad', 'Nguyen', "O'Brien", 'Kowalski',
              'Fontaine', 'Landry', 'Poulin', 'Vachon', 'Grenier', 'Perron', 'Paradis', 'Lachance',
              'Gauthier', 'Roy', 'Gagnon', 'Simard', 'Ouellet', 'Morin', 'Bélanger', 'Pelletier']

ORGS = {
    'oph': dict(fr="Clinique d'ophtalmologie du Vieux-Port", en='Vieux-Port Eye Clinic', domain='ophtavieuxport.example',
                addr='410, rue de la Commune Ouest, bureau 300, Montréal (Québec) H2Y 0Z9', tel='514-555-0142', fax='514-555-0143',
                spec_en='ophthalmologist', spec_fr='ophtalmologiste'),
    'ent': dict(fr='Centre ORL de la Rive-Nord', en='North Shore ENT Centre', domain='orl-rivenord.example',
                addr='2250, boulevard Curé-Labelle, bureau 210, Laval (Québec) H7T 0Y4', tel='450-555-0178', fax='450-555-0179',
                spec_en='otolaryngologist', spec_fr='oto-rhino-laryngologiste'),
    'derm': dict(fr='Dermatologie Saint-Laurent', en='Saint-Laurent Dermatology', domain='dermstlaurent.example',
                 addr='1875, boulevard Marcel-Laurin, Montréal (Québec) H4R 0X1', tel='514-555-0119', fax='514-555-0118',
                 spec_en='dermatologist', spec_fr='dermatologue'),
    'dent': dict(fr='Clinique de chirurgie buccale et maxillo-faciale des Laurentides', en='Laurentians Oral & Maxillofacial Surgery',
                 domain='cbmf-laurentides.example', addr='150, rue de la Gare, Saint-Jérôme (Québec) J7Z 0W2', tel='450-555-0166',
                 fax='450-555-0167', spec_en='oral and maxillofacial surgeon', spec_fr='chirurgien buccal et maxillo-facial'),
    'hosp': dict(fr='Hôpital Sainte-Clotilde — Cliniques externes', en='Sainte-Clotilde Hospital — Outpatient Clinics',
                 domain='hstclotilde.example', addr='3000, chemin de la Côte-Sainte-Clotilde, Montréal (Québec) H3T 0V7',
                 tel='514-555-0100', fax='514-555-0101', spec_en='oral and maxillofacial surgeon',
                 spec_fr='chirurgienne buccale et maxillo-faciale'),
}
EXT = {
    'gmf1': dict(fr='GMF des Moulins', en='GMF des Moulins', domain='gmfdesmoulins.example', tel='450-555-0131', fax='450-555-0132'),
    'gmf2': dict(fr='Clinique médicale Bellerive', en='Bellerive Medical Clinic', domain='cmbellerive.example', tel='514-555-0151', fax='514-555-0152'),
    'gmf3': dict(fr='Westmount Family Medicine', en='Westmount Family Medicine', domain='wfmed.example', tel='514-555-0171', fax='514-555-0172'),
    'opto': dict(fr='Optométristes Lumière', en='Lumière Optometrists', domain='optolumiere.example', tel='450-555-0121', fax='450-555-0122'),
    'dentist': dict(fr='Centre dentaire Terrasse Fleurie', en='Terrasse Fleurie Dental Centre', domain='cdterrassefleurie.example', tel='450-555-0191', fax='450-555-0192'),
    'pharm': dict(fr='Pharmacie J. Pelchat', en='J. Pelchat Pharmacy', domain='pharmapelchat.example', tel='514-555-0161', fax='514-555-0162'),
    'onco': dict(fr="Centre d'oncologie Nord-Est", en='North-East Cancer Centre', domain='onconordest.example', tel='514-555-0181', fax='514-555-0182'),
    'ins1': dict(fr='Assurances Boréal', en='Boréal Insurance', domain='boreal-assurances.example', tel='1-800-555-0110'),
    'ins2': dict(fr='Great Lakes Mutual Life', en='Great Lakes Mutual Life', domain='glmlife.example', tel='1-888-555-0144'),
    'ins3': dict(fr='Mutuelle des Érables', en='Mutuelle des Érables', domain='mutuelle-erables.example', tel='1-877-555-0133'),
    'travel': dict(fr='Assistance Voyage Horizon', en='Horizon Travel Assistance', domain='horizon-assist.example', tel='1-866-555-0177'),
    'law1': dict(fr='Dufresne Lacasse avocats', en='Dufresne Lacasse Lawyers', domain='dufresnelacasse.example', tel='514-555-0124'),
    'law2': dict(fr='Hartwell Bergeron s.e.n.c.r.l.', en='Hartwell Bergeron LLP', domain='hartwellbergeron.example', tel='514-555-0126'),
    'law3': dict(fr='Ménard Roy Avocats inc.', en='Ménard Roy Law', domain='menardroy.example', tel='450-555-0128'),
    'billing': dict(fr='Facturation MédiPlus inc.', en='MédiPlus Billing Inc.', domain='mediplus-facturation.example', tel='514-555-0135'),
    'saaq': dict(fr="Direction de l'indemnisation — SAAQ", en='SAAQ Compensation Branch', domain='saaq-indemnisation.example', tel='1-800-555-0150'),
    'cnesst': dict(fr='CNESST — Direction régionale des Laurentides', en='CNESST — Laurentides Regional Office', domain='cnesst-dossiers.example', tel='1-844-555-0160'),
    'clsc': dict(fr='CLSC Thérèse-De Blainville — Soutien à domicile', en='CLSC Thérèse-De Blainville — Home Care', domain='clsc-tdb.example', tel='450-555-0187'),
    'transport': dict(fr='Transport adapté Laurentides', en='Laurentides Paratransit', domain='ta-laurentides.example', tel='450-555-0188'),
    'ohip': dict(fr='Bureau de facturation hors province', en='Out-of-Province Billing Desk', domain='hstclotilde.example', tel='514-555-0105'),
    'sup_oph': dict(fr='Optilens Canada', en='Optilens Canada', domain='optilens.example', tel='1-800-555-0112'),
    'sup_dent': dict(fr='Dentaplus Distribution', en='Dentaplus Distribution', domain='dentaplus.example', tel='1-800-555-0114'),
    'sup_med': dict(fr='MédiFournitures Québec', en='MediSupply Quebec', domain='medifournitures.example', tel='1-877-555-0116'),
    'sup_audio': dict(fr='AudioTech Services', en='AudioTech Services', domain='audiotech.example', tel='1-888-555-0117'),
    'shelter': dict(fr="Maison d'hébergement L'Éclaircie", en="L'Éclaircie Women's Shelter", domain='eclaircie.example', tel='450-555-0189'),
}


# =============================================================== context
ROLES = {
    'md': ('{spec_en}', '{spec_fr}'),
    'sec': ('medical secretary', 'secrétaire médicale'),
    'bill': ('billing agent', 'agente de facturation'),
    'nurse': ('clinical nurse', 'infirmière clinicienne'),
    'records': ('medical records / access to information', 'archives médicales — accès à l\'information'),
    'mgr': ('clinic administrator', 'coordonnatrice administrative'),
    'tech': ('ophthalmic technician', 'technicienne en ophtalmologie'),
    'audio': ('audiologist', 'audiologiste'),
    'hyg': ('dental hygienist', 'hygiéniste dentaire'),
    'sw': ('social worker', 'travailleuse sociale'),
    'purch': ('purchasing', 'approvisionnement'),
}
ORG_ROLES = {
    'oph': ['md', 'md', 'md', 'sec', 'sec', 'bill', 'nurse', 'records', 'mgr', 'tech', 'purch'],
    'ent': ['md', 'md', 'md', 'sec', 'sec', 'bill', 'nurse', 'records', 'mgr', 'audio', 'audio'],
    'derm': ['md', 'md', 'md', 'sec', 'sec', 'bill', 'nurse', 'nurse', 'records', 'mgr'],
    'dent': ['md', 'md', 'md', 'sec', 'sec', 'bill', 'nurse', 'records', 'mgr', 'hyg', 'purch'],
    'hosp': ['md', 'md', 'sec', 'bill', 'nurse', 'records', 'mgr', 'sw', 'sw'],
}


class Msg(dict):
    __getattr__ = dict.__getitem__

    def __setattr__(self, k, v):
        self[k] = v


class Att:
    def __init__(self, filename, ctype, data, charset=None):
        self.filename, self.ctype, self.data, self.charset = filename, ctype, data, charset


class Ctx:
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        rng = self.rng
        self.blind = load_blind()
        self.blind_order = list(range(len(self.blind)))
        rng.shuffle(self.blind_order)
        self.bi = 0
        self.blind_full = {(p.given, p.surname) for p in self.blind}
        self.patient_tokens = set()
        self.staff = {}
        used = set()
        for key in ORGS:
            org = ORGS[key]
            roster = {}
            for role in ORG_ROLES[key]:
                while True:
                    sex = rng.choice('FM') if role in ('md', 'audio') else rng.choices('FM', [4, 1])[0]
                    given = rng.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M)
                    sur = rng.choice(STAFF_SURN)
                    if (given, sur) not in used and (given, sur) not in self.blind_full:
                        used.add((given, sur))
                        break
                ren, rfr = ROLES[role]
                if role == 'md':
                    ren, rfr = org['spec_en'], org['spec_fr']
                    if key == 'dent' or key == 'hosp':
                        rfr = 'chirurgien buccal et maxillo-facial' if sex == 'M' else 'chirurgienne buccale et maxillo-faciale'
                    if key == 'ent' and rng.random() < 0.5:
                        rfr = 'ORL'
                elif sex == 'M':
                    rfr = rfr.replace('secrétaire médicale', 'secrétaire médical').replace('agente', 'agent') \
                        .replace('infirmière clinicienne', 'infirmier clinicien').replace('coordonnatrice', 'coordonnateur') \
                        .replace('technicienne', 'technicien').replace('travailleuse', 'travailleur')
                s = Staff(given, sur, sex, ren, rfr, org, doctor=(role == 'md'),
                          cred=(', M.D.' if role == 'md' and key not in ('dent',) else (', DMD' if role == 'md' else '')))
                if key == 'dent' and role == 'md':
                    s.cred = rng.choice([', DMD, MSc', ', DMD, FRCD(C)', ', DDS'])
                roster.setdefault(role, []).append(s)
            self.staff[key] = roster
        self.ext_used = set(used)

    # ---- people
    def pat_nam(self):
        p = self.blind[self.blind_order[self.bi % len(self.blind)]]
        self.bi += 1
        p.setup(self.rng)
        self.register(p)
        return p

    def pat_new(self, origin='qc', age=(18, 88), ref=None):
        rng = self.rng
        ref = ref or dt.date(2025, 6, 1)
        sex = rng.choice('FM')
        if origin == 'fr':
            given = rng.choice(FR_GIVEN_F if sex == 'F' else FR_GIVEN_M)
            sur = rng.choice(FR_SURN)
        elif origin == 'be':
            given = rng.choice(BE_GIVEN_F if sex == 'F' else BE_GIVEN_M)
            sur = rng.choice([x for x in BE_SURN if not x.startswith(given)])
        else:
            given = rng.choice(GIVEN_F if sex == 'F' else GIVEN_M)
            sur = rng.choice(SURN_QC)
        a = rng.randint(*age)
        dob = dt.date(ref.year - a, rng.randint(1, 12), rng.randint(1, 28))
        p = Patient(sur, given, dob, sex, origin=origin).setup(rng)
        self.register(p)
        return p

    def register(self, p):
        self.patient_tokens.add(f'{p.given} {p.surname}')
        self.patient_tokens.add(f'{p.surname.upper()}, {p.given}')
        if p.nam:
            self.patient_tokens.add(p.nam)
        self.patient_tokens.add(p.mrn)
        self.patient_tokens.add(p.email)

    def st(self, org, role='md', i=None):
        lst = self.staff[org][role]
        return lst[i % len(lst)] if i is not None else self.rng.choice(lst)

    def ext(self, key, role_en='', role_fr='', doctor=False, sex=None):
        rng = self.rng
        org = EXT[key]
        while True:
            sx = sex or rng.choice('FM')
            given = rng.choice(STAFF_GIVEN_F if sx == 'F' else STAFF_GIVEN_M)
            sur = rng.choice(STAFF_SURN + ['Lafrance', 'Drouin', 'Cormier', 'Hébert', 'Gill', 'Wong', 'Sauvé', 'Rivard'])
            if (given, sur) not in self.ext_used and (given, sur) not in self.blind_full:
                break
        s = Staff(given, sur, sx, role_en, role_fr, org, doctor=doctor, cred=', M.D.' if doctor else '')
        if not doctor and rng.random() < 0.3:
            s.email = f'{slug(given)}.{slug(sur)}@{org["domain"]}'
        return s

    def date(self, lo=(2025, 1, 6), hi=(2025, 10, 31)):
        rng = self.rng
        a, b = dt.date(*lo), dt.date(*hi)
        while True:
            d = a + dt.timedelta(days=rng.randint(0, (b - a).days))
            if d.weekday() < 5 or rng.random() < 0.05:
                break
        return d

    def stamp(self, d=None):
        rng = self.rng
        d = d or self.date()
        h = rng.randint(7, 18)
        m = rng.randint(0, 59)
        off = -4 if dt.date(2025, 3, 9) <= d < dt.date(2025, 11, 2) else -5
        return dt.datetime(d.year, d.month, d.day, h, m, rng.randint(0, 59), tzinfo=dt.timezone(dt.timedelta(hours=off)))


def addr(p):
    if isinstance(p, Staff):
        n = p.ref('fr', 'title') if False else p.full()
        return (n, p.email)
    if isinstance(p, Patient):
        return (p.name('en', 'full'), p.email)
    return p


def org_name(org, lang):
    return org[lang] if lang in org else org['fr']


def signature(ctx, s, lang, style=None):
    rng = ctx.rng
    style = style or rng.choice(['full', 'full', 'short', 'min', 'dash'])
    org = s.org
    name = s.ref(lang, 'title') + (s.cred if s.doctor and rng.random() < 0.5 else '')
    if style == 'min':
        return f'{s.given if rng.random() < 0.5 else name}'
    lines = []
    if style == 'dash':
        lines.append('--')
    lines.append(name)
    lines.append(s.role(lang)[0].upper() + s.role(lang)[1:])
    lines.append(org_name(org, lang))
    if style in ('full', 'dash'):
        if 'addr' in org:
            lines.append(org['addr'])
        tel = org.get('tel', '')
        ext = f' {L(lang, "ext.", "poste")} {rng.randint(200, 260)}' if rng.random() < 0.5 else ''
        lines.append(f'{L(lang, "Tel.", "Tél.")} {tel}{ext}' + (f' | {L(lang, "Fax", "Téléc.")} {org["fax"]}' if org.get('fax') else ''))
        if rng.random() < 0.4:
            lines.append(s.email)
    return '\n'.join(lines)


CONF_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential or privileged '
           'information intended only for the addressee. If you received it in error, please notify the sender '
           'and delete it. Thank you.')
CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des renseignements "
           "confidentiels ou privilégiés destinés uniquement au destinataire. Si vous l'avez reçu par erreur, "
           "veuillez en aviser l'expéditeur et le détruire. Merci.")


def footer(ctx, lang, p=0.3):
    if ctx.rng.random() < p:
        return [L(lang, CONF_EN, CONF_FR)] if ctx.rng.random() < 0.7 else [CONF_FR + '\n' + CONF_EN]
    return []


def greet(ctx, lang, who=None, formal=True):
    rng = ctx.rng
    if lang == 'en':
        if who is None:
            return rng.choice(['Hello,', 'Hi,', 'Good morning,', 'Hi all,'])
        return rng.choice([f'Dear {who},', f'Hello {who},', f'Hi {who},', f'{who},'] if formal else [f'Hi {who},', f'{who},', f'Hey {who},'])
    if who is None:
        return rng.choice(['Bonjour,', 'Bonjour à tous,', 'Bon matin,', 'Bonjour à toutes et à tous,'])
    return rng.choice([f'Bonjour {who},', f'Bonjour {who},', f'{who},', f'Bon matin {who},'] if formal else [f'Salut {who},', f'Allo {who},', f'Bonjour {who},'])


def thanks(ctx, lang):
    return ctx.rng.choice(L(lang, ['Thank you,', 'Thanks,', 'Best regards,', 'Regards,', 'Thanks in advance,', 'Kind regards,'],
                                ['Merci,', 'Merci beaucoup,', 'Cordialement,', 'Bonne journée,', 'Merci à l\'avance,', 'Salutations,']))


# =============================================================== documents
PDF_REPL = {'β': 'beta', '≥': '>=', '≤': '<=', '→': '->', '×': 'x', 'µ': 'u', '≈': '~', '\u202f': ' '}


def pdf_safe(s):
    for a, b in PDF_REPL.items():
        s = s.replace(a, b)
    return s.encode('cp1252', 'replace').decode('cp1252')


def make_pdf(title, blocks, compress=True, author='', subject=''):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(pdf_safe(title))
    c.setAuthor(pdf_safe(author))
    c.setSubject(pdf_safe(subject))
    c.setCreator('ReportLab')
    w, h = letter
    y = h - 60

    def line(txt, font='Helvetica', size=10, indent=0):
        nonlocal y
        if y < 60:
            c.showPage()
            y = h - 60
        c.setFont(font, size)
        c.drawString(50 + indent, y, pdf_safe(txt))
        y -= size + 4

    def wrap(txt, n=95):
        out = []
        for para in txt.split('\n'):
            cur = ''
            for word in para.split(' '):
                if len(cur) + len(word) + 1 > n:
                    out.append(cur)
                    cur = word
                else:
                    cur = (cur + ' ' + word) if cur else word
            out.append(cur)
        return out

    line(title, 'Helvetica-Bold', 14)
    y -= 6
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            y -= 4
            line(b[1], 'Helvetica-Bold', 11)
        elif isinstance(b, tuple) and b[0] == 'table':
            hdr, rows = b[1], b[2]
            widths = [max(len(str(x)) for x in col) for col in zip(hdr, *rows)]
            tot = sum(widths) or 1
            scale = min(1.0, 95.0 / tot)
            xs = [50]
            for wd in widths[:-1]:
                xs.append(xs[-1] + max(30, wd * 5.4 * scale + 8))
            for ri, r in enumerate([hdr] + list(rows)):
                if y < 60:
                    c.showPage()
                    y = h - 60
                c.setFont('Helvetica-Bold' if ri == 0 else 'Helvetica', 8.5)
                for x, cell in zip(xs, r):
                    c.drawString(x, y, pdf_safe(str(cell)))
                y -= 12
            y -= 6
        else:
            for ln in wrap(b):
                line(ln)
            y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


CORE_DATE_RE = re.compile(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)')


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = CORE_DATE_RE.sub(rb'\g<1>2025-01-15T08:00:00Z\g<2>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob if isinstance(blob, bytes) else blob.encode('utf-8'))
    return out.getvalue()


def make_docx(title, blocks, author='Secrétariat'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == 'table':
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = 'Table Grid'
            for i, x in enumerate(hdr):
                t.rows[0].cells[i].text = str(x)
            for r in rows:
                cells = t.add_row().cells
                for i, x in enumerate(r):
                    cells[i].text = str(x)
        else:
            for para in b.split('\n\n'):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='Clinique'):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
    first = True
    for name, hdr, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(hdr))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, col in enumerate(zip(hdr, *rows)):
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = min(45, max(len(str(x)) for x in col) + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(hdr, rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    w.writerow(hdr)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, summary, description, start, end, location, organizer, attendees=(), method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Clinique//Agenda 4.2//FR', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250115T130000Z',
             f'DTSTART;TZID=America/Toronto:{start.strftime(fmt)}', f'DTEND;TZID=America/Toronto:{end.strftime(fmt)}',
             f'SUMMARY:{ics_escape(summary)}', f'DESCRIPTION:{ics_escape(description)}', f'LOCATION:{ics_escape(location)}',
             f'ORGANIZER;CN={ics_escape(organizer[0])}:mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN={ics_escape(n)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(x) for x in lines) + '\r\n'


def make_vcard(given, surname, tel=None, cell=None, email_=None, adr=None, note=None, org=None, title=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{ics_escape(org)}')
    if title:
        lines.append(f'TITLE:{ics_escape(title)}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}')
    if cell:
        lines.append(f'TEL;TYPE=CELL:{cell}')
    if email_:
        lines.append(f'EMAIL;TYPE=INTERNET:{email_}')
    if adr:
        street, city, region, pc, country = adr
        lines.append(f'ADR;TYPE=HOME:;;{ics_escape(street)};{ics_escape(city)};{region};{pc};{country}')
    if bday:
        lines.append(f'BDAY:{bday.isoformat()}')
    if note:
        lines.append(f'NOTE:{ics_escape(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(ics_fold(x) for x in lines) + '\r\n'


# =============================================================== rendering
SANITIZE = {'’': "'", '‘': "'", '“': '"', '”': '"', '«\u00a0': '« ', '\u00a0»': ' »', '–': '-', '—': '-',
            '…': '...', '•': '*', 'œ': 'oe', 'Œ': 'OE', '€': 'EUR', 'β': 'beta', '≥': '>=', '≤': '<=',
            '→': '->', '\u202f': ' ', '×': 'x', '≈': '~'}


def sanitize(s):
    for a, b in SANITIZE.items():
        s = s.replace(a, b)
    return s


def plain_table(hdr, rows, style):
    rows = [[str(x) for x in r] for r in rows]
    hdr = [str(x) for x in hdr]
    if style == 'pipe':
        w = [max(len(x) for x in col) for col in zip(hdr, *rows)]
        fmt = lambda r: '| ' + ' | '.join(x.ljust(wi) for x, wi in zip(r, w)) + ' |'
        return '\n'.join([fmt(hdr), '|' + '|'.join('-' * (wi + 2) for wi in w) + '|'] + [fmt(r) for r in rows])
    if style == 'tab':
        return '\n'.join('\t'.join(r) for r in [hdr] + rows)
    if style == 'align':
        w = [max(len(x) for x in col) for col in zip(hdr, *rows)]
        fmt = lambda r: '  '.join(x.ljust(wi) for x, wi in zip(r, w)).rstrip()
        return '\n'.join([fmt(hdr), '  '.join('-' * wi for wi in w)] + [fmt(r) for r in rows])
    return '\n'.join(' ; '.join(r) for r in [hdr] + rows)


def render_plain(blocks, T):
    out = []
    for b in blocks:
        if b is None or b == '':
            continue
        if isinstance(b, str):
            out.append(b)
            continue
        k = b[0]
        if k == 'h':
            out.append(b[1] + '\n' + ('=' if T['table'] != 'semi' else '-') * len(b[1]))
        elif k == 'table':
            out.append(plain_table(b[1], b[2], T['table']))
        elif k == 'list':
            if T['bullet'] == 'num':
                out.append('\n'.join(f'{i + 1}. {x}' for i, x in enumerate(b[1])))
            else:
                out.append('\n'.join(T['bullet'] + x for x in b[1]))
        elif k == 'quote':
            inner = render_plain(b[2], T).rstrip('\n')
            if b[3] == 'gt':
                out.append(b[1] + '\n' + '\n'.join(('> ' + ln) if ln else '>' for ln in inner.split('\n')))
            else:
                out.append(b[1] + '\n\n' + inner)
        elif k == 'fwd':
            out.append(b[1] + '\n\n' + render_plain(b[2], T).rstrip('\n'))
    return '\n\n'.join(out).rstrip('\n') + '\n'


def esc(s):
    return html.escape(s, quote=False)


def render_html_blocks(blocks, T):
    out = []
    for b in blocks:
        if b is None or b == '':
            continue
        if isinstance(b, str):
            out.append('<p>' + '<br>\n'.join(esc(x) for x in b.split('\n')) + '</p>\n')
            continue
        k = b[0]
        if k == 'h':
            out.append(f'<h3 style="color:#1f4e79">{esc(b[1])}</h3>\n')
        elif k == 'table':
            s = '<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">\n<tr>'
            s += ''.join(f'<th style="background:#dde6f0">{esc(str(x))}</th>' for x in b[1]) + '</tr>\n'
            for r in b[2]:
                s += '<tr>' + ''.join(f'<td>{esc(str(x))}</td>' for x in r) + '</tr>\n'
            out.append(s + '</table>\n')
        elif k == 'list':
            tag = 'ol' if T['bullet'] == 'num' else 'ul'
            out.append(f'<{tag}>\n' + ''.join(f'<li>{esc(x)}</li>\n' for x in b[1]) + f'</{tag}>\n')
        elif k == 'quote':
            inner = render_html_blocks(b[2], T)
            if b[3] == 'gt':
                out.append(f'<div class="gmail_quote">{esc(b[1])}</div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">\n{inner}</blockquote>\n')
            else:
                lines = b[1].split('\n')
                head = '<br>\n'.join(esc(x) for x in lines[1:])
                out.append(f'<hr style="border:none;border-top:solid #E1E1E1 1pt">\n<p style="font-size:10pt">{head}</p>\n{inner}')
        elif k == 'fwd':
            lines = b[1].split('\n')
            out.append('<div>' + '<br>\n'.join(esc(x) for x in lines) + '</div>\n<br>\n' + render_html_blocks(b[2], T))
    return ''.join(out)


def render_html(blocks, T, charset):
    body = render_html_blocks(blocks, T)
    doc = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
           '<style>p{margin:0 0 8px 0}</style>\n</head>\n<body>\n'
           f'<div style="font-family:{T["font"]};font-size:11pt">\n{body}</div>\n</body>\n</html>\n')
    return doc


# =============================================================== MIME
def fold_ok(b):
    return all(len(x) <= 900 for x in b.split(b'\n'))


def enc_payload(b, cte):
    if cte == 'base64':
        return base64.encodebytes(b)
    if cte == 'quoted-printable':
        out = quopri.encodestring(b)
        return out if out.endswith(b'\n') else out + b'=\n'
    return b if b.endswith(b'\n') else b + b'\n'


def text_part(text, subtype, charset, cte, extra_ct=''):
    b = text.encode(charset)
    if cte in ('7bit', '8bit'):
        if not fold_ok(b):
            cte = 'quoted-printable'
        else:
            cte = '7bit' if all(x < 128 for x in b) else '8bit'
    hdrs = [f'Content-Type: text/{subtype}; charset="{charset}"{extra_ct}', f'Content-Transfer-Encoding: {cte}']
    return hdrs, enc_payload(b, cte)


def fn_params(fn, rng):
    if all(ord(c) < 128 for c in fn):
        return f'; name="{fn}"', f'; filename="{fn}"'
    if rng.random() < 0.55:
        e = email.utils.encode_rfc2231(fn, 'utf-8')
        return f"; name*={e}", f"; filename*={e}"
    e = Header(fn, 'utf-8').encode(maxlinelen=10000)
    return f'; name="{e}"', f'; filename="{e}"'


def att_part(att, rng):
    pn, pf = fn_params(att.filename, rng)
    if att.ctype == 'message/rfc822':
        data = att.data if att.data.endswith(b'\n') else att.data + b'\n'
        cte = '7bit' if all(x < 128 for x in data) else '8bit'
        return [f'Content-Type: message/rfc822{pn}', f'Content-Transfer-Encoding: {cte}',
                f'Content-Disposition: attachment{pf}'], data
    if att.ctype.startswith('text/'):
        cs = att.charset or 'utf-8'
        txt = att.data
        cte = rng.choices(['base64', 'quoted-printable', '8bit'], [60, 25, 15])[0]
        if cte != 'base64':
            txt = txt.replace('\r\n', '\n')
        extra = '; method=REQUEST' if att.ctype == 'text/calendar' else ''
        b = txt.encode(cs)
        if cte == '8bit' and not fold_ok(b):
            cte = 'quoted-printable'
        if cte == '8bit' and all(x < 128 for x in b):
            cte = '7bit'
        return [f'Content-Type: {att.ctype}; charset="{cs}"{extra}{pn}', f'Content-Transfer-Encoding: {cte}',
                f'Content-Disposition: attachment{pf}'], enc_payload(b, cte)
    return [f'Content-Type: {att.ctype}{pn}', 'Content-Transfer-Encoding: base64',
            f'Content-Disposition: attachment{pf}'], base64.encodebytes(att.data)


def multipart(sub, parts, boundary, preamble=True):
    out = b''
    if preamble:
        out += b'This is a multi-part message in MIME format.\n'
    for hdrs, payload in parts:
        out += b'\n--' + boundary.encode() + b'\n' + '\n'.join(hdrs).encode() + b'\n\n' + payload
        if not payload.endswith(b'\n'):
            out += b'\n'
    out += b'\n--' + boundary.encode() + b'--\n'
    return [f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"'], out


MAILERS = [('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Mailer', 'Microsoft Outlook 15.0'),
           ('User-Agent', 'Mozilla Thunderbird'), ('X-Mailer', 'Apple Mail (2.3774)'), None, None,
           ('X-Mailer', 'Zimbra 9.0.0_GA_4546 (ZimbraWebClient)'), ('X-Mailer', 'Medesync Notifier 2.1')]


def pick_transport(ctx, m):
    rng = ctx.rng
    T = {}
    T['kind'] = m.get('kind') or rng.choices(['plain', 'html', 'alt'], [40, 22, 38])[0]
    if m.lang == 'fr':
        T['charset'] = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [50, 25, 25])[0]
    else:
        T['charset'] = rng.choices(['utf-8', 'us-ascii', 'iso-8859-1', 'windows-1252'], [50, 15, 17, 18])[0]
    T['cte'] = rng.choices(['8bit', 'quoted-printable', 'base64'], [35, 42, 23])[0]
    T['eol'] = rng.choice(['lf', 'crlf'])
    T['table'] = rng.choice(['pipe', 'tab', 'align', 'semi'])
    T['bullet'] = rng.choice(['- ', '* ', '• ', 'num'])
    T['entities'] = rng.random() < 0.25
    T['font'] = rng.choice(['Calibri,sans-serif', 'Arial,Helvetica,sans-serif', 'Segoe UI,sans-serif', 'Verdana,sans-serif'])
    T['mailer'] = rng.choice(MAILERS)
    T['hdr_cs'] = rng.choice(['utf-8', 'utf-8', 'iso-8859-1'])
    T['bstyle'] = rng.choice(['outlook', 'gmail', 'apple'])
    T['lang_hdr'] = rng.random() < 0.5
    return T


def boundary(rng, style):
    if style == 'outlook':
        return f'----=_NextPart_000_{rng.getrandbits(16):04X}_{rng.getrandbits(32):08X}.{rng.getrandbits(32):08X}'
    if style == 'gmail':
        return f'0000000000{rng.getrandbits(40):010x}'
    return f'Apple-Mail={rng.getrandbits(32):08X}-{rng.getrandbits(16):04X}-{rng.getrandbits(16):04X}'


def fmt_addr(pair, cs):
    name, a = pair
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return email.utils.formataddr((name, a))
    try:
        name.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return email.utils.formataddr((name, a), charset=cs)


def enc_subject(s, cs):
    if all(ord(c) < 128 for c in s):
        return s
    try:
        s.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return Header(s, cs, header_name='Subject').encode()


def build_eml(ctx, m, T):
    rng = ctx.rng
    cs = T['charset']
    text = render_plain(m.blocks, T)
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        t2 = sanitize(text)
        try:
            t2.encode(cs)
            text = t2
        except UnicodeEncodeError:
            cs = 'utf-8'
    blocks = m.blocks
    if cs != 'utf-8' and text != render_plain(m.blocks, T):
        blocks = sanitize_blocks(m.blocks)
    hsrc = render_html(blocks, T, cs)
    T['charset_used'] = cs
    if T['entities'] or cs == 'us-ascii':
        hsrc = hsrc.encode('ascii', 'xmlcharrefreplace').decode('ascii')
        hcs = cs if cs != 'us-ascii' else 'us-ascii'
    else:
        hcs = cs
    hsrc = hsrc.encode(hcs, 'xmlcharrefreplace').decode(hcs)
    cte = T['cte']
    bst = T['bstyle']
    if T['kind'] == 'plain':
        body = text_part(text, 'plain', cs, cte, '; format=flowed' if rng.random() < 0.2 else '')
    elif T['kind'] == 'html':
        body = text_part(hsrc, 'html', hcs, cte)
    else:
        body = multipart('alternative', [text_part(text, 'plain', cs, cte), text_part(hsrc, 'html', hcs, cte)],
                         boundary(rng, bst), preamble=False)
    if m.atts:
        parts = [body] + [att_part(a, rng) for a in m.atts]
        top = multipart('mixed', parts, boundary(rng, bst))
    else:
        top = body
    hc = T['hdr_cs']
    H = []
    H.append('From: ' + fmt_addr(m.frm, hc))
    H.append('To: ' + ', '.join(fmt_addr(x, hc) for x in m.to))
    if m.get('cc'):
        H.append('Cc: ' + ', '.join(fmt_addr(x, hc) for x in m.cc))
    H.append('Subject: ' + enc_subject(m.subject, hc))
    H.append('Date: ' + email.utils.format_datetime(m.date))
    dom = m.frm[1].split('@')[-1]
    H.append(f'Message-ID: <{rng.getrandbits(64):016x}.{rng.getrandbits(24):06x}@{dom}>')
    if m.get('in_reply_to'):
        H.append(f'In-Reply-To: {m.in_reply_to}')
        H.append(f'References: {m.in_reply_to}')
    if T['mailer']:
        H.append(f'{T["mailer"][0]}: {T["mailer"][1]}')
    if T['lang_hdr']:
        H.append('Content-Language: ' + ('fr-CA' if m.lang == 'fr' else 'en-CA'))
    if m.get('importance'):
        H.append('Importance: High')
        H.append('X-Priority: 1')
    H.append('MIME-Version: 1.0')
    H += top[0]
    raw = ('\n'.join(H) + '\n\n').encode('ascii') + top[1]
    return raw


def sanitize_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(sanitize(b))
        elif b is None:
            continue
        elif b[0] == 'table':
            out.append(('table', [sanitize(str(x)) for x in b[1]], [[sanitize(str(x)) for x in r] for r in b[2]]))
        elif b[0] == 'list':
            out.append(('list', [sanitize(x) for x in b[1]]))
        elif b[0] == 'h':
            out.append(('h', sanitize(b[1])))
        elif b[0] == 'quote':
            out.append(('quote', sanitize(b[1]), sanitize_blocks(b[2]), b[3]))
        elif b[0] == 'fwd':
            out.append(('fwd', sanitize(b[1]), sanitize_blocks(b[2])))
    return out


# =============================================================== threads / wrappers
def sent_line(d, lang):
    if lang == 'en':
        return f'{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day}, {d.year} {fmt_time(d.hour, d.minute, "en")}'
    return f'{DAYS_FR[d.weekday()]} {d.day} {MONTHS_FR[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}'


def attribution(lang, frm, to, subject, d, style):
    name, a = frm
    if style == 'gt':
        if lang == 'en':
            return f'On {DAYS_EN[d.weekday()][:3]}, {MON_EN[d.month - 1]} {d.day}, {d.year} at {fmt_time(d.hour, d.minute, "en")} {name} <{a}> wrote:'
        return f'Le {DAYS_FR[d.weekday()][:3]}. {d.day} {MONTHS_FR[d.month - 1]} {d.year}, à {d.hour:02d}:{d.minute:02d}, {name} <{a}> a écrit :'
    tos = '; '.join(f'{n} <{x}>' if n else x for n, x in to)
    if lang == 'en':
        return f'-----Original Message-----\nFrom: {name} <{a}>\nSent: {sent_line(d, "en")}\nTo: {tos}\nSubject: {subject}'
    return f"-----Message d'origine-----\nDe : {name} <{a}>\nEnvoyé : {sent_line(d, 'fr')}\nÀ : {tos}\nObjet : {subject}"


def fwd_header(lang, frm, to, subject, d):
    name, a = frm
    tos = ', '.join(f'{n} <{x}>' if n else x for n, x in to)
    if lang == 'en':
        return f'---------- Forwarded message ---------\nFrom: {name} <{a}>\nDate: {sent_line(d, "en")}\nSubject: {subject}\nTo: {tos}'
    return f'---------- Message transféré ---------\nDe : {name} <{a}>\nDate : {sent_line(d, "fr")}\nObjet : {subject}\nÀ : {tos}'


def later(ctx, d, lo_min=20, hi_min=60 * 72):
    return d + dt.timedelta(minutes=ctx.rng.randint(lo_min, hi_min))


def wrap_followup(ctx, m):
    rng = ctx.rng
    lang = m.lang
    style = rng.choice(['gt', 'outlook'])
    top = rng.choice(L(lang, ['Just following up on my message below. Could you confirm receipt?',
                              'Following up — we have not received a reply yet. Thanks.',
                              'Sending this again in case it got lost. Please let me know.'],
                           ['Je me permets de faire un suivi sur mon courriel ci-dessous. Pouvez-vous confirmer la réception?',
                            'Petit rappel concernant le message ci-dessous. Merci!',
                            "Je renvoie au cas où le premier envoi se serait perdu. Merci de me revenir."]))
    n = Msg(m)
    n.blocks = [greet(ctx, lang), top, m.sender_short, ('quote', attribution(lang, m.frm, m.to, m.subject, m.date, style), m.blocks, style)]
    n.subject = (rng.choice(['RE: ', 'Re: ', 'Relance : ']) if lang == 'fr' else rng.choice(['RE: ', 'Re: ', 'Follow-up: '])) + m.subject
    n.date = later(ctx, m.date, 60 * 24, 60 * 24 * 6)
    n.in_reply_to = f'<{rng.getrandbits(48):012x}@{m.frm[1].split("@")[-1]}>'
    return n


def wrap_forward(ctx, m, attach):
    rng = ctx.rng
    lang = m.lang
    okey = m.get('org_key')
    if not okey:
        return m
    cands = [s for role, lst in ctx.staff[okey].items() for s in lst if s.email != m.frm[1]]
    fw = m.get('fwd_by') or rng.choice([s for s in cands if s.email != m.frm[1]])
    to = rng.choice([s for s in cands if s is not fw] or cands)
    top = rng.choice(L(lang, ['FYI — see below.', 'Can you take care of this one? Thanks.', 'Forwarding for the file.',
                              'Please see below and advise.', 'fyi'],
                           ['Pour info, voir ci-dessous.', "Peux-tu t'en occuper? Merci.", 'Je te transfère pour le dossier.',
                            'Voir plus bas, merci de me revenir.', 'FYI']))
    n = Msg(m)
    n.frm = addr(fw)
    n.to = [addr(to)]
    n.cc = []
    n.date = later(ctx, m.date, 10, 60 * 48)
    n.subject = (rng.choice(['TR: ', 'Fwd: ', 'TR : ']) if lang == 'fr' else rng.choice(['FW: ', 'Fwd: '])) + m.subject
    short = fw.given if rng.random() < 0.6 else signature(ctx, fw, lang, 'short')
    if attach:
        T = pick_transport(ctx, m)
        inner = build_eml(ctx, m, T)
        fn = re.sub(r'[\\/:*?"<>|]+', '_', m.subject)[:70].strip() + '.eml'
        n.blocks = [top, short]
        n.atts = [Att(fn, 'message/rfc822', inner)]
    else:
        n.blocks = [top, short, ('fwd', fwd_header(lang, m.frm, m.to, m.subject, m.date), m.blocks)]
    return n


def thread_reply(ctx, lang, orig_frm, orig_to, orig_subject, orig_date, orig_blocks, style=None):
    style = style or ctx.rng.choice(['gt', 'outlook'])
    return ('quote', attribution(lang, orig_frm, orig_to, orig_subject, orig_date, style), orig_blocks, style)


# =============================================================== clinical pools
OPH_DX = [
    dict(en='primary open-angle glaucoma', fr='glaucome primaire à angle ouvert', icd='365.11',
         find_en='C/D 0.75 OD and 0.6 OS, inferotemporal RNFL thinning OD on OCT', find_fr="E/D 0,75 OD et 0,6 OS, amincissement des fibres inférotemporal OD à l'OCT",
         med_en='latanoprost 0.005% 1 drop at bedtime both eyes', med_fr='latanoprost 0,005 % 1 gtte HS OU',
         plan_en='SLT OD discussed if target pressure not reached', plan_fr='SLT OD à discuter si pression cible non atteinte'),
    dict(en='neovascular (wet) age-related macular degeneration', fr='DMLA exsudative (néovasculaire)', icd='362.52',
         find_en='subretinal fluid OS, central subfield thickness 412 µm', find_fr='liquide sous-rétinien OS, épaisseur centrale 412 µm',
         med_en='aflibercept 2 mg intravitreal OS monthly x 3 then treat-and-extend', med_fr='aflibercept 2 mg intravitréen OS q4 sem x 3 puis treat-and-extend',
         plan_en='loading doses started today', plan_fr='doses de charge débutées aujourd\'hui'),
    dict(en='proliferative diabetic retinopathy with macular edema', fr='rétinopathie diabétique proliférante avec œdème maculaire', icd='362.02',
         find_en='NVD OD, scattered hemorrhages OU; HbA1c 9.1% per family physician', find_fr='NVD OD, hémorragies éparses OU; HbA1c 9,1 % selon le médecin de famille',
         med_en='ranibizumab 0.5 mg intravitreal OD, PRP planned', med_fr='ranibizumab 0,5 mg intravitréen OD, PPR prévue',
         plan_en='please optimize glycemic control', plan_fr='svp optimiser le contrôle glycémique'),
    dict(en='visually significant nuclear cataract', fr='cataracte nucléaire significative', icd='366.16',
         find_en='NS 3+ OD, 2+ OS, glare disability', find_fr='SN 3+ OD, 2+ OS, éblouissement invalidant',
         med_en='post-op: prednisolone acetate 1% QID and moxifloxacin 0.5% QID x 1 week', med_fr='post-op : prednisolone acétate 1 % QID et moxifloxacine 0,5 % QID x 1 semaine',
         plan_en='phaco + IOL OD booked', plan_fr='phaco + LIO OD planifiée'),
    dict(en='central retinal vein occlusion with macular edema', fr='occlusion de la veine centrale de la rétine avec œdème maculaire', icd='362.35',
         find_en='flame hemorrhages 4 quadrants OS, CST 520 µm', find_fr='hémorragies en flammèches 4 quadrants OS, épaisseur 520 µm',
         med_en='aflibercept 2 mg intravitreal OS', med_fr='aflibercept 2 mg intravitréen OS',
         plan_en='BP and lipid work-up requested', plan_fr='bilan TA et lipidique demandé'),
    dict(en='progressive keratoconus', fr='kératocône évolutif', icd='371.60',
         find_en='Kmax increased 1.4 D in 12 months OD, thinnest pachymetry 448 µm', find_fr='Kmax augmenté de 1,4 D en 12 mois OD, pachymétrie minimale 448 µm',
         med_en='stop eye rubbing; olopatadine 0.1% BID for allergy', med_fr='cesser le frottement; olopatadine 0,1 % BID pour allergie',
         plan_en='corneal cross-linking OD', plan_fr='réticulation cornéenne (CXL) OD'),
    dict(en='HLA-B27 associated acute anterior uveitis', fr='uvéite antérieure aiguë associée au HLA-B27', icd='364.00',
         find_en='cells 3+ OD, posterior synechiae; HLA-B27 positive', find_fr='cellules 3+ OD, synéchies postérieures; HLA-B27 positif',
         med_en='prednisolone acetate 1% q1h while awake, cyclopentolate 1% BID', med_fr='prednisolone acétate 1 % q1h éveillé, cyclopentolate 1 % BID',
         plan_en='rheumatology referral for possible spondyloarthritis', plan_fr='référence en rhumatologie (spondylarthrite?)'),
    dict(en='ocular hypertension', fr='hypertension oculaire', icd='365.04',
         find_en='IOP 29/27 mmHg, CCT 520 µm, normal fields', find_fr='PIO 29/27 mmHg, pachymétrie 520 µm, champs normaux',
         med_en='timolol 0.5% BID both eyes', med_fr='timolol 0,5 % BID OU',
         plan_en='reassess in 3 months', plan_fr='réévaluation dans 3 mois'),
]
ENT_DX = [
    dict(en='bilateral sensorineural hearing loss (presbycusis)', fr='surdité neurosensorielle bilatérale (presbyacousie)', icd='389.10',
         med_en='hearing aids recommended', med_fr='appareillage auditif recommandé', proc_en='hearing aid fitting', proc_fr='appareillage'),
    dict(en='chronic rhinosinusitis with nasal polyps', fr='rhinosinusite chronique avec polypes nasaux', icd='471.8',
         med_en='mometasone 2 sprays BID, budesonide rinses, prednisone 30 mg taper', med_fr='mométasone 2 vap. BID, irrigations de budésonide, prednisone 30 mg en sevrage',
         proc_en='endoscopic sinus surgery (FESS)', proc_fr='chirurgie endoscopique des sinus (FESS)'),
    dict(en='obstructive sleep apnea, CPAP intolerant', fr='apnée obstructive du sommeil, intolérance à la CPAP', icd='327.23',
         med_en='no medication change', med_fr='aucun changement de médication', proc_en='drug-induced sleep endoscopy', proc_fr='endoscopie du sommeil sous sédation'),
    dict(en='recurrent acute tonsillitis (7 episodes this year)', fr='amygdalites aiguës récidivantes (7 épisodes cette année)', icd='474.00',
         med_en='amoxicillin-clavulanate 875 mg BID x 10 days for current episode', med_fr='amoxicilline-clavulanate 875 mg BID x 10 jours pour l\'épisode actuel',
         proc_en='tonsillectomy', proc_fr='amygdalectomie'),
    dict(en='chronic otitis media with cholesteatoma, left ear', fr='otite moyenne chronique avec cholestéatome, oreille gauche', icd='385.30',
         med_en='ciprofloxacin-dexamethasone drops 4 drops BID', med_fr='gouttes ciprofloxacine-dexaméthasone 4 gttes BID',
         proc_en='tympanomastoidectomy', proc_fr='tympanomastoïdectomie'),
    dict(en='right vestibular schwannoma (9 mm, intracanalicular)', fr='schwannome vestibulaire droit (9 mm, intracanalaire)', icd='225.1',
         med_en='betahistine 16 mg TID for imbalance', med_fr='bétahistine 16 mg TID pour le déséquilibre',
         proc_en='MRI surveillance in 6 months', proc_fr='IRM de contrôle dans 6 mois'),
    dict(en='bilateral vocal fold nodules', fr='nodules des cordes vocales bilatéraux', icd='478.5',
         med_en='esomeprazole 40 mg daily x 8 weeks', med_fr='ésoméprazole 40 mg DIE x 8 semaines',
         proc_en='voice therapy', proc_fr='orthophonie (thérapie vocale)'),
    dict(en='thyroid nodule, Bethesda IV on FNA', fr='nodule thyroïdien, Bethesda IV à la cytoponction', icd='241.0',
         med_en='levothyroxine not required at this time', med_fr='lévothyroxine non requise pour le moment',
         proc_en='right hemithyroidectomy', proc_fr='hémithyroïdectomie droite'),
]
DERM_DX = [
    dict(en='nodular basal cell carcinoma, nasal ala', fr='carcinome basocellulaire nodulaire, aile du nez', icd='173.31',
         path_en='Nodular BCC, deep margin involved', path_fr='CBC nodulaire, marge profonde atteinte', plan_en='Mohs surgery', plan_fr='chirurgie de Mohs'),
    dict(en='melanoma in situ, upper back', fr='mélanome in situ, haut du dos', icd='232.5',
         path_en='Melanoma in situ, lentigo maligna type, margins clear by 1 mm', path_fr='Mélanome in situ de type lentigo malin, marges saines à 1 mm',
         plan_en='re-excision with 5 mm margins', plan_fr='réexcision avec marges de 5 mm'),
    dict(en='superficial spreading melanoma, left calf', fr='mélanome à extension superficielle, mollet gauche', icd='172.7',
         path_en='Invasive melanoma, Breslow 0.9 mm, no ulceration, mitoses 1/mm2, pT1b', path_fr='Mélanome invasif, Breslow 0,9 mm, non ulcéré, mitoses 1/mm2, pT1b',
         plan_en='wide local excision and sentinel node biopsy discussion', plan_fr='excision élargie et discussion du ganglion sentinelle'),
    dict(en='invasive squamous cell carcinoma, scalp', fr='carcinome épidermoïde invasif, cuir chevelu', icd='173.41',
         path_en='Well-differentiated invasive SCC, depth 2.1 mm, lateral margin involved', path_fr='CE invasif bien différencié, profondeur 2,1 mm, marge latérale atteinte',
         plan_en='re-excision', plan_fr='réexcision'),
    dict(en='dysplastic nevus with severe atypia', fr='nævus dysplasique avec atypie sévère', icd='216.5',
         path_en='Compound dysplastic nevus, severe atypia, peripheral margin involved', path_fr='Nævus dysplasique composé, atypie sévère, marge périphérique atteinte',
         plan_en='re-excision 5 mm', plan_fr='réexcision 5 mm'),
]
DERM_SYS = [
    dict(en='moderate-to-severe plaque psoriasis (PASI 18, BSA 22%)', fr='psoriasis en plaques modéré à sévère (PASI 18, SC 22 %)', icd='696.1',
         failed_en='methotrexate 20 mg weekly x 6 months (ALT elevation), narrowband UVB x 30 sessions',
         failed_fr='méthotrexate 20 mg/sem x 6 mois (hausse des ALT), photothérapie UVB-BE x 30 séances',
         drug='risankizumab 150 mg SC', drug_fr='risankizumab 150 mg SC'),
    dict(en='severe atopic dermatitis (EASI 31)', fr='dermatite atopique sévère (EASI 31)', icd='691.8',
         failed_en='clobetasol 0.05%, tacrolimus 0.1% ointment, cyclosporine 4 mg/kg x 4 months',
         failed_fr='clobétasol 0,05 %, tacrolimus 0,1 % onguent, cyclosporine 4 mg/kg x 4 mois',
         drug='dupilumab 300 mg SC q2 weeks', drug_fr='dupilumab 300 mg SC q2 semaines'),
    dict(en='hidradenitis suppurativa, Hurley stage II', fr='hidradénite suppurée, Hurley stade II', icd='705.83',
         failed_en='doxycycline 100 mg BID x 12 weeks, clindamycin + rifampin x 10 weeks',
         failed_fr='doxycycline 100 mg BID x 12 sem, clindamycine + rifampicine x 10 sem',
         drug='adalimumab 160 mg then 80 mg then 40 mg weekly', drug_fr='adalimumab 160 mg puis 80 mg puis 40 mg/sem'),
]
DENT_DX = [
    dict(en='impacted lower third molars (38, 48)', fr='troisièmes molaires inférieures incluses (38, 48)', icd='520.6',
         proc_en='extraction of 18, 28, 38, 48 under IV sedation', proc_fr='extraction des 18, 28, 38, 48 sous sédation IV',
         med_en='amoxicillin 500 mg TID x 7 d, ibuprofen 600 mg q6h, chlorhexidine 0.12% rinse', med_fr='amoxicilline 500 mg TID x 7 j, ibuprofène 600 mg q6h, rince-bouche chlorhexidine 0,12 %'),
    dict(en='alveolar osteitis (dry socket) site 36', fr='alvéolite sèche site 36', icd='526.5',
         proc_en='irrigation and Alvogyl dressing', proc_fr='irrigation et pansement Alvogyl',
         med_en='acetaminophen 1 g QID, ibuprofen 400 mg QID', med_fr='acétaminophène 1 g QID, ibuprofène 400 mg QID'),
    dict(en='medication-related osteonecrosis of the jaw, stage 2, left posterior mandible', fr='ostéonécrose des maxillaires liée aux médicaments, stade 2, mandibule postérieure gauche', icd='733.45',
         proc_en='sequestrectomy under local anesthesia', proc_fr='séquestrectomie sous anesthésie locale',
         med_en='history of zoledronic acid 4 mg IV monthly; now penicillin V 600 mg QID and chlorhexidine', med_fr='antécédent d\'acide zolédronique 4 mg IV mensuel; maintenant pénicilline V 600 mg QID et chlorhexidine'),
    dict(en='left mandibular angle fracture', fr='fracture de l\'angle mandibulaire gauche', icd='802.25',
         proc_en='open reduction and internal fixation (ORIF), removal of 38', proc_fr='réduction ouverte et fixation interne (ROFI), extraction de la 38',
         med_en='clindamycin 300 mg QID x 7 d, hydromorphone 1 mg q4h PRN (12 tabs)', med_fr='clindamycine 300 mg QID x 7 j, hydromorphone 1 mg q4h PRN (12 co.)'),
    dict(en='right zygomaticomaxillary complex fracture', fr='fracture du complexe zygomatico-maxillaire droit', icd='802.4',
         proc_en='ORIF via lateral brow and intraoral approaches', proc_fr='ROFI par abord sourcilier latéral et intrabuccal',
         med_en='cephalexin 500 mg QID x 5 d, no nose blowing', med_fr='céphalexine 500 mg QID x 5 j, ne pas se moucher'),
    dict(en='odontogenic keratocyst, right mandibular body', fr='kératokyste odontogène, corps mandibulaire droit', icd='526.0',
         proc_en='enucleation and peripheral ostectomy', proc_fr='énucléation et ostéotomie périphérique',
         med_en='amoxicillin 500 mg TID x 7 d', med_fr='amoxicilline 500 mg TID x 7 j'),
    dict(en='submandibular space infection from tooth 47', fr='cellulite submandibulaire d\'origine dentaire (47)', icd='528.3',
         proc_en='incision and drainage, extraction of 47', proc_fr='incision et drainage, extraction de la 47',
         med_en='IV clindamycin 600 mg q8h then PO 300 mg QID', med_fr='clindamycine IV 600 mg q8h puis PO 300 mg QID'),
    dict(en='skeletal class III malocclusion', fr='malocclusion squelettique de classe III', icd='524.04',
         proc_en='bimaxillary orthognathic surgery (Le Fort I + BSSO)', proc_fr='chirurgie orthognathique bimaxillaire (Le Fort I + OSBM)',
         med_en='dexamethasone peri-op, amoxicillin 500 mg TID', med_fr='dexaméthasone péri-op, amoxicilline 500 mg TID'),
]
ANTICOAG = [('apixaban 5 mg BID', 'apixaban 5 mg BID', 'hold 48 h before surgery', 'cesser 48 h avant la chirurgie'),
            ('warfarin (INR target 2-3)', 'warfarine (RNI cible 2-3)', 'INR the morning of surgery', 'RNI le matin de la chirurgie'),
            ('clopidogrel 75 mg daily', 'clopidogrel 75 mg DIE', 'continue, cardiology aware', 'poursuivre, cardiologie avisée'),
            ('rivaroxaban 20 mg daily', 'rivaroxaban 20 mg DIE', 'hold 48 h before', 'cesser 48 h avant')]


def base_msg(ctx, lang, sender, to, subject, blocks, org_key, date=None, atts=None, cc=None):
    d = ctx.stamp(date) if (date is None or isinstance(date, dt.date) and not isinstance(date, dt.datetime)) else date
    m = Msg(lang=lang, frm=addr(sender), to=[addr(x) for x in to], cc=[addr(x) for x in (cc or [])], subject=subject,
            blocks=blocks, atts=atts or [], date=d, types=set(), note='', evidence=[], org_key=org_key, wrap=True)
    m.sender_short = sender.given if isinstance(sender, Staff) else ''
    return m


def pick(rng, *opts):
    return rng.choice(opts)


# =============================================================== POSITIVE builders
def dob_str(ctx, p, lang):
    return fmt_date(p.dob, lang, ctx.rng.choice(['iso', 'long', 'slash', 'iso']))


def nam_str(ctx, p):
    return fmt_nam(p.nam, ctx.rng.choice(['plain', 'plain', 'plain', 'space', 'dash', 'lower']))


def nam_label(ctx, lang):
    return ctx.rng.choice(L(lang, ['RAMQ', 'RAMQ #', 'HIN', 'Health ins. no.', 'Medicare (RAMQ)'],
                                 ['NAM', 'NAM', 'No RAMQ', 'Carte soleil', 'No d\'ass. maladie']))


def p_ophtho_consult(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam()
    md, sec = ctx.st('oph', 'md'), ctx.st('oph', 'sec')
    refk = rng.choice(['opto', 'gmf1', 'gmf2', 'gmf3'])
    ref = ctx.ext(refk, doctor=(refk != 'opto'))
    refname = L(lang, 'Dr. ', 'Dr ' if ref.sex == 'M' else 'Dre ') + ref.surname
    dx = rng.choice(OPH_DX)
    d = ctx.date()
    visit = d - dt.timedelta(days=rng.randint(1, 12))
    nm = p.name(lang, rng.choice(['title', 'full', 'roster', 'caps', 'title']))
    t = {'patient_name', 'diagnosis', 'medication'}
    ev = [nm]
    idl = []
    if rng.random() < 0.85:
        ns = nam_str(ctx, p)
        t.add('ramq_nam')
        ev.append(ns)
        idl.append(f'{nam_label(ctx, lang)}: {ns}')
    if rng.random() < 0.6:
        ds = dob_str(ctx, p, lang)
        t.add('date_of_birth')
        ev.append(ds)
        idl.append(L(lang, 'DOB ', 'DDN ') + ds)
    va = (rng.choice([20, 25, 30, 40, 50, 70, 100, 200]), rng.choice([20, 25, 30, 40, 50]))
    iop = (rng.randint(12, 31), rng.randint(12, 28))
    fu = rng.choice([2, 4, 6, 8, 12])
    rows = [(L(lang, 'Patient', 'Patient(e)'), nm + (' (' + ', '.join(idl) + ')' if idl else '')),
            (L(lang, 'Seen on', 'Vu(e) le'), fmt_date(visit, lang, 'long') + L(lang, ' by ', ' par ') + md.ref(lang)),
            (L(lang, 'Diagnosis', 'Diagnostic'), dx[lang]),
            (L(lang, 'Findings', 'Examen'), f'AV/VA OD 20/{va[0]}, OS 20/{va[1]}; {L(lang, "IOP", "PIO")} {iop[0]}/{iop[1]} mmHg; ' + dx['find_' + lang]),
            (L(lang, 'Treatment', 'Traitement'), dx['med_' + lang]),
            (L(lang, 'Plan', 'Plan'), dx['plan_' + lang] + L(lang, f'. Follow-up in {fu} weeks.', f'. Suivi dans {fu} semaines.'))]
    intro = rng.choice(L(lang, [f'Thank you for referring this patient to our clinic. Please find the consultation summary below.',
                                f'Please see below the summary of today\'s visit for your patient.'],
                             ['Merci de nous avoir adressé ce patient. Voici le résumé de la consultation.',
                              'Veuillez trouver ci-dessous le résumé de la visite de votre patient(e).']))
    if rng.random() < 0.5:
        body = [('table', [L(lang, 'Item', 'Élément'), L(lang, 'Details', 'Détails')], rows)]
    else:
        body = ['\n'.join(f'{a}: {b}' if lang == 'en' else f'{a} : {b}' for a, b in rows)]
    sender = rng.choice([md, sec, sec])
    blocks = [greet(ctx, lang, refname), typo(rng, intro, 0.3)] + body + \
        ([L(lang, f'The full report will follow by fax.', 'Le rapport complet suivra par télécopieur.')] if rng.random() < 0.4 else []) + \
        [thanks(ctx, lang), signature(ctx, sender, lang)] + footer(ctx, lang)
    subj = rng.choice(L(lang, [f'Consultation summary - {p.surname}', f'Ophthalmology consult: {nm}', 'Your referral - consult summary',
                               f'Re: referral {p.name(lang, "init")}'],
                           [f'Résumé de consultation - {p.surname}', f'Consultation ophtalmo : {nm}', 'Votre demande de consultation',
                            f'Suivi de votre référence - {p.name(lang, "init")}']))
    m = base_msg(ctx, lang, sender, [ref], subj, blocks, 'oph', d)
    m.types, m.evidence = t, ev
    m.note = 'ophthalmology consult summary to referring clinician'
    return m


IVT_DRUGS = ['Eylea 2 mg', 'Vabysmo 6 mg', 'Lucentis 0,5 mg', 'Byooviz 0,5 mg', 'Eylea HD 8 mg']
IVT_DX = {'en': ['wet AMD', 'DME', 'CRVO-ME', 'BRVO-ME', 'mCNV'], 'fr': ['DMLA', 'OMD', 'OVCR-OM', 'OBVR-OM', 'NVC myopique']}


def p_ophtho_ivt_roster(ctx, lang):
    rng = ctx.rng
    n = rng.randint(4, 7)
    pats = [ctx.pat_nam() for _ in range(n)]
    day = ctx.date()
    sent = day - dt.timedelta(days=rng.randint(1, 3))
    md = ctx.st('oph', 'md')
    sender = rng.choice([ctx.st('oph', 'sec'), ctx.st('oph', 'tech'), ctx.st('oph', 'nurse')])
    dob_col = rng.random() < 0.35
    hdr = L(lang, ['Time', 'Patient', 'RAMQ', 'Eye', 'Drug', 'Dx', 'Last inj.'],
            ['Heure', 'Patient', 'NAM', 'Œil', 'Médicament', 'Dx', 'Dern. inj.'])
    if dob_col:
        hdr.insert(2, L(lang, 'DOB', 'DDN'))
    rows = []
    h, mi = 8, 0
    ev = []
    for p in pats:
        nmst = rng.choice(['roster', 'caps', 'surfirst'])
        nm = p.name(lang, nmst)
        ns = fmt_nam(p.nam, rng.choice(['plain', 'plain', 'space']))
        drug = rng.choice(IVT_DRUGS)
        if lang == 'en':
            drug = drug.replace(',', '.')
        last = day - dt.timedelta(weeks=rng.choice([4, 5, 6, 8, 10, 12, 16]))
        r = [f'{h:02d}:{mi:02d}', nm, ns, rng.choice(['OD', 'OS' if lang == 'en' else 'OG', 'OU']), drug,
             rng.choice(IVT_DX[lang]), last.isoformat()]
        if dob_col:
            r.insert(2, p.dob.isoformat())
        rows.append(r)
        ev += [nm, ns]
        mi += 15
        if mi >= 60:
            h, mi = h + 1, mi - 60
    t = {'patient_name', 'ramq_nam', 'diagnosis', 'medication'} | ({'date_of_birth'} if dob_col else set())
    mode = rng.choice(['xlsx', 'csv', 'inline', 'xlsx', 'pdf'])
    dstr = fmt_date(day, lang, 'day')
    intro = rng.choice(L(lang, [f'Here is the injection list for {dstr} ({md.ref(lang, "short")}, room {rng.randint(2, 6)}).',
                                f'Attached is the IVT list for {dstr}. Please pull the drugs accordingly.'],
                             [f'Voici la liste des injections pour {dstr} ({md.ref(lang, "short")}, salle {rng.randint(2, 6)}).',
                              f'Ci-joint la liste IVT de {dstr}. Svp préparer les médicaments en conséquence.']))
    extra = rng.choice(L(lang, ['Two patients may need a bilateral injection, to be confirmed after OCT.', 'Please check stock of Vabysmo, we only have 3 left.', ''],
                            ['Deux patients pourraient avoir une injection bilatérale, à confirmer après l\'OCT.', 'Svp vérifier le stock de Vabysmo, il en reste seulement 3.', '']))
    to = rng.choice([ctx.st('oph', 'nurse'), ctx.st('oph', 'tech'), ctx.ext('pharm', 'pharmacy technician', 'technicienne en pharmacie')])
    blocks = [greet(ctx, lang, to.given, False), typo(rng, intro, 0.4), extra]
    atts = []
    fn_base = L(lang, f'IVT_list_{day.isoformat()}', f'Liste_IVT_{day.isoformat()}')
    if mode == 'inline':
        blocks.append(('table', hdr, rows))
    elif mode == 'xlsx':
        atts.append(Att(fn_base + '.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(L(lang, 'List', 'Liste'), hdr, rows)], author=sender.full())))
    elif mode == 'csv':
        delim = rng.choice([',', ';'])
        cs = rng.choice(['utf-8', 'windows-1252'])
        atts.append(Att(fn_base + '.csv', 'text/csv', make_csv(hdr, rows, delim), charset=cs))
    else:
        atts.append(Att(fn_base + '.pdf', 'application/pdf',
                        make_pdf(L(lang, 'Intravitreal injection list', 'Liste des injections intravitréennes') + ' - ' + day.isoformat(),
                                 [md.ref(lang), ('table', hdr, rows)], compress=rng.random() < 0.6, author=sender.full())))
    blocks += [thanks(ctx, lang), signature(ctx, sender, lang, rng.choice(['min', 'short']))]
    subj = rng.choice(L(lang, [f'IVT list {day.isoformat()}', f'Injections {dstr}', 'injection list for tomorrow'],
                           [f'Liste IVT {day.isoformat()}', f'Injections {dstr}', 'liste injections demain']))
    m = base_msg(ctx, lang, sender, [to], subj, blocks, 'oph', sent, atts)
    m.types, m.evidence = t, ev
    m.note = f'intravitreal injection roster ({mode})'
    return m


def p_ophtho_postop(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.4 else ctx.pat_new(age=(55, 88))
    ph = ctx.ext('pharm', 'pharmacist', 'pharmacien(ne)')
    nurse = ctx.st('oph', rng.choice(['nurse', 'md']))
    d = ctx.date()
    nm = p.name(lang, rng.choice(['full', 'title', 'roster2']))
    eye = rng.choice(['OD', L(lang, 'OS', 'OG')])
    q_date = ctx.stamp(d - dt.timedelta(days=rng.randint(0, 1)))
    inc_mrn = rng.random() < 0.7
    mrn_txt = (L(lang, f' (chart {p.mrn})', f' (dossier {p.mrn})') if inc_mrn else '')
    q = [greet(ctx, lang),
         L(lang, f'We received a prescription for {nm} following cataract surgery {eye}: prednisolone acetate 1% QID, moxifloxacin 0.5% QID and acetazolamide 250 mg. The frequency for acetazolamide is not legible. '
                 f'The patient also takes metformin and hydrochlorothiazide. Can you confirm?',
              f"Nous avons reçu une ordonnance pour {nm} suite à sa chirurgie de cataracte {eye} : prednisolone acétate 1 % QID, moxifloxacine 0,5 % QID et acétazolamide 250 mg. La fréquence de l'acétazolamide est illisible. "
              f'Le patient prend aussi de la metformine et de l\'hydrochlorothiazide. Pouvez-vous confirmer?'),
         thanks(ctx, lang), f'{ph.full()}\n{ph.role(lang)}\n{org_name(ph.org, lang)}\n{L(lang, "Tel.", "Tél.")} {ph.org["tel"]}']
    iop = rng.randint(32, 44)
    a = [greet(ctx, lang, ph.given),
         L(lang, f'Acetazolamide 250 mg BID for 3 days only{mrn_txt}. The IOP was {iop} mmHg {eye} on post-op day 1, so we added brimonidine 0.2% TID {eye} as well. Please monitor potassium given the HCTZ.',
              f'Acétazolamide 250 mg BID x 3 jours seulement{mrn_txt}. La PIO était à {iop} mmHg {eye} au jour 1 post-op, nous avons donc ajouté brimonidine 0,2 % TID {eye}. Svp surveiller le potassium vu l\'HCTZ.'),
         L(lang, 'A new prescription was faxed at 10:40.', 'Une nouvelle ordonnance a été télécopiée à 10 h 40.') if rng.random() < 0.5 else '',
         thanks(ctx, lang), signature(ctx, nurse, lang)]
    qs = L(lang, f'Prescription clarification - {nm}', f'Clarification ordonnance - {nm}')
    blocks = a + [thread_reply(ctx, lang, addr(ph), [addr(nurse)], qs, q_date, q)]
    m = base_msg(ctx, lang, nurse, [ph], 'RE: ' + qs, blocks, 'oph', later(ctx, q_date, 30, 300))
    m.types = {'patient_name', 'medication', 'diagnosis'} | ({'mrn'} if inc_mrn else set())
    m.evidence = [nm] + ([p.mrn] if inc_mrn else [])
    m.note = 'reply to pharmacy about post-cataract prescription (quoted thread)'
    m.wrap = False
    m.in_reply_to = f'<{rng.getrandbits(40):010x}@{ph.org["domain"]}>'
    return m


def audiogram_rows(rng, lang, kind):
    freqs = [250, 500, 1000, 2000, 4000, 8000]
    if kind == 'presby':
        base = [15, 20, 25, 40, 60, 70]
    elif kind == 'asym':
        base = [15, 15, 20, 30, 45, 55]
    elif kind == 'noise':
        base = [10, 15, 20, 30, 60, 40]
    else:
        base = [35, 35, 30, 25, 25, 30]
    od = [b + rng.choice([-5, 0, 5]) for b in base]
    og = [b + rng.choice([-5, 0, 5, 10]) + (20 if kind == 'asym' and i > 1 else 0) for i, b in enumerate(base)]
    hdr = ['Hz'] + [str(f) for f in freqs]
    return hdr, [[L(lang, 'Right (dB HL)', 'OD (dB HL)')] + od, [L(lang, 'Left (dB HL)', 'OG (dB HL)')] + og], od, og


def p_ent_consult_pdf(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam()
    md, sec = ctx.st('ent', 'md'), ctx.st('ent', 'sec')
    ref = ctx.ext(rng.choice(['gmf1', 'gmf2', 'gmf3']), doctor=True)
    dx = rng.choice(ENT_DX)
    d = ctx.date()
    visit = d - dt.timedelta(days=rng.randint(2, 15))
    full = p.name(lang, 'full')
    ns = nam_str(ctx, p)
    ds = fmt_date(p.dob, lang, 'iso')
    pdf_blocks = [f'{L(lang, "Patient", "Patient(e)")}: {p.surname.upper()}, {p.given}    {L(lang, "DOB", "DDN")}: {ds}    {L(lang, "Sex", "Sexe")}: {p.sex}',
                  f'{nam_label(ctx, lang)}: {ns}    {L(lang, "Chart", "Dossier")}: {p.mrn}',
                  f'{L(lang, "Referring physician", "Médecin référent")}: {ref.ref(lang)}    {L(lang, "Date of visit", "Date de la visite")}: {visit.isoformat()}',
                  ('h', L(lang, 'Reason for referral', 'Motif de consultation')),
                  L(lang, f'Evaluation for {dx["en"].split(",")[0]}.', f'Évaluation pour {dx["fr"].split(",")[0]}.'),
                  ('h', L(lang, 'History', 'Histoire')),
                  L(lang, f'{p.he(lang).capitalize()} reports symptoms for about {rng.randint(2, 24)} months. Non-smoker. No known drug allergy.',
                    f'{p.he(lang).capitalize()} rapporte des symptômes depuis environ {rng.randint(2, 24)} mois. Non-fumeur. Aucune allergie médicamenteuse connue.'),
                  ('h', L(lang, 'Impression', 'Impression')), dx[lang],
                  ('h', L(lang, 'Plan', 'Plan')), dx['proc_' + lang] + '. ' + dx['med_' + lang] + '.',
                  '', md.ref(lang) + md.cred]
    if 'hearing' in dx['en'] or 'schwannoma' in dx['en']:
        hdr, rows, _, _ = audiogram_rows(rng, lang, 'asym' if 'schwannoma' in dx['en'] else 'presby')
        pdf_blocks.insert(8, ('table', hdr, rows))
    fn = rng.choice([f'Consult_ORL_{strip_accents(p.surname)}_{visit.isoformat()}.pdf', f'consultation_{p.mrn}.pdf',
                     f'SCAN_{visit:%Y%m%d}_{rng.randint(100, 999)}.pdf', f'{p.surname} {p.given} - ORL.pdf'])
    pdf = make_pdf(L(lang, 'ENT consultation report', 'Rapport de consultation ORL'), pdf_blocks, compress=rng.random() < 0.6, author=md.full())
    t = {'patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'diagnosis', 'medication'}
    vague = rng.random() < 0.4
    if vague:
        intro = L(lang, 'Please find attached the consultation you requested.', 'Vous trouverez ci-joint la consultation demandée.')
    else:
        intro = L(lang, f'Please find attached {md.ref(lang, "short")}\'s consultation report for your patient {p.name(lang, "title")}, seen on {fmt_date(visit, lang)}.',
                  f'Vous trouverez ci-joint le rapport de consultation du {md.ref(lang, "short")} pour votre patient(e) {p.name(lang, "title")}, vu(e) le {fmt_date(visit, lang)}.')
    blocks = [greet(ctx, lang, ref.ref(lang, 'short')), intro,
              L(lang, 'Feel free to contact us for any question.', "N'hésitez pas à nous contacter pour toute question.") if rng.random() < 0.5 else '',
              thanks(ctx, lang), signature(ctx, sec, lang)] + footer(ctx, lang, 0.5)
    subj = L(lang, 'ENT consultation - ', 'Consultation ORL - ') + (p.surname if not vague and rng.random() < 0.6 else visit.isoformat())
    m = base_msg(ctx, lang, sec, [ref], subj, blocks, 'ent', d, [Att(fn, 'application/pdf', pdf)])
    m.types = t
    m.evidence = [ns]
    m.note = 'ENT consultation report attached as PDF'
    return m


def p_ent_audiology(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam()
    aud = ctx.st('ent', 'audio')
    d = ctx.date()
    age = age_on(p.dob, d)
    t = {'patient_name', 'lab_result', 'diagnosis'}
    ev = []
    child = age < 16
    if child:
        hdr, rows, od, og = audiogram_rows(rng, lang, 'conductive')
        dx = L(lang, 'mild bilateral conductive hearing loss with type B tympanograms (otitis media with effusion)',
               'surdité de conduction légère bilatérale, tympanogrammes de type B (otite séreuse)')
        rec = L(lang, 'Candidate for tympanostomy tubes; please see at the ENT clinic.', 'Candidat(e) aux tubes de ventilation; à revoir en clinique ORL.')
        psex = rng.choice('FM')
        pg = rng.choice(GIVEN_F if psex == 'F' else GIVEN_M)
        par = f'{pg} {p.surname}'
        pc = p.cell
        contact = L(lang, f'Parent: {par} ({"mother" if psex == "F" else "father"}), cell {pc}', f'Parent : {par} ({"mère" if psex == "F" else "père"}), cell. {pc}')
        t |= {'patient_contact'}
        ev.append(pc)
    else:
        kind = rng.choice(['presby', 'asym', 'presby'])
        hdr, rows, od, og = audiogram_rows(rng, lang, kind)
        if kind == 'asym':
            dx = L(lang, 'asymmetric sensorineural hearing loss, left worse than right', 'surdité neurosensorielle asymétrique, gauche pire que droite')
            rec = L(lang, 'MRI of the internal auditory canals recommended to rule out retrocochlear pathology.', 'IRM des conduits auditifs internes recommandée pour éliminer une atteinte rétrocochléaire.')
        else:
            dx = L(lang, 'bilateral symmetric sloping sensorineural hearing loss', 'surdité neurosensorielle bilatérale symétrique en pente')
            rec = L(lang, 'Binaural hearing aids recommended.', 'Appareillage binaural recommandé.')
        contact = ''
    pta_r = round(sum(od[1:4]) / 3)
    pta_l = round(sum(og[1:4]) / 3)
    wrs = (rng.choice([96, 92, 88, 84, 76]), rng.choice([92, 84, 72, 64, 56]))
    nm = p.name(lang, rng.choice(['full', 'title', 'roster', 'caps']))
    ev.append(nm)
    idline = nm
    if rng.random() < 0.5:
        ds = dob_str(ctx, p, lang)
        idline += L(lang, f', DOB {ds}', f', DDN {ds}')
        t.add('date_of_birth')
        ev.append(ds)
    if rng.random() < 0.5:
        idline += L(lang, f', chart {p.mrn}', f', dossier {p.mrn}')
        t.add('mrn')
        ev.append(p.mrn)
    elif rng.random() < 0.5:
        ns = nam_str(ctx, p)
        idline += f', {nam_label(ctx, lang)} {ns}'
        t.add('ramq_nam')
        ev.append(ns)
    to = rng.choice([ctx.st('ent', 'md'), ctx.ext(rng.choice(['gmf1', 'gmf2']), doctor=True)])
    blocks = [greet(ctx, lang, to.ref(lang, 'short') if to.doctor else to.given),
              L(lang, f'Audiology results for {idline}, tested on {fmt_date(d, lang)}:', f'Résultats audiologiques pour {idline}, évalué(e) le {fmt_date(d, lang)} :'),
              ('table', hdr, rows),
              L(lang, f'PTA: right {pta_r} dB HL, left {pta_l} dB HL. Word recognition: right {wrs[0]}%, left {wrs[1]}%.',
                f'MTS : OD {pta_r} dB HL, OG {pta_l} dB HL. Discrimination : OD {wrs[0]} %, OG {wrs[1]} %.'),
              L(lang, f'Impression: {dx}. {rec}', f'Impression : {dx}. {rec}'), contact,
              thanks(ctx, lang), signature(ctx, aud, lang)]
    subj = rng.choice(L(lang, [f'Audiogram - {p.surname}', 'Audiology results', f'Audio {p.name(lang, "init")} {d.isoformat()}'],
                           [f'Audiogramme - {p.surname}', 'Résultats audiologie', f'Audio {p.name(lang, "init")} {d.isoformat()}']))
    m = base_msg(ctx, lang, aud, [to], subj, blocks, 'ent', d)
    m.types, m.evidence = t, ev
    m.note = 'audiology results' + (' (paediatric, parent contact)' if child else '')
    return m


def p_ent_booking(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(20, 80))
    sec, md = ctx.st('ent', 'sec'), ctx.st('ent', 'md')
    dx = rng.choice([x for x in ENT_DX if x['en'].split()[0] in ('chronic', 'recurrent', 'thyroid', 'obstructive')])
    d = ctx.date()
    surg = d + dt.timedelta(days=rng.randint(10, 40))
    while surg.weekday() > 4:
        surg += dt.timedelta(days=1)
    hh = rng.choice([6, 7, 11])
    t = {'patient_name', 'patient_contact', 'diagnosis'}
    ev = [p.email]
    nm = p.name(lang, rng.choice(['title', 'title_sur', 'full']))
    ev.append(nm)
    ac = rng.choice(ANTICOAG) if rng.random() < 0.5 else None
    lines = [greet(ctx, lang, nm),
             L(lang, f'Your surgery ({dx["proc_en"]}) with {md.ref(lang)} is scheduled on {fmt_date(surg, lang, "day")} at Sainte-Clotilde Hospital, day surgery unit, 2nd floor. Please arrive at {fmt_time(hh, 30, lang)}.',
               f'Votre chirurgie ({dx["proc_fr"]}) avec {md.ref(lang)} est prévue le {fmt_date(surg, lang, "day")} à l\'Hôpital Sainte-Clotilde, chirurgie d\'un jour, 2e étage. Présentez-vous à {fmt_time(hh, 30, lang)}.'),
             L(lang, 'Nothing to eat after midnight. Clear fluids allowed until 2 hours before arrival.', 'À jeun à partir de minuit. Liquides clairs permis jusqu\'à 2 heures avant l\'arrivée.')]
    if ac:
        t.add('medication')
        lines.append(L(lang, f'Regarding your {ac[0]}: {ac[2]}.', f'Concernant votre {ac[1]} : {ac[3]}.'))
    if rng.random() < 0.6:
        lines.append(L(lang, f'We have the following contact information on file: {p.address_en}, tel. {p.phone}. Please let us know if this has changed.',
                       f'Nous avons les coordonnées suivantes au dossier : {p.address}, tél. {p.phone}. Avisez-nous si elles ont changé.'))
        ev.append(p.phone)
    lines.append(L(lang, 'You must be accompanied by an adult when you leave.', 'Vous devez être accompagné(e) d\'un adulte au départ.'))
    atts = []
    if rng.random() < 0.5:
        st = dt.datetime(surg.year, surg.month, surg.day, hh, 30)
        ics = make_ics(f'{rng.getrandbits(64):016x}@orl-rivenord.example',
                       L(lang, f'Surgery - {dx["proc_en"]} ({p.surname})', f'Chirurgie - {dx["proc_fr"]} ({p.surname})'),
                       L(lang, f'Patient: {p.name(lang, "full")}\nSurgeon: {md.ref(lang)}\nFasting from midnight', f'Patient(e) : {p.name(lang, "full")}\nChirurgien(ne) : {md.ref(lang)}\nÀ jeun dès minuit'),
                       st, st + dt.timedelta(hours=3), 'Hôpital Sainte-Clotilde, chirurgie d\'un jour', (sec.full(), sec.email),
                       [(p.name('en', 'full'), p.email)])
        atts.append(Att('invite.ics', 'text/calendar', ics))
    blocks = lines + [thanks(ctx, lang), signature(ctx, sec, lang)] + footer(ctx, lang, 0.4)
    subj = rng.choice(L(lang, ['Your surgery date', f'Surgery confirmation - {surg.isoformat()}', 'Pre-operative instructions'],
                           ['Date de votre chirurgie', f'Confirmation de chirurgie - {surg.isoformat()}', 'Consignes préopératoires']))
    m = base_msg(ctx, lang, sec, [p], subj, blocks, 'ent', d, atts)
    m.types, m.evidence = t, ev
    m.note = 'surgery booking e-mailed to patient personal address'
    return m


def p_derm_path(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(30, 90))
    dx = rng.choice(DERM_DX)
    md, nurse = ctx.st('derm', 'md'), ctx.st('derm', 'nurse')
    d = ctx.date()
    bx = d - dt.timedelta(days=rng.randint(7, 21))
    spec = f'S25-{rng.randint(1000, 19999):05d}'
    variant = rng.choice(['full', 'mrn_only', 'subject', 'mrn_only', 'full'])
    t = {'diagnosis', 'lab_result'}
    ev = []
    res = L(lang, f'Specimen {spec} (biopsy {bx.isoformat()}): {dx["path_en"]}.', f'Spécimen {spec} (biopsie du {bx.isoformat()}) : {dx["path_fr"]}.')
    plan = L(lang, f'Dx: {dx["en"]}. Plan: {dx["plan_en"]}.', f'Dx : {dx["fr"]}. Plan : {dx["plan_fr"]}.')
    if variant == 'mrn_only':
        t.add('mrn')
        ev.append(p.mrn)
        lead = L(lang, f'Result for chart {p.mrn}:', f'Résultat pour le dossier {p.mrn} :')
        subj = L(lang, f'Path result {p.mrn}', f'Résultat patho {p.mrn}')
    elif variant == 'subject':
        nm = p.name(lang, rng.choice(['caps', 'roster']))
        t.add('patient_name')
        ev.append(nm)
        lead = L(lang, 'See result below.', 'Voir résultat ci-dessous.')
        subj = L(lang, f'Bx result - {nm} - {dx["plan_en"]}', f'Résultat bx - {nm} - {dx["plan_fr"]}')
    else:
        nm = p.name(lang, rng.choice(['full', 'title', 'roster']))
        t.add('patient_name')
        ev.append(nm)
        extra = ''
        if rng.random() < 0.5:
            ds = dob_str(ctx, p, lang)
            extra = L(lang, f' (DOB {ds})', f' ({p.ne()} le {ds})')
            t.add('date_of_birth')
            ev.append(ds)
        elif p.nam and rng.random() < 0.5:
            ns = nam_str(ctx, p)
            extra = f' ({nam_label(ctx, lang)} {ns})'
            t.add('ramq_nam')
            ev.append(ns)
        lead = L(lang, f'Pathology result for your patient {nm}{extra}:', f'Résultat de pathologie pour votre patient(e) {nm}{extra} :')
        subj = rng.choice(L(lang, ['Pathology result', f'Biopsy result - {p.surname}'], ['Résultat de pathologie', f'Résultat de biopsie - {p.surname}']))
    to_gp = rng.random() < 0.5
    to = ctx.ext(rng.choice(['gmf1', 'gmf2', 'gmf3']), doctor=True) if to_gp else ctx.st('derm', 'sec')
    sender = rng.choice([md, nurse])
    blocks = [greet(ctx, lang, to.ref(lang, 'short') if to.doctor else to.given, to_gp), lead, res, plan,
              L(lang, 'We will call the patient to book the procedure.', 'Nous appellerons le/la patient(e) pour planifier l\'intervention.') if to_gp
              else L(lang, 'Please book with me in the next 4 weeks, priority P2.', 'Svp planifier avec moi dans les 4 prochaines semaines, priorité P2.'),
              thanks(ctx, lang), signature(ctx, sender, lang, 'short' if not to_gp else None)]
    m = base_msg(ctx, lang, sender, [to], subj, blocks, 'derm', d)
    m.types, m.evidence = t, ev
    m.note = f'dermatopathology result ({variant})'
    return m


def p_derm_iso(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_new(age=(16, 34)) if rng.random() < 0.6 else ctx.pat_nam()
    nurse = ctx.st('derm', 'nurse')
    d = ctx.date()
    nm = p.name(lang, rng.choice(['full', 'title', 'roster2', 'lower']))
    t = {'patient_name', 'lab_result', 'medication', 'diagnosis'}
    ev = [nm]
    dose = rng.choice([20, 30, 40, 60])
    month = rng.randint(2, 6)
    alt = rng.choice([22, 31, 48, 58, 67])
    tg = rng.choice([1.4, 1.9, 2.6, 3.4, 4.1])
    chol = rng.choice([4.2, 4.8, 5.6, 6.1])
    labs = [(L(lang, 'β-hCG (serum)', 'β-hCG sérique'), L(lang, 'negative', 'négatif'), '<5 UI/L'),
            ('ALT', f'{alt} U/L', '<40'), (L(lang, 'Triglycerides', 'Triglycérides'), f'{tg} mmol/L', '<1.7'),
            (L(lang, 'Total cholesterol', 'Cholestérol total'), f'{chol} mmol/L', '<5.2')]
    if p.sex == 'M':
        labs = labs[1:]
    labs = [list(x) for x in labs]
    comment = L(lang, 'Triglycerides up; repeat fasting in 4 weeks, no dose change.' if tg > 3 else 'Labs acceptable, continue.',
                'TG en hausse; refaire à jeun dans 4 semaines, pas de changement de dose.' if tg > 3 else 'Bilan acceptable, on poursuit.')
    to = ctx.ext('pharm', 'pharmacist', 'pharmacien(ne)') if rng.random() < 0.5 else ctx.st('derm', 'md')
    idtxt = nm
    if rng.random() < 0.4:
        ds = dob_str(ctx, p, lang)
        idtxt += L(lang, f' (DOB {ds})', f' (DDN {ds})')
        t.add('date_of_birth')
        ev.append(ds)
    blocks = [greet(ctx, lang, to.ref(lang, 'short') if to.doctor else to.given),
              L(lang, f'Monthly isotretinoin follow-up for {idtxt}, severe nodular acne, month {month} at {dose} mg daily.',
                f'Suivi mensuel isotrétinoïne pour {idtxt}, acné nodulaire sévère, mois {month} à {dose} mg DIE.'),
              ('table', [L(lang, 'Test', 'Analyse'), L(lang, 'Result', 'Résultat'), L(lang, 'Ref.', 'Réf.')], labs),
              comment,
              L(lang, f'OK to dispense next 30 days of isotretinoin {dose} mg.', f'OK pour servir les 30 prochains jours d\'isotrétinoïne {dose} mg.') if not to.doctor else '',
              thanks(ctx, lang), signature(ctx, nurse, lang)]
    subj = rng.choice(L(lang, ['Isotretinoin monitoring', f'Accutane labs - {p.surname}', 'Labs OK?'],
                           ['Suivi isotrétinoïne', f'Bilan Accutane - {p.surname}', 'Bilan du mois']))
    m = base_msg(ctx, lang, nurse, [to], subj, blocks, 'derm', d)
    m.types, m.evidence = t, ev
    m.note = 'isotretinoin monitoring labs'
    return m


def p_derm_biologic(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam()
    dx = rng.choice(DERM_SYS)
    md = ctx.st('derm', 'md')
    sender = rng.choice([md, ctx.st('derm', 'nurse'), ctx.st('derm', 'sec')])
    insk = rng.choice(['ins1', 'ins2', 'ins3'])
    adj = ctx.ext(insk, 'prior authorization analyst', 'analyste, autorisations préalables')
    d = ctx.date()
    cert = f'{rng.randint(100, 999)}{digits(rng, 6)}-{rng.randint(1, 3):02d}'
    grp = f'G{digits(rng, 5)}'
    nm = p.name(lang, 'full')
    ds = dob_str(ctx, p, lang)
    t = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    ev = [nm, ds]
    rows = [(L(lang, 'Member', 'Adhérent(e)'), nm), (L(lang, 'Date of birth', 'Date de naissance'), ds),
            (L(lang, 'Certificate / group', 'Certificat / groupe'), f'{cert} / {grp}')]
    if rng.random() < 0.5:
        ns = nam_str(ctx, p)
        rows.append((L(lang, 'RAMQ (coordination)', 'NAM (coordination)'), ns))
        t.add('ramq_nam')
        ev.append(ns)
    rows += [(L(lang, 'Diagnosis', 'Diagnostic'), dx[lang]), (L(lang, 'Previous treatments', 'Traitements antérieurs'), dx['failed_' + lang]),
             (L(lang, 'Requested drug', 'Médicament demandé'), dx['drug'] if lang == 'en' else dx['drug_fr']),
             (L(lang, 'Prescriber', 'Prescripteur'), md.ref(lang) + f' ({L(lang, "lic.", "permis")} {rng.randint(1, 2)}-{rng.randint(80000, 99999)})')]
    mode = rng.choice(['table', 'pdf', 'lines'])
    atts = []
    intro = L(lang, 'Please find below our prior authorization request. The signed form is ' + ('attached.' if mode == 'pdf' else 'being faxed today.'),
              'Voici notre demande d\'autorisation préalable. Le formulaire signé est ' + ('ci-joint.' if mode == 'pdf' else 'envoyé par télécopieur aujourd\'hui.'))
    blocks = [greet(ctx, lang, adj.full() if rng.random() < 0.5 else None), intro]
    if mode == 'pdf':
        atts.append(Att(L(lang, f'Prior_auth_{strip_accents(p.surname)}.pdf', f'Autorisation_prealable_{strip_accents(p.surname)}.pdf'), 'application/pdf',
                        make_pdf(L(lang, 'Prior authorization request - biologic therapy', 'Demande d\'autorisation préalable - agent biologique'),
                                 [('table', [L(lang, 'Field', 'Champ'), L(lang, 'Value', 'Valeur')], rows),
                                  L(lang, 'I certify the above information is accurate.', 'J\'atteste que les renseignements ci-dessus sont exacts.'), md.ref(lang)],
                                 compress=rng.random() < 0.5, author=md.full())))
        blocks.append(L(lang, f'Member: {nm}, certificate {cert}.', f'Adhérent(e) : {nm}, certificat {cert}.'))
    elif mode == 'table':
        blocks.append(('table', [L(lang, 'Field', 'Champ'), L(lang, 'Value', 'Valeur')], rows))
    else:
        blocks.append('\n'.join(f'{a}: {b}' for a, b in rows))
    blocks += [thanks(ctx, lang), signature(ctx, sender, lang)] + footer(ctx, lang, 0.5)
    subj = rng.choice(L(lang, [f'Prior authorization - {p.surname} - cert. {cert}', 'Prior authorization request', f'Special authorization: {dx["drug"].split()[0]}'],
                           [f'Autorisation préalable - {p.surname} - cert. {cert}', 'Demande d\'autorisation préalable', f'Autorisation spéciale : {dx["drug_fr"].split()[0]}']))
    m = base_msg(ctx, lang, sender, [adj], subj, blocks, 'derm', d, atts)
    m.types, m.evidence = t, ev
    m.note = f'biologic prior authorization to private insurer ({mode})'
    return m


def p_dental_postop(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.45 else ctx.pat_new(age=(16, 75))
    dx = rng.choice([DENT_DX[i] for i in (0, 1, 5, 6, 7)])
    md = ctx.st('dent', 'md')
    dentist = ctx.ext('dentist', 'dentist', 'dentiste')
    dname = L(lang, 'Dr. ', 'Dr ' if dentist.sex == 'M' else 'Dre ') + dentist.surname
    d = ctx.date()
    op = d - dt.timedelta(days=rng.randint(1, 20))
    nm = p.name(lang, rng.choice(['title', 'full', 'title_sur', 'full']))
    t = {'patient_name', 'diagnosis', 'medication'}
    ev = [nm]
    extra = ''
    if rng.random() < 0.3:
        ds = dob_str(ctx, p, lang)
        extra = L(lang, f' (DOB {ds})', f' (DDN : {ds})')
        t.add('date_of_birth')
        ev.append(ds)
    allergy = rng.random() < 0.3
    blocks = [greet(ctx, lang, dname),
              typo(rng, L(lang, f'Thank you for referring {nm}{extra}. On {fmt_date(op, lang)} we performed the following: {dx["proc_en"]}.',
                          f'Merci de nous avoir référé {nm}{extra}. Le {fmt_date(op, lang)}, nous avons procédé à : {dx["proc_fr"]}.'), 0.4),
              L(lang, f'Diagnosis: {dx["en"]}.', f'Diagnostic : {dx["fr"]}.'),
              L(lang, f'Prescriptions: {dx["med_en"]}.', f'Ordonnances : {dx["med_fr"]}.'),
              L(lang, 'Note: penicillin allergy (rash) - clindamycin was used instead of amoxicillin.', 'Note : allergie à la pénicilline (rash) - clindamycine utilisée au lieu de l\'amoxicilline.') if allergy else '',
              rng.choice(L(lang, ['Healing is uneventful so far. The patient can resume routine care with you in 6 weeks.',
                                  'Some trismus persists; we will see the patient again in 2 weeks.'],
                               ['La guérison se déroule bien. Le/la patient(e) peut reprendre les soins réguliers avec vous dans 6 semaines.',
                                'Un léger trismus persiste; nous reverrons le/la patient(e) dans 2 semaines.'])),
              thanks(ctx, lang), signature(ctx, md, lang)]
    subj = rng.choice(L(lang, [f'Re: referral {p.surname}', 'Surgical report', f'{p.name(lang, "init")} - post-op'],
                           [f'Re : référence {p.surname}', 'Rapport opératoire', f'{p.name(lang, "init")} - post-op']))
    m = base_msg(ctx, lang, rng.choice([md, ctx.st('dent', 'sec')]), [dentist], subj, blocks, 'dent', d)
    m.types, m.evidence = t, ev
    m.note = 'oral surgery report to referring dentist'
    return m


def p_maxfac_saaq(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.6 else ctx.pat_new(age=(18, 70))
    okey = rng.choice(['hosp', 'dent'])
    md = ctx.st(okey, 'md')
    sender = rng.choice([md, ctx.st(okey, 'records'), ctx.st(okey, 'sec')])
    agent = ctx.ext('saaq', 'claims officer', 'agent(e) d\'indemnisation')
    dx = rng.choice([DENT_DX[3], DENT_DX[4]])
    d = ctx.date()
    acc = d - dt.timedelta(days=rng.randint(20, 120))
    claim = f'{acc.year % 100}-{digits(rng, 6)}-{rng.randint(1, 9)}'
    nm = p.name(lang, rng.choice(['full', 'title', 'roster']))
    ds = dob_str(ctx, p, lang)
    job = rng.choice(L(lang, ['delivery driver', 'electrician', 'cashier', 'nurse\'s aide', 'student', 'carpenter'],
                          ['livreur', 'électricien', 'caissière', 'préposée aux bénéficiaires', 'étudiant(e)', 'charpentier-menuisier']))
    weeks = rng.choice([6, 8, 10, 12])
    t = {'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'social_information'}
    ev = [nm, ds, claim]
    rows = [(L(lang, 'SAAQ claim no.', 'No de dossier SAAQ'), claim), (L(lang, 'Injured person', 'Personne accidentée'), nm),
            (L(lang, 'Date of birth', 'Date de naissance'), ds), (L(lang, 'Accident date', 'Date de l\'accident'), acc.isoformat())]
    if rng.random() < 0.6:
        ns = nam_str(ctx, p) if p.nam else None
        if ns:
            rows.append(('NAM', ns))
            t.add('ramq_nam')
            ev.append(ns)
    rows += [(L(lang, 'Injuries', 'Blessures'), dx[lang] + L(lang, ', facial lacerations', ', lacérations faciales')),
             (L(lang, 'Surgery', 'Chirurgie'), dx['proc_' + lang]), (L(lang, 'Medication', 'Médication'), dx['med_' + lang]),
             (L(lang, 'Occupation', 'Emploi'), job),
             (L(lang, 'Work capacity', 'Capacité de travail'), L(lang, f'unable to work for about {weeks} weeks; soft diet', f'incapacité de travail d\'environ {weeks} semaines; diète molle'))]
    atts = []
    mode = rng.choice(['body', 'pdf', 'pdf'])
    if mode == 'pdf':
        atts.append(Att(L(lang, f'Medical_report_SAAQ_{claim}.pdf', f'Rapport_medical_SAAQ_{claim}.pdf'), 'application/pdf',
                        make_pdf(L(lang, 'Medical report - SAAQ', 'Rapport médical - SAAQ'), [('table', ['', ''], rows), md.ref(lang) + md.cred],
                                 compress=rng.random() < 0.5, author=md.full())))
        body = [L(lang, f'As requested, please find attached the medical report for claim {claim} ({p.surname}).',
                  f'Tel que demandé, veuillez trouver ci-joint le rapport médical pour le dossier {claim} ({p.surname}).')]
    else:
        body = [L(lang, f'In response to your request regarding claim {claim}, here is the information:', f'Suite à votre demande concernant le dossier {claim}, voici les renseignements :'),
                ('table', [L(lang, 'Field', 'Élément'), L(lang, 'Information', 'Information')], rows)]
    blocks = [greet(ctx, lang, agent.full())] + body + [thanks(ctx, lang), signature(ctx, sender, lang)] + footer(ctx, lang, 0.5)
    subj = L(lang, f'SAAQ claim {claim}', f'Dossier SAAQ {claim}') + (f' - {p.surname}' if rng.random() < 0.5 else '')
    m = base_msg(ctx, lang, sender, [agent], subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'maxillofacial trauma report to SAAQ ({mode})'
    return m


def p_maxfac_onj(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(55, 88))
    md = ctx.st(rng.choice(['dent', 'hosp']), 'md')
    onc = ctx.ext('onco', 'hematologist-oncologist', 'hémato-oncologue', doctor=True)
    d = ctx.date()
    ctxt = rng.choice([('multiple myeloma', 'myélome multiple', 'zoledronic acid 4 mg IV monthly', 'acide zolédronique 4 mg IV mensuel'),
                       ('metastatic breast cancer (bone)', 'cancer du sein métastatique (osseux)', 'denosumab 120 mg SC monthly', 'dénosumab 120 mg SC mensuel'),
                       ('osteoporosis', 'ostéoporose', 'alendronate 70 mg weekly x 9 years', 'alendronate 70 mg/sem x 9 ans')])
    nm = p.name(lang, rng.choice(['full', 'title', 'roster']))
    t = {'patient_name', 'diagnosis', 'medication', 'lab_result'}
    ev = [nm]
    chart = ''
    if rng.random() < 0.6:
        chart = L(lang, f' (chart {p.mrn})', f' (dossier {p.mrn})')
        t.add('mrn')
        ev.append(p.mrn)
    blocks = [greet(ctx, lang, onc.ref(lang, 'short')),
              L(lang, f'I saw your patient {nm}{chart} today for exposed bone in the left posterior mandible (8 x 5 mm, 10 weeks).',
                f'J\'ai vu aujourd\'hui votre patient(e) {nm}{chart} pour une exposition osseuse mandibulaire postérieure gauche (8 x 5 mm, depuis 10 semaines).'),
              L(lang, f'Background: {ctxt[0]}, on {ctxt[2]}.', f'Contexte : {ctxt[1]}, sous {ctxt[3]}.'),
              L(lang, 'Culture: Actinomyces israelii, few; mixed oral flora. CBC: WBC 7.9, CRP 14 mg/L.',
                'Culture : Actinomyces israelii, rares; flore buccale mixte. FSC : GB 7,9, CRP 14 mg/L.'),
              L(lang, f'Impression: {DENT_DX[2]["en"]}. I started penicillin V 600 mg QID x 14 days and chlorhexidine 0.12% rinses.',
                f'Impression : {DENT_DX[2]["fr"]}. J\'ai débuté pénicilline V 600 mg QID x 14 jours et rince-bouche chlorhexidine 0,12 %.'),
              L(lang, 'Could we discuss holding the antiresorptive until healing? I would appreciate your opinion before the next dose.',
                'Serait-il possible de suspendre l\'antirésorptif jusqu\'à la guérison? J\'aimerais votre avis avant la prochaine dose.'),
              thanks(ctx, lang), signature(ctx, md, lang)]
    subj = rng.choice(L(lang, ['MRONJ - your patient', f'Osteonecrosis of the jaw - {p.surname}', 'Question re: antiresorptive'],
                           ['ONM - votre patient(e)', f'Ostéonécrose mâchoire - {p.surname}', 'Question : antirésorptif']))
    m = base_msg(ctx, lang, md, [onc], subj, blocks, md.org is ORGS['dent'] and 'dent' or 'hosp', d)
    m.types, m.evidence = t, ev
    m.note = 'MRONJ consult letter to oncologist'
    return m


ACTS = [('08245', 'Injection intravitréenne', 'Intravitreal injection'), ('08711', 'Consultation ophtalmologique', 'Ophthalmology consultation'),
        ('09142', 'Audiométrie tonale et vocale', 'Pure-tone and speech audiometry'), ('00157', 'Biopsie cutanée', 'Skin biopsy'),
        ('20412', 'Extraction de dent incluse', 'Impacted tooth extraction'), ('07420', 'Exérèse lésion maligne visage', 'Excision malignant lesion face'),
        ('09811', 'Endoscopie nasale', 'Nasal endoscopy'), ('08630', 'Photocoagulation panrétinienne', 'Panretinal photocoagulation')]
REJECT = [('105', 'NAM non valide à la date du service', 'HIN not valid on date of service'), ('212', 'Code de diagnostic requis', 'Diagnosis code required'),
          ('330', 'Service déjà payé à un autre professionnel', 'Service already paid to another provider'),
          ('451', 'Élément de contexte manquant', 'Missing context element'), ('118', 'Carte d\'assurance maladie expirée', 'Health card expired')]
DXCODES = [('365.11', 'GPAO', 'POAG'), ('362.52', 'DMLA exsudative', 'wet AMD'), ('366.16', 'cataracte nucléaire', 'nuclear cataract'),
           ('389.10', 'surdité neurosensorielle', 'SNHL'), ('471.8', 'polypose nasale', 'nasal polyps'), ('173.31', 'CBC visage', 'BCC face'),
           ('172.7', 'mélanome membre inf.', 'melanoma lower limb'), ('520.6', 'dent incluse', 'impacted tooth'), ('362.02', 'RD proliférante', 'PDR')]


def p_ramq_rejects(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    bill = ctx.st(okey, 'bill')
    to = rng.choice([ctx.ext('billing', 'billing agent', 'agente de facturation'), ctx.st(okey, 'md'), ctx.st(okey, 'mgr')])
    d = ctx.date()
    n = rng.randint(3, 8)
    pats = [ctx.pat_nam() for _ in range(n)]
    dob_col = rng.random() < 0.4
    hdr = L(lang, ['HIN', 'Patient', 'Service date', 'Act code', 'Dx', 'Msg', 'Comment'], ['NAM', 'Patient', 'Date service', 'Code acte', 'Dx', 'Msg', 'Commentaire'])
    if dob_col:
        hdr.insert(2, L(lang, 'DOB', 'DDN'))
    name_col = rng.random() < 0.7
    if not name_col:
        hdr.pop(1)
    rows = []
    ev = []
    for p in pats:
        act = rng.choice(ACTS)
        dxc = rng.choice(DXCODES)
        rej = rng.choice(REJECT)
        sd = d - dt.timedelta(days=rng.randint(10, 80))
        nm = p.name(lang, rng.choice(['roster', 'caps', 'surfirst']))
        ns = fmt_nam(p.nam, rng.choice(['plain', 'plain', 'space']))
        r = [ns, nm, sd.isoformat(), act[0], f'{dxc[0]} {dxc[1] if lang == "fr" else dxc[2]}', rej[0], rej[1] if lang == 'fr' else rej[2]]
        if dob_col:
            r.insert(2, p.dob.isoformat())
        if not name_col:
            r.pop(1)
        rows.append(r)
        ev += [ns]
    t = {'ramq_nam', 'diagnosis'} | ({'date_of_birth'} if dob_col else set()) | ({'patient_name'} if name_col else set())
    mode = rng.choice(['inline', 'csv', 'xlsx', 'inline'])
    per = f'{MONTHS_FR[d.month - 1] if lang == "fr" else MONTHS_EN[d.month - 1]} {d.year}'
    blocks = [greet(ctx, lang, to.given if not to.doctor else to.ref(lang, 'short')),
              typo(rng, L(lang, f'Here are the RAMQ rejections from the last statement ({per}). Can you correct and resubmit before the 90-day deadline?',
                          f'Voici les refus RAMQ du dernier état de compte ({per}). Peux-tu corriger et refacturer avant le délai de 90 jours?'), 0.4)]
    atts = []
    if mode == 'inline':
        blocks.append(('table', hdr, rows))
    elif mode == 'csv':
        atts.append(Att(L(lang, f'rejects_{d:%Y%m}.csv', f'refus_RAMQ_{d:%Y%m}.csv'), 'text/csv', make_csv(hdr, rows, ';'), charset=rng.choice(['windows-1252', 'utf-8'])))
    else:
        atts.append(Att(L(lang, f'RAMQ_rejects_{d:%Y-%m}.xlsx', f'Refus_RAMQ_{d:%Y-%m}.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(L(lang, 'Rejects', 'Refus'), hdr, rows)], author=bill.full())))
    blocks += [L(lang, 'For the 105s I called two patients, new cards on the way.', 'Pour les 105, j\'ai appelé deux patients, nouvelles cartes en route.') if rng.random() < 0.5 else '',
               thanks(ctx, lang), signature(ctx, bill, lang, rng.choice(['short', 'full']))]
    subj = rng.choice(L(lang, [f'RAMQ rejects {d:%Y-%m}', 'Rejected claims to correct', 'Refusals - statement'],
                           [f'Refus RAMQ {d:%Y-%m}', 'Demandes refusées à corriger', 'Refus - état de compte']))
    m = base_msg(ctx, lang, bill, [to], subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'RAMQ claim rejection list ({mode})'
    return m


INS_CASES = [
    ('oph', 'upper eyelid blepharoplasty', 'blépharoplastie supérieure',
     'dermatochalasis with superior visual field loss of 35 degrees (taped vs untaped fields attached)', 'dermatochalasis avec amputation du champ visuel supérieur de 35 degrés (champs avec et sans ruban joints)',
     'functional, not cosmetic', 'fonctionnelle, non esthétique'),
    ('derm', 'Mohs micrographic surgery', 'chirurgie micrographique de Mohs',
     'recurrent basal cell carcinoma of the left nasal ala', 'carcinome basocellulaire récidivant de l\'aile nasale gauche', 'medically necessary', 'médicalement requise'),
    ('dent', 'removal of 4 wisdom teeth under IV sedation', 'extraction de 4 dents de sagesse sous sédation IV',
     'impacted third molars with recurrent pericoronitis (38)', 'troisièmes molaires incluses avec péricoronarite récidivante (38)', 'IV sedation required due to severe dental anxiety',
     'sédation IV requise vu une anxiété dentaire sévère'),
    ('ent', 'septoplasty and inferior turbinate reduction', 'septoplastie et réduction des cornets inférieurs',
     'deviated nasal septum with chronic nasal obstruction, failed mometasone x 6 months', 'déviation septale avec obstruction nasale chronique, échec mométasone x 6 mois', 'functional', 'fonctionnelle'),
    ('ent', 'bilateral hearing aids', 'prothèses auditives bilatérales',
     'moderate bilateral sensorineural hearing loss (PTA 52/55 dB HL)', 'surdité neurosensorielle bilatérale modérée (MTS 52/55 dB HL)', 'medically indicated', 'médicalement indiquées'),
]


def p_insurer_reply(ctx, lang):
    rng = ctx.rng
    case = rng.choice(INS_CASES)
    okey = case[0]
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(20, 75))
    insk = rng.choice(['ins1', 'ins2', 'ins3'])
    adj = ctx.ext(insk, 'claims examiner', 'analyste des réclamations')
    sender = rng.choice([ctx.st(okey, 'bill'), ctx.st(okey, 'records'), ctx.st(okey, 'sec')])
    md = ctx.st(okey, 'md')
    d = ctx.date()
    qd = ctx.stamp(d - dt.timedelta(days=rng.randint(1, 6)))
    claim = f'CLM-{d.year}-{digits(rng, 6)}'
    cert = digits(rng, 9)
    nm = p.name(lang, rng.choice(['full', 'title']))
    ds = dob_str(ctx, p, lang)
    proc_date = d - dt.timedelta(days=rng.randint(15, 60))
    q = [greet(ctx, lang),
         L(lang, f'We received a claim ({claim}) for {case[1]} performed on {proc_date.isoformat()} for our member {nm} (DOB {ds}, certificate {cert}).',
           f'Nous avons reçu une réclamation ({claim}) pour {case[2]} effectuée le {proc_date.isoformat()} pour notre adhérent(e) {nm} (DDN {ds}, certificat {cert}).'),
         L(lang, 'To assess eligibility, please provide the diagnosis and confirm whether the procedure was medically necessary.',
           'Afin d\'évaluer l\'admissibilité, veuillez nous transmettre le diagnostic et confirmer si l\'intervention était médicalement nécessaire.'),
         thanks(ctx, lang), f'{adj.full()}\n{adj.role(lang)}\n{org_name(adj.org, lang)}\n{adj.org["tel"]}']
    a = [greet(ctx, lang, adj.given),
         L(lang, f'Further to your request regarding claim {claim}: the diagnosis was {case[3]}. The procedure ({case[1]}) was {case[5]}, performed by {md.ref(lang)}.',
           f'Suite à votre demande concernant la réclamation {claim} : le diagnostic était {case[4]}. L\'intervention ({case[2]}) était {case[6]}, réalisée par {md.ref(lang)}.'),
         L(lang, 'The operative note is available upon receipt of the member\'s signed consent.', 'La note opératoire est disponible sur réception du consentement signé de l\'adhérent(e).') if rng.random() < 0.5 else '',
         thanks(ctx, lang), signature(ctx, sender, lang)] + footer(ctx, lang, 0.5)
    qs = L(lang, f'Claim {claim} - additional information required', f'Réclamation {claim} - renseignements requis')
    blocks = a + [thread_reply(ctx, lang, addr(adj), [addr(sender)], qs, qd, q)]
    m = base_msg(ctx, lang, sender, [adj], 'RE: ' + qs, blocks, okey, later(ctx, qd, 600, 60 * 24 * 3))
    m.types = {'patient_name', 'date_of_birth', 'diagnosis'}
    if 'mometasone' in case[3]:
        m.types.add('medication')
    m.evidence = [nm, ds]
    m.note = 'reply to private insurer claim query (quoted thread)'
    m.in_reply_to = f'<{rng.getrandbits(40):010x}@{adj.org["domain"]}>'
    return m


CNESST_CASES = [
    ('oph', 'corneal foreign body with rust ring, right eye (grinding without eye protection)', 'corps étranger cornéen avec anneau de rouille OD (meulage sans protection oculaire)',
     'moxifloxacin 0.5% QID x 5 days, cyclopentolate 1%', 'moxifloxacine 0,5 % QID x 5 jours, cyclopentolate 1 %', None),
    ('oph', 'alkali chemical burn both eyes, Roper-Hall grade II (cleaning product splash)', 'brûlure chimique alcaline des deux yeux, grade II de Roper-Hall (éclaboussure de produit nettoyant)',
     'prednisolone 1% q2h, doxycycline 100 mg BID, ascorbic acid', 'prednisolone 1 % q2h, doxycycline 100 mg BID, acide ascorbique', None),
    ('ent', 'bilateral noise-induced sensorineural hearing loss (4 kHz notch)', 'surdité neurosensorielle bilatérale due au bruit (encoche à 4 kHz)',
     'hearing aids; no medication', 'prothèses auditives; aucune médication', 'noise'),
    ('derm', 'allergic contact dermatitis to epoxy resin, hands and forearms', 'dermatite de contact allergique à la résine époxy, mains et avant-bras',
     'clobetasol 0.05% BID x 2 weeks', 'clobétasol 0,05 % BID x 2 semaines', 'patch'),
    ('dent', 'fracture of teeth 11 and 21 with dentoalveolar fracture (fall from ladder)', 'fracture des dents 11 et 21 avec fracture dento-alvéolaire (chute d\'échelle)',
     'amoxicillin 500 mg TID, ibuprofen 400 mg', 'amoxicilline 500 mg TID, ibuprofène 400 mg', None),
]
EMPLOYERS = ['Usinage Précision Mirabel inc.', 'Entretien Ménager Boréal', 'Construction R. Lavallée ltée', 'Aciers Laurentides inc.',
             'Portes et fenêtres Nordik', 'Centre de distribution Rive-Nord']
JOBS = [('machinist', 'machiniste'), ('cleaner', 'préposé(e) à l\'entretien'), ('construction worker', 'ouvrier(ère) de la construction'),
        ('welder', 'soudeur(euse)'), ('assembler', 'assembleur(euse)'), ('warehouse clerk', 'commis d\'entrepôt')]


def p_cnesst(ctx, lang):
    rng = ctx.rng
    case = rng.choice(CNESST_CASES)
    okey = case[0]
    p = ctx.pat_new(age=(20, 63)) if rng.random() < 0.5 else ctx.pat_nam()
    md = ctx.st(okey, 'md')
    sender = rng.choice([md, ctx.st(okey, 'sec'), ctx.st(okey, 'records')])
    agent = ctx.ext('cnesst', 'claims officer', 'agent(e) d\'indemnisation')
    d = ctx.date()
    ev_date = d - dt.timedelta(days=rng.randint(5, 90))
    dossier = f'{digits(rng, 9)}'
    nm = p.name(lang, rng.choice(['full', 'title', 'roster', 'caps']))
    emp = rng.choice(EMPLOYERS)
    job = rng.choice(JOBS)
    t = {'patient_name', 'diagnosis', 'social_information', 'medication'}
    ev = [nm]
    rows = [(L(lang, 'CNESST file', 'Dossier CNESST'), dossier), (L(lang, 'Worker', 'Travailleur(euse)'), nm)]
    if rng.random() < 0.8:
        sn = fmt_sin(gen_sin(rng), rng.choice(['space', 'dash', 'plain', 'dot']))
        rows.append((L(lang, 'SIN', 'NAS'), sn))
        t.add('ca_sin')
        ev.append(sn)
    if rng.random() < 0.5:
        ds = dob_str(ctx, p, lang)
        rows.append((L(lang, 'Date of birth', 'Date de naissance'), ds))
        t.add('date_of_birth')
        ev.append(ds)
    rows += [(L(lang, 'Employer', 'Employeur'), emp), (L(lang, 'Job', 'Emploi'), job[0] if lang == 'en' else job[1]),
             (L(lang, 'Date of event', 'Date de l\'événement'), ev_date.isoformat()),
             (L(lang, 'Diagnosis', 'Diagnostic'), case[1] if lang == 'en' else case[2]),
             (L(lang, 'Treatment', 'Traitement'), case[3] if lang == 'en' else case[4])]
    extra = []
    if case[5] == 'noise':
        hdr, arows, _, _ = audiogram_rows(rng, lang, 'noise')
        extra.append(('table', hdr, arows))
        t.add('lab_result')
    elif case[5] == 'patch':
        extra.append(L(lang, 'Patch test (day 4): epoxy resin 1% +++, bisphenol A +, nickel negative.', 'Épicutanés (jour 4) : résine époxy 1 % +++, bisphénol A +, nickel négatif.'))
        t.add('lab_result')
    rows.append((L(lang, 'Restrictions', 'Limitations'), rng.choice(L(lang, ['no exposure to the agent; light duties for 3 weeks', 'off work 2 weeks, reassess'],
                                                                      ['aucune exposition à l\'agent; travaux légers 3 semaines', 'arrêt de travail 2 semaines, réévaluation']))))
    mode = rng.choice(['table', 'pdf', 'lines'])
    atts = []
    blocks = [greet(ctx, lang, agent.full()),
              L(lang, f'Please find the medical information requested for file {dossier}.', f'Voici les renseignements médicaux demandés pour le dossier {dossier}.')]
    if mode == 'pdf':
        atts.append(Att(L(lang, f'CNESST_medical_report_{dossier}.pdf', f'Rapport_medical_CNESST_{dossier}.pdf'), 'application/pdf',
                        make_pdf(L(lang, 'Medical report - CNESST', 'Rapport médical - CNESST'), [('table', ['', ''], rows)] + extra + [md.ref(lang)],
                                 compress=rng.random() < 0.5, author=md.full())))
        blocks.append(L(lang, f'The report for {nm} is attached.', f'Le rapport de {nm} est en pièce jointe.'))
    elif mode == 'table':
        blocks += [('table', [L(lang, 'Field', 'Champ'), L(lang, 'Information', 'Information')], rows)] + extra
    else:
        blocks += ['\n'.join(f'{a}: {b}' for a, b in rows)] + extra
    blocks += [thanks(ctx, lang), signature(ctx, sender, lang)] + footer(ctx, lang, 0.4)
    subj = L(lang, f'CNESST file {dossier}', f'Dossier CNESST {dossier}') + rng.choice(['', f' - {p.surname}', L(lang, ' - medical report', ' - rapport médical')])
    m = base_msg(ctx, lang, sender, [agent], subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'occupational injury report to CNESST ({mode})'
    return m


def p_lawyer_records(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(18, 80))
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    rec = ctx.st(okey, 'records')
    lk = rng.choice(['law1', 'law2', 'law3'])
    law = ctx.ext(lk, 'lawyer', 'avocat(e)')
    para = ctx.ext(lk, 'legal assistant', 'adjointe juridique', sex='F')
    sender_law = rng.choice([law, para])
    d = ctx.date()
    qd = ctx.stamp(d - dt.timedelta(days=rng.randint(3, 20)))
    acc = qd.date() - dt.timedelta(days=rng.randint(60, 500))
    nm = p.name(lang, rng.choice(['full', 'title']))
    ds = fmt_date(p.dob, lang, rng.choice(['long', 'iso']))
    ref = f'{rng.randint(10, 99)}-{digits(rng, 4)}'
    reason = rng.choice(L(lang, ['a motor vehicle accident', 'a fall in a commercial building', 'a workplace incident', 'an assault'],
                             ['un accident de la route', 'une chute dans un édifice commercial', 'un incident au travail', 'des voies de fait']))
    inj = {'oph': ('a traumatic hyphema and an orbital floor fracture', 'un hyphéma traumatique et une fracture du plancher orbitaire'),
           'ent': ('a post-traumatic hearing loss with tinnitus', 'une surdité post-traumatique avec acouphènes'),
           'derm': ('facial scarring requiring laser treatment', 'des cicatrices faciales nécessitant des traitements au laser'),
           'dent': ('the avulsion of teeth 11 and 12', "l'avulsion des dents 11 et 12"),
           'hosp': ('a mandibular fracture', 'une fracture mandibulaire')}[okey]
    nam_q = ''
    if p.nam and rng.random() < 0.35:
        nam_q = nam_str(ctx, p)
    q = [greet(ctx, lang),
         L(lang, f'We represent {nm}, born {ds}' + (f' (RAMQ {nam_q})' if nam_q else '') + f', in connection with {reason} on {acc.isoformat()} in which our client sustained {inj[0]}.',
           f'Nous représentons {nm}, {p.ne()} le {ds}' + (f' (NAM {nam_q})' if nam_q else '') + f', relativement à {reason} survenu le {acc.isoformat()} au cours duquel notre client(e) a subi {inj[1]}.'),
         L(lang, f'Please send us a complete copy of the clinical record from {acc.isoformat()} to date. The signed authorization is attached. Our file: {ref}.',
           f'Veuillez nous transmettre une copie complète du dossier clinique du {acc.isoformat()} à ce jour. L\'autorisation signée est jointe. Notre dossier : {ref}.'),
         thanks(ctx, lang), f'{sender_law.full()}\n{sender_law.role(lang)}\n{org_name(law.org, lang)}\n{law.org["tel"]}']
    t = {'patient_name', 'date_of_birth', 'diagnosis'} | ({'ramq_nam'} if nam_q else set())
    ev = [nm, ds] + ([nam_q] if nam_q else [])
    outcome = rng.choice(['sent', 'sent', 'refuse'])
    atts = []
    if outcome == 'sent':
        visits = []
        vd = acc + dt.timedelta(days=rng.randint(0, 3))
        for i in range(rng.randint(3, 6)):
            visits.append([vd.isoformat(), rng.choice(L(lang, ['Initial visit', 'Follow-up', 'Procedure', 'Follow-up'],
                                                       ['Visite initiale', 'Suivi', 'Intervention', 'Suivi'])),
                           (inj[0] if lang == 'en' else inj[1]) if i == 0 else rng.choice(L(lang, ['stable', 'improving', 'persistent symptoms'], ['stable', 'amélioration', 'symptômes persistants']))])
            vd += dt.timedelta(days=rng.randint(10, 60))
        members = [(f'{strip_accents(p.surname)}_{L(lang, "visits", "visites")}.csv', make_csv([L(lang, 'Date', 'Date'), L(lang, 'Type', 'Type'), L(lang, 'Note', 'Note')], visits).encode('utf-8')),
                   (f'{strip_accents(p.surname)}_{L(lang, "clinical_notes", "notes_cliniques")}.pdf',
                    make_pdf(L(lang, f'Clinical record - {p.name(lang, "full")}', f'Dossier clinique - {p.name(lang, "full")}'),
                             [f'{L(lang, "DOB", "DDN")}: {p.dob.isoformat()}   {L(lang, "Chart", "Dossier")}: {p.mrn}', ('table', [L(lang, 'Date', 'Date'), L(lang, 'Type', 'Type'), L(lang, 'Note', 'Note')], visits)],
                             compress=True, author=rec.full()))]
        atts.append(Att(L(lang, f'Record_{strip_accents(p.surname)}_{ref}.zip', f'Dossier_{strip_accents(p.surname)}_{ref}.zip'), 'application/zip', make_zip(members)))
        t.add('mrn')
        a = [greet(ctx, lang, sender_law.full()),
             L(lang, f'Further to your request (your file {ref}), please find attached a copy of the record of {nm} for the requested period. Copy fees of $45.00 will be invoiced separately.',
               f'Suite à votre demande (votre dossier {ref}), vous trouverez ci-joint copie du dossier de {nm} pour la période demandée. Les frais de reproduction de 45,00 $ vous seront facturés séparément.')]
    else:
        a = [greet(ctx, lang, sender_law.full()),
             L(lang, 'We cannot process your request: the authorization form is not dated and the signature does not match our records. Please send a new authorization signed by your client.',
               'Nous ne pouvons traiter votre demande : le formulaire d\'autorisation n\'est pas daté et la signature ne correspond pas à nos dossiers. Veuillez nous faire parvenir une nouvelle autorisation signée par votre client(e).')]
    a += [thanks(ctx, lang), signature(ctx, rec, lang)] + footer(ctx, lang, 0.6)
    qs = L(lang, f'Request for medical records - {p.name(lang, "full")} - our file {ref}', f'Demande de dossier médical - {p.name(lang, "full")} - N/D {ref}')
    blocks = a + [thread_reply(ctx, lang, addr(sender_law), [addr(rec)], qs, qd, q)]
    m = base_msg(ctx, lang, rec, [sender_law], 'RE: ' + qs, blocks, okey, later(ctx, qd, 60 * 24, 60 * 24 * 10),
                 atts, cc=[law] if sender_law is para and rng.random() < 0.5 else None)
    m.types, m.evidence = t, ev
    m.note = f'reply to lawyer records request ({outcome}, quoted)'
    m.in_reply_to = f'<{rng.getrandbits(40):010x}@{law.org["domain"]}>'
    return m


def p_transport(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.6 else ctx.pat_new(age=(60, 95))
    okey = rng.choice(['oph', 'oph', 'ent', 'dent', 'derm'])
    nurse = ctx.st(okey, rng.choice(['nurse', 'sec']))
    tk = rng.choice(['transport', 'clsc'])
    dest = ctx.ext(tk, 'dispatcher' if tk == 'transport' else 'case manager', 'répartitrice' if tk == 'transport' else 'intervenante pivot', sex='F')
    d = ctx.date()
    appt = d + dt.timedelta(days=rng.randint(3, 20))
    while appt.weekday() > 4:
        appt += dt.timedelta(days=1)
    proc = {'oph': ('cataract surgery, left eye', 'chirurgie de cataracte OG'), 'ent': ('sinus surgery follow-up', 'suivi post-chirurgie des sinus'),
            'dent': ('extraction under sedation', 'extraction sous sédation'), 'derm': ('Mohs surgery on the nose', 'chirurgie de Mohs au nez')}[okey]
    if okey == 'oph' and rng.random() < 0.5:
        proc = ('intravitreal injection for macular degeneration', 'injection intravitréenne pour DMLA')
    nm = p.name(lang, rng.choice(['full', 'title', 'roster', 'caps']))
    t = {'patient_name', 'patient_contact', 'diagnosis'}
    ev = [nm, p.phone]
    social = rng.random() < 0.6
    h = rng.choice([7, 8, 9, 10, 13])
    info = [(L(lang, 'Client', 'Usager(ère)'), nm),
            (L(lang, 'Address', 'Adresse'), p.address_en if lang == 'en' else p.address),
            (L(lang, 'Phone', 'Téléphone'), p.phone),
            (L(lang, 'Appointment', 'Rendez-vous'), f'{fmt_date(appt, lang, "day")}, {fmt_time(h, 0, lang)} - {proc[0] if lang == "en" else proc[1]}'),
            (L(lang, 'Destination', 'Destination'), org_name(nurse.org, lang) + ', ' + nurse.org['addr'])]
    if rng.random() < 0.4:
        ds = dob_str(ctx, p, lang)
        info.insert(1, (L(lang, 'DOB', 'DDN'), ds))
        t.add('date_of_birth')
        ev.append(ds)
    needs = rng.choice(L(lang, ['wheelchair, needs help with stairs', 'walker; visually impaired (legally blind right eye)', 'uses a cane, hard of hearing - call the cell'],
                            ['fauteuil roulant, aide requise dans l\'escalier', 'marchette; malvoyant(e) (cécité légale OD)', 'canne, malentendant(e) - appeler sur le cellulaire']))
    info.append((L(lang, 'Needs', 'Besoins'), needs))
    if social:
        t.add('social_information')
        info.append((L(lang, 'Note', 'Note'), rng.choice(L(lang, ['lives alone, no family nearby; must not be left alone after sedation',
                                                                   'daughter works nights, nobody can accompany; low income, cannot pay a taxi'],
                                                                  ['vit seul(e), aucune famille à proximité; ne doit pas rester seul(e) après la sédation',
                                                                   'la fille travaille de nuit, personne pour accompagner; faible revenu, ne peut payer un taxi']))))
    mode = rng.choice(['lines', 'table', 'vcf'])
    atts = []
    blocks = [greet(ctx, lang, dest.given),
              L(lang, 'Could you arrange round-trip transportation for the following client?', 'Pourriez-vous organiser le transport aller-retour pour l\'usager(ère) suivant(e)?')]
    if mode == 'table':
        blocks.append(('table', [L(lang, 'Field', 'Champ'), L(lang, 'Details', 'Détails')], info))
    else:
        blocks.append('\n'.join(f'{a}: {b}' for a, b in info))
    if mode == 'vcf':
        atts.append(Att(f'{strip_accents(p.given)} {strip_accents(p.surname)}.vcf', 'text/vcard',
                        make_vcard(p.given, p.surname, tel=p.phone, cell=p.cell if rng.random() < 0.5 else None,
                                   adr=(p.street, p.city, p.prov, p.postal, 'Canada'), note=needs)))
    blocks += [L(lang, 'Return pickup expected around 2 hours later.', 'Retour prévu environ 2 heures plus tard.'), thanks(ctx, lang), signature(ctx, nurse, lang)]
    subj = rng.choice(L(lang, [f'Transport request - {appt.isoformat()}', f'Transport {p.surname}', 'Paratransit booking'],
                           [f'Demande de transport - {appt.isoformat()}', f'Transport {p.surname}', 'Réservation transport adapté']))
    m = base_msg(ctx, lang, nurse, [dest], subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'transport / home-care request with patient address ({mode})'
    return m


def p_social(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(19, 80))
    sw = ctx.st('hosp', 'sw')
    d = ctx.date()
    scen = rng.choice(['dv', 'homeless', 'finance'])
    nm = p.name(lang, rng.choice(['full', 'title', 'roster']))
    t = {'patient_name', 'social_information', 'diagnosis'}
    ev = [nm]
    if scen == 'dv':
        dest = ctx.ext('shelter', 'intake worker', 'intervenante à l\'accueil', sex='F')
        body = [L(lang, f'I am referring {nm}, seen at our maxillofacial clinic for a left orbital floor and nasal fracture sustained in an assault by {p.his(lang)} partner on {(d - dt.timedelta(days=rng.randint(2, 10))).isoformat()}.',
                  f'Je vous réfère {nm}, vu(e) à notre clinique maxillo-faciale pour une fracture du plancher orbitaire gauche et des os propres du nez subie lors d\'une agression par son/sa conjoint(e) le {(d - dt.timedelta(days=rng.randint(2, 10))).isoformat()}.'),
                L(lang, f'{p.he(lang).capitalize()} has two children (4 and 7) and wishes to leave the home. A police report was filed.',
                  f'{p.he(lang).capitalize()} a deux enfants (4 et 7 ans) et souhaite quitter le domicile. Une plainte a été déposée à la police.'),
                L(lang, f'Safe number only: {p.cell} (do NOT call the home number, do not leave messages).',
                  f'Numéro sécuritaire seulement : {p.cell} (NE PAS appeler au domicile, ne pas laisser de message).')]
        t.add('patient_contact')
        ev.append(p.cell)
    elif scen == 'homeless':
        dest = ctx.ext('clsc', 'community outreach worker', 'travailleuse de rue', sex='F')
        body = [L(lang, f'{nm} was treated today for a submandibular abscess (tooth 47), incision and drainage done. {p.he(lang).capitalize()} is currently homeless and sleeps at the Halte du Nord shelter.',
                  f'{nm} a été traité(e) aujourd\'hui pour un abcès submandibulaire (dent 47), incision et drainage faits. {p.he(lang).capitalize()} est présentement en situation d\'itinérance et dort à la Halte du Nord.'),
                L(lang, f'{p.he(lang).capitalize()} must take clindamycin 300 mg QID for 7 days and return Thursday for the drain removal. No phone; history of alcohol use disorder.',
                  f'{p.he(lang).capitalize()} doit prendre clindamycine 300 mg QID x 7 jours et revenir jeudi pour le retrait du drain. Pas de téléphone; trouble lié à l\'alcool connu.'),
                L(lang, 'Could your team help make sure the medication is taken and the appointment kept?', 'Votre équipe pourrait-elle aider à assurer la prise de la médication et le rendez-vous?')]
        t.add('medication')
    else:
        dest = ctx.ext('clsc', 'social worker', 'travailleuse sociale', sex='F')
        ds = dob_str(ctx, p, lang)
        t.add('date_of_birth')
        ev.append(ds)
        body = [L(lang, f'Follow-up for {nm} (DOB {ds}): needs complete upper and lower dentures after full-mouth extraction for advanced periodontitis, but only has old-age security income and cannot afford them.',
                  f'Suivi pour {nm} (DDN {ds}) : a besoin de prothèses complètes haut et bas suite à l\'extraction de toutes les dents pour parodontite avancée, mais n\'a que la pension de vieillesse et ne peut les payer.'),
                L(lang, f'{p.he(lang).capitalize()} lives alone since {p.his(lang)} spouse\'s death, has lost weight (8 kg) and eats only soft foods. Could you assess eligibility for financial assistance and meals on wheels?',
                  f'{p.he(lang).capitalize()} vit seul(e) depuis le décès de son conjoint, a perdu 8 kg et ne mange que des aliments mous. Pourriez-vous évaluer l\'admissibilité à une aide financière et à la popote roulante?')]
    blocks = [greet(ctx, lang, dest.given)] + body + [thanks(ctx, lang), signature(ctx, sw, lang)] + footer(ctx, lang, 0.6)
    subj = rng.choice(L(lang, ['Referral - confidential', f'Referral {p.name(lang, "init")}', 'Social work referral'],
                           ['Référence - confidentiel', f'Référence {p.name(lang, "init")}', 'Demande de service - service social']))
    m = base_msg(ctx, lang, sw, [dest], subj, blocks, 'hosp', d)
    m.types, m.evidence = t, ev
    m.note = f'social work referral ({scen})'
    return m


def p_ontario(ctx, lang):
    rng = ctx.rng
    p = ctx.pat_new('on', age=(2, 85))
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    bill = ctx.st(okey, 'bill')
    to = rng.choice([ctx.ext('billing', 'billing agent', 'agent(e) de facturation'), ctx.ext('ohip', 'out-of-province billing clerk', 'commis facturation hors Québec')])
    d = ctx.date()
    sd = d - dt.timedelta(days=rng.randint(3, 40))
    hcn = gen_hcn(rng)
    vc = rng.choice(['', 'AB', 'KT', 'ZX', 'MN'])
    hs = fmt_hcn(hcn, vc, rng.choice(['dash', 'space', 'plain']))
    nm = p.name(lang, rng.choice(['full', 'roster', 'caps']))
    ds = dob_str(ctx, p, lang)
    svc = rng.choice(L(lang, [('ophthalmology consultation', 'acute angle-closure glaucoma, right eye'), ('ENT emergency visit', 'peritonsillar abscess, drained'),
                              ('dermatology consultation', 'widespread drug eruption (amoxicillin)'), ('oral surgery', 'fractured mandible (angle)')],
                             [('consultation ophtalmologique', 'glaucome aigu par fermeture de l\'angle OD'), ('visite ORL urgente', 'abcès périamygdalien, drainé'),
                              ('consultation dermatologique', 'éruption médicamenteuse généralisée (amoxicilline)'), ('chirurgie buccale', 'fracture mandibulaire (angle)')]))
    t = {'patient_name', 'ca_health_number', 'date_of_birth', 'diagnosis'}
    ev = [nm, hs, ds]
    rows = [(L(lang, 'Patient', 'Patient(e)'), nm), (L(lang, 'Ontario health number', 'No carte santé Ontario'), hs), (L(lang, 'DOB', 'DDN'), ds)]
    if rng.random() < 0.6:
        rows.append((L(lang, 'Address', 'Adresse'), p.address))
        t.add('patient_contact')
        ev.append(p.postal)
    rows += [(L(lang, 'Service', 'Service'), f'{svc[0]} - {sd.isoformat()}'), ('Dx', svc[1])]
    intro = L(lang, 'Out-of-province patient (Ontario) seen at our clinic - please bill through the reciprocal agreement:',
              'Patient hors province (Ontario) vu(e) à la clinique - svp facturer via l\'entente de réciprocité :')
    mode = rng.choice(['table', 'lines', 'docx'])
    atts = []
    blocks = [greet(ctx, lang, to.given), intro]
    if mode == 'table':
        blocks.append(('table', [L(lang, 'Field', 'Champ'), L(lang, 'Value', 'Valeur')], rows))
    elif mode == 'lines':
        blocks.append('\n'.join(f'{a}: {b}' for a, b in rows))
    else:
        atts.append(Att(L(lang, f'OOP_{strip_accents(p.surname)}.docx', f'HorsProvince_{strip_accents(p.surname)}.docx'),
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        make_docx(L(lang, 'Out-of-province billing', 'Facturation hors province'), [('table', [L(lang, 'Field', 'Champ'), L(lang, 'Value', 'Valeur')], rows)], bill.full())))
        blocks.append(L(lang, 'Details in the attached form.', 'Détails dans le formulaire ci-joint.'))
    blocks += [L(lang, 'The version code on the card was checked at the visit.', 'Le code de version de la carte a été vérifié à la visite.') if vc else
               L(lang, 'Card has no version code (old red-and-white card).', 'Carte sans code de version (ancienne carte rouge et blanche).'),
               thanks(ctx, lang), signature(ctx, bill, lang)]
    subj = rng.choice(L(lang, ['Out-of-province claim - Ontario', f'OOP billing {p.surname}', 'Ontario patient - reciprocal billing'],
                           ['Réclamation hors province - Ontario', f'Facturation HP {p.surname}', 'Patient Ontario - facturation réciproque']))
    m = base_msg(ctx, lang, bill, [to], subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'Ontario patient reciprocal billing ({mode})'
    return m


def p_international(ctx, lang):
    rng = ctx.rng
    origin = rng.choice(['fr', 'be'])
    p = ctx.pat_new(origin, age=(20, 78))
    okey = rng.choice(['oph', 'ent', 'dent'])
    bill = ctx.st(okey, rng.choice(['bill', 'sec']))
    d = ctx.date()
    sd = d - dt.timedelta(days=rng.randint(1, 20))
    if origin == 'fr':
        idv = gen_nir(rng, p.dob, p.sex)
        ids = fmt_nir(idv, rng.choice(['space', 'key', 'plain']))
        idl = L(lang, 'French social security no. (NIR)', 'No de sécurité sociale (NIR)')
        tt = 'fr_nir'
    else:
        idv = gen_niss(rng, p.dob, p.sex)
        ids = fmt_niss(idv, rng.choice(['dots', 'space', 'plain']))
        idl = L(lang, 'Belgian national number (NISS)', 'No de registre national (NISS)')
        tt = 'be_niss'
    svc = {'oph': (L(lang, 'corneal abrasion with foreign body, right eye', 'abrasion cornéenne avec corps étranger OD'), L(lang, 'moxifloxacin 0.5% QID x 5 days', 'moxifloxacine 0,5 % QID x 5 jours'), 285.00),
           'ent': (L(lang, 'otitic barotrauma with perforated left eardrum', 'barotraumatisme otique avec perforation tympanique gauche'), L(lang, 'ciprofloxacin-dexamethasone drops BID x 7 days', 'gouttes ciprofloxacine-dexaméthasone BID x 7 jours'), 240.00),
           'dent': (L(lang, 'acute dental abscess, tooth 26; extraction', 'abcès dentaire aigu, dent 26; extraction'), L(lang, 'amoxicillin 500 mg TID x 7 days', 'amoxicilline 500 mg TID x 7 jours'), 410.00)}[okey]
    nm = p.name(lang, rng.choice(['full', 'caps', 'title']))
    ds = dob_str(ctx, p, lang)
    t = {'patient_name', tt, 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'}
    ev = [nm, ids, ds]
    to_kind = rng.choice(['travel', 'patient'])
    if to_kind == 'travel':
        to = ctx.ext('travel', 'case coordinator', 'coordonnatrice de dossiers')
    else:
        to = p
        ev.append(p.email)
    rows = [[L(lang, 'Patient', 'Patient(e)'), nm], [L(lang, 'DOB', 'DDN'), ds], [idl, ids], [L(lang, 'Home address', 'Adresse'), p.address],
            [L(lang, 'Date of service', 'Date du service'), sd.isoformat()], [L(lang, 'Diagnosis', 'Diagnostic'), svc[0]],
            [L(lang, 'Prescription', 'Ordonnance'), svc[1]], [L(lang, 'Amount', 'Montant'), f'{svc[2]:.2f} $ CAD']]
    inv = f'F{d:%y}-{rng.randint(1000, 9999)}'
    pdf = make_pdf(L(lang, f'Invoice {inv} - non-resident patient', f'Facture {inv} - patient non résident'),
                   [org_name(bill.org, lang), bill.org['addr'], ('table', ['', ''], rows),
                    L(lang, 'Paid by credit card. This receipt may be submitted to your home insurer.', 'Payé par carte de crédit. Ce reçu peut être soumis à votre assureur.')],
                   compress=rng.random() < 0.5, author=bill.full())
    atts = [Att(L(lang, f'Invoice_{inv}.pdf', f'Facture_{inv}.pdf'), 'application/pdf', pdf)]
    if to_kind == 'travel':
        intro = L(lang, f'Please find attached the invoice and medical details for your insured {nm} ({idl}: {ids}), seen on {sd.isoformat()} for {svc[0]}.',
                  f'Veuillez trouver ci-joint la facture et les détails médicaux pour votre assuré(e) {nm} ({idl} : {ids}), vu(e) le {sd.isoformat()} pour {svc[0]}.')
    else:
        intro = L(lang, f'As requested, here is your detailed receipt for your visit of {sd.isoformat()}. We added your {idl} ({ids}) and the diagnosis so your insurer can reimburse you.',
                  f'Tel que demandé, voici votre reçu détaillé pour la visite du {sd.isoformat()}. Nous avons ajouté votre {idl} ({ids}) et le diagnostic pour le remboursement par votre caisse.')
    blocks = [greet(ctx, lang, to.full() if isinstance(to, Staff) else p.name(lang, 'title')), intro, thanks(ctx, lang), signature(ctx, bill, lang)]
    subj = rng.choice(L(lang, [f'Invoice {inv}', 'Receipt for your insurer', f'Non-resident claim - {p.surname}'],
                           [f'Facture {inv}', 'Reçu pour votre assureur', f'Dossier non résident - {p.surname}']))
    m = base_msg(ctx, lang, bill, [to], subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'non-resident patient ({origin}) invoice'
    return m


PATIENT_MSGS = [
    ('dent', 'fever and swelling after wisdom teeth removal', 'fièvre et enflure après extraction des dents de sagesse',
     "I had my wisdom teeth out on {d} with Dr {s}. Since yesterday my left cheek is really swollen and I have a fever of 38.6. I'm taking the amoxicillin and the ibuprofen like prescribed but it's getting worse. Is this normal? You can reach me at {ph}.",
     "J'ai eu mes dents de sagesse enlevées le {d} avec Dr {s}. Depuis hier ma joue gauche est très enflée et j'ai de la fièvre (38,6). Je prends l'amoxicilline et l'ibuprofène comme prescrit mais ça empire. Est-ce normal? Vous pouvez me joindre au {ph}."),
    ('oph', 'flashes and floaters after retinal surgery', 'éclairs et corps flottants après chirurgie de la rétine',
     "Hello, it's {n}. I had the retinal detachment surgery on {d} and I'm keeping my head down as told. Today I see new flashes and a curtain at the bottom of my vision in the operated eye. Should I come in? I'm still using the prednisolone and moxifloxacin drops. My cell is {ph}.",
     "Bonjour, c'est {n}. J'ai eu ma chirurgie pour le décollement de rétine le {d} et je garde la tête penchée comme demandé. Aujourd'hui je vois de nouveaux éclairs et un rideau dans le bas de ma vision de l'œil opéré. Dois-je venir? J'utilise toujours les gouttes de prednisolone et de moxifloxacine. Mon cell : {ph}."),
    ('derm', 'reaction to methotrexate', 'réaction au méthotrexate',
     "Hi, this is {n}. Since Dr {s} increased my methotrexate to 20 mg for my psoriasis I have mouth sores and I feel very tired. My last blood test showed my liver enzymes were high. Should I stop it? Please call me at {ph}.",
     "Bonjour, ici {n}. Depuis que Dr {s} a augmenté mon méthotrexate à 20 mg pour mon psoriasis, j'ai des ulcères dans la bouche et je suis très fatigué(e). Ma dernière prise de sang montrait des enzymes du foie élevées. Dois-je arrêter? Appelez-moi au {ph} svp."),
    ('ent', 'bleeding after tonsillectomy', 'saignement après amygdalectomie',
     "Hello, my name is {n}. I had my tonsillectomy on {d}. This morning I spat some bright red blood, it stopped after ice water. I take acetaminophen and the hydromorphone at night. Do I need to go to the ER? Phone: {ph}.",
     "Bonjour, je m'appelle {n}. J'ai eu mon amygdalectomie le {d}. Ce matin j'ai craché du sang rouge clair, ça a arrêté avec de l'eau glacée. Je prends de l'acétaminophène et l'hydromorphone le soir. Dois-je aller à l'urgence? Tél. : {ph}."),
]


def p_fwd_patient_msg(ctx, lang):
    rng = ctx.rng
    pm = rng.choice(PATIENT_MSGS)
    okey = pm[0]
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(18, 70))
    md = ctx.st(okey, 'md')
    sec = ctx.st(okey, 'sec')
    to = rng.choice([ctx.st(okey, 'nurse'), md])
    d = ctx.date()
    opd = d - dt.timedelta(days=rng.randint(3, 10))
    inbox = ('', f'info@{ORGS[okey]["domain"]}')
    nm = p.name(lang, rng.choice(['full', 'full', 'lower']))
    txt = (pm[3] if lang == 'en' else pm[4]).format(d=fmt_date(opd, lang), s=md.surname, n=nm, ph=p.cell)
    nam_p = nam_str(ctx, p) if p.nam and rng.random() < 0.35 else ''
    if nam_p:
        txt += L(lang, f' My health card is {nam_p}.', f' Mon numéro d\'assurance maladie : {nam_p}.')
    inner_blocks = [greet(ctx, lang), txt, L(lang, 'Thanks', 'Merci'), p.name(lang, 'full') if rng.random() < 0.6 else p.given]
    qd = ctx.stamp(d)
    inner = Msg(lang=lang, frm=addr(p), to=[inbox], cc=[], subject=pm[1] if lang == 'en' else pm[2], blocks=inner_blocks, atts=[],
                date=qd, org_key=okey)
    T = pick_transport(ctx, inner)
    inner_raw = build_eml(ctx, inner, T)
    mode = rng.choice(['attach', 'attach', 'inline'])
    top = rng.choice(L(lang, ['Message received on the general inbox this morning. Can you call the patient back? Thanks.',
                              'Received this from a patient - looks urgent, please advise.'],
                           ['Message reçu sur la boîte générale ce matin. Peux-tu rappeler le/la patient(e)? Merci.',
                            'Reçu d\'un(e) patient(e) - semble urgent, svp me dire quoi faire.']))
    blocks = [greet(ctx, lang, to.given if not to.doctor else to.ref(lang, 'short'), False), top, sec.given]
    atts = []
    if mode == 'attach':
        atts.append(Att(re.sub(r'[\\/:*?"<>|]+', '_', inner.subject) + '.eml', 'message/rfc822', inner_raw))
    else:
        blocks.append(('fwd', fwd_header(lang, inner.frm, inner.to, inner.subject, qd), inner_blocks))
    m = base_msg(ctx, lang, sec, [to], rng.choice(['TR: ', 'Fwd: ']) + inner.subject, blocks, okey, later(ctx, qd, 15, 240), atts)
    m.importance = rng.random() < 0.4
    m.types = {'patient_name', 'diagnosis', 'medication', 'patient_contact'}
    if 'enzymes' in pm[3]:
        m.types.add('lab_result')
    if nam_p:
        m.types.add('ramq_nam')
    m.evidence = [nm, p.cell] + ([nam_p] if nam_p else [])
    m.note = f'patient e-mail forwarded internally ({mode})'
    m.wrap = False
    return m


def p_reply_patient(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'derm', 'ent', 'dent'])
    p = ctx.pat_nam() if rng.random() < 0.5 else ctx.pat_new(age=(20, 85))
    staff = ctx.st(okey, rng.choice(['nurse', 'sec', 'md']))
    d = ctx.date()
    qd = ctx.stamp(d - dt.timedelta(days=rng.randint(0, 2)))
    nm = p.name(lang, 'full')
    t = {'patient_name', 'patient_contact', 'diagnosis'}
    if okey == 'oph':
        q = L(lang, 'Can I get a renewal of my latanoprost drops? My pharmacy says the prescription expired. I have only a few days left.',
              'Est-ce que je peux avoir un renouvellement de mes gouttes de latanoprost? Ma pharmacie dit que l\'ordonnance est expirée. Il me reste quelques jours.')
        a = L(lang, f'{staff.ref(lang, "short") if staff.doctor else "The doctor"} renewed your latanoprost 0.005% (1 drop at bedtime in both eyes) for 12 months; it was faxed to your pharmacy. Your last pressures were 17 and 18, so your glaucoma is well controlled. Next visit in 6 months with a visual field.',
              f'{staff.ref(lang, "short") if staff.doctor else "Le médecin"} a renouvelé votre latanoprost 0,005 % (1 goutte au coucher dans les deux yeux) pour 12 mois; l\'ordonnance a été télécopiée à votre pharmacie. Vos dernières pressions étaient de 17 et 18, votre glaucome est donc bien contrôlé. Prochaine visite dans 6 mois avec champ visuel.')
        t |= {'medication'}
    elif okey == 'derm':
        q = L(lang, 'Are the results of the biopsy from last week back? I am worried.', 'Est-ce que les résultats de la biopsie de la semaine passée sont arrivés? Je suis inquiet(ète).')
        a = L(lang, 'The biopsy of your back showed a superficial basal cell carcinoma. It is a slow-growing skin cancer that does not spread. We can treat it with imiquimod cream 5 times a week for 6 weeks; a prescription is ready at the front desk.',
              'La biopsie de votre dos a montré un carcinome basocellulaire superficiel. C\'est un cancer de la peau à croissance lente qui ne se propage pas. Nous pouvons le traiter avec la crème imiquimod 5 fois par semaine pendant 6 semaines; l\'ordonnance est prête à la réception.')
        t |= {'medication', 'lab_result'}
    elif okey == 'ent':
        q = L(lang, 'Did you receive my MRI result? I still have the ringing in my right ear.', 'Avez-vous reçu le résultat de mon IRM? J\'ai toujours le bourdonnement dans l\'oreille droite.')
        a = L(lang, 'Yes, the MRI shows a small 6 mm benign tumour on the hearing nerve on the right side (vestibular schwannoma). The doctor recommends another MRI in 6 months rather than surgery. We will discuss it at your appointment.',
              'Oui, l\'IRM montre une petite tumeur bénigne de 6 mm sur le nerf de l\'audition du côté droit (schwannome vestibulaire). Le médecin recommande une autre IRM dans 6 mois plutôt qu\'une chirurgie. Nous en discuterons à votre rendez-vous.')
        t |= {'lab_result'}
    else:
        q = L(lang, 'I take alendronate for my bones. Is it safe to have the implant surgery next month?', 'Je prends de l\'alendronate pour mes os. Est-ce sécuritaire d\'avoir la chirurgie d\'implant le mois prochain?')
        a = L(lang, 'Given that you have been on alendronate for more than 4 years, the surgeon would like to postpone the implant and discuss with your family doctor first, because of the risk of osteonecrosis of the jaw.',
              'Comme vous prenez de l\'alendronate depuis plus de 4 ans, le chirurgien préfère reporter l\'implant et en discuter d\'abord avec votre médecin de famille, en raison du risque d\'ostéonécrose de la mâchoire.')
        t |= {'medication'}
    nam_p = nam_str(ctx, p) if p.nam and rng.random() < 0.3 else ''
    qb = [greet(ctx, lang), q, (p.name(lang, 'full') if rng.random() < 0.5 else p.given) + (f'\n{nam_label(ctx, lang)}: {nam_p}' if nam_p else '')]
    if nam_p:
        t.add('ramq_nam')
    qs = rng.choice(L(lang, ['Question', 'my results', 'Prescription renewal', 'question about my file'],
                         ['Question', 'mes résultats', 'Renouvellement', 'question sur mon dossier']))
    blocks = [greet(ctx, lang, p.name(lang, 'title')), a,
              L(lang, 'Please do not hesitate to call us if you have questions.', 'N\'hésitez pas à nous appeler si vous avez des questions.'),
              thanks(ctx, lang), signature(ctx, staff, lang),
              thread_reply(ctx, lang, addr(p), [(org_name(staff.org, lang), staff.email)], qs, qd, qb)]
    m = base_msg(ctx, lang, staff, [p], 'RE: ' + qs, blocks, okey, later(ctx, qd, 60, 60 * 30))
    m.types = t
    m.evidence = [p.email]
    m.note = 'reply to patient question with results/medication (quoted)'
    m.wrap = False
    m.in_reply_to = f'<{rng.getrandbits(40):010x}@{p.email.split("@")[1]}>'
    return m


def p_ics_vcf(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'dent', 'derm'])
    p = ctx.pat_nam() if rng.random() < 0.6 else ctx.pat_new(age=(18, 88))
    sec = ctx.st(okey, rng.choice(['sec', 'nurse']))
    md = ctx.st(okey, 'md')
    d = ctx.date()
    appt = d + dt.timedelta(days=rng.randint(2, 30))
    proc = {'oph': ('Phaco + IOL OD', 'Phaco + LIO OD', 'cataract OD; on tamsulosin (floppy iris risk)', 'cataracte OD; sous tamsulosine (risque d\'iris flasque)'),
            'ent': ('FESS + polypectomy', 'FESS + polypectomie', 'CRSwNP; asthma, ASA-sensitive (Samter)', 'RSCAPN; asthme, intolérance à l\'AAS (Samter)'),
            'dent': ('Extraction 38/48 IV sedation', 'Extraction 38/48 sédation IV', 'on apixaban - hold 48 h; penicillin allergy', 'sous apixaban - cesser 48 h; allergie pénicilline'),
            'derm': ('Mohs - L nasal ala', 'Mohs - aile nasale G', 'recurrent BCC; on warfarin, INR 2.4', 'CBC récidivant; sous warfarine, RNI 2,4')}[okey]
    t = {'patient_name', 'diagnosis'} | ({'medication'} if okey != 'ent' else set())
    ev = []
    mode = rng.choice(['ics', 'ics', 'vcf'])
    atts = []
    if mode == 'ics':
        h = rng.choice([8, 9, 10, 13, 14])
        st = dt.datetime(appt.year, appt.month, appt.day, h, 0)
        who = p.name(lang, rng.choice(['caps', 'surfirst', 'roster2']))
        ev.append(who)
        desc = L(lang, f'{who}\n{proc[2]}', f'{who}\n{proc[3]}')
        if p.nam and rng.random() < 0.75:
            ns = nam_str(ctx, p)
            desc += f'\nNAM: {ns}'
            t.add('ramq_nam')
        else:
            desc += L(lang, f'\nChart: {p.mrn}', f'\nDossier : {p.mrn}')
            t.add('mrn')
        ics = make_ics(f'{rng.getrandbits(64):016x}@{ORGS[okey]["domain"]}', f'{proc[0] if lang == "en" else proc[1]} - {who}', desc, st,
                       st + dt.timedelta(minutes=rng.choice([45, 60, 90])), L(lang, 'OR 2', 'Salle 2'), (sec.full(), sec.email), [(md.full(), md.email)])
        atts.append(Att(rng.choice(['invite.ics', 'meeting.ics', 'rdv.ics']), 'text/calendar', ics))
        body = [L(lang, f'Booking for {fmt_date(appt, lang, "day")} - see invite.', f'Réservation pour {fmt_date(appt, lang, "day")} - voir invitation.')]
        to = [md]
        subj = L(lang, f'Invitation: {proc[0]} {appt.isoformat()}', f'Invitation : {proc[1]} {appt.isoformat()}')
    else:
        to = [ctx.ext('clsc', 'home-care nurse', 'infirmière SAD', sex='F')]
        note = L(lang, f'Post-op {proc[0]} on {appt.isoformat()}. {proc[2]}. Home visit day 1 for dressing and meds.',
                 f'Post-op {proc[1]} le {appt.isoformat()}. {proc[3]}. Visite à domicile J1 pour pansement et médication.')
        bd = p.dob if rng.random() < 0.5 else None
        if bd:
            t.add('date_of_birth')
        vc = make_vcard(p.given, p.surname, tel=p.phone, cell=p.cell, email_=p.email if rng.random() < 0.4 else None,
                        adr=(p.street, p.city, p.prov, p.postal, 'Canada'), note=note, bday=bd)
        atts.append(Att(f'{strip_accents(p.surname)}_{strip_accents(p.given)}.vcf', 'text/vcard', vc))
        t |= {'patient_contact'}
        ev.append(p.phone)
        body = [L(lang, 'Contact card attached for the home visit after surgery. Thanks for the follow-up.', 'Fiche contact ci-jointe pour la visite à domicile après la chirurgie. Merci du suivi.')]
        subj = L(lang, 'Home visit after surgery', 'Visite à domicile post-op')
    blocks = [greet(ctx, lang, to[0].given, False)] + body + [signature(ctx, sec, lang, 'min')]
    m = base_msg(ctx, lang, sec, to, subj, blocks, okey, d, atts)
    m.types, m.evidence = t, ev
    m.note = f'patient details inside {mode} attachment'
    return m


def p_docx_cert(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'dent', 'derm', 'hosp'])
    p = ctx.pat_nam() if rng.random() < 0.6 else ctx.pat_new(age=(18, 64))
    md = ctx.st(okey, 'md')
    sec = ctx.st(okey, 'sec') if okey != 'hosp' else ctx.st(okey, 'sec')
    d = ctx.date()
    start = d - dt.timedelta(days=rng.randint(0, 5))
    end = start + dt.timedelta(days=rng.choice([7, 10, 14, 21, 28]))
    why = {'oph': ('vitrectomy for retinal detachment with gas tamponade (face-down positioning)', 'vitrectomie pour décollement de rétine avec tamponnement gazeux (position tête penchée)'),
           'ent': ('tympanomastoidectomy for cholesteatoma', 'tympanomastoïdectomie pour cholestéatome'),
           'dent': ('ORIF of a mandibular fracture', 'ROFI d\'une fracture mandibulaire'),
           'derm': ('wide excision of a melanoma with skin graft', 'excision élargie d\'un mélanome avec greffe cutanée'),
           'hosp': ('bimaxillary orthognathic surgery', 'chirurgie orthognathique bimaxillaire')}[okey]
    ds = fmt_date(p.dob, lang, 'long')
    t = {'patient_name', 'date_of_birth', 'diagnosis', 'social_information'}
    emp = rng.choice(EMPLOYERS)
    paras = [L(lang, f'I certify that {p.name(lang, "title")}, born {ds}, is under my care following {why[0]} performed on {start.isoformat()}.',
               f'Je certifie que {p.name(lang, "title")}, {p.ne()} le {ds}, est sous mes soins suite à une {why[1]} effectuée le {start.isoformat()}.'),
             L(lang, f'{p.he(lang).capitalize()} is unable to work from {start.isoformat()} to {end.isoformat()} inclusively (employer: {emp}).',
               f'{p.he(lang).capitalize()} est dans l\'incapacité de travailler du {start.isoformat()} au {end.isoformat()} inclusivement (employeur : {emp}).')]
    if p.nam and rng.random() < 0.5:
        paras.insert(0, f'{nam_label(ctx, lang)}: {p.nam}')
        t.add('ramq_nam')
    to_patient = rng.random() < 0.5
    if not to_patient and rng.random() < 0.6:
        paras.insert(0, L(lang, 'SIN: ', 'NAS : ') + fmt_sin(gen_sin(rng), rng.choice(['space', 'dash', 'plain'])))
        t.add('ca_sin')
    paras += ['', md.ref(lang) + md.cred, f'{L(lang, "Licence", "Permis")} {rng.randint(1, 2)}-{rng.randint(80000, 99999)}', org_name(md.org, lang)]
    fn = rng.choice([f'Certificat_{strip_accents(p.surname)}_{strip_accents(p.given)}.docx', f'{L(lang, "Medical_note", "Billet_medical")}_{p.surname}.docx',
                     f'certificat {d.isoformat()}.docx'])
    doc = make_docx(L(lang, 'Medical certificate', 'Certificat médical'), paras, author=sec.full())
    to = p if to_patient else ctx.ext(rng.choice(['ins1', 'ins2']), 'disability claims', 'invalidité - réclamations')
    if isinstance(to, Patient):
        t.add('patient_contact')
        blocks = [greet(ctx, lang, p.name(lang, 'title')), L(lang, 'Here is the medical certificate you requested for your employer.', 'Voici le certificat médical demandé pour votre employeur.')]
    else:
        blocks = [greet(ctx, lang), L(lang, 'Please find attached the medical certificate for your disability file.', 'Veuillez trouver ci-joint le certificat médical pour votre dossier d\'invalidité.')]
    blocks += [thanks(ctx, lang), signature(ctx, sec, lang)]
    subj = rng.choice(L(lang, ['Medical certificate', 'Work leave note', f'Certificate - {p.surname}'], ['Certificat médical', 'Billet d\'arrêt de travail', f'Certificat - {p.surname}']))
    m = base_msg(ctx, lang, sec, [to], subj, blocks, okey, d,
                 [Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc)])
    m.types = t
    m.evidence = [p.name(lang, 'title')]
    m.note = 'medical certificate (DOCX) with work leave'
    return m


POS_BUILDERS = [p_ophtho_consult, p_ophtho_ivt_roster, p_ophtho_postop, p_ent_consult_pdf, p_ent_audiology, p_ent_booking,
                p_derm_path, p_derm_iso, p_derm_biologic, p_dental_postop, p_maxfac_saaq, p_maxfac_onj, p_ramq_rejects,
                p_insurer_reply, p_cnesst, p_lawyer_records, p_transport, p_social, p_ontario, p_international,
                p_fwd_patient_msg, p_reply_patient, p_ics_vcf, p_docx_cert]


# =============================================================== NEGATIVE builders
CLINIC_TYPES = {
    'oph': [('Glaucoma clinic', 'Clinique glaucome'), ('Retina - injections', 'Rétine - injections'), ('Cornea / dry eye', 'Cornée / œil sec'),
            ('Cataract pre-op', 'Préop cataracte'), ('Uveitis', 'Uvéite'), ('Paediatric / strabismus', 'Pédiatrie / strabisme')],
    'ent': [('Otology', 'Otologie'), ('Rhinology', 'Rhinologie'), ('Voice clinic', 'Clinique de la voix'), ('Head & neck', 'Tête et cou'),
            ('Paediatric ENT', 'ORL pédiatrique'), ('Vestibular', 'Vestibulaire')],
    'derm': [('Skin cancer clinic', 'Clinique cancer cutané'), ('Biologics', 'Biologiques'), ('Mohs surgery', 'Chirurgie de Mohs'),
             ('Acne / isotretinoin', 'Acné / isotrétinoïne'), ('Patch testing', 'Tests épicutanés'), ('Phototherapy', 'Photothérapie')],
    'dent': [('Third molars (sedation)', 'Dents de sagesse (sédation)'), ('Implants', 'Implants'), ('Orthognathic consults', 'Consult. orthognathiques'),
             ('Trauma follow-up', 'Suivi trauma'), ('TMJ clinic', 'Clinique ATM'), ('Pathology / biopsies', 'Pathologie / biopsies')],
}


def staff_sig_msg(ctx, lang, okey, role=None):
    return ctx.st(okey, role or ctx.rng.choice(['mgr', 'sec', 'mgr']))


def n_clinic_schedule(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    mgr = staff_sig_msg(ctx, lang, okey, 'mgr')
    d = ctx.date()
    monday = d + dt.timedelta(days=(7 - d.weekday()))
    mds = ctx.staff[okey]['md']
    others = [s for r in ctx.staff[okey] for s in ctx.staff[okey][r] if not s.doctor]
    hdr = L(lang, ['Day', 'AM', 'PM', 'Room', 'Support'], ['Jour', 'AM', 'PM', 'Salle', 'Soutien'])
    rows = []
    for i in range(5):
        day = monday + dt.timedelta(days=i)
        a, b = rng.sample(mds, 2)
        ca, cb = rng.choice(CLINIC_TYPES[okey]), rng.choice(CLINIC_TYPES[okey])
        rows.append([fmt_date(day, lang, 'day'), f'{a.ref(lang, "short")} - {ca[0] if lang == "en" else ca[1]}',
                     f'{b.ref(lang, "short")} - {cb[0] if lang == "en" else cb[1]}', f'{rng.randint(1, 8)}', rng.choice(others).given])
    mode = rng.choice(['inline', 'xlsx', 'inline', 'pdf'])
    blocks = [greet(ctx, lang), typo(rng, L(lang, f'Here is the clinic schedule for the week of {fmt_date(monday, lang)}.', f'Voici l\'horaire des cliniques pour la semaine du {fmt_date(monday, lang)}.'), 0.4)]
    atts = []
    if mode == 'inline':
        blocks.append(('table', hdr, rows))
    elif mode == 'xlsx':
        atts.append(Att(L(lang, f'Schedule_{monday.isoformat()}.xlsx', f'Horaire_{monday.isoformat()}.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([(L(lang, 'Week', 'Semaine'), hdr, rows)], author=mgr.full())))
    else:
        atts.append(Att(L(lang, f'Schedule_{monday.isoformat()}.pdf', f'Horaire_{monday.isoformat()}.pdf'), 'application/pdf',
                        make_pdf(L(lang, 'Clinic schedule', 'Horaire des cliniques'), [('table', hdr, rows)], compress=rng.random() < 0.5, author=mgr.full())))
    blocks += [rng.choice(L(lang, ['Note: the OCT in room 3 will be down Wednesday morning for maintenance.', 'Reminder: overbooked slots must be approved by the physician.', 'Friday PM clinic closes at 15:30.'],
                               ['Note : l\'OCT de la salle 3 sera hors service mercredi matin (entretien).', 'Rappel : les surréservations doivent être approuvées par le médecin.', 'La clinique de vendredi PM ferme à 15 h 30.'])),
               thanks(ctx, lang), signature(ctx, mgr, lang)]
    subj = L(lang, f'Clinic schedule - week of {monday.isoformat()}', f'Horaire cliniques - semaine du {monday.isoformat()}')
    m = base_msg(ctx, lang, mgr, [(org_name(mgr.org, lang) + L(lang, ' - all staff', ' - tout le personnel'), f'personnel@{mgr.org["domain"]}')], subj, blocks, okey, d, atts)
    m.note = f'weekly clinic schedule, staff only ({mode})'
    return m


def n_or_blocks(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'dent'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    procs = {'oph': [('phaco + IOL', 'phaco + LIO'), ('vitrectomy', 'vitrectomie'), ('trabeculectomy', 'trabéculectomie'), ('corneal transplant (DMEK)', 'greffe de cornée (DMEK)')],
             'ent': [('tonsillectomy', 'amygdalectomie'), ('FESS', 'FESS'), ('tympanoplasty', 'tympanoplastie'), ('thyroidectomy', 'thyroïdectomie')],
             'dent': [('third molars under GA', 'dents de sagesse sous AG'), ('orthognathic', 'orthognathique'), ('mandible ORIF', 'ROFI mandibule'), ('bone graft', 'greffe osseuse')]}[okey]
    rows = []
    tot = 0
    for md in ctx.staff[okey]['md']:
        pr = rng.choice(procs)
        n = rng.randint(3, 12)
        tot += n
        rows.append([md.ref(lang, 'short'), L(lang, f'OR {rng.randint(1, 6)}', f'Salle {rng.randint(1, 6)}'), fmt_date(d + dt.timedelta(days=rng.randint(3, 12)), lang, 'day'),
                     pr[0] if lang == 'en' else pr[1], str(n)])
    blocks = [greet(ctx, lang),
              L(lang, 'Below is the OR block allocation for next week. Please send your final case lists to the OR booking office by Thursday noon.',
                'Voici la répartition des blocs opératoires pour la semaine prochaine. Svp envoyer vos listes finales au bureau de réservation du bloc d\'ici jeudi midi.'),
              ('table', L(lang, ['Surgeon', 'Room', 'Day', 'Main procedure', '# cases'], ['Chirurgien(ne)', 'Salle', 'Jour', 'Intervention principale', 'Nb cas']), rows),
              L(lang, f'Total planned: {tot} cases. Last month we had 6 same-day cancellations (3 for fasting, 2 for anticoagulation not held, 1 no-show).',
                f'Total prévu : {tot} cas. Le mois dernier, 6 annulations le jour même (3 pour jeûne non respecté, 2 pour anticoagulant non cessé, 1 absence).'),
              thanks(ctx, lang), signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, ctx.staff[okey]['md'], L(lang, 'OR blocks next week', 'Blocs opératoires semaine prochaine'), blocks, okey, d)
    m.note = 'OR block allocation with aggregate counts'
    return m


def lot_code(rng, kind=None):
    kind = kind or rng.choice(['luhn9', 'luhn10', 'alpha', 'plain', 'nam_like'])
    if kind == 'luhn9':
        return luhn_serial(rng, 9)
    if kind == 'luhn10':
        return luhn_serial(rng, 10)
    if kind == 'alpha':
        return f'{rng.choice("ABCDEFGHKLMNPRSTW")}{rng.choice("ABCDEFGHKLMNPRSTW")}{digits(rng, 6)}'
    if kind == 'nam_like':
        return ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXZ') for _ in range(4)) + digits(rng, 8)
    return digits(rng, rng.choice([7, 8, 11]))


def n_supplier_iol(ctx, lang):
    rng = ctx.rng
    buyer = ctx.st('oph', rng.choice(['purch', 'mgr']))
    rep = ctx.ext('sup_oph', 'customer service', 'service à la clientèle')
    d = ctx.date()
    po = f'PO-{d.year}-{rng.randint(1000, 9999)}'
    acct = f'{digits(rng, 6)}'
    rows = []
    for _ in range(rng.randint(5, 9)):
        model = rng.choice(['AQ-260 monofocal', 'AQ-360T toric T3', 'AQ-EDOF 1P', 'AQ-3P sulcus', 'CTR 12 mm'])
        pw = f'+{rng.choice(range(160, 265, 5)) / 10:.1f} D' if 'CTR' not in model else '-'
        rows.append([model, pw, str(rng.randint(1, 6)), lot_code(rng, rng.choice(['alpha', 'luhn9', 'nam_like', 'plain']))])
    blocks = [greet(ctx, lang, rep.given),
              L(lang, f'Please process the following replenishment order on account {acct}, PO {po}. Consignment stock is low after the last two cataract days.',
                f'Svp traiter la commande de réapprovisionnement suivante au compte {acct}, BC {po}. Le stock en consignation est bas après les deux dernières journées de cataracte.'),
              ('table', L(lang, ['Model', 'Power', 'Qty', 'Lot to replace'], ['Modèle', 'Puissance', 'Qté', 'Lot à remplacer']), rows),
              L(lang, 'Delivery to the OR receiving dock, 3rd floor, before Friday please.', 'Livraison au quai de réception du bloc, 3e étage, avant vendredi svp.'),
              thanks(ctx, lang), signature(ctx, buyer, lang)]
    m = base_msg(ctx, lang, buyer, [rep], L(lang, f'Order {po} - IOL consignment', f'Commande {po} - lentilles en consignation'), blocks, 'oph', d)
    m.note = 'IOL supplier order with lot numbers'
    return m


def n_supplier_dental(ctx, lang):
    rng = ctx.rng
    buyer = ctx.st('dent', rng.choice(['purch', 'hyg', 'mgr']))
    rep = ctx.ext('sup_dent', 'sales representative', 'représentant(e)')
    d = ctx.date()
    items = L(lang, ['Lidocaine 2% epi 1:100,000 cartridges (box 50)', 'Articaine 4% epi 1:200,000 (box 50)', 'Chlorhexidine 0.12% rinse 473 mL',
                     'Vicryl Rapide 4-0 sutures (box 36)', 'Collagen membrane 25 x 30 mm', 'Implant 4.1 x 10 mm RC', 'Surgical bur #702 (pk 10)',
                     'Alvogyl 10 g', 'Gelfoam sponges'],
             ['Cartouches lidocaïne 2 % épi 1:100 000 (boîte 50)', 'Articaïne 4 % épi 1:200 000 (boîte 50)', 'Rince-bouche chlorhexidine 0,12 % 473 mL',
              'Sutures Vicryl Rapide 4-0 (boîte 36)', 'Membrane de collagène 25 x 30 mm', 'Implant 4,1 x 10 mm RC', 'Fraise chirurgicale no 702 (pqt 10)',
              'Alvogyl 10 g', 'Éponges Gelfoam'])
    rows = [[f'{rng.choice("DKM")}{digits(rng, 5)}', it, str(rng.randint(1, 12)), f'{rng.uniform(8, 420):.2f} $'] for it in rng.sample(items, rng.randint(4, 7))]
    po = f'{d:%y}{digits(rng, 5)}'
    blocks = [greet(ctx, lang, rep.given, False),
              L(lang, f'Order for this week, PO {po}:', f'Commande de la semaine, BC {po} :'),
              ('table', L(lang, ['Catalogue #', 'Item', 'Qty', 'Unit price'], ['No catalogue', 'Article', 'Qté', 'Prix unitaire']), rows),
              L(lang, 'The implant kit serial ' + lot_code(rng, 'luhn10') + ' needs to go back for service as well - please send a courier label.',
                'Le kit d\'implants no de série ' + lot_code(rng, 'luhn10') + ' doit aussi retourner en service - svp envoyer une étiquette de messagerie.'),
              thanks(ctx, lang), signature(ctx, buyer, lang)]
    m = base_msg(ctx, lang, buyer, [rep], L(lang, f'Order PO {po}', f'Commande BC {po}'), blocks, 'dent', d)
    m.note = 'dental supply order'
    return m


def n_invoice(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    acc = ctx.st(okey, 'mgr')
    supk = rng.choice(['sup_oph', 'sup_dent', 'sup_med', 'sup_audio'])
    sup = EXT[supk]
    d = ctx.date()
    inv = f'INV-{digits(rng, 7)}'
    bn = gen_bn(rng)
    qst = luhn_serial(rng, 10)
    lines = []
    tot = 0.0
    for _ in range(rng.randint(3, 6)):
        q = rng.randint(1, 20)
        up = round(rng.uniform(4, 650), 2)
        tot += q * up
        lines.append([f'{rng.choice("ABCXZ")}{digits(rng, 6)}', rng.choice(L(lang, ['Sterile drapes', 'Nitrile gloves M (box)', 'Speculum, disposable', 'Tongue depressors (500)', 'Biopsy punch 4 mm',
                                                                                     'Otoscope specula 4 mm', 'Autoclave pouches 3.5 x 9', 'Fluorescein strips'],
                                                                                    ['Champs stériles', 'Gants nitrile M (boîte)', 'Spéculum jetable', 'Abaisse-langues (500)', 'Poinçon à biopsie 4 mm',
                                                                                     'Spéculums otoscope 4 mm', 'Sachets autoclave 3,5 x 9', 'Bandelettes de fluorescéine'])),
                      str(q), f'{up:.2f}', f'{q * up:.2f}'])
    gst, qstv = tot * 0.05, tot * 0.09975
    pdf = make_pdf(f'{sup["fr"]} - {L(lang, "Invoice", "Facture")} {inv}',
                   [f'{L(lang, "Bill to", "Facturer à")}: {org_name(acc.org, lang)}, {acc.org["addr"]}', f'{L(lang, "Customer no.", "No client")}: {digits(rng, 6)}    {L(lang, "Date", "Date")}: {d.isoformat()}',
                    ('table', L(lang, ['Item', 'Description', 'Qty', 'Unit', 'Total'], ['Article', 'Description', 'Qté', 'Unité', 'Total']), lines),
                    f'{L(lang, "Subtotal", "Sous-total")}: {tot:.2f} $   TPS/GST ({bn} RT0001): {gst:.2f} $   TVQ/QST ({qst} TQ0001): {qstv:.2f} $',
                    f'Total: {tot + gst + qstv:.2f} $   {L(lang, "Terms: net 30", "Conditions : net 30 jours")}'],
                   compress=rng.random() < 0.5, author=sup['fr'])
    to = ctx.ext('billing', 'accounts payable', 'comptes fournisseurs') if rng.random() < 0.5 else ctx.st(okey, 'bill')
    blocks = [greet(ctx, lang, to.given),
              L(lang, f'Invoice {inv} from {sup["en"]} for approval and payment. Goods received complete on {d.isoformat()}, PO matched.',
                f'Facture {inv} de {sup["fr"]} pour approbation et paiement. Marchandise reçue au complet le {d.isoformat()}, BC concordant.'),
              thanks(ctx, lang), signature(ctx, acc, lang)]
    m = base_msg(ctx, lang, acc, [to], L(lang, f'Invoice {inv} to pay', f'Facture {inv} à payer'), blocks, okey, d,
                 [Att(f'{inv}.pdf', 'application/pdf', pdf)])
    m.note = 'supplier invoice with GST/QST numbers'
    return m


def n_billing_codes(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    bill = ctx.st(okey, 'bill')
    d = ctx.date()
    eff = dt.date(d.year, d.month, 1) + dt.timedelta(days=32)
    eff = eff.replace(day=1)
    rows = []
    for a in rng.sample(ACTS, 5):
        old = rng.uniform(25, 420)
        rows.append([a[0], a[1] if lang == 'fr' else a[2], money(old, lang), money(old * rng.uniform(0.92, 1.08), lang)])
    blocks = [greet(ctx, lang),
              L(lang, f'The RAMQ infolettre of {fmt_date(d, lang)} announces the following fee changes, effective {fmt_date(eff, lang)}:',
                f'L\'infolettre RAMQ du {fmt_date(d, lang)} annonce les modifications tarifaires suivantes, en vigueur le {fmt_date(eff, lang)} :'),
              ('table', L(lang, ['Code', 'Description', 'Old fee', 'New fee'], ['Code', 'Description', 'Ancien tarif', 'Nouveau tarif']), rows),
              ('list', L(lang, ['Bilateral intravitreal injection on the same day: bill 2 x 08245 with context element "bilateral".',
                                'A diagnosis code (ICD-9) is now mandatory for 00157; e.g. 173.31 for BCC of the face, 216.5 for nevus of the trunk.',
                                'Claims older than 90 days will be refused (message 118).'],
                         ['Injection intravitréenne bilatérale le même jour : facturer 2 x 08245 avec l\'élément de contexte « bilatéral ».',
                          'Le code de diagnostic (CIM-9) devient obligatoire pour le 00157; p. ex. 173.31 pour un CBC du visage, 216.5 pour un nævus du tronc.',
                          'Les demandes de plus de 90 jours seront refusées (message 118).'])),
              L(lang, 'Please update your templates in the billing software. No action needed for claims already submitted.',
                'Merci de mettre à jour vos gabarits dans le logiciel de facturation. Aucune action requise pour les demandes déjà transmises.'),
              thanks(ctx, lang), signature(ctx, bill, lang)]
    m = base_msg(ctx, lang, bill, ctx.staff[okey]['md'] + [ctx.st(okey, 'sec')], L(lang, f'RAMQ fee changes effective {eff.isoformat()}', f'Changements tarifaires RAMQ au {eff.isoformat()}'), blocks, okey, d)
    m.note = 'RAMQ billing code update without patients'
    return m


def n_billing_stats(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    bill = ctx.st(okey, 'bill')
    d = ctx.date()
    hdr = L(lang, ['Physician', 'Claims', 'Paid', 'Rejected', 'Reject %', 'Amount paid'], ['Médecin', 'Demandes', 'Payées', 'Refusées', '% refus', 'Montant payé'])
    rows = []
    for md in ctx.staff[okey]['md']:
        n = rng.randint(300, 1400)
        r = rng.randint(5, 60)
        rows.append([md.ref(lang, 'short'), str(n), str(n - r), str(r), f'{100 * r / n:.1f}', f'{rng.uniform(40000, 160000):,.2f} $'.replace(',', ' ')])
    top = [[c, t_fr if lang == 'fr' else t_en, str(rng.randint(2, 30))] for c, t_fr, t_en in rng.sample(REJECT, 3)]
    mode = rng.choice(['inline', 'csv'])
    blocks = [greet(ctx, lang), L(lang, f'Billing summary for {MONTHS_EN[d.month - 1]} {d.year}:', f'Sommaire de facturation pour {MONTHS_FR[d.month - 1]} {d.year} :')]
    atts = []
    if mode == 'inline':
        blocks.append(('table', hdr, rows))
    else:
        atts.append(Att(f'sommaire_{d:%Y%m}.csv', 'text/csv', make_csv(hdr, rows, ';'), charset='windows-1252'))
    blocks += [L(lang, 'Top rejection reasons:', 'Principaux motifs de refus :'), ('table', ['Msg', 'Description', 'N'], top),
               L(lang, 'Overall rejection rate is down from last month.', 'Le taux de refus global est en baisse par rapport au mois dernier.'), thanks(ctx, lang), signature(ctx, bill, lang)]
    m = base_msg(ctx, lang, bill, ctx.staff[okey]['md'], L(lang, f'Billing summary {d:%Y-%m}', f'Sommaire facturation {d:%Y-%m}'), blocks, okey, d, atts)
    m.note = f'aggregate billing statistics ({mode})'
    return m


def n_insurer_procedure(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'derm', 'dent', 'ent'])
    bill = ctx.st(okey, rng.choice(['bill', 'mgr']))
    insk = rng.choice(['ins1', 'ins2', 'ins3'])
    ins = EXT[insk]
    d = ctx.date()
    blocks = [greet(ctx, lang),
              L(lang, f'{ins["en"]} has changed its process for predetermination requests (blepharoplasty, Mohs, orthognathic surgery, hearing aids). Starting {fmt_date(d + dt.timedelta(days=30), lang)}, requests must be sent through their provider portal.',
                f'{ins["fr"]} modifie son processus pour les demandes de prédétermination (blépharoplastie, Mohs, chirurgie orthognathique, prothèses auditives). À partir du {fmt_date(d + dt.timedelta(days=30), lang)}, les demandes doivent passer par leur portail fournisseur.'),
              L(lang, 'Required fields:', 'Champs obligatoires :'),
              ('list', L(lang, ['Member name and date of birth', 'Certificate and group numbers', 'Diagnosis (ICD-10 preferred)', 'Procedure code and estimated fee',
                                'Supporting documents (visual fields, photos, audiogram)'],
                         ['Nom et date de naissance de l\'adhérent', 'Numéros de certificat et de groupe', 'Diagnostic (CIM-10 de préférence)', 'Code d\'acte et honoraires estimés',
                          'Pièces justificatives (champs visuels, photos, audiogramme)'])),
              L(lang, 'Provider number for the clinic: ' + f'PRV-{digits(rng, 7)}. Portal support: {ins["tel"]}.', 'Numéro de fournisseur de la clinique : ' + f'PRV-{digits(rng, 7)}. Soutien du portail : {ins["tel"]}.'),
              thanks(ctx, lang), signature(ctx, bill, lang)]
    m = base_msg(ctx, lang, bill, [ctx.st(okey, 'sec'), ctx.st(okey, 'bill')], L(lang, f'{ins["en"]} - new predetermination process', f'{ins["fr"]} - nouveau processus de prédétermination'),
                 blocks, okey, d)
    m.note = 'insurer process change, field names only'
    return m


def blank_form_pdf(ctx, lang, kind):
    rng = ctx.rng
    if kind == 'cnesst':
        title = L(lang, 'Medical report - work injury (form template)', 'Rapport médical - lésion professionnelle (gabarit)')
        fields = L(lang, ['Worker name: ______________________', 'SIN: ___ ___ ___', 'Date of birth: ____/____/____', 'Employer: ______________________',
                          'Date of event: ____/____/____', 'Diagnosis: _____________________________', 'Restrictions: __________________________',
                          'Physician signature: ________________  Licence no.: __________'],
                   ['Nom du travailleur : ______________________', 'NAS : ___ ___ ___', 'Date de naissance : ____/____/____', 'Employeur : ______________________',
                    'Date de l\'événement : ____/____/____', 'Diagnostic : _____________________________', 'Limitations : __________________________',
                    'Signature du médecin : ________________  No de permis : __________'])
    elif kind == 'saaq':
        title = L(lang, 'SAAQ medical report - blank', 'Rapport médical SAAQ - vierge')
        fields = L(lang, ['Claim no.: ____________', 'Name: ______________________', 'Date of accident: ____/____/____', 'Injuries: ______________________',
                          'Work capacity: [ ] yes [ ] no', 'Signature: ______________'],
                   ['No de dossier : ____________', 'Nom : ______________________', 'Date de l\'accident : ____/____/____', 'Blessures : ______________________',
                    'Capacité de travail : [ ] oui [ ] non', 'Signature : ______________'])
    elif kind == 'consent_ivt':
        title = L(lang, 'Consent - intravitreal injection', 'Consentement - injection intravitréenne')
        fields = L(lang, ['Patient name: ______________________   RAMQ: ____ ____ ____', 'Eye: [ ] right [ ] left',
                          'Risks explained: infection (endophthalmitis, about 1 in 2,000), retinal detachment, raised eye pressure, bleeding.',
                          'Patient signature: ______________  Date: __________', 'Physician: ______________'],
                   ['Nom du patient : ______________________   NAM : ____ ____ ____', 'Œil : [ ] droit [ ] gauche',
                    'Risques expliqués : infection (endophtalmie, environ 1 sur 2 000), décollement de rétine, hausse de pression, saignement.',
                    'Signature du patient : ______________  Date : __________', 'Médecin : ______________'])
    elif kind == 'consent_sed':
        title = L(lang, 'Consent - IV sedation for oral surgery', 'Consentement - sédation IV en chirurgie buccale')
        fields = L(lang, ['Name: ______________________  Date of birth: __________', 'Medications / allergies: _____________________________',
                          'I understand I must not drive for 24 hours and must be accompanied by an adult.', 'Signature: ______________  Witness: ______________'],
                   ['Nom : ______________________  Date de naissance : __________', 'Médicaments / allergies : _____________________________',
                    'Je comprends que je ne dois pas conduire pendant 24 heures et que je dois être accompagné(e) d\'un adulte.', 'Signature : ______________  Témoin : ______________'])
    else:
        title = L(lang, 'Authorization to release health information', 'Autorisation de communication de renseignements de santé')
        fields = L(lang, ['I, ______________________ (name), born ____/____/____, authorize', '______________________ to release to ______________________',
                          'the following information: [ ] complete record [ ] consultation notes [ ] imaging [ ] other: ________',
                          'Period covered: from __________ to __________', 'Signature: ______________  Date: __________'],
                   ['Je, soussigné(e) ______________________ (nom), né(e) le ____/____/____, autorise', '______________________ à communiquer à ______________________',
                    'les renseignements suivants : [ ] dossier complet [ ] notes de consultation [ ] imagerie [ ] autre : ________',
                    'Période visée : du __________ au __________', 'Signature : ______________  Date : __________'])
    return title, fields


def n_saaq_cnesst_admin(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    sender = ctx.st(okey, rng.choice(['records', 'mgr', 'bill']))
    kind = rng.choice(['cnesst', 'saaq'])
    d = ctx.date()
    title, fields = blank_form_pdf(ctx, lang, kind)
    pdf = make_pdf(title, fields, compress=rng.random() < 0.5, author='Gabarit')
    if kind == 'cnesst':
        txt = L(lang, 'CNESST has published a new version of the medical report form. Please stop using the old template as of next Monday. Reports must be sent within 6 days of the visit; the fee code for a follow-up report remains the same.',
                'La CNESST a publié une nouvelle version du formulaire de rapport médical. Svp cesser d\'utiliser l\'ancien gabarit dès lundi prochain. Les rapports doivent être transmis dans les 6 jours suivant la visite; le code de facturation du rapport de suivi demeure le même.')
    else:
        txt = L(lang, 'Reminder on SAAQ requests: the SAAQ pays for medical reports it requests directly; never invoice the injured person. The blank report template is attached for the secretaries.',
                'Rappel concernant les demandes SAAQ : la SAAQ paie les rapports médicaux qu\'elle demande directement; ne jamais facturer la personne accidentée. Le gabarit vierge du rapport est joint pour les secrétaires.')
    blocks = [greet(ctx, lang), txt, thanks(ctx, lang), signature(ctx, sender, lang)]
    fn = {'cnesst': L(lang, 'CNESST_medical_report_template.pdf', 'Gabarit_rapport_medical_CNESST.pdf'), 'saaq': L(lang, 'SAAQ_report_blank.pdf', 'Rapport_SAAQ_vierge.pdf')}[kind]
    m = base_msg(ctx, lang, sender, [(org_name(sender.org, lang), f'secretariat@{sender.org["domain"]}')],
                 L(lang, f'{kind.upper()} - new form / reminder', f'{kind.upper()} - nouveau formulaire / rappel'), blocks, okey, d,
                 [Att(fn, 'application/pdf', pdf)])
    m.note = f'{kind} administrative notice with blank form'
    return m


def n_lawyer_policy(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    rec = ctx.st(okey, 'records')
    lk = rng.choice(['law1', 'law2', 'law3'])
    para = ctx.ext(lk, 'legal assistant', 'adjointe juridique', sex='F')
    d = ctx.date()
    qd = ctx.stamp(d - dt.timedelta(days=rng.randint(1, 5)))
    q = [greet(ctx, lang),
         L(lang, 'Our firm regularly represents accident victims treated at your clinic. Could you tell us your current fees for copies of records, the usual turnaround time and whether you accept electronic authorizations?',
           'Notre cabinet représente régulièrement des victimes d\'accidents traitées à votre clinique. Pourriez-vous nous indiquer vos frais actuels pour la copie de dossiers, le délai habituel et si vous acceptez les autorisations électroniques?'),
         thanks(ctx, lang), f'{para.full()}\n{org_name(para.org, lang)}']
    a = [greet(ctx, lang, para.given),
         L(lang, 'Here is our policy for third-party requests:', 'Voici notre politique pour les demandes de tiers :'),
         ('list', L(lang, ['Written authorization signed by the patient, dated less than 6 months ago (electronic signature accepted via our portal)',
                           'Turnaround: within 20 days of receipt of a complete request', 'Fees: $15 flat fee plus $0.40 per page; imaging on USB $25',
                           'Records are sent by secure link only, never by regular e-mail'],
                    ['Autorisation écrite signée par le patient, datée de moins de 6 mois (signature électronique acceptée via notre portail)',
                     'Délai : dans les 20 jours suivant la réception d\'une demande complète', 'Frais : 15 $ fixes plus 0,40 $ la page; imagerie sur clé USB 25 $',
                     'Les dossiers sont transmis par lien sécurisé seulement, jamais par courriel ordinaire'])),
         L(lang, 'A blank authorization form is attached.', 'Un formulaire d\'autorisation vierge est joint.'),
         thanks(ctx, lang), signature(ctx, rec, lang)]
    title, fields = blank_form_pdf(ctx, lang, 'release')
    qs = L(lang, 'Fees for copies of medical records', 'Frais de reproduction de dossiers médicaux')
    blocks = a + [thread_reply(ctx, lang, addr(para), [addr(rec)], qs, qd, q)]
    m = base_msg(ctx, lang, rec, [para], 'RE: ' + qs, blocks, okey, later(ctx, qd, 60, 60 * 48),
                 [Att(L(lang, 'Authorization_form_blank.pdf', 'Formulaire_autorisation_vierge.pdf'), 'application/pdf', make_pdf(title, fields, compress=True, author='Archives'))])
    m.note = 'records access policy reply to law firm, no patient'
    m.wrap = False
    return m


SUBSPEC = {
    'oph': [('medical retina: AMD, diabetic retinopathy, vein occlusions', 'rétine médicale : DMLA, rétinopathie diabétique, occlusions veineuses'),
            ('glaucoma and complex cataract', 'glaucome et cataracte complexe'), ('uveitis and ocular inflammation', 'uvéite et inflammation oculaire'),
            ('cornea, keratoconus and cross-linking', 'cornée, kératocône et réticulation')],
    'ent': [('otology and cochlear implants', 'otologie et implants cochléaires'), ('rhinology and skull base', 'rhinologie et base du crâne'),
            ('laryngology and voice disorders', 'laryngologie et troubles de la voix'), ('thyroid and parathyroid surgery', 'chirurgie thyroïdienne et parathyroïdienne')],
    'derm': [('skin cancer and Mohs surgery', 'cancers cutanés et chirurgie de Mohs'), ('psoriasis and biologic therapies', 'psoriasis et thérapies biologiques'),
             ('hidradenitis suppurativa', 'hidradénite suppurée'), ('paediatric eczema and birthmarks', 'eczéma pédiatrique et taches de naissance')],
    'dent': [('orthognathic and TMJ surgery', 'chirurgie orthognathique et de l\'ATM'), ('facial trauma', 'traumatologie faciale'),
             ('implants and bone grafting', 'implants et greffes osseuses'), ('oral pathology and osteonecrosis of the jaw', 'pathologie buccale et ostéonécrose des maxillaires')],
}


def n_staff_announce(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    sex = rng.choice('FM')
    g = rng.choice(STAFF_GIVEN_F if sex == 'F' else STAFF_GIVEN_M)
    s = rng.choice(['Lafrance', 'Drouin', 'Cormier', 'Hébert', 'Gill', 'Wong', 'Sauvé', 'Rivard', 'Boudreau', 'Ahmed'])
    t = L(lang, 'Dr.', 'Dr' if sex == 'M' else 'Dre')
    sub = rng.choice(SUBSPEC[okey])
    kind = rng.choice(['md', 'md', 'retire', 'staff'])
    if kind == 'md':
        body = [L(lang, f'We are pleased to welcome {t} {g} {s} to the team as of {fmt_date(d + dt.timedelta(days=21), lang)}. {t} {s} completed a fellowship in {sub[0]} and will see referrals for these conditions.',
                  f'Nous sommes heureux d\'accueillir {t} {g} {s} dans l\'équipe à compter du {fmt_date(d + dt.timedelta(days=21), lang)}. {t} {s} a complété un fellowship en {sub[1]} et recevra les références pour ces conditions.'),
                L(lang, f'Clinic days: Tuesday and Thursday. Please update the referral templates and the phone menu.', 'Jours de clinique : mardi et jeudi. Svp mettre à jour les gabarits de référence et le menu téléphonique.')]
        subj = L(lang, f'Welcome {t} {s}', f'Bienvenue {t} {s}')
    elif kind == 'retire':
        md = rng.choice(ctx.staff[okey]['md'])
        body = [L(lang, f'After 27 years, {md.ref(lang)} will retire at the end of {MONTHS_EN[(d.month + 1) % 12]}. {md.ref(lang, "short")}\'s patients followed for {sub[0]} will be transferred to colleagues; letters will be mailed by the clinic.',
                  f'Après 27 ans, {md.ref(lang)} prendra sa retraite à la fin de {MONTHS_FR[(d.month + 1) % 12]}. Les patients suivis par {md.ref(lang, "short")} pour {sub[1]} seront transférés aux collègues; des lettres seront postées par la clinique.'),
                L(lang, 'A small party will be held on Friday at 4 pm in the staff room. Contributions for the gift: see Annie at the front desk.',
                  'Un 5 à 7 aura lieu vendredi à 16 h dans la salle du personnel. Contributions pour le cadeau : voir Annie à l\'accueil.')]
        subj = L(lang, 'Retirement announcement', 'Annonce de départ à la retraite')
    else:
        body = [L(lang, f'Please welcome {g} {s}, our new {rng.choice(["medical secretary", "dental assistant", "ophthalmic technician", "audiology assistant"])}, who starts Monday. {g} comes from the CIUSSS and knows our scheduling software well.',
                  f'Svp souhaitez la bienvenue à {g} {s}, {rng.choice(["notre nouvelle secrétaire médicale", "notre nouvelle assistante dentaire", "notre nouveau technicien en ophtalmologie", "notre nouvelle assistante en audiologie"])}, qui commence lundi. {g} arrive du CIUSSS et connaît bien notre logiciel de rendez-vous.'),
                L(lang, f'Extension: {rng.randint(200, 260)}. Badge and computer access were requested from IT (ticket INC{digits(rng, 7)}).',
                  f'Poste : {rng.randint(200, 260)}. Le badge et les accès informatiques ont été demandés aux TI (billet INC{digits(rng, 7)}).')]
        subj = L(lang, 'New team member', 'Nouvelle personne dans l\'équipe')
    blocks = [greet(ctx, lang)] + body + [signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, [(L(lang, 'All staff', 'Tout le personnel'), f'personnel@{mgr.org["domain"]}')], subj, blocks, okey, d)
    m.note = f'staff announcement ({kind})'
    return m


def n_staff_leave(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    people = [s for r in ctx.staff[okey] for s in ctx.staff[okey][r] if s is not mgr]
    rows = []
    for s in rng.sample(people, min(len(people), rng.randint(4, 7))):
        a = d + dt.timedelta(days=rng.randint(10, 90))
        rows.append([s.ref(lang, 'short') if s.doctor else s.full(), s.role(lang), a.isoformat(), (a + dt.timedelta(days=rng.choice([4, 7, 11, 14]))).isoformat(),
                     rng.choice(people).given if not s.doctor else rng.choice(ctx.staff[okey]['md']).ref(lang, 'short')])
    blocks = [greet(ctx, lang),
              L(lang, 'Summer vacation calendar (approved requests). Coverage is indicated for each absence; please check before booking patients.',
                'Calendrier des vacances estivales (demandes approuvées). Le remplacement est indiqué pour chaque absence; svp vérifier avant de réserver des patients.'),
              ('table', L(lang, ['Name', 'Role', 'From', 'To', 'Coverage'], ['Nom', 'Fonction', 'Du', 'Au', 'Remplacement']), rows),
              L(lang, f'Also, {rng.choice(people).given} will be on maternity leave from {fmt_date(d + dt.timedelta(days=60), lang)} - congratulations!',
                f'Aussi, {rng.choice(people).given} sera en congé de maternité à partir du {fmt_date(d + dt.timedelta(days=60), lang)} - félicitations!') if rng.random() < 0.5 else '',
              signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, [(L(lang, 'Team', 'Équipe'), f'equipe@{mgr.org["domain"]}')], L(lang, 'Vacation calendar', 'Calendrier des vacances'), blocks, okey, d)
    m.note = 'staff leave calendar'
    return m


def n_occ_health(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    kind = rng.choice(['fit', 'flu', 'emp'])
    if kind == 'fit':
        people = [s for r in ctx.staff[okey] for s in ctx.staff[okey][r]]
        rows = [[s.full(), s.role(lang), f'{fmt_time(rng.choice([8, 9, 10, 13, 14]), rng.choice([0, 20, 40]), lang)}'] for s in rng.sample(people, 5)]
        blocks = [greet(ctx, lang), L(lang, f'N95 fit-testing will take place on {fmt_date(d + dt.timedelta(days=7), lang)} in the meeting room. Employees due this year:',
                                      f'Les tests d\'ajustement N95 auront lieu le {fmt_date(d + dt.timedelta(days=7), lang)} dans la salle de réunion. Employés dus cette année :'),
                  ('table', L(lang, ['Employee', 'Role', 'Time'], ['Employé(e)', 'Fonction', 'Heure']), rows),
                  L(lang, 'No eating or drinking (except water) 30 minutes before the test. Bearded colleagues, please shave.', 'Ne pas manger ni boire (sauf de l\'eau) 30 minutes avant le test. Les collègues barbus doivent se raser.')]
        subj = L(lang, 'N95 fit testing', 'Tests d\'ajustement N95')
        to = [(L(lang, 'All staff', 'Tout le personnel'), f'personnel@{mgr.org["domain"]}')]
    elif kind == 'flu':
        blocks = [greet(ctx, lang), L(lang, 'The employee flu and COVID vaccination clinic will be held Tuesday and Wednesday from 11:30 to 13:30. Bring your employee number. Last year 71% of staff were vaccinated - let\'s beat that!',
                                      'La clinique de vaccination antigrippale et COVID pour les employés aura lieu mardi et mercredi de 11 h 30 à 13 h 30. Apportez votre numéro d\'employé. L\'an dernier, 71 % du personnel était vacciné - faisons mieux!')]
        subj = L(lang, 'Staff vaccination clinic', 'Clinique de vaccination du personnel')
        to = [(L(lang, 'All staff', 'Tout le personnel'), f'personnel@{mgr.org["domain"]}')]
    else:
        emp = rng.choice([s for r in ctx.staff[okey] for s in ctx.staff[okey][r] if s is not mgr])
        blocks = [greet(ctx, lang, emp.given, False),
                  L(lang, f'Your fit-test result: PASS with the 3M 1870+ (size M). Your employee file was updated (employee #{digits(rng, 6)}). As discussed, your return-to-work after the wrist sprain is approved with light duties for 2 weeks.',
                    f'Ton résultat de test d\'ajustement : RÉUSSI avec le 3M 1870+ (taille M). Ton dossier d\'employé a été mis à jour (no d\'employé {digits(rng, 6)}). Tel que discuté, ton retour au travail après l\'entorse au poignet est approuvé avec travaux légers pendant 2 semaines.')]
        subj = L(lang, 'Fit test and return to work', 'Test d\'ajustement et retour au travail')
        to = [emp]
    blocks += [signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, to, subj, blocks, okey, d)
    m.note = f'employee occupational health / HR ({kind})'
    return m


LEAFLETS = {
    'cataract': (L('en', 'After your cataract surgery', ''), 'Après votre chirurgie de la cataracte',
                 ['Use the drops as prescribed: prednisolone acetate 1% four times a day and moxifloxacin 0.5% four times a day for one week, then prednisolone only, tapering over 3 weeks.',
                  'Wear the eye shield at night for one week. Do not rub your eye.', 'Avoid swimming and heavy lifting for 2 weeks.',
                  'Call us or go to the emergency room if you have increasing pain, decreasing vision or a lot of redness.'],
                 ['Utilisez les gouttes tel que prescrit : prednisolone acétate 1 % quatre fois par jour et moxifloxacine 0,5 % quatre fois par jour pendant une semaine, puis prednisolone seulement en diminuant sur 3 semaines.',
                  'Portez la coquille la nuit pendant une semaine. Ne frottez pas votre œil.', 'Évitez la baignade et les efforts pendant 2 semaines.',
                  'Appelez-nous ou allez à l\'urgence en cas de douleur croissante, de baisse de vision ou de rougeur importante.']),
    'extraction': ('Care after tooth extraction', 'Soins après une extraction dentaire',
                   ['Bite on the gauze for 30 to 45 minutes. Some bleeding is normal for 24 hours.', 'Apply ice 20 minutes on, 20 minutes off for the first day.',
                    'Take ibuprofen 400-600 mg every 6 hours with food, and acetaminophen if needed. Take all of your antibiotic if one was prescribed.',
                    'Do not smoke or use a straw for 72 hours (risk of dry socket).', 'Start salt-water rinses the day after surgery.'],
                   ['Mordez sur la compresse 30 à 45 minutes. Un léger saignement est normal pendant 24 heures.', 'Appliquez de la glace 20 minutes sur 20 minutes hors la première journée.',
                    'Prenez de l\'ibuprofène 400-600 mg aux 6 heures en mangeant, et de l\'acétaminophène au besoin. Prenez tout l\'antibiotique s\'il a été prescrit.',
                    'Ne fumez pas et n\'utilisez pas de paille pendant 72 heures (risque d\'alvéolite).', 'Commencez les rinçages à l\'eau salée le lendemain.']),
    'skin': ('Checking your skin for skin cancer', 'Examiner sa peau pour dépister le cancer',
             ['Use the ABCDE rule: Asymmetry, Border, Colour, Diameter over 6 mm, Evolution.', 'Basal cell carcinoma often looks like a pearly bump that bleeds easily.',
              'Use a broad-spectrum SPF 30+ sunscreen and reapply every 2 hours outdoors.', 'Book an appointment if a spot changes or does not heal in 4 weeks.'],
             ['Utilisez la règle ABCDE : Asymétrie, Bordure, Couleur, Diamètre de plus de 6 mm, Évolution.', 'Le carcinome basocellulaire ressemble souvent à une bosse perlée qui saigne facilement.',
              'Utilisez un écran solaire à large spectre FPS 30+ et réappliquez aux 2 heures à l\'extérieur.', 'Prenez rendez-vous si une tache change ou ne guérit pas en 4 semaines.']),
    'rinse': ('Saline nasal irrigation', 'Irrigation nasale saline',
              ['Use distilled or boiled water cooled to lukewarm.', 'Mix one sachet per 240 mL. Lean over the sink and rinse each nostril.',
               'If your doctor prescribed budesonide, add one 0.5 mg respule to the bottle once a day.', 'Clean the bottle after each use and replace it every 3 months.'],
              ['Utilisez de l\'eau distillée ou bouillie refroidie à tiède.', 'Mélangez un sachet par 240 mL. Penchez-vous au-dessus de l\'évier et rincez chaque narine.',
               'Si votre médecin a prescrit du budésonide, ajoutez une respule de 0,5 mg à la bouteille une fois par jour.', 'Nettoyez la bouteille après chaque usage et remplacez-la aux 3 mois.']),
    'iso': ('Isotretinoin: what you need to know', 'Isotrétinoïne : ce qu\'il faut savoir',
            ['Isotretinoin can cause severe birth defects. Two reliable methods of contraception are required one month before, during and one month after treatment.',
             'A pregnancy test is done every month before the prescription is renewed.', 'Blood tests (liver enzymes, triglycerides) are done before and during treatment.',
             'Dry lips and skin are common; use a lip balm and moisturizer. Do not donate blood.'],
            ['L\'isotrétinoïne peut causer de graves malformations. Deux méthodes de contraception fiables sont requises un mois avant, pendant et un mois après le traitement.',
             'Un test de grossesse est fait chaque mois avant le renouvellement.', 'Des prises de sang (enzymes du foie, triglycérides) sont faites avant et pendant le traitement.',
             'La sécheresse des lèvres et de la peau est fréquente; utilisez un baume et une crème hydratante. Ne donnez pas de sang.']),
}
LEAF_ORG = {'cataract': 'oph', 'extraction': 'dent', 'skin': 'derm', 'rinse': 'ent', 'iso': 'derm'}


def n_leaflet(ctx, lang):
    rng = ctx.rng
    key = rng.choice(list(LEAFLETS))
    lf = LEAFLETS[key]
    okey = LEAF_ORG[key]
    title = lf[0] if lang == 'en' else lf[1]
    title = title or 'After your cataract surgery'
    items = lf[2] if lang == 'en' else lf[3]
    sender = ctx.st(okey, rng.choice(['nurse', 'mgr']))
    d = ctx.date()
    org = sender.org
    doc_blocks = [L(lang, 'Name: ______________________   Date of surgery: __________', 'Nom : ______________________   Date de l\'intervention : __________')] + \
        items + [L(lang, f'Questions? Call {org_name(org, lang)} at {org["tel"]} (Monday-Friday, 8:00-16:00).', f'Des questions? Appelez {org_name(org, lang)} au {org["tel"]} (lundi au vendredi, 8 h à 16 h).')]
    mode = rng.choice(['pdf', 'docx', 'inline'])
    atts = []
    blocks = [greet(ctx, lang)]
    if mode == 'inline':
        blocks += [L(lang, 'Final text for the leaflet below, for the print shop:', 'Texte final du dépliant ci-dessous, pour l\'imprimeur :'), ('h', title), ('list', items), doc_blocks[-1]]
    else:
        blocks.append(L(lang, f'Attached is the revised version of the patient leaflet "{title}" approved by the medical committee. Please print 500 copies.',
                        f'Ci-joint la version révisée du dépliant patient « {title} » approuvée par le comité médical. Svp en imprimer 500 exemplaires.'))
        fn = slug(title)[:30] + ('.pdf' if mode == 'pdf' else '.docx')
        if mode == 'pdf':
            atts.append(Att(fn, 'application/pdf', make_pdf(title, doc_blocks, compress=rng.random() < 0.5, author=org_name(org, lang))))
        else:
            atts.append(Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, doc_blocks, author=sender.full())))
    blocks += [thanks(ctx, lang), signature(ctx, sender, lang)]
    to = ctx.ext('sup_med', 'print services', 'service d\'impression') if rng.random() < 0.4 else ctx.st(okey, 'sec')
    m = base_msg(ctx, lang, sender, [to], L(lang, f'Patient leaflet - {title}', f'Dépliant patient - {title}'), blocks, okey, d, atts)
    m.note = f'patient education leaflet ({mode})'
    return m


TEACH = [
    ('oph', 'A 67-year-old woman with type 2 diabetes (HbA1c 9.1%) presents with blurred vision OD. VA 20/80 OD. OCT shows centre-involving macular edema (CST 455 µm). She was treated with monthly aflibercept 2 mg; after 3 injections VA improved to 20/40.',
     'Une femme de 67 ans diabétique de type 2 (HbA1c 9,1 %) consulte pour une vision embrouillée OD. AV 20/80 OD. L\'OCT montre un œdème maculaire central (épaisseur 455 µm). Traitée par aflibercept 2 mg mensuel; après 3 injections, AV à 20/40.',
     'When would you switch to faricimab?', 'Quand passeriez-vous au faricimab?'),
    ('ent', 'A 45-year-old man presents with sudden right hearing loss for 3 days. Audiogram: 60 dB flat SNHL right, normal left. MRI normal. Started on prednisone 60 mg daily and intratympanic dexamethasone.',
     'Un homme de 45 ans consulte pour une surdité brusque droite depuis 3 jours. Audiogramme : SNHL plate de 60 dB à droite, normale à gauche. IRM normale. Débuté prednisone 60 mg DIE et dexaméthasone intratympanique.',
     'What is the evidence for salvage intratympanic steroids?', 'Quelles sont les données pour les corticoïdes intratympaniques de sauvetage?'),
    ('derm', 'A 29-year-old patient with hidradenitis suppurativa Hurley II failed doxycycline and clindamycin-rifampin. CRP 18 mg/L. Adalimumab was started with 50% reduction of nodules at week 16.',
     'Un(e) patient(e) de 29 ans avec hidradénite suppurée Hurley II en échec de doxycycline et clindamycine-rifampicine. CRP 18 mg/L. Adalimumab débuté avec réduction de 50 % des nodules à la semaine 16.',
     'Discussion: role of secukinumab.', 'Discussion : place du sécukinumab.'),
    ('dent', 'A 72-year-old woman on denosumab for osteoporosis develops exposed bone after extraction of 46. Culture grew Actinomyces. Managed with chlorhexidine, penicillin V and conservative sequestrectomy.',
     'Une femme de 72 ans sous dénosumab pour ostéoporose présente une exposition osseuse après l\'extraction de la 46. Culture : Actinomyces. Prise en charge : chlorhexidine, pénicilline V et séquestrectomie conservatrice.',
     'Should drug holidays be recommended?', 'Faut-il recommander une fenêtre thérapeutique?'),
]


def n_teaching_case(ctx, lang):
    rng = ctx.rng
    case = rng.choice(TEACH)
    okey = case[0]
    md = ctx.st(okey, 'md')
    d = ctx.date()
    blocks = [greet(ctx, lang, L(lang, 'colleagues', 'chers collègues') if rng.random() < 0.3 else None),
              L(lang, f'For Thursday\'s journal club, here is the anonymised case I will present (all identifiers removed):', f'Pour le club de lecture de jeudi, voici le cas anonymisé que je présenterai (tous les identifiants retirés) :'),
              ('h', L(lang, f'Case {rng.randint(1, 9)}', f'Cas {rng.randint(1, 9)}')), case[1] if lang == 'en' else case[2], case[3] if lang == 'en' else case[4],
              L(lang, 'Suggested reading attached to the calendar invite.', 'Lecture suggérée jointe à l\'invitation.'), signature(ctx, md, lang, 'short')]
    to = [s for s in ctx.staff[okey]['md'] if s is not md] + [ctx.st(okey, 'nurse')]
    m = base_msg(ctx, lang, md, to, L(lang, 'Journal club - case', 'Club de lecture - cas'), blocks, okey, d)
    m.note = 'anonymised teaching case'
    return m


def n_rounds(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    ev = wkday(d + dt.timedelta(days=rng.randint(5, 20)))
    talks = [(rng.choice(ctx.staff[k]['md']), rng.choice(SUBSPEC[k if k != 'hosp' else 'dent'])) for k in rng.sample(['oph', 'ent', 'derm', 'dent'], 3)]
    rows = [[f'{fmt_time(12, 10 + 15 * i, lang)}', s.ref(lang), L(lang, f'Update on {sub[0]}', f'Mise à jour : {sub[1]}')] for i, (s, sub) in enumerate(talks)]
    st = dt.datetime(ev.year, ev.month, ev.day, 12, 0)
    ics = make_ics(f'{rng.getrandbits(64):016x}@{mgr.org["domain"]}', L(lang, 'Grand rounds - specialty clinics', 'Réunion scientifique - cliniques spécialisées'),
                   '\n'.join(' - '.join(r) for r in rows), st, st + dt.timedelta(hours=1), L(lang, 'Auditorium B and Teams', 'Amphithéâtre B et Teams'), (mgr.full(), mgr.email))
    blocks = [greet(ctx, lang), L(lang, f'Grand rounds on {fmt_date(ev, lang, "day")} at noon. Lunch provided by the department. 1 hour of accredited CME.',
                                  f'Réunion scientifique le {fmt_date(ev, lang, "day")} à midi. Dîner offert par le département. 1 heure de DPC accréditée.'),
              ('table', L(lang, ['Time', 'Speaker', 'Topic'], ['Heure', 'Conférencier(ère)', 'Sujet']), rows), signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, [(L(lang, 'Physicians and residents', 'Médecins et résidents'), f'medecins@{mgr.org["domain"]}')],
                 L(lang, 'Grand rounds', 'Réunion scientifique'), blocks, okey, d, [Att('invite.ics', 'text/calendar', ics)])
    m.note = 'grand rounds speakers and topics with ICS'
    return m


def n_directory(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    sec = ctx.st(okey, rng.choice(['mgr', 'sec']))
    d = ctx.date()
    rows = []
    for md, sub in zip(ctx.staff[okey]['md'], rng.sample(SUBSPEC[okey], 3)):
        rows.append([md.ref(lang), sub[0] if lang == 'en' else sub[1], md.org['fax'], L(lang, f'{rng.randint(2, 30)} weeks', f'{rng.randint(2, 30)} semaines')])
    blocks = [greet(ctx, lang), L(lang, 'Updated referral guide for family physicians and optometrists in the region. Please send referrals by fax or through the CRDS; urgent cases (e.g. retinal detachment, sudden hearing loss, facial fracture) by phone.',
                                  'Guide de référence mis à jour pour les médecins de famille et optométristes de la région. Svp envoyer les références par télécopieur ou via le CRDS; cas urgents (p. ex. décollement de rétine, surdité brusque, fracture faciale) par téléphone.'),
              ('table', L(lang, ['Physician', 'Areas of practice', 'Fax', 'Current wait'], ['Médecin', 'Champs de pratique', 'Téléc.', 'Attente actuelle']), rows),
              thanks(ctx, lang), signature(ctx, sec, lang)]
    m = base_msg(ctx, lang, sec, [ctx.ext(rng.choice(['gmf1', 'gmf2', 'gmf3', 'opto']), 'clinic manager', 'gestionnaire de clinique')],
                 L(lang, 'Referral guide - updated', 'Guide de référence - mise à jour'), blocks, okey, d)
    m.note = 'physician directory with conditions treated'
    return m


def n_newsletter(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    md = rng.choice(ctx.staff[okey]['md'])
    stats = [[L(lang, 'Visits', 'Visites'), f'{rng.randint(3000, 9000):,}'.replace(',', ' ')], [L(lang, 'Procedures', 'Interventions'), str(rng.randint(300, 1500))],
             [L(lang, 'New referrals', 'Nouvelles références'), str(rng.randint(400, 1800))], [L(lang, 'No-show rate', 'Taux d\'absence'), f'{rng.uniform(2, 9):.1f} %']]
    blocks = [('h', L(lang, f'{org_name(mgr.org, lang)} - Newsletter, {MONTHS_EN[d.month - 1]} {d.year}', f'{org_name(mgr.org, lang)} - Infolettre, {MONTHS_FR[d.month - 1]} {d.year}')),
              ('h', L(lang, 'Quarter in numbers', 'Le trimestre en chiffres')), ('table', [L(lang, 'Indicator', 'Indicateur'), L(lang, 'Value', 'Valeur')], stats),
              ('h', L(lang, 'Kudos', 'Bravo')), L(lang, f'{md.ref(lang)} received the regional teaching award for {rng.choice(SUBSPEC[okey if okey != "hosp" else "dent"])[0]}.',
                                                   f'{md.ref(lang)} a reçu le prix régional d\'enseignement en {rng.choice(SUBSPEC[okey if okey != "hosp" else "dent"])[1]}.'),
              ('h', L(lang, 'Reminders', 'Rappels')),
              ('list', L(lang, ['Hand hygiene audit next week', 'Use the secure portal - never send health information by regular e-mail', 'Parking permits renew on the 1st'],
                         ['Audit d\'hygiène des mains la semaine prochaine', 'Utilisez le portail sécurisé - jamais de renseignements de santé par courriel ordinaire', 'Renouvellement des vignettes de stationnement le 1er'])),
              L(lang, 'To unsubscribe, reply STOP.', 'Pour vous désabonner, répondez ARRÊT.')]
    m = base_msg(ctx, lang, mgr, [(L(lang, 'Staff and partners', 'Personnel et partenaires'), f'infolettre@{mgr.org["domain"]}')],
                 L(lang, f'Newsletter - {MONTHS_EN[d.month - 1]}', f'Infolettre - {MONTHS_FR[d.month - 1]}'), blocks, okey, d)
    m.kind = rng.choice(['html', 'alt'])
    m.note = 'department newsletter with aggregate numbers'
    return m


def n_it_facilities(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    sender = ctx.st(okey, 'mgr')
    d = ctx.date()
    kind = rng.choice(['pacs', 'network', 'hvac', 'phones'])
    asset = f'{rng.choice(["QC", "HSC", "AS"])}-{luhn_serial(rng, 10)}'
    txt = {
        'pacs': L(lang, f'The imaging server (OCT/fundus viewer, asset {asset}) will be upgraded Saturday from 6:00 to 14:00. Images will not be viewable during that time; acquisitions are stored locally and synced afterwards. Ticket CHG{digits(rng, 7)}.',
                  f'Le serveur d\'imagerie (visionneuse OCT/fond d\'œil, actif {asset}) sera mis à niveau samedi de 6 h à 14 h. Les images ne seront pas consultables; les acquisitions sont stockées localement puis synchronisées. Billet CHG{digits(rng, 7)}.'),
        'network': L(lang, f'Network outage planned Sunday night 23:00-03:00 for switch replacement (serial {lot_code(rng, "luhn9")}). The scheduling software and e-fax will be unavailable.',
                     f'Panne réseau planifiée dimanche soir 23 h à 3 h pour le remplacement d\'un commutateur (no série {lot_code(rng, "luhn9")}). Le logiciel de rendez-vous et le téléc. électronique seront indisponibles.'),
        'hvac': L(lang, f'The ventilation in the sterilization room will be serviced Tuesday. The autoclave (asset {asset}) will be stopped from 7:00 to 11:00; plan instrument trays accordingly.',
                  f'La ventilation de la salle de stérilisation sera entretenue mardi. L\'autoclave (actif {asset}) sera arrêté de 7 h à 11 h; prévoyez les plateaux d\'instruments en conséquence.'),
        'phones': L(lang, f'New phone system go-live Monday. Your extension stays the same. Voicemail PINs reset to the last 4 digits of your employee number. Support line: {sender.org["tel"]} ext. 299.',
                    f'Mise en service du nouveau système téléphonique lundi. Votre poste demeure le même. Les NIP de boîte vocale sont réinitialisés aux 4 derniers chiffres de votre no d\'employé. Soutien : {sender.org["tel"]} poste 299.'),
    }[kind]
    blocks = [greet(ctx, lang), txt, L(lang, 'Thank you for your understanding.', 'Merci de votre compréhension.'), signature(ctx, sender, lang)]
    m = base_msg(ctx, lang, sender, [(L(lang, 'All staff', 'Tout le personnel'), f'personnel@{sender.org["domain"]}')],
                 L(lang, f'IT/Facilities notice - {kind}', f'Avis TI/installations - {kind}'), blocks, okey, d)
    m.note = f'IT/facilities notice ({kind})'
    return m


def n_equipment_service(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'dent', 'derm'])
    sender = ctx.st(okey, rng.choice(['mgr', 'purch' if 'purch' in ctx.staff[okey] else 'mgr']))
    d = ctx.date()
    eq = {'oph': [('OCT', 'OCT'), ('Slit lamp', 'Lampe à fente'), ('YAG laser', 'Laser YAG'), ('Visual field analyzer', 'Périmètre')],
          'ent': [('Audiometer', 'Audiomètre'), ('Tympanometer', 'Tympanomètre'), ('Nasal endoscope 4 mm', 'Endoscope nasal 4 mm'), ('Sound booth', 'Cabine audiométrique')],
          'dent': [('Autoclave', 'Autoclave'), ('CBCT scanner', 'Tomodensitomètre CBCT'), ('Piezo unit', 'Unité piézo'), ('Dental chair 3', 'Fauteuil 3')],
          'derm': [('Dermatoscope', 'Dermatoscope'), ('CO2 laser', 'Laser CO2'), ('Narrowband UVB cabin', 'Cabine UVB-BE'), ('Cryo unit', 'Unité de cryothérapie')]}[okey]
    rows = []
    for e in rng.sample(eq, 3):
        sn = lot_code(rng, rng.choice(['luhn9', 'luhn10', 'nam_like', 'alpha']))
        if len(sn) == 9 and rng.random() < 0.5:
            sn = f'{sn[:3]} {sn[3:6]} {sn[6:]}'
        rows.append([e[0] if lang == 'en' else e[1], sn, rng.choice(L(lang, ['Pass', 'Pass', 'Adjusted - pass', 'Fail - part ordered'], ['Conforme', 'Conforme', 'Ajusté - conforme', 'Non conforme - pièce commandée'])),
                     (d + dt.timedelta(days=365)).isoformat()])
    calib = ''
    if okey == 'ent':
        calib = L(lang, 'Audiometer output at 1 kHz / 70 dB HL measured 70.4 dB (tolerance ±3 dB). Bone conductor within specs.',
                  'Sortie de l\'audiomètre à 1 kHz / 70 dB HL mesurée à 70,4 dB (tolérance ±3 dB). Vibrateur osseux conforme.')
    tech = ctx.ext('sup_audio' if okey == 'ent' else 'sup_med', 'field service engineer', 'technicien(ne) de service')
    mode = rng.choice(['inline', 'pdf'])
    atts = []
    blocks = [greet(ctx, lang), L(lang, f'Annual preventive maintenance completed on {fmt_date(d, lang)} by {tech.full()} ({org_name(tech.org, lang)}). Summary:',
                                  f'Entretien préventif annuel complété le {fmt_date(d, lang)} par {tech.full()} ({org_name(tech.org, lang)}). Résumé :')]
    hdr = L(lang, ['Equipment', 'Serial no.', 'Result', 'Next due'], ['Équipement', 'No de série', 'Résultat', 'Prochain'])
    if mode == 'inline':
        blocks.append(('table', hdr, rows))
    else:
        atts.append(Att(f'PM_report_{d:%Y%m%d}.pdf', 'application/pdf', make_pdf(L(lang, 'Preventive maintenance report', 'Rapport d\'entretien préventif'),
                                                                                 [('table', hdr, rows), calib, tech.full()], compress=rng.random() < 0.5, author=tech.full())))
    blocks += [calib, signature(ctx, sender, lang)]
    m = base_msg(ctx, lang, sender, [ctx.st(okey, 'md'), ctx.st(okey, 'nurse') if 'nurse' in ctx.staff[okey] else ctx.st(okey, 'sec')],
                 L(lang, 'Preventive maintenance - results', 'Entretien préventif - résultats'), blocks, okey, d, atts)
    m.note = f'equipment service report with serial numbers ({mode})'
    return m


def n_job_posting(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    job = rng.choice(L(lang, ['Ophthalmic technician (full time)', 'Dental surgical assistant', 'Medical secretary - billing (RAMQ)', 'Audiologist (4 days/week)', 'Clinical nurse - dermatology'],
                          ['Technicien(ne) en ophtalmologie (temps plein)', 'Assistant(e) dentaire en chirurgie', 'Secrétaire médicale - facturation (RAMQ)', 'Audiologiste (4 jours/semaine)', 'Infirmier(ère) clinicien(ne) - dermatologie']))
    blocks = [('h', job), L(lang, f'{org_name(mgr.org, lang)} is hiring. Join a dynamic team in a modern clinic.', f'{org_name(mgr.org, lang)} recrute. Joignez-vous à une équipe dynamique dans une clinique moderne.'),
              ('list', L(lang, ['Monday to Friday, no evenings', 'Salary: $24-$38/h depending on experience', 'Group insurance and RRSP', 'Bilingualism an asset'],
                         ['Du lundi au vendredi, pas de soirs', 'Salaire : 24 $ à 38 $/h selon l\'expérience', 'Assurances collectives et REER', 'Bilinguisme un atout'])),
              L(lang, f'Send your CV to {mgr.email} before {fmt_date(d + dt.timedelta(days=21), lang)}. Reference: POST-{d.year}-{rng.randint(10, 99)}.',
                f'Envoyez votre CV à {mgr.email} avant le {fmt_date(d + dt.timedelta(days=21), lang)}. Référence : POSTE-{d.year}-{rng.randint(10, 99)}.')]
    m = base_msg(ctx, lang, mgr, [(L(lang, 'Job board', 'Babillard emplois'), 'emplois@cegep-emplois.example')], L(lang, f'Job posting - {job}', f'Offre d\'emploi - {job}'), blocks, okey, d)
    m.note = 'job posting'
    return m


def n_committee(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    meet = wkday(d + dt.timedelta(days=rng.randint(5, 15)))
    n_surg = rng.randint(1800, 4200)
    n_inf = rng.randint(0, 3)
    items = L(lang, [f'Adoption of the minutes of {fmt_date(d - dt.timedelta(days=28), lang)}',
                     f'Infection surveillance: {n_inf} post-operative infection(s) for {n_surg} procedures this year ({100 * n_inf / n_surg:.2f}%)',
                     'Review of the intravitreal injection protocol (povidone-iodine 5%, no antibiotic drops)', 'Hand hygiene audit: compliance 87%',
                     f'Incident reports: 4 (2 near misses, 1 labelling error, 1 fall in waiting room - no injury)', 'Varia'],
             [f'Adoption du procès-verbal du {fmt_date(d - dt.timedelta(days=28), lang)}',
              f'Surveillance des infections : {n_inf} infection(s) postopératoire(s) pour {n_surg} interventions cette année ({100 * n_inf / n_surg:.2f} %)',
              'Révision du protocole d\'injection intravitréenne (povidone iodée 5 %, sans gouttes antibiotiques)', 'Audit d\'hygiène des mains : conformité 87 %',
              'Déclarations d\'incidents : 4 (2 échappées, 1 erreur d\'étiquetage, 1 chute en salle d\'attente - sans blessure)', 'Varia'])
    mode = rng.choice(['inline', 'docx'])
    blocks = [greet(ctx, lang), L(lang, f'The Quality and Infection Prevention Committee will meet on {fmt_date(meet, lang, "day")} at 12:15, room 204.',
                                  f'Le comité qualité et prévention des infections se réunira le {fmt_date(meet, lang, "day")} à 12 h 15, salle 204.')]
    atts = []
    if mode == 'inline':
        blocks.append(('list', items))
    else:
        blocks.append(L(lang, 'Agenda attached.', 'Ordre du jour ci-joint.'))
        atts.append(Att(L(lang, f'Agenda_{meet.isoformat()}.docx', f'ODJ_{meet.isoformat()}.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        make_docx(L(lang, 'Agenda - Quality and Infection Prevention Committee', 'Ordre du jour - Comité qualité et PCI'), ['\n\n'.join(f'{i + 1}. {x}' for i, x in enumerate(items))], author=mgr.full())))
    blocks += [signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, ctx.staff[okey]['md'] + [ctx.st(okey, 'nurse')], L(lang, 'Committee meeting - agenda', 'Comité qualité/PCI - ordre du jour'), blocks, okey, d, atts)
    m.note = f'committee notice with aggregates ({mode})'
    return m


def n_blank_forms(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'dent', 'derm', 'ent'])
    sender = ctx.st(okey, rng.choice(['mgr', 'records']))
    d = ctx.date()
    kinds = rng.sample(['consent_ivt', 'consent_sed', 'release', 'cnesst'], rng.randint(2, 3))
    members = []
    for k in kinds:
        title, fields = blank_form_pdf(ctx, lang, k)
        if rng.random() < 0.5:
            members.append((slug(title)[:28] + '.pdf', make_pdf(title, fields, compress=True, author='Gabarit')))
        else:
            members.append((slug(title)[:28] + '.docx', make_docx(title, fields, author='Gabarit')))
    mode = rng.choice(['zip', 'separate'])
    if mode == 'zip':
        atts = [Att(L(lang, 'blank_forms_2025.zip', 'formulaires_vierges_2025.zip'), 'application/zip', make_zip(members))]
    else:
        atts = [Att(n, 'application/pdf' if n.endswith('.pdf') else 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', b) for n, b in members]
    blocks = [greet(ctx, lang), L(lang, 'Here are the updated blank forms approved by the medical records committee. Please delete the old versions from the shared drive.',
                                  'Voici les formulaires vierges mis à jour approuvés par le comité des archives. Svp supprimer les anciennes versions du lecteur partagé.'),
              thanks(ctx, lang), signature(ctx, sender, lang)]
    m = base_msg(ctx, lang, sender, [(L(lang, 'Secretaries', 'Secrétariat'), f'secretariat@{sender.org["domain"]}')], L(lang, 'Updated forms', 'Formulaires à jour'), blocks, okey, d, atts)
    m.note = f'blank forms ({mode})'
    return m


def n_drug_shortage(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    sender = ctx.st(okey, rng.choice(['nurse', 'mgr']))
    d = ctx.date()
    sh = {'oph': ('atropine 1% eye drops', 'atropine 1 % collyre', 'cyclopentolate 1% or homatropine 2%', 'cyclopentolate 1 % ou homatropine 2 %'),
          'ent': ('ciprofloxacin-dexamethasone otic drops', 'gouttes otiques ciprofloxacine-dexaméthasone', 'ofloxacin 0.3% otic drops', 'gouttes otiques ofloxacine 0,3 %'),
          'derm': ('clobetasol 0.05% ointment 50 g', 'clobétasol 0,05 % onguent 50 g', 'betamethasone dipropionate 0.05% ointment', 'dipropionate de bétaméthasone 0,05 % onguent'),
          'dent': ('articaine 4% with epinephrine 1:100,000', 'articaïne 4 % avec épinéphrine 1:100 000', 'lidocaine 2% with epinephrine 1:100,000', 'lidocaïne 2 % avec épinéphrine 1:100 000')}[okey]
    blocks = [greet(ctx, lang),
              L(lang, f'Health Canada reports a shortage of {sh[0]} until at least {MONTHS_EN[(d.month + 2) % 12]}. Suggested alternative: {sh[2]}. Please adjust the order sets and pre-printed prescriptions.',
                f'Santé Canada signale une pénurie de {sh[1]} jusqu\'en {MONTHS_FR[(d.month + 2) % 12]} au moins. Alternative suggérée : {sh[3]}. Svp ajuster les ordonnances pré-imprimées.'),
              L(lang, f'Current stock: {rng.randint(4, 40)} units (lot {lot_code(rng, "alpha")}, exp. {(d + dt.timedelta(days=200)).isoformat()}).',
                f'Stock actuel : {rng.randint(4, 40)} unités (lot {lot_code(rng, "alpha")}, exp. {(d + dt.timedelta(days=200)).isoformat()}).'),
              thanks(ctx, lang), signature(ctx, sender, lang)]
    m = base_msg(ctx, lang, sender, ctx.staff[okey]['md'] + [ctx.st(okey, 'sec')], L(lang, f'Drug shortage - {sh[0]}', f'Pénurie - {sh[1]}'), blocks, okey, d)
    m.importance = rng.random() < 0.5
    m.note = 'drug shortage notice'
    return m


def n_steril_qc(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['dent', 'oph', 'derm', 'ent'])
    sender = ctx.st(okey, rng.choice(['nurse', 'hyg'] if okey == 'dent' else ['nurse', 'mgr']))
    d = ctx.date()
    rows = []
    ser = lot_code(rng, rng.choice(['luhn9', 'luhn10']))
    for i in range(rng.randint(4, 7)):
        day = d - dt.timedelta(days=i)
        rows.append([day.isoformat(), str(rng.randint(1200, 1999)), f'BI {lot_code(rng, "alpha")}', rng.choice(L(lang, ['negative', 'negative', 'negative'], ['négatif', 'négatif', 'négatif'])),
                     L(lang, 'Pass', 'Conforme')])
    blocks = [greet(ctx, lang),
              L(lang, f'Weekly sterilization QC log for autoclave S/N {ser}. All biological indicators negative; Bowie-Dick tests passed. Control vial positive as expected.',
                f'Registre CQ hebdomadaire de stérilisation pour l\'autoclave no série {ser}. Tous les indicateurs biologiques négatifs; tests Bowie-Dick conformes. Témoin positif tel qu\'attendu.'),
              ('table', L(lang, ['Date', 'Cycle', 'Indicator', 'Result', 'Bowie-Dick'], ['Date', 'Cycle', 'Indicateur', 'Résultat', 'Bowie-Dick']), rows),
              signature(ctx, sender, lang)]
    m = base_msg(ctx, lang, sender, [ctx.st(okey, 'mgr')], L(lang, 'Sterilization QC - week', 'CQ stérilisation - semaine'), blocks, okey, d)
    m.note = 'sterilization QC log with serial and lot numbers'
    return m


def n_wait_stats(ctx, lang):
    rng = ctx.rng
    sender = ctx.st('hosp', 'mgr')
    d = ctx.date()
    specs = L(lang, ['Cataract surgery', 'Retina injections', 'ENT - tonsillectomy', 'ENT - sinus surgery', 'Dermatology - skin cancer', 'Oral surgery - third molars', 'Maxillofacial - orthognathic'],
              ['Chirurgie de la cataracte', 'Rétine - injections', 'ORL - amygdalectomie', 'ORL - chirurgie des sinus', 'Dermatologie - cancer cutané', 'Chirurgie buccale - dents de sagesse', 'Maxillo-facial - orthognathie'])
    rows = []
    for s in specs:
        n = rng.randint(40, 1600)
        rows.append([s, f'{n:,}'.replace(',', ' '), f'{rng.randint(40, 98)} %', str(rng.randint(2, 60))])
    hdr = L(lang, ['Service', 'Waiting', '< 6 months', 'Longest (weeks)'], ['Service', 'En attente', '< 6 mois', 'Plus long (sem.)'])
    mode = rng.choice(['inline', 'xlsx'])
    atts = []
    blocks = [greet(ctx, lang), L(lang, f'Wait list indicators as of {d.isoformat()} (aggregate, all surgeons):', f'Indicateurs de listes d\'attente au {d.isoformat()} (agrégés, tous chirurgiens) :')]
    if mode == 'inline':
        blocks.append(('table', hdr, rows))
    else:
        atts.append(Att(f'attente_{d:%Y%m%d}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('Attente', hdr, rows)], author=sender.full())))
    blocks += [L(lang, 'Cataract remains above the 6-month target; additional Saturday lists are being discussed.', 'La cataracte demeure au-dessus de la cible de 6 mois; des listes supplémentaires le samedi sont à l\'étude.'),
               signature(ctx, sender, lang)]
    m = base_msg(ctx, lang, sender, [ctx.st('hosp', 'md'), ctx.ext('clsc', 'director', 'directrice')], L(lang, 'Wait list indicators', 'Indicateurs listes d\'attente'), blocks, 'hosp', d, atts)
    m.note = f'aggregate wait-list statistics ({mode})'
    return m


def n_reply_admin(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    a, b = ctx.st(okey, 'mgr'), ctx.st(okey, rng.choice(['sec', 'nurse', 'bill']))
    d = ctx.date()
    topic = rng.choice(['room', 'supplies', 'meeting'])
    q = {'room': L(lang, 'Can we use room 5 on Thursday afternoon for the new OCT training? The rep is available 13:00-15:00.',
                   'Est-ce qu\'on peut utiliser la salle 5 jeudi après-midi pour la formation sur le nouvel OCT? Le représentant est disponible de 13 h à 15 h.'),
         'supplies': L(lang, 'We are almost out of gauze 2x2, fluorescein strips and exam table paper. Should I order from MediSupply or wait for the monthly order?',
                       'Il ne reste presque plus de compresses 2x2, de bandelettes de fluorescéine ni de papier de table d\'examen. Je commande chez MédiFournitures ou j\'attends la commande mensuelle?'),
         'meeting': L(lang, 'Can we move the team meeting to Wednesday 8:00? Two physicians are in the OR Tuesday morning.',
                      'Peut-on déplacer la réunion d\'équipe à mercredi 8 h? Deux médecins sont au bloc mardi matin.')}[topic]
    ans = {'room': L(lang, 'Yes, room 5 is free. I blocked it in the schedule - no patients booked after 12:30.', 'Oui, la salle 5 est libre. Je l\'ai bloquée à l\'horaire - aucun patient après 12 h 30.'),
           'supplies': L(lang, 'Order now from MediSupply, PO to follow. Please add 2 boxes of nitrile gloves size S.', 'Commande tout de suite chez MédiFournitures, le BC va suivre. Ajoute 2 boîtes de gants nitrile taille S.'),
           'meeting': L(lang, 'Works for me. I will send a new invite.', 'Parfait pour moi. J\'envoie une nouvelle invitation.')}[topic]
    qd = ctx.stamp(d)
    subj = {'room': L(lang, 'Room 5 Thursday', 'Salle 5 jeudi'), 'supplies': L(lang, 'Supplies', 'Fournitures'), 'meeting': L(lang, 'Team meeting', 'Réunion d\'équipe')}[topic]
    inner = [greet(ctx, lang, a.given, False), q, b.given]
    blocks = [ans, signature(ctx, a, lang, 'min'), thread_reply(ctx, lang, addr(b), [addr(a)], subj, qd, inner)]
    m = base_msg(ctx, lang, a, [b], 'RE: ' + subj, blocks, okey, later(ctx, qd, 5, 300))
    m.note = f'internal admin reply thread ({topic})'
    m.wrap = rng.random() < 0.5
    return m


def n_fwd_vendor_eml(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    md = ctx.st(okey, 'md')
    mgr = ctx.st(okey, 'mgr')
    supk = {'oph': 'sup_oph', 'ent': 'sup_audio', 'derm': 'sup_med', 'dent': 'sup_dent'}[okey]
    rep = ctx.ext(supk, 'education specialist', 'spécialiste en formation')
    d = ctx.date()
    wd = wkday(d + dt.timedelta(days=rng.randint(7, 30)))
    topic = {'oph': ('Toric IOL calculation pearls', 'Astuces de calcul des LIO toriques'), 'ent': ('Real-ear measurement in hearing aid fitting', 'Mesures in vivo en appareillage auditif'),
             'derm': ('Dermoscopy of pigmented lesions', 'Dermoscopie des lésions pigmentées'), 'dent': ('Guided bone regeneration', 'Régénération osseuse guidée')}[okey]
    inner_blocks = [('h', topic[0] if lang == 'en' else topic[1]),
                    L(lang, f'Join our free live webinar on {fmt_date(wd, lang, "day")} at 19:00 EST. 1.5 CE credits. Speaker: Dr. Aline Moreau-Baptiste.',
                      f'Participez à notre webinaire gratuit en direct le {fmt_date(wd, lang, "day")} à 19 h HNE. 1,5 crédit de FC. Conférencière : Dre Aline Moreau-Baptiste.'),
                    L(lang, f'Register: https://events.{rep.org["domain"]}/webinar/{rng.randint(1000, 9999)}', f'Inscription : https://events.{rep.org["domain"]}/webinaire/{rng.randint(1000, 9999)}'),
                    L(lang, 'You receive this e-mail because you are a customer. Unsubscribe.', 'Vous recevez ce courriel parce que vous êtes client. Se désabonner.')]
    inner = Msg(lang=lang, frm=(org_name(rep.org, lang), f'events@{rep.org["domain"]}'), to=[addr(md)], cc=[], subject=L(lang, f'Webinar: {topic[0]}', f'Webinaire : {topic[1]}'),
                blocks=inner_blocks, atts=[], date=ctx.stamp(d - dt.timedelta(days=2)), org_key=okey, kind='html')
    raw = build_eml(ctx, inner, pick_transport(ctx, inner))
    blocks = [greet(ctx, lang, mgr.given, False), L(lang, 'Might interest the techs - could you circulate?', 'Ça pourrait intéresser l\'équipe - peux-tu faire circuler?'), md.given]
    m = base_msg(ctx, lang, md, [mgr], L(lang, 'Fwd: ', 'TR: ') + inner.subject, blocks, okey, d,
                 [Att(re.sub(r'[\\/:*?"<>|]+', '_', inner.subject) + '.eml', 'message/rfc822', raw)])
    m.note = 'vendor webinar forwarded as attached e-mail'
    m.wrap = False
    return m


def n_vcard_staff(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent'])
    mgr = ctx.st(okey, 'mgr')
    d = ctx.date()
    kind = rng.choice(['locum', 'rep'])
    if kind == 'locum':
        p = ctx.ext(rng.choice(['gmf1', 'gmf2']), '', '', doctor=True)
        org = org_name(mgr.org, lang)
        title = L(lang, f'Locum {mgr.org["spec_en"]}', f'{mgr.org["spec_fr"].capitalize()} dépanneur(euse)')
        tel = phone(rng)
        txt = L(lang, f'{p.ref(lang)} will replace {rng.choice(ctx.staff[okey]["md"]).ref(lang, "short")} during the summer (clinics Monday and Friday). Contact card attached for the on-call list.',
                f'{p.ref(lang)} remplacera {rng.choice(ctx.staff[okey]["md"]).ref(lang, "short")} cet été (cliniques lundi et vendredi). Fiche contact ci-jointe pour la liste de garde.')
    else:
        p = ctx.ext({'oph': 'sup_oph', 'ent': 'sup_audio', 'derm': 'sup_med', 'dent': 'sup_dent'}[okey], '', '')
        org = org_name(p.org, lang)
        title = L(lang, 'Territory manager - Québec East', 'Directeur(trice) de territoire - Québec Est')
        tel = p.org['tel']
        txt = L(lang, 'Our new sales representative for surgical supplies. Contact card attached.', 'Notre nouvelle personne-ressource pour les fournitures chirurgicales. Fiche contact ci-jointe.')
    vc = make_vcard(p.given, p.surname, cell=tel, email_=p.email, org=org, title=title)
    blocks = [greet(ctx, lang), txt, signature(ctx, mgr, lang)]
    m = base_msg(ctx, lang, mgr, [(L(lang, 'Team', 'Équipe'), f'equipe@{mgr.org["domain"]}')], L(lang, 'New contact', 'Nouveau contact'), blocks, okey, d,
                 [Att(f'{strip_accents(p.given)} {strip_accents(p.surname)}.vcf', 'text/vcard', vc)])
    m.note = f'vCard of staff/vendor ({kind})'
    return m


def n_privacy_memo(ctx, lang):
    rng = ctx.rng
    okey = rng.choice(['oph', 'ent', 'derm', 'dent', 'hosp'])
    sender = ctx.st(okey, rng.choice(['records', 'mgr']))
    d = ctx.date()
    blocks = [greet(ctx, lang),
              L(lang, 'Following a privacy incident in another clinic of the region, a few reminders:', 'Suite à un incident de confidentialité dans une autre clinique de la région, quelques rappels :'),
              ('list', L(lang, ['Never write a patient name, RAMQ number (format XXXX 0000 0000) or diagnosis in an e-mail subject line.',
                                'Use the chart number only inside the secure portal; never in regular e-mail.', 'Lawyers and insurers must be answered through the records office, with written consent.',
                                'Lock your screen (Windows + L) when you leave your workstation.', 'Shred paper lists at the end of each day.'],
                         ['Ne jamais inscrire le nom d\'un patient, un NAM (format XXXX 0000 0000) ou un diagnostic dans l\'objet d\'un courriel.',
                          'Utilisez le numéro de dossier seulement dans le portail sécurisé; jamais dans un courriel ordinaire.', 'Les avocats et assureurs doivent être répondus par les archives, avec consentement écrit.',
                          'Verrouillez votre écran (Windows + L) lorsque vous quittez votre poste.', 'Déchiquetez les listes papier à la fin de chaque journée.'])),
              L(lang, 'Example of an acceptable subject: "Result to review - see portal". Example of an unacceptable one: "Biopsy result for Mr. X, melanoma".',
                'Exemple d\'objet acceptable : « Résultat à réviser - voir portail ». Exemple inacceptable : « Résultat biopsie M. X, mélanome ».'),
              L(lang, 'The mandatory online training must be completed by the end of the month (completion rate so far: 64%).', 'La formation en ligne obligatoire doit être complétée d\'ici la fin du mois (taux de complétion à ce jour : 64 %).'),
              thanks(ctx, lang), signature(ctx, sender, lang)] + footer(ctx, lang, 0.6)
    m = base_msg(ctx, lang, sender, [(L(lang, 'All staff', 'Tout le personnel'), f'personnel@{sender.org["domain"]}')], L(lang, 'Privacy reminders', 'Rappels - confidentialité'), blocks, okey, d)
    m.note = 'privacy reminder memo with placeholders'
    return m


NEG_BUILDERS = [n_clinic_schedule, n_or_blocks, n_supplier_iol, n_supplier_dental, n_invoice, n_billing_codes, n_billing_stats,
                n_insurer_procedure, n_saaq_cnesst_admin, n_lawyer_policy, n_staff_announce, n_staff_leave, n_occ_health, n_leaflet,
                n_teaching_case, n_rounds, n_directory, n_newsletter, n_it_facilities, n_equipment_service, n_job_posting, n_committee,
                n_blank_forms, n_drug_shortage, n_steril_qc, n_wait_stats, n_reply_admin, n_fwd_vendor_eml, n_vcard_staff, n_privacy_memo]


# =============================================================== extraction (self-check only)
def pdf_text(b):
    out = []
    for mm in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', b, re.S):
        dct, s = mm.group(1), mm.group(2)
        try:
            if b'ASCII85Decode' in dct:
                s = base64.a85decode(s.strip(), adobe=True)
            if b'FlateDecode' in dct:
                s = __import__('zlib').decompress(s)
        except Exception:
            continue
        for t in re.findall(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', s):
            t = re.sub(rb'\\([0-7]{1,3})', lambda x: bytes([int(x.group(1), 8)]), t)
            t = re.sub(rb'\\(.)', rb'\1', t)
            out.append(t.decode('cp1252', 'replace'))
    return '\n'.join(out)


def xml_text(b):
    return html.unescape(re.sub(r'<[^>]+>', ' ', b.decode('utf-8')))


def binary_text(fn, ct, data):
    fn = (fn or '').lower()
    if data[:4] == b'%PDF':
        assert data.rstrip().endswith(b'%%EOF'), 'truncated pdf'
        return pdf_text(data)
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        names = z.namelist()
        if 'word/document.xml' in names:
            return xml_text(z.read('word/document.xml'))
        if 'xl/workbook.xml' in names:
            return '\n'.join(xml_text(z.read(n)) for n in names if n.startswith('xl/') and n.endswith('.xml'))
        out = []
        for n in names:
            out.append(n)
            blob = z.read(n)
            if n.lower().endswith(('.csv', '.txt')):
                out.append(blob.decode('utf-8'))
            else:
                out.append(binary_text(n, '', blob))
        return '\n'.join(out)
    raise AssertionError(f'unknown binary attachment {fn} {ct}')


def extract_all(raw):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts = []

    def hdrs(m):
        for h in ('Subject', 'From', 'To', 'Cc'):
            v = m.get(h)
            if v is not None:
                texts.append(str(v))

    hdrs(msg)
    nparts = 0
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == 'message/rfc822':
            inner = part.get_content()
            hdrs(inner)
            fn = part.get_filename()
            if fn:
                texts.append(fn)
            continue
        if part.is_multipart():
            continue
        nparts += 1
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            assert '\ufffd' not in content, 'replacement char after decoding'
            if ct == 'text/html':
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            if ct in ('text/calendar', 'text/vcard'):
                content = re.sub(r'\r?\n[ \t]', '', content)
                content = re.sub(r'\\([,;\\])', r'\1', content).replace('\\n', '\n')
            texts.append(content)
        else:
            texts.append(binary_text(fn, ct, content))
    assert nparts >= 1
    return '\n'.join(texts)


def norm(s):
    return re.sub(r'\s+', '', s).lower()


# =============================================================== main
def make_plan(rng, builders, per):
    items = [b for b in builders for _ in range(per)]
    langs = ['en' if i % 2 == 0 else 'fr' for i in range(len(items))]
    pairs = list(zip(items, langs))
    rng.shuffle(pairs)
    return pairs


def finish(ctx, m):
    rng = ctx.rng
    if m.get('wrap'):
        r = rng.random()
        if r < 0.14:
            m = wrap_followup(ctx, m)
            m.note += '; follow-up quoting original'
        elif r < 0.30:
            m = wrap_forward(ctx, m, attach=False)
            m.note += '; forwarded inline'
        elif r < 0.40:
            m = wrap_forward(ctx, m, attach=True)
            m.note += '; forwarded as attached .eml'
    T = pick_transport(ctx, m)
    raw = build_eml(ctx, m, T)
    if T['eol'] == 'crlf':
        raw = raw.replace(b'\n', b'\r\n')
    return m, raw, T


def digest_of(out):
    h = hashlib.sha256()
    files = []
    for sub in ('positive', 'negative'):
        for fn in sorted(os.listdir(os.path.join(out, sub))):
            files.append(f'{sub}/{fn}')
    files.append('labels.json')
    for rel in sorted(files):
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\n' + hashlib.sha256(fh.read()).hexdigest().encode() + b'\n')
    return h.hexdigest(), len(files)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    ctx = Ctx(args.seed)
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for fn in os.listdir(os.path.join(out, sub)):
            if fn.endswith('.eml'):
                os.remove(os.path.join(out, sub, fn))
    labels = {}
    evid = {}
    pos_plan = make_plan(ctx.rng, POS_BUILDERS, N_POS // len(POS_BUILDERS))
    neg_plan = make_plan(ctx.rng, NEG_BUILDERS, N_NEG // len(NEG_BUILDERS))
    assert len(pos_plan) == N_POS and len(neg_plan) == N_NEG
    for folder, prefix, plan, positive in (('positive', 'p', pos_plan, True), ('negative', 'n', neg_plan, False)):
        for i, (b, lang) in enumerate(plan, 1):
            m = b(ctx, lang)
            m, raw, T = finish(ctx, m)
            cat = b.__name__[2:]
            rel = f'{folder}/{prefix}{i:03d}_{cat}.eml'
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            types = sorted(m.types) if positive else []
            note = f'{m.note} [{T["kind"]}, {T["charset_used"]}, {T["cte"]}, {T["eol"]}]'
            labels[rel] = {'confidential': positive, 'types': types, 'lang': m.lang, 'note': note}
            evid[rel] = list(m.evidence) if positive else []
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')

    # ------------------------------------------------------------ self-check
    blind = load_blind()
    leak_tokens = set(t for t in ctx.patient_tokens if len(t) >= 7)
    leak_tokens |= {p.nam for p in blind} | {f'{p.given} {p.surname}' for p in blind}
    leak_norm = {norm(t): t for t in leak_tokens}
    files = [f'{s}/{f}' for s in ('positive', 'negative') for f in sorted(os.listdir(os.path.join(out, s))) if f.endswith('.eml')]
    assert sorted(files) == sorted(labels), 'labels do not cover exactly the files'
    errors = []
    for rel in files:
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        lab = labels[rel]
        try:
            for ln in raw.split(b'\n'):
                assert len(ln) <= 998, 'line longer than 998 octets'
            txt = extract_all(raw)
        except Exception as e:  # noqa
            errors.append(f'{rel}: parse/decode error {e!r}')
            continue
        nt = norm(txt)
        if lab['confidential']:
            if not lab['types']:
                errors.append(f'{rel}: positive without types')
            for e in evid[rel]:
                if norm(e) not in nt:
                    errors.append(f'{rel}: evidence not found after decoding: {e!r}')
        else:
            if lab['types']:
                errors.append(f'{rel}: negative with types')
            for k, t in leak_norm.items():
                if k in nt:
                    errors.append(f'{rel}: patient token leaked into negative: {t!r}')
        if not rel.startswith('positive/') == lab['confidential']:
            errors.append(f'{rel}: folder/label mismatch')
    if errors:
        print('\n'.join(errors), file=sys.stderr)
        sys.exit(1)
    dig, nfiles = digest_of(out)
    pos = [v for v in labels.values() if v['confidential']]
    neg = [v for v in labels.values() if not v['confidential']]
    cnt = lambda lst, lg: sum(1 for v in lst if v['lang'] == lg)
    tcount = {}
    for v in pos:
        for t in v['types']:
            tcount[t] = tcount.get(t, 0) + 1
    write_readme(out, args.seed, len(pos), len(neg), cnt(pos, 'en'), cnt(pos, 'fr'), cnt(neg, 'en'), cnt(neg, 'fr'), tcount, dig)
    print(f'positives: {len(pos)} (en {cnt(pos, "en")}, fr {cnt(pos, "fr")})')
    print(f'negatives: {len(neg)} (en {cnt(neg, "en")}, fr {cnt(neg, "fr")})')
    print('types: ' + ', '.join(f'{k}={tcount[k]}' for k in sorted(tcount)))
    print(f'self-check: {len(files)} files parsed and decoded, labels consistent')
    print(f'sha256 digest ({nfiles} files: positive/, negative/, labels.json): {dig}')


def write_readme(out, seed, npos, nneg, pe, pf, ne, nf, tcount, dig):
    txt = f"""# Held-out corpus 57 — outpatient specialty clinics and billing/administrative mail

Synthetic **outbound** e-mail for measuring a data-loss-prevention filter. All people, institutions,
addresses, phone numbers (555-01xx) and domains (`*.example`) are invented.

## Flavour
Outpatient specialty clinics — ophthalmology, ENT/audiology, dermatology, dental surgery and oral &
maxillofacial surgery — plus billing and administrative correspondence: RAMQ claim rejections and billing
agency, private insurers (prior authorizations, claim queries), SAAQ and CNESST files, lawyers requesting
records, out-of-province (Ontario) and non-resident (France, Belgium) patients. English and French-Canadian
about evenly. Harmless mail (negatives) includes clinic and OR schedules, supplier orders and invoices, RAMQ
billing-code updates without patients, aggregate billing and wait-list statistics, staff announcements, leave
calendars, employee occupational-health (HR) notes, patient-education leaflets, anonymised teaching cases,
grand rounds, referral guides, newsletters, IT/facilities notices, equipment service reports, sterilization QC,
job postings, committee agendas, blank forms, privacy memos, vendor mail and contact cards.

## Layout
- `positive/pNNN_<category>.eml` — {npos} confidential messages (en {pe}, fr {pf})
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages (en {ne}, fr {nf})
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "en"|"fr", "note": "..."}}}}`
- `generate.py` — the generator (this README is written by it)

Finding types used in positives (message counts): {', '.join(f'{k} {v}' for k, v in sorted(tcount.items()))}.

## Definition used
A message is confidential when a reader could identify a patient (name, or an identifier: RAMQ NAM, SIN,
Ontario health number, Belgian NISS, French NIR, chart number/MRN — sometimes spaced, dashed or lower-case)
**and** learn something personal, medical or social about them, wherever it appears: Subject, body, quoted
reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or file name. A
patient's home address or personal phone/e-mail with the name in a care context counts (`patient_contact`).
Not confidential: staff information (schedules, leave, an employee's occupational health), physicians named
with the conditions they treat, speakers and topics, aggregates, newsletters, blank forms, anonymised teaching
cases, invoices/POs, serial/lot/asset numbers (some pass Luhn or look like a NAM on purpose), clinic contact
details in signatures, IT/facilities mail, job postings, committee notices.

Every NAM comes from `../blind_nams.txt` and is used with that person's name, birth date and sex. SIN,
Ontario health numbers, NISS and NIR are generated valid and checked with python-stdnum (`ca.sin`, `luhn`,
`be.nn`, `fr.nir`); supplier GST numbers are checked with `ca.bn`.

## Transports
text/plain, text/html only, multipart/alternative, multipart/mixed with attachments; charsets utf-8,
us-ascii, iso-8859-1, windows-1252 (HTML sometimes with numeric character references); 7bit/8bit,
quoted-printable and base64; RFC 2047 encoded headers; RFC 2231 and RFC 2047 encoded attachment names;
CRLF and LF line endings; Outlook-, Gmail- and Apple-style boundaries; follow-ups quoting the original
(`>` or Outlook header block), inline forwards and forwards as attached `message/rfc822`. PDFs (reportlab,
invariant mode, compressed or not), DOCX (python-docx), XLSX (openpyxl) and ZIP use fixed timestamps, so
output is byte-for-byte reproducible.

## Regenerate
Use a Python 3.11 interpreter that has python-stdnum, reportlab, python-docx and openpyxl (the project virtualenv):

    python generate.py            # seed {seed}, writes next to generate.py
    python generate.py --out DIR  # elsewhere (blind_nams.txt is still read from ../)

The generator self-checks: every file is parsed with `email.message_from_bytes(..., policy=email.policy.default)`,
every part decoded (no replacement characters; PDFs, DOCX, XLSX and ZIPs opened), labels cover exactly the
files, positives have ≥ 1 type and their identifying strings survive decoding, negatives have no type and
contain no patient name or identifier used anywhere in the corpus.

## Digest
sha256 over `positive/`, `negative/` and `labels.json` (for each path in sorted order: `path\\n` +
hex sha256 of the file + `\\n`):

    {dig}
"""
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(txt)


if __name__ == '__main__':
    main()
