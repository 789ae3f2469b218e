#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus for DLP evaluation.

Flavour: emergency department and intensive care unit of a mid-size regional
hospital (Hopital regional de Val-des-Saules, invented).  Writes 120 positive
and 180 negative .eml files plus labels.json, deterministically from a seed.

Usage:  python generate.py [--seed 5959] [--out DIR]
"""
import argparse
import datetime
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import zipfile
from email import encoders
from email import charset as email_charset
from email import policy as email_policy
from email import message_from_bytes
from email.generator import BytesGenerator
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 5959
N_POS = 120
N_NEG = 180
REF_DATE = datetime.date(2024, 3, 15)
FIXED_DT = datetime.datetime(2024, 3, 1, 8, 0, 0)
FIXED_ZIP_DT = (2024, 3, 1, 8, 0, 0)

# ---------------------------------------------------------------------------
# Invented organisations (all domains *.example, phones 555)
# ---------------------------------------------------------------------------
HOSP = {
    'fr': "Hôpital régional de Val-des-Saules",
    'en': "Val-des-Saules Regional Hospital",
    'short': 'HRVS',
    'dom': 'hrvs.example',
    'addr': "1450, boulevard des Saules, Val-des-Saules (Québec) J0X 2B0",
    'phone': '819 555-0100',
}
CHU = {'fr': "CHU de Montbrun", 'en': "Montbrun University Hospital (CHU de Montbrun)",
       'dom': 'chumontbrun.example', 'centre_fr': "Centre de coordination des transferts",
       'centre_en': "Transfer Coordination Centre", 'phone': '514 555-0190'}
SMALL = {'fr': "Hôpital Saint-Adélard", 'en': "Saint-Adélard Hospital", 'dom': 'hsa-sante.example'}
ONT = {'en': "Riverside Valley General Hospital", 'dom': 'rvgh.example', 'phone': '613 555-0170'}
AMBU = {'fr': "Ambulances des Trois-Vallées", 'en': "Trois-Vallées Paramedic Services",
        'dom': 'ambu3v.example', 'phone': '819 555-0133'}
DON = {'fr': "Don de vie Québec-Nord", 'en': "Don de vie Québec-Nord (organ & tissue donation)",
       'dom': 'donvie-qn.example', 'phone': '1-855-555-0166'}
CLSC = {'fr': "CLSC des Hautes-Rivières", 'en': "Hautes-Rivières CLSC (home care)",
        'dom': 'cisss-hr.example'}
TAXI = {'fr': "Transport adapté Val-Saules", 'dom': 'tavs.example'}
ASSIST = {'fr': "Mondassist Rapatriement", 'en': "Mondassist Repatriation", 'dom': 'mondassist.example'}
VENDOR = {'name': "Medequip Nordique inc.", 'dom': 'medequip-nordique.example'}
PERSONAL_DOMS = ['courriel.example', 'mail.example', 'fournisseur.example', 'bellnet.example',
                 'videomail.example']

CITIES = [("Val-des-Saules", "J0X 2B0"), ("Saint-Aurèle", "J0X 1C0"), ("Lac-aux-Hérons", "J0X 3K0"),
          ("Sainte-Odile-du-Nord", "J0X 2M0"), ("Rivière-Pâle", "J0X 1T0"), ("Val-des-Saules", "J0X 2B1"),
          ("Notre-Dame-des-Cèdres", "J0X 2P0")]
STREETS = ["rue des Érables", "chemin du Lac", "rue Principale", "avenue des Pins", "rang Sainte-Odile",
           "rue Notre-Dame", "montée des Bouleaux", "rue de la Fabrique", "boulevard Laurier-Nord",
           "rue du Moulin", "chemin des Sources", "rue Champlain"]

# ---------------------------------------------------------------------------
# Name pools (staff and invented patients share them on purpose)
# ---------------------------------------------------------------------------
FR_M = ["Jean-François", "Mathieu", "Sébastien", "Alexandre", "Étienne", "Guillaume", "Pierre-Luc", "Maxime",
        "Benoît", "Réjean", "Gaétan", "Normand", "Yves", "Luc", "Stéphane", "Marc-André", "Denis", "Claude"]
FR_F = ["Marie-Ève", "Geneviève", "Isabelle", "Julie", "Catherine", "Annie", "Mélanie", "Chantal", "Lise",
        "Francine", "Nicole", "Karine", "Émilie", "Véronique", "Sophie", "Josée", "Manon", "Nathalie"]
EN_M = ["Kevin", "Ryan", "Brian", "Patrick", "Owen", "Daniel", "Ian", "Graham", "Trevor", "Colin", "Liam", "John"]
EN_F = ["Heather", "Megan", "Jennifer", "Laura", "Kathleen", "Rachel", "Brenda", "Shannon", "Alison", "Fiona",
        "Sarah", "Diane"]
FR_S = ["Tremblay", "Gagné", "Côté", "Bergeron", "Lavoie", "Pelletier", "Ouellet", "Dubé", "Lévesque", "Bélanger",
        "Girard", "Morin", "Fortin", "Gauthier", "Poulin", "Beaulieu", "Desjardins", "Leclerc", "Lefebvre", "Cyr",
        "Thériault", "Boivin", "Vaillancourt", "Charbonneau", "Paradis", "Simard", "Gagnon", "Bouchard", "Savard",
        "Nadeau", "Caron", "Lessard"]
EN_S = ["MacLeod", "O'Brien", "Campbell", "Fraser", "Murphy", "Stewart", "Henderson", "Kowalski", "Patel",
        "Nguyen", "Robertson", "Sinclair", "Harper", "Doyle", "McKenna", "Taylor", "Wilson", "Smith", "Brown"]

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------
FALLBACK = {'’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...', '•': '-', 'œ': 'oe',
            'Œ': 'OE', '€': 'EUR', '→': '->', '≥': '>=', '≤': '<=', '↑': 'hausse ', '↓': 'baisse ',
            '\u202f': ' ', '✓': 'OK', '≈': '~'}


def fit(text, cs):
    """Make text encodable in charset cs (typographic fallbacks only)."""
    out = []
    for ch in text:
        try:
            ch.encode(cs)
            out.append(ch)
        except UnicodeEncodeError:
            if ch not in FALLBACK:
                raise ValueError('no fallback for %r in %s' % (ch, cs))
            out.append(FALLBACK[ch])
    return ''.join(out)


def strip_accents(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def age_on(dob, ref=REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
             'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def long_date(d, lang):
    if lang == 'fr':
        return '%s %d %s %d' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1], d.year)
    return '%s, %s %d, %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day, d.year)


def short_date(d, lang):
    if lang == 'fr':
        return '%d %s' % (d.day, MONTHS_FR[d.month - 1])
    return '%s %d' % (MONTHS_EN[d.month - 1][:3], d.day)


class Person(object):
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None
        self.phone = None
        self.address = None
        self.email = None
        self.ids = {}

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    @property
    def age(self):
        return age_on(self.dob)


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            people.append(Person(sur, given, datetime.date.fromisoformat(dob), sex, nam))
    return people


class Gen(object):
    """Holds the RNG and produces identifiers, people, dates, staff."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.used = set()
        self.msg_counter = 0
        self.counters = {}
        self.nam_people = load_nam_people()
        self.rng.shuffle(self.nam_people)
        self.nam_idx = 0
        self._build_staff()

    # ---- identifiers ----------------------------------------------------
    def _unique(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError('cannot make unique id')

    def sin(self):
        def mk():
            body = self.rng.choice('1234567') + ''.join(self.rng.choice('0123456789') for _ in range(7))
            return body + luhn.calc_check_digit(body)
        v = self._unique(mk)
        assert ca_sin.is_valid(v), v
        return v

    def ohip(self):
        def mk():
            body = self.rng.choice('123456789') + ''.join(self.rng.choice('0123456789') for _ in range(8))
            return body + luhn.calc_check_digit(body)
        v = self._unique(mk)
        assert luhn.is_valid(v) and len(v) == 10, v
        return v

    def luhn_number(self, n):
        """Serial/asset numbers for negatives that pass a Luhn check."""
        def mk():
            body = self.rng.choice('123456789') + ''.join(self.rng.choice('0123456789') for _ in range(n - 2))
            return body + luhn.calc_check_digit(body)
        v = self._unique(mk)
        assert luhn.is_valid(v)
        return v

    def niss(self, dob, sex):
        def mk():
            cnt = self.rng.randrange(1, 998)
            if (cnt % 2 == 1) != (sex == 'M'):
                cnt += 1
            base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, cnt)
            pref = '2' if dob.year >= 2000 else ''
            chk = 97 - (int(pref + base) % 97)
            return base + '%02d' % chk
        v = self._unique(mk)
        assert be_nn.is_valid(v), v
        return v

    def nir(self, dob, sex):
        def mk():
            dept = self.rng.choice(['75', '69', '13', '33', '59', '38', '74', '44', '67', '35', '31', '06'])
            body = '%s%02d%02d%s%03d%03d' % ('1' if sex == 'M' else '2', dob.year % 100, dob.month, dept,
                                             self.rng.randrange(1, 900), self.rng.randrange(1, 999))
            return body + '%02d' % (97 - int(body) % 97)
        v = self._unique(mk)
        assert fr_nir.is_valid(v), v
        return v

    def mrn(self):
        return self._unique(lambda: '%07d' % self.rng.randrange(100000, 2999999))

    def phone(self, area=None):
        area = area or self.rng.choice(['819', '819', '873', '450'])
        return '%s 555-%04d' % (area, self.rng.randrange(100, 199))

    # ---- people -----------------------------------------------------------
    def next_nam_person(self):
        p = self.nam_people[self.nam_idx % len(self.nam_people)]
        self.nam_idx += 1
        self._fill(p)
        return p

    def invented_person(self, lang=None, min_age=18, max_age=95, sex=None):
        r = self.rng
        sex = sex or r.choice('MF')
        if (lang or r.choice(['fr', 'fr', 'en'])) == 'fr':
            given = r.choice(FR_M if sex == 'M' else FR_F)
            sur = r.choice(FR_S)
        else:
            given = r.choice(EN_M if sex == 'M' else EN_F)
            sur = r.choice(EN_S + FR_S[:8])
        age = r.randrange(min_age, max_age + 1)
        dob = datetime.date(REF_DATE.year - age - 1, r.randrange(1, 13), r.randrange(1, 29))
        if age_on(dob) < min_age:
            dob = dob.replace(year=dob.year - 1)
        p = Person(sur, given, dob, sex)
        self._fill(p)
        return p

    def _fill(self, p):
        if p.mrn is None:
            p.mrn = self.mrn()
            p.phone = self.phone()
            city, postal = self.rng.choice(CITIES)
            p.address = '%d, %s, %s (Québec) %s' % (self.rng.randrange(12, 2400), self.rng.choice(STREETS),
                                                      city, postal)
            p.city = city
            user = strip_accents('%s.%s' % (p.given.split('-')[0], p.surname)).lower().replace("'", '')
            p.email = '%s%d@%s' % (user, self.rng.randrange(1, 99), self.rng.choice(PERSONAL_DOMS))

    # ---- dates ------------------------------------------------------------
    def when(self):
        r = self.rng
        d = datetime.date(2024, 2, 1) + datetime.timedelta(days=r.randrange(0, 75))
        t = datetime.time(r.choice([0, 1, 2, 3, 5, 6, 7, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 19, 21, 22, 23]),
                          r.randrange(0, 60), r.randrange(0, 60))
        off = -4 if d >= datetime.date(2024, 3, 10) else -5
        return datetime.datetime.combine(d, t, tzinfo=datetime.timezone(datetime.timedelta(hours=off)))

    # ---- staff ------------------------------------------------------------
    def _build_staff(self):
        r = self.rng
        roles = [
            ('ed_md', 7), ('icu_md', 5), ('spec_md', 8), ('ed_rn', 8), ('icu_rn', 6), ('bed', 4), ('clerk', 5),
            ('sw', 3), ('donor', 2), ('admin', 4), ('biomed', 2), ('pharm', 2), ('educ', 3), ('qual', 2),
        ]
        self.staff = {}
        used = set()
        for role, n in roles:
            lst = []
            while len(lst) < n:
                lang = r.choice(['fr', 'fr', 'en'])
                sex = r.choice('MF')
                if lang == 'fr':
                    given = r.choice(FR_M if sex == 'M' else FR_F)
                    sur = r.choice(FR_S)
                else:
                    given = r.choice(EN_M if sex == 'M' else EN_F)
                    sur = r.choice(EN_S)
                if (given, sur) in used:
                    continue
                used.add((given, sur))
                lst.append(Staff(given, sur, sex, role, lang, r))
            self.staff[role] = lst

    def st(self, role):
        return self.rng.choice(self.staff[role])


SPECIALTIES = [
    ('cardiologie', 'cardiology'), ('neurologie', 'neurology'), ('chirurgie générale', 'general surgery'),
    ('médecine interne', 'internal medicine'), ('néphrologie', 'nephrology'), ('pédiatrie', 'paediatrics'),
    ('psychiatrie', 'psychiatry'), ('orthopédie', 'orthopaedics'),
]
ROLE_TITLE = {
    'ed_md': ('Urgentologue', 'Emergency Physician'),
    'icu_md': ('Intensiviste', 'Intensivist'),
    'ed_rn': ('Infirmière, urgence', 'RN, Emergency Department'),
    'icu_rn': ('Infirmière clinicienne, soins intensifs', 'RN, Intensive Care Unit'),
    'bed': ('Coordonnatrice de la gestion des lits', 'Bed Flow Coordinator'),
    'clerk': ('Agente administrative, urgence', 'Unit Clerk, ED'),
    'sw': ('Travailleuse sociale, soins critiques', 'Social Worker, Critical Care'),
    'donor': ('Infirmière-ressource en don d\'organes et de tissus', 'Organ & Tissue Donation Resource Nurse'),
    'admin': ('Chef de service, urgence et soins intensifs', 'Manager, Emergency & Critical Care'),
    'biomed': ('Technicien en génie biomédical', 'Biomedical Engineering Technician'),
    'pharm': ('Pharmacienne, soins critiques', 'Clinical Pharmacist, Critical Care'),
    'educ': ('Conseillère en soins infirmiers', 'Clinical Nurse Educator'),
    'qual': ('Conseillère qualité et gestion des risques', 'Quality & Risk Advisor'),
}


class Staff(object):
    def __init__(self, given, sur, sex, role, lang, r):
        self.given, self.surname, self.sex, self.role, self.lang = given, sur, sex, role, lang
        self.ext = '%d' % r.randrange(4100, 4899)
        self.spec = r.choice(SPECIALTIES) if role == 'spec_md' else None
        self.email = strip_accents('%s.%s@%s' % (given, sur, HOSP['dom'])).lower().replace("'", '').replace(' ', '')

    @property
    def md(self):
        return self.role.endswith('_md')

    def title(self, lang):
        if self.md:
            return ('Dre ' if self.sex == 'F' else 'Dr ') if lang == 'fr' else 'Dr. '
        return ''

    def name(self, lang='fr', with_title=True):
        return (self.title(lang) if with_title else '') + '%s %s' % (self.given, self.surname)

    def role_title(self, lang):
        if self.role == 'spec_md':
            return ('Médecin spécialiste, %s' % self.spec[0]) if lang == 'fr' else ('Physician, %s' % self.spec[1])
        t = ROLE_TITLE[self.role][0 if lang == 'fr' else 1]
        if lang == 'fr' and self.sex == 'M':
            t = (t.replace('Infirmière', 'Infirmier').replace('Coordonnatrice', 'Coordonnateur')
                 .replace('Agente', 'Agent').replace('Travailleuse', 'Travailleur').replace('Pharmacienne', 'Pharmacien')
                 .replace('Conseillère', 'Conseiller'))
        return t

    def addr(self):
        return (self.name('fr', with_title=False), self.email)

    def sig(self, lang, r, style=None):
        style = style if style is not None else r.randrange(5)
        hosp = HOSP[lang]
        if style == 0:
            return '-- \n%s\n%s\n%s\n%s, poste %s' % (self.name(lang), self.role_title(lang), hosp, HOSP['phone'],
                                                      self.ext) if lang == 'fr' else \
                '-- \n%s\n%s\n%s\n%s ext. %s' % (self.name(lang), self.role_title(lang), hosp, HOSP['phone'], self.ext)
        if style == 1:
            return '%s\n%s | %s' % (self.name(lang, with_title=False), self.role_title(lang), HOSP['short'])
        if style == 2:
            return '%s %s.' % (self.given, self.surname[0])
        if style == 3:
            conf = ("AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. "
                    "Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur.") if lang == 'fr' \
                else ("CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received "
                      "it in error, please delete it and notify the sender.")
            return '%s\n%s\n%s\n%s\n%s\n\n%s' % (self.name(lang), self.role_title(lang), hosp, HOSP['addr'],
                                                 HOSP['phone'], conf)
        return self.given


# ---------------------------------------------------------------------------
# Identifier / name / date formatting with light disguise
# ---------------------------------------------------------------------------
def fmt_nam(nam, r):
    s = r.choice([0, 0, 1, 1, 2, 3, 4])
    if s == 0:
        return nam
    if s == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if s == 2:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if s == 3:
        return nam.lower()
    return '%s %s' % (nam[:4], nam[4:])


def fmt_sin(v, r):
    return r.choice(['%s %s %s' % (v[:3], v[3:6], v[6:]), '%s-%s-%s' % (v[:3], v[3:6], v[6:]), v])


def fmt_ohip(v, r):
    vc = r.choice(['', '', ' ' + r.choice(['AB', 'KT', 'ZX', 'HM']), '-' + r.choice(['GH', 'PL'])])
    return r.choice(['%s-%s-%s' % (v[:4], v[4:7], v[7:]), '%s %s %s' % (v[:4], v[4:7], v[7:]), v]) + vc


def fmt_niss(v, r):
    return r.choice(['%s.%s.%s-%s.%s' % (v[:2], v[2:4], v[4:6], v[6:9], v[9:]), v,
                     '%s %s %s %s %s' % (v[:2], v[2:4], v[4:6], v[6:9], v[9:])])


def fmt_nir(v, r):
    return r.choice(['%s %s %s %s %s %s %s' % (v[0], v[1:3], v[3:5], v[5:7], v[7:10], v[10:13], v[13:]), v,
                     '%s %s' % (v[:13], v[13:])])


def fmt_mrn(v, r, lang):
    s = r.randrange(7)
    if s == 0:
        return ('dossier %s' if lang == 'fr' else 'MRN %s') % v
    if s == 1:
        return ('no dossier : %s' if lang == 'fr' else 'chart # %s') % v
    if s == 2:
        return '%s-%s' % (HOSP['short'], v.lstrip('0'))
    if s == 3:
        return ('# dossier %s-%s' if lang == 'fr' else 'MRN: %s-%s') % (v[:3], v[3:])
    if s == 4:
        return ('dos. %s' if lang == 'fr' else 'chart %s') % v
    if s == 5:
        return 'MRN %s' % v
    return ('N° dossier %s' if lang == 'fr' else 'Hosp. no. %s') % v


def fmt_dob(d, lang, r):
    s = r.randrange(6)
    if s == 0:
        return d.isoformat()
    if s == 1:
        return '%02d/%02d/%d' % (d.day, d.month, d.year)
    if s == 2:
        return ('%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)) if lang == 'fr' else \
            ('%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year))
    if s == 3:
        return '%d-%02d-%02d' % (d.year, d.month, d.day)
    if s == 4:
        return ('%02d-%s-%d' % (d.day, MONTHS_FR[d.month - 1][:4].rstrip('.'), d.year)) if lang == 'fr' else \
            ('%02d-%s-%d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year))
    return '%d/%02d/%02d' % (d.year, d.month, d.day)


def honor(p, lang):
    if lang == 'fr':
        return 'M.' if p.sex == 'M' else 'Mme'
    return 'Mr.' if p.sex == 'M' else r_choice_static(['Mrs.', 'Ms.'], p)


def r_choice_static(opts, p):
    return opts[sum(ord(c) for c in p.surname) % len(opts)]


def typo(s, r):
    """Introduce a realistic misspelling in a name (drop/double/swap a letter)."""
    if len(s) < 5:
        return s
    i = r.randrange(1, len(s) - 2)
    k = r.randrange(3)
    if k == 0:
        return s[:i] + s[i + 1:]
    if k == 1:
        return s[:i] + s[i] + s[i:]
    return s[:i] + s[i + 1] + s[i] + s[i + 2:]


def fmt_name(p, lang, r, style=None):
    s = style if style is not None else r.randrange(10)
    if s == 0:
        return p.full
    if s == 1:
        return '%s, %s' % (p.surname.upper(), p.given)
    if s == 2:
        return '%s %s' % (p.surname, p.given)
    if s == 3:
        return '%s %s' % (honor(p, lang), p.full)
    if s == 4:
        return '%s %s' % (honor(p, lang), p.surname)
    if s == 5:
        return '%s %s' % (p.surname.upper(), p.given.upper())
    if s == 6:
        return '%s. %s' % (p.given[0], p.surname)
    if s == 7:
        return '%s %s' % (p.given, typo(p.surname, r))
    if s == 8:
        return '%s %s' % (p.given.lower(), p.surname.lower())
    return '%s, %s' % (p.surname, p.given)


class Case(object):
    """Collects the finding types actually written into a positive message."""

    def __init__(self, g, lang):
        self.g, self.lang, self.r = g, lang, g.rng
        self.types = set()

    def name(self, p, style=None):
        self.types.add('patient_name')
        return fmt_name(p, self.lang, self.r, style)

    def nam(self, p):
        self.types.add('ramq_nam')
        return fmt_nam(p.nam, self.r)

    def dob(self, p):
        self.types.add('date_of_birth')
        return fmt_dob(p.dob, self.lang, self.r)

    def mrn(self, p):
        self.types.add('mrn')
        return fmt_mrn(p.mrn, self.r, self.lang)

    def sin(self, p):
        self.types.add('ca_sin')
        p.ids.setdefault('sin', self.g.sin())
        return fmt_sin(p.ids['sin'], self.r)

    def ohip(self, p):
        self.types.add('ca_health_number')
        p.ids.setdefault('ohip', self.g.ohip())
        return fmt_ohip(p.ids['ohip'], self.r)

    def niss(self, p):
        self.types.add('be_niss')
        p.ids.setdefault('niss', self.g.niss(p.dob, p.sex))
        return fmt_niss(p.ids['niss'], self.r)

    def nir(self, p):
        self.types.add('fr_nir')
        p.ids.setdefault('nir', self.g.nir(p.dob, p.sex))
        return fmt_nir(p.ids['nir'], self.r)

    def dx(self, s):
        self.types.add('diagnosis')
        return s

    def med(self, s):
        self.types.add('medication')
        return s

    def lab(self, s):
        self.types.add('lab_result')
        return s

    def contact(self, s):
        self.types.add('patient_contact')
        return s

    def social(self, s):
        self.types.add('social_information')
        return s


# ---------------------------------------------------------------------------
# Attachment builders (byte-for-byte reproducible)
# ---------------------------------------------------------------------------
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)',
                                 rb'\g<1>2024-03-01T08:00:00Z\g<2>', content)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def _wrap(line, width):
    words = line.split(' ')
    out, cur = [], ''
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, table=None, author='HRVS'):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(HOSP['short'])
    y = [740]

    def newline(step=14):
        y[0] -= step
        if y[0] < 60:
            c.showPage()
            y[0] = 740
            c.setFont('Helvetica', 10)

    c.setFont('Helvetica-Bold', 9)
    c.drawString(50, 760, HOSP['fr'] + ' / ' + HOSP['en'])
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y[0], title)
    newline(22)
    c.setFont('Helvetica', 10)
    for line in lines:
        if line == '':
            newline(8)
            continue
        for part in _wrap(line, 95):
            c.drawString(50, y[0], part)
            newline()
    if table:
        newline(6)
        ncol = len(table[0])
        colw = 510.0 / ncol
        for i, row in enumerate(table):
            c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
            for j, cell in enumerate(row):
                c.drawString(50 + j * colw, y[0], str(cell)[:int(colw / 4.6)])
            newline(12)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author='HRVS'):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='HRVS'):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_ics(uid, summary, start, minutes, location, description, organizer, attendees):
    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        b = line.encode('utf-8')
        if len(b) <= 74:
            return line
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 73:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n'.join(out)
    end = start + datetime.timedelta(minutes=minutes)
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//HRVS//Agenda 2.1//FR', 'VERSION:2.0', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20240301T120000Z',
             'DTSTART;TZID=America/Montreal:%s' % start.strftime(f),
             'DTEND;TZID=America/Montreal:%s' % end.strftime(f),
             'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location),
             'DESCRIPTION:%s' % esc(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(fn, sur, given, org, title, tels, email, note=None, adr=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, given), 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s' % adr.replace(',', '\\,'))
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


class Att(object):
    """An attachment: kind in pdf, docx, xlsx, zip, csv, ics, vcf, txt, eml."""

    def __init__(self, filename, kind, data, text_charset='utf-8'):
        self.filename, self.kind, self.data, self.text_charset = filename, kind, data, text_charset


# ---------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------
def text_to_html(text, style=0):
    """Render the plain-text body as simple mail-client HTML (quotes, lists, pipe tables)."""
    lines = text.split('\n')
    out = []
    i = 0
    para = []

    def flush():
        if para:
            out.append('<p>%s</p>' % '<br>\n'.join(htmlmod.escape(x) for x in para))
            del para[:]
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            flush()
            q = []
            while i < len(lines) and lines[i].startswith('>'):
                q.append(lines[i][1:].lstrip(' ') if lines[i].startswith('> ') or lines[i] == '>' else lines[i][1:])
                i += 1
            out.append('<blockquote style="border-left:2px solid #999;margin-left:6px;padding-left:8px">%s'
                       '</blockquote>' % text_to_html('\n'.join(q), style=-1))
            continue
        if ' | ' in ln and ln.count('|') >= 2:
            flush()
            rows = []
            while i < len(lines) and ' | ' in lines[i]:
                rows.append([c.strip() for c in lines[i].strip().strip('|').split('|')])
                i += 1
            rows = [r_ for r_ in rows if not all(set(c) <= set('-: ') for c in r_)]
            h = ['<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">']
            for k, row in enumerate(rows):
                tag = 'th' if k == 0 else 'td'
                h.append('<tr>%s</tr>' % ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(c), tag) for c in row))
            h.append('</table>')
            out.append('\n'.join(h))
            continue
        if ln.startswith('- ') or ln.startswith('* ') or ln.startswith('• '):
            flush()
            items = []
            while i < len(lines) and (lines[i].startswith('- ') or lines[i].startswith('* ')
                                      or lines[i].startswith('• ')):
                items.append('<li>%s</li>' % htmlmod.escape(lines[i][2:]))
                i += 1
            out.append('<ul>%s</ul>' % ''.join(items))
            continue
        if ln.strip() == '':
            flush()
        else:
            para.append(ln)
        i += 1
    flush()
    inner = '\n'.join(out)
    if style == -1:
        return inner
    if style == 0:
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CS%%">'
                '<style>p{margin:0 0 8px 0}</style></head>'
                '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>' % inner)
    if style == 1:
        return '<div dir="ltr">\n%s\n</div>' % inner
    return ('<!DOCTYPE html><html><body><div style="font-family:Verdana;font-size:10pt;color:#1f1f1f">\n%s\n'
            '</div></body></html>' % inner)


def make_cs(name, cte):
    cs = email_charset.Charset(name)
    cs.body_encoding = {'qp': email_charset.QP, 'b64': email_charset.BASE64, '8bit': None}[cte]
    return cs


def fmt_addr(a, cs):
    name, addr = a
    name = fit(name, cs) if name else ''
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def pick_transport(g, spec):
    r = g.rng
    t = {}
    t['charset'] = spec.get('charset') or r.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [55, 20, 25])[0]
    if t['charset'] == 'utf-8':
        t['cte'] = r.choices(['qp', 'b64', '8bit'], [40, 35, 25])[0]
    else:
        t['cte'] = r.choices(['qp', 'b64', '8bit'], [60, 15, 25])[0]
    t['fmt'] = spec.get('fmt') or r.choices(['plain', 'alt', 'html'], [45, 35, 20])[0]
    t['crlf'] = r.random() < 0.5
    t['html_style'] = r.randrange(3)
    return t


def boundary(g):
    return '----=_Part_%d_%010d.%d' % (g.rng.randrange(1000, 9999), g.rng.randrange(10 ** 9), 1709280000 +
                                        g.rng.randrange(10 ** 7))


def attachment_part(g, att, t):
    kind = att.kind
    fn = att.filename
    if kind == 'eml':
        part = MIMEMessage(att.data)
    elif kind in ('csv', 'txt'):
        cs = att.text_charset
        sub = 'csv' if kind == 'csv' else 'plain'
        if cs == 'utf-8-bom':
            part = MIMEBase('text', sub, charset='utf-8')
            part.set_payload(('\ufeff' + att.data).encode('utf-8'))
            encoders.encode_base64(part)
        else:
            part = MIMEText(fit(att.data, cs), sub, make_cs(cs, g.rng.choice(['qp', 'b64'])))
    elif kind == 'ics':
        part = MIMEBase('text', 'calendar', method='REQUEST', charset='utf-8')
        part.set_payload(att.data)
        encoders.encode_base64(part)
    elif kind == 'vcf':
        part = MIMEBase('text', g.rng.choice(['vcard', 'x-vcard']), charset='utf-8')
        part.set_payload(att.data)
        encoders.encode_base64(part)
    else:
        ctype = {
            'pdf': ('application', 'pdf'),
            'docx': ('application', 'vnd.openxmlformats-officedocument.wordprocessingml.document'),
            'xlsx': ('application', 'vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
            'zip': ('application', g.rng.choice(['zip', 'x-zip-compressed'])),
        }[kind]
        if g.rng.random() < 0.12:
            ctype = ('application', 'octet-stream')
        part = MIMEBase(*ctype)
        part.set_payload(att.data)
        encoders.encode_base64(part)
    if fn:
        if any(ord(c) > 127 for c in fn):
            part.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fn))
            if kind not in ('eml',):
                part.set_param('name', ('utf-8', '', fn))
        else:
            part.add_header('Content-Disposition', 'attachment', filename=fn)
            if kind not in ('eml',):
                part.set_param('name', fn)
    return part


MAILERS = ['Microsoft Outlook 16.0', 'Zimbra 9.0.0_GA (ZimbraWebClient - FF115)', None, None,
           'Mozilla Thunderbird 115.8.1', 'Apple Mail (2.3774)', None]


def build_mime(g, spec, t=None):
    """Return (email.message.Message, transport dict) for a spec."""
    t = t or pick_transport(g, spec)
    cs_name = t['charset']
    cs = make_cs(cs_name, t['cte'])
    body = fit(spec['body'], cs_name)
    fmt = t['fmt']
    html_src = spec.get('html')
    if fmt != 'plain':
        html = html_src if html_src else text_to_html(spec['body'], t['html_style'])
        html = fit(html.replace('%CS%', cs_name), cs_name)
    if fmt == 'plain':
        bodypart = MIMEText(body, 'plain', cs)
    elif fmt == 'html':
        bodypart = MIMEText(html, 'html', cs)
    else:
        bodypart = MIMEMultipart('alternative', boundary=boundary(g))
        bodypart.attach(MIMEText(body, 'plain', cs))
        bodypart.attach(MIMEText(html, 'html', cs))
    atts = spec.get('atts') or []
    if atts:
        msg = MIMEMultipart('mixed', boundary=boundary(g))
        msg.attach(bodypart)
        for a in atts:
            msg.attach(attachment_part(g, a, t))
    else:
        msg = bodypart
    ct = [(k, v) for k, v in msg.items()]
    for k in set(msg.keys()):
        del msg[k]
    hcs = cs_name
    msg['From'] = fmt_addr(spec['from'], hcs)
    msg['To'] = ', '.join(fmt_addr(a, hcs) for a in spec['to'])
    if spec.get('cc'):
        msg['Cc'] = ', '.join(fmt_addr(a, hcs) for a in spec['cc'])
    subj = fit(spec['subject'], hcs)
    if any(ord(c) > 127 for c in subj):
        msg['Subject'] = Header(subj, hcs)
    else:
        msg['Subject'] = subj
    dt = spec.get('date') or g.when()
    msg['Date'] = format_datetime(dt)
    g.msg_counter += 1
    dom = spec['from'][1].split('@')[1]
    msg['Message-ID'] = '<%016x.%d@%s>' % (g.rng.getrandbits(64), g.msg_counter, dom)
    if spec.get('in_reply_to'):
        msg['In-Reply-To'] = spec['in_reply_to']
        msg['References'] = spec['in_reply_to']
    if spec.get('importance'):
        msg['Importance'] = 'High'
        msg['X-Priority'] = '1'
    mailer = g.rng.choice(MAILERS)
    if mailer:
        msg['X-Mailer'] = mailer
    msg['Content-Language'] = 'fr-CA' if spec['lang'] == 'fr' else 'en-CA'
    if 'MIME-Version' not in dict(ct):
        msg['MIME-Version'] = '1.0'
    for k, v in ct:
        msg[k] = v
    return msg, t


def serialize(msg, crlf):
    buf = io.BytesIO()
    gen = BytesGenerator(buf, mangle_from_=False, maxheaderlen=78,
                         policy=email_policy.compat32.clone(linesep='\n'))
    gen.flatten(msg)
    data = buf.getvalue().replace(b'\r\n', b'\n')
    if crlf:
        data = data.replace(b'\n', b'\r\n')
    return data


def reply_id(g, dom):
    return '<%016x@%s>' % (g.rng.getrandbits(64), dom)


def quote_block(text):
    return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def attribution(lang, who, dt, r):
    name, addr = who
    if lang == 'fr':
        k = r.randrange(3)
        if k == 0:
            return 'Le %s à %s, %s <%s> a écrit :' % (short_date(dt.date(), 'fr') + ' ' + str(dt.year),
                                                       dt.strftime('%H:%M'), name, addr)
        if k == 1:
            return '-----Message d\'origine-----\nDe : %s\nEnvoyé : %s %s\nObjet : ' % (
                name, long_date(dt.date(), 'fr'), dt.strftime('%H:%M'))
        return '%s a écrit le %s :' % (name, dt.strftime('%Y-%m-%d %H:%M'))
    k = r.randrange(3)
    if k == 0:
        return 'On %s at %s, %s <%s> wrote:' % (long_date(dt.date(), 'en'), dt.strftime('%I:%M %p').lstrip('0'),
                                                name, addr)
    if k == 1:
        return '-----Original Message-----\nFrom: %s\nSent: %s %s\nSubject: ' % (
            name, long_date(dt.date(), 'en'), dt.strftime('%H:%M'))
    return '%s wrote on %s:' % (name, dt.strftime('%Y-%m-%d %H:%M'))


def with_quote(lang, new_text, who, dt, old_subject, old_text, r, inline_fwd=False):
    att = attribution(lang, who, dt, r)
    if att.endswith('Objet : ') or att.endswith('Subject: '):
        # Outlook style: header block + unquoted original
        return '%s\n\n%s%s\n\n%s' % (new_text, att, old_subject, old_text)
    return '%s\n\n%s\n%s' % (new_text, att, quote_block(old_text))


def inline_forward(lang, new_text, who, to, dt, old_subject, old_text):
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s %s\nObjet : %s\nÀ : %s'
                % (who[0], who[1], long_date(dt.date(), 'fr'), dt.strftime('%H:%M'), old_subject, to))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nSubject: %s\nTo: %s'
                % (who[0], who[1], long_date(dt.date(), 'en'), dt.strftime('%H:%M'), old_subject, to))
    return '%s\n\n%s\n\n%s' % (new_text, head, old_text)


# ---------------------------------------------------------------------------
# Clinical content pools (used only inside positives, or de-identified in negatives)
# ---------------------------------------------------------------------------
class Cond(object):
    def __init__(self, key, dx_en, dx_fr, med_en, med_fr, lab_en, lab_fr, svc_en, svc_fr, flags=''):
        self.key = key
        self.dx = {'en': dx_en, 'fr': dx_fr}
        self.med = {'en': med_en, 'fr': med_fr}
        self.lab = {'en': lab_en, 'fr': lab_fr}
        self.svc = {'en': svc_en, 'fr': svc_fr}
        self.flags = flags


CONDS = [
    Cond('stemi', 'inferior STEMI', 'STEMI inférieur',
         'ASA 325 mg chewed, ticagrelor 180 mg PO, heparin 4000 U IV', 'AAS 325 mg croqué, ticagrélor 180 mg PO, '
         'héparine 4000 U IV', 'hs-troponin T 1870 ng/L, K 4.1', 'troponine T hs 1870 ng/L, K 4,1',
         'interventional cardiology', 'hémodynamie', 'adult'),
    Cond('sepsis', 'septic shock from obstructive pyelonephritis', 'choc septique sur pyélonéphrite obstructive',
         'norepinephrine 0.15 mcg/kg/min, piperacillin-tazobactam 4.5 g IV', 'norépinéphrine 0,15 mcg/kg/min, '
         'pipéracilline-tazobactam 4,5 g IV', 'lactate 6.2 mmol/L, creatinine 248 umol/L',
         'lactate 6,2 mmol/L, créatinine 248 µmol/L', 'urology', 'urologie', 'adult icu'),
    Cond('dka', 'diabetic ketoacidosis (type 1 diabetes)', 'acidocétose diabétique (diabète type 1)',
         'insulin infusion 0.1 U/kg/h, NS 1 L/h, KCl 20 mmol/L', 'perfusion d\'insuline 0,1 U/kg/h, NaCl 0,9 % '
         '1 L/h, KCl 20 mmol/L', 'pH 7.04, HCO3 5, anion gap 31, glucose 36.8 mmol/L',
         'pH 7,04, HCO3 5, trou anionique 31, glycémie 36,8 mmol/L', 'ICU', 'soins intensifs', 'adult peds icu'),
    Cond('ich', 'left basal ganglia intracerebral haemorrhage on warfarin',
         'hémorragie intracérébrale des noyaux gris centraux G sous warfarine',
         'PCC 2000 U, vitamin K 10 mg IV, labetalol 10 mg IV', 'Octaplex 2000 U, vitamine K 10 mg IV, '
         'labétalol 10 mg IV', 'INR 3.6, platelets 212', 'RNI 3,6, plaquettes 212', 'neurosurgery',
         'neurochirurgie', 'adult icu'),
    Cond('copd', 'AECOPD with hypercapnic respiratory failure',
         'MPOC exacerbée avec insuffisance respiratoire hypercapnique',
         'methylprednisolone 125 mg IV, salbutamol/ipratropium nebs, BiPAP 14/6',
         'méthylprednisolone 125 mg IV, salbutamol/ipratropium en nébulisation, BiPAP 14/6',
         'ABG pH 7.22 / pCO2 81 mmHg', 'gaz artériel pH 7,22 / pCO2 81 mmHg', 'ICU', 'soins intensifs',
         'adult icu'),
    Cond('ugib', 'upper GI bleed, probable duodenal ulcer', 'hémorragie digestive haute, ulcère duodénal probable',
         'pantoprazole 80 mg IV then 8 mg/h, 2 units PRBC', 'pantoprazole 80 mg IV puis 8 mg/h, 2 culots globulaires',
         'Hb 61 g/L (baseline 128), BUN 24', 'Hb 61 g/L (base 128), urée 24', 'gastroenterology',
         'gastroentérologie', 'adult'),
    Cond('apap', 'intentional acetaminophen overdose', 'intoxication volontaire à l\'acétaminophène',
         'N-acetylcysteine 21-hour protocol', 'N-acétylcystéine protocole 21 h',
         'acetaminophen 1380 umol/L at 4 h, ALT 62', 'acétaminophène 1380 µmol/L à 4 h, ALT 62', 'psychiatry',
         'psychiatrie', 'adult teen psych'),
    Cond('hip', 'left femoral neck fracture after a fall', 'fracture du col fémoral gauche post-chute',
         'hydromorphone 0.5 mg SC q2h PRN, fascia iliaca block', 'hydromorphone 0,5 mg SC q2h PRN, bloc fascia iliaca',
         'Hb 104, creatinine 131', 'Hb 104, créatinine 131', 'orthopaedics', 'orthopédie', 'old'),
    Cond('pe', 'submassive pulmonary embolism', 'embolie pulmonaire sous-massive',
         'unfractionated heparin infusion per nomogram', 'héparine non fractionnée selon nomogramme',
         'troponin 96 ng/L, NT-proBNP 4120', 'troponine 96 ng/L, NT-proBNP 4120', 'internal medicine',
         'médecine interne', 'adult'),
    Cond('seizure', 'status epilepticus secondary to hyponatraemia', 'état de mal épileptique sur hyponatrémie',
         'lorazepam 4 mg IV x2, levetiracetam 60 mg/kg, 3% saline 150 mL',
         'lorazépam 4 mg IV x2, lévétiracétam 60 mg/kg, NaCl 3 % 150 mL', 'Na 114 mmol/L', 'Na 114 mmol/L',
         'ICU', 'soins intensifs', 'adult icu'),
    Cond('hyperk', 'hyperkalaemia in end-stage renal disease, missed dialysis',
         'hyperkaliémie sur IRC terminale, dialyse manquée',
         'calcium gluconate 3 g IV, insulin 10 U + D50W, salbutamol 20 mg neb',
         'gluconate de calcium 3 g IV, insuline 10 U + D50, salbutamol 20 mg en nébulisation',
         'K 7.3 mmol/L, creatinine 912', 'K 7,3 mmol/L, créatinine 912', 'nephrology', 'néphrologie', 'adult'),
    Cond('anoxic', 'anoxic brain injury after out-of-hospital cardiac arrest',
         'encéphalopathie anoxique post-arrêt cardiorespiratoire extrahospitalier',
         'propofol 20 mcg/kg/min, norepinephrine 0.2 mcg/kg/min, TTM 36 C',
         'propofol 20 mcg/kg/min, norépinéphrine 0,2 mcg/kg/min, contrôle ciblé de la température 36 °C',
         'lactate 9.1, NSE 112 ug/L at 48 h', 'lactate 9,1, NSE 112 µg/L à 48 h', 'ICU', 'soins intensifs',
         'adult icu donor'),
    Cond('dt', 'alcohol withdrawal with delirium tremens', 'sevrage alcoolique avec delirium tremens',
         'diazepam 20 mg PO q1h per CIWA, thiamine 500 mg IV', 'diazépam 20 mg PO q1h selon CIWA, thiamine 500 mg IV',
         'Mg 0.54, GGT 412, CK 2300', 'Mg 0,54, GGT 412, CK 2300', 'ICU', 'soins intensifs', 'adult icu'),
    Cond('ards', 'severe community-acquired pneumonia with ARDS', 'pneumonie communautaire grave avec SDRA',
         'ceftriaxone 2 g + azithromycin 500 mg IV, intubated, rocuronium', 'ceftriaxone 2 g + azithromycine '
         '500 mg IV, intubé, rocuronium', 'P/F ratio 92, procalcitonin 18', 'rapport P/F 92, procalcitonine 18',
         'ICU', 'soins intensifs', 'adult icu'),
    Cond('opioid', 'fentanyl overdose with aspiration pneumonitis', 'surdose de fentanyl avec pneumonite d\'aspiration',
         'naloxone 0.4 mg IV x3 then infusion 0.3 mg/h', 'naloxone 0,4 mg IV x3 puis perfusion 0,3 mg/h',
         'pCO2 68, CK 3400', 'pCO2 68, CK 3400', 'ICU', 'soins intensifs', 'adult teen icu'),
    Cond('ectopic', 'ruptured ectopic pregnancy', 'grossesse ectopique rompue',
         '2 units PRBC, Rh immune globulin 300 mcg', '2 culots globulaires, immunoglobuline anti-D 300 µg',
         'beta-hCG 4850 IU/L, Hb 79', 'bêta-hCG 4850 UI/L, Hb 79', 'gynaecology', 'gynécologie', 'fertile'),
    Cond('aaa', 'ruptured abdominal aortic aneurysm (6.8 cm)', 'rupture d\'anévrisme de l\'aorte abdominale (6,8 cm)',
         'massive transfusion protocol, tranexamic acid 1 g', 'protocole de transfusion massive, acide tranexamique 1 g',
         'Hb 72, lactate 4.4', 'Hb 72, lactate 4,4', 'vascular surgery', 'chirurgie vasculaire', 'old'),
    Cond('stroke', 'acute ischaemic stroke, left MCA large-vessel occlusion',
         'AVC ischémique aigu, occlusion proximale de l\'ACM gauche',
         'tenecteplase 0.25 mg/kg given at 14:12', 'ténectéplase 0,25 mg/kg administrée à 14 h 12',
         'glucose 7.2, INR 1.0', 'glycémie 7,2, RNI 1,0', 'neuro-intervention (thrombectomy)',
         'neuroradiologie d\'intervention (thrombectomie)', 'adult'),
    Cond('pjp', 'Pneumocystis pneumonia, newly diagnosed HIV', 'pneumonie à Pneumocystis, VIH nouvellement diagnostiqué',
         'TMP-SMX 15 mg/kg/day + prednisone 40 mg BID', 'TMP-SMX 15 mg/kg/j + prednisone 40 mg BID',
         'CD4 42 cells/uL, LDH 610', 'CD4 42 cellules/µL, LDH 610', 'infectious diseases', 'microbiologie-infectiologie',
         'adult'),
    Cond('psychosis', 'acute psychosis with suicidal ideation', 'psychose aiguë avec idéations suicidaires',
         'olanzapine 10 mg IM', 'olanzapine 10 mg IM', 'urine drug screen positive for amphetamines',
         'dépistage urinaire positif aux amphétamines', 'psychiatry', 'psychiatrie', 'adult teen psych'),
    # paediatric
    Cond('asthma', 'status asthmaticus', 'état de mal asthmatique',
         'continuous salbutamol, magnesium sulfate 50 mg/kg IV, dexamethasone 0.6 mg/kg',
         'salbutamol en continu, sulfate de magnésium 50 mg/kg IV, dexaméthasone 0,6 mg/kg',
         'pCO2 52, K 3.0', 'pCO2 52, K 3,0', 'PICU', 'soins intensifs pédiatriques', 'peds'),
    Cond('tbi', 'severe traumatic brain injury (ATV crash)', 'traumatisme craniocérébral grave (accident de VTT)',
         'mannitol 1 g/kg, fentanyl/midazolam infusion', 'mannitol 1 g/kg, perfusion fentanyl/midazolam',
         'Hb 98, INR 1.4', 'Hb 98, RNI 1,4', 'paediatric trauma', 'traumatologie pédiatrique', 'peds teen'),
    Cond('appy', 'perforated appendicitis with sepsis', 'appendicite perforée avec sepsis',
         'piperacillin-tazobactam 100 mg/kg IV', 'pipéracilline-tazobactam 100 mg/kg IV', 'WBC 24.1, CRP 212',
         'GB 24,1, CRP 212', 'paediatric surgery', 'chirurgie pédiatrique', 'peds'),
    Cond('mening', 'presumed bacterial meningitis', 'méningite bactérienne présumée',
         'ceftriaxone 100 mg/kg, vancomycin 15 mg/kg, dexamethasone', 'ceftriaxone 100 mg/kg, vancomycine 15 mg/kg, '
         'dexaméthasone', 'CSF WBC 2100, CSF glucose 0.8', 'LCR GB 2100, glucose LCR 0,8', 'PICU',
         'soins intensifs pédiatriques', 'peds'),
]

SOCIAL = [
    ('lives alone, no family nearby', ('vit seul, aucune famille à proximité', 'vit seule, aucune famille à proximité')),
    ('homeless, usually stays at the Champlain Street shelter', ('en situation d\'itinérance, hébergé au refuge de la rue Champlain',
                                                                 'en situation d\'itinérance, hébergée au refuge de la rue Champlain')),
    ('under public curatorship', ('sous curatelle publique', 'sous curatelle publique')),
    ('suspected intimate partner violence - do NOT disclose presence to the partner',
     ('violence conjugale soupçonnée - NE PAS divulguer sa présence au conjoint',
      'violence conjugale soupçonnée - NE PAS divulguer sa présence au conjoint')),
    ('in custody, escorted by two correctional officers', ('détenu, escorté par deux agents des services correctionnels',
                                                           'détenue, escortée par deux agents des services correctionnels')),
    ('Jehovah\'s Witness, refuses blood products (advance directive on file)',
     ('Témoin de Jéhovah, refuse les produits sanguins (directive au dossier)',
      'Témoin de Jéhovah, refuse les produits sanguins (directive au dossier)')),
    ('recently widowed; daughter is the substitute decision-maker', ('veuf depuis peu; sa fille est mandataire',
                                                                     'veuve depuis peu; sa fille est mandataire')),
    ('conflict between the two sons about the level of care', ('conflit entre les deux fils sur le niveau de soins',
                                                                'conflit entre les deux fils sur le niveau de soins')),
    ('no valid provincial coverage, asylum claimant', ('pas de couverture RAMQ valide, demandeur d\'asile',
                                                       'pas de couverture RAMQ valide, demandeuse d\'asile')),
    ('drinks daily since losing his job last month', ('consommation d\'alcool quotidienne depuis la perte de son emploi',
                                                      'consommation d\'alcool quotidienne depuis la perte de son emploi')),
    ('main caregiver of a spouse with dementia who is now alone at home',
     ('proche aidant de sa conjointe atteinte de démence, seule à domicile',
      'proche aidante de son conjoint atteint de démence, seul à domicile')),
    ('needs a Mandarin interpreter; financially dependent on his son',
     ('interprète mandarin requis; dépend financièrement de son fils', 'interprète mandarin requis; dépend financièrement de son fils')),
    ('on social assistance, no phone at home', ('prestataire de l\'aide sociale, pas de téléphone à domicile',
                                                'prestataire de l\'aide sociale, pas de téléphone à domicile')),
]
SOCIAL_CHILD = [
    ('DPJ (youth protection) report filed this morning', 'signalement à la DPJ fait ce matin'),
    ('parents separated, custody with the mother only - father not to be given information',
     'parents séparés, garde exclusive à la mère - ne pas donner d\'information au père'),
    ('placed in a foster family, caseworker to be contacted', 'placé en famille d\'accueil, intervenante DPJ à joindre'),
]


def social_text(p, lang, r, exclude=()):
    if p.age < 16:
        s = r.choice(SOCIAL_CHILD)
        return s[0] if lang == 'en' else s[1]
    pool = [x for i, x in enumerate(SOCIAL) if i not in exclude]
    if p.age > 68:
        pool = [x for x in pool if 'job' not in x[0]]
    if p.age < 60:
        pool = [x for x in pool if 'widowed' not in x[0] and 'sons' not in x[0]]
    s = r.choice(pool)
    txt = s[0] if lang == 'en' else s[1][0 if p.sex == 'M' else 1]
    if lang == 'en' and p.sex == 'F':
        txt = txt.replace(' his ', ' her ')
    return txt


def pick_cond(g, p, want=None):
    r = g.rng
    a = p.age
    pool = []
    for c in CONDS:
        f = c.flags.split()
        if want and c.key not in want:
            continue
        if a < 14:
            ok = 'peds' in f
        elif a < 18:
            ok = 'teen' in f or 'peds' in f
        else:
            ok = 'adult' in f or ('old' in f and a >= 55) or ('fertile' in f and p.sex == 'F' and a <= 45)
        if ok:
            pool.append(c)
    if not pool:
        return pick_cond(g, p)
    return r.choice(pool)


def gx(p, m, f):
    return m if p.sex == 'M' else f


def vitals(lang, r):
    sysp = r.randrange(78, 165)
    ta = '%d/%d' % (sysp, min(r.randrange(40, 95), sysp - 22))
    fc = r.randrange(58, 138)
    sat = r.randrange(86, 99)
    if lang == 'fr':
        return 'TA %s, FC %d, SpO2 %d %% %s' % (ta, fc, sat, r.choice(['AA', 'sous 4 L', 'VNI', 'intubé']))
    return 'BP %s, HR %d, SpO2 %d%% %s' % (ta, fc, sat, r.choice(['RA', 'on 4 L', 'on BiPAP', 'intubated']))


def org(name, addr):
    return (name, addr)


def staff_addr(s, lang='fr'):
    return (s.name(lang, with_title=False), s.email)


# ---------------------------------------------------------------------------
# POSITIVE templates.  Every sensitive fragment goes through Case so that the
# label lists exactly the finding types written.
# ---------------------------------------------------------------------------
def mkspec(c, cat, frm, to, subject, body, note, **kw):
    d = dict(cat=cat, lang=c.lang, to=to, subject=subject, body=body, note=note, types=set(c.types))
    d['from'] = frm
    d.update(kw)
    return d


def pat(g, nam_share=0.7, lang=None, **kw):
    if g.rng.random() < nam_share:
        return g.next_nam_person()
    return g.invented_person(lang=lang, **kw)


def transfer_centre(lang):
    return ((CHU['centre_fr'] + ' - ' + CHU['fr']) if lang == 'fr' else CHU['centre_en'],
            'transferts@' + CHU['dom'])


def p_transfer(g, lang, inner=False):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p)
    md = g.st('ed_md') if r.random() < 0.7 else g.st('icu_md')
    bed = g.st('bed')
    ids = []
    if p.nam and r.random() < 0.95:
        ids.append(('NAM ' if lang == 'fr' else 'RAMQ ') + c.nam(p))
    if r.random() < 0.7 or not ids:
        ids.append(c.mrn(p))
    dob_txt = ''
    if r.random() < 0.7:
        dob_txt = (', DDN ' if lang == 'fr' else ', DOB ') + c.dob(p)
    nm = c.name(p)
    dx, med, lab = c.dx(cd.dx[lang]), c.med(cd.med[lang]), c.lab(cd.lab[lang])
    soc = ''
    if r.random() < 0.3:
        soc = ('\nSocial : ' if lang == 'fr' else '\nSocial: ') + c.social(social_text(p, lang, r))
    if lang == 'fr':
        subj = r.choice(['Demande de transfert - %s - %s' % (cd.svc['fr'], nm), 'Transfert urgent %s' % cd.svc['fr'],
                         'Demande de transfert interétablissement (HRVS -> CHU Montbrun)',
                         'transfert %s svp' % cd.svc['fr']])
        body = ('Bonjour,\n\nDemande de transfert vers %s (%s) pour :\n\n%s, %d ans%s\n%s\n\n'
                'Dx : %s\nTx reçu à l\'urgence : %s\nLabos : %s\nSV : %s\nNiveau de soins : %s%s\n\n'
                'Transport avec inhalothérapeute possible d\'ici 1 h. Merci de confirmer le lit et le médecin receveur '
                'au %s poste %s.\n\n%s' % (CHU['fr'], cd.svc['fr'], nm, p.age, dob_txt, ' / '.join(ids), dx, med, lab,
                                            vitals('fr', r), r.choice(['A', 'B', 'A - réanimation complète']), soc,
                                            HOSP['phone'], md.ext, md.sig('fr', r)))
    else:
        subj = r.choice(['Transfer request - %s - %s' % (cd.svc['en'], nm), 'URGENT transfer to %s' % cd.svc['en'],
                         'Inter-facility transfer request HRVS -> Montbrun', 'transfer req %s' % cd.svc['en']])
        body = ('Hello,\n\nRequesting transfer to %s (%s) for:\n\n%s, %d y/o%s\n%s\n\nDx: %s\nGiven in ED: %s\n'
                'Labs: %s\nVitals: %s\nLevel of care: %s%s\n\nRT escort available within the hour. Please confirm bed and '
                'accepting physician at %s ext. %s.\n\n%s' % (CHU['en'], cd.svc['en'], nm, p.age, dob_txt,
                                                             ' / '.join(ids), dx, med, lab, vitals('en', r),
                                                             r.choice(['full code', 'A', 'no CPR, otherwise full']), soc,
                                                             HOSP['phone'], md.ext, md.sig('en', r)))
    return mkspec(c, 'transfer', staff_addr(md), [transfer_centre(lang)], subj, body,
                  'inter-facility transfer request', cc=[staff_addr(bed)] if r.random() < 0.6 else None,
                  importance=r.random() < 0.4, who=md, patient=p, cond=cd)


def p_ambulance(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p)
    rn = g.st('ed_rn') if r.random() < 0.6 else g.st('clerk')
    nm = c.name(p)
    w = r.randrange(48, 112) if p.age >= 16 else r.randrange(16, 45)
    t_pick = '%02dh%02d' % (r.randrange(6, 23), r.choice([0, 15, 30, 45]))
    iso = r.choice([('', ''), ('MRSA contact precautions', 'précautions contact SARM'), ('', '')])
    atts = []
    pdf = r.random() < 0.5
    if iso[0]:
        c.dx(iso[0])
    infusions = c.med(cd.med[lang])
    dx = c.dx(cd.dx[lang])
    dob = c.dob(p) if r.random() < 0.6 else None
    if p.nam and r.random() < 0.7:
        nm += (' - NAM %s' if lang == 'fr' else ' - RAMQ %s') % c.nam(p)
    if lang == 'fr':
        lines = ['Patient : %s' % nm] + (['DDN : %s' % dob] if dob else []) + [
            'Poids : %d kg' % w, 'Départ : urgence HRVS, civière %d, à %s' % (r.randrange(1, 30), t_pick),
            'Destination : %s, %s' % (CHU['fr'], cd.svc['fr']), 'Diagnostic : %s' % dx,
            'Perfusions en cours : %s' % infusions, 'O2 : %s' % r.choice(['2 L LN', 'VNI', 'ventilé, inhalo à bord']),
            'Isolement : %s' % (iso[1] or 'aucun')]
        subj = r.choice(['Réservation transport interétablissement %s' % t_pick,
                         'Transport ambulancier - %s' % nm, 'Transfert par ambulance ce soir'])
        intro = 'Bonjour,\n\nVoici la demande de transport pour ce %s.' % r.choice(['soir', 'matin', 'après-midi'])
        outro = 'Le rapport infirmier suivra avec le patient. Merci!'
    else:
        lines = ['Patient: %s' % nm] + (['DOB: %s' % dob] if dob else []) + [
            'Weight: %d kg' % w, 'Pick-up: HRVS ED, stretcher %d, at %s' % (r.randrange(1, 30), t_pick.replace('h', ':')),
            'Destination: %s, %s' % (CHU['en'], cd.svc['en']), 'Diagnosis: %s' % dx,
            'Running infusions: %s' % infusions, 'O2: %s' % r.choice(['2 L NP', 'BiPAP', 'ventilated, RT on board']),
            'Isolation: %s' % (iso[0] or 'none')]
        subj = r.choice(['Inter-facility transport booking %s' % t_pick.replace('h', ':'),
                         'Ambulance transfer - %s' % nm, 'Transport request tonight'])
        intro = 'Hi,\n\nTransport request below.'
        outro = 'Nursing report travels with the patient. Thanks!'
    if pdf:
        title = 'Demande de transport interétablissement' if lang == 'fr' else 'Inter-facility transport request'
        atts.append(Att(r.choice(['transport_%s.pdf' % p.surname.lower(), 'demande_transport.pdf',
                                  'Transport_request_%d.pdf' % r.randrange(1000, 9999)]), 'pdf',
                        make_pdf(title, lines)))
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, 'Formulaire en pièce jointe.' if lang == 'fr' else 'Form attached.',
                                         outro, rn.sig(lang, r))
        if r.random() < 0.5:
            # subject must not carry the name when only the PDF is identifying -> keep subject as chosen
            pass
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, '\n'.join(lines), outro, rn.sig(lang, r))
    return mkspec(c, 'ambulance_handoff', staff_addr(rn),
                  [(AMBU[lang] + (' - répartition' if lang == 'fr' else ' - dispatch'), 'repartition@' + AMBU['dom'])],
                  subj, body, 'ambulance inter-facility transport booking' + (' (details in PDF)' if pdf else ''),
                  atts=atts)


def bed_rows(g, lang, c, n, with_nam=False):
    r = g.rng
    rows = []
    for i in range(n):
        p = g.next_nam_person() if with_nam else pat(g, 0.5)
        cd = pick_cond(g, p)
        unit = r.choice(['SI', '3N', '4S', 'USC', '2E', 'UCD']) if lang == 'fr' else r.choice(
            ['ICU', '3N', '4S', 'SDU', '2E', 'CCU'])
        rows.append([r.randrange(1, 32), c.name(p, r.choice([1, 2, 9, 0])), c.mrn(p) if r.random() < 0.3 else p.mrn,
                     p.age, c.dx(cd.dx[lang]), unit, r.randrange(3, 71)])
        if with_nam:
            rows[-1].insert(3, c.nam(p))
    c.types.add('mrn')
    return rows


def p_bedboard(g, lang):
    r = g.rng
    c = Case(g, lang)
    bed = g.st('bed')
    n = r.randrange(4, 9)
    with_nam = r.random() < 0.4
    rows = bed_rows(g, lang, c, n, with_nam)
    hdr = (['Civ.', 'Nom', 'Dossier', 'Âge', 'Dx admission', 'Unité visée', 'Heures'] if lang == 'fr' else
           ['Str.', 'Name', 'MRN', 'Age', 'Admitting dx', 'Target unit', 'Hours'])
    if with_nam:
        hdr.insert(3, 'NAM' if lang == 'fr' else 'RAMQ')
    hh = r.choice(['07h00', '11h00', '15h00', '23h00'])
    if lang == 'en':
        hh = hh.replace('h', ':')
    as_xlsx = r.random() < 0.5
    atts = []
    if lang == 'fr':
        subj = r.choice(['Patients admis en attente de lit - %s' % hh, 'Tableau des lits %s' % hh,
                         'Liste admis urgence - %s' % hh])
        intro = 'Bonjour à tous,\n\nVoici les patients admis à l\'urgence toujours en attente d\'un lit (%s).' % hh
        outro = 'Merci de prioriser les départs avant 11 h. Rappel : caucus des lits à 9 h 30, salle 2B-114.'
    else:
        subj = r.choice(['Admitted patients awaiting beds - %s' % hh, 'Bed board %s' % hh, 'ED admits list %s' % hh])
        intro = 'Hi all,\n\nAdmitted ED patients still waiting for a bed as of %s.' % hh
        outro = 'Please push discharges before 11:00. Bed huddle at 09:30 in room 2B-114.'
    if as_xlsx:
        atts.append(Att(r.choice(['tableau_lits_%s.xlsx' % hh.replace('h', '').replace(':', ''), 'bed_board.xlsx',
                                  'Admis_urgence_%d.xlsx' % r.randrange(10, 31)]), 'xlsx',
                        make_xlsx([('Admis' if lang == 'fr' else 'Admits', [hdr] + rows)])))
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, 'Voir fichier Excel ci-joint.' if lang == 'fr' else 'See attached sheet.',
                                         outro, bed.sig(lang, r))
        fmt = None
    else:
        tbl = '\n'.join(' | '.join(str(x) for x in row) for row in [hdr] + rows)
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, tbl, outro, bed.sig(lang, r))
        fmt = r.choice(['html', 'alt', 'plain'])
    to = [staff_addr(g.st('admin')), ('Coordination lits' if lang == 'fr' else 'Bed flow', 'gestion.lits@' + HOSP['dom'])]
    return mkspec(c, 'bed_board', staff_addr(bed), to, subj, body,
                  'admitted-patient bed list with names/MRN/dx' + (' (xlsx)' if as_xlsx else ' (table in body)'),
                  atts=atts, fmt=fmt)


def p_consult(g, lang, inner=False):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p)
    md = g.st('ed_md')
    sp = g.st('spec_md')
    civ = r.randrange(1, 32)
    style = r.choice([0, 1, 2, 3, 3])
    if style == 3 and not p.nam:
        style = 0
    if style == 3:
        who = c.name(p, r.choice([0, 1, 2])) + (' (NAM %s)' if lang == 'fr' else ' (RAMQ %s)') % c.nam(p)
    elif style == 0:
        who = c.name(p) + ', ' + c.mrn(p)
    elif style == 1:
        who = c.mrn(p) + ' (%s %d %s)' % ('civ.' if lang == 'fr' else 'str.', civ, p.sex)
    else:
        who = c.name(p, r.choice([4, 6, 3]))
    dx = c.dx(cd.dx[lang])
    extra = ''
    if r.random() < 0.6:
        extra += (' Reçu : ' if lang == 'fr' else ' Got ') + c.med(cd.med[lang]) + '.'
    if r.random() < 0.6:
        extra += (' Labos : ' if lang == 'fr' else ' Labs: ') + c.lab(cd.lab[lang]) + '.'
    if lang == 'fr':
        subj = r.choice(['consult %s svp' % sp.spec[0], 'Consultation %s - civière %d' % (sp.spec[0], civ),
                         'Demande de consult: %s' % who])
        body = ('Salut %s,\n\nPeux-tu venir voir %s à l\'urgence? %d ans, %s.%s\n%s\n\n'
                'Je suis là jusqu\'à %dh, sinon mon collègue prendra la relève. Merci!\n\n%s'
                % (sp.given, who, p.age, dx, extra, r.choice(['Pas de ATCD significatif.', 'ATCD: HTA, DLP.',
                                                             'ATCD : MPOC, FA sous apixaban.', '']),
                   r.choice([16, 18, 23, 8]), md.sig('fr', r, r.choice([1, 2, 4]))))
    else:
        subj = r.choice(['%s consult pls' % sp.spec[1], 'Consult request - stretcher %d' % civ,
                         'Consult: %s' % who])
        body = ('Hi %s,\n\nCould you see %s in the ED? %d yo, %s.%s\n%s\n\nI\'m on until %d, otherwise my colleague '
                'takes over. Thx\n\n%s' % (sp.given, who, p.age, dx, extra,
                                          r.choice(['No significant PMHx.', 'PMHx: HTN, DLD.', 'PMHx: COPD, AF on apixaban.',
                                                    '']), r.choice([4, 6, 11, 8]),
                                          md.sig('en', r, r.choice([1, 2, 4]))))
    return mkspec(c, 'consult', staff_addr(md), [staff_addr(sp)], subj, body, 'consult request',
                  who=md, patient=p, cond=cd)


def p_family_meeting(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, min_age=40)
    if p.age < 18:
        p = g.invented_person(lang=lang, min_age=45)
    cd = pick_cond(g, p, want=['anoxic', 'ich', 'ards', 'sepsis', 'aaa', 'copd', 'stroke'])
    md = g.st('icu_md')
    sw = g.st('sw')
    rn = g.st('icu_rn')
    nm = c.name(p)
    dx = c.dx(cd.dx[lang])
    soc = c.social(social_text(p, lang, r))
    bed = r.randrange(1, 13)
    if lang == 'fr':
        lvl = r.choice(['niveau C (soins de confort) à partir de demain matin', 'niveau B, pas de RCR ni de dialyse',
                        'maintien du niveau A pour 72 h puis réévaluation'])
        subj = r.choice(['Résumé rencontre famille - lit SI-%d' % bed, 'Rencontre famille %s' % nm,
                         'Suivi rencontre de famille (SI)'])
        body = ('Bonjour,\n\nRésumé de la rencontre de famille d\'aujourd\'hui concernant %s (SI lit %d).\n\n'
                'Présents : %s (intensiviste), %s (TS), %s (inf.), la fille et le fils de %s.\n\n'
                '- Diagnostic expliqué : %s\n- Pronostic neurologique réservé, discuté en toute transparence\n'
                '- Contexte social : %s\n- Décision : %s\n%s\n\nProchaine rencontre dans 48 h. Merci d\'inscrire la note '
                'au dossier.\n\n%s' % (nm, bed, md.name('fr'), sw.name('fr', False), rn.name('fr', False),
                                        gx(p, 'monsieur', 'madame'), dx, soc, lvl,
                                        ('- Ajustement : ' + c.med(r.choice(['sevrage de la norépinéphrine',
                                                                              'arrêt du propofol, fentanyl au besoin',
                                                                              'hydromorphone en perfusion pour confort'])))
                                        if r.random() < 0.5 else '', md.sig('fr', r)))
    else:
        lvl = r.choice(['comfort care starting tomorrow morning', 'no CPR, no dialysis, continue current support',
                        'full treatment for 72 h then reassess'])
        subj = r.choice(['Family meeting summary - ICU bed %d' % bed, 'Family meeting %s' % nm,
                         'Follow-up: ICU family meeting'])
        body = ('Hello,\n\nSummary of today\'s family meeting for %s (ICU bed %d).\n\nPresent: %s (intensivist), %s '
                '(SW), %s (RN), the patient\'s daughter and son.\n\n- Diagnosis explained: %s\n- Guarded neurological '
                'prognosis, discussed openly\n- Social context: %s\n- Decision: %s\n%s\n\nNext meeting in 48 h. Please '
                'file the note in the chart.\n\n%s' % (nm, bed, md.name('en'), sw.name('en', False),
                                                     rn.name('en', False), dx, soc, lvl,
                                                     ('- Adjustment: ' + c.med(r.choice(['wean norepinephrine',
                                                                                         'stop propofol, fentanyl PRN',
                                                                                         'hydromorphone infusion for comfort'])))
                                                     if r.random() < 0.5 else '', md.sig('en', r)))
    to = [staff_addr(sw), staff_addr(rn)]
    return mkspec(c, 'icu_family_meeting', staff_addr(md), to, subj, body, 'ICU family meeting summary',
                  cc=[staff_addr(g.st('icu_md'))] if r.random() < 0.5 else None)


def p_family_ics(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, min_age=40)
    if p.age < 18:
        p = g.invented_person(lang=lang, min_age=45)
    cd = pick_cond(g, p, want=['anoxic', 'ich', 'ards', 'sepsis', 'stroke', 'copd'])
    clerk = g.st('clerk')
    md = g.st('icu_md')
    sw = g.st('sw')
    bed = r.randrange(1, 13)
    start = datetime.datetime(2024, r.choice([2, 3, 4]), r.randrange(1, 28), r.choice([10, 13, 14, 15]), 0)
    nm = c.name(p, r.choice([4, 0, 2, 3]))
    dxt = c.dx(cd.dx[lang])
    extra = ''
    if r.random() < 0.6:
        extra = c.social(social_text(p, lang, r))
    if lang == 'fr':
        summary = 'Rencontre famille - %s (SI lit %d)' % (nm, bed)
        desc = 'Objet : pronostic et niveau de soins. Dx : %s.%s\nSalle des familles 2B-110.' % (
            dxt, (' Note : ' + extra + '.') if extra else '')
        body = ('Bonjour,\n\nInvitation pour la rencontre de famille. Merci de confirmer votre présence.\n\n%s'
                % clerk.sig('fr', r, 1))
        subj = 'Invitation : ' + summary if r.random() < 0.5 else 'Invitation : Rencontre famille SI - %s' % \
            start.strftime('%Y-%m-%d %H:%M')
    else:
        summary = 'Family meeting - %s (ICU bed %d)' % (nm, bed)
        desc = 'Topic: prognosis and goals of care. Dx: %s.%s\nFamily room 2B-110.' % (
            dxt, (' Note: ' + extra + '.') if extra else '')
        body = 'Hello,\n\nMeeting invitation attached - please accept or decline.\n\n%s' % clerk.sig('en', r, 1)
        subj = 'Invitation: ' + summary if r.random() < 0.5 else 'Invitation: ICU family meeting - %s' % \
            start.strftime('%Y-%m-%d %H:%M')
    ics = make_ics('%016x@%s' % (r.getrandbits(64), HOSP['dom']), summary, start, 60,
                   'SI - salle des familles 2B-110' if lang == 'fr' else 'ICU family room 2B-110', desc,
                   (clerk.name(lang, False), clerk.email),
                   [(md.name(lang, False), md.email), (sw.name(lang, False), sw.email)])
    return mkspec(c, 'family_meeting_invite', staff_addr(clerk), [staff_addr(md), staff_addr(sw)], subj, body,
                  'calendar invite; patient name and dx in ICS', atts=[Att('invite.ics', 'ics', ics)])


def p_organ_donation(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = g.next_nam_person()
    while p.age < 18 or p.age > 80:
        p = g.next_nam_person()
    cd = pick_cond(g, p, want=['anoxic', 'ich', 'stroke'])
    who = g.st('donor') if r.random() < 0.5 else g.st('icu_md')
    nm = c.name(p, r.choice([0, 1, 2, 3]))
    nam = c.nam(p)
    dob = c.dob(p)
    dx = c.dx(cd.dx[lang])
    abo = r.choice(['O+', 'A+', 'B-', 'O-', 'AB+', 'A-'])
    labs = c.lab(('groupe %s, créatinine %d µmol/L, AST/ALT %d/%d, sérologies VIH/VHB/VHC négatives' if lang == 'fr'
                  else 'ABO %s, creatinine %d umol/L, AST/ALT %d/%d, HIV/HBV/HCV serologies negative')
                 % (abo, r.randrange(55, 140), r.randrange(20, 90), r.randrange(15, 80)))
    dnc = r.choice(['DDN', 'DDC']) if lang == 'fr' else r.choice(['NDD', 'DCD'])
    pdf = r.random() < 0.4
    if lang == 'fr':
        lines = ['Donneur potentiel : %s' % nm, 'NAM : %s' % nam, 'Date de naissance : %s' % dob,
                 'Sexe : %s   Poids : %d kg   Taille : %d cm' % (p.sex, r.randrange(50, 105), r.randrange(150, 190)),
                 'Cause du décès / atteinte : %s' % dx,
                 'Voie envisagée : %s (%s)' % (dnc, 'décès neurologique' if dnc == 'DDN' else 'après arrêt circulatoire'),
                 'Laboratoires : %s' % labs, 'Famille rencontrée; consentement au registre confirmé.']
        subj = r.choice(['Référence donneur potentiel - SI HRVS', 'Nouvelle référence DV-QN - %s' % p.surname.upper(),
                         'Référence don d\'organes'])
        intro = 'Bonjour,\n\nNous vous référons un donneur potentiel ce %s.' % r.choice(['matin', 'soir'])
        outro = 'L\'infirmière au chevet est joignable au %s poste 4410. Merci.' % HOSP['phone']
    else:
        lines = ['Potential donor: %s' % nm, 'RAMQ: %s' % nam, 'Date of birth: %s' % dob,
                 'Sex: %s   Weight: %d kg   Height: %d cm' % (p.sex, r.randrange(50, 105), r.randrange(150, 190)),
                 'Cause / injury: %s' % dx,
                 'Pathway: %s' % ('neurological determination of death' if dnc == 'NDD' else 'donation after circulatory death'),
                 'Labs: %s' % labs, 'Family met; registry consent confirmed.']
        subj = r.choice(['Potential donor referral - HRVS ICU', 'New referral - %s' % p.surname.upper(),
                         'Organ donation referral'])
        intro = 'Hello,\n\nWe are referring a potential organ donor this %s.' % r.choice(['morning', 'evening'])
        outro = 'Bedside nurse can be reached at %s ext. 4410. Thank you.' % HOSP['phone']
    atts = []
    if pdf:
        atts.append(Att('reference_donneur.pdf' if lang == 'fr' else 'donor_referral.pdf', 'pdf',
                        make_pdf('Référence - donneur potentiel' if lang == 'fr' else 'Potential donor referral', lines)))
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, 'Fiche en pièce jointe.' if lang == 'fr' else 'Form attached.', outro,
                                         who.sig(lang, r))
    else:
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, '\n'.join(lines), outro, who.sig(lang, r))
    return mkspec(c, 'organ_donation', staff_addr(who),
                  [('Coordination ' + DON['fr'], 'coordination@' + DON['dom'])], subj, body,
                  'organ donor referral' + (' (PDF)' if pdf else ''), atts=atts, importance=True)


def p_mm_case(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p, want=['aaa', 'stemi', 'pe', 'ich', 'sepsis', 'ugib', 'mening', 'appy', 'ectopic'])
    md = g.st('ed_md')
    q = g.st('qual')
    nm = c.name(p)
    mrn = c.nam(p) if (p.nam and r.random() < 0.4) else c.mrn(p)
    dx = c.dx(cd.dx[lang])
    med = c.med(r.choice(['kétorolac 30 mg IV', 'morphine 5 mg IV', 'métoclopramide 10 mg IV']) if lang == 'fr'
                else r.choice(['ketorolac 30 mg IV', 'morphine 5 mg IV', 'metoclopramide 10 mg IV']))
    d = g.when().date()
    if lang == 'fr':
        subj = r.choice(['Cas proposé pour les rondes M&M', 'M&M avril - cas urgence', 'RE: cas pour M&M'])
        body = ('Bonjour %s,\n\nJe propose le cas de %s (%s) pour les rondes de morbidité-mortalité du mois prochain.'
                '\nConsultation le %s : congé initial avec %s pour douleur, retour 14 h plus tard avec %s.\n\n'
                'Points à discuter : biais d\'ancrage, réévaluation avant congé, délai d\'imagerie.\n\n'
                'Je peux préparer les diapos; je vais anonymiser avant la présentation.\n\n%s'
                % (q.given, nm, mrn, short_date(d, 'fr'), med, dx, md.sig('fr', r)))
    else:
        subj = r.choice(['Case proposal for M&M rounds', 'M&M April - ED case', 'RE: case for M&M'])
        body = ('Hi %s,\n\nI\'d like to propose the case of %s (%s) for next month\'s M&M rounds.\n'
                'Seen on %s: discharged with %s for pain, returned 14 h later with %s.\n\nDiscussion points: anchoring, '
                'reassessment before discharge, imaging delay.\n\nI can prepare the slides; I will de-identify before '
                'presenting.\n\n%s' % (q.given, nm, mrn, short_date(d, 'en'), med, dx, md.sig('en', r)))
    return mkspec(c, 'mm_case', staff_addr(md), [staff_addr(q)], subj, body,
                  'M&M case proposal still identifying the patient')


def p_home_care(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, min_age=60)
    if p.age < 50:
        p = g.invented_person(lang=lang, min_age=65)
    cd = pick_cond(g, p, want=['hip', 'copd', 'pe', 'ugib', 'hyperk', 'stroke'])
    rn = g.st('ed_rn')
    nm = c.name(p, r.choice([0, 1, 3, 9]))
    addr = c.contact(p.address)
    tel = c.contact(p.phone)
    dx = c.dx(cd.dx[lang])
    med = c.med(r.choice(['apixaban 5 mg BID', 'furosémide 40 mg die, salbutamol au besoin', 'pantoprazole 40 mg BID',
                          'acétaminophène 1 g QID, hydromorphone 1 mg q4h PRN']) if lang == 'fr' else
                r.choice(['apixaban 5 mg BID', 'furosemide 40 mg daily, salbutamol PRN', 'pantoprazole 40 mg BID',
                          'acetaminophen 1 g QID, hydromorphone 1 mg q4h PRN']))
    soc = c.social(social_text(p, lang, r, exclude=(12,)))
    dob = c.dob(p) if r.random() < 0.6 else None
    if p.nam and r.random() < 0.6:
        dob = (dob + ' - ' if dob else '') + ('NAM ' if lang == 'fr' else 'RAMQ ') + c.nam(p)
    if lang == 'fr':
        subj = r.choice(['Demande SAD - congé urgence', 'Référence soutien à domicile %s' % nm, 'Référence CLSC'])
        body = ('Bonjour,\n\nRéférence au soutien à domicile suite au congé de l\'urgence.\n\nUsager : %s%s\n'
                'Adresse : %s\nTél. : %s\nDx : %s\nRx : %s\nContexte : %s\n\nBesoins : visite infirmière dans 24-48 h, '
                'évaluation ergo, aide au bain.\n\n%s' % (nm, ('\nDDN/NAM : ' + dob) if dob else '', addr, tel, dx, med,
                                                           soc, rn.sig('fr', r)))
    else:
        subj = r.choice(['Home care referral - ED discharge', 'Home support referral %s' % nm, 'CLSC referral'])
        body = ('Hello,\n\nHome care referral following ED discharge.\n\nClient: %s%s\nAddress: %s\nPhone: %s\nDx: %s\n'
                'Meds: %s\nContext: %s\n\nNeeds: nursing visit within 24-48 h, OT assessment, bathing help.\n\n%s'
                % (nm, ('\nDOB/RAMQ: ' + dob) if dob else '', addr, tel, dx, med, soc, rn.sig('en', r)))
    return mkspec(c, 'home_care', staff_addr(rn), [('Guichet SAD' if lang == 'fr' else 'Home care intake',
                                                     'guichet.sad@' + CLSC['dom'])], subj, body,
                  'home care referral with address and phone')


def p_transport(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, min_age=30)
    clerk = g.st('clerk')
    nm = c.name(p, r.choice([0, 1, 3, 2]))
    addr = c.contact(p.address)
    tel = c.contact(p.phone) if r.random() < 0.7 else None
    hr = '%dh%02d' % (r.randrange(9, 20), r.choice([0, 30]))
    dxt = ''
    if r.random() < 0.5:
        dxt = c.dx(r.choice(['hémodialysé 3x/sem.', 'amputé MIG', 'post-AVC, hémiplégie droite']) if lang == 'fr'
                   else r.choice(['on haemodialysis 3x/week', 'left BKA', 'post-stroke, right hemiplegia']))
    if lang == 'fr':
        subj = r.choice(['Transport retour à domicile %s' % hr, 'Réservation transport adapté', 'Taxi congé urgence'])
        body = ('Bonjour,\n\nSVP réserver un transport pour %s aujourd\'hui à %s.\nDépart : urgence HRVS, porte 3.\n'
                'Destination : %s%s\nFauteuil roulant : %s%s\n\nFacturer au centre de coûts 6310.\n\n%s'
                % (nm, hr, addr, ('\nTél. : ' + tel) if tel else '', r.choice(['oui', 'non', 'oui, pas de rampe']),
                   ('\nNote : ' + dxt) if dxt else '', clerk.sig('fr', r, r.choice([1, 0]))))
    else:
        subj = r.choice(['Ride home %s' % hr.replace('h', ':'), 'Adapted transport booking', 'ED discharge taxi'])
        body = ('Hi,\n\nPlease book a ride for %s today at %s.\nPick-up: HRVS ED, door 3.\nDrop-off: %s%s\n'
                'Wheelchair: %s%s\n\nBill to cost centre 6310.\n\n%s'
                % (nm, hr.replace('h', ':'), addr, ('\nPhone: ' + tel) if tel else '',
                   r.choice(['yes', 'no', 'yes, no ramp']), ('\nNote: ' + dxt) if dxt else '',
                   clerk.sig('en', r, r.choice([1, 0]))))
    return mkspec(c, 'transport_booking', staff_addr(clerk), [(TAXI['fr'], 'reservation@' + TAXI['dom'])], subj, body,
                  'discharge transport booking with home address')


def p_critical_lab(g, lang, inner=False):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, 0.4)
    cd = pick_cond(g, p)
    rn = g.st('ed_rn') if r.random() < 0.5 else g.st('icu_rn')
    md = g.st('ed_md')
    ident = c.mrn(p) if r.random() < 0.5 else c.name(p, r.choice([0, 1, 2, 3, 5, 9]))
    if r.random() < 0.4:
        ident += ', ' + (c.name(p, 6) if 'patient_name' not in c.types else c.mrn(p))
    elif p.nam and r.random() < 0.5:
        ident += ' / ' + c.nam(p)
    lab = c.lab(cd.lab[lang])
    if lang == 'fr':
        subj = r.choice(['VALEUR CRITIQUE', 'Valeur critique labo - %s' % ident, 'labo critique civ. %d' % r.randrange(1, 30)])
        body = ('%s,\n\nLe labo vient d\'appeler une valeur critique pour %s : %s.\nPrélevé à %02dh%02d. '
                'Je t\'ai aussi téléavertis.\n\n%s' % (md.given, ident, lab, r.randrange(0, 24), r.randrange(60),
                                                       rn.sig('fr', r, 2)))
    else:
        subj = r.choice(['CRITICAL VALUE', 'Critical lab - %s' % ident, 'crit lab str. %d' % r.randrange(1, 30)])
        body = ('%s,\n\nLab just called a critical value for %s: %s.\nDrawn at %02d:%02d. Paged you as well.\n\n%s'
                % (md.given, ident, lab, r.randrange(0, 24), r.randrange(60), rn.sig('en', r, 2)))
    return mkspec(c, 'critical_lab', staff_addr(rn), [staff_addr(md)], subj, body, 'critical lab value callback',
                  importance=True, who=rn)


def p_ontario(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = g.invented_person(lang='en', min_age=20)
    cd = pick_cond(g, p)
    md = g.st('ed_md') if r.random() < 0.5 else g.st('icu_md')
    nm = c.name(p)
    hn = c.ohip(p)
    dob = c.dob(p)
    dx, med = c.dx(cd.dx[lang]), c.med(cd.med[lang])
    if lang == 'fr':
        subj = r.choice(['Rapatriement vers RVGH (Ontario)', 'Patient ontarien - retour %s' % ONT['en'],
                         'Demande de transfert inter-provincial'])
        body = ('Bonjour,\n\nNous avons à l\'urgence un%s patient%s de l\'Ontario que nous aimerions rapatrier chez vous.\n\n' % (gx(p, '', 'e'), gx(p, '', 'e')) + (
                '%s, %s le %s\nNo carte santé Ontario : %s\nDx : %s\nTraitement : %s\n\n%s est stable. Nous '
                'pouvons envoyer le résumé en anglais si vous préférez.\n\n%s'
                % (nm, gx(p, 'né', 'née'), dob, hn, dx, med, gx(p, 'Il', 'Elle'), md.sig('fr', r))))
    else:
        subj = r.choice(['Repatriation to RVGH', 'Ontario resident - transfer back to %s' % ONT['en'],
                         'Inter-provincial transfer request'])
        body = ('Hello,\n\nWe have an Ontario resident in our ED whom we would like to repatriate to your facility.\n\n'
                '%s, DOB %s\nOntario health card: %s\nDx: %s\nTreatment: %s\n\nCurrently stable. Full summary to '
                'follow by fax.\n\n%s' % (nm, dob, hn, dx, med, md.sig('en', r)))
    return mkspec(c, 'out_of_province', staff_addr(md), [('Patient Flow - ' + ONT['en'], 'patientflow@' + ONT['dom'])],
                  subj, body, 'Ontario patient repatriation with health card number')


def p_tourist(g, lang):
    r = g.rng
    c = Case(g, lang)
    be = g.counters.get('tourist', 0) % 2 == 1
    g.counters['tourist'] = g.counters.get('tourist', 0) + 1
    p = g.invented_person(lang='fr', min_age=25)
    cd = pick_cond(g, p, want=['stemi', 'hip', 'pe', 'stroke', 'ugib', 'ich'])
    who = g.st('sw') if r.random() < 0.4 else g.st('ed_md')
    nm = c.name(p, r.choice([0, 1, 3, 5]))
    num = c.niss(p) if be else c.nir(p)
    dob = c.dob(p)
    dx = c.dx(cd.dx[lang])
    lab = c.lab(cd.lab[lang]) if r.random() < 0.5 else None
    idl = ('NISS' if be else 'NIR (carte Vitale)') if lang == 'fr' else ('Belgian NISS' if be else 'French NIR')
    if lang == 'fr':
        subj = r.choice(['Dossier rapatriement %s' % nm, 'Votre assuré(e) hospitalisé(e) à Val-des-Saules',
                         'Demande de prise en charge - touriste %s' % ('belge' if be else 'français')])
        body = ('Bonjour,\n\nVotre assuré%s est hospitalisé%s dans notre établissement.\n\nNom : %s\nDate de naissance : '
                '%s\n%s : %s\nDiagnostic : %s%s\n\nMerci de nous indiquer la marche à suivre pour la garantie de '
                'paiement et le rapatriement (apte au vol à réévaluer dans 5 jours).\n\n%s'
                % (gx(p, '', 'e'), gx(p, '', 'e'), nm, dob, idl, num, dx, ('\nBilan : ' + lab) if lab else '',
                   who.sig('fr', r)))
    else:
        subj = r.choice(['Repatriation file %s' % nm, 'Your insured client admitted in Val-des-Saules',
                         'Guarantee of payment - %s tourist' % ('Belgian' if be else 'French')])
        body = ('Hello,\n\nYour insured client is admitted to our hospital.\n\nName: %s\nDate of birth: %s\n%s: %s\n'
                'Diagnosis: %s%s\n\nPlease advise on guarantee of payment and repatriation (fitness to fly to be '
                'reassessed in 5 days).\n\n%s' % (nm, dob, idl, num, dx, ('\nWork-up: ' + lab) if lab else '',
                                                  who.sig('en', r)))
    return mkspec(c, 'tourist_repatriation', staff_addr(who), [(ASSIST[lang], 'medical@' + ASSIST['dom'])], subj, body,
                  'foreign tourist repatriation (%s)' % ('NISS' if be else 'NIR'))


def p_sin_social(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, 0.4, min_age=25)
    if p.age < 20:
        p = g.invented_person(lang=lang, min_age=30)
    sw = g.st('sw')
    nm = c.name(p, r.choice([0, 1, 3, 9]))
    sin = c.sin(p)
    soc = c.social(social_text(p, lang, r))
    dob = c.dob(p) if r.random() < 0.6 else None
    dx = c.dx(r.choice(['trouble neurocognitif majeur', 'séquelles d\'AVC avec aphasie', 'encéphalopathie anoxique'])
              if lang == 'fr' else r.choice(['major neurocognitive disorder', 'post-stroke aphasia',
                                              'anoxic encephalopathy'])) if r.random() < 0.6 else None
    if lang == 'fr':
        dest = ('Bureau régional de la curatelle', 'ouverture.regime@curatelle-qn.example')
        subj = r.choice(['Demande d\'ouverture de régime de protection', 'Dossier %s - régime de protection' % nm,
                         'Suivi - demande urgente (usager SI)'])
        body = ('Bonjour,\n\nSuite à notre échange téléphonique, voici les renseignements pour la demande :\n\n'
                'Usager : %s%s\nNAS : %s\nSituation : %s%s\n\nLes évaluations psychosociale et médicale suivront par '
                'courrier sécurisé.\n\n%s' % (nm, ('\nDDN : ' + dob) if dob else '', sin, soc,
                                               ('\nÉtat de santé : ' + dx) if dx else '', sw.sig('fr', r)))
    else:
        dest = ('Emergency income support unit', 'intake@soutien-revenu.example')
        subj = r.choice(['Emergency income support application', 'Client %s - support application' % nm,
                         'Follow-up - urgent application (ICU patient)'])
        body = ('Hello,\n\nFurther to our call, here is the information for the application:\n\nClient: %s%s\nSIN: %s\n'
                'Situation: %s%s\n\nPsychosocial and medical assessments will follow by secure mail.\n\n%s'
                % (nm, ('\nDOB: ' + dob) if dob else '', sin, soc, ('\nHealth status: ' + dx) if dx else '',
                   sw.sig('en', r)))
    return mkspec(c, 'social_work', staff_addr(sw), [dest], subj, body, 'social work application with SIN')


def p_reply_quoted(g, lang):
    r = g.rng
    inner = r.choice([p_consult, p_critical_lab, p_transfer])(g, lang)
    who = inner['who']
    dt = g.when()
    old_body = inner['body']
    if inner['cat'] == 'consult':
        replier_addr = inner['to'][0]
        new = r.choice(['Ok je passe vers 15h.', 'Vu. Je descends après ma salle.', 'Je m\'en occupe.']) if lang == 'fr' \
            else r.choice(['Ok, will come by around 3.', 'Seen. Coming down after my OR case.', 'On it.'])
        to = [inner['from']]
    elif inner['cat'] == 'critical_lab':
        replier_addr = inner['to'][0]
        new = r.choice(['Merci, c\'est traité. ECG fait.', 'Reçu, merci. Je réévalue.']) if lang == 'fr' else \
            r.choice(['Thanks, treated. ECG done.', 'Got it, thanks - reassessing.'])
        to = [inner['from']]
    else:
        replier_addr = inner['from']
        new = r.choice(['Mise à jour : départ prévu 16 h, inhalo confirmé.', 'Toujours en attente de votre retour SVP.'])\
            if lang == 'fr' else r.choice(['Update: departure planned 16:00, RT confirmed.',
                                           'Still waiting for your reply please.'])
        to = inner['to']
    body = with_quote(lang, new, inner['from'], dt, inner['subject'], old_body, r)
    subj = ('RE: ' if r.random() < 0.6 else 'Re: ') + inner['subject']
    return dict(cat='reply_quoted', lang=lang, to=to, subject=subj, body=body, types=inner['types'],
                note='short reply; patient details only in the quoted original', **{'from': replier_addr},
                in_reply_to=reply_id(g, HOSP['dom']), date=dt + datetime.timedelta(minutes=r.randrange(5, 90)))


def p_forward_eml(g, lang):
    r = g.rng
    inner = r.choice([p_transfer, p_consult, p_critical_lab, p_home_care, p_organ_donation])(g, lang)
    inner_msg, _ = build_mime(g, inner)
    fw = g.st('admin') if r.random() < 0.5 else g.st('bed')
    if lang == 'fr':
        subj = 'TR : ' + inner['subject']
        body = r.choice(['Pour info, voir le courriel ci-joint.', 'FYI - à discuter au caucus de 9h30.',
                         'Je te transfère ceci, peux-tu faire le suivi?']) + '\n\n' + fw.sig('fr', r, 1)
    else:
        subj = 'Fwd: ' + inner['subject']
        body = r.choice(['FYI, see attached e-mail.', 'For discussion at the 09:30 huddle.',
                         'Forwarding this - can you follow up?']) + '\n\n' + fw.sig('en', r, 1)
    fn = r.choice(['message.eml', 'courriel_transfere.eml' if lang == 'fr' else 'forwarded.eml', None])
    return dict(cat='forward_attached_eml', lang=lang, to=[staff_addr(g.st('admin'))], subject=subj, body=body,
                types=inner['types'], note='forward; patient details only inside attached .eml',
                atts=[Att(fn, 'eml', inner_msg)], **{'from': staff_addr(fw)})


def p_inline_fwd(g, lang):
    r = g.rng
    inner = r.choice([p_transfer, p_consult, p_critical_lab, p_home_care, p_tourist])(g, lang)
    fw = g.st('bed') if r.random() < 0.5 else g.st('ed_md')
    dt = g.when()
    new = (r.choice(['Voir ci-dessous. On en parle demain?', 'Pour ton information.', 'À traiter en priorité svp.'])
           if lang == 'fr' else r.choice(['See below. Can we talk tomorrow?', 'FYI.', 'Please prioritize.']))
    body = inline_forward(lang, new + '\n\n' + fw.sig(lang, r, 2), inner['from'], inner['to'][0][1], dt,
                          inner['subject'], inner['body'])
    subj = ('TR: ' if lang == 'fr' else 'FW: ') + inner['subject']
    return dict(cat='inline_forward', lang=lang, to=[staff_addr(g.st('admin'))], subject=subj, body=body,
                types=inner['types'], note='inline forward of patient message', **{'from': staff_addr(fw)})


FN_DOCS = [
    ('stemi', 'ECG_{s}_{g}_STEMI.pdf', 'Tracé ECG 12 dérivations', '12-lead ECG tracing'),
    ('ich', 'TDM_cerebrale_{s}{i}_HIC.pdf', 'Rapport d\'imagerie - voir PACS', 'Imaging report - see PACS'),
    ('apap', 'Rapport_intox_acetaminophene_{s}_{g}.docx', 'Rapport du Centre antipoison', 'Poison centre report'),
    ('pe', '{s}_{g}_angioTDM_embolie.pdf', 'Angio-TDM thoracique', 'CT pulmonary angiogram'),
    ('stroke', 'AVC_{s}-{g}_thrombectomie.pdf', 'Sommaire neurovasculaire', 'Stroke summary'),
    ('pjp', 'VIH_{s}_{g}_resultats.pdf', 'Résultats', 'Results'),
    ('dt', '{s}.{g}-sevrage-ROH.docx', 'Grille CIWA', 'CIWA chart'),
]


def p_filename_only(g, lang):
    r = g.rng
    c = Case(g, lang)
    key, pattern, tfr, ten = r.choice(FN_DOCS)
    p = pat(g, min_age=25)
    if p.age < 18:
        p = g.invented_person(lang=lang, min_age=30)
    c.name(p)
    c.dx(key)
    s = p.surname if r.random() < 0.6 else strip_accents(p.surname)
    gname = p.given if r.random() < 0.5 else strip_accents(p.given)
    fn = pattern.format(s=s.replace(' ', ''), g=gname.replace(' ', ''), i=gname[0])
    title = tfr if lang == 'fr' else ten
    who = g.st('ed_md') if r.random() < 0.5 else g.st('clerk')
    content = ['Document %s' % ('numérisé' if lang == 'fr' else 'scanned'), '',
               'Voir document source au dossier électronique.' if lang == 'fr' else 'See source document in the EHR.']
    if fn.endswith('.pdf'):
        att = Att(fn, 'pdf', make_pdf(title, content))
    else:
        att = Att(fn, 'docx', make_docx(title, content))
    if lang == 'fr':
        subj = r.choice(['Document demandé', 'pièce jointe', 'Envoi document - urgence HRVS'])
        body = r.choice(['Bonjour,\n\nCi-joint le document demandé.\n\n', 'Voici.\n\n', 'Tel que discuté.\n\n']) + \
            who.sig('fr', r)
    else:
        subj = r.choice(['Requested document', 'attachment', 'Document from HRVS ED'])
        body = r.choice(['Hello,\n\nPlease find attached the requested document.\n\n', 'Here you go.\n\n',
                         'As discussed.\n\n']) + who.sig('en', r)
    dest = r.choice([staff_addr(g.st('spec_md')), transfer_centre(lang)])
    return mkspec(c, 'attachment_filename', staff_addr(who), [dest], subj, body,
                  'identity and diagnosis only in attachment file name', atts=[att])


def p_subject_only(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p)
    who = g.st('bed') if r.random() < 0.5 else g.st('clerk')
    nm = c.name(p, r.choice([0, 1, 2, 4, 7]))
    dx = c.dx(cd.dx[lang])
    if lang == 'fr':
        subj = r.choice(['RE: %s - %s, retour CH d\'origine?', '%s (%s) - lit confirmé', 'TR: %s / %s'])
        subj = subj % (nm, dx)
        body = r.choice(['Oui, confirmé pour demain 10h. Ambulance réservée.', 'Lit 312 prêt à 14h.',
                         'OK pour nous, on attend le rapport inf.']) + '\n\n' + who.sig('fr', r, 2)
    else:
        subj = r.choice(['RE: %s - %s, back to home hospital?', '%s (%s) - bed confirmed', 'FW: %s / %s'])
        subj = subj % (nm, dx)
        body = r.choice(['Yes, confirmed for tomorrow 10:00. Ambulance booked.', 'Bed 312 ready at 14:00.',
                         'OK on our side, waiting for nursing report.']) + '\n\n' + who.sig('en', r, 2)
    return mkspec(c, 'subject_line', staff_addr(who), [staff_addr(g.st('bed'))], subj, body,
                  'patient name and diagnosis only in the Subject', fmt=r.choice(['plain', 'html', 'alt']))


def p_protection(g, lang):
    r = g.rng
    c = Case(g, lang)
    child = r.random() < 0.5
    if child:
        p = g.next_nam_person()
        tries = 0
        while p.age >= 16 and tries < 80:
            p = g.next_nam_person()
            tries += 1
        if p.age >= 16:
            p = g.invented_person(lang=lang, min_age=2, max_age=12)
    else:
        p = pat(g, 0.4, min_age=20)
        if p.age < 18:
            p = g.invented_person(lang=lang, min_age=20)
    who = g.st('sw') if r.random() < 0.6 else g.st('ed_md')
    nm = c.name(p, r.choice([0, 1, 9]))
    dob = c.dob(p)
    if p.nam and r.random() < 0.6:
        dob += (' - NAM ' if lang == 'fr' else ' - RAMQ ') + c.nam(p)
    if child:
        dx = c.dx('fracture spiroïde de l\'humérus droit et ecchymoses d\'âges différents' if lang == 'fr'
                  else 'spiral fracture of the right humerus and bruises of different ages')
        soc = c.social('signalement retenu, mère présente, conjoint de la mère absent' if lang == 'fr'
                       else 'report accepted, mother present, mother\'s partner absent')
        dest = ('Réception des signalements DPJ' if lang == 'fr' else 'Youth protection intake',
                'signalements@dpj-hr.example')
        if lang == 'fr':
            subj = 'Suivi signalement - enfant vu à l\'urgence'
            body = ('Bonjour,\n\nSuite à mon appel de ce matin, voici les informations :\n\nEnfant : %s\nDDN : %s\n'
                    'Constat médical : %s\nSituation : %s\n\nL\'enfant reste hospitalisé en pédiatrie pour la nuit.\n\n%s'
                    % (nm, dob, dx, soc, who.sig('fr', r)))
        else:
            subj = 'Follow-up report - child seen in the ED'
            body = ('Hello,\n\nFurther to my call this morning:\n\nChild: %s\nDOB: %s\nMedical findings: %s\nSituation: %s'
                    '\n\nThe child stays on the paediatric ward tonight.\n\n%s' % (nm, dob, dx, soc, who.sig('en', r)))
    else:
        dx = c.dx('psychose aiguë, risque suicidaire élevé' if lang == 'fr' else 'acute psychosis, high suicide risk')
        soc = c.social(r.choice(['a quitté l\'urgence contre avis, vit seul avec des armes de chasse',
                                 'a fugué de l\'urgence, sans domicile fixe']) if lang == 'fr'
                       else r.choice(['left the ED against advice, lives alone with hunting rifles',
                                      'eloped from the ED, no fixed address']))
        dest = ('Service de police de Val-des-Saules', 'urgence@police-vds.example')
        if lang == 'fr':
            subj = 'Demande d\'assistance - usager en garde préventive'
            body = ('Bonjour,\n\nNous demandons votre assistance pour ramener l\'usager suivant :\n\n%s, DDN %s\n'
                    'Motif : %s\nContexte : %s\n\nMerci de nous aviser dès sa localisation.\n\n%s'
                    % (nm, dob, dx, soc, who.sig('fr', r)))
        else:
            subj = 'Assistance request - patient under preventive detention'
            body = ('Hello,\n\nWe request assistance to bring back the following patient:\n\n%s, DOB %s\nReason: %s\n'
                    'Context: %s\n\nPlease notify us once located.\n\n%s' % (nm, dob, dx, soc, who.sig('en', r)))
    return mkspec(c, 'protection_security', staff_addr(who), [dest], subj, body,
                  'youth protection / police assistance' , importance=True)


def p_zip_bundle(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p)
    md = g.st('ed_md') if r.random() < 0.5 else g.st('icu_md')
    nm = c.name(p, r.choice([0, 1, 2]))
    mrn = c.mrn(p)
    nam = c.nam(p) if p.nam and r.random() < 0.8 else None
    dx, med, lab = c.dx(cd.dx[lang]), c.med(cd.med[lang]), c.lab(cd.lab[lang])
    if lang == 'fr':
        lines = ['Patient : %s' % nm, 'Dossier : %s' % mrn] + (['NAM : %s' % nam] if nam else []) + [
            'Diagnostic principal : %s' % dx, 'Traitements administrés : %s' % med, 'Résultats pertinents : %s' % lab]
        csv_rows = ['medicament;dose;voie;heure']
        title = 'Sommaire de transfert'
    else:
        lines = ['Patient: %s' % nm, 'MRN: %s' % mrn] + (['RAMQ: %s' % nam] if nam else []) + [
            'Principal diagnosis: %s' % dx, 'Treatments given: %s' % med, 'Relevant results: %s' % lab]
        csv_rows = ['drug;dose;route;time']
        title = 'Transfer summary'
    for item in cd.med[lang].split(', '):
        csv_rows.append('%s;;IV;%02d:%02d' % (item.replace(';', ','), r.randrange(24), r.randrange(60)))
    files = [('sommaire_transfert.pdf' if lang == 'fr' else 'transfer_summary.pdf', make_pdf(title, lines)),
             ('medicaments.csv' if lang == 'fr' else 'medications.csv', ('\n'.join(csv_rows) + '\n').encode('utf-8'))]
    if r.random() < 0.5:
        files.append(('labos.txt' if lang == 'fr' else 'labs.txt', (lab + '\n').encode('utf-8')))
    zname = r.choice(['transfert_%s.zip' % p.mrn, 'dossier_transfert.zip', 'docs_%d.zip' % r.randrange(100, 999)])
    if lang == 'fr':
        subj = r.choice(['Documents de transfert', 'Transfert - documents (zip)', 'Docs pour le transfert de ce soir'])
        body = 'Bonjour,\n\nVous trouverez les documents de transfert dans l\'archive ci-jointe.\n\n' + md.sig('fr', r)
    else:
        subj = r.choice(['Transfer documents', 'Transfer - docs (zip)', 'Docs for tonight\'s transfer'])
        body = 'Hello,\n\nTransfer documents are in the attached archive.\n\n' + md.sig('en', r)
    return mkspec(c, 'zip_bundle', staff_addr(md), [transfer_centre(lang)], subj, body,
                  'transfer documents in ZIP (PDF + CSV)', atts=[Att(zname, 'zip', make_zip(files))])


def p_census_csv(g, lang):
    r = g.rng
    c = Case(g, lang)
    who = g.st('bed') if r.random() < 0.6 else g.st('clerk')
    with_nam = r.random() < 0.55
    n = r.randrange(4, 10)
    sep = r.choice([';', ','])
    if lang == 'fr':
        hdr = ['civiere', 'nom', 'prenom', 'dossier'] + (['nam'] if with_nam else []) + ['age', 'dx', 'heures_urgence']
    else:
        hdr = ['stretcher', 'last_name', 'first_name', 'mrn'] + (['ramq'] if with_nam else []) + ['age', 'dx', 'ed_hours']
    rows = [sep.join(hdr)]
    for i in range(n):
        p = g.next_nam_person() if with_nam else pat(g, 0.5)
        cd = pick_cond(g, p)
        c.name(p)
        c.mrn(p)
        dx = c.dx(cd.dx[lang]).replace(sep, ' ')
        vals = [str(r.randrange(1, 32)), p.surname, p.given, p.mrn] + ([p.nam] if with_nam else []) + \
            [str(p.age), dx, str(r.randrange(24, 96))]
        rows.append(sep.join(vals))
    if with_nam:
        c.types.add('ramq_nam')
    data = '\r\n'.join(rows) + '\r\n'
    fn = r.choice(['urgence_plus24h_%s.csv' % g.when().strftime('%Y%m%d'), 'census_ED.csv', 'export_civieres.csv'])
    cs = r.choice(['utf-8', 'utf-8-bom', 'iso-8859-1', 'windows-1252'])
    if lang == 'fr':
        subj = r.choice(['Extraction patients > 24 h', 'Liste des séjours prolongés - urgence', 'export civières'])
        body = 'Bonjour,\n\nCi-joint l\'extraction demandée pour le comité de débordement.\n\n' + who.sig('fr', r)
    else:
        subj = r.choice(['Patients > 24 h extract', 'ED long-stay list', 'stretcher export'])
        body = 'Hi,\n\nAttached is the extract requested for the overcapacity committee.\n\n' + who.sig('en', r)
    return mkspec(c, 'census_csv', staff_addr(who), [staff_addr(g.st('admin'))], subj, body,
                  'CSV census of ED patients' + (' with NAM' if with_nam else ''),
                  atts=[Att(fn, 'csv', data, text_charset=cs)])


def p_vcard_nok(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, min_age=50)
    if p.age < 40:
        p = g.invented_person(lang=lang, min_age=60)
    rn = g.st('icu_rn') if r.random() < 0.6 else g.st('sw')
    rel_sex = r.choice('MF')
    kin = g.invented_person(lang=lang, min_age=25, max_age=60, sex=rel_sex)
    if r.random() < 0.6:
        kin.surname = p.surname
        kin.email = '%s.%s%d@%s' % (strip_accents(kin.given.split('-')[0]).lower(),
                                    strip_accents(kin.surname).lower().replace("'", ''), r.randrange(1, 99),
                                    r.choice(PERSONAL_DOMS))
    nm = c.name(p, r.choice([0, 3, 9, 1]))
    rel_fr = 'Fille' if rel_sex == 'F' else 'Fils'
    rel_en = 'Daughter' if rel_sex == 'F' else 'Son'
    soc = c.social(('%s et mandataire de %s' % (rel_fr, nm)) if lang == 'fr' else ('%s and substitute decision-maker of %s'
                                                                                  % (rel_en, nm)))
    extra = ''
    if r.random() < 0.6:
        cd = pick_cond(g, p, want=['anoxic', 'ards', 'sepsis', 'ich', 'copd'])
        extra = c.dx(cd.dx[lang])
    note = soc + ((' - SI lit %d' if lang == 'fr' else ' - ICU bed %d') % r.randrange(1, 13))
    vcf = make_vcf(kin.full, kin.surname, kin.given, None, None, [('CELL', kin.phone)], kin.email, note=note)
    if lang == 'fr':
        subj = r.choice(['Coordonnées de la famille', 'Contact mandataire', 'Personne à joindre - SI'])
        body = ('Bonjour,\n\nVoici la fiche contact %s de %s%s. À joindre pour tout changement, sauf entre 23h et 7h.'
                '\n\n%s' % ('de la fille' if rel_sex == 'F' else 'du fils', nm, (' (' + extra + ')') if extra else '', rn.sig('fr', r)))
    else:
        subj = r.choice(['Family contact details', 'SDM contact', 'Contact person - ICU'])
        body = ('Hi,\n\nAttached is the contact card for %s\'s %s%s. Call for any change, except 23:00-07:00.\n\n%s'
                % (nm, rel_en.lower(), (' (' + extra + ')') if extra else '', rn.sig('en', r)))
    fn = '%s_%s.vcf' % (strip_accents(kin.given), strip_accents(kin.surname).replace("'", ''))
    return mkspec(c, 'vcard_next_of_kin', staff_addr(rn), [staff_addr(g.st('icu_rn'))], subj, body,
                  'next-of-kin vCard tied to named ICU patient', atts=[Att(fn, 'vcf', vcf)])


def p_docx_consult(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g)
    cd = pick_cond(g, p)
    sp = g.st('spec_md') if r.random() < 0.6 else g.st('icu_md')
    nm = c.name(p, 0)
    mrn, dob = c.mrn(p), c.dob(p)
    if p.nam and r.random() < 0.7:
        mrn = mrn + ('    NAM : ' if lang == 'fr' else '    RAMQ: ') + c.nam(p)
    dx, med, lab = c.dx(cd.dx[lang]), c.med(cd.med[lang]), c.lab(cd.lab[lang])
    if lang == 'fr':
        title = 'Note de consultation'
        paras = ['Patient : %s    Dossier : %s    DDN : %s' % (nm, mrn, dob),
                 'Raison de consultation : évaluation à l\'urgence.',
                 'Impression : %s.' % dx, 'Traitement : %s.' % med, 'Bilan : %s.' % lab,
                 'Plan : admission, réévaluation dans 12 h. Signé : %s' % sp.name('fr')]
        table = [['Paramètre', 'Valeur'], ['TA', '%d/%d' % (r.randrange(90, 160), r.randrange(50, 95))],
                 ['FC', str(r.randrange(60, 130))]]
        subj = r.choice(['Note de consultation', 'Consult - note ci-jointe', 'Ma note de consult'])
        body = 'Bonjour,\n\nMa note de consultation est jointe.\n\n' + sp.sig('fr', r)
        fn = r.choice(['Note_consultation.docx', 'consult_%s.docx' % p.mrn, 'Note consult %s.docx' % p.surname])
    else:
        title = 'Consultation note'
        paras = ['Patient: %s    MRN: %s    DOB: %s' % (nm, mrn, dob), 'Reason for consult: ED assessment.',
                 'Impression: %s.' % dx, 'Treatment: %s.' % med, 'Work-up: %s.' % lab,
                 'Plan: admit, reassess in 12 h. Signed: %s' % sp.name('en')]
        table = [['Parameter', 'Value'], ['BP', '%d/%d' % (r.randrange(90, 160), r.randrange(50, 95))],
                 ['HR', str(r.randrange(60, 130))]]
        subj = r.choice(['Consultation note', 'Consult - note attached', 'My consult note'])
        body = 'Hello,\n\nMy consultation note is attached.\n\n' + sp.sig('en', r)
        fn = r.choice(['Consult_note.docx', 'consult_%s.docx' % p.mrn, 'Consult note %s.docx' % p.surname])
    return mkspec(c, 'consult_note_docx', staff_addr(sp), [staff_addr(g.st('ed_md'))], subj, body,
                  'consultation note in DOCX', atts=[Att(fn, 'docx', make_docx(title, paras, table))])


def p_gp_letter(g, lang):
    r = g.rng
    c = Case(g, lang)
    p = pat(g, 0.7)
    cd = pick_cond(g, p, want=['pe', 'copd', 'hip', 'ugib', 'dka', 'hyperk', 'stemi', 'asthma', 'appy'])
    md = g.st('ed_md')
    nm = c.name(p)
    ids = ''
    if p.nam and r.random() < 0.8:
        ids = (' (NAM %s)' if lang == 'fr' else ' (RAMQ %s)') % c.nam(p)
    elif r.random() < 0.5:
        ids = ' - %s' % c.dob(p)
    dx = c.dx(cd.dx[lang])
    med = c.med(cd.med[lang])
    gmf = ('GMF des Cèdres', 'secretariat@gmf-cedres.example')
    if lang == 'fr':
        subj = r.choice(['Visite à l\'urgence de votre patient%s' % gx(p, '', 'e'), 'Suivi requis - %s' % nm,
                         'Résumé de visite urgence HRVS'])
        body = ('Bonjour Docteur,\n\nVotre patient%s %s%s a consulté à notre urgence le %s.\n\nDiagnostic : %s\n'
                'Traitement : %s\n\nMerci de le/la revoir d\'ici 7 à 10 jours.\n\n%s'
                % (gx(p, '', 'e'), nm, ids, short_date(g.when().date(), 'fr'), dx, med, md.sig('fr', r)))
    else:
        subj = r.choice(['ED visit of your patient', 'Follow-up needed - %s' % nm, 'HRVS ED visit summary'])
        body = ('Dear colleague,\n\nYour patient %s%s was seen in our ED on %s.\n\nDiagnosis: %s\nTreatment: %s\n\n'
                'Please see them within 7-10 days.\n\n%s' % (nm, ids, short_date(g.when().date(), 'en'), dx, med,
                                                               md.sig('en', r)))
    return mkspec(c, 'gp_letter', staff_addr(md), [gmf], subj, body, 'ED visit summary to family physician')


def p_billing(g, lang):
    r = g.rng
    c = Case(g, lang)
    kind = ['nir', 'niss', 'sin', 'ohip'][g.counters.get('billing', 0) % 4]
    g.counters['billing'] = g.counters.get('billing', 0) + 1
    if kind in ('nir', 'niss'):
        p = g.invented_person(lang='fr', min_age=19)
    elif kind == 'ohip':
        p = g.invented_person(lang='en', min_age=19)
    else:
        p = pat(g, 0.0, min_age=19)
    cd = pick_cond(g, p)
    clerk = g.st('clerk')
    nm = c.name(p, r.choice([1, 2, 5, 9, 0]))
    dob = c.dob(p)
    idv = {'nir': c.nir, 'niss': c.niss, 'sin': c.sin, 'ohip': c.ohip}[kind](p)
    lbl = {'nir': ('NIR (France)', 'French NIR'), 'niss': ('NISS (Belgique)', 'Belgian NISS'),
           'sin': ('NAS (pas de carte RAMQ valide)', 'SIN (no valid RAMQ card)'),
           'ohip': ('Carte santé Ontario', 'Ontario health card')}[kind][0 if lang == 'fr' else 1]
    d1 = g.when().date()
    d2 = d1 + datetime.timedelta(days=r.randrange(1, 9))
    dx = c.dx(cd.dx[lang])
    mrn = c.mrn(p) if r.random() < 0.6 else p.mrn[:3] + '...'
    if lang == 'fr':
        subj = r.choice(['Facturation non-résident - %s' % p.surname.upper(), 'Séjour à facturer (non assuré RAMQ)',
                         'Dossier facturation - urgence/SI'])
        body = ('Bonjour,\n\nSéjour à facturer :\n\n%s\nDDN : %s\n%s : %s\nDossier : %s\nSéjour : %s au %s '
                '(urgence puis SI)\nDiagnostic principal : %s\n\nLa copie des pièces d\'identité est au dossier papier.\n\n%s'
                % (nm, dob, lbl, idv, mrn, d1.isoformat(), d2.isoformat(), dx, clerk.sig('fr', r)))
    else:
        subj = r.choice(['Non-resident billing - %s' % p.surname.upper(), 'Stay to bill (not RAMQ-insured)',
                         'Billing file - ED/ICU'])
        body = ('Hello,\n\nStay to bill:\n\n%s\nDOB: %s\n%s: %s\nChart: %s\nStay: %s to %s (ED then ICU)\n'
                'Principal diagnosis: %s\n\nCopy of ID documents is in the paper chart.\n\n%s'
                % (nm, dob, lbl, idv, mrn, d1.isoformat(), d2.isoformat(), dx, clerk.sig('en', r)))
    if r.random() < 0.35:
        rows = [['Nom' if lang == 'fr' else 'Name', 'DDN' if lang == 'fr' else 'DOB', lbl, 'Dx'],
                [nm, dob, idv, dx]]
        att = Att('facturation_nonresident.xlsx' if lang == 'fr' else 'nonresident_billing.xlsx', 'xlsx',
                  make_xlsx([('Facturation' if lang == 'fr' else 'Billing', rows)]))
        body = body.split('\n\n')[0] + '\n\n' + ('Détails dans le fichier joint.' if lang == 'fr' else
                                                 'Details in the attached file.') + '\n\n' + clerk.sig(lang, r)
        c.types.discard('mrn')
        return mkspec(c, 'billing_nonresident', staff_addr(clerk),
                      [('Facturation' if lang == 'fr' else 'Billing office', 'facturation@' + HOSP['dom'])], subj, body,
                      'non-resident / uninsured billing (%s) in XLSX' % kind, atts=[att])
    return mkspec(c, 'billing_nonresident', staff_addr(clerk),
                  [('Facturation' if lang == 'fr' else 'Billing office', 'facturation@' + HOSP['dom'])], subj, body,
                  'non-resident / uninsured billing (%s)' % kind)


POS_TEMPLATES = [p_billing, p_transfer, p_ambulance, p_bedboard, p_consult, p_family_meeting, p_family_ics, p_organ_donation,
                 p_mm_case, p_home_care, p_transport, p_critical_lab, p_ontario, p_tourist, p_sin_social,
                 p_reply_quoted, p_forward_eml, p_inline_fwd, p_filename_only, p_subject_only, p_protection,
                 p_zip_bundle, p_census_csv, p_vcard_nok, p_docx_consult, p_gp_letter]


# ---------------------------------------------------------------------------
# NEGATIVE templates (hard: clinical words, staff names, identifier-like numbers)
# ---------------------------------------------------------------------------
def nspec(cat, lang, frm, to, subject, body, note, **kw):
    d = dict(cat=cat, lang=lang, to=to, subject=subject, body=body, note=note, types=set())
    d['from'] = frm
    d.update(kw)
    return d


ALL_STAFF = ('Tout le personnel - Urgence/SI', 'urgence-si.tous@' + HOSP['dom'])
ALL_STAFF_EN = ('All staff - ED/ICU', 'urgence-si.tous@' + HOSP['dom'])


def lists(lang):
    return ALL_STAFF if lang == 'fr' else ALL_STAFF_EN


def stats_table(g, lang, days=7):
    r = g.rng
    start = datetime.date(2024, r.choice([2, 3]), r.randrange(1, 20))
    hdr = ['Date', 'Visites', 'P1', 'P2', 'P3', 'P4-P5', 'Ambulances', 'DMS civière (h)', '% > 24 h', 'PLSV'] \
        if lang == 'fr' else ['Date', 'Visits', 'P1', 'P2', 'P3', 'P4-P5', 'Ambulances', 'Stretcher LOS (h)',
                              '% > 24 h', 'LWBS']
    rows = [hdr]
    for i in range(days):
        d = start + datetime.timedelta(days=i)
        v = r.randrange(118, 171)
        p1, p2 = r.randrange(1, 6), r.randrange(14, 30)
        p3 = r.randrange(45, 70)
        rows.append([d.isoformat(), v, p1, p2, p3, v - p1 - p2 - p3, r.randrange(22, 41),
                     ('%.1f' % (r.uniform(14, 29))).replace('.', ',' if lang == 'fr' else '.'),
                     '%d %%' % r.randrange(9, 31), r.randrange(3, 15)])
    return rows


def n_ed_stats(g, lang):
    r = g.rng
    who = g.st('admin') if r.random() < 0.5 else g.st('qual')
    rows = stats_table(g, lang, r.choice([5, 7, 7]))
    kind = r.choice(['body', 'csv', 'xlsx'])
    atts, fmt = [], None
    tot = sum(x[1] for x in rows[1:])
    if lang == 'fr':
        subj = r.choice(['Statistiques urgence - semaine du %s' % rows[1][0], 'Achalandage urgence (hebdo)',
                         'Indicateurs urgence - %s' % rows[1][0]])
        intro = ('Bonjour,\n\nVoici les statistiques de l\'urgence pour la période. Total : %d visites, dont %d arrivées '
                 'ambulancières. La durée moyenne de séjour sur civière reste au-dessus de la cible ministérielle (12 h).'
                 % (tot, sum(x[6] for x in rows[1:])))
        outro = 'Les P1 (réanimation) sont stables. Merci à toutes les équipes.'
    else:
        subj = r.choice(['ED statistics - week of %s' % rows[1][0], 'ED volumes (weekly)',
                         'ED indicators - %s' % rows[1][0]])
        intro = ('Hello,\n\nED statistics for the period: %d visits in total, %d by ambulance. Mean stretcher length of '
                 'stay remains above the provincial target (12 h).' % (tot, sum(x[6] for x in rows[1:])))
        outro = 'P1 (resuscitation) volumes are stable. Thanks to all teams.'
    if kind == 'body':
        tbl = '\n'.join(' | '.join(str(x) for x in row) for row in rows)
        body = '%s\n\n%s\n\n%s\n\n%s' % (intro, tbl, outro, who.sig(lang, r))
        fmt = r.choice(['html', 'alt', 'plain'])
    elif kind == 'csv':
        data = '\n'.join(';'.join(str(x) for x in row) for row in rows) + '\n'
        atts.append(Att('stats_urgence.csv' if lang == 'fr' else 'ed_stats.csv', 'csv', data,
                        text_charset=r.choice(['utf-8', 'iso-8859-1', 'utf-8-bom'])))
        body = '%s\n\n%s\n\n%s' % (intro, outro, who.sig(lang, r))
    else:
        hourly = [['Heure' if lang == 'fr' else 'Hour', 'Arrivées' if lang == 'fr' else 'Arrivals']] + \
            [['%02d:00' % h, r.randrange(1, 14)] for h in range(24)]
        atts.append(Att('indicateurs_urgence.xlsx' if lang == 'fr' else 'ed_indicators.xlsx', 'xlsx',
                        make_xlsx([('Quotidien' if lang == 'fr' else 'Daily', rows),
                                   ('Horaire' if lang == 'fr' else 'Hourly', hourly)])))
        body = '%s\n\n%s\n\n%s' % (intro, outro, who.sig(lang, r))
    return nspec('ed_statistics', lang, staff_addr(who), [lists(lang)], subj, body, 'aggregate ED volumes',
                 atts=atts, fmt=fmt)


def n_overcapacity(g, lang):
    r = g.rng
    who = g.st('bed') if r.random() < 0.6 else g.st('admin')
    lvl = r.choice([2, 3, 3, 4])
    occ = r.randrange(128, 175)
    civ = r.randrange(29, 44)
    adm = r.randrange(8, 22)
    si = r.randrange(0, 2)
    if lang == 'fr':
        subj = r.choice(['ALERTE SURCAPACITÉ - niveau %d' % lvl, '[Urgent] Débordement urgence niveau %d' % lvl,
                         'Plan de surcapacité activé (%d %%)' % occ])
        body = ('ALERTE SURCAPACITÉ - NIVEAU %d\n\nTaux d\'occupation des civières : %d %% (%d civières occupées pour 24 '
                'au permis)\nPatients admis en attente d\'un lit : %d\nLits disponibles aux soins intensifs : %d\n\n'
                'Mesures en vigueur :\n- Ouverture de l\'unité tampon 2E (8 lits)\n- Report des chirurgies électives non '
                'urgentes de demain\n- Tournée des congés accélérée à 10 h sur toutes les unités\n- Les patients en '
                'attente de CHSLD sont relocalisés en priorité\n\nAucune information nominative dans ce message. '
                'Prochaine mise à jour à %dh.\n\n%s' % (lvl, occ, civ, adm, si, r.choice([11, 15, 19]),
                                                        who.sig('fr', r, 1)))
    else:
        subj = r.choice(['OVERCAPACITY ALERT - level %d' % lvl, '[Urgent] ED surge level %d' % lvl,
                         'Surge plan activated (%d%%)' % occ])
        body = ('OVERCAPACITY ALERT - LEVEL %d\n\nStretcher occupancy: %d%% (%d stretchers occupied for 24 licensed)\n'
                'Admitted patients waiting for a bed: %d\nICU beds available: %d\n\nMeasures in effect:\n- Surge unit 2E '
                'opened (8 beds)\n- Non-urgent elective surgeries postponed tomorrow\n- Accelerated discharge rounds at '
                '10:00 on all units\n- Patients awaiting long-term care relocated first\n\nNo patient-identifying '
                'information in this message. Next update at %d:00.\n\n%s' % (lvl, occ, civ, adm, si,
                                                                             r.choice([11, 15, 19]), who.sig('en', r, 1)))
    return nspec('overcapacity_alert', lang, staff_addr(who), [lists(lang), ('Direction', 'direction@' + HOSP['dom'])],
                 subj, body, 'overcapacity alert without names', importance=True)


EQUIP = [('ventilateur VentiMax 700', 'VentiMax 700 ventilator'), ('pompe volumétrique Fluxa P3', 'Fluxa P3 infusion pump'),
         ('moniteur Cardiline M12', 'Cardiline M12 monitor'), ('défibrillateur Rythmo D5', 'Rythmo D5 defibrillator'),
         ('vidéolaryngoscope ClearView 4', 'ClearView 4 videolaryngoscope'), ('échographe SonoPort X', 'SonoPort X ultrasound')]


def n_equipment(g, lang):
    r = g.rng
    who = g.st('biomed')
    eq = r.choice(EQUIP)
    n = r.randrange(3, 7)
    rows = [['Actif' if lang == 'fr' else 'Asset', 'N° série' if lang == 'fr' else 'Serial', 'Local' if lang == 'fr'
             else 'Location', 'Date']]
    for i in range(n):
        rows.append([g.luhn_number(10), g.luhn_number(9), r.choice(['SI-04', 'SI-09', 'URG-Réa 1', 'URG-Réa 2', 'URG-12',
                                                                   'Dépôt 1B']),
                     (datetime.date(2024, 3, 18) + datetime.timedelta(days=r.randrange(0, 21))).isoformat()])
    tbl = '\n'.join(' | '.join(str(x) for x in row) for row in rows)
    if lang == 'fr':
        subj = r.choice(['Entretien préventif - %s' % eq[0], 'Avis biomédical : mise à jour logicielle %s' % eq[0].split()[-2],
                         'Retrait temporaire d\'équipements'])
        body = ('Bonjour,\n\nLe génie biomédical procédera à l\'entretien préventif / mise à jour du %s selon l\'horaire '
                'ci-dessous. Un appareil de remplacement sera laissé sur place.\n\n%s\n\nMerci de nettoyer les appareils '
                'avant notre passage. Billet de service : INC%07d.\n\n%s' % (eq[0], tbl, r.randrange(10 ** 6), who.sig('fr', r)))
    else:
        subj = r.choice(['Preventive maintenance - %s' % eq[1], 'Biomed notice: software update %s' % eq[1].split()[0],
                         'Temporary equipment removal'])
        body = ('Hello,\n\nBiomedical engineering will perform preventive maintenance / software update on the %s per '
                'the schedule below. A loaner will be left on site.\n\n%s\n\nPlease clean the devices before we come. '
                'Service ticket: INC%07d.\n\n%s' % (eq[1], tbl, r.randrange(10 ** 6), who.sig('en', r)))
    return nspec('equipment_notice', lang, staff_addr(who), [lists(lang)], subj, body,
                 'equipment notice; Luhn-valid serial/asset numbers', fmt=r.choice([None, 'alt', 'html']))


def n_supply(g, lang):
    r = g.rng
    who = g.st('pharm') if r.random() < 0.5 else g.st('admin')
    lot = '%s%02d%s%04d' % (r.choice('ABCKLM'), r.randrange(20, 25), r.choice('HJKQ'), r.randrange(10000))
    k = r.randrange(3)
    if lang == 'fr':
        if k == 0:
            subj = 'Pénurie : norépinéphrine 4 mg/4 mL'
            body = ('Bonjour,\n\nLe fournisseur nous avise d\'une rupture de la norépinéphrine 4 mg/4 mL (DIN 0241%04d) '
                    'jusqu\'à la mi-avril. Utiliser les seringues prémélangées 8 mg/250 mL disponibles à la pharmacie. '
                    'La vasopressine reste disponible pour le choc réfractaire selon l\'ordonnance collective.\n\n%s'
                    % (r.randrange(10000), who.sig('fr', r)))
        elif k == 1:
            subj = 'RAPPEL de produit - tubulures de perfusion lot %s' % lot
            body = ('Bonjour,\n\nRappel volontaire des tubulures de perfusion, lot %s (réf. FX-%d). Retirer tous les '
                    'paquets de ce lot des chariots de réanimation et les retourner au magasin, porte 12. Aucun incident '
                    'signalé chez nous à ce jour.\n\n%s' % (lot, r.randrange(1000, 9999), who.sig('fr', r)))
        else:
            subj = 'Changement de fournisseur - gants et masques N95'
            body = ('Bonjour,\n\nÀ compter du %s, les masques N95 modèle 1870 sont remplacés par le modèle NX-22. '
                    'Un test d\'ajustement est requis pour tout le personnel : cliniques les mardis de 13 h à 16 h au '
                    'local 1B-020.\n\n%s' % (short_date(g.when().date(), 'fr'), who.sig('fr', r)))
    else:
        if k == 0:
            subj = 'Shortage: norepinephrine 4 mg/4 mL'
            body = ('Hello,\n\nSupplier advises norepinephrine 4 mg/4 mL (DIN 0241%04d) is on backorder until mid-April. '
                    'Use the premixed 8 mg/250 mL bags from pharmacy. Vasopressin remains available for refractory shock '
                    'per the standing order.\n\n%s' % (r.randrange(10000), who.sig('en', r)))
        elif k == 1:
            subj = 'PRODUCT RECALL - IV tubing lot %s' % lot
            body = ('Hello,\n\nVoluntary recall of IV administration sets, lot %s (ref. FX-%d). Remove all packs of this '
                    'lot from crash carts and return them to stores, door 12. No incidents reported here so far.\n\n%s'
                    % (lot, r.randrange(1000, 9999), who.sig('en', r)))
        else:
            subj = 'Supplier change - gloves and N95 masks'
            body = ('Hello,\n\nStarting %s, N95 model 1870 is replaced by model NX-22. Fit testing is required for all '
                    'staff: clinics on Tuesdays 13:00-16:00 in room 1B-020.\n\n%s' % (short_date(g.when().date(), 'en'),
                                                                                     who.sig('en', r)))
    return nspec('supply_notice', lang, staff_addr(who), [lists(lang)], subj, body, 'supply / shortage / recall notice')


MM_TOPICS = [
    ('Retard diagnostique d\'une dissection aortique au triage', 'Delayed diagnosis of aortic dissection at triage'),
    ('Intubation difficile chez le patient en choc', 'Difficult intubation in the shocked patient'),
    ('Sepsis pédiatrique méconnu : leçons apprises', 'Missed paediatric sepsis: lessons learned'),
    ('Transfert interétablissement et détérioration en route', 'Inter-facility transfer and deterioration en route'),
    ('Hyperkaliémie et erreurs de dose d\'insuline', 'Hyperkalaemia and insulin dosing errors'),
    ('Communication avec les familles lors d\'un retrait de soins', 'Communicating with families during withdrawal of care'),
    ('Chutes à l\'urgence chez la personne âgée', 'Falls in older adults in the ED'),
    ('Reconnaissance précoce du donneur potentiel', 'Early recognition of the potential organ donor'),
]


def n_mm_announce(g, lang):
    r = g.rng
    who = g.st('qual') if r.random() < 0.5 else g.st('ed_md')
    topics = r.sample(MM_TOPICS, r.choice([1, 2, 3]))
    sp = [g.st(r.choice(['ed_md', 'icu_md', 'spec_md'])) for _ in topics]
    d = g.when().date()
    if lang == 'fr':
        items = '\n'.join('- %s - présenté par %s' % (t[0], s.name('fr')) for t, s in zip(topics, sp))
        subj = r.choice(['Rondes M&M urgence-SI - %s' % short_date(d, 'fr'), 'Invitation : rondes de morbidité-mortalité',
                         'M&M du mois'])
        body = ('Bonjour à tous,\n\nLes prochaines rondes de morbidité-mortalité auront lieu le %s de 12 h à 13 h, '
                'amphithéâtre B (et sur Teams).\n\nSujets :\n%s\n\nRappel : les cas sont présentés de façon anonymisée; '
                'les discussions sont protégées (art. 183.2, comité d\'évaluation). Lunch servi.\n\n%s'
                % (long_date(d, 'fr'), items, who.sig('fr', r)))
    else:
        items = '\n'.join('- %s - presented by %s' % (t[1], s.name('en')) for t, s in zip(topics, sp))
        subj = r.choice(['ED-ICU M&M rounds - %s' % short_date(d, 'en'), 'Invitation: morbidity & mortality rounds',
                         'Monthly M&M'])
        body = ('Hi everyone,\n\nNext M&M rounds are on %s, 12:00-13:00, auditorium B (and on Teams).\n\nTopics:\n%s\n\n'
                'Reminder: cases are presented de-identified and discussions are protected (quality committee). Lunch '
                'provided.\n\n%s' % (long_date(d, 'en'), items, who.sig('en', r)))
    return nspec('mm_announcement', lang, staff_addr(who), [lists(lang)], subj, body, 'M&M announcement, topics only',
                 fmt=r.choice([None, 'html', 'alt']))


def roster_names(g, n, hard=True):
    """Staff rosters; some names deliberately coincide with patient-like names."""
    r = g.rng
    out = []
    for i in range(n):
        if hard and r.random() < 0.25:
            p = r.choice(g.nam_people)
            out.append((p.surname, p.given))
        else:
            s = g.st(r.choice(['ed_rn', 'icu_rn', 'clerk', 'ed_rn']))
            out.append((s.surname, s.given))
    return out


def n_schedule(g, lang):
    r = g.rng
    who = g.st('admin') if r.random() < 0.5 else g.st('clerk')
    names = roster_names(g, r.randrange(6, 12))
    d = g.when().date()
    shifts = ['J 7h-15h', 'S 15h-23h', 'N 23h-7h', 'J 7h-19h', 'N 19h-7h', 'Congé'] if lang == 'fr' else \
        ['D 07-15', 'E 15-23', 'N 23-07', 'D 07-19', 'N 19-07', 'Off']
    lines = []
    style = r.randrange(3)
    for s, gv in names:
        sh = r.choice(shifts)
        if style == 0:
            lines.append('%s, %s - %s' % (s.upper(), gv, sh))
        elif style == 1:
            lines.append('%s %s | %s | %s' % (s, gv, r.choice(['URG', 'SI', 'USC']), sh))
        else:
            lines.append('- %s %s : %s' % (gv, s, sh))
    if style == 1:
        lines.insert(0, ('Nom | Secteur | Quart' if lang == 'fr' else 'Name | Area | Shift'))
    if lang == 'fr':
        subj = r.choice(['Horaire semaine du %s' % short_date(d, 'fr'), 'Remplacements fin de semaine',
                         'Horaire infirmier - modifications'])
        body = ('Bonjour,\n\nVoici l\'horaire / les modifications pour la semaine du %s :\n\n%s\n\nLes échanges de quarts '
                'doivent être approuvés par l\'AIC. Merci!\n\n%s' % (short_date(d, 'fr'), '\n'.join(lines), who.sig('fr', r)))
    else:
        subj = r.choice(['Schedule week of %s' % short_date(d, 'en'), 'Weekend coverage', 'Nursing schedule - changes'])
        body = ('Hi,\n\nSchedule / changes for the week of %s:\n\n%s\n\nShift swaps must be approved by the charge nurse. '
                'Thanks!\n\n%s' % (short_date(d, 'en'), '\n'.join(lines), who.sig('en', r)))
    return nspec('staff_schedule', lang, staff_addr(who), [lists(lang)], subj, body, 'staff roster (names coincide)')


def n_training(g, lang):
    r = g.rng
    who = g.st('educ')
    k = r.randrange(4)
    d = g.when().date()
    sp = g.st(r.choice(['icu_md', 'ed_md']))
    courses = [('ACLS - recertification', 'ACLS recertification'), ('PALS / réanimation pédiatrique', 'PALS refresher'),
               ('Atelier ventilation mécanique (modes, asynchronies)', 'Mechanical ventilation workshop'),
               ('Simulation in situ : arrêt cardiaque en salle de réa', 'In-situ simulation: cardiac arrest in resus')]
    c = courses[k]
    if lang == 'fr':
        subj = 'Formation : %s - %s' % (c[0], short_date(d, 'fr'))
        body = ('Bonjour,\n\nFormation « %s » le %s, 8 h 30 à 16 h, local 1B-020. Formateur : %s.\n\nContenu : algorithmes '
                'FV/TV sans pouls, amiodarone 300 mg, adrénaline 1 mg q3-5 min, gestion des voies aériennes.\n'
                'Inscription via le portail avant le %s (code de cours FORM-%d). Places limitées à 12.\n\n%s'
                % (c[0], long_date(d, 'fr'), sp.name('fr'), short_date(d - datetime.timedelta(days=7), 'fr'),
                   r.randrange(1000, 9999), who.sig('fr', r)))
    else:
        subj = 'Training: %s - %s' % (c[1], short_date(d, 'en'))
        body = ('Hello,\n\n"%s" on %s, 08:30-16:00, room 1B-020. Instructor: %s.\n\nContent: VF/pulseless VT algorithms, '
                'amiodarone 300 mg, epinephrine 1 mg q3-5 min, airway management.\nRegister on the portal before %s '
                '(course code FORM-%d). Limited to 12 seats.\n\n%s' % (c[1], long_date(d, 'en'), sp.name('en'),
                                                                       short_date(d - datetime.timedelta(days=7), 'en'),
                                                                       r.randrange(1000, 9999), who.sig('en', r)))
    return nspec('training', lang, staff_addr(who), [lists(lang)], subj, body, 'training announcement',
                 fmt=r.choice([None, 'html']))


def n_it(g, lang):
    r = g.rng
    who = ('Service des technologies de l\'information' if lang == 'fr' else 'IT Service Desk', 'servicedesk@' + HOSP['dom'])
    d = g.when().date()
    k = r.randrange(3)
    tk = 'INC%07d' % r.randrange(10 ** 6, 10 ** 7)
    if lang == 'fr':
        if k == 0:
            subj = 'Interruption planifiée - dossier clinique informatisé (%s)' % short_date(d, 'fr')
            body = ('Bonjour,\n\nLe DCI sera indisponible le %s de 1 h à 4 h. Procédure dégradée : utiliser les formulaires '
                    'papier (requêtes labo, feuilles d\'ordonnances) disponibles dans les bacs rouges. Les résultats '
                    'critiques seront téléphonés par le laboratoire.\nRéférence : %s\n\nMerci de votre collaboration.'
                    % (long_date(d, 'fr'), tk))
        elif k == 1:
            subj = 'Imprimantes à l\'urgence - billet %s' % tk
            body = ('Bonjour,\n\nLes imprimantes d\'étiquettes des postes 2 et 4 (URG-PRT-07, URG-PRT-09) sont remplacées '
                    'demain. Les bracelets d\'identification s\'imprimeront sur URG-PRT-11 pendant les travaux.')
        else:
            subj = 'Rappel sécurité : hameçonnage'
            body = ('Bonjour,\n\nNous recevons des courriels frauduleux demandant de « valider votre compte Office ». Ne '
                    'cliquez pas sur les liens et ne divulguez jamais votre mot de passe. Signalez les courriels suspects '
                    'avec le bouton « Signaler ».')
    else:
        if k == 0:
            subj = 'Planned downtime - electronic health record (%s)' % short_date(d, 'en')
            body = ('Hello,\n\nThe EHR will be unavailable on %s from 01:00 to 04:00. Downtime procedure: use the paper '
                    'forms (lab requisitions, order sheets) in the red bins. Critical results will be phoned by the '
                    'lab.\nReference: %s\n\nThank you.' % (long_date(d, 'en'), tk))
        elif k == 1:
            subj = 'ED printers - ticket %s' % tk
            body = ('Hello,\n\nLabel printers at stations 2 and 4 (URG-PRT-07, URG-PRT-09) will be replaced tomorrow. ID '
                    'wristbands will print on URG-PRT-11 during the work.')
        else:
            subj = 'Security reminder: phishing'
            body = ('Hello,\n\nWe are receiving fraudulent e-mails asking you to "validate your Office account". Do not '
                    'click the links and never disclose your password. Report suspicious mail with the "Report" button.')
    return nspec('it_notice', lang, who, [lists(lang)], subj, body, 'IT notice', fmt=r.choice([None, 'html']))


def n_protocol(g, lang):
    r = g.rng
    who = g.st('pharm') if r.random() < 0.5 else g.st('icu_md')
    k = r.randrange(3)
    if lang == 'fr':
        if k == 0:
            subj = 'Mise à jour - ordonnance collective sepsis (adultes)'
            body = ('Bonjour,\n\nLa nouvelle ordonnance collective sepsis entre en vigueur lundi :\n'
                    '- Lactate et hémocultures x2 dès le triage si qSOFA >= 2\n- Bolus cristalloïdes 30 mL/kg si lactate >= 4\n'
                    '- Antibiothérapie dans l\'heure : pipéracilline-tazobactam 4,5 g IV (ou céfépime si allergie)\n'
                    '- Norépinéphrine si TAM < 65 après remplissage\n\nLe document complet est sur l\'intranet.\n\n%s'
                    % who.sig('fr', r))
        elif k == 1:
            subj = 'Protocole d\'acidocétose diabétique adulte - révision'
            body = ('Bonjour,\n\nRévision du protocole ACD : perfusion d\'insuline 0,1 U/kg/h sans bolus, ajout de dextrose '
                    'lorsque la glycémie < 14 mmol/L, potassium à remplacer si K < 5,0. Les feuilles de suivi horaires '
                    'sont remplacées dans les chariots.\n\n%s' % who.sig('fr', r))
        else:
            subj = 'Protocole de transfusion massive - rappel'
            body = ('Bonjour,\n\nRappel : activation du PTM par le 55 (poste de la banque de sang). Ratio 1:1:1, acide '
                    'tranexamique 1 g en 10 min puis 1 g sur 8 h. Calcium 1 g par 4 culots. Bilan de coagulation q30 min.'
                    '\n\n%s' % who.sig('fr', r))
    else:
        if k == 0:
            subj = 'Update - adult sepsis medical directive'
            body = ('Hello,\n\nThe new sepsis directive starts Monday:\n- Lactate and 2 sets of blood cultures at triage if '
                    'qSOFA >= 2\n- 30 mL/kg crystalloid if lactate >= 4\n- Antibiotics within the hour: piperacillin-'
                    'tazobactam 4.5 g IV (cefepime if allergic)\n- Norepinephrine if MAP < 65 after fluids\n\nFull document '
                    'on the intranet.\n\n%s' % who.sig('en', r))
        elif k == 1:
            subj = 'Adult DKA protocol - revision'
            body = ('Hello,\n\nDKA protocol revision: insulin infusion 0.1 U/kg/h without bolus, add dextrose when glucose '
                    '< 14 mmol/L, replace potassium if K < 5.0. Hourly flow sheets are being replaced in the carts.\n\n%s'
                    % who.sig('en', r))
        else:
            subj = 'Massive transfusion protocol - reminder'
            body = ('Hello,\n\nReminder: activate the MTP via extension 55 (blood bank). 1:1:1 ratio, tranexamic acid 1 g '
                    'over 10 min then 1 g over 8 h. Calcium 1 g per 4 units. Coagulation panel q30 min.\n\n%s'
                    % who.sig('en', r))
    return nspec('clinical_protocol', lang, staff_addr(who), [lists(lang)], subj, body,
                 'protocol bulletin with drugs/doses, no patient')


def n_job(g, lang):
    r = g.rng
    who = ('Ressources humaines' if lang == 'fr' else 'Human Resources', 'rh.affichage@' + HOSP['dom'])
    no = 'AFF-2024-%04d' % r.randrange(100, 999)
    k = r.randrange(3)
    jobs = [('Infirmier(ère) clinicien(ne) - soins intensifs, temps complet, nuit', 'Clinical nurse - ICU, full time, nights'),
            ('Agent(e) administratif(ve) classe 2 - urgence, temps partiel', 'Unit clerk - ED, part time'),
            ('Coordonnateur(trice) de la gestion des lits, poste permanent', 'Bed flow coordinator, permanent')]
    j = jobs[k]
    if lang == 'fr':
        subj = 'Affichage de poste %s - %s' % (no, j[0])
        body = ('Affichage interne %s\n\nTitre : %s\nExigences : permis de l\'OIIQ ou expérience pertinente, ACLS un atout.\n'
                'Salaire selon l\'échelle en vigueur. Période d\'affichage : 14 jours.\nPostuler via le portail RH en '
                'indiquant le numéro d\'affichage.' % (no, j[0]))
    else:
        subj = 'Job posting %s - %s' % (no, j[1])
        body = ('Internal posting %s\n\nTitle: %s\nRequirements: relevant licence or experience, ACLS an asset.\nSalary per '
                'the current scale. Posting period: 14 days.\nApply through the HR portal quoting the posting number.'
                % (no, j[1]))
    return nspec('job_posting', lang, who, [('Personnel HRVS', 'tous@' + HOSP['dom'])], subj, body, 'job posting',
                 fmt=r.choice([None, 'html']))


def n_committee(g, lang):
    r = g.rng
    who = g.st('admin')
    d = g.when().date()
    members = [g.st(x) for x in ('bed', 'icu_md', 'ed_md', 'qual')]
    if lang == 'fr':
        subj = r.choice(['Ordre du jour - comité de gestion des lits', 'Convocation : comité urgence-SI',
                         'Comité de débordement - %s' % short_date(d, 'fr')])
        body = ('Bonjour,\n\nConvocation au comité du %s, 14 h, salle du conseil (2A-201).\n\nOrdre du jour :\n'
                '1. Adoption du procès-verbal\n2. Indicateurs : DMS civière, %% > 24 h, NSA (niveau de soins alternatif) '
                ': %d usagers\n3. Plan de surcapacité - bilan de l\'hiver\n4. Entente de transfert avec le %s\n5. Varia\n\n'
                'Membres : %s\n\n%s' % (long_date(d, 'fr'), r.randrange(18, 40), CHU['fr'],
                                         ', '.join(m.name('fr') for m in members), who.sig('fr', r)))
    else:
        subj = r.choice(['Agenda - bed management committee', 'Notice: ED-ICU committee',
                         'Overcapacity committee - %s' % short_date(d, 'en')])
        body = ('Hello,\n\nCommittee meeting on %s, 14:00, board room (2A-201).\n\nAgenda:\n1. Approval of minutes\n'
                '2. Indicators: stretcher LOS, %% > 24 h, ALC patients: %d\n3. Surge plan - winter review\n4. Transfer '
                'agreement with %s\n5. Other business\n\nMembers: %s\n\n%s' % (long_date(d, 'en'), r.randrange(18, 40),
                                                                               CHU['en'], ', '.join(m.name('en') for m in members),
                                                                               who.sig('en', r)))
    return nspec('committee_notice', lang, staff_addr(who), [staff_addr(m) for m in members], subj, body,
                 'committee notice / agenda')


def n_teaching(g, lang):
    r = g.rng
    who = g.st(r.choice(['ed_md', 'icu_md']))
    age = r.randrange(24, 88)
    sex_fr, sex_en = r.choice([('Homme', 'man'), ('Femme', 'woman')])
    k = r.randrange(3)
    if lang == 'fr':
        cases = ['%s de %d ans, ATCD HTA et tabagisme, se présente pour douleur thoracique irradiant au dos. TA 178/96 '
                 'au bras droit, 142/80 au bras gauche. D-dimères 3,8. Quelle est votre prochaine étape?' % (sex_fr, age),
                 '%s de %d ans retrouvé inconscient, pupilles en myosis, FR 6/min. Après naloxone 0,4 mg IV, '
                 'reprise de conscience. Pièges de l\'observation post-naloxone?' % (sex_fr, age),
                 'Patient fictif : %s de %d ans, glycémie 38 mmol/L, pH 7,05, K 5,8. Écrivez l\'ordonnance initiale.'
                 % (sex_fr.lower(), age)]
        subj = r.choice(['Cas clinique de la semaine (résidents)', 'Club de lecture + cas', 'Cas pour l\'enseignement'])
        body = ('Bonjour les résidents,\n\nCas de la semaine (anonymisé, détails modifiés) :\n\n%s\n\nRéponses jeudi à la '
                'réunion de 7 h 30.\n\n%s' % (cases[k], who.sig('fr', r)))
    else:
        cases = ['A %d-year-old %s with hypertension and smoking presents with chest pain radiating to the back. BP 178/96 '
                 'right arm, 142/80 left arm. D-dimer 3.8. What is your next step?' % (age, sex_en),
                 'A %d-year-old %s found unresponsive, pinpoint pupils, RR 6. Wakes up after naloxone 0.4 mg IV. Pitfalls '
                 'of post-naloxone observation?' % (age, sex_en),
                 'Fictional patient: %d-year-old %s, glucose 38 mmol/L, pH 7.05, K 5.8. Write the initial orders.'
                 % (age, sex_en)]
        subj = r.choice(['Case of the week (residents)', 'Journal club + case', 'Teaching case'])
        body = ('Hi residents,\n\nCase of the week (de-identified, details altered):\n\n%s\n\nAnswers Thursday at the 07:30 '
                'meeting.\n\n%s' % (cases[k], who.sig('en', r)))
    return nspec('teaching_case', lang, staff_addr(who), [('Résidents urgence' if lang == 'fr' else 'ED residents',
                                                           'residents.urgence@' + HOSP['dom'])], subj, body,
                 'anonymised teaching case')


def n_invoice(g, lang):
    r = g.rng
    who = g.st('admin')
    po = g.luhn_number(10)
    inv = 'F-%06d' % r.randrange(10 ** 5, 10 ** 6)
    eq = r.choice(EQUIP)
    qty = r.randrange(2, 9)
    unit = r.randrange(1800, 42000)
    if lang == 'fr':
        subj = r.choice(['Bon de commande %s' % po, 'Facture %s - %s' % (inv, VENDOR['name']), 'Approbation BC %s' % po])
        body = ('Bonjour,\n\nPour approbation : bon de commande %s, %d x %s à %s $ l\'unité (total avant taxes %s $).\n'
                'Fournisseur : %s, 220 rue de l\'Industrie, Sainte-Odile-du-Nord. Centre de coûts 6310 (urgence).\n'
                'Facture associée : %s, échéance 30 jours.\n\n%s' % (po, qty, eq[0], format(unit, ',').replace(',', ' '),
                                                                     format(unit * qty, ',').replace(',', ' '),
                                                                     VENDOR['name'], inv, who.sig('fr', r)))
    else:
        subj = r.choice(['Purchase order %s' % po, 'Invoice %s - %s' % (inv, VENDOR['name']), 'PO approval %s' % po])
        body = ('Hello,\n\nFor approval: purchase order %s, %d x %s at $%s each (total before tax $%s).\nVendor: %s, 220 '
                'rue de l\'Industrie, Sainte-Odile-du-Nord. Cost centre 6310 (ED).\nRelated invoice: %s, net 30.\n\n%s'
                % (po, qty, eq[1], format(unit, ','), format(unit * qty, ','), VENDOR['name'], inv, who.sig('en', r)))
    return nspec('invoice_po', lang, staff_addr(who), [('Approvisionnement', 'achats@' + HOSP['dom'])], subj, body,
                 'PO / invoice (Luhn-valid PO number)')


def n_staff_hr(g, lang):
    r = g.rng
    who = g.st('admin')
    emp = g.st(r.choice(['ed_rn', 'icu_rn', 'clerk']))
    k = r.randrange(3)
    d = g.when().date()
    if lang == 'fr':
        if k == 0:
            subj = 'Absence - %s' % emp.name('fr', False)
            body = ('Bonjour l\'équipe,\n\n%s sera en congé de maladie jusqu\'au %s (retour progressif prévu ensuite, '
                    'selon le bureau de santé). Les quarts de nuit sont redistribués, voir l\'horaire.\n\n%s'
                    % (emp.name('fr', False), short_date(d, 'fr'), who.sig('fr', r)))
        elif k == 1:
            subj = 'Santé et sécurité - exposition accidentelle (procédure)'
            body = ('Bonjour,\n\nRappel : en cas de piqûre accidentelle, nettoyer la plaie, aviser l\'AIC et se présenter '
                    'au bureau de santé du personnel (ou à l\'urgence la nuit) dans les 2 heures. La prophylaxie post-'
                    'exposition est offerte selon le protocole. Formulaire de déclaration AT-%d sur l\'intranet.\n\n%s'
                    % (r.randrange(100, 999), who.sig('fr', r)))
        else:
            subj = 'Vaccination antigrippale du personnel - taux par unité'
            body = ('Bonjour,\n\nTaux de vaccination du personnel au %s : urgence %d %%, SI %d %%, USC %d %%. La clinique '
                    'mobile passe jeudi de 7 h à 9 h.\n\n%s' % (short_date(d, 'fr'), r.randrange(45, 80),
                                                                  r.randrange(50, 85), r.randrange(40, 75), who.sig('fr', r)))
    else:
        if k == 0:
            subj = 'Absence - %s' % emp.name('en', False)
            body = ('Hi team,\n\n%s will be on sick leave until %s (graded return afterwards per occupational health). '
                    'Night shifts have been redistributed - see schedule.\n\n%s' % (emp.name('en', False),
                                                                                 short_date(d, 'en'), who.sig('en', r)))
        elif k == 1:
            subj = 'Health & safety - needlestick exposure (procedure)'
            body = ('Hello,\n\nReminder: after a needlestick, clean the wound, notify the charge nurse and go to '
                    'occupational health (or the ED at night) within 2 hours. Post-exposure prophylaxis is offered per '
                    'protocol. Report form AT-%d on the intranet.\n\n%s' % (r.randrange(100, 999), who.sig('en', r)))
        else:
            subj = 'Staff influenza vaccination - rates by unit'
            body = ('Hello,\n\nStaff vaccination rates as of %s: ED %d%%, ICU %d%%, SDU %d%%. The mobile clinic comes '
                    'Thursday 07:00-09:00.\n\n%s' % (short_date(d, 'en'), r.randrange(45, 80), r.randrange(50, 85),
                                                     r.randrange(40, 75), who.sig('en', r)))
    return nspec('staff_hr', lang, staff_addr(who), [lists(lang)], subj, body, 'staff HR / occupational health')


def n_physician_dx(g, lang):
    r = g.rng
    sp = g.rng.sample(g.staff['spec_md'], 3)
    who = g.st('admin')
    if lang == 'fr':
        lines = ['- %s (%s) : %s' % (s.name('fr'), s.spec[0], {
            'cardiologie': 'SCA, insuffisance cardiaque décompensée, FA rapide',
            'neurologie': 'AVC, état de mal épileptique, céphalées',
            'chirurgie générale': 'appendicite, cholécystite, occlusion intestinale',
            'médecine interne': 'pneumonie, embolie pulmonaire, hyponatrémie',
            'néphrologie': 'insuffisance rénale aiguë, hyperkaliémie, dialyse urgente',
            'pédiatrie': 'bronchiolite, asthme, déshydratation',
            'psychiatrie': 'idéations suicidaires, psychose, P-38',
            'orthopédie': 'fractures de hanche, luxations, syndromes compartimentaux'}[s.spec[0]]) for s in sp]
        subj = r.choice(['Qui appeler pour quoi - consultants avril', 'Liste des consultants et champs d\'expertise',
                         'Nouvelles cliniques de suivi post-urgence'])
        body = ('Bonjour,\n\nPour faciliter les consultations ce mois-ci :\n\n%s\n\nLes références non urgentes passent par le '
                'guichet de consultation (poste 4500).\n\n%s' % ('\n'.join(lines), who.sig('fr', r)))
    else:
        lines = ['- %s (%s): %s' % (s.name('en'), s.spec[1], {
            'cardiology': 'ACS, decompensated heart failure, rapid AF', 'neurology': 'stroke, status epilepticus, headache',
            'general surgery': 'appendicitis, cholecystitis, bowel obstruction',
            'internal medicine': 'pneumonia, pulmonary embolism, hyponatraemia',
            'nephrology': 'AKI, hyperkalaemia, urgent dialysis', 'paediatrics': 'bronchiolitis, asthma, dehydration',
            'psychiatry': 'suicidal ideation, psychosis, involuntary holds',
            'orthopaedics': 'hip fractures, dislocations, compartment syndrome'}[s.spec[1]]) for s in sp]
        subj = r.choice(['Who to call for what - April consultants', 'Consultant list and areas of expertise',
                         'New post-ED follow-up clinics'])
        body = ('Hello,\n\nTo help with consults this month:\n\n%s\n\nNon-urgent referrals go through the consult desk '
                '(ext. 4500).\n\n%s' % ('\n'.join(lines), who.sig('en', r)))
    return nspec('physician_services', lang, staff_addr(who), [lists(lang)], subj, body,
                 'physicians named with the conditions they treat')


def n_blank_form(g, lang):
    r = g.rng
    who = g.st(r.choice(['educ', 'qual', 'bed']))
    if lang == 'fr':
        title = 'Formulaire de demande de transfert interétablissement (vierge)'
        fields = ['Nom du patient : ______________________', 'NAM : ____ ____ ____   Exp. : __/__',
                  'Date de naissance : ____-__-__', 'No de dossier : __________', 'Diagnostic : ______________________',
                  'Médication en cours : ______________________', 'Niveau de soins :  A  B  C  D',
                  'Médecin référent : ______________  Médecin receveur : ______________']
        subj = r.choice(['Nouveau formulaire de transfert (version 2024-03)', 'Formulaire vierge - demande de transfert'])
        body = ('Bonjour,\n\nVoici la nouvelle version du formulaire de transfert, à imprimer au besoin. L\'ancienne version '
                '(2019) doit être retirée des postes.\n\n%s' % who.sig('fr', r))
        fn = r.choice(['formulaire_transfert_vierge', 'Formulaire-transfert-2024'])
    else:
        title = 'Inter-facility transfer request form (blank)'
        fields = ['Patient name: ______________________', 'Health card no.: ____ ____ ____   Exp.: __/__',
                  'Date of birth: ____-__-__', 'MRN: __________', 'Diagnosis: ______________________',
                  'Current medications: ______________________', 'Level of care:  A  B  C  D',
                  'Referring MD: ______________  Accepting MD: ______________']
        subj = r.choice(['New transfer form (version 2024-03)', 'Blank form - transfer request'])
        body = ('Hello,\n\nHere is the new version of the transfer form, print as needed. The old 2019 version should be '
                'removed from the stations.\n\n%s' % who.sig('en', r))
        fn = r.choice(['transfer_form_blank', 'Transfer-form-2024'])
    if r.random() < 0.5:
        att = Att(fn + '.pdf', 'pdf', make_pdf(title, fields))
    else:
        att = Att(fn + '.docx', 'docx', make_docx(title, fields))
    return nspec('blank_form', lang, staff_addr(who), [lists(lang)], subj, body, 'blank form attachment', atts=[att])


def n_donation_program(g, lang):
    r = g.rng
    who = g.st('donor')
    refs, donors, organs = r.randrange(10, 22), r.randrange(3, 9), r.randrange(12, 30)
    if lang == 'fr':
        subj = r.choice(['Semaine nationale du don d\'organes', 'Bilan annuel - don d\'organes et de tissus',
                         'Rappel : référence systématique des donneurs potentiels'])
        body = ('Bonjour,\n\nEn 2023, l\'HRVS a effectué %d références à %s, menant à %d donneurs et %d organes '
                'transplantés. Merci aux équipes de l\'urgence et des soins intensifs!\n\nRappel des critères de '
                'référence : patient ventilé avec atteinte neurologique grave (GCS <= 5) ou discussion de retrait des '
                'traitements de maintien. Appeler le %s 24/7, avant d\'aborder le don avec la famille.\n\n%s'
                % (refs, DON['fr'], donors, organs, DON['phone'], who.sig('fr', r)))
    else:
        subj = r.choice(['National organ donation week', 'Annual report - organ and tissue donation',
                         'Reminder: routine referral of potential donors'])
        body = ('Hello,\n\nIn 2023, HRVS made %d referrals to %s, leading to %d donors and %d organs transplanted. Thank '
                'you to the ED and ICU teams!\n\nReferral criteria reminder: ventilated patient with severe brain injury '
                '(GCS <= 5) or a planned discussion of withdrawal of life-sustaining therapy. Call %s 24/7, before '
                'raising donation with the family.\n\n%s' % (refs, DON['fr'], donors, organs, DON['phone'],
                                                            who.sig('en', r)))
    return nspec('donation_program', lang, staff_addr(who), [lists(lang)], subj, body,
                 'organ donation programme statistics', fmt=r.choice([None, 'html', 'alt']))


def n_bed_status(g, lang):
    r = g.rng
    who = g.st('bed')
    units = ['SI', 'USC', '3N', '4S', '2E', 'Pédiatrie'] if lang == 'fr' else ['ICU', 'SDU', '3N', '4S', '2E', 'Paeds']
    hdr = ['Unité', 'Lits dispo', 'Congés prévus', 'Admis en attente'] if lang == 'fr' else \
        ['Unit', 'Beds avail.', 'Planned discharges', 'Admits waiting']
    rows = [hdr] + [[u, r.randrange(0, 4), r.randrange(0, 7), r.randrange(0, 9)] for u in units]
    tbl = '\n'.join(' | '.join(str(x) for x in row) for row in rows)
    hh = r.choice(['07h00', '13h00', '19h00'])
    if lang == 'fr':
        subj = 'Situation des lits - %s' % hh
        body = ('Bonjour,\n\nSituation des lits à %s :\n\n%s\n\nCivières urgence : %d/24 occupées. Isolements disponibles : '
                '%d.\n\n%s' % (hh, tbl, r.randrange(18, 40), r.randrange(0, 4), who.sig('fr', r, 1)))
    else:
        subj = 'Bed status - %s' % hh.replace('h', ':')
        body = ('Hello,\n\nBed status at %s:\n\n%s\n\nED stretchers: %d/24 occupied. Isolation rooms available: %d.\n\n%s'
                % (hh.replace('h', ':'), tbl, r.randrange(18, 40), r.randrange(0, 4), who.sig('en', r, 1)))
    return nspec('bed_status', lang, staff_addr(who), [('Gestion des lits', 'gestion.lits@' + HOSP['dom'])], subj,
                 body, 'aggregate bed status', fmt=r.choice(['html', 'alt', None]))


def n_offload(g, lang):
    r = g.rng
    who = g.st('admin')
    med, p90 = r.randrange(18, 45), r.randrange(60, 150)
    if lang == 'fr':
        subj = r.choice(['Délais de prise en charge ambulancière - février', 'Rencontre avec %s' % AMBU['fr']])
        body = ('Bonjour,\n\nDélai médian de transfert de responsabilité (ambulance -> urgence) : %d min; 90e centile : %d '
                'min. %d épisodes > 60 min ce mois-ci, surtout entre 16 h et 22 h.\n\nRencontre avec %s le %s pour '
                'discuter du corridor de débordement.\n\n%s' % (med, p90, r.randrange(5, 30), AMBU['fr'],
                                                                short_date(g.when().date(), 'fr'), who.sig('fr', r)))
    else:
        subj = r.choice(['Ambulance offload delays - February', 'Meeting with %s' % AMBU['en']])
        body = ('Hello,\n\nMedian offload time (ambulance -> ED): %d min; 90th percentile: %d min. %d episodes > 60 min '
                'this month, mostly 16:00-22:00.\n\nMeeting with %s on %s to discuss the offload corridor.\n\n%s'
                % (med, p90, r.randrange(5, 30), AMBU['en'], short_date(g.when().date(), 'en'), who.sig('en', r)))
    return nspec('ambulance_offload', lang, staff_addr(who), [lists(lang), ('Liaison', 'liaison@' + AMBU['dom'])], subj,
                 body, 'aggregate offload statistics')


def n_newsletter(g, lang):
    r = g.rng
    who = g.st('admin')
    new = [g.st(x) for x in ('ed_rn', 'icu_md', 'clerk')]
    if lang == 'fr':
        subj = 'Info-Urgence/SI - bulletin no %d' % r.randrange(20, 60)
        body = ('INFO-URGENCE/SI\n\nBienvenue à nos nouveaux collègues : %s (infirmier/ère), %s (intensiviste) et %s '
                '(agent(e) administratif(ve)).\n\nTravaux : la salle de réanimation 2 sera fermée du 4 au 8 avril.\n\n'
                'Bons coups : l\'équipe de nuit a réduit le délai ECG au triage à 7 min en moyenne.\n\nRappels : hygiène des '
                'mains (taux de conformité %d %%), port du masque en zone rouge.\n\n%s'
                % (new[0].name('fr', False), new[1].name('fr'), new[2].name('fr', False), r.randrange(70, 95),
                   who.sig('fr', r, 1)))
    else:
        subj = 'ED/ICU News - issue %d' % r.randrange(20, 60)
        body = ('ED/ICU NEWS\n\nWelcome to our new colleagues: %s (RN), %s (intensivist) and %s (unit clerk).\n\n'
                'Renovations: resus room 2 closed April 4-8.\n\nKudos: night team brought triage-to-ECG time down to 7 '
                'min on average.\n\nReminders: hand hygiene (compliance %d%%), masks in red zones.\n\n%s'
                % (new[0].name('en', False), new[1].name('en'), new[2].name('en', False), r.randrange(70, 95),
                   who.sig('en', r, 1)))
    return nspec('newsletter', lang, staff_addr(who), [lists(lang)], subj, body, 'newsletter',
                 fmt=r.choice(['html', 'alt']))


def n_oncall(g, lang):
    r = g.rng
    who = g.st('clerk')
    rows = []
    for s in [g.st('spec_md') for _ in range(r.randrange(4, 8))]:
        rows.append([s.spec[0] if lang == 'fr' else s.spec[1], s.name(lang), g.phone(), '%d' % r.randrange(2000, 2999)])
    hdr = ['Spécialité', 'Médecin de garde', 'Cellulaire', 'Téléavertisseur'] if lang == 'fr' else \
        ['Specialty', 'On call', 'Cell', 'Pager']
    tbl = '\n'.join(' | '.join(x) for x in [hdr] + rows)
    d = g.when().date()
    if lang == 'fr':
        subj = 'Liste de garde des consultants - %s' % short_date(d, 'fr')
        body = 'Bonjour,\n\nListe de garde pour la fin de semaine :\n\n%s\n\nCentrale : %s\n\n%s' % (tbl, HOSP['phone'],
                                                                                                    who.sig('fr', r, 1))
    else:
        subj = 'Consultant on-call list - %s' % short_date(d, 'en')
        body = 'Hello,\n\nWeekend on-call list:\n\n%s\n\nSwitchboard: %s\n\n%s' % (tbl, HOSP['phone'], who.sig('en', r, 1))
    return nspec('on_call_list', lang, staff_addr(who), [lists(lang)], subj, body, 'staff on-call list with phones',
                 fmt=r.choice(['html', 'alt', None]))


def n_room_ics(g, lang):
    r = g.rng
    who = g.st(r.choice(['educ', 'qual', 'admin']))
    start = datetime.datetime(2024, r.choice([3, 4]), r.randrange(1, 28), r.choice([8, 12, 13, 14]), 0)
    k = r.randrange(3)
    if lang == 'fr':
        summ = ['Rondes M&M urgence-SI', 'Caucus hebdomadaire gestion des lits', 'Simulation in situ - salle de réa'][k]
        desc = ['Sujets à venir. Cas anonymisés seulement.', 'Revue des indicateurs de débordement.',
                'Scénario : arrêt cardiaque, FV. Mannequin haute-fidélité.'][k]
        body = 'Bonjour,\n\nInvitation ci-jointe.\n\n' + who.sig('fr', r, 1)
        subj = 'Invitation : ' + summ
    else:
        summ = ['ED-ICU M&M rounds', 'Weekly bed management huddle', 'In-situ simulation - resus room'][k]
        desc = ['Topics to follow. De-identified cases only.', 'Review of overcapacity indicators.',
                'Scenario: cardiac arrest, VF. High-fidelity manikin.'][k]
        body = 'Hello,\n\nInvitation attached.\n\n' + who.sig('en', r, 1)
        subj = 'Invitation: ' + summ
    att = [g.st('ed_md'), g.st('icu_rn')]
    ics = make_ics('%016x@%s' % (r.getrandbits(64), HOSP['dom']), summ, start, 60, 'Salle 1B-020', desc,
                   (who.name(lang, False), who.email), [(a.name(lang, False), a.email) for a in att])
    return nspec('calendar_invite', lang, staff_addr(who), [staff_addr(a) for a in att], subj, body,
                 'calendar invite without patient', atts=[Att('invite.ics', 'ics', ics)])


def n_staff_vcard(g, lang):
    r = g.rng
    s = g.st(r.choice(['icu_md', 'ed_md', 'bed', 'donor']))
    who = g.st('clerk')
    vcf = make_vcf(s.name(lang, False), s.surname, s.given, HOSP[lang], s.role_title(lang),
                   [('WORK', '%s x%s' % (HOSP['phone'], s.ext)), ('CELL', g.phone())], s.email)
    if lang == 'fr':
        subj = 'Coordonnées - %s' % s.name('fr')
        body = 'Bonjour,\n\nVoici la fiche contact de %s, qui se joint à l\'équipe.\n\n%s' % (s.name('fr'), who.sig('fr', r))
    else:
        subj = 'Contact card - %s' % s.name('en')
        body = 'Hi,\n\nContact card for %s, who is joining the team.\n\n%s' % (s.name('en'), who.sig('en', r))
    fn = '%s %s.vcf' % (s.given, s.surname) if r.random() < 0.5 else 'contact.vcf'
    return nspec('staff_vcard', lang, staff_addr(who), [lists(lang)], subj, body, 'staff vCard',
                 atts=[Att(fn, 'vcf', vcf)])


def n_xlsx_staffing(g, lang):
    r = g.rng
    who = g.st('admin')
    names = roster_names(g, r.randrange(8, 14))
    days = ['Lun', 'Mar', 'Mer', 'Jeu', 'Ven', 'Sam', 'Dim'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri',
                                                                                    'Sat', 'Sun']
    codes = ['J', 'S', 'N', '-', 'FO'] if lang == 'fr' else ['D', 'E', 'N', '-', 'TR']
    rows = [['Nom' if lang == 'fr' else 'Name', 'Matricule' if lang == 'fr' else 'Employee no.'] + days]
    for s, gv in names:
        rows.append(['%s, %s' % (s, gv), '%06d' % r.randrange(10 ** 5, 10 ** 6)] + [r.choice(codes) for _ in days])
    ratio = [['Quart' if lang == 'fr' else 'Shift', 'Ratio inf./patients' if lang == 'fr' else 'RN:patient'],
             ['J', '1:2 SI / 1:4 urg.'], ['N', '1:2 SI / 1:5 urg.']]
    fn = 'horaire_SI_urgence.xlsx' if lang == 'fr' else 'staffing_ICU_ED.xlsx'
    if lang == 'fr':
        subj = r.choice(['Grille de dotation - période 7', 'Horaire SI/urgence (Excel)'])
        body = 'Bonjour,\n\nGrille de dotation de la prochaine période en pièce jointe.\n\n' + who.sig('fr', r)
    else:
        subj = r.choice(['Staffing grid - period 7', 'ICU/ED schedule (Excel)'])
        body = 'Hi,\n\nNext period staffing grid attached.\n\n' + who.sig('en', r)
    return nspec('staffing_xlsx', lang, staff_addr(who), [lists(lang)], subj, body, 'staffing grid with employee numbers',
                 atts=[Att(fn, 'xlsx', make_xlsx([('Horaire' if lang == 'fr' else 'Schedule', rows),
                                                  ('Ratios', ratio)]))])


def n_zip_training(g, lang):
    r = g.rng
    who = g.st('educ')
    names = roster_names(g, r.randrange(6, 12))
    att_csv = 'nom;prenom;unite;present\n' if lang == 'fr' else 'last;first;unit;attended\n'
    for s, gv in names:
        att_csv += '%s;%s;%s;%s\n' % (s, gv, r.choice(['URG', 'SI', 'USC']), r.choice(['oui', 'non']) if lang == 'fr'
                                      else r.choice(['yes', 'no']))
    if lang == 'fr':
        slides = make_pdf('Ventilation mécanique - notions avancées', [
            'Objectifs : modes VC/VPC, PEP, asynchronies patient-ventilateur.', '',
            'Stratégie protectrice : Vt 6 mL/kg de poids prédit, pression plateau < 30 cmH2O.',
            'SDRA : décubitus ventral si P/F < 150, curarisation au besoin (rocuronium, cisatracurium).'])
        files = [('diapos_ventilation.pdf', slides), ('presences.csv', att_csv.encode('utf-8'))]
        subj = 'Documents - atelier ventilation'
        body = 'Bonjour,\n\nVoici les diapos et la liste des présences de l\'atelier (archive zip).\n\n' + who.sig('fr', r)
        fn = 'atelier_ventilation.zip'
    else:
        slides = make_pdf('Mechanical ventilation - advanced concepts', [
            'Objectives: VC/PC modes, PEEP, patient-ventilator asynchrony.', '',
            'Lung-protective strategy: Vt 6 mL/kg predicted body weight, plateau pressure < 30 cmH2O.',
            'ARDS: prone positioning if P/F < 150, neuromuscular blockade as needed (rocuronium, cisatracurium).'])
        files = [('ventilation_slides.pdf', slides), ('attendance.csv', att_csv.encode('utf-8'))]
        subj = 'Materials - ventilation workshop'
        body = 'Hello,\n\nSlides and attendance list from the workshop (zip archive).\n\n' + who.sig('en', r)
        fn = 'ventilation_workshop.zip'
    return nspec('training_zip', lang, staff_addr(who), [lists(lang)], subj, body, 'training zip (slides + attendance)',
                 atts=[Att(fn, 'zip', make_zip(files))])


def n_fwd_eml(g, lang):
    r = g.rng
    inner = r.choice([n_overcapacity, n_supply, n_equipment, n_mm_announce, n_bed_status])(g, lang)
    inner_msg, _ = build_mime(g, inner)
    fw = g.st(r.choice(['admin', 'bed', 'ed_md']))
    if lang == 'fr':
        subj = 'TR : ' + inner['subject']
        body = r.choice(['Pour info.', 'À afficher au poste svp.', 'Voir le message ci-joint.']) + '\n\n' + fw.sig('fr', r, 2)
    else:
        subj = 'Fwd: ' + inner['subject']
        body = r.choice(['FYI.', 'Please post at the desk.', 'See attached message.']) + '\n\n' + fw.sig('en', r, 2)
    return nspec('forward_attached_eml', lang, staff_addr(fw), [staff_addr(g.st('ed_rn'))], subj, body,
                 'forward of a non-confidential notice as .eml', atts=[Att(r.choice(['message.eml', None]), 'eml',
                                                                          inner_msg)])


def n_reply_schedule(g, lang):
    r = g.rng
    a, b = g.st('ed_rn'), g.st('admin')
    mate = g.st('ed_rn')
    while mate is a:
        mate = g.st('ed_rn')
    d = g.when()
    if lang == 'fr':
        old = ('Bonjour %s,\n\nEst-ce que je peux échanger mon quart de nuit du %s avec %s? %s est d\'accord.\n\nMerci\n%s'
               % (b.given, short_date(d.date(), 'fr'), mate.name('fr', False), gx(mate, 'Il', 'Elle'), a.given))
        new = r.choice(['Approuvé, je mets l\'horaire à jour.', 'OK pour moi. Attention aux heures supplémentaires.'])
        subj = 'RE: Échange de quart'
    else:
        old = ('Hi %s,\n\nCan I swap my night shift on %s with %s? %s agreed.\n\nThanks\n%s'
               % (b.given, short_date(d.date(), 'en'), mate.name('en', False), gx(mate, 'He', 'She'), a.given))
        new = r.choice(['Approved, I will update the schedule.', 'Fine with me. Watch the overtime.'])
        subj = 'RE: Shift swap'
    body = with_quote(lang, new + '\n\n' + b.sig(lang, r, 2), staff_addr(a), d, subj[4:], old, r)
    return nspec('reply_schedule', lang, staff_addr(b), [staff_addr(a)], subj, body, 'reply chain about a shift swap',
                 in_reply_to=reply_id(g, HOSP['dom']), date=d + datetime.timedelta(hours=2))


def n_family_guide(g, lang):
    r = g.rng
    who = g.st(r.choice(['sw', 'icu_md', 'educ']))
    if lang == 'fr':
        subj = r.choice(['Guide : rencontres de famille aux soins intensifs', 'Heures de visite SI - nouvelle politique'])
        body = ('Bonjour,\n\nRappel des bonnes pratiques pour les rencontres de famille :\n- Planifier dans les 72 h suivant '
                'l\'admission\n- Identifier le mandataire / la personne à joindre\n- Expliquer diagnostic, pronostic et '
                'niveau de soins dans un langage simple\n- Offrir le soutien de la TS et de l\'intervenant spirituel\n- '
                'Documenter au dossier (formulaire RF-1)\n\nVisites : 24 h/24 pour 2 proches à la fois.\n\n%s'
                % who.sig('fr', r))
    else:
        subj = r.choice(['Guide: ICU family meetings', 'ICU visiting hours - new policy'])
        body = ('Hello,\n\nBest practices for family meetings:\n- Schedule within 72 h of admission\n- Identify the '
                'substitute decision-maker / contact person\n- Explain diagnosis, prognosis and level of care in plain '
                'language\n- Offer social work and spiritual care support\n- Document in the chart (form RF-1)\n\n'
                'Visiting: 24/7 for 2 visitors at a time.\n\n%s' % who.sig('en', r))
    return nspec('family_meeting_guide', lang, staff_addr(who), [lists(lang)], subj, body,
                 'generic family-meeting guidance', fmt=r.choice([None, 'html', 'alt']))


def n_quality(g, lang):
    r = g.rng
    who = g.st('qual')
    rows = [['Indicateur' if lang == 'fr' else 'Indicator', 'T3', 'T4', 'Cible' if lang == 'fr' else 'Target']]
    items = [('Bactériémies sur CVC / 1000 j-cath', 'CLABSI / 1000 catheter-days'),
             ('Pneumonies acquises sous ventilation / 1000 j-vent', 'VAP / 1000 ventilator-days'),
             ('Chutes avec blessure', 'Falls with injury'), ('Réadmissions SI < 48 h', 'ICU readmissions < 48 h')]
    for fr, en in items:
        rows.append([fr if lang == 'fr' else en, '%.1f' % r.uniform(0, 4), '%.1f' % r.uniform(0, 4), '%.1f' % r.uniform(0, 2)])
    tbl = '\n'.join(' | '.join(x) for x in rows)
    if lang == 'fr':
        subj = 'Tableau de bord qualité - soins intensifs'
        body = ('Bonjour,\n\nIndicateurs qualité du trimestre :\n\n%s\n\n%d incidents déclarés (AH-223), dont aucun '
                'sentinelle. Détails anonymisés au comité.\n\n%s' % (tbl, r.randrange(8, 30), who.sig('fr', r)))
    else:
        subj = 'Quality dashboard - ICU'
        body = ('Hello,\n\nQuarterly quality indicators:\n\n%s\n\n%d incidents reported, none sentinel. De-identified '
                'details at committee.\n\n%s' % (tbl, r.randrange(8, 30), who.sig('en', r)))
    return nspec('quality_dashboard', lang, staff_addr(who), [lists(lang)], subj, body, 'aggregate quality indicators',
                 fmt=r.choice(['html', 'alt', None]))


def n_transfer_process(g, lang):
    r = g.rng
    who = g.st('bed')
    if lang == 'fr':
        subj = 'Nouveau processus de transfert vers le %s' % CHU['fr']
        body = ('Bonjour,\n\nÀ partir du 1er avril, toutes les demandes de transfert passent par le %s au %s (24/7), '
                'télécopieur 514 555-0191.\nPréparer : nom, NAM (format XXXX 0000 0000), diagnostic, niveau de soins, '
                'dernier bilan. Ne jamais envoyer ces informations par courriel non chiffré.\n\nDélai cible de réponse : '
                '30 min.\n\n%s' % (CHU['centre_fr'], CHU['phone'], who.sig('fr', r)))
    else:
        subj = 'New transfer process to %s' % CHU['en']
        body = ('Hello,\n\nStarting April 1, all transfer requests go through the %s at %s (24/7), fax 514 555-0191.\n'
                'Have ready: name, health card number (format XXXX 0000 0000), diagnosis, level of care, latest labs. '
                'Never send this information by unencrypted e-mail.\n\nTarget response time: 30 min.\n\n%s'
                % (CHU['centre_en'], CHU['phone'], who.sig('en', r)))
    return nspec('transfer_process', lang, staff_addr(who), [lists(lang)], subj, body, 'process notice with placeholders')


def n_drill(g, lang):
    r = g.rng
    who = g.st('admin')
    d = g.when().date()
    nv = r.randrange(12, 30)
    if lang == 'fr':
        subj = 'Exercice code orange (afflux massif) - %s' % short_date(d, 'fr')
        body = ('Bonjour,\n\nUn exercice code orange aura lieu le %s à 9 h. Scénario : collision d\'autobus, %d victimes '
                'simulées (maquillage par les étudiants en soins infirmiers). Victime simulée no 7 : fracture ouverte du '
                'tibia; no 12 : pneumothorax sous tension. Les bracelets d\'exercice portent la mention EXERCICE et des '
                'numéros 9000-9099.\n\nAucun vrai patient ne sera déplacé.\n\n%s' % (long_date(d, 'fr'), nv, who.sig('fr', r)))
    else:
        subj = 'Code orange exercise (mass casualty) - %s' % short_date(d, 'en')
        body = ('Hello,\n\nA code orange exercise will take place on %s at 09:00. Scenario: bus collision, %d simulated '
                'casualties (moulage by nursing students). Simulated casualty #7: open tibial fracture; #12: tension '
                'pneumothorax. Exercise wristbands read EXERCISE with numbers 9000-9099.\n\nNo real patients will be '
                'moved.\n\n%s' % (long_date(d, 'en'), nv, who.sig('en', r)))
    return nspec('drill_notice', lang, staff_addr(who), [lists(lang)], subj, body, 'mass-casualty drill with simulated cases')


NEG_TEMPLATES = [n_ed_stats, n_overcapacity, n_equipment, n_supply, n_mm_announce, n_schedule, n_training, n_it,
                 n_protocol, n_job, n_committee, n_teaching, n_invoice, n_staff_hr, n_physician_dx, n_blank_form,
                 n_donation_program, n_bed_status, n_offload, n_newsletter, n_oncall, n_room_ics, n_staff_vcard,
                 n_xlsx_staffing, n_zip_training, n_fwd_eml, n_reply_schedule, n_family_guide, n_quality,
                 n_transfer_process, n_drill]


# ---------------------------------------------------------------------------
# Driver, self-check, digest
# ---------------------------------------------------------------------------
ALLOWED_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
                 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def plan(g):
    pos = [(POS_TEMPLATES[i % len(POS_TEMPLATES)], 'fr' if i % 2 == 0 else 'en') for i in range(N_POS)]
    neg = [(NEG_TEMPLATES[i % len(NEG_TEMPLATES)], 'fr' if i % 2 == 0 else 'en') for i in range(N_NEG)]
    g.rng.shuffle(pos)
    g.rng.shuffle(neg)
    return pos, neg


def describe(t):
    return 'fmt=%s charset=%s cte=%s eol=%s' % (t['fmt'], t['charset'], t['cte'], 'CRLF' if t['crlf'] else 'LF')


def generate(out, seed):
    g = Gen(seed)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for fn in os.listdir(d):
            if fn.endswith('.eml'):
                os.remove(os.path.join(d, fn))
    pos, neg = plan(g)
    labels = {}
    for kind, seq, prefix in (('positive', pos, 'p'), ('negative', neg, 'n')):
        for i, (tmpl, lang) in enumerate(seq, 1):
            spec = tmpl(g, lang)
            assert spec['lang'] == lang
            msg, t = build_mime(g, spec)
            data = serialize(msg, t['crlf'])
            rel = '%s/%s%03d_%s.eml' % (kind, prefix, i, spec['cat'])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = sorted(spec['types'])
            labels[rel] = {'confidential': kind == 'positive', 'types': types, 'lang': lang,
                           'note': '%s; %s' % (spec['note'], describe(t))}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    return labels


def check_part(part, path):
    ctype = part.get_content_type()
    content = part.get_content()
    if isinstance(content, str):
        assert '\ufffd' not in content, '%s: replacement char in %s' % (path, ctype)
        return
    if ctype == 'message/rfc822':
        return
    assert isinstance(content, bytes), (path, ctype)
    fn = (part.get_filename() or '').lower()
    if fn.endswith(('.docx', '.xlsx', '.zip')):
        z = zipfile.ZipFile(io.BytesIO(content))
        assert z.testzip() is None, path
        for name in z.namelist():
            if name.endswith('.csv') or name.endswith('.txt'):
                z.read(name).decode('utf-8')
    elif fn.endswith('.pdf'):
        assert content.startswith(b'%PDF'), path


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    files = sorted('%s/%s' % (sub, fn) for sub in ('positive', 'negative')
                   for fn in os.listdir(os.path.join(out, sub)) if fn.endswith('.eml'))
    assert sorted(labels) == files, 'labels do not cover exactly the files'
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    nparts = 0
    for rel in files:
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = message_from_bytes(raw, policy=email_policy.default)
        assert msg['From'] and msg['To'] and msg['Date'] and msg['Message-ID'], rel
        for hname in ('Subject', 'From', 'To', 'Cc'):
            hv = msg.get(hname)
            if hv is not None:
                assert '\ufffd' not in str(hv) and '=?' not in str(hv), (rel, hname)
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
            if part.is_multipart():
                continue
            check_part(part, rel)
            nparts += 1
        lab = labels[rel]
        pos = rel.startswith('positive/')
        assert lab['confidential'] == pos, rel
        assert lab['lang'] in ('en', 'fr'), rel
        assert set(lab['types']) <= ALLOWED_TYPES, rel
        if pos:
            assert len(lab['types']) >= 1, rel
        else:
            assert lab['types'] == [], rel
        counts['positive' if pos else 'negative'] += 1
        key = ('positive' if pos else 'negative', lab['lang'])
        langs[key] = langs.get(key, 0) + 1
    assert counts == {'positive': N_POS, 'negative': N_NEG}, counts
    h = hashlib.sha256()
    for rel in files + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).digest())
    return counts, langs, nparts, h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args(argv)
    generate(a.out, a.seed)
    counts, langs, nparts, digest = self_check(a.out)
    print('positives: %d  negatives: %d  total: %d' % (counts['positive'], counts['negative'], sum(counts.values())))
    for k in sorted(langs):
        print('  %s/%s: %d' % (k[0], k[1], langs[k]))
    print('  fr total: %d  en total: %d' % (sum(v for k, v in langs.items() if k[1] == 'fr'),
                                          sum(v for k, v in langs.items() if k[1] == 'en')))
    print('MIME leaf parts decoded: %d' % nparts)
    print('sha256 digest: %s' % digest)
    return 0


if __name__ == '__main__':
    sys.exit(main())
