#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus for DLP evaluation.

Flavour: emergency department and internal medicine ward of an invented Quebec
regional hospital (Hopital regional de Val-des-Bouleaux, hrvb.example).
Positives carry identifiable patient information; negatives are the department's
administrative mail.  Deterministic from a seed; standard library + python-stdnum
+ reportlab / python-docx / openpyxl.
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
import textwrap
import unicodedata
import urllib.parse
import zipfile
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 4242
N_POS, N_NEG = 120, 180
FIXED_ZIP_DT = (2024, 1, 2, 8, 0, 0)
FIXED_DT = dt.datetime(2024, 1, 2, 8, 0, 0)
R = random.Random(DEFAULT_SEED)          # reseeded in main()

IDENT_TYPES = ('patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn')
ALL_TYPES = ('ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth',
             'patient_name', 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information')


def C(seq):
    return R.choice(seq)


def P(p):
    return R.random() < p


def strip_accents(s):
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if unicodedata.category(ch) != 'Mn')


def norm_marker(s):
    s = strip_accents(s).lower()
    return re.sub(r'[^a-z0-9]', '', s)


# ---------------------------------------------------------------------------
# People
# ---------------------------------------------------------------------------
class Pt:
    def __init__(self, surname, given, dob, sex, nam=None, origin='qc'):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.origin = origin
        self.mrn = None
        self.phone = None
        self.addr = None
        self.ids = {}


def load_blind():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            assert re.fullmatch(r'[A-Z]{4}\d{8}', nam), nam
            out.append(Pt(sur, giv, dt.date.fromisoformat(dob), sex, nam=nam))
    return out


EXTRA_QC = [  # invented patients without a NAM in this corpus (chart number only)
    ('Tardif', 'Gérald', '1944-02-17', 'M'), ('Dumont', 'Yvette', '1938-09-30', 'F'),
    ('Lévesque', 'Raymond', '1956-12-03', 'M'), ('Bourassa', 'Hélène', '1971-05-25', 'F'),
    ('Whitehorse', 'Kevin', '1988-08-14', 'M'), ('Provost', 'Mathis', '2009-01-29', 'M'),
    ('Labrecque', 'Huguette', '1932-04-08', 'F'), ('Vaillancourt', 'Serge', '1962-10-21', 'M'),
    ('Charest', 'Lucie', '1979-07-11', 'F'), ('Beauregard', 'Normand', '1950-03-15', 'M'),
    ('Gosselin', 'Rita', '1940-11-02', 'F'), ('Kelly', 'Brandon', '1996-06-19', 'M'),
]
EXTRA_ON = [('McAllister', 'Jennifer', '1969-05-09', 'F'), ('Kowalczyk', 'Daniel', '1984-12-01', 'M'),
            ('Okafor', 'Grace', '1957-03-27', 'F')]
EXTRA_BE = [('Vandenberghe', 'Lucas', '1990-07-14', 'M'), ('Dewaele', 'Margaux', '1963-02-21', 'F'),
            ('Peeters', 'Wouter', '2001-10-05', 'M')]
EXTRA_FR = [('Rousseau', 'Camille', '1995-04-18', 'F'), ('Mercier', 'Théo', '1999-09-09', 'M'),
            ('Lefèvre', 'Agnès', '1952-06-30', 'F')]

STREETS = ['rue des Érables', 'rue Principale', 'chemin du Lac-Vert', 'rue Saint-Joseph', 'avenue des Pins',
           'rang de la Montagne', 'rue Notre-Dame Est', 'rue des Hirondelles', 'chemin du Moulin', '3e Avenue',
           'boulevard Lacasse', 'rue des Mélèzes', 'montée du Coteau']
TOWNS = [('Val-des-Bouleaux', 'J0Z 9A1'), ('Lac-aux-Huards', 'J0Z 9B4'), ('Sainte-Clothilde-du-Nord', 'J0Z 9C2'),
         ('Rivière-Sauvageau', 'J0Z 9D7'), ('Saint-Bénoni-des-Monts', 'J0Z 9E3'), ('Val-des-Bouleaux', 'J0Z 9A6')]


def new_phone():
    return '%s-555-%04d' % (C(['819', '873', '819', '819']), R.randint(100, 199))


def new_addr():
    town, pc = C(TOWNS)
    apt = ('app. %d, ' % R.randint(1, 12)) if P(0.25) else ''
    return '%s%d, %s, %s (Québec) %s' % (apt, R.randint(12, 2890), C(STREETS), town, pc)


# ---------------------------------------------------------------------------
# Identifiers (generated valid, checked with python-stdnum)
# ---------------------------------------------------------------------------
def gen_sin():
    while True:
        body = str(C([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(R.randint(0, 9)) for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def gen_ohip():
    body = str(R.randint(1, 9)) + ''.join(str(R.randint(0, 9)) for _ in range(8))
    n = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(n) and len(n) == 10
    return n


def gen_niss(dob, sex):
    yymmdd = dob.strftime('%y%m%d')
    while True:
        serial = R.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = yymmdd + '%03d' % serial
        num = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - num % 97
        n = base + '%02d' % chk
        if be_nn.is_valid(n):
            return n


def gen_nir(dob, sex):
    while True:
        s = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + C(['69', '75', '13', '33', '44', '59', '35'])
        s += '%03d' % R.randint(1, 990) + '%03d' % R.randint(1, 999)
        key = 97 - int(s) % 97
        n = s + '%02d' % key
        if fr_nir.is_valid(n):
            return n


def gen_mrn():
    return '%07d' % R.randint(100000, 1999999)


def fmt_mrn(m, lang):
    if lang == 'fr':
        return C(['dossier %s' % m, '# dossier %s' % m, 'no dossier %s' % m, 'dos. %s' % m, 'H%s' % m,
                  '#%s' % m, 'N° de dossier : %s' % m, 'doss %s-%s' % (m[:3], m[3:])])
    return C(['MRN %s' % m, 'chart # %s' % m, 'MRN: H%s' % m, '#%s' % m, 'chart %s' % m])


def fmt_nam(n):
    return C([n, n, '%s %s %s' % (n[:4], n[4:8], n[8:]), '%s %s' % (n[:4], n[4:]), n.lower(),
              '%s-%s-%s' % (n[:4], n[4:8], n[8:]), ' '.join([n[:4], n[4:6], n[6:8], n[8:10], n[10:]]),
              '%s %s %s %s' % (n[:4], n[4:6], n[6:10], n[10:])])


def fmt_sin(n):
    return C(['%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:]), n])


def fmt_ohip(n):
    vc = C(['AB', 'KT', 'XR', 'MN', ''])
    return C(['%s-%s-%s %s' % (n[:4], n[4:7], n[7:], vc), '%s %s %s%s' % (n[:4], n[4:7], n[7:], vc), n + vc]).strip()


def fmt_niss(n):
    return C(['%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), n, '%s %s %s' % (n[:6], n[6:9], n[9:])])


def fmt_nir(n):
    return C(['%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
              n, '%s %s' % (n[:13], n[13:])])


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
        'novembre', 'décembre']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fmt_dob(d, lang):
    if lang == 'fr':
        return C([d.isoformat(), '%d %s %d' % (d.day, MOIS[d.month - 1], d.year), d.strftime('%d/%m/%Y'),
                   d.strftime('%d-%m-%Y'), d.strftime('%Y/%m/%d')])
    return C([d.isoformat(), '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year), d.strftime('%Y/%m/%d'),
              '%d %s %d' % (d.day, MONTHS[d.month - 1], d.year)])


def fr_date(d):
    return '%s %d %s %d' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year)


def en_date(d):
    return '%s, %s %d, %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year)


def short_date(d, lang):
    if lang == 'fr':
        return C(['%d %s' % (d.day, MOIS[d.month - 1]), d.strftime('%d/%m'), d.strftime('%Y-%m-%d'), '%d/%d' % (d.day, d.month)])
    return C(['%s %d' % (MONTHS[d.month - 1], d.day), d.strftime('%Y-%m-%d'), d.strftime('%m/%d')])


# ---------------------------------------------------------------------------
# Staff (invented) -- never overlapping patient surnames
# ---------------------------------------------------------------------------
HOSP_FR = 'Hôpital régional de Val-des-Bouleaux'
HOSP_EN = 'Val-des-Bouleaux Regional Hospital'
HOSP_ADDR = '1200, boulevard des Pionniers, Val-des-Bouleaux (Québec) J0Z 9A0'
HOSP_TEL = '819-555-0100'
CHU = 'CHU de Laurentie'
DOM = 'hrvb.example'
DOM2 = 'sante-bouleaux.example'

STAFF_DEF = [
    # key, title, first, last, role_fr, role_en, lang, ext
    ('theriault', 'Dre', 'Isabelle', 'Thériault', 'Urgentologue', 'Emergency physician', 'fr', 4410),
    ('lachance', 'Dr', 'Mathieu', 'Lachance', 'Interniste, Médecine interne', 'Internist', 'fr', 4520),
    ('oneil', 'Dr', 'Kevin', "O'Neil", 'Urgentologue', 'Emergency physician', 'en', 4411),
    ('raman', 'Dre', 'Priya', 'Raman', 'Résidente R2 médecine interne', 'PGY-2 Internal Medicine', 'en', 4599),
    ('poulin', 'Dr', 'Samuel', 'Poulin', 'Pneumologue', 'Respirologist', 'fr', 4630),
    ('rioux', 'Dre', 'Annie', 'Rioux', 'Néphrologue', 'Nephrologist', 'fr', 4640),
    ('bedard', 'Dr', 'François', 'Bédard', 'Chirurgien général', 'General surgeon', 'fr', 4700),
    ('hebert', 'Dre', 'Émilie', 'Hébert', 'Gériatre', 'Geriatrician', 'fr', 4655),
    ('dion', 'Dr', 'Nicolas', 'Dion', 'Cardiologue', 'Cardiologist', 'fr', 4610),
    ('chouinard', 'Dr', 'Olivier', 'Chouinard', 'Urgentologue', 'Emergency physician', 'fr', 4412),
    ('fitzgerald', 'Dre', 'Sarah', 'Fitzgerald', 'Interniste', 'Internist', 'en', 4521),
    ('morissette', 'Dr', 'Jean-Philippe', 'Morissette', 'Biochimiste clinique', 'Clinical biochemist', 'fr', 4801),
    ('turcotte', 'Dre', 'Valérie', 'Turcotte', "Cheffe du service d'urgence", 'Head, Emergency Department', 'fr', 4400),
    ('bellavance', 'Dr', 'Luc', 'Bellavance', 'Chef du département de médecine', 'Head, Department of Medicine', 'fr', 4500),
    ('boisvert', None, 'Chantal', 'Boisvert', 'Assistante infirmière-chef, urgence', 'Assistant head nurse, ED', 'fr', 4420),
    ('marcotte', None, 'Julie', 'Marcotte', 'Coordonnatrice, gestion des lits', 'Bed management coordinator', 'fr', 4050),
    ('leclerc', None, 'Stéphanie', 'Leclerc', "Cheffe d'unité 4B médecine", 'Unit manager 4B', 'fr', 4540),
    ('giroux', None, 'Mélanie', 'Giroux', 'Infirmière de liaison', 'Liaison nurse', 'fr', 4060),
    ('desrosiers', None, 'Patrick', 'Desrosiers', 'Infirmier clinicien, urgence', 'ED nurse', 'fr', 4421),
    ('kowalski', None, 'Amanda', 'Kowalski', 'Infirmière de liaison', 'Liaison nurse', 'en', 4061),
    ('caouette', None, 'Marie-Ève', 'Caouette', 'Pharmacienne', 'Pharmacist', 'fr', 4900),
    ('lacasse', None, 'Sophie', 'Lacasse', 'Travailleuse sociale', 'Social worker', 'fr', 4070),
    ('pepin', None, 'Karine', 'Pépin', 'Technologiste médicale, laboratoire', 'Medical technologist', 'fr', 4810),
    ('vezina', None, 'Alain', 'Vézina', 'Technicien, génie biomédical', 'Biomedical engineering technician', 'fr', 4150),
    ('grondin', None, 'Nancy', 'Grondin', 'Agente administrative, urgence', 'Administrative agent, ED', 'fr', 4401),
    ('beland', None, 'Martin', 'Béland', 'Délégué syndical, SPS-HRVB', 'Union delegate', 'fr', 0),
    ('fafard', None, 'Lise', 'Fafard', 'Conseillère en gestion des ressources humaines', 'HR advisor', 'fr', 4200),
    ('lemay', None, 'Éric', 'Lemay', 'Analyste, Technologies de l\'information', 'IT analyst', 'fr', 4250),
    ('nguyen', None, 'Hugo', 'Nguyen', 'Ergothérapeute', 'Occupational therapist', 'fr', 4075),
    ('harrington', None, 'Megan', 'Harrington', 'Clinical nurse educator', 'Clinical nurse educator', 'en', 4430),
    ('chabot', None, 'Denis', 'Chabot', 'Conseiller en prévention et contrôle des infections', 'Infection prevention advisor', 'fr', 4090),
    ('ouimet', None, 'Annick', 'Ouimet', 'Archiviste médicale', 'Health records technician', 'fr', 4300),
    ('tremblay_a', None, 'Audrey', 'Simoneau', 'Agente administrative, admission', 'Admitting clerk', 'fr', 4010),
    ('paradis', 'Dre', 'Hélène', 'Paradis', 'Médecin de famille, GMF des Rivières', 'Family physician', 'fr', 0),
    ('gravel', 'Dr', 'Antoine', 'Gravel', 'Cardiologue d\'intervention, CHU de Laurentie', 'Interventional cardiologist', 'fr', 0),
    ('lessieur', None, 'Rachel', 'Lessieur', 'Inf. coordonnatrice, Centrale régionale de transferts', 'Transfer centre nurse', 'fr', 0),
    ('saintpierre', None, 'Josiane', 'St-Pierre', 'Intervenante pivot, SAD, CLSC du Lac-aux-Huards', 'Home care case manager', 'fr', 0),
    ('mcintyre', None, 'Craig', 'McIntyre', 'Account manager, MedEquip Nordique', 'Account manager, MedEquip Nordique', 'en', 0),
]

EXT_DOMAINS = {'paradis': 'gmf-rivieres.example', 'gravel': 'chu-laurentie.example',
               'lessieur': 'crt-laurentie.example', 'saintpierre': 'clsc-lacauxhuards.example',
               'mcintyre': 'medequip-nordique.example', 'beland': 'sps-hrvb.example'}


class Staff:
    def __init__(self, key, title, first, last, role_fr, role_en, lang, ext):
        self.key, self.title, self.first, self.last = key, title, first, last
        self.role_fr, self.role_en, self.lang, self.ext = role_fr, role_en, lang, ext
        local = norm_marker(first) + '.' + re.sub(r'[^a-z-]', '', strip_accents(last).lower())
        dom = EXT_DOMAINS.get(key)
        if dom:
            self.email = local + '@' + dom
        elif key in ('lachance', 'theriault', 'marcotte', 'caouette', 'lacasse', 'pepin', 'chabot'):
            self.email = local + '.hrvb@' + DOM2
        else:
            self.email = local + '@' + DOM

    def full(self, with_title=True):
        if with_title and self.title:
            return '%s %s %s' % (self.title, self.first, self.last)
        return '%s %s' % (self.first, self.last)

    def short(self, lang):
        if self.title:
            t = self.title if lang == 'fr' else 'Dr'
            return '%s %s' % (t, self.last)
        return self.first

    @property
    def display(self):
        return '%s %s' % (self.first, self.last)


STAFF = {d[0]: Staff(*d) for d in STAFF_DEF}
S = STAFF
LISTS = {
    'med4b': ('Équipe médecine 4B', 'medecine4b@' + DOM),
    'urg_md': ('Médecins urgence', 'urgence-medecins@' + DOM),
    'urg_inf': ('Infirmières urgence', 'urgence-soins@' + DOM),
    'dept_med': ('Département de médecine', 'dept-medecine@' + DOM),
    'lits': ('Gestion des lits', 'gestion.lits@' + DOM),
    'tous': ('Tout le personnel HRVB', 'tous@' + DOM),
    'chefs': ("Chefs d'unité", 'chefs-unites@' + DOM),
    'labo': ('Laboratoire — biochimie', 'labo-biochimie@' + DOM),
    'pharm': ('Pharmacie', 'pharmacie@' + DOM),
    'crt': ('Centrale régionale de transferts', 'transferts@crt-laurentie.example'),
    'sad': ('Accueil SAD CLSC', 'accueil.sad@clsc-lacauxhuards.example'),
    'transport': ('Transport adapté Bouleaux', 'reservation@transport-bouleaux.example'),
    'facturation': ('Facturation non-résidents', 'facturation@' + DOM),
    'risques': ('Gestion des risques', 'gestion.risques@' + DOM),
    'pci': ('Prévention des infections', 'pci@' + DOM),
    'residents': ('Résidents médecine', 'residents-med@' + DOM),
    'gmf': ('GMF des Rivières — secrétariat', 'secretariat@gmf-rivieres.example'),
    'archives': ('Archives médicales', 'archives@' + DOM),
    'gbm': ('Génie biomédical', 'genie.biomedical@' + DOM),
    'ti': ('Centre de services TI', 'servicesti@' + DOM),
    'syndicat': ('SPS-HRVB', 'info@sps-hrvb.example'),
    'rh': ('Ressources humaines', 'rh@' + DOM),
    'formation': ('Formation continue', 'formation@' + DOM),
    'cmdp': ('Secrétariat du CMDP', 'cmdp@' + DOM),
    'assurance': ('Assistance voyage Bénélux — dossiers médicaux', 'medical@assist-benelux.example'),
    'cnesst': ('Dossiers lésions professionnelles', 'lesions@indemnisation-qc.example'),
    'ramq': ('Entente France-Québec — traitement', 'entente.fq@admissibilite-qc.example'),
}
FAMILY_MAIL = ['courriel.example', 'videotron-mail.example', 'bellnet.example', 'hotmail-qc.example']


def staff_addr(key):
    s = S[key]
    return (s.display, s.email)


def list_addr(key):
    return LISTS[key]


# ---------------------------------------------------------------------------
# Signatures, quoting, forwards
# ---------------------------------------------------------------------------
CONF_FR = ("AVIS DE CONFIDENTIALITÉ : Ce message et les documents qui y sont joints peuvent contenir des "
           "renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.")
CONF_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachment may contain confidential information. "
           "If you received it in error, please notify the sender and delete it.")


def signature(s, lang, style=None):
    style = style or C(['full', 'full', 'short', 'mobile', 'min', 'full_conf'])
    role = s.role_fr if lang == 'fr' else s.role_en
    hosp = HOSP_FR if lang == 'fr' else HOSP_EN
    ext = ('poste %d' % s.ext if lang == 'fr' else 'ext. %d' % s.ext) if s.ext else ''
    if style == 'min':
        return C(['-- \n%s' % s.short(lang), s.first[0] + '.', s.first, '%s\n' % s.full()])
    if style == 'mobile':
        return '%s\n\n%s' % (s.first, C(['Envoyé de mon iPhone', 'Envoyé de mon cellulaire', 'Sent from my iPhone',
                                         'Envoyé à partir de Outlook pour Android']))
    if style == 'short':
        return '%s\n%s%s' % (s.full(), role, (' | ' + ext) if ext else '')
    lines = ['-- ', s.full(), role]
    if s.key in EXT_DOMAINS:
        lines.append(C(['Tél. 819-555-%04d' % R.randint(100, 199), 'Téléc. 819-555-01%02d' % R.randint(0, 99)]))
    else:
        lines += [hosp, HOSP_ADDR, ('Tél. : %s %s' % (HOSP_TEL, ext)).strip() if lang == 'fr'
                  else ('Tel: %s %s' % (HOSP_TEL, ext)).strip()]
        if P(0.3):
            lines.append(('Téléc. : ' if lang == 'fr' else 'Fax: ') + '819-555-01%02d' % R.randint(10, 99))
    if style == 'full_conf':
        lines += ['', CONF_FR if lang == 'fr' else CONF_EN]
    return '\n'.join(lines)


def quote_block(text, style):
    if style == 'gt':
        return '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
    return text


def reply_header(lang, who_name, who_mail, when, to_name='', subject='', style=None):
    style = style or C(['gmail', 'outlook', 'outlook', 'apple'])
    if style == 'gmail':
        if lang == 'fr':
            h = 'Le %s %d %s %d, à %02d h %02d, %s <%s> a écrit :' % (
                JOURS[when.weekday()][:3] + '.', when.day, MOIS[when.month - 1], when.year,
                when.hour, when.minute, who_name, who_mail)
        else:
            h = 'On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (
                DAYS[when.weekday()][:3], MONTHS[when.month - 1], when.day, when.year,
                (when.hour % 12) or 12, when.minute, 'AM' if when.hour < 12 else 'PM', who_name, who_mail)
        return h, 'gt'
    if style == 'apple':
        if lang == 'fr':
            return 'Le %d %s %d à %02d:%02d, %s <%s> a écrit :' % (when.day, MOIS[when.month - 1], when.year,
                                                                  when.hour, when.minute, who_name, who_mail), 'gt'
        return 'On %s %d, %d, at %02d:%02d, %s <%s> wrote:' % (MONTHS[when.month - 1], when.day, when.year,
                                                               when.hour, when.minute, who_name, who_mail), 'gt'
    if lang == 'fr':
        h = ('________________________________\nDe : %s <%s>\nEnvoyé : %s %02d:%02d\nÀ : %s\nObjet : %s'
             % (who_name, who_mail, fr_date(when), when.hour, when.minute, to_name, subject))
    else:
        h = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s %d:%02d %s\nTo: %s\nSubject: %s'
             % (who_name, who_mail, en_date(when), (when.hour % 12) or 12, when.minute,
                'AM' if when.hour < 12 else 'PM', to_name, subject))
    return h, 'plain'


def make_reply(lang, top, orig_text, orig_from, orig_when, orig_to='', orig_subject='', style=None):
    h, qs = reply_header(lang, orig_from[0], orig_from[1], orig_when, orig_to, orig_subject, style)
    return '%s\n\n%s\n%s\n' % (top.rstrip('\n'), h, quote_block(orig_text.rstrip('\n'), qs))


def make_fwd_inline(lang, top, orig_text, orig_from, orig_when, orig_to, orig_subject):
    if lang == 'fr':
        h = C(['---------- Message transféré ---------\nDe : %s <%s>\nDate : %s à %02d:%02d\nObjet : %s\nÀ : %s',
               '-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s %02d:%02d\nObjet : %s\nÀ : %s'])
        h = h % (orig_from[0], orig_from[1], fr_date(orig_when), orig_when.hour, orig_when.minute, orig_subject, orig_to)
    else:
        h = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %02d:%02d\nSubject: %s\nTo: %s'
             % (orig_from[0], orig_from[1], en_date(orig_when), orig_when.hour, orig_when.minute, orig_subject, orig_to))
    return '%s\n\n%s\n\n%s\n' % (top.rstrip('\n'), h, orig_text.rstrip('\n'))


def text_to_html(text, style=None):
    style = style or C(['outlook', 'gmail', 'plain'])
    out = []
    in_quote = False
    for line in text.split('\n'):
        q = line.startswith('>')
        if q and not in_quote:
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
            in_quote = True
        elif not q and in_quote:
            out.append('</blockquote>')
            in_quote = False
        content = line.lstrip('> ') if q else line
        esc = html.escape(content, quote=False)
        if style == 'outlook':
            out.append('<p class="MsoNormal">%s</p>' % (esc or '&nbsp;'))
        else:
            out.append('<div>%s</div>' % (esc or '<br>'))
    if in_quote:
        out.append('</blockquote>')
    body = '\n'.join(out)
    if style == 'outlook':
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
                '</head>\n<body lang="FR-CA" link="#0563C1">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
                % body)
    return '<html><head><meta charset="utf-8"></head><body>\n<div dir="ltr">\n%s\n</div>\n</body></html>\n' % body


def html_table(headers, rows, border=True):
    b = ' border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse;font-size:10pt"' if border else ''
    h = '<table%s>\n<tr>%s</tr>\n' % (b, ''.join('<th>%s</th>' % html.escape(str(x)) for x in headers))
    for r in rows:
        h += '<tr>%s</tr>\n' % ''.join('<td>%s</td>' % html.escape(str(x)) for x in r)
    return h + '</table>\n'


def text_table(headers, rows, sep=' | '):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    lines = [sep.join(str(x).ljust(w) for x, w in zip(headers, widths)).rstrip()]
    lines.append('-' * len(lines[0]))
    for r in rows:
        lines.append(sep.join(str(x).ljust(w) for x, w in zip(r, widths)).rstrip())
    return '\n'.join(lines)


def html_wrap(inner_html):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body></html>\n' % inner_html)


def para_html(text):
    return '\n'.join('<p>%s</p>' % html.escape(p).replace('\n', '<br>\n') for p in text.strip('\n').split('\n\n'))


# ---------------------------------------------------------------------------
# Attachments (deterministic)
# ---------------------------------------------------------------------------
def cp1252_safe(s):
    rep = {'\u2011': '-', '\u2212': '-', '\u2264': '<=', '\u2265': '>=', '\u2192': '->', '\u00a0': ' ', 'µ': 'u'}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode('cp1252', 'replace').decode('cp1252')


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2024-01-02T08:00:00Z\3', txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, content)
    return out.getvalue()


def make_pdf(title, lines, author='HRVB'):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(cp1252_safe(title))
    c.setAuthor(cp1252_safe(author))
    c.setCreator('HRVB - gabarit documentaire')
    y = 750
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, cp1252_safe(title))
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        for sub in (textwrap.wrap(cp1252_safe(line), 98) or ['']):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 750
            c.drawString(50, y, sub)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author='HRVB'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, 1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        hdr, rows = table
        t = d.add_table(rows=1 + len(rows), cols=len(hdr))
        t.style = 'Table Grid'
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = str(h)
        for r, row in enumerate(rows):
            for i, v in enumerate(row):
                t.rows[r + 1].cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='HRVB'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, hdr, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(hdr))
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(hdr, rows, sep=';'):
    lines = [sep.join(str(x) for x in hdr)]
    for r in rows:
        cells = []
        for x in r:
            x = str(x)
            if sep in x or '"' in x:
                x = '"' + x.replace('"', '""') + '"'
            cells.append(x)
        lines.append(sep.join(cells))
    return '\r\n'.join(lines) + '\r\n'


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(summary, start, minutes, location, description, organizer, attendees, uid):
    end = start + dt.timedelta(minutes=minutes)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HRVB//Agenda 4.2//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20240102T080000Z',
             'DTSTART;TZID=America/Toronto:%s' % start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:%s' % end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:%s' % ics_escape(summary), 'LOCATION:%s' % ics_escape(location),
             'DESCRIPTION:%s' % ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a[0], a[1]))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for l in lines:
        while len(l.encode('utf-8')) > 74:
            cut = 70
            folded.append(l[:cut])
            l = ' ' + l[cut:]
        folded.append(l)
    return '\r\n'.join(folded) + '\r\n'


def make_vcf(fn, last, first, org='', title='', tel='', adr='', email_='', note='', tel_type=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        lines.append('TEL;TYPE=%s:%s' % (tel_type or C(['HOME', 'CELL', 'HOME,VOICE']), tel))
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if email_:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_)
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


class Att:
    def __init__(self, filename, ctype, data, charset=None, inline_eml=False):
        self.filename, self.ctype, self.data, self.charset = filename, ctype, data, charset
        self.inline_eml = inline_eml


def att_pdf(fn, title, lines):
    return Att(fn, 'application/pdf', make_pdf(title, lines))


def att_docx(fn, title, paras, table=None):
    return Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
               make_docx(title, paras, table))


def att_xlsx(fn, sheets):
    return Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(sheets))


def att_csv(fn, hdr, rows):
    enc = C(['utf-8', 'utf-8-sig', 'windows-1252'])
    txt = make_csv(hdr, rows)
    if enc == 'windows-1252':
        txt = cp1252_safe(txt)
    return Att(fn, 'text/csv', txt.encode(enc), charset='utf-8' if enc.startswith('utf') else 'windows-1252')


def att_ics(fn, *a, **k):
    return Att(fn, 'text/calendar', make_ics(*a, **k).encode('utf-8'), charset='utf-8')


def att_vcf(filename, **k):
    return Att(filename, C(["text/vcard", "text/x-vcard"]), make_vcf(**k).encode('utf-8'), charset='utf-8')


def att_zip(fn, files):
    return Att(fn, C(['application/zip', 'application/x-zip-compressed']), make_zip(files))


# ---------------------------------------------------------------------------
# MIME rendering (hand-built for full control of charsets, encodings, EOLs)
# ---------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b'', children=None, boundary=None, preamble=None):
        self.headers, self.body, self.children = headers, body, children
        self.boundary, self.preamble = boundary, preamble


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def fit_charset(text, cs):
    if cs in ('iso-8859-1', 'windows-1252'):
        t = text.replace('\u2019', "'").replace('\u2014', '-').replace('\u2013', '-').replace('\u2026', '...')
        t = t.replace('\u0153', 'oe').replace('\u2264', '<=').replace('\u2265', '>=').replace('\u2192', '->')
        t = t.replace('\u201c', '"').replace('\u201d', '"') if cs == 'iso-8859-1' else t
        try:
            return cs, t.encode(cs)
        except UnicodeEncodeError:
            return 'utf-8', text.encode('utf-8')
    if cs == 'us-ascii' and is_ascii(text):
        return cs, text.encode('ascii')
    return 'utf-8', text.encode('utf-8')


def text_part(text, subtype, cs, cte):
    if not text.endswith('\n'):
        text += '\n'
    cs, data = fit_charset(text, cs)
    asc = all(b < 128 for b in data)
    if cte in ('7bit', '8bit'):
        long_line = any(len(l) > 900 for l in data.split(b'\n'))
        if long_line:
            cte = 'quoted-printable'
        elif asc:
            cte = '7bit'
        else:
            cte = '8bit'
    if cte == 'quoted-printable':
        body = quopri.encodestring(data)
    elif cte == 'base64':
        body = base64.encodebytes(data)
    else:
        body = data
    return Part([('Content-Type', 'text/%s; charset="%s"' % (subtype, cs)),
                 ('Content-Transfer-Encoding', cte)], body)


def enc_filename_params(fn):
    if is_ascii(fn):
        return 'name="%s"' % fn, 'filename="%s"' % fn
    if P(0.5):
        ew = Header(fn, 'utf-8').encode(maxlinelen=1000)
        return 'name="%s"' % ew, 'filename="%s"' % ew
    q = urllib.parse.quote(fn.encode('utf-8'), safe='')
    return "name*=utf-8''%s" % q, "filename*=utf-8''%s" % q


def att_part(att):
    np_, fp = enc_filename_params(att.filename)
    if att.ctype == 'message/rfc822':
        hdrs = [('Content-Type', 'message/rfc822; %s' % np_)]
        if any(b >= 128 for b in att.data):
            hdrs.append(('Content-Transfer-Encoding', '8bit'))
        hdrs.append(('Content-Disposition', '%s; %s' % ('inline' if att.inline_eml else 'attachment', fp)))
        data = att.data if att.data.endswith(b'\n') else att.data + b'\n'
        return Part(hdrs, data)
    ct = att.ctype
    if att.charset:
        ct += '; charset="%s"' % att.charset
    if att.ctype == 'text/calendar':
        ct += '; method=REQUEST'
    ct += '; ' + np_
    cte = 'base64'
    if att.ctype.startswith('text/') and P(0.35):
        cte = 'quoted-printable'
    body = base64.encodebytes(att.data) if cte == 'base64' else quopri.encodestring(att.data)
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte),
                 ('Content-Disposition', 'attachment; %s' % fp)], body)


def render(part):
    out = io.BytesIO()
    for k, v in part.headers:
        out.write(('%s: %s\n' % (k, v)).encode('ascii'))
    out.write(b'\n')
    if part.children is not None:
        b = part.boundary.encode('ascii')
        if part.preamble:
            out.write(part.preamble.encode('ascii') + b'\n')
        for ch in part.children:
            out.write(b'--' + b + b'\n')
            data = render(ch)
            out.write(data)
            if not data.endswith(b'\n'):
                out.write(b'\n')
        out.write(b'--' + b + b'--\n')
    else:
        out.write(part.body)
        if not part.body.endswith(b'\n'):
            out.write(b'\n')
    return out.getvalue()


def boundary():
    k = R.randint(0, 3)
    if k == 0:
        return '----=_NextPart_000_%04X_%08X' % (R.randint(0, 0xFFFF), R.randint(0, 0x7FFFFFFF))
    if k == 1:
        return '=_Part_%d_%d.%d' % (R.randint(1000, 99999), R.randint(10 ** 8, 10 ** 9), R.randint(10 ** 12, 10 ** 13))
    if k == 2:
        return '000000000000%012x' % R.randint(0, 16 ** 12 - 1)
    return 'Apple-Mail=_%08X-%04X-%04X' % (R.randint(0, 0xFFFFFFF), R.randint(0, 0xFFFF), R.randint(0, 0xFFFF))


def enc_header(value, cs):
    if is_ascii(value):
        return value
    cs2 = cs if cs in ('iso-8859-1', 'windows-1252') else 'utf-8'
    try:
        value.encode(cs2)
    except UnicodeEncodeError:
        cs2 = 'utf-8'
    return Header(value, cs2).encode(maxlinelen=76)


def enc_addr(pair, cs):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        return formataddr((name, addr))
    cs2 = cs if cs in ('iso-8859-1', 'windows-1252') else 'utf-8'
    try:
        name.encode(cs2)
    except UnicodeEncodeError:
        cs2 = 'utf-8'
    return formataddr((name, addr), charset=cs2)


def addr_list(pairs, cs):
    return ',\n '.join(enc_addr(p, cs) for p in pairs)


def msg_date_str(d):
    dst = dt.date(d.year, 3, 10) <= d.date() < dt.date(d.year, 11, 3)
    tz = dt.timezone(dt.timedelta(hours=-4 if dst else -5))
    return format_datetime(d.replace(tzinfo=tz))


def msg_id(domain):
    return '<%s.%s@%s>' % (''.join(C('0123456789ABCDEF') for _ in range(16)),
                           ''.join(C('0123456789abcdef') for _ in range(8)), domain)


# ---------------------------------------------------------------------------
# Message model + assembly
# ---------------------------------------------------------------------------
class Msg:
    def __init__(self, cat, lang, positive):
        self.cat, self.lang, self.positive = cat, lang, positive
        self.types = set()
        self.markers = []
        self.atts = []
        self.subject = ''
        self.frm = None
        self.to = []
        self.cc = []
        self.text = ''
        self.html = None
        self.mode = None
        self.date = None
        self.note = ''
        self.reply = False
        self.fwd = False

    # --- trackers: every call both returns the text and records its type ---
    def t(self, typ, s):
        assert self.positive, 'finding inserted in a negative'
        self.types.add(typ)
        self.markers.append((typ, s))
        return s

    def name(self, p, style=None):
        return self.t('patient_name', fmt_name(p, self.lang, style))

    def nam(self, p):
        return self.t('ramq_nam', fmt_nam(p.nam))

    def dob(self, p):
        return self.t('date_of_birth', fmt_dob(p.dob, self.lang))

    def mrn(self, p, bare=False):
        return self.t('mrn', p.mrn if bare else fmt_mrn(p.mrn, self.lang))

    def dx(self, s):
        return self.t('diagnosis', s)

    def med(self, s):
        return self.t('medication', s)

    def lab(self, s):
        return self.t('lab_result', s)

    def contact(self, s):
        return self.t('patient_contact', s)

    def social(self, s):
        return self.t('social_information', s)

    def ident(self, p, allow_name=True):
        """Some way of pointing at the patient: name, chart number or NAM."""
        opts = ['name', 'name', 'name_mrn', 'mrn'] + (['nam'] if p.nam else [])
        if not allow_name:
            opts = [o for o in opts if not o.startswith('name')]
        k = C(opts)
        if k == 'name':
            return self.name(p)
        if k == 'name_mrn':
            return '%s (%s)' % (self.name(p), self.mrn(p))
        if k == 'mrn':
            return self.mrn(p)
        return ('NAM ' if self.lang == 'fr' else 'RAMQ ') + self.nam(p)


def fmt_name(p, lang, style=None):
    tfr = 'M.' if p.sex == 'M' else 'Mme'
    ten = 'Mr.' if p.sex == 'M' else C(['Mrs.', 'Ms.', 'Ms'])
    t = tfr if lang == 'fr' else ten
    styles = ['full', 'SUR, Given', 'Sur Given', 'title_sur', 'title_full', 'SUR G.', 'init_sur', 'SUR Given',
              'lower', 'Sur, Given']
    style = style or C(styles)
    g, s = p.given, p.surname
    return {
        'full': '%s %s' % (g, s), 'SUR, Given': '%s, %s' % (s.upper(), g), 'Sur Given': '%s %s' % (s, g),
        'title_sur': '%s %s' % (t, s), 'title_full': '%s %s %s' % (t, g, s), 'SUR G.': '%s %s.' % (s.upper(), g[0]),
        'init_sur': '%s. %s' % (g[0], s), 'SUR Given': '%s %s' % (s.upper(), g), 'lower': '%s %s' % (s.lower(), g.lower()),
        'Sur, Given': '%s, %s' % (s, g),
    }[style]


def age_of(p, ref):
    return ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))


def sexc(p, lang):
    return ('H' if p.sex == 'M' else 'F') if lang == 'fr' else ('M' if p.sex == 'M' else 'F')


def assemble(m, nl=None, cs=None):
    cs = cs or C(['utf-8'] * 5 + ['iso-8859-1'] * 2 + ['windows-1252'] * 2 + ['us-ascii'])
    if cs == 'us-ascii' and not (is_ascii(m.text) and is_ascii(m.html or '')):
        cs = 'utf-8'
    cte = C(['quoted-printable', 'quoted-printable', 'base64', '8bit', '8bit'])
    mode = m.mode or C(['plain', 'plain', 'alt', 'alt', 'alt', 'html'])
    htm = m.html or text_to_html(m.text)

    def hpart():
        hcs, _ = fit_charset(htm, cs)
        h2 = htm.replace('charset=utf-8', 'charset=%s' % hcs).replace('charset="utf-8"', 'charset="%s"' % hcs)
        return text_part(h2, 'html', hcs, C(['quoted-printable', 'quoted-printable', 'base64', '8bit']))

    if mode == 'plain':
        body = text_part(m.text, 'plain', cs, cte)
    elif mode == 'html':
        body = hpart()
    else:
        b = boundary()
        body = Part([('Content-Type', 'multipart/alternative;\n boundary="%s"' % b)], children=[
            text_part(m.text, 'plain', cs, cte), hpart()], boundary=b)
    m.mode_used = mode
    if m.atts:
        b = boundary()
        root = Part([('Content-Type', 'multipart/mixed;\n boundary="%s"' % b)],
                    children=[body] + [att_part(a) for a in m.atts], boundary=b,
                    preamble=C([None, 'This is a multi-part message in MIME format.']))
    else:
        root = body
    dom = m.frm[1].split('@')[1]
    hdrs = [('From', enc_addr(m.frm, cs)), ('To', addr_list(m.to, cs))]
    if m.cc:
        hdrs.append(('Cc', addr_list(m.cc, cs)))
    hdrs += [('Subject', enc_header(m.subject, cs)), ('Date', msg_date_str(m.date)), ('Message-ID', msg_id(dom))]
    if m.reply or m.fwd:
        ref = msg_id(C([DOM, DOM2, dom]))
        if m.reply:
            hdrs += [('In-Reply-To', ref), ('References', ref)]
        elif P(0.5):
            hdrs += [('References', ref)]
    hdrs.append(('MIME-Version', '1.0'))
    xm = C([None, 'Microsoft Outlook 16.0', None, 'Apple Mail (2.3774.500.171)', None, 'Microsoft Outlook 16.0'])
    if xm:
        hdrs.append(('X-Mailer', xm))
    if P(0.4):
        hdrs.append(('Content-Language', 'fr-CA' if m.lang == 'fr' else 'en-CA'))
    if P(0.2):
        hdrs.append(('X-Priority', '1' if P(0.5) else '3'))
    data = render(Part(hdrs + root.headers, root.body, root.children, root.boundary, root.preamble))
    nl = nl or C(['crlf', 'lf'])
    if nl == 'crlf':
        data = data.replace(b'\n', b'\r\n')
    return data


def attach_eml(m, inner, fn=None):
    data = assemble(inner, nl='lf')
    fn = fn or (re.sub(r'[\\/:*?"<>|]', '_', inner.subject)[:60] + '.eml')
    m.atts.append(Att(fn, 'message/rfc822', data, inline_eml=P(0.2)))
    for typ, s in inner.markers:
        m.t(typ, s) if m.positive else None


# ---------------------------------------------------------------------------
# Clinical material
# ---------------------------------------------------------------------------
def K(fr, en):
    return (fr, en)


CASES = [
    dict(dx=K('IC décompensée', 'CHF exacerbation'), atcd=K('HTA, FA permanente, IRC st 3', 'HTN, permanent AF, CKD 3'),
         meds=[K('furosémide 80 mg IV BID', 'furosemide 80 mg IV BID'), K('apixaban 5 mg PO BID', 'apixaban 5 mg PO BID')],
         labs=[K('BNP 2450, créat 142 (base 118)', 'BNP 2450, creat 142 (baseline 118)'), K('K 3,4', 'K 3.4')],
         todo=K('poids die + bilan I/E, recontrôler K demain AM', 'daily weights, strict I/O, repeat lytes in AM'),
         spec=K('cardio', 'cardiology'), unit='4B'),
    dict(dx=K('MPOC exacerbée', 'AECOPD'), atcd=K('MPOC GOLD 3, O2 domicile 2 L', 'COPD GOLD 3, home O2 2 L'),
         meds=[K('prednisone 40 mg PO die x 5 j', 'prednisone 40 mg PO daily x5d'), K('salbutamol/ipratropium en nébul q4h', 'salbutamol/ipratropium nebs q4h'),
               K('doxycycline 100 mg PO BID', 'doxycycline 100 mg PO BID')],
         labs=[K('gaz veineux pH 7,31 pCO2 62', 'VBG pH 7.31 pCO2 62'), K('sat 87 % AA', 'sat 87% RA')],
         todo=K('viser sat 88-92 %, refaire gaz si somnolent', 'target sat 88-92, repeat VBG if drowsy'),
         spec=K('pneumo', 'respirology'), unit='4B'),
    dict(dx=K('sepsis urinaire', 'urosepsis'), atcd=K('DB2, HBP, sonde à demeure', 'T2DM, BPH, indwelling catheter'),
         meds=[K('ceftriaxone 2 g IV die', 'ceftriaxone 2 g IV daily'), K('NS 1 L bolus x2', 'NS 1 L bolus x2')],
         labs=[K('lactate 3,1, GB 18,4', 'lactate 3.1, WBC 18.4'), K('hémocs 2/2 E. coli', 'blood cx 2/2 E. coli')],
         todo=K('suivre lactate 4 h, ajuster ATB selon antibiogramme', 'repeat lactate at 4h, tailor abx to sensitivities'),
         spec=K('médecine interne', 'internal medicine'), unit='4B'),
    dict(dx=K('FA rapide', 'rapid AF'), atcd=K('HTA, dyslipidémie', 'HTN, dyslipidemia'),
         meds=[K('métoprolol 25 mg PO BID', 'metoprolol 25 mg PO BID'), K('apixaban 5 mg BID débuté', 'apixaban 5 mg BID started')],
         labs=[K('TSH 0,8, tropo hs 32 puis 35', 'TSH 0.8, hs-trop 32 then 35')],
         todo=K('ÉTT à demander, viser FC < 110', 'order TTE, target HR < 110'), spec=K('cardio', 'cardiology'), unit='4C'),
    dict(dx=K('hémorragie digestive haute', 'upper GI bleed'), atcd=K('ROH, cirrhose Child B', 'EtOH use, Child B cirrhosis'),
         meds=[K('pantoprazole 80 mg IV puis 8 mg/h', 'pantoprazole 80 mg IV then 8 mg/h'), K('octréotide 50 mcg/h', 'octreotide 50 mcg/h'),
               K('ceftriaxone 1 g IV die (prophylaxie)', 'ceftriaxone 1 g IV daily (prophylaxis)')],
         labs=[K('Hb 68 (base 112), INR 1,6', 'Hb 68 (baseline 112), INR 1.6')],
         todo=K('2 culots en cours, Hb post-transfusion, ÉGD demain AM', '2 units PRBC running, post-transfusion Hb, EGD in AM'),
         spec=K('gastro', 'GI'), unit='USI'),
    dict(dx=K('delirium hypoactif, R/O infection', 'hypoactive delirium, r/o infection'), atcd=K('TNC modéré, chutes', 'moderate NCD, falls'),
         meds=[K('halopéridol 0,5 mg SC q4h PRN', 'haloperidol 0.5 mg SC q4h PRN')],
         labs=[K('Na 128, CU 10^8 en cours', 'Na 128, urine cx pending')],
         todo=K('éviter contentions, famille présente si possible', 'avoid restraints, family at bedside if possible'),
         spec=K('gériatrie', 'geriatrics'), unit='UCDG'),
    dict(dx=K('acidocétose diabétique', 'DKA'), atcd=K('DB1 depuis 14 ans, mauvaise observance', 'T1DM x14y, poor adherence'),
         meds=[K('insuline IV selon protocole ACD', 'insulin infusion per DKA protocol'), K('KCl 20 mEq/L dans les solutés', 'KCl 20 mEq/L in fluids')],
         labs=[K('glycémie 31,4, pH 7,12, TA 24', 'glucose 31.4, pH 7.12, AG 24'), K('K 5,2', 'K 5.2')],
         todo=K('gaz + lytes q2h, passer SC quand TA fermé', 'VBG + lytes q2h, switch to SC once AG closed'),
         spec=K('médecine interne', 'internal medicine'), unit='USI'),
    dict(dx=K('IRA prérénale', 'pre-renal AKI'), atcd=K('DB2, HTA', 'T2DM, HTN'),
         meds=[K('NS 150 mL/h', 'NS 150 mL/h'), K('metformine et périndopril cessés', 'metformin and perindopril held')],
         labs=[K('créat 312 (base 98), K 6,1', 'creat 312 (baseline 98), K 6.1')],
         todo=K('créat/K demain, écho rénale faite = N', 'creat/K in AM, renal US normal'), spec=K('néphro', 'nephrology'), unit='4B'),
    dict(dx=K('hyperkaliémie sévère', 'severe hyperkalemia'), atcd=K('IRC st 4, DB2', 'CKD 4, T2DM'),
         meds=[K('gluconate de calcium 1 g IV', 'calcium gluconate 1 g IV'), K('insuline 10 U + D50', 'insulin 10 U + D50'),
               K('Lokelma 10 g PO TID', 'Lokelma 10 g PO TID')],
         labs=[K('K 7,2 non hémolysé', 'K 7.2 non-hemolysed'), K('ECG: ondes T pointues', 'ECG: peaked T waves')],
         todo=K('K de contrôle à 2 h, aviser néphro si > 6,5', 'repeat K at 2h, call nephro if > 6.5'), spec=K('néphro', 'nephrology'), unit='4B'),
    dict(dx=K('embolie pulmonaire bilatérale', 'bilateral PE'), atcd=K('néo du sein en tx', 'breast ca on chemo'),
         meds=[K('énoxaparine 1 mg/kg SC BID', 'enoxaparin 1 mg/kg SC BID')],
         labs=[K('tropo hs 45, angioTDM + bilatéral, VD dilaté', 'hs-trop 45, CTPA bilateral PE, RV dilated')],
         todo=K('surveiller SV, ÉTT demain', 'watch vitals, TTE tomorrow'), spec=K('médecine interne', 'internal medicine'), unit='4C'),
    dict(dx=K('cellulite MID', 'right leg cellulitis'), atcd=K('obésité, lymphoedème', 'obesity, lymphedema'),
         meds=[K('céfazoline 2 g IV q8h', 'cefazolin 2 g IV q8h')], labs=[K('GB 13,1, CRP 96', 'WBC 13.1, CRP 96')],
         todo=K('délimiter la rougeur, switch PO si afébrile 48 h', 'mark borders, PO switch if afebrile 48h'),
         spec=K('médecine interne', 'internal medicine'), unit='4B'),
    dict(dx=K('AVC ischémique sylvien G', 'left MCA ischemic stroke'), atcd=K('FA non anticoagulée', 'AF not anticoagulated'),
         meds=[K('ténectéplase administrée à 14h05', 'tenecteplase given at 14:05')],
         labs=[K('glycémie 7,2, INR 1,0, angioTDM occlusion M1', 'glucose 7.2, INR 1.0, CTA M1 occlusion')],
         todo=K('transfert thrombectomie', 'transfer for EVT'), spec=K('neuro', 'neurology'), unit='CHU'),
    dict(dx=K('STEMI inférieur', 'inferior STEMI'), atcd=K('tabagisme actif, DLP', 'active smoker, DLP'),
         meds=[K('AAS 325 mg croqué, ticagrélor 180 mg, héparine 4000 U IV', 'ASA 325 chewed, ticagrelor 180, heparin 4000 U IV')],
         labs=[K('tropo hs 1840', 'hs-trop 1840')], todo=K('transfert ICP primaire', 'transfer for primary PCI'),
         spec=K('cardio', 'cardiology'), unit='CHU'),
    dict(dx=K('pancréatite aiguë biliaire', 'acute gallstone pancreatitis'), atcd=K('cholélithiase connue', 'known cholelithiasis'),
         meds=[K('hydromorphone 0,5-1 mg SC q2h PRN', 'hydromorphone 0.5-1 mg SC q2h PRN'), K('LR 200 mL/h', 'LR 200 mL/h')],
         labs=[K('lipase 3400, ALT 280, bili 41', 'lipase 3400, ALT 280, bili 41')],
         todo=K('chir à revoir pour cholécystectomie', 'surgery to see re: cholecystectomy'), spec=K('chirurgie', 'general surgery'), unit='4C'),
    dict(dx=K('hyponatrémie sévère symptomatique', 'severe symptomatic hyponatremia'), atcd=K('sous HCTZ, potomanie?', 'on HCTZ, ?beer potomania'),
         meds=[K('NaCl 3 % 100 mL bolus', '3% saline 100 mL bolus'), K('HCTZ cessé', 'HCTZ held')],
         labs=[K('Na 116, osmo urinaire 92', 'Na 116, urine osm 92')],
         todo=K('Na q4h, max +8 en 24 h', 'Na q4h, max +8 in 24h'), spec=K('médecine interne', 'internal medicine'), unit='USI'),
    dict(dx=K('chute avec TCC léger sous anticoagulant', 'fall with mild TBI on anticoagulation'), atcd=K('FA, ostéoporose', 'AF, osteoporosis'),
         meds=[K('rivaroxaban suspendu', 'rivaroxaban held')], labs=[K('TDM cérébral: pas de saignement', 'CT head: no bleed')],
         todo=K('neuro-vitaux q2h x 12 h', 'neuro checks q2h x12h'), spec=K('gériatrie', 'geriatrics'), unit='4B'),
    dict(dx=K('intoxication volontaire à l\'acétaminophène', 'intentional acetaminophen overdose'), atcd=K('dépression majeure', 'major depression'),
         meds=[K('NAC IV protocole 2 sacs', 'IV NAC 2-bag protocol')], labs=[K('acétaminophène 1450 µmol/L à 4 h, ALT 38', 'APAP 1450 umol/L at 4h, ALT 38')],
         todo=K('gardien 1:1, consult psy', '1:1 sitter, psych consult'), spec=K('psychiatrie', 'psychiatry'), unit='4C'),
    dict(dx=K('pneumonie à COVID-19', 'COVID-19 pneumonia'), atcd=K('DB2, obésité', 'T2DM, obesity'),
         meds=[K('dexaméthasone 6 mg PO die', 'dexamethasone 6 mg PO daily'), K('énoxaparine 40 mg SC die', 'enoxaparin 40 mg SC daily')],
         labs=[K('sat 89 % AA, CRP 142', 'sat 89% RA, CRP 142')], todo=K('isolement gouttelettes-contact', 'droplet-contact isolation'),
         spec=K('médecine interne', 'internal medicine'), unit='4C'),
    dict(dx=K('BAV complet', 'complete heart block'), atcd=K('HTA', 'HTN'),
         meds=[K('isoprotérénol en attente, patchs de pacing en place', 'isoproterenol ready, pacing pads on')],
         labs=[K('FC 34, K 4,6', 'HR 34, K 4.6')], todo=K('transfert pour stimulateur', 'transfer for pacemaker'),
         spec=K('cardio', 'cardiology'), unit='CHU'),
    dict(dx=K('anémie ferriprive, R/O néo colon', 'iron-deficiency anemia, r/o colon ca'), atcd=K('aucun', 'none'),
         meds=[K('fer saccharose 300 mg IV', 'iron sucrose 300 mg IV')], labs=[K('Hb 74, ferritine 6', 'Hb 74, ferritin 6')],
         todo=K('colo à céduler', 'book colonoscopy'), spec=K('gastro', 'GI'), unit='4B'),
    dict(dx=K('sevrage ROH', 'alcohol withdrawal'), atcd=K('ROH 12 consos/j, convulsion de sevrage 2022', 'EtOH 12 drinks/day, withdrawal seizure 2022'),
         meds=[K('diazépam 10 mg PO selon CIWA', 'diazepam 10 mg PO per CIWA'), K('thiamine 500 mg IV TID', 'thiamine 500 mg IV TID')],
         labs=[K('Mg 0,58, GGT 410', 'Mg 0.58, GGT 410')], todo=K('CIWA q1h', 'CIWA q1h'), spec=K('médecine interne', 'internal medicine'), unit='4B'),
]

DC_MEDS = {
    'IC décompensée': K('furosémide 40 mg PO BID, apixaban 5 mg BID', 'furosemide 40 mg PO BID, apixaban 5 mg BID'),
    'MPOC exacerbée': K('tiotropium 18 mcg die, terminer prednisone (2 j)', 'tiotropium 18 mcg daily, finish prednisone (2 d)'),
    'sepsis urinaire': K('céfixime 400 mg PO die x 7 j', 'cefixime 400 mg PO daily x7d'),
    'FA rapide': K('métoprolol 50 mg PO BID, apixaban 5 mg BID', 'metoprolol 50 mg PO BID, apixaban 5 mg BID'),
    'delirium hypoactif, R/O infection': K('quétiapine 12,5 mg HS PRN', 'quetiapine 12.5 mg HS PRN'),
    'IRA prérénale': K('metformine reprise 500 mg BID, périndopril cessé', 'metformin resumed 500 mg BID, perindopril stopped'),
    'hyperkaliémie sévère': K('Lokelma 10 g die, furosémide 20 mg die', 'Lokelma 10 g daily, furosemide 20 mg daily'),
    'embolie pulmonaire bilatérale': K('apixaban 10 mg BID x 7 j puis 5 mg BID', 'apixaban 10 mg BID x7d then 5 mg BID'),
    'cellulite MID': K('céphalexine 500 mg QID x 5 j', 'cephalexin 500 mg QID x5d'),
    'pancréatite aiguë biliaire': K('acétaminophène 1 g QID PRN', 'acetaminophen 1 g QID PRN'),
    'chute avec TCC léger sous anticoagulant': K('rivaroxaban repris à 48 h', 'rivaroxaban resumed at 48h'),
    'intoxication volontaire à l\'acétaminophène': K('sertraline 50 mg die', 'sertraline 50 mg daily'),
    'pneumonie à COVID-19': K('dexaméthasone 6 mg die pour compléter 10 j', 'dexamethasone 6 mg daily to complete 10 d'),
    'anémie ferriprive, R/O néo colon': K('sulfate ferreux 300 mg die', 'ferrous sulfate 300 mg daily'),
    'sevrage ROH': K('thiamine 100 mg die, naltrexone 50 mg die', 'thiamine 100 mg daily, naltrexone 50 mg daily'),
}


def dc_med(c, lang):
    return L(DC_MEDS.get(c['dx'][0]) or C(c['meds']), lang)


SOCIAL = [
    K('vit seul(e) au 2e sans ascenseur', 'lives alone, 2nd floor walk-up'),
    K('conjoint(e) avec Alzheimer, proche aidant(e) épuisé(e)', 'spouse has dementia, caregiver burnout'),
    K('en attente d\'hébergement CHSLD (NSA)', 'ALC, awaiting LTC placement'),
    K('sous curatelle publique', 'under public curatorship'),
    K('sans domicile fixe, dort au refuge', 'no fixed address, staying at the shelter'),
    K('consommation ROH importante, refuse aide', 'heavy EtOH use, declines help'),
    K('fils pas joignable, pas de mandat de protection', 'son unreachable, no power of attorney'),
    K('refuse l\'hébergement, veut retourner à domicile', 'refuses placement, wants to go home'),
    K('violence conjugale suspectée, TS impliquée', 'suspected intimate partner violence, SW involved'),
    K('barrière linguistique, interprète requis', 'language barrier, interpreter needed'),
    K('pas de médecin de famille (inscrit au GAMF)', 'no family doctor (on the waitlist)'),
    K('retour en RPA prévu, RPA demande réévaluation', 'returning to seniors residence, residence wants reassessment'),
    K('conflit familial, 2 enfants en désaccord sur le niveau de soins', 'family conflict, children disagree on goals of care'),
    K('perte d\'emploi récente, difficultés financières', 'recent job loss, financial hardship'),
]


def ward_case():
    return C([x for x in CASES if x['unit'] in ('4B', '4C', 'UCDG')])


SPEC_STAFF = {'cardio': ['dion'], 'pneumo': ['poulin'], 'néphro': ['rioux'], 'gériatrie': ['hebert'], 'chirurgie': ['bedard'],
              'médecine interne': ['lachance', 'fitzgerald']}


def gx(s, p):
    """Gender an '(e)' placeholder for a patient."""
    return s.replace('(e)', 'e' if p.sex == 'F' else '')


def L(pair, lang):
    return pair[0] if lang == 'fr' else pair[1]


POOL = {}


def pick_pt(kind='any', exclude=()):
    if kind == 'nam':
        pool = POOL['blind']
    elif kind == 'child':
        pool = [p for p in POOL['blind'] + POOL['qc'] if p.dob.year >= 2008]
    elif kind == 'adult':
        pool = [p for p in POOL['blind'] + POOL['qc'] if p.dob.year < 2004]
    elif kind == 'old':
        pool = [p for p in POOL['blind'] + POOL['qc'] if p.dob.year < 1960]
    else:
        pool = POOL['blind'] + POOL['blind'] + POOL['qc']
    pool = [p for p in pool if p not in exclude]
    return C(pool)


def pick_pts(n, kind='adult'):
    out = []
    while len(out) < n:
        p = pick_pt(kind, exclude=out)
        out.append(p)
    return out


def rand_dt(kind='day'):
    d = dt.datetime(2024, 1, 8) + dt.timedelta(days=R.randint(0, 320))
    if kind == 'clin':
        h = C([0, 2, 3, 5, 7, 8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19, 21, 22, 23])
    elif kind == 'eve':
        h = C([16, 17, 18, 19])
    else:
        h = C([8, 9, 10, 11, 13, 14, 15, 16])
    return d.replace(hour=h, minute=R.randint(0, 59))


def pick_staff(keys, lang=None):
    if lang:
        pref = [k for k in keys if S[k].lang == lang]
        if pref and P(0.8):
            return C(pref)
    return C(keys)


def fnum():
    return R.randint(1, 28)


REPLY_TOPS = {
    'fr': ['Parfait merci.', 'Reçu, je m\'en occupe.', 'Ok c\'est noté.', 'Vu. Je passe après la tournée.',
           'Merci! On regarde ça demain AM.', 'Oui pas de problème.', 'ok', 'Merci pour le suivi.',
           'Je transfère à la bonne personne.', 'Noté, merci bcp'],
    'en': ['Thanks, got it.', 'Will do.', 'Noted, thanks', 'Ok seen.', 'Thx - on it.', 'Sounds good.',
           'Thanks for the heads up.'],
}


def maybe_wrap(m, p_reply=0.18, p_fwd=0.08):
    """Turn a message into a reply quoting it or an inline forward of it."""
    if m.atts and any(a.ctype == 'message/rfc822' for a in m.atts):
        return m
    r = R.random()
    internal = m.to[0][1].endswith('@' + DOM) or m.to[0][1].endswith('@' + DOM2)
    if r < p_reply and not internal:
        r = p_reply + (p_fwd if P(0.6) else 0)
    if r < p_reply:
        top = C(REPLY_TOPS[m.lang])
        orig_from, orig_to = m.frm, m.to[0]
        new_from = orig_to
        if orig_to in LISTS.values():
            new_from = staff_addr(C(['leclerc', 'boisvert', 'grondin', 'lachance', 'turcotte', 'marcotte']))
        if new_from == orig_from:
            new_from = staff_addr('bellavance')
        m.text = make_reply(m.lang, top, m.text, orig_from, m.date - dt.timedelta(minutes=R.randint(15, 600)),
                            orig_to[0], m.subject)
        m.frm, m.to = new_from, [orig_from]
        m.subject = C(['RE: ', 'Re: ', 'RE : ']) + m.subject
        m.html = None
        m.reply = True
    elif r < p_reply + p_fwd:
        top = C(['Pour info.', 'FYI', 'Voir ci-dessous.', 'À traiter svp.', 'Please see below.', 'FYI, see below.'
                 ] if m.lang == 'en' else ['Pour info.', 'FYI', 'Voir ci-dessous.', 'À traiter svp.', 'Tu peux regarder ça?'])
        if m.lang == 'en' and top.startswith(('Pour', 'Voir', 'À')):
            top = 'FYI'
        m.text = make_fwd_inline(m.lang, top, m.text, m.frm, m.date - dt.timedelta(hours=R.randint(1, 30)),
                                 m.to[0][1], m.subject)
        fwd_by = m.to[0] if m.to[0] not in LISTS.values() and m.to[0][1].endswith(DOM) else m.frm
        if fwd_by in LISTS.values():
            fwd_by = staff_addr(C(['leclerc', 'boisvert', 'grondin', 'turcotte']))
        m.frm = fwd_by
        m.to = [C([staff_addr(k) for k in ('leclerc', 'boisvert', 'marcotte', 'grondin', 'bellavance', 'giroux')
                   if staff_addr(k) != fwd_by])]
        m.subject = C(['TR: ', 'Fwd: ', 'TR : ', 'FW: ']) + m.subject
        m.html = None
        m.fwd = True
    return m


# ---------------------------------------------------------------------------
# POSITIVE templates
# ---------------------------------------------------------------------------
def sign_for(m, key, style=None):
    return signature(S[key], m.lang, style)


def pos_signout(lang):
    m = Msg('signout', lang, True)
    src = pick_staff(['raman', 'lachance', 'fitzgerald', 'lachance', 'chouinard', 'oneil', 'theriault'], lang)
    ed = src in ('chouinard', 'oneil', 'theriault')
    m.frm = staff_addr(src)
    m.to = [list_addr('urg_md') if ed else C([list_addr('med4b'), list_addr('residents'), staff_addr('raman')])]
    if m.to[0][1] == m.frm[1]:
        m.to = [list_addr('med4b')]
    m.date = rand_dt('eve') if P(0.7) else rand_dt('clin')
    pts = pick_pts(R.randint(3, 6))
    hdr_fr = ['Lit', 'Patient', 'Âge/S', 'Dossier', 'Dx / problème', 'Tx', 'À faire', 'NIM']
    hdr_en = ['Bed', 'Patient', 'Age/Sex', 'MRN', 'Dx / issue', 'Tx', 'To do', 'Code']
    rows, lines = [], []
    with_mrn = P(0.55)
    with_labs = P(0.6)
    for i, p in enumerate(pts):
        c = C(CASES) if ed else ward_case()
        bed = ('civ %d' % R.randint(1, 30)) if ed else '%s-%02d' % (C(['4B', '4B', '4C']), fnum())
        nm = m.name(p, C(['SUR, Given', 'SUR Given', 'Sur Given', 'title_sur', 'SUR G.', 'full']))
        ag = '%d%s' % (age_of(p, m.date), sexc(p, lang))
        mr = m.mrn(p, bare=True) if with_mrn else ''
        dxs = m.dx(L(c['dx'], lang))
        tx = m.med(L(C(c['meds']), lang)) if P(0.7) else ''
        lab = m.lab(L(C(c['labs']), lang)) if with_labs and P(0.7) else ''
        todo = L(c['todo'], lang)
        if P(0.25):
            todo += ' / ' + m.social(gx(L(C(SOCIAL), lang), p))
        nim = C(['A', 'B', 'C', 'C', 'D', '?']) if lang == 'fr' else C(['Full', 'DNR', 'DNR/DNI', 'Full', 'C'])
        rows.append([bed, nm, ag, mr, dxs + ((' — ' + lab) if lab else ''), tx, todo, nim])
        bits = ['%s %s %s' % (bed, nm, ag)]
        if mr:
            bits.append('(#%s)' % mr)
        line = ' '.join(bits) + ' - ' + dxs
        if lab:
            line += '. ' + lab
        if tx:
            line += '. ' + tx
        line += '. %s: %s.' % ('AF' if lang == 'fr' else 'TD', todo)
        line += (' NIM %s' % nim) if lang == 'fr' else (' Code: %s' % nim)
        lines.append(line)
    hdr = hdr_fr if lang == 'fr' else hdr_en
    if not with_mrn:
        idx = 3
        hdr = hdr[:idx] + hdr[idx + 1:]
        rows = [r[:idx] + r[idx + 1:] for r in rows]
    when = short_date(m.date, lang)
    unitname = 'urgence' if ed else C(['4B', 'méd interne', 'MI', 'CTU'])
    if lang == 'fr':
        m.subject = C(['Liste de départ %s — %s' % (unitname, when), 'Sign-out %s %s' % (unitname, when),
                       'Liste garde ce soir', 'sign out', 'Départ %s' % unitname])
        intro = C(['Salut,\n\nVoici la liste pour ce soir. Rien de majeur sauf les 2 premiers.',
                   'Bonsoir,\nListe de départ ci-dessous.', 'Allo! voici mes pts, bonne garde',
                   'Bonjour à tous,\n\nListe de départ mise à jour (%s).' % when, 'Salut, la liste. Appelle-moi si ça brasse.'])
        outro = C(['Bonne garde!', 'Merci, bonne nuit', 'Cell de garde dans le bottin si besoin.', 'Merci!', ''])
    else:
        m.subject = C(['Sign-out %s %s' % ('ED' if ed else 'CTU', when), 'Handover tonight', 'signout list',
                       'CTU sign out - %s' % when])
        intro = C(['Hi,\n\nHandover for tonight below. Nothing crazy.', 'Hey, sign-out list. First two are the sick ones.',
                   'Hi all,\n\nUpdated list (%s).' % when, 'Evening - here is the list.'])
        outro = C(['Good luck!', 'Thanks, have a quiet night', 'Page me if needed.', 'Thx', ''])
    fmt = C(['text', 'text', 'html', 'xlsx', 'docx', 'pdf', 'csv', 'zip', 'xlsx'])
    sig = sign_for(m, src, C(['min', 'short', 'mobile', 'full']))
    if fmt == 'text':
        m.text = '%s\n\n%s\n\n%s\n%s\n' % (intro, '\n'.join(('- ' if P(0.5) else '') + l for l in lines), outro, sig)
        m.note = 'sign-out list in body, %d patients' % len(pts)
    elif fmt == 'html':
        m.text = '%s\n\n%s\n\n%s\n%s\n' % (intro, text_table(hdr, rows), outro, sig)
        m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(outro + '\n\n' + sig))
        m.mode = C(['html', 'alt'])
        m.note = 'sign-out table (HTML), %d patients' % len(pts)
    else:
        base = C(['liste_depart', 'signout', 'Liste départ', 'CTU_signout', 'liste-garde'])
        fn = '%s_%s' % (base, m.date.strftime(C(['%Y%m%d', '%d-%m', '%Y-%m-%d'])))
        title = ('Liste de départ — %s' % unitname) if lang == 'fr' else ('Sign-out — %s' % unitname)
        if fmt == 'xlsx':
            m.atts.append(att_xlsx(fn + '.xlsx', [('Liste' if lang == 'fr' else 'List', hdr, rows)]))
        elif fmt == 'csv':
            m.atts.append(att_csv(fn + '.csv', hdr, rows))
        elif fmt == 'docx':
            m.atts.append(att_docx(fn + '.docx', title, [when], (hdr, rows)))
        elif fmt == 'zip':
            m.atts.append(att_zip(fn + '.zip', [(fn + '.xlsx', make_xlsx([('Liste', hdr, rows)])),
                                                 (fn + '.csv', make_csv(hdr, rows).encode('utf-8'))]))
        else:
            m.atts.append(att_pdf(fn + '.pdf', title, [' | '.join(str(x) for x in r) for r in rows]))
        att_line = C(['Liste ci-jointe.', 'Voir pièce jointe.', 'Liste en PJ.']) if lang == 'fr' else C(
            ['List attached.', 'See attached.', 'Attached.'])
        m.text = '%s\n\n%s\n\n%s\n%s\n' % (intro.split('\n')[0], att_line, outro, sig)
        m.note = 'sign-out list as %s attachment, %d patients' % (fmt, len(pts))
    return m


def pos_consult(lang):
    m = Msg('consult', lang, True)
    src = pick_staff(['theriault', 'chouinard', 'oneil', 'raman'], lang)
    c = C([x for x in CASES if x['unit'] != 'CHU'])
    dst = C(SPEC_STAFF.get(c['spec'][0], ['lachance', 'fitzgerald']))
    m.frm, m.to = staff_addr(src), [staff_addr(dst)]
    m.date = rand_dt('clin')
    p = pick_pt('adult')
    spec = L(c['spec'], lang) if c['spec'][0] in SPEC_STAFF else L(K('médecine interne', 'internal medicine'), lang)
    civ = R.randint(1, 32)
    style = C(['form', 'form', 'terse', 'subject_only'])
    d = S[dst]
    if style == 'subject_only':
        nm = m.name(p, C(['title_sur', 'SUR Given', 'Sur, Given']))
        m.subject = ('Consult %s — %s civ %d' % (spec, nm, civ)) if lang == 'fr' else ('Consult %s - %s bed %d' % (spec, nm, civ))
        if lang == 'fr':
            m.text = ('%s,\n\nJ\'aurais besoin de toi pour %s. %s ans, ATCD %s, arrive avec %s. %s. '
                      'On a donné %s.\nPeux-tu passer avant %dh? Merci\n\n%s\n' % (
                          d.first if P(0.5) else d.short('fr'), C(['la patiente', 'le pt', 'ce patient', 'elle']) if p.sex == 'F' else C(['le patient', 'le pt', 'ce monsieur']),
                          age_of(p, m.date), L(c['atcd'], lang), m.dx(L(c['dx'], lang)), m.lab(L(C(c['labs']), lang)),
                          m.med(L(C(c['meds']), lang)), C([15, 16, 17, 20]), sign_for(m, src, C(['min', 'mobile']))))
        else:
            m.text = ('Hi %s,\n\nCould you see this one? %d yo, hx %s, presenting with %s. %s. Got %s.\n'
                      'Thanks!\n\n%s\n' % (d.first, age_of(p, m.date), L(c['atcd'], lang), m.dx(L(c['dx'], lang)),
                                          m.lab(L(C(c['labs']), lang)), m.med(L(C(c['meds']), lang)), sign_for(m, src, 'min')))
        m.note = 'consult request, patient named only in Subject'
        return m
    if style == 'terse':
        nm = m.name(p, C(['title_sur', 'title_full', 'init_sur', 'lower']))
        m.subject = C(['consult svp', 'Consult %s' % spec, 'consult civ %d' % civ]) if lang == 'fr' else C(
            ['consult pls', 'Consult %s' % spec, 'consult bed %d' % civ])
        if lang == 'fr':
            m.text = 'Salut %s, consult pour %s civ %d: %s. %s. Rx: %s. Merci!\n%s\n' % (
                d.first, nm, civ, m.dx(L(c['dx'], lang)), m.lab(L(C(c['labs']), lang)),
                m.med(L(C(c['meds']), lang)), C(['IT', 'Olivier', 'P.', S[src].first]))
        else:
            m.text = 'Hey %s - consult for %s bed %d: %s. %s. Meds: %s. Thx\n%s\n' % (
                d.first, nm, civ, m.dx(L(c['dx'], lang)), m.lab(L(C(c['labs']), lang)),
                m.med(L(C(c['meds']), lang)), S[src].first)
        m.note = 'terse consult request'
        return m
    idl = []
    if lang == 'fr':
        idl.append('Patient : %s' % m.name(p, C(['SUR, Given', 'title_full', 'SUR Given'])))
        if P(0.7):
            idl.append('DDN : %s' % m.dob(p))
        if p.nam and P(0.6):
            idl.append('NAM : %s' % m.nam(p))
        elif P(0.6):
            idl.append('Dossier : %s' % m.mrn(p, bare=True))
        idl += ['Localisation : urgence, civière %d' % civ, 'Motif : %s' % m.dx(L(c['dx'], lang)),
                'ATCD : %s' % L(c['atcd'], lang), 'Rx / Tx reçus : %s' % m.med(L(C(c['meds']), lang)),
                'Bilan : %s' % m.lab(L(C(c['labs']), lang)),
                'Question : %s' % C(['prise en charge / admission?', 'avis sur la suite svp', 'admission en %s?' % spec,
                                     'besoin d\'une évaluation aujourd\'hui'])]
        if P(0.3):
            idl.append('Social : %s' % m.social(gx(L(C(SOCIAL), lang), p)))
        m.subject = C(['Demande de consultation — %s' % spec, 'Consultation %s urgence' % spec, 'DEMANDE DE CONSULT'])
        m.text = 'Bonjour %s,\n\n%s\n\n%s\n\nMerci,\n\n%s\n' % (d.short('fr'), C(['Svp voir en consultation :', 'Demande de consultation :', 'Voici une consult:']),
                                                             '\n'.join(idl), sign_for(m, src))
    else:
        idl.append('Patient: %s' % m.name(p, C(['SUR, Given', 'title_full', 'full'])))
        if P(0.7):
            idl.append('DOB: %s' % m.dob(p))
        if p.nam and P(0.5):
            idl.append('RAMQ: %s' % m.nam(p))
        elif P(0.6):
            idl.append('MRN: %s' % m.mrn(p, bare=True))
        idl += ['Location: ED stretcher %d' % civ, 'Reason: %s' % m.dx(L(c['dx'], lang)), 'PMHx: %s' % L(c['atcd'], lang),
                'Given: %s' % m.med(L(C(c['meds']), lang)), 'Labs: %s' % m.lab(L(C(c['labs']), lang)),
                'Question: %s' % C(['admit?', 'please assess re: management', 'your recs please'])]
        m.subject = C(['Consult request - %s' % spec, 'ED consult: %s' % spec, 'CONSULT'])
        m.text = 'Hi %s,\n\nConsult request below:\n\n%s\n\nThanks,\n\n%s\n' % (d.short('en'), '\n'.join(idl), sign_for(m, src))
    m.note = 'structured consult request'
    if P(0.4):
        title = 'Demande de consultation' if lang == 'fr' else 'Consultation request'
        fn = C(['demande_consultation', 'consult', 'DemandeConsult_AH-250']) + C(['', '_civ%d' % civ, '_' + m.date.strftime('%Y%m%d')])
        if P(0.5):
            m.atts.append(att_docx(fn + '.docx', title, idl + ['', ('Médecin demandeur : %s' if lang == 'fr' else 'Requesting physician: %s') % S[src].full()]))
        else:
            m.atts.append(att_pdf(fn + '.pdf', title, idl + ['', ('Médecin demandeur : %s' if lang == 'fr' else 'Requesting physician: %s') % S[src].full()]))
        m.text = m.text.split('\n\n')[0] + '\n\n' + (C(['Formulaire de consultation rempli en pièce jointe.', 'Voir la demande jointe.'])
                                                      if lang == 'fr' else 'Filled consult form attached.') + '\n\n' + sign_for(m, src, 'short') + '\n'
        m.note = 'consult request as filled form attachment'
    return m


CRIT = [
    (K('Potassium', 'Potassium'), lambda: K('%s mmol/L' % ('%.1f' % R.uniform(6.5, 7.6)).replace('.', ','), '%.1f mmol/L' % R.uniform(6.5, 7.6)), '3,5-5,0'),
    (K('Sodium', 'Sodium'), lambda: K('%d mmol/L' % R.randint(110, 119), '%d mmol/L' % R.randint(110, 119)), '135-145'),
    (K('Glucose', 'Glucose'), lambda: K('1,%d mmol/L' % R.randint(5, 9), '1.%d mmol/L' % R.randint(5, 9)), '3,6-7,7'),
    (K('Hémoglobine', 'Hemoglobin'), lambda: K('%d g/L' % R.randint(48, 62), '%d g/L' % R.randint(48, 62)), '120-160'),
    (K('Plaquettes', 'Platelets'), lambda: K('%d x 10^9/L' % R.randint(5, 18), '%d x 10^9/L' % R.randint(5, 18)), '150-400'),
    (K('INR', 'INR'), lambda: K('%d,%d' % (R.randint(6, 9), R.randint(0, 9)), '%d.%d' % (R.randint(6, 9), R.randint(0, 9))), '0,9-1,2'),
    (K('Troponine T hs', 'hs-Troponin T'), lambda: K('%d ng/L' % R.randint(900, 4800), '%d ng/L' % R.randint(900, 4800)), '< 14'),
    (K('Lactate', 'Lactate'), lambda: K('%d,%d mmol/L' % (R.randint(5, 9), R.randint(0, 9)), '%d.%d mmol/L' % (R.randint(5, 9), R.randint(0, 9))), '0,5-2,2'),
    (K('Hémoculture', 'Blood culture'), lambda: C([K('1/2 flacons positifs : cocci Gram + en amas', '1/2 bottles positive: Gram + cocci in clusters'),
                                                    K('2/2 flacons positifs : bacilles Gram -', '2/2 bottles positive: Gram - rods')]), ''),
    (K('Digoxine', 'Digoxin'), lambda: K('3,%d nmol/L' % R.randint(1, 9), '3.%d nmol/L' % R.randint(1, 9)), '1,0-2,6'),
    (K('Lithium', 'Lithium'), lambda: K('2,%d mmol/L' % R.randint(1, 8), '2.%d mmol/L' % R.randint(1, 8)), '0,6-1,2'),
    (K('Calcium', 'Calcium'), lambda: K('3,%d mmol/L' % R.randint(5, 9), '3.%d mmol/L' % R.randint(5, 9)), '2,15-2,55'),
]


def pos_labcallback(lang):
    m = Msg('labcallback', lang, True)
    src = C(['pepin', 'pepin', 'morissette'])
    md = pick_staff(['theriault', 'chouinard', 'oneil', 'lachance', 'fitzgerald', 'raman'], lang)
    m.frm, m.to = staff_addr(src), [staff_addr(md)]
    if P(0.4):
        m.cc = [C([list_addr('urg_inf'), staff_addr('boisvert'), staff_addr('leclerc')])]
    m.date = rand_dt('clin')
    style = C(['single', 'single', 'single', 'multi', 'subject_name'])
    now = m.date - dt.timedelta(minutes=R.randint(5, 50))
    if style == 'multi':
        pts = pick_pts(R.randint(2, 4))
        hdr = ['Patient', 'Dossier', 'Lieu', 'Analyse', 'Résultat', 'Avisé'] if lang == 'fr' else ['Patient', 'MRN', 'Location', 'Test', 'Result', 'Called to']
        rows = []
        for p in pts:
            (tn, fv, rr) = C(CRIT)
            v = fv()
            rows.append([m.name(p, C(['SUR, Given', 'SUR G.', 'Sur Given'])), m.mrn(p, bare=True),
                         C(['URG civ %d' % R.randint(1, 30), '4B-%02d' % fnum(), '4C-%02d' % fnum(), 'USI %d' % R.randint(1, 8)]),
                         L(tn, lang), m.lab(L(v, lang)), C(['Dr ' + S[md].last, 'inf. ' + S['boisvert'].first, 'ASI', '-'])])
        if lang == 'fr':
            m.subject = C(['Valeurs critiques nuit du %s' % short_date(m.date, 'fr'), 'Résultats critiques à suivre', 'Récap appels labo'])
            intro = 'Bonjour,\n\nRécapitulatif des valeurs critiques communiquées cette nuit (pour traçabilité) :'
        else:
            m.subject = C(['Critical values overnight %s' % short_date(m.date, 'en'), 'Critical results recap'])
            intro = 'Hello,\n\nSummary of critical values called overnight (for the record):'
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), sign_for(m, src, 'short'))
        m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(sign_for(m, src, 'short')))
        m.mode = C(['alt', 'html'])
        m.note = 'critical lab values recap table, %d patients' % len(pts)
        return m
    p = pick_pt('adult')
    (tn, fv, rr) = C(CRIT)
    v = fv()
    loc = C(['Urgence civière %d' % R.randint(1, 30), 'Unité 4B lit %02d' % fnum(), '4C-%02d' % fnum(), 'USI lit %d' % R.randint(1, 8)])
    if style == 'subject_name':
        nm = m.name(p, C(['SUR Given', 'title_sur', 'SUR, Given']))
        m.subject = ('Valeur critique %s — %s' % (L(tn, 'fr'), nm)) if lang == 'fr' else ('Critical %s - %s' % (L(tn, 'en'), nm))
        if lang == 'fr':
            m.text = ('Bonjour,\n\nRésultat critique : %s %s (VR %s), prélevé à %02dh%02d.\nAppel fait à %02dh%02d, '
                      'lecture de retour confirmée.\n\n%s\n' % (L(tn, lang), m.lab(L(v, lang)), rr or '-', now.hour, now.minute,
                                                                 m.date.hour, m.date.minute, sign_for(m, src, 'short')))
        else:
            m.text = ('Hello,\n\nCritical result: %s %s, collected %02d:%02d.\nPhoned at %02d:%02d, read-back confirmed.\n\n%s\n'
                      % (L(tn, lang), m.lab(L(v, lang)), now.hour, now.minute, m.date.hour, m.date.minute, sign_for(m, src, 'short')))
        m.note = 'critical value, patient named only in Subject'
        return m
    if lang == 'fr':
        blk = ['*** APPEL DE VALEUR CRITIQUE ***' if P(0.5) else 'Valeur critique',
               'Patient : %s' % m.ident(p)]
        if P(0.4):
            blk.append('DDN : %s' % m.dob(p))
        blk += ['Provenance : %s' % loc, 'Prélèvement : %s %02d:%02d' % (m.date.date().isoformat(), now.hour, now.minute),
                'Analyse : %s' % L(tn, lang), 'Résultat : %s%s' % (m.lab(L(v, lang)), (' (VR %s)' % rr) if rr else ''),
                'Communiqué à : %s à %02dh%02d' % (C(['Dr ' + S[md].last, 'l\'ASI', 'inf. au poste']), m.date.hour, m.date.minute)]
        m.subject = C(['Valeur critique — %s' % L(tn, lang), 'VALEUR CRITIQUE', 'Appel résultat critique %s' % loc.split()[0]])
        m.text = 'Bonjour,\n\n%s\n\nMerci de confirmer la prise en charge.\n\n%s\n' % ('\n'.join(blk), sign_for(m, src))
    else:
        blk = ['CRITICAL VALUE NOTIFICATION', 'Patient: %s' % m.ident(p)]
        if P(0.4):
            blk.append('DOB: %s' % m.dob(p))
        blk += ['Location: %s' % loc, 'Collected: %s %02d:%02d' % (m.date.date().isoformat(), now.hour, now.minute),
                'Test: %s' % L(tn, lang), 'Result: %s' % m.lab(L(v, lang)),
                'Called to: %s at %02d:%02d' % ('Dr ' + S[md].last, m.date.hour, m.date.minute)]
        m.subject = C(['Critical value - %s' % L(tn, lang), 'CRITICAL RESULT'])
        m.text = 'Hello,\n\n%s\n\nPlease confirm follow-up.\n\n%s\n' % ('\n'.join(blk), sign_for(m, src))
    if P(0.35):  # physician answers, quoting the lab
        orig = m.text
        top = C(['Reçu. ECG fait, K repris et traitement débuté.', 'Merci, vu le pt, on ajuste.', 'Reçu, on transfuse 1 culot.'] if lang == 'fr'
                else ['Got it, repeat sent and treatment started.', 'Thanks - seen, adjusting.'])
        m.text = make_reply(lang, top + '\n\n' + S[md].first, orig, m.frm, m.date, m.to[0][0], m.subject)
        m.frm, m.to = staff_addr(md), [staff_addr(src)]
        m.subject = 'RE: ' + m.subject
        m.reply = True
        m.date = m.date + dt.timedelta(minutes=R.randint(5, 40))
        m.note = 'physician reply quoting critical lab value'
    else:
        m.note = 'critical lab value call-back'
        if P(0.3):
            m.atts.append(att_pdf(C(['rapport_labo_', 'resultat_', 'CR_']) + m.date.strftime('%Y%m%d_%H%M') + '.pdf',
                                  'Rapport de laboratoire' if lang == 'fr' else 'Laboratory report', blk))
            m.text = m.text.split('\n\n')[0] + '\n\n' + ('Rapport joint — valeur critique déjà communiquée par téléphone.' if lang == 'fr'
                                                          else 'Report attached - critical value already phoned.') + '\n\n' + sign_for(m, src, 'short') + '\n'
            m.note = 'critical lab value, report as PDF attachment'
    return m


def vitals(lang):
    ta = '%d/%d' % (R.randint(85, 170), R.randint(45, 100))
    fc = R.randint(38, 135)
    sat = R.randint(86, 99)
    if lang == 'fr':
        return 'TA %s, FC %d, SatO2 %d %%%s, T %s' % (ta, fc, sat, C([' AA', ' 2 L', ' VM 40 %']),
                                                   ('%.1f' % R.uniform(36.2, 39.4)).replace('.', ','))
    return 'BP %s, HR %d, SpO2 %d%%%s, T %.1f' % (ta, fc, sat, C([' RA', ' 2L NP', ' 40% VM']), R.uniform(36.2, 39.4))


def pos_transfer(lang):
    m = Msg('transfer', lang, True)
    src = pick_staff(['theriault', 'chouinard', 'oneil', 'lachance', 'fitzgerald'], lang)
    m.frm = staff_addr(src)
    m.to = [list_addr('crt')]
    if P(0.5):
        m.cc = [staff_addr('gravel')] if P(0.5) else [staff_addr('lessieur')]
    m.date = rand_dt('clin')
    p = pick_pt('adult')
    c = C([x for x in CASES if x['unit'] in ('CHU', 'USI')] + [C(CASES)])
    lines = []
    if lang == 'fr':
        lines.append('Nom : %s' % m.name(p, C(['SUR, Given', 'SUR Given', 'full'])))
        lines.append('DDN : %s (%d ans, %s)' % (m.dob(p), age_of(p, m.date), sexc(p, 'fr')))
        if p.nam:
            lines.append('NAM : %s' % m.nam(p))
        lines.append('Dossier HRVB : %s' % m.mrn(p, bare=True))
        lines += ['Diagnostic : %s' % m.dx(L(c['dx'], lang)), 'ATCD : %s' % L(c['atcd'], lang),
                  'SV : %s' % vitals('fr'), 'Tx reçus : %s' % m.med(L(C(c['meds']), lang)),
                  'Bilan : %s' % m.lab(L(C(c['labs']), lang)),
                  'Imagerie : %s' % C(['transmise via PACS régional', 'CD suit avec le patient', 'sur le PACS']),
                  'Niveau de soins : %s' % C(['A', 'B', 'A — discuté avec la famille'])]
        if P(0.4):
            lines.append('Social : %s' % m.social(gx(L(C(SOCIAL), lang), p)))
        m.subject = C(['Demande de transfert — %s' % L(c['dx'], lang), 'Transfert urgent vers %s' % CHU, 'TRANSFERT INTERÉTABLISSEMENT'])
        intro = C(['Bonjour,\n\nDemande de transfert interétablissement, tel que discuté au téléphone avec l\'inf. coordonnatrice.',
                   'Bonjour, suite à notre appel, voici les infos pour le transfert.', 'Bonjour,\n\nTransfert demandé pour :'])
    else:
        lines.append('Name: %s' % m.name(p, C(['SUR, Given', 'full'])))
        lines.append('DOB: %s (%d%s)' % (m.dob(p), age_of(p, m.date), sexc(p, 'en')))
        if p.nam:
            lines.append('RAMQ: %s' % m.nam(p))
        lines.append('MRN: %s' % m.mrn(p, bare=True))
        lines += ['Dx: %s' % m.dx(L(c['dx'], lang)), 'PMHx: %s' % L(c['atcd'], lang), 'Vitals: %s' % vitals('en'),
                  'Given: %s' % m.med(L(C(c['meds']), lang)), 'Labs: %s' % m.lab(L(C(c['labs']), lang)),
                  'Imaging: pushed to regional PACS', 'Goals of care: full code']
        m.subject = C(['Transfer request - %s' % L(c['dx'], lang), 'Urgent transfer to %s' % CHU])
        intro = 'Hello,\n\nTransfer request as discussed by phone with the transfer nurse.'
    if P(0.35):
        fn = C(['Note_transfert_%s.pdf' % strip_accents(p.surname).upper(), 'transfert_%s.pdf' % m.date.strftime('%Y%m%d'),
                'Note de transfert.pdf', 'DSIE_%s_%s.pdf' % (strip_accents(p.surname), p.given[0])])
        if p.surname.upper() in strip_accents(fn).upper():
            m.t('patient_name', p.surname)
        m.atts.append(att_pdf(fn, 'Note de transfert interétablissement' if lang == 'fr' else 'Inter-facility transfer note',
                              lines + ['', 'Médecin référent : %s' % S[src].full()]))
        body = intro.split('\n\n')[0].rstrip(' :') + '\n\n' + ('Note de transfert en pièce jointe. Joignable au poste %d.' % S[src].ext if lang == 'fr'
                                 else 'Transfer note attached. Reachable at ext. %d.' % S[src].ext)
        m.note = 'transfer request with PDF transfer note'
    else:
        body = intro + '\n\n' + '\n'.join(lines)
        m.note = 'transfer request in body'
    m.text = '%s\n\n%s\n' % (body, sign_for(m, src))
    if P(0.3):
        orig, ofrom = m.text, m.frm
        top = C(['Bonjour,\nAccepté par Dr Gravel. Lit USIC-%d disponible, ambulance demandée.\nRachel' % R.randint(1, 9),
                 'Accepté. Départ prévu dès que transport dispo.'] if lang == 'fr' else
                ['Accepted by Dr Gravel, CCU bed %d ready. Ambulance requested.\nRachel' % R.randint(1, 9)])
        acc_date = m.date + dt.timedelta(minutes=R.randint(10, 50))
        reply = make_reply(lang, top, orig, ofrom, m.date, m.to[0][0], m.subject)
        fwd_top = C(['Transfert accepté, svp libérer la civière quand l\'ambulance arrive.', 'Accepté au CHU. FYI pour les lits.',
                     'Pour info — départ prévu vers %dh.' % ((acc_date.hour + 1) % 24)]) if lang == 'fr' else \
            C(['Transfer accepted, FYI for bed flow.', 'Accepted at the CHU - stretcher will free up soon.'])
        m.text = make_fwd_inline(lang, fwd_top, reply, staff_addr('lessieur'), acc_date, ofrom[1], 'RE: ' + m.subject)
        m.frm, m.to, m.cc = ofrom, [C([staff_addr('marcotte'), staff_addr('boisvert'), list_addr('lits')])], []
        m.subject = C(['TR: RE: ', 'Fwd: Re: ', 'TR : RE : ']) + m.subject
        m.fwd = True
        m.date = acc_date + dt.timedelta(minutes=R.randint(3, 30))
        m.note += ', CRT acceptance forwarded to bed management'
    return m


def pos_bedmgmt(lang):
    m = Msg('bedmgmt', lang, True)
    m.frm = staff_addr('marcotte')
    m.to = [C([list_addr('chefs'), list_addr('lits'), list_addr('dept_med')])]
    m.cc = [staff_addr('turcotte')] if P(0.4) else []
    m.date = rand_dt('day').replace(hour=C([7, 8, 13]), minute=R.randint(0, 40))
    kind = C(['waiting', 'waiting', 'discharges'])
    pts = pick_pts(R.randint(4, 8), C(['adult', 'old']))
    rows = []
    for p in pts:
        c = C(CASES)
        nm = m.name(p, C(['SUR G.', 'SUR, Given', 'Sur Given', 'SUR Given']))
        if kind == 'waiting':
            iso = C(['', '', '', 'SARM', 'ERV', 'C. diff', 'gouttelettes']) if lang == 'fr' else C(['', '', '', 'MRSA', 'VRE', 'C diff'])
            rem = m.social(gx(L(C(SOCIAL), lang), p)) if P(0.3) else ''
            rows.append(['%d' % R.randint(1, 34), nm, str(age_of(p, m.date)), m.dx(L(c['dx'], lang)), C(['4B', '4C', 'USI', 'UCDG', '3A']),
                         '%d h' % R.randint(2, 70), m.dx(iso) if iso else '', rem])
        else:
            dest = C(['domicile', 'domicile + SAD', 'RPA', 'CHSLD', 'URFI', 'CH Laurentie']) if lang == 'fr' else C(['home', 'home + home care', 'seniors residence', 'LTC', 'rehab'])
            rows.append(['4B-%02d' % fnum(), nm, m.dx(L(c['dx'], lang)), m.social(dest) if dest not in ('domicile', 'home') else dest,
                         C(['AM', 'PM', '11h', 'avant midi']) if lang == 'fr' else C(['AM', 'PM', 'noon'])])
    if kind == 'waiting':
        hdr = ['Civ.', 'Patient', 'Âge', 'Dx', 'Unité demandée', 'Attente', 'Isolement', 'Remarques'] if lang == 'fr' else \
            ['Str.', 'Patient', 'Age', 'Dx', 'Unit requested', 'Wait', 'Isolation', 'Notes']
        if lang == 'fr':
            m.subject = C(['Patients en attente de lit — %s %02dh%02d' % (short_date(m.date, 'fr'), m.date.hour, m.date.minute),
                           'État des civières en attente d\'admission', 'Attentes de lit urgence'])
            intro = 'Bonjour,\n\nVoici les patients admis en attente de lit à l\'urgence ce matin. Merci de prioriser les congés.'
        else:
            m.subject = 'Admitted patients waiting for beds - %s' % short_date(m.date, 'en')
            intro = 'Good morning,\n\nAdmitted patients still in the ED waiting for a bed. Please prioritize discharges.'
    else:
        hdr = ['Lit', 'Patient', 'Dx', 'Orientation', 'Heure'] if lang == 'fr' else ['Bed', 'Patient', 'Dx', 'Destination', 'Time']
        m.subject = C(['Congés prévus aujourd\'hui 4B', 'Congés probables %s' % short_date(m.date, 'fr')]) if lang == 'fr' else 'Expected discharges today 4B'
        intro = 'Bonjour,\n\nCongés prévus pour aujourd\'hui, svp confirmer avant 10h.' if lang == 'fr' else 'Hi,\n\nExpected discharges today, please confirm by 10.'
    sig = sign_for(m, 'marcotte')
    fmt = C(['html', 'html', 'text', 'xlsx'])
    if fmt == 'xlsx':
        m.atts.append(att_xlsx('etat_lits_%s.xlsx' % m.date.strftime('%Y%m%d'), [('Attente' if lang == 'fr' else 'Waiting', hdr, rows)]))
        m.text = '%s\n\n%s\n\n%s\n' % (intro, 'Fichier joint.' if lang == 'fr' else 'File attached.', sig)
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), sig)
        if fmt == 'html':
            m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(sig))
            m.mode = C(['html', 'alt'])
        else:
            m.mode = 'plain'
    m.note = 'bed management list (%s, %s), %d patients' % (kind, fmt, len(pts))
    return m


NEEDS = [K('réfection de pansement 3x/sem', 'dressing change 3x/week'), K('suivi INR (warfarine)', 'INR monitoring (warfarin)'),
         K('aide au bain 2x/sem', 'bathing help twice weekly'), K('surveillance glycémies, enseignement insuline', 'glucose monitoring, insulin teaching'),
         K('évaluation ergo du domicile', 'OT home assessment'), K('suivi poids die et œdème', 'daily weight and edema follow-up'),
         K('soins de stomie', 'ostomy care'), K('antibiothérapie IV à domicile (PICC)', 'home IV antibiotics (PICC)')]


def pos_homecare(lang):
    m = Msg('homecare', lang, True)
    src = pick_staff(['giroux', 'kowalski', 'giroux', 'lacasse'], lang)
    m.frm = staff_addr(src)
    m.to = [C([list_addr('sad'), staff_addr('saintpierre')])]
    m.date = rand_dt('day')
    p = pick_pt(C(['old', 'adult']))
    c = ward_case()
    need = L(C(NEEDS), lang)
    soc = m.social(gx(L(C(SOCIAL[:8] + SOCIAL[10:]), lang), p))
    lines = []
    if lang == 'fr':
        lines.append('Usager : %s' % m.name(p, C(['title_full', 'SUR, Given', 'full'])))
        lines.append('DDN : %s' % m.dob(p))
        if p.nam and P(0.7):
            lines.append('NAM : %s' % m.nam(p))
        lines.append('Adresse : %s' % m.contact(p.addr))
        lines.append('Tél. : %s' % m.contact(p.phone))
        lines += ['Dx principal : %s' % m.dx(L(c['dx'], lang)), 'Congé prévu : %s' % short_date(m.date + dt.timedelta(days=1), 'fr'),
                  'Besoins : %s' % need, 'Rx au congé : %s' % m.med(dc_med(c, lang)), 'Contexte : %s' % soc]
        m.subject = C(['Référence SAD — %s' % p.surname.upper(), 'Demande de services SAD', 'Référence soutien à domicile (congé demain)'])
        if m.subject.endswith(p.surname.upper()):
            m.t('patient_name', p.surname.upper())
        intro = C(['Bonjour,\n\nVoici une demande de services pour un congé prévu. Merci de prendre en charge.',
                   'Bonjour Josiane,\n\nNouvelle référence pour toi :', 'Bonjour, référence SAD ci-dessous.'])
    else:
        lines.append('Client: %s' % m.name(p, C(['title_full', 'SUR, Given', 'full'])))
        lines.append('DOB: %s' % m.dob(p))
        lines.append('Address: %s' % m.contact(p.addr))
        lines.append('Phone: %s' % m.contact(p.phone))
        lines += ['Main dx: %s' % m.dx(L(c['dx'], lang)), 'Expected discharge: %s' % short_date(m.date + dt.timedelta(days=1), 'en'),
                  'Needs: %s' % need, 'Discharge meds: %s' % m.med(dc_med(c, lang)), 'Social: %s' % soc]
        m.subject = C(['Home care referral', 'Home care referral - discharge tomorrow', 'SAD referral (English-speaking client)'])
        intro = 'Hello,\n\nHome care referral for an upcoming discharge:'
    fmt = C(['body', 'vcf', 'vcf', 'pdf'])
    if fmt == 'pdf':
        m.atts.append(att_pdf(C(['DSIE_SAD.pdf', 'reference_SAD_%s.pdf' % m.date.strftime('%Y%m%d')]),
                              'Demande de services interétablissements' if lang == 'fr' else 'Inter-facility service request', lines))
        m.text = '%s\n\n%s\n\n%s\n' % (intro.split('\n\n')[0], 'DSIE en pièce jointe.' if lang == 'fr' else 'Request attached.', sign_for(m, src))
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, '\n'.join(lines), sign_for(m, src))
        if fmt == 'vcf':
            m.atts.append(att_vcf('%s_%s.vcf' % (strip_accents(p.surname), strip_accents(p.given)), fn='%s %s' % (p.given, p.surname),
                                  last=p.surname, first=p.given, tel=p.phone, adr=p.addr,
                                  note=('Usager SAD - ' if lang == 'fr' else 'Home care client - ') + L(c['dx'], lang)))
    m.note = 'home care referral (%s)' % fmt
    return m


CLINICS = [K('hémodialyse', 'hemodialysis'), K('clinique d\'insuffisance cardiaque', 'heart failure clinic'),
           K('oncologie (chimiothérapie)', 'oncology (chemotherapy)'), K('IRM cérébrale', 'brain MRI'),
           K('clinique de plaies', 'wound clinic'), K('endoscopie (coloscopie)', 'endoscopy (colonoscopy)'),
           K('clinique externe de médecine interne', 'internal medicine outpatient clinic'), K('ÉTT (écho cardiaque)', 'echocardiogram')]
CLINIC_DX = {0: K('IRC terminale', 'ESRD'), 1: K('IC FEVG réduite', 'HFrEF'), 2: K('néo du côlon métastatique', 'metastatic colon cancer'),
             4: K('ulcère veineux MIG', 'venous ulcer left leg')}


def pos_booking(lang):
    m = Msg('booking', lang, True)
    src = C(['grondin', 'tremblay_a', 'giroux', 'kowalski'])
    m.frm = staff_addr(src)
    m.to = [list_addr('transport')] if P(0.6) else [C([staff_addr('ouimet'), list_addr('gmf')])]
    m.date = rand_dt('day')
    p = pick_pt(C(['old', 'adult', 'any']))
    ci = R.randrange(len(CLINICS))
    clin = L(CLINICS[ci], lang)
    appt = (m.date + dt.timedelta(days=R.randint(2, 20))).replace(hour=C([8, 9, 10, 13, 14]), minute=C([0, 15, 30, 45]))
    nm = m.name(p, C(['title_full', 'full', 'SUR, Given', 'Sur Given']))
    addr = m.contact(p.addr)
    tel = m.contact(p.phone) if P(0.75) else ''
    dxs = m.dx(L(CLINIC_DX[ci], lang)) if ci in CLINIC_DX and P(0.6) else ''
    if lang == 'fr':
        m.subject = C(['Réservation transport — %s' % short_date(appt, 'fr'), 'Transport adapté aller-retour', 'RDV %s' % clin])
        body = ('Bonjour,\n\nSvp réserver un transport %s pour :\n\n%s\n%s\n%s\n\nRDV : %s à %02dh%02d, %s, %s\n%s\n'
                % (C(['adapté', 'aller-retour', 'en fauteuil roulant']), nm, addr, ('Tél. : ' + tel) if tel else '',
                   fr_date(appt), appt.hour, appt.minute, clin, HOSP_FR, ('Dx : %s' % dxs) if dxs else ''))
        body += C(['\nL\'usager se déplace avec une marchette.', '\nAccompagnateur : non.', '\nMerci!', ''])
    else:
        m.subject = C(['Transport booking - %s' % short_date(appt, 'en'), 'Adapted transport request'])
        body = ('Hello,\n\nPlease book transport for:\n\n%s\n%s\n%s\n\nAppointment: %s at %02d:%02d, %s, %s\n%s\n'
                % (nm, addr, ('Phone: ' + tel) if tel else '', en_date(appt), appt.hour, appt.minute, clin, HOSP_EN,
                   ('Dx: %s' % dxs) if dxs else ''))
    body = re.sub(r'\n{3,}', '\n\n', body)
    if P(0.6):
        summ = ('RDV %s — %s' if lang == 'fr' else 'Appt %s - %s') % (clin, '%s %s' % (p.given, p.surname))
        m.t('patient_name', '%s %s' % (p.given, p.surname))
        m.atts.append(att_ics('rdv.ics' if P(0.5) else 'invitation.ics', summ, appt, 60, HOSP_FR + ', ' + clin,
                              ('Usager : %s %s, tél. %s' % (p.given, p.surname, p.phone)) if lang == 'fr'
                              else 'Patient: %s %s, phone %s' % (p.given, p.surname, p.phone),
                              m.frm, [m.to[0]], 'rdv-%d@%s' % (R.randint(10 ** 6, 10 ** 7), DOM)))
        m.t('patient_contact', p.phone)
        m.note = 'transport/appointment booking with ICS'
    else:
        m.note = 'transport/appointment booking'
    m.text = '%s\n%s\n' % (body, sign_for(m, src))
    return m


def pos_pharmacy(lang):
    m = Msg('pharmacy', lang, True)
    m.frm = staff_addr('caouette')
    md = pick_staff(['lachance', 'fitzgerald', 'raman', 'chouinard', 'theriault', 'oneil'], lang)
    m.to = [staff_addr(md)]
    m.date = rand_dt('day')
    p = pick_pt('adult')
    who = m.ident(p)
    kind = C(['vanco', 'inter', 'bcm', 'renal'])
    if kind == 'vanco':
        trough = ('%.1f' % R.uniform(21, 33))
        cr = R.randint(130, 220)
        if lang == 'fr':
            m.subject = 'Dosage vancomycine — %s' % C(['4B-%02d' % fnum(), 'ajustement', 'creux élevé'])
            body = ('Bonjour,\n\nPour %s : creux de vanco ce matin %s mg/L, créat %d (hier %d). Je suggère de passer à %s. '
                    'Prochain creux avant la 4e dose. J\'ai mis une note au dossier.' % (
                        who, m.lab(trough.replace('.', ',')), cr, cr - R.randint(20, 50),
                        m.med('vancomycine 1 g IV q24h'), ))
        else:
            m.subject = 'Vancomycin level - adjustment'
            body = ('Hi,\n\nFor %s: vanco trough this AM %s mg/L, creat %d. Suggest changing to %s. Next trough before 4th dose.'
                    % (who, m.lab(trough), cr, m.med('vancomycin 1 g IV q24h')))
    elif kind == 'inter':
        inr = ('%.1f' % R.uniform(4.2, 7.9))
        if lang == 'fr':
            m.subject = 'Interaction warfarine'
            body = ('Bonjour Dr %s,\n\n%s reçoit %s depuis 3 jours en plus de sa %s. INR ce matin %s. '
                    'Suggère de suspendre la warfarine ce soir et changer pour %s. À rediscuter.' % (
                        S[md].last, who, m.med('ciprofloxacine 500 mg BID'), m.med('warfarine 5 mg'), m.lab(inr.replace('.', ',')),
                        m.med('nitrofurantoïne')))
        else:
            m.subject = 'Warfarin interaction'
            body = ('Hi Dr %s,\n\n%s has been on %s for 3 days along with %s. INR today %s. '
                    'Suggest holding warfarin tonight and switching to %s.' % (S[md].last, who, m.med('ciprofloxacin 500 mg BID'),
                                                                           m.med('warfarin 5 mg'), m.lab(inr), m.med('nitrofurantoin')))
    elif kind == 'bcm':
        meds = [m.med(x) for x in R.sample(['metformine 1000 mg BID', 'ramipril 10 mg die', 'atorvastatine 40 mg HS',
                                            'apixaban 2,5 mg BID', 'quétiapine 25 mg HS', 'oxycodone 5 mg q4h PRN',
                                            'pantoprazole 40 mg die', 'lévothyroxine 88 mcg die'], 4)]
        if lang == 'en':
            meds = [x.replace(',', '.').replace('die', 'daily').replace('atorvastatine', 'atorvastatin').replace('metformine', 'metformin')
                    .replace('quétiapine', 'quetiapine').replace('lévothyroxine', 'levothyroxine') for x in meds]
        if lang == 'fr':
            m.subject = C(['BCM fait', 'Bilan comparatif des médicaments', 'BCM — divergences'])
            body = ('Bonjour,\n\nBCM fait pour %s (source : pharmacie communautaire + patient%s).\nRx domicile :\n%s\n\n'
                    'Divergence : %s non represcrit à l\'admission — intentionnel?' % (
                        who, 'e' if p.sex == 'F' else '', '\n'.join('  - ' + x for x in meds), meds[0]))
        else:
            m.subject = 'Med rec done'
            body = ('Hi,\n\nMed rec done for %s (community pharmacy + patient).\nHome meds:\n%s\n\nDiscrepancy: %s not reordered on admission - intentional?'
                    % (who, '\n'.join('  - ' + x for x in meds), meds[0]))
    else:
        dfg = R.randint(14, 29)
        if lang == 'fr':
            m.subject = 'Ajustement fonction rénale'
            body = ('Salut,\n\n%s : DFGe %s. L\'%s est à diminuer à %s et la %s à cesser. %s' % (
                who, m.lab('%d mL/min' % dfg), m.med('énoxaparine 1 mg/kg BID'), 'q24h', m.med('metformine'),
                'Je passe en discuter à la tournée.'))
        else:
            m.subject = 'Renal dose adjustment'
            body = ('Hi,\n\n%s: eGFR %s. %s should go to q24h and %s should be stopped.' % (
                who, m.lab('%d mL/min' % dfg), m.med('Enoxaparin 1 mg/kg BID'), m.med('metformin')))
    m.text = '%s\n\n%s\n' % (body, sign_for(m, 'caouette'))
    m.note = 'pharmacist note (%s)' % kind
    return m


def pos_social(lang):
    m = Msg('social', lang, True)
    m.frm = staff_addr('lacasse')
    m.date = rand_dt('day')
    kind = C(['adult', 'adult', 'child'])
    if kind == 'child':
        p = pick_pt('child')
        a = age_of(p, m.date)
        m.to = [C([staff_addr('turcotte'), staff_addr('boisvert'), list_addr('urg_md')])]
        inj = C([K('fracture spiroïde de l\'humérus', 'spiral humerus fracture'), K('ecchymoses multiples d\'âges différents', 'multiple bruises of different ages'),
                 K('brûlure au 2e degré main droite', 'second-degree burn right hand'), K('intoxication accidentelle (cannabis)', 'accidental cannabis ingestion')])
        if lang == 'fr':
            m.subject = C(['Signalement DPJ — suivi', 'Suivi signalement', 'Enfant vu à l\'urgence cette nuit'])
            body = ('Bonjour,\n\nPour votre information, un signalement à la DPJ a été fait ce matin concernant %s (%d ans), '
                    'vu%s à l\'urgence cette nuit pour %s. %s\nL\'intervenante DPJ doit rappeler avant 15h. '
                    'Svp ne pas donner congé sans m\'aviser.' % (
                        m.name(p, C(['full', 'Sur Given', 'SUR Given'])), a, 'e' if p.sex == 'F' else '', m.dx(L(inj, lang)),
                        m.social(C(['La mère est arrivée en état d\'ébriété.', 'Version des faits incohérente selon l\'équipe.',
                                    'Troisième visite en 2 mois.']))))
        else:
            m.subject = 'Youth protection report - follow-up'
            body = ('Hello,\n\nFYI a youth protection (DPJ) report was filed this morning regarding %s (%d y/o), seen overnight for %s. '
                    '%s\nPlease do not discharge without letting me know.' % (
                        m.name(p, C(['full', 'Sur Given'])), a, m.dx(L(inj, lang)),
                        m.social(C(['Inconsistent history per the team.', 'Third visit in two months.']))))
        m.note = 'social worker note, child protection report'
    else:
        p = pick_pt(C(['old', 'adult']))
        m.to = [C([list_addr('med4b'), staff_addr('leclerc'), staff_addr('hebert'), staff_addr('saintpierre')])]
        socs = [m.social(gx(L(s, lang), p)) for s in R.sample(SOCIAL, 2)]
        bed = '4B-%02d' % fnum()
        if lang == 'fr':
            m.subject = C(['Situation sociale — lit %s' % bed, 'Suivi TS %s' % bed, 'Rencontre famille demain', 'NSA — orientation'])
            body = ('Bonjour,\n\nUn petit update pour %s (%s) : %s. De plus, %s.\n%s\nRencontre famille prévue %s à %dh.' % (
                m.name(p, C(['title_sur', 'title_full', 'SUR, Given'])), bed, socs[0], socs[1],
                C(['Demande d\'hébergement envoyée au mécanisme d\'accès.', 'Évaluation de l\'aptitude demandée au psychiatre.',
                   'Ouverture de régime de protection en cours.', 'Le CLSC est au courant.']),
                C(['demain', 'jeudi', 'lundi']), C([10, 11, 14])))
        else:
            m.subject = C(['Social situation - bed %s' % bed, 'SW update %s' % bed])
            body = ('Hi,\n\nQuick update on %s (%s): %s. Also %s.\nFamily meeting planned %s at %d.' % (
                m.name(p, C(['title_sur', 'title_full', 'SUR, Given'])), bed, socs[0], socs[1], C(['tomorrow', 'Thursday', 'Monday']),
                C([10, 11, 2])))
        if P(0.4):
            body += ('\nDx d\'admission pour rappel : %s.' if lang == 'fr' else '\nAdmitting dx: %s.') % m.dx(L(C(CASES)['dx'], lang))
        m.note = 'social worker update'
    m.text = '%s\n\n%s\n' % (body, sign_for(m, 'lacasse'))
    return m


def pos_discharge(lang):
    m = Msg('discharge', lang, True)
    src = pick_staff(['lachance', 'fitzgerald', 'raman', 'hebert'], lang)
    m.frm = staff_addr(src)
    m.to = [C([staff_addr('paradis'), list_addr('gmf')])]
    m.cc = [list_addr('archives')] if P(0.3) else []
    m.date = rand_dt('day')
    p = pick_pt('adult')
    c = ward_case()
    adm = m.date - dt.timedelta(days=R.randint(3, 15))
    if lang == 'fr':
        lines = ['Nom : %s' % m.name(p, C(['SUR, Given', 'title_full'])), 'DDN : %s' % m.dob(p)]
        if p.nam:
            lines.append('NAM : %s' % m.nam(p))
        lines += ['Dossier : %s' % m.mrn(p, bare=True), 'Admission : %s — Congé : %s' % (adm.date().isoformat(), m.date.date().isoformat()),
                  '', 'Diagnostic principal : %s' % m.dx(L(c['dx'], lang)), 'Antécédents : %s' % L(c['atcd'], lang),
                  'Évolution : %s' % C(['favorable, afébrile depuis 72 h', 'lente mais favorable', 'compliquée d\'un delirium résolu']),
                  'Résultats pertinents : %s' % m.lab(L(C(c['labs']), lang)), 'Médication au congé : %s' % m.med(dc_med(c, lang)),
                  'Suivi : %s' % C(['revoir en GMF dans 1-2 semaines', 'clinique externe MI dans 4 sem', 'bilan sanguin dans 1 sem'])]
        title = 'Résumé de dossier — congé'
        m.subject = C(['Résumé de congé', 'Congé de votre patient%s' % ('e' if p.sex == 'F' else ''), 'Résumé d\'hospitalisation',
                       'Sommaire de congé — suivi GMF'])
        intro = C(['Bonjour Dre Paradis,\n\nVotre patient%s a eu son congé aujourd\'hui.' % ('e' if p.sex == 'F' else ''),
                   'Bonjour,\n\nSvp transmettre au médecin de famille.', 'Bonjour,\n\nRésumé de congé pour suivi.'])
    else:
        lines = ['Name: %s' % m.name(p, C(['SUR, Given', 'title_full'])), 'DOB: %s' % m.dob(p)]
        if p.nam:
            lines.append('RAMQ: %s' % m.nam(p))
        lines += ['MRN: %s' % m.mrn(p, bare=True), 'Admitted: %s - Discharged: %s' % (adm.date().isoformat(), m.date.date().isoformat()),
                  '', 'Main diagnosis: %s' % m.dx(L(c['dx'], lang)), 'PMHx: %s' % L(c['atcd'], lang),
                  'Course: %s' % C(['uneventful', 'slow but favourable', 'complicated by delirium, resolved']),
                  'Key results: %s' % m.lab(L(C(c['labs']), lang)), 'Discharge meds: %s' % m.med(dc_med(c, lang)),
                  'Follow-up: %s' % C(['family MD in 1-2 weeks', 'IM clinic in 4 weeks', 'bloodwork in 1 week'])]
        title = 'Discharge summary'
        m.subject = C(['Discharge summary', 'Your patient was discharged', 'Discharge summary - follow-up'])
        intro = 'Dear Dr Paradis,\n\nYour patient was discharged today.'
    fmt = C(['docx', 'pdf', 'body', 'zip'])
    sig = sign_for(m, src)
    if fmt == 'body':
        m.text = '%s\n\n%s\n\n%s\n' % (intro, '\n'.join(lines), sig)
    else:
        base = C(['resume_conge', 'Resume_de_conge', 'sommaire', 'discharge_summary'])
        fn = base + C(['', '_' + m.date.strftime('%Y%m%d'), '_' + strip_accents(p.surname).upper()])
        if strip_accents(p.surname).upper() in fn:
            m.t('patient_name', p.surname)
        if fmt == 'docx':
            m.atts.append(att_docx(fn + '.docx', title, lines))
        elif fmt == 'pdf':
            m.atts.append(att_pdf(fn + '.pdf', title, lines))
        else:
            inner = [(fn + '.pdf', make_pdf(title, lines))]
            if P(0.6):
                inner.append(('ordonnance.docx' if lang == 'fr' else 'prescription.docx',
                              make_docx('Ordonnance' if lang == 'fr' else 'Prescription', [lines[0], dc_med(c, lang)])))
            m.atts.append(att_zip(fn + '.zip', inner))
        m.text = '%s\n\n%s\n\n%s\n' % (intro, C(['Résumé en pièce jointe.', 'Voir PJ.', 'Document joint.']) if lang == 'fr'
                                         else C(['Summary attached.', 'See attached.']), sig)
    m.note = 'discharge summary to family physician (%s)' % fmt
    return m


FINDINGS = [K('nodule pulmonaire 9 mm LSD fortuit au TDM', 'incidental 9 mm RUL lung nodule on CT'),
            K('masse surrénalienne 3 cm fortuite', 'incidental 3 cm adrenal mass'),
            K('culture d\'urine : E. coli résistant à la ciprofloxacine', 'urine culture: ciprofloxacin-resistant E. coli'),
            K('fracture du scaphoïde vue à la relecture des radiographies', 'scaphoid fracture seen on radiology over-read'),
            K('TSH 0,02 et T4 libre élevée', 'TSH 0.02 with high free T4'),
            K('anévrisme aorte abdominale 5,6 cm', 'AAA 5.6 cm')]
FOLLOW_ACT = [K('Besoin TDM contrôle dans 3 mois + réf. pneumo.', 'Needs repeat CT in 3 months + resp referral.'),
              K('Réf. en endocrino envoyée, bilan hormonal à faire.', 'Endo referral sent, hormonal workup needed.'),
              None,
              K('Doit revenir à la clinique d\'orthopédie cette semaine (attelle).', 'Needs ortho clinic this week (splint).'),
              K('Référence envoyée en endocrino.', 'Endocrinology referral sent.'),
              K('Réf. chir vasculaire urgente faite.', 'Urgent vascular surgery referral made.')]


def pos_followup(lang):
    m = Msg('followup', lang, True)
    src = pick_staff(['theriault', 'oneil', 'chouinard', 'turcotte'], lang)
    m.frm = staff_addr(src)
    m.to = [C([staff_addr('desrosiers'), staff_addr('boisvert'), staff_addr('grondin'), list_addr('urg_inf')])]
    m.date = rand_dt('day')
    p = pick_pt('adult')
    fi = R.randrange(len(FINDINGS))
    f = L(FINDINGS[fi], lang)
    finding = m.lab(f) if fi in (2, 4) else m.dx(f)
    nm = m.name(p, C(['title_full', 'full', 'SUR, Given', 'lower', 'Sur Given']))
    tel = m.contact(p.phone)
    when = short_date(m.date - dt.timedelta(days=R.randint(1, 6)), lang)
    if lang == 'fr':
        m.subject = C(['Rappel patient svp', 'À rappeler — résultat', 'rappel pt congé urgence', 'Suivi résultat %s' % when])
        body = ('Bonjour,\n\nSvp rappeler %s (vu%s à l\'urgence le %s) au %s : %s.\n%s\nMerci de documenter l\'appel au dossier.' % (
            nm, 'e' if p.sex == 'F' else '', when, tel, finding,
            L(FOLLOW_ACT[fi], lang) if FOLLOW_ACT[fi] else 'Changer pour %s x 5 jours.' % m.med('nitrofurantoïne 100 mg BID')))
    else:
        m.subject = C(['Patient callback please', 'Result follow-up', 'Call back - ED discharge'])
        body = ('Hi,\n\nPlease call %s back (seen in the ED on %s) at %s: %s.\n%s\nPlease document the call.' % (
            nm, when, tel, finding, L(FOLLOW_ACT[fi], lang) if FOLLOW_ACT[fi] else 'Switch to %s x5 days.' % m.med('nitrofurantoin 100 mg BID')))
    if P(0.3) and p.nam:
        body += ('\nNAM pour retrouver le dossier : %s' if lang == 'fr' else '\nRAMQ to find the chart: %s') % m.nam(p)
    m.text = '%s\n\n%s\n' % (body, sign_for(m, src, C(['short', 'min', 'full'])))
    m.note = 'result follow-up / patient call-back request'
    return m


def pos_foreign(lang, sub=None):
    m = Msg('foreign', lang, True)
    m.date = rand_dt('day')
    sub = sub or C(['on', 'be', 'fr', 'sin'])
    c = C([x for x in CASES if x['unit'] != 'CHU'])
    src = C(['tremblay_a', 'grondin', 'ouimet'])
    m.frm = staff_addr(src)
    if sub == 'on':
        p = C(POOL['on'])
        m.to = [list_addr('facturation')]
        idv = m.t('ca_health_number', fmt_ohip(p.ids['ohip']))
        if lang == 'fr':
            m.subject = C(['Patient hors province — Ontario', 'Facturation non-résident (ON)'])
            body = ('Bonjour,\n\nPatient%s hors Québec admis%s au 4C :\n%s\nCarte santé de l\'Ontario : %s\nDDN : %s\nDx : %s\n'
                    'Formulaire d\'entente interprovinciale à compléter. Adresse permanente : %s' % (
                        'e' if p.sex == 'F' else '', 'e' if p.sex == 'F' else '', m.name(p, 'SUR, Given'), idv, m.dob(p),
                        m.dx(L(c['dx'], lang)), m.contact(p.addr)))
        else:
            m.subject = C(['Out-of-province patient - Ontario', 'Ontario health card - billing'])
            body = ('Hello,\n\nOut-of-province patient admitted to 4C:\n%s\nOntario health number: %s\nDOB: %s\nDx: %s\n'
                    'Reciprocal billing form to complete. Home address: %s' % (m.name(p, 'SUR, Given'), idv, m.dob(p),
                                                                             m.dx(L(c['dx'], lang)), m.contact(p.addr)))
        m.note = 'out-of-province billing, Ontario health number'
    elif sub == 'be':
        p = C(POOL['be'])
        m.to = [list_addr('assurance')]
        idv = m.t('be_niss', fmt_niss(p.ids['niss']))
        inj = C([K('fracture bimalléolaire cheville D, ORIF prévue', 'right bimalleolar ankle fracture, ORIF planned'),
                 K('pneumonie communautaire', 'community-acquired pneumonia'), K('colique néphrétique, calcul 6 mm', 'renal colic, 6 mm stone')])
        if lang == 'fr':
            m.subject = C(['Dossier assistance — patient belge', 'Demande de garantie de paiement'])
            body = ('Bonjour,\n\nNous avons admis votre assuré%s %s (NISS %s), touriste en séjour dans la région. '
                    'Diagnostic : %s. Séjour estimé : %d jours. Merci de nous transmettre la garantie de paiement.\n'
                    'Numéro de police fourni par le patient : BNX-%d' % (
                        'e' if p.sex == 'F' else '', m.name(p, C(['title_full', 'full'])), idv, m.dx(L(inj, lang)), R.randint(2, 6),
                        R.randint(100000, 999999)))
        else:
            m.subject = 'Assistance file - Belgian patient'
            body = ('Hello,\n\nWe admitted your insured %s (NISS %s), a tourist visiting the area. Diagnosis: %s. '
                    'Expected stay %d days. Please send a guarantee of payment.' % (
                        m.name(p, C(['title_full', 'full'])), idv, m.dx(L(inj, lang)), R.randint(2, 6)))
        m.note = 'travel insurer correspondence, Belgian NISS'
    elif sub == 'fr':
        p = C(POOL['fr'])
        m.to = [list_addr('ramq')]
        idv = m.t('fr_nir', fmt_nir(p.ids['nir']))
        if lang == 'fr':
            m.subject = C(['Entente France-Québec — admissibilité', 'Patient assuré français (formulaire SE 401-Q)'])
            body = ('Bonjour,\n\n%s, née%s le %s, en PVT au Québec, présente le formulaire d\'entente. N° de sécurité sociale '
                    'français : %s. Hospitalisé%s du %s pour %s.\nPouvez-vous confirmer l\'admissibilité?' % (
                        m.name(p, C(['title_full', 'SUR, Given'])), '' if p.sex == 'F' else '', m.dob(p), idv,
                        'e' if p.sex == 'F' else '', short_date(m.date - dt.timedelta(days=3), 'fr'), m.dx(L(c['dx'], lang))))
            body = body.replace('née le', 'né le') if p.sex == 'M' else body
        else:
            m.subject = 'France-Quebec agreement - eligibility'
            body = ('Hello,\n\n%s, born %s, on a working holiday visa, presented the agreement form. French social security number: %s. '
                    'Admitted for %s. Can you confirm eligibility?' % (m.name(p, C(['title_full', 'SUR, Given'])), m.dob(p), idv,
                                                                         m.dx(L(c['dx'], lang))))
        m.note = 'France-Quebec social security agreement, French NIR'
    else:
        p = pick_pt('adult')
        m.to = [list_addr('cnesst')]
        if 'sin' not in p.ids:
            p.ids['sin'] = gen_sin()
        idv = m.t('ca_sin', fmt_sin(p.ids['sin']))
        inj = C([K('lacération profonde main G avec atteinte tendineuse', 'deep left hand laceration with tendon injury'),
                 K('entorse lombaire', 'lumbar sprain'), K('fracture du 5e métatarse', '5th metatarsal fracture'),
                 K('brûlure chimique avant-bras', 'chemical burn forearm')])
        if lang == 'fr':
            m.subject = C(['Attestation médicale — lésion professionnelle', 'Rapport médical travailleur'])
            body = ('Bonjour,\n\nCi-dessous les informations pour la réclamation de %s, NAS %s. Accident du travail survenu le %s : %s. '
                    'Arrêt de travail prévu %d semaines. Employeur : Scierie du Nord inc.' % (
                        m.name(p, C(['title_full', 'SUR, Given', 'full'])), idv, short_date(m.date - dt.timedelta(days=1), 'fr'),
                        m.dx(L(inj, lang)), R.randint(1, 6)))
        else:
            m.subject = 'Workplace injury - medical report'
            body = ('Hello,\n\nClaim information for %s, SIN %s. Workplace accident on %s: %s. Off work %d weeks expected.' % (
                m.name(p, C(['title_full', 'SUR, Given'])), idv, short_date(m.date - dt.timedelta(days=1), 'en'),
                m.dx(L(inj, lang)), R.randint(1, 6)))
        m.note = 'workers compensation claim with SIN'
    m.text = '%s\n\n%s\n' % (body, sign_for(m, src))
    return m


def pos_incident(lang):
    m = Msg('incident', lang, True)
    src = C(['boisvert', 'leclerc', 'desrosiers', 'harrington'])
    m.frm = staff_addr(src)
    m.to = [list_addr('risques')]
    m.cc = [staff_addr('leclerc')] if src != 'leclerc' and P(0.5) else []
    m.date = rand_dt('clin')
    p = pick_pt(C(['old', 'adult']))
    ev = C(['fall', 'med', 'fall', 'iv'])
    bed = '4B-%02d' % fnum()
    if lang == 'fr':
        m.subject = C(['Déclaration AH-223 — %s' % bed, 'Incident/accident nuit dernière', 'Déclaration d\'événement'])
        if ev == 'fall':
            desc = ('Chute de %s (%s) vers %02dh%02d en se levant seul%s pour aller à la toilette. %s. Patient%s sous %s.' % (
                m.name(p, C(['title_sur', 'SUR, Given', 'full'])), bed, R.randint(0, 5), R.randint(0, 59), 'e' if p.sex == 'F' else '',
                m.dx(C(['Fracture du poignet D à la radio', 'Hématome frontal, TDM négatif', 'Pas de blessure apparente'])),
                'e' if p.sex == 'F' else '', m.med(C(['apixaban', 'rivaroxaban', 'zopiclone 7,5 mg HS']))))
        elif ev == 'med':
            desc = ('Erreur d\'administration : %s (%s) a reçu %s prévu pour le voisin de chambre. SV stables, %s.' % (
                m.name(p, C(['title_sur', 'SUR, Given'])), bed, m.med(C(['métoprolol 50 mg', 'hydromorphone 2 mg SC', 'insuline rapide 8 U'])),
                m.lab(C(['glycémie 3,1 traitée', 'TA 92/55 à 1 h', 'somnolence légère, naloxone non requise']))))
        else:
            desc = ('Infiltration de soluté chez %s (%s) : %s. Avisé MD de garde.' % (
                m.name(p, C(['title_sur', 'SUR Given'])), bed, m.med(C(['vancomycine', 'KCl 40 mEq', 'amiodarone']))))
        body = 'Bonjour,\n\nDéclaration AH-223 faite dans le système. Résumé :\n\n%s\n\nFamille avisée. Mesures : %s.' % (
            desc, C(['alarme de lit installée', 'double vérification instaurée', 'revue au caucus de ce matin']))
    else:
        m.subject = C(['Incident report - %s' % bed, 'Incident overnight'])
        desc = ('Fall: %s (%s) around %02d:%02d getting up alone. %s. On %s.' % (
            m.name(p, C(['title_sur', 'SUR, Given'])), bed, R.randint(0, 5), R.randint(0, 59),
            m.dx(C(['Right wrist fracture on X-ray', 'Frontal hematoma, CT negative'])), m.med(C(['apixaban', 'zopiclone 7.5 mg HS']))))
        body = 'Hello,\n\nIncident report filed. Summary:\n\n%s\n\nFamily notified. Bed alarm installed.' % desc
    m.text = '%s\n\n%s\n' % (body, sign_for(m, src))
    m.note = 'incident/accident report (%s)' % ev
    if P(0.4):
        m.atts.append(att_docx('AH-223_%s.docx' % m.date.strftime('%Y%m%d'), 'Rapport de déclaration d\'incident ou d\'accident (AH-223)' if lang == 'fr' else 'Incident/accident report (AH-223)',
                               [desc, ('Lieu : %s' if lang == 'fr' else 'Location: %s') % bed,
                                ('Déclarant : %s' if lang == 'fr' else 'Reported by: %s') % S[src].full()]))
        m.text = m.text.replace('Résumé :\n\n%s\n\n' % desc, 'Formulaire joint.\n\n').replace('Summary:\n\n%s\n\n' % desc, 'Form attached.\n\n')
        m.note += ', DOCX form attached'
    return m


def pos_family(lang):
    m = Msg('family', lang, True)
    src = pick_staff(['lachance', 'hebert', 'lacasse', 'fitzgerald', 'leclerc'], lang)
    m.frm = staff_addr(src)
    p = pick_pt('old')
    rel_given = C(['Josiane', 'Martin', 'Karen', 'Stéphane', 'Linda', 'Daniel', 'Chantale'])
    m.to = [('%s %s' % (rel_given, p.surname), '%s.%s@%s' % (norm_marker(rel_given), norm_marker(p.surname), C(FAMILY_MAIL)))]
    m.date = rand_dt('day')
    c = ward_case()
    rel = K('votre mère', 'your mother') if p.sex == 'F' else K('votre père', 'your father')
    if lang == 'fr':
        m.subject = C(['Suivi — %s' % m.name(p, 'title_sur'), 'Suite à notre conversation', 'Rencontre de famille'])
        body = ('Bonjour,\n\nComme discuté au téléphone, %s %s est stable. Nous traitons %s avec %s; %s.\n'
                '%s\nJe vous propose une rencontre de famille %s à %dh au 4B.' % (
                    L(rel, lang), m.name(p, C(['title_sur', 'full'])), m.dx(L(c['dx'], lang)), m.med(L(C(c['meds']), lang)),
                    C(['les résultats s\'améliorent', 'l\'évolution est lente', 'on réévalue dans 48 h']),
                    m.social(C(['Nous devons discuter de l\'orientation au congé (retour à domicile difficile).',
                                'Le niveau de soins devra être rediscuté avec vous et votre frère.',
                                'L\'équipe recommande une évaluation pour un hébergement.'])),
                    C(['jeudi', 'vendredi', 'lundi']), C([10, 13, 14])))
    else:
        m.subject = C(['Follow-up - %s' % m.name(p, 'title_sur'), 'Following our call'])
        body = ('Hello,\n\nAs discussed, %s %s is stable. We are treating %s with %s.\n%s\nCould we meet %s at %d on 4B?' % (
            L(rel, lang), m.name(p, C(['title_sur', 'full'])), m.dx(L(c['dx'], lang)), m.med(L(C(c['meds']), lang)),
            m.social(C(['We need to discuss discharge planning since going home alone looks difficult.',
                        'Goals of care should be revisited with you and your brother.'])), C(['Thursday', 'Friday']), C([10, 1, 2])))
    m.text = '%s\n\n%s\n' % (body, sign_for(m, src, C(['full', 'full_conf'])))
    m.note = 'clinician e-mail to family member'
    return m


def pos_isolation(lang):
    m = Msg('isolation', lang, True)
    m.frm = staff_addr('chabot')
    m.to = [C([list_addr('chefs'), list_addr('lits'), list_addr('urg_inf')])]
    m.date = rand_dt('day')
    pts = pick_pts(R.randint(4, 9))
    orgs = ['SARM', 'ERV', 'EPC', 'C. difficile', 'SARM', 'ERV'] if lang == 'fr' else ['MRSA', 'VRE', 'CPE', 'C. difficile']
    hdr = ['Nom', 'Prénom', 'Dossier', 'Unité', 'Microorganisme', 'Depuis'] if lang == 'fr' else ['Last name', 'First name', 'MRN', 'Unit', 'Organism', 'Since']
    rows = []
    for p in pts:
        rows.append([m.t('patient_name', p.surname.upper()), p.given, m.mrn(p, bare=True), C(['4B', '4C', 'URG', 'USI', '3A']),
                     m.dx(C(orgs)), short_date(m.date - dt.timedelta(days=R.randint(1, 200)), lang)])
    if lang == 'fr':
        m.subject = C(['Liste des porteurs BMR hospitalisés', 'Porteurs SARM/ERV — mise à jour', 'Liste PCI hebdo'])
        intro = 'Bonjour,\n\nVoici la liste à jour des usagers porteurs de BMR hospitalisés. Maintenir les précautions additionnelles.'
    else:
        m.subject = 'Hospitalized MDRO carriers - update'
        intro = 'Hello,\n\nUpdated list of hospitalized MDRO carriers. Keep additional precautions in place.'
    fmt = C(['csv', 'xlsx', 'html', 'pdf'])
    sig = sign_for(m, 'chabot')
    if fmt == 'html':
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), sig)
        m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(sig))
        m.mode = 'html'
    else:
        fn = C(['porteurs_BMR', 'liste_PCI', 'BMR_hebdo']) + '_' + m.date.strftime('%Y%m%d')
        if fmt == 'csv':
            m.atts.append(att_csv(fn + '.csv', hdr, rows))
        elif fmt == 'xlsx':
            m.atts.append(att_xlsx(fn + '.xlsx', [('BMR', hdr, rows)]))
        else:
            m.atts.append(att_pdf(fn + '.pdf', 'Porteurs BMR' if lang == 'fr' else 'MDRO carriers', [' ; '.join(map(str, r)) for r in rows]))
        m.text = '%s\n\n%s\n\n%s\n' % (intro, 'Liste en pièce jointe (usage interne).' if lang == 'fr' else 'List attached (internal use).', sig)
    m.note = 'MDRO carrier list (%s), %d patients' % (fmt, len(pts))
    return m


def pos_fwdchain(lang):
    inner_fn = C([pos_consult, pos_labcallback, pos_transfer, pos_followup, pos_homecare, pos_pharmacy])
    inner = inner_fn(lang)
    m = Msg('fwdchain', lang, True)
    internal = [staff_addr(k) for k in STAFF if k not in EXT_DOMAINS]
    m.frm = inner.to[0] if inner.to[0] in internal else inner.frm
    if m.frm not in internal:
        m.frm = staff_addr(C(['leclerc', 'boisvert', 'grondin', 'turcotte']))
    m.to = [C([a for a in (staff_addr(k) for k in ('leclerc', 'boisvert', 'turcotte', 'bellavance', 'ouimet', 'giroux')) if a != m.frm])]
    m.date = inner.date + dt.timedelta(hours=R.randint(1, 48))
    m.subject = C(['TR: ', 'Fwd: ', 'FW: ']) + inner.subject
    m.fwd = True
    if lang == 'fr':
        m.text = '%s\n\n%s\n' % (C(['Bonjour,\n\nJe te transfère le courriel ci-joint, peux-tu faire le suivi?',
                                     'Voir courriel joint. Merci de regarder ça.', 'Pour ton dossier, message original en PJ.',
                                     'FYI - voir PJ']), m.frm[0].split()[0])
    else:
        m.text = 'Hi,\n\nForwarding the attached message - can you follow up?\n\nThanks\n%s\n' % m.frm[0].split()[0]
    attach_eml(m, inner)
    m.note = 'forward with original message attached as .eml (%s)' % inner.cat
    return m


# ---------------------------------------------------------------------------
# NEGATIVE templates (administrative mail; no patient can be identified)
# ---------------------------------------------------------------------------
ED_MDS = ['Thériault', 'Chouinard', "O'Neil", 'Turcotte', 'Lamontagne', 'Desjardins', 'Pratt', 'Villeneuve', 'Harvey',
          'Bergevin', 'Nadon', 'Sirois']
IM_MDS = ['Lachance', 'Fitzgerald', 'Bellavance', 'Hébert', 'Grenier', 'Asselin', 'Kaur']
NURSES = ['Boisvert, Chantal', 'Desrosiers, Patrick', 'Lévis, Caroline', 'Jodoin, Marie-Pier', 'Fréchette, Kim',
          'Bastien, Olivier', 'Landry, Émilie', 'Côté-Hamel, Vanessa', 'Yelle, Jonathan', 'Dupras, Annie', 'Ménard, Roxanne',
          'Aubin, Frédéric', 'Hudon, Laurence', 'Rancourt, Isabelle']
UNITS = ['Urgence', '4B Médecine', '4C Médecine', 'USI', 'UCDG', '3A Chirurgie', 'Bloc', 'Hémodialyse']


def nurse_first_last(n):
    last, first = n.split(', ')
    return first, last


def neg_base(cat, lang, src, to, kind='day'):
    m = Msg(cat, lang, False)
    m.frm = staff_addr(src) if isinstance(src, str) else src
    m.src = src if isinstance(src, str) else None
    m.to = [to if isinstance(to, tuple) else list_addr(to)]
    m.date = rand_dt(kind)
    return m


def month_name(d, lang):
    return (MOIS[d.month - 1] if lang == 'fr' else MONTHS[d.month - 1]) + ' %d' % d.year


def neg_roster(lang):
    src = C(['turcotte', 'grondin', 'bellavance'])
    m = neg_base('roster', lang, src, C(['urg_md', 'dept_med']))
    first = (m.date.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    kind = C(['table', 'table', 'swap', 'xlsx'])
    docs = ED_MDS if src != 'bellavance' else IM_MDS
    if kind == 'swap':
        a, b = R.sample(docs, 2)
        d1 = first + dt.timedelta(days=R.randint(0, 25))
        if lang == 'fr':
            m.subject = C(['Échange de garde', 'Changement à l\'horaire — %s' % short_date(d1, 'fr'), 'échange nuit'])
            m.text = ('Bonjour,\n\nPour info, Dr(e) %s et Dr(e) %s échangent leur %s du %s. L\'horaire officiel sera corrigé '
                      'dans Petals d\'ici vendredi.\n\n%s\n' % (a, b, C(['nuit', 'soir', 'jour', 'fin de semaine']), fr_date(d1),
                                                              signature(S[src], lang)))
        else:
            m.subject = 'Shift swap - %s' % short_date(d1, 'en')
            m.text = ('Hi,\n\nFYI Dr %s and Dr %s are swapping their %s shift on %s. The master schedule will be updated by Friday.\n\n%s\n'
                      % (a, b, C(['night', 'evening', 'day']), en_date(d1), signature(S[src], lang)))
        m.note = 'physician shift swap notice'
        return m
    shifts = ['Jour 8-16', 'Soir 16-24', 'Nuit 0-8', 'Fast-track'] if lang == 'fr' else ['Day 8-16', 'Evening 16-24', 'Night 0-8', 'Fast-track']
    rows = []
    for i in range(R.randint(7, 14)):
        d = first + dt.timedelta(days=i)
        rows.append([d.strftime('%Y-%m-%d'), (JOURS if lang == 'fr' else DAYS)[d.weekday()][:3]] +
                    [C(docs).upper() if P(0.3) else C(docs) for _ in shifts])
    hdr = ['Date', 'J' if lang == 'fr' else 'D'] + shifts
    if lang == 'fr':
        m.subject = C(['Horaire de garde urgence — %s' % month_name(first, 'fr'), 'Horaire %s version finale' % MOIS[first.month - 1],
                       'HORAIRE MÉDICAL %s' % MOIS[first.month - 1].upper()])
        intro = C(['Bonjour à tous,\n\nVoici l\'horaire de garde pour %s. Svp me faire part des erreurs d\'ici le 20.' % month_name(first, 'fr'),
                   'Bonjour,\n\nHoraire final (v3). Les échanges doivent passer par moi.'])
    else:
        m.subject = 'ED call schedule - %s' % month_name(first, 'en')
        intro = 'Hi all,\n\nHere is the call schedule for %s. Let me know of any errors by the 20th.' % month_name(first, 'en')
    sig = signature(S[src], lang)
    if kind == 'xlsx':
        m.atts.append(att_xlsx('horaire_urgence_%s.xlsx' % first.strftime('%Y-%m'), [(first.strftime('%Y-%m'), hdr, rows)]))
        m.text = '%s\n\n%s\n' % (intro, sig)
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), sig)
        m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(sig))
        m.mode = C(['html', 'alt'])
    m.note = 'physician call schedule (%s)' % kind
    return m


def neg_staffing(lang):
    src = C(['boisvert', 'leclerc', 'fafard'])
    m = neg_base('staffing', lang, src, C(['urg_inf', 'chefs', 'med4b']))
    d = m.date + dt.timedelta(days=R.randint(1, 5))
    kind = C(['needs', 'tso', 'dispo'])
    if kind == 'needs':
        rows = [[short_date(d + dt.timedelta(days=i), lang), C(UNITS[:5]), C(['Jour', 'Soir', 'Nuit']) if lang == 'fr' else C(['Day', 'Evening', 'Night']),
                 C(['Inf.', 'Inf. aux.', 'PAB', 'Inf. clinicienne']) if lang == 'fr' else C(['RN', 'LPN', 'PAB']), R.randint(1, 3)] for i in range(R.randint(4, 8))]
        hdr = ['Date', 'Unité', 'Quart', 'Titre d\'emploi', 'Nb'] if lang == 'fr' else ['Date', 'Unit', 'Shift', 'Job title', 'Qty']
        if lang == 'fr':
            m.subject = C(['Besoins de remplacement fin de semaine', 'Quarts à combler', 'URGENT - besoins de personnel'])
            intro = 'Bonjour,\n\nVoici les quarts encore à combler. Les personnes intéressées peuvent répondre directement à ce courriel ou appeler la liste de rappel au poste 4099.'
        else:
            m.subject = 'Open shifts this weekend'
            intro = 'Hi,\n\nThese shifts are still open. Reply to this e-mail or call staffing at ext. 4099.'
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), signature(S[src], lang))
        m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(signature(S[src], lang)))
        m.mode = C(['alt', 'html'])
    elif kind == 'tso':
        n1, n2 = R.sample(NURSES, 2)
        if lang == 'fr':
            m.subject = C(['TSO ce soir — rotation', 'Temps supplémentaire obligatoire — ordre de rotation'])
            m.text = ('Bonjour,\n\nRappel de l\'ordre de rotation pour le TSO cette semaine : %s, puis %s. '
                      'Le ratio ce soir est de 1:%d sur la zone civières. Merci de votre collaboration, je sais que c\'est difficile.\n\n%s\n'
                      % (n1, n2, R.randint(5, 8), signature(S[src], lang)))
        else:
            m.subject = 'Mandatory overtime rotation'
            m.text = ('Hi,\n\nReminder of the mandatory overtime order this week: %s, then %s. Thank you.\n\n%s\n' % (n1, n2, signature(S[src], lang)))
    else:
        rows = [[nm, C(['D', 'S', 'N', 'D/S', '-']), C(['D', 'S', 'N', '-', 'Congé']), C(['D', '-', 'S', 'N'])] for nm in R.sample(NURSES, 6)]
        hdr = ['Employé(e)', 'Sam.', 'Dim.', 'Lun.'] if lang == 'fr' else ['Employee', 'Sat', 'Sun', 'Mon']
        m.subject = 'Disponibilités équipe volante' if lang == 'fr' else 'Float team availability'
        m.atts.append(att_xlsx('disponibilites_%s.xlsx' % d.strftime('%Y%m%d'), [('Dispo', hdr, rows)]))
        m.text = ('%s\n\n%s\n' % ('Bonjour,\n\nDisponibilités de l\'équipe volante en pièce jointe.' if lang == 'fr'
                                  else 'Hi,\n\nFloat team availability attached.', signature(S[src], lang)))
    m.note = 'nursing staffing (%s)' % kind
    return m


def serial_like():
    k = R.randint(0, 4)
    if k == 0:
        return gen_sin()                        # 9 digits passing the SIN Luhn check
    if k == 1:
        return gen_ohip()                       # 10 digits passing Luhn
    if k == 2:
        return 'SN%08d' % R.randint(0, 10 ** 8 - 1)
    if k == 3:
        return '%s%08d' % (''.join(C('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4)), R.randint(0, 10 ** 8 - 1))
    return '%d-%05d-%d' % (R.randint(10, 99), R.randint(0, 99999), R.randint(0, 9))


def neg_equip_recall(lang):
    m = neg_base('equipment', lang, C(['vezina', 'mcintyre']), C(['gbm', 'chefs', 'urg_inf']))
    dev = C([K('pompe volumétrique Infusia V8', 'Infusia V8 volumetric pump'), K('moniteur physiologique VitaScope 12', 'VitaScope 12 patient monitor'),
             K('défibrillateur CardioShock DX', 'CardioShock DX defibrillator'), K('glucomètre GlucoPoint Pro', 'GlucoPoint Pro glucometer'),
             K('tubulures d\'alimentation NutriFlow', 'NutriFlow feeding sets')])
    rows = []
    for _ in range(R.randint(4, 10)):
        rows.append([C(UNITS), 'GBM-%06d' % R.randint(1000, 99999), serial_like(), 'Lot %s%02d%s' % (R.randint(22, 24), R.randint(1, 12), C('ABCDEFG')),
                     C(['À retirer', 'Mise à jour logicielle', 'Inspecter', 'OK']) if lang == 'fr' else C(['Remove', 'Software update', 'Inspect', 'OK'])])
    hdr = ['Unité', 'No actif', 'No série', 'Lot', 'Action'] if lang == 'fr' else ['Unit', 'Asset #', 'Serial #', 'Lot', 'Action']
    if lang == 'fr':
        m.subject = C(['Avis de rappel — %s' % L(dev, 'fr'), 'RAPPEL FABRICANT %s' % L(dev, 'fr').split()[0].upper(), 'Avis de sécurité matériel médical'])
        intro = ('Bonjour,\n\nLe fabricant a émis un avis de rappel (classe %s) visant certains %s. Les appareils de notre parc '
                 'concernés sont listés ci-dessous. Svp retirer les appareils identifiés « À retirer » et les déposer au génie biomédical '
                 '(local B-014). Aucun incident patient n\'a été rapporté chez nous.' % (C(['II', 'III']), L(dev, 'fr')))
    else:
        m.subject = 'Recall notice - %s' % L(dev, 'en')
        intro = ('Hello,\n\nThe manufacturer issued a class %s recall affecting some %s units. Affected devices in our fleet are listed below. '
                 'Please remove units marked "Remove" and bring them to biomedical engineering (room B-014).' % (C(['II', 'III']), L(dev, 'en')))
    sig = signature(S['vezina' if 'vezina' in m.frm[1] else 'mcintyre'], lang)
    if P(0.5):
        m.atts.append(att_csv('appareils_vises_rappel.csv' if lang == 'fr' else 'affected_devices.csv', hdr, rows))
        m.text = '%s\n\n%s\n\n%s\n' % (intro, 'Liste complète en pièce jointe.' if lang == 'fr' else 'Full list attached.', sig)
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), sig)
    m.note = 'medical device recall with asset/serial/lot numbers'
    return m


def neg_equip_maint(lang):
    m = neg_base('equipment', lang, 'vezina', C(['chefs', 'urg_inf', 'med4b', 'gbm']))
    k = C(['pm', 'broken', 'gluco', 'crash'])
    wo = '%s %s %s' % (C(['GBMR', 'BTRV', 'ENTP']), '%04d' % R.randint(2401, 2412), '%04d' % R.randint(0, 9999))
    if lang == 'fr':
        if k == 'pm':
            m.subject = 'Entretien préventif — moniteurs %s' % C(UNITS[:4])
            body = ('Bonjour,\n\nL\'entretien préventif annuel des moniteurs aura lieu le %s entre 9h et 15h. Nous procéderons '
                    'par 2 appareils à la fois pour ne pas nuire aux soins. Bon de travail : %s.' % (fr_date(m.date + dt.timedelta(days=7)), wo))
        elif k == 'broken':
            m.subject = C(['Moniteur civière %d défectueux' % R.randint(1, 30), 'Bris — pompe %s' % serial_like()])
            body = ('Bonjour,\n\nL\'appareil no actif GBM-%06d (no série %s) a été retiré du service ce matin : écran qui fige. '
                    'Un appareil de prêt a été installé. Bon de travail %s ouvert.' % (R.randint(1000, 99999), serial_like(), wo))
        elif k == 'gluco':
            m.subject = 'Contrôle de qualité glucomètres — résultats %s' % MOIS[m.date.month - 1]
            body = ('Bonjour,\n\nTaux de conformité des CQ glucomètres ce mois-ci : urgence %d %%, 4B %d %%, 4C %d %%. '
                    'Rappel : un glucomètre dont le CQ est échu se verrouille automatiquement. Lot de solution de contrôle en cours : %s.'
                    % (R.randint(78, 99), R.randint(78, 99), R.randint(78, 99), 'GC%d%04d' % (R.randint(23, 24), R.randint(0, 9999))))
        else:
            m.subject = 'Vérification des chariots de code'
            body = ('Bonjour,\n\nLors de l\'audit des chariots de code, %d chariots sur %d avaient une vérification quotidienne manquante. '
                    'Le défibrillateur du chariot 3 (no série %s) a passé son test de décharge. Rappel : le registre doit être signé à chaque quart.'
                    % (R.randint(1, 4), R.randint(8, 12), serial_like()))
    else:
        if k in ('pm', 'gluco'):
            m.subject = 'Preventive maintenance - monitors'
            body = ('Hello,\n\nAnnual preventive maintenance on the monitors will take place on %s, 9-15h, two units at a time. Work order: %s.'
                    % (en_date(m.date + dt.timedelta(days=7)), wo))
        else:
            m.subject = 'Broken monitor removed from service'
            body = ('Hello,\n\nAsset GBM-%06d (serial %s) was removed from service this morning (frozen screen). Loaner installed. Work order %s.'
                    % (R.randint(1000, 99999), serial_like(), wo))
    m.text = '%s\n\n%s\n' % (body, signature(S['vezina'], lang))
    m.note = 'biomedical engineering notice (%s)' % k
    return m


def neg_meeting(lang):
    src = C(['turcotte', 'bellavance', 'leclerc', 'grondin', 'marcotte'])
    m = neg_base('meeting', lang, src, C(['urg_md', 'dept_med', 'chefs', 'med4b']))
    when = (m.date + dt.timedelta(days=R.randint(3, 20))).replace(hour=C([7, 12, 12, 16]), minute=C([0, 0, 30]))
    items_fr = ['Adoption du procès-verbal', 'Indicateurs : DMS sur civière, patients > 24 h', 'Retour sur l\'agrément',
                'Nouveau protocole sepsis', 'Horaire des fêtes', 'Varia', 'Projet d\'ordonnances collectives (infirmières)',
                'Plan de surcapacité hivernal', 'Budget équipement 2024-2025', 'Révision du corridor de transfert AVC']
    items_en = ['Approval of minutes', 'Indicators: ED length of stay, patients > 24 h', 'Accreditation follow-up', 'New sepsis protocol',
                'Holiday schedule', 'Other business', 'Winter surge plan', 'Equipment budget']
    items = R.sample(items_fr if lang == 'fr' else items_en, 5)
    if lang == 'fr':
        title = C(['Réunion de service — urgence', 'Réunion du département de médecine', 'Comité de gestion des lits', 'Rencontre d\'équipe 4B'])
        m.subject = '%s — %s' % (title, short_date(when, 'fr'))
        body = ('Bonjour,\n\nVous êtes convoqués à la %s le %s à %dh%02d, salle %s (ou via Teams).\n\nOrdre du jour :\n%s\n\n'
                'Le dîner sera fourni.' % (title.lower(), fr_date(when), when.hour, when.minute, C(['A-210', 'B-105', 'C-3.14']),
                                           '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items))))
    else:
        title = C(['ED staff meeting', 'Department of Medicine meeting', 'Bed management committee'])
        m.subject = '%s - %s' % (title, short_date(when, 'en'))
        body = ('Hello,\n\nYou are invited to the %s on %s at %d:%02d, room %s (or Teams).\n\nAgenda:\n%s\n\nLunch provided.' % (
            title, en_date(when), when.hour, when.minute, C(['A-210', 'B-105']), '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(items))))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    if P(0.5):
        m.atts.append(att_ics('invitation.ics' if P(0.5) else 'reunion.ics', title, when, 60, C(['Salle A-210', 'Teams']), body,
                              m.frm, [m.to[0]], 'mtg-%d@%s' % (R.randint(10 ** 6, 10 ** 7), DOM)))
    m.note = 'meeting notice with agenda'
    return m


TOPICS = [K('Prise en charge de l\'hyperkaliémie en 2024', 'Hyperkalemia management in 2024'),
          K('Sepsis : ce qui a changé avec les nouvelles lignes directrices', 'Sepsis: what changed in the new guidelines'),
          K('Delirium chez la personne âgée hospitalisée', 'Delirium in hospitalized older adults'),
          K('Anticoagulation et saignement : antidotes', 'Anticoagulation reversal'),
          K('Échographie ciblée (POCUS) pour l\'interniste', 'POCUS for the internist'),
          K('MPOC : optimiser les inhalateurs au congé', 'COPD: inhaler optimisation at discharge'),
          K('Soins de fin de vie à l\'urgence', 'End-of-life care in the ED'),
          K('Insuffisance cardiaque : les 4 piliers', 'Heart failure: the four pillars')]


def neg_education(lang):
    src = C(['harrington', 'bellavance', 'turcotte', 'lachance'])
    m = neg_base('education', lang, src, C(['dept_med', 'urg_md', 'residents', 'urg_inf', 'tous']))
    when = (m.date + dt.timedelta(days=R.randint(5, 30))).replace(hour=C([7, 12, 12]), minute=C([30, 0, 15]))
    t = C(TOPICS)
    speaker = C([S['rioux'], S['poulin'], S['dion'], S['hebert'], S['bedard'], S['fitzgerald']])
    kind = C(['rounds', 'rounds', 'course', 'journal'])
    if kind == 'course':
        if lang == 'fr':
            m.subject = C(['Formation ACLS — inscriptions', 'Recertification RCR/ACLS', 'Simulation in situ à l\'urgence'])
            body = ('Bonjour,\n\nLa prochaine session de %s aura lieu le %s. Places limitées (%d). Inscription via le portail de formation '
                    '(code cours FC-%04d). Les heures sont reconnues pour la norme de formation continue de l\'OIIQ.' % (
                        C(['recertification ACLS', 'formation PALS', 'simulation de code']), fr_date(when), R.randint(8, 16), R.randint(1000, 9999)))
        else:
            m.subject = C(['ACLS course - registration open', 'In-situ simulation in the ED'])
            body = ('Hello,\n\nThe next %s session is on %s. Limited seats (%d). Register on the learning portal (course code FC-%04d).' % (
                C(['ACLS recertification', 'PALS']), en_date(when), R.randint(8, 16), R.randint(1000, 9999)))
    elif kind == 'journal':
        if lang == 'fr':
            m.subject = 'Club de lecture — %s' % MOIS[when.month - 1]
            body = ('Salut à tous,\n\nProchain club de lecture le %s à midi. Article : essai randomisé sur %s (NEJM). '
                    'Présentation par la Dre Raman (R2). Pizza offerte!' % (fr_date(when), L(t, 'fr').lower()))
        else:
            m.subject = 'Journal club - %s' % MONTHS[when.month - 1]
            body = 'Hi all,\n\nNext journal club on %s at noon. Paper: RCT on %s. Presented by Dr Raman. Pizza!' % (en_date(when), L(t, 'en').lower())
    else:
        if lang == 'fr':
            m.subject = C(['Grande tournée — %s' % L(t, 'fr'), 'Conférence midi du département', 'Grand Rounds %s' % short_date(when, 'fr')])
            body = ('Bonjour,\n\nGrande tournée de médecine le %s à %dh%02d, amphithéâtre B.\n\nConférencier : %s, %s\nSujet : %s\n\n'
                    'Objectifs : reconnaître, traiter et prévenir. Activité de DPC de catégorie 1 (1 h).' % (
                        fr_date(when), when.hour, when.minute, speaker.full(), speaker.role_fr.lower(), L(t, 'fr')))
        else:
            m.subject = 'Grand Rounds - %s' % L(t, 'en')
            body = ('Hello,\n\nMedicine Grand Rounds on %s at %d:%02d, auditorium B.\n\nSpeaker: %s, %s\nTopic: %s\n\nAccredited CPD (1 h).' % (
                en_date(when), when.hour, when.minute, speaker.full(), speaker.role_en.lower(), L(t, 'en')))
        if P(0.5):
            m.atts.append(att_pdf('affiche_grande_tournee.pdf' if lang == 'fr' else 'grand_rounds_poster.pdf', L(t, lang),
                                  body.split('\n')[2:] + ['', HOSP_FR]))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    m.note = 'education notice (%s)' % kind
    return m


def neg_union(lang):
    m = neg_base('union', lang, 'beland', C(['urg_inf', 'tous', 'med4b']))
    m.to = [list_addr(C(['urg_inf', 'med4b', 'chefs']))] if P(0.3) else [list_addr('syndicat')]
    if m.to[0] == list_addr('syndicat'):
        m.frm = list_addr('syndicat')
    k = C(['ag', 'tso', 'grief', 'ratio', 'elections'])
    d = m.date + dt.timedelta(days=R.randint(4, 20))
    if lang == 'fr':
        titles = {'ag': 'Assemblée générale extraordinaire', 'tso': 'TSO : connaissez vos droits', 'grief': 'Grief collectif — primes de soir',
                  'ratio': 'Ratios sécuritaires : sondage', 'elections': 'Élections au conseil d\'administration syndical'}
        m.subject = 'SPS-HRVB | %s' % titles[k]
        body = {'ag': 'Chères et chers membres,\n\nVous êtes convoqués à une assemblée générale extraordinaire le %s à 19h, salle des Chevaliers de Colomb. '
                      'À l\'ordre du jour : mandat de négociation locale et dépôt des demandes.' % fr_date(d),
                'tso': 'Rappel : le temps supplémentaire obligatoire doit demeurer exceptionnel. Si vous êtes tenu(e) de rester, '
                       'remplissez le formulaire de contestation et faites-le parvenir à votre délégué(e) dans les 30 jours.',
                'grief': 'Un grief collectif a été déposé le %s concernant le non-paiement de la prime de soir aux salariées de l\'urgence. '
                         'Nous vous tiendrons informées de l\'évolution.' % short_date(m.date, 'fr'),
                'ratio': 'Nous sondons les membres sur les ratios infirmière/patients. Le sondage est anonyme et prend 5 minutes : '
                         'https://sondage.sps-hrvb.example/ratios-%d' % m.date.year,
                'elections': 'Mises en candidature ouvertes jusqu\'au %s pour les postes de vice-présidence et trésorerie.' % fr_date(d)}[k]
        sig = 'Solidairement,\n\nMartin Béland\nDélégué syndical — SPS-HRVB\nLocal syndical : 819-555-0177'
    else:
        titles = {'ag': 'Special general assembly', 'tso': 'Mandatory overtime: know your rights', 'grief': 'Group grievance - evening premium',
                  'ratio': 'Safe staffing ratios survey', 'elections': 'Union executive elections'}
        m.subject = 'SPS-HRVB | %s' % titles[k]
        body = 'Dear members,\n\n%s: details on %s. Please contact your delegate with any questions.' % (titles[k], en_date(d))
        sig = 'In solidarity,\n\nMartin Béland\nUnion delegate - SPS-HRVB\n819-555-0177'
    if P(0.35):
        m.atts.append(att_pdf('Info-SPS_%s.pdf' % d.strftime('%Y-%m'), 'Info-SPS : ' + titles[k], body.split('\n')))
    m.text = '%s\n\n%s\n' % (body, sig)
    m.note = 'union notice (%s)' % k
    return m


def neg_it(lang):
    m = neg_base('it', lang, 'lemay', C(['tous', 'urg_md', 'dept_med', 'chefs']))
    if P(0.5):
        m.frm = list_addr('ti')
    k = C(['outage', 'password', 'phish', 'printer', 'mfa'])
    d = m.date + dt.timedelta(days=R.randint(1, 10))
    if lang == 'fr':
        body = {'outage': ('Arrêt planifié du dossier clinique informatisé', 'Une interruption du DCI est prévue le %s de 1h à 4h. '
                           'Utilisez les formulaires papier (procédure de relève, classeur rouge au poste). Les résultats de laboratoire '
                           'seront imprimés au poste des unités.' % fr_date(d)),
                'password': ('Votre mot de passe expire bientôt', 'Votre mot de passe réseau expirera dans 5 jours. Changez-le via Ctrl+Alt+Suppr. '
                             'Le Centre de services TI ne vous demandera jamais votre mot de passe par courriel.'),
                'phish': ('ALERTE — tentative d\'hameçonnage', 'Un courriel frauduleux intitulé « Mise à jour de votre paie » circule. '
                          'Ne cliquez pas sur le lien. Si vous avez entré vos identifiants, appelez le poste 4250 immédiatement. Billet INC%07d.' % R.randint(0, 9999999)),
                'printer': ('Nouvelle imprimante — poste de l\'urgence', 'L\'imprimante URG-IMP-%02d a été remplacée. Adresse : 10.%d.%d.%d. '
                            'Les étiquettes de prélèvement sortent désormais sur l\'imprimante Zebra du poste central.' % (R.randint(1, 9), R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))),
                'mfa': ('Authentification multifacteur obligatoire', 'À compter du %s, l\'accès à distance au courriel exigera l\'authentification '
                        'multifacteur. Un guide est disponible dans l\'intranet.' % fr_date(d))}[k]
    else:
        body = {'outage': ('Planned EHR downtime', 'The EHR will be down on %s from 01:00 to 04:00. Use downtime paper forms (red binder).' % en_date(d)),
                'password': ('Your password expires soon', 'Your network password expires in 5 days. IT will never ask for your password by e-mail.'),
                'phish': ('ALERT - phishing attempt', 'A fraudulent e-mail titled "Payroll update" is circulating. Do not click. Ticket INC%07d.' % R.randint(0, 9999999)),
                'printer': ('New printer - ED desk', 'Printer URG-IMP-%02d has been replaced. Specimen labels now print on the Zebra at the central desk.' % R.randint(1, 9)),
                'mfa': ('Multi-factor authentication required', 'Starting %s, remote e-mail access requires MFA.' % en_date(d))}[k]
    m.subject = body[0]
    m.text = '%s\n\n%s\n\n%s\n' % ('Bonjour,' if lang == 'fr' else 'Hello,', body[1], 'Centre de services TI — poste 4250' if lang == 'fr' else 'IT Service Desk - ext. 4250')
    m.note = 'IT notice (%s)' % k
    return m


def neg_bedstats(lang):
    m = neg_base('bedstats', lang, 'marcotte', C(['chefs', 'lits', 'dept_med', 'urg_md']))
    m.date = m.date.replace(hour=C([7, 8, 13, 16]), minute=C([0, 15, 30]))
    civ = R.randint(18, 44)
    rows = [[u, R.randint(18, 32), R.randint(0, 3), R.randint(0, 6), R.randint(0, 4)] for u in ['4B', '4C', 'UCDG', 'USI', '3A']]
    hdr = ['Unité', 'Lits occupés', 'Lits libres', 'NSA', 'Congés prévus'] if lang == 'fr' else ['Unit', 'Occupied', 'Free', 'ALC', 'Expected d/c']
    if lang == 'fr':
        m.subject = C(['État de situation %02dh%02d' % (m.date.hour, m.date.minute), 'Occupation urgence — niveau %s' % C(['orange', 'rouge', 'jaune']),
                       'Situation des lits %s' % short_date(m.date, 'fr')])
        intro = ('Bonjour,\n\nUrgence : %d patients sur civière pour %d civières au permis (taux %d %%). %d patients > 24 h, %d > 48 h. '
                 '%d admis en attente de lit, dont %d en isolement. %d usagers NSA dans l\'établissement.\nNiveau de surcapacité : %s.' % (
                     civ, 24, round(civ * 100 / 24), R.randint(3, 14), R.randint(0, 6), R.randint(4, 16), R.randint(0, 5), R.randint(14, 38),
                     C(['2 — ouverture de 4 lits de débordement', '1', '3 — appel à la centrale régionale'])))
    else:
        m.subject = 'Bed situation report %02d:%02d' % (m.date.hour, m.date.minute)
        intro = ('Hello,\n\nED: %d patients on stretchers for 24 licensed (%d%%). %d patients > 24 h. %d admitted waiting for beds. '
                 '%d ALC patients hospital-wide.' % (civ, round(civ * 100 / 24), R.randint(3, 14), R.randint(4, 16), R.randint(14, 38)))
    m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), signature(S['marcotte'], lang))
    m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(signature(S['marcotte'], lang)))
    m.mode = C(['alt', 'html', 'plain'])
    m.note = 'aggregate bed situation report'
    return m


def neg_infection(lang):
    m = neg_base('infection', lang, 'chabot', C(['tous', 'chefs', 'urg_inf', 'med4b']))
    k = C(['outbreak', 'audit', 'season', 'cdiff'])
    unit = C(['3A', '4B', '4C', 'UCDG'])
    if lang == 'fr':
        body = {'outbreak': ('Éclosion de %s — unité %s' % (C(['COVID-19', 'influenza A', 'norovirus']), unit),
                             'Une éclosion est déclarée à l\'unité %s : %d usagers et %d membres du personnel touchés depuis le %s. Mesures : '
                             'visites limitées à 1 proche aidant, port du masque en tout temps, admissions suspendues sauf exception.' % (
                                 unit, R.randint(3, 9), R.randint(2, 5), short_date(m.date - dt.timedelta(days=R.randint(2, 6)), 'fr'))),
                'audit': ('Résultats audit hygiène des mains', 'Taux de conformité période %d : urgence %d %%, 4B %d %%, 4C %d %%, USI %d %%. '
                          'Cible : 80 %%. Merci pour vos efforts!' % (R.randint(1, 13), R.randint(55, 92), R.randint(55, 92), R.randint(55, 92), R.randint(55, 92))),
                'season': ('Saison grippale — rappel des mesures', 'Dépistage TAAN pour tout usager avec symptômes d\'allure grippale. '
                           'Oseltamivir selon l\'ordonnance collective pour les usagers admis à risque. Vaccination du personnel : %d %% à ce jour.' % R.randint(35, 70)),
                'cdiff': ('Surveillance C. difficile — période %d' % R.randint(1, 13), 'Taux d\'incidence : %s cas/10 000 jours-présence (%d cas nosocomiaux). '
                          'Nettoyage au chlore maintenu sur les unités %s.' % (('%.1f' % R.uniform(2, 9)).replace('.', ','), R.randint(1, 6), unit))}[k]
    else:
        body = {'outbreak': ('%s outbreak - unit %s' % (C(['COVID-19', 'Influenza A', 'Norovirus']), unit),
                             'An outbreak has been declared on %s: %d patients and %d staff affected. One caregiver per patient, masks at all times.' % (
                                 unit, R.randint(3, 9), R.randint(1, 5))),
                'audit': ('Hand hygiene audit results', 'Compliance this period: ED %d%%, 4B %d%%, 4C %d%%. Target 80%%.' % (R.randint(55, 92), R.randint(55, 92), R.randint(55, 92))),
                'season': ('Flu season reminders', 'NAAT testing for all ILI patients. Staff vaccination so far: %d%%.' % R.randint(35, 70)),
                'cdiff': ('C. difficile surveillance', 'Incidence %.1f cases/10,000 patient-days (%d hospital-acquired).' % (R.uniform(2, 9), R.randint(1, 6)))}[k]
    m.subject = body[0]
    m.text = '%s\n\n%s\n\n%s\n' % ('Bonjour,' if lang == 'fr' else 'Hello,', body[1], signature(S['chabot'], lang))
    m.note = 'infection prevention aggregate notice (%s)' % k
    return m


def neg_pharmbulletin(lang):
    m = neg_base('pharmacy', lang, 'caouette', C(['dept_med', 'urg_md', 'urg_inf', 'tous', 'residents']))
    if P(0.4):
        m.frm = list_addr('pharm')
    k = C(['shortage', 'formulary', 'protocol', 'bulletin'])
    if lang == 'fr':
        body = {'shortage': ('Rupture d\'approvisionnement — %s' % C(['pipéracilline-tazobactam', 'salbutamol en aérosol', 'héparine 5000 U/mL']),
                             'En raison d\'une rupture nationale, veuillez privilégier les alternatives suivantes : céfépime + métronidazole ou '
                             'méropénem sur avis de l\'infectiologue. Durée prévue : %d semaines.' % R.randint(3, 10)),
                'formulary': C([('Ajout au formulaire — Lokelma',
                                 'Le comité de pharmacologie a approuvé l\'ajout au formulaire local. Critères d\'utilisation : hyperkaliémie '
                                 'chronique chez l\'IRC stade 4-5, non contrôlée malgré la diète. Ordonnance pré-imprimée OPI-%03d disponible.' % R.randint(1, 250)),
                                ('Ajout au formulaire — dérisomaltose ferrique',
                                 'Approuvé pour l\'anémie ferriprive avec intolérance ou échec du fer PO. Dose unique possible jusqu\'à 20 mg/kg. '
                                 'Ordonnance pré-imprimée OPI-%03d disponible.' % R.randint(1, 250))]),
                'protocol': ('Nouvelle ordonnance pré-imprimée — anticoagulation', 'Apixaban : 5 mg BID; réduire à 2,5 mg BID si 2 critères sur 3 '
                             '(âge ≥ 80 ans, poids ≤ 60 kg, créat ≥ 133 µmol/L). Énoxaparine : ajuster si ClCr < 30 mL/min.'),
                'bulletin': ('Info-Pharmacie no %d' % R.randint(40, 99), 'Dans ce numéro : conversion IV-PO des antibiotiques, '
                             'rappel sur la vancomycine (cible ASC 400-600), insulines biosimilaires. Bonne lecture!')}[k]
    else:
        body = {'shortage': ('Drug shortage - piperacillin-tazobactam', 'Due to a national shortage, use cefepime + metronidazole or meropenem '
                             '(ID approval). Expected duration %d weeks.' % R.randint(3, 10)),
                'formulary': ('Formulary addition - Lokelma', 'Approved for chronic hyperkalemia in CKD 4-5. Pre-printed order OPI-%03d.' % R.randint(1, 250)),
                'protocol': ('New anticoagulation order set', 'Apixaban 5 mg BID; 2.5 mg BID if 2 of 3 criteria (age >= 80, weight <= 60 kg, creat >= 133).'),
                'bulletin': ('Pharmacy newsletter #%d' % R.randint(40, 99), 'In this issue: IV-to-PO antibiotics, vancomycin AUC dosing, biosimilar insulins.')}[k]
    m.subject = body[0]
    m.text = '%s\n\n%s\n\n%s\n' % ('Bonjour,' if lang == 'fr' else 'Hello,', body[1], signature(S['caouette'], lang))
    if k == 'bulletin' and P(0.6):
        m.atts.append(att_pdf('Info-Pharmacie.pdf', body[0], [body[1], '', 'Conversion IV-PO : critères', 'Vancomycine : dosage par ASC',
                                                               'Insulines biosimilaires : équivalences']))
    m.note = 'pharmacy bulletin (%s)' % k
    return m


def neg_labnotice(lang):
    m = neg_base('labnotice', lang, C(['morissette', 'pepin']), C(['tous', 'urg_md', 'dept_med', 'chefs']))
    if P(0.4):
        m.frm = list_addr('labo')
    k = C(['ref', 'crit', 'tubes', 'trop'])
    crit_rows = [['Potassium', '< 2,8 ou > 6,2 mmol/L'], ['Sodium', '< 120 ou > 155 mmol/L'], ['Glucose', '< 2,5 ou > 25 mmol/L'],
                 ['Hémoglobine', '< 60 g/L'], ['Plaquettes', '< 20 x 10^9/L'], ['INR', '> 5,0'], ['Lactate', '> 4,0 mmol/L']]
    if lang == 'fr':
        body = {'ref': ('Changement des valeurs de référence — %s' % C(['créatinine', 'TSH', 'ferritine']),
                        'À compter du %s, suite au changement de réactif (lot %s), les intervalles de référence seront modifiés. '
                        'Les résultats antérieurs ne sont pas directement comparables.' % (fr_date(m.date + dt.timedelta(days=10)),
                                                                                            'R%d%05d' % (R.randint(23, 24), R.randint(0, 99999)))),
                'crit': ('Mise à jour — liste des valeurs critiques', 'Voici la liste révisée des valeurs critiques communiquées par téléphone :\n\n'
                         + '\n'.join('%s : %s' % tuple(r) for r in crit_rows)),
                'tubes': ('Taux de rejet des prélèvements — urgence', 'Taux de rejet ce mois-ci : %d,%d %% (hémolyse %d %%, tube mal identifié %d %%). '
                          'Rappel : deux identifiants au chevet, étiquette imprimée au chevet.' % (R.randint(2, 6), R.randint(0, 9), R.randint(50, 75), R.randint(10, 30))),
                'trop': ('Algorithme troponine hs 0/1 h', 'L\'algorithme 0/1 h est maintenant en vigueur. Seuils : < 5 ng/L exclusion, '
                         '≥ 52 ng/L ou delta ≥ 5 ng/L inclusion. Les demandes doivent préciser l\'heure du prélèvement.')}[k]
    else:
        crit_rows = [[a, b.replace(',', '.').replace(' ou ', ' or ')] for a, b in crit_rows]
        body = {'ref': ('Reference range change - creatinine', 'Starting %s, reference ranges change with the new reagent lot.' % en_date(m.date + dt.timedelta(days=10))),
                'crit': ('Updated critical values list', 'Revised critical values phoned by the lab:\n\n' + '\n'.join('%s: %s' % tuple(r) for r in crit_rows)),
                'tubes': ('Specimen rejection rate - ED', 'Rejection rate this month: %d.%d%% (hemolysis most common).' % (R.randint(2, 6), R.randint(0, 9))),
                'trop': ('hs-troponin 0/1 h algorithm', 'The 0/1 h algorithm is now live. Rule-out < 5 ng/L; rule-in >= 52 ng/L or delta >= 5.')}[k]
    m.subject = body[0]
    m.text = '%s\n\n%s\n\n%s\n' % ('Bonjour,' if lang == 'fr' else 'Hello,', body[1], signature(S['morissette'], lang))
    if k == 'crit' and P(0.5):
        m.atts.append(att_pdf('valeurs_critiques_%d.pdf' % m.date.year, body[0], ['%s : %s' % tuple(r) for r in crit_rows]))
    m.note = 'laboratory notice (%s)' % k
    return m


def neg_teaching(lang):
    src = C(['lachance', 'fitzgerald', 'hebert', 'turcotte', 'harrington'])
    m = neg_base('teaching', lang, src, C(['residents', 'dept_med', 'urg_md', 'urg_inf']))
    c = C(CASES)
    a = R.randint(35, 92)
    sx = C([K('Homme', 'Man'), K('Femme', 'Woman')])
    if lang == 'fr':
        m.subject = C(['Cas clinique de la semaine', 'Quiz du vendredi', 'M&M anonymisée — discussion', 'Cas pour la tournée de jeudi'])
        body = ('Bonjour à tous,\n\nCas de la semaine (anonymisé) :\n\n%s de %d ans, ATCD de %s, se présente avec %s. '
                'Bilan : %s. Traitement initial : %s.\n\nQuestions :\n1. Quel est votre diagnostic différentiel?\n'
                '2. Quelle est la prochaine étape?\n3. Qu\'auriez-vous fait différemment?\n\nRéponses vendredi à la tournée.' % (
                    L(sx, 'fr'), a, L(c['atcd'], 'fr'), C(['dyspnée', 'douleur abdominale', 'confusion', 'faiblesse', 'palpitations']),
                    L(C(c['labs']), 'fr'), L(C(c['meds']), 'fr')))
        foot = 'Toute information identifiante a été retirée.' if P(0.5) else ''
    else:
        m.subject = C(['Case of the week', 'Friday quiz', 'Anonymized M&M case'])
        body = ('Hi all,\n\nCase of the week (de-identified):\n\n%d-year-old %s, PMHx %s, presents with %s. Workup: %s. Initial tx: %s.\n\n'
                'Questions:\n1. Differential?\n2. Next step?\n\nAnswers on Friday.' % (a, L(sx, 'en').lower(), L(c['atcd'], 'en'),
                                                                                    C(['dyspnea', 'abdominal pain', 'confusion']),
                                                                                    L(C(c['labs']), 'en'), L(C(c['meds']), 'en')))
        foot = 'All identifiers removed.' if P(0.5) else ''
    m.text = '%s\n%s\n\n%s\n' % (body, ('\n' + foot) if foot else '', signature(S[src], lang))
    if P(0.3):
        m.atts.append(att_pdf('cas_clinique.pdf' if lang == 'fr' else 'case.pdf', m.subject, body.split('\n')))
    m.note = 'anonymised teaching case'
    return m


def neg_hr(lang):
    m = neg_base('hr', lang, 'fafard', C(['chefs', 'urg_inf', 'tous']))
    k = C(['return', 'flu', 'sst', 'leave', 'payroll'])
    n = C(NURSES)
    f, l_ = nurse_first_last(n)
    if lang == 'fr':
        body = {'return': ('Retour progressif — %s %s' % (f, l_), '%s %s sera en retour progressif au travail à compter du %s '
                           '(assignation temporaire, 3 jours/sem., pas de soulèvement > 10 kg selon le billet du médecin traitant). '
                           'Merci d\'adapter l\'horaire en conséquence.' % (f, l_, fr_date(m.date + dt.timedelta(days=7)))),
                'flu': ('Vaccination antigrippale du personnel', 'La clinique de vaccination pour les employés aura lieu du %s au %s, '
                        'local du Service santé et sécurité au travail (SST). Sans rendez-vous, 7h à 15h.' % (
                            short_date(m.date + dt.timedelta(days=5), 'fr'), short_date(m.date + dt.timedelta(days=12), 'fr'))),
                'sst': ('Déclaration d\'accident de travail — employé', 'Suite à l\'exposition au sang (piqûre d\'aiguille) de %s (matricule %d) '
                        'survenue au quart de nuit, le protocole post-exposition a été amorcé au SST. Le formulaire de l\'employeur doit être '
                        'complété par la gestionnaire d\'ici 24 h.' % (f, R.randint(100000, 199999))),
                'leave': ('Congés des fêtes — rappel', 'Les demandes de congé pour la période des fêtes doivent être déposées avant le %s. '
                          'L\'attribution se fait par ancienneté.' % fr_date(m.date + dt.timedelta(days=14))),
                'payroll': ('Paie — correction des primes', 'Une erreur de calcul des primes de soins critiques sera corrigée sur la paie du %s. '
                            'Numéro de référence du dossier : RH-%d-%05d.' % (fr_date(m.date + dt.timedelta(days=10)), m.date.year, R.randint(0, 99999)))}[k]
    else:
        body = {'return': ('Graduated return to work - %s %s' % (f, l_), '%s %s will start a graduated return on %s (light duties, 3 days/week).' % (
                    f, l_, en_date(m.date + dt.timedelta(days=7)))),
                'flu': ('Staff flu vaccination clinic', 'Walk-in staff flu clinic at Occupational Health from %s, 7:00-15:00.' % en_date(m.date + dt.timedelta(days=5))),
                'sst': ('Employee workplace injury report', 'Following the needlestick exposure of %s (employee #%d), the post-exposure protocol was started at Occupational Health.' % (
                    f, R.randint(100000, 199999))),
                'leave': ('Holiday leave reminder', 'Holiday leave requests are due by %s.' % en_date(m.date + dt.timedelta(days=14))),
                'payroll': ('Payroll - premium correction', 'A critical care premium error will be corrected on the next pay. Ref HR-%d-%05d.' % (m.date.year, R.randint(0, 99999)))}[k]
    m.subject = body[0]
    m.text = '%s\n\n%s\n\n%s\n' % ('Bonjour,' if lang == 'fr' else 'Hello,', body[1], signature(S['fafard'], lang))
    m.note = 'HR / occupational health of staff (%s)' % k
    return m


def neg_invoice(lang):
    m = neg_base('invoice', lang, 'mcintyre', C(['gbm', 'chefs']))
    if P(0.5):
        m.frm = ('Comptes recevables MedEquip', 'ar@medequip-nordique.example')
    po = 'BC-%d-%05d' % (m.date.year, R.randint(0, 99999))
    inv = 'FAC%07d' % R.randint(0, 9999999)
    items = [(C(['Tubulure Infusia V8 (bte 50)', 'Électrodes ECG adulte (bte 600)', 'Brassard TA adulte', 'Capteur SpO2 jetable (bte 24)',
                 'Lames laryngoscope no 3', 'Cassettes NutriFlow']), R.randint(1, 40), round(R.uniform(12, 480), 2)) for _ in range(R.randint(2, 6))]
    rows = [[i + 1, d, q, '%.2f' % u, '%.2f' % (q * u)] for i, (d, q, u) in enumerate(items)]
    tot = sum(q * u for _, q, u in items)
    hdr = ['#', 'Description', 'Qté' if lang == 'fr' else 'Qty', 'Prix unit.' if lang == 'fr' else 'Unit price', 'Total']
    if lang == 'fr':
        m.subject = C(['Facture %s — bon de commande %s' % (inv, po), 'Confirmation de commande %s' % po, 'Relevé de compte'])
        body = 'Bonjour,\n\nVeuillez trouver ci-jointe la facture %s (BC %s). Total avant taxes : %.2f $. Conditions : net 30 jours.' % (inv, po, tot)
    else:
        m.subject = 'Invoice %s - PO %s' % (inv, po)
        body = 'Hello,\n\nPlease find attached invoice %s (PO %s). Subtotal: $%.2f. Terms: net 30.' % (inv, po, tot)
    fmt = C(['pdf', 'xlsx', 'body'])
    if fmt == 'pdf':
        m.atts.append(att_pdf('%s.pdf' % inv, 'FACTURE %s' % inv, ['Bon de commande : %s' % po, 'Client : %s — compte 40-%05d' % (HOSP_FR, R.randint(0, 99999)), ''] +
                              [' | '.join(map(str, r)) for r in rows] + ['', 'TPS 5 %%, TVQ 9,975 %%', 'Total : %.2f $' % (tot * 1.14975)]))
    elif fmt == 'xlsx':
        m.atts.append(att_xlsx('%s.xlsx' % inv, [('Facture', hdr, rows)]))
    else:
        body += '\n\n' + text_table(hdr, rows)
    m.text = '%s\n\n%s\n' % (body, signature(S['mcintyre'], lang) if 'mcintyre' in m.frm[1] else 'Comptes recevables — MedEquip Nordique\n514-555-0190')
    m.note = 'vendor invoice / PO (%s)' % fmt
    return m


def neg_newsletter(lang):
    m = neg_base('newsletter', lang, C(['turcotte', 'harrington', 'bellavance']), C(['tous', 'urg_md', 'urg_inf', 'dept_med']))
    num = R.randint(10, 60)
    if lang == 'fr':
        m.subject = C(['L\'Urgentiste — bulletin no %d' % num, 'Info-Médecine — %s' % month_name(m.date, 'fr'), 'Bulletin de l\'unité 4B'])
        secs = [('Mot de la cheffe', 'Merci à toutes et à tous pour votre travail durant la dernière vague. La durée moyenne de séjour sur civière a diminué de %d %%.' % R.randint(3, 15)),
                ('Nouveautés', 'Arrivée de 2 nouvelles urgentologues en %s. Nouveau protocole douleur thoracique en vigueur.' % MOIS[(m.date.month) % 12]),
                ('Formation', 'Simulations in situ chaque 2e mardi. Inscriptions auprès de Megan Harrington.'),
                ('Bons coups', 'Félicitations à l\'équipe de nuit pour le code bleu du %s : travail d\'équipe exemplaire!' % short_date(m.date, 'fr')),
                ('Statistiques', 'Visites ce mois : %d | Admissions : %d | Transferts : %d' % (R.randint(2800, 4200), R.randint(300, 600), R.randint(20, 60)))]
    else:
        m.subject = C(['The ED Bulletin - issue %d' % num, 'Medicine newsletter - %s' % month_name(m.date, 'en')])
        secs = [('From the chief', 'Thanks to all for your work during the last surge. Stretcher LOS is down %d%%.' % R.randint(3, 15)),
                ('News', 'Two new emergency physicians join us this fall. New chest pain pathway is live.'),
                ('Education', 'In-situ simulations every second Tuesday.'),
                ('Numbers', 'Visits this month: %d | Admissions: %d | Transfers: %d' % (R.randint(2800, 4200), R.randint(300, 600), R.randint(20, 60)))]
    secs = secs[:2] + R.sample(secs[2:], len(secs) - 2)
    m.text = '\n\n'.join('== %s ==\n%s' % s for s in secs) + '\n'
    m.html = html_wrap('<h1 style="color:#005a8c">%s</h1>\n' % html.escape(m.subject) +
                       '\n'.join('<h2>%s</h2><p>%s</p>' % (html.escape(a), html.escape(b)) for a, b in secs) +
                       '<hr><p style="font-size:8pt">%s — %s</p>' % (HOSP_FR, HOSP_ADDR))
    m.mode = C(['html', 'alt'])
    m.note = 'department newsletter'
    return m


def neg_blankform(lang):
    src = C(['ouimet', 'grondin', 'harrington', 'marcotte'])
    m = neg_base('blankform', lang, src, C(['urg_md', 'urg_inf', 'chefs', 'dept_med']))
    k = C(['consult', 'transfer', 'signout', 'consent'])
    titles = {'consult': K('Demande de consultation', 'Consultation request'), 'transfer': K('Note de transfert interétablissement', 'Inter-facility transfer note'),
              'signout': K('Gabarit — liste de départ', 'Sign-out template'), 'consent': K('Consentement aux soins', 'Consent to treatment')}
    t = L(titles[k], lang)
    if lang == 'fr':
        fields = ['Nom de l\'usager : ______________________', 'Prénom : ______________', 'NAM : ____ ____ ____   Exp. : __/__',
                  'Date de naissance : AAAA-MM-JJ', 'No de dossier : _________', 'Diagnostic / motif : __________________',
                  'Médication actuelle : _______________', 'Allergies : _________', 'Signature du médecin : ____________  Permis : _____']
        m.subject = C(['Nouveau formulaire — %s' % t, 'Formulaire %s mis à jour (v%d)' % (t.lower(), R.randint(2, 6)), 'Gabarit à utiliser dès lundi'])
        body = ('Bonjour,\n\nLe formulaire « %s » a été révisé par le comité des formulaires (no AH-%03d). Svp détruire les anciennes '
                'versions et utiliser celui en pièce jointe. Les champs NAM et no de dossier sont maintenant obligatoires.' % (t, R.randint(100, 799)))
    else:
        fields = ['Patient name: ______________________', 'RAMQ #: ____ ____ ____', 'Date of birth: YYYY-MM-DD', 'MRN: _________',
                  'Diagnosis / reason: __________________', 'Current medications: _______________', 'Physician signature: ____________']
        m.subject = 'Updated form - %s' % t
        body = 'Hello,\n\nThe "%s" form has been revised (AH-%03d). Please use the attached version from now on.' % (t, R.randint(100, 799))
    fmt = C(['docx', 'pdf', 'zip'])
    fn = re.sub(r'[^A-Za-z0-9]+', '_', strip_accents(t)).strip('_')
    if fmt == 'docx':
        if k == 'signout':
            hdr = ['Lit', 'NOM, Prénom', 'Âge', 'Dx', 'À faire', 'NIM'] if lang == 'fr' else ['Bed', 'LAST, First', 'Age', 'Dx', 'To do', 'Code']
            m.atts.append(att_docx(fn + '.docx', t, ['Version %d — %s' % (R.randint(2, 6), HOSP_FR)], (hdr, [[''] * len(hdr)] * 6)))
        else:
            m.atts.append(att_docx(fn + '.docx', t, fields))
    elif fmt == 'pdf':
        m.atts.append(att_pdf(fn + '.pdf', t, fields))
    else:
        m.atts.append(att_zip('formulaires_%s.zip' % m.date.strftime('%Y%m'), [(fn + '.pdf', make_pdf(t, fields)),
                                                                                ('LISEZMOI.txt', ('Formulaires vierges — ne pas remplir en ligne.\r\n').encode('utf-8'))]))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    m.note = 'blank form (%s, %s)' % (k, fmt)
    return m


def neg_jobposting(lang):
    m = neg_base('jobposting', lang, 'fafard', C(['tous', 'urg_inf', 'chefs']))
    if P(0.5):
        m.frm = list_addr('rh')
    no = '%d-%04d' % (m.date.year, R.randint(1, 2999))
    job = C([K('Infirmière clinicienne assistante au supérieur immédiat — urgence', 'Assistant head nurse - ED'),
             K('Infirmier(ère) — équipe volante, temps complet', 'Float pool RN, full time'),
             K('Agente administrative classe 2 — admission', 'Admitting clerk'),
             K('Conseiller(ère) en prévention des infections', 'Infection prevention advisor'),
             K('Préposé(e) aux bénéficiaires — 4B médecine, nuit', 'Patient attendant - 4B nights')])
    if lang == 'fr':
        m.subject = 'Affichage interne no %s — %s' % (no, L(job, 'fr'))
        body = ('Bonjour,\n\nAffichage du %s au %s.\n\nTitre d\'emploi : %s\nStatut : %s\nQuart : %s\nÉchelle salariale : %s $ à %s $/h\n'
                'Exigences : %s\n\nPostuler via le portail RH en indiquant le numéro d\'affichage.' % (
                    short_date(m.date, 'fr'), short_date(m.date + dt.timedelta(days=14), 'fr'), L(job, 'fr'), C(['TC', 'TP 8/14', 'TP 7/14']),
                    C(['jour', 'soir', 'nuit', 'rotation']), ('%.2f' % R.uniform(24, 32)).replace('.', ','), ('%.2f' % R.uniform(40, 55)).replace('.', ','),
                    C(['BAC en sciences infirmières, 2 ans d\'expérience en urgence', 'DEC, membre en règle de l\'OIIQ', 'DES, cours de terminologie médicale'])))
    else:
        m.subject = 'Internal posting #%s - %s' % (no, L(job, 'en'))
        body = ('Hello,\n\nPosting open until %s.\n\nPosition: %s\nStatus: %s\nPay: $%.2f-$%.2f/h\n\nApply on the HR portal with the posting number.' % (
            short_date(m.date + dt.timedelta(days=14), 'en'), L(job, 'en'), C(['full time', 'part time']), R.uniform(24, 32), R.uniform(40, 55)))
    m.text = '%s\n\n%s\n' % (body, 'Service des ressources humaines — poste 4200' if lang == 'fr' else 'Human Resources - ext. 4200')
    m.note = 'job posting'
    return m


SPECS = [(K('Cardiologie', 'Cardiology'), 'dion', K('SCA, arythmies, IC réfractaire', 'ACS, arrhythmia, refractory HF')),
         (K('Néphrologie', 'Nephrology'), 'rioux', K('IRA, hyperkaliémie, dialyse urgente', 'AKI, hyperkalemia, urgent dialysis')),
         (K('Pneumologie', 'Respirology'), 'poulin', K('MPOC, embolie pulmonaire, bronchoscopie', 'COPD, PE, bronchoscopy')),
         (K('Gériatrie', 'Geriatrics'), 'hebert', K('delirium, chutes, TNC', 'delirium, falls, dementia')),
         (K('Chirurgie générale', 'General surgery'), 'bedard', K('abdomen aigu, cholécystite, occlusion', 'acute abdomen, cholecystitis, SBO')),
         (K('Médecine interne', 'Internal medicine'), 'lachance', K('admissions CTU, sepsis, diabète décompensé', 'CTU admissions, sepsis, DKA'))]


def neg_oncall(lang):
    src = C(['grondin', 'bellavance', 'turcotte'])
    m = neg_base('oncall', lang, src, C(['urg_md', 'urg_inf', 'dept_med', 'residents']))
    start = m.date + dt.timedelta(days=(7 - m.date.weekday()) % 7)
    rows = []
    for spec, key, dis in SPECS:
        rows.append([L(spec, lang), S[key].full(), L(dis, lang), 'cell %s' % ('819-555-01%02d' % R.randint(0, 99)) if P(0.5) else 'poste %d' % S[key].ext])
    hdr = ['Spécialité', 'Médecin de garde', 'Pour', 'Joindre'] if lang == 'fr' else ['Specialty', 'On call', 'For', 'Contact']
    if lang == 'fr':
        m.subject = C(['Garde des spécialistes — semaine du %s' % short_date(start, 'fr'), 'Liste de garde spécialités', 'Qui est de garde cette fin de semaine'])
        intro = 'Bonjour,\n\nVoici la liste de garde des spécialistes pour la semaine du %s.' % fr_date(start)
    else:
        m.subject = 'Specialist on-call list - week of %s' % short_date(start, 'en')
        intro = 'Hello,\n\nSpecialist on-call list for the week of %s.' % en_date(start)
    m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), signature(S[src], lang))
    m.html = html_wrap(para_html(intro) + html_table(hdr, rows) + para_html(signature(S[src], lang)))
    m.mode = C(['alt', 'html', 'plain'])
    m.note = 'specialist on-call list (physicians with what they treat)'
    return m


def neg_committee(lang):
    m = neg_base('committee', lang, C(['bellavance', 'turcotte']), C(['dept_med', 'urg_md', 'tous']))
    if P(0.6):
        m.frm = list_addr('cmdp')
    comm = C([K('Comité exécutif du CMDP', 'CMDP executive committee'), K('Comité de pharmacologie', 'Pharmacology committee'),
              K('Comité d\'éthique clinique', 'Clinical ethics committee'), K('Comité d\'évaluation de l\'acte médical', 'Medical act review committee'),
              K('Comité des usagers', 'Users committee')])
    d = m.date + dt.timedelta(days=R.randint(5, 25))
    if lang == 'fr':
        m.subject = '%s — %s' % (L(comm, 'fr'), C(['avis de convocation', 'appel de candidatures', 'faits saillants', 'prochaine séance']))
        body = ('Bonjour,\n\nLa prochaine séance du %s aura lieu le %s. Les membres souhaitant ajouter un point à l\'ordre du jour doivent '
                'le faire parvenir au secrétariat avant le %s. Faits saillants de la dernière séance : adoption de %d ordonnances '
                'collectives, nomination de 2 membres actifs, révision du règlement sur la tenue des dossiers.' % (
                    L(comm, 'fr').lower(), fr_date(d), short_date(d - dt.timedelta(days=5), 'fr'), R.randint(1, 5)))
    else:
        m.subject = '%s - %s' % (L(comm, 'en'), C(['meeting notice', 'call for members', 'highlights']))
        body = ('Hello,\n\nThe next %s meeting is on %s. Agenda items must reach the secretariat by %s.' % (
            L(comm, 'en').lower(), en_date(d), short_date(d - dt.timedelta(days=5), 'en')))
    m.text = '%s\n\n%s\n' % (body, (signature(S[m.src], lang) if m.frm[1] != LISTS['cmdp'][1] else
                                     'Secrétariat du CMDP — poste 4020' if lang == 'fr' else 'CMDP secretariat - ext. 4020'))
    m.note = 'committee notice'
    return m


def neg_facilities(lang):
    m = neg_base('facilities', lang, ('Services techniques', 'services.techniques@' + DOM), 'tous')
    k = C(['works', 'parking', 'elevator', 'water', 'generator'])
    d = m.date + dt.timedelta(days=R.randint(1, 10))
    if lang == 'fr':
        b = {'works': ('Travaux — aile B, 4e étage', 'Des travaux de réfection de la ventilation auront lieu du %s au %s. Bruit possible entre 8h et 16h. '
                       'Le corridor B-4 sera fermé; utilisez l\'ascenseur 3.' % (short_date(d, 'fr'), short_date(d + dt.timedelta(days=12), 'fr'))),
             'parking': ('Stationnement P2 — déneigement', 'Le stationnement P2 doit être libéré le %s entre 1h et 6h pour le déneigement. '
                         'Les véhicules non déplacés seront remorqués.' % fr_date(d)),
             'elevator': ('Ascenseur 2 hors service', 'L\'ascenseur 2 (côté urgence) est hors service jusqu\'au %s. Les transports de civières '
                          'doivent utiliser l\'ascenseur de service 5.' % fr_date(d)),
             'water': ('Interruption d\'eau chaude', 'Interruption de l\'eau chaude le %s de 22h à 2h, ailes A et C.' % fr_date(d)),
             'generator': ('Essai des génératrices', 'Essai mensuel des génératrices le %s à 6h. Brève coupure (< 10 s) sur les prises non rouges.' % fr_date(d))}[k]
        sig = 'Services techniques — poste 4160'
    else:
        b = {'works': ('Construction - wing B, 4th floor', 'Ventilation work from %s. Corridor B-4 closed; use elevator 3.' % en_date(d)),
             'parking': ('Parking P2 - snow removal', 'P2 must be cleared on %s between 1 and 6 AM.' % en_date(d)),
             'elevator': ('Elevator 2 out of service', 'Elevator 2 (ED side) is out of service until %s. Use service elevator 5.' % en_date(d)),
             'water': ('Hot water interruption', 'No hot water on %s, 10 PM to 2 AM, wings A and C.' % en_date(d)),
             'generator': ('Generator test', 'Monthly generator test on %s at 6 AM.' % en_date(d))}[k]
        sig = 'Facilities - ext. 4160'
    m.subject = b[0]
    m.text = '%s\n\n%s\n\n%s\n' % ('Bonjour,' if lang == 'fr' else 'Hello,', b[1], sig)
    m.note = 'facilities notice (%s)' % k
    return m


def neg_social(lang):
    src = C(['grondin', 'boisvert', 'leclerc', 'harrington'])
    m = neg_base('social', lang, src, C(['urg_inf', 'urg_md', 'med4b', 'tous']))
    k = C(['party', 'retire', 'bake', 'run'])
    d = m.date + dt.timedelta(days=R.randint(5, 30))
    who = C(['Ginette Lacroix', 'Réjean Fortier-Blais', 'Lorraine Gendreau', 'Dr Paul-André Sirois'])
    if lang == 'fr':
        b = {'party': ('Party de Noël de l\'urgence 🎄', 'Le party aura lieu le %s à 19h au Bistro du Lac. 25 $ par personne, payable à Nancy avant le %s. '
                       'Conjoint(e)s bienvenu(e)s!' % (fr_date(d), short_date(d - dt.timedelta(days=7), 'fr'))),
             'retire': ('Départ à la retraite de %s' % who, 'Après 32 ans de loyaux services, %s prend sa retraite! 5 à 7 le %s à la cafétéria. '
                        'Une carte circule au poste.' % (who, fr_date(d))),
             'bake': ('Vente de pâtisseries — Centraide', 'Vente de pâtisseries au profit de Centraide le %s au hall principal.' % fr_date(d)),
             'run': ('Course des Bouleaux — équipe HRVB', 'On monte une équipe pour la course de 5 km du %s! Inscription avant vendredi.' % fr_date(d))}[k]
    else:
        b = {'party': ('ED holiday party', 'Holiday party on %s at 7 PM at Bistro du Lac. $25 per person.' % en_date(d)),
             'retire': ('Retirement of %s' % who, 'After 32 years, %s is retiring! Party on %s in the cafeteria.' % (who, en_date(d))),
             'bake': ('Bake sale for United Way', 'Bake sale on %s in the main lobby.' % en_date(d)),
             'run': ('HRVB running team', 'Join our 5 km team on %s!' % en_date(d))}[k]
    m.subject = b[0]
    m.text = '%s\n\n%s\n\n%s\n' % (C(['Allo tout le monde!', 'Bonjour à tous,']) if lang == 'fr' else 'Hi everyone,', b[1], signature(S[src], lang, 'min'))
    m.note = 'social event (%s)' % k
    return m


def neg_research(lang):
    src = C(['fitzgerald', 'lachance', 'poulin'])
    m = neg_base('research', lang, src, C(['dept_med', 'urg_md', 'residents', 'urg_inf']))
    study = C(['REVIVE-HF', 'DELIRIUM-STOP', 'COPD-HOME', 'SEPSIS-FLUIDS'])
    if lang == 'fr':
        m.subject = 'Étude %s — recrutement à l\'urgence' % study
        body = ('Bonjour,\n\nL\'étude multicentrique %s (approuvée par le CER, no %d-%03d) recrute à compter de lundi. Critères d\'inclusion : '
                'âge ≥ 65 ans, admission en médecine, consentement possible. Critères d\'exclusion : soins palliatifs, NIM D. '
                'Si un usager est éligible, appelez la coordonnatrice de recherche au poste 4888 — ne pas envoyer de renseignements par courriel. '
                'Objectif : %d participants d\'ici juin; %d recrutés à ce jour.' % (study, m.date.year, R.randint(1, 300), R.randint(60, 200), R.randint(0, 40)))
    else:
        m.subject = '%s study - ED recruitment' % study
        body = ('Hello,\n\nThe multicentre %s study (REB #%d-%03d) is recruiting. Inclusion: age >= 65, medicine admission. Exclusion: palliative. '
                'Call the research coordinator at ext. 4888 - do not e-mail patient details. Target %d; %d enrolled so far.' % (
                    study, m.date.year, R.randint(1, 300), R.randint(60, 200), R.randint(0, 40)))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    m.note = 'research recruitment notice (no patient data)'
    return m


def neg_quality(lang):
    src = C(['turcotte', 'leclerc', 'bellavance', 'chabot'])
    m = neg_base('quality', lang, src, C(['chefs', 'dept_med', 'urg_md']))
    rows = [[p_, R.randint(12, 30), R.randint(0, 9), '%d %%' % R.randint(60, 98), R.randint(0, 4)] for p_ in ['P%d' % i for i in range(1, R.randint(5, 9))]]
    hdr = ['Période', 'DMS civière (h)', 'Chutes', 'Conformité BCM', 'Erreurs méd.'] if lang == 'fr' else ['Period', 'Stretcher LOS (h)', 'Falls', 'Med rec compliance', 'Med errors']
    if lang == 'fr':
        m.subject = C(['Tableau de bord qualité — %s' % month_name(m.date, 'fr'), 'Indicateurs qualité et sécurité', 'Préparation agrément : indicateurs'])
        intro = 'Bonjour,\n\nVoici le tableau de bord des indicateurs de qualité pour l\'exercice en cours. Données agrégées, aucune donnée nominative.'
    else:
        m.subject = 'Quality dashboard - %s' % month_name(m.date, 'en')
        intro = 'Hello,\n\nQuality indicators dashboard for the fiscal year. Aggregate data only.'
    if P(0.5):
        m.atts.append(att_xlsx('tableau_bord_qualite.xlsx', [('Indicateurs', hdr, rows)]))
        m.text = '%s\n\n%s\n' % (intro, signature(S[src], lang))
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), signature(S[src], lang))
    m.note = 'aggregate quality indicators'
    return m


def neg_protocol(lang):
    src = C(['turcotte', 'lachance', 'harrington', 'caouette'])
    m = neg_base('protocol', lang, src, C(['urg_inf', 'urg_md', 'dept_med', 'med4b']))
    k = C(['sepsis', 'hyperk', 'hypogly', 'ciwa'])
    if lang == 'fr':
        b = {'sepsis': ('Ordonnance collective — sepsis à l\'urgence', ['Critères : ≥ 2 SRIS + suspicion d\'infection ou lactate ≥ 2.',
                        'Hémocultures x 2 avant antibiotiques.', 'NS 30 mL/kg si TAS < 90 ou lactate ≥ 4.',
                        'Ceftriaxone 2 g IV ou pipéracilline-tazobactam 4,5 g IV selon la source.', 'Aviser le médecin dans les 15 minutes.']),
             'hyperk': ('Protocole hyperkaliémie révisé', ['K ≥ 6,0 : ECG stat.', 'Changements ECG : gluconate de calcium 1 g IV sur 5 min.',
                        'Insuline régulière 10 U IV + D50W 50 mL (5 U si IRC).', 'Salbutamol 10-20 mg en nébulisation.', 'Contrôle du K à 1 h et 4 h.']),
             'hypogly': ('Ordonnance collective — hypoglycémie', ['Glycémie < 4,0 : 15 g de glucides PO si éveillé.', 'Si NPO : D50W 25 mL IV.',
                         'Glucagon 1 mg IM si pas d\'accès veineux.', 'Reprendre la glycémie q15 min.']),
             'ciwa': ('Protocole sevrage alcoolique (CIWA-Ar)', ['CIWA q1h si score ≥ 10.', 'Diazépam 10-20 mg PO selon score.',
                      'Thiamine 500 mg IV TID x 3 jours avant tout glucose.', 'Aviser MD si score > 20 ou convulsion.'])}[k]
        m.subject = b[0] + C(['', ' (version %d)' % R.randint(2, 5), ' — entrée en vigueur'])
        intro = 'Bonjour,\n\nLe protocole suivant a été adopté par le CMDP et le CII. Il entre en vigueur le %s :' % fr_date(m.date + dt.timedelta(days=7))
    else:
        b = {'sepsis': ('Medical directive - ED sepsis', ['Criteria: >= 2 SIRS + suspected infection or lactate >= 2.', 'Blood cultures x2 before antibiotics.',
                        'NS 30 mL/kg if SBP < 90 or lactate >= 4.', 'Ceftriaxone 2 g IV or pip-tazo 4.5 g IV depending on source.']),
             'hyperk': ('Revised hyperkalemia protocol', ['K >= 6.0: stat ECG.', 'ECG changes: calcium gluconate 1 g IV.', 'Regular insulin 10 U IV + D50W 50 mL.']),
             'hypogly': ('Medical directive - hypoglycemia', ['Glucose < 4.0: 15 g carbs PO if awake.', 'If NPO: D50W 25 mL IV.']),
             'ciwa': ('Alcohol withdrawal protocol (CIWA-Ar)', ['CIWA q1h if score >= 10.', 'Diazepam 10-20 mg PO per score.', 'Thiamine before glucose.'])}[k]
        m.subject = b[0]
        intro = 'Hello,\n\nThe following directive takes effect on %s:' % en_date(m.date + dt.timedelta(days=7))
    if P(0.45):
        m.atts.append(att_pdf('OC_%s.pdf' % k, b[0], b[1]) if P(0.5) else att_docx('OC_%s.docx' % k, b[0], b[1]))
        m.text = '%s\n\n%s\n\n%s\n' % (intro, 'Document en pièce jointe.' if lang == 'fr' else 'Document attached.', signature(S[src], lang))
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, '\n'.join('- ' + x for x in b[1]), signature(S[src], lang))
    m.note = 'clinical protocol / collective order (%s)' % k
    return m


def neg_signout_howto(lang):
    src = C(['lachance', 'fitzgerald', 'bellavance'])
    m = neg_base('signouthowto', lang, src, C(['residents', 'dept_med']))
    if lang == 'fr':
        m.subject = C(['Rappel — liste de départ et confidentialité', 'Nouvelle procédure de sign-out', 'Sign-out : bonnes pratiques'])
        body = ('Bonjour aux résident(e)s,\n\nRappel : la liste de départ doit être générée à partir du DCI (onglet « Liste de l\'équipe ») '
                'et ne doit jamais être envoyée par courriel externe ni imprimée hors de l\'unité. Format attendu par patient :\n\n'
                '   LIT | NOM, Prénom | âge/sexe | problème actif | à faire | NIM\n\n'
                'Utilisez la méthode I-PASS (sévérité, résumé, actions, contingences, synthèse). Un atelier aura lieu le %s.' % fr_date(m.date + dt.timedelta(days=9)))
    else:
        m.subject = C(['Reminder - sign-out and privacy', 'I-PASS sign-out workshop'])
        body = ('Hi residents,\n\nReminder: sign-out lists must be generated from the EHR and never e-mailed outside the hospital. Format per patient:\n\n'
                '   BED | LAST, First | age/sex | active issue | to do | code status\n\nUse I-PASS. Workshop on %s.' % en_date(m.date + dt.timedelta(days=9)))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    m.note = 'sign-out procedure reminder with placeholders only'
    return m


def neg_newstaff(lang):
    src = C(['bellavance', 'turcotte', 'fafard'])
    m = neg_base('newstaff', lang, src, C(['tous', 'dept_med', 'urg_md']))
    nm = C([('Dre', 'Amélie', 'Bergeron-Tessier', K('néphrologue', 'nephrologist'), K('dialyse péritonéale et glomérulonéphrites', 'peritoneal dialysis and glomerulonephritis')),
            ('Dr', 'Youssef', 'Haddad', K('cardiologue', 'cardiologist'), K('insuffisance cardiaque et échocardiographie', 'heart failure and echocardiography')),
            ('Dre', 'Kathleen', 'O\'Brien', K('gériatre', 'geriatrician'), K('troubles neurocognitifs et delirium', 'dementia and delirium')),
            ('Dr', 'Simon', 'Lavallée', K('pneumologue', 'respirologist'), K('MPOC, apnée du sommeil et nodules pulmonaires', 'COPD, sleep apnea and lung nodules'))])
    title, first, last, spec, focus = nm
    if lang == 'fr':
        m.subject = 'Bienvenue à %s %s %s' % (title, first, last)
        body = ('Bonjour,\n\nC\'est avec plaisir que nous accueillons %s %s %s, %s, qui se joint au département à compter du %s. '
                'Ses intérêts cliniques : %s. Elle/il fera partie de la rotation de garde dès le mois prochain. '
                'Ses coordonnées professionnelles sont jointes.' % (title, first, last, L(spec, 'fr'), fr_date(m.date + dt.timedelta(days=10)), L(focus, 'fr')))
    else:
        m.subject = 'Welcome to %s %s %s' % ('Dr', first, last)
        body = ('Hello,\n\nPlease welcome Dr %s %s, %s, joining the department on %s. Clinical interests: %s. Contact card attached.' % (
            first, last, L(spec, 'en'), en_date(m.date + dt.timedelta(days=10)), L(focus, 'en')))
    if P(0.7):
        m.atts.append(att_vcf('%s_%s.vcf' % (strip_accents(first), strip_accents(last).replace("'", '')), fn='%s %s %s' % (title, first, last), last=last, first=first,
                              org=HOSP_FR, title=L(spec, lang), tel='%s poste %d' % (HOSP_TEL, R.randint(4600, 4699)),
                              email_='%s.%s@%s' % (norm_marker(first), norm_marker(last), DOM), tel_type='WORK,VOICE'))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    m.note = 'new physician welcome (with staff vCard)'
    return m


def neg_drill(lang):
    m = neg_base('drill', lang, C(['turcotte', 'marcotte']), C(['tous', 'urg_inf', 'urg_md']))
    code = C([K('orange', 'orange'), K('rouge', 'red'), K('blanc', 'white')])
    d = (m.date + dt.timedelta(days=R.randint(7, 30))).replace(hour=C([9, 10, 14]), minute=0)
    if lang == 'fr':
        m.subject = 'Exercice code %s — %s' % (L(code, 'fr'), short_date(d, 'fr'))
        body = ('Bonjour,\n\nUn exercice de code %s (plan de mesures d\'urgence) aura lieu le %s vers %dh. Scénario : accident impliquant %d '
                'victimes simulées (figurants). Les patients réels ne seront pas affectés. Rôles : ASI = coordonnatrice de triage, '
                'urgentologue de jour = chef médical. Débriefing à 11h30 salle A-210.' % (L(code, 'fr'), fr_date(d), d.hour, R.randint(8, 25)))
    else:
        m.subject = 'Code %s drill - %s' % (L(code, 'en'), short_date(d, 'en'))
        body = ('Hello,\n\nA code %s drill will take place on %s around %d:00 with %d simulated casualties. Real patients are not affected. '
                'Debrief at 11:30 in A-210.' % (L(code, 'en'), en_date(d), d.hour, R.randint(8, 25)))
    m.text = '%s\n\n%s\n' % (body, signature(S['turcotte' if 'turcotte' in m.frm[1] else 'marcotte'], lang))
    m.note = 'emergency drill notice'
    return m


def neg_rotation(lang):
    m = neg_base('rotation', lang, C(['lachance', 'fitzgerald', 'bellavance']), C(['residents', 'dept_med']))
    res = ['Raman, Priya (R2)', 'Lemieux-Dubé, Alexis (R1)', 'Chen, Wei (R1)', 'Morneau, Clara (externe)', 'Petit, Hugo (externe)',
           'Ahmed, Sara (R3)', 'Beaudoin, Félix (R1)']
    blocks = ['P%d' % i for i in range(R.randint(6, 10), R.randint(11, 13))]
    rows = [[r] + [C(['CTU-A', 'CTU-B', 'Urgence', 'Consult MI', 'USI', 'Vacances', 'Nuit flottante']) for _ in blocks] for r in R.sample(res, 5)]
    hdr = ['Résident(e)' if lang == 'fr' else 'Resident'] + blocks
    m.subject = C(['Horaire des rotations — résidents', 'Répartition des stagiaires %s' % month_name(m.date, 'fr')]) if lang == 'fr' else 'Resident rotation schedule'
    intro = 'Bonjour,\n\nVoici la répartition des résident(e)s et externes pour les prochaines périodes.' if lang == 'fr' else 'Hi,\n\nRotation schedule for the upcoming blocks.'
    if P(0.5):
        m.atts.append(att_xlsx('rotations_%d.xlsx' % m.date.year, [('Rotations', hdr, rows)]))
        m.text = '%s\n\n%s\n' % (intro, signature(S[m.src], lang))
    else:
        m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), signature(S[m.src], lang))
        m.html = html_wrap(para_html(intro) + html_table(hdr, rows))
    m.note = 'resident rotation schedule'
    return m


def neg_corridor(lang):
    m = neg_base('corridor', lang, C(['turcotte', 'bellavance']), C(['urg_md', 'dept_med', 'urg_inf']))
    if lang == 'fr':
        m.subject = C(['Corridor de service AVC — mise à jour', 'Procédure de transfert vers le %s' % CHU, 'Centrale de transferts — nouveaux numéros'])
        body = ('Bonjour,\n\nSuite à l\'entente avec le %s, la procédure de transfert est modifiée :\n\n1. Appeler la Centrale régionale de transferts au 1-855-555-0142.\n'
                '2. Compléter la note de transfert (formulaire AH-%03d).\n3. Transmettre les images via le PACS régional.\n'
                '4. Ne pas transmettre de renseignements cliniques par courriel non sécurisé.\n\nStatistiques %d : %d transferts, délai médian d\'acceptation %d min.' % (
                    CHU, R.randint(100, 799), m.date.year - 1, R.randint(120, 260), R.randint(18, 70)))
    else:
        m.subject = 'Transfer procedure to %s - update' % CHU
        body = ('Hello,\n\nTransfer procedure update:\n\n1. Call the regional transfer centre at 1-855-555-0142.\n2. Complete the transfer note.\n'
                '3. Push images to regional PACS.\n\nLast year: %d transfers, median acceptance time %d min.' % (R.randint(120, 260), R.randint(18, 70)))
    m.text = '%s\n\n%s\n' % (body, signature(S[m.src], lang))
    m.note = 'transfer corridor procedure (no patients)'
    return m


def neg_expense(lang):
    src = C(['raman', 'desrosiers', 'harrington', 'chouinard'])
    m = neg_base('expense', lang, src, ('Comptes payables', 'comptes.payables@' + DOM))
    conf = C(['Congrès de l\'AMUQ', 'Journées de médecine interne', 'Congrès de l\'OIIQ', 'CAEP Conference'])
    amt = [('Inscription', R.randint(350, 900)), ('Hébergement (2 nuits)', R.randint(280, 560)), ('Kilométrage (%d km x 0,54 $)' % R.randint(200, 700), R.randint(100, 380)),
           ('Repas', R.randint(60, 140))]
    if lang == 'fr':
        m.subject = C(['Remboursement de frais — %s' % conf, 'Réclamation de dépenses', 'Frais de congrès'])
        body = ('Bonjour,\n\nCi-jointe ma réclamation pour le %s. Numéro d\'employé : %d. Centre de coûts : %d.\n\n%s\n\nTotal : %d $\nMerci!' % (
            conf, R.randint(100000, 199999), R.randint(600000, 699999), '\n'.join('%s : %d $' % a for a in amt), sum(a[1] for a in amt)))
    else:
        m.subject = 'Expense claim - %s' % conf
        body = ('Hello,\n\nAttached is my claim for %s. Employee #%d.\n\n%s\n\nTotal: $%d\nThanks!' % (
            conf, R.randint(100000, 199999), '\n'.join('%s: $%d' % a for a in amt), sum(a[1] for a in amt)))
    if P(0.5):
        m.atts.append(att_pdf('recus_%s.pdf' % m.date.strftime('%Y%m%d'), 'Reçus' if lang == 'fr' else 'Receipts', ['%s : %d $' % a for a in amt]))
    m.text = '%s\n\n%s\n' % (body, signature(S[src], lang))
    m.note = 'staff expense claim'
    return m


def neg_clinicsched(lang):
    m = neg_base('clinicsched', lang, C(['grondin', 'ouimet']), C(['dept_med', 'urg_md', 'gmf']))
    rows = []
    for spec, key, dis in SPECS[:5]:
        rows.append([C(JOURS[:5]) if lang == 'fr' else C(DAYS[:5]), S[key].full(), L(dis, lang), C(['AM', 'PM', 'AM+PM']), 'Local %s' % C(['C-101', 'C-104', 'C-110'])])
    hdr = ['Jour', 'Médecin', 'Clientèle', 'Plage', 'Local'] if lang == 'fr' else ['Day', 'Physician', 'Patients seen', 'Slot', 'Room']
    m.subject = 'Horaire des cliniques externes — %s' % month_name(m.date, 'fr') if lang == 'fr' else 'Outpatient clinic schedule - %s' % month_name(m.date, 'en')
    intro = ('Bonjour,\n\nHoraire des cliniques externes de médecine spécialisée. Les références doivent passer par le CRDS.' if lang == 'fr'
             else 'Hello,\n\nSpecialty outpatient clinic schedule. Referrals go through the central referral desk.')
    m.text = '%s\n\n%s\n\n%s\n' % (intro, text_table(hdr, rows), signature(S[m.src], lang))
    m.note = 'outpatient clinic schedule (physicians and conditions they treat)'
    return m


def neg_fwdattach(lang):
    inner = C([neg_committee, neg_union, neg_education, neg_protocol, neg_infection, neg_labnotice])(lang)
    m = Msg('fwdchain', lang, False)
    m.frm = staff_addr(C(['leclerc', 'boisvert', 'turcotte', 'grondin']))
    m.to = [list_addr(C(['urg_inf', 'med4b', 'chefs']))]
    m.date = inner.date + dt.timedelta(hours=R.randint(1, 48))
    m.subject = C(['TR: ', 'Fwd: ', 'FW: ']) + inner.subject
    m.fwd = True
    m.text = ('%s\n\n%s\n' % (C(['Bonjour,\n\nÀ lire svp (voir message joint).', 'Pour votre info, message en PJ.', 'FYI']), m.frm[0].split()[0])
              if lang == 'fr' else 'Hi,\n\nPlease read the attached message.\n\n%s\n' % m.frm[0].split()[0])
    attach_eml(m, inner)
    m.note = 'forward with attached .eml (%s)' % inner.cat
    return m


# ---------------------------------------------------------------------------
# Plan
# ---------------------------------------------------------------------------
POS_PLAN = [
    (pos_signout, 14), (pos_consult, 12), (pos_labcallback, 12), (pos_transfer, 10), (pos_bedmgmt, 8), (pos_homecare, 8),
    (pos_booking, 7), (pos_pharmacy, 6), (pos_social, 6), (pos_discharge, 8), (pos_followup, 6), (pos_foreign, 8),
    (pos_incident, 5), (pos_family, 4), (pos_isolation, 4), (pos_fwdchain, 2),
]
NEG_PLAN = [
    (neg_roster, 8), (neg_staffing, 7), (neg_equip_recall, 7), (neg_equip_maint, 6), (neg_meeting, 8), (neg_education, 8),
    (neg_union, 8), (neg_it, 7), (neg_bedstats, 7), (neg_infection, 6), (neg_pharmbulletin, 7), (neg_labnotice, 6),
    (neg_teaching, 7), (neg_hr, 6), (neg_invoice, 6), (neg_newsletter, 5), (neg_blankform, 6), (neg_jobposting, 5),
    (neg_oncall, 6), (neg_committee, 5), (neg_facilities, 5), (neg_social, 4), (neg_research, 4), (neg_quality, 5),
    (neg_protocol, 5), (neg_signout_howto, 4), (neg_newstaff, 4), (neg_drill, 3), (neg_rotation, 4), (neg_corridor, 2),
    (neg_expense, 3), (neg_clinicsched, 3), (neg_fwdattach, 3),
]


# ---------------------------------------------------------------------------
# Build, write, self-check
# ---------------------------------------------------------------------------
def build_pools():
    blind = load_blind()
    for p in blind:
        p.mrn, p.phone, p.addr = gen_mrn(), new_phone(), new_addr()
    qc = []
    for s, g, d, x in EXTRA_QC:
        p = Pt(s, g, dt.date.fromisoformat(d), x)
        p.mrn, p.phone, p.addr = gen_mrn(), new_phone(), new_addr()
        qc.append(p)
    on, be, fr = [], [], []
    for s, g, d, x in EXTRA_ON:
        p = Pt(s, g, dt.date.fromisoformat(d), x, origin='on')
        p.mrn, p.phone = gen_mrn(), '613-555-01%02d' % R.randint(0, 99)
        p.addr = '%d %s, Kinnear Falls (Ontario) K0J 9Z%d' % (R.randint(10, 999), C(['Riverside Drive', 'Maple Crescent', 'Church Street']), R.randint(1, 9))
        p.ids['ohip'] = gen_ohip()
        on.append(p)
    for s, g, d, x in EXTRA_BE:
        p = Pt(s, g, dt.date.fromisoformat(d), x, origin='be')
        p.mrn, p.phone, p.addr = gen_mrn(), '+32 2 555 01 %02d' % R.randint(0, 99), 'Rue des Tilleuls %d, 9999 Bruxelles-Exemple' % R.randint(1, 99)
        p.ids['niss'] = gen_niss(p.dob, p.sex)
        be.append(p)
    for s, g, d, x in EXTRA_FR:
        p = Pt(s, g, dt.date.fromisoformat(d), x, origin='fr')
        p.mrn, p.phone, p.addr = gen_mrn(), '+33 1 55 55 01 %02d' % R.randint(0, 99), '%d rue des Lilas, 99999 Ville-Exemple' % R.randint(1, 99)
        p.ids['nir'] = gen_nir(p.dob, p.sex)
        fr.append(p)
    POOL.update(blind=blind, qc=qc, on=on, be=be, fr=fr)


def check_ids():
    for p in POOL['on']:
        assert luhn.is_valid(p.ids['ohip']) and len(p.ids['ohip']) == 10
    for p in POOL['be']:
        assert be_nn.is_valid(p.ids['niss'])
    for p in POOL['fr']:
        assert fr_nir.is_valid(p.ids['nir'])
    for p in POOL['blind'] + POOL['qc']:
        if 'sin' in p.ids:
            assert ca_sin.is_valid(p.ids['sin'])


def pdf_text(b):
    s = b.decode('latin-1')
    s = re.sub(r'\\([0-7]{3})', lambda mo: bytes([int(mo.group(1), 8)]).decode('cp1252', 'replace'), s)
    return s.replace('\\(', '(').replace('\\)', ')')


def bytes_text(b, depth=0):
    if b[:2] == b'PK' and depth < 3:
        out = []
        with zipfile.ZipFile(io.BytesIO(b)) as z:
            for n in z.namelist():
                out.append(n)
                out.append(bytes_text(z.read(n), depth + 1))
        return '\n'.join(out)
    if b[:4] == b'%PDF':
        return pdf_text(b)
    try:
        return html.unescape(b.decode('utf-8'))
    except UnicodeDecodeError:
        return b.decode('cp1252', 'replace')


def extract_all(msg):
    texts = []
    for part in msg.walk():
        for h in ('subject', 'from', 'to'):
            if part.get(h):
                texts.append(str(part.get(h)))
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            texts.append(fn)
        content = part.get_content()
        if isinstance(content, str):
            texts.append(html.unescape(content))
        elif isinstance(content, bytes):
            texts.append(bytes_text(content))
        if part.defects:
            raise AssertionError('MIME defects: %r' % part.defects)
    return '\n'.join(texts)


def self_check(out, labels, records):
    files = sorted(os.path.relpath(os.path.join(d, f), out).replace(os.sep, '/')
                   for sub in ('positive', 'negative') for d, _, fs in os.walk(os.path.join(out, sub)) for f in fs)
    assert files == sorted(labels), 'labels do not cover exactly the files'
    npos = sum(1 for f in files if f.startswith('positive/'))
    nneg = sum(1 for f in files if f.startswith('negative/'))
    assert (npos, nneg) == (N_POS, N_NEG), (npos, nneg)
    langs = {'positive': {'fr': 0, 'en': 0}, 'negative': {'fr': 0, 'en': 0}}
    for f in files:
        lab = labels[f]
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['Subject'] is not None and msg['Date'], f
        if msg.defects:
            raise AssertionError('%s: %r' % (f, msg.defects))
        text = extract_all(msg)
        langs[f.split('/')[0]][lab['lang']] += 1
        if f.startswith('positive/'):
            assert lab['confidential'] is True and lab['types'], f
            assert set(lab['types']) <= set(ALL_TYPES), f
            assert any(t in IDENT_TYPES for t in lab['types']), f
            assert any(t not in IDENT_TYPES or t == 'patient_name' for t in lab['types'] if t != 'patient_name') or \
                len(lab['types']) > 1, f
            ntext = norm_marker(text)
            ids = [s for typ, s in records[f] if typ in IDENT_TYPES]
            found = [s for s in ids if norm_marker(s) and norm_marker(s) in ntext]
            assert found, '%s: no identifying marker found' % f
            for typ, s in records[f]:
                assert typ in lab['types']
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
            ntext = norm_marker(text)
            for p in POOL['blind'] + POOL['qc'] + POOL['on'] + POOL['be'] + POOL['fr']:
                for probe in [p.nam, p.mrn, p.given + p.surname, p.surname + p.given] + list(p.ids.values()):
                    if probe:
                        assert norm_marker(probe) not in ntext, '%s: patient data in a negative' % f
    h = hashlib.sha256()
    for f in files + ['labels.json']:
        with open(os.path.join(out, f), 'rb') as fh:
            data = fh.read()
        h.update(f.encode('utf-8') + b'\0' + data + b'\0')
    return npos, nneg, langs, h.hexdigest()


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args(argv)
    R.seed(a.seed)
    out = a.out
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    build_pools()
    check_ids()
    assert sum(n for _, n in POS_PLAN) == N_POS and sum(n for _, n in NEG_PLAN) == N_NEG
    pos_jobs = [fn for fn, n in POS_PLAN for _ in range(n)]
    neg_jobs = [fn for fn, n in NEG_PLAN for _ in range(n)]
    R.shuffle(pos_jobs)
    R.shuffle(neg_jobs)
    pos_langs = ['en'] * (N_POS // 4) + ['fr'] * (N_POS - N_POS // 4)
    neg_langs = ['en'] * (N_NEG // 4) + ['fr'] * (N_NEG - N_NEG // 4)
    R.shuffle(pos_langs)
    R.shuffle(neg_langs)
    foreign_cycle = ['on', 'be', 'fr', 'sin'] * 4
    labels, records = {}, {}
    for positive, jobs, langs in ((True, pos_jobs, pos_langs), (False, neg_jobs, neg_langs)):
        for i, (fn, lang) in enumerate(zip(jobs, langs)):
            if fn is pos_foreign:
                m = fn(lang, foreign_cycle.pop(0))
            else:
                m = fn(lang)
            assert m.positive == positive
            if not (m.reply or m.fwd):
                maybe_wrap(m)
            data = assemble(m)
            rel = '%s/%s%03d_%s.eml' % ('positive' if positive else 'negative', 'p' if positive else 'n', i + 1, m.cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            types = sorted(m.types)
            if not positive:
                assert not types and not m.markers
            labels[rel] = {'confidential': positive, 'types': types, 'lang': lang,
                           'note': m.note + ('; reply quoting original' if m.reply and 'reply' not in m.note else '')
                           + ('; forwarded' if m.fwd and 'forward' not in m.note else '')}
            records[rel] = list(m.markers)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    npos, nneg, langs, digest = self_check(out, labels, records)
    print('positives: %d (fr %d, en %d)' % (npos, langs['positive']['fr'], langs['positive']['en']))
    print('negatives: %d (fr %d, en %d)' % (nneg, langs['negative']['fr'], langs['negative']['en']))
    print('self-check: OK')
    print('sha256: %s' % digest)


if __name__ == '__main__':
    main()
