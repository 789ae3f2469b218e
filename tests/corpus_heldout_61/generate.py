#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus: geriatrics and memory clinics (held-out set 61).

Writes positive/pNNN_<category>.eml (120), negative/nNNN_<category>.eml (180) and
labels.json next to this file (or under --out DIR), deterministically from --seed.
Every person, institution, address and domain is invented.  NAMs come only from
../blind_nams.txt; every other identifier is generated valid and checked with
python-stdnum.
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
import unicodedata
import zipfile
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 6161
N_POS, N_NEG = 120, 180
TYPE_ORDER = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
              'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
              'patient_contact', 'social_information']
FIXED_ZIP_DT = (2024, 1, 15, 9, 0, 0)
FIXED_DT = dt.datetime(2024, 1, 15, 9, 0, 0)
FIXED_W3C = b'2024-01-15T09:00:00Z'
DIGITS = '0123456789'

# --------------------------------------------------------------------------- utils

def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s)
                   if unicodedata.category(c) != 'Mn')


def L(lang, fr, en):
    return fr if lang == 'fr' else en


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style=0):
    """Human date for message text."""
    if lang == 'fr':
        return [f'{d.day} {MOIS[d.month - 1]} {d.year}', d.isoformat(),
                f'{d.day:02d}/{d.month:02d}/{d.year}',
                f'{JOURS[d.weekday()]} {d.day} {MOIS[d.month - 1]}'][style % 4]
    return [f'{MONTHS[d.month - 1]} {d.day}, {d.year}', d.isoformat(),
            f'{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}',
            f'{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}'][style % 4]


def fdob(d, lang, rng):
    if lang == 'fr':
        opts = [d.isoformat(), f'{d.day:02d}/{d.month:02d}/{d.year}',
                f'{d.day} {MOIS[d.month - 1]} {d.year}', f'{d.day:02d}-{d.month:02d}-{d.year}',
                f'{d.year}/{d.month:02d}/{d.day:02d}']
    else:
        opts = [d.isoformat(), f'{MONTHS[d.month - 1]} {d.day}, {d.year}',
                f'{d.day:02d}-{MONTHS[d.month - 1][:3]}-{d.year}', f'{d.year}/{d.month:02d}/{d.day:02d}']
    return rng.choice(opts)


def age_at(dob, day):
    return day.year - dob.year - ((day.month, day.day) < (dob.month, dob.day))


TYPO_SWAPS = [('é', 'e'), ('è', 'e'), ('à', 'a'), ('ç', 'c'), ('ê', 'e')]


def typo(text, rng, rate=0.03):
    """Introduce a few realistic typos in lowercase words (never in names or numbers)."""
    out = []
    for w in re.split(r'(\s+)', text):
        if (len(w) > 4 and w.isalpha() and w.islower() and rng.random() < rate):
            k = rng.randrange(3)
            if k == 0:
                i = rng.randrange(len(w) - 1)
                w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
            elif k == 1:
                i = rng.randrange(len(w))
                w = w[:i] + w[i + 1:]
            else:
                for a, b in TYPO_SWAPS:
                    if a in w:
                        w = w.replace(a, b, 1)
                        break
                else:
                    i = rng.randrange(len(w))
                    w = w[:i] + w[i] + w[i:]
        out.append(w)
    return ''.join(out)


# --------------------------------------------------------------------------- identifiers

def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice(DIGITS) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(n, rng):
    return rng.choice([f'{n[:3]} {n[3:6]} {n[6:]}', f'{n[:3]}-{n[3:6]}-{n[6:]}', n])


def gen_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice(DIGITS) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def fmt_ohip(n, rng):
    vc = rng.choice(['', ' ' + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')])
    return rng.choice([f'{n[:4]}-{n[4:7]}-{n[7:]}{vc.replace(" ", "-")}', f'{n[:4]} {n[4:7]} {n[7:]}{vc}', n + vc])


def gen_niss(rng, dob, sex):
    while True:
        ser = rng.randint(1, 997)
        if (ser % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + f'{ser:03d}'
        num = base + f'{97 - int(base) % 97:02d}'
        if be_nn.is_valid(num):
            return num


def fmt_niss(n, rng):
    return rng.choice([f'{n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:9]}.{n[9:]}', n,
                       f'{n[:6]} {n[6:9]} {n[9:]}'])


def gen_nir(rng, dob, sex):
    while True:
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + rng.choice(
            ['75', '69', '13', '33', '59', '35', '44', '67', '31', '06']) + \
            f'{rng.randint(1, 380):03d}' + f'{rng.randint(1, 999):03d}'
        num = base + f'{97 - int(base) % 97:02d}'
        if fr_nir.is_valid(num):
            return num


def fmt_nir(n, rng):
    return rng.choice([f'{n[0]} {n[1:3]} {n[3:5]} {n[5:7]} {n[7:10]} {n[10:13]} {n[13:]}', n,
                       f'{n[:13]} {n[13:]}'])


def gen_mrn(rng):
    return f'{rng.randint(100000, 999999):06d}' if rng.random() < 0.5 else f'{rng.randint(1000000, 3999999):07d}'


def fmt_mrn(m, lang, rng):
    pre = rng.choice(['H', 'HSC-', '', '', 'D'])
    if lang == 'fr':
        lab = rng.choice(['dossier', 'no dossier', '# dossier :', 'N° de dossier', 'dos.', 'MRN'])
    else:
        lab = rng.choice(['MRN', 'chart #', 'Chart no.', 'MRN:', 'hospital #'])
    return f'{lab} {pre}{m}', f'{pre}{m}'


def fmt_nam(nam, rng, disguise=False):
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if disguise:
        return rng.choice([f'{a.lower()} {b} {c}', f'{a}-{b}-{c}', f'{a[0]} {a[1]} {a[2]} {a[3]} {b} {c}',
                           f'{a.lower()}{b}{c}', f'{a} {b}-{c}', f'{a}.{b}.{c}'])
    return rng.choice([nam, f'{a} {b} {c}', f'{a} {b} {c}', nam])


# --------------------------------------------------------------------------- people & places

STAFF_FIRST_F = ['Isabelle', 'Julie', 'Marie-Ève', 'Catherine', 'Stéphanie', 'Mélanie', 'Valérie', 'Annie',
                 'Karine', 'Chantal', 'Lyne', 'Véronique', 'Martine', 'Hélène', 'Rachel', 'Karen',
                 'Heather', 'Megan', 'Nadia', 'Amélie', 'Audrey', 'Émilie', 'Priya']
STAFF_FIRST_M = ['François', 'Mathieu', 'Alexandre', 'Sébastien', 'Philippe', 'Étienne', 'Jean-François',
                 'Luc', 'Yves', 'Patrick', 'Andrew', 'Kevin', 'Colin', 'Samir', 'Olivier', 'Hugo']
STAFF_LAST = ['Bergeron', 'Tremblay', 'Côté', 'Lavoie', 'Dubé', 'Pépin', 'Laflamme', 'Beaulieu', 'Gendron',
              'Desrosiers', 'Boisvert', 'Lemieux', 'Vaillancourt', 'Ménard', 'Turcotte', 'Labbé', 'Hébert',
              'Rioux', 'Charest', 'Caouette', 'Dion', 'Drouin', 'Lachance', 'Poulin', 'Sirois', 'McKenna',
              "O'Brien", 'Patel', 'Nguyen', 'Haddad', 'Gagnon', 'Roy', 'Morin']
PT_FIRST_F = ['Rolande', 'Thérèse', 'Gisèle', 'Lucienne', 'Yvette', 'Jeannine', 'Rita', 'Cécile', 'Huguette',
              'Pierrette', 'Colette', 'Margaret', 'Dorothy', 'Edna', 'Irene', 'Jacqueline', 'Monique']
PT_FIRST_M = ['Fernand', 'Marcel', 'Gaston', 'Réal', 'Raymond', 'Armand', 'Gérard', 'Roger', 'Lionel',
              'Harold', 'Walter', 'Jean-Guy', 'Rosaire', 'Albert', 'Bernard', 'Guy']
PT_LAST = ['Lacasse', 'Beauchemin', 'Trudel', 'Marcoux', 'Veilleux', 'Champagne', 'Auclair', 'Bédard', 'Perron',
           'Lalonde', 'Dufresne', 'Gosselin', 'Théberge', 'Morrissette', 'Paradis', 'Fleury', 'Harvey',
           'Sutherland', 'Kowalski', 'Ferreira', 'Grenier', 'Vézina', 'Blouin', 'Lessard-Piché']
BE_LAST = ['Van den Berghe', 'Dewulf', 'Pirotte', 'Goossens', 'Lambotte', 'Verhaegen']
FR_LAST = ['Lefebvre', 'Garnier', 'Chevallier', 'Moreau', 'Rousseau', 'Perrin']
ON_LAST = ['Whitfield', 'MacLean', 'Thornbury', 'Kowalczyk', 'Henderson', 'Baird']
EN_FIRST = {'Margaret', 'Dorothy', 'Edna', 'Irene', 'Harold', 'Walter'}
REL_FIRST = ['Sylvain', 'Nathalie', 'Daniel', 'Johanne', 'Martin', 'Sophie', 'Éric', 'Linda', 'Denis',
             'Carole', 'Steve', 'Brigitte', 'Michael', 'Susan']

CITIES = [('Rivière-aux-Hérons', 'QC', '819'), ('Lac-Brumeux', 'QC', '819'), ('Saint-Anselme-des-Pins', 'QC', '418'),
          ('Val-Mésange', 'QC', '450'), ("Sainte-Colombe-de-l'Anse", 'QC', '418'), ('Port-Cormier', 'QC', '581'),
          ('Maple Bend', 'QC', '450'), ('Beaurivage-Nord', 'QC', '873')]
STREETS = ['rue des Ormes', 'rang Saint-Joseph', 'boul. du Séminaire', 'chemin du Lac-Vert', 'rue Principale',
           'avenue des Pionniers', 'rue du Moulin', 'rue Sainte-Cécile', 'montée des Sources', 'rue de la Fabrique',
           'Willow Crescent', 'rue des Hirondelles']

INST = {
    'hsc': dict(fr='Hôpital Sainte-Colombe — Clinique de mémoire', en='Sainte-Colombe Hospital — Memory Clinic',
                dom='hsc.example', tel='819-555-0140'),
    'ciusss': dict(fr='CIUSSS de la Rivière-aux-Hérons — Programme SAPA', en='Rivière-aux-Hérons CIUSSS — Seniors Program',
                   dom='ciusss-rah.example', tel='819-555-0102'),
    'clsc': dict(fr='CLSC du Lac-Brumeux — Soutien à domicile', en='Lac-Brumeux CLSC — Home Care',
                 dom='clsc-lacbrumeux.example', tel='819-555-0177'),
    'chsld': dict(fr='CHSLD des Érables-Rouges', en='Érables-Rouges Long-Term Care Centre',
                  dom='chsld-erables.example', tel='418-555-0163'),
    'ugc': dict(fr="Centre hospitalier de Val-Mésange — Unité de gériatrie", en='Val-Mésange Hospital — Geriatric Unit',
                dom='chvm.example', tel='450-555-0121'),
    'cmvm': dict(fr='Clinique médicale du Vieux-Moulin', en='Vieux-Moulin Medical Clinic',
                 dom='cmvm.example', tel='819-555-0188'),
    'rgp': dict(fr='Programme gériatrique régional de l\'Est', en='Eastern Regional Geriatric Program',
                dom='rgp-east.example', tel='613-555-0131'),
}
ROLES = {
    'geri': ('Gériatre', 'Gériatre', 'Geriatrician'),
    'nurse': ('Infirmière clinicienne', 'Infirmier clinicien', 'Clinical nurse'),
    'sw': ('Travailleuse sociale', 'Travailleur social', 'Social worker'),
    'ot': ('Ergothérapeute', 'Ergothérapeute', 'Occupational therapist'),
    'clerk': ('Agente administrative', 'Agent administratif', 'Unit clerk'),
    'pharm': ('Pharmacienne', 'Pharmacien', 'Pharmacist'),
    'npsy': ('Neuropsychologue', 'Neuropsychologue', 'Neuropsychologist'),
    'gp': ('Médecin de famille', 'Médecin de famille', 'Family physician'),
    'coord': ("Coordonnatrice de l'accès à l'hébergement", "Coordonnateur de l'accès à l'hébergement", 'Placement coordinator'),
    'mgr': ('Chef de service SAPA', 'Chef de service SAPA', 'Program manager, seniors'),
    'vol': ('Responsable des bénévoles', 'Responsable des bénévoles', 'Volunteer coordinator'),
    'res': ('Coordonnatrice de recherche', 'Coordonnateur de recherche', 'Research coordinator'),
    'it': ('Technicienne en informatique', 'Technicien en informatique', 'IT technician'),
}


class Staff:
    def __init__(self, rng, role, inst=None, lang='fr'):
        self.sex = rng.choice('FM')
        self.first = rng.choice(STAFF_FIRST_F if self.sex == 'F' else STAFF_FIRST_M)
        self.last = rng.choice(STAFF_LAST)
        self.role = role
        self.inst = inst or rng.choice(list(INST))
        d = INST[self.inst]['dom']
        local = strip_accents(self.first.split('-')[0] + '.' + self.last).lower().replace("'", '').replace(' ', '')
        self.email = f'{local}@{d}'
        self.ext = rng.randint(2100, 4899)

    def title(self, lang):
        if self.role in ('geri', 'gp'):
            return L(lang, 'Dre' if self.sex == 'F' else 'Dr', 'Dr.')
        return ''

    def display(self, lang):
        t = self.title(lang)
        return (t + ' ' if t else '') + f'{self.first} {self.last}'

    def role_name(self, lang):
        r = ROLES[self.role]
        return (r[0] if self.sex == 'F' else r[1]) if lang == 'fr' else r[2]

    def addr(self, rng=None):
        if rng is not None and rng.random() < 0.3:
            return formataddr_u(f'{self.last}, {self.first}', self.email)
        return formataddr_u(f'{self.first} {self.last}', self.email)

    def signature(self, lang, rng):
        inst = INST[self.inst]
        style = rng.randrange(4)
        lines = []
        if style == 0:
            lines = ['--', self.display(lang), self.role_name(lang), inst[lang],
                     L(lang, f'Tél. : {inst["tel"]}, poste {self.ext}', f'Tel: {inst["tel"]} ext. {self.ext}')]
        elif style == 1:
            suffix = {'nurse': ', inf.', 'sw': ', T.S.', 'ot': ', erg.', 'npsy': ', Ph. D.', 'pharm': ', pharm.'}.get(self.role, '')
            lines = ['', self.display(lang) + (suffix if lang == 'fr' else ''), f'{self.role_name(lang)} | {inst[lang]}',
                     f'{inst["tel"]} #{self.ext} | {self.email}']
        elif style == 2:
            lines = ['', L(lang, 'Merci,', 'Thanks,'), self.first]
        else:
            lines = ['', L(lang, 'Cordialement,', 'Regards,'), '', self.display(lang), self.role_name(lang),
                     inst[lang], inst['tel']]
        if rng.random() < 0.35:
            lines += ['', L(lang,
                            'AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. '
                            "Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire.",
                            'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you '
                            'received it in error, please notify the sender and delete it.')]
        return '\n'.join(lines)


def formataddr_u(name, addr, charset='utf-8'):
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset=charset)


def postal(rng):
    let = 'ABCEGHJKLMNPRSTVWXYZ'
    return f'{rng.choice("GHJ")}{rng.randint(0, 9)}{rng.choice(let)} {rng.randint(0, 9)}{rng.choice(let)}{rng.randint(0, 9)}'


def phone(rng, area=None):
    area = area or rng.choice(['819', '418', '450', '514', '873', '581'])
    return rng.choice([f'{area}-555-01{rng.randint(0, 99):02d}', f'({area}) 555-01{rng.randint(0, 99):02d}',
                       f'{area} 555 01{rng.randint(0, 99):02d}'])


class Patient:
    def __init__(self, rng, last, first, sex, dob, nam=None):
        self.last, self.first, self.sex, self.dob, self.nam = last, first, sex, dob, nam
        self.mrn = gen_mrn(rng)
        city = rng.choice(CITIES)
        self.city, self.prov = city[0], city[1]
        self.street = f'{rng.randint(12, 2890)}, {rng.choice(STREETS)}' + (f', app. {rng.randint(1, 12)}' if rng.random() < 0.3 else '')
        self.postal = postal(rng)
        self.phone = phone(rng, city[2])
        self.rel_first = rng.choice(REL_FIRST)
        self.rel_last = last if rng.random() < 0.6 else rng.choice(PT_LAST + STAFF_LAST)
        self.rel_phone = phone(rng)

    def title(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Mrs.' if self.sex == 'F' else 'Mr.'

    def name(self, lang, rng, styles=None):
        styles = styles or ['full', 'tfull', 'tlast_first', 'roster', 'lastfirst', 'tfull', 'full']
        s = rng.choice(styles)
        return self.name_as(s, lang)

    def name_as(self, s, lang):
        if s == 'full':
            return f'{self.first} {self.last}'
        if s == 'tfull':
            return f'{self.title(lang)} {self.first} {self.last}'
        if s == 'tlast_first':
            return f'{self.title(lang)} {self.last} {self.first}'
        if s == 'roster':
            return f'{self.last.upper()}, {self.first}'
        if s == 'lastfirst':
            return f'{self.last} {self.first}'
        if s == 'tlast':
            return f'{self.title(lang)} {self.last}'
        if s == 'noacc':
            return strip_accents(f'{self.first} {self.last}')
        if s == 'lower':
            return f'{self.first} {self.last}'.lower()
        if s == 'initial':
            return f'{self.first[0]}. {self.last}'
        return f'{self.first} {self.last}'

    def il(self, lang):
        return L(lang, 'elle' if self.sex == 'F' else 'il', 'she' if self.sex == 'F' else 'he')

    def e(self):
        return 'e' if self.sex == 'F' else ''

    def address_line(self):
        return f'{self.street}, {self.city} ({self.prov}) {self.postal}'


def load_nams():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    people = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            last, first, dob, sex, nam = line.split()
            assert len(nam) == 12 and nam[4:].isdigit(), nam
            people.append((last, first, dt.date.fromisoformat(dob), sex, nam))
    return people


# --------------------------------------------------------------------------- MIME assembly (bytes, LF; CRLF applied at the end)

LATIN_FIX = {'’': "'", '‘': "'", '“': '"', '”': '"', '–': '-', '—': '-', '…': '...', 'œ': 'oe', 'Œ': 'OE',
             '€': 'EUR', '\u202f': ' ', '≥': '>=', '≤': '<=', '→': '->', 'µ': 'µ', '•': '*', '✓': 'v'}


def fit_charset(text, cs):
    """Return (text, charset) so that text encodes in charset; adapts punctuation for latin-1."""
    if cs == 'utf-8':
        return text, cs
    t = text
    if cs in ('iso-8859-1', 'us-ascii'):
        for a, b in LATIN_FIX.items():
            t = t.replace(a, b)
    elif cs == 'windows-1252':
        for a in ('\u202f', '≥', '≤', '→', '✓'):
            t = t.replace(a, LATIN_FIX[a])
    try:
        t.encode(cs)
        return t, cs
    except UnicodeEncodeError:
        return text, 'utf-8'


def enc_header(s, cs='utf-8'):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        s2, cs2 = fit_charset(s, cs if cs != 'us-ascii' else 'utf-8')
        return Header(s2, cs2).encode()


def leaf(ctype, body, cte, extra=()):
    h = [f'Content-Type: {ctype}', f'Content-Transfer-Encoding: {cte}'] + list(extra)
    if not body.endswith(b'\n'):
        body += b'\n'
    return ('\n'.join(h) + '\n\n').encode('ascii') + body


def text_leaf(text, subtype, cs, cte):
    text, cs = fit_charset(text, cs)
    data = text.encode(cs)
    if cs == 'us-ascii' and cte in ('8bit', 'quoted-printable', 'base64'):
        cte = '7bit' if cte == '8bit' else cte
    if cte == 'base64':
        body = base64.encodebytes(data)
    elif cte == 'quoted-printable':
        body = quopri.encodestring(data)
    else:
        body = data
        if all(b < 128 for b in data):
            cte = '7bit'
    return leaf(f'text/{subtype}; charset="{cs}"', body, cte)


def fn_params(filename):
    try:
        filename.encode('ascii')
        return f'name="{filename}"', f'filename="{filename}"'
    except UnicodeEncodeError:
        from urllib.parse import quote
        q = quote(filename.encode('utf-8'))
        return f"name*=utf-8''{q}", f"filename*=utf-8''{q}"


def attach_leaf(filename, mime, data, rng, text_cs=None):
    np_, fp = fn_params(filename)
    if text_cs and rng.random() < 0.4:
        cte = 'quoted-printable'
        body = quopri.encodestring(data)
        return leaf(f'{mime}; charset="{text_cs}"; {np_}', body, cte, [f'Content-Disposition: attachment; {fp}'])
    body = base64.encodebytes(data)
    ct = f'{mime}; charset="{text_cs}"; {np_}' if text_cs else f'{mime}; {np_}'
    return leaf(ct, body, 'base64', [f'Content-Disposition: attachment; {fp}'])


def eml_leaf(filename, inner):
    np_, fp = fn_params(filename)
    cte = '7bit' if all(b < 128 for b in inner) else '8bit'
    return leaf('message/rfc822', inner, cte, [f'Content-Disposition: attachment; {fp}'])


def multipart(sub, parts, boundary):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'.encode('ascii')
    out += b'This is a multi-part message in MIME format.\n'
    for p in parts:
        out += b'\n--' + boundary.encode() + b'\n' + p
    out += b'\n--' + boundary.encode() + b'--\n'
    return out


# --------------------------------------------------------------------------- text -> html

def table_text(header, rows, style):
    if style == 0:
        widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
        fmt = lambda r: '  '.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip()
        return '\n'.join([fmt(header), '  '.join('-' * w for w in widths)] + [fmt(r) for r in rows])
    if style == 1:
        return '\n'.join(' | '.join(str(c) for c in r) for r in [header] + rows)
    if style == 2:
        return '\n'.join('\t'.join(str(c) for c in r) for r in [header] + rows)
    return '\n'.join('- ' + ' ; '.join(str(c) for c in r) for r in rows)


def table_html(header, rows):
    h = '<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
    h += '<tr>' + ''.join(f'<th style="background:#dde">{htmlmod.escape(str(c))}</th>' for c in header) + '</tr>'
    for r in rows:
        h += '<tr>' + ''.join(f'<td>{htmlmod.escape(str(c))}</td>' for c in r) + '</tr>'
    return h + '</table>'


def text_to_html(text, table=None, font=None):
    blocks = re.split(r'\n\s*\n', text.strip('\n'))
    out = []
    for b in blocks:
        if b.strip() == '{{TABLE}}' and table:
            out.append(table_html(*table))
            continue
        lines = b.split('\n')
        if all(l.startswith('>') for l in lines):
            inner = '\n'.join(l[1:].lstrip() if l.startswith('> ') or l == '>' else l[1:] for l in lines)
            out.append('<blockquote style="border-left:2px solid #99c;margin-left:4px;padding-left:8px">'
                       + text_to_html(inner) + '</blockquote>')
        elif all(re.match(r'^(\s*[-•*]|\s*\d+[.)])\s', l) for l in lines):
            out.append('<ul>' + ''.join('<li>' + htmlmod.escape(re.sub(r'^(\s*[-•*]|\s*\d+[.)])\s+', '', l))
                                        + '</li>' for l in lines) + '</ul>')
        else:
            out.append('<p>' + '<br>\n'.join(htmlmod.escape(l) for l in lines) + '</p>')
    f = font or 'Calibri, Arial, sans-serif'
    return ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body style="font-family:{f};font-size:11pt">\n' + '\n'.join(out) + '\n</body></html>\n')


# --------------------------------------------------------------------------- attachments (reproducible)

def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.endswith('core.xml'):
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:(created|modified)>)',
                              lambda m: m.group(1) + FIXED_W3C + m.group(3), blob)
                blob = re.sub(rb'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)',
                              lambda m: m.group(1) + FIXED_W3C + m.group(2), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, author='', header=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(fit_charset(title, 'windows-1252')[0])
    c.setAuthor(author)
    c.setCreator('Gabarit clinique v2')
    y = 750
    if header:
        c.setFont('Helvetica', 8)
        c.drawString(60, 770, fit_charset(header, 'windows-1252')[0])
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, fit_charset(title, 'windows-1252')[0])
    y -= 26
    c.setFont('Helvetica', 10)
    for raw in lines:
        for line in _wrap(fit_charset(raw, 'windows-1252')[0], 95):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 750
            c.drawString(60, y, line)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author=''):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = title
    d.add_heading(title, 1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1 + len(rows), cols=len(header))
        for i, c in enumerate(header):
            t.cell(0, i).text = str(c)
        for r, row in enumerate(rows):
            for i, c in enumerate(row):
                t.cell(r + 1, i).text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheet, header, rows, author=''):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    ws = wb.active
    ws.title = sheet[:31]
    ws.append([str(c) for c in header])
    for r in rows:
        ws.append([c if isinstance(c, (int, float)) else str(c) for c in r])
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, delim=','):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delim, lineterminator='\r\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, start, minutes, summary, description, location, organizer, attendees=()):
    end = start + dt.timedelta(minutes=minutes)
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Gabarit Agenda//Clinique//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20240115T140000Z',
             f'DTSTART;TZID=America/Toronto:{f(start)}', f'DTEND;TZID=America/Toronto:{f(end)}',
             f'SUMMARY:{ics_escape(summary)}', f'DESCRIPTION:{ics_escape(description)}',
             f'LOCATION:{ics_escape(location)}', f'ORGANIZER:mailto:{organizer}']
    lines += [f'ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}' for a in attendees]
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def make_vcard(last, first, tel=None, adr=None, email_=None, org=None, title=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{last};{first};;;', f'FN:{first} {last}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}' if adr else f'TEL;TYPE=WORK,VOICE:{tel}')
    if adr:
        street, city, prov, pc = adr
        lines.append(f'ADR;TYPE=HOME:;;{street};{city};{prov};{pc};Canada')
    if email_:
        lines.append(f'EMAIL;TYPE=INTERNET:{email_}')
    if note:
        lines.append(f'NOTE:{ics_escape(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


# --------------------------------------------------------------------------- external contacts

EXT = {
    'curateur': ('Curateur public — Direction territoriale Centre', 'curateur-public.example',
                 ['signalements', 'evaluation.inaptitude', 'dt-centre']),
    'saaq': ("Service de l'évaluation médicale — permis de conduire", 'permis-evaluation.example',
             ['evaluation.medicale', 'dossiers.medicaux']),
    'alz': ('Société Alzheimer de la Haute-Brume', 'alzheimer-hautebrume.example', ['info', 'soutien', 'accueil']),
    'aidants': ('Maison des proches aidants du Lac', 'proches-aidants-lac.example', ['intervention', 'accueil']),
    'transport': ('Transport adapté Lac-Brumeux', 'ta-lacbrumeux.example', ['reservations', 'repartition']),
    'pharm': ('Pharmacie Brassard-Ouimet', 'pharm-brassard.example', ['labo', 'pharmaciens']),
    'notaire': ('Étude Dumont & Leclair, notaires', 'notaires-dumont.example', ['cdumont', 'reception']),
    'rpa': ('Résidence Les Jardins du Lac', 'jardins-du-lac.example', ['direction', 'soins']),
    'mah': ("Mécanisme d'accès à l'hébergement", 'ciusss-rah.example', ['mah.hebergement', 'acces.hebergement']),
    'fht': ('Kawartha Ridge Family Health Team', 'krfht.example', ['referrals', 'intake']),
}


def ext_addr(key, rng):
    name, dom, locs = EXT[key]
    return formataddr_u(name, f'{rng.choice(locs)}@{dom}')


def family_addr(p, rng):
    local = strip_accents(f'{p.rel_first}.{p.rel_last}').lower().replace(' ', '').replace("'", '')
    return formataddr_u(f'{p.rel_first} {p.rel_last}', f'{local}{rng.randint(1, 99)}@courriel.example')


# --------------------------------------------------------------------------- context

class Ctx:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nam_people = load_nams()
        self.msgcount = 0
        # geriatric-age holders of a NAM first, the younger adults for driving / early-onset cases
        self.old = [p for p in self.nam_people if p[2].year <= 1961]
        self.mid = [p for p in self.nam_people if 1961 < p[2].year <= 1984]
        self.rng.shuffle(self.old)
        self.rng.shuffle(self.mid)
        self.i_old = 0
        self.i_mid = 0
        self.used_nams = []

    def date(self):
        rng = self.rng
        while True:
            d = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 325))
            if d.weekday() < 5 or rng.random() < 0.08:
                break
        h = rng.choice([7, 8, 8, 9, 9, 10, 10, 11, 13, 13, 14, 14, 15, 15, 16, 16, 17, 19, 21])
        t = dt.datetime(d.year, d.month, d.day, h, rng.randint(0, 59), rng.randint(0, 59))
        off = -4 if dt.date(2024, 3, 10) <= d < dt.date(2024, 11, 3) else -5
        return t.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))

    def nam_patient(self, kind='old'):
        if kind == 'mid' and self.mid:
            rec = self.mid[self.i_mid % len(self.mid)]
            self.i_mid += 1
        else:
            rec = self.old[self.i_old % len(self.old)]
            self.i_old += 1
        last, first, dob, sex, nam = rec
        self.used_nams.append(nam)
        return Patient(self.rng, last, first, sex, dob, nam)

    def plain_patient(self, pool_last=None, min_year=1928, max_year=1952, french_first=False):
        rng = self.rng
        sex = rng.choice('FM')
        pool = PT_FIRST_F if sex == 'F' else PT_FIRST_M
        if french_first:
            pool = [n for n in pool if n not in EN_FIRST]
        first = rng.choice(pool)
        last = rng.choice(pool_last or PT_LAST)
        dob = dt.date(rng.randint(min_year, max_year), rng.randint(1, 12), rng.randint(1, 28))
        return Patient(rng, last, first, sex, dob, None)

    def staff(self, role, inst=None):
        return Staff(self.rng, role, inst)

    def msgid(self, dom):
        self.msgcount += 1
        return f'<{self.rng.getrandbits(64):016x}.{self.msgcount}@{dom}>'


# --------------------------------------------------------------------------- rendering

MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.6',
           'Zimbra 9.0 (ZimbraWebClient)', 'Apple Mail (2.3774)', None, None]


def choose_transport(rng, lang, msg):
    structure = msg.get('structure') or rng.choices(['plain', 'alt', 'html'], [0.45, 0.37, 0.18])[0]
    if lang == 'fr':
        cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [0.55, 0.25, 0.2])[0]
    else:
        cs = rng.choices(['utf-8', 'us-ascii', 'windows-1252', 'iso-8859-1'], [0.55, 0.15, 0.2, 0.1])[0]
    cs = msg.get('charset') or cs
    if cs == 'utf-8':
        cte = rng.choices(['quoted-printable', 'base64', '8bit'], [0.4, 0.3, 0.3])[0]
    else:
        cte = rng.choices(['quoted-printable', '8bit', 'base64'], [0.55, 0.3, 0.15])[0]
    cte = msg.get('cte') or cte
    nl = msg.get('newline') or rng.choice(['\r\n', '\n'])
    return structure, cs, cte, nl


def render(ctx, msg, inner=False):
    rng = ctx.rng
    lang = msg['lang']
    structure, cs, cte, nl = choose_transport(rng, lang, msg)
    sender = msg['from']
    frm_dom = sender.email.split('@')[1]
    date = msg.get('date') or ctx.date()
    msg['date'] = date
    text = msg['text']
    table = msg.get('table')
    tstyle = rng.randrange(4)
    plain = text.replace('{{TABLE}}', table_text(table[0], table[1], tstyle)) if table else text
    html = msg.get('html') or text_to_html(text, table, rng.choice([None, 'Arial, sans-serif', 'Segoe UI, sans-serif', 'Verdana']))
    parts = []
    if structure == 'plain':
        body = text_leaf(plain, 'plain', cs, cte)
    elif structure == 'html':
        body = text_leaf(html.replace('charset=utf-8', f'charset={fit_charset(html, cs)[1]}'), 'html', cs, cte)
    else:
        b = f'----=_Alt_{rng.getrandbits(48):012x}'
        body = multipart('alternative', [text_leaf(plain, 'plain', cs, cte),
                                         text_leaf(html.replace('charset=utf-8', f'charset={fit_charset(html, cs)[1]}'),
                                                   'html', cs, rng.choice(['quoted-printable', 'base64', cte]))], b)
    atts = msg.get('attachments') or []
    if atts:
        for a in atts:
            if a[0] == 'eml':
                parts.append(eml_leaf(a[1], a[2]))
            else:
                fn, mime, data, tcs = a
                parts.append(attach_leaf(fn, mime, data, rng, tcs))
        b = f'----=_Mix_{rng.getrandbits(48):012x}'
        root = multipart('mixed', [body] + parts, b)
    else:
        root = body
    hdrs = [f'From: {sender.addr(rng)}']
    hdrs.append('To: ' + ', '.join(msg['to']))
    if msg.get('cc'):
        hdrs.append('Cc: ' + ', '.join(msg['cc']))
    hdrs.append('Subject: ' + enc_header(msg['subject'], cs))
    hdrs.append('Date: ' + format_datetime(date))
    hdrs.append('Message-ID: ' + ctx.msgid(frm_dom))
    if msg.get('reply'):
        ref = f'<{rng.getrandbits(64):016x}@{rng.choice(list(INST.values()))["dom"]}>'
        hdrs.append('In-Reply-To: ' + ref)
        hdrs.append('References: ' + ref)
    hdrs.append('MIME-Version: 1.0')
    mailer = rng.choice(MAILERS)
    if mailer and not inner:
        hdrs.append(f'X-Mailer: {mailer}')
    if rng.random() < 0.3:
        hdrs.append('Content-Language: ' + L(lang, 'fr-CA', 'en-CA'))
    if msg.get('importance') or rng.random() < 0.08:
        hdrs.append('Importance: High')
    raw = ('\n'.join(hdrs) + '\n').encode('ascii') + root
    if inner:
        return raw
    return raw.replace(b'\r\n', b'\n').replace(b'\n', nl.encode())


def quote_block(lang, who, when, text, rng):
    style = rng.randrange(3)
    if style == 0:
        head = L(lang, f'Le {fdate(when.date(), lang, 0)} à {when:%H:%M}, {who} a écrit :',
                 f'On {fdate(when.date(), lang, 0)} at {when:%H:%M}, {who} wrote:')
        return head + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))
    if style == 1:
        return L(lang, '-----Message d\'origine-----\nDe : ', '-----Original Message-----\nFrom: ') + who + '\n' + \
            L(lang, 'Envoyé : ', 'Sent: ') + f'{fdate(when.date(), lang, 0)} {when:%H:%M}' + '\n\n' + text
    return L(lang, '________________________________\nDe : ', '________________________________\nFrom: ') + who + \
        '\n' + L(lang, 'Date : ', 'Date: ') + when.strftime('%Y-%m-%d %H:%M') + '\n\n' + text


def forward_block(lang, who, to, when, subject, text):
    return L(lang, '---------- Message transféré ---------\nDe : ', '---------- Forwarded message ---------\nFrom: ') + \
        who + '\n' + L(lang, 'Date : ', 'Date: ') + when.strftime('%Y-%m-%d %H:%M') + '\n' + \
        L(lang, 'Objet : ', 'Subject: ') + subject + '\n' + L(lang, 'À : ', 'To: ') + to + '\n\n' + text


# --------------------------------------------------------------------------- clinical vocabulary

DX = [("trouble neurocognitif majeur dû à la maladie d'Alzheimer, stade léger",
       "major neurocognitive disorder due to Alzheimer's disease, mild stage"),
      ("trouble neurocognitif majeur d'étiologie mixte (Alzheimer et vasculaire), stade modéré",
       'mixed Alzheimer/vascular dementia, moderate stage'),
      ('trouble neurocognitif léger de type amnésique', 'amnestic mild cognitive impairment'),
      ('démence à corps de Lewy probable', 'probable dementia with Lewy bodies'),
      ('démence frontotemporale, variante comportementale', 'behavioural-variant frontotemporal dementia'),
      ('démence vasculaire post-AVC', 'post-stroke vascular dementia'),
      ('maladie de Parkinson avec trouble neurocognitif majeur', "Parkinson's disease with major neurocognitive disorder"),
      ("maladie d'Alzheimer, stade modéré à sévère", "Alzheimer's disease, moderate to severe stage"),
      ('aphasie primaire progressive, variante logopénique', 'primary progressive aphasia, logopenic variant')]
DX_SHORT = [('TNC majeur type Alzheimer', 'Alzheimer dementia'), ('TNCM mixte', 'mixed dementia'),
            ('TNC léger', 'MCI'), ('DCL', 'Lewy body dementia'), ('DFT', 'FTD'), ('démence vasc.', 'vascular dementia'),
            ('MA modérée', "moderate Alzheimer's")]
DX_MID = [("séquelles d'AVC ischémique sylvien droit avec héminégligence gauche",
           'right MCA ischemic stroke with left hemineglect'),
          ('traumatisme craniocérébral modéré (accident de VTT, 2023)', 'moderate traumatic brain injury (ATV crash, 2023)'),
          ('trouble neurocognitif majeur à début précoce, variante frontale', 'early-onset dementia, frontal variant'),
          ('sclérose en plaques avec atteinte cognitive', 'multiple sclerosis with cognitive involvement'),
          ('épilepsie focale mal contrôlée', 'poorly controlled focal epilepsy')]
MEDS_COG = [('donépézil 5 mg DIE', 'donepezil 5 mg daily'), ('donépézil 10 mg HS', 'donepezil 10 mg at bedtime'),
            ('galantamine ER 16 mg DIE', 'galantamine ER 16 mg daily'),
            ('rivastigmine timbre 9,5 mg/24 h', 'rivastigmine patch 9.5 mg/24 h'),
            ('mémantine 10 mg BID', 'memantine 10 mg BID')]
MEDS_OTHER = [('quétiapine 12,5 mg HS PRN', 'quetiapine 12.5 mg qHS PRN'), ('trazodone 25 mg HS', 'trazodone 25 mg qHS'),
              ('sertraline 50 mg DIE', 'sertraline 50 mg daily'), ('mirtazapine 15 mg HS', 'mirtazapine 15 mg qHS'),
              ('apixaban 2,5 mg BID', 'apixaban 2.5 mg BID'), ('métoprolol 25 mg BID', 'metoprolol 25 mg BID'),
              ('atorvastatine 20 mg DIE', 'atorvastatin 20 mg daily'), ('lévothyroxine 75 mcg DIE', 'levothyroxine 75 mcg daily'),
              ('oxybutynine 5 mg BID', 'oxybutynin 5 mg BID'), ('lorazépam 1 mg HS', 'lorazepam 1 mg qHS'),
              ('halopéridol 0,5 mg SC q4h PRN', 'haloperidol 0.5 mg SC q4h PRN'), ('furosémide 40 mg DIE', 'furosemide 40 mg daily')]
REL_F = {'Nathalie', 'Johanne', 'Sophie', 'Linda', 'Carole', 'Brigitte', 'Susan'}


def num(x, lang):
    s = f'{x}'
    return s.replace('.', ',') if lang == 'fr' else s


def lab_lines(rng, lang, k=3):
    b12 = rng.randint(92, 175)
    tsh = round(rng.uniform(4.6, 9.8), 1)
    na = rng.randint(125, 132)
    cr = rng.randint(118, 168)
    dfg = rng.randint(28, 52)
    a1c = round(rng.uniform(7.2, 9.4), 1)
    ca = round(rng.uniform(2.62, 2.88), 2)
    fol = round(rng.uniform(4.0, 6.5), 1)
    opts = [(f'B12 {b12} pmol/L (bas)', f'B12 {b12} pmol/L (low)'),
            (f'TSH {num(tsh, "fr")} mUI/L', f'TSH {tsh} mIU/L'),
            (f'Na {na} mmol/L', f'Na {na} mmol/L'),
            (f'créatinine {cr} µmol/L, DFGe {dfg}', f'creatinine {cr} umol/L, eGFR {dfg}'),
            (f'HbA1c {num(a1c, "fr")} %', f'HbA1c {a1c}%'),
            (f'calcium corrigé {num(ca, "fr")} mmol/L', f'corrected calcium {ca} mmol/L'),
            (f'folates {num(fol, "fr")} nmol/L', f'folate {fol} nmol/L')]
    rng.shuffle(opts)
    return [o[0] if lang == 'fr' else o[1] for o in opts[:k]]


def rel_role(p, lang):
    f = p.rel_first in REL_F
    if p.rel_last != p.last:
        return L(lang, 'nièce' if f else 'neveu', 'niece' if f else 'nephew')
    return L(lang, 'fille' if f else 'fils', 'daughter' if f else 'son')


def social(p, lang, rng, k=2):
    e = p.e()
    rr = rel_role(p, lang)
    rel = f'{p.rel_first} {p.rel_last}'
    il = p.il(lang)
    opts = [(f'vit seul{e} dans un logement au 2e étage sans ascenseur', 'lives alone in a second-floor walk-up'),
            (f'{rel}, sa {rr}' if rr in ('fille', 'nièce') else f'{rel}, son {rr}',
             f'{rel}, {"her" if p.sex == "F" else "his"} {rr}'),
            (f'veu{"ve" if p.sex == "F" else "f"} depuis 2021', 'widowed since 2021'),
            ('factures impayées, avis de coupure d\'Hydro reçu en février', 'unpaid bills, utility disconnection notice in February'),
            ('refuse les services du CLSC pour le moment', 'currently refuses home-care services'),
            (f'{il} conduit encore pour ses courses', f'{il} still drives to do groceries'),
            (f'a été retrouvé{e} désorienté{e} par la police vers 2 h du matin', 'was found disoriented by police around 2 a.m.'),
            ('mandat de protection notarié signé en 2015, non homologué', 'notarial protection mandate signed in 2015, not homologated'),
            (f'ancien{"ne" if p.sex == "F" else ""} {"enseignante" if p.sex == "F" else "camionneur"}',
             'retired ' + ('teacher' if p.sex == 'F' else 'truck driver')),
            (f'conjoint{e if False else ""} également en perte d\'autonomie', 'spouse also losing autonomy')]
    pick = rng.sample(opts, k)
    out = []
    for fr, en in pick:
        if fr.startswith(rel):
            fr += ', est la principale personne proche aidante et semble épuisée'
            en += ', is the main caregiver and seems exhausted'
        out.append(fr if lang == 'fr' else en)
    return out


def T(*types):
    return [t for t in TYPE_ORDER if t in types]


def M(cat, lang, frm, to, subject, text, types, note, **kw):
    d = {'cat': cat, 'lang': lang, 'from': frm, 'to': to, 'subject': subject, 'text': text,
         'types': T(*types), 'note': note, 'ids': []}
    d.update(kw)
    return d


def pick_lang(rng, p_fr=0.68):
    return 'fr' if rng.random() < p_fr else 'en'


# =========================================================================== POSITIVE templates

def p_cog_consult(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient('old' if rng.random() < 0.85 else 'mid')
    geri, gp = ctx.staff('geri', 'hsc'), ctx.staff('gp', 'cmvm')
    date = ctx.date()
    age = age_at(p.dob, date.date())
    dx = rng.choice(DX)[lang == 'en']
    moca = rng.randint(12, 25)
    mmse = min(30, moca + rng.randint(2, 5))
    med = rng.choice(MEDS_COG)[lang == 'en']
    labs = lab_lines(rng, lang, rng.randint(2, 3))
    soc = social(p, lang, rng, 2)
    nm = p.name(lang, rng)
    namf = fmt_nam(p.nam, rng)
    dobf = fdob(p.dob, lang, rng)
    types = ['patient_name', 'diagnosis', 'lab_result', 'medication', 'social_information']
    ids = []
    hdr = [L(lang, f'Patient{p.e()} : {nm}', f'Patient: {nm}')]
    if rng.random() < 0.8:
        hdr.append(f'NAM : {namf}' if lang == 'fr' else f'RAMQ: {namf}')
        types.append('ramq_nam')
        ids.append(namf)
    if rng.random() < 0.7:
        hdr.append(L(lang, f'DDN : {dobf}', f'DOB: {dobf}'))
        types.append('date_of_birth')
    yrs = rng.randint(1, 4)
    if lang == 'fr':
        body = (f'{gp.display(lang)},\n\nMerci de m\'avoir adressé {p.title(lang)} {p.last}, {age} ans, pour une plainte '
                f'mnésique évoluant depuis environ {yrs} ans.\n\n'
                f'Évaluation cognitive : MoCA {moca}/30 (rappel différé {rng.randint(0, 3)}/5), MMSE {mmse}/30, '
                f'horloge {rng.randint(0, 3)}/3.\nBilan sanguin : {", ".join(labs)}.\n'
                'TDM cérébrale : atrophie hippocampique bilatérale, leucoaraïose modérée.\n\n'
                f'Impression : {dx}.\n\nSituation sociale : {"; ".join(soc)}.\n\nPlan :\n'
                f'- débuter {med}, réévaluation dans 3 mois\n- référence SAD pour évaluation de la sécurité à domicile\n'
                '- discuter du mandat de protection avec la famille\n')
    else:
        body = (f'Dear {gp.display(lang)},\n\nThank you for referring {p.title(lang)} {p.last}, age {age}, for memory '
                f'complaints of about {yrs} years.\n\n'
                f'Cognitive testing: MoCA {moca}/30 (delayed recall {rng.randint(0, 3)}/5), MMSE {mmse}/30, '
                f'clock {rng.randint(0, 3)}/3.\nBloodwork: {", ".join(labs)}.\n'
                'CT head: bilateral hippocampal atrophy, moderate small-vessel disease.\n\n'
                f'Impression: {dx}.\n\nSocial: {"; ".join(soc)}.\n\nPlan:\n'
                f'- start {med}, reassess in 3 months\n- home-care referral for a home safety assessment\n'
                '- discuss a protection mandate with the family\n')
    body = typo(body, rng, 0.02)
    letter = '\n'.join(hdr) + '\n\n' + body
    mode = rng.choice(['body', 'body', 'pdf', 'pdf_generic'])
    subj = rng.choice([L(lang, f'Consultation clinique de mémoire - {p.last} {p.first}', f'Memory clinic consult - {p.first} {p.last}'),
                       L(lang, f'Lettre de consultation : {nm}', f'Consult letter: {nm}'),
                       L(lang, 'Consultation gériatrique', 'Geriatric consultation')])
    if mode == 'pdf_generic':
        subj = L(lang, 'Consultation gériatrique', 'Geriatric consultation')
    sig = geri.signature(lang, rng)
    atts = []
    if mode == 'body':
        text = letter + '\n' + sig
    else:
        pdf = make_pdf(L(lang, 'Consultation — Clinique de mémoire', 'Consultation — Memory Clinic'),
                       letter.split('\n') + ['', geri.display(lang), geri.role_name(lang)],
                       author=f'{geri.first} {geri.last}', header=INST['hsc'][lang])
        fn = rng.choice([f'consultation_{strip_accents(p.last).lower()}.pdf', f'CONSULT_{date:%Y%m%d}.pdf', 'lettre_consultation.pdf'])
        atts.append((fn, 'application/pdf', pdf, None))
        if mode == 'pdf':
            text = L(lang, f'Bonjour,\n\nVoici ma lettre de consultation pour {nm}. Bonne lecture.\n',
                     f'Hello,\n\nPlease find attached my consult letter for {nm}.\n') + '\n' + sig
        else:
            text = L(lang, 'Bonjour,\n\nCi-joint la lettre demandée.\n', 'Hi,\n\nLetter attached as requested.\n') + '\n' + sig
    return M('cognitive_assessment', lang, geri, [gp.addr(rng)], subj, text, types,
             f'memory-clinic consult letter ({mode})', date=date, attachments=atts, ids=ids)


def p_cog_followup(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.4 else ctx.plain_patient()
    nurse, geri = ctx.staff('nurse', 'hsc'), ctx.staff('geri', 'hsc')
    mrnf, mrn = fmt_mrn(p.mrn, lang, rng)
    moca = rng.randint(11, 24)
    prev = moca + rng.randint(1, 4)
    med = rng.choice(MEDS_COG)[lang == 'en']
    se = rng.choice([('nausées et perte de 2 kg', 'nausea and 2 kg weight loss'), ('cauchemars', 'vivid dreams'),
                     ('bradycardie à 52/min', 'bradycardia at 52/min'), ('aucun effet secondaire', 'no side effects')])[lang == 'en']
    nm = p.name(lang, rng, ['tlast', 'tfull', 'full', 'lastfirst'])
    types = ['patient_name', 'mrn', 'diagnosis', 'medication']
    if lang == 'fr':
        text = (f'Bonjour {geri.first},\n\nSuivi tél. fait ce matin avec {nm} ({mrnf}) et sa {rng.choice(["fille", "conjointe", "nièce"])}.\n'
                f'MoCA refait à la clinique mardi : {moca}/30 (vs {prev}/30 en janvier). {rng.choice(DX_SHORT)[0]} connu.\n'
                f'Tolère {med} : {se}.\nEst-ce qu\'on augmente la dose ou on attend la prochaine visite? '
                'Je peux faire l\'ordonnance verbale si tu es d\'accord.\n\n' + nurse.signature(lang, rng))
    else:
        text = (f'Hi {geri.first},\n\nPhone follow-up this morning with {nm} ({mrnf}) and family.\n'
                f'Repeat MoCA at clinic on Tuesday: {moca}/30 (was {prev}/30 in January). Known {rng.choice(DX_SHORT)[1]}.\n'
                f'On {med}: {se}.\nDo we titrate now or wait for the next visit? I can take a verbal order if you agree.\n\n'
                + nurse.signature(lang, rng))
    text = typo(text, rng, 0.03)
    subj = rng.choice([L(lang, f'Suivi MoCA {p.last}', f'MoCA follow-up {p.last}'), L(lang, 'suivi tél.', 'phone f/u'),
                       L(lang, f'Q titration - {mrn}', f'titration question - {mrn}')])
    return M('cognitive_followup', lang, nurse, [geri.addr(rng)], subj, text, types, 'nurse follow-up with MoCA and med',
             ids=[mrn])


def p_driving_report(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient('mid' if rng.random() < 0.45 else 'old')
    ot, geri = ctx.staff('ot', rng.choice(['hsc', 'ugc'])), ctx.staff('geri', 'hsc')
    date = ctx.date()
    age = age_at(p.dob, date.date())
    dx = (rng.choice(DX_MID) if p.dob.year > 1961 else rng.choice(DX))[lang == 'en']
    trailb = rng.randint(180, 300)
    res = rng.choice(['fail', 'fail', 'cond'])
    namf = fmt_nam(p.nam, rng)
    dobf = fdob(p.dob, lang, rng)
    types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'social_information']
    if lang == 'fr':
        concl = ('ÉCHEC — erreurs critiques (non-respect d\'un arrêt obligatoire, dérive de voie, intervention du moniteur '
                 'au frein à deux reprises). Recommandation : suspension du permis de conduire.'
                 if res == 'fail' else
                 'RÉUSSITE CONDITIONNELLE — conduite de jour seulement, rayon de 15 km, réévaluation dans 12 mois.')
        lines = ['ÉVALUATION DE LA CONDUITE AUTOMOBILE — RAPPORT D\'ERGOTHÉRAPIE', '',
                 f'Nom : {p.last.upper()}, {p.first}', f'Date de naissance : {dobf}    Âge : {age} ans', f'NAM : {namf}',
                 f'Permis classe 5 — usager{"ère" if p.sex == "F" else ""} depuis {p.dob.year + 18}', '',
                 f'Diagnostic(s) : {dx}', f'Tests hors route : Trail Making B {trailb} s ({rng.randint(3, 9)} erreurs), '
                 f'UFOV sous-test 2 : {rng.randint(250, 500)} ms, champs visuels OK', '',
                 f'Essai sur route ({rng.randint(35, 55)} min, véhicule à double commande) :', concl, '',
                 'Le client a été informé verbalement. La famille est avisée et planifie le transport.']
    else:
        concl = ('FAIL — critical errors (rolled through a stop sign, lane drift, instructor braked twice). '
                 'Recommendation: licence suspension.' if res == 'fail' else
                 'CONDITIONAL PASS — daytime only, 15 km radius, reassess in 12 months.')
        lines = ['DRIVING EVALUATION — OCCUPATIONAL THERAPY REPORT', '', f'Name: {p.last.upper()}, {p.first}',
                 f'DOB: {dobf}    Age: {age}', f'RAMQ: {namf}', f'Class 5 licence since {p.dob.year + 18}', '',
                 f'Diagnosis: {dx}', f'Off-road: Trails B {trailb} s ({rng.randint(3, 9)} errors), UFOV subtest 2 '
                 f'{rng.randint(250, 500)} ms, visual fields normal', '',
                 f'On-road ({rng.randint(35, 55)} min, dual-brake car):', concl, '',
                 'Client informed verbally. Family aware and arranging transportation.']
    mode = rng.choice(['body', 'pdf', 'docx'])
    to = [ext_addr('saaq', rng)] if rng.random() < 0.5 else [geri.addr(rng)]
    subj = rng.choice([L(lang, f'Rapport évaluation conduite - {p.last}', f'Driving eval report - {p.last}'),
                       L(lang, 'Évaluation de la conduite automobile', 'Driving assessment'),
                       L(lang, f'Conduite auto : {p.first} {p.last}', f'Driving: {p.first} {p.last}')])
    sig = ot.signature(lang, rng)
    atts = []
    if mode == 'body':
        text = L(lang, 'Bonjour,\n\nVoici le rapport de l\'évaluation faite aujourd\'hui.\n\n',
                 'Hello,\n\nReport from today\'s assessment below.\n\n') + '\n'.join(lines) + '\n\n' + sig
    else:
        fn = f'eval_conduite_{strip_accents(p.last)}_{p.first[0]}.{mode}'
        if mode == 'pdf':
            data = make_pdf(lines[0], lines[2:], author=f'{ot.first} {ot.last}', header=INST[ot.inst][lang])
            atts.append((fn, 'application/pdf', data, None))
        else:
            data = make_docx(lines[0], lines[2:], author=f'{ot.first} {ot.last}')
            atts.append((fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data, None))
        text = L(lang, 'Bonjour,\n\nVous trouverez ci-joint mon rapport. N\'hésitez pas si vous avez des questions.\n\n',
                 'Hi,\n\nMy report is attached. Let me know if you have questions.\n\n') + sig
    return M('driving_fitness', lang, ot, to, subj, text, types, f'OT on-road driving report ({mode})', date=date,
             attachments=atts, ids=[namf])


def p_driving_notice(ctx, lang):
    rng = ctx.rng
    p = ctx.plain_patient() if rng.random() < 0.6 else ctx.nam_patient()
    geri = ctx.staff('geri', 'hsc')
    dx = rng.choice(DX_SHORT)[lang == 'en']
    rr = rel_role(p, lang)
    types = ['patient_name', 'diagnosis', 'social_information']
    nm = p.name(lang, rng, ['tfull', 'full', 'tlast'])
    if p.nam is not None and rng.random() < 0.7:
        namf = fmt_nam(p.nam, rng)
        extra = L(lang, f' (NAM {namf})', f' (RAMQ {namf})')
        types.append('ramq_nam')
        ids = [namf]
    else:
        extra, ids = '', []
    if lang == 'fr':
        text = (f'Bonjour {p.rel_first},\n\nComme discuté au téléphone, je vous confirme que j\'ai dû faire une déclaration '
                f'à la SAAQ concernant votre {"mère" if p.sex == "F" else "père"}, {nm}{extra}. Compte tenu de son '
                f'{dx} et du résultat de l\'évaluation en ergothérapie, {p.il(lang)} ne doit plus conduire à compter '
                'd\'aujourd\'hui.\n\nJe sais que c\'est difficile. Il serait prudent de garder les clés de la voiture '
                'hors de sa portée. La travailleuse sociale de la clinique peut vous aider pour le transport adapté.\n\n'
                + geri.signature(lang, rng))
        subj = rng.choice(['Conduite automobile', f'Suite à notre appel - {p.first}', 'Permis de conduire / SAAQ'])
    else:
        text = (f'Dear {p.rel_first},\n\nAs discussed by phone, I have filed a report with the licensing authority about '
                f'your {"mother" if p.sex == "F" else "father"}, {nm}{extra}. Given the {dx} and the OT driving '
                f'results, {p.il(lang)} must stop driving as of today.\n\nI know this is hard. Please keep the car keys out '
                'of reach. Our social worker can help set up paratransit.\n\n' + geri.signature(lang, rng))
        subj = rng.choice(['Driving', f'Following our call - {p.first}', 'Driver licence'])
    return M('driving_fitness', lang, geri, [family_addr(p, rng)], subj, typo(text, rng, 0.02), types,
             'physician tells family patient must stop driving', ids=ids)


def p_curatelle(ctx, lang):
    rng = ctx.rng
    lang = 'fr' if rng.random() < 0.85 else lang
    p = ctx.nam_patient()
    sw = ctx.staff('sw', rng.choice(['ciusss', 'hsc', 'ugc']))
    namf = fmt_nam(p.nam, rng)
    dobf = fdob(p.dob, lang, rng)
    dx = rng.choice(DX)[lang == 'en']
    types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'social_information']
    ids = [namf]
    sin_line = ''
    if rng.random() < 0.5:
        s = fmt_sin(gen_sin(rng), rng)
        sin_line = L(lang, f'NAS : {s}\n', f'SIN: {s}\n')
        types.append('ca_sin')
        ids.append(s)
    contact = ''
    if rng.random() < 0.5:
        contact = L(lang, f'Adresse : {p.address_line()}\n', f'Address: {p.address_line()}\n')
        types.append('patient_contact')
    rel = f'{p.rel_first} {p.rel_last}'
    regime = rng.choice([('tutelle', 'tutorship'), ('curatelle', 'curatorship'), ('représentation temporaire', 'temporary representation')])
    if lang == 'fr':
        text = (f'Bonjour,\n\nJe vous transmets une demande d\'ouverture de {regime[0]} pour l\'usager{"ère" if p.sex == "F" else ""} suivant{p.e()} :\n\n'
                f'Nom : {p.last}, {p.first}\nDate de naissance : {dobf}\nNAM : {namf}\n{sin_line}{contact}\n'
                f'Évaluation médicale (Dre/Dr au dossier) : {dx}; inaptitude à administrer ses biens et à prendre soin '
                'de sa personne jugée totale et permanente.\n'
                f'Évaluation psychosociale : aucun mandat de protection; {rel} ({rel_role(p, lang)}) a été approché{"e" if p.rel_first in REL_F else ""} '
                'mais refuse d\'agir comme représentant. Retraits bancaires inexpliqués d\'environ 14 000 $ depuis l\'automne.\n\n'
                'Les rapports signés suivront par la poste sécurisée. Merci de me confirmer la réception.\n\n' + sw.signature(lang, rng))
        subj = rng.choice([f'Demande ouverture {regime[0]} - {p.last} {p.first}', 'Demande de régime de protection',
                           f'Curateur public - nouvelle demande ({p.last})'])
    else:
        text = (f'Hello,\n\nPlease find below a request to open {regime[1]} for the following client:\n\n'
                f'Name: {p.last}, {p.first}\nDOB: {dobf}\nRAMQ: {namf}\n{sin_line}{contact}\n'
                f'Medical assessment: {dx}; total and permanent incapacity to manage property and person.\n'
                f'Psychosocial assessment: no protection mandate; {rel} ({rel_role(p, lang)}) was approached but declined. '
                'Unexplained withdrawals of about $14,000 since the fall.\n\nSigned reports will follow by secure mail.\n\n'
                + sw.signature(lang, rng))
        subj = rng.choice([f'Protective supervision request - {p.last}', 'Request for protective supervision'])
    return M('guardianship', lang, sw, [ext_addr('curateur', rng)], subj, text, types,
             'request to the Curateur public for a protective regime', ids=ids)


def p_mandat(ctx, lang):
    rng = ctx.rng
    lang = 'fr' if rng.random() < 0.8 else lang
    p = ctx.nam_patient() if rng.random() < 0.5 else ctx.plain_patient()
    sw = ctx.staff('sw', 'ciusss')
    dx = rng.choice(DX)[lang == 'en']
    nm = f'{p.first} {p.last}'
    soc = social(p, lang, rng, 3)
    types = ['patient_name', 'diagnosis', 'social_information']
    ids = []
    paras = [L(lang, f'Usager : {p.last.upper()}, {p.first}', f'Client: {p.last.upper()}, {p.first}')]
    if p.nam:
        namf = fmt_nam(p.nam, rng)
        paras.append(f'NAM : {namf}')
        types.append('ramq_nam')
        ids.append(namf)
    else:
        mrnf, mrn = fmt_mrn(p.mrn, lang, rng)
        paras.append(mrnf)
        types.append('mrn')
        ids.append(mrn)
    dobf = fdob(p.dob, lang, rng)
    paras.append(L(lang, f'Né{p.e()} le {dobf}', f'Born {dobf}'))
    types.append('date_of_birth')
    paras += [L(lang, 'ÉVALUATION PSYCHOSOCIALE — HOMOLOGATION D\'UN MANDAT DE PROTECTION',
                'PSYCHOSOCIAL ASSESSMENT — HOMOLOGATION OF A PROTECTION MANDATE'),
              L(lang, f'Diagnostic médical : {dx}.', f'Medical diagnosis: {dx}.'),
              L(lang, 'Contexte : ', 'Background: ') + '; '.join(soc) + '.',
              L(lang, f'Mandataire désigné : {p.rel_first} {p.rel_last} ({rel_role(p, lang)}). Capacité et disponibilité confirmées.',
                f'Named mandatary: {p.rel_first} {p.rel_last} ({rel_role(p, lang)}). Capacity and availability confirmed.'),
              L(lang, 'Opinion : inaptitude partielle mais permanente; homologation recommandée.',
                'Opinion: partial but permanent incapacity; homologation recommended.')]
    docx_ = make_docx(L(lang, 'Évaluation psychosociale', 'Psychosocial assessment'), paras, author=f'{sw.first} {sw.last}')
    fn = rng.choice([f'eval_psychosociale_{strip_accents(p.last).lower()}.docx', 'evaluation_psychosociale_finale.docx',
                     f'EPS_{p.last[:3].upper()}_{p.first[0]}.docx'])
    text = L(lang, f'Maître,\n\nTel que convenu, voici l\'évaluation psychosociale pour le dossier d\'homologation de {nm}. '
                   'Le rapport médical suivra la semaine prochaine.\n\n',
             f'Dear Counsel,\n\nAs agreed, attached is the psychosocial assessment for the homologation file of {nm}. '
             'The medical report will follow next week.\n\n') + sw.signature(lang, rng)
    subj = rng.choice([L(lang, f'Homologation mandat - {nm}', f'Mandate homologation - {nm}'),
                       L(lang, 'Évaluation psychosociale', 'Psychosocial assessment')])
    return M('guardianship', lang, sw, [ext_addr('notaire', rng)], subj, text, types,
             'psychosocial assessment DOCX for protection-mandate homologation',
             attachments=[(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx_, None)], ids=ids)


def p_elder_abuse(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.45 else ctx.plain_patient()
    author = ctx.staff(rng.choice(['nurse', 'sw', 'ot']), rng.choice(['clsc', 'ciusss', 'ugc']))
    coord = ctx.staff('sw', 'ciusss')
    kind = rng.randrange(3)
    rel = f'{p.rel_first} {p.rel_last}'
    rr = rel_role(p, lang)
    types = ['patient_name', 'social_information']
    ids = []
    nm = p.name(lang, rng, ['tfull', 'full', 'tlast_first', 'roster'])
    if lang == 'fr':
        facts = [f'{rel} ({rr}), qui habite avec {p.il(lang) == "elle" and "elle" or "lui"}, détient la carte bancaire et '
                 'effectue des retraits de 500 $ presque chaque semaine; le compte est à découvert depuis mars.',
                 f'Ecchymoses aux deux avant-bras observées lors du bain; {p.il(lang)} dit avoir « peur de déranger » et '
                 f'ne veut pas que {rel} soit informé{"e" if p.rel_first in REL_F else ""}.',
                 'Isolement : le téléphone est débranché, la famille refuse l\'accès aux intervenantes depuis deux visites.'][kind]
        text = (f'Bonjour {coord.first},\n\nJe souhaite te faire part d\'une situation de maltraitance présumée pour '
                f'{nm}, {age_at(p.dob, dt.date(2024, 6, 1))} ans, suivi{p.e()} en SAD.\n\n{facts}\n\n')
    else:
        facts = [f'{rel} ({rr}), who lives with the client, holds the bank card and withdraws about $500 almost every '
                 'week; the account has been overdrawn since March.',
                 f'Bruising on both forearms noted during bathing; the client says {p.il(lang)} is "afraid to be a '
                 f'bother" and does not want {rel} to be told.',
                 'Isolation: the phone is unplugged and the family has refused staff access on the last two visits.'][kind]
        text = (f'Hi {coord.first},\n\nI want to flag a suspected elder-abuse situation for {nm}, age '
                f'{age_at(p.dob, dt.date(2024, 6, 1))}, followed by home care.\n\n{facts}\n\n')
    if rng.random() < 0.6:
        dx = rng.choice(DX_SHORT)[lang == 'en']
        text += L(lang, f'Contexte clinique : {dx}, MoCA {rng.randint(9, 20)}/30 en 2023.\n', f'Clinical context: {dx}, MoCA {rng.randint(9, 20)}/30 in 2023.\n')
        types.append('diagnosis')
    if rng.random() < 0.5:
        text += L(lang, f'Adresse : {p.address_line()} — tél. {p.phone}\n', f'Address: {p.address_line()} — tel. {p.phone}\n')
        types.append('patient_contact')
    if p.nam and rng.random() < 0.8:
        namf = fmt_nam(p.nam, rng, disguise=rng.random() < 0.3)
        text += f'NAM : {namf}\n'
        types.append('ramq_nam')
        ids.append(namf)
    elif rng.random() < 0.5:
        mrnf, mrn = fmt_mrn(p.mrn, lang, rng)
        text += mrnf + '\n'
        types.append('mrn')
        ids.append(mrn)
    text += L(lang, '\nPeut-on en discuter au comité de mardi? Je n\'ai pas encore fait de signalement formel.\n',
              '\nCan we discuss at Tuesday\'s committee? No formal report filed yet.\n')
    text = typo(text, rng, 0.02) + '\n' + author.signature(lang, rng)
    subj = rng.choice([L(lang, 'Situation de maltraitance présumée', 'Suspected elder abuse'),
                       L(lang, f'Maltraitance - {p.last}', f'Abuse concern - {p.last}'),
                       L(lang, 'Confidentiel - à discuter', 'Confidential - to discuss')])
    msg = M('elder_abuse', lang, author, [coord.addr(rng)], subj, text, types, 'suspected elder abuse report', ids=ids)
    if rng.random() < 0.4:
        mgr = ctx.staff('mgr', 'ciusss')
        when = ctx.date()
        msg['text'] = L(lang, f'{mgr.first}, pour ton information — situation à suivre.\n\n',
                        f'{mgr.first}, FYI — needs follow-up.\n\n') + coord.signature(lang, rng) + '\n\n' + \
            forward_block(lang, author.addr(), coord.email, when, subj, text)
        msg['from'] = coord
        msg['to'] = [mgr.addr(rng)]
        msg['subject'] = L(lang, 'TR: ', 'Fwd: ') + subj
        msg['note'] += ' (inline forward)'
    return msg


def p_caregiver(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.35 else ctx.plain_patient()
    sw = ctx.staff('sw', rng.choice(['hsc', 'clsc']))
    zarit = rng.randint(38, 68)
    dx = rng.choice(DX_SHORT)[lang == 'en']
    sp_f = p.sex == 'M'
    spouse = rng.choice(PT_FIRST_F if sp_f else PT_FIRST_M)
    types = ['patient_name', 'diagnosis', 'social_information']
    ids = []
    tel = p.phone
    if lang == 'fr':
        text = (f'Bonjour,\n\nJe vous réfère {spouse} {p.last}, {"conjointe" if sp_f else "conjoint"} et proche aidant{"e" if sp_f else ""} '
                f'de {p.title(lang)} {p.first} {p.last}, suivi{p.e()} à notre clinique pour un {dx}.\n\n'
                f'Échelle de Zarit : {zarit}/88 (fardeau sévère). Nuits interrompues (errance nocturne), '
                f'{spouse} a elle-même des problèmes cardiaques. Aimerait du répit le jeudi et le groupe de soutien.\n\n'
                f'On peut les joindre au {tel} (plutôt en avant-midi).\n')
    else:
        text = (f'Hello,\n\nI am referring {spouse} {p.last}, spouse and caregiver of {p.title(lang)} {p.first} {p.last}, '
                f'followed at our clinic for {dx}.\n\nZarit burden score {zarit}/88 (severe). Broken nights (night-time '
                f'wandering), and {spouse} has heart problems of their own. Would like Thursday respite and the support group.\n\n'
                f'Best reached at {tel} (mornings).\n')
    types.append('patient_contact')
    if p.nam and rng.random() < 0.5:
        namf = fmt_nam(p.nam, rng)
        text += L(lang, f'Pour votre formulaire d\'admission : NAM de l\'usager {namf}.\n', f'For your intake form: patient RAMQ {namf}.\n')
        types.append('ramq_nam')
        ids.append(namf)
    text += '\n' + sw.signature(lang, rng)
    subj = rng.choice([L(lang, 'Référence - soutien proche aidant', 'Referral - caregiver support'),
                       L(lang, f'Répit pour la famille {p.last}', f'Respite for the {p.last} family'),
                       L(lang, 'Nouvelle référence', 'New referral')])
    return M('caregiver_support', lang, sw, [ext_addr(rng.choice(['aidants', 'alz']), rng)], subj, typo(text, rng, 0.02),
             types, 'caregiver burnout referral naming patient', ids=ids)


ISO_SMAF = list(range(4, 15))


def p_ltc_request(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient()
    coord = ctx.staff(rng.choice(['sw', 'nurse']), rng.choice(['ugc', 'clsc', 'hsc']))
    namf = fmt_nam(p.nam, rng)
    dobf = fdob(p.dob, lang, rng)
    prof = rng.choice(ISO_SMAF)
    dx = rng.choice(DX)[lang == 'en']
    meds = [rng.choice(MEDS_COG)[lang == 'en'], rng.choice(MEDS_OTHER)[lang == 'en']]
    soc = social(p, lang, rng, 2)
    types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication', 'social_information']
    if lang == 'fr':
        text = (f'Bonjour,\n\nDemande d\'hébergement en CHSLD — priorité {rng.choice(["urgente (NSA)", "régulière", "élevée"])}\n\n'
                f'Usager : {p.last}, {p.first}  |  DDN {dobf}  |  NAM {namf}\n'
                f'Profil ISO-SMAF : {prof}\nDiagnostic principal : {dx}\nMédication pertinente : {", ".join(meds)}\n'
                f'Comportements : errance, refus de soins d\'hygiène, {rng.choice(["agressivité verbale en soirée", "chutes répétées (3 depuis avril)", "fugue de la RPA en mai"])}\n'
                f'Situation : {"; ".join(soc)}.\n\nPréférence de milieu : CHSLD des Érables-Rouges (proximité de la famille).\n\n')
    else:
        text = (f'Hello,\n\nLong-term care placement request — priority {rng.choice(["urgent (ALC)", "routine", "high"])}\n\n'
                f'Client: {p.last}, {p.first}  |  DOB {dobf}  |  RAMQ {namf}\n'
                f'ISO-SMAF profile: {prof}\nMain diagnosis: {dx}\nRelevant meds: {", ".join(meds)}\n'
                f'Behaviours: wandering, refuses personal care, {rng.choice(["verbal aggression in the evening", "repeated falls (3 since April)", "left the seniors residence unaccompanied in May"])}\n'
                f'Situation: {"; ".join(soc)}.\n\nPreferred site: Érables-Rouges LTC (close to family).\n\n')
    text += coord.signature(lang, rng)
    subj = rng.choice([L(lang, f'Demande hébergement - {p.last} {p.first}', f'LTC request - {p.last}, {p.first}'),
                       L(lang, 'Demande MAH', 'Placement request'), L(lang, f'NSA {p.last} — demande CHSLD', f'ALC {p.last} - LTC')])
    return M('ltc_placement', lang, coord, [ext_addr('mah', rng)], subj, text, types, 'CHSLD placement request', ids=[namf])


def p_waitlist_roster(ctx, lang):
    rng = ctx.rng
    coord = ctx.staff('coord', 'ciusss')
    n = rng.randint(5, 9)
    pts = [ctx.nam_patient() if rng.random() < 0.6 else ctx.plain_patient() for _ in range(n)]
    types = ['patient_name', 'date_of_birth', 'diagnosis']
    ids = []
    header = L(lang, ['Nom', 'Prénom', 'DDN', 'NAM / dossier', 'ISO-SMAF', 'Milieu actuel', 'Attente (j)', 'Motif'],
               ['Last name', 'First name', 'DOB', 'RAMQ / MRN', 'ISO-SMAF', 'Current setting', 'Wait (d)', 'Reason'])
    rows = []
    has_nam = has_mrn = False
    for p in pts:
        if p.nam:
            ident = fmt_nam(p.nam, rng)
            has_nam = True
        else:
            ident = p.mrn
            has_mrn = True
        ids.append(ident)
        rows.append([p.last.upper(), p.first, p.dob.isoformat(), ident, rng.choice(ISO_SMAF),
                     rng.choice(L(lang, ['NSA 4e Nord', 'domicile', 'RPA', 'RI', 'NSA UCDG'],
                                  ['ALC 4 North', 'home', 'seniors residence', 'intermediate resource', 'ALC geri unit'])),
                     rng.randint(12, 240), rng.choice(DX_SHORT)[lang == 'en']])
    if has_nam:
        types.append('ramq_nam')
    if has_mrn:
        types.append('mrn')
    fmt = rng.choice(['xlsx', 'csv', 'inline'])
    date = ctx.date()
    subj = rng.choice([L(lang, f'Liste d\'attente hébergement au {date:%Y-%m-%d}', f'LTC wait list as of {date:%Y-%m-%d}'),
                       L(lang, 'Liste nominative - comité d\'accès', 'Named list - access committee')])
    atts = []
    if fmt == 'inline':
        text = L(lang, 'Bonjour à tous,\n\nVoici la liste pour le comité de jeudi :\n\n{{TABLE}}\n\n',
                 'Hi all,\n\nHere is the list for Thursday\'s committee:\n\n{{TABLE}}\n\n') + coord.signature(lang, rng)
        return M('ltc_waitlist', lang, coord, [ctx.staff('mgr', 'ciusss').addr(rng), ext_addr('mah', rng)], subj, text, types,
                 'named LTC wait list table', table=(header, rows), date=date, ids=ids)
    if fmt == 'xlsx':
        data = make_xlsx(L(lang, 'Attente', 'Waitlist'), header, rows, author=f'{coord.first} {coord.last}')
        atts.append((f'liste_attente_{date:%Y%m%d}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data, None))
    else:
        cs = rng.choice(['utf-8', 'windows-1252'])
        data = make_csv(header, rows, rng.choice([',', ';'])).encode(cs if cs == 'utf-8' else 'cp1252')
        atts.append((f'attente_hebergement_{date:%m%d}.csv', 'text/csv', data, cs))
    text = L(lang, 'Bonjour,\n\nCi-joint la liste à jour. Merci de ne pas la transférer à l\'extérieur du comité.\n\n',
             'Hello,\n\nUpdated list attached. Please do not forward outside the committee.\n\n') + coord.signature(lang, rng)
    return M('ltc_waitlist', lang, coord, [ctx.staff('mgr', 'ciusss').addr(rng)], subj, text, types,
             f'named LTC wait list ({fmt})', attachments=atts, date=date, ids=ids)


def p_home_care(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.5 else ctx.plain_patient()
    geri = ctx.staff(rng.choice(['geri', 'nurse']), 'hsc')
    dx = rng.choice(DX_SHORT)[lang == 'en']
    types = ['patient_name', 'patient_contact', 'diagnosis']
    ids = []
    idline = ''
    if p.nam and rng.random() < 0.7:
        namf = fmt_nam(p.nam, rng)
        idline = f'NAM : {namf}\n' if lang == 'fr' else f'RAMQ #: {namf}\n'
        types.append('ramq_nam')
        ids.append(namf)
    if rng.random() < 0.5:
        idline += L(lang, f'DDN : {fdob(p.dob, lang, rng)}\n', f'DOB: {fdob(p.dob, lang, rng)}\n')
        types.append('date_of_birth')
    needs = rng.sample(L(lang, ['aide au bain 2x/sem', 'pilulier hebdomadaire', 'évaluation ergo de la sécurité (cuisinière)',
                                'popote roulante', 'surveillance de la prise du donépézil'],
                         ['bathing help twice a week', 'weekly blister pack', 'OT safety evaluation (stove)',
                          'meals on wheels', 'supervision of donepezil intake']), 3)
    if any('donép' in x or 'donep' in x for x in needs):
        types.append('medication')
    if lang == 'fr':
        text = (f'Bonjour,\n\nNouvelle demande de services SAD :\n\n{p.last.upper()} {p.first}\n{idline}'
                f'{p.street}\n{p.city} (QC) {p.postal}\nTél. : {p.phone}\n'
                f'Personne-ressource : {p.rel_first} {p.rel_last}, {p.rel_phone}\n\n'
                f'Diagnostic : {dx}. Besoins : ' + '; '.join(needs) + '.\n\n')
    else:
        text = (f'Hello,\n\nNew home-care referral:\n\n{p.last.upper()} {p.first}\n{idline}'
                f'{p.street}\n{p.city}, QC {p.postal}\nPhone: {p.phone}\n'
                f'Contact person: {p.rel_first} {p.rel_last}, {p.rel_phone}\n\n'
                f'Diagnosis: {dx}. Needs: ' + '; '.join(needs) + '.\n\n')
    text += geri.signature(lang, rng)
    subj = rng.choice([L(lang, 'Demande de services SAD', 'Home care referral'), L(lang, f'Réf SAD {p.last}', f'HC referral {p.last}')])
    return M('home_care', lang, geri, [formataddr_u('Accueil SAD', 'accueil.sad@clsc-lacbrumeux.example')], subj, text, types,
             'home-care referral with address and phone', ids=ids)


def p_transport(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.4 else ctx.plain_patient()
    clerk = ctx.staff('clerk', 'hsc')
    d = ctx.date()
    appt = (d + dt.timedelta(days=rng.randint(5, 20))).date()
    hh = rng.choice(['8 h 30', '9 h 15', '10 h', '13 h 30', '14 h'])
    types = ['patient_name', 'patient_contact']
    ids = []
    extra = ''
    if rng.random() < 0.5:
        extra += L(lang, f'Date de naissance : {fdob(p.dob, lang, rng)}\n', f'Date of birth: {fdob(p.dob, lang, rng)}\n')
        types.append('date_of_birth')
    if p.nam and rng.random() < 0.5:
        namf = fmt_nam(p.nam, rng, disguise=rng.random() < 0.3)
        extra += f'NAM : {namf}\n'
        types.append('ramq_nam')
        ids.append(namf)
    mob = rng.choice(L(lang, ['marchette', 'fauteuil roulant', 'canne', 'autonome'], ['walker', 'wheelchair', 'cane', 'independent']))
    if rng.random() < 0.5:
        extra += L(lang, f'Particularité : {"usagère désorientée, doit être accompagnée" if p.sex == "F" else "usager désorienté, doit être accompagné"} jusqu\'à la porte de la clinique de mémoire.\n',
                   'Note: client is disoriented and must be walked to the memory clinic door.\n')
        types.append('diagnosis')
    if lang == 'fr':
        text = (f'Bonjour,\n\nSVP réserver un transport aller-retour :\n\nUsager : {p.name(lang, rng, ["tfull", "full", "roster"])}\n'
                f'Adresse : {p.street}, {p.city}\nTél. : {p.phone}\n{extra}Aide à la mobilité : {mob}\n'
                f'Rendez-vous : {fdate(appt, lang, rng.randrange(4))} à {hh}, Hôpital Sainte-Colombe, porte 3\n\nMerci!\n\n')
    else:
        text = (f'Hello,\n\nPlease book a round trip:\n\nClient: {p.name(lang, rng, ["tfull", "full", "roster"])}\n'
                f'Address: {p.street}, {p.city}\nPhone: {p.phone}\n{extra}Mobility aid: {mob}\n'
                f'Appointment: {fdate(appt, lang, rng.randrange(4))} at {hh.replace(" h ", ":").replace(" h", ":00")}, Sainte-Colombe Hospital, door 3\n\nThanks!\n\n')
    text += clerk.signature(lang, rng)
    subj = rng.choice([L(lang, 'Réservation transport adapté', 'Paratransit booking'),
                       L(lang, f'Transport {p.last} {appt:%d/%m}', f'Transport {p.last} {appt:%m/%d}')])
    return M('transport_booking', lang, clerk, [ext_addr('transport', rng)], subj, typo(text, rng, 0.02), types,
             'transport booking with address and phone', date=d, ids=ids)


def p_ics(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.6 else ctx.plain_patient()
    clerk = ctx.staff('clerk', 'hsc')
    geri = ctx.staff(rng.choice(['geri', 'npsy', 'ot']), 'hsc')
    d = ctx.date()
    start = dt.datetime.combine((d + dt.timedelta(days=rng.randint(3, 30))).date(), dt.time(rng.choice([8, 9, 10, 13, 14]), rng.choice([0, 30])))
    types = ['patient_name']
    ids = []
    what = rng.choice(L(lang, ['Évaluation neuropsychologique', 'Clinique de mémoire — 1re visite', 'Évaluation conduite (ergo)',
                               'Annonce diagnostique + famille'],
                        ['Neuropsych testing', 'Memory clinic — new patient', 'OT driving assessment', 'Diagnosis disclosure + family']))
    desc = L(lang, f'Usager : {p.last}, {p.first}\n', f'Patient: {p.last}, {p.first}\n')
    if p.nam:
        namf = fmt_nam(p.nam, rng)
        desc += f'NAM : {namf}\n'
        types.append('ramq_nam')
        ids.append(namf)
    else:
        mrnf, mrn = fmt_mrn(p.mrn, lang, rng)
        desc += mrnf + '\n'
        types.append('mrn')
        ids.append(mrn)
    if rng.random() < 0.6:
        desc += L(lang, f'Tél. famille : {p.rel_phone} ({p.rel_first})\n', f'Family phone: {p.rel_phone} ({p.rel_first})\n')
        types.append('patient_contact')
    if rng.random() < 0.6:
        dx = rng.choice(DX_SHORT)[lang == 'en']
        desc += L(lang, f'Motif : {dx} — prévoir 2 h, apporter lunettes et liste de médicaments', f'Reason: {dx} — 2 h slot, bring glasses and med list')
        types.append('diagnosis')
    ics = make_ics(f'{rng.getrandbits(64):016x}@hsc.example', start, 120, f'{what} — {p.last} {p.first[0]}.', desc,
                   L(lang, 'Clinique de mémoire, local B-214', 'Memory clinic, room B-214'), clerk.email, [geri.email])
    text = L(lang, f'Bonjour {geri.first},\n\nJe t\'envoie l\'invitation pour le rendez-vous. La famille est confirmée.\n\n',
             f'Hi {geri.first},\n\nSending the invite for the appointment. Family confirmed.\n\n') + clerk.signature(lang, rng)
    return M('appointment_ics', lang, clerk, [geri.addr(rng)], L(lang, f'Invitation : {what}', f'Invitation: {what}'), text, types,
             'calendar invite with patient details in ICS', date=d,
             attachments=[('invite.ics', 'text/calendar', ics.encode('utf-8'), 'utf-8')], ids=ids)


def p_vcard(ctx, lang):
    rng = ctx.rng
    p = ctx.plain_patient() if rng.random() < 0.6 else ctx.nam_patient()
    nurse = ctx.staff('nurse', rng.choice(['clsc', 'hsc']))
    other = ctx.staff('nurse', 'clsc')
    dx = rng.choice(DX_SHORT)[lang == 'en']
    note = L(lang, f'{dx}. Errance. Code de porte 4412. Clé chez la voisine.', f'{dx}. Wanders. Door code 4412. Key with neighbour.')
    vc = make_vcard(p.last, p.first, tel=p.phone, adr=(p.street, p.city, 'QC', p.postal), note=note)
    types = ['patient_name', 'patient_contact', 'diagnosis']
    nouv = 'de la nouvelle usagère' if p.sex == 'F' else 'du nouvel usager'
    text = L(lang, f'Salut {other.first},\n\nCoordonnées {nouv} pour ta tournée de jeudi (fiche jointe).\n\n',
             f'Hi {other.first},\n\nContact card for the new client on your Thursday route (attached).\n\n') + nurse.signature(lang, rng)
    fn = f'{strip_accents(p.first)}_{strip_accents(p.last)}.vcf'.replace(' ', '_')
    return M('patient_contact_card', lang, nurse, [other.addr(rng)], L(lang, 'Nouvelle usagère / nouvel usager - tournée', 'New client - route'),
             text, types, 'patient vCard with home address and clinical note',
             attachments=[(fn, 'text/vcard', vc.encode('utf-8'), 'utf-8')])


def p_med_rec(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.4 else ctx.plain_patient()
    ph = ctx.staff('pharm', rng.choice(['ugc', 'hsc']))
    geri = ctx.staff('geri', ph.inst)
    meds = [rng.choice(MEDS_COG)[lang == 'en']] + [m[lang == 'en'] for m in rng.sample(MEDS_OTHER, rng.randint(3, 5))]
    mrnf, mrn = fmt_mrn(p.mrn, lang, rng)
    types = ['patient_name', 'mrn', 'medication', 'diagnosis']
    ids = [mrn]
    rows = [[m, rng.choice(L(lang, ['continuer', 'cesser', 'diminuer', 'à revoir'], ['continue', 'stop', 'taper', 'review']))] for m in meds]
    dx = rng.choice(DX_SHORT)[lang == 'en']
    if lang == 'fr':
        text = (f'Bonjour Dr{"e" if geri.sex == "F" else ""} {geri.last},\n\nBilan comparatif des médicaments — {p.name(lang, rng)} ({mrnf}), '
                f'admis{p.e()} pour délirium sur {dx}.\n\n{{{{TABLE}}}}\n\n'
                f'Score anticholinergique (ACB) élevé : {rng.randint(4, 7)}. Je suggère de cesser l\'oxybutynine et de '
                'revoir la benzodiazépine.\n\n')
    else:
        text = (f'Dear Dr. {geri.last},\n\nMedication reconciliation — {p.name(lang, rng)} ({mrnf}), admitted with delirium '
                f'on {dx}.\n\n{{{{TABLE}}}}\n\nAnticholinergic burden (ACB) high: {rng.randint(4, 7)}. Suggest stopping '
                'oxybutynin and reviewing the benzodiazepine.\n\n')
    text += ph.signature(lang, rng)
    return M('med_reconciliation', lang, ph, [geri.addr(rng)], L(lang, f'BCM - {p.last}', f'Med rec - {p.last}'), text, types,
             'medication reconciliation table', table=(L(lang, ['Médicament', 'Action'], ['Medication', 'Action']), rows), ids=ids)


def p_labs(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.5 else ctx.plain_patient()
    sender = ctx.staff(rng.choice(['nurse', 'geri']), 'hsc')
    gp = ctx.staff('gp', 'cmvm')
    labs = lab_lines(rng, lang, rng.randint(3, 4))
    types = ['patient_name', 'lab_result']
    ids = []
    if p.nam and rng.random() < 0.7:
        idf = fmt_nam(p.nam, rng)
        types.append('ramq_nam')
    else:
        idf, raw = fmt_mrn(p.mrn, lang, rng)
        types.append('mrn')
        idf = idf
        ids.append(raw)
    if 'ramq_nam' in types:
        ids.append(idf)
    nm = p.name(lang, rng, ['roster', 'lastfirst', 'tfull', 'full'])
    if lang == 'fr':
        text = (f'Bonjour,\n\nRésultats du bilan de TNC réversible pour {nm} — {idf} :\n\n' + '\n'.join('- ' + l for l in labs) +
                '\n\nLa B12 basse pourrait contribuer au tableau. Pouvez-vous débuter la supplémentation? '
                'On reverra à la clinique dans 3 mois.\n\n')
    else:
        text = (f'Hello,\n\nReversible-dementia workup for {nm} — {idf}:\n\n' + '\n'.join('- ' + l for l in labs) +
                '\n\nLow B12 may be contributing. Could you start supplementation? We will see them again in 3 months.\n\n')
    text += sender.signature(lang, rng)
    if rng.random() < 0.3:
        types.append('medication')
        text = text.replace(L(lang, 'débuter la supplémentation', 'start supplementation'),
                            L(lang, 'débuter cyanocobalamine 1000 mcg IM q1 mois', 'start cyanocobalamin 1000 mcg IM monthly'))
    return M('lab_results', lang, sender, [gp.addr(rng)], rng.choice([L(lang, 'Résultats de laboratoire', 'Lab results'),
                                                                     L(lang, f'Bilan {p.last}', f'Labs {p.last}')]),
             typo(text, rng, 0.02), types, 'lab results with identifier', ids=ids)


def p_clinic_roster(ctx, lang):
    rng = ctx.rng
    clerk = ctx.staff('clerk', 'hsc')
    n = rng.randint(5, 8)
    pts = [ctx.plain_patient() if rng.random() < 0.7 else ctx.nam_patient() for _ in range(n)]
    d = ctx.date()
    times = sorted(rng.sample(['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '13:00', '13:30', '14:00', '14:30', '15:00'], n))
    reasons = L(lang, ['1re visite - plainte mnésique', 'suivi TNC majeur', 'annonce dx', 'suivi mémantine', 'réévaluation MoCA',
                       'SCPD - agitation', 'évaluation aptitude'],
                ['new - memory complaint', 'dementia f/u', 'dx disclosure', 'memantine f/u', 'repeat MoCA', 'BPSD - agitation',
                 'capacity assessment'])
    rows = [[t, p.name_as('roster', lang), p.mrn, p.dob.isoformat(), rng.choice(reasons)] for t, p in zip(times, pts)]
    header = L(lang, ['Heure', 'Usager', 'Dossier', 'DDN', 'Motif'], ['Time', 'Patient', 'MRN', 'DOB', 'Reason'])
    text = L(lang, f'Bonjour l\'équipe,\n\nHoraire de la clinique de mémoire pour {fdate(d.date(), lang, 3)} :\n\n{{{{TABLE}}}}\n\n'
                   'Les dossiers sont prêts au poste. Bonne journée!\n\n',
             f'Hi team,\n\nMemory clinic schedule for {fdate(d.date(), lang, 3)}:\n\n{{{{TABLE}}}}\n\nCharts are ready at the desk.\n\n') + \
        clerk.signature(lang, rng)
    staff_to = [ctx.staff(r, 'hsc').addr(rng) for r in ('geri', 'nurse', 'npsy')]
    return M('clinic_roster', lang, clerk, staff_to, L(lang, f'Horaire clinique mémoire {d:%d/%m}', f'Memory clinic list {d:%m/%d}'),
             text, ['patient_name', 'mrn', 'date_of_birth', 'diagnosis'], 'daily memory-clinic roster table',
             table=(header, rows), structure=rng.choice(['html', 'alt']), date=d, ids=[r[2] for r in rows])


def p_reply_quoted(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.5 else ctx.plain_patient()
    a = ctx.staff(rng.choice(['sw', 'nurse', 'ot']), rng.choice(['hsc', 'clsc']))
    b = ctx.staff(rng.choice(['geri', 'sw', 'coord']), rng.choice(['hsc', 'ciusss']))
    dx = rng.choice(DX)[lang == 'en']
    soc = social(p, lang, rng, 2)
    types = ['patient_name', 'diagnosis', 'social_information']
    ids = []
    nm = p.name(lang, rng)
    orig = L(lang, f'Bonjour {b.first},\n\nPour {nm} : {dx}. ' + '; '.join(soc) + '.\n',
             f'Hi {b.first},\n\nRe {nm}: {dx}. ' + '; '.join(soc) + '.\n')
    if rng.random() < 0.5:
        if p.nam:
            x = fmt_nam(p.nam, rng)
            orig += f'NAM {x}\n'
            types.append('ramq_nam')
        else:
            x = fmt_mrn(p.mrn, lang, rng)[1]
            orig += L(lang, f'Dossier {x}\n', f'MRN {x}\n')
            types.append('mrn')
        ids.append(x)
    orig += L(lang, f'Peux-tu {"la" if p.sex == "F" else "le"} voir cette semaine? La famille est inquiète.\n',
              f'Can you see {"her" if p.sex == "F" else "him"} this week? Family is worried.\n') + \
        f'\n{a.first}\n'
    when = ctx.date()
    reply = rng.choice(L(lang, ['Oui, jeudi 14 h ça me va.', 'Ok je m\'en occupe.', 'Bien reçu, je te reviens demain.',
                                'Parfait, mets-le/la sur ma liste svp.'],
                         ['Yes, Thursday 2 pm works.', 'OK, on it.', 'Got it, will get back to you tomorrow.', 'Sure, add them to my list.']))
    text = reply + '\n\n' + b.signature(lang, rng) + '\n\n' + quote_block(lang, a.addr(), when, orig, rng)
    subj = L(lang, 'RE: ', 'RE: ') + rng.choice([L(lang, 'demande', 'request'), p.last, L(lang, 'à voir svp', 'please see')])
    return M('reply_thread', lang, b, [a.addr(rng)], subj, text, types, 'short reply; patient details only in quoted text',
             reply=True, ids=ids)


def p_attached_eml(ctx, lang):
    rng = ctx.rng
    inner = p_elder_abuse(ctx, lang) if rng.random() < 0.5 else p_cog_followup(ctx, lang)
    inner['attachments'] = []
    inner_bytes = render(ctx, inner, inner=True)
    fwd = ctx.staff(rng.choice(['mgr', 'sw', 'geri']), 'ciusss')
    to = ctx.staff(rng.choice(['geri', 'sw', 'mgr']), 'hsc')
    text = L(lang, f'{to.first},\n\nFYI — voir le courriel joint. On en parle à la réunion.\n\n', f'{to.first},\n\nFYI — see attached e-mail. Let\'s discuss at the meeting.\n\n') + \
        fwd.signature(lang, rng)
    return M(inner['cat'] + '_eml', lang, fwd, [to.addr(rng)], L(lang, 'TR: ', 'FW: ') + inner['subject'], text, inner['types'],
             'benign cover note; patient details in attached .eml', attachments=[('eml', 'message.eml', inner_bytes)], ids=inner['ids'])


def p_zip_bundle(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient()
    sw = ctx.staff(rng.choice(['sw', 'coord']), 'ugc')
    namf = fmt_nam(p.nam, rng)
    dx = rng.choice(DX)[lang == 'en']
    lines = [L(lang, f'Usager : {p.last}, {p.first}', f'Client: {p.last}, {p.first}'), f'NAM : {namf}',
             L(lang, f'DDN : {p.dob.isoformat()}', f'DOB: {p.dob.isoformat()}'),
             L(lang, f'Diagnostic : {dx}', f'Diagnosis: {dx}'),
             L(lang, f'Profil ISO-SMAF {rng.choice(ISO_SMAF)}; besoin de surveillance 24 h', f'ISO-SMAF profile {rng.choice(ISO_SMAF)}; needs 24 h supervision')]
    pdf = make_pdf(L(lang, 'Sommaire d\'hospitalisation', 'Discharge summary'), lines, author=f'{sw.first} {sw.last}')
    docx_ = make_docx(L(lang, 'Évaluation de l\'autonomie (OEMC)', 'Functional assessment'), lines + social(p, lang, rng, 2),
                      author=f'{sw.first} {sw.last}')
    z = make_zip([('sommaire.pdf', pdf), ('OEMC_evaluation.docx', docx_),
                  ('LISEZMOI.txt', L(lang, 'Documents pour le comité d\'admission.\r\n', 'Documents for the admission committee.\r\n').encode('utf-8'))])
    text = L(lang, 'Bonjour,\n\nVoici le dossier complet (zip) pour la demande d\'admission discutée ce matin.\n\n',
             'Hello,\n\nFull package (zip) for the admission request we discussed this morning.\n\n') + sw.signature(lang, rng)
    return M('ltc_placement_zip', lang, sw, [ext_addr(rng.choice(['mah', 'rpa']), rng)], L(lang, 'Dossier admission', 'Admission package'),
             text, ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'social_information'],
             'ZIP with PDF and DOCX holding patient data', attachments=[(f'dossier_{date_tag(rng)}.zip', 'application/zip', z, None)], ids=[namf])


def date_tag(rng):
    return f'2024{rng.randint(1, 11):02d}{rng.randint(1, 28):02d}'


def p_subject_only(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.4 else ctx.plain_patient()
    a, b = ctx.staff(rng.choice(['nurse', 'sw', 'geri']), 'hsc'), ctx.staff(rng.choice(['geri', 'sw']), 'hsc')
    k = rng.randrange(4)
    types = ['patient_name']
    if k == 0:
        subj = L(lang, f'{p.title(lang)} {p.last} {p.first} - MoCA {rng.randint(9, 19)}/30, aptitude?', f'{p.first} {p.last} - MoCA {rng.randint(9, 19)}/30, capacity?')
        types += ['diagnosis']
    elif k == 1:
        subj = L(lang, f'{p.last.upper()} {p.first} : signalement curateur à faire', f'{p.last.upper()} {p.first}: guardianship referral needed')
        types += ['social_information']
    elif k == 2:
        subj = L(lang, f'{p.first} {p.last} — fugue de la RPA cette nuit', f'{p.first} {p.last} — wandered off from residence last night')
        types += ['social_information']
    else:
        subj = L(lang, f'{p.last} {p.first} ({p.dob:%Y-%m-%d}) démence Lewy - quétiapine?', f'{p.last} {p.first} ({p.dob:%Y-%m-%d}) Lewy body - quetiapine?')
        types += ['date_of_birth', 'diagnosis', 'medication']
    text = rng.choice(L(lang, ['Peux-tu me rappeler quand tu as 5 min? Merci', 'Voir dossier, on en parle au caucus.', 'à discuter svp',
                               'Je suis au poste jusqu\'à 16h.'],
                        ['Can you call me when you have 5 min? Thanks', 'See chart, let\'s talk at huddle.', 'to discuss pls',
                         'I\'m at the desk until 4.']))
    text += '\n\n' + a.signature(lang, rng)
    return M('subject_leak', lang, a, [b.addr(rng)], subj, text, types, 'patient details only in Subject')


def p_filename_leak(ctx, lang):
    rng = ctx.rng
    p = ctx.plain_patient() if rng.random() < 0.5 else ctx.nam_patient()
    a = ctx.staff(rng.choice(['npsy', 'ot', 'geri']), 'hsc')
    b = ctx.staff(rng.choice(['geri', 'gp']), rng.choice(['hsc', 'cmvm']))
    kind = rng.choice(['npsy', 'inapt', 'conduite'])
    fn = {'npsy': f'Rapport_neuropsy_{strip_accents(p.last).upper()}_{p.first}_TNC_majeur.pdf',
          'inapt': f'Eval_inaptitude_{strip_accents(p.last)}_{p.first}_{p.dob.isoformat()}.pdf',
          'conduite': f'{strip_accents(p.last)}-{p.first}-echec-route-SAAQ.pdf'}[kind]
    types = ['patient_name'] + {'npsy': ['diagnosis'], 'inapt': ['date_of_birth', 'social_information'], 'conduite': ['social_information']}[kind]
    # the document itself is a signed scan placeholder: no further detail in the text layer
    pdf = make_pdf(L(lang, 'Document numérisé', 'Scanned document'),
                   [L(lang, 'Voir la version papier signée au dossier.', 'See the signed paper copy in the chart.')], author='scanner')
    text = L(lang, 'Bonjour,\n\nci-joint comme demandé.\n\n', 'Hi,\n\nattached as requested.\n\n') + a.signature(lang, rng)
    return M('filename_leak', lang, a, [b.addr(rng)], L(lang, 'Document', 'Document'), text, types,
             'patient name and condition only in attachment file name', attachments=[(fn, 'application/pdf', pdf, None)])


def p_ontario(ctx, lang):
    rng = ctx.rng
    lang = 'en'
    p = ctx.plain_patient(ON_LAST)
    p.first = rng.choice(['Margaret', 'Dorothy', 'Harold', 'Walter', 'Edna', 'Irene'])
    p.sex = 'F' if p.first in ('Margaret', 'Dorothy', 'Edna', 'Irene') else 'M'
    geri = ctx.staff('geri', rng.choice(['hsc', 'rgp']))
    hn = gen_ohip(rng)
    hnf = fmt_ohip(hn, rng)
    dx = rng.choice(DX)[1]
    med = rng.choice(MEDS_COG)[1]
    types = ['patient_name', 'ca_health_number', 'diagnosis', 'medication']
    dob = ''
    if rng.random() < 0.6:
        dob = f'DOB: {fdob(p.dob, lang, rng)}\n'
        types.append('date_of_birth')
    text = (f'Dear colleagues,\n\nRe: {p.first} {p.last}\nOntario health number: {hnf}\n{dob}\n'
            f'This snowbird patient was seen in our memory clinic while staying with family in {p.city}. '
            f'Assessment is consistent with {dx}. We started {med}.\n\n'
            f'{p.il(lang).capitalize()} returns to Ontario next month; please arrange follow-up with the family physician and the '
            'local Alzheimer Society. Full letter attached by fax.\n\n' + geri.signature(lang, rng))
    if rng.random() < 0.5:
        text = text.replace('This snowbird', f'Daughter {p.rel_first} ({p.rel_phone}) accompanies. This snowbird')
        types.append('patient_contact')
    return M('interprovincial_transfer', lang, geri, [ext_addr('fht', rng)], rng.choice([f'Memory clinic visit - {p.last}', 'Transfer of care', 'Follow-up needed']),
             text, types, 'Ontario patient with OHIP number', ids=[hnf])


def p_belgian(ctx, lang):
    rng = ctx.rng
    lang = 'fr'
    p = ctx.plain_patient(BE_LAST, french_first=True)
    niss = gen_niss(rng, p.dob, p.sex)
    nf = fmt_niss(niss, rng)
    sw = ctx.staff('sw', rng.choice(['ciusss', 'ugc']))
    dx = rng.choice(DX)[0]
    text = (f'Bonjour,\n\nNous accompagnons {p.title(lang)} {p.first} {p.last}, ressortissant{p.e()} belge établi{p.e()} au Québec depuis 2019, '
            f'NISS {nf}. Diagnostic récent : {dx}.\n\n'
            f'Sa famille en Belgique ({p.rel_first}, à Namur) souhaiterait un rapatriement dans une maison de repos et de soins. '
            'Pourriez-vous nous indiquer les documents requis par la mutualité? Nous avons la procuration signée.\n\n' + sw.signature(lang, rng))
    types = ['patient_name', 'be_niss', 'diagnosis', 'social_information']
    return M('international_transfer', lang, sw, [formataddr_u('Service social — Mutualité', 'service.social@mutualite-namur.example')],
             rng.choice(['Rapatriement - demande d\'information', f'Dossier {p.last}', 'Usager belge - MRS']), text, types,
             'Belgian patient with NISS', ids=[nf])


def p_french(ctx, lang):
    rng = ctx.rng
    lang = 'fr'
    p = ctx.plain_patient(FR_LAST, french_first=True)
    nir = gen_nir(rng, p.dob, p.sex)
    nf = fmt_nir(nir, rng)
    geri = ctx.staff(rng.choice(['geri', 'sw']), 'hsc')
    dx = rng.choice(DX)[0]
    med = rng.choice(MEDS_COG)[0]
    dobf = fdob(p.dob, lang, rng)
    lines = [f'Patient{p.e()} : {p.last.upper()} {p.first}', f'Né{p.e()} le : {dobf}', f'N° de sécurité sociale (NIR) : {nf}',
             f'Diagnostic : {dx}', f'Traitement : {med}', 'Retour prévu en France (EHPAD à Lyon) le mois prochain.']
    mode = rng.choice(['body', 'pdf'])
    types = ['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'medication', 'social_information']
    if mode == 'body':
        text = 'Chère consœur, cher confrère,\n\n' + '\n'.join(lines) + '\n\nBien à vous,\n\n' + geri.signature(lang, rng)
        atts = []
    else:
        text = 'Bonjour,\n\nVeuillez trouver ci-joint le résumé de prise en charge pour la continuité des soins en EHPAD.\n\n' + geri.signature(lang, rng)
        atts = [('resume_prise_en_charge.pdf', 'application/pdf', make_pdf('Résumé de prise en charge', lines, author=geri.last), None)]
    return M('international_transfer', lang, geri, [formataddr_u('Dr Médecin coordonnateur', 'medco@ehpad-les-tilleuls.example')],
             'Continuité des soins - retour en France', text, types, f'French patient with NIR ({mode})', attachments=atts, ids=[nf])


def p_unit_note(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.35 else ctx.plain_patient()
    nurse = ctx.staff('nurse', 'ugc')
    geri = ctx.staff('geri', 'ugc')
    room = rng.randint(201, 348)
    med = rng.choice(MEDS_OTHER[:2] + MEDS_OTHER[9:11])[lang == 'en']
    nm = p.name(lang, rng, ['tlast', 'tfull', 'lastfirst', 'roster'])
    types = ['patient_name', 'diagnosis', 'medication']
    ids = []
    if nm.startswith(('Mme', 'M.', 'Mr', 'Mrs')) and p.first not in nm:
        mrnf, mrn = fmt_mrn(p.mrn, lang, rng)
        nm += f' ({mrnf})'
        types.append('mrn')
        ids.append(mrn)
    if lang == 'fr':
        text = (f'Dr{"e" if geri.sex == "F" else ""} {geri.last},\n\nCh. {room} — {nm} : nuit difficile, délirium hyperactif probable '
                f'(CAM +), a arraché son soluté vers 3 h, agressivité envers la préposée. {med} donné à 3 h 20 avec effet partiel.\n'
                f'Glycémie {num(round(rng.uniform(3.1, 14.8), 1), "fr")}, T° {num(round(rng.uniform(37.8, 38.9), 1), "fr")}. '
                'Analyse d\'urine envoyée. Famille avisée. Contention évitée.\n\n')
        types.append('lab_result')
    else:
        text = (f'Dr. {geri.last},\n\nRm {room} — {nm}: rough night, probable hyperactive delirium (CAM +), pulled IV around '
                f'3 am, aggressive toward the PAB. {med} given at 03:20 with partial effect. Cap glucose '
                f'{round(rng.uniform(3.1, 14.8), 1)}, T {round(rng.uniform(37.8, 38.9), 1)}. UA sent. Family notified. No restraints.\n\n')
        types.append('lab_result')
    text = typo(text, rng, 0.03) + nurse.signature(lang, rng)
    return M('unit_nursing_note', lang, nurse, [geri.addr(rng)], rng.choice([L(lang, f'Ch. {room} nuit', f'Rm {room} overnight'),
                                                                            L(lang, 'Rapport de nuit', 'Night report')]),
             text, types, 'night nursing report on geriatric unit', ids=ids)


def p_disguised_nam(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient()
    clerk = ctx.staff('clerk', rng.choice(['hsc', 'clsc']))
    other = ctx.staff('clerk', 'ciusss')
    namf = fmt_nam(p.nam, rng, disguise=True)
    nm = p.name_as(rng.choice(['noacc', 'lower', 'lastfirst', 'initial']), lang)
    types = ['patient_name', 'ramq_nam', 'social_information'] if rng.random() < 0.5 else ['ramq_nam', 'diagnosis']
    if 'patient_name' in types:
        text = L(lang, f'allo,\n\ncarte RAMQ expirée pour {nm}, num {namf}. la fille dit que {"sa mère" if p.sex == "F" else "son père"} est en attente de curatelle '
                       'et personne ne peut signer le renouvellement. on fait quoi?\n\n',
                 f'hi,\n\nexpired health card for {nm}, no. {namf}. family says the patient is waiting on a guardianship decision '
                 'and nobody can sign the renewal. what do we do?\n\n')
    else:
        text = L(lang, f'Bonjour,\n\nPouvez-vous vérifier l\'admissibilité du NAM suivant : {namf}\n'
                       f'(usager vu à la clinique de mémoire pour {rng.choice(DX_SHORT)[0]}, rdv neuropsy à confirmer)\n\n',
                 f'Hello,\n\nCould you check eligibility for this RAMQ number: {namf}\n'
                 f'(seen at memory clinic for {rng.choice(DX_SHORT)[1]}, neuropsych appointment pending)\n\n')
    text += clerk.signature(lang, rng)
    return M('admin_identifier', lang, clerk, [other.addr(rng)], rng.choice([L(lang, 'vérif carte', 'card check'), 'RAMQ']), text, types,
             'NAM written in disguised form', ids=[namf])


def p_falls_home(ctx, lang):
    rng = ctx.rng
    p = ctx.nam_patient() if rng.random() < 0.4 else ctx.plain_patient()
    ot = ctx.staff('ot', 'clsc')
    sw = ctx.staff('sw', 'clsc')
    types = ['patient_name', 'patient_contact', 'diagnosis', 'social_information']
    ids = []
    if lang == 'fr':
        text = (f'Bonjour {sw.first},\n\nVisite à domicile faite chez {p.title(lang)} {p.first} {p.last}, {p.street}, {p.city}.\n'
                f'- 3 chutes depuis janvier, dont une avec fracture du poignet\n- cuisinière laissée allumée à deux reprises '
                f'(TNC connu)\n- escalier extérieur sans main courante\n- vit seul{p.e()}, le voisin passe le soir\n\n'
                'Recommandations : détecteur de chaleur avec coupe-circuit, barre d\'appui, télésurveillance. '
                'Je pense qu\'une évaluation pour une RPA avec services serait à considérer.\n\n')
    else:
        text = (f'Hi {sw.first},\n\nHome visit done at {p.title(lang)} {p.first} {p.last}\'s, {p.street}, {p.city}.\n'
                '- 3 falls since January, one with a wrist fracture\n- stove left on twice (known dementia)\n'
                '- outdoor stairs without handrail\n- lives alone, neighbour checks in evenings\n\n'
                'Recommendations: stove shut-off device, grab bars, personal alarm. A move to a seniors residence '
                'with services should be considered.\n\n')
    if p.nam and rng.random() < 0.6:
        namf = fmt_nam(p.nam, rng)
        text += f'NAM {namf}\n\n'
        types.append('ramq_nam')
        ids.append(namf)
    text += ot.signature(lang, rng)
    return M('home_safety', lang, ot, [sw.addr(rng)], L(lang, 'Visite à domicile - sécurité', 'Home safety visit'), typo(text, rng, 0.02),
             types, 'OT home safety visit with address', ids=ids)


POSITIVE_TEMPLATES = [
    (p_cog_consult, 8), (p_cog_followup, 5), (p_driving_report, 6), (p_driving_notice, 3), (p_curatelle, 6), (p_mandat, 4),
    (p_elder_abuse, 6), (p_caregiver, 6), (p_ltc_request, 5), (p_waitlist_roster, 4), (p_home_care, 5), (p_transport, 5),
    (p_ics, 4), (p_vcard, 3), (p_med_rec, 4), (p_labs, 4), (p_clinic_roster, 4), (p_reply_quoted, 5), (p_attached_eml, 3),
    (p_zip_bundle, 3), (p_subject_only, 4), (p_filename_leak, 3), (p_ontario, 4), (p_belgian, 3), (p_french, 3),
    (p_unit_note, 4), (p_disguised_nam, 3), (p_falls_home, 3),
]


# =========================================================================== NEGATIVE templates

DLS = [('Personnel SAPA', 'personnel.sapa@ciusss-rah.example'), ('Clinique de mémoire - équipe', 'equipe.memoire@hsc.example'),
       ('Bénévoles HSC', 'benevoles@hsc.example'), ('Tous les employés', 'tous@chvm.example'),
       ('Médecins - gériatrie', 'medecins.geriatrie@ciusss-rah.example'), ('Unité de gériatrie', 'ucdg@chvm.example'),
       ('Équipe SAD Lac-Brumeux', 'equipe.sad@clsc-lacbrumeux.example')]


def dl(rng, k=1):
    return [formataddr_u(n, a) for n, a in rng.sample(DLS, k)]


def future(ctx, days=(7, 60)):
    d = ctx.date()
    return d, (d + dt.timedelta(days=ctx.rng.randint(*days))).date()


def n_alz_event(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['mgr', 'vol', 'nurse']), rng.choice(['ciusss', 'hsc']))
    d, ev = future(ctx)
    spk = ctx.staff('geri')
    topic = rng.choice(L(lang, ['Reconnaître les signes précoces de la maladie d\'Alzheimer', 'Vivre avec un trouble neurocognitif : témoignages',
                                'Prévenir le délirium chez l\'aîné hospitalisé', 'Alimentation et santé cognitive'],
                         ['Recognising early signs of Alzheimer\'s disease', 'Living with dementia: lived experiences',
                          'Preventing delirium in hospitalised older adults', 'Nutrition and brain health']))
    kind = rng.randrange(3)
    if kind == 0:
        text = L(lang, f'Bonjour à tous,\n\nDans le cadre du Mois de la sensibilisation à la maladie d\'Alzheimer, la Société Alzheimer de la '
                       f'Haute-Brume organise une conférence grand public : « {topic} », présentée par {spk.display(lang)}, {spk.role_name(lang).lower()}.\n\n'
                       f'Quand : {fdate(ev, lang, 3)}, 19 h\nOù : salle Desjardins, 1450, rue du Moulin, Lac-Brumeux\nEntrée gratuite, inscription au 819-555-0190.\n\n'
                       'Merci d\'afficher l\'affiche jointe dans vos salles d\'attente!\n\n',
                 f'Hello everyone,\n\nFor Alzheimer Awareness Month, the Haute-Brume Alzheimer Society is hosting a public talk: "{topic}", '
                 f'given by {spk.display(lang)}, {spk.role_name(lang).lower()}.\n\nWhen: {fdate(ev, lang, 3)}, 7 pm\nWhere: Desjardins room, '
                 '1450 rue du Moulin, Lac-Brumeux\nFree; register at 819-555-0190.\n\nPlease post the attached poster in waiting rooms!\n\n')
    elif kind == 1:
        text = L(lang, f'Bonjour,\n\nLa Marche pour l\'Alzheimer aura lieu le {fdate(ev, lang, 0)} au parc riverain. Notre équipe « Les Mémoires vives » '
                       'vise 5 000 $ cette année (3 120 $ amassés). Départ 10 h, parcours de 2 ou 5 km.\n\nT-shirts disponibles au secrétariat de la '
                       'clinique de mémoire (tailles S à XL).\n\n',
                 f'Hi,\n\nThe Walk for Alzheimer\'s is on {fdate(ev, lang, 0)} at the riverside park. Our team "Memory Keepers" aims for $5,000 '
                 'this year ($3,120 so far). Start 10 am, 2 or 5 km routes.\n\nT-shirts available at the memory clinic front desk (S to XL).\n\n')
    else:
        text = L(lang, f'Bonjour,\n\nCafé-rencontre Alzheimer ouvert à tous le {fdate(ev, lang, 3)} de 13 h 30 à 15 h. Thème : {topic}. '
                       'Les personnes atteintes et leurs proches sont les bienvenus. Aucune inscription requise.\n\n',
                 f'Hello,\n\nAlzheimer Café open to all on {fdate(ev, lang, 3)}, 1:30-3 pm. Topic: {topic}. People living with dementia '
                 'and their families are welcome. No registration needed.\n\n')
    text += s.signature(lang, rng)
    atts = []
    if kind == 0 and rng.random() < 0.6:
        atts.append(('affiche_conference.pdf' if lang == 'fr' else 'poster.pdf', 'application/pdf',
                     make_pdf(topic, [fdate(ev, lang, 0), L(lang, 'Conférence gratuite — grand public', 'Free public talk'),
                                      spk.display(lang), 'Société Alzheimer de la Haute-Brume'], author='Communications'), None))
    return M('alzheimer_awareness', lang, s, dl(rng, rng.randint(1, 2)), rng.choice([L(lang, 'Mois de la sensibilisation Alzheimer', 'Alzheimer Awareness Month'),
                                                                                  L(lang, 'Invitation - conférence', 'Invitation - public talk'),
                                                                                  L(lang, 'Marche pour l\'Alzheimer', 'Walk for Alzheimer\'s')]),
             text, [], 'awareness event', date=d, attachments=atts)


def n_caregiver_calendar(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['sw', 'vol']), rng.choice(['clsc', 'hsc']))
    d = ctx.date()
    themes = L(lang, ['Comprendre le diagnostic', 'Gérer les comportements difficiles (SCPD)', 'Prendre soin de soi : prévenir l\'épuisement',
                      'Les aspects légaux : mandat de protection et régimes', 'L\'hébergement : quand et comment', 'Deuil blanc et émotions',
                      'Ressources de répit dans la région'],
               ['Understanding the diagnosis', 'Managing responsive behaviours', 'Caring for yourself: preventing burnout',
                'Legal matters: protection mandates and guardianship', 'Long-term care: when and how', 'Ambiguous loss and emotions',
                'Local respite resources'])
    start = d.date() + dt.timedelta(days=7 - d.weekday() + 1)
    rows = [[fdate(start + dt.timedelta(days=14 * i), lang, 1), '13 h 30 - 15 h 30' if lang == 'fr' else '1:30-3:30 pm', th,
             rng.choice([f'{ctx.staff("sw").first} (T.S.)', f'{ctx.staff("nurse").first} (inf.)', 'Société Alzheimer'])]
            for i, th in enumerate(rng.sample(themes, rng.randint(4, 6)))]
    header = L(lang, ['Date', 'Heure', 'Thème', 'Animation'], ['Date', 'Time', 'Topic', 'Facilitator'])
    text = L(lang, 'Bonjour,\n\nVoici le calendrier du groupe de soutien pour proches aidants (session d\'automne/hiver). Les rencontres ont lieu '
                   'à la salle communautaire du CLSC. Places limitées à 12 participants.\n\n{{TABLE}}\n\nMerci de diffuser aux familles intéressées.\n\n',
             'Hello,\n\nHere is the caregiver support group calendar for this session. Meetings are held in the CLSC community room. '
             'Limited to 12 participants.\n\n{{TABLE}}\n\nPlease share with interested families.\n\n') + s.signature(lang, rng)
    atts = []
    if rng.random() < 0.35:
        e = rows[0]
        ics = make_ics(f'{rng.getrandbits(64):016x}@clsc-lacbrumeux.example', dt.datetime.combine(start, dt.time(13, 30)), 120,
                       L(lang, 'Groupe de soutien proches aidants', 'Caregiver support group'), e[2],
                       L(lang, 'Salle communautaire CLSC', 'CLSC community room'), s.email)
        atts.append(('groupe_soutien.ics', 'text/calendar', ics.encode('utf-8'), 'utf-8'))
    return M('caregiver_group_calendar', lang, s, dl(rng), L(lang, 'Calendrier - groupe de soutien proches aidants', 'Caregiver support group calendar'),
             text, [], 'group calendar without names', table=(header, rows), date=d, attachments=atts)


def n_research(ctx, lang):
    rng = ctx.rng
    rc = ctx.staff('res', 'hsc')
    pi = ctx.staff('geri', 'hsc')
    acr = rng.choice(['MÉMO-ACTIF', 'COGNI-MARCHE', 'DORMIR-MIEUX', 'AIDANTS+', 'PREV-DELIR'])
    lo = rng.randint(16, 20)
    proto = f'{rng.randint(2022, 2024)}-{rng.randint(1000, 9999)}'
    text = L(lang, f'Bonjour,\n\nL\'étude {acr} (CÉR no {proto}), dirigée par {pi.display(lang)}, recrute :\n\n'
                   f'- personnes de 65 ans et plus avec un trouble neurocognitif léger (MoCA entre {lo} et 25)\n'
                   '- sans diagnostic de démence vasculaire ni AVC récent\n- capables de marcher 10 minutes sans aide\n'
                   '- accompagnées d\'un proche pour les visites\n\n'
                   'Intervention : 12 semaines d\'exercice supervisé, 2 fois par semaine. Compensation de 25 $ par visite.\n'
                   f'Pour référer : {rc.first} {rc.last}, {INST["hsc"]["tel"]} poste {rc.ext}. Merci de NE PAS nous envoyer de noms par courriel; '
                   'remettez plutôt le dépliant aux personnes intéressées.\n\n',
             f'Hello,\n\nThe {acr} study (REB #{proto}), led by {pi.display(lang)}, is recruiting:\n\n'
             f'- adults 65+ with mild cognitive impairment (MoCA {lo} to 25)\n- no vascular dementia or recent stroke\n'
             '- able to walk 10 minutes unaided\n- accompanied by a study partner\n\n'
             'Intervention: 12 weeks of supervised exercise, twice weekly. $25 compensation per visit.\n'
             f'To refer: {rc.first} {rc.last}, {INST["hsc"]["tel"]} ext. {rc.ext}. Please do NOT e-mail names; hand the '
             'brochure to interested people instead.\n\n') + rc.signature(lang, rng)
    atts = []
    if rng.random() < 0.5:
        atts.append((f'depliant_{strip_accents(acr).lower()}.pdf', 'application/pdf',
                     make_pdf(L(lang, f'Étude {acr} — participants recherchés', f'{acr} study — volunteers wanted'),
                              [L(lang, 'Vous avez 65 ans ou plus et remarquez des oublis?', 'Are you 65+ and noticing memory lapses?'),
                               L(lang, 'Programme d\'exercice gratuit de 12 semaines.', 'Free 12-week exercise program.'),
                               f'{INST["hsc"]["tel"]} # {rc.ext}'], author=rc.last), None))
    return M('research_recruitment', lang, rc, dl(rng, 2), L(lang, f'Recrutement - étude {acr}', f'Recruitment - {acr} study'),
             text, [], 'research recruitment notice', attachments=atts)


def n_policy_memo(ctx, lang):
    rng = ctx.rng
    mgr = ctx.staff('mgr', 'ciusss')
    k = rng.randrange(4)
    ref = f'DSAPA-{rng.randint(2023, 2024)}-{rng.randint(10, 99):03d}'
    if k == 0:
        title = L(lang, 'Nouvelle procédure : évaluation de l\'inaptitude et demandes au Curateur public',
                  'New procedure: incapacity assessments and referrals to the Public Curator')
        body = L(lang, ['Depuis l\'entrée en vigueur de la Loi visant à mieux protéger les personnes en situation de vulnérabilité, '
                        'les demandes d\'ouverture de tutelle doivent comprendre une évaluation médicale et une évaluation psychosociale récentes (moins de 3 mois).',
                        'Les travailleuses et travailleurs sociaux utilisent désormais le formulaire révisé (version 2024-02).',
                        'Aucune information nominative ne doit transiter par courriel non chiffré : utilisez la plateforme de transfert sécurisé.',
                        'La représentation temporaire est à privilégier lorsqu\'un seul acte est requis (ex. : vente d\'une résidence).'],
                 ['Since the new vulnerable-persons protection act came into force, tutorship requests must include a recent medical and psychosocial assessment (under 3 months).',
                  'Social workers now use the revised form (version 2024-02).',
                  'No identifying information may be sent by unencrypted e-mail: use the secure transfer platform.',
                  'Temporary representation is preferred when a single act is required (e.g. selling a house).'])
    elif k == 1:
        title = L(lang, 'Politique de lutte contre la maltraitance envers les aînés — rappel', 'Elder-abuse policy — reminder')
        body = L(lang, ['Tout membre du personnel qui a un motif raisonnable de croire qu\'une personne aînée est victime de maltraitance doit le signaler au commissaire aux plaintes.',
                        'Le signalement est obligatoire pour les personnes hébergées en CHSLD et les personnes sous régime de protection.',
                        'La coordonnatrice régionale est disponible pour du soutien-conseil au poste 2290.',
                        'Une formation en ligne de 45 minutes est obligatoire d\'ici le 31 mars.'],
                 ['Any staff member with reasonable grounds to believe an older adult is being mistreated must report it to the complaints commissioner.',
                  'Reporting is mandatory for LTC residents and persons under a protective regime.',
                  'The regional coordinator is available for consultation at ext. 2290.',
                  'A 45-minute online module is mandatory by March 31.'])
    elif k == 2:
        title = L(lang, 'Déclaration à la SAAQ : obligations des professionnels', 'Reporting to the licensing authority: professional duties')
        body = L(lang, ['Les médecins, optométristes et ergothérapeutes peuvent déclarer un patient inapte à conduire; le secret professionnel est levé à cette fin.',
                        'Un diagnostic de trouble neurocognitif majeur n\'entraîne pas automatiquement la suspension : l\'évaluation fonctionnelle prime.',
                        'Utilisez le formulaire M-28 (gabarit vierge dans l\'intranet).'],
                 ['Physicians, optometrists and OTs may report a patient as unfit to drive; confidentiality is lifted for that purpose.',
                  'A dementia diagnosis does not automatically mean suspension: functional assessment prevails.',
                  'Use form M-28 (blank template on the intranet).'])
    else:
        title = L(lang, 'Orientation : accès à l\'hébergement de longue durée 2024-2025', 'Guidance: access to long-term care 2024-2025')
        body = L(lang, ['Le mécanisme d\'accès priorise les usagers en NSA dont le profil ISO-SMAF est de 10 et plus.',
                        'Les demandes doivent être complètes (OEMC à jour) pour être présentées au comité.',
                        'Le délai moyen visé est de 60 jours; un tableau de bord mensuel sera diffusé aux chefs de service.'],
                 ['The access mechanism prioritises ALC patients with an ISO-SMAF profile of 10 or more.',
                  'Requests must be complete (current OEMC) before committee review.',
                  'Target average delay is 60 days; a monthly dashboard will go to managers.'])
    text = L(lang, f'NOTE DE SERVICE — {ref}\n\nObjet : {title}\n\n', f'MEMO — {ref}\n\nRe: {title}\n\n') + \
        '\n'.join(f'{i + 1}. {b}' for i, b in enumerate(body)) + '\n\n' + mgr.signature(lang, rng)
    atts = []
    if rng.random() < 0.4:
        atts.append((f'{ref}.pdf', 'application/pdf', make_pdf(title, [ref, ''] + body, author=mgr.last), None))
        text = L(lang, f'Bonjour,\n\nVeuillez prendre connaissance de la note de service {ref} ci-jointe.\n\n',
                 f'Hello,\n\nPlease read the attached memo {ref}.\n\n') + mgr.signature(lang, rng)
    return M('policy_memo', lang, mgr, dl(rng, rng.randint(1, 2)), L(lang, f'Note de service : {title}', f'Memo: {title}'),
             text, [], 'policy memo', attachments=atts)


def n_waitlist_stats(ctx, lang):
    rng = ctx.rng
    an = ctx.staff('mgr', 'ciusss')
    sites = ['CHSLD des Érables-Rouges', 'CHSLD Saint-Anselme', 'CHSLD du Lac-Brumeux', 'Maison des aînés de Val-Mésange', 'CHSLD Port-Cormier']
    rows = []
    for s_ in sites:
        n = rng.randint(8, 64)
        rows.append([s_, n, rng.randint(2, 19), rng.randint(35, 210), f'{rng.randint(80, 99)} %'])
    header = L(lang, ['Installation', 'Demandes en attente', 'dont NSA', 'Délai moyen (j)', 'Taux d\'occupation'],
               ['Site', 'Pending requests', 'of which ALC', 'Mean wait (d)', 'Occupancy'])
    tot = sum(r[1] for r in rows)
    per = rng.randint(1, 13)
    text = L(lang, f'Bonjour,\n\nTableau de bord de la période {per} : {tot} demandes d\'hébergement en attente pour la région '
                   f'(variation de {rng.choice(["+", "-"])}{rng.randint(1, 9)} % par rapport à la période précédente).\n\n{{{{TABLE}}}}\n\n'
                   'Données agrégées, aucune information nominative. Source : système d\'information clientèle, extraction du lundi.\n\n',
             f'Hello,\n\nDashboard for period {per}: {tot} long-term care requests pending region-wide '
             f'({rng.choice(["+", "-"])}{rng.randint(1, 9)}% vs previous period).\n\n{{{{TABLE}}}}\n\n'
             'Aggregate data only, no identifying information. Source: client information system, Monday extract.\n\n') + an.signature(lang, rng)
    atts = []
    r = rng.random()
    if r < 0.5:
        atts.append((f'tableau_bord_P{per:02d}.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                     make_xlsx('P' + str(per), header, rows, author=an.last), None))
    elif r < 0.75:
        atts.append((f'attente_agregee_P{per:02d}.csv', 'text/csv', make_csv(header, rows, ';').encode('utf-8'), 'utf-8'))
    return M('waitlist_statistics', lang, an, dl(rng), L(lang, f'Tableau de bord hébergement - P{per}', f'LTC dashboard - P{per}'),
             text, [], 'aggregate wait-list statistics', table=(header, rows), attachments=atts)


def n_volunteer_schedule(ctx, lang):
    rng = ctx.rng
    vc = ctx.staff('vol', rng.choice(['hsc', 'chsld', 'ugc']))
    d = ctx.date()
    vols = [f'{rng.choice(STAFF_FIRST_F + STAFF_FIRST_M)} {rng.choice(STAFF_LAST + PT_LAST)}' for _ in range(rng.randint(6, 9))]
    tasks = L(lang, ['accueil clinique de mémoire', 'zoothérapie (Biscuit)', 'musique - salle commune', 'accompagnement repas', 'jeux de mémoire en groupe',
                     'visites d\'amitié 3e étage'],
              ['memory clinic welcome desk', 'pet therapy (Biscuit)', 'music - common room', 'mealtime companion', 'group memory games',
               'friendly visits 3rd floor'])
    days = L(lang, JOURS[:5], DAYS[:5])
    rows = [[rng.choice(days), rng.choice(['9 h - 11 h', '13 h - 15 h', '11 h 30 - 13 h']), v, rng.choice(tasks)] for v in vols]
    header = L(lang, ['Jour', 'Heure', 'Bénévole', 'Activité'], ['Day', 'Time', 'Volunteer', 'Activity'])
    text = L(lang, 'Bonjour chers bénévoles,\n\nVoici l\'horaire de la semaine prochaine. Si vous ne pouvez pas être présent, '
                   'merci de m\'aviser 24 h à l\'avance.\n\n{{TABLE}}\n\nRappel : vaccination antigrippale offerte aux bénévoles le jeudi.\n\n',
             'Dear volunteers,\n\nHere is next week\'s schedule. If you cannot attend, please let me know 24 h ahead.\n\n{{TABLE}}\n\n'
             'Reminder: flu shots offered to volunteers on Thursday.\n\n') + vc.signature(lang, rng)
    return M('volunteer_schedule', lang, vc, [formataddr_u('Bénévoles', 'benevoles@hsc.example')],
             L(lang, 'Horaire des bénévoles', 'Volunteer schedule'), text, [], 'volunteer names and shifts only',
             table=(header, rows), date=d)


def n_staff_schedule(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['clerk', 'mgr']), rng.choice(['hsc', 'ugc']))
    d = ctx.date()
    docs = [ctx.staff('geri') for _ in range(4)]
    start = d.date() + dt.timedelta(days=7 - d.weekday())
    rows = [[fdate(start + dt.timedelta(days=i), lang, 1), docs[i % 4].display(lang), docs[(i + 1) % 4].display(lang),
             f'{INST["ugc"]["tel"]} / pagette {rng.randint(1000, 9999)}'] for i in range(7)]
    header = L(lang, ['Date', 'Garde de jour', 'Garde de nuit', 'Joindre'], ['Date', 'Day call', 'Night call', 'Reach'])
    text = L(lang, 'Bonjour,\n\nGarde en gériatrie pour la semaine prochaine :\n\n{{TABLE}}\n\nMerci d\'aviser le secrétariat de tout échange de garde.\n\n',
             'Hello,\n\nGeriatrics on-call for next week:\n\n{{TABLE}}\n\nPlease tell the office about any swaps.\n\n') + s.signature(lang, rng)
    return M('staff_schedule', lang, s, dl(rng), L(lang, 'Horaire de garde - gériatrie', 'Geriatrics call schedule'), text, [],
             'physician on-call schedule', table=(header, rows), date=d)


def n_hr_occhealth(ctx, lang):
    rng = ctx.rng
    hr = ctx.staff('mgr', 'ciusss')
    emp = ctx.staff(rng.choice(['nurse', 'ot', 'sw', 'clerk']), 'hsc')
    boss = ctx.staff('mgr', 'hsc')
    inj = rng.choice(L(lang, ['entorse lombaire', 'tendinite à l\'épaule', 'chirurgie au genou', 'épuisement professionnel'],
                          ['low back strain', 'shoulder tendinitis', 'knee surgery', 'burnout']))
    text = L(lang, f'Bonjour {boss.first},\n\nRetour progressif au travail de {emp.first} {emp.last}, {emp.role_name(lang).lower()}, '
                   f'à compter du {fdate(ctx.date().date(), lang, 0)} suite à son arrêt pour {inj} (dossier CNESST {rng.randint(100000000, 999999999)}).\n'
                   'Horaire : 3 jours/semaine pendant 4 semaines, pas de transferts de patients lourds.\n\n'
                   'Merci d\'ajuster l\'horaire en conséquence. Le billet médical est conservé au dossier de santé de l\'employé.\n\n',
             f'Hi {boss.first},\n\nGradual return to work for {emp.first} {emp.last}, {emp.role_name(lang).lower()}, '
             f'starting {fdate(ctx.date().date(), lang, 0)} after leave for {inj} (WSIB-type claim {rng.randint(100000000, 999999999)}).\n'
             'Schedule: 3 days/week for 4 weeks, no heavy patient transfers.\n\nPlease adjust the schedule. The medical note is kept '
             'in the employee health file.\n\n') + hr.signature(lang, rng)
    return M('hr_occupational_health', lang, hr, [boss.addr(rng)], L(lang, 'Retour progressif - employé', 'Return to work - employee'),
             text, [], 'employee occupational health (HR)')


def n_physician_directory(ctx, lang):
    rng = ctx.rng
    s = ctx.staff('clerk', 'ciusss')
    areas = L(lang, ['troubles neurocognitifs, maladie d\'Alzheimer', 'maladie de Parkinson et troubles du mouvement', 'délirium et soins post-opératoires',
                     'chutes et ostéoporose', 'démence à début précoce, DFT', 'psychogériatrie : dépression, SCPD', 'aptitude à conduire, évaluation de l\'inaptitude'],
              ['dementia, Alzheimer\'s disease', 'Parkinson\'s and movement disorders', 'delirium and post-op care', 'falls and osteoporosis',
               'early-onset dementia, FTD', 'geriatric psychiatry: depression, BPSD', 'driving fitness, capacity assessment'])
    rows = [[ctx.staff('geri').display(lang), a, rng.choice(['HSC', 'CHVM', 'CLSC LB']), f'{INST["hsc"]["tel"]} #{rng.randint(2100, 4899)}']
            for a in rng.sample(areas, rng.randint(4, 6))]
    header = L(lang, ['Médecin', 'Champs d\'intérêt', 'Site', 'Téléphone'], ['Physician', 'Areas of interest', 'Site', 'Phone'])
    text = L(lang, 'Bonjour,\n\nVoici le répertoire à jour des gériatres du territoire et leurs champs d\'intérêt, pour orienter vos références :\n\n{{TABLE}}\n\n',
             'Hello,\n\nUpdated directory of our geriatricians and their areas of interest, to guide referrals:\n\n{{TABLE}}\n\n') + s.signature(lang, rng)
    return M('physician_directory', lang, s, dl(rng, 2), L(lang, 'Répertoire des gériatres 2024', 'Geriatrician directory 2024'), text, [],
             'physicians listed with the conditions they treat', table=(header, rows))


def n_rounds(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['clerk', 'geri']), rng.choice(['hsc', 'ugc']))
    d, ev = future(ctx, (3, 30))
    spk = ctx.staff(rng.choice(['geri', 'npsy', 'pharm', 'ot']))
    topic = rng.choice(L(lang, ['Antipsychotiques et SCPD : quand déprescrire?', 'La MoCA en 2024 : pièges et seuils selon la scolarité',
                                'Évaluer l\'aptitude à consentir aux soins', 'Biomarqueurs sanguins de la maladie d\'Alzheimer',
                                'Lécanémab : où en sommes-nous?', 'Délirium post-opératoire chez la personne âgée fragile'],
                         ['Antipsychotics for BPSD: when to deprescribe', 'The MoCA in 2024: education-adjusted cut-offs',
                          'Assessing capacity to consent to treatment', 'Blood biomarkers for Alzheimer\'s disease',
                          'Lecanemab: where are we?', 'Post-operative delirium in frail older adults']))
    text = L(lang, f'Bonjour à tous,\n\nClub de lecture / réunion scientifique de gériatrie\n{fdate(ev, lang, 3)}, 12 h à 13 h, salle B-110 et Teams\n\n'
                   f'Conférencier{"ère" if spk.sex == "F" else ""} : {spk.display(lang)}, {spk.role_name(lang).lower()}\nSujet : {topic}\n\n'
                   'Lunch servi. Crédits de formation reconnus (1 h, section 1).\n\n',
             f'Hi all,\n\nGeriatrics grand rounds\n{fdate(ev, lang, 3)}, 12-1 pm, room B-110 and Teams\n\nSpeaker: {spk.display(lang)}, '
             f'{spk.role_name(lang).lower()}\nTopic: {topic}\n\nLunch provided. 1 h accredited CME (section 1).\n\n') + s.signature(lang, rng)
    atts = []
    if rng.random() < 0.3:
        atts.append(('rounds.ics', 'text/calendar', make_ics(f'{rng.getrandbits(64):016x}@hsc.example', dt.datetime.combine(ev, dt.time(12, 0)), 60,
                                                              topic, spk.display(lang), 'B-110 / Teams', s.email).encode('utf-8'), 'utf-8'))
    return M('grand_rounds', lang, s, dl(rng), L(lang, f'Réunion scientifique : {topic}', f'Grand rounds: {topic}'), text, [],
             'speaker and topic', date=d, attachments=atts)


def n_teaching_case(ctx, lang):
    rng = ctx.rng
    g = ctx.staff('geri', 'hsc')
    age = rng.randint(74, 92)
    f = rng.random() < 0.5
    moca = rng.randint(14, 24)
    letter = rng.choice('ABCDGLMR')
    v = rng.randrange(3)
    if lang == 'fr':
        who = f'{"Mme" if f else "M."} {letter}., {age} ans'
        job = rng.choice(['comptable', 'agricultrice' if f else 'agriculteur', 'infirmière' if f else 'machiniste', 'commis'])
        spouse = 'son conjoint' if f else 'sa conjointe'
        vign = [f'{who}, ancien{"ne" if f else ""} {job}, consulte pour des oublis progressifs depuis 2 ans. MoCA {moca}/30, perte surtout '
                'au rappel différé. Hypertension, diabète type 2. Prend 9 médicaments dont l\'oxybutynine et le lorazépam. '
                f'Vit avec {spouse}, conduit encore.',
                f'{who}, admis{"e" if f else ""} pour une fracture de hanche, devient confus{"e" if f else ""} au jour 2 post-opératoire : '
                f'inattention, hallucinations visuelles le soir, rétention urinaire. Connu{"e" if f else ""} pour un TNC léger.',
                f'{who}, atteint{"e" if f else ""} d\'une démence modérée, crie et repousse le personnel pendant les soins d\'hygiène '
                'en CHSLD depuis 3 semaines. Aucune douleur documentée, constipation possible. Le médecin de garde a prescrit un antipsychotique PRN.'][v]
        qs = [['Quel bilan de TNC réversible demandez-vous?', 'Quelles modifications pharmacologiques?',
               'Comment aborder la question de la conduite automobile?', 'Quand discuter du mandat de protection?'],
              ['Quels facteurs précipitants recherchez-vous?', 'Prise en charge non pharmacologique?', 'Quand utiliser un antipsychotique?'],
              ['Quelle démarche d\'analyse des SCPD?', 'Quelles interventions non pharmacologiques?', 'Quand et comment déprescrire?']][v]
        text = ('Bonjour aux résident(e)s,\n\nCas clinique pour la discussion de vendredi (entièrement anonymisé) :\n\n' + vign +
                '\n\nQuestions :\n' + '\n'.join(f'{i + 1}. {q}' for i, q in enumerate(qs)) + '\n\n')
    else:
        who = f'{"Mrs." if f else "Mr."} {letter}., {age}'
        job = rng.choice(['accountant', 'farmer', 'nurse', 'machinist', 'clerk'])
        vign = [f'{who}, retired {job}, presents with 2 years of progressive forgetfulness. MoCA {moca}/30, mainly delayed recall. '
                'Hypertension, type 2 diabetes. On 9 medications including oxybutynin and lorazepam. Lives with spouse, still drives.',
                f'{who}, admitted with a hip fracture, becomes confused on post-op day 2: inattention, evening visual hallucinations, '
                'urinary retention. Known mild cognitive impairment.',
                f'{who}, with moderate dementia, has been shouting and pushing staff away during personal care in long-term care for '
                '3 weeks. No documented pain, possible constipation. The on-call physician ordered a PRN antipsychotic.'][v]
        qs = [['What reversible-dementia workup do you order?', 'What medication changes?', 'How do you raise driving?',
               'When do you discuss a protection mandate?'],
              ['Which precipitating factors do you look for?', 'Non-drug management?', 'When is an antipsychotic appropriate?'],
              ['How do you analyse responsive behaviours?', 'Which non-drug interventions?', 'When and how to deprescribe?']][v]
        text = ('Hello residents,\n\nTeaching case for Friday (fully de-identified):\n\n' + vign + '\n\nQuestions:\n' +
                '\n'.join(f'{i + 1}. {q}' for i, q in enumerate(qs)) + '\n\n')
    text += g.signature(lang, rng)
    atts = []
    if rng.random() < 0.4:
        atts.append(('cas_clinique.docx' if lang == 'fr' else 'teaching_case.docx',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     make_docx(L(lang, 'Cas clinique (anonymisé)', 'Teaching case (de-identified)'), text.split('\n\n')[1:3], author=g.last), None))
    return M('teaching_case', lang, g, [formataddr_u('Résidents gériatrie', 'residents.geriatrie@hsc.example')],
             L(lang, 'Cas clinique - vendredi', 'Teaching case - Friday'), text, [], 'anonymised teaching case', attachments=atts)


def luhn_serial(rng, n):
    body = ''.join(rng.choice(DIGITS) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def n_invoice(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['clerk', 'mgr']), rng.choice(['hsc', 'chsld', 'ugc']))
    po = f'BC-{rng.randint(2024000, 2024999)}'
    items = L(lang, [('Détecteurs de sortie de lit sans fil', 389.00), ('Bracelets anti-errance (boîte de 10)', 1245.50),
                     ('Trousses MoCA - manuels', 96.00), ('Tables de chevet à hauteur variable', 612.00),
                     ('Horloges-calendriers numériques grand format', 74.99), ('Piles lithium CR2032 (100)', 58.40)],
              [('Wireless bed-exit sensors', 389.00), ('Anti-wandering bracelets (box of 10)', 1245.50), ('MoCA kits - manuals', 96.00),
               ('Height-adjustable bedside tables', 612.00), ('Large digital calendar clocks', 74.99), ('CR2032 lithium batteries (100)', 58.40)])
    rows = []
    for name, price in rng.sample(items, rng.randint(2, 4)):
        q = rng.randint(1, 12)
        rows.append([name, q, f'{price:.2f}', f'{q * price:.2f}', luhn_serial(rng, 9)])
    header = L(lang, ['Article', 'Qté', 'Prix unit.', 'Total', 'No série / lot'], ['Item', 'Qty', 'Unit', 'Total', 'Serial / lot'])
    text = L(lang, f'Bonjour,\n\nVeuillez trouver ci-dessous le bon de commande {po} approuvé (centre de coût 7{rng.randint(1000, 9999)}).\n\n{{{{TABLE}}}}\n\n'
                   f'Livraison : quai de réception, porte 12. Facture à envoyer aux comptes payables avec le numéro de BC.\n\n',
             f'Hello,\n\nApproved purchase order {po} below (cost centre 7{rng.randint(1000, 9999)}).\n\n{{{{TABLE}}}}\n\n'
             'Deliver to the loading dock, door 12. Invoice to accounts payable quoting the PO number.\n\n') + s.signature(lang, rng)
    atts = []
    if rng.random() < 0.4:
        atts.append((f'{po}.pdf', 'application/pdf', make_pdf(f'{L(lang, "Bon de commande", "Purchase order")} {po}',
                                                              [' | '.join(str(c) for c in r) for r in [header] + rows], author='Approvisionnement'), None))
    return M('invoice_po', lang, s, [formataddr_u('Ventes - Medisoins Distribution', 'ventes@medisoins-distribution.example')],
             L(lang, f'Bon de commande {po}', f'Purchase order {po}'), text, [], 'purchase order with Luhn-valid serials',
             table=(header, rows), attachments=atts)


def n_asset(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['it', 'mgr']), rng.choice(['hsc', 'ugc']))
    devs = L(lang, ['Simulateur de conduite DriveSim 3', 'Tablette d\'évaluation cognitive', 'Lève-personne sur rail', 'Moniteur de signes vitaux',
                    'Fauteuil gériatrique inclinable'],
             ['DriveSim 3 driving simulator', 'Cognitive testing tablet', 'Ceiling lift', 'Vital signs monitor', 'Geriatric recliner'])
    rows = [[d_, f'SN {luhn_serial(rng, rng.choice([9, 10, 12]))}', f'ACT-{rng.randint(100000, 999999)}', rng.choice(['B-214', '3e Nord', 'ergo', 'UCDG 2'])]
            for d_ in rng.sample(devs, rng.randint(3, 5))]
    header = L(lang, ['Équipement', 'Numéro de série', 'Actif', 'Local'], ['Device', 'Serial number', 'Asset', 'Location'])
    text = L(lang, 'Bonjour,\n\nInventaire annuel du génie biomédical : merci de confirmer la localisation des équipements suivants avant vendredi.\n\n{{TABLE}}\n\n',
             'Hello,\n\nAnnual biomedical inventory: please confirm the location of these devices by Friday.\n\n{{TABLE}}\n\n') + s.signature(lang, rng)
    return M('asset_inventory', lang, s, dl(rng), L(lang, 'Inventaire génie biomédical', 'Biomedical inventory'), text, [],
             'equipment serial and asset numbers', table=(header, rows))


def n_it(ctx, lang):
    rng = ctx.rng
    it = ctx.staff('it', rng.choice(['ciusss', 'hsc']))
    k = rng.randrange(4)
    tk = f'INC{rng.randint(1000000, 9999999)}'
    if k == 0:
        text = L(lang, f'Bonjour,\n\nUne interruption du dossier clinique informatisé est prévue dans la nuit de samedi à dimanche (0 h à 4 h). '
                       'Utilisez les formulaires papier de contingence (procédure PC-07). Les résultats de laboratoire seront imprimés sur les unités.\n\n',
                 'Hello,\n\nThe electronic health record will be down Saturday night (midnight to 4 am). Use downtime paper forms (procedure PC-07). '
                 'Lab results will print on the units.\n\n')
        subj = L(lang, 'Interruption planifiée du DCI', 'Planned EHR downtime')
    elif k == 1:
        text = L(lang, f'Bonjour,\n\nVotre billet {tk} est résolu : l\'imprimante de la clinique de mémoire (HP-B214-01) a été réinstallée. '
                       'Si le problème persiste, répondez à ce courriel sans modifier l\'objet.\n\n',
                 f'Hello,\n\nYour ticket {tk} is resolved: the memory clinic printer (HP-B214-01) was reinstalled. Reply without changing '
                 'the subject if the issue persists.\n\n')
        subj = L(lang, f'[{tk}] Résolu', f'[{tk}] Resolved')
    elif k == 2:
        text = L(lang, 'Bonjour,\n\nAttention : des courriels frauduleux imitant la RAMQ circulent et demandent de « confirmer votre numéro d\'assurance maladie ». '
                       'Ne cliquez sur aucun lien. Signalez-les avec le bouton « Hameçonnage ».\n\n',
                 'Hello,\n\nWarning: phishing e-mails impersonating the health insurance board ask you to "confirm your health card number". '
                 'Do not click any link. Report them with the "Phishing" button.\n\n')
        subj = L(lang, 'Alerte hameçonnage', 'Phishing alert')
    else:
        text = L(lang, 'Bonjour,\n\nLa migration des postes de la clinique de mémoire vers Windows 11 aura lieu mardi. Les tests cognitifs '
                       'informatisés (CANTAB) seront indisponibles de 8 h à 10 h. Sauvegardez vos fichiers locaux.\n\n',
                 'Hello,\n\nMemory clinic workstations move to Windows 11 on Tuesday. Computerised cognitive tests (CANTAB) will be unavailable '
                 '8-10 am. Back up local files.\n\n')
        subj = L(lang, 'Migration Windows 11 - clinique de mémoire', 'Windows 11 migration - memory clinic')
    return M('it_notice', lang, it, dl(rng), subj, text + it.signature(lang, rng), [], 'IT notice')


def n_facilities(ctx, lang):
    rng = ctx.rng
    s = ctx.staff('mgr', rng.choice(['hsc', 'chsld', 'ugc']))
    k = rng.randrange(3)
    text = [L(lang, 'Bonjour,\n\nL\'ascenseur no 3 (aile B) sera hors service du 12 au 16 pour modernisation. Les usagers de la clinique de mémoire '
                    'seront dirigés vers l\'ascenseur 2. Des bénévoles assureront l\'accompagnement.\n\n',
              'Hello,\n\nElevator 3 (wing B) will be out of service from the 12th to the 16th for upgrades. Memory clinic visitors will be '
              'directed to elevator 2. Volunteers will escort them.\n\n'),
            L(lang, 'Bonjour,\n\nLe stationnement P2 sera fermé lundi pour le déneigement. Les employés doivent utiliser P4; les places '
                    'réservées aux visiteurs de la clinique externe sont maintenues.\n\n',
              'Hello,\n\nParking lot P2 is closed Monday for snow removal. Staff must use P4; visitor spaces for outpatient clinics remain.\n\n'),
            L(lang, 'Bonjour,\n\nTest du système d\'alarme incendie au CHSLD mercredi 10 h. Les portes du secteur prothétique resteront '
                    'verrouillées; le personnel doit rassurer les résidents.\n\n',
              'Hello,\n\nFire alarm test at the LTC centre Wednesday 10 am. Doors of the secure dementia unit remain locked; staff should '
              'reassure residents.\n\n')][k]
    subj = [L(lang, 'Ascenseur 3 hors service', 'Elevator 3 out of service'), L(lang, 'Fermeture P2', 'P2 closure'),
            L(lang, 'Test alarme incendie', 'Fire alarm test')][k]
    return M('facilities', lang, s, dl(rng), subj, text + s.signature(lang, rng), [], 'facilities notice')


def n_job(ctx, lang):
    rng = ctx.rng
    hr = ctx.staff('mgr', 'ciusss')
    job = rng.choice(L(lang, ['Ergothérapeute — évaluation de la conduite automobile', 'Travailleuse sociale / travailleur social — clinique de mémoire',
                              'Infirmière clinicienne — soutien à domicile', 'Neuropsychologue — programme SAPA', 'Agente administrative — gériatrie'],
                       ['Occupational therapist — driving evaluation', 'Social worker — memory clinic', 'Clinical nurse — home care',
                        'Neuropsychologist — seniors program', 'Administrative agent — geriatrics']))
    no = f'{rng.randint(2024, 2024)}-{rng.randint(1000, 9999)}'
    text = L(lang, f'Affichage interne no {no}\n\nPoste : {job}\nStatut : temps complet permanent, 35 h/sem.\nÉchelle salariale : selon convention collective\n\n'
                   'Exigences : membre de l\'ordre professionnel, expérience auprès des aînés atteints de TNC un atout, bilinguisme souhaité.\n\n'
                   'Postulez avant le 30 du mois via le portail carrières.\n\n',
             f'Internal posting #{no}\n\nPosition: {job}\nStatus: permanent full time, 35 h/week.\nSalary: per collective agreement\n\n'
             'Requirements: licensed with the professional order; experience with people living with dementia an asset; bilingual preferred.\n\n'
             'Apply by the 30th through the careers portal.\n\n') + hr.signature(lang, rng)
    return M('job_posting', lang, hr, dl(rng, 2), L(lang, f'Affichage {no} - {job}', f'Posting {no} - {job}'), text, [], 'job posting')


def n_committee(ctx, lang):
    rng = ctx.rng
    ch = ctx.staff(rng.choice(['mgr', 'sw', 'geri']), 'ciusss')
    d, ev = future(ctx, (5, 25))
    name = rng.choice(L(lang, ['Comité de lutte contre la maltraitance', 'Comité d\'éthique clinique', 'Comité des usagers', 'Comité SCPD',
                               'Table de concertation proches aidants'],
                        ['Elder-abuse prevention committee', 'Clinical ethics committee', 'Users\' committee', 'BPSD committee',
                         'Caregiver round table']))
    items = L(lang, ['Adoption de l\'ordre du jour', 'Suivi du plan d\'action 2024', 'Statistiques trimestrielles (agrégées)',
                     'Révision de l\'outil de repérage', 'Formation du personnel', 'Varia'],
              ['Agenda approval', '2024 action plan follow-up', 'Quarterly statistics (aggregate)', 'Screening tool revision', 'Staff training', 'Other business'])
    text = L(lang, f'Bonjour,\n\nLa prochaine rencontre du {name} aura lieu le {fdate(ev, lang, 0)} de 9 h à 11 h (salle du conseil, 2e étage, et Teams).\n\n'
                   'Ordre du jour :\n', f'Hello,\n\nThe next meeting of the {name} is on {fdate(ev, lang, 0)}, 9-11 am (board room, 2nd floor, and Teams).\n\nAgenda:\n') + \
        '\n'.join(f'{i + 1}. {it}' for i, it in enumerate(items)) + \
        L(lang, '\n\nRappel : aucune situation nominative ne sera discutée en plénière.\n\n', '\n\nReminder: no identifiable cases will be discussed in plenary.\n\n') + \
        ch.signature(lang, rng)
    return M('committee_notice', lang, ch, dl(rng, 2), L(lang, f'Convocation - {name}', f'Notice of meeting - {name}'), text, [], 'committee notice', date=d)


def n_blank_form(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['clerk', 'sw', 'ot']), rng.choice(['hsc', 'ciusss']))
    k = rng.randrange(3)
    title = [L(lang, 'Demande de services — clinique de mémoire', 'Memory clinic referral form'),
             L(lang, 'Évaluation psychosociale — régime de protection (gabarit)', 'Psychosocial assessment — protective regime (template)'),
             L(lang, 'Référence en évaluation de la conduite automobile', 'Driving evaluation referral')][k]
    fields = L(lang, ['Nom de l\'usager : ______________________', 'Prénom : ______________________', 'Date de naissance (AAAA-MM-JJ) : ____-__-__',
                      'NAM : __ __ __ __  ____  ____', 'Adresse : ____________________________________', 'Téléphone : (___) ___-____',
                      'Diagnostic(s) connu(s) : ______________________', 'MoCA : ___/30   MMSE : ___/30', 'Médication actuelle : joindre la liste',
                      'Proche aidant : ____________________  Lien : ________', 'Signature du professionnel : ______________  No permis : ______'],
               ['Patient name: ______________________', 'First name: ______________________', 'Date of birth (YYYY-MM-DD): ____-__-__',
                'Health card #: __________________', 'Address: ____________________________________', 'Phone: (___) ___-____',
                'Known diagnoses: ______________________', 'MoCA: ___/30   MMSE: ___/30', 'Current medications: attach list',
                'Caregiver: ____________________  Relationship: ________', 'Professional signature: ______________  Licence #: ______'])
    text = L(lang, f'Bonjour,\n\nÀ la demande de plusieurs d\'entre vous, voici le formulaire vierge « {title} » (version 2024). '
                   'Merci de détruire les anciennes versions. Les formulaires remplis doivent être télécopiés, pas envoyés par courriel.\n\n',
             f'Hello,\n\nAs requested, here is the blank form "{title}" (2024 version). Please discard old versions. Completed forms must be '
             'faxed, not e-mailed.\n\n') + s.signature(lang, rng)
    fmt = rng.choice(['pdf', 'docx'])
    if fmt == 'pdf':
        att = ('formulaire_vierge.pdf' if lang == 'fr' else 'blank_form.pdf', 'application/pdf', make_pdf(title, fields, author='Gabarits'), None)
    else:
        att = ('gabarit_formulaire.docx' if lang == 'fr' else 'form_template.docx',
               'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, fields, author='Gabarits'), None)
    return M('blank_form', lang, s, dl(rng), L(lang, f'Formulaire vierge : {title}', f'Blank form: {title}'), text, [], f'blank form ({fmt})',
             attachments=[att])


def n_newsletter(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['mgr', 'vol']), 'ciusss')
    n = rng.randint(12, 48)
    sections = L(lang, [('Nouvelles de la clinique de mémoire', f'La clinique a reçu {rng.randint(300, 520)} nouvelles références cette année, une hausse de {rng.randint(5, 22)} %.'),
                        ('Bravo à l\'équipe de l\'UCDG', 'Le taux de contention a diminué de moitié depuis l\'implantation de l\'approche adaptée à la personne âgée.'),
                        ('Saviez-vous que?', 'Environ une personne sur cinq de plus de 80 ans vit avec un trouble neurocognitif majeur.'),
                        ('Bienvenue!', f'Nous accueillons {ctx.staff("ot").first} {ctx.staff("ot").last}, ergothérapeute, et {ctx.staff("nurse").first} {ctx.staff("nurse").last}, infirmière.'),
                        ('Proches aidants', 'La semaine nationale des proches aidants a lieu en novembre : kiosques dans le hall principal.')],
                     [('Memory clinic news', f'The clinic received {rng.randint(300, 520)} new referrals this year, up {rng.randint(5, 22)}%.'),
                      ('Kudos to the geriatric unit', 'Restraint use has been halved since the senior-friendly care approach was introduced.'),
                      ('Did you know?', 'About one in five people over 80 lives with dementia.'),
                      ('Welcome!', f'Please welcome {ctx.staff("ot").first} {ctx.staff("ot").last}, OT, and {ctx.staff("nurse").first} {ctx.staff("nurse").last}, nurse.'),
                      ('Caregivers', 'National Caregiver Week is in November: booths in the main lobby.')])
    pick = rng.sample(sections, 4)
    html = ('<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Infolettre</title></head>'
            '<body style="margin:0;background:#f3f3f7"><table width="640" align="center" style="background:#fff;font-family:Georgia,serif">'
            f'<tr><td style="background:#4b3f8f;color:#fff;padding:14px"><h1 style="margin:0">{htmlmod.escape(L(lang, "Infolettre SAPA", "Seniors Program Newsletter"))} — no {n}</h1></td></tr>\n')
    for h, b in pick:
        html += f'<tr><td style="padding:10px 16px"><h2 style="color:#4b3f8f">{htmlmod.escape(h)}</h2><p>{htmlmod.escape(b)}</p></td></tr>\n'
    html += (f'<tr><td style="font-size:9pt;color:#777;padding:10px">{htmlmod.escape(L(lang, "Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply UNSUBSCRIBE."))}'
             '</td></tr></table></body></html>\n')
    text = L(lang, f'INFOLETTRE SAPA — no {n}\n\n', f'SENIORS PROGRAM NEWSLETTER — no {n}\n\n') + '\n\n'.join(f'{h}\n{b}' for h, b in pick) + '\n'
    return M('newsletter', lang, s, [formataddr_u('Infolettre SAPA', 'infolettre@ciusss-rah.example')],
             L(lang, f'Infolettre SAPA no {n}', f'Seniors Program Newsletter #{n}'), text, [], 'HTML newsletter', html=html,
             structure=rng.choice(['html', 'alt']))


def n_formulary(ctx, lang):
    rng = ctx.rng
    ph = ctx.staff('pharm', rng.choice(['hsc', 'ugc']))
    k = rng.randrange(3)
    text = [L(lang, 'Bonjour,\n\nRupture d\'approvisionnement : rivastigmine timbre 13,3 mg/24 h jusqu\'à la fin du mois. Alternative : deux timbres '
                    '(9,5 mg + 4,6 mg) ou passage au donépézil selon le jugement clinique. Aucune substitution automatique ne sera faite.\n\n',
              'Hello,\n\nShortage: rivastigmine 13.3 mg/24 h patch until month end. Alternatives: two patches (9.5 mg + 4.6 mg) or switch to '
              'donepezil per clinical judgement. No automatic substitution.\n\n'),
            L(lang, 'Bonjour,\n\nLe comité de pharmacologie a retiré la quétiapine 25 mg de la liste pour le délirium non compliqué. '
                    'Rappel : les antipsychotiques augmentent la mortalité chez les personnes atteintes de démence; réévaluer après 2 semaines.\n\n',
              'Hello,\n\nThe P&T committee removed quetiapine 25 mg from the uncomplicated-delirium order set. Reminder: antipsychotics increase '
              'mortality in dementia; reassess after 2 weeks.\n\n'),
            L(lang, f'Bonjour,\n\nLe mémantine générique (lot {rng.choice("ABCDEFGH")}{rng.randint(10000, 99999)}, DIN {rng.randint(2200000, 2499999):08d}) remplace '
                    'la marque à compter du 1er. Aucune différence d\'efficacité attendue.\n\n',
              f'Hello,\n\nGeneric memantine (lot {rng.choice("ABCDEFGH")}{rng.randint(10000, 99999)}, DIN {rng.randint(2200000, 2499999):08d}) replaces the brand '
              'as of the 1st. No efficacy difference expected.\n\n')][k]
    return M('formulary_update', lang, ph, dl(rng, 2), [L(lang, 'Rupture - rivastigmine', 'Shortage - rivastigmine'),
                                                        L(lang, 'Ordonnance collective délirium', 'Delirium order set'),
                                                        L(lang, 'Changement de produit - mémantine', 'Product change - memantine')][k],
             text + ph.signature(lang, rng), [], 'formulary / drug supply notice')


def n_training(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['mgr', 'nurse', 'ot']), 'ciusss')
    d, ev = future(ctx)
    what = rng.choice(L(lang, ['Certification MoCA (en ligne, 1 h)', 'Approche adaptée à la personne âgée (AAPA) — module 3', 'Gestion non pharmacologique des SCPD',
                               'Repérage de la maltraitance : outil OPTIMAH', 'Évaluation de la conduite : formation des ergothérapeutes'],
                       ['MoCA certification (online, 1 h)', 'Senior-friendly care approach — module 3', 'Non-drug management of BPSD',
                        'Screening for elder abuse', 'Driving evaluation training for OTs']))
    places = rng.randint(12, 30)
    text = L(lang, f'Bonjour,\n\nInscriptions ouvertes : {what}\nDate : {fdate(ev, lang, 0)}\nPlaces : {places}\n'
                   f'Code de cours : FC-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}\n\nLa formation est rémunérée pour le personnel ciblé. '
                   'Inscription via l\'environnement numérique d\'apprentissage.\n\n',
             f'Hello,\n\nRegistration open: {what}\nDate: {fdate(ev, lang, 0)}\nSeats: {places}\nCourse code: FC-{rng.randint(1000, 9999)}-{rng.randint(10, 99)}\n\n'
             'Paid training for targeted staff. Register through the learning portal.\n\n') + s.signature(lang, rng)
    return M('training', lang, s, dl(rng, 2), L(lang, f'Formation : {what}', f'Training: {what}'), text, [], 'training announcement', date=d)


def n_abuse_stats(ctx, lang):
    rng = ctx.rng
    c = ctx.staff('sw', 'ciusss')
    rows = [[q] + [rng.randint(3, 40) for _ in range(4)] for q in ['T1', 'T2', 'T3']]
    header = L(lang, ['Trimestre', 'Financière', 'Psychologique', 'Physique', 'Négligence'], ['Quarter', 'Financial', 'Psychological', 'Physical', 'Neglect'])
    tot = sum(sum(r[1:]) for r in rows)
    text = L(lang, f'Bonjour,\n\nBilan des situations de maltraitance traitées (données agrégées, toutes installations) : {tot} situations au total.\n\n'
                   '{{TABLE}}\n\nLa maltraitance financière demeure la plus fréquente chez les 75 ans et plus vivant à domicile. '
                   'Les cellules de moins de 5 sont à interpréter avec prudence.\n\n',
             f'Hello,\n\nSummary of elder-abuse situations handled (aggregate, all sites): {tot} in total.\n\n{{{{TABLE}}}}\n\n'
             'Financial abuse remains the most frequent among community-dwelling adults 75+. Interpret cells under 5 with caution.\n\n') + c.signature(lang, rng)
    return M('abuse_statistics', lang, c, dl(rng), L(lang, 'Bilan trimestriel maltraitance', 'Quarterly elder-abuse figures'), text, [],
             'aggregate abuse statistics', table=(header, rows))


def n_room_thread(ctx, lang):
    rng = ctx.rng
    a, b = ctx.staff(rng.choice(['clerk', 'npsy', 'ot']), 'hsc'), ctx.staff(rng.choice(['clerk', 'mgr']), 'hsc')
    when = ctx.date()
    orig = L(lang, f'Bonjour {b.first},\n\nEst-ce que le local B-214 est libre jeudi après-midi pour les évaluations neuropsy? '
                   'Sinon le B-216 ferait l\'affaire (il faut une table et deux chaises, pas d\'horloge visible).\n\nMerci\n' + a.first + '\n',
             f'Hi {b.first},\n\nIs room B-214 free Thursday afternoon for neuropsych testing? Otherwise B-216 works (need a table and two '
             'chairs, no visible clock).\n\nThanks\n' + a.first + '\n')
    rep = rng.choice(L(lang, ['B-214 réservé pour toi de 13 h à 16 h 30.', 'Le B-214 est pris, je t\'ai mis au B-216.', 'Oui c\'est beau!'],
                       ['B-214 booked for you 1-4:30 pm.', 'B-214 is taken, I put you in B-216.', 'Yes, all set!']))
    text = rep + '\n\n' + b.signature(lang, rng) + '\n\n' + quote_block(lang, a.addr(), when, orig, rng)
    return M('room_booking', lang, b, [a.addr(rng)], 'RE: ' + L(lang, 'local jeudi', 'room Thursday'), text, [], 'staff logistics reply thread',
             reply=True)


def n_vaccine(ctx, lang):
    rng = ctx.rng
    n = ctx.staff('nurse', rng.choice(['chsld', 'ugc']))
    lots = [f'{rng.choice(["U", "K", "FL", "AX"])}{rng.randint(1000, 9999)}{rng.choice("ABCDEF")}{rng.randint(10, 99)}' for _ in range(3)]
    text = L(lang, f'Bonjour,\n\nBilan de la campagne de vaccination antigrippale au CHSLD : {rng.randint(82, 96)} % des résident(e)s vacciné(e)s, '
                   f'{rng.randint(55, 78)} % du personnel.\nLots utilisés : {", ".join(lots)} (date de péremption 2025-05).\n'
                   'Aucune réaction indésirable grave déclarée. Les doses restantes retournent à la pharmacie vendredi.\n\n',
             f'Hello,\n\nFlu vaccination campaign wrap-up at the LTC centre: {rng.randint(82, 96)}% of residents vaccinated, {rng.randint(55, 78)}% of staff.\n'
             f'Lots used: {", ".join(lots)} (expiry 2025-05).\nNo serious adverse events reported. Remaining doses go back to pharmacy Friday.\n\n') + n.signature(lang, rng)
    return M('vaccination_campaign', lang, n, dl(rng), L(lang, 'Campagne vaccination - bilan', 'Flu campaign - summary'), text, [],
             'aggregate vaccination figures and lot numbers')


def n_meeting_ics(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['mgr', 'geri', 'coord']), 'ciusss')
    d, ev = future(ctx, (2, 20))
    what = rng.choice(L(lang, ['Rencontre interdisciplinaire - clinique de mémoire', 'Comité d\'accès à l\'hébergement', 'Planification stratégique SAPA',
                               'Caucus hebdomadaire UCDG'],
                        ['Memory clinic interdisciplinary meeting', 'LTC access committee', 'Seniors program planning', 'Weekly geriatric unit huddle']))
    att = [ctx.staff(r).email for r in ('geri', 'nurse', 'sw', 'ot')]
    ics = make_ics(f'{rng.getrandbits(64):016x}@ciusss-rah.example', dt.datetime.combine(ev, dt.time(rng.choice([8, 10, 13]), 0)), 60, what,
                   L(lang, 'Ordre du jour à suivre. Lien Teams dans l\'invitation.', 'Agenda to follow. Teams link in invite.'), 'Teams', s.email, att)
    text = L(lang, f'Bonjour,\n\nInvitation : {what}.\n\n', f'Hello,\n\nInvitation: {what}.\n\n') + s.signature(lang, rng)
    return M('meeting_invite', lang, s, [formataddr_u('', a) for a in att], L(lang, f'Invitation : {what}', f'Invitation: {what}'), text, [],
             'staff meeting ICS', date=d, attachments=[('invite.ics', 'text/calendar', ics.encode('utf-8'), 'utf-8')])


def n_staff_vcard(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['sw', 'ot', 'npsy', 'geri', 'nurse']), rng.choice(list(INST)))
    new = ctx.staff(rng.choice(['sw', 'ot', 'nurse']), s.inst)
    vc = make_vcard(new.last, new.first, tel=f'{INST[new.inst]["tel"]} x{new.ext}', email_=new.email, org=INST[new.inst][lang], title=new.role_name(lang))
    text = L(lang, f'Bonjour,\n\nPour vos références, voici les coordonnées de {new.first} {new.last}, notre nouvelle ressource. '
                   f'{new.first} remplace {ctx.staff("sw").first} pendant son congé de maternité.\n\n',
             f'Hello,\n\nFor referrals, here are the contact details of {new.first} {new.last}, our new team member, covering a maternity leave.\n\n') + s.signature(lang, rng)
    return M('staff_contact', lang, s, dl(rng), L(lang, 'Nouvelle ressource - coordonnées', 'New team member - contact'), text, [],
             'staff vCard', attachments=[(f'{strip_accents(new.first)}_{strip_accents(new.last)}.vcf'.replace("'", ''), 'text/vcard', vc.encode('utf-8'), 'utf-8')])


def n_toolkit_zip(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['mgr', 'ot', 'sw']), 'ciusss')
    files = [('LISEZMOI.txt', L(lang, 'Trousse d\'outils — proches aidants et repérage. Aucun renseignement nominatif.\r\n',
                                  'Toolkit — caregivers and screening. No identifying information.\r\n').encode('utf-8')),
             ('grille_reperage_vierge.pdf', make_pdf(L(lang, 'Grille de repérage de la maltraitance (vierge)', 'Elder-abuse screening grid (blank)'),
                                                    [L(lang, 'Indice 1 : changements financiers soudains  [ ] oui [ ] non', 'Cue 1: sudden financial changes [ ] yes [ ] no'),
                                                     L(lang, 'Indice 2 : blessures inexpliquées  [ ] oui [ ] non', 'Cue 2: unexplained injuries [ ] yes [ ] no'),
                                                     L(lang, 'Indice 3 : isolement  [ ] oui [ ] non', 'Cue 3: isolation [ ] yes [ ] no')], author='SAPA')),
             ('ressources_repit.xlsx', make_xlsx(L(lang, 'Ressources', 'Resources'), L(lang, ['Organisme', 'Service', 'Téléphone'], ['Organisation', 'Service', 'Phone']),
                                                [['Maison des proches aidants du Lac', L(lang, 'répit de jour', 'day respite'), '819-555-0193'],
                                                 ['Société Alzheimer de la Haute-Brume', L(lang, 'groupe de soutien', 'support group'), '819-555-0190'],
                                                 ['Transport adapté Lac-Brumeux', L(lang, 'transport', 'transport'), '819-555-0171']], author='SAPA'))]
    z = make_zip(files)
    text = L(lang, 'Bonjour,\n\nVoici la trousse d\'outils révisée (grilles vierges et répertoire des ressources de répit).\n\n',
             'Hello,\n\nHere is the revised toolkit (blank grids and respite resource directory).\n\n') + s.signature(lang, rng)
    return M('toolkit_zip', lang, s, dl(rng, 2), L(lang, 'Trousse d\'outils 2024', 'Toolkit 2024'), text, [], 'zip of blank tools and resource list',
             attachments=[('trousse_outils_2024.zip', 'application/zip', z, None)])


def n_quality(ctx, lang):
    rng = ctx.rng
    q = ctx.staff('mgr', rng.choice(['ugc', 'chsld']))
    rows = [[L(lang, ind_fr, ind_en), f'{rng.uniform(0.5, 9.5):.1f}', f'{rng.uniform(0.5, 9.5):.1f}', rng.choice(['↓', '↑', '='])]
            for ind_fr, ind_en in [('Chutes / 1000 jours-présence', 'Falls / 1000 patient-days'), ('Contentions (%)', 'Restraint use (%)'),
                                   ('Délirium incident (%)', 'Incident delirium (%)'), ('Antipsychotiques sans dx psychiatrique (%)', 'Antipsychotics without psychiatric dx (%)'),
                                   ('Plaies de pression (%)', 'Pressure injuries (%)')]]
    header = L(lang, ['Indicateur', 'T2', 'T3', 'Tendance'], ['Indicator', 'Q2', 'Q3', 'Trend'])
    text = L(lang, 'Bonjour,\n\nIndicateurs qualité de l\'unité (agrégés) :\n\n{{TABLE}}\n\nBelle amélioration sur les contentions. Merci à tous!\n\n',
             'Hello,\n\nUnit quality indicators (aggregate):\n\n{{TABLE}}\n\nGreat progress on restraints. Thanks everyone!\n\n') + q.signature(lang, rng)
    return M('quality_indicators', lang, q, dl(rng), L(lang, 'Indicateurs qualité T3', 'Quality indicators Q3'), text, [], 'aggregate quality indicators',
             table=(header, rows))


def n_nam_format(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['clerk', 'it']), 'hsc')
    text = L(lang, 'Bonjour,\n\nRappel pour l\'inscription à la clinique de mémoire : le NAM comporte 4 lettres suivies de 8 chiffres '
                   '(ex. fictif : ABCD 1234 5678). Les 3 premières lettres viennent du nom de famille, la 4e du prénom; les chiffres encodent '
                   'l\'année, le mois (+50 pour les femmes) et le jour de naissance.\n\nNe jamais inscrire le NAM dans l\'objet d\'un courriel '
                   'ni dans le nom d\'un fichier. Pour valider une carte, utilisez le service en ligne de vérification d\'admissibilité.\n\n',
             'Hello,\n\nReminder for memory clinic registration: the Quebec health number has 4 letters followed by 8 digits (fictional example: '
             'ABCD 1234 5678). The first 3 letters come from the surname, the 4th from the first name; the digits encode birth year, month '
             '(+50 for women) and day.\n\nNever put a health number in an e-mail subject or a file name. To validate a card, use the online '
             'eligibility service.\n\n') + s.signature(lang, rng)
    return M('admin_reminder', lang, s, dl(rng), L(lang, 'Rappel - format du NAM', 'Reminder - health number format'), text, [],
             'explains NAM format with a placeholder, no patient')


def n_staff_social(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['clerk', 'nurse']), rng.choice(['hsc', 'ugc']))
    ret = ctx.staff(rng.choice(['geri', 'nurse', 'sw']), s.inst)
    d, ev = future(ctx, (7, 30))
    bdays = [f'{ctx.staff("nurse").first} ({rng.randint(1, 28)} {MOIS[ev.month - 1] if lang == "fr" else MONTHS[ev.month - 1]})' for _ in range(3)]
    text = L(lang, f'Bonjour l\'équipe!\n\nAprès 32 ans de carrière, {ret.display(lang)} prend sa retraite. 5 à 7 le {fdate(ev, lang, 3)} '
                   'au bistro Le Vieux-Moulin. Contribution pour le cadeau : 10 $ au poste des infirmières.\n\n'
                   f'Anniversaires du mois : {", ".join(bdays)}. Gâteau jeudi à la salle du personnel!\n\n',
             f'Hi team!\n\nAfter 32 years, {ret.display(lang)} is retiring. Get-together on {fdate(ev, lang, 3)}, 5-7 pm at Le Vieux-Moulin bistro. '
             f'Gift contribution: $10 at the nursing station.\n\nBirthdays this month: {", ".join(bdays)}. Cake Thursday in the staff room!\n\n') + s.signature(lang, rng)
    return M('staff_social', lang, s, dl(rng), L(lang, 'Retraite et anniversaires', 'Retirement and birthdays'), text, [], 'staff social notice', date=d)


def n_caregiver_tips(ctx, lang):
    rng = ctx.rng
    s = ctx.staff(rng.choice(['sw', 'ot', 'nurse']), rng.choice(['clsc', 'hsc']))
    tips = L(lang, ['Gardez une routine stable et des repères visuels (calendrier, horloge).', 'Parlez lentement, une consigne à la fois.',
                    'Sécurisez la cuisinière et rangez les médicaments sous clé.', 'Planifiez des moments de répit pour vous-même.',
                    'Préparez le mandat de protection pendant que la personne est encore apte.', 'Signalez tout changement soudain (confusion, chute) au médecin.'],
               ['Keep a stable routine and visual cues (calendar, clock).', 'Speak slowly, one instruction at a time.',
                'Secure the stove and lock up medications.', 'Plan respite time for yourself.',
                'Prepare a protection mandate while the person can still sign it.', 'Report sudden changes (confusion, falls) to the doctor.'])
    pick = rng.sample(tips, 4)
    title = L(lang, 'Conseils aux proches aidants', 'Tips for caregivers')
    text = L(lang, 'Bonjour,\n\nVoici le feuillet révisé que nous remettons aux familles lors de l\'annonce du diagnostic :\n\n',
             'Hello,\n\nHere is the revised handout we give families at diagnosis disclosure:\n\n') + '\n'.join('- ' + t for t in pick) + '\n\n' + s.signature(lang, rng)
    atts = [('feuillet_proches_aidants.pdf' if lang == 'fr' else 'caregiver_handout.pdf', 'application/pdf', make_pdf(title, pick, author='SAPA'), None)] \
        if rng.random() < 0.5 else []
    return M('caregiver_handout', lang, s, dl(rng), title, text, [], 'generic caregiver handout', attachments=atts)


def n_research_results(ctx, lang):
    rng = ctx.rng
    rc = ctx.staff('res', 'hsc')
    n = rng.randint(80, 240)
    m1, m2 = round(rng.uniform(20, 23), 1), round(rng.uniform(21, 25), 1)
    text = L(lang, f'Bonjour,\n\nRésultats préliminaires de l\'étude COGNI-MARCHE ({n} participant(e)s, âge moyen {rng.randint(74, 81)} ans) : '
                   f'MoCA moyen {num(m1, "fr")} au départ et {num(m2, "fr")} à 12 semaines dans le groupe exercice (p = 0,0{rng.randint(1, 4)}). '
                   f'Taux d\'abandon {rng.randint(8, 19)} %.\n\nMerci à toutes les équipes qui ont référé des participant(e)s! Présentation complète au congrès de mai.\n\n',
             f'Hello,\n\nPreliminary COGNI-MARCHE results ({n} participants, mean age {rng.randint(74, 81)}): mean MoCA {m1} at baseline and {m2} '
             f'at 12 weeks in the exercise arm (p = 0.0{rng.randint(1, 4)}). Dropout {rng.randint(8, 19)}%.\n\nThanks to all referring teams! '
             'Full presentation at the May conference.\n\n') + rc.signature(lang, rng)
    return M('research_results', lang, rc, dl(rng, 2), L(lang, 'Résultats préliminaires COGNI-MARCHE', 'COGNI-MARCHE preliminary results'), text, [],
             'aggregate research results')


def n_driving_info(ctx, lang):
    rng = ctx.rng
    ot = ctx.staff('ot', rng.choice(['hsc', 'ugc']))
    wait = rng.randint(6, 22)
    text = L(lang, f'Bonjour,\n\nPour information, le délai pour une évaluation sur route en ergothérapie est actuellement de {wait} semaines. '
                   'Nous priorisons les demandes où la personne conduit encore et présente un TNC léger. Les personnes avec un TNC modéré à sévère '
                   'ne sont généralement pas évaluées sur route.\n\nCritères de référence et formulaire vierge sur l\'intranet (section Ergothérapie).\n\n',
             f'Hello,\n\nFYI the wait for an on-road OT driving evaluation is currently {wait} weeks. We prioritise people who still drive and have '
             'mild cognitive impairment. People with moderate to severe dementia are generally not road-tested.\n\nReferral criteria and blank '
             'form on the intranet (Occupational Therapy section).\n\n') + ot.signature(lang, rng)
    return M('driving_program_info', lang, ot, dl(rng, 2), L(lang, 'Délais - évaluation de la conduite', 'Wait times - driving evaluation'), text, [],
             'driving-evaluation program info')


NEGATIVE_TEMPLATES = [
    (n_alz_event, 7), (n_caregiver_calendar, 7), (n_research, 7), (n_policy_memo, 7), (n_waitlist_stats, 7),
    (n_volunteer_schedule, 7), (n_staff_schedule, 7), (n_hr_occhealth, 5), (n_physician_directory, 5), (n_rounds, 6),
    (n_teaching_case, 6), (n_invoice, 6), (n_asset, 5), (n_it, 6), (n_facilities, 5), (n_job, 6), (n_committee, 6),
    (n_blank_form, 6), (n_newsletter, 6), (n_formulary, 5), (n_training, 6), (n_abuse_stats, 5), (n_room_thread, 5),
    (n_vaccine, 4), (n_meeting_ics, 5), (n_staff_vcard, 4), (n_toolkit_zip, 4), (n_quality, 5), (n_nam_format, 3),
    (n_staff_social, 4), (n_caregiver_tips, 5), (n_research_results, 4), (n_driving_info, 4),
]


# =========================================================================== driver & self-check

def build_plan(rng, templates):
    plan = [fn for fn, w in templates for _ in range(w)]
    rng.shuffle(plan)
    return plan


def collect_text(part_bytes_list):
    return '\n'.join(part_bytes_list)


def _zip_texts(data, out):
    z = zipfile.ZipFile(io.BytesIO(data))
    for name in z.namelist():
        blob = z.read(name)
        out.append(name)
        _blob_text(name, blob, out)


def _blob_text(name, blob, out):
    low = name.lower()
    if blob[:2] == b'PK':
        _zip_texts(blob, out)
    elif low.endswith('.pdf') or blob[:5] == b'%PDF-':
        out.append(blob.decode('latin-1'))
    else:
        try:
            out.append(blob.decode('utf-8'))
        except UnicodeDecodeError:
            out.append(blob.decode('cp1252', errors='replace'))


def decoded_text(raw):
    """Parse a message and decode every part; returns the concatenated text (raises on failure)."""
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    out = [str(msg['subject'] or ''), str(msg['from'] or ''), str(msg['to'] or '')]
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            out.append(fn)
        if ctype.startswith('text/'):
            txt = part.get_content()
            assert isinstance(txt, str)
            if ctype in ('text/calendar', 'text/vcard', 'text/x-vcard'):
                txt = txt.replace('\r\n ', '').replace('\n ', '')
            out.append(txt)
        elif ctype == 'message/rfc822':
            inner = part.get_content()
            out.append(decoded_text(inner.as_bytes()))
        else:
            data = part.get_payload(decode=True)
            assert data, f'empty payload {ctype}'
            _blob_text(fn or '', data, out)
    for part in msg.walk():
        if part.get_content_type() == 'message/rfc822' and not part.is_multipart():
            pass
    return '\n'.join(out)


def norm_alnum(s):
    return re.sub(r'[^A-Z0-9]', '', strip_accents(s).upper())


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    ctx = Ctx(args.seed)
    rng = ctx.rng
    for sub in ('positive', 'negative'):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
        for f in sorted(os.listdir(os.path.join(out, sub))):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, sub, f))
    labels = {}
    ids_by_file = {}
    pos_plan = build_plan(rng, POSITIVE_TEMPLATES)
    neg_plan = build_plan(rng, NEGATIVE_TEMPLATES)
    jobs = [('positive', 'p', i + 1, fn) for i, fn in enumerate(pos_plan)] + \
           [('negative', 'n', i + 1, fn) for i, fn in enumerate(neg_plan)]
    # interleave generation order deterministically so positives and negatives share the date/name streams
    order = list(range(len(jobs)))
    rng.shuffle(order)
    results = {}
    for j in order:
        sub, pre, k, fn = jobs[j]
        lang = pick_lang(rng)
        msg = fn(ctx, lang)
        raw = render(ctx, msg)
        rel = f'{sub}/{pre}{k:03d}_{msg["cat"]}.eml'
        results[rel] = raw
        labels[rel] = {'confidential': sub == 'positive', 'types': msg['types'], 'lang': msg['lang'], 'note': msg['note']}
        ids_by_file[rel] = msg.get('ids') or []
    for rel in sorted(results):
        with open(os.path.join(out, rel), 'wb') as f:
            f.write(results[rel])
    labels = {k: labels[k] for k in sorted(labels)}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    self_check(out, labels, ids_by_file, ctx)


def self_check(out, labels, ids_by_file, ctx):
    files = sorted(f'{sub}/{f}' for sub in ('positive', 'negative') for f in os.listdir(os.path.join(out, sub)) if f.endswith('.eml'))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as f:
        assert json.load(f) == labels
    all_nams = [p[4] for p in ctx.nam_people]
    counts = {'positive': 0, 'negative': 0}
    langs = {}
    cats = {}
    digest = hashlib.sha256()
    for rel in files:
        lab = labels[rel]
        with open(os.path.join(out, rel), 'rb') as f:
            raw = f.read()
        text = decoded_text(raw)
        flat = norm_alnum(text)
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, rel
            assert rel.split('/')[1].startswith('p')
            for i in ids_by_file.get(rel, []):
                assert i in text or norm_alnum(i) in flat, (rel, i)
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            for nam in all_nams:
                assert nam not in flat, (rel, 'NAM in negative')
        for t in lab['types']:
            assert t in TYPE_ORDER, t
        if rel.startswith('positive/'):
            has_nam = any(nam in flat for nam in all_nams)
            assert has_nam == ('ramq_nam' in lab['types']), (rel, 'ramq_nam label and NAM presence disagree')
        counts[rel.split('/')[0]] += 1
        langs[(rel.split('/')[0], lab['lang'])] = langs.get((rel.split('/')[0], lab['lang']), 0) + 1
        cats[rel.split('/')[0][:3] + ':' + rel.split('_', 1)[1][:-4]] = cats.get(rel.split('/')[0][:3] + ':' + rel.split('_', 1)[1][:-4], 0) + 1
        digest.update(rel.encode() + b'\0' + hashlib.sha256(raw).digest())
    with open(os.path.join(out, 'labels.json'), 'rb') as f:
        digest.update(b'labels.json\0' + hashlib.sha256(f.read()).digest())
    for nam in ctx.used_nams:
        assert nam in all_nams
    assert counts == {'positive': N_POS, 'negative': N_NEG}, counts
    print(f'positives: {counts["positive"]}  negatives: {counts["negative"]}')
    for k in sorted(langs):
        print(f'  {k[0]:8s} {k[1]}: {langs[k]}')
    for k in sorted(cats):
        print(f'  {k}: {cats[k]}')
    print('sha256:', digest.hexdigest())


if __name__ == '__main__':
    main()
