#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus - rehabilitation and long-term care flavour.

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180),
labels.json and README.md next to this file (or under --out DIR), deterministically
from the seed.  Every RAMQ NAM comes from ../blind_nams.txt.  All other people,
institutions, addresses, domains and phone numbers are invented.
"""
import argparse
import base64
import datetime as dt
import email
import email.header
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
import zipfile
import zlib

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAMS_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 5454
N_POS, N_NEG = 120, 180
FIXED_DT = (2024, 1, 2, 8, 0, 0)
FIXED_ISO = '2024-01-02T08:00:00Z'
TODAY = dt.date(2024, 6, 1)          # reference date for ages

ALL_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
             'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
             'patient_contact', 'social_information']

MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def ascii_fold(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def slug(s):
    return re.sub(r'[^a-z0-9]+', '', ascii_fold(s).lower())


# --------------------------------------------------------------------------------------
# invented world
# --------------------------------------------------------------------------------------
INST = {
    'cisss': dict(fr="CISSS des Hautes-Rivières", en="CISSS des Hautes-Rivières",
                  dom='cisss-hautesrivieres.example',
                  addr="1200, boul. des Draveurs, Val-Brûlé (Québec)  J0T 4K2", tel='819 555-0100'),
    'clsc': dict(fr="CLSC du Vieux-Moulin", en="CLSC du Vieux-Moulin",
                 dom='cisss-hautesrivieres.example',
                 addr="45, rue Principale Nord, Saint-Aubert-des-Monts (Québec)  J0T 2B1", tel='819 555-0142'),
    'clsc2': dict(fr="CLSC des Trois-Chutes", en="CLSC des Trois-Chutes",
                  dom='cisss-hautesrivieres.example',
                  addr="780, route des Chutes, Lac-aux-Hérons (Québec)  J0T 1R0", tel='819 555-0163'),
    'chsld': dict(fr="CHSLD Jardins-du-Héron", en="CHSLD Jardins-du-Héron",
                  dom='cisss-hautesrivieres.example',
                  addr="300, rue des Hérons, Val-Brûlé (Québec)  J0T 4K5", tel='819 555-0177'),
    'chsld2': dict(fr="CHSLD Pavillon Belle-Rive", en="CHSLD Pavillon Belle-Rive",
                   dom='cisss-hautesrivieres.example',
                   addr="12, chemin du Rivage, Sainte-Clotilde-du-Lac (Québec)  J0T 3C0", tel='819 555-0188'),
    'crp': dict(fr="Centre de réadaptation L'Envolée", en="L'Envolée Rehabilitation Centre",
                dom='cisss-hautesrivieres.example',
                addr="2250, rue Pointe-aux-Genévriers, Val-Brûlé (Québec)  J0T 4L1", tel='819 555-0121'),
    'urfi': dict(fr="URFI - Hôpital Sainte-Olive", en="IFRU - Sainte-Olive Hospital",
                 dom='cisss-hautesrivieres.example',
                 addr="900, avenue Sainte-Olive, Val-Brûlé (Québec)  J0T 4K9", tel='819 555-0130'),
    'hosp': dict(fr="Hôpital régional de Val-Brûlé", en="Val-Brûlé Regional Hospital",
                 dom='cisss-hautesrivieres.example',
                 addr="1000, boul. des Draveurs, Val-Brûlé (Québec)  J0T 4K2", tel='819 555-0101'),
    # English-speaking establishment
    'en_cisss': dict(fr="CIUSSS de l'Ouest-des-Cèdres", en="CIUSSS de l'Ouest-des-Cèdres",
                     dom='ciusss-ouestcedres.example',
                     addr="4100 Cedarbrook Road, Lakeview-on-the-Cedars, Quebec  H9X 0A4", tel='514 555-0190'),
    'en_chsld': dict(fr="CHSLD Maplewood", en="Maplewood Residence (CHSLD)",
                     dom='ciusss-ouestcedres.example',
                     addr="85 Maplewood Crescent, Lakeview-on-the-Cedars, Quebec  H9X 0B2", tel='514 555-0155'),
    'en_clsc': dict(fr="CLSC Cedarbrook", en="Cedarbrook CLSC - Home Care Program",
                    dom='ciusss-ouestcedres.example',
                    addr="4120 Cedarbrook Road, Lakeview-on-the-Cedars, Quebec  H9X 0A4", tel='514 555-0193'),
    'en_rehab': dict(fr="Centre de réadaptation Westbrook", en="Westbrook Rehabilitation Centre",
                     dom='ciusss-ouestcedres.example',
                     addr="17 Westbrook Avenue, Lakeview-on-the-Cedars, Quebec  H9X 0C7", tel='514 555-0168'),
    'ont': dict(fr="Carrow Valley Community Hospital", en="Carrow Valley Community Hospital",
                dom='carrowvalley-hospital.example',
                addr="220 Mill Pond Road, Carrow Valley, Ontario  K0A 9Z9", tel='613 555-0134'),
    'ont_hc': dict(fr="Carrow Valley Home and Community Care", en="Carrow Valley Home and Community Care",
                   dom='cvhomecare.example',
                   addr="14 Mill Pond Road, Carrow Valley, Ontario  K0A 9Z9", tel='613 555-0146'),
    'be': dict(fr="Centre hospitalier de la Haute-Meuse", en="Centre hospitalier de la Haute-Meuse",
               dom='chhautemeuse.example', addr="Rue des Tanneurs 41, 5999 Meuse-la-Haute (Belgique)",
               tel='+32 81 555 01 72'),
    'fr': dict(fr="CHU de Villeneuve-sur-Orbe - Service de MPR", en="CHU de Villeneuve-sur-Orbe",
               dom='chu-villeneuve-orbe.example', addr="3 allée des Tilleuls, 99990 Villeneuve-sur-Orbe (France)",
               tel='+33 5 55 50 12 40'),
    'gmf': dict(fr="GMF des Trois-Chutes", en="Trois-Chutes FMG", dom='gmf-troischutes.example',
                addr="790, route des Chutes, Lac-aux-Hérons (Québec)  J0T 1R0", tel='819 555-0170'),
    'pharm': dict(fr="Pharmacie Lemire et Roussel", en="Lemire & Roussel Pharmacy", dom='pharmalemire.example',
                  addr="61, rue Principale Sud, Saint-Aubert-des-Monts (Québec)  J0T 2B3", tel='819 555-0159'),
}

SUPPLIERS = [
    dict(name="Médi-Mobilité inc.", dom='medimobilite.example', tel='450 555-0111', contact=("Karine", "Desrosiers")),
    dict(name="Équipements Orthonord", dom='orthonord.example', tel='819 555-0124', contact=("Stéphane", "Lévesque")),
    dict(name="ErgoPlus Distribution", dom='ergoplus-distribution.example', tel='514 555-0131', contact=("Mélanie", "Côté")),
    dict(name="LiftCare Systems Ltd.", dom='liftcare.example', tel='905 555-0118', contact=("Derek", "Hollis")),
    dict(name="Fournitures Hygia Santé", dom='hygia-sante.example', tel='418 555-0127', contact=("Annie", "Rioux")),
    dict(name="Rehab Source Canada", dom='rehabsource.example', tel='613 555-0152', contact=("Priya", "Raman")),
]

STREETS_FR = ['rue des Érables', 'rang Saint-Joseph', 'rue Principale', 'avenue des Pins', 'rue du Moulin',
              'chemin du Lac-Vert', 'rue Notre-Dame', 'montée des Bouleaux', 'rue de la Fabrique',
              'boulevard des Draveurs', 'rue Sainte-Anne', 'chemin des Patriotes', 'rue des Hirondelles',
              'rang du Petit-Bois', 'rue Champlain', 'rue des Tilleuls', 'place du Parc', 'rue Saint-Louis']
STREETS_EN = ['Maple Street', 'Cedarbrook Road', 'Birch Avenue', 'Elm Crescent', 'Lakeshore Drive',
              'Church Street', 'Willow Lane', 'Station Road', 'Oakridge Boulevard', 'Hillcrest Avenue']
TOWNS = [('Val-Brûlé', 'J0T 4K'), ('Saint-Aubert-des-Monts', 'J0T 2B'), ('Lac-aux-Hérons', 'J0T 1R'),
         ('Sainte-Clotilde-du-Lac', 'J0T 3C'), ('Pointe-aux-Genévriers', 'J0T 5A'), ('Saint-Jude-du-Rang', 'J0T 2H')]
TOWNS_EN = [('Lakeview-on-the-Cedars', 'H9X 0'), ('Cedar Hill', 'H9Y 1'), ('Beaconsfield Mills', 'H9Z 2')]

STAFF_GIVEN_F = ['Julie', 'Isabelle', 'Catherine', 'Valérie', 'Mélanie', 'Chantal', 'Annie', 'Karine', 'Émilie',
                 'Marie-Ève', 'Audrey', 'Stéphanie', 'Nancy', 'Josiane', 'Véronique', 'Caroline', 'Mireille',
                 'Lucie', 'Hélène', 'Andréanne', 'Sophie', 'Maude', 'Kim', 'Jennifer', 'Rachel', 'Laura']
STAFF_GIVEN_M = ['François', 'Martin', 'Mathieu', 'Patrick', 'Sébastien', 'Yannick', 'Éric', 'Olivier', 'Alexandre',
                 'Jean-Philippe', 'Steve', 'Maxime', 'Frédéric', 'Kevin', 'Daniel', 'Benoît', 'Tom', 'Ryan']
STAFF_SURN = ['Tremblay', 'Bergeron', 'Lavoie', 'Côté', 'Pelletier', 'Bélanger', 'Lévesque', 'Gagné', 'Girard',
              'Dubé', 'Beaulieu', 'Morin', 'Roy', 'Gagnon', 'Simard', 'Caron', 'Leclerc', 'Dufour', 'Bédard',
              'Vaillancourt', 'Ménard', 'Lemieux', 'Paradis', 'Hébert', 'Thériault', 'Boivin', 'Picard',
              "O'Neill", 'Murphy', 'Campbell', 'Stewart', 'Kowalski', 'Nguyen', 'Haddad', 'Joseph', 'Ferreira']

EXTRA_GIVEN_F = ['Gisèle', 'Thérèse', 'Yvette', 'Rita', 'Huguette', 'Pierrette', 'Lise', 'Margaret', 'Dorothy',
                 'Jeannine', 'Colette', 'Fernande', 'Aline', 'Carmen', 'Irène', 'Rollande']
EXTRA_GIVEN_M = ['Réal', 'Gaston', 'Roger', 'Fernand', 'Marcel', 'Lucien', 'Raymond', 'Arthur', 'Walter', 'Jean-Guy',
                 'Rosaire', 'Conrad', 'Normand', 'Hector', 'Wilfrid', 'Gérard']
EXTRA_SURN = ['Bérubé', 'Larochelle', 'Dionne', 'Goulet', 'Rochette', 'Lachance', 'Marcoux', 'Desjardins',
              'Thibodeau', 'Veilleux', 'Lambert', 'Gosselin', 'Cormier', 'McKenzie', 'Fitzgerald', 'Harrison',
              'Chabot', 'Proulx', 'Turcotte', 'Perreault', 'Vachon', 'Lacasse']


# --------------------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------------------
def luhn_complete(prefix):
    return prefix + luhn.calc_check_digit(prefix)


def gen_sin(rng):
    while True:
        n = luhn_complete(str(rng.choice([1, 2, 3, 4, 5, 6, 7])) + ''.join(str(rng.randrange(10)) for _ in range(7)))
        if ca_sin.is_valid(n):
            return n


def gen_ohip(rng):
    while True:
        n = luhn_complete(str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8)))
        if luhn.is_valid(n) and len(n) == 10:
            return n


def gen_niss(rng, dob, sex):
    seq = rng.randrange(1, 499) * 2 + (0 if sex == 'F' else 1)
    if seq > 997:
        seq -= 2
    base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, seq)
    num = int(('2' + base) if dob.year >= 2000 else base)
    chk = 97 - num % 97
    n = base + '%02d' % chk
    assert be_nn.is_valid(n), n
    return n


def gen_nir(rng, dob, sex):
    dept = rng.choice(['13', '31', '33', '44', '59', '69', '75', '86', '87'])
    base = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                     rng.randrange(1, 990), rng.randrange(1, 999))
    key = 97 - int(base) % 97
    n = base + '%02d' % key
    assert fr_nir.is_valid(n), n
    return n


def gen_mrn(rng):
    return '%07d' % rng.randrange(100000, 9999999)


def fmt_sin(n, style):
    return {0: n, 1: '%s %s %s' % (n[:3], n[3:6], n[6:]), 2: '%s-%s-%s' % (n[:3], n[3:6], n[6:])}[style % 3]


def fmt_ohip(n, vc, style):
    return {0: '%s-%s-%s-%s' % (n[:4], n[4:7], n[7:], vc), 1: '%s %s %s %s' % (n[:4], n[4:7], n[7:], vc),
            2: n + vc, 3: n}[style % 4]


def fmt_niss(n, style):
    return {0: '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]), 1: n,
            2: '%s %s %s %s %s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])}[style % 3]


def fmt_nir(n, style):
    return {0: '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
            1: n, 2: '%s %s' % (n[:13], n[13:])}[style % 3]


def fmt_nam(nam, style):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    return {
        'compact': nam,
        'spaced': '%s %s %s' % (a, b, c),
        'dash': '%s-%s-%s' % (a, b, c),
        'lower': ('%s %s %s' % (a, b, c)).lower(),
        'dots': '%s.%s.%s' % (a, b, c),
        'ocr': '%s %s %s' % (a, b.replace('0', 'O', 1) if '0' in b else b, c),
        'split': '%s %s%s' % (a, b, c),
        'letters': '%s %s %s' % (' '.join(a), b, c),
    }[style]


def fmt_mrn(m, style):
    return {0: m, 1: '%s-%s' % (m[:3], m[3:]), 2: '%s %s %s' % (m[:1], m[1:4], m[4:]),
            3: 'H' + m, 4: '00' + m}[style % 5]


# --------------------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------------------
class Person(object):
    def __init__(self, surname, given, dob, sex, nam=None, blind=False):
        self.surname, self.given, self.dob, self.sex, self.nam, self.blind = surname, given, dob, sex, nam, blind
        self.extra = {}

    @property
    def age(self):
        d = TODAY
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))

    def key(self):
        return (self.surname, self.given, self.dob.isoformat())


def load_blind():
    people = []
    with open(NAMS_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            people.append(Person(sur, giv, dt.date.fromisoformat(dob), sex, nam, blind=True))
    return people


def dob_fmt(d, lang, style):
    if lang == 'fr':
        opts = [d.isoformat(), d.strftime('%d/%m/%Y'), '%d %s %d' % (d.day, MOIS[d.month - 1], d.year),
                d.strftime('%Y/%m/%d'), d.strftime('%d-%m-%Y'), '%02d-%02d-%02d' % (d.year % 100, d.month, d.day)]
    else:
        opts = [d.isoformat(), '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year), d.strftime('%d/%m/%Y'),
                '%d-%s-%d' % (d.day, MONTHS[d.month - 1][:3], d.year), d.strftime('%Y/%m/%d'), d.strftime('%m/%d/%Y')]
    return opts[style % len(opts)]


def date_fmt(d, lang, style=0):
    if lang == 'fr':
        opts = ['%d %s %d' % (d.day, MOIS[d.month - 1], d.year), '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1]),
                d.strftime('%d/%m'), d.isoformat(), '%d %s' % (d.day, MOIS[d.month - 1])]
    else:
        opts = ['%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year), '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day),
                d.strftime('%d/%m'), d.isoformat(), '%s %d' % (MONTHS[d.month - 1][:3], d.day)]
    return opts[style % len(opts)]


def pname(p, lang, style):
    """Return a rendering of a patient's name."""
    if lang == 'fr':
        title = 'Mme' if p.sex == 'F' else 'M.'
    else:
        title = 'Mrs.' if p.sex == 'F' else 'Mr.'
    g, s = p.given, p.surname
    return {
        'title_full': '%s %s %s' % (title, g, s),
        'title_sur': '%s %s' % (title, s),
        'full': '%s %s' % (g, s),
        'sur_first': '%s, %s' % (s.upper(), g),
        'sur_plain': '%s %s' % (s, g),
        'initial': '%s. %s' % (g[0], s),
        'sur_init': '%s %s.' % (s, g[0]),
        'lower': ('%s %s' % (g, s)).lower(),
        'upper': ('%s %s' % (g, s)).upper(),
        'typo': '%s %s' % (g, typo_word(s)),
    }[style]


def typo_word(w):
    if len(w) < 5:
        return w + w[-1]
    i = len(w) // 2
    return w[:i - 1] + w[i] + w[i - 1] + w[i + 1:]


def he(p, lang):
    if lang == 'fr':
        return 'elle' if p.sex == 'F' else 'il'
    return 'she' if p.sex == 'F' else 'he'


def his(p, lang):
    if lang == 'fr':
        return 'sa'
    return 'her' if p.sex == 'F' else 'his'


def e_(p):
    """French feminine agreement suffix."""
    return 'e' if p.sex == 'F' else ''


# --------------------------------------------------------------------------------------
# mail model and body rendering
# --------------------------------------------------------------------------------------
class Mail(object):
    def __init__(self, lang, cat):
        self.lang, self.cat = lang, cat
        self.frm = None
        self.to, self.cc = [], []
        self.subject = ''
        self.blocks = []
        self.atts = []            # dicts: name, ctype, data, [cte]
        self.types = set()
        self.note = ''
        self.evidence = []        # strings that must be found in the decoded message
        self.mode = None          # None -> random; 'plain', 'html', 'alt'
        self.date = None
        self.extra_headers = []
        self.charset = None
        self.table_style = None
        self.related_logo = False

    def add(self, *blocks):
        self.blocks.extend(blocks)


def _txt_table(header, rows, style):
    rows = [[str(c) for c in r] for r in rows]
    allr = ([list(header)] if header else []) + rows
    if style == 'tab':
        return '\n'.join('\t'.join(r) for r in allr)
    if style == 'pipe':
        return '\n'.join('| ' + ' | '.join(r) + ' |' for r in allr)
    if style == 'semi':
        return '\n'.join(' ; '.join(r) for r in allr)
    widths = [max(len(r[i]) for r in allr if i < len(r)) for i in range(len(allr[0]))]
    out = []
    for k, r in enumerate(allr):
        out.append('  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0 and header:
            out.append('  '.join('-' * w for w in widths))
    return '\n'.join(out)


def render_plain(blocks, table_style='space'):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(b)
            continue
        kind = b[0]
        if kind == 'ul':
            bullet = b[2] if len(b) > 2 else '-'
            out.append('\n'.join('%s %s' % (bullet, it) for it in b[1]))
        elif kind == 'ol':
            out.append('\n'.join('%d. %s' % (i + 1, it) for i, it in enumerate(b[1])))
        elif kind == 'table':
            out.append(_txt_table(b[1], b[2], table_style))
        elif kind == 'kv':
            out.append('\n'.join('%s : %s' % (k, v) if v != '' else k for k, v in b[1]))
        elif kind == 'sig':
            out.append('-- \n' + '\n'.join(b[1]) if b[2:] and b[2] else '\n'.join(b[1]))
        elif kind == 'pre':
            out.append(b[1])
        elif kind == 'hr':
            out.append('_' * 40)
        elif kind == 'quote':
            hdr_lines, inner, style = b[1], b[2], b[3]
            text = render_plain(inner, table_style)
            if style == 'gt':
                q = '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
                out.append('\n'.join(hdr_lines) + '\n' + q)
            else:
                out.append('\n'.join(hdr_lines) + '\n\n' + text)
    return '\n\n'.join(out) + '\n'


def _h(s):
    return html.escape(s, quote=False).replace('\n', '<br>\n')


def render_html_blocks(blocks):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append('<p>%s</p>' % _h(b))
            continue
        kind = b[0]
        if kind in ('ul', 'ol'):
            tag = kind
            out.append('<%s>\n%s\n</%s>' % (tag, '\n'.join('<li>%s</li>' % _h(it) for it in b[1]), tag))
        elif kind == 'table':
            rows = []
            if b[1]:
                rows.append('<tr>%s</tr>' % ''.join('<th style="border:1px solid #999;padding:2px 6px">%s</th>' % _h(str(c)) for c in b[1]))
            for r in b[2]:
                rows.append('<tr>%s</tr>' % ''.join('<td style="border:1px solid #999;padding:2px 6px">%s</td>' % _h(str(c)) for c in r))
            out.append('<table style="border-collapse:collapse;font-size:10pt">\n%s\n</table>' % '\n'.join(rows))
        elif kind == 'kv':
            out.append('<p>%s</p>' % '<br>\n'.join(('<b>%s</b> : %s' % (_h(k), _h(v))) if v != '' else '<b>%s</b>' % _h(k) for k, v in b[1]))
        elif kind == 'sig':
            out.append('<p style="color:#1f3864;font-size:9pt">%s</p>' % '<br>\n'.join(_h(l) for l in b[1]))
        elif kind == 'pre':
            out.append('<pre>%s</pre>' % html.escape(b[1], quote=False))
        elif kind == 'hr':
            out.append('<hr>')
        elif kind == 'quote':
            hdr_lines, inner, style = b[1], b[2], b[3]
            out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                       '<p style="font-size:10pt">%s</p></div>\n<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">\n%s\n</blockquote>'
                       % ('<br>\n'.join(_h(l) for l in hdr_lines), render_html_blocks(inner)))
    return '\n'.join(out)


def render_html(blocks, charset, lang, logo_cid=None):
    body = render_html_blocks(blocks)
    if logo_cid:
        body += '\n<p><img src="cid:%s" alt="logo" width="16" height="16"></p>' % logo_cid
    return ('<html lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '</head>\n<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s\n</body>\n</html>\n'
            % (lang, charset, body))


# --------------------------------------------------------------------------------------
# attachments (deterministic)
# --------------------------------------------------------------------------------------
def zip_bytes(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def normalize_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            txt = blob.decode('utf-8')
            txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>%s\g<3>' % FIXED_ISO, txt)
            txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\g<2>' % FIXED_ISO, txt)
            blob = txt.encode('utf-8')
        members.append((info.filename, blob))
    return zip_bytes(members)


def make_pdf(title, lines, author='', compress=True):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setCreator('Microsoft Word')
    w, h = letter
    y = h - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 9.5)
    for line in lines:
        chunks = []
        if line == '':
            chunks = ['']
        else:
            cur = ''
            for word in line.split(' '):
                if len(cur) + len(word) + 1 > 100:
                    chunks.append(cur)
                    cur = word
                else:
                    cur = (cur + ' ' + word) if cur else word
            chunks.append(cur)
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 9.5)
                y = h - 60
            c.drawString(50, y, ch)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author='', paras_after=()):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2024, 1, 2, 8, 0, 0)
    cp.modified = dt.datetime(2024, 1, 2, 8, 0, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        t.style = 'Table Grid'
        for i, hcell in enumerate(header):
            t.rows[0].cells[i].text = str(hcell)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    for p in paras_after:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author=''):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 1, 2, 8, 0, 0)
    wb.properties.modified = dt.datetime(2024, 1, 2, 8, 0, 0)
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            for cell in col:
                if isinstance(cell.value, dt.date):
                    cell.number_format = 'yyyy-mm-dd'
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_csv(header, rows, delim=';', encoding='utf-8'):
    lines = [delim.join(header)] + [delim.join('"%s"' % c if (delim in str(c) or ' ' in str(c)) else str(c) for c in r) for r in rows]
    return ('\r\n'.join(lines) + '\r\n').encode(encoding)


def ics_fold(line):
    out, cur = [], line
    while len(cur.encode('utf-8')) > 74:
        cut = 74
        while len(cur[:cut].encode('utf-8')) > 74:
            cut -= 1
        out.append(cur[:cut])
        cur = ' ' + cur[cut:]
    out.append(cur)
    return '\r\n'.join(out)


def ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, end, location, description, organizer, attendees, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:%s' % method, 'BEGIN:VTIMEZONE', 'TZID:Eastern Standard Time', 'BEGIN:STANDARD',
             'DTSTART:16011104T020000', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'TZOFFSETFROM:-0400',
             'TZOFFSETTO:-0500', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010311T020000',
             'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
             'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN="%s":mailto:%s' % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (a[0], a[1]))
    lines += ['DESCRIPTION:' + ics_esc(description), 'UID:' + uid, 'SUMMARY:' + ics_esc(summary),
              'DTSTART;TZID=Eastern Standard Time:' + start.strftime('%Y%m%dT%H%M%S'),
              'DTEND;TZID=Eastern Standard Time:' + end.strftime('%Y%m%dT%H%M%S'),
              'DTSTAMP:20240102T080000Z', 'LOCATION:' + ics_esc(location), 'SEQUENCE:0', 'STATUS:CONFIRMED',
              'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(given, surname, org='', title='', tel=(), email_addr='', adr=None, note=''):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org.replace(';', ','))
    if title:
        lines.append('TITLE:' + title)
    for kind, num in tel:
        lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email_addr:
        lines.append('EMAIL;TYPE=INTERNET:' + email_addr)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % adr)
    if note:
        lines.append('NOTE:' + ics_esc(note))
    lines += ['REV:20240102T080000Z', 'END:VCARD']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def tiny_png(rgb):
    w = h = 16
    raw = b''.join(b'\x00' + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = t + d
        return len(d).to_bytes(4, 'big') + c + (zlib.crc32(c) & 0xffffffff).to_bytes(4, 'big')
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', w.to_bytes(4, 'big') + h.to_bytes(4, 'big') + b'\x08\x02\x00\x00\x00')
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


# --------------------------------------------------------------------------------------
# MIME assembly (hand-built so that every byte is under our control)
# --------------------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_hdr(value, charset):
    if is_ascii(value):
        return value
    return email.header.Header(value, charset, maxlinelen=76).encode()


def enc_addr(pair, charset):
    name, addr = pair
    if not name:
        return addr
    if is_ascii(name):
        return email.utils.formataddr((name, addr))
    return '%s <%s>' % (email.header.Header(name, charset).encode(), addr)


def pick_charset(text, wanted):
    for cs in [wanted, 'windows-1252', 'utf-8']:
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def encode_payload(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


class Part(object):
    def __init__(self, headers, body=None, children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

    def to_bytes(self, top_headers=()):
        lines = []
        for k, v in list(top_headers) + self.headers:
            lines.append(('%s: %s' % (k, v)).encode('ascii'))
        out = b'\n'.join(lines) + b'\n\n'
        if self.children is None:
            return out + self.body
        if self.body:
            out += self.body
        for ch in self.children:
            out += b'--' + self.boundary.encode() + b'\n' + ch.to_bytes() + b'\n'
        out += b'--' + self.boundary.encode() + b'--\n'
        return out


def text_part(text, subtype, charset, cte):
    data = text.encode(charset)
    if cte in ('7bit', '8bit'):
        cte = '7bit' if is_ascii(text) else '8bit'
    return Part([('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
                 ('Content-Transfer-Encoding', cte)], encode_payload(data, cte))


def filename_params(fn, style):
    if is_ascii(fn):
        return 'filename="%s"' % fn, 'name="%s"' % fn
    if style == 0:
        q = email.utils.encode_rfc2231(fn, 'utf-8')
        return "filename*=%s" % q, "name*=%s" % q
    enc = email.header.Header(fn, 'utf-8').encode().replace('\n', '')
    return 'filename="%s"' % enc, 'name="%s"' % enc


def att_part(att, rng):
    ctype = att['ctype']
    cte = att.get('cte')
    data = att['data']
    fparam, nparam = filename_params(att['name'], rng.randrange(2))
    if ctype == 'message/rfc822':
        return Part([('Content-Type', 'message/rfc822; ' + nparam),
                     ('Content-Disposition', 'attachment; ' + fparam),
                     ('Content-Transfer-Encoding', '8bit' if not is_ascii(data.decode('latin-1')) else '7bit')],
                    data if data.endswith(b'\n') else data + b'\n')
    if cte is None:
        if ctype.startswith('text/'):
            cte = rng.choice(['base64', 'quoted-printable', 'base64'])
        else:
            cte = 'base64'
    extra = ''
    if ctype.startswith('text/') and cte != 'base64':
        data = data.replace(b'\r\n', b'\n')      # line endings follow the message's own convention
    if ctype.startswith('text/'):
        extra = '; charset="%s"' % att.get('charset', 'utf-8')
        if ctype == 'text/calendar':
            extra += '; method=REQUEST'
    return Part([('Content-Type', '%s%s; %s' % (ctype, extra, nparam)),
                 ('Content-Disposition', '%s; %s' % (att.get('disp', 'attachment'), fparam)),
                 ('Content-Transfer-Encoding', cte)], encode_payload(data, cte))


def fmt_date_hdr(d):
    off = '-0400' if 3 <= d.month <= 10 else '-0500'
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()], d.day,
                                                 MONTHS[d.month - 1][:3], d.year, d.hour, d.minute, d.second, off)


def build_eml(m, rng, crlf=None):
    """Render Mail m to bytes. All random choices come from rng."""
    plain_style = m.table_style or rng.choice(['space', 'tab', 'pipe', 'semi', 'space'])
    mode = m.mode or rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    text = render_plain(m.blocks, plain_style)
    wanted = m.charset or rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    cs = pick_charset(text + m.subject, wanted)
    cte_text = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    if cte_text == '8bit' and cs == 'utf-8' and rng.random() < 0.3:
        cte_text = 'base64'
    logo = m.related_logo and mode != 'plain'
    htmlsrc = render_html(m.blocks, cs, m.lang, logo_cid='logo001@%s' % m.frm[1].split('@')[1] if logo else None)
    cte_html = rng.choice(['quoted-printable', 'base64', 'quoted-printable'])
    bnd = lambda: '----=_Part_%d_%d.%d' % (rng.randrange(10 ** 5), rng.randrange(10 ** 9), rng.randrange(10 ** 12))

    def html_node():
        hp = text_part(htmlsrc, 'html', cs, cte_html)
        if not logo:
            return hp
        img = Part([('Content-Type', 'image/png; name="image001.png"'),
                    ('Content-Description', 'image001.png'),
                    ('Content-Disposition', 'inline; filename="image001.png"'),
                    ('Content-ID', '<logo001@%s>' % m.frm[1].split('@')[1]),
                    ('Content-Transfer-Encoding', 'base64')], encode_payload(tiny_png((31, 56, 100)), 'base64'))
        return Part([('Content-Type', 'multipart/related; boundary="%s"; type="text/html"' % 'REL' + bnd()[6:])],
                    children=[hp, img], boundary=None)

    def fix_bnd(p):
        if p.children is not None and p.boundary is None:
            ct = p.headers[0][1]
            p.boundary = re.search(r'boundary="([^"]+)"', ct).group(1)
        for ch in p.children or []:
            fix_bnd(ch)

    if mode == 'plain':
        body = text_part(text, 'plain', cs, cte_text)
    elif mode == 'html':
        body = html_node()
    else:
        b = bnd()
        body = Part([('Content-Type', 'multipart/alternative; boundary="%s"' % b)],
                    children=[text_part(text, 'plain', cs, cte_text), html_node()], boundary=b)
    if m.atts:
        b = bnd()
        root = Part([('Content-Type', 'multipart/mixed; boundary="%s"' % b)],
                    body=b'This is a multi-part message in MIME format.\n\n' if rng.random() < 0.5 else b'',
                    children=[body] + [att_part(a, rng) for a in m.atts], boundary=b)
    else:
        root = body
    fix_bnd(root)
    hdrs = [('From', enc_addr(m.frm, cs)),
            ('To', ', '.join(enc_addr(a, cs) for a in m.to))]
    if m.cc:
        hdrs.append(('Cc', ', '.join(enc_addr(a, cs) for a in m.cc)))
    hdrs.append(('Subject', enc_hdr(m.subject, cs)))
    hdrs.append(('Date', fmt_date_hdr(m.date)))
    hdrs.append(('Message-ID', '<%s.%d@%s>' % (m.date.strftime('%Y%m%d%H%M%S'), rng.randrange(10 ** 8, 10 ** 9),
                                               m.frm[1].split('@')[1])))
    hdrs.extend(m.extra_headers)
    hdrs.append(('MIME-Version', '1.0'))
    ua = rng.choice([('X-Mailer', 'Microsoft Outlook 16.0'), ('X-Mailer', 'Microsoft Outlook 16.0'),
                     ('User-Agent', 'Mozilla Thunderbird'), ('X-Mailer', 'Zimbra 9.0.0_GA (ZimbraWebClient)'),
                     ('X-Mailer', 'iPhone Mail (21E236)'), None])
    if ua:
        hdrs.append(ua)
    hdrs.append(('Content-Language', 'fr-CA' if m.lang == 'fr' else 'en-CA'))
    data = root.to_bytes(top_headers=hdrs)
    if crlf is None:
        crlf = rng.random() < 0.5
    if crlf:
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


# --------------------------------------------------------------------------------------
# context helpers
# --------------------------------------------------------------------------------------
ROLES = {
    'physio': ('Physiothérapeute', 'Physiothérapeute', 'Physiotherapist', 'pht'),
    'trp': ('Thérapeute en réadaptation physique', 'Thérapeute en réadaptation physique', 'Physical rehabilitation therapist', 'T.R.P.'),
    'ergo': ('Ergothérapeute', 'Ergothérapeute', 'Occupational therapist', 'erg.'),
    'ortho': ('Orthophoniste', 'Orthophoniste', 'Speech-language pathologist', 'M.Sc.S.'),
    'inf': ('Infirmière clinicienne', 'Infirmier clinicien', 'Clinical nurse', 'inf., B.Sc.'),
    'infaux': ('Infirmière auxiliaire', 'Infirmier auxiliaire', 'Licensed practical nurse', 'inf. aux.'),
    'asss': ('Auxiliaire aux services de santé et sociaux', 'Auxiliaire aux services de santé et sociaux', 'Home health aide', ''),
    'pab': ('Préposée aux bénéficiaires', 'Préposé aux bénéficiaires', 'Patient attendant', ''),
    'coord': ('Coordonnatrice clinique - Soutien à domicile', 'Coordonnateur clinique - Soutien à domicile', 'Clinical coordinator - Home care', ''),
    'chef': ("Chef d'unité de vie - CHSLD", "Chef d'unité de vie - CHSLD", 'Unit manager - long-term care', ''),
    'ts': ('Travailleuse sociale', 'Travailleur social', 'Social worker', 'T.S.'),
    'agad': ('Agente administrative', 'Agent administratif', 'Administrative officer', ''),
    'nutri': ('Nutritionniste', 'Nutritionniste', 'Dietitian', 'Dt.P.'),
    'pharm': ('Pharmacienne', 'Pharmacien', 'Pharmacist', 'pharm.'),
    'md': ('Médecin de famille', 'Médecin de famille', 'Family physician', 'M.D.'),
    'aic': ('Assistante infirmière-chef', 'Assistant infirmier-chef', 'Assistant head nurse', 'inf.'),
    'sst': ('Conseillère en santé et sécurité du travail', 'Conseiller en santé et sécurité du travail', 'Occupational health and safety advisor', ''),
    'achat': ("Acheteuse - Service de l'approvisionnement", "Acheteur - Service de l'approvisionnement", 'Buyer - Procurement', ''),
    'magasin': ("Commis - Prêt d'équipements", "Commis - Prêt d'équipements", 'Clerk - Equipment loans', ''),
    'formation': ('Conseillère en développement des compétences', 'Conseiller en développement des compétences', 'Training advisor', ''),
    'spad': ('Infirmière - Soins palliatifs à domicile', 'Infirmier - Soins palliatifs à domicile', 'Nurse - Palliative home care team', 'inf.'),
    'loisirs': ('Technicienne en loisirs', 'Technicien en loisirs', 'Recreation technician', ''),
    'ti': ('Technicienne - Soutien informatique', 'Technicien - Soutien informatique', 'IT support technician', ''),
    'comm': ('Conseillère en communication', 'Conseiller en communication', 'Communications advisor', ''),
    'tes': ('Éducatrice spécialisée', 'Éducateur spécialisé', 'Special educator', ''),
    'gest': ('Gestionnaire de cas - SAPA', 'Gestionnaire de cas - SAPA', 'Case manager - seniors program', ''),
    'dir': ('Directrice adjointe - Programme SAPA', 'Directeur adjoint - Programme SAPA', 'Associate director - Seniors program', ''),
    'rh': ('Agente de gestion du personnel', 'Agent de gestion du personnel', 'HR officer', ''),
    'plan': ('Technicienne en administration - Planification', 'Technicien en administration - Planification', 'Scheduling technician', ''),
}

SERVICES = {
    'physio': ('Service de physiothérapie', 'Physiotherapy department'),
    'trp': ('Service de réadaptation', 'Rehabilitation services'),
    'ergo': ("Service d'ergothérapie", 'Occupational therapy'),
    'ortho': ("Service d'orthophonie", 'Speech-language pathology'),
    'asss': ('Soutien à domicile (SAD)', 'Home care'),
    'coord': ('Soutien à domicile (SAD)', 'Home care'),
    'gest': ('Soutien à domicile (SAD)', 'Home care'),
    'spad': ('Équipe SPAD', 'Palliative home care team'),
    'magasin': ("Magasin - prêt d'équipements", 'Equipment loan depot'),
    'achat': ('Approvisionnement', 'Procurement'),
    'sst': ('Direction des ressources humaines - SST', 'Human resources - OHS'),
    'rh': ('Direction des ressources humaines', 'Human resources'),
    'formation': ('Direction des ressources humaines - Formation', 'Human resources - Training'),
    'ti': ('Technologies de l\'information', 'Information technology'),
    'comm': ('Communications', 'Communications'),
}

DISCLAIMER = {
    'fr': ["AVIS DE CONFIDENTIALITÉ : Ce courriel et ses pièces jointes peuvent contenir des renseignements confidentiels "
           "destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
           "Ce message est destiné exclusivement à la personne ou à l'organisme à qui il est adressé. Toute diffusion non autorisée est interdite.",
           "Pensez à l'environnement avant d'imprimer ce courriel."],
    'en': ["CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information intended only "
           "for the addressee. If you received it in error, please notify the sender and delete it.",
           "This message is intended only for the named recipient. Any unauthorized use or disclosure is prohibited.",
           "Please consider the environment before printing this e-mail."],
}


class Staff(object):
    def __init__(self, first, last, sex, role, inst, email_addr, ext):
        self.first, self.last, self.sex, self.role, self.inst, self.email, self.ext = first, last, sex, role, inst, email_addr, ext

    @property
    def name(self):
        return '%s %s' % (self.first, self.last)

    @property
    def pair(self):
        return (self.name, self.email)

    def role_txt(self, lang):
        r = ROLES[self.role]
        if lang == 'en':
            return r[2]
        return r[0] if self.sex == 'F' else r[1]


class World(object):
    def __init__(self, seed):
        self.seed = seed
        rng = random.Random(seed * 7 + 1)
        self.blind = load_blind()
        blind_full = set((p.given, p.surname) for p in self.blind)
        self.extra = []
        seen = set()
        while len(self.extra) < 60:
            sex = rng.choice('FM')
            g = rng.choice(EXTRA_GIVEN_F if sex == 'F' else EXTRA_GIVEN_M)
            s = rng.choice(EXTRA_SURN)
            if (g, s) in seen or (g, s) in blind_full:
                continue
            seen.add((g, s))
            y = rng.choice([rng.randrange(1926, 1960), rng.randrange(1926, 1960), rng.randrange(1960, 2004)])
            d = dt.date(y, rng.randrange(1, 13), rng.randrange(1, 29))
            self.extra.append(Person(s, g, d, sex))
        for p in self.blind + self.extra:
            en = rng.random() < 0.25
            if en:
                town, pc = rng.choice(TOWNS_EN)
                street = rng.choice(STREETS_EN)
                pc = pc + '%s%d' % (rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randrange(10))
                p.extra['addr'] = ('%d %s' % (rng.randrange(10, 3999), street), town, pc)
                p.extra['area'] = '514'
            else:
                town, pc = rng.choice(TOWNS)
                street = rng.choice(STREETS_FR)
                pc = pc + '%d' % rng.randrange(10)
                p.extra['addr'] = ('%d, %s' % (rng.randrange(10, 3999), street), town, pc)
                p.extra['area'] = rng.choice(['819', '819', '873'])
            if en:
                p.extra['app'] = rng.choice(['', '', '', ' Apt %d' % rng.randrange(1, 12), ' # %d' % rng.randrange(101, 412)])
            else:
                p.extra['app'] = rng.choice(['', '', '', ' app. %d' % rng.randrange(1, 12), ' # %d' % rng.randrange(101, 412)])
            p.extra['phone'] = '%s 555-%04d' % (p.extra['area'], rng.randrange(200, 9999))
            p.extra['cell'] = '%s 555-%04d' % (p.extra['area'], rng.randrange(200, 9999))
            p.extra['mrn'] = gen_mrn(rng)
            p.extra['email'] = '%s.%s%d@%s' % (slug(p.given), slug(p.surname), rng.randrange(1, 99),
                                               rng.choice(['courrielqc.example', 'maisonnet.example', 'boreal-mail.example']))
            p.extra['room'] = '%d%02d' % (rng.randrange(1, 5), rng.randrange(1, 40))
        self.usage = {}
        self.staff_used = {}


class Ctx(object):
    def __init__(self, world, rng, lang):
        self.w, self.rng, self.lang = world, rng, lang
        day = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 320))
        if day.weekday() >= 5:
            day -= dt.timedelta(days=day.weekday() - 4)
        self.date = dt.datetime(day.year, day.month, day.day, rng.choice([7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 19, 22]),
                                rng.randrange(60), rng.randrange(60))

    # language
    def T(self, fr, en):
        return fr if self.lang == 'fr' else en

    def ch(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def d(self, days):
        return self.date.date() + dt.timedelta(days=days)

    def df(self, days, style=0):
        return date_fmt(self.d(days), self.lang, style)

    # institutions
    def inst(self, key):
        i = INST[key]
        return dict(key=key, name=i[self.lang], dom=i['dom'], addr=i['addr'], tel=i['tel'])

    def site(self, kind):
        fr = {'rehab': ['crp', 'urfi'], 'chsld': ['chsld', 'chsld2'], 'clsc': ['clsc', 'clsc2'], 'hosp': ['hosp']}
        en = {'rehab': ['en_rehab'], 'chsld': ['en_chsld'], 'clsc': ['en_clsc'], 'hosp': ['en_cisss']}
        return self.inst(self.ch((fr if self.lang == 'fr' else en)[kind]))

    # people
    def staff(self, role, inst, sex=None, avoid=()):
        rng = self.rng
        for _ in range(50):
            sx = sex or rng.choice('FFFM' if role not in ('ti', 'magasin') else 'FMM')
            if self.lang == 'en' and rng.random() < 0.6:
                first = rng.choice(['Jennifer', 'Rachel', 'Laura', 'Megan', 'Sarah', 'Kim', 'Heather'] if sx == 'F'
                                   else ['Tom', 'Ryan', 'Daniel', 'Kevin', 'Michael', 'Steve'])
                last = rng.choice(["O'Neill", 'Murphy', 'Campbell', 'Stewart', 'Kowalski', 'Nguyen', 'Haddad',
                                   'Joseph', 'Ferreira', 'Bergeron', 'Roy', 'Côté'])
            else:
                first = rng.choice(STAFF_GIVEN_F if sx == 'F' else STAFF_GIVEN_M)
                last = rng.choice(STAFF_SURN)
            if any((p.given, p.surname) == (first, last) for p in self.w.blind):
                continue
            if (first, last) in avoid:
                continue
            break
        local = '%s.%s' % (slug(first), slug(last))
        dom = inst['dom']
        if dom.startswith('cisss-') or dom.startswith('ciusss-'):
            local += '.' + ('hr' if 'hautes' in dom else 'odc')
        return Staff(first, last, sx, role, inst, '%s@%s' % (local, dom), '%d' % rng.randrange(2000, 7999))

    def box(self, local, inst, label):
        return (label, '%s@%s' % (local, inst['dom']))

    def sig(self, s, disclaimer=None, short=False):
        lang = self.lang
        cred = ROLES[s.role][3]
        lines = ['%s%s' % (s.name, (', ' + cred) if cred and self.chance(0.6) else '')]
        if short:
            lines.append(s.role_txt(lang))
            return ('sig', lines)
        lines.append(s.role_txt(lang))
        svc = SERVICES.get(s.role)
        if svc and self.chance(0.6):
            lines.append(svc[0] if lang == 'fr' else svc[1])
        lines.append(s.inst['name'])
        if self.chance(0.5):
            lines.append(s.inst['addr'])
        tel = s.inst['tel']
        if lang == 'fr':
            lines.append('Tél. : %s, poste %s' % (tel, s.ext) if self.chance(0.7) else '%s p. %s' % (tel, s.ext))
        else:
            lines.append('Tel.: %s ext. %s' % (tel, s.ext))
        if self.chance(0.25):
            lines.append(('Télec. : ' if lang == 'fr' else 'Fax: ') + tel[:-2] + '%02d' % self.rng.randrange(40, 99))
        if disclaimer is None:
            disclaimer = self.chance(0.35)
        if disclaimer:
            lines.append('')
            lines.append(self.ch(DISCLAIMER[lang]))
        return ('sig', lines, self.chance(0.3))

    def hello(self, who=None):
        if who is None:
            return self.ch(self.T(['Bonjour,', 'Bonjour à tous,', 'Bonjour tout le monde,', 'Salut,', 'Bonjour à toutes et à tous,'],
                                  ['Hi,', 'Hello,', 'Hi all,', 'Good morning,', 'Hello everyone,']))
        return self.ch(self.T(['Bonjour %s,', 'Salut %s,', 'Bonjour %s', '%s,', 'Allo %s,'],
                              ['Hi %s,', 'Hello %s,', '%s,', 'Good morning %s,', 'Hi %s'])) % who

    def bye(self):
        return self.ch(self.T(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Merci et bonne fin de journée', 'Cordialement,',
                               'Merci de votre collaboration,', 'Bonne journée!'],
                              ['Thanks!', 'Thank you,', 'Regards,', 'Best,', 'Thanks for your help,', 'Kind regards,']))

    def patient(self, group='any', blind=None):
        rng = self.rng
        if blind is None:
            blind = rng.random() < 0.85
        pool = self.w.blind if blind else self.w.extra

        def ok(p):
            a = p.age
            return {'senior': a >= 60, 'elder': a >= 70, 'adult': 18 <= a < 65, 'worker': 20 <= a < 64,
                    'child': a < 18, 'any': True}[group]
        cands = [p for p in pool if ok(p)]
        if not cands:
            cands = [p for p in self.w.blind + self.w.extra if ok(p)]
        low = min(self.w.usage.get(p.key(), 0) for p in cands)
        best = [p for p in cands if self.w.usage.get(p.key(), 0) <= low + (1 if rng.random() < 0.3 else 0)]
        p = rng.choice(best)
        self.w.usage[p.key()] = self.w.usage.get(p.key(), 0) + 1
        return p

    def mail(self, cat):
        m = Mail(self.lang, cat)
        m.date = self.date
        return m

    # identifiers and personal data: each helper marks the type it emits
    def name(self, p, m, styles=None):
        style = self.ch(styles or ['title_full', 'title_full', 'title_sur', 'full', 'sur_first', 'sur_plain', 'initial', 'upper'])
        s = pname(p, self.lang, style)
        m.types.add('patient_name')
        ev = s.split()[-1] if style not in ('sur_first', 'sur_plain', 'sur_init') else s.split()[0].rstrip(',')
        m.evidence.append(ev)
        return s

    def nam(self, p, m, styles=None):
        assert p.nam
        s = fmt_nam(p.nam, self.ch(styles or ['compact', 'compact', 'spaced', 'spaced', 'dash', 'lower', 'split']))
        m.types.add('ramq_nam')
        m.evidence.append(s)
        return s

    def dob(self, p, m):
        m.types.add('date_of_birth')
        return dob_fmt(p.dob, self.lang, self.rng.randrange(6))

    def mrn(self, p, m):
        s = fmt_mrn(p.extra['mrn'], self.rng.randrange(5))
        m.types.add('mrn')
        m.evidence.append(s)
        return s

    def address(self, p, m, oneline=True):
        m.types.add('patient_contact')
        a = p.extra['addr']
        m.evidence.append(a[0])
        if oneline:
            return '%s%s, %s %s' % (a[0], p.extra['app'], a[1], a[2])
        return '%s%s\n%s (Québec)  %s' % (a[0], p.extra['app'], a[1], a[2])

    def phone(self, p, m, cell=False):
        m.types.add('patient_contact')
        s = p.extra['cell' if cell else 'phone']
        m.evidence.append(s)
        return s

    def ident_line(self, p, m, nam_p=0.6, dob_p=0.6, mrn_p=0.2, styles=None):
        """Name followed by optional identifiers, e.g. 'Mme X (NAM ..., DDN ...)'."""
        name = self.name(p, m, styles)
        bits = []
        if p.nam and self.chance(nam_p):
            bits.append(('NAM ' if self.lang == 'fr' else self.ch(['RAMQ ', 'Medicare ', 'RAMQ # '])) + self.nam(p, m))
        if self.chance(dob_p):
            bits.append(self.T(self.ch(['DDN ', 'né%s le ' % e_(p), 'DN : ']), self.ch(['DOB ', 'born '])) + self.dob(p, m))
        if self.chance(mrn_p):
            bits.append(self.T(self.ch(['dossier ', 'no dossier ', '# dossier ']), self.ch(['MRN ', 'chart # '])) + self.mrn(p, m))
        if bits:
            return '%s (%s)' % (name, ', '.join(bits))
        return name


def T2(lang, fr, en):
    return fr if lang == 'fr' else en


# --------------------------------------------------------------------------------------
# shared clinical vocabulary (fr, en)
# --------------------------------------------------------------------------------------
DX_REHAB = [
    ("une PTH droite pour coxarthrose", "a right total hip replacement for osteoarthritis"),
    ("une fracture de hanche gauche opérée (clou gamma)", "a left hip fracture fixed with a gamma nail"),
    ("un AVC ischémique sylvien droit avec hémiparésie gauche", "a right MCA ischemic stroke with left hemiparesis"),
    ("une amputation transtibiale droite (MVAS, diabète type 2)", "a right transtibial amputation (PVD, type 2 diabetes)"),
    ("un déconditionnement post-pneumonie", "deconditioning after pneumonia"),
    ("une PTG gauche compliquée d'un hématome", "a left total knee replacement complicated by a hematoma"),
    ("une fracture du plateau tibial droit (MEC nulle 6 sem.)", "a right tibial plateau fracture (non weight bearing 6 wks)"),
    ("une hémorragie sous-arachnoïdienne avec ataxie résiduelle", "a subarachnoid hemorrhage with residual ataxia"),
]
MEDS_REHAB = [
    ("apixaban 2,5 mg BID", "apixaban 2.5 mg BID"),
    ("énoxaparine 40 mg SC DIE x 35 jours", "enoxaparin 40 mg SC daily x 35 days"),
    ("hydromorphone 1 mg PO 30 min avant la physio", "hydromorphone 1 mg PO 30 min before physio"),
    ("acétaminophène 1 g QID et tramadol 50 mg PRN", "acetaminophen 1 g QID and tramadol 50 mg PRN"),
    ("prégabaline 75 mg BID (douleur du membre fantôme)", "pregabalin 75 mg BID (phantom limb pain)"),
    ("baclofène 10 mg TID pour la spasticité", "baclofen 10 mg TID for spasticity"),
]
SOCIAL_HOME = [
    ("Vit seul{e} dans un 4 1/2 au 2e étage sans ascenseur; sa fille habite à 45 min et passe 2 fois/sem.",
     "Lives alone in a 2nd-floor walk-up; daughter lives 45 min away and visits twice a week."),
    ("Vit avec son conjoint de 84 ans qui a lui-même des troubles cognitifs; aucun autre proche disponible.",
     "Lives with an 84-year-old spouse who has cognitive problems himself; no other family available."),
    ("Proche aidante (fille) en épuisement, a pris un congé sans solde pour s'en occuper.",
     "Caregiver (daughter) is burnt out and took unpaid leave to look after her."),
    ("Vit en RPA (Résidence Les Trois Pignons), 3e étage, aide au bain déjà en place par la résidence.",
     "Lives in a private seniors residence, 3rd floor, bathing help already provided by the residence."),
    ("Vient de perdre son conjoint en mars, isolement important, revenus limités (SRG).",
     "Recently widowed (March), very isolated, limited income (GIS only)."),
    ("Bungalow avec 6 marches à l'entrée sans rampe; fils à la maison le soir seulement.",
     "Bungalow with 6 entrance steps and no railing; son at home in the evenings only."),
]
DX_CHRONIC = [
    ("MPOC sévère sous O2 2 L/min", "severe COPD on home O2 2 L/min"),
    ("insuffisance cardiaque (FEVG 30 %)", "heart failure (EF 30%)"),
    ("TNCM type Alzheimer stade modéré", "moderate Alzheimer-type major neurocognitive disorder"),
    ("maladie de Parkinson avec chutes à répétition", "Parkinson's disease with recurrent falls"),
    ("diabète type 2 insulinotraité et neuropathie", "insulin-treated type 2 diabetes with neuropathy"),
    ("sclérose en plaques progressive", "progressive multiple sclerosis"),
    ("séquelles d'AVC (hémiplégie droite, aphasie)", "post-stroke right hemiplegia with aphasia"),
    ("insuffisance rénale chronique stade 4", "stage 4 chronic kidney disease"),
]
DX_PALL = [
    ("néo du pancréas métastatique (foie)", "metastatic pancreatic cancer (liver)"),
    ("néo pulmonaire avec métastases osseuses", "lung cancer with bone metastases"),
    ("SLA bulbaire évoluée", "advanced bulbar ALS"),
    ("néo colorectal stade IV, carcinomatose", "stage IV colorectal cancer with carcinomatosis"),
    ("insuffisance cardiaque terminale", "end-stage heart failure"),
    ("glioblastome multiforme", "glioblastoma multiforme"),
]


def staff_first(s):
    return s.first


# --------------------------------------------------------------------------------------
# POSITIVE scenarios
# --------------------------------------------------------------------------------------
def p_physio_eval(c):
    p = c.patient(c.ch(['senior', 'senior', 'elder', 'adult']))
    inst = c.site('rehab')
    me = c.staff(c.ch(['physio', 'physio', 'trp']), inst)
    to = c.staff(c.ch(['inf', 'md', 'aic', 'ergo']), inst)
    m = c.mail('physio_eval')
    m.frm, m.to = me.pair, [to.pair]
    if c.chance(0.4):
        m.cc = [c.staff('ts', inst).pair]
    dxi = c.rng.randrange(len(DX_REHAB))
    dx = m.t('diagnosis', DX_REHAB[dxi][c.lang == 'en'])
    who = c.ident_line(p, m, nam_p=0.65, dob_p=0.5, mrn_p=0.3)
    m.subject = c.ch(c.T(['Éval initiale physio - %s', 'Sommaire physio %s', 'physio : %s - objectifs', 'Évaluation physio URFI - %s'],
                         ['Initial PT assessment - %s', 'PT summary - %s', 'Physio eval %s'])) % c.name(p, m, ['title_sur', 'sur_first', 'sur_init'])
    berg = c.rng.randrange(14, 48)
    tug = c.rng.randrange(14, 45)
    m.add(c.hello(to.first),
          c.T('Voici le sommaire de mon évaluation initiale pour %s, admis%s le %s suite à %s.',
              'Here is my initial assessment summary for %s, admitted on %s following %s.') %
          ((who, e_(p), c.df(-c.rng.randrange(2, 9)), dx) if c.lang == 'fr' else (who, c.df(-c.rng.randrange(2, 9)), dx)),
          ('table', c.T(['Test', 'Résultat', 'Commentaire'], ['Test', 'Result', 'Comment']),
           [['Berg', '%d/56' % berg, c.T('risque de chute élevé' if berg < 45 else 'risque modéré', 'high fall risk' if berg < 45 else 'moderate risk')],
            ['TUG', '%d s' % tug, c.T('avec marchette 2 roues', 'with 2-wheeled walker')],
            [c.T('Vitesse de marche', 'Gait speed'), '0,%02d m/s' % c.rng.randrange(20, 80), ''],
            [c.T('Transferts', 'Transfers'), c.T('aide x1 légère', 'min assist x1'), c.T('verbalisation requise', 'needs cueing')]]))
    if c.chance(0.6):
        m.add(c.T('Rx pertinente pour la réadapt : ', 'Relevant meds for rehab: ') + m.t('medication', c.ch(MEDS_REHAB)[c.lang == 'en']) + '.')
    if c.chance(0.6):
        m.add(c.T('Contexte : ', 'Social: ') + m.t('social_information', c.ch(SOCIAL_HOME)[c.lang == 'en'].replace('{e}', e_(p))))
    m.add(c.T('Objectifs (4 sem.) :', 'Goals (4 weeks):'),
          ('ul', c.T(['transferts lit-fauteuil autonomes', 'marche 50 m avec marchette sous surveillance', 'escaliers 12 marches avec rampe'],
                     ['independent bed-chair transfers', 'walk 50 m with walker, supervision', 'stairs x12 with rail'])),
          c.T('Congé visé vers le %s, à confirmer à la rencontre interdisciplinaire.', 'Target discharge around %s, to be confirmed at the team meeting.') % c.df(c.rng.randrange(14, 30)),
          c.bye(), c.sig(me))
    m.note = 'physiotherapy initial assessment with patient identity and clinical details'
    return m


def _m_t(self, typ, s):
    self.types.add(typ)
    return s


Mail.t = _m_t


def p_ergo_domicile(c):
    p = c.patient(c.ch(['senior', 'elder']))
    inst = c.site('clsc')
    me = c.staff('ergo', inst)
    to = c.staff(c.ch(['coord', 'gest', 'ts']), inst)
    m = c.mail('ergo_domicile')
    m.frm, m.to = me.pair, [to.pair]
    name = c.name(p, m)
    dx = m.t('diagnosis', c.ch(DX_CHRONIC)[c.lang == 'en'])
    adr = c.address(p, m)
    soc = m.t('social_information', c.ch(SOCIAL_HOME)[c.lang == 'en'].replace('{e}', e_(p)))
    m.subject = c.ch(c.T(['Visite à domicile ergo - %s', 'VAD ergo %s : recommandations', 'Suivi ergo SAD - %s'],
                         ['OT home visit - %s', 'Home safety visit: %s', 'OT recommendations %s'])) % name
    recs = c.T(['banc de transfert pour le bain', 'barre d\'appui verticale près de la toilette', 'siège de toilette surélevé 4 po',
                'retrait des carpettes du corridor', 'télésurveillance (bouton d\'alerte) à évaluer', 'lit électrique avec demi-ridelle'],
               ['tub transfer bench', 'vertical grab bar by the toilet', '4-inch raised toilet seat', 'remove hallway rugs',
                'medical alert pendant to be discussed', 'hospital bed with half rail'])
    c.rng.shuffle(recs)
    body = [c.hello(to.first),
            c.T('J\'ai fait la visite à domicile chez %s ce matin (%s).', 'I did the home visit for %s this morning (%s).') % (
                name + ((' - NAM ' if c.lang == 'fr' else ' - RAMQ ') + c.nam(p, m) if p.nam and c.chance(0.6) else ''), adr),
            c.T('Diagnostics connus : %s. ', 'Known diagnoses: %s. ') % dx + soc,
            c.T('Recommandations :', 'Recommendations:'), ('ul', recs[:c.rng.randrange(3, 6)]),
            c.T('Risque de chute élevé : %s a chuté 2 fois dans la salle de bain depuis janvier. Je recommande aussi l\'ajout de 2 bains/sem. par l\'ASSS.',
                'High fall risk: %s fell twice in the bathroom since January. I also recommend adding 2 baths/week by the home health aide.') % he(p, c.lang),
            c.bye(), c.sig(me)]
    if c.chance(0.45):
        doc_paras = [c.T('Usager : ', 'Client: ') + name, c.T('Adresse : ', 'Address: ') + adr,
                     c.T('Diagnostics : ', 'Diagnoses: ') + dx, c.T('Situation : ', 'Situation: ') + soc,
                     c.T('Évaluation SMAF partielle : AVQ - hygiène -2, habillage -1, mobilité -1,5.', 'Partial SMAF: ADL - hygiene -2, dressing -1, mobility -1.5.')]
        fn = c.T('Rapport_VAD_ergo_%s.docx', 'OT_home_visit_%s.docx') % ascii_fold(p.surname)
        if c.chance(0.5):
            fn = fn.replace(ascii_fold(p.surname), p.surname)
        m.atts.append(dict(name=fn, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                           data=make_docx(c.T('Rapport de visite à domicile - Ergothérapie', 'Home visit report - Occupational therapy'),
                                          doc_paras, (c.T(['Recommandation', 'Priorité'], ['Recommendation', 'Priority']),
                                                      [[r, c.ch(['1', '2', '3'])] for r in recs[:4]]), author=me.name)))
        body.insert(-2, c.T('Le rapport complet est en pièce jointe.', 'Full report attached.'))
    m.add(*body)
    m.note = 'OT home visit with client address, diagnoses and living situation'
    return m


def p_ortho_dysphagie(c):
    p = c.patient(c.ch(['elder', 'senior']))
    inst = c.site(c.ch(['chsld', 'rehab']))
    me = c.staff('ortho', inst)
    to = [c.staff(c.ch(['aic', 'inf']), inst).pair, c.box('nutrition.%s' % inst['key'], inst, c.T('Nutrition clinique', 'Clinical nutrition'))]
    m = c.mail('ortho_dysphagie')
    m.frm, m.to = me.pair, to
    room = p.extra['room']
    who = c.ident_line(p, m, nam_p=0.45, dob_p=0.3, mrn_p=0.5, styles=['title_full', 'title_sur', 'sur_first'])
    m.types.add('diagnosis')
    m.subject = c.ch(c.T(['Dysphagie - ch. %s - nouvelles textures', 'Éval déglutition ch. %s', 'Textures modifiées ch. %s'],
                         ['Dysphagia - room %s - diet change', 'Swallowing assessment rm %s', 'Modified textures rm %s'])) % room
    lvl = c.ch([('5 - haché humide', '5 - minced & moist'), ('4 - purée', '4 - pureed'), ('6 - tendre et en petites bouchées', '6 - soft & bite-sized')])
    liq = c.ch([('2 - légèrement épais', '2 - mildly thick'), ('3 - modérément épais', '3 - moderately thick')])
    m.add(c.hello(),
          c.T('J\'ai évalué la déglutition de %s (ch. %s) au dîner. Toux retardée et voix mouillée aux liquides clairs, stases en vallécules probables. '
              'Contexte : %s.',
              'I assessed %s (room %s) at lunch. Delayed cough and wet voice with thin liquids, probable vallecular residue. Background: %s.') %
          (who, room, c.ch(c.T(['AVC récent avec aphasie d\'expression', 'TNCM avancé', 'Parkinson évolué', 'pneumonie d\'aspiration en avril'],
                               ['recent stroke with expressive aphasia', 'advanced dementia', 'advanced Parkinson\'s', 'aspiration pneumonia in April']))),
          c.T('Recommandations :', 'Recommendations:'),
          ('ul', [c.T('Solides IDDSI niveau %s', 'IDDSI solids level %s') % lvl[c.lang == 'en'],
                  c.T('Liquides IDDSI niveau %s', 'IDDSI liquids level %s') % liq[c.lang == 'en'],
                  c.T('Position assise 90°, supervision constante aux repas, petites bouchées', 'Upright 90°, constant supervision at meals, small bites'),
                  c.T('Aucune paille', 'No straws')]))
    if c.chance(0.7):
        m.add(c.T('Médication : ', 'Medications: ') + m.t('medication', c.ch(c.T(
            ['écraser les comprimés dans la compote SAUF tamsulosine et Ferrous ER (ne pas écraser) - à valider avec la pharmacie',
             'le pharmacien propose de passer le métoprolol en sirop et d\'arrêter le KCl en comprimés',
             'donepezil en comprimés orodispersibles à demander'],
            ['crush tablets in applesauce EXCEPT tamsulosin and slow-release iron (do not crush) - please confirm with pharmacy',
             'pharmacist suggests switching metoprolol to liquid and stopping KCl tablets',
             'ask for orally disintegrating donepezil']))))
    m.add(c.T('Je repasse jeudi. Merci d\'aviser les PAB du quart de soir.', 'I will come back Thursday. Please let the evening aides know.'), c.sig(me))
    m.note = 'speech-language dysphagia assessment naming resident with MRN/room'
    return m


def p_chsld_admission(c):
    p = c.patient('elder', blind=c.chance(0.85))
    inst = c.site('chsld')
    me = c.staff(c.ch(['agad', 'gest', 'chef']), inst)
    m = c.mail('chsld_admission')
    m.frm = me.pair
    m.to = [c.box('admission.%s' % inst['key'], inst, c.T('Admissions CHSLD', 'LTC admissions')), c.staff('chef', inst).pair]
    m.cc = [c.staff('pharm', inst).pair] if c.chance(0.5) else []
    name = c.name(p, m, ['sur_first', 'title_full', 'upper'])
    unit = c.ch(['2 Est', '3 Ouest', '1 Nord', 'Unité prothétique', 'UPS'])
    dx1 = c.ch(DX_CHRONIC)[c.lang == 'en']
    kv = [(c.T('Usager', 'Resident'), name)]
    if p.nam:
        kv.append(('NAM' if c.lang == 'fr' else 'RAMQ', c.nam(p, m)))
    kv.append((c.T('Date de naissance', 'Date of birth'), c.dob(p, m)))
    if c.chance(0.5):
        kv.append((c.T('No dossier', 'Chart #'), c.mrn(p, m)))
    if c.chance(0.3):
        sin = fmt_sin(gen_sin(c.rng), c.rng.randrange(3))
        assert ca_sin.is_valid(sin)
        kv.append((c.T('NAS (contribution de l\'adulte hébergé)', 'SIN (accommodation contribution)'), sin))
        m.types.add('ca_sin')
        m.evidence.append(sin)
    kv += [(c.T('Provenance', 'Coming from'), c.T('Hôpital régional de Val-Brûlé, 4e médecine (NSA)', 'Val-Brûlé Regional Hospital, ALC bed')),
           (c.T('Unité / chambre', 'Unit / room'), '%s / %s' % (unit, p.extra['room'])),
           (c.T('Diagnostics', 'Diagnoses'), m.t('diagnosis', dx1 + ', ' + c.ch(c.T(['HTA', 'FA', 'DB2', 'ostéoporose'], ['HTN', 'AF', 'T2DM', 'osteoporosis'])))),
           (c.T('Niveau de soins', 'Level of care'), c.ch(['B', 'C', 'C', 'D']))]
    if c.chance(0.6):
        kv.append((c.T('Médication particulière', 'Notable meds'), m.t('medication', c.ch(c.T(
            ['warfarine (INR cible 2-3), quétiapine 12,5 mg HS', 'insuline glargine 18 u HS', 'rivastigmine timbre 9,5 mg/24 h', 'furosémide 40 mg DIE'],
            ['warfarin (target INR 2-3), quetiapine 12.5 mg HS', 'insulin glargine 18 u HS', 'rivastigmine patch 9.5 mg/24 h', 'furosemide 40 mg daily'])))))
    resp = c.ch(c.T(['fils (mandataire - mandat de protection homologué)', 'fille (curatelle publique en cours)', 'nièce, seule famille'],
                    ['son (homologated protection mandate)', 'daughter (public curatorship pending)', 'niece, only relative']))
    kv.append((c.T('Répondant', 'Contact person'), m.t('social_information', resp)))
    m.subject = c.ch(c.T(['Admission %s - %s', 'Nouvelle admission %s : %s', 'Adm. CHSLD le %s - %s'],
                         ['Admission %s - %s', 'New admission %s: %s'])) % (c.df(c.rng.randrange(1, 6), 4), c.name(p, m, ['sur_init', 'title_sur', 'sur_plain']))
    m.add(c.hello(), c.T('Une admission est confirmée par le MAH pour le %s en après-midi :', 'The access mechanism confirmed an admission for %s (afternoon):') %
          c.df(c.rng.randrange(1, 6)), ('kv', kv),
          c.T('SCPD : errance le soir, refus de soins d\'hygiène. Prévoir le lit bas et le tapis détecteur.', 'BPSD: evening wandering, refuses personal care. Please set up low bed and floor sensor mat.') if c.chance(0.5) else c.T('Prévoir le lève-personne.', 'Ceiling lift required.'),
          c.bye(), c.sig(me))
    if c.chance(0.3):
        m.mode = 'html'
    m.note = 'CHSLD admission notice with identifiers, diagnoses and representative'
    return m


def p_chsld_chute(c):
    p = c.patient('elder')
    inst = c.site('chsld')
    me = c.staff(c.ch(['infaux', 'aic', 'inf']), inst)
    m = c.mail('chsld_chute')
    m.frm = me.pair
    m.to = [c.staff('chef', inst).pair]
    m.cc = [c.box('gestion.risques', inst, c.T('Gestion des risques', 'Risk management'))] if c.chance(0.6) else []
    name = c.name(p, m, ['title_full', 'sur_first', 'title_sur', 'full', 'typo'])
    when = c.d(-1)
    inj = c.ch(c.T(['plaie de 2 cm à l\'arcade sourcilière droite, 3 points de suture', 'douleur à la hanche gauche, raccourcissement et rotation externe : transfert à l\'urgence, fx col fémoral confirmée',
                    'hématome frontal, aucune perte de conscience', 'douleur au poignet droit, radiographie : fracture de Colles'],
                   ['2 cm laceration over the right eyebrow, 3 sutures', 'left hip pain with shortening and external rotation: sent to ER, femoral neck fracture confirmed',
                    'frontal hematoma, no loss of consciousness', 'right wrist pain, X-ray shows a Colles fracture']))
    m.types.add('diagnosis')
    m.subject = c.ch(c.T(['AH-223 - chute %s - ch. %s', 'Chute nuit dernière - %s', 'Déclaration incident/accident - %s'],
                         ['Incident report - fall rm %s - %s', 'Fall last night - %s', 'Fall - %s']))
    if '%s - ch. %s' in m.subject:
        m.subject = m.subject % (c.name(p, m, ['sur_init', 'title_sur']), p.extra['room'])
    elif 'rm %s - %s' in m.subject:
        m.subject = m.subject % (p.extra['room'], c.name(p, m, ['title_sur']))
    else:
        m.subject = m.subject % c.name(p, m, ['title_sur', 'sur_plain'])
    lines = [c.hello(),
             c.T('Chute non observée de %s (ch. %s) le %s vers %s. Retrouvé%s au sol près de la chaise d\'aisance par la PAB de nuit.',
                 'Unwitnessed fall for %s (rm %s) on %s around %s. Found on the floor next to the commode by the night aide.') %
             ((name, p.extra['room'], date_fmt(when, c.lang, 0), c.ch(['3 h 10', '4 h 45', '23 h 30']), e_(p)) if c.lang == 'fr'
              else (name, p.extra['room'], date_fmt(when, c.lang, 0), c.ch(['3:10 am', '4:45 am', '11:30 pm']))),
             c.T('Conséquences : ', 'Outcome: ') + inj + '.']
    if c.chance(0.5):
        ids = []
        if p.nam and c.chance(0.7):
            ids.append('NAM : ' + c.nam(p, m))
        if c.chance(0.5) or not ids:
            ids.append(c.T('Dossier : ', 'Chart: ') + c.mrn(p, m))
        lines.append(' / '.join(ids))
    if c.chance(0.6):
        m.types.update(['medication', 'lab_result'])
        lines.append(c.T('Sous warfarine : INR de ce matin %s (labo urgent). Médecin de garde avisé, dose suspendue ce soir.',
                         'On warfarin: this morning\'s INR %s (stat lab). On-call MD notified, tonight\'s dose held.') % c.ch(['3,4', '4,1', '2,8']).replace(',', '.' if c.lang == 'en' else ','))
    lines.append(c.T('Famille avisée à %s. Déclaration AH-223 complétée dans le système. Surveillance neuro q1h x 4h faite, RAS.',
                     'Family notified at %s. Incident form completed in the system. Neuro checks q1h x 4 h done, unremarkable.') % c.ch(['7 h 30', '8 h', '6 h 50']))
    if c.chance(0.5):
        lines.append(c.T('Je suggère une réévaluation en physio (3e chute en 2 mois) et revoir la prise de zopiclone au coucher.',
                         'I suggest a physio reassessment (3rd fall in 2 months) and a review of bedtime zopiclone.'))
        m.types.add('medication')
    lines += [c.bye(), c.sig(me, short=c.chance(0.4))]
    m.add(*lines)
    m.note = 'resident fall incident with injury, possibly INR and anticoagulant'
    return m


def p_sad_plan(c):
    p = c.patient(c.ch(['senior', 'elder', 'adult']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['gest', 'coord', 'inf']), inst)
    m = c.mail('sad_plan_services')
    m.frm = me.pair
    m.to = [c.box('sad.planification', inst, c.T('Planification SAD', 'Home care scheduling'))]
    m.cc = [c.staff('asss', inst).pair] if c.chance(0.5) else []
    name = c.name(p, m)
    adr = c.address(p, m)
    tel = c.phone(p, m, cell=c.chance(0.3))
    dx = m.t('diagnosis', c.ch(DX_CHRONIC)[c.lang == 'en'])
    smaf = c.rng.randrange(4, 11)
    rows = [[c.T('Soins d\'hygiène (bain)', 'Bathing'), 'ASSS', c.T('2 x/sem. (mar., ven.)', '2x/wk (Tue, Fri)'), '60 min'],
            [c.T('Bas compressifs', 'Compression stockings'), 'ASSS', c.T('die AM', 'daily AM'), '15 min'],
            [c.T('Pilulier / surveillance Rx', 'Pill organizer / med check'), c.T('Inf. aux.', 'LPN'), c.T('1 x/sem.', 'weekly'), '30 min'],
            [c.T('Soutien proche aidant', 'Caregiver support'), 'T.S.', c.T('aux 2 sem.', 'every 2 wks'), '45 min']]
    c.rng.shuffle(rows)
    rows = rows[:c.rng.randrange(2, 5)]
    m.subject = c.ch(c.T(['Plan de services SAD - %s', 'PSI mis à jour - %s', 'Ajout de services à domicile : %s', 'Demande SAD %s'],
                         ['Home care service plan - %s', 'Updated service plan: %s', 'Add home care services - %s'])) % c.name(p, m, ['title_sur', 'sur_first', 'sur_plain'])
    body = [c.hello(),
            c.T('Suite à l\'évaluation OEMC, voici les services à planifier pour %s :' % ('l\'usagère suivante' if p.sex == 'F' else 'l\'usager suivant'),
                'Following the multiclient assessment, please schedule the following services for:'),
            ('kv', [(c.T('Nom', 'Name'), name), (c.T('Adresse', 'Address'), adr), (c.T('Téléphone', 'Phone'), tel)] +
             ([('NAM', c.nam(p, m))] if p.nam and c.chance(0.75) else []) +
             [(c.T('Dx', 'Dx'), dx), ('ISO-SMAF', c.T('profil %d', 'profile %d') % smaf)]),
            ('table', c.T(['Service', 'Intervenant', 'Fréquence', 'Durée'], ['Service', 'Staff', 'Frequency', 'Length']), rows)]
    if c.chance(0.7):
        body.append(c.T('Particularités : ', 'Notes: ') + m.t('social_information', c.ch(c.T(
            ['chien peu commode, l\'attacher avant d\'entrer; clé dans la boîte à code (code 1942)', 'conjointe atteinte d\'Alzheimer, ne pas la laisser seule pendant le bain',
             'refuse les intervenants masculins; fils alcoolique parfois présent, aviser si comportement inadéquat', 'vit seul, aucune famille, situation financière précaire (demande d\'aide sociale en cours)'],
            ['dog on premises, tie it before entering; key in lockbox (code 1942)', 'wife has Alzheimer\'s, do not leave her alone during the bath',
             'refuses male staff; son with alcohol problems sometimes present, report any inappropriate behaviour', 'lives alone, no family, precarious finances (welfare application pending)']))))
    body += [c.T('Début souhaité : %s.', 'Start date: %s.') % c.df(c.rng.randrange(3, 12)), c.bye(), c.sig(me)]
    m.add(*body)
    if c.chance(0.35):
        m.atts.append(dict(name=c.T('PSI_%s_%s.xlsx', 'ServicePlan_%s_%s.xlsx') % (ascii_fold(p.surname).upper(), c.d(0).strftime('%Y%m%d')),
                           ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                           data=make_xlsx([(c.T('Plan', 'Plan'), c.T(['Usager', 'Service', 'Intervenant', 'Fréquence', 'Durée'], ['Client', 'Service', 'Staff', 'Frequency', 'Length']),
                                            [[pname(p, c.lang, 'sur_plain')] + r for r in rows])], author=me.name)))
    m.note = 'home care service plan with client contact details and diagnoses'
    return m


def p_palliatif(c):
    p = c.patient(c.ch(['senior', 'elder', 'adult']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['spad', 'spad', 'md']), inst)
    m = c.mail('palliatif_domicile')
    m.frm = me.pair
    m.to = [c.box('spad.equipe', inst, c.T('Équipe SPAD', 'Palliative home team'))]
    if c.chance(0.5):
        m.cc = [c.staff('pharm', c.inst('pharm')).pair]
    name = c.name(p, m, ['title_full', 'title_sur', 'full', 'lower'])
    dx = m.t('diagnosis', c.ch(DX_PALL)[c.lang == 'en'])
    pps = c.ch(['30', '20', '40'])
    m.types.add('medication')
    m.subject = c.ch(c.T(['SPAD - %s - ajustement pompe', 'Fin de vie à domicile : %s', 'Garde SPAD fin de semaine - %s', 'Entredoses %s'],
                         ['Palliative - %s - pump adjustment', 'End of life at home: %s', 'Weekend on-call handover - %s'])) % c.name(p, m, ['title_sur', 'sur_init', 'full'])
    body = [c.hello(),
            c.T('Suivi de %s, %s. PPS %s %%, alité%s depuis lundi, apport oral minime.', 'Update on %s, %s. PPS %s%%, bedbound since Monday, minimal oral intake.') %
            ((name, dx, pps, e_(p)) if c.lang == 'fr' else (name, dx, pps)),
            c.T('Ajustements faits aujourd\'hui :', 'Changes made today:'),
            ('ul', c.T(['Hydromorphone SC en perfusion continue 0,5 mg/h (pompe CADD), entredoses 0,25 mg q1h PRN',
                        'Midazolam 1 mg SC q30 min PRN si agitation/détresse', 'Glycopyrrolate 0,4 mg SC q4h PRN pour les sécrétions',
                        'Cesser le métoprolol et la simvastatine'],
                       ['Hydromorphone SC continuous infusion 0.5 mg/h (CADD pump), breakthrough 0.25 mg q1h PRN',
                        'Midazolam 1 mg SC q30 min PRN for agitation/distress', 'Glycopyrrolate 0.4 mg SC q4h PRN for secretions',
                        'Stop metoprolol and simvastatin']))]
    if c.chance(0.7):
        body.append(m.t('social_information', c.T(
            'Conjointe épuisée, refuse le transfert en maison de soins palliatifs; les deux fils se relaient la nuit. Niveau de soins D, formulaire de refus de RCR signé.',
            'Wife is exhausted and refuses transfer to a hospice; the two sons take turns at night. Level of care D, DNR form signed.')))
    if c.chance(0.6):
        if p.nam and c.chance(0.5):
            body.append('NAM : ' + c.nam(p, m))
        body.append(c.T('Adresse pour la garde : %s (sonner 2 fois, porte arrière). Tél. maison : %s',
                        'Address for on-call: %s (ring twice, back door). Home phone: %s') % (c.address(p, m), c.phone(p, m)))
    body += [c.T('Kit de détresse laissé au frigo. Je repasse demain 9 h.', 'Distress kit left in the fridge. I\'ll be back tomorrow 9 am.'), c.sig(me)]
    m.add(*body)
    m.note = 'palliative home care update: diagnosis, opioid doses, family situation'
    return m


def p_pansement(c):
    p = c.patient(c.ch(['senior', 'elder', 'adult']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['inf', 'infaux']), inst)
    to = c.staff(c.ch(['md', 'inf']), c.inst('gmf') if c.lang == 'fr' else inst)
    m = c.mail('soins_plaie')
    m.frm, m.to = me.pair, [to.pair]
    who = c.ident_line(p, m, nam_p=0.7, dob_p=0.6, mrn_p=0.2)
    site_ = c.ch(c.T(['talon droit', 'sacrum', 'malléole interne gauche', 'moignon d\'amputation'],
                     ['right heel', 'sacrum', 'left medial malleolus', 'amputation stump']))
    m.types.update(['diagnosis', 'lab_result'])
    germ = c.ch(['SARM', 'Pseudomonas aeruginosa', 'Staphylococcus aureus sensible', 'Streptocoque groupe A'])
    if c.lang == 'en':
        germ = {'SARM': 'MRSA', 'Staphylococcus aureus sensible': 'MSSA', 'Streptocoque groupe A': 'Group A strep'}.get(germ, germ)
    m.subject = c.ch(c.T(['Résultat culture plaie - %s', 'Plaie %s : culture positive', 'Soins de plaie à domicile - %s'],
                         ['Wound culture result - %s', 'Wound swab positive - %s', 'Home wound care - %s'])) % c.name(p, m, ['title_sur', 'sur_first', 'sur_init'])
    body = [c.hello('Dr%s %s' % ('e' if to.sex == 'F' else '', to.last) if c.lang == 'fr' else 'Dr. %s' % to.last),
            c.T('Je fais le suivi à domicile de %s pour une plaie de pression stade 3 au %s (4,2 x 3,1 cm, profondeur 0,8 cm, exsudat purulent).',
                'I follow %s at home for a stage 3 pressure injury on the %s (4.2 x 3.1 cm, depth 0.8 cm, purulent exudate).') % (who, site_),
            c.T('La culture du %s revient positive : %s (sensible à la doxycycline et au TMP-SMX). Leucocytes 13,8, CRP 64.',
                'The swab from %s came back positive: %s (sensitive to doxycycline and TMP-SMX). WBC 13.8, CRP 64.') % (c.df(-3, 4), germ)]
    if True:
        m.types.add('medication')
        body.append(c.T('Pourriez-vous prescrire un antibiotique? %s est allergique à la pénicilline et prend déjà de l\'acide acétylsalicylique 80 mg et du metformine 500 mg BID.',
                        'Could you prescribe an antibiotic? %s is allergic to penicillin and already takes ASA 80 mg and metformin 500 mg BID.') % he(p, c.lang).capitalize())
    body += [c.T('Pansement actuel : Aquacel Ag + mousse, réfection aux 48 h.', 'Current dressing: Aquacel Ag + foam, changed q48h.'), c.bye(), c.sig(me)]
    m.add(*body)
    m.note = 'home wound care with culture result'
    return m


def p_inr_domicile(c):
    inst = c.site('clsc')
    me = c.staff(c.ch(['inf', 'infaux']), inst)
    m = c.mail('inr_prelevements')
    m.frm = me.pair
    m.to = [c.staff('pharm', c.inst('pharm')).pair] if c.lang == 'fr' else [c.staff('md', inst).pair]
    m.types.update(['lab_result', 'medication'])
    n = c.rng.randrange(3, 6)
    pts = [c.patient(c.ch(['senior', 'elder'])) for _ in range(n)]
    rows = []
    for q in pts:
        inr = '%.1f' % (1.4 + c.rng.random() * 3)
        dose = c.ch(['2 mg', '3 mg', '4 mg', '2,5 mg', '5 mg lun/ven, 2,5 autres jours'])
        if c.lang == 'en':
            dose = dose.replace(',', '.').replace('lun/ven', 'Mon/Fri').replace('autres jours', 'other days')
        row = [c.name(q, m, ['sur_first', 'sur_plain', 'sur_init'])]
        if c.chance(0.5) and q.nam:
            row.append(c.nam(q, m, ['compact', 'spaced']))
        else:
            row.append(c.dob(q, m))
        row += [inr.replace('.', ',') if c.lang == 'fr' else inr, dose]
        rows.append(row)
    m.subject = c.ch(c.T(['INR prélèvements à domicile du %s', 'Résultats INR - tournée %s', 'INR SAD %s'],
                         ['Home INR results %s', 'INR round %s'])) % c.df(0, 2)
    m.add(c.hello(),
          c.T('Voici les INR de la tournée de ce matin. Merci de me retourner les doses ajustées avant 15 h pour que je puisse appeler les usagers.',
              'Here are this morning\'s home INRs. Please send back adjusted doses before 3 pm so I can call the clients.'),
          ('table', c.T(['Usager', 'NAM / DDN', 'INR', 'Dose actuelle warfarine'], ['Client', 'RAMQ / DOB', 'INR', 'Current warfarin dose']), rows),
          c.bye(), c.sig(me, short=True))
    if c.chance(0.4):
        m.atts.append(dict(name='INR_%s.csv' % c.d(0).strftime('%Y-%m-%d'), ctype='text/csv', charset='utf-8',
                           data=make_csv(c.T(['Usager', 'NAM_DDN', 'INR', 'Dose'], ['Client', 'ID_DOB', 'INR', 'Dose']), rows)))
    m.note = 'several home-care clients with INR values and warfarin doses'
    return m


def p_transport(c):
    p = c.patient(c.ch(['senior', 'adult', 'elder']))
    inst = c.site(c.ch(['rehab', 'clsc']))
    me = c.staff(c.ch(['agad', 'trp', 'ts']), inst)
    m = c.mail('transport_adapte')
    m.frm = me.pair
    if c.lang == 'fr':
        m.to = [('Transport adapté Val-Brûlé - Réservations', 'reservations@ta-valbrule.example')]
    else:
        m.to = [('Cedar Hill Paratransit', 'bookings@cedarhill-paratransit.example')]
    name = c.name(p, m, ['title_full', 'full', 'sur_first'])
    kv = [(c.T('Client', 'Client'), name), (c.T('Adresse de départ', 'Pick-up address'), c.address(p, m)),
          (c.T('Téléphone', 'Phone'), c.phone(p, m))]
    if c.chance(0.5):
        kv.append((c.T('Date de naissance', 'Date of birth'), c.dob(p, m)))
    if p.nam and c.chance(0.35):
        kv.append(('NAM' if c.lang == 'fr' else 'RAMQ', c.nam(p, m)))
    kv += [(c.T('Destination', 'Destination'), inst['name'] + ', ' + inst['addr']),
           (c.T('Horaire', 'Schedule'), c.T('lun-mer-ven, arrivée 9 h 15, retour 11 h 45', 'Mon-Wed-Fri, arrive 9:15, return 11:45')),
           (c.T('Aide à la mobilité', 'Mobility aid'), c.ch(c.T(['fauteuil roulant manuel (ne se transfère pas seul)', 'marchette + accompagnateur', 'fauteuil motorisé 140 kg'],
                                                               ['manual wheelchair (cannot transfer alone)', 'walker + companion', 'power chair 140 kg'])))]
    if c.chance(0.6):
        kv.append((c.T('Raison', 'Reason'), m.t('diagnosis', c.ch(c.T(['réadaptation post-AVC', 'physiothérapie post-amputation', 'hémodialyse les mar-jeu-sam', 'suivi TCC'],
                                                                   ['post-stroke rehab', 'post-amputation physio', 'hemodialysis Tue-Thu-Sat', 'brain injury follow-up'])))))
    m.subject = c.ch(c.T(['Réservation transport - %s', 'Demande de transport adapté %s', 'TA : nouvelle inscription'],
                         ['Booking request - %s', 'Paratransit booking %s', 'New paratransit client']))
    if '%s' in m.subject:
        m.subject = m.subject % c.name(p, m, ['title_sur', 'sur_plain'])
    m.add(c.hello(), c.T('Pourriez-vous planifier le transport suivant à compter du %s :', 'Could you book the following rides starting %s:') % c.df(c.rng.randrange(3, 10)),
          ('kv', kv), c.T('Le formulaire d\'admissibilité signé suit par télécopieur.', 'The signed eligibility form will follow by fax.'), c.bye(), c.sig(me))
    m.note = 'transport booking with client home address and phone'
    return m


def p_pret_patient(c):
    p = c.patient(c.ch(['senior', 'elder', 'adult']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['ergo', 'physio', 'spad']), inst)
    m = c.mail('pret_equipement_usager')
    m.frm = me.pair
    m.to = [c.box('pret.equipements', inst, c.T('Prêt d\'équipements', 'Equipment loans'))]
    name = c.name(p, m, ['title_full', 'sur_first', 'full', 'sur_plain'])
    adr = c.address(p, m)
    items = c.ch([c.T(['lit électrique avec ridelles', 'matelas thérapeutique à air alterné', 'lève-personne mobile + toile en U taille M'],
                      ['electric bed with rails', 'alternating-pressure air mattress', 'mobile patient lift + size M U-sling']),
                  c.T(['fauteuil roulant 18 po avec coussin ROHO', 'planche de transfert', 'chaise d\'aisance'],
                      ['18-inch wheelchair with ROHO cushion', 'transfer board', 'commode chair'])])
    why = m.t('diagnosis', c.ch(c.T(['fin de vie (néo pulmonaire), congé de l\'hôpital vendredi', 'SLA, perte de la marche', 'fracture de hanche non opérable',
                                   'plaie sacrée stade 4'],
                                  ['end of life (lung cancer), discharged Friday', 'ALS, no longer walking', 'inoperable hip fracture', 'stage 4 sacral ulcer'])))
    m.subject = c.ch(c.T(['Prêt urgent - %s', 'Demande de prêt d\'équipement : %s', 'Livraison équipement %s'],
                         ['Urgent loan - %s', 'Equipment loan request: %s', 'Equipment delivery %s'])) % c.name(p, m, ['title_sur', 'sur_plain', 'sur_init'])
    if p.nam and c.chance(0.55):
        name += ' (NAM %s)' % c.nam(p, m)
    m.add(c.hello(), c.T('Demande de prêt URGENTE pour %s, %s.', 'URGENT loan request for %s, %s.') % (name, adr),
          c.T('Motif : %s.', 'Reason: %s.') % why, ('ul', items),
          c.T('Livraison avant jeudi svp. Contact sur place : %s (cellulaire du fils).', 'Please deliver before Thursday. On-site contact: %s (son\'s cell).') % c.phone(p, m, cell=True),
          c.bye(), c.sig(me, short=c.chance(0.5)))
    m.note = 'equipment loan tied to a named client with home address and condition'
    return m


def p_liste_attente(c):
    inst = c.site('rehab')
    me = c.staff(c.ch(['agad', 'coord', 'physio']), inst)
    m = c.mail('liste_attente_xlsx')
    m.frm = me.pair
    m.to = [c.staff('chef', inst).pair, c.staff('physio', inst).pair]
    n = c.rng.randrange(6, 11)
    rows = []
    for i in range(n):
        q = c.patient(c.ch(['adult', 'senior', 'elder', 'worker']))
        m.types.add('patient_name')
        if i == 0:
            m.evidence.append(q.surname)
        dx = c.ch(DX_REHAB)[c.lang == 'en']
        rows.append([q.surname.upper(), q.given, q.nam if q.nam and c.chance(0.7) else '', q.dob,
                     dx[0].upper() + dx[1:] if not dx.startswith(('une', 'un', 'a ')) else dx.split(' ', 1)[1],
                     c.ch(['P1', 'P2', 'P2', 'P3']), c.d(-c.rng.randrange(5, 200))])
        if rows[-1][2]:
            m.types.add('ramq_nam')
    m.types.update(['date_of_birth', 'diagnosis'])
    m.subject = c.ch(c.T(['Liste d\'attente physio externe - mise à jour', 'LA réadapt externe au %s', 'Priorisation liste d\'attente'],
                         ['Outpatient physio waitlist - update', 'Rehab waitlist as of %s']))
    if '%s' in m.subject:
        m.subject = m.subject % c.df(0, 3)
    hdr = c.T(['Nom', 'Prénom', 'NAM', 'DDN', 'Diagnostic', 'Priorité', 'Date demande'],
              ['Last name', 'First name', 'RAMQ', 'DOB', 'Diagnosis', 'Priority', 'Referral date'])
    m.atts.append(dict(name=c.T('Liste_attente_physio_%s.xlsx', 'Waitlist_PT_%s.xlsx') % c.d(0).strftime('%Y-%m'),
                       ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                       data=make_xlsx([(c.T('Liste', 'Waitlist'), hdr, rows)], author=me.name)))
    m.add(c.hello(), c.T('Ci-joint la liste d\'attente à jour. J\'ai retiré les 3 usagers vus la semaine dernière. Les P1 en haut, svp confirmer qui prend quoi d\'ici vendredi.',
                         'Attached is the updated waitlist. I removed the 3 clients seen last week. P1s at the top - please confirm who takes what by Friday.'),
          c.T('%d personnes en attente au total.', '%d people waiting in total.') % n, c.bye(), c.sig(me))
    m.note = 'waitlist spreadsheet with names, NAM, birth dates and diagnoses'
    return m


def p_rencontre_ics(c):
    inst = c.site(c.ch(['chsld', 'rehab']))
    me = c.staff(c.ch(['chef', 'aic', 'coord']), inst)
    m = c.mail('rencontre_interdisciplinaire')
    m.frm = me.pair
    att = [c.staff(r, inst) for r in ['physio', 'ergo', 'ts', 'nutri', 'inf']]
    m.to = [a.pair for a in att]
    n = c.rng.randrange(3, 6)
    items = []
    for i in range(n):
        q = c.patient('elder')
        nm = c.name(q, m, ['title_sur', 'sur_init', 'title_full'])
        issue = c.ch(c.T(['SCPD, agitation nocturne - revoir quétiapine', 'perte de poids 4 kg en 1 mois, dysphagie', 'chutes x3, revoir contentions',
                          'plaie talon, Braden 11', 'retour à domicile? fille en désaccord', 'douleur non contrôlée, revoir hydromorphone'],
                         ['BPSD, night agitation - review quetiapine', '4 kg weight loss in a month, dysphagia', '3 falls, review restraints',
                          'heel wound, Braden 11', 'discharge home? daughter disagrees', 'uncontrolled pain, review hydromorphone']))
        items.append('%s (%s) - %s' % (nm, q.extra['room'], issue))
    m.types.add('diagnosis')
    if any(k in ' '.join(items) for k in ('quétiapine', 'quetiapine', 'hydromorphone')):
        m.types.add('medication')
    if any(k in ' '.join(items) for k in ('fille', 'daughter')):
        m.types.add('social_information')
    start = dt.datetime.combine(c.d(c.rng.randrange(2, 9)), dt.time(13, 30))
    desc = c.T('Ordre du jour :\n', 'Agenda:\n') + '\n'.join('%d. %s' % (i + 1, it) for i, it in enumerate(items))
    ics = make_ics('%08x@%s' % (c.rng.randrange(16 ** 8), inst['dom']), c.T('Rencontre interdisciplinaire - PII', 'Interdisciplinary team meeting'),
                   start, start + dt.timedelta(hours=1), c.T('Salle Le Héron, 1er étage', 'Conference room B'), desc, me.pair,
                   [a.pair for a in att])
    m.atts.append(dict(name='invite.ics', ctype='text/calendar', charset='utf-8', data=ics, cte=c.ch(['base64', '7bit', 'quoted-printable'])))
    m.subject = c.T('Invitation : Rencontre interdisciplinaire (PII) - %s', 'Invitation: Interdisciplinary meeting - %s') % date_fmt(start.date(), c.lang, 0)
    m.add(c.hello(), c.T('Usagers à discuter :', 'Residents to discuss:'), ('ol', items), c.sig(me, short=True))
    m.note = 'meeting invitation whose agenda lists residents and clinical issues'
    return m


def p_transfert_pdf(c):
    p = c.patient(c.ch(['elder', 'senior']))
    src = c.site('hosp')
    dst = c.site(c.ch(['chsld', 'rehab']))
    me = c.staff(c.ch(['inf', 'pharm', 'agad']), src)
    m = c.mail('transfert_fadm')
    m.frm = me.pair
    m.to = [c.box('admission.%s' % dst['key'], dst, c.T('Admissions', 'Admissions')), c.staff('aic', dst).pair]
    name = pname(p, c.lang, 'sur_first')
    m.types.update(['patient_name', 'medication', 'diagnosis', 'date_of_birth', 'mrn'])
    m.evidence.append(p.surname)
    meds = c.T(['Apixaban 2,5 mg PO BID', 'Métoprolol 25 mg PO BID', 'Furosémide 20 mg PO DIE', 'Atorvastatine 20 mg PO HS',
                'Donépézil 10 mg PO HS', 'Hydromorphone 0,5 mg PO q4h PRN', 'Lactulose 15 mL PO DIE', 'Vitamine D 10 000 UI 1 fois/sem.'],
               ['Apixaban 2.5 mg PO BID', 'Metoprolol 25 mg PO BID', 'Furosemide 20 mg PO daily', 'Atorvastatin 20 mg PO HS',
                'Donepezil 10 mg PO HS', 'Hydromorphone 0.5 mg PO q4h PRN', 'Lactulose 15 mL PO daily', 'Vitamin D 10,000 IU weekly'])
    c.rng.shuffle(meds)
    meds = meds[:c.rng.randrange(4, 8)]
    mrn = fmt_mrn(p.extra['mrn'], c.rng.randrange(5))
    m.evidence.append(mrn)
    lines = [c.T('Usager : ', 'Patient: ') + name, c.T('Date de naissance : ', 'DOB: ') + dob_fmt(p.dob, c.lang, 0),
             c.T('No de dossier : ', 'MRN: ') + mrn]
    if p.nam and c.chance(0.6):
        lines.append('NAM : ' + p.nam)
        m.types.add('ramq_nam')
        m.evidence.append(p.nam)
    lines += ['', c.T('Diagnostic principal : ', 'Main diagnosis: ') + c.ch(DX_REHAB)[c.lang == 'en'],
              c.T('Antécédents : ', 'History: ') + c.ch(DX_CHRONIC)[c.lang == 'en'] + ', ' + c.T('FA, HTA', 'AF, HTN'),
              c.T('Allergies : sulfamidés (rash)', 'Allergies: sulfa (rash)'), '',
              c.T('Médication au congé :', 'Discharge medications:')] + ['  - ' + x for x in meds] + \
        ['', c.T('Dernière dose d\'apixaban donnée ce matin 8 h.', 'Last apixaban dose given this morning 8 am.')]
    title = c.T('Résumé de transfert interétablissement', 'Inter-facility transfer summary')
    fn = c.ch(['Transfert_%s_%s.pdf' % (ascii_fold(p.surname), p.extra['mrn']), 'FADM_transfert.pdf', 'Resume_transfert_%s.pdf' % c.d(0).strftime('%Y%m%d')])
    if p.surname in fn or ascii_fold(p.surname) in fn:
        pass
    m.atts.append(dict(name=fn, ctype='application/pdf', data=make_pdf(title, lines, author=me.name, compress=c.chance(0.5))))
    m.subject = c.ch(c.T(['Transfert %s - documents', 'Documents de transfert (dossier %s)', 'TR: transfert vers %s'],
                         ['Transfer %s - documents', 'Transfer paperwork (chart %s)', 'Transfer to %s']))
    if 'dossier' in m.subject or 'chart' in m.subject:
        m.subject = m.subject % mrn
    elif 'vers' in m.subject or 'Transfer to' in m.subject:
        m.subject = m.subject % dst['name']
    else:
        m.subject = m.subject % c.d(1).strftime('%d/%m')
    m.add(c.hello(), c.T('Vous trouverez ci-joint le résumé de transfert et la FADM pour l\'usagerXX transféréYY demain matin. Ambulance prévue à 10 h.'.replace('usagerXX', 'usagère' if p.sex == 'F' else 'usager').replace('YY', e_(p)),
                         'Please find attached the transfer summary and MAR for the patient arriving tomorrow morning. Ambulance booked for 10 am.'),
          c.bye(), c.sig(me))
    m.note = 'transfer summary PDF with medication list and identifiers'
    return m


def p_referral(c):
    p = c.patient(c.ch(['adult', 'senior', 'worker']))
    src = c.inst('gmf') if c.lang == 'fr' else c.inst('en_cisss')
    dst = c.site(c.ch(['clsc', 'rehab']))
    md = c.staff('md', src)
    m = c.mail('demande_services')
    m.frm = md.pair if c.chance(0.5) else c.staff('agad', src).pair
    m.to = [c.box('guichet.acces', dst, c.T('Guichet d\'accès SAD / réadaptation', 'Access desk - home care / rehab'))]
    who = c.ident_line(p, m, nam_p=0.8, dob_p=0.7, mrn_p=0.0)
    svc = c.ch(c.T(['physiothérapie à domicile', 'ergothérapie (évaluation sécurité à domicile)', 'orthophonie (aphasie)', 'physiothérapie externe'],
                   ['home physiotherapy', 'occupational therapy (home safety)', 'speech therapy (aphasia)', 'outpatient physiotherapy']))
    dx = m.t('diagnosis', c.ch(c.T(['lombosciatalgie droite avec déficit L5', 'capsulite rétractile épaule gauche', 'AVC lacunaire il y a 3 sem., dysarthrie',
                                   'chutes à répétition, ostéoporose sévère (T-score -3,4)', 'Parkinson dx 2019, freezing'],
                                  ['right L5 radiculopathy with weakness', 'left frozen shoulder', 'lacunar stroke 3 weeks ago, dysarthria',
                                   'recurrent falls, severe osteoporosis (T-score -3.4)', 'Parkinson\'s since 2019, freezing of gait'])))
    m.subject = c.ch(c.T(['Demande de services - %s', 'Référence %s', 'Requête en %s'], ['Referral - %s', 'Request for %s', 'Referral for %s']))
    m.subject = m.subject % (svc if ('Requête' in m.subject or 'Request' in m.subject) else c.name(p, m, ['title_sur', 'sur_first']))
    body = [c.hello(), c.T('Je vous réfère %s pour %s.', 'I am referring %s for %s.') % (who, svc),
            c.T('Motif : %s.', 'Reason: %s.') % dx]
    if c.chance(0.6):
        body.append(c.T('Coordonnées : %s, tél. %s.', 'Contact: %s, tel. %s.') % (c.address(p, m), c.phone(p, m)))
    if c.chance(0.4):
        body.append(c.T('Rx actuelle : ', 'Current meds: ') + m.t('medication', c.ch(c.T(['lévodopa-carbidopa 100/25 1 co TID', 'naproxène 500 mg BID, pantoprazole 40 mg',
                                                                                          'alendronate 70 mg 1x/sem.'],
                                                                                         ['levodopa-carbidopa 100/25 TID', 'naproxen 500 mg BID, pantoprazole 40 mg', 'alendronate 70 mg weekly']))))
    body += [c.T('Merci de prendre en charge.', 'Thank you for seeing this patient.'), c.sig(md)]
    m.add(*body)
    if c.chance(0.3):
        m.mode = 'html'
    m.note = 'referral with identity, reason and sometimes contact'
    return m


def p_cnesst_patient(c):
    c.lang = 'fr'
    p = c.patient('worker')
    sin = gen_sin(c.rng)
    assert ca_sin.is_valid(sin)
    inst = c.site('rehab')
    me = c.staff(c.ch(['physio', 'ergo', 'trp']), inst)
    m = c.mail('cnesst_travailleur')
    m.frm = me.pair
    m.to = [('Agente d\'indemnisation CNESST', 'indemnisation.region07@cnesst-demo.example')]
    name = c.name(p, m, ['full', 'title_full', 'sur_first'])
    s = fmt_sin(sin, c.rng.randrange(3))
    m.types.update(['ca_sin', 'diagnosis', 'social_information'])
    m.evidence.append(s)
    claim = '%d %d' % (c.rng.randrange(500, 599), c.rng.randrange(100000, 999999))
    dx = c.ch(['entorse lombaire avec hernie discale L4-L5', 'déchirure de la coiffe des rotateurs droite (réparée le 12 mars)',
               'fracture du calcanéum gauche', 'tendinopathie de De Quervain bilatérale', 'commotion cérébrale (chute d\'échafaudage)'])
    m.subject = c.ch(['Rapport d\'évolution - dossier CNESST %s', 'Travailleur %s - rapport physio', 'Suivi réadaptation - réclamation %s'])
    m.subject = m.subject % (name if 'Travailleur' in m.subject else claim)
    kv = [('Travailleur', name), ('NAS', s), ('No de réclamation', claim)]
    if c.chance(0.5):
        kv.append(('Date de naissance', c.dob(p, m)))
    if p.nam and c.chance(0.3):
        kv.append(('NAM', c.nam(p, m)))
    kv += [('Employeur', c.ch(['Scierie Rivière-Noire inc.', 'Entrepôts Boréal ltée', 'Construction Mont-Gris', 'Transport Gélinas & Fils'])),
           ('Diagnostic', dx)]
    m.add('Bonjour Madame,', 'Veuillez trouver ci-dessous le rapport d\'évolution en réadaptation pour le travailleur suivant :', ('kv', kv),
          'Évolution : amélioration de la tolérance à la position debout (45 min), levée de charges 10 kg du sol à la taille avec bonne mécanique. '
          'Persiste une douleur 5/10 en fin de journée.',
          'Capacités : retour au travail en assignation temporaire recommandé à raison de 3 jours/sem. (tâches légères, pas de charges > 10 kg). '
          'Le travailleur exprime des inquiétudes financières importantes et un conflit avec son superviseur.',
          'Prochain rapport dans 4 semaines.', 'Cordialement,', c.sig(me, disclaimer=True))
    if c.chance(0.5):
        m.atts.append(dict(name='Rapport_evolution_%s.pdf' % ascii_fold(p.surname), ctype='application/pdf',
                           data=make_pdf('Rapport d\'évolution - réadaptation (CNESST)',
                                         ['Travailleur : %s' % pname(p, 'fr', 'full'), 'NAS : %s' % s, 'Réclamation : %s' % claim,
                                          'Diagnostic : %s' % dx, '', 'Évolution favorable, assignation temporaire recommandée.'],
                                         author=me.name, compress=c.chance(0.5))))
    m.note = 'rehab progress report to the workers compensation board with SIN and diagnosis'
    return m


def p_saaq(c):
    c.lang = 'fr' if c.chance(0.8) else c.lang
    p = c.patient(c.ch(['adult', 'worker']))
    inst = c.site('rehab')
    me = c.staff(c.ch(['ergo', 'ts', 'physio']), inst)
    m = c.mail('saaq_readaptation')
    m.frm = me.pair
    m.to = [(c.T('Conseillère en réadaptation SAAQ', 'SAAQ rehabilitation advisor'), 'readaptation.dossiers@saaq-demo.example')]
    who = c.ident_line(p, m, nam_p=0.3, dob_p=0.8, mrn_p=0.0, styles=['title_full', 'full', 'sur_first'])
    m.types.update(['diagnosis', 'social_information'])
    dossier = '%03d-%06d' % (c.rng.randrange(100, 999), c.rng.randrange(10 ** 6))
    m.subject = c.T('Dossier SAAQ %s - bilan ergothérapie', 'SAAQ file %s - OT report') % dossier
    m.add(c.hello(), c.T('Bilan de mi-parcours pour %s, victime d\'un accident de la route le %s (TCC léger, fracture de la clavicule droite).',
                         'Mid-program report for %s, injured in a car crash on %s (mild TBI, right clavicle fracture).') % (who, c.df(-c.rng.randrange(60, 200), 0)),
          ('ul', c.T(['Céphalées quotidiennes, fatigabilité cognitive après 40 min de tâche', 'Ne conduit pas (interdiction médicale jusqu\'à réévaluation)',
                      'Arrêt de travail depuis l\'accident; prestations d\'IRR', 'Séparation récente, vit temporairement chez sa mère avec ses 2 enfants'],
                     ['Daily headaches, cognitive fatigue after 40 min of activity', 'Not driving (medical restriction until reassessment)',
                      'Off work since the accident; receiving income replacement', 'Recently separated, temporarily living at her mother\'s with 2 children'])),
          c.T('Nous recommandons la poursuite de 8 semaines avec volet neuropsychologie.', 'We recommend 8 more weeks including neuropsychology.'), c.bye(), c.sig(me))
    m.note = 'road-accident insurer report with diagnosis and social situation'
    return m


def p_ontario(c):
    c.lang = 'en' if c.chance(0.75) else 'fr'
    p = c.patient(c.ch(['senior', 'elder']), blind=False)
    hcn = gen_ohip(c.rng)
    assert luhn.is_valid(hcn)
    vc = c.ch(['AB', 'KL', 'HX', 'TE', ''])
    src = c.inst(c.ch(['ont', 'ont_hc']))
    dst = c.site('clsc')
    me = c.staff(c.ch(['coord', 'inf', 'agad']), src)
    m = c.mail('ontario_transfert_sad')
    m.frm = me.pair
    m.to = [c.box('guichet.acces', dst, c.T('Guichet d\'accès', 'Access desk'))]
    name = c.name(p, m, ['full', 'title_full', 'sur_first'])
    s = fmt_ohip(hcn, vc, c.rng.randrange(4))
    m.types.update(['ca_health_number', 'diagnosis', 'social_information'])
    m.evidence.append(s)
    kv = [(c.T('Patient', 'Patient'), name), (c.T('No carte santé Ontario', 'Ontario HCN'), s), (c.T('DDN', 'DOB'), c.dob(p, m)),
          (c.T('Nouvelle adresse', 'New address'), c.address(p, m)), (c.T('Tél.', 'Phone'), c.phone(p, m)),
          (c.T('Diagnostic', 'Diagnosis'), c.ch(c.T(['PTG droite le 2 du mois', 'AVC avec hémiparésie gauche', 'MPOC, O2 à domicile'],
                                                   ['R TKA on the 2nd', 'stroke with L hemiparesis', 'COPD, home oxygen'])))]
    m.subject = c.T('Transfert de suivi Ontario -> Québec : %s', 'Care transition Ontario to Quebec - %s') % c.name(p, m, ['title_sur', 'sur_first'])
    m.add(c.hello(), c.T('Notre patient%s déménage chez sa fille dans votre secteur et aura besoin de physio et de soins infirmiers à domicile :' % e_(p),
                         'Our patient is moving in with %s daughter in your area and will need home physio and nursing:' % his(p, 'en')),
          ('kv', kv), c.T('Vit seul%s depuis le décès de son conjoint, ne peut plus rester dans sa maison de Carrow Valley.' % e_(p),
                          'Has lived alone since the spouse died and can no longer stay in the Carrow Valley house.'),
          c.T('La carte RAMQ n\'est pas encore émise (délai de carence).', 'RAMQ card not issued yet (waiting period applies).'),
          c.bye(), c.sig(me))
    m.note = 'inter-provincial home care transfer with Ontario health number'
    return m


def p_belgique(c):
    c.lang = 'fr'
    p = c.patient(c.ch(['senior', 'adult', 'elder']), blind=False)
    niss = gen_niss(c.rng, p.dob, p.sex)
    s = fmt_niss(niss, c.rng.randrange(3))
    be = c.inst('be')
    qc = c.site('rehab')
    if c.chance(0.5):
        frm, to = c.staff('ts', be), c.staff('coord', qc)
        direction = 'in'
    else:
        frm, to = c.staff(c.ch(['physio', 'ts']), qc), c.staff('ts', be)
        direction = 'out'
    m = c.mail('belgique_niss')
    m.frm, m.to = frm.pair, [to.pair]
    name = c.name(p, m, ['title_full', 'sur_first', 'full'])
    m.types.update(['be_niss', 'diagnosis'])
    m.evidence.append(s)
    if direction == 'in':
        m.subject = 'Patient%s belge - poursuite de la rééducation au Québec' % e_(p)
        m.add('Bonjour %s,' % to.first,
              'Comme convenu par téléphone, voici les informations concernant %s (NISS %s, né%s le %s), hospitalisé%s chez nous pour une %s.'
              % (name, s, e_(p), c.dob(p, m), e_(p), c.ch(['fracture bimalléolaire opérée', 'rupture du tendon d\'Achille', 'prothèse totale de genou'])),
              '%s s\'installe chez sa fille à Val-Brûlé et souhaite poursuivre la kiné chez vous. La mutualité prend en charge via la convention de sécurité sociale, '
              'le formulaire BE/QC 205 suit.' % ('La patiente' if p.sex == 'F' else 'Le patient'),
              'Traitement : ' + m.t('medication', 'Clexane 40 mg SC 1x/j jusqu\'au 15, paracétamol 1 g 4x/j'),
              'Bien à vous,', c.sig(frm))
    else:
        m.subject = 'Rapatriement %s - bilan de réadaptation' % c.name(p, m, ['title_sur'])
        m.add('Bonjour %s,' % to.first,
              'Je vous transmets le bilan de fin de séjour de %s (NISS %s) qui rentre en Belgique le %s.' % (name, s, c.df(c.rng.randrange(5, 20))),
              'Diagnostic : AVC ischémique cérébelleux, ataxie résiduelle, marche avec canne quadripode sur 150 m.',
              'Recommandations : poursuivre la kinésithérapie 3x/sem. et l\'ergothérapie en ambulatoire.', 'Cordialement,', c.sig(frm))
    m.note = 'Belgian patient transfer with NISS'
    return m


def p_france(c):
    c.lang = 'fr'
    p = c.patient(c.ch(['adult', 'senior', 'worker']), blind=False)
    nir = gen_nir(c.rng, p.dob, p.sex)
    s = fmt_nir(nir, c.rng.randrange(3))
    fr = c.inst('fr')
    qc = c.site('rehab')
    frm = c.staff(c.ch(['agad', 'md', 'ergo']), fr)
    m = c.mail('france_nir')
    m.frm = frm.pair
    m.to = [c.staff(c.ch(['coord', 'physio']), qc).pair]
    name = c.name(p, m, ['title_full', 'sur_first', 'upper'])
    m.types.update(['fr_nir', 'diagnosis'])
    m.evidence.append(s)
    m.subject = c.ch(['Prise en charge MPR - %s', 'Dossier de rééducation %s', 'Demande de poursuite de soins - %s']) % c.name(p, m, ['title_sur', 'sur_first'])
    body = ['Madame, Monsieur,',
            'Nous vous adressons %s, n° de sécurité sociale %s, suivi%s dans notre service de médecine physique et de réadaptation pour une %s.'
            % (name, s, e_(p), c.ch(['lésion médullaire incomplète D10 (ASIA C)', 'amputation fémorale gauche post-traumatique', 'sclérose en plaques rémittente (poussée récente)', 'polytraumatisme (AVP)'])),
            '%s part en mission de coopération au Québec pour 2 ans et souhaite poursuivre la rééducation à votre centre.' % ('La patiente' if p.sex == 'F' else 'Le patient')]
    if c.chance(0.5):
        body.append('Né%s le %s. ' % (e_(p), c.dob(p, m)) + 'Traitement en cours : ' + m.t('medication', 'baclofène 20 mg x3/j, oxybutynine 5 mg x2/j'))
    if c.chance(0.5):
        body.append(m.t('social_information', 'Situation sociale : célibataire, sans proche au Canada; logement adapté non encore trouvé.'))
    body += ['Le compte rendu complet est joint.' if c.chance(0.5) else 'Confraternellement,', c.sig(frm)]
    m.add(*body)
    if 'joint' in body[-2]:
        m.atts.append(dict(name='CR_MPR_%s.pdf' % ascii_fold(p.surname).upper(), ctype='application/pdf',
                           data=make_pdf('Compte rendu de séjour - MPR', ['Patient : %s' % pname(p, 'fr', 'sur_first'), 'NIR : %s' % s,
                                                                          'Bilan : marche 200 m avec aide technique, autonomie partielle pour les transferts.'],
                                         author=frm.name, compress=True)))
    m.note = 'French patient referral with NIR'
    return m


def p_csv_tournee(c):
    inst = c.site('clsc')
    me = c.staff(c.ch(['plan', 'coord', 'agad']), inst)
    m = c.mail('tournee_asss_csv')
    m.frm = me.pair
    aide = c.staff('asss', inst)
    m.to = [aide.pair]
    n = c.rng.randrange(5, 9)
    rows = []
    m.types.update(['patient_name', 'patient_contact'])
    with_nam = c.chance(0.35)
    for i in range(n):
        q = c.patient(c.ch(['senior', 'elder', 'adult']))
        a = q.extra['addr']
        task = c.ch(c.T(['Bain complet + crème', 'Bas compressifs', 'Aide au lever + déjeuner', 'Soins d\'hygiène - hémiplégie D', 'Bain - stomie à vider',
                         'Lever au lève-personne (2 intervenants)'],
                        ['Full bath + cream', 'Compression stockings', 'Help getting up + breakfast', 'Hygiene care - R hemiplegia', 'Bath - empty ostomy bag',
                         'Mechanical lift transfer (2 staff)']))
        rows.append(['%02d:%02d' % (8 + i, c.ch([0, 15, 30, 45])), q.surname, q.given, '%s%s' % (a[0], q.extra['app']), a[1], q.extra['phone'], task]
                    + ([q.nam or ''] if with_nam else []))
        if i == 0:
            m.evidence += [q.surname, a[0]]
    if any(k in ' '.join(r[-1] for r in rows) for k in ('hémiplégie', 'hemiplegia', 'stomie', 'ostomy')):
        m.types.add('diagnosis')
    hdr = c.T(['Heure', 'Nom', 'Prénom', 'Adresse', 'Municipalité', 'Téléphone', 'Tâche'], ['Time', 'Last name', 'First name', 'Address', 'Town', 'Phone', 'Task'])
    if with_nam:
        hdr.append('NAM')
        if any(r[-1] for r in rows):
            m.types.add('ramq_nam')
    enc = c.ch(['utf-8', 'cp1252'])
    m.atts.append(dict(name=c.T('tournee_%s_%s.csv', 'route_%s_%s.csv') % (slug(aide.first), c.d(1).strftime('%Y%m%d')), ctype='text/csv',
                       charset='windows-1252' if enc == 'cp1252' else 'utf-8', data=make_csv(hdr, rows, delim=c.ch([';', ',']), encoding=enc)))
    m.subject = c.T('Ta tournée de demain (%s)', 'Your route for tomorrow (%s)') % c.df(1, 1)
    m.add(c.hello(aide.first), c.T('Voici ta tournée de demain. Attention, changement d\'ordre pour les 2 derniers. Le fichier s\'ouvre dans Excel.',
                                   'Here is tomorrow\'s route. Note the last two are swapped. The file opens in Excel.'),
          c.T('Bonne journée', 'Have a good one'), c.sig(me, short=True))
    m.note = 'home health aide route sheet CSV with client names, addresses and phones'
    return m


def p_vcard_client(c):
    p = c.patient(c.ch(['senior', 'elder', 'adult']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['gest', 'inf', 'ts']), inst)
    m = c.mail('vcard_usager')
    m.frm = me.pair
    m.to = [c.staff(c.ch(['asss', 'infaux', 'physio']), inst).pair]
    m.types.update(['patient_name', 'patient_contact'])
    m.evidence += [p.surname, p.extra['phone']]
    note = c.ch(c.T(['Client SAD - MPOC, O2 2 L. Clé dans boîte à code 4471.', 'Usagère SAD - TNCM, ne répond pas toujours au téléphone, appeler la fille.',
                     'SPAD - néo prostate métastatique. Entrer par la porte de côté.', 'Diabète, amputation jambe G. Chien dans la cour.'],
                    ['Home care client - COPD on 2 L O2. Key in lockbox 4471.', 'Client - dementia, may not answer the phone, call the daughter.',
                     'Palliative - metastatic prostate cancer. Use the side door.', 'Diabetic, L leg amputation. Dog in the yard.']))
    m.types.add('diagnosis')
    if p.nam and c.chance(0.45):
        note = 'NAM %s - ' % p.nam + note
        m.types.add('ramq_nam')
        m.evidence.append(p.nam)
    a = p.extra['addr']
    vcf = make_vcf(p.given, p.surname, tel=[('HOME', p.extra['phone']), ('CELL', p.extra['cell'])], email_addr=p.extra['email'] if c.chance(0.4) else '',
                   adr=('%s%s' % (a[0], p.extra['app']), a[1], a[2]), note=note)
    m.atts.append(dict(name='%s %s.vcf' % (p.given, p.surname), ctype='text/vcard', charset='utf-8', data=vcf))
    m.subject = c.ch(c.T(['Coordonnées nouvel usager', 'Contact - %s' % pname(p, 'fr', 'full'), 'fiche contact'], ['New client contact', 'Contact card', 'Client card']))
    if '%s' not in m.subject and pname(p, 'fr', 'full') in m.subject:
        m.types.add('patient_name')
    m.add(c.hello(), c.T('Je t\'envoie la fiche de la nouvelle personne que tu vois à partir de lundi. Première visite à 9 h.',
                         'Sending you the contact card for the new client you start seeing Monday. First visit 9 am.'), c.sig(me, short=True))
    m.note = 'vCard of a home-care client with address, phone and a clinical note'
    return m


def p_subject_only(c):
    p = c.patient(c.ch(['elder', 'senior']))
    inst = c.site(c.ch(['chsld', 'clsc']))
    me = c.staff(c.ch(['infaux', 'pab', 'aic', 'asss']), inst)
    m = c.mail('objet_seulement')
    m.frm = me.pair
    m.to = [c.staff(c.ch(['aic', 'inf', 'coord']), inst).pair]
    nm = c.name(p, m, ['title_sur', 'sur_plain', 'title_full', 'lower'])
    m.types.add('diagnosis')
    subj = c.ch(c.T(['%s ch. %s - chute cette nuit, fx poignet?', '%s - refuse encore ses pilules, très confus%s, delirium?', 'URGENT %s : plaie sacrum infectée',
                     '%s (%s) - toux aux repas, dysphagie?', 'SVP rappeler fille de %s - néo poumon, décès probable cette nuit'],
                    ['%s rm %s - fell last night, wrist fracture?', '%s - refusing meds again, very confused, delirium?', 'URGENT %s: infected sacral wound',
                     '%s (%s) - coughing at meals, dysphagia?', 'Pls call %s\'s daughter - lung ca, likely passing tonight']))
    if subj.count('%s') == 2:
        if 'confus' in subj:
            subj = subj % (nm, e_(p))
        else:
            subj = subj % (nm, p.extra['room'])
    else:
        subj = subj % nm
    if 'pilules' in subj or 'meds' in subj:
        pass
    m.subject = subj
    m.add(c.ch(c.T(['Voir note au dossier. Merci de passer quand tu peux.', 'Peux-tu me rappeler au poste?', 'Je t\'en parle au rapport de 15 h.', 'cf. objet. merci'],
                   ['See chart note. Please drop by when you can.', 'Can you call me at the desk?', 'Will discuss at 3 pm report.', 'see subject. thx'])),
          c.sig(me, short=True) if c.chance(0.6) else me.first)
    m.mode = c.ch(['plain', 'plain', 'alt'])
    m.note = 'identity and clinical issue appear only in the Subject'
    return m


def p_filename_only(c):
    p = c.patient(c.ch(['adult', 'senior', 'child', 'elder']))
    inst = c.site(c.ch(['rehab', 'clsc']))
    role = 'ortho' if p.age < 18 else c.ch(['ergo', 'physio', 'ortho'])
    me = c.staff(role, inst)
    m = c.mail('nom_fichier')
    m.frm = me.pair
    m.to = [c.staff(c.ch(['md', 'coord', 'agad']), inst).pair]
    m.types.update(['patient_name', 'diagnosis'])
    m.evidence.append(ascii_fold(p.surname).upper())
    dxs = {'ergo': ['SEP', 'TNCM', 'Parkinson', 'hemiplegie'], 'physio': ['PTH', 'fx_hanche', 'AVC', 'amputation'],
           'ortho': ['aphasie', 'dysphagie', 'TDL', 'begaiement']}[role]
    dxk = c.ch(dxs)
    fn = c.ch(['Eval_%s_%s_%s_%s.pdf', 'Rapport %s - %s %s (%s).pdf', '%s_%s_%s_%s.docx']) % (
        {'ergo': 'ergo', 'physio': 'physio', 'ortho': 'ortho'}[role], ascii_fold(p.surname).upper(), p.given, dxk)
    if p.nam and c.chance(0.45):
        fn = fn.replace(' ' + p.given, '').replace('_' + p.given, '').replace('.pdf', '_%s.pdf' % p.nam).replace('.docx', '_%s.docx' % p.nam)
        m.types.add('ramq_nam')
        m.evidence.append(p.nam)
    title = c.T('Rapport d\'évaluation', 'Assessment report')
    content = [c.T('Usager : ', 'Client: ') + pname(p, c.lang, 'sur_first'), c.T('Motif : ', 'Reason: ') + dxk.replace('_', ' '),
               c.T('Voir recommandations en page 2.', 'See recommendations on page 2.')]
    if fn.endswith('.pdf'):
        data, ct = make_pdf(title, content, author=me.name, compress=c.chance(0.5)), 'application/pdf'
    else:
        data, ct = make_docx(title, content, author=me.name), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    m.atts.append(dict(name=fn, ctype=ct, data=data))
    m.subject = c.ch(c.T(['Rapport demandé', 'Rapport en PJ', 'TR: rapport', 'Document'], ['Requested report', 'Report attached', 'FW: report', 'Document']))
    m.add(c.hello(), c.ch(c.T(['Ci-joint le rapport demandé.', 'Voici le document. Bonne journée.', 'Tel que discuté, en pièce jointe.'],
                              ['Attached is the report you asked for.', 'Here is the document.', 'As discussed, see attachment.'])), c.sig(me, short=True))
    m.note = 'body is neutral; patient name and diagnosis are in the attachment file name and content'
    return m


def p_nam_only(c):
    p = c.patient(c.ch(['senior', 'adult', 'elder']), blind=True)
    inst = c.site('clsc')
    me = c.staff(c.ch(['agad', 'coord', 'plan']), inst)
    m = c.mail('nam_sans_nom')
    m.frm = me.pair
    m.to = [c.box('sad.planification', inst, c.T('Planification SAD', 'Home care scheduling')), c.staff('physio', inst).pair]
    s = c.nam(p, m, ['lower', 'dots', 'ocr', 'letters', 'split', 'dash'])
    m.types.add('diagnosis')
    reason = c.ch(c.T(['hospitalisé%s depuis hier pour une pneumonie', 'admis%s en psychiatrie (décompensation)', 'en CHSLD temporaire suite à une fracture du bassin',
                       'décédé%s hier soir (néo colon)'],
                      ['hospitalized since yesterday with pneumonia', 'admitted to psychiatry (decompensation)', 'in temporary LTC after a pelvic fracture',
                       'died last night (colon cancer)']))
    if '%s' in reason:
        reason = reason % e_(p)
    m.subject = c.ch(c.T(['Suspendre visites - usager %s', 'Annulation services SAD', 'FERMETURE TEMPORAIRE dossier'], ['Hold visits - client %s', 'Cancel home care visits', 'Temporary file closure']))
    if '%s' in m.subject:
        m.subject = m.subject % s
    m.add(c.hello(), c.T('Pour l\'usager(ère) NAM %s : %s. Merci d\'annuler les visites physio et ASSS de la semaine.', 'Client RAMQ %s: %s. Please cancel this week\'s physio and aide visits.') % (s, reason),
          c.T('Je ferme temporairement dans le système.', 'I will put the file on hold in the system.'), c.sig(me, short=True))
    m.note = 'NAM (unusual spelling) with clinical information but no name'
    return m


def p_mrn_only(c):
    p = c.patient(c.ch(['elder', 'senior']), blind=c.chance(0.3))
    inst = c.site('chsld')
    me = c.staff(c.ch(['inf', 'aic', 'infaux']), inst)
    m = c.mail('dossier_sans_nom')
    m.frm = me.pair
    m.to = [c.staff('md', inst).pair]
    s = c.mrn(p, m)
    m.types.update(['lab_result', 'diagnosis'])
    m.subject = c.ch(c.T(['Résultat culture urinaire dossier %s', 'Labo dossier %s', 'dossier %s - résultats'], ['Urine culture chart %s', 'Labs chart %s']))
    m.subject = m.subject % s
    m.add(c.hello(), c.T('Résident%s ch. %s, dossier %s : culture urinaire positive E. coli > 10^8 UFC/L, résistant à la ciprofloxacine. Créatinine 142, eGFR 38.',
                         'Resident rm %s, chart %s: urine culture positive for E. coli > 10^8 CFU/L, cipro resistant. Creatinine 142, eGFR 38.') %
          ((e_(p), p.extra['room'], s) if c.lang == 'fr' else (p.extra['room'], s)),
          c.T('Fièvre 38,6 ce matin, nouvelle confusion. Quel antibiotique souhaitez-vous?', 'Fever 38.6 this morning, new confusion. Which antibiotic would you like?'),
          c.sig(me, short=True))
    m.note = 'chart number with lab result, no name'
    return m


def p_signalement(c):
    p = c.patient(c.ch(['elder', 'senior']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['ts', 'gest', 'asss']), inst)
    m = c.mail('maltraitance_signalement')
    m.frm = me.pair
    m.to = [c.staff(c.ch(['coord', 'dir']), inst).pair]
    m.cc = [c.box('maltraitance.coordination', inst, c.T('Coordination régionale maltraitance', 'Elder abuse coordination'))] if c.chance(0.5) else []
    name = c.ident_line(p, m, nam_p=0.6, dob_p=0.4, mrn_p=0.0, styles=['title_full', 'sur_first', 'title_sur'])
    m.types.add('social_information')
    m.subject = c.ch(c.T(['Situation de maltraitance soupçonnée - %s', 'CONFIDENTIEL - %s', 'Processus d\'intervention concerté - %s'],
                         ['Suspected elder abuse - %s', 'CONFIDENTIAL - %s', 'Safeguarding concern - %s'])) % c.name(p, m, ['title_sur', 'sur_init', 'full'])
    facts = c.T(['Le fils, qui a une procuration bancaire, a retiré environ 14 000 $ depuis mars; le loyer de mars n\'a pas été payé.',
                 'Ecchymoses aux avant-bras constatées par l\'ASSS à 2 reprises; l\'usagère dit être tombée.',
                 'Le conjoint crie et l\'empêche de recevoir les intervenants; elle a dit avoir peur de lui.',
                 'Frigo vide, médicaments non pris depuis une semaine, couches non changées.'],
                ['The son, who holds bank power of attorney, has withdrawn about $14,000 since March; March rent unpaid.',
                 'The aide saw bruises on both forearms twice; the client says she fell.',
                 'The husband yells and prevents staff from coming in; she said she is afraid of him.',
                 'Empty fridge, meds not taken for a week, briefs not changed.'])
    c.rng.shuffle(facts)
    body = [c.hello(), c.T('Je vous informe d\'une situation préoccupante concernant %s, suivie au SAD.', 'I need to report a concerning situation for %s, a home care client.') % name,
            ('ul', facts[:c.rng.randrange(2, 4)])]
    if c.chance(0.6):
        body.append(c.T('Diagnostic : ', 'Diagnosis: ') + m.t('diagnosis', c.ch(c.T(['TNCM modéré (MoCA 14/30)', 'Parkinson avec hallucinations'], ['moderate dementia (MoCA 14/30)', 'Parkinson\'s with hallucinations']))))
    if c.chance(0.5):
        body.append(c.T('Adresse : ', 'Address: ') + c.address(p, m))
    body += [c.T('Je propose d\'enclencher le processus d\'intervention concerté et d\'évaluer l\'aptitude. Disponible pour en discuter cet après-midi.',
                 'I suggest we start the concerted intervention process and request a capacity assessment. Available this afternoon.'), c.sig(me, disclaimer=True)]
    m.add(*body)
    m.note = 'suspected elder abuse report about a named client'
    return m


def p_pediatrie(c):
    p = c.patient('child', blind=True)
    inst = c.inst('crp' if c.lang == 'fr' else 'en_rehab')
    me = c.staff(c.ch(['ortho', 'ergo', 'tes']), inst)
    m = c.mail('pediatrie_readaptation')
    m.frm = me.pair
    to_school = c.chance(0.4)
    if to_school:
        m.to = [(c.T('Direction - École primaire des Hirondelles', 'Principal - Willow Lane Elementary'), 'direction@ecole-hirondelles.example' if c.lang == 'fr' else 'principal@willowlane-school.example')]
    else:
        m.to = [c.staff(c.ch(['physio', 'ts', 'md']), inst).pair]
    who = c.ident_line(p, m, nam_p=0.65, dob_p=0.7, mrn_p=0.3, styles=['full', 'sur_first', 'full'])
    m.types.update(['diagnosis'])
    dx = c.ch(c.T(['trouble développemental du langage sévère', 'TSA niveau 2', 'dyspraxie verbale', 'paralysie cérébrale diplégique (GMFCS II)', 'TDAH et trouble de la coordination'],
                  ['severe developmental language disorder', 'autism spectrum disorder level 2', 'childhood apraxia of speech', 'spastic diplegic cerebral palsy (GMFCS II)', 'ADHD and developmental coordination disorder']))
    m.subject = c.ch(c.T(['Plan d\'intervention - %s', 'Suivi %s - rencontre école', 'Bilan de fin d\'année %s'], ['Intervention plan - %s', 'Follow-up %s - school meeting', 'Year-end report %s'])) % c.name(p, m, ['full', 'sur_init'])
    body = [c.hello(), c.T('Suite à notre évaluation de %s, voici les éléments pour le plan d\'intervention. Diagnostic : %s.',
                           'Following our assessment of %s, here are the points for the intervention plan. Diagnosis: %s.') % (who, dx),
            ('ul', c.T(['pictogrammes pour les routines de classe', 'période de pause sensorielle 2 x/jour', 'consignes courtes, une à la fois', 'temps supplémentaire aux évaluations'],
                       ['visual schedule for class routines', 'sensory break twice a day', 'short one-step instructions', 'extra time for tests']))]
    if c.chance(0.7):
        body.append(m.t('social_information', c.ch(c.T(['Les parents sont séparés (garde partagée une semaine sur deux); envoyer les communications aux deux adresses.',
                                                        'Suivi DPJ en cours; ne rien transmettre au père sans autorisation.',
                                                        'Famille récemment arrivée, la mère parle peu le français; prévoir une interprète.'],
                                                       ['Parents are separated (shared custody week on / week off); send letters to both addresses.',
                                                        'Youth protection follow-up ongoing; do not share anything with the father without authorization.',
                                                        'Family arrived recently, mother speaks little English; book an interpreter.']))))
    if c.chance(0.4):
        body.append(c.T('Rx : ', 'Meds: ') + m.t('medication', c.ch(['méthylphénidate 18 mg DIE', 'rispéridone 0,25 mg HS', 'mélatonine 3 mg HS'] if c.lang == 'fr' else
                                                                   ['methylphenidate 18 mg daily', 'risperidone 0.25 mg HS', 'melatonin 3 mg HS'])))
    body += [c.bye(), c.sig(me)]
    m.add(*body)
    m.note = 'paediatric rehab plan for a named child with diagnosis'
    return m


def p_amm(c):
    p = c.patient(c.ch(['senior', 'adult', 'elder']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['spad', 'md', 'coord']), inst)
    m = c.mail('aide_medicale_mourir')
    m.frm = me.pair
    m.to = [c.box('gia.amm', inst, c.T('GIA - soins de fin de vie', 'End-of-life care support group'))]
    name = c.ident_line(p, m, nam_p=0.55, dob_p=0.4, mrn_p=0.1, styles=['title_full', 'sur_first', 'full'])
    m.types.update(['diagnosis'])
    dx = c.ch(DX_PALL)[c.lang == 'en']
    m.subject = c.ch(c.T(['Demande d\'AMM - %s', 'AMM à domicile prévue le %s', 'Formulaire de demande AMM signé'], ['MAID request - %s', 'MAID at home scheduled %s', 'Signed MAID request form']))
    if 'Demande' in m.subject or 'request -' in m.subject:
        m.subject = m.subject % c.name(p, m, ['title_sur', 'sur_init'])
    elif '%s' in m.subject:
        m.subject = m.subject % c.df(c.rng.randrange(3, 15), 0)
    body = [c.hello(), c.T('%s (%s) a signé le formulaire de demande d\'aide médicale à mourir ce matin en présence de deux témoins indépendants.',
                           '%s (%s) signed the medical assistance in dying request form this morning in front of two independent witnesses.') % (name, dx),
            c.T('Deuxième évaluation demandée au Dr Vaillancourt. Souhait : à domicile, le %s, en présence de ses enfants.',
                'Second assessment requested from Dr. Vaillancourt. Wish: at home on %s with the children present.') % c.df(c.rng.randrange(5, 15))]
    if c.chance(0.5):
        body.append(c.T('Adresse : %s.', 'Address: %s.') % c.address(p, m))
    if c.chance(0.5):
        body.append(m.t('social_information', c.T('Une des filles s\'oppose à la démarche; prévoir un accompagnement de la TS pour la famille.',
                                                   'One daughter opposes the request; social worker support for the family is planned.')))
    body.append(c.sig(me, disclaimer=True))
    m.add(*body)
    m.note = 'MAID request for a named patient'
    return m


def p_deces(c):
    p = c.patient('elder')
    inst = c.site('chsld')
    me = c.staff(c.ch(['aic', 'inf', 'chef']), inst)
    m = c.mail('deces_resident')
    m.frm = me.pair
    m.to = [c.box('unite.%s' % slug(c.ch(['2est', '3ouest', '1nord'])), inst, c.T('Équipe de l\'unité', 'Unit team')),
            c.box('admission.%s' % inst['key'], inst, c.T('Admissions', 'Admissions'))]
    name = c.ident_line(p, m, nam_p=0.45, dob_p=0.3, mrn_p=0.3, styles=['title_full', 'title_sur', 'sur_first', 'full'])
    m.types.add('diagnosis')
    m.subject = c.ch(c.T(['Décès - %s (ch. %s)', 'Avis de décès %s ch. %s', 'Départ de %s - ch. %s'], ['Passing of %s (rm %s)', 'Death notice %s rm %s']))
    m.subject = m.subject % (c.name(p, m, ['title_sur', 'title_full']), p.extra['room'])
    m.add(c.hello(), c.T('Nous vous informons du décès de %s survenu cette nuit à %s (ch. %s), des suites de %s. La famille était présente.',
                         'We are sad to let you know that %s passed away last night at %s (rm %s) from %s. The family was present.') %
          (name, c.ch(['2 h 15', '4 h 40', '23 h 05']) if c.lang == 'fr' else c.ch(['2:15 am', '4:40 am', '11:05 pm']), p.extra['room'],
           c.ch(c.T(['sa MPOC terminale', 'complications de sa pneumonie', 'son insuffisance cardiaque', 'son cancer du sein métastatique'],
                    ['end-stage COPD', 'complications of pneumonia', 'heart failure', 'metastatic breast cancer']))),
          c.T('La chambre sera libérée d\'ici jeudi. Merci à toute l\'équipe pour les beaux soins.', 'The room will be vacated by Thursday. Thank you all for the wonderful care.'),
          c.sig(me, short=True))
    m.note = 'death notice naming resident and cause'
    return m


def p_eclosion(c):
    inst = c.site('chsld')
    me = c.staff(c.ch(['aic', 'inf', 'chef']), inst)
    m = c.mail('eclosion_liste')
    m.frm = me.pair
    m.to = [c.box('pci', inst, c.T('Prévention et contrôle des infections', 'Infection prevention and control'))]
    germ = c.ch(c.T(['COVID-19', 'influenza A', 'norovirus (gastro)', 'VRS'], ['COVID-19', 'influenza A', 'norovirus', 'RSV']))
    rows = []
    n = c.rng.randrange(4, 9)
    m.types.update(['patient_name', 'lab_result', 'diagnosis'])
    with_nam = c.chance(0.4)
    for i in range(n):
        q = c.patient('elder', blind=True if with_nam else None)
        rows.append([q.extra['room'], '%s, %s' % (q.surname.upper(), q.given)] + ([q.nam or ''] if with_nam else []) + [c.d(-c.rng.randrange(0, 5)).strftime('%d/%m'),
                     c.ch(['TAAN +', 'TAAN +', 'TDAR +', c.T('en attente', 'pending')]), c.ch(c.T(['fièvre, toux', 'asymptomatique', 'diarrhée x3', 'désaturation 88 %'],
                                                                                          ['fever, cough', 'asymptomatic', 'diarrhea x3', 'SpO2 88%']))])
        if i == 0:
            m.evidence.append(q.surname)
    m.subject = c.T('Éclosion %s - liste des résidents au %s', 'Outbreak %s - resident line list %s') % (germ, c.df(0, 2))
    hdr = c.T(['Ch.', 'Résident', 'Date prélèvement', 'Résultat', 'Symptômes'], ['Rm', 'Resident', 'Swab date', 'Result', 'Symptoms'])
    if with_nam:
        hdr.insert(2, 'NAM' if c.lang == 'fr' else 'RAMQ')
        if any(r[2] for r in rows):
            m.types.add('ramq_nam')
            m.evidence.append([r[2] for r in rows if r[2]][0])
    m.add(c.hello(), c.T('Voici la liste linéaire à jour pour l\'unité :', 'Updated line list for the unit:'), ('table', hdr, rows),
          c.T('Isolement gouttelettes-contact maintenu. Visites limitées aux proches aidants.', 'Droplet-contact isolation maintained. Visits limited to caregivers.'), c.sig(me))
    if c.chance(0.4):
        m.atts.append(dict(name='liste_lineaire_%s.xlsx' % c.d(0).strftime('%Y%m%d'), ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                           data=make_xlsx([('Liste', hdr, rows)], author=me.name)))
    m.mode = c.ch(['html', 'alt', None])
    m.note = 'outbreak line list with resident names and test results'
    return m


def p_textures(c):
    inst = c.site('chsld')
    me = c.staff(c.ch(['nutri', 'ortho', 'aic']), inst)
    m = c.mail('textures_cuisine')
    m.frm = me.pair
    m.to = [c.box('service.alimentaire', inst, c.T('Service alimentaire', 'Food services'))]
    rows = []
    m.types.update(['patient_name', 'diagnosis'])
    for i in range(c.rng.randrange(4, 8)):
        q = c.patient('elder')
        rows.append([q.extra['room'], pname(q, c.lang, c.ch(['sur_init', 'sur_first', 'title_sur'])),
                     c.ch(c.T(['purée lisse', 'haché humide', 'tendre', 'régulier'], ['pureed', 'minced & moist', 'soft', 'regular'])),
                     c.ch(c.T(['légèrement épais', 'modérément épais', 'clairs']
                              , ['mildly thick', 'moderately thick', 'thin'])),
                     c.ch(c.T(['dysphagie post-AVC', 'diabétique, sans sucre', 'allergie arachides', 'insuffisance rénale - restriction K', 'dénutrition, enrichir'],
                              ['post-stroke dysphagia', 'diabetic, no sugar', 'peanut allergy', 'renal - low potassium', 'malnourished, fortify']))])
        if i == 0:
            m.evidence.append(q.surname)
    m.subject = c.T('Changements de textures - %s', 'Texture changes - %s') % c.ch(['2e étage', '3e Est', 'unité prothétique'] if c.lang == 'fr' else ['2nd floor', '3 East', 'secure unit'])
    m.add(c.hello(), c.T('Merci de mettre à jour les cartes-repas à partir du souper :', 'Please update tray cards starting with supper:'),
          ('table', c.T(['Ch.', 'Résident', 'Texture', 'Liquides', 'Particularité'], ['Rm', 'Resident', 'Texture', 'Liquids', 'Note']), rows), c.bye(), c.sig(me, short=True))
    m.note = 'diet texture list naming residents with swallowing and medical conditions'
    return m


def p_pilulier(c):
    p = c.patient(c.ch(['senior', 'elder']))
    ph = c.inst('pharm')
    inst = c.site('clsc')
    me = c.staff('pharm', ph)
    m = c.mail('pharmacie_pilulier')
    m.frm = me.pair
    m.to = [c.staff(c.ch(['inf', 'infaux']), inst).pair]
    who = c.ident_line(p, m, nam_p=0.7, dob_p=0.8, mrn_p=0.0)
    m.types.add('medication')
    m.subject = c.ch(c.T(['Changement Dispill - %s', 'Modif. pilulier %s', 'Nouvelle ordonnance %s'], ['Blister pack change - %s', 'Pill organizer update %s'])) % c.name(p, m, ['title_sur', 'sur_first'])
    body = [c.hello(), c.T('Le Dr Picard a modifié la médication de %s. Les nouveaux Dispill seront livrés jeudi :', 'Dr. Picard changed %s\'s medications. New blister packs delivered Thursday:') % who,
            ('table', c.T(['Médicament', 'Avant', 'Maintenant'], ['Drug', 'Before', 'Now']),
             c.ch([[['Furosémide', '40 mg DIE', '40 mg BID'], ['Spironolactone', '-', '12,5 mg DIE'], ['Métoprolol', '25 mg BID', c.T('inchangé', 'unchanged')]],
                   [['Quétiapine', '25 mg HS', '12,5 mg HS'], ['Mirtazapine', '-', '7,5 mg HS'], ['Lorazépam', '0,5 mg PRN', c.T('cessé', 'stopped')]],
                   [['Metformine', '500 mg BID', '1 g BID'], ['Gliclazide MR', '30 mg', c.T('cessé (hypos)', 'stopped (hypos)')], ['Empagliflozine', '-', '10 mg DIE']]]))]
    if c.chance(0.6):
        m.types.add('diagnosis')
        body.append(c.T('Contexte : décompensation cardiaque le mois dernier / hypoglycémies nocturnes rapportées par la famille.',
                        'Context: heart failure decompensation last month / nocturnal hypoglycemia reported by family.'))
    if c.chance(0.5):
        body.append(c.T('Livraison au %s, sonner chez la voisine (203) si pas de réponse.', 'Delivery to %s, ring neighbour (203) if no answer.') % c.address(p, m))
    body += [c.T('Merci de retirer les anciens piluliers lors de votre visite.', 'Please remove the old packs at your visit.'), c.sig(me)]
    m.add(*body)
    m.note = 'pharmacy medication changes for a named home-care client'
    return m


def p_hospit(c):
    p = c.patient(c.ch(['senior', 'elder', 'adult']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['asss', 'inf', 'gest']), inst)
    m = c.mail('hospitalisation_suspension')
    m.frm = me.pair
    m.to = [c.box('sad.planification', inst, c.T('Planification SAD', 'Home care scheduling'))]
    m.cc = [c.staff('physio', inst).pair] if c.chance(0.5) else []
    nm = c.name(p, m, ['title_full', 'title_sur', 'lower', 'sur_plain', 'typo'])
    m.types.add('diagnosis')
    reason = c.ch(c.T(['décompensation cardiaque', 'une pneumonie d\'aspiration', 'une chute avec fracture de l\'humérus', 'un delirium sur infection urinaire', 'un AVC'],
                      ['heart failure exacerbation', 'aspiration pneumonia', 'a fall with humerus fracture', 'delirium from a UTI', 'a stroke']))
    m.subject = c.ch(c.T(['%s hospitalisé%s', 'Suspendre services - %s', 'hospit %s'], ['%s admitted to hospital', 'Hold services - %s', 'hospitalization %s']))
    m.subject = m.subject % ((nm, e_(p)) if m.subject.count('%s') == 2 else nm)
    ref = ''
    if p.nam and c.chance(0.55):
        ref = ' (NAM %s)' % c.nam(p, m)
    m.add(c.hello(), c.T('%s a été hospitalisé%s hier soir à l\'Hôpital régional pour %s. Sa fille m\'a appelée ce matin.',
                         '%s was admitted to the regional hospital last night for %s. The daughter called me this morning.') %
          ((nm, e_(p), reason) if c.lang == 'fr' else (nm, reason)),
          c.T('Merci de suspendre les bains et les visites physio jusqu\'à nouvel ordre', 'Please hold baths and physio visits until further notice') + ref + '.',
          c.sig(me, short=True) if c.chance(0.5) else me.first)
    m.note = 'home care suspension with reason for hospitalization'
    return m


def p_glycemie(c):
    p = c.patient(c.ch(['senior', 'adult', 'elder']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['asss', 'infaux']), inst)
    m = c.mail('glycemies_domicile')
    m.frm = me.pair
    m.to = [c.staff('inf', inst).pair]
    nm = c.name(p, m, ['title_sur', 'title_full', 'full', 'lower'])
    m.types.update(['lab_result', 'medication', 'diagnosis'])
    vals = [('%.1f' % (c.rng.random() * 15 + 4)) for _ in range(4)]
    if c.lang == 'fr':
        vals = [v.replace('.', ',') for v in vals]
    m.subject = c.ch(c.T(['glycémies %s', 'Glycémies élevées - %s', 'Suivi diabète %s'], ['BG readings %s', 'High sugars - %s'])) % c.name(p, m, ['title_sur', 'sur_plain'])
    m.add(c.hello(), c.T('Glycémies capillaires de %s (diabète type 2) cette semaine :', 'Capillary blood glucose for %s (type 2 diabetes) this week:') % nm,
          ('ul', ['%s : %s mmol/L' % (c.df(-i, 1), v) for i, v in enumerate(vals)]),
          c.T('Prend son Lantus 22 unités le soir mais dit oublier la metformine le midi. Pied gauche rouge entre les orteils.',
              'Takes Lantus 22 units at night but says %s forgets the noon metformin. Left foot red between toes.' % he(p, 'en')),
          c.T('Peux-tu passer ou appeler?', 'Can you visit or call?'), me.first)
    m.mode = c.ch(['plain', 'plain', 'alt'])
    m.note = 'aide reports glucose readings and insulin for a named client'
    return m


def p_contention(c):
    p = c.patient('elder')
    inst = c.site('chsld')
    me = c.staff(c.ch(['inf', 'aic', 'ergo']), inst)
    m = c.mail('contention_consentement')
    m.frm = me.pair
    m.to = [c.staff('chef', inst).pair, c.staff('ts', inst).pair]
    nm = c.ident_line(p, m, nam_p=0.6, dob_p=0.3, mrn_p=0.4, styles=['title_full', 'sur_first', 'title_sur'])
    m.types.update(['diagnosis', 'social_information'])
    m.subject = c.ch(c.T(['Mesure de contrôle - %s', 'Contention %s - consentement', 'Ceinture fauteuil %s'], ['Restraint use - %s', 'Restraint consent %s'])) % c.name(p, m, ['title_sur', 'sur_init'])
    m.add(c.hello(), c.T('Suite aux 4 chutes du mois (TNCM sévère, ne reconnaît plus le danger), l\'équipe recommande une ceinture pelvienne au fauteuil pour %s, en dernier recours.',
                         'After 4 falls this month (severe dementia, no danger awareness), the team recommends a pelvic belt in the wheelchair for %s as a last resort.') % nm,
          c.T('%s est sous régime de protection (curatelle publique). J\'ai joint la curatrice déléguée ce matin; elle consent pour 1 mois avec réévaluation.',
              '%s is under public curatorship. I reached the delegated curator this morning; consent given for 1 month with review.') % he(p, c.lang).capitalize(),
          c.T('Alternatives essayées : lit bas, tapis détecteur, tournées q30 min, activités le soir.', 'Alternatives tried: low bed, sensor mat, q30 min rounds, evening activities.'),
          c.sig(me))
    m.note = 'restraint decision naming resident, diagnosis and guardianship'
    return m


def p_rdv_usager(c):
    p = c.patient(c.ch(['adult', 'senior', 'worker']))
    inst = c.site(c.ch(['rehab', 'clsc']))
    me = c.staff(c.ch(['agad', 'physio', 'ergo']), inst)
    m = c.mail('rdv_usager')
    m.frm = me.pair
    m.types.update(['patient_name', 'patient_contact'])
    m.evidence.append(p.extra['email'])
    m.to = [(('%s %s' % (p.given, p.surname)) if c.chance(0.6) else '', p.extra['email'])]
    if m.to[0][0]:
        m.evidence.append(p.surname)
    greet = pname(p, c.lang, 'title_sur')
    m.evidence.append(p.surname)
    m.types.add('diagnosis')
    svc = c.ch(c.T(['physiothérapie (rééducation de l\'épaule post-chirurgie)', 'ergothérapie (main - syndrome du canal carpien opéré)', 'réadaptation cardiaque',
                    'clinique de la spasticité (injection de toxine botulique)'],
                   ['physiotherapy (post-op shoulder rehab)', 'occupational therapy (hand - carpal tunnel release)', 'cardiac rehabilitation',
                    'spasticity clinic (botulinum toxin injection)']))
    m.subject = c.T('Confirmation de rendez-vous - %s', 'Appointment confirmation - %s') % inst['name']
    m.add(c.T('Bonjour %s,', 'Dear %s,') % greet,
          c.T('Nous confirmons votre rendez-vous en %s le %s à %s.', 'This confirms your appointment for %s on %s at %s.') % (svc, c.df(c.rng.randrange(3, 20), 0), c.ch(['9 h 30', '13 h 15', '10 h']) if c.lang == 'fr' else c.ch(['9:30 am', '1:15 pm', '10:00 am'])),
          c.T('Apportez votre carte d\'assurance maladie, la liste de vos médicaments et des vêtements confortables.', 'Please bring your health card, your medication list and comfortable clothes.'),
          c.T('Pour annuler : %s (24 h à l\'avance).', 'To cancel: %s (24 hours notice).') % inst['tel'], c.sig(me, disclaimer=True))
    m.note = 'appointment confirmation sent to the patient\'s personal e-mail with service'
    return m


def p_ces(c):
    c.lang = 'fr' if c.chance(0.8) else c.lang
    p = c.patient(c.ch(['senior', 'adult', 'elder']))
    inst = c.site('clsc')
    me = c.staff(c.ch(['ts', 'gest', 'agad']), inst)
    m = c.mail('cheque_emploi_service')
    m.frm = me.pair
    m.to = [(c.T('Centre de traitement CES', 'Service employment paycheque centre'), 'ces.inscriptions@ces-demo.example')]
    m.cc = [c.staff('coord', inst).pair] if c.chance(0.5) else []
    name = c.name(p, m, ['full', 'sur_first', 'title_full'])
    sin = gen_sin(c.rng)
    assert ca_sin.is_valid(sin)
    s = fmt_sin(sin, c.rng.randrange(3))
    m.types.update(['ca_sin', 'social_information'])
    m.evidence.append(s)
    hours = c.rng.randrange(6, 25)
    kv = [(c.T('Usager-employeur', 'Client (employer)'), name), ('NAS' if c.lang == 'fr' else 'SIN', s)]
    if p.nam and c.chance(0.6):
        kv.append(('NAM', c.nam(p, m)))
    if c.chance(0.6):
        kv.append((c.T('Date de naissance', 'Date of birth'), c.dob(p, m)))
    kv += [(c.T('Adresse', 'Address'), c.address(p, m)),
           (c.T('Heures autorisées', 'Authorized hours'), c.T('%d h/sem. (AVQ : bain, habillage, repas)', '%d h/week (ADL: bathing, dressing, meals)') % hours),
           (c.T('Travailleuse embauchée', 'Worker hired'), c.T('sa nièce, %s', 'the niece, %s') % c.ch(['Karine Boivin', 'Audrey Picard', 'Nancy Thériault']))]
    m.subject = c.T('Inscription CES - %s', 'Service paycheque enrolment - %s') % c.name(p, m, ['title_sur', 'sur_first'])
    body = [c.hello(), c.T('Voici les informations pour l\'inscription au chèque emploi-service :', 'Here is the information to enrol the client in the service employment paycheque program:'),
            ('kv', kv),
            c.T('%s ne peut gérer seul%s ses paiements (gestion financière assurée par son fils, procuration au dossier). Revenu : pension de vieillesse et SRG seulement.'
                % ('L\'usagère' if p.sex == 'F' else 'L\'usager', e_(p)), 'The client cannot manage payments alone (finances handled by the son under power of attorney). Income: OAS and GIS only.')]
    if c.chance(0.6):
        body.append(c.T('Motif des services : ', 'Reason for services: ') + m.t('diagnosis', c.ch(DX_CHRONIC)[c.lang == 'en']) + '.')
    body += [c.bye(), c.sig(me, disclaimer=True)]
    m.add(*body)
    m.note = 'home care direct-allowance enrolment with SIN and financial situation'
    return m


POS_SCENARIOS = [p_physio_eval, p_ergo_domicile, p_ortho_dysphagie, p_chsld_admission, p_chsld_chute, p_sad_plan, p_palliatif,
                 p_pansement, p_inr_domicile, p_transport, p_pret_patient, p_liste_attente, p_rencontre_ics, p_transfert_pdf,
                 p_referral, p_cnesst_patient, p_saaq, p_ontario, p_belgique, p_france, p_csv_tournee, p_vcard_client,
                 p_subject_only, p_filename_only, p_nam_only, p_mrn_only, p_signalement, p_pediatrie, p_amm, p_deces,
                 p_eclosion, p_textures, p_pilulier, p_hospit, p_glycemie, p_contention, p_rdv_usager, p_ces]


# --------------------------------------------------------------------------------------
# NEGATIVE scenarios (hard: clinical words, staff names, identifier-looking numbers)
# --------------------------------------------------------------------------------------
def luhn_serial(rng, n):
    return luhn_complete(str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(n - 2)))


def n_pret_equipement(c):
    inst = c.site('clsc')
    me = c.staff('magasin', inst)
    m = c.mail('pret_equipement_inventaire')
    m.frm = me.pair
    m.to = [c.staff(c.ch(['ergo', 'physio', 'coord']), inst).pair]
    rows = []
    for _ in range(c.rng.randrange(4, 8)):
        item = c.ch(c.T(['Lit électrique Invacare', 'Lève-personne mobile', 'Fauteuil roulant 18 po', 'Matelas air alterné', 'Chaise d\'aisance', 'Marchette 4 roues', 'Banc de transfert'],
                        ['Electric bed', 'Mobile patient lift', '18-inch wheelchair', 'Alternating air mattress', 'Commode chair', 'Rollator', 'Transfer bench']))
        rows.append([item, 'EQ-%05d' % c.rng.randrange(10 ** 5), luhn_serial(c.rng, c.ch([9, 10, 12])),
                     c.ch(c.T(['disponible', 'en désinfection', 'prêté - secteur Lac-aux-Hérons', 'en réparation', 'retourné'], ['available', 'being cleaned', 'on loan - Lake sector', 'in repair', 'returned'])),
                     c.d(-c.rng.randrange(0, 60)).isoformat()])
    m.subject = c.ch(c.T(['Inventaire prêt d\'équipements au %s', 'Équipements disponibles cette semaine', 'Retours d\'équipement - %s'],
                         ['Equipment loan inventory %s', 'Equipment available this week', 'Equipment returns - %s']))
    if '%s' in m.subject:
        m.subject = m.subject % c.df(0, 3)
    m.add(c.hello(), c.T('Voici l\'état de l\'inventaire. Les numéros de série sont ceux inscrits sur la plaque du fabricant; merci de les indiquer sur vos demandes.',
                         'Here is the current inventory. Serial numbers are from the manufacturer plate; please quote them on requests.'),
          ('table', c.T(['Équipement', 'No actif', 'No de série', 'Statut', 'Dernier mouvement'], ['Item', 'Asset #', 'Serial #', 'Status', 'Last move']), rows),
          c.T('Rappel : les lits doivent être désinfectés 24 h avant un nouveau prêt. Aucun nom d\'usager dans les courriels svp, utilisez le no de demande.',
              'Reminder: beds must be cleaned 24 h before a new loan. Please no client names in e-mails, use the request number.'), c.sig(me))
    if c.chance(0.4):
        m.atts.append(dict(name='inventaire_%s.csv' % c.d(0).strftime('%Y%m%d'), ctype='text/csv', charset='utf-8',
                           data=make_csv(c.T(['Equipement', 'NoActif', 'NoSerie', 'Statut', 'Date'], ['Item', 'Asset', 'Serial', 'Status', 'Date']), rows)))
    m.note = 'equipment inventory with asset and Luhn-valid serial numbers, no patient'
    return m


def n_horaire(c):
    inst = c.site(c.ch(['chsld', 'clsc', 'rehab']))
    me = c.staff('plan', inst)
    m = c.mail('horaire_personnel')
    m.frm = me.pair
    role = c.ch(['pab', 'asss', 'physio', 'infaux'])
    staff = [c.staff(role, inst) for _ in range(c.rng.randrange(6, 10))]
    m.to = [c.box('equipe.%s' % role, inst, c.T('Équipe', 'Team'))]
    days = [c.d(7 + i) for i in range(7)]
    codes = ['J', 'J', 'S', 'N', 'R', 'R', 'V', 'CM', 'F']
    rows = [['%s, %s' % (s.last.upper(), s.first)] + [c.ch(codes) for _ in days] for s in staff]
    hdr = [c.T('Employé', 'Employee')] + [date_fmt(d, c.lang, 2) for d in days]
    m.subject = c.ch(c.T(['Horaire semaine du %s', 'Horaire %s - version finale', 'Rota %s - changements'], ['Schedule week of %s', 'Rota %s - final', 'Schedule %s changes']))
    m.subject = m.subject % date_fmt(days[0], c.lang, 0)
    m.add(c.hello(), c.T('Voici l\'horaire. Légende : J = jour, S = soir, N = nuit, R = repos, V = vacances, CM = congé maladie, F = formation PDSB.',
                         'Here is the schedule. Legend: J = day, S = evening, N = night, R = off, V = vacation, CM = sick leave, F = PDSB training.'),
          ('table', hdr, rows),
          c.T('Il manque encore une personne le samedi soir sur l\'unité prothétique, TSO possible. Les échanges doivent être approuvés par l\'AIC.',
              'We are still short one person Saturday evening on the secure unit, mandatory overtime possible. Shift swaps must be approved by the AHN.'), c.sig(me))
    if c.chance(0.5):
        m.atts.append(dict(name='horaire_%s.xlsx' % days[0].strftime('%Y%m%d'), ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                           data=make_xlsx([('Horaire', hdr, rows)], author=me.name)))
    m.note = 'staff schedule with staff names and sick-leave codes'
    return m


def n_formation(c):
    inst = c.site(c.ch(['rehab', 'chsld', 'clsc']))
    me = c.staff('formation', c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss'))
    m = c.mail('formation_clinique')
    m.frm = me.pair
    m.to = [c.box('tous.readaptation', me.inst, c.T('Personnel réadaptation', 'Rehab staff'))]
    topic = c.ch(c.T([('PDSB - principes de déplacement sécuritaire des bénéficiaires', 'Martin Dufour, formateur ASSTSAS accrédité'),
                      ('Dysphagie et IDDSI : textures et liquides épaissis', 'Valérie Lemieux, orthophoniste'),
                      ('Prévention des plaies de pression : Braden, surfaces thérapeutiques', 'Chantal Bédard, infirmière stomothérapeute'),
                      ('SCPD : approche non pharmacologique en CHSLD', 'Dr Olivier Paradis, gérontopsychiatre'),
                      ('Gestion de la douleur en soins palliatifs à domicile : pompes CADD et entredoses', 'Isabelle Hébert, IPS soins palliatifs')],
                     [('Safe patient handling (PDSB) refresher', 'Martin Dufour, certified trainer'),
                      ('Dysphagia and IDDSI levels', 'Valerie Lemieux, S-LP'),
                      ('Pressure injury prevention: Braden and support surfaces', 'Chantal Bedard, wound care nurse'),
                      ('BPSD: non-drug approaches in long-term care', 'Dr. Olivier Paradis, geriatric psychiatrist'),
                      ('Pain management in palliative home care: CADD pumps and breakthrough doses', 'Isabelle Hebert, palliative NP')]))
    when = c.d(c.rng.randrange(10, 40))
    m.subject = c.T('Formation : %s - %s', 'Training: %s - %s') % (topic[0], date_fmt(when, c.lang, 0))
    m.add(c.hello(), c.T('Une formation est offerte au personnel clinique :', 'A training session is offered to clinical staff:'),
          ('kv', [(c.T('Sujet', 'Topic'), topic[0]), (c.T('Formatrice/formateur', 'Trainer'), topic[1]),
                  (c.T('Date', 'Date'), date_fmt(when, c.lang, 1) + c.T(', 8 h 30 à 12 h', ', 8:30 am to noon')),
                  (c.T('Lieu', 'Location'), c.T('Salle Boréale, %s' % inst['name'], 'Boreal Room, %s' % inst['name'])),
                  (c.T('Code de cours', 'Course code'), 'FOR-%04d-%02d' % (c.rng.randrange(10 ** 4), c.rng.randrange(100)))]),
          c.T('Contenu : révision des fondements, études de cas anonymisées, pratique en atelier (lève-personne, planche de transfert). Inscription dans l\'ENA avant le %s. Les heures sont reconnues pour la formation continue.',
              'Content: fundamentals, anonymised case studies, hands-on practice (lifts, transfer boards). Register in the learning portal by %s. Hours count toward continuing education.') % c.df(7, 0),
          c.sig(me))
    m.mode = c.ch(['html', 'alt', None])
    m.related_logo = c.chance(0.4)
    m.note = 'training announcement with speaker and clinical topic'
    return m


def n_cnesst_staff(c):
    c.lang = 'fr' if c.chance(0.85) else c.lang
    inst = c.site(c.ch(['chsld', 'clsc']))
    me = c.staff(c.ch(['chef', 'aic']), inst)
    emp = c.staff(c.ch(['pab', 'asss', 'infaux']), inst)
    m = c.mail('cnesst_employe')
    m.frm = me.pair
    m.to = [c.staff('sst', c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')).pair]
    mat = '%06d' % c.rng.randrange(10 ** 6)
    nas = '*** *** %03d' % c.rng.randrange(1000)
    injury = c.ch(c.T(['douleur lombaire aiguë en repositionnant un résident au lit', 'entorse au poignet droit lors d\'un transfert fauteuil-lit',
                       'morsure à l\'avant-bras par un résident en SCPD', 'chute sur plancher mouillé dans la salle de bain'],
                      ['acute low back pain while repositioning a resident in bed', 'right wrist sprain during a chair-to-bed transfer',
                       'bitten on the forearm by an agitated resident', 'slipped on a wet bathroom floor']))
    m.subject = c.T('Déclaration d\'événement - employé%s %s (matricule %s)', 'Workplace injury report - %s (employee #%s)')
    m.subject = m.subject % ((e_(emp) if False else ('e' if emp.sex == 'F' else ''), emp.name, mat) if c.lang == 'fr' else (emp.name, mat))
    m.add(c.hello(), c.T('Je vous transmets la déclaration pour %s, %s (matricule %s), blessé%s hier au quart de soir : %s.',
                         'Forwarding the report for %s, %s (employee #%s), injured yesterday on evening shift: %s.') %
          ((emp.name, emp.role_txt('fr').lower(), mat, 'e' if emp.sex == 'F' else '', injury) if c.lang == 'fr' else (emp.name, emp.role_txt('en').lower(), mat, injury)),
          c.T('Consultation à la clinique le jour même, arrêt de travail de 7 jours, assignation temporaire à discuter. Le formulaire ADR (Avis de l\'employeur et demande de remboursement) est joint, NAS masqué : %s.',
              'Seen at the clinic the same day, 7 days off work, temporary assignment to be discussed. The employer notice form is attached, SIN masked: %s.') % nas,
          c.T('Aucun usager n\'a été blessé. Le lève-personne du 2e est fonctionnel.', 'No resident was injured. The 2nd floor lift works.'), c.sig(me))
    m.atts.append(dict(name='ADR_%s.pdf' % mat, ctype='application/pdf',
                       data=make_pdf(c.T('Avis de l\'employeur et demande de remboursement', 'Employer notice and reimbursement request'),
                                     [c.T('Travailleur : ', 'Worker: ') + emp.name, c.T('Matricule : ', 'Employee #: ') + mat, 'NAS : ' + nas,
                                      c.T('Titre d\'emploi : ', 'Job title: ') + emp.role_txt(c.lang), c.T('Description : ', 'Description: ') + injury,
                                      c.T('Date de l\'événement : ', 'Date of event: ') + c.df(-1, 3)], author=me.name, compress=c.chance(0.5))))
    m.note = 'employee occupational injury (HR), masked SIN, no patient'
    return m


def n_soumission(c):
    sup = c.ch(SUPPLIERS)
    inst = c.site(c.ch(['clsc', 'chsld', 'rehab']))
    m = c.mail('soumission_fournisseur')
    m.frm = ('%s %s' % sup['contact'], '%s.%s@%s' % (slug(sup['contact'][0]), slug(sup['contact'][1]), sup['dom']))
    m.to = [c.staff('achat', inst).pair]
    quote = 'Q%d-%05d' % (2024, c.rng.randrange(10 ** 5))
    bn = luhn_complete('%d' % c.rng.randrange(10 ** 7, 10 ** 8))
    items = c.ch([[('Lève-personne sur rail plafonnier 272 kg', 'LC-272-CE', 1, 4895.00), ('Toile en U taille M', 'SL-U-M', 6, 189.50), ('Installation', 'INST-01', 1, 1250.00)],
                  [('Fauteuil roulant gériatrique inclinable', 'FG-TILT-18', 4, 2310.00), ('Coussin à air 18x18', 'CA-1818', 4, 412.00)],
                  [('Culottes d\'incontinence M (boîte 80)', 'INC-M-80', 120, 54.90), ('Alèses lavables 34x36', 'AL-3436', 200, 11.25)],
                  [('Matelas thérapeutique air alterné', 'MT-AA-36', 8, 1675.00), ('Pompe de remplacement', 'PMP-AA', 2, 399.00)]])
    rows = [[d, code, str(q), '%.2f $' % p, '%.2f $' % (q * p)] for d, code, q, p in items]
    sub = sum(q * p for _, _, q, p in items)
    lang = c.lang
    m.subject = c.T('Soumission %s - %s', 'Quote %s - %s') % (quote, inst['name'])
    m.add(c.T('Bonjour,', 'Hello,'), c.T('Tel que demandé, voici notre soumission valide 60 jours :', 'As requested, here is our quote, valid 60 days:'),
          ('table', c.T(['Description', 'Code', 'Qté', 'Prix unitaire', 'Total'], ['Description', 'Code', 'Qty', 'Unit price', 'Total']), rows),
          c.T('Sous-total : %.2f $ / TPS 5 %% / TVQ 9,975 %%. No TPS : %sRT0001. Livraison 3 à 5 semaines. Prix selon l\'entente d\'achat regroupé no %s.',
              'Subtotal: $%.2f + GST 5%% + QST 9.975%%. GST # %sRT0001. Delivery 3-5 weeks. Pricing under group purchasing agreement #%s.') % (sub, bn, luhn_serial(c.rng, 10)),
          c.T('Au plaisir,', 'Best regards,'), ('sig', ['%s %s' % sup['contact'], c.T('Représentante - Soins de longue durée', 'Account manager - Long-term care'), sup['name'], sup['tel']]))
    if c.chance(0.6):
        m.atts.append(dict(name='%s.pdf' % quote, ctype='application/pdf',
                           data=make_pdf('%s - %s' % (sup['name'], quote), ['%s | %s | %s | %s | %s' % tuple(r) for r in rows] + ['', 'Sous-total : %.2f $' % sub, 'No TPS : %sRT0001' % bn],
                                         author=sup['name'], compress=c.chance(0.5))))
    m.note = 'supplier quote with product codes and a Luhn-valid business number'
    return m


def n_infolettre(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff('comm', inst)
    m = c.mail('infolettre')
    m.frm = (c.T('Infolettre SAPA', 'SAPA Newsletter'), 'infolettre@%s' % inst['dom'])
    m.to = [c.box('tout.le.personnel', inst, c.T('Tout le personnel', 'All staff'))]
    no = c.rng.randrange(20, 90)
    m.subject = c.T('L\'Écho de la réadapt - no %d', 'Rehab Echo - issue %d') % no
    m.add(c.T('L\'Écho de la réadapt - numéro %d', 'Rehab Echo - issue %d') % no,
          c.T('Bravo à l\'équipe du 3e Ouest du CHSLD Jardins-du-Héron : 0 chute avec blessure depuis 90 jours grâce au projet « Tournées intentionnelles ».',
              'Congratulations to the 3 West team at Jardins-du-Héron: zero injurious falls in 90 days thanks to intentional rounding.'),
          c.T('Bienvenue à nos nouvelles recrues : Maude Boivin (ergothérapeute), Kevin Nguyen (physiothérapeute) et Andréanne Picard (orthophoniste).',
              'Welcome to our new staff: Maude Boivin (OT), Kevin Nguyen (PT) and Andreanne Picard (S-LP).'),
          c.T('Capsule clinique : la dysphagie touche jusqu\'à 60 % des résidents en CHSLD. Signes d\'alerte : toux pendant le repas, voix mouillée, pneumonies à répétition. Référez à l\'orthophonie!',
              'Clinical tip: dysphagia affects up to 60% of LTC residents. Warning signs: coughing at meals, wet voice, recurrent pneumonia. Refer to S-LP!'),
          ('ul', c.T(['Semaine de la physiothérapie : kiosque le 14 au hall principal', 'Nouveau guide des aides techniques disponible sur l\'intranet',
                      'Rappel : campagne de vaccination antigrippale du personnel jusqu\'au 30 novembre'],
                     ['PT week: booth on the 14th in the main lobby', 'New assistive devices guide on the intranet', 'Reminder: staff flu shots until November 30'])),
          c.T('Pour vous désabonner, écrivez à infolettre@%s.', 'To unsubscribe, write to infolettre@%s.') % inst['dom'])
    m.mode = 'html'
    m.related_logo = c.chance(0.5)
    m.note = 'internal newsletter with clinical tips and staff news'
    return m


def n_statistiques(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff(c.ch(['dir', 'coord', 'agad']), inst)
    m = c.mail('statistiques_agregees')
    m.frm = me.pair
    m.to = [c.box('gestionnaires.sapa', inst, c.T('Gestionnaires SAPA', 'Seniors program managers'))]
    units = c.T(['2 Est', '3 Ouest', '1 Nord', 'UPS', 'URFI'], ['2 East', '3 West', '1 North', 'Secure unit', 'IFRU'])
    rows = [[u, c.rng.randrange(0, 15), c.rng.randrange(0, 4), '%d %%' % c.rng.randrange(55, 100), c.rng.randrange(0, 6), '%.1f' % (c.rng.random() * 3)] for u in units]
    hdr = c.T(['Unité', 'Chutes', 'Chutes avec blessure', 'Conformité Braden', 'Plaies stade 2+', 'Contentions / 100 jours-présence'],
              ['Unit', 'Falls', 'Injurious falls', 'Braden compliance', 'Stage 2+ wounds', 'Restraints / 100 resident-days'])
    wl = [[c.T('Physio externe', 'Outpatient PT'), c.rng.randrange(50, 300), c.rng.randrange(20, 200)],
          [c.T('Ergo SAD', 'Home OT'), c.rng.randrange(50, 300), c.rng.randrange(20, 200)],
          [c.T('Orthophonie adulte', 'Adult S-LP'), c.rng.randrange(10, 90), c.rng.randrange(20, 200)]]
    m.subject = c.T('Indicateurs qualité - période %d', 'Quality indicators - period %d') % c.rng.randrange(1, 13)
    m.add(c.hello(), c.T('Voici les indicateurs de la période. Les données sont agrégées par unité; aucune donnée nominative.',
                         'Here are this period\'s indicators, aggregated by unit; no identifiable data.'), ('table', hdr, rows),
          c.T('Listes d\'attente (nombre d\'usagers / délai médian en jours) :', 'Waitlists (clients / median wait in days):'),
          ('table', c.T(['Service', 'En attente', 'Délai médian'], ['Service', 'Waiting', 'Median wait']), wl), c.sig(me))
    if c.chance(0.6):
        m.atts.append(dict(name='indicateurs_P%02d.xlsx' % c.rng.randrange(1, 13), ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                           data=make_xlsx([(c.T('Qualité', 'Quality'), hdr, rows), (c.T('Attente', 'Waitlist'), c.T(['Service', 'En attente', 'Délai'], ['Service', 'Waiting', 'Wait']), wl)], author=me.name)))
    m.note = 'aggregated quality and waitlist statistics'
    return m


def n_cas_enseignement(c):
    inst = c.site('rehab')
    me = c.staff(c.ch(['physio', 'ergo', 'ortho']), inst)
    m = c.mail('cas_clinique_anonymise')
    m.frm = me.pair
    m.to = [c.box('stagiaires.readaptation', inst, c.T('Stagiaires', 'Students'))]
    age = c.rng.randrange(62, 94)
    m.subject = c.T('Cas clinique pour l\'atelier de jeudi', 'Case study for Thursday\'s seminar')
    m.add(c.hello(), c.T('Voici le cas (anonymisé) à préparer pour l\'atelier :', 'Here is the (anonymised) case to prepare for the seminar:'),
          c.T('Mme X, %d ans, admise à l\'URFI 6 jours après une fracture de hanche droite opérée (hémiarthroplastie). ATCD : FA sous anticoagulant, DB2, TNCM léger. '
              'Vivait seule au 2e étage avec 14 marches. Berg 24/56, TUG 38 s avec marchette.' % age,
              'Mrs. X, %d, admitted to IFRU 6 days after a right hip hemiarthroplasty. History: AF on anticoagulation, T2DM, mild dementia. '
              'Lived alone on a 2nd floor with 14 steps. Berg 24/56, TUG 38 s with walker.' % age),
          c.T('Questions :', 'Questions:'),
          ('ol', c.T(['Quels sont les facteurs de risque de chute?', 'Quels objectifs SMART fixeriez-vous pour 3 semaines?', 'Le retour à domicile est-il réaliste? Quelles aides?'],
                     ['What are the fall risk factors?', 'What SMART goals would you set for 3 weeks?', 'Is discharge home realistic? What supports?'])),
          c.T('Rappel : aucun nom, date de naissance ou numéro de dossier dans vos travaux.', 'Reminder: no names, birth dates or chart numbers in your assignments.'), c.sig(me))
    m.note = 'anonymised teaching case'
    return m


def n_formulaire_vierge(c):
    inst = c.site(c.ch(['clsc', 'rehab', 'chsld']))
    me = c.staff(c.ch(['agad', 'coord', 'chef']), inst)
    m = c.mail('formulaire_vierge')
    m.frm = me.pair
    m.to = [c.box('equipe.sad', inst, c.T('Équipe SAD', 'Home care team'))]
    title = c.ch(c.T(['Demande de prêt d\'équipement', 'Demande de services en réadaptation', 'Grille d\'évaluation du risque de chute', 'Plan d\'intervention interdisciplinaire'],
                     ['Equipment loan request', 'Rehabilitation referral form', 'Fall risk screening grid', 'Interdisciplinary care plan']))
    lines = [c.T('Nom de l\'usager : ______________________   Prénom : ________________', 'Client name: ______________________   First name: ________________'),
             c.T('NAM : ____ ____ ____      Date de naissance : AAAA-MM-JJ', 'RAMQ #: ____ ____ ____      Date of birth: YYYY-MM-DD'),
             c.T('No de dossier : __________   Téléphone : (___) ___-____', 'Chart #: __________   Phone: (___) ___-____'),
             c.T('Adresse : ____________________________________________', 'Address: ____________________________________________'),
             '', c.T('Diagnostic(s) : ______________________________', 'Diagnosis: ______________________________'),
             c.T('Médication pertinente : [ ] anticoagulant  [ ] opioïde  [ ] sédatif', 'Relevant meds: [ ] anticoagulant  [ ] opioid  [ ] sedative'),
             c.T('Signature de l\'intervenant : _______________   Date : ________', 'Clinician signature: _______________   Date: ________')]
    fmt = c.ch(['pdf', 'docx'])
    fn = '%s_vierge_v%d.%s' % (slug(title)[:24], c.rng.randrange(2, 9), fmt)
    if fmt == 'pdf':
        data, ct = make_pdf(title, lines, author=me.name, compress=c.chance(0.5)), 'application/pdf'
    else:
        data, ct = make_docx(title, lines, author=me.name), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
    m.atts.append(dict(name=fn, ctype=ct, data=data))
    m.subject = c.T('Nouvelle version du formulaire : %s', 'New version of form: %s') % title
    m.add(c.hello(), c.T('La version révisée du formulaire « %s » est jointe. Merci de détruire les anciennes copies papier. Le NAM et la date de naissance sont maintenant obligatoires (double identification).',
                         'The revised "%s" form is attached. Please discard old paper copies. RAMQ number and date of birth are now mandatory (two identifiers).') % title, c.sig(me))
    m.note = 'blank form template'
    return m


def n_facture(c):
    sup = c.ch(SUPPLIERS)
    inst = c.site(c.ch(['chsld', 'clsc']))
    m = c.mail('facture_bon_commande')
    m.frm = (c.T('Comptes recevables', 'Accounts receivable'), 'facturation@%s' % sup['dom'])
    m.to = [c.box('comptes.payables', c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss'), c.T('Comptes payables', 'Accounts payable'))]
    inv = '%d%06d' % (c.rng.randrange(1, 9), c.rng.randrange(10 ** 6))
    po = '45%08d' % c.rng.randrange(10 ** 8)
    lot = 'LOT %s%d-%04d' % (c.ch('ABCDEFGH'), c.rng.randrange(20, 25), c.rng.randrange(10 ** 4))
    m.subject = c.T('Facture %s - BC %s', 'Invoice %s - PO %s') % (inv, po)
    m.add(c.T('Bonjour,', 'Hello,'), c.T('Veuillez trouver ci-jointe la facture %s relative au bon de commande %s (livraison au %s, quai de réception).',
                                         'Please find attached invoice %s for purchase order %s (delivered to %s, receiving dock).') % (inv, po, inst['name']),
          ('kv', [(c.T('Montant', 'Amount'), '%.2f $' % (c.rng.random() * 9000 + 200)), (c.T('Échéance', 'Due'), c.df(30, 3)),
                  (c.T('No de lot', 'Lot #'), lot), (c.T('No client', 'Customer #'), luhn_serial(c.rng, 9))]),
          c.T('Merci de votre confiance.', 'Thank you for your business.'), ('sig', [sup['name'], sup['tel']]))
    m.atts.append(dict(name='Facture_%s.pdf' % inv, ctype='application/pdf',
                       data=make_pdf('%s - Facture %s' % (sup['name'], inv), ['BC : %s' % po, lot, c.T('Articles : culottes d\'incontinence, gants nitrile M, crème barrière', 'Items: incontinence briefs, nitrile gloves M, barrier cream')],
                                     author=sup['name'], compress=c.chance(0.5))))
    m.note = 'invoice and purchase order numbers'
    return m


def n_it(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff('ti', inst)
    m = c.mail('ti_avis')
    m.frm = (c.T('Centre de services TI', 'IT Service Desk'), 'servicedesk@%s' % inst['dom'])
    m.to = [c.box('usagers.tablettes.sad', inst, c.T('Intervenants SAD (tablettes)', 'Home care staff (tablets)'))]
    which = c.rng.randrange(3)
    if which == 0:
        m.subject = c.T('Maintenance planifiée - dossier clinique informatisé SAD - %s', 'Planned outage - home care clinical record - %s') % c.df(5, 0)
        m.add(c.hello(), c.T('Le système de dossier clinique SAD sera indisponible de 22 h à 2 h. Les notes d\'évolution devront être rédigées sur papier (formulaire DT-9021) puis saisies au retour du système.',
                             'The home care clinical record will be down from 10 pm to 2 am. Progress notes must be written on paper (form DT-9021) and entered once the system is back.'),
              c.T('Billet de changement : CHG%07d. Aucune action requise sur les tablettes.', 'Change ticket: CHG%07d. No action needed on tablets.') % c.rng.randrange(10 ** 7))
    elif which == 1:
        m.subject = c.T('Billet INC%07d résolu - imprimante poste infirmier 2 Est', 'Ticket INC%07d resolved - 2 East nursing station printer') % c.rng.randrange(10 ** 7)
        m.add(c.hello(), c.T('L\'imprimante HP (actif TI-%06d, série CNB%07d) a été remplacée. File d\'impression : \\\\impr-hr01\\2EST-INF. Merci de votre patience.',
                             'The HP printer (asset IT-%06d, serial CNB%07d) has been replaced. Print queue: \\\\impr-hr01\\2EST-INF. Thanks for your patience.') % (c.rng.randrange(10 ** 6), c.rng.randrange(10 ** 7)))
    else:
        m.subject = c.T('Environnement de formation - comptes fictifs', 'Training environment - dummy accounts')
        m.add(c.hello(), c.T('Pour la formation des nouveaux intervenants, utilisez uniquement l\'environnement FORMATION. Les usagers fictifs s\'appellent TEST-SAD 01 à TEST-SAD 40 '
                             '(aucun NAM réel). Identifiant : form.sad01 à form.sad40, mot de passe remis en classe.',
                             'For onboarding, use the TRAINING environment only. Dummy clients are named TEST-SAD 01 to TEST-SAD 40 (no real health numbers). Logins form.sad01 to form.sad40, password given in class.'))
    m.add(c.sig(me, short=True))
    m.note = 'IT notice with ticket and asset numbers'
    return m


def n_facilities(c):
    inst = c.site(c.ch(['chsld', 'clsc', 'rehab']))
    me = c.staff(c.ch(['agad', 'chef']), inst)
    m = c.mail('batiment_installations')
    m.frm = (c.T('Services techniques', 'Facilities'), 'services.techniques@%s' % inst['dom'])
    m.to = [c.box('tous.%s' % inst['key'], inst, c.T('Tout le personnel - %s', 'All staff - %s') % inst['name'])]
    what = c.ch(c.T([('Entretien de l\'ascenseur no 2', 'L\'ascenseur no 2 (côté est) sera hors service mardi de 8 h à 15 h. Prévoir les transferts de résidents en fauteuil par l\'ascenseur no 1. Les lève-personnes sur rail ne sont pas touchés.'),
                     ('Essai de la génératrice', 'Essai mensuel de la génératrice jeudi à 6 h 30 : coupure de 10 secondes. Les matelas thérapeutiques se regonflent automatiquement; vérifier les concentrateurs d\'O2 après l\'essai.'),
                     ('Exercice d\'évacuation - code vert', 'Exercice d\'évacuation horizontale au 2e étage le %s à 14 h. Les PAB doivent connaître l\'emplacement des matelas d\'évacuation.'),
                     ('Stationnement P3 fermé', 'Le stationnement P3 sera fermé pour le marquage. Les visiteurs utiliseront le P1; le personnel de nuit peut se garer devant l\'entrée des livraisons.')],
                    [('Elevator 2 maintenance', 'Elevator 2 (east) will be out of service Tuesday 8 am - 3 pm. Use elevator 1 for wheelchair transfers. Ceiling lifts are not affected.'),
                     ('Generator test', 'Monthly generator test Thursday 6:30 am: 10-second power cut. Therapeutic mattresses re-inflate automatically; check O2 concentrators afterwards.'),
                     ('Evacuation drill - code green', 'Horizontal evacuation drill on the 2nd floor on %s at 2 pm. Aides should know where the evacuation mattresses are.'),
                     ('Parking P3 closed', 'Parking P3 will be closed for line painting. Visitors use P1; night staff may park by the delivery entrance.')]))
    m.subject = what[0]
    txt = what[1] % c.df(6, 0) if '%s' in what[1] else what[1]
    m.add(c.hello(), txt, c.T('Merci de votre collaboration. Pour toute urgence : poste 4000.', 'Thanks for your cooperation. Emergencies: ext. 4000.'), c.sig(me, short=True))
    m.note = 'facilities notice'
    return m


def n_offre_emploi(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    m = c.mail('offre_emploi')
    m.frm = (c.T('Recrutement', 'Recruitment'), 'recrutement@%s' % inst['dom'])
    m.to = [c.box('tout.le.personnel', inst, c.T('Tout le personnel', 'All staff'))]
    job = c.ch(c.T([('Physiothérapeute - SAD', '28,29 $ à 52,17 $'), ('Ergothérapeute - CHSLD', '28,29 $ à 52,17 $'),
                    ('Auxiliaire aux services de santé et sociaux', '22,67 $ à 25,04 $'), ('Orthophoniste - réadaptation pédiatrique', '28,29 $ à 52,17 $'),
                    ('Préposé(e) aux bénéficiaires - nuit', '22,34 $ à 24,88 $')],
                   [('Physiotherapist - Home care', '$28.29 to $52.17'), ('Occupational therapist - LTC', '$28.29 to $52.17'),
                    ('Home health aide', '$22.67 to $25.04'), ('S-LP - paediatric rehab', '$28.29 to $52.17'), ('Patient attendant - nights', '$22.34 to $24.88')]))
    ref = '%s-%d-%04d' % (c.ch(['SAPA', 'DP', 'DITSADP']), 2024, c.rng.randrange(10 ** 4))
    m.subject = c.T('Affichage %s : %s', 'Posting %s: %s') % (ref, job[0])
    m.add(c.T('Affichage interne et externe', 'Internal and external posting'), ('kv', [(c.T('Poste', 'Position'), job[0]), (c.T('No d\'affichage', 'Posting #'), ref),
                                                                                     (c.T('Statut', 'Status'), c.T('temps complet permanent, 35 h/sem.', 'permanent full time, 35 h/wk')),
                                                                                     (c.T('Salaire', 'Salary'), job[1] + c.T(' /heure', ' /hour'))]),
          c.T('Exigences : membre en règle de l\'ordre professionnel (s\'il y a lieu), permis de conduire valide, PDSB à jour. Connaissance des clientèles gériatriques (TNCM, AVC, MPOC) un atout.',
              'Requirements: member in good standing of the professional order (if applicable), valid driver\'s licence, PDSB current. Experience with geriatric clients (dementia, stroke, COPD) an asset.'),
          c.T('Postulez avant le %s sur le site carrières.', 'Apply before %s on the careers site.') % c.df(14, 0))
    m.mode = c.ch(['html', 'alt'])
    m.note = 'job posting'
    return m


def n_comite(c):
    inst = c.site('chsld')
    me = c.staff(c.ch(['chef', 'agad']), inst)
    m = c.mail('comite_milieu_vie')
    m.frm = me.pair
    m.to = [c.box('comite.usagers', inst, c.T('Comité des usagers', 'Users\' committee'))]
    m.subject = c.T('Comité de milieu de vie - ordre du jour du %s', 'Living environment committee - agenda %s') % c.df(9, 0)
    m.add(c.hello(), c.T('Voici l\'ordre du jour de la prochaine rencontre :', 'Here is the agenda for our next meeting:'),
          ('ol', c.T(['Adoption du compte rendu du %s' % c.df(-30, 0), 'Sondage de satisfaction repas (résultats agrégés : 72 % satisfaits)',
                      'Bruit la nuit au 2e étage (plainte de résidents, sans nommer personne)', 'Programme de zoothérapie - budget 2024-2025', 'Varia'],
                     ['Approval of minutes of %s' % c.df(-30, 0), 'Meal satisfaction survey (aggregate: 72% satisfied)',
                      'Night-time noise on the 2nd floor (residents\' complaint, no names)', 'Pet therapy program - 2024-2025 budget', 'Other business'])),
          c.T('La rencontre a lieu à la salle communautaire à 13 h 30. Un représentant de la pharmacie viendra parler de la révision de la médication psychotrope (démarche OPUS-AP).',
              'Meeting in the community room at 1:30 pm. A pharmacy representative will present the antipsychotic deprescribing initiative.'), c.sig(me))
    m.note = 'committee notice without identifiable residents'
    return m


def n_medecin_expertise(c):
    inst = c.site(c.ch(['rehab', 'hosp']))
    me = c.staff(c.ch(['dir', 'coord']), inst)
    m = c.mail('medecins_services')
    m.frm = me.pair
    m.to = [c.box('tous.medecins.readapt', inst, c.T('Médecins et professionnels', 'Physicians and professionals'))]
    m.subject = c.T('Nouveaux médecins - clinique de réadaptation', 'New physicians - rehabilitation clinic')
    m.add(c.hello(), c.T('Nous accueillons deux nouveaux médecins :', 'We welcome two new physicians:'),
          ('ul', c.T(['Dre Sophie Lemieux, physiatre : lésions médullaires, amputés, spasticité (toxine botulique le mardi)',
                      'Dr Ryan Haddad, gériatre : TNCM, chutes à répétition, polypharmacie; consultations en CHSLD le jeudi',
                      'Dre Catherine Boivin poursuit la clinique de la douleur chronique (lombalgie, fibromyalgie)'],
                     ['Dr. Sophie Lemieux, physiatrist: spinal cord injury, amputees, spasticity (botulinum toxin Tuesdays)',
                      'Dr. Ryan Haddad, geriatrician: dementia, recurrent falls, polypharmacy; LTC consults on Thursdays',
                      'Dr. Catherine Boivin continues the chronic pain clinic (low back pain, fibromyalgia)'])),
          c.T('Les demandes de consultation se font par le formulaire habituel, télécopieur 819 555-0199.', 'Referrals via the usual form, fax 819 555-0199.'), c.sig(me))
    m.note = 'physicians named with the conditions they treat'
    return m


def n_conge_staff(c):
    inst = c.site(c.ch(['clsc', 'chsld', 'rehab']))
    me = c.staff('rh', c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss'))
    emp = c.staff(c.ch(['physio', 'ergo', 'asss', 'pab', 'infaux']), inst)
    m = c.mail('rh_retour_progressif')
    m.frm = me.pair
    m.to = [c.staff('chef', inst).pair]
    m.subject = c.T('Retour progressif - %s', 'Graduated return to work - %s') % emp.name
    m.add(c.hello(), c.T('%s (matricule %06d) reviendra en retour progressif à compter du %s suite à son invalidité (chirurgie à l\'épaule). Horaire : 3 jours/sem. x 4 h pendant 3 semaines, '
                         'sans transferts de bénéficiaires ni lève-personne. Le billet médical est au dossier RH; ne pas le diffuser.',
                         '%s (employee #%06d) will start a graduated return on %s after disability leave (shoulder surgery). Schedule: 3 days/wk x 4 h for 3 weeks, '
                         'no patient transfers or lifts. The medical note is on the HR file; please do not share it.') % (emp.name, c.rng.randrange(10 ** 6), c.df(7, 0)),
          c.T('Merci de prévoir les remplacements.', 'Please plan replacements.'), c.sig(me, disclaimer=True))
    m.note = 'employee return-to-work (HR, staff health)'
    return m


def n_vaccination_staff(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff(c.ch(['sst', 'inf']), inst)
    m = c.mail('vaccination_personnel')
    m.frm = (c.T('Santé au travail', 'Occupational health'), 'sante.travail@%s' % inst['dom'])
    m.to = [c.box('tout.le.personnel', inst, c.T('Tout le personnel', 'All staff'))]
    rate = c.rng.randrange(48, 81)
    m.subject = c.T('Vaccination antigrippale du personnel - cliniques de la semaine', 'Staff flu vaccination - clinics this week')
    rows = [[c.T('CHSLD Jardins-du-Héron', 'Jardins-du-Héron LTC'), c.df(2, 1), '7 h - 9 h, 15 h - 16 h'], [c.T('CLSC du Vieux-Moulin', 'Vieux-Moulin CLSC'), c.df(3, 1), '12 h - 14 h'],
            [c.T('Centre de réadaptation L\'Envolée', 'L\'Envolée Rehab'), c.df(4, 1), '8 h - 11 h']]
    m.add(c.hello(), c.T('Taux de vaccination actuel du personnel : %d %% (objectif 80 %%). Les unités en éclosion auront priorité.', 'Current staff vaccination rate: %d%% (target 80%%). Units in outbreak get priority.') % rate,
          ('table', c.T(['Site', 'Date', 'Heures'], ['Site', 'Date', 'Hours']), rows),
          c.T('Apportez votre carte d\'employé. Le vaccin est gratuit. Si vous avez une allergie aux oeufs sévère, consultez d\'abord la santé au travail.',
              'Bring your employee card. The vaccine is free. If you have a severe egg allergy, see occupational health first.'), c.sig(me, short=True))
    m.mode = c.ch(['html', 'alt', None])
    m.note = 'staff vaccination clinics and aggregate rate'
    return m


def n_reunion_ics(c):
    inst = c.site(c.ch(['clsc', 'rehab', 'chsld']))
    me = c.staff(c.ch(['coord', 'chef']), inst)
    m = c.mail('reunion_equipe')
    m.frm = me.pair
    att = [c.staff(r, inst) for r in c.rng.sample(['physio', 'ergo', 'ts', 'inf', 'asss', 'ortho', 'nutri'], 4)]
    m.to = [a.pair for a in att]
    start = dt.datetime.combine(c.d(c.rng.randrange(2, 12)), dt.time(c.ch([9, 10, 13, 14]), 0))
    agenda = c.T(['Retour sur le sondage de charge de travail', 'Nouvelle procédure de prêt d\'équipement', 'Horaire des vacances d\'été',
                  'Statistiques de la liste d\'attente (agrégées)', 'Formation PDSB obligatoire'],
                 ['Workload survey results', 'New equipment loan procedure', 'Summer vacation schedule', 'Waitlist statistics (aggregate)', 'Mandatory PDSB training'])
    c.rng.shuffle(agenda)
    desc = c.T('Ordre du jour :\n', 'Agenda:\n') + '\n'.join('- ' + a for a in agenda[:3]) + c.T('\n\nLien Teams : https://teams.example/l/meetup-join/%d', '\n\nTeams link: https://teams.example/l/meetup-join/%d') % c.rng.randrange(10 ** 9)
    ics = make_ics('%08x@%s' % (c.rng.randrange(16 ** 8), inst['dom']), c.T('Réunion d\'équipe', 'Team meeting'), start, start + dt.timedelta(minutes=90),
                   c.T('Teams / salle 204', 'Teams / room 204'), desc, me.pair, [a.pair for a in att])
    m.atts.append(dict(name='invite.ics', ctype='text/calendar', charset='utf-8', data=ics, cte=c.ch(['base64', '7bit'])))
    m.subject = c.T('Invitation : Réunion d\'équipe - %s', 'Invitation: Team meeting - %s') % date_fmt(start.date(), c.lang, 0)
    m.add(desc, c.sig(me, short=True))
    m.note = 'team meeting invitation'
    return m


def n_procedure(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff(c.ch(['coord', 'dir', 'formation']), inst)
    m = c.mail('protocole_clinique')
    m.frm = me.pair
    m.to = [c.box('personnel.clinique.sapa', inst, c.T('Personnel clinique SAPA', 'Seniors program clinical staff'))]
    which = c.rng.randrange(3)
    if which == 0:
        m.subject = c.T('Mise à jour - protocole de prévention des chutes', 'Update - fall prevention protocol')
        body = [c.T('Principaux changements :', 'Key changes:'),
                ('ul', c.T(['Échelle de Morse à l\'admission et après chaque chute; score ≥ 45 = risque élevé', 'Revue de la médication par le pharmacien si benzodiazépine, opioïde ou antipsychotique',
                            'Hypotension orthostatique : mesurer la TA couchée/debout (baisse ≥ 20 mmHg systolique)', 'Protecteurs de hanche offerts aux résidents ostéoporotiques'],
                           ['Morse scale on admission and after each fall; score >= 45 = high risk', 'Pharmacist med review if on benzodiazepine, opioid or antipsychotic',
                            'Orthostatic hypotension: lying/standing BP (drop >= 20 mmHg systolic)', 'Hip protectors offered to residents with osteoporosis']))]
    elif which == 1:
        m.subject = c.T('Nouvelle ordonnance collective - glycémies capillaires', 'New collective prescription - capillary glucose')
        body = [c.T('L\'ordonnance collective OC-SAD-014 permet à l\'infirmière d\'ajuster l\'insuline selon l\'algorithme si la glycémie est < 4,0 ou > 15,0 mmol/L à deux reprises. '
                    'Les ASSS ne peuvent pas ajuster les doses; elles rapportent les valeurs à l\'infirmière.',
                    'Collective order OC-SAD-014 lets the nurse adjust insulin per algorithm if glucose is < 4.0 or > 15.0 mmol/L twice. '
                    'Aides may not adjust doses; they report values to the nurse.')]
    else:
        m.subject = c.T('Rappel - identification des usagers (deux identifiants)', 'Reminder - patient identification (two identifiers)')
        body = [c.T('Avant tout soin, prélèvement ou administration de médicament, vérifiez deux identifiants : nom complet et date de naissance (ou NAM). '
                    'Le numéro de chambre n\'est jamais un identifiant. Ne transmettez pas d\'information nominative par courriel non chiffré.',
                    'Before any care, specimen collection or medication, check two identifiers: full name and date of birth (or health number). '
                    'The room number is never an identifier. Do not send identifiable information by unencrypted e-mail.')]
    m.add(c.hello(), *body)
    m.add(c.T('Le document complet est dans l\'intranet, section Protocoles.', 'Full document on the intranet under Protocols.'), c.sig(me))
    m.note = 'clinical protocol update, general'
    return m


def n_inventaire_csv(c):
    inst = c.site(c.ch(['rehab', 'chsld']))
    me = c.staff(c.ch(['magasin', 'physio', 'trp']), inst)
    m = c.mail('inventaire_aides_techniques')
    m.frm = me.pair
    m.to = [c.staff('achat', inst).pair]
    rows = []
    for _ in range(c.rng.randrange(6, 12)):
        kind = c.ch(['Marchette', 'Canne quadripode', 'Béquilles', 'Fauteuil', 'Orthèse genou', 'Ceinture de marche'] if c.lang == 'fr' else
                    ['Walker', 'Quad cane', 'Crutches', 'Wheelchair', 'Knee brace', 'Gait belt'])
        rows.append([kind, '%s%s%s%s-%04d-%04d' % tuple([c.ch('ABCDEFGHJKLMNPRSTVWX') for _ in range(4)] + [c.rng.randrange(10 ** 4), c.rng.randrange(10 ** 4)]),
                     'LOT%06d' % c.rng.randrange(10 ** 6), c.rng.randrange(0, 25), c.ch(['OK', c.T('à réparer', 'repair'), c.T('réformé', 'retired')])])
    hdr = c.T(['Article', 'Code fabricant', 'Lot', 'Quantité', 'État'], ['Item', 'Manufacturer code', 'Lot', 'Qty', 'Condition'])
    m.atts.append(dict(name='inventaire_aides_techniques.csv', ctype='text/csv', charset='windows-1252', data=make_csv(hdr, rows, delim=';', encoding='cp1252')))
    m.subject = c.T('Inventaire annuel des aides techniques', 'Annual assistive devices inventory')
    m.add(c.hello(), c.T('Voici l\'inventaire. Il faudrait commander 6 marchettes et 4 ceintures de marche avant l\'été.', 'Here is the inventory. We should order 6 walkers and 4 gait belts before summer.'), c.sig(me, short=True))
    m.note = 'inventory CSV with manufacturer codes and lot numbers'
    return m


def n_kilometrage(c):
    inst = c.site('clsc')
    emp = c.staff(c.ch(['physio', 'ergo', 'asss', 'inf', 'ts']), inst)
    m = c.mail('frais_deplacement')
    m.frm = emp.pair
    m.to = [c.staff(c.ch(['coord', 'chef']), inst).pair]
    towns = [t[0] for t in TOWNS]
    rows = [[c.d(-i).isoformat(), c.ch(towns) + ' / ' + c.ch(towns), '%d km' % c.rng.randrange(8, 95), c.rng.randrange(2, 7)] for i in range(1, 8) if c.d(-i).weekday() < 5]
    total = sum(int(r[2].split()[0]) for r in rows)
    m.subject = c.T('Réclamation kilométrage - %s', 'Mileage claim - %s') % c.T(MOIS[c.date.month - 1], MONTHS[c.date.month - 1])
    m.add(c.hello(), c.T('Voici ma réclamation de frais de déplacement pour les visites à domicile (matricule %06d). Total : %d km à 0,54 $/km.',
                         'Here is my travel claim for home visits (employee #%06d). Total: %d km at $0.54/km.') % (c.rng.randrange(10 ** 6), total),
          ('table', c.T(['Date', 'Secteurs', 'Distance', 'Nb visites'], ['Date', 'Sectors', 'Distance', 'Visits']), rows),
          c.T('Les adresses des usagers ne sont pas indiquées, conformément à la directive. Reçus de stationnement de l\'hôpital joints.', 'Client addresses are omitted per policy. Hospital parking receipts attached.'),
          c.sig(emp, short=True))
    m.note = 'staff mileage claim with sectors only'
    return m


def n_vcard_staff(c):
    inst = c.site(c.ch(['clsc', 'chsld', 'rehab']))
    me = c.staff(c.ch(['coord', 'chef', 'gest']), inst)
    m = c.mail('vcard_personnel')
    m.frm = me.pair
    m.to = [c.box('equipe.sad', inst, c.T('Équipe', 'Team'))]
    cell = '%s 555-%04d' % (c.ch(['819', '873', '514']), c.rng.randrange(200, 9999))
    vcf = make_vcf(me.first, me.last, org=inst['name'], title=me.role_txt(c.lang), tel=[('WORK', '%s poste %s' % (inst['tel'], me.ext)), ('CELL', cell)],
                   email_addr=me.email, note=c.T('Cellulaire de garde SAD, soirs et fins de semaine', 'Home care on-call cell, evenings and weekends'))
    m.atts.append(dict(name='%s %s.vcf' % (me.first, me.last), ctype='text/vcard', charset='utf-8', data=vcf))
    m.subject = c.T('Mes coordonnées - nouvelle coordonnatrice clinique', 'My contact info - new clinical coordinator') if me.sex == 'F' else c.T('Mes coordonnées - nouveau coordonnateur', 'My contact info - new coordinator')
    m.add(c.hello(), c.T('Je me joins à l\'équipe à titre de %s. Voici ma carte de contact; le cellulaire est celui de la garde.', 'I am joining the team as %s. Here is my contact card; the cell is the on-call phone.') % me.role_txt(c.lang).lower(),
          c.sig(me))
    m.note = 'staff vCard'
    return m


def n_benevoles(c):
    inst = c.site('chsld')
    me = c.staff('loisirs', inst)
    m = c.mail('loisirs_benevoles')
    m.frm = me.pair
    m.to = [c.box('benevoles', inst, c.T('Bénévoles', 'Volunteers')), c.box('equipe.loisirs', inst, c.T('Loisirs', 'Recreation'))]
    vol = '%s %s' % (c.ch(EXTRA_GIVEN_F), c.ch(['Goulet', 'Dionne', 'Marcoux', 'Lachance']))
    m.subject = c.T('Activités du mois et merci aux bénévoles', 'Activities this month and thanks to volunteers')
    m.add(c.hello(), c.T('Un immense merci à %s, bénévole depuis 18 ans, qui anime la chorale du mardi. Les résidents du 2e l\'adorent!' % vol,
                         'A huge thank-you to %s, volunteer for 18 years, who leads the Tuesday choir. Residents on the 2nd floor love it!' % vol),
          ('table', c.T(['Jour', 'Activité', 'Lieu'], ['Day', 'Activity', 'Place']),
           [[c.T('Lundi', 'Monday'), c.T('Zoothérapie (chien Biscuit)', 'Pet therapy (Biscuit the dog)'), c.T('Salon 2e', '2nd floor lounge')],
            [c.T('Mardi', 'Tuesday'), c.T('Chorale', 'Choir'), c.T('Chapelle', 'Chapel')],
            [c.T('Mercredi', 'Wednesday'), c.T('Bingo', 'Bingo'), c.T('Salle communautaire', 'Community room')],
            [c.T('Vendredi', 'Friday'), c.T('Musicothérapie - unité prothétique', 'Music therapy - secure unit'), 'UPS']]),
          c.T('Rappel : les bénévoles n\'ont pas accès aux dossiers et ne donnent pas de collations aux résidents en dysphagie sans vérifier la liste des textures avec l\'infirmière.',
              'Reminder: volunteers have no access to charts and must check the texture list with the nurse before giving snacks to residents with dysphagia.'), c.sig(me))
    m.mode = c.ch(['html', 'alt'])
    m.note = 'recreation and volunteer news'
    return m


def n_rappel_fournisseur(c):
    sup = c.ch(SUPPLIERS)
    inst = c.site(c.ch(['chsld', 'clsc', 'rehab']))
    me = c.staff(c.ch(['achat', 'magasin', 'chef']), inst)
    m = c.mail('avis_rappel_produit')
    m.frm = me.pair
    m.to = [c.box('chefs.unite', inst, c.T('Chefs d\'unité', 'Unit managers')), c.box('pret.equipements', inst, c.T('Prêt d\'équipements', 'Equipment loans'))]
    lots = ['%s%d%05d' % (c.ch('KLMN'), c.rng.randrange(22, 25), c.rng.randrange(10 ** 5)) for _ in range(4)]
    m.subject = c.T('TR: AVIS DE RAPPEL - toiles de lève-personne (lots visés)', 'FW: RECALL NOTICE - patient lift slings (affected lots)')
    inner = [c.T('AVIS DE RAPPEL VOLONTAIRE', 'VOLUNTARY RECALL NOTICE'),
             c.T('%s procède au rappel des toiles en U taille L, modèles SL-U-L et SL-U-XL, en raison d\'un risque de déchirure de la sangle de tête. Aucun incident rapporté au Canada.',
                 '%s is recalling U-slings size L (models SL-U-L and SL-U-XL) due to a risk of head strap tearing. No incidents reported in Canada.') % sup['name'],
             c.T('Lots visés :', 'Affected lots:'), ('ul', lots),
             c.T('Numéro d\'homologation Santé Canada : %d. Retirez les toiles et communiquez avec le service à la clientèle.', 'Health Canada licence: %d. Remove slings and contact customer service.') % c.rng.randrange(10 ** 5, 10 ** 6)]
    m.add(c.hello(), c.T('Merci de vérifier vos unités et vos prêts à domicile d\'ici vendredi et de me retourner le nombre de toiles retirées.', 'Please check your units and home loans by Friday and let me know how many slings were removed.'),
          c.sig(me, short=True),
          ('quote', [c.T('-------- Message transféré --------', '---------- Forwarded message ---------'),
                     c.T('De : ', 'From: ') + '%s <rappels@%s>' % (sup['name'], sup['dom']), c.T('Objet : ', 'Subject: ') + c.T('AVIS DE RAPPEL', 'RECALL NOTICE')], inner, 'outlook'))
    m.note = 'forwarded supplier recall with lot numbers'
    return m


def n_agrement(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff(c.ch(['dir', 'coord']), inst)
    m = c.mail('visite_agrement')
    m.frm = me.pair
    m.to = [c.box('gestionnaires.sapa', inst, c.T('Gestionnaires SAPA', 'Seniors program managers'))]
    m.subject = c.T('Préparation visite d\'agrément - pratiques organisationnelles requises', 'Accreditation visit prep - required organizational practices')
    m.add(c.hello(), c.T('La visite d\'agrément aura lieu du %s au %s. Les visiteurs pourraient interroger le personnel sur :', 'The accreditation survey runs from %s to %s. Surveyors may ask staff about:') % (c.df(30, 0), c.df(34, 0)),
          ('ul', c.T(['l\'identification des usagers (deux identifiants : nom et date de naissance ou NAM)', 'le bilan comparatif des médicaments à l\'admission et au transfert',
                      'la prévention des chutes et des plaies de pression', 'l\'hygiène des mains (taux actuel : 78 %)', 'la déclaration des incidents et accidents (AH-223)'],
                     ['patient identification (two identifiers: name and date of birth or health number)', 'medication reconciliation at admission and transfer',
                      'fall and pressure injury prevention', 'hand hygiene (current rate: 78%)', 'incident reporting'])),
          c.T('Merci de revoir ces points avec vos équipes. Aucune liste nominative ne doit être affichée au poste.', 'Please review these with your teams. No patient lists should be posted at nursing stations.'), c.sig(me))
    m.note = 'accreditation preparation mentioning identifiers generically'
    return m


def n_stage(c):
    inst = c.site(c.ch(['rehab', 'clsc', 'chsld']))
    me = c.staff(c.ch(['physio', 'ergo', 'ortho']), inst)
    m = c.mail('accueil_stagiaire')
    m.frm = me.pair
    stud_f = c.ch(STAFF_GIVEN_F)
    stud_l = c.ch(STAFF_SURN)
    m.to = [('%s %s' % (stud_f, stud_l), '%s.%s@etu.univ-boreale.example' % (slug(stud_f), slug(stud_l)))]
    m.cc = [c.staff('formation', inst).pair]
    m.subject = c.T('Accueil stage - %s', 'Placement welcome - %s') % c.df(10, 0)
    m.add(c.hello(stud_f), c.T('Bienvenue! Ton stage débute le %s à 8 h. Présente-toi à la réception du %s; ta carte d\'identité et ton accès au dossier clinique seront prêts.',
                               'Welcome! Your placement starts %s at 8 am. Go to reception at %s; your ID badge and chart access will be ready.') % (c.df(10, 1), inst['name']),
          ('ul', c.T(['Semaine 1 : observation, PDSB, visites conjointes', 'Semaine 2-3 : prise en charge de 2 usagers sous supervision', 'Semaine 4 : évaluation de mi-stage'],
                     ['Week 1: shadowing, PDSB, joint visits', 'Weeks 2-3: caseload of 2 clients under supervision', 'Week 4: mid-term evaluation'])),
          c.T('N\'oublie pas ton attestation de vaccination et l\'engagement de confidentialité signé.', 'Please bring your immunization record and the signed confidentiality agreement.'), c.sig(me))
    m.note = 'student placement welcome'
    return m


def n_audit(c):
    inst = c.site('chsld')
    me = c.staff(c.ch(['chef', 'aic', 'coord']), inst)
    m = c.mail('audit_hygiene_mains')
    m.frm = me.pair
    m.to = [c.box('equipe.%s' % inst['key'], inst, c.T('Équipes de soins', 'Care teams'))]
    rows = [[u, '%d %%' % c.rng.randrange(50, 100), c.rng.randrange(20, 80)] for u in c.T(['2 Est', '3 Ouest', '1 Nord', 'UPS'], ['2 East', '3 West', '1 North', 'Secure unit'])]
    m.subject = c.T('Résultats audit hygiène des mains - %s', 'Hand hygiene audit results - %s') % c.T(MOIS[c.date.month - 1], MONTHS[c.date.month - 1])
    m.add(c.hello(), ('table', c.T(['Unité', 'Conformité', 'Observations'], ['Unit', 'Compliance', 'Observations']), rows),
          c.T('Bravo au 3 Ouest! Rappel : friction avant le contact avec le résident et après le contact avec l\'environnement, surtout en période d\'éclosion de gastro.',
              'Well done 3 West! Reminder: hand rub before resident contact and after environment contact, especially during gastro outbreaks.'), c.sig(me, short=True))
    m.note = 'aggregate audit'
    return m


def n_famille_bulletin(c):
    inst = c.site('chsld')
    me = c.staff('chef', inst)
    m = c.mail('lettre_familles')
    m.frm = me.pair
    m.to = [(c.T('Familles et proches aidants', 'Families and caregivers'), 'familles.%s@%s' % (inst['key'], inst['dom']))]
    n = c.rng.randrange(2, 7)
    m.subject = c.T('Information aux familles - éclosion à l\'unité 2 Est', 'Information for families - outbreak on 2 East')
    m.add(c.T('Chères familles,', 'Dear families,'),
          c.T('Nous vous informons qu\'une éclosion d\'influenza est en cours à l\'unité 2 Est : %d résidents et 2 employés ont été déclarés positifs. '
              'Les visites sont maintenues pour les proches aidants avec port du masque. Les activités de groupe sont suspendues 7 jours.',
              'We wish to inform you that an influenza outbreak is ongoing on 2 East: %d residents and 2 staff members have tested positive. '
              'Caregiver visits continue with masks. Group activities are suspended for 7 days.') % n,
          c.T('Pour toute question concernant votre proche, communiquez avec l\'infirmière de l\'unité au %s, poste 2201.', 'For questions about your loved one, call the unit nurse at %s ext. 2201.') % inst['tel'],
          c.sig(me))
    m.mode = c.ch(['html', 'alt', 'plain'])
    m.note = 'family bulletin with aggregate outbreak counts'
    return m


def n_entretien_leve(c):
    inst = c.site(c.ch(['chsld', 'rehab']))
    me = c.staff(c.ch(['magasin', 'chef']), inst)
    sup = SUPPLIERS[3]
    m = c.mail('entretien_preventif')
    m.frm = ('%s %s' % sup['contact'], 'service@%s' % sup['dom']) if c.chance(0.5) else me.pair
    m.to = [c.staff('chef', inst).pair]
    rows = [[c.T('Ch. %d%02d', 'Rm %d%02d') % (c.rng.randrange(1, 4), c.rng.randrange(1, 40)), 'LC-272-%05d' % c.rng.randrange(10 ** 5), luhn_serial(c.rng, 10),
             c.ch([c.T('conforme', 'pass'), c.T('sangle à remplacer', 'strap to replace'), c.T('batterie faible', 'low battery')])] for _ in range(c.rng.randrange(5, 10))]
    m.subject = c.T('Rapport inspection annuelle - lève-personnes sur rail', 'Annual inspection report - ceiling lifts')
    m.add(c.hello(), c.T('Inspection complétée. Les appareils non conformes ont été étiquetés « hors service ».', 'Inspection completed. Non-compliant units were tagged out of service.'),
          ('table', c.T(['Emplacement', 'Modèle', 'No de série', 'Résultat'], ['Location', 'Model', 'Serial #', 'Result']), rows), c.sig(me, short=True) if m.frm == me.pair else ('sig', ['LiftCare Systems Ltd.', sup['tel']]))
    m.note = 'preventive maintenance with Luhn-valid serials and room numbers, no patient'
    return m


def n_budget(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff(c.ch(['dir', 'agad']), inst)
    m = c.mail('budget_heures')
    m.frm = me.pair
    m.to = [c.box('gestionnaires.sapa', inst, c.T('Gestionnaires SAPA', 'Seniors program managers'))]
    rows = [[c.ch(['CHSLD Jardins-du-Héron', 'CHSLD Belle-Rive', 'SAD Vieux-Moulin', 'SAD Trois-Chutes', 'URFI']), '%d h' % c.rng.randrange(100, 900),
             '%d h' % c.rng.randrange(0, 300), '%d h' % c.rng.randrange(0, 200), '%.1f %%' % (c.rng.random() * 12)] for _ in range(4)]
    m.subject = c.T('Suivi budgétaire P%d - heures supplémentaires et main-d\'oeuvre indépendante', 'Budget follow-up P%d - overtime and agency hours') % c.rng.randrange(1, 13)
    m.add(c.hello(), ('table', c.T(['Installation', 'Heures supp.', 'MOI', 'TSO', 'Assurance salaire'], ['Site', 'Overtime', 'Agency', 'Mandatory OT', 'Sick leave rate']), rows),
          c.T('Cible d\'assurance salaire : 7,5 %. Merci de commenter les écarts avant le comité de direction.', 'Sick leave target: 7.5%. Please comment on variances before the management committee.'), c.sig(me))
    m.note = 'budget aggregate'
    return m


def n_demande_achat(c):
    inst = c.site(c.ch(['rehab', 'clsc']))
    me = c.staff(c.ch(['ergo', 'ortho', 'physio']), inst)
    m = c.mail('demande_achat_materiel')
    m.frm = me.pair
    m.to = [c.staff('achat', inst).pair]
    m.cc = [c.staff('chef', inst).pair]
    items = c.T(['Trousse MoCA version 8.1 (x2)', 'Planche Purdue Pegboard', 'Dynamomètre Jamar', 'Goniomètres 12 po (x5)', 'Trousse IDDSI (cuillères, seringues 10 mL)',
                 'Batterie d\'évaluation du langage (protocole MT-86)'],
                ['MoCA kit version 8.1 (x2)', 'Purdue Pegboard', 'Jamar dynamometer', '12-inch goniometers (x5)', 'IDDSI testing kit (spoons, 10 mL syringes)',
                 'Aphasia assessment battery'])
    c.rng.shuffle(items)
    m.subject = c.T('Demande d\'achat - matériel d\'évaluation (centre de coût %d)', 'Purchase request - assessment tools (cost centre %d)') % c.rng.randrange(10 ** 5, 10 ** 6)
    m.add(c.hello(), c.T('Pourrais-tu commander le matériel suivant pour l\'équipe :', 'Could you order the following for the team:'), ('ul', items[:4]),
          c.T('Fournisseur suggéré : ErgoPlus Distribution (soumission Q2024-%05d). Budget de fonctionnement du service.', 'Suggested supplier: ErgoPlus Distribution (quote Q2024-%05d). Department operating budget.') % c.rng.randrange(10 ** 5),
          c.bye(), c.sig(me, short=True))
    m.note = 'purchase request for clinical assessment tools'
    return m


def n_webinaire(c):
    m = c.mail('webinaire_association')
    m.frm = (c.T('Association québécoise de réadaptation gériatrique', 'Quebec Association for Geriatric Rehabilitation'), 'info@aqrg-demo.example')
    inst = c.site(c.ch(['rehab', 'clsc']))
    m.to = [c.staff(c.ch(['physio', 'ergo', 'ortho']), inst).pair]
    topic = c.ch(c.T(['Sarcopénie et exercice en résistance chez l\'aîné fragile', 'Aphasie primaire progressive : repères cliniques', 'Réadaptation après une amputation d\'origine vasculaire'],
                     ['Sarcopenia and resistance training in frail older adults', 'Primary progressive aphasia: clinical pointers', 'Rehabilitation after vascular amputation']))
    m.subject = c.T('Webinaire : %s', 'Webinar: %s') % topic
    m.add(c.T('Bonjour membre,', 'Dear member,'), c.T('Joignez-vous à nous le %s à 12 h pour le webinaire « %s », présenté par Dre Andréanne Ménard, Ph. D. (1,5 h de formation continue).',
                                                      'Join us on %s at noon for "%s", presented by Dr. Andreanne Menard, PhD (1.5 CE hours).') % (c.df(20, 0), topic),
          c.T('Gratuit pour les membres. Inscription : https://aqrg-demo.example/webinaires', 'Free for members. Register: https://aqrg-demo.example/webinars'),
          c.T('Vous recevez ce courriel parce que vous êtes membre. Se désabonner.', 'You receive this e-mail as a member. Unsubscribe.'))
    m.mode = 'html'
    m.note = 'professional association webinar'
    return m


def n_covid_staff(c):
    inst = c.site(c.ch(['chsld', 'clsc']))
    me = c.staff(c.ch(['sst', 'chef']), inst)
    emp = c.staff(c.ch(['pab', 'asss', 'infaux']), inst)
    m = c.mail('sante_travail_employe')
    m.frm = me.pair
    m.to = [c.staff('plan', inst).pair]
    m.subject = c.T('Retrait préventif - %s', 'Work exclusion - %s') % emp.name
    m.add(c.hello(), c.T('%s a déclaré un test positif à la COVID-19 ce matin (test rapide). Retrait du travail de 5 jours, retour prévu le %s si asymptomatique. Merci de LAPRON remplacer sur l\'horaire de soir.'.replace('LAPRON', 'la' if emp.sex == 'F' else 'le'),
                         '%s reported a positive COVID-19 rapid test this morning. Off work for 5 days, expected back %s if symptom-free. Please replace on the evening schedule.') % (emp.name, c.df(5, 0)),
          c.T('Il s\'agit d\'une information de santé d\'un employé : ne pas diffuser à l\'équipe.', 'This is employee health information: do not share with the team.'), c.sig(me, short=True))
    m.note = 'employee health (HR), no patient'
    return m


def n_guide_clinique(c):
    inst = c.site(c.ch(['rehab', 'chsld', 'clsc']))
    me = c.staff(c.ch(['ortho', 'nutri', 'pharm', 'physio']), inst)
    m = c.mail('partage_guide_clinique')
    m.frm = me.pair
    m.to = [c.box('professionnels.sapa', inst, c.T('Professionnels SAPA', 'Seniors program professionals'))]
    title = c.ch(c.T(['Médicaments à ne pas écraser - liste 2024', 'Guide de pratique : dysphagie chez la personne âgée', 'Déprescription des IPP et des benzodiazépines en CHSLD'],
                     ['Do-not-crush medication list 2024', 'Practice guide: dysphagia in older adults', 'Deprescribing PPIs and benzodiazepines in LTC']))
    m.subject = c.T('À lire : %s', 'Worth reading: %s') % title
    m.add(c.hello(), c.T('Je partage ce document qui pourrait vous être utile. Points saillants :', 'Sharing this document, which may be useful. Highlights:'),
          ('ul', c.T(['Les comprimés à libération prolongée (ex. : métoprolol SR, oxycodone LP) ne doivent pas être écrasés', 'Les liquides épaissis réduisent l\'aspiration mais augmentent le risque de déshydratation',
                      'La déprescription des benzodiazépines se fait par paliers de 10-25 % aux 2 semaines'],
                     ['Extended-release tablets (e.g., metoprolol SR, oxycodone CR) must not be crushed', 'Thickened fluids reduce aspiration but increase dehydration risk',
                      'Benzodiazepine tapering in 10-25% steps every 2 weeks'])),
          c.sig(me))
    m.atts.append(dict(name='%s.pdf' % slug(title)[:30], ctype='application/pdf', data=make_pdf(title, [c.T('Document de référence - usage interne', 'Reference document - internal use'),
                                                                                               c.T('Version 2024-03. Comité de pharmacologie.', 'Version 2024-03. Pharmacy and therapeutics committee.')], author=me.name)))
    m.note = 'clinical guideline sharing, general drug names'
    return m


def n_bottin(c):
    inst = c.site(c.ch(['clsc', 'chsld', 'rehab']))
    me = c.staff('agad', inst)
    m = c.mail('bottin_telephonique')
    m.frm = me.pair
    m.to = [c.box('tous.%s' % inst['key'], inst, c.T('Tout le personnel', 'All staff'))]
    rows = [[c.staff(r, inst).name, c.staff(r, inst).role_txt(c.lang), inst['tel'] + c.T(' p. %d', ' ext. %d') % c.rng.randrange(2000, 7999),
             '%s 555-%04d' % (c.ch(['819', '873']), c.rng.randrange(200, 9999))] for r in c.rng.sample(['physio', 'ergo', 'ts', 'coord', 'aic', 'ortho', 'nutri', 'spad'], 6)]
    m.subject = c.T('Bottin téléphonique mis à jour', 'Updated phone directory')
    m.add(c.hello(), c.T('Voici le bottin à jour (les cellulaires sont ceux fournis par l\'employeur) :', 'Updated directory (cells are employer-issued):'),
          ('table', c.T(['Nom', 'Fonction', 'Poste', 'Cellulaire'], ['Name', 'Role', 'Extension', 'Cell']), rows), c.sig(me, short=True))
    m.note = 'staff phone directory'
    return m


def n_anniversaires(c):
    inst = c.site(c.ch(['clsc', 'chsld']))
    me = c.staff(c.ch(['loisirs', 'agad']), inst)
    m = c.mail('vie_equipe')
    m.frm = me.pair
    m.to = [c.box('equipe.%s' % inst['key'], inst, c.T('Équipe', 'Team'))]
    ret = c.staff(c.ch(['pab', 'infaux', 'asss']), inst)
    bdays = ['%s (%d %s)' % (c.staff('pab', inst).name, c.rng.randrange(1, 29), c.T(MOIS[c.date.month - 1], MONTHS[c.date.month - 1])) for _ in range(3)]
    m.subject = c.T('Départ à la retraite de %s + anniversaires du mois', 'Retirement party for %s + birthdays') % ret.name
    m.add(c.hello(), c.T('Après %d ans de loyaux services, %s prend sa retraite! 5 à 7 le %s à la Brasserie du Moulin.', 'After %d years of service, %s is retiring! Party on %s at the Mill Pub.') % (c.rng.randrange(20, 36), ret.name, c.df(12, 1)),
          c.T('Bonne fête à :', 'Happy birthday to:'), ('ul', bdays), c.T('Une carte circule au poste.', 'A card is going around at the desk.'), me.first)
    m.mode = c.ch(['html', 'alt', 'plain'])
    m.note = 'staff social news with staff birthdays'
    return m


def n_depliant(c):
    inst = c.site(c.ch(['rehab', 'clsc']))
    me = c.staff(c.ch(['physio', 'ergo', 'comm']), inst)
    m = c.mail('depliant_usagers')
    m.frm = me.pair
    m.to = [c.staff('comm', c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')).pair]
    title = c.ch(c.T(['Exercices après une prothèse totale de hanche', 'Prévenir les chutes à la maison', 'Bien manger quand on a de la difficulté à avaler'],
                     ['Exercises after a total hip replacement', 'Preventing falls at home', 'Eating well with swallowing difficulties']))
    m.subject = c.T('Dépliant pour révision graphique : %s', 'Leaflet for layout: %s') % title
    m.atts.append(dict(name='%s_v3.docx' % slug(title)[:28], ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                       data=make_docx(title, [c.T('Ce dépliant s\'adresse aux usagers et à leurs proches.', 'This leaflet is for clients and their families.'),
                                              c.T('1. Pompes aux chevilles : 10 fois, 3 fois par jour.', '1. Ankle pumps: 10 times, 3 times a day.'),
                                              c.T('2. Évitez de croiser les jambes pendant 6 semaines.', '2. Do not cross your legs for 6 weeks.'),
                                              c.T('En cas de douleur au mollet ou d\'essoufflement, consultez (risque de phlébite).', 'If you have calf pain or shortness of breath, seek care (clot risk).')],
                                      author=me.name)))
    m.add(c.hello(), c.T('Voici la version 3 du dépliant, validée par l\'équipe. Peux-tu l\'envoyer en mise en page? Il faudrait aussi une version anglaise.', 'Here is version 3 of the leaflet, approved by the team. Can you send it to layout? We also need a French version.'),
          c.sig(me, short=True))
    m.note = 'patient education leaflet (generic)'
    return m


def n_note_service(c):
    c.lang = 'fr' if c.chance(0.8) else c.lang
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff('sst', inst)
    m = c.mail('note_service_sst')
    m.frm = me.pair
    m.to = [c.box('gestionnaires', inst, c.T('Tous les gestionnaires', 'All managers'))]
    m.subject = c.T('Note de service - déclaration des accidents de travail (nouveau formulaire)', 'Memo - workplace injury reporting (new form)')
    m.atts.append(dict(name=c.T('Formulaire_declaration_evenement_vierge.pdf', 'Incident_report_form_blank.pdf'), ctype='application/pdf',
                       data=make_pdf(c.T('Déclaration d\'événement - employé', 'Employee incident report'),
                                     [c.T('Nom de l\'employé : ____________  Matricule : ______', 'Employee name: ____________  Employee #: ______'),
                                      c.T('NAS (3 derniers chiffres seulement) : ___', 'SIN (last 3 digits only): ___'),
                                      c.T('Date et heure : ____  Lieu : ____  Témoins : ____', 'Date and time: ____  Location: ____  Witnesses: ____'),
                                      c.T('Description de la lésion : ______________________', 'Injury description: ______________________')], author=me.name)))
    m.add(c.hello(), c.T('À compter du 1er du mois, toute lésion professionnelle (ex. : blessure au dos lors d\'un transfert, piqûre d\'aiguille, agression) doit être déclarée dans les 24 h avec le formulaire joint. '
                         'La CNESST doit recevoir l\'ADR dans les délais. N\'inscrivez jamais le nom d\'un usager sur ce formulaire.',
                         'Starting on the 1st, every work injury (e.g., back injury during a transfer, needlestick, assault) must be reported within 24 h with the attached form. '
                         'The CNESST must receive the employer notice on time. Never write a client name on this form.'), c.sig(me))
    m.note = 'HR memo with blank workplace injury form'
    return m


def n_transport_navette(c):
    inst = c.inst('cisss') if c.lang == 'fr' else c.inst('en_cisss')
    me = c.staff('agad', inst)
    m = c.mail('navette_personnel')
    m.frm = me.pair
    m.to = [c.box('tout.le.personnel', inst, c.T('Tout le personnel', 'All staff'))]
    m.subject = c.T('Navette inter-sites - nouvel horaire', 'Inter-site shuttle - new schedule')
    m.add(c.hello(), ('table', c.T(['Départ', 'Arrêt', 'Heure'], ['From', 'Stop', 'Time']),
                      [['Hôpital régional', 'CHSLD Jardins-du-Héron', '7 h 05'], ['CHSLD Jardins-du-Héron', 'CLSC du Vieux-Moulin', '7 h 30'],
                       ['CLSC du Vieux-Moulin', 'Centre L\'Envolée', '7 h 55'], ['Centre L\'Envolée', 'Hôpital régional', '8 h 20']]),
          c.T('La navette est réservée au personnel et au transport de matériel (pas d\'usagers). Les formulaires de courrier interne vont dans le bac bleu.',
              'The shuttle is for staff and supplies only (no clients). Internal mail goes in the blue bin.'), c.sig(me, short=True))
    m.note = 'staff shuttle schedule'
    return m


def n_sondage(c):
    inst = c.site(c.ch(['clsc', 'rehab']))
    me = c.staff(c.ch(['coord', 'dir']), inst)
    m = c.mail('sondage_satisfaction')
    m.frm = me.pair
    m.to = [c.box('equipe.sad', inst, c.T('Équipe', 'Team'))]
    n = c.rng.randrange(120, 600)
    m.subject = c.T('Résultats sondage satisfaction usagers SAD', 'Home care client satisfaction survey results')
    m.add(c.hello(), c.T('%d usagers ont répondu (taux de réponse 41 %%). Résultats :', '%d clients answered (41%% response rate). Results:') % n,
          ('table', c.T(['Énoncé', 'Satisfaits'], ['Statement', 'Satisfied']),
           [[c.T('Respect des heures de visite', 'Visit times respected'), '%d %%' % c.rng.randrange(60, 95)],
            [c.T('Courtoisie des intervenants', 'Staff courtesy'), '%d %%' % c.rng.randrange(80, 99)],
            [c.T('Continuité (même intervenant)', 'Continuity (same worker)'), '%d %%' % c.rng.randrange(40, 80)]]),
          c.T('Commentaire fréquent : « trop de nouveaux visages pour le bain ». Les commentaires nominatifs ont été retirés.', 'Frequent comment: "too many new faces for the bath". Identifying comments were removed.'), c.sig(me))
    m.note = 'aggregate survey results'
    return m


NEG_SCENARIOS = [n_pret_equipement, n_horaire, n_formation, n_cnesst_staff, n_soumission, n_infolettre, n_statistiques,
                 n_cas_enseignement, n_formulaire_vierge, n_facture, n_it, n_facilities, n_offre_emploi, n_comite,
                 n_medecin_expertise, n_conge_staff, n_vaccination_staff, n_reunion_ics, n_procedure, n_inventaire_csv,
                 n_kilometrage, n_vcard_staff, n_benevoles, n_rappel_fournisseur, n_agrement, n_stage, n_audit,
                 n_famille_bulletin, n_entretien_leve, n_budget, n_demande_achat, n_webinaire, n_covid_staff,
                 n_guide_clinique, n_bottin, n_anniversaires, n_depliant, n_note_service, n_transport_navette, n_sondage]


# --------------------------------------------------------------------------------------
# envelopes: reply with quote, inline forward, attached .eml, zipped documents
# --------------------------------------------------------------------------------------
REPLY_UNSAFE = {p_liste_attente, p_csv_tournee, p_vcard_client, p_filename_only, p_transfert_pdf}
INTERNAL_DOMAINS = ('cisss-hautesrivieres.example', 'ciusss-ouestcedres.example')


def internal(pair):
    return pair[1].split('@')[1] in INTERNAL_DOMAINS


def _quote_header(c, inner, style):
    d = inner.date
    if style == 'gt':
        if c.lang == 'fr':
            return ['Le %s %d %s %d à %02d:%02d, %s <%s> a écrit :' % (JOURS[d.weekday()][:3] + '.', d.day, MOIS[d.month - 1], d.year, d.hour, d.minute,
                                                                      inner.frm[0], inner.frm[1])]
        return ['On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (DAYS[d.weekday()][:3], MONTHS[d.month - 1][:3], d.day, d.year, (d.hour - 1) % 12 + 1,
                                                                    d.minute, 'AM' if d.hour < 12 else 'PM', inner.frm[0], inner.frm[1])]
    to = '; '.join(a[0] or a[1] for a in inner.to)
    if c.lang == 'fr':
        h = ['De : %s <%s>' % inner.frm, 'Envoyé : %s %d %s %d %02d:%02d' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1], d.year, d.hour, d.minute),
             'À : %s' % to]
        if inner.cc:
            h.append('Cc : %s' % '; '.join(a[0] or a[1] for a in inner.cc))
        h.append('Objet : %s' % inner.subject)
    else:
        h = ['From: %s <%s>' % inner.frm, 'Sent: %s, %s %d, %d %d:%02d %s' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day, d.year, (d.hour - 1) % 12 + 1, d.minute,
                                                                           'AM' if d.hour < 12 else 'PM'), 'To: %s' % to]
        if inner.cc:
            h.append('Cc: %s' % '; '.join(a[0] or a[1] for a in inner.cc))
        h.append('Subject: %s' % inner.subject)
    return ['-----Message d\'origine-----' if c.lang == 'fr' else '-----Original Message-----'] + h if c.chance(0.5) else h


def _rewrap(inner, cat_prefix, c):
    m = Mail(inner.lang, cat_prefix + inner.cat)
    m.date = inner.date + dt.timedelta(minutes=c.rng.randrange(20, 60 * 30))
    m.types = set(inner.types)
    m.evidence = list(inner.evidence)
    m.note = inner.note
    return m


def wrap_reply(c, inner):
    c.lang = inner.lang
    m = _rewrap(inner, 're_', c)
    follow_up = not internal(inner.to[0]) and internal(inner.frm)
    if follow_up:
        m.frm, m.to = inner.frm, list(inner.to)
    else:
        m.frm = inner.to[0]
        m.to = [inner.frm]
    m.cc = list(inner.cc)
    m.subject = c.ch(['RE: ', 'RE : ', 'Re: ', 'RE: RE: '] if c.lang == 'fr' else ['RE: ', 'Re: ']) + inner.subject
    reply = c.ch(c.T(['Merci, c\'est noté.', 'Parfait, je m\'en occupe cet après-midi.', 'Reçu, merci!', 'Ok pour moi. Je fais suivre à l\'équipe de soir.',
                      'Je regarde ça demain matin et je te reviens.', 'Bien reçu. On en reparle à la rencontre de jeudi.'],
                     ['Thanks, noted.', 'Perfect, I\'ll take care of it this afternoon.', 'Got it, thanks!', 'OK with me. I\'ll pass it on to the evening team.',
                      'I\'ll look at it tomorrow morning and get back to you.', 'Received. Let\'s discuss at Thursday\'s meeting.']))
    if follow_up:
        reply = c.ch(c.T(['Petit rappel : pourriez-vous me confirmer la réception? Merci.', 'Je me permets de relancer, toujours sans nouvelles.', 'Relance - merci de me revenir d\'ici vendredi.'],
                         ['Gentle reminder: could you confirm receipt? Thanks.', 'Following up on this one, no answer yet.', 'Follow-up - please get back to me by Friday.']))
    sender_name = m.frm[0].split()[0] if m.frm[0] else ''
    style = c.ch(['outlook', 'outlook', 'gt'])
    m.add(reply, sender_name or c.T('L\'équipe', 'The team'), ('quote', _quote_header(c, inner, style), inner.blocks, style))
    m.extra_headers = [('In-Reply-To', '<%s.%d@%s>' % (inner.date.strftime('%Y%m%d%H%M%S'), c.rng.randrange(10 ** 8, 10 ** 9), inner.frm[1].split('@')[1])),
                       ('Thread-Topic', inner.subject)]
    if c.lang == 'fr':
        m.extra_headers[1] = ('Thread-Topic', ascii_fold(inner.subject))
    return m


def wrap_forward(c, inner):
    c.lang = inner.lang
    m = _rewrap(inner, 'tr_', c)
    m.frm = inner.to[0] if (c.chance(0.6) and internal(inner.to[0])) or not internal(inner.frm) else inner.frm
    inst = c.site(c.ch(['clsc', 'rehab', 'chsld']))
    m.to = [c.staff(c.ch(['coord', 'physio', 'ergo', 'ts', 'inf', 'chef']), inst).pair]
    m.subject = c.ch(['TR: ', 'TR : ', 'Fwd: ', 'FW: '] if c.lang == 'fr' else ['FW: ', 'Fwd: ']) + inner.subject
    intro = c.ch(c.T(['Pour ton information.', 'FYI - peux-tu regarder?', 'Je te transfère, c\'est toi qui suis ce dossier maintenant.', 'Voir plus bas, merci de prendre en charge.'],
                     ['FYI.', 'Can you have a look?', 'Forwarding since you follow this file now.', 'See below, please take over.']))
    style = c.ch(['outlook', 'gt'])
    hdr = [c.T('-------- Message transféré --------', '---------- Forwarded message ---------')] + _quote_header(c, inner, 'outlook')[-4:]
    m.add(intro, m.frm[0].split()[0] if m.frm[0] else '', ('quote', hdr, inner.blocks, style))
    m.atts = list(inner.atts)
    return m


def wrap_attached_eml(c, inner, rng):
    c.lang = inner.lang
    m = _rewrap(inner, 'eml_', c)
    m.frm = inner.to[0] if (c.chance(0.5) and internal(inner.to[0])) or not internal(inner.frm) else inner.frm
    inst = c.site(c.ch(['clsc', 'rehab', 'chsld']))
    m.to = [c.staff(c.ch(['coord', 'chef', 'dir', 'ts']), inst).pair]
    neutral = c.chance(0.5)
    m.subject = c.T('Courriel à traiter', 'E-mail to action') if neutral else c.ch(['TR: ', 'Fwd: ']) + inner.subject
    m.add(c.ch(c.T(['Voir le courriel ci-joint.', 'Je te joins le message original pour ton dossier.', 'Message original en pièce jointe, merci.'],
                   ['See attached e-mail.', 'Attaching the original message for your records.', 'Original message attached, thanks.'])),
          m.frm[0].split()[0] if m.frm[0] else '')
    raw = build_eml(inner, rng, crlf=False)
    fn = re.sub(r'[\\/:*?"<>|]', '_', inner.subject)[:60].strip() + '.eml'
    m.atts.append(dict(name=fn, ctype='message/rfc822', data=raw))
    if not neutral:
        pass
    return m


def wrap_zip(c, inner):
    c.lang = inner.lang
    m = _rewrap(inner, 'zip_', c)
    m.frm = inner.frm
    m.to = list(inner.to)
    m.cc = list(inner.cc)
    m.subject = c.ch(c.T(['Documents (zip)', 'Envoi de documents', inner.subject], ['Documents (zip)', 'Files', inner.subject]))
    text = render_plain([b for b in inner.blocks if not (isinstance(b, tuple) and b[0] == 'sig')], 'space')
    members = [(c.T('message_%s.pdf', 'summary_%s.pdf') % inner.date.strftime('%Y%m%d'),
                make_pdf(inner.subject, text.split('\n'), author=inner.frm[0], compress=c.chance(0.5)))]
    for a in inner.atts:
        members.append((a['name'], a['data']))
    if c.chance(0.4):
        members.append(('LISEZMOI.txt' if c.lang == 'fr' else 'README.txt',
                        c.T('Documents transmis par courriel interne. Détruire après usage.\r\n', 'Documents sent by internal e-mail. Delete after use.\r\n').encode('utf-8')))
    zname = c.ch(c.T(['documents_%s.zip', 'envoi_%s.zip', 'dossier_%s.zip'], ['documents_%s.zip', 'files_%s.zip']))
    zname = zname % inner.date.strftime('%Y%m%d')
    m.atts = [dict(name=zname, ctype=c.ch(['application/zip', 'application/x-zip-compressed']), data=zip_bytes(members))]
    m.add(c.hello(), c.ch(c.T(['Voici les documents demandés dans un fichier compressé.', 'Ci-joint le fichier zip.', 'Documents en pièce jointe (zip) - le système refusait les pièces séparées.'],
                              ['Here are the requested documents in a zip file.', 'Zip file attached.', 'Documents attached (zip) - the system rejected separate files.'])),
          ('sig', [m.frm[0] or '']))
    return m


# --------------------------------------------------------------------------------------
# self-check helpers
# --------------------------------------------------------------------------------------
def _pdf_text(data):
    out = []
    for sm in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        raw = sm.group(1).rstrip(b'\r\n')
        head = data[max(0, sm.start() - 300):sm.start()]
        if b'ASCII85Decode' in head.split(b'obj')[-1]:
            a = raw.strip()
            if a.startswith(b'<~'):
                a = a[2:]
            if not a.endswith(b'~>'):
                a += b'~>'
            try:
                raw = base64.a85decode(b'<~' + a, adobe=True)
            except ValueError:
                pass
        try:
            raw = zlib.decompress(raw)
        except zlib.error:
            pass
        for tm in re.finditer(rb'\(((?:\\.|[^\\)])*)\)\s*Tj', raw):
            s = tm.group(1)
            s = re.sub(rb'\\([0-7]{1,3})', lambda mm: bytes([int(mm.group(1), 8)]), s)
            s = re.sub(rb'\\(.)', rb'\1', s)
            out.append(s.decode('cp1252', 'replace'))
    return '\n'.join(out)


def _xml_text(blob):
    t = blob.decode('utf-8', 'replace')
    t = re.sub(r'</w:p>|</row>|</si>', '\n', t)
    t = re.sub(r'<[^>]+>', ' ', t)
    return html.unescape(t)


def _att_text(name, data):
    low = (name or '').lower()
    if data[:4] == b'%PDF':
        return _pdf_text(data)
    if data[:2] == b'PK':
        z = zipfile.ZipFile(io.BytesIO(data))
        names = z.namelist()
        if low.endswith(('.docx', '.xlsx')) or '[Content_Types].xml' in names:
            return '\n'.join(_xml_text(z.read(n)) for n in names if n.endswith('.xml'))
        return '\n'.join(n + '\n' + _att_text(n, z.read(n)) for n in names)
    if data[:4] == b'\x89PNG':
        return ''
    try:
        t = data.decode('utf-8')
    except UnicodeDecodeError:
        t = data.decode('cp1252', 'replace')
    if low.endswith(('.ics', '.vcf')):
        t = t.replace('\r\n ', '').replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';')
    return t


def message_text(msg, problems, where):
    """Decode every part of msg (recursively) and return all text."""
    out = []
    for part in msg.walk():
        for h in ('Subject', 'From', 'To', 'Cc'):
            if part.get(h):
                out.append(str(part.get(h)))
        if part.defects:
            problems.append('%s: defects %r' % (where, part.defects))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype == 'message/rfc822':
            continue
        try:
            content = part.get_content()
        except Exception as exc:  # pragma: no cover
            problems.append('%s: cannot decode %s (%s)' % (where, ctype, exc))
            continue
        if isinstance(content, str):
            if ctype == 'text/html':
                content = html.unescape(re.sub(r'<[^>]+>', ' ', content))
            elif fn and fn.lower().endswith(('.ics', '.vcf')):
                content = content.replace('\r\n ', '').replace('\n ', '').replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';')
            out.append(content)
        else:
            try:
                out.append(_att_text(fn, content))
            except Exception as exc:
                problems.append('%s: cannot open attachment %s (%s)' % (where, fn, exc))
    return '\n'.join(out)


def norm(s):
    import unicodedata
    return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).casefold()


# --------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------
README_TMPL = """# corpus_heldout_54 - rehabilitation and long-term care

Synthetic outbound e-mail for measuring a data-loss prevention filter.  Flavour:
rehabilitation and long-term care - physiotherapy, occupational therapy, speech-language
pathology, CHSLD (long-term care homes), home care (SAD / CLSC) and palliative home care
teams.  Mostly French-Canadian with some English; written by allied health professionals,
nursing assistants, aides and coordinators.  Negatives come from the same departments:
equipment loans, rotas, training, CNESST paperwork for staff, supplier quotes and invoices,
newsletters, statistics, IT and facilities notices, job postings, committee notices.

## Layout

    generate.py          deterministic generator (default seed {seed})
    positive/pNNN_<category>.eml   {npos} confidential messages
    negative/nNNN_<category>.eml   {nneg} non-confidential messages
    labels.json          {{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}

Counts: {npos} positives ({pos_fr} fr / {pos_en} en), {nneg} negatives ({neg_fr} fr / {neg_en} en).

## Definition used

A message is confidential when a reader can identify a patient (name, RAMQ NAM, SIN, Ontario
health number, Belgian NISS, French NIR, chart number/MRN, possibly disguised) and learn
something personal, medical or social about them - in the Subject, body, quoted reply, inline
forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or file name.  A
patient's home address or personal phone/e-mail with their name in a care context counts.
Not confidential: staff information (schedules, leave, employee occupational health and CNESST
forms for staff), physicians named with the conditions they treat, speakers and topics,
aggregates and statistics, newsletters, blank forms, anonymised teaching cases, invoices/POs,
serial/lot/asset numbers (some pass a Luhn check), clinic phone numbers and addresses.

Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth,
patient_name, diagnosis, medication, lab_result, patient_contact, social_information.

Every NAM comes from `../blind_nams.txt`, always with that person's name, birth date and sex.
SIN (stdnum.ca.sin), Ontario health numbers (Luhn, stdnum.luhn), NISS (stdnum.be.nn) and NIR
(stdnum.fr.nir) are generated valid and checked.  Chart numbers are free-form.  All people
other than the NAM holders, institutions, addresses, domains (*.example) and phone numbers
(555) are invented.

## Transports

plain text, HTML-only, multipart/alternative, multipart/related (inline logo), multipart/mixed
with attachments; charsets utf-8, iso-8859-1 and windows-1252; quoted-printable, base64 and
8bit bodies; RFC 2047 headers and RFC 2231 / RFC 2047 file names; CRLF and LF line endings;
replies with Outlook-style and '>' quoting, inline forwards, message/rfc822 attachments, ZIP
archives.  PDFs (reportlab, invariant mode), DOCX and XLSX use fixed timestamps so output is
byte-for-byte reproducible.

## Regenerate

    python3 generate.py            # writes next to generate.py
    python3 generate.py --out DIR  # or elsewhere; --seed N to change the seed

Requires python-stdnum, reportlab, python-docx and openpyxl.  The generator parses every file
back with the standard e-mail parser, decodes every part and attachment, checks the labels and
prints the counts and a digest.

sha256 digest (positive/, negative/ and labels.json, sorted by path): `{digest}`
"""


def build_plan(seed):
    rng = random.Random(seed)
    extra = [p_ontario, p_belgique, p_france, p_cnesst_patient, p_nam_only, p_ces]
    pos = POS_SCENARIOS * 3 + extra
    assert len(pos) == N_POS
    rng.shuffle(pos)
    pw = ['re'] * 13 + ['fw'] * 9 + ['eml'] * 6 + ['zip'] * 6
    pw += [None] * (N_POS - len(pw))
    rng.shuffle(pw)
    for i, (s, w) in enumerate(zip(pos, pw)):
        if w == 're' and s in REPLY_UNSAFE:
            pw[i] = 'fw'
    neg = NEG_SCENARIOS * 4 + rng.sample(NEG_SCENARIOS, N_NEG - 4 * len(NEG_SCENARIOS))
    rng.shuffle(neg)
    nw = ['re'] * 16 + ['fw'] * 9 + ['eml'] * 6 + ['zip'] * 6
    nw += [None] * (N_NEG - len(nw))
    rng.shuffle(nw)
    plan = []
    for i in range(N_POS):
        plan.append(('positive', i + 1, pos[i], pw[i], 'fr' if rng.random() < 0.67 else 'en'))
    for i in range(N_NEG):
        plan.append(('negative', i + 1, neg[i], nw[i], 'fr' if rng.random() < 0.67 else 'en'))
    return plan


def generate(out, seed):
    world = World(seed)
    plan = build_plan(seed)
    files, labels, evid = {}, {}, {}
    for kind, idx, scen, wrap, lang in plan:
        rng = random.Random(seed * 100003 + (0 if kind == 'positive' else 50000) + idx)
        c = Ctx(world, rng, lang)
        m = scen(c)
        if wrap == 're':
            m = wrap_reply(c, m)
        elif wrap == 'fw':
            m = wrap_forward(c, m)
        elif wrap == 'eml':
            m = wrap_attached_eml(c, m, rng)
        elif wrap == 'zip':
            m = wrap_zip(c, m)
        if kind == 'negative':
            assert not m.types, (scen.__name__, m.types)
        else:
            assert m.types, scen.__name__
        prefix = 'p' if kind == 'positive' else 'n'
        rel = '%s/%s%03d_%s.eml' % (kind, prefix, idx, m.cat)
        files[rel] = build_eml(m, rng)
        labels[rel] = {'confidential': kind == 'positive', 'types': [t for t in ALL_TYPES if t in m.types],
                       'lang': m.lang, 'note': m.note}
        evid[rel] = list(m.evidence)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for f in os.listdir(d):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
    for rel, data in files.items():
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
    lab = json.dumps(labels, ensure_ascii=False, indent=1, sort_keys=True) + '\n'
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(lab)
    return world, labels, evid


def self_check(out, world, evid):
    problems = []
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as fh:
        labels = json.load(fh)
    on_disk = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    if on_disk != sorted(labels):
        problems.append('labels do not cover exactly the files')
    blind_nams = [p.nam for p in world.blind]
    blind_names = [norm('%s %s' % (p.given, p.surname)) for p in world.blind]
    for rel in on_disk:
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        lab = labels[rel]
        if rel.startswith('positive/') != lab['confidential']:
            problems.append('%s: confidential flag' % rel)
        if lab['confidential'] and not lab['types']:
            problems.append('%s: positive without types' % rel)
        if not lab['confidential'] and lab['types']:
            problems.append('%s: negative with types' % rel)
        if lab['lang'] not in ('fr', 'en'):
            problems.append('%s: lang' % rel)
        if any(t not in ALL_TYPES for t in lab['types']):
            problems.append('%s: unknown type' % rel)
        msg = email.message_from_bytes(data, policy=email.policy.default)
        text = message_text(msg, problems, rel)
        nt = norm(text)
        for ev in evid.get(rel, []):
            if norm(ev) not in nt:
                problems.append('%s: evidence %r not found' % (rel, ev))
        if rel.startswith('negative/'):
            flat = re.sub(r'[^0-9a-z]', '', nt)
            for nam in blind_nams:
                if nam.lower() in flat:
                    problems.append('%s: contains a blind NAM' % rel)
            for bn in blind_names:
                if bn in nt:
                    problems.append('%s: contains a blind patient name %s' % (rel, bn))
    return problems


def digest(out):
    h = hashlib.sha256()
    rels = sorted('%s/%s' % (sub, f) for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    for rel in rels + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode() + b'\0' + fh.read() + b'\0')
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    args = ap.parse_args()
    out = args.out
    world, labels, evid = generate(out, args.seed)
    problems = self_check(out, world, evid)
    pos = [v for v in labels.values() if v['confidential']]
    neg = [v for v in labels.values() if not v['confidential']]
    counts = dict(npos=len(pos), nneg=len(neg), pos_fr=sum(v['lang'] == 'fr' for v in pos), pos_en=sum(v['lang'] == 'en' for v in pos),
                  neg_fr=sum(v['lang'] == 'fr' for v in neg), neg_en=sum(v['lang'] == 'en' for v in neg))
    dg = digest(out)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README_TMPL.format(seed=args.seed, digest=dg, **counts))
    tcount = {}
    for v in pos:
        for t in v['types']:
            tcount[t] = tcount.get(t, 0) + 1
    print('positives: %(npos)d (fr %(pos_fr)d, en %(pos_en)d)  negatives: %(nneg)d (fr %(neg_fr)d, en %(neg_en)d)' % counts)
    print('types: ' + ', '.join('%s=%d' % (t, tcount.get(t, 0)) for t in ALL_TYPES))
    print('sha256: ' + dg)
    if problems:
        print('SELF-CHECK FAILED (%d problems):' % len(problems))
        for p in problems[:80]:
            print('  ' + p)
        sys.exit(1)
    print('self-check OK: %d files parsed and decoded' % (len(pos) + len(neg)))


if __name__ == '__main__':
    main()
