#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus (held-out set 38) for a hospital DLP filter.

Flavour: the specialty clinics of an invented Quebec regional hospital
(nephrology / transplant, infectious diseases, travel medicine) and its medical
records department, working with invented partners in Belgium, France, Ontario,
insurers and law firms.  Roughly half French (Quebec and European), half English.

Everything is invented: people, institutions, addresses, *.example domains,
555 phone numbers.  RAMQ NAMs come only from ../blind_nams.txt and are always
used with that person's name, birth date and sex.  Other identifiers (NISS, NIR,
SIN, Ontario health number) are generated valid and checked with python-stdnum.

Usage:  python generate.py [--seed 3838] [--out DIR]
Output: positive/pNNN_<category>.eml, negative/nNNN_<category>.eml, labels.json,
        README.md (written next to this script unless --out is given).
Deterministic: two runs with the same seed give byte-identical files.
"""

import argparse
import csv
import datetime as dt
import hashlib
import html as htmlmod
import io
import json
import os
import random
import re
import sys
import textwrap
import unicodedata
import zipfile

import email
import email.policy
from email import encoders
from email.charset import Charset, QP, BASE64
from email.header import Header
from email.headerregistry import Address
from email.message import EmailMessage
from email.mime.application import MIMEApplication
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, formataddr

from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.be import ogm_vcs as be_ogm
from stdnum.be import vat as be_vat
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir
from stdnum.fr import siret as fr_siret
from stdnum import iban as std_iban

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 3838
N_POS = 120
N_NEG = 180
FIXED_ZIP_TIME = (2024, 11, 29, 16, 0, 0)
FIXED_ISO = '2024-11-29T16:00:00Z'

# ---------------------------------------------------------------------------
# small utilities
# ---------------------------------------------------------------------------


def deaccent(s):
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii')


def slug(s):
    return re.sub(r'[^a-z0-9]+', '.', deaccent(s).lower()).strip('.')


MOIS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
        'septembre', 'octobre', 'novembre', 'décembre']
MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
          'September', 'October', 'November', 'December']
JOURS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style=0):
    """Format a date the way people type it."""
    if lang == 'fr':
        styles = [
            lambda: d.strftime('%Y-%m-%d'),
            lambda: '%d %s %d' % (d.day, MOIS[d.month - 1], d.year),
            lambda: d.strftime('%d/%m/%Y'),
            lambda: d.strftime('%d-%m-%Y'),
            lambda: '%s %d %s' % (JOURS[d.weekday()], d.day, MOIS[d.month - 1]),
            lambda: d.strftime('%d.%m.%Y'),
        ]
    else:
        styles = [
            lambda: d.strftime('%Y-%m-%d'),
            lambda: '%s %d, %d' % (MONTHS[d.month - 1], d.day, d.year),
            lambda: '%d/%d/%d' % (d.month, d.day, d.year),
            lambda: '%d %s %d' % (d.day, MONTHS[d.month - 1][:3], d.year),
            lambda: '%s, %s %d' % (DAYS[d.weekday()], MONTHS[d.month - 1], d.day),
            lambda: d.strftime('%d-%b-%Y').upper(),
        ]
    return styles[style % len(styles)]()


def tz_for(d):
    # crude North-American DST window, good enough for a Date header
    edt = (d.month > 3 and d.month < 11) or (d.month == 3 and d.day >= 10) or (d.month == 11 and d.day < 3)
    return dt.timezone(dt.timedelta(hours=-4 if edt else -5))


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------


def make_niss(rng, dob, sex):
    serial = rng.randrange(1, 499) * 2 + (1 if sex == 'M' else 0)
    if sex == 'F' and serial % 2:
        serial += 1
    if sex == 'M' and serial % 2 == 0:
        serial += 1
    serial = max(1, min(serial, 997))
    base = '%02d%02d%02d%03d' % (dob.year % 100, dob.month, dob.day, serial)
    num = int(('2' + base) if dob.year >= 2000 else base)
    chk = 97 - (num % 97)
    niss = base + '%02d' % chk
    be_nn.validate(niss)
    assert be_nn.get_birth_date(niss) == dob
    return niss


DEPTS = ['75', '69', '13', '59', '44', '33', '67', '35', '31', '06', '76', '54', '21', '37']


def make_nir(rng, dob, sex, dept=None):
    dept = dept or rng.choice(DEPTS)
    base = '%d%02d%02d%s%03d%03d' % (1 if sex == 'M' else 2, dob.year % 100, dob.month, dept,
                                     rng.randrange(1, 990), rng.randrange(1, 999))
    key = 97 - (int(base) % 97)
    nir = base + '%02d' % key
    fr_nir.validate(nir)
    return nir


def make_sin(rng, first='2'):
    body = first + ''.join(str(rng.randrange(10)) for _ in range(7))
    s = body + luhn.calc_check_digit(body)
    ca_sin.validate(s)
    return s


def make_on_hcn(rng):
    body = str(rng.randrange(1, 10)) + ''.join(str(rng.randrange(10)) for _ in range(8))
    h = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(h) and len(h) == 10
    return h


def luhn_serial(rng, n):
    body = ''.join(str(rng.randrange(10)) for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def fmt_nam(nam, style):
    s = style % 6
    if s == 0:
        return nam
    if s == 1:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if s == 2:
        return ('%s %s %s' % (nam[:4], nam[4:8], nam[8:])).lower()
    if s == 3:
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if s == 4:
        return nam[:4].capitalize() + nam[4:]
    return '%s %s' % (nam[:4], nam[4:])


def fmt_niss(n, style):
    s = style % 4
    if s == 0:
        return n
    if s == 1:
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    if s == 2:
        return '%s %s %s' % (n[:6], n[6:9], n[9:])
    return '%s-%s-%s' % (n[:6], n[6:9], n[9:])


def fmt_nir(n, style):
    s = style % 4
    if s == 0:
        return '%s %s' % (n[:13], n[13:])
    if s == 1:
        return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    if s == 2:
        return n
    return '%s %s %s %s %s %s / %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])


def fmt_sin(s, style):
    st = style % 3
    if st == 0:
        return '%s %s %s' % (s[:3], s[3:6], s[6:])
    if st == 1:
        return '%s-%s-%s' % (s[:3], s[3:6], s[6:])
    return s


def fmt_hcn(h, vc, style):
    st = style % 4
    if st == 0:
        return '%s-%s-%s-%s' % (h[:4], h[4:7], h[7:], vc)
    if st == 1:
        return '%s %s %s %s' % (h[:4], h[4:7], h[7:], vc)
    if st == 2:
        return h + vc
    return '%s %s %s' % (h[:4], h[4:7], h[7:])


def fmt_mrn(m, style):
    st = style % 5
    if st == 0:
        return m
    if st == 1:
        return 'VC-' + m
    if st == 2:
        return '%s %s' % (m[:3], m[3:])
    if st == 3:
        return m.lstrip('0')
    return 'H' + m


# ---------------------------------------------------------------------------
# people
# ---------------------------------------------------------------------------


class Person(object):
    def __init__(self, given, surname, dob, sex, **kw):
        self.given = given
        self.surname = surname
        self.dob = dob
        self.sex = sex
        self.nam = None
        self.niss = None
        self.nir = None
        self.sin = None
        self.hcn = None
        self.hcn_vc = None
        self.mrn = None
        self.street = None
        self.city = None
        self.postal = None
        self.phone = None
        self.email = None
        self.__dict__.update(kw)

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)

    def name(self, style, lang='fr'):
        st = style % 9
        g, s = self.given, self.surname
        if st == 0:
            return '%s %s' % (g, s)
        if st == 1:
            return '%s, %s' % (s.upper(), g)
        if st == 2:
            return '%s %s' % (s, g)
        if st == 3:
            return '%s. %s' % (g[0], s)
        if st == 4:
            if lang == 'fr':
                return '%s %s' % ('Mme' if self.sex == 'F' else 'M.', s)
            return '%s %s' % ('Ms.' if self.sex == 'F' else 'Mr.', s)
        if st == 5:
            return '%s, %s.' % (s, g[0])
        if st == 6:
            return ('%s %s' % (g, s)).lower()
        if st == 7:
            return '%s %s' % (s.upper(), g.upper())
        if lang == 'fr':
            return '%s %s %s' % ('Mme' if self.sex == 'F' else 'M.', g, s)
        return '%s %s %s' % ('Mrs.' if self.sex == 'F' else 'Mr.', g, s)

    # French grammar helpers
    def e(self):
        return 'e' if self.sex == 'F' else ''

    def il(self):
        return 'elle' if self.sex == 'F' else 'il'

    def Il(self):
        return 'Elle' if self.sex == 'F' else 'Il'

    def he(self):
        return 'she' if self.sex == 'F' else 'he'

    def He(self):
        return 'She' if self.sex == 'F' else 'He'

    def his(self):
        return 'her' if self.sex == 'F' else 'his'

    def him(self):
        return 'her' if self.sex == 'F' else 'him'

    def patient_fr(self):
        return 'la patiente' if self.sex == 'F' else 'le patient'

    def sexcode(self, lang):
        if lang == 'fr':
            return 'F' if self.sex == 'F' else 'M'
        return 'F' if self.sex == 'F' else 'M'


def nam_expected(p):
    letters = re.sub(r'[^A-Z]', '', deaccent(p.surname).upper())
    if len(letters) < 3:
        letters = (letters + 'XXX')[:3]
    mm = p.dob.month + (50 if p.sex == 'F' else 0)
    return letters[:3] + deaccent(p.given).upper()[0] + '%02d%02d%02d' % (p.dob.year % 100, mm, p.dob.day)


def load_nam_people():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    people = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            parts = line.split()
            nam, sex, dob = parts[-1], parts[-2], parts[-3]
            surname = parts[0]
            given = ' '.join(parts[1:-3])
            p = Person(given, surname, dt.date.fromisoformat(dob), sex)
            p.nam = nam
            if nam_expected(p) != nam[:10]:
                raise SystemExit('NAM inconsistent with name/dob/sex: %r' % line)
            people.append(p)
    if not people:
        raise SystemExit('no NAM in blind_nams.txt')
    return people


QC_STREETS = ['rue des Érables', 'rang du Petit-Brûlé', 'avenue Sainte-Aurélie', 'rue Principale Ouest',
              'chemin du Lac-Caché', 'rue des Goélands', 'boulevard du Fleuve', 'rue Notre-Dame Est',
              'rue des Pionniers', 'route 298', 'rue de la Batture', 'avenue des Saules', 'rue Clothaire-Lavoie',
              'chemin des Sept-Îles-Vertes', 'rue du Moulin', 'rue Saint-Onésime']
QC_CITIES = [('Val-Cormier', 'G0X'), ('Sainte-Aurélie-du-Fleuve', 'G0Y'), ('Saint-Clothaire', 'G0W'),
             ('Lac-Brûlé-Nord', 'G0V'), ('Port-Haldane', 'G5Z'), ('Saint-Onésime-des-Battures', 'G0T'),
             ('Rivière-aux-Saules', 'G5Y')]
BE_STREETS = ['rue des Tanneurs', 'chaussée de Hesbaye', 'rue Haute', 'avenue des Tilleuls', 'rue du Pont-Levis',
              'Kerkstraat', 'rue Saint-Remacle', 'place du Marché-aux-Herbes']
BE_CITIES = [('4370', 'Waremme-sur-Geer'), ('4000', 'Liège-Meuse'), ('5300', 'Andenne-Val'), ('1400', 'Nivelles-Saint-Remy'),
             ('4280', 'Hannut-les-Prés')]
FR_STREETS = ['rue des Carmes', 'allée des Tilleuls', 'boulevard Gambetta', 'impasse du Puits', 'rue de la République',
              'chemin des Vignes', 'place du Marché']
FR_CITIES = [('49400', 'Montclair-sur-Loire'), ('37150', 'Valrose-en-Touraine'), ('44110', 'Saint-Aubin-des-Landes'),
             ('69570', 'Dardilly-le-Haut')]

BE_SURNAMES = ['Dubois', 'Lambert', 'Peeters', 'Janssens', 'Maes', 'Mertens', 'Willems', 'Claes', 'Goossens',
               'Wouters', 'De Smet', 'Renard', 'Lejeune', 'Collignon', 'Dumont', 'Lemaire', 'Hermans', 'Delhaye']
BE_GIVEN = {'M': ['Luc', 'Thierry', 'Koen', 'Philippe', 'Geert', 'Jean-Marc', 'Didier', 'Bart', 'Olivier', 'Maxime'],
            'F': ['Véronique', 'Anne-Sophie', 'Els', 'Martine', 'Nathalie', 'Annick', 'Inge', 'Séverine', 'Chantal', 'Lotte']}
FR_SURNAMES = ['Lefebvre', 'Moreau', 'Garnier', 'Chevalier', 'Rousseau', 'Guerin', 'Marchal', 'Perrot', 'Barbier',
               'Leclerc', 'Fabre', 'Benhamou', 'Le Goff', 'Texier', 'Mallet', 'Ferrand']
FR_GIVEN = {'M': ['Julien', 'Thomas', 'Hervé', 'Yannick', 'Bruno', 'Mathis', 'Karim', 'Sébastien', 'Gérard', 'Loïc'],
            'F': ['Camille', 'Élise', 'Sandrine', 'Brigitte', 'Océane', 'Nadia', 'Maëlle', 'Isabelle', 'Solène', 'Agnès']}
ON_SURNAMES = ['Henderson', 'Kowalczyk', 'Mbeki', 'Doucette', 'Fairbairn', 'Abernathy', 'Sinclair', 'Chaudhry']
ON_GIVEN = {'M': ['Gregory', 'Tyler', 'Imran', 'Douglas', 'Kevin'], 'F': ['Heather', 'Lindsay', 'Amina', 'Carol', 'Megan']}


def phone(rng, area=None):
    area = area or rng.choice(['418', '581', '367'])
    # 555-0101..0195: never the hospital's own 0100 / 0197-0199 lines
    return '%s-555-%04d' % (area, rng.randrange(101, 196))


def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(rng.randrange(start, end))


# ---------------------------------------------------------------------------
# attachments
# ---------------------------------------------------------------------------


def make_zip(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


def normalize_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    files = []
    for info in src.infolist():
        content = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            txt = content.decode('utf-8')
            txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\g<2>' % FIXED_ISO, txt)
            txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\g<2>' % FIXED_ISO, txt)
            txt = re.sub(r'<cp:lastPrinted>[^<]*</cp:lastPrinted>', '', txt)
            content = txt.encode('utf-8')
        files.append((info.filename, content))
    return make_zip(files)


def make_pdf(title, lines, compress=False, author='CHRVC'):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('CHRVC - gestion documentaire')
    width, height = letter
    y = height - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 9.5)
    for raw in lines:
        wrapped = textwrap.wrap(raw, 100) if raw.strip() else ['']
        for ln in wrapped:
            if y < 55:
                c.showPage()
                c.setFont('Helvetica', 9.5)
                y = height - 60
            c.drawString(50, y, ln)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = 'CHRVC'
    cp.title = title
    cp.created = dt.datetime(2024, 11, 29, 16, 0, 0)
    cp.modified = dt.datetime(2024, 11, 29, 16, 0, 0)
    cp.last_modified_by = 'CHRVC'
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        try:
            t.style = 'Table Grid'
        except Exception:
            pass
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fixed = dt.datetime(2024, 11, 29, 16, 0, 0)
    wb.properties.creator = 'CHRVC'
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.lastModifiedBy = 'CHRVC'
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r, row in enumerate(rows):
            ws.append(list(row))
            if r == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_csv(rows, delimiter=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHRVC//Agenda clinique 4.2//FR', 'CALSCALE:GREGORIAN',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20241129T160000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_escape(summary), 'LOCATION:' + ics_escape(location),
             'DESCRIPTION:' + ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s' % (n, a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def make_vcard(family, given, fn, org=None, title=None, tels=(), emails=(), adr=None, bday=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (family, given), 'FN:' + fn]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    for kind, e in emails:
        lines.append('EMAIL;TYPE=%s:%s' % (kind, e))
    if adr:
        lines.append('ADR;TYPE=%s:;;%s;%s;%s;%s;%s' % adr)
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def att_bytes(filename, data, maintype, subtype):
    return {'kind': 'bytes', 'filename': filename, 'data': data, 'maintype': maintype, 'subtype': subtype}


def att_pdf(filename, title, lines, compress=False):
    return att_bytes(filename, make_pdf(title, lines, compress), 'application', 'pdf')


def att_docx(filename, title, paragraphs, table=None):
    return att_bytes(filename, make_docx(title, paragraphs, table), 'application',
                     'vnd.openxmlformats-officedocument.wordprocessingml.document')


def att_xlsx(filename, sheets):
    return att_bytes(filename, make_xlsx(sheets), 'application',
                     'vnd.openxmlformats-officedocument.spreadsheetml.sheet')


def att_zip(filename, files):
    return att_bytes(filename, make_zip(files), 'application', 'zip')


def att_text(filename, text, subtype, params=None):
    return {'kind': 'text', 'filename': filename, 'data': text, 'subtype': subtype, 'params': params or {}}


def att_eml(filename, raw):
    return {'kind': 'eml', 'filename': filename, 'data': raw}


# ---------------------------------------------------------------------------
# bodies
# ---------------------------------------------------------------------------


def text_to_html(text, font=None):
    font = font or 'Calibri, Arial, sans-serif'
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html"></head>',
           '<body style="font-family:%s;font-size:11pt">' % font]
    quote_open = False
    para = []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(para) + '</p>')
            del para[:]
    for line in text.split('\n'):
        is_q = line.startswith('>')
        if is_q and not quote_open:
            flush()
            out.append('<blockquote style="border-left:2px solid #999;margin-left:4px;padding-left:8px">')
            quote_open = True
        if not is_q and quote_open:
            flush()
            out.append('</blockquote>')
            quote_open = False
        content = line.lstrip('>').lstrip(' ') if is_q else line
        if not content.strip():
            flush()
        else:
            para.append(htmlmod.escape(content, quote=False))
    flush()
    if quote_open:
        out.append('</blockquote>')
    out += ['</body>', '</html>']
    return '\n'.join(out) + '\n'


def html_table(rows, header=True):
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = 'th' if (header and i == 0) else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(c), quote=False), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def html_to_text(h):
    t = re.sub(r'(?is)<head>.*?</head>', '', h)
    t = re.sub(r'(?i)</t[dh]>\s*<t[dh][^>]*>', ' | ', t)
    t = re.sub(r'(?i)<br\s*/?>', '\n', t)
    t = re.sub(r'(?i)</(p|tr|h\d|li|div|table)>', '\n', t)
    t = re.sub(r'(?s)<[^>]+>', '', t)
    t = htmlmod.unescape(t)
    lines = [l.strip() for l in t.split('\n')]
    out = []
    for l in lines:
        if l or (out and out[-1]):
            out.append(l)
    return '\n'.join(out).strip() + '\n'


def text_table(rows, sep=' | '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    return '\n'.join(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in rows)


# ---------------------------------------------------------------------------
# message rendering
# ---------------------------------------------------------------------------

MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 15.0', None, None, 'Zimbra 9.0.0_GA (ZimbraWebClient - FF115)',
           'Apple Mail (2.3731.700.6)', 'Mozilla Thunderbird 115.10.1', None]


def pick_charset(rng, lang, text):
    if lang == 'fr':
        cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [50, 25, 25])[0]
    else:
        cs = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], [65, 15, 20])[0]
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return cs


def pick_cte(rng, text):
    try:
        text.encode('ascii')
        ascii_only = True
    except UnicodeEncodeError:
        ascii_only = False
    c = rng.choices(['quoted-printable', 'base64', '8bit'], [45, 25, 30])[0]
    if c == '8bit' and (ascii_only or max(len(l) for l in text.split('\n')) > 900):
        c = '7bit' if ascii_only else 'quoted-printable'
    return c


def _addr_obj(pair):
    name, addr = pair
    user, dom = addr.split('@')
    return Address(display_name=name or '', username=user, domain=dom)


def fix_boundaries(msg, rng, outlook):
    """The email package picks random MIME boundaries; replace them with seeded ones."""
    stack = [msg]
    while stack:
        part = stack.pop()
        if part.get_content_maintype() == 'multipart':
            if outlook:
                b = '----=_NextPart_%03d_%04X_%08X.%08X' % (rng.randrange(3), rng.getrandbits(16), rng.getrandbits(32), rng.getrandbits(32))
            else:
                b = '===============%019d==' % rng.getrandbits(63)
            part.set_boundary(b)
            stack.extend(part.get_payload())


def render(C, spec):
    """Turn a spec dict into raw RFC 5322 bytes."""
    rng = C.rng
    lang = spec['lang']
    text, html = spec.get('text'), spec.get('html')
    mode = spec.get('mode')
    if mode is None:
        if html is not None and text is None:
            mode = rng.choice(['html', 'html', 'alt'])
        else:
            mode = rng.choices(['plain', 'alt', 'html'], [52, 34, 14])[0]
    if mode in ('alt', 'html') and html is None:
        html = text_to_html(text)
    if mode in ('plain', 'alt') and text is None:
        text = html_to_text(html)
    legacy = spec.get('legacy')
    if legacy is None:
        legacy = rng.random() < 0.3
    linesep = spec.get('linesep') or rng.choice(['\r\n', '\n'])
    sample = (text or '') + (html or '')
    cs = spec.get('charset') or pick_charset(rng, lang, sample)
    try:
        sample.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    cte = spec.get('cte') or pick_cte(rng, sample)
    if legacy and cte in ('8bit', '7bit'):
        cte = 'quoted-printable'
    date = spec['date']
    msgid = '<%016x.%s@%s>' % (rng.getrandbits(64), spec.get('mid_tag', 'msg'), spec['frm'][1].split('@')[1])
    mailer = spec.get('mailer', rng.choice(MAILERS))
    subject = spec['subject']
    atts = spec.get('atts', [])

    if not legacy:
        msg = EmailMessage()
        msg['From'] = _addr_obj(spec['frm'])
        msg['To'] = [_addr_obj(p) for p in spec['to']]
        if spec.get('cc'):
            msg['Cc'] = [_addr_obj(p) for p in spec['cc']]
        msg['Subject'] = subject
        msg['Date'] = format_datetime(date)
        msg['Message-ID'] = msgid
        if spec.get('in_reply_to'):
            msg['In-Reply-To'] = spec['in_reply_to']
            msg['References'] = spec['in_reply_to']
        if mailer:
            msg['X-Mailer'] = mailer
        msg['Content-Language'] = 'fr-CA' if lang == 'fr' else 'en-CA'
        if mode == 'plain':
            msg.set_content(text, subtype='plain', charset=cs, cte=cte)
        elif mode == 'html':
            msg.set_content(html, subtype='html', charset=cs, cte=cte)
        else:
            msg.set_content(text, subtype='plain', charset=cs, cte=cte)
            msg.add_alternative(html, subtype='html', charset=cs, cte=cte)
        for a in atts:
            if a['kind'] == 'bytes':
                msg.add_attachment(a['data'], maintype=a['maintype'], subtype=a['subtype'], filename=a['filename'])
            elif a['kind'] == 'text':
                msg.add_attachment(a['data'], subtype=a['subtype'], charset='utf-8',
                                   cte=rng.choice(['quoted-printable', 'base64']), filename=a['filename'],
                                   params=a['params'] or None)
            else:
                inner = email.message_from_bytes(a['data'], policy=email.policy.default)
                msg.add_attachment(inner, filename=a['filename'])
        fix_boundaries(msg, rng, False)
        return msg.as_bytes(policy=email.policy.default.clone(linesep=linesep))

    # legacy (compat32) construction, Outlook-like
    def textpart(t, sub):
        ch = Charset(cs)
        ch.body_encoding = QP if cte == 'quoted-printable' else BASE64
        ch.header_encoding = QP
        return MIMEText(t, sub, ch)

    if mode == 'plain':
        body = textpart(text, 'plain')
    elif mode == 'html':
        body = textpart(html, 'html')
    else:
        body = MIMEMultipart('alternative')
        body.attach(textpart(text, 'plain'))
        body.attach(textpart(html, 'html'))
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in atts:
            fn = a['filename']
            try:
                fn.encode('ascii')
                fnparam = fn
            except UnicodeEncodeError:
                fnparam = ('utf-8', '', fn)
            if a['kind'] == 'bytes':
                part = MIMEBase(a['maintype'], a['subtype'], name=fnparam)
                part.set_payload(a['data'])
                encoders.encode_base64(part)
            elif a['kind'] == 'text':
                part = MIMEText(a['data'], a['subtype'], 'utf-8')
                for k, v in (a['params'] or {}).items():
                    part.set_param(k, v)
            else:
                part = MIMEMessage(email.message_from_bytes(a['data']))
            part.add_header('Content-Disposition', 'attachment', filename=fnparam)
            msg.attach(part)
    else:
        msg = body

    def hdr(s):
        try:
            s.encode('ascii')
            return s
        except UnicodeEncodeError:
            try:
                s.encode(cs)
                return Header(s, cs)
            except UnicodeEncodeError:
                return Header(s, 'utf-8')

    def addr(p):
        try:
            p[0].encode('ascii')
            return formataddr(p)
        except UnicodeEncodeError:
            try:
                p[0].encode(cs)
                return formataddr(p, charset=cs)
            except UnicodeEncodeError:
                return formataddr(p, charset='utf-8')
    # headers must come first: rebuild ordering by inserting before Content-Type
    hdrs = [('From', addr(spec['frm'])), ('To', ', '.join(addr(p) for p in spec['to']))]
    if spec.get('cc'):
        hdrs.append(('Cc', ', '.join(addr(p) for p in spec['cc'])))
    hdrs += [('Subject', hdr(subject)), ('Date', format_datetime(date)), ('Message-ID', msgid)]
    if spec.get('in_reply_to'):
        hdrs += [('In-Reply-To', spec['in_reply_to']), ('References', spec['in_reply_to'])]
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    hdrs.append(('Thread-Topic', hdr(re.sub(r'^((RE|TR|FW|Fwd|RÉF)\s*:\s*)+', '', subject, flags=re.I))))
    existing = [(k, v) for k, v in msg.items()]
    for k in list(msg.keys()):
        del msg[k]
    for k, v in hdrs:
        msg[k] = v
    for k, v in existing:
        if k.lower() != 'mime-version':
            msg[k] = v
    msg['MIME-Version'] = '1.0'
    fix_boundaries(msg, rng, True)
    return msg.as_bytes(policy=email.policy.compat32.clone(linesep=linesep))


def quote_block(text, lang, who, when, subject='', style=0):
    """Quote an earlier message below a reply."""
    name, addr = who
    if style == 0:
        if lang == 'fr':
            head = 'Le %s à %s, %s <%s> a écrit :' % (fdate(when, 'fr', 1), when.strftime('%H:%M'), name, addr)
        else:
            head = 'On %s at %s, %s <%s> wrote:' % (fdate(when, 'en', 1), when.strftime('%I:%M %p').lstrip('0'), name, addr)
        return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.rstrip('\n').split('\n')) + '\n'
    if style == 1:
        if lang == 'fr':
            head = ('-----Message d\'origine-----\nDe : %s <%s>\nEnvoyé : %s %s\nObjet : ' %
                    (name, addr, fdate(when, 'fr', 4), when.strftime('%H:%M')))
        else:
            head = ('-----Original Message-----\nFrom: %s <%s>\nSent: %s %s\nSubject: ' %
                    (name, addr, fdate(when, 'en', 4), when.strftime('%I:%M %p').lstrip('0')))
        return head + subject + '\n\n' + text.rstrip('\n') + '\n'
    if lang == 'fr':
        head = '________________________________\nDe : %s <%s>\nEnvoyé : %s\nObjet : ' % (name, addr, fdate(when, 'fr', 1))
    else:
        head = '________________________________\nFrom: %s <%s>\nSent: %s\nSubject: ' % (name, addr, fdate(when, 'en', 1))
    return head + subject + '\n\n' + text.rstrip('\n') + '\n'


def forward_block(text, lang, who, when, subject, to):
    name, addr = who
    if lang == 'fr':
        head = ('---------- Message transféré ---------\nDe : %s <%s>\nDate : %s à %s\nObjet : %s\nÀ : %s\n' %
                (name, addr, fdate(when, 'fr', 1), when.strftime('%H:%M'), subject, to))
    else:
        head = ('---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s at %s\nSubject: %s\nTo: %s\n' %
                (name, addr, fdate(when, 'en', 1), when.strftime('%I:%M %p').lstrip('0'), subject, to))
    return head + '\n' + text.rstrip('\n') + '\n'


# ---------------------------------------------------------------------------
# invented organisations and staff
# ---------------------------------------------------------------------------

HOSP = 'chrvc.example'
HOSP_FR = 'Centre hospitalier régional de Val-Cormier'
HOSP_EN = 'Val-Cormier Regional Hospital Centre'
HOSP_ADDR = '1250, boulevard des Érables, Val-Cormier (Québec)  G0X 2K0'

STAFF = {
    # key: (given, surname, title, role_fr, role_en, dept_fr, dept_en, ext)
    'neph1': ('Hélène', 'Vachon-Lemire', 'Dre', 'Néphrologue', 'Nephrologist', 'Service de néphrologie', 'Nephrology', '4120'),
    'neph2': ('Karim', 'Belhadj', 'Dr', 'Néphrologue, programme de greffe rénale', 'Transplant nephrologist', 'Service de néphrologie', 'Nephrology', '4122'),
    'neph3': ('Stephen', "O'Rourke", 'Dr', 'Néphrologue', 'Nephrologist', 'Service de néphrologie', 'Nephrology', '4125'),
    'txc': ('Marie-Ève', 'Coulombe', '', 'Infirmière coordonnatrice, greffe rénale', 'Transplant nurse coordinator', 'Programme de greffe rénale', 'Kidney Transplant Program', '4188'),
    'txc2': ('Patrick', 'Dionne', '', 'Infirmier coordonnateur, donneurs vivants', 'Living donor coordinator', 'Programme de greffe rénale', 'Kidney Transplant Program', '4189'),
    'hdn': ('Julie', 'Therrien', '', 'Infirmière-chef, unité d\'hémodialyse', 'Head nurse, haemodialysis unit', 'Unité d\'hémodialyse', 'Haemodialysis Unit', '4230'),
    'hdc': ('Nancy', 'Boisvert-Ricard', '', 'Agente administrative', 'Unit clerk', 'Unité d\'hémodialyse', 'Haemodialysis Unit', '4231'),
    'id1': ('Olivier', 'St-Amand', 'Dr', 'Microbiologiste-infectiologue', 'Infectious diseases physician', 'Service de maladies infectieuses', 'Infectious Diseases', '4310'),
    'id2': ('Priya', 'Raman', 'Dre', 'Infectiologue', 'Infectious diseases physician', 'Service de maladies infectieuses', 'Infectious Diseases', '4312'),
    'ipc': ('Roxanne', 'Pellerin', '', 'Conseillère en prévention et contrôle des infections', 'Infection prevention and control advisor', 'Prévention et contrôle des infections', 'Infection Prevention & Control', '4340'),
    'trn': ('Sandrine', 'Lafleur', '', 'Infirmière clinicienne, santé-voyage', 'Travel health nurse', 'Clinique santé-voyage', 'Travel Health Clinic', '4360'),
    'trmd': ('Daniel', 'Kaplan', 'Dr', 'Médecin, clinique santé-voyage', 'Physician, travel medicine', 'Clinique santé-voyage', 'Travel Health Clinic', '4361'),
    'arch1': ('Chantal', 'Després', '', 'Archiviste médicale', 'Health information manager', 'Service de la gestion de l\'information clinique (archives)', 'Health Records Department', '4417'),
    'arch2': ('Kevin', 'Nguyen', '', 'Technicien en gestion de l\'information', 'Health records technician', 'Service de la gestion de l\'information clinique (archives)', 'Health Records Department', '4418'),
    'archc': ('Isabelle', 'Rioux', '', 'Chef de service, archives médicales', 'Manager, Health Records', 'Service de la gestion de l\'information clinique (archives)', 'Health Records Department', '4410'),
    'sw': ('Mélanie', 'Grondin', '', 'Travailleuse sociale', 'Social worker', 'Service social, néphrologie', 'Social Work, Nephrology', '4195'),
    'pharm': ('Alexandre', 'Fontaine', '', 'Pharmacien', 'Pharmacist', 'Département de pharmacie', 'Pharmacy', '4501'),
    'res': ('Élodie', 'Marchand', '', 'Coordonnatrice de recherche clinique', 'Clinical research coordinator', 'Centre de recherche', 'Research Centre', '4610'),
    'intl': ('François', 'Beaulieu', '', 'Conseiller, partenariats internationaux', 'International partnerships advisor', 'Direction de l\'enseignement', 'Academic Affairs', '4020'),
    'adm': ('Lucie', 'Gingras', '', 'Adjointe administrative', 'Administrative assistant', 'Direction des services professionnels', 'Professional Services', '4005'),
    'hr': ('Sébastien', 'Laroche', '', 'Conseiller en gestion des ressources humaines', 'HR advisor', 'Direction des ressources humaines', 'Human Resources', '4700'),
    'occ': ('Josiane', 'Turcotte', '', 'Infirmière, santé et sécurité au travail', 'Occupational health nurse', 'Santé et sécurité au travail', 'Occupational Health', '4720'),
    'it': ('Martin', 'Veilleux', '', 'Analyste, soutien aux applications cliniques', 'Clinical applications analyst', 'Direction des ressources informationnelles', 'IT Services', '4800'),
    'biomed': ('Yannick', 'Bergeron', '', 'Technicien en génie biomédical', 'Biomedical technician', 'Génie biomédical', 'Biomedical Engineering', '4850'),
    'ap': ('Annie', 'Labrecque', '', 'Technicienne, comptes fournisseurs', 'Accounts payable technician', 'Direction des ressources financières', 'Finance', '4900'),
    'comm': ('Valérie', 'Auclair', '', 'Conseillère en communication', 'Communications advisor', 'Service des communications', 'Communications', '4030'),
    'dsp': ('Benoît', 'Carrier', 'Dr', 'Chef du département de médecine spécialisée', 'Head, Department of Specialized Medicine', 'Département de médecine spécialisée', 'Department of Specialized Medicine', '4100'),
}

GENERIC = {
    'archives': ('Archives médicales CHRVC', 'archives.medicales@' + HOSP),
    'greffe': ('Programme de greffe rénale', 'greffe.renale@' + HOSP),
    'hd': ('Hémodialyse CHRVC', 'hemodialyse@' + HOSP),
    'voyage': ('Clinique santé-voyage', 'sante-voyage@' + HOSP),
    'mi': ('Maladies infectieuses - secrétariat', 'mi.secretariat@' + HOSP),
    'acces': ('Accès à l\'information', 'acces.information@' + HOSP),
    'all_neph': ('Néphrologie - tous', 'nephrologie-tous@' + HOSP),
    'all_staff': ('Tout le personnel', 'tout.le.personnel@' + HOSP),
    'medecins': ('Médecins CHRVC', 'medecins@' + HOSP),
    'rech': ('Centre de recherche', 'recherche@' + HOSP),
}

EXT = {
    # Belgium
    'be_neph': ('Dr Pieter Van den Broeck', 'pieter.vandenbroeck@huhm.example', 'Hôpital universitaire de Hesbaye-Meuse', 'Service de néphrologie-transplantation'),
    'be_coord': ('Sophie Lambotte', 'sophie.lambotte@huhm.example', 'Hôpital universitaire de Hesbaye-Meuse', 'Coordination de transplantation'),
    'be_social': ('Anne Delvaux', 'anne.delvaux@huhm.example', 'Hôpital universitaire de Hesbaye-Meuse', 'Service social'),
    'be_dial': ('Els Verhaegen', 'els.verhaegen@azheidebloem.example', 'AZ Heidebloem', 'Dialysis unit'),
    'be_adm': ('Bureau des admissions internationales', 'international@huhm.example', 'Hôpital universitaire de Hesbaye-Meuse', 'Admissions'),
    # France
    'fr_neph': ('Pr Jean-Baptiste Morvan', 'jb.morvan@chu-montclair.example', 'CHU de Montclair-sur-Loire', 'Service de néphrologie, dialyse et transplantation'),
    'fr_cadre': ('Claire Assouline', 'claire.assouline@chu-montclair.example', 'CHU de Montclair-sur-Loire', 'Cadre de santé, dialyse'),
    'fr_dial': ('Laetitia Roussel', 'l.roussel@troispins-dialyse.example', 'Centre d\'hémodialyse des Trois-Pins', 'Secrétariat vacanciers'),
    'fr_assist': ('Dr Hervé Kerjean', 'regulation@msa-assistance.example', 'Mondial Secours Assistance', 'Régulation médicale'),
    'fr_inf': ('Dr Agnès Valette', 'a.valette@chu-montclair.example', 'CHU de Montclair-sur-Loire', 'Maladies infectieuses et tropicales'),
    # Canada
    'on_neph': ('Dr. Amanda Whitfield', 'awhitfield@kingsmere-gh.example', 'Kingsmere General Hospital', 'Renal Program'),
    'on_bill': ('Rachel Osei', 'rosei@kingsmere-gh.example', 'Kingsmere General Hospital', 'Interprovincial billing'),
    'clsc': ('Geneviève Lachance', 'genevieve.lachance@cisss-battures.example', 'CLSC des Battures', 'Soutien à domicile'),
    'qc_tx': ('Dre Sarah Mercier-Khoury', 'sarah.mercier-khoury@hulnord.example', 'Hôpital universitaire Laval-Nord', 'Centre de transplantation rénale'),
    'gmf': ('Dr Mathieu Lacasse', 'mathieu.lacasse@gmf2rives.example', 'GMF des Deux-Rives', ''),
    'transport': ('Réservations - Transport adapté', 'reservations@tavc.example', 'Transport adapté Val-Cormier', ''),
    'dsp_pub': ('Équipe MADO', 'mado@dsp-valcormier.example', 'Direction de santé publique régionale', 'Maladies infectieuses'),
    # insurers / law
    'ins_fr': ('Guy Lemaire', 'guy.lemaire@borealmutuelle.example', 'Boréal Mutuelle d\'assurance', 'Règlement des sinistres - invalidité'),
    'ins_en': ('Jennifer Kowalski', 'jkowalski@northshieldlife.example', 'Northshield Life', 'Disability Claims'),
    'ins_fr2': ('Service des réclamations', 'reclamations@laurentidevie.example', 'Assurance Laurentide Vie', 'Réclamations santé'),
    'law_fr': ('Me Valérie Hudon', 'vhudon@hda-avocats.example', 'Hudon Desjardins Avocats s.e.n.c.r.l.', ''),
    'law_en': ('Olivia Hargrove', 'ohargrove@hargrovemistry.example', 'Hargrove & Mistry LLP', ''),
    'law_en2': ('Tom Reyes', 'treyes@hargrovemistry.example', 'Hargrove & Mistry LLP', 'Paralegal'),
}


def staff(key, with_title=True):
    g, s, t, *_ = STAFF[key]
    name = ('%s %s %s' % (t, g, s)) if (t and with_title) else '%s %s' % (g, s)
    return name


def saddr(key):
    g, s = STAFF[key][0], STAFF[key][1]
    return (('%s %s' % (g, s)), '%s.%s@%s' % (slug(g), slug(s).replace('.', ''), HOSP))


def eaddr(key):
    return (EXT[key][0], EXT[key][1])


def signature(key, lang, rng, short=False):
    g, s, t, rfr, ren, dfr, den, ext = STAFF[key]
    name = '%s %s' % (g, s)
    if t and rng.random() < 0.6:
        name = '%s %s' % (t if lang == 'fr' else 'Dr.', name) if lang == 'en' else '%s %s' % (t, name)
    if short:
        return rng.choice(['\n%s\n' % g, '\n-- \n%s\n%s, poste %s\n' % (name, rfr if lang == 'fr' else ren, ext),
                           '\n%s\n' % name])
    if lang == 'fr':
        lines = ['', '-- ', name, rfr, dfr, HOSP_FR, HOSP_ADDR,
                 'Tél. : 418 555-0100, poste %s%s' % (ext, rng.choice(['', ' | Téléc. : 418 555-0199', ' | Télécopieur : 418-555-0198']))]
    else:
        lines = ['', '--', name, ren, den, HOSP_EN + ' (' + HOSP_FR + ')', HOSP_ADDR,
                 'Phone: 418-555-0100 ext. %s%s' % (ext, rng.choice(['', ' | Fax: 418-555-0199']))]
    return '\n'.join(lines) + '\n'


DISCLAIMER_FR = ('AVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes peuvent contenir des renseignements '
                 'confidentiels destinés uniquement au(x) destinataire(s) indiqué(s). Si vous l\'avez reçu par erreur, '
                 'veuillez en aviser l\'expéditeur et le détruire. Merci.')
DISCLAIMER_EN = ('CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information intended '
                 'only for the named recipient(s). If you received it in error, please notify the sender and delete it.')


def disclaimer(lang, rng, p=0.45):
    if rng.random() < p:
        return '\n' + (DISCLAIMER_FR if lang == 'fr' else DISCLAIMER_EN) + '\n'
    return ''


# ---------------------------------------------------------------------------
# clinical vocabulary
# ---------------------------------------------------------------------------

NEPH_DX = [
    ('néphropathie diabétique', 'diabetic nephropathy', 'E11.22 / N18.5'),
    ('néphropathie à IgA', 'IgA nephropathy', 'N02.8'),
    ('polykystose rénale autosomique dominante', 'autosomal dominant polycystic kidney disease', 'Q61.2'),
    ('néphroangiosclérose hypertensive', 'hypertensive nephrosclerosis', 'I12.0'),
    ('hyalinose segmentaire et focale', 'focal segmental glomerulosclerosis', 'N04.1'),
    ('néphrite lupique classe IV', 'class IV lupus nephritis', 'M32.14'),
    ('syndrome d\'Alport', 'Alport syndrome', 'Q87.81'),
    ('uropathie obstructive chronique', 'chronic obstructive uropathy', 'N13.9'),
    ('vascularite à ANCA (GPA)', 'ANCA vasculitis (GPA)', 'M31.3'),
]
TX_COMPL = [
    ('rejet aigu cellulaire Banff IB', 'acute T-cell mediated rejection, Banff IB'),
    ('néphropathie à virus BK', 'BK virus nephropathy'),
    ('virémie à CMV', 'CMV viraemia'),
    ('néphrotoxicité aux anticalcineurines', 'calcineurin-inhibitor nephrotoxicity'),
    ('rejet humoral chronique actif', 'chronic active antibody-mediated rejection'),
    ('pyélonéphrite du greffon', 'graft pyelonephritis'),
]
ID_DX = [
    ('tuberculose pulmonaire active, frottis positif', 'active pulmonary tuberculosis, smear positive'),
    ('tuberculose latente (TCT 18 mm, QuantiFERON positif)', 'latent TB infection (TST 18 mm, QuantiFERON positive)'),
    ('endocardite à S. aureus sensible à la méthicilline', 'MSSA endocarditis'),
    ('pyélonéphrite à E. coli producteur de BLSE', 'ESBL E. coli pyelonephritis'),
    ('infection au VIH nouvellement diagnostiquée', 'newly diagnosed HIV infection'),
    ('hépatite B chronique, AgHBe négatif', 'chronic hepatitis B, HBeAg negative'),
    ('bactériémie à Candida auris', 'Candida auris bloodstream infection'),
    ('ostéomyélite du pied diabétique', 'diabetic foot osteomyelitis'),
]
ID_CASES = [
    ('endocardite à S. aureus sensible à la méthicilline', 'MSSA endocarditis',
     ['CRP 148 mg/L', 'GB 14,2', 'hémocultures 2/2 positives S. aureus'], ['CRP 148', 'WBC 14.2', 'BCx 2/2 MSSA'],
     ['céfazoline 2 g IV q8h x 6 sem (après HD si dialysé)', 'écho transœsophagienne demain'], ['cefazolin 2 g IV q8h x 6 weeks', 'TEE tomorrow']),
    ('infection au VIH nouvellement diagnostiquée', 'newly diagnosed HIV infection',
     ['CV VIH 84 000 copies/mL', 'CD4 212/µL'], ['HIV VL 84,000 copies/mL', 'CD4 212'],
     ['bictégravir/emtricitabine/ténofovir AF 1 co DIE', 'génotype de résistance envoyé'], ['Biktarvy 1 tab daily', 'resistance genotype sent']),
    ('hépatite B chronique, AgHBe négatif', 'chronic hepatitis B, HBeAg negative',
     ['AgHBs +', 'ADN VHB 4,1 log UI/mL', 'ALT 88 U/L'], ['HBsAg pos', 'HBV DNA 4.1 log IU/mL', 'ALT 88'],
     ['ténofovir AF 25 mg DIE', 'ADN VHB de contrôle dans 3 mois'], ['tenofovir alafenamide 25 mg daily', 'repeat HBV DNA in 3 months']),
    ('tuberculose pulmonaire active, frottis positif', 'active pulmonary tuberculosis, smear positive',
     ['frottis BAAR 2+', 'TAAN M. tuberculosis détecté, rpoB non détecté'], ['AFB smear 2+', 'MTB NAAT detected, rpoB not detected'],
     ['isoniazide, rifampicine, pyrazinamide, éthambutol selon le poids', 'isolement aérien, déclaration à la DSP'], ['RIPE weight-based', 'airborne isolation, public health notified']),
    ('pyélonéphrite à E. coli producteur de BLSE', 'ESBL E. coli pyelonephritis',
     ['uroculture > 10^8 E. coli BLSE', 'CRP 96 mg/L'], ['urine culture >10^8 ESBL E. coli', 'CRP 96'],
     ['ertapénem 1 g IV DIE x 10 jours', 'écho rénale'], ['ertapenem 1 g IV daily x 10 days', 'renal ultrasound']),
    ('ostéomyélite du pied diabétique', 'diabetic foot osteomyelitis',
     ['VS 92 mm/h', 'IRM : ostéomyélite du 1er métatarse', 'biopsie osseuse : S. aureus'], ['ESR 92', 'MRI: 1st metatarsal osteomyelitis', 'bone biopsy: S. aureus'],
     ['céfazoline 2 g IV q8h x 6 sem', 'consultation orthopédie'], ['cefazolin 2 g IV q8h x 6 weeks', 'ortho consult']),
]


TRAVEL_DX = [
    ('paludisme à P. falciparum, parasitémie 2,1 %', 'P. falciparum malaria, 2.1% parasitaemia'),
    ('dengue (NS1 positif)', 'dengue fever (NS1 positive)'),
    ('fièvre typhoïde (S. Typhi en hémoculture)', 'typhoid fever (S. Typhi in blood culture)'),
    ('leishmaniose cutanée', 'cutaneous leishmaniasis'),
    ('strongyloïdose (sérologie positive)', 'strongyloidiasis (positive serology)'),
    ('diarrhée du voyageur à Campylobacter', 'Campylobacter travellers\' diarrhoea'),
]
ORGANISMS = [('ERV (E. faecium vanA)', 'VRE (E. faecium vanA)'), ('EPC (K. pneumoniae KPC)', 'CPE (K. pneumoniae KPC)'),
             ('SARM', 'MRSA'), ('C. difficile toxinogène', 'toxigenic C. difficile'), ('EPC (E. coli OXA-48)', 'CPE (E. coli OXA-48)')]

TX_MEDS = ['tacrolimus LP (Advagraf) %d mg DIE', 'tacrolimus (Prograf) %d mg BID', 'mycophénolate mofétil %d mg BID',
           'prednisone %d mg DIE', 'valganciclovir %d mg DIE', 'TMP-SMX 400/80 mg DIE', 'amlodipine %d mg DIE']
TX_MEDS_DOSE = [(4, 6), (2, 5), (500, 1000), (5, 10), (450, 900), (0, 0), (5, 10)]
HD_MEDS = ['darbépoétine alfa 40 mcg q2sem', 'sevelamer 800 mg TID aux repas', 'calcitriol 0,25 mcg 3x/sem',
           'fer sucrose 100 mg IV q1sem x 10', 'cinacalcet 30 mg DIE', 'héparine non fractionnée 2000 UI bolus + 1000 UI/h',
           'bisoprolol 5 mg DIE', 'insuline glargine 22 U HS', 'carbonate de calcium 1,25 g TID']
HD_MEDS_EN = ['darbepoetin alfa 40 mcg q2wk', 'sevelamer 800 mg TID with meals', 'calcitriol 0.25 mcg three times weekly',
              'iron sucrose 100 mg IV weekly x10', 'cinacalcet 30 mg daily', 'unfractionated heparin 2000 U bolus + 1000 U/h',
              'bisoprolol 5 mg daily', 'insulin glargine 22 U at bedtime', 'calcium carbonate 1.25 g TID']


def tx_meds(rng, n=3):
    idx = rng.sample(range(len(TX_MEDS)), n)
    out = []
    for i in idx:
        lo, hi = TX_MEDS_DOSE[i]
        m = TX_MEDS[i]
        out.append(m % rng.choice([lo, hi]) if '%d' in m else m)
    return out


def en_med(m):
    return (m.replace('DIE', 'daily').replace('mycophénolate mofétil', 'mycophenolate mofetil')
            .replace('LP (Advagraf)', 'XR (Advagraf)'))


def labs_neph(rng, lang):
    cr = rng.randrange(380, 980)
    k = rng.choice(['4,9', '5,4', '5,8', '6,1', '4,6'])
    hb = rng.randrange(84, 118)
    pth = rng.randrange(18, 92)
    alb = rng.randrange(28, 41)
    if lang == 'en':
        k = k.replace(',', '.')
        return ['creatinine %d umol/L' % cr, 'K %s mmol/L' % k, 'Hb %d g/L' % hb, 'PTH %d pmol/L' % pth, 'albumin %d g/L' % alb]
    return ['créat %d µmol/L' % cr, 'K %s mmol/L' % k, 'Hb %d g/L' % hb, 'PTH %d pmol/L' % pth, 'albumine %d g/L' % alb]


def labs_tx(rng, lang):
    cr = rng.randrange(105, 260)
    tac = '%d.%d' % (rng.randrange(4, 16), rng.randrange(10))
    bk = rng.choice([None, 3.4, 4.2, 2.9])
    cmv = rng.choice([None, 1850, 12400, 640])
    if lang == 'en':
        return ['creatinine %d umol/L' % cr, 'tacrolimus trough %s ug/L' % tac,
                'BK PCR %s' % ('undetectable' if bk is None else '%.1f log copies/mL' % bk),
                'CMV PCR %s' % ('not detected' if cmv is None else '{:,} IU/mL'.format(cmv))]
    return ['créat %d µmol/L' % cr, 'tacro résiduel %s µg/L' % tac.replace('.', ','),
            'BK PCR %s' % ('indétectable' if bk is None else ('%.1f log copies/mL' % bk).replace('.', ',')),
            'CMV PCR %s' % ('non détecté' if cmv is None else '{:,} UI/mL'.format(cmv).replace(',', ' '))]


# ---------------------------------------------------------------------------
# context
# ---------------------------------------------------------------------------


class Ctx(object):
    def __init__(self, seed):
        self.seed = seed
        self.rng = random.Random(seed)
        rng = self.rng
        self.qc = load_nam_people()
        used_mrn = set()
        for p in self.qc:
            m = '%07d' % rng.randrange(180000, 990000)
            while m in used_mrn:
                m = '%07d' % rng.randrange(180000, 990000)
            used_mrn.add(m)
            p.mrn = m
            city, fsa = rng.choice(QC_CITIES)
            p.street = '%d, %s' % (rng.randrange(12, 2400), rng.choice(QC_STREETS))
            p.city = city
            p.postal = '%s %d%s%d' % (fsa, rng.randrange(10), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(10))
            p.phone = phone(rng)
            p.cell = phone(rng, '581')
            p.sin = make_sin(rng, rng.choice('22222221'))
            p.dx = rng.randrange(len(NEPH_DX))
            p.email = '%s.%s%d@%s' % (slug(p.given).replace('.', ''), slug(p.surname).replace('.', ''),
                                      p.dob.year % 100, rng.choice(['courriel.example', 'videotron-mail.example', 'boitemail.example']))
        self._qc_order = []
        self.be = [self._mk_be() for _ in range(14)]
        self.fr = [self._mk_fr() for _ in range(14)]
        self.on = [self._mk_on() for _ in range(6)]
        self._be_i = 0
        self._fr_i = 0
        self._on_i = 0
        self.msg_no = 0

    def _mk_be(self):
        rng = self.rng
        sex = rng.choice('MF')
        p = Person(rng.choice(BE_GIVEN[sex]), rng.choice(BE_SURNAMES), rand_date(rng, 1942, 2001), sex)
        p.niss = make_niss(rng, p.dob, sex)
        pc, city = rng.choice(BE_CITIES)
        p.street = '%s %d' % (rng.choice(BE_STREETS), rng.randrange(1, 180))
        p.city = city
        p.postal = pc
        p.phone = '+32 4%02d 55 %02d %02d' % (rng.randrange(70, 99), rng.randrange(100), rng.randrange(100))
        p.mrn = '%07d' % rng.randrange(180000, 990000)
        return p

    def _mk_fr(self):
        rng = self.rng
        sex = rng.choice('MF')
        p = Person(rng.choice(FR_GIVEN[sex]), rng.choice(FR_SURNAMES), rand_date(rng, 1940, 2000), sex)
        p.nir = make_nir(rng, p.dob, sex)
        pc, city = rng.choice(FR_CITIES)
        p.street = '%d %s' % (rng.randrange(1, 120), rng.choice(FR_STREETS))
        p.city = city
        p.postal = pc
        p.phone = '+33 6 %02d %02d 55 %02d' % (rng.randrange(10, 99), rng.randrange(100), rng.randrange(100))
        p.mrn = '%07d' % rng.randrange(180000, 990000)
        return p

    def _mk_on(self):
        rng = self.rng
        sex = rng.choice('MF')
        p = Person(rng.choice(ON_GIVEN[sex]), rng.choice(ON_SURNAMES), rand_date(rng, 1945, 1998), sex)
        p.hcn = make_on_hcn(rng)
        p.hcn_vc = rng.choice(['AB', 'KT', 'XM', 'RL', 'CJ'])
        p.street = '%d %s' % (rng.randrange(10, 900), rng.choice(['Elgin Street', 'Rideau Crescent', 'Maple Grove Road', 'Tanager Lane']))
        p.city = rng.choice(['Kingsmere, ON', 'Pembrook Falls, ON', 'Arnley, ON'])
        p.postal = 'K%d%s %d%s%d' % (rng.randrange(10), rng.choice('ABCEGHJ'), rng.randrange(10), rng.choice('KLMNPR'), rng.randrange(10))
        p.phone = phone(rng, rng.choice(['613', '343']))
        p.mrn = '%07d' % rng.randrange(180000, 990000)
        return p

    def qcp(self, n=1, min_age=0, max_age=200):
        """Draw Quebec patients, cycling through the NAM list so everyone gets used."""
        out = []
        skipped = []
        while len(out) < n:
            if not self._qc_order:
                self._qc_order = list(range(len(self.qc)))
                self.rng.shuffle(self._qc_order)
            i = self._qc_order.pop()
            p = self.qc[i]
            if not (min_age <= age_on(p.dob, dt.date(2024, 6, 1)) <= max_age) or p in out:
                skipped.append(i)
                continue
            out.append(p)
        self._qc_order.extend(reversed(skipped))
        return out if n > 1 else out[0]

    def after_birth(self, p, d, t):
        """Clamp a clinical event date so that it falls after the patient's first birthday and before t."""
        floor = p.dob + dt.timedelta(days=400)
        if d < floor:
            d = floor
        if d >= t.date():
            d = t.date() - dt.timedelta(days=1)
        return d

    def bep(self):
        p = self.be[self._be_i % len(self.be)]
        self._be_i += 1
        return p

    def frp(self):
        p = self.fr[self._fr_i % len(self.fr)]
        self._fr_i += 1
        return p

    def onp(self):
        p = self.on[self._on_i % len(self.on)]
        self._on_i += 1
        return p

    def when(self, d0=None):
        rng = self.rng
        if d0 is None:
            d = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 320))
            while d.weekday() > 4:
                d += dt.timedelta(days=1)
        else:
            d = d0
        t = dt.datetime(d.year, d.month, d.day, rng.randrange(7, 18), rng.randrange(60), rng.randrange(60))
        return t.replace(tzinfo=tz_for(d))

    def later(self, t, days=0, hours=0):
        t2 = t + dt.timedelta(days=days, hours=hours, minutes=self.rng.randrange(5, 50))
        return t2.replace(tzinfo=tz_for(t2.date()))

    def past(self, t, lo, hi):
        """A date between lo and hi days before the message date t."""
        return t.date() - dt.timedelta(days=self.rng.randrange(lo, hi))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p


# ---------------------------------------------------------------------------
# helpers for templates
# ---------------------------------------------------------------------------


def mk(C, lang, frm, to, subject, text=None, html=None, atts=None, cc=None, date=None, types=(), note='', **kw):
    d = dict(lang=lang, frm=frm, to=to, cc=cc or [], subject=subject, text=text, html=html, atts=atts or [],
             date=date or C.when(), types=sorted(set(types)), note=note)
    d.update(kw)
    return d


FORMAL = ('Madame', 'Monsieur', 'Maître', 'Docteur', 'Dr', 'Dre', 'Dr.', 'Pr', 'Professeur', 'Me', 'Mr.', 'Ms.', 'Mrs.', 'Chère', 'Cher')


def hello(C, lang, name=None):
    if name and name.split()[0] in ('Bonjour', 'Hello', 'Hi'):
        return name + ','
    formal = bool(name) and name.split()[0] in FORMAL
    if lang == 'fr':
        if name and formal:
            return C.pick(['Bonjour %s,', '%s,', 'Bonjour %s,']) % name
        if name:
            return C.pick(['Bonjour %s,', 'Bonjour %s,', 'Salut %s,', '%s,', 'Bonjour %s !']) % name
        return C.pick(['Bonjour,', 'Bonjour à tous,', 'Bonjour,', 'Madame, Monsieur,'])
    if name and formal:
        return C.pick(['Dear %s,', 'Hello %s,', 'Dear %s,']) % name
    if name:
        return C.pick(['Hi %s,', 'Hello %s,', 'Dear %s,', '%s -']) % name
    return C.pick(['Hello,', 'Hi all,', 'Good morning,', 'Dear colleagues,'])


def thanks(C, lang):
    if lang == 'fr':
        return C.pick(['Merci!', 'Merci et bonne journée.', 'Cordialement,', 'Bonne fin de journée,', 'Merci beaucoup,',
                       'Salutations distinguées,', 'Bien à vous,'])
    return C.pick(['Thanks,', 'Thank you,', 'Best regards,', 'Kind regards,', 'Many thanks,', 'Cheers,'])


def first(key):
    return STAFF[key][0]


def ext_first(key):
    n = EXT[key][0]
    parts = n.split()
    if parts[0] in ('Dr', 'Dr.', 'Pr', 'Me', 'Dre'):
        return ' '.join(parts[:1] + parts[2:])
    return parts[0]


def typo(C, s, p=0.25):
    """Occasionally introduce a realistic typo (swap two letters) in running text words (not identifiers)."""
    if not C.chance(p):
        return s
    words = s.split(' ')
    cand = [i for i, w in enumerate(words) if w.isalpha() and w.islower() and len(w) > 5]
    if not cand:
        return s
    i = C.pick(cand)
    w = words[i]
    j = C.rng.randrange(1, len(w) - 2)
    words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
    return ' '.join(words)


def dx_of(p, lang):
    d = NEPH_DX[p.dx]
    return d[0] if lang == 'fr' else d[1]


# ---------------------------------------------------------------------------
# POSITIVE templates
# ---------------------------------------------------------------------------


def p_dialysis_roster(C, lang, k):
    pts = C.qcp(C.rng.randrange(5, 9), min_age=14)
    shift = C.pick(['lun-mer-ven AM', 'mar-jeu-sam AM', 'lun-mer-ven PM', 'mar-jeu-sam soir'])
    t = C.when()
    with_xlsx = k % 2 == 1
    types = ['patient_name', 'diagnosis']
    rows = []
    chairs = C.rng.sample(range(1, 15), len(pts))
    hours = {'AM': [6, 7], 'PM': [11, 12], 'soir': [16, 17]}[shift.split()[1]]
    name_style = C.pick([1, 1, 2, 7])
    mon = (t + dt.timedelta(days=7 - t.weekday())).replace(hour=7)
    for i, p in enumerate(pts):
        chair = chairs[i]
        hour = '%02dh%02d' % (C.pick(hours), C.pick([0, 15, 30, 45]))
        acc = C.pick(['FAV bras G', 'FAV bras D', 'KT jugulaire D', 'greffon PTFE', 'FAV radio-céph. G'] if lang == 'fr'
                     else ['L arm AVF', 'R arm AVF', 'R IJ tunnelled CVC', 'PTFE graft', 'L radiocephalic AVF'])
        rows.append((p, chair, hour, acc))
    if lang == 'fr':
        lines = []
        for p, chair, hour, acc in rows:
            lines.append('%s — chaise %d — %s — %s — %s' % (p.name(name_style, 'fr'), chair, hour, dx_of(p, 'fr'), acc))
        hb = C.rng.sample(rows, 2)
        extra = ('Hb < 90 cette semaine : %s (%d), %s (%d) → réviser la darbépoétine svp.'
                 % (hb[0][0].surname, C.rng.randrange(78, 90), hb[1][0].surname, C.rng.randrange(78, 90)))
        types += ['lab_result', 'medication']
        body = '\n'.join([
            hello(C, 'fr', 'Dr O\'Rourke' if k % 3 else 'Stephen'),
            '',
            typo(C, 'Voici la liste du quart %s pour la semaine du %s (votre semaine de couverture). Les changements sont marqués d\'un *.' % (shift, fdate(mon.date(), 'fr', 1))),
            '',
            '\n'.join(('* ' if i == 0 else '  ') + l for i, l in enumerate(lines)),
            '',
            extra,
            '%s revient de l\'hôpital jeudi, à surveiller (poids sec à revoir).' % rows[-1][0].name(3, 'fr'),
            '' if not with_xlsx else 'Le fichier complet avec les NAM pour la RAMQ est en pièce jointe.',
            '',
            thanks(C, 'fr'),
        ]) + signature('hdc', 'fr', C.rng, short=C.chance(0.4)) + disclaimer('fr', C.rng)
        subj = C.pick(['Horaire HD %s - semaine du %s', 'Liste patients hémodialyse %s (sem. %s) MAJ', 'HD %s – %s – liste à jour'])
        subj = subj % (shift, fdate(mon.date(), 'fr', 2))
        to = [saddr('neph3')]
        cc = [saddr('hdn')]
    else:
        table = [('Patient', 'Chair', 'Time', 'Primary dx', 'Access')]
        for p, chair, hour, acc in rows:
            table.append((p.name(name_style if name_style != 7 else 5, 'en'), str(chair), hour.replace('h', ':'), dx_of(p, 'en'), acc))
        odd = rows[0][0]
        body = '\n'.join([
            hello(C, 'en', 'Stephen'),
            '',
            'Below is the %s roster for the week of %s. Two changes from last week:' % (shift.replace('lun-mer-ven', 'MWF').replace('mar-jeu-sam', 'TTS').replace('soir', 'evening'), fdate(mon.date(), 'en', 1)),
            '- %s moved to chair %d (needs isolation for VRE until cleared)' % (odd.name(3, 'en'), rows[0][1]),
            '- %s: K was %s on Monday, low-K bath ordered' % (rows[1][0].name(0, 'en'), C.pick(['6.3', '6.1', '5.9'])),
            '',
            text_table(table),
            '',
            'Full sheet with RAMQ numbers attached.' if with_xlsx else 'Let me know if anything is off.',
            '',
            thanks(C, 'en'),
        ]) + signature('hdc', 'en', C.rng) + disclaimer('en', C.rng)
        types += ['lab_result']
        subj = 'HD roster %s wk of %s' % (shift.split()[0].replace('lun-mer-ven', 'MWF').replace('mar-jeu-sam', 'TTS'), fdate(mon.date(), 'en', 0))
        to = [saddr('neph3')]
        cc = []
    atts = []
    if with_xlsx:
        hdr = ['Nom', 'Prénom', 'NAM', 'Date naiss.', 'Chaise', 'Heure', 'Dx principal', 'Accès'] if lang == 'fr' else \
              ['Last name', 'First name', 'RAMQ', 'DOB', 'Chair', 'Time', 'Primary dx', 'Access']
        xrows = [hdr]
        for p, chair, hour, acc in rows:
            xrows.append([p.surname.upper(), p.given, fmt_nam(p.nam, C.pick([0, 1])), p.dob.isoformat(), chair, hour,
                          dx_of(p, lang), acc])
        fn = ('horaire_HD_%s.xlsx' % mon.strftime('%Y%m%d')) if lang == 'fr' else ('HD_roster_%s.xlsx' % mon.strftime('%Y-%m-%d'))
        atts.append(att_xlsx(fn, [('Quart' if lang == 'fr' else 'Shift', xrows)]))
        types += ['ramq_nam', 'date_of_birth']
    return mk(C, lang, saddr('hdc'), to, subj, text=body, atts=atts, cc=cc, date=t, types=types,
              note='dialysis roster, surname-first list%s' % (' + XLSX with NAM' if with_xlsx else ''))


def p_transplant_workup(C, lang, k):
    p = C.qcp(min_age=16)
    t = C.when()
    bg = C.pick(['O+', 'A+', 'B+', 'O-', 'A-', 'AB+'])
    pra = C.rng.randrange(0, 86)
    hla = 'A%d, A%d; B%d, B%d; DR%d, DR%d' % (C.pick([1, 2, 3, 11]), C.pick([24, 26, 29, 68]), C.pick([7, 8, 35]),
                                             C.pick([44, 51, 57]), C.pick([1, 4, 7]), C.pick([11, 13, 15]))
    meds = tx_meds(C.rng, 0) + C.rng.sample(HD_MEDS if lang == 'fr' else HD_MEDS_EN, 3)
    start_hd = C.after_birth(p, C.past(t, 200, 1900), t)
    nam_txt = fmt_nam(p.nam, k)
    if lang == 'fr':
        lines = [
            'Candidat%s : %s' % (p.e(), p.name(C.pick([1, 0, 2]), 'fr')),
            'NAM : %s   Dossier CHRVC : %s   DDN : %s' % (nam_txt, fmt_mrn(p.mrn, k), fdate(p.dob, 'fr', 0)),
            'Maladie rénale : IRCT sur %s, hémodialyse depuis %s' % (dx_of(p, 'fr'), fdate(start_hd, 'fr', 1)),
            'Groupe sanguin : %s   PRA calculé : %d %%   HLA : %s' % (bg, pra, hla),
            'Sérologies : CMV IgG %s, EBV IgG +, anti-HBs %d UI/L, anti-VHC nég., VIH nég., syphilis nég.' % (C.pick(['+', 'nég.']), C.rng.randrange(8, 400)),
            'Cardio : écho FEVG %d %%, scinti Persantin : %s' % (C.rng.randrange(40, 66), C.pick(['pas d\'ischémie', 'ischémie inférieure légère → coro demandée'])),
            'Médication actuelle : ' + '; '.join(meds),
            'Manquant : ' + ', '.join(C.rng.sample(['évaluation dentaire', 'mammographie', 'coloscopie', 'Pap test', 'consultation urologie', 'doppler iliaque'], 2)),
        ]
        body = '\n'.join([
            hello(C, 'fr', 'Dre Mercier-Khoury' if k % 2 else 'Sarah'),
            '',
            typo(C, 'Comme convenu, voici le résumé du bilan prégreffe de %s pour la discussion au comité de jeudi.' % p.name(0, 'fr')),
            ('Le document complet est joint.' if k % 2 == 0 else ''),
            '',
            '\n'.join(lines),
            '',
            '%s est motivé%s et bien entouré%s. On vise une inscription sur la liste d\'ici %s.' % (p.Il(), p.e(), p.e(), MOIS[(t.month + 1) % 12]),
            '',
            thanks(C, 'fr'),
        ]) + signature('txc', 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Bilan prégreffe - %s', 'Dossier candidat greffe rénale : %s', 'TR: bilan prégreffe %s (comité jeudi)']) % p.name(C.pick([1, 2, 5]), 'fr')
        fn = 'Bilan_pregreffe_%s_%s.docx' % (deaccent(p.surname).upper(), deaccent(p.given))
        title = 'Bilan prégreffe rénale'
    else:
        lines = [
            'Candidate: %s' % p.name(C.pick([1, 0]), 'en'),
            'RAMQ: %s   Chart: %s   DOB: %s' % (nam_txt, fmt_mrn(p.mrn, k), fdate(p.dob, 'en', 0)),
            'Primary renal disease: ESRD secondary to %s, on HD since %s' % (dx_of(p, 'en'), fdate(start_hd, 'en', 1)),
            'Blood group: %s   cPRA: %d%%   HLA: %s' % (bg, pra, hla),
            'Serologies: CMV IgG %s, EBV IgG pos, anti-HBs %d IU/L, HCV Ab neg, HIV neg' % (C.pick(['pos', 'neg']), C.rng.randrange(8, 400)),
            'Cardiac: echo LVEF %d%%, MIBI %s' % (C.rng.randrange(40, 66), C.pick(['no ischaemia', 'mild inferior ischaemia - angio requested'])),
            'Current meds: ' + '; '.join(meds),
            'Outstanding: ' + ', '.join(C.rng.sample(['dental clearance', 'mammogram', 'colonoscopy', 'urology consult', 'iliac doppler'], 2)),
        ]
        body = '\n'.join([
            hello(C, 'en', 'Dr. Mercier-Khoury'),
            '',
            'Please find below the pre-transplant work-up summary for %s, for Thursday\'s listing committee.' % p.name(0, 'en'),
            '',
            '\n'.join(lines),
            '',
            '%s is motivated and has good family support.' % p.He(),
            '',
            thanks(C, 'en'),
        ]) + signature('txc', 'en', C.rng) + disclaimer('en', C.rng)
        subj = 'Pre-transplant work-up - %s' % p.name(C.pick([1, 5]), 'en')
        fn = 'Workup_%s.docx' % deaccent(p.surname)
        title = 'Kidney transplant work-up'
    atts = []
    if k % 2 == 0:
        atts.append(att_docx(fn, title, lines[:3], [[l.split(':')[0], ':'.join(l.split(':')[1:]).strip()] for l in lines[3:]]))
    types = ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'lab_result', 'medication', 'mrn']
    return mk(C, lang, saddr('txc'), [eaddr('qc_tx')], subj, text=body, atts=atts, cc=[saddr('neph2')], date=t,
              types=types, note='transplant work-up summary with NAM/DOB/HLA')


def p_transfer_be(C, lang, k):
    p = C.bep()
    t = C.when()
    who = C.pick(['neph1', 'neph2']) if lang == 'fr' else 'neph3'
    adm = t.date() - dt.timedelta(days=C.rng.randrange(6, 25))
    dx = C.pick([('insuffisance rénale aiguë sur rhabdomyolyse, dialysée 4 séances', 'acute kidney injury from rhabdomyolysis, 4 HD sessions'),
                 ('pyélonéphrite du greffon avec bactériémie à E. coli', 'graft pyelonephritis with E. coli bacteraemia'),
                 ('glomérulonéphrite rapidement progressive (anti-MBG)', 'rapidly progressive GN (anti-GBM)'),
                 ('décompensation d\'une IRC stade 4 sur déshydratation', 'acute-on-chronic CKD stage 4 with dehydration')])
    labs = labs_neph(C.rng, lang)[:3]
    niss = fmt_niss(p.niss, k)
    if lang == 'fr':
        meds = C.rng.sample(HD_MEDS, 2) + ['ceftriaxone 2 g IV DIE' if 'pyélo' in dx[0] else 'furosémide 80 mg BID']
        summary = [
            'Patient%s : %s' % (p.e(), p.name(C.pick([1, 7, 2]), 'fr')),
            'NISS : %s        Né%s le : %s' % (niss, p.e(), fdate(p.dob, 'fr', 2)),
            'Adresse en Belgique : %s, %s %s — GSM %s' % (p.street, p.postal, p.city, p.phone),
            'Hospitalisé%s au CHRVC depuis le %s (dossier %s)' % (p.e(), fdate(adm, 'fr', 2), p.mrn),
            'Diagnostic : %s' % dx[0],
            'Derniers résultats : ' + ', '.join(labs),
            'Traitement en cours : ' + '; '.join(meds),
            'Statut : stable, apte au transport aérien avec accompagnement infirmier.',
        ]
        body = '\n'.join([
            hello(C, 'fr', ext_first('be_neph')),
            '',
            typo(C, 'Suite à notre appel de ce matin, je vous confirme la demande de transfert de %s vers votre service. %s souhaite poursuivre sa prise en charge près de sa famille.' % (p.name(C.pick([0, 8]), 'fr'), p.Il())),
            '',
            '\n'.join(summary),
            '',
            'Le résumé de dossier complet et les derniers bilans sont en pièce jointe. La mutuelle a donné son accord de principe ; le vol est envisagé le %s.' % fdate(t.date() + dt.timedelta(days=C.rng.randrange(3, 10)), 'fr', 1),
            '',
            'Confraternellement,',
        ]) + signature(who, 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Demande de transfert - %s (NISS %s)', 'Transfert vers HUHM : %s - %s', 'Rapatriement patient belge %s / %s'])
        subj = subj % (p.name(C.pick([1, 2]), 'fr'), niss) if k % 3 != 2 else 'Demande de transfert vers votre service – %s' % p.name(2, 'fr')
        fn = C.pick(['Résumé_transfert_%s.pdf', 'resume_dossier_%s.pdf', 'Transfert_HUHM_%s.pdf']) % deaccent(p.surname).replace(' ', '_').upper()
        atts = [att_pdf(fn, 'Résumé de transfert interhospitalier', summary + ['', 'Évolution :', 'Voir notes jointes. Dialyse aux 48 h selon la fonction rénale.'], compress=k % 2 == 1)]
    else:
        meds = C.rng.sample(HD_MEDS_EN, 2) + ['ceftriaxone 2 g IV daily' if 'pyelo' in dx[1] else 'furosemide 80 mg BID']
        summary = [
            'Patient: %s' % p.name(C.pick([1, 0]), 'en'),
            'NISS/INSZ: %s   DOB: %s   Sex: %s' % (niss, fdate(p.dob, 'en', 0), p.sex),
            'Admitted to CHRVC on %s (chart %s)' % (fdate(adm, 'en', 1), p.mrn),
            'Diagnosis: %s' % dx[1],
            'Latest labs: ' + ', '.join(labs),
            'Current treatment: ' + '; '.join(meds),
        ]
        body = '\n'.join([
            hello(C, 'en', 'Dr. Van den Broeck'),
            '',
            'Further to our call, we would like to transfer %s to your unit for continuation of care near family.' % p.name(0, 'en'),
            '',
            '\n'.join(summary),
            '',
            'Discharge summary attached. Insurer (mutualité) approval is pending.',
            '',
            thanks(C, 'en'),
        ]) + signature('neph3', 'en', C.rng) + disclaimer('en', C.rng)
        subj = 'Transfer request - %s, NISS %s' % (p.name(1, 'en'), niss)
        fn = 'transfer_summary_%s.pdf' % deaccent(p.surname).replace(' ', '')
        atts = [att_pdf(fn, 'Inter-hospital transfer summary', summary, compress=True)]
    types = ['be_niss', 'patient_name', 'date_of_birth', 'diagnosis', 'lab_result', 'medication', 'mrn']
    if lang == 'fr':
        types.append('patient_contact')
    return mk(C, lang, saddr(who), [eaddr('be_neph')], subj,
              text=body, atts=atts, cc=[eaddr('be_adm')], date=t, types=types, note='transfer to Belgian partner with NISS')


def p_transfer_fr(C, lang, k):
    p = C.frp()
    t = C.when()
    dossier = 'MSA-%d-%07d' % (t.year, C.rng.randrange(10 ** 6, 10 ** 7))
    nir = fmt_nir(p.nir, k)
    dx, meds = C.pick([
        ('sepsis à point de départ urinaire compliqué d\'IRA KDIGO 3, 3 séances d\'HDI',
         ['pipéracilline-tazobactam 4 g x3/j', 'noradrénaline sevrée J3', 'énoxaparine 4000 UI/j']),
        ('fracture du col fémoral opérée (prothèse intermédiaire), IRC stade 4 décompensée',
         ['énoxaparine 2000 UI/j (adaptée au DFG)', 'paracétamol 1 g x3/j', 'furosémide 40 mg/j']),
        ('paludisme grave à P. falciparum au retour du Mali, IRA dialysée',
         ['artésunate IV 2,4 mg/kg (terminé)', 'artéméther-luméfantrine relais', 'énoxaparine 4000 UI/j']),
        ('rejet aigu du greffon rénal (greffe 2016 au CHU de Montclair), traité par bolus de corticoïdes',
         ['méthylprednisolone 500 mg IV J1-J3', 'tacrolimus 3 mg x2/j', 'mycophénolate 720 mg x2/j'])])
    labs = labs_neph(C.rng, 'fr')[:3]
    rapport = [
        'RAPPORT MÉDICAL POUR RAPATRIEMENT — dossier d\'assistance %s' % dossier,
        'Nom, prénom : %s' % p.name(7, 'fr') if k % 2 else 'Patient%s : %s' % (p.e(), p.name(0, 'fr')),
        'Né%s le %s — NIR : %s' % (p.e(), fdate(p.dob, 'fr', 2), nir),
        'Diagnostic principal : %s' % dx,
        'Biologie du jour : ' + ', '.join(labs),
        'Traitement : ' + ' ; '.join(meds),
        'Autonomie : %s' % C.pick(['marche avec aide', 'grabataire', 'autonome']),
        'Mode de rapatriement proposé : %s' % C.pick(['civière sur vol régulier, médecin accompagnateur', 'place assise + infirmier, O2 non requis', 'avion sanitaire']),
    ]
    body = '\n'.join([
        hello(C, 'fr', 'Docteur' if k % 2 else 'Dr Kerjean'),
        '',
        typo(C, 'Veuillez trouver ci-dessous et en pièce jointe le rapport médical demandé pour l\'organisation du rapatriement vers le CHU de Montclair-sur-Loire (accord du Pr Morvan obtenu hier).'),
        '',
        '\n'.join(rapport),
        '',
        'Nous restons disponibles pour un échange de médecin à médecin au 418 555-0100 poste 4120.',
        '',
        'Bien cordialement,',
    ]) + signature('neph1', 'fr', C.rng) + disclaimer('fr', C.rng)
    subj = C.pick(['Rapatriement %s - dossier %s', 'V/Réf %s - rapport médical %s', 'Dossier %s : rapport médical']) 
    if subj.startswith('Rapatriement'):
        subj = subj % (p.name(1, 'fr'), dossier)
    elif subj.startswith('V/R'):
        subj = subj % (dossier, p.surname.upper())
    else:
        subj = subj % dossier
    atts = [att_pdf('Rapport_medical_%s.pdf' % dossier, 'Rapport médical — rapatriement', rapport, compress=k % 2 == 0)]
    if k % 3 == 0:
        atts.append(att_pdf('bilan_bio_%s.pdf' % t.strftime('%Y%m%d'), 'Résultats de laboratoire',
                            ['%s — %s' % (p.name(1, 'fr'), fdate(p.dob, 'fr', 2))] + labs_neph(C.rng, 'fr')))
    return mk(C, 'fr', saddr('neph1'), [eaddr('fr_assist')], subj, text=body, atts=atts, cc=[eaddr('fr_neph')], date=t,
              types=['fr_nir', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'],
              note='repatriation report to French assistance company with NIR')


def p_holiday_dialysis(C, lang, k):
    p = C.qcp()
    t = C.when()
    start = t.date() + dt.timedelta(days=C.rng.randrange(30, 80))
    end = start + dt.timedelta(days=C.pick([14, 21, 10, 28]))
    dry = '%d,%d' % (C.rng.randrange(52, 98), C.rng.randrange(10))
    sero = ('AgHBs nég., anti-HBs %d UI/L, anti-VHC nég., VIH nég. (prélevés le %s)' %
            (C.rng.randrange(12, 500), fdate(t.date() - dt.timedelta(days=12), 'fr', 2)))
    nam_txt = fmt_nam(p.nam, k + 1)
    if lang == 'fr':
        presc = ['Dialyseur FX80, Qb %d mL/min, Qd 500 mL/min, 4 h, 3 x/sem' % C.pick([300, 350, 400]),
                 'Poids sec : %s kg' % dry, 'Bain : K 2, Ca 1,25, HCO3 35',
                 'Anticoagulation : héparine 2000 UI bolus + 1000 UI/h, arrêt 1 h avant la fin',
                 'Accès : %s' % C.pick(['FAV radio-céphalique gauche', 'FAV huméro-céphalique droite', 'cathéter tunnelisé jugulaire droit'])]
        body = '\n'.join([
            hello(C, 'fr', 'Madame Roussel' if k % 2 == 0 else None),
            '',
            typo(C, 'Nous sollicitons une place de dialyse vacancier pour %s, %s ans, qui séjournera à Valrose-en-Touraine du %s au %s.' % (p.name(0, 'fr'), age_on(p.dob, start), fdate(start, 'fr', 1), fdate(end, 'fr', 1))),
            '',
            'Identité : %s — né%s le %s — NAM (Québec) %s' % (p.name(1, 'fr'), p.e(), fdate(p.dob, 'fr', 2), nam_txt),
            'Néphropathie : %s, en hémodialyse depuis %d' % (dx_of(p, 'fr'), C.rng.randrange(2015, 2023)),
            'Prescription :',
            '\n'.join('  - ' + x for x in presc),
            'Sérologies : ' + sero,
            'Traitement habituel : ' + ', '.join(C.rng.sample([m for m in HD_MEDS if 'héparine' not in m], 3)),
            '',
            'Vous trouverez le dossier complet (derniers bilans, ECG, protocole) en pièce jointe. La prise en charge financière est assurée par la RAMQ (formulaire hors Québec) et le patient.',
            '',
            thanks(C, 'fr'),
        ]) + signature('hdn', 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Demande dialyse vacances - %s - %s au %s', 'Place vacancier %s (%s-%s)'])
        subj = subj % (p.name(C.pick([2, 1]), 'fr'), start.strftime('%d/%m'), end.strftime('%d/%m'))
        fn = 'Dossier_dialyse_vacances_%s.pdf' % deaccent(p.surname)
        pdf_lines = ['Patient%s : %s   DDN : %s   NAM : %s' % (p.e(), p.name(1, 'fr'), p.dob.isoformat(), p.nam),
                     'Néphropathie : %s' % dx_of(p, 'fr'), 'Prescription :'] + presc + ['Sérologies : ' + sero, 'Bilan récent :']
        atts = [att_pdf(fn, 'Dossier de dialyse — séjour temporaire', pdf_lines + labs_neph(C.rng, 'fr'))]
        to = [eaddr('fr_dial')]
    else:
        presc = ['Dialyser FX80, Qb %d, Qd 500, 4 h, 3x/week' % C.pick([300, 350, 400]), 'Dry weight %s kg' % dry.replace(',', '.'),
                 'Dialysate K 2 / Ca 1.25 / HCO3 35', 'Heparin 2000 U bolus + 1000 U/h']
        body = '\n'.join([
            hello(C, 'en', 'Els'),
            '',
            'We are requesting holiday dialysis for one of our patients, %s (DOB %s, RAMQ %s), who will be visiting family in the Kempen area from %s to %s.' % (p.name(0, 'en'), fdate(p.dob, 'en', 0), nam_txt, fdate(start, 'en', 1), fdate(end, 'en', 1)),
            '',
            'Primary renal disease: %s' % dx_of(p, 'en'),
            'Prescription: ' + '; '.join(presc),
            'Serology (%s): HBsAg neg, anti-HBs %d, HCV neg, HIV neg' % (fdate(t.date() - dt.timedelta(days=12), 'en', 0), C.rng.randrange(12, 500)),
            'Meds: ' + ', '.join(C.rng.sample([m for m in HD_MEDS_EN if 'heparin' not in m], 3)),
            '',
            'Attached are the last three run sheets and recent bloodwork.',
            '',
            thanks(C, 'en'),
        ]) + signature('hdn', 'en', C.rng) + disclaimer('en', C.rng)
        subj = 'Holiday dialysis request - %s (%s to %s)' % (p.name(C.pick([1, 5]), 'en'), start.strftime('%d %b'), end.strftime('%d %b'))
        csvrows = [['date', 'pre_weight', 'post_weight', 'UF_ml', 'Qb', 'BP_pre', 'notes']]
        for i in range(3):
            d = t.date() - dt.timedelta(days=2 * i + 1)
            csvrows.append([d.isoformat(), '%.1f' % (float(dry.replace(',', '.')) + 2.1 - i * 0.4), dry.replace(',', '.'),
                            str(C.rng.randrange(1500, 3200)), '350', '%d/%d' % (C.rng.randrange(120, 170), C.rng.randrange(60, 95)),
                            C.pick(['cramps last hour', '', 'hypotension 2nd hour, UF reduced'])])
        atts = [att_text('runsheets_%s.csv' % deaccent(p.surname).lower(), make_csv(csvrows), 'csv'),
                att_pdf('bloodwork_%s.pdf' % t.strftime('%Y%m%d'), 'Laboratory results',
                        ['Patient: %s  DOB %s' % (p.name(1, 'en'), p.dob.isoformat())] + labs_neph(C.rng, 'en'), compress=True)]
        to = [eaddr('be_dial')]
    return mk(C, lang, saddr('hdn'), to, subj, text=body, atts=atts, date=t,
              types=['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'],
              note='holiday dialysis request abroad with NAM')


def p_incoming_be(C, lang, k):
    p = C.bep()
    t = C.when()
    t0 = C.later(t, days=-2)
    niss = fmt_niss(p.niss, k + 1)
    tx_year = C.rng.randrange(2012, 2022)
    orig = '\n'.join([
        'Cher collègue,',
        '',
        'Nous vous adressons %s, %s, NISS %s, greffé%s rénal%s en %d dans notre centre (donneur décédé), qui s\'installe au Québec pour raisons professionnelles de son conjoint.' % (
            p.name(C.pick([2, 1]), 'fr'), 'né' + p.e() + ' le ' + fdate(p.dob, 'fr', 5), niss, p.e(), p.e(), tx_year),
        'Traitement : %s.' % ', '.join(tx_meds(C.rng, 3)),
        'Dernière créatinine 1,6 mg/dl (soit ±141 µmol/L), protéinurie 0,4 g/24h. Antécédent de %s en %d.' % (C.pick(['rejet aigu cellulaire traité', 'virémie BK', 'CMV traité par valganciclovir']), tx_year + 2),
        'Pourriez-vous nous confirmer qu\'une consultation peut être organisée dans les 4 à 6 semaines ?',
        '',
        'Bien à vous,',
        'Sophie Lambotte',
        'Coordination de transplantation — HU Hesbaye-Meuse',
    ])
    subj0 = 'Suivi post-greffe %s' % p.name(1, 'fr')
    reply = '\n'.join([
        hello(C, 'fr', 'Madame Lambotte' if k % 2 else 'Sophie'),
        '',
        typo(C, 'Bien reçu, merci. Le Dr Belhadj accepte le suivi ; premier rendez-vous le %s à 9 h 30 à la clinique de greffe (2e étage, pavillon B).' % fdate(t.date() + dt.timedelta(days=C.rng.randrange(20, 40)), 'fr', 1)),
        'Pourriez-vous nous faire parvenir le compte rendu opératoire et les derniers taux de tacrolimus ? Nous aurons aussi besoin qu\'%s fasse sa demande de carte RAMQ dès son arrivée.' % p.il(),
        '',
        thanks(C, 'fr'),
    ]) + signature('txc', 'fr', C.rng, short=C.chance(0.5))
    body = reply + '\n' + quote_block(orig, 'fr', eaddr('be_coord'), t0, subj0, style=k % 3)
    return mk(C, 'fr', saddr('txc'), [eaddr('be_coord')], 'RE: ' + subj0, text=body, cc=[saddr('neph2')], date=t,
              in_reply_to='<%d.huhm@huhm.example>' % C.rng.randrange(10 ** 8, 10 ** 9),
              types=['be_niss', 'patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'],
              note='reply quoting Belgian referral with NISS')


def p_id_consult(C, lang, k):
    p = C.qcp()
    t = C.when()
    who = C.pick(['id1', 'id2'])
    case = ID_CASES[(k + C.rng.randrange(len(ID_CASES))) % len(ID_CASES)]
    mrn = fmt_mrn(p.mrn, k)
    if lang == 'fr':
        dx, labs, plan = case[0], case[2], case[4]
        body = '\n'.join([
            hello(C, 'fr', 'Mathieu' if k % 2 else 'Dr Lacasse'),
            '',
            'Petit résumé de la consultation en MI pour %s (dossier %s), vu%s %s.' % (p.name(C.pick([0, 3, 6]), 'fr'), mrn, p.e(), C.pick(['ce matin', 'hier à l\'urgence', 'à l\'étage'])),
            '',
            'Impression : %s.' % dx,
            'Résultats : ' + ', '.join(labs),
            'Plan :',
            '\n'.join('- ' + x for x in plan),
            '',
            'Je te réfère la note complète dès qu\'elle est transcrite. N\'hésite pas si questions.',
            '',
        ]) + signature(who, 'fr', C.rng, short=True) + disclaimer('fr', C.rng)
        sv = k % 3
        if sv == 0:
            subj = 'Consult MI - %s' % p.name(5, 'fr')
        elif sv == 1:
            subj = 'Votre patient%s %s - suivi MI' % (p.e(), p.name(3, 'fr'))
        else:
            subj = 'MI: %s (dossier %s)' % (p.name(1, 'fr'), mrn)
    else:
        dx, labs, plan = case[1], case[3], case[5]
        body = '\n'.join([
            hello(C, 'en', 'Stephen'),
            '',
            'Quick summary of our ID consult on %s (MRN %s).' % (p.name(C.pick([0, 3]), 'en'), mrn),
            '',
            'Impression: %s' % dx,
            'Results: ' + ', '.join(labs),
            'Recommendations: ' + '; '.join(plan),
            '',
            'Full note to follow in the chart. Given %s dialysis schedule, please give doses post-HD where applicable.' % p.his(),
            '',
        ]) + signature(who, 'en', C.rng) + disclaimer('en', C.rng)
        subj = C.pick(['ID consult - %s', 'Re: your consult request %s', 'ID recs for %s']) % p.name(C.pick([1, 5, 3]), 'en')
    frm = saddr(who)
    to = [eaddr('gmf')] if lang == 'fr' else [saddr('neph3')]
    return mk(C, lang, frm, to, subj, text=body, date=t,
              types=['mrn', 'patient_name', 'diagnosis', 'lab_result', 'medication'], note='ID consult summary with chart no')


def p_id_linelist(C, lang, k):
    pts = C.qcp(C.rng.randrange(4, 8))
    t = C.when()
    rows = [['Nom', 'Prénom', 'No dossier', 'DDN', 'Unité', 'Micro-organisme', 'Date prélèvement', 'Statut'] if lang == 'fr' else
            ['Last name', 'First name', 'MRN', 'DOB', 'Unit', 'Organism', 'Specimen date', 'Status']]
    for p in pts:
        org = C.pick(ORGANISMS)
        rows.append([p.surname, p.given, fmt_mrn(p.mrn, C.pick([0, 1])), p.dob.isoformat(), C.pick(['3A', '4B néphro', 'HD', 'USI', '5C']),
                     org[0] if lang == 'fr' else org[1], (t.date() - dt.timedelta(days=C.rng.randrange(1, 40))).isoformat(),
                     C.pick(['colonisé', 'infecté', 'contact']) if lang == 'fr' else C.pick(['colonized', 'infected', 'contact'])])
    sep = ';' if lang == 'fr' else ','
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Dre Valette' if k % 2 else None),
            '',
            typo(C, 'Tel que discuté lors de la rencontre PCI de mardi, voici l\'extraction des porteurs de BMR de nos unités de néphrologie et d\'hémodialyse, incluant les patients susceptibles d\'être transférés chez vous dans le cadre de l\'entente.'),
            'Le fichier est au format CSV (séparateur point-virgule).',
            '',
            thanks(C, 'fr'),
        ]) + signature('ipc', 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Liste porteurs BMR - néphro/HD', 'Extraction ERV/EPC %s', 'PCI - liste des patients colonisés']) 
        subj = subj % t.strftime('%Y-%m') if '%s' in subj else subj
        fn = 'porteurs_BMR_%s.csv' % t.strftime('%Y%m%d')
        to = [eaddr('fr_inf')]
    else:
        body = '\n'.join([
            hello(C, 'en', None),
            '',
            'As requested, attached is the line list of MDRO-positive patients on our nephrology floor and dialysis unit for the period. Note that %s (on the list) now dialyses at your satellite unit.' % pts[0].name(3, 'en'),
            '',
            thanks(C, 'en'),
        ]) + signature('ipc', 'en', C.rng) + disclaimer('en', C.rng)
        subj = 'MDRO line list - nephrology/HD - %s' % t.strftime('%b %Y')
        fn = 'MDRO_linelist_%s.csv' % t.strftime('%Y%m%d')
        to = [eaddr('on_neph')]
    atts = [att_text(fn, make_csv(rows, sep), 'csv')]
    return mk(C, lang, saddr('ipc'), to, subj, text=body, atts=atts, date=t,
              types=['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'lab_result'] + (['patient_name'] if lang == 'en' else []),
              note='MDRO line list CSV attachment')


def p_travel_med(C, lang, k):
    p = C.qcp(min_age=16)
    t = C.when()
    who = C.pick(['trn', 'trmd'])
    dest = C.pick([('Sénégal', 'Senegal'), ('Pérou', 'Peru'), ('Vietnam', 'Vietnam'), ('Kenya', 'Kenya'), ('Inde', 'India')])
    dep = t.date() + dt.timedelta(days=C.rng.randrange(14, 60))
    meds = tx_meds(C.rng, 2)
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Dr Belhadj' if k % 2 else 'Karim'),
            '',
            typo(C, 'Nous avons vu ce matin à la clinique santé-voyage votre patient%s %s (DDN %s), greffé%s rénal%s, qui part au %s le %s pour 3 semaines.' % (
                p.e(), p.name(C.pick([0, 2]), 'fr'), fdate(p.dob, 'fr', 0), p.e(), p.e(), dest[0], fdate(dep, 'fr', 1))),
            '',
            'Immunosuppression actuelle : %s.' % ', '.join(meds),
            'Vaccins donnés : hépatite A (Havrix), typhoïde injectable (Typhim Vi), dcaT. Fièvre jaune CONTRE-INDIQUÉE (vaccin vivant) → lettre d\'exemption remise.',
            'Prophylaxie antipaludique : atovaquone-proguanil 250/100 mg 1 co DIE — ATTENTION interaction possible avec le tacrolimus, un dosage du taux résiduel 1 semaine après le début serait prudent.',
            'Auto-traitement diarrhée : azithromycine 1 g dose unique.',
            '',
            '%s peut être joint%s au %s si vous souhaitez ajuster quelque chose avant le départ.' % (p.Il(), p.e(), p.cell),
            '',
            thanks(C, 'fr'),
        ]) + signature(who, 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Santé-voyage : %s (greffé%s) - départ %s', 'Consultation pré-voyage %s']) 
        subj = subj % (p.name(1, 'fr'), p.e(), dest[0]) if subj.count('%s') == 3 else subj % p.name(5, 'fr')
        to = [saddr('neph2')]
    else:
        body = '\n'.join([
            hello(C, 'en', 'Dr. O\'Rourke'),
            '',
            'We saw %s (DOB %s) in the travel clinic today before %s trip to %s on %s. %s is a kidney transplant recipient on %s.' % (
                p.name(C.pick([0, 8]), 'en'), fdate(p.dob, 'en', 2), p.his(), dest[1], fdate(dep, 'en', 1), p.He(), ' and '.join(en_med(m) for m in meds)),
            '',
            'Given: hep A, injectable typhoid, Tdap. Yellow fever vaccine contraindicated - waiver letter provided.',
            'Malaria prophylaxis: atovaquone-proguanil daily; please consider a tacrolimus level 7 days after starting.',
            'Best number to reach %s: %s (cell).' % (p.him(), p.cell),
            '',
            thanks(C, 'en'),
        ]) + signature(who, 'en', C.rng) + disclaimer('en', C.rng)
        subj = 'Travel clinic visit - %s' % p.name(C.pick([1, 5]), 'en')
        to = [saddr('neph3')]
    return mk(C, lang, saddr(who), to, subj, text=body, date=t,
              types=['patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact'],
              note='pre-travel advice for transplant recipient, cell number')


def p_travel_postreturn(C, lang, k):
    p = C.qcp()
    t = C.when()
    dxi = C.rng.randrange(len(TRAVEL_DX))
    dx = TRAVEL_DX[dxi]
    country = C.pick(['Côte d\'Ivoire', 'Cameroun', 'Haïti', 'Inde', 'Guinée', 'Thaïlande'])
    nam_txt = fmt_nam(p.nam, k + 2)
    if lang == 'fr':
        fields = [
            ('Maladie', dx[0]), ('Nom', p.surname.upper()), ('Prénom', p.given), ('Sexe', p.sex),
            ('Date de naissance', fdate(p.dob, 'fr', 0)), ('NAM', nam_txt),
            ('Adresse', '%s, %s (Québec) %s' % (p.street, p.city, p.postal)), ('Téléphone', p.phone),
            ('Voyage', 'retour de %s le %s' % (country, fdate(t.date() - dt.timedelta(days=C.rng.randrange(5, 15)), 'fr', 0))),
            ('Prophylaxie', C.pick(['aucune', 'atovaquone-proguanil, prise irrégulière', 'doxycycline arrêtée au retour'])),
            ('Hospitalisé' + p.e(), C.pick(['oui, 4B', 'non, suivi externe']))]
        body = '\n'.join([
            'Bonjour,', '',
            'Déclaration MADO (formulaire AS-770 joint) pour un cas confirmé ce jour au laboratoire du CHRVC.', '',
            '\n'.join('%s : %s' % f for f in fields), '',
            'Médecin déclarant : Dr Daniel Kaplan, permis 1-09-482.', '',
            thanks(C, 'fr'),
        ]) + signature('trmd', 'fr', C.rng)
        subj = C.pick(['MADO - %s - %s', 'Déclaration MADO : %s (%s)']) % (dx[0].split(' (')[0].split(',')[0], p.name(1, 'fr'))
        atts = [att_pdf('AS-770_%s.pdf' % deaccent(p.surname).upper(), 'Déclaration de maladie à déclaration obligatoire',
                        ['%s : %s' % f for f in fields])] if k % 2 == 0 else []
        to = [eaddr('dsp_pub')]
    else:
        body = '\n'.join([
            hello(C, 'en', 'Dr. Raman'),
            '',
            '%s, %s y.o., back from %s %s days ago, febrile since Saturday. Smear this morning: %s.' % (
                p.name(C.pick([0, 3]), 'en'), age_on(p.dob, t.date()), C.pick(['Ghana', 'Haiti', 'India', 'Cameroon']), C.rng.randrange(5, 15), dx[1]),
            'Plt %d, creat %d, lactate %s. Started %s.' % (C.rng.randrange(40, 140), C.rng.randrange(90, 300), C.pick(['1.9', '2.6', '3.4']),
                                                        C.pick(['IV artesunate', 'ceftriaxone 2 g IV', 'supportive care'])),
            'RAMQ %s, DOB %s, lives at %s, %s (phone %s) - public health will call %s.' % (nam_txt, p.dob.isoformat(), p.street, p.city, p.phone, p.him()),
            '',
            'Can you see %s today?' % p.him(),
            '',
        ]) + signature('trmd', 'en', C.rng, short=True)
        subj = 'Urgent - returning traveller %s' % p.name(C.pick([1, 5]), 'en')
        atts = []
        to = [saddr('id2')]
    return mk(C, lang, saddr('trmd'), to, subj, text=body, atts=atts, date=t,
              types=['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'lab_result', 'patient_contact'] + (['medication'] if lang == 'en' else []),
              note='post-travel infection with NAM and address')


def p_records_access(C, lang, k):
    p = C.qcp(min_age=14)
    t = C.when()
    ref = 'DA-%d-%04d' % (t.year, C.rng.randrange(100, 2000))
    docs_fr = ['Rapport de biopsie rénale du %s (%s)' % (fdate(C.after_birth(p, C.past(t, 300, 1800), t), 'fr', 0), dx_of(p, 'fr')),
               'Notes de consultation en néphrologie (%d pages)' % C.rng.randrange(3, 19),
               'Résultats de laboratoire %d-%d' % (t.year - 2, t.year),
               'Sommaire d\'hospitalisation du %s' % fdate(C.after_birth(p, C.past(t, 30, 700), t), 'fr', 0)]
    docs_en = ['Kidney biopsy report dated %s (%s)' % (fdate(C.after_birth(p, C.past(t, 300, 1800), t), 'en', 0), dx_of(p, 'en')),
               'Nephrology consultation notes (%d pages)' % C.rng.randrange(3, 19),
               'Laboratory results %d-%d' % (t.year - 2, t.year),
               'Discharge summary dated %s' % fdate(C.after_birth(p, C.past(t, 30, 700), t), 'en', 0)]
    mrn = fmt_mrn(p.mrn, k)
    if lang == 'fr':
        body = '\n'.join([
            p.name(8, 'fr'),
            p.street, '%s (Québec)  %s' % (p.city, p.postal),
            '',
            'Objet : Votre demande d\'accès au dossier — n/réf. %s — dossier %s' % (ref, mrn),
            '',
            '%s %s,' % ('Madame' if p.sex == 'F' else 'Monsieur', p.surname),
            '',
            typo(C, 'Pour faire suite à votre demande reçue le %s, nous vous transmettons, dans une archive protégée par mot de passe (communiqué par téléphone), copie des documents suivants :' % fdate(t.date() - dt.timedelta(days=C.rng.randrange(5, 25)), 'fr', 1)),
            '',
            '\n'.join('  • ' + d for d in docs_fr),
            '',
            'Conformément à la Loi sur les services de santé et les services sociaux, aucuns frais ne sont exigés pour cette première copie transmise électroniquement.',
            '',
            'Veuillez agréer, %s, nos salutations distinguées.' % ('Madame' if p.sex == 'F' else 'Monsieur'),
        ]) + signature(C.pick(['arch1', 'arch2']), 'fr', C.rng)
        subj = C.pick(['Votre demande d\'accès - réf. %s' % ref, 'Demande d\'accès au dossier %s' % mrn, 'Copie de dossier - %s' % ref])
        zfiles = [('%s/biopsie_renale.pdf' % ref, make_pdf('Rapport de pathologie rénale', [
            'Patient%s : %s   DDN : %s   Dossier : %s' % (p.e(), p.name(1, 'fr'), p.dob.isoformat(), p.mrn),
            'Diagnostic : %s' % dx_of(p, 'fr'), 'Glomérules : %d, dont %d scléreux. Fibrose interstitielle %d %%.' % (
                C.rng.randrange(12, 30), C.rng.randrange(1, 9), C.rng.randrange(5, 60))])),
            ('%s/bordereau.txt' % ref, 'Bordereau de transmission %s\r\n%s\r\n' % (ref, '\r\n'.join(docs_fr)))]
    else:
        body = '\n'.join([
            hello(C, 'en', p.name(4, 'en')),
            '',
            'Further to your access request received on %s (our ref. %s, chart %s), please find attached a password-protected archive with copies of:' % (
                fdate(t.date() - dt.timedelta(days=C.rng.randrange(5, 25)), 'en', 1), ref, mrn),
            '',
            '\n'.join('  - ' + d for d in docs_en),
            '',
            'The password will be given to you by phone at %s, the number on your request form. The copies will be mailed to %s, %s as well.' % (p.phone, p.street, p.city),
            '',
            thanks(C, 'en'),
        ]) + signature('arch2', 'en', C.rng)
        subj = 'Your request for access to your health record - ref. %s' % ref
        zfiles = [('%s/kidney_biopsy.pdf' % ref, make_pdf('Renal pathology report', [
            'Patient: %s   DOB: %s   Chart: %s' % (p.name(1, 'en'), p.dob.isoformat(), p.mrn),
            'Diagnosis: %s' % dx_of(p, 'en')])),
            ('%s/cover.txt' % ref, 'Transmission slip %s\r\n%s\r\n' % (ref, '\r\n'.join(docs_en)))]
    atts = [att_zip('%s.zip' % ref, zfiles)]
    return mk(C, lang, GENERIC['archives'], [(p.full, p.email)], subj, text=body, atts=atts, date=t,
              types=['patient_name', 'mrn', 'diagnosis', 'date_of_birth', 'patient_contact'],
              note='records department answer to access request with ZIP')


def p_insurer(C, lang, k):
    p = C.qcp(min_age=18, max_age=64)
    t = C.when()
    claim = '%d-%03d-%02d' % (C.rng.randrange(1000, 9999), C.rng.randrange(1000), C.rng.randrange(100))
    start = C.after_birth(p, C.past(t, 200, 1200), t)
    nam_txt = fmt_nam(p.nam, k)
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Monsieur Lemaire'),
            '',
            typo(C, 'En réponse à votre demande du %s et sur réception de l\'autorisation signée par l\'assuré%s, voici les renseignements demandés concernant %s (né%s le %s, NAM %s) :' % (
                fdate(t.date() - dt.timedelta(days=20), 'fr', 1), p.e(), p.name(0, 'fr'), p.e(), fdate(p.dob, 'fr', 2), nam_txt)),
            '',
            ('- NAS de l\'assuré%s : %s' % (p.e(), fmt_sin(p.sin, k)) if k % 2 else '- No de dossier CHRVC : %s' % fmt_mrn(p.mrn, k)),
            '- Diagnostic : insuffisance rénale chronique terminale secondaire à %s' % dx_of(p, 'fr'),
            '- Début de l\'hémodialyse : %s, 3 séances de 4 h par semaine' % fdate(start, 'fr', 1),
            '- Hospitalisations : %s au %s (%s)' % (fdate(start - dt.timedelta(days=9), 'fr', 0), fdate(start + dt.timedelta(days=3), 'fr', 0),
                                                    C.pick(['surcharge volémique', 'hyperkaliémie sévère', 'infection de cathéter'])),
            '- Pronostic de retour au travail : %s' % C.pick(['non envisageable à court terme', 'retour progressif possible si greffe']),
            '',
            'Le sommaire d\'hospitalisation est joint. Des frais de 30 $ s\'appliquent (facture à suivre).',
            '',
            'Salutations distinguées,',
        ]) + signature('arch1', 'fr', C.rng)
        subj = C.pick(['Votre dossier %s - %s', 'Réclamation invalidité %s (%s)']) % (claim, p.name(1, 'fr'))
        to = [eaddr('ins_fr')]
        atts = [att_pdf('Sommaire_%s.pdf' % claim, 'Sommaire d\'hospitalisation', [
            'Nom : %s   Dossier : %s   NAM : %s' % (p.name(1, 'fr'), p.mrn, p.nam), 'Diagnostic : IRCT sur %s' % dx_of(p, 'fr')])] if k % 2 == 0 else []
    else:
        body = '\n'.join([
            hello(C, 'en', 'Ms. Kowalski'),
            '',
            'Re: claim %s. With the signed authorization received on %s, we are providing the following for %s (DOB %s, RAMQ %s):' % (
                claim, fdate(t.date() - dt.timedelta(days=12), 'en', 1), p.name(0, 'en'), fdate(p.dob, 'en', 1), nam_txt),
            '',
            '* Diagnosis: end-stage kidney disease due to %s; haemodialysis since %s' % (dx_of(p, 'en'), fdate(start, 'en', 1)),
            '* Current treatment: %s' % ', '.join(C.rng.sample(HD_MEDS_EN, 3)),
            '* Functional limitations: fatigue, 12 h/week of dialysis, fluid restriction',
            '',
            'Attending physician statement attached. Our fee for this report is $45.',
            '',
            thanks(C, 'en'),
        ]) + signature('arch1', 'en', C.rng)
        subj = 'Claim %s - %s - medical information' % (claim, p.name(1, 'en'))
        to = [eaddr('ins_en')]
        atts = [att_pdf('APS_%s.pdf' % claim.replace('-', ''), 'Attending Physician Statement', [
            'Patient: %s  DOB %s  RAMQ %s' % (p.name(0, 'en'), p.dob.isoformat(), p.nam), 'Dx: ESKD - %s' % dx_of(p, 'en')], compress=True)]
    types = ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'] + (['medication'] if lang == 'en' else []) + \
        ((['ca_sin'] if k % 2 else ['mrn']) if lang == 'fr' else [])
    return mk(C, lang, saddr('arch1'), to, subj, text=body, atts=atts, date=t, types=types,
              note='records to insurer with NAM and diagnosis')


def p_lawyer(C, lang, k):
    p = C.qcp(min_age=40)
    t = C.when()
    ref = '%d-%04d' % (t.year % 100, C.rng.randrange(100, 9999))
    mrn = fmt_mrn(p.mrn, k + 1)
    event = C.past(t, 60, 900)
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Maître Hudon'),
            '',
            typo(C, 'Donnant suite à votre demande du %s (v/dossier %s) accompagnée de l\'autorisation de votre client%s, nous vous transmettons copie du dossier de %s, né%s le %s (notre dossier %s), pour la période du %s à ce jour.' % (
                fdate(t.date() - dt.timedelta(days=30), 'fr', 1), ref, p.e(), p.name(0, 'fr'), p.e(), fdate(p.dob, 'fr', 0), mrn, fdate(event, 'fr', 1))),
            '',
            'Le dossier comprend notamment la note d\'urgence du %s (chute avec fracture de la hanche droite chez %s patient%s dialysé%s), le protocole opératoire et les notes de physiothérapie.' % (
                fdate(event, 'fr', 0), 'la' if p.sex == 'F' else 'le', p.e(), p.e()),
            '',
            'Frais de reproduction : 147 pages, 0,40 $/page = 58,80 $ + frais de base 15,00 $. Facture FA-%d-%05d jointe.' % (t.year, C.rng.randrange(10 ** 4, 10 ** 5)),
            '',
            'Veuillez agréer, Maître, l\'expression de nos sentiments distingués.',
        ]) + signature('archc', 'fr', C.rng)
        subj = 'V/Réf. %s - %s - copie de dossier' % (ref, p.name(C.pick([1, 2]), 'fr'))
        to = [eaddr('law_fr')]
        pdf = att_pdf('Dossier_%s_%s.pdf' % (deaccent(p.surname), mrn.replace(' ', '')), 'Copie conforme — dossier médical', [
            '%s — DDN %s — dossier %s' % (p.name(1, 'fr'), p.dob.isoformat(), p.mrn),
            'Note d\'urgence %s : chute à domicile, fracture sous-capitale fémur D. ATCD : %s, HD 3x/sem.' % (event.isoformat(), dx_of(p, 'fr'))],
            compress=k % 2 == 0)
    else:
        body = '\n'.join([
            hello(C, 'en', 'Mr. Reyes' if k % 2 else 'Ms. Hargrove'),
            '',
            'Pursuant to your request of %s (your file %s) and the signed consent of your client, enclosed are certified copies of the records of %s, DOB %s, chart %s, from %s to date.' % (
                fdate(t.date() - dt.timedelta(days=30), 'en', 1), ref, p.name(0, 'en'), fdate(p.dob, 'en', 0), mrn, fdate(event, 'en', 1)),
            '',
            'Note that the records include the %s admission for %s.' % (fdate(event, 'en', 1), C.pick(['hip fracture after a fall at home', 'catheter-related bacteraemia', 'hyperkalaemic cardiac arrest'])),
            '',
            'Copy fees: 112 pages x $0.40 + $15 base = $59.80 (invoice attached).',
            '',
            thanks(C, 'en'),
        ]) + signature('archc', 'en', C.rng)
        subj = 'Your file %s - medical records of %s' % (ref, p.name(C.pick([1, 0]), 'en'))
        to = [eaddr('law_en2') if k % 2 else eaddr('law_en')]
        pdf = att_pdf('records_%s.pdf' % deaccent(p.surname).lower(), 'Certified copy of health record', [
            '%s - DOB %s - chart %s' % (p.name(1, 'en'), p.dob.isoformat(), p.mrn), 'Past history: %s; haemodialysis.' % dx_of(p, 'en')])
    inv = att_pdf('Facture_FA_%d.pdf' % C.rng.randrange(10 ** 5, 10 ** 6) if lang == 'fr' else 'Invoice_%d.pdf' % C.rng.randrange(10 ** 5, 10 ** 6),
                  'Facture — reproduction de dossier' if lang == 'fr' else 'Invoice - copy of records',
                  ['Dossier : %s' % ref, 'Montant : 73,80 $' if lang == 'fr' else 'Amount: $59.80'])
    atts = [att_zip('dossier_%s.zip' % ref, [(pdf['filename'], pdf['data'])]) if k % 3 == 0 else pdf, inv]
    return mk(C, lang, saddr('archc'), to, subj, text=body, atts=atts, date=t,
              types=['patient_name', 'mrn', 'diagnosis', 'date_of_birth'], note='records to law firm')


def p_transport(C, lang, k):
    pts = [C.qcp(min_age=18)] if k % 2 == 0 else C.qcp(3, min_age=18)
    t = C.when()
    if lang == 'fr':
        blocks = []
        for p in pts:
            blocks.append('\n'.join([
                'Usager : %s' % p.name(C.pick([1, 2, 0]), 'fr'),
                'Adresse : %s, %s %s' % (p.street, p.city, p.postal),
                'Tél. : %s%s' % (p.phone, (' / cell. ' + p.cell) if C.chance(0.5) else ''),
                'Destination : Unité d\'hémodialyse CHRVC, porte 6 — %s' % C.pick(['lun/mer/ven, arrivée 6 h 45', 'mar/jeu/sam, arrivée 11 h 30']),
                'Particularités : %s' % C.pick(['fauteuil roulant (amputation sous le genou G)', 'marchette, malvoyant%s (rétinopathie diabétique)' % p.e(),
                                                'oxygène 2 L, MPOC', 'trouble cognitif léger, accompagnement jusqu\'à la porte']),
            ]))
        body = '\n'.join([
            hello(C, 'fr', None), '',
            typo(C, 'Voici %s pour le transport adapté à compter du %s :' % ('une nouvelle demande' if len(pts) == 1 else 'les nouvelles demandes',
                                                                            fdate(t.date() + dt.timedelta(days=3), 'fr', 4))),
            '',
            '\n\n'.join(blocks), '',
            'Merci de confirmer les heures de cueillette directement à l\'unité (poste 4231).', '',
            thanks(C, 'fr'),
        ]) + signature('hdc', 'fr', C.rng)
        subj = C.pick(['Transport adapté - nouvelle%s demande%s HD', 'Demande de transport dialyse %s']) 
        subj = subj % (('s', 's') if len(pts) > 1 else ('', '')) if subj.count('%s') == 2 else subj % pts[0].name(1, 'fr')
    else:
        p = pts[0]
        body = '\n'.join([
            hello(C, 'en', None), '',
            'Please book a wheelchair taxi for %s for %s dialysis runs starting %s:' % (p.name(C.pick([0, 8]), 'en'), p.his(), fdate(t.date() + dt.timedelta(days=3), 'en', 1)),
            '- Pick-up: %s, %s %s (ground floor, ramp at the side)' % (p.street, p.city, p.postal),
            '- Phone: %s' % p.phone,
            '- Drop-off: CHRVC haemodialysis unit, door 6, by 6:45 AM MWF',
            '- Note: %s has a below-knee amputation and lives alone; please call 15 min ahead.' % p.he(),
        ] + [x for q in pts[1:] for x in ('', 'Also for the same run: %s, %s, %s, tel %s (walker).' % (q.name(1, 'en'), q.street, q.city, q.phone))] + [
            '', thanks(C, 'en'),
        ]) + signature('hdc', 'en', C.rng)
        subj = 'Dialysis transport booking - %s' % p.name(C.pick([1, 5]), 'en')
    types = ['patient_name', 'patient_contact', 'diagnosis'] + (['social_information'] if lang == 'en' else [])
    return mk(C, lang, saddr('hdc'), [eaddr('transport')], subj, text=body, date=t, types=types,
              note='transport booking with home address/phone for dialysis')


def p_home_pd(C, lang, k):
    p = C.qcp(min_age=18)
    t = C.when()
    who = C.pick(['sw', 'hdn'])
    social = C.pick([
        'Vit seul%s en appartement au 2e étage sans ascenseur; sa fille habite Montréal. Revenu : aide sociale.' % p.e(),
        'Conjoint%s atteint%s de démence, %s est l\'aidant%s principal%s; épuisement rapporté. Pas de voiture.' % ('' if p.sex == 'F' else 'e', '' if p.sex == 'F' else 'e', p.il(), p.e(), p.e()),
        'Hébergé%s chez son fils depuis la perte de son logement; consommation d\'alcool à risque (8-10 consommations/sem.).' % p.e(),
        'Analphabète fonctionnel%s, difficulté à gérer les médicaments; sous curatelle depuis 2022.' % ('le' if p.sex == 'F' else ''),
    ])
    nam_txt = fmt_nam(p.nam, k + 3)
    body = '\n'.join([
        hello(C, 'fr', 'Geneviève'),
        '',
        typo(C, 'Je vous réfère %s pour le soutien à domicile dans le cadre du début de sa dialyse péritonéale (DPA nocturne) le %s.' % (p.name(C.pick([0, 8, 2]), 'fr'), fdate(t.date() + dt.timedelta(days=10), 'fr', 1))),
        '',
        'NAM : %s — DDN : %s' % (nam_txt, fdate(p.dob, 'fr', 0)),
        'Adresse : %s, %s  %s' % (p.street, p.city, p.postal),
        'Téléphone : %s' % p.phone,
        'Diagnostic : IRC stade 5 sur %s; cathéter de Tenckhoff posé le %s' % (dx_of(p, 'fr'), fdate(t.date() - dt.timedelta(days=20), 'fr', 2)),
        'Médication : ' + ', '.join(C.rng.sample([HD_MEDS[i] for i in (0, 1, 2, 4, 8)], 3)) + ', icodextrine (Extraneal) 2 L la nuit',
        'Situation sociale : ' + social,
        '',
        'Besoins : visite infirmière 2 x/sem. les 3 premières semaines, entreposage des sacs (≈ 30 boîtes/mois), évaluation ergo du domicile.',
        '',
        thanks(C, 'fr'),
    ]) + signature(who, 'fr', C.rng) + disclaimer('fr', C.rng)
    subj = C.pick(['Référence SAD - DP à domicile - %s', 'Demande de services CLSC : %s (dialyse péritonéale)']) % p.name(1, 'fr')
    atts = []
    if k % 2 == 1:
        atts.append(att_docx('Reference_CLSC_%s.docx' % deaccent(p.surname), 'Demande de services — soutien à domicile',
                             ['Usager : %s, NAM %s' % (p.name(0, 'fr'), p.nam), social],
                             [['Champ', 'Valeur'], ['Adresse', '%s, %s' % (p.street, p.city)], ['Téléphone', p.phone], ['Diagnostic', 'IRC stade 5']]))
    return mk(C, 'fr', saddr(who), [eaddr('clsc')], subj, text=body, atts=atts, date=t,
              types=['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'diagnosis', 'medication', 'social_information'],
              note='CLSC referral for home PD with social situation')


def p_ics_booking(C, lang, k):
    p = C.qcp()
    t = C.when()
    when = dt.datetime.combine(t.date() + dt.timedelta(days=C.rng.randrange(3, 20)), dt.time(C.pick([8, 9, 10, 13]), C.pick([0, 30])))
    proc_fr = C.pick([('Biopsie du greffon', 'créat à la hausse (%d), tacro %s; cesser l\'aspirine 5 j avant' % (C.rng.randrange(160, 260), C.pick(['4,1', '14,8']))),
                      ('Fistulographie + angioplastie FAV', 'débit FAV diminué, pressions veineuses élevées; allergie à l\'iode → prémédication prednisone'),
                      ('Pose de cathéter de Tenckhoff', 'IRC stade 5 (%s), début DP prévu' % dx_of(p, 'fr'))])
    proc_en = C.pick([('Transplant kidney biopsy', 'rising creatinine (%d), tacrolimus level %s; hold aspirin 5 days' % (C.rng.randrange(160, 260), C.pick(['4.1', '14.8']))),
                      ('Fistulogram + AVF angioplasty', 'reduced access flow; contrast allergy - prednisone premedication'),
                      ('PD catheter insertion', 'CKD 5 (%s), PD start planned' % dx_of(p, 'en'))])
    mrn = fmt_mrn(p.mrn, k)
    if lang == 'fr':
        proc, desc = proc_fr
        summary = '%s – %s' % (proc, p.name(C.pick([7, 1, 2]), 'fr'))
        description = 'Patient%s : %s\nDossier : %s\nIndication : %s\nContact : %s' % (p.e(), p.name(0, 'fr'), mrn, desc, p.phone)
        body = '\n'.join([hello(C, 'fr', None), '', 'Invitation pour la plage de radiologie d\'intervention. Merci d\'accepter pour bloquer la salle.', '',
                          thanks(C, 'fr')]) + signature('hdc', 'fr', C.rng, short=True)
        subj = 'Invitation : %s' % summary
        loc = 'Radiologie d\'intervention, salle 2, CHRVC'
        types = ['patient_name', 'mrn', 'diagnosis', 'patient_contact']
    else:
        proc, desc = proc_en
        summary = '%s - %s' % (proc, p.name(C.pick([1, 5]), 'en'))
        description = 'Patient: %s\nMRN: %s\nIndication: %s' % (p.name(0, 'en'), mrn, desc)
        body = '\n'.join([hello(C, 'en', None), '', 'Booking for IR - please accept to hold the room.', '', thanks(C, 'en')]) + signature('hdc', 'en', C.rng, short=True)
        subj = 'Invitation: %s @ %s' % (summary, when.strftime('%a %b %d, %Y %I:%M %p'))
        loc = 'Interventional radiology, room 2, CHRVC'
        types = ['patient_name', 'mrn', 'diagnosis']
    if 'tacro' in desc or 'prednisone' in desc or 'aspirin' in desc:
        types.append('medication')
    if 'tacro' in desc or 'creat' in desc:
        types.append('lab_result')
    ics = make_ics('%016x@chrvc.example' % C.rng.getrandbits(64), when, when + dt.timedelta(hours=1), summary, loc, description,
                   (staff('neph2'), saddr('neph2')[1]), [(staff('neph1', False), saddr('neph1')[1]), ('Radiologie', 'radiologie.intervention@' + HOSP)])
    atts = [att_text('invite.ics', ics, 'calendar', {'method': 'REQUEST'})]
    return mk(C, lang, saddr('hdc'), [saddr('neph1'), ('Radiologie', 'radiologie.intervention@' + HOSP)], subj, text=body,
              atts=atts, date=t, types=types, note='ICS procedure booking with patient in summary/description')


def p_vcard(C, lang, k):
    # sibling pairs share a surname in the NAM list: donor + recipient
    groups = {}
    for q in C.qc:
        groups.setdefault(q.surname, []).append(q)
    def adult(q):
        return age_on(q.dob, dt.date(2024, 6, 1)) >= 18
    fams = sorted([g for g in groups.values() if len(g) >= 2 and any(adult(q) for q in g)], key=lambda g: g[0].surname)
    fam = fams[(k * 3 + C.rng.randrange(len(fams))) % len(fams)]
    donor = C.pick([q for q in fam if adult(q)])
    recip = C.pick([q for q in fam if q is not donor])
    t = C.when()
    bg = C.pick(['O+', 'A+', 'B+'])
    if lang == 'fr':
        note = '%s pour %s (IRCT, %s). Groupe %s. Préfère être appelé%s le soir.' % (
            'Donneuse vivante potentielle' if donor.sex == 'F' else 'Donneur vivant potentiel', recip.name(0, 'fr'), dx_of(recip, 'fr'), bg, donor.e())
        body = '\n'.join([hello(C, 'fr', 'Patrick'), '',
                          typo(C, 'Je t\'envoie la fiche contact de %s, qui s\'est manifesté%s comme %s pour %s. Premier contact fait aujourd\'hui, %s est très motivé%s. Peux-tu planifier le bilan de compatibilité ?' % (
                              donor.name(0, 'fr'), donor.e(), 'donneuse' if donor.sex == 'F' else 'donneur', recip.name(C.pick([0, 3]), 'fr'), donor.il(), donor.e())),
                          '', thanks(C, 'fr')]) + signature('txc', 'fr', C.rng, short=True)
        subj = C.pick(['Donneur vivant potentiel - %s', 'Fiche contact %s (DV pour %s)'])
        subj = subj % donor.name(1, 'fr') if subj.count('%s') == 1 else subj % (donor.name(0, 'fr'), recip.surname)
    else:
        note = 'Potential living donor for %s (ESKD, %s). Blood group %s.' % (recip.name(0, 'en'), dx_of(recip, 'en'), bg)
        body = '\n'.join([hello(C, 'en', 'Patrick'), '',
                          'Contact card for %s, who came forward as a donor for %s. Please schedule the initial crossmatch.' % (donor.name(0, 'en'), recip.name(3, 'en')),
                          '', thanks(C, 'en')]) + signature('txc', 'en', C.rng, short=True)
        subj = 'Living donor contact - %s' % donor.name(1, 'en')
    vc = make_vcard(donor.surname, donor.given, donor.full, tels=[('HOME', donor.phone), ('CELL', donor.cell)],
                    emails=[('HOME', donor.email)], adr=('HOME', donor.street, donor.city, 'QC', donor.postal, 'Canada'),
                    bday=donor.dob.isoformat(), note=note)
    atts = [att_text('%s %s.vcf' % (donor.given, donor.surname), vc, 'vcard')]
    return mk(C, lang, saddr('txc'), [saddr('txc2')], subj, text=body, atts=atts, date=t,
              types=['patient_name', 'patient_contact', 'date_of_birth', 'diagnosis'],
              note='vCard of living donor with recipient diagnosis')


def p_ontario(C, lang, k):
    p = C.onp()
    t = C.when()
    hcn = fmt_hcn(p.hcn, p.hcn_vc, k)
    d1 = t.date() - dt.timedelta(days=C.rng.randrange(10, 40))
    n_runs = C.rng.randrange(4, 13)
    body = '\n'.join([
        hello(C, 'en', 'Rachel' if k % 2 else 'Ms. Osei'),
        '',
        'We provided %d haemodialysis treatments to your patient %s (OHIP %s, DOB %s) while %s was visiting family in Val-Cormier from %s to %s.' % (
            n_runs, p.name(C.pick([0, 1]), 'en'), hcn, fdate(p.dob, 'en', 0), p.he(), fdate(d1, 'en', 1), fdate(d1 + dt.timedelta(days=2 * n_runs), 'en', 1)),
        '',
        'Dx: ESKD secondary to %s (N18.6). One run was complicated by %s, treated on the unit.' % (
            C.pick(['diabetic nephropathy', 'IgA nephropathy', 'polycystic kidney disease']), C.pick(['intradialytic hypotension', 'access clotting, TPA locked', 'hyperkalaemia (K 6.4)'])),
        'The reciprocal billing claim (Form 1 - out-of-province) is attached along with the run sheets; Dr. Whitfield has the clinical summary.',
        '',
        'Home address on file: %s, %s %s, tel. %s.' % (p.street, p.city, p.postal, p.phone) if k % 2 == 0 else '',
        thanks(C, 'en'),
    ]) + signature('hdc', 'en', C.rng) + disclaimer('en', C.rng)
    subj = C.pick(['Out-of-province dialysis - %s', 'Reciprocal billing - OHIP %s', 'Visiting HD patient %s - billing']) 
    subj = subj % (hcn if 'OHIP' in subj else p.name(1, 'en'))
    rows = [['Patient', 'Health number', 'Version', 'DOB', 'Service date', 'Code', 'Dx code', 'Amount']]
    for i in range(n_runs):
        rows.append([p.name(1, 'en'), p.hcn, p.hcn_vc, p.dob.isoformat(), (d1 + dt.timedelta(days=2 * i)).isoformat(), 'HD-OUT', 'N18.6', '612.00'])
    atts = [att_xlsx('reciprocal_claim_%s.xlsx' % t.strftime('%Y%m'), [('Claim', rows)])]
    types = ['ca_health_number', 'patient_name', 'date_of_birth', 'diagnosis'] + (['patient_contact'] if k % 2 == 0 else [])
    return mk(C, 'en', saddr('hdc'), [eaddr('on_bill')], subj, text=body, atts=atts, cc=[eaddr('on_neph')], date=t, types=types,
              note='Ontario health number, out-of-province dialysis billing')


def p_sin_forms(C, lang, k):
    p = C.qcp(min_age=18, max_age=64)
    t = C.when()
    sin = fmt_sin(p.sin, k)
    if lang == 'fr':
        lines = ['Nom : %s' % p.name(7, 'fr'), 'NAS : %s' % sin, 'Date de naissance : %s' % fdate(p.dob, 'fr', 0),
                 'Diagnostic : IRCT sur %s; %s' % (dx_of(p, 'fr'), C.pick(['hémodialyse 3 x/sem.', 'en attente de greffe', 'DP nocturne'])),
                 'Limitations : fatigue importante, ne peut soutenir un horaire de travail régulier',
                 'Date du début de l\'invalidité : %s' % fdate(C.past(t, 60, 800), 'fr', 0)]
        body = '\n'.join([
            hello(C, 'fr', None), '',
            typo(C, 'Vous trouverez ci-joint le rapport médical (Retraite Québec, demande de rente d\'invalidité) complété par la Dre Vachon-Lemire pour %s.' % p.name(C.pick([0, 8]), 'fr')),
            'Les renseignements principaux :', '',
            '\n'.join(lines), '',
            'L\'original signé suit par la poste.', '',
            thanks(C, 'fr'),
        ]) + signature('adm', 'fr', C.rng)
        subj = 'Rapport médical invalidité - %s' % p.name(C.pick([1, 2]), 'fr')
        fn = 'Rapport_medical_invalidite_%s.pdf' % deaccent(p.surname).upper()
        to = [eaddr('ins_fr')]
        atts = [att_pdf(fn, 'Rapport médical — invalidité', lines)]
    else:
        lines = ['Claimant: %s' % p.name(0, 'en'), 'SIN: %s' % sin, 'DOB: %s' % fdate(p.dob, 'en', 0),
                 'Diagnosis: ESKD due to %s; on dialysis' % dx_of(p, 'en'),
                 'Medications: %s' % ', '.join(C.rng.sample(HD_MEDS_EN, 3)),
                 'Restrictions: unable to sustain full-time work']
        body = '\n'.join([
            hello(C, 'en', 'Ms. Kowalski'), '',
            'Attached please find the completed Attending Physician Statement for %s (policy 77-%06d).' % (p.name(C.pick([0, 1]), 'en'), C.rng.randrange(10 ** 6)),
            '', '\n'.join(lines), '', thanks(C, 'en'),
        ]) + signature('adm', 'en', C.rng)
        subj = 'APS - %s - SIN %s' % (p.name(1, 'en'), sin[-3:].rjust(len(sin), '*')) if k % 2 else 'Attending physician statement - %s' % p.name(1, 'en')
        to = [eaddr('ins_en')]
        atts = [att_docx('APS_%s.docx' % deaccent(p.surname), 'Attending Physician Statement', lines)]
    types = ['ca_sin', 'patient_name', 'date_of_birth', 'diagnosis'] + (['medication'] if lang == 'en' else [])
    return mk(C, lang, saddr('adm'), to, subj, text=body, atts=atts, date=t, types=types, note='disability form with SIN')


def p_attached_eml(C, lang, k):
    # build an inner message first (a lab result forward), then wrap it
    inner = p_lab_forward(C, lang, k + 7)
    inner_raw = render(C, inner)
    t = C.later(inner['date'], days=C.rng.randrange(0, 3))
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', C.pick(['Hélène', 'Dre Vachon-Lemire', None])), '',
                          C.pick(['Voir le courriel ci-joint, pour ton dossier.', 'Je te transfère le message joint — à discuter jeudi.',
                                  'Pour info (courriel original en pièce jointe).']), '', thanks(C, 'fr')]) + signature('txc', 'fr', C.rng, short=True)
        subj = 'TR: ' + inner['subject']
    else:
        body = '\n'.join([hello(C, 'en', 'Stephen'), '', C.pick(['See attached email, FYI.', 'Forwarding as attachment - please review before clinic.']),
                          '', thanks(C, 'en')]) + signature('txc', 'en', C.rng, short=True)
        subj = 'FW: ' + inner['subject']
    fn = re.sub(r'[^\w\- ]+', '', inner['subject'])[:60].strip() + '.eml'
    atts = [att_eml(fn, inner_raw)]
    return mk(C, lang, saddr('txc'), [saddr('neph1') if lang == 'fr' else saddr('neph3')], subj, text=body, atts=atts, date=t,
              types=inner['types'], note='patient data only inside attached .eml')


def p_filename_only(C, lang, k):
    p = C.qcp()
    t = C.when()
    ci = C.rng.randrange(6)
    lab_fr = ['rejet_aigu_Banff_IB', 'nephropathie_BK', 'viremie_CMV', 'toxicite_tacrolimus', 'rejet_humoral_chronique', 'pyelonephrite_greffon'][ci]
    lab_en = ['acute_rejection_Banff_IB', 'BK_nephropathy', 'CMV_viremia', 'tacrolimus_toxicity', 'chronic_AMR', 'graft_pyelonephritis'][ci]
    if lang == 'fr':
        fn = C.pick(['%s_%s_%s.pdf', 'Biopsie %s %s - %s.pdf']) % (p.surname.upper(), p.given, lab_fr)
        body = '\n'.join([hello(C, 'fr', None), '', C.pick(['Voici le document demandé.', 'Ci-joint tel que discuté.', 'Document numérisé ci-joint.']),
                          '', thanks(C, 'fr')]) + signature('arch2', 'fr', C.rng, short=True)
        subj = C.pick(['Document numérisé', 'Numérisation %s' % t.strftime('%Y%m%d'), 'TR: document'])
    else:
        fn = '%s_%s_%s.pdf' % (p.surname, p.given, lab_en)
        body = '\n'.join([hello(C, 'en', None), '', C.pick(['Here is the scanned document.', 'Attached as requested.']), '', thanks(C, 'en')]) + signature('arch2', 'en', C.rng, short=True)
        subj = C.pick(['Scanned document', 'Scan %s' % t.strftime('%Y-%m-%d')])
    fn = fn.replace('/', '-')
    atts = [att_pdf(fn, 'Document numérisé' if lang == 'fr' else 'Scanned document',
                    ['Page 1/1', 'Numérisation %s' % t.strftime('%Y-%m-%d %H:%M'), '[image]'])]
    to = [eaddr('qc_tx')] if k % 2 == 0 else [eaddr('be_neph')]
    return mk(C, lang, saddr('arch2'), to, subj, text=body, atts=atts, date=t,
              types=['patient_name', 'diagnosis'], note='name and diagnosis only in attachment file name')


def p_subject_only(C, lang, k):
    p = C.qcp()
    t = C.when()
    if lang == 'fr':
        subj = C.pick(['%s (%s) - CMV PCR 18 400, on débute valganciclovir?', '%s %s : créat 310, rejet?', 'URGENT %s - K 6,9 ce matin']) 
        if 'CMV' in subj:
            subj = subj % (p.name(C.pick([5, 2]), 'fr'), p.dob.isoformat())
            types = ['patient_name', 'lab_result', 'medication', 'date_of_birth']
        elif subj.count('%s') == 2:
            subj = subj % (p.name(C.pick([5, 2]), 'fr'), fmt_nam(p.nam, 0))
            types = ['patient_name', 'lab_result', 'ramq_nam', 'diagnosis']
        else:
            subj = subj % p.name(2, 'fr')
            types = ['patient_name', 'lab_result']
        who = C.pick(['neph2', 'neph1'])
        body = '\n'.join([C.pick(['Peux-tu me rappeler? poste %s' % STAFF[who][7], 'Voir objet. On en parle à la tournée.', 'Appelle-moi dès que tu peux.']), '',
                          'K.' if who == 'neph2' else 'Hélène'])
    else:
        subj = C.pick(['%s (DOB %s) - BK viremia 4.6 log', 'Re: %s - tacro 19.2, toxic?']) 
        if 'DOB' in subj:
            subj = subj % (p.name(5, 'en'), p.dob.isoformat())
            types = ['patient_name', 'date_of_birth', 'lab_result', 'diagnosis']
        else:
            subj = subj % p.name(3, 'en')
            types = ['patient_name', 'lab_result', 'medication']
        body = '\n'.join([C.pick(['See subject. Call me when free.', 'Pls call, ext 4122']), '', 'K.'])
    return mk(C, lang, saddr('neph2') if lang == 'en' else saddr(who), [saddr('neph3') if lang == 'en' else saddr('txc')], subj, text=body,
              date=t, types=types, note='patient name and result only in the subject line', mode='plain')


def p_quoted_reply(C, lang, k):
    p = C.qcp()
    t0 = C.when()
    t = C.later(t0, hours=C.rng.randrange(1, 30))
    labs = labs_tx(C.rng, lang)
    comp = C.pick(TX_COMPL)
    nam_txt = fmt_nam(p.nam, k)
    if lang == 'fr':
        orig = '\n'.join([
            hello(C, 'fr', 'Marie-Ève'), '',
            'Pour %s, greffé%s %s : %s.' % (('le dossier %s' % fmt_mrn(p.mrn, 1)) if k == 4 else '%s (%s)' % (p.name(C.pick([0, 2, 6]), 'fr'), nam_txt), p.e(), C.pick(['en 2021', 'il y a 8 mois', 'en mars']), ', '.join(labs)),
            'Je suspecte %s. Peux-tu l\'appeler pour devancer son rendez-vous et planifier une biopsie? On réduit le MMF à 500 mg BID en attendant.' % comp[0],
            '', 'Karim',
        ])
        reply = C.pick(['Parfait, c\'est fait. RDV mardi 8 h.', 'Ok, je l\'appelle cet après-midi.', 'Reçu, merci. Je m\'en occupe.', 'Fait! Biopsie réservée lundi.'])
        body = reply + '\n' + signature('txc', 'fr', C.rng, short=True) + '\n' + quote_block(orig, 'fr', saddr('neph2'), t0, 'Suivi greffe', style=k % 3)
        subj = C.pick(['RE: Suivi greffe', 'RE: labos de ce matin'] + ([] if k == 4 else ['RE: %s' % p.name(5, 'fr')]))
        frm, to = saddr('txc'), [saddr('neph2')]
    else:
        orig = '\n'.join([
            hello(C, 'en', 'Marie-Eve'), '',
            'Re %s: %s.' % (('MRN %s' % fmt_mrn(p.mrn, 0)) if k == 4 else '%s (RAMQ %s)' % (p.name(C.pick([0, 1]), 'en'), nam_txt), ', '.join(labs)),
            'Worried about %s. Please move up %s clinic visit and book a biopsy; reduce MMF to 500 mg BID meanwhile.' % (comp[1], p.his()),
            '', 'Stephen',
        ])
        reply = C.pick(['Done - booked for Tuesday.', 'OK will call today.', 'Got it, thanks.'])
        body = reply + '\n' + signature('txc', 'en', C.rng, short=True) + '\n' + quote_block(orig, 'en', saddr('neph3'), t0, 'Tx follow-up', style=k % 3)
        subj = C.pick(['RE: Tx follow-up', 'Re: labs this am'])
        frm, to = saddr('txc'), [saddr('neph3')]
    return mk(C, lang, frm, to, subj, text=body, date=t, in_reply_to='<%016x@%s>' % (C.rng.getrandbits(64), HOSP),
              types=(['mrn'] if k == 4 else ['patient_name', 'ramq_nam']) + ['lab_result', 'diagnosis', 'medication'],
              note='short reply, patient data in quoted text' + (' (chart number only)' if k == 4 else ''))


def p_html_rounds(C, lang, k):
    pts = C.qcp(C.rng.randrange(4, 8))
    t = C.when()
    if lang == 'fr':
        rows = [('Ch.', 'Patient', 'Dossier', 'J post-greffe', 'Créat', 'Tacro', 'Problème / plan')]
        opts = ['reprise retardée de fonction, HD PRN', 'lymphocèle, écho demain', 'hyperglycémie post-greffe → insuline',
                'RAS, congé prévu', 'CMV D+/R- : valganciclovir 900 mg']
        for i, p in enumerate(pts):
            rows.append(('4B-%02d' % C.rng.randrange(1, 30), p.name(C.pick([1, 7]), 'fr'), fmt_mrn(p.mrn, C.pick([0, 1])), 'J%d' % C.rng.randrange(1, 15),
                         str(C.rng.randrange(90, 420)), '%d,%d' % (C.rng.randrange(4, 16), C.rng.randrange(10)),
                         opts[2] if i == 0 else opts[0] if i == 1 else C.pick(opts)))
        intro = '<p>Bonjour à tous,</p>\n<p>Liste de la tournée greffe de %s. Merci de mettre à jour avant 16 h.</p>' % fdate(t.date(), 'fr', 4)
        subj = 'Tournée greffe %s' % fdate(t.date(), 'fr', 0)
        sig = '<p>Marie-Ève<br>Programme de greffe rénale, poste 4188</p>'
    else:
        rows = [('Room', 'Patient', 'MRN', 'POD', 'Creat', 'Tac', 'Issues / plan')]
        opts = ['DGF, HD PRN', 'lymphocele - US tomorrow', 'PTDM - insulin started', 'well, d/c planned', 'CMV D+/R-: valganciclovir 900']
        for i, p in enumerate(pts):
            rows.append(('4B-%02d' % C.rng.randrange(1, 30), p.name(C.pick([1, 5]), 'en'), fmt_mrn(p.mrn, C.pick([0, 1])), str(C.rng.randrange(1, 15)),
                         str(C.rng.randrange(90, 420)), '%d.%d' % (C.rng.randrange(4, 16), C.rng.randrange(10)),
                         opts[4] if i == 0 else opts[1] if i == 1 else C.pick(opts)))
        intro = '<p>Hi all,</p>\n<p>Transplant rounds list for %s. Please update by 4 pm.</p>' % fdate(t.date(), 'en', 4)
        subj = 'Tx rounds list %s' % fdate(t.date(), 'en', 0)
        sig = '<p>Marie-Eve<br>Kidney Transplant Program, ext. 4188</p>'
    html = ('<html><head><meta charset="utf-8"><style>td,th{font-family:Arial;font-size:9pt}</style></head>\n<body>\n' + intro + '\n' +
            html_table(rows) + '\n' + sig + '\n</body></html>\n')
    return mk(C, lang, saddr('txc'), [GENERIC['all_neph']], subj, html=html, date=t, mode='html' if k % 2 == 0 else 'alt',
              types=['patient_name', 'mrn', 'lab_result', 'diagnosis', 'medication'], note='HTML rounds table')


def p_social_eval(C, lang, k):
    p = C.qcp(min_age=18)
    t = C.when()
    if lang == 'fr':
        items = C.rng.sample([
            'Logement : locataire, 3 1/2, loyer 780 $; risque d\'éviction (retards de paiement).',
            'Revenus : prestations d\'aide sociale + programme de solidarité sociale.',
            'Réseau : séparé%s depuis 2021, 2 enfants (garde partagée), sœur aidante à Saint-Clothaire.' % p.e(),
            'Habitudes : tabac 1 paquet/j; cannabis occasionnel; abstinent%s d\'alcool depuis 18 mois (AA).' % p.e(),
            'Antécédent d\'incarcération (2015-2017); suivi probation terminé.',
            'Statut : résident%s permanent%s depuis 2019, famille au Maroc.' % (p.e(), p.e()),
            'Transport : pas de permis de conduire, dépend du transport adapté.',
        ], 4)
        body = '\n'.join([
            hello(C, 'fr', 'Marie-Ève'), '',
            typo(C, 'Voici mon résumé de l\'évaluation psychosociale prégreffe de %s (dossier %s), candidat%s à la greffe rénale (IRCT sur %s).' % (
                p.name(C.pick([0, 2]), 'fr'), fmt_mrn(p.mrn, k), p.e(), dx_of(p, 'fr'))),
            '',
            '\n'.join('- ' + i for i in items), '',
            'Recommandation : %s' % C.pick(['candidature acceptable avec plan de soutien (aide aux médicaments, transport).',
                                            'réévaluation dans 6 mois, conditionnelle à la stabilité du logement.']),
            '', thanks(C, 'fr'),
        ]) + signature('sw', 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Éval psychosociale prégreffe - %s', 'TS - %s - évaluation greffe']) % p.name(C.pick([1, 5]), 'fr')
        to = [saddr('txc')]
    else:
        items = C.rng.sample([
            'Housing: rents a room; previously homeless for 6 months in 2022.',
            'Income: social assistance; no drug insurance beyond RAMQ.',
            'Support: estranged from family; partner supportive but works nights.',
            'Substance use: alcohol use disorder in remission since 2023; attends AA.',
            'Adherence concerns: missed 4 dialysis sessions last quarter.',
        ], 3)
        body = '\n'.join([
            hello(C, 'en', 'Anne' if k % 2 else 'Ms. Delvaux'), '',
            'As agreed for the cross-border assessment, here is my psychosocial summary for %s (DOB %s), listed for kidney transplant (ESKD due to %s).' % (
                p.name(0, 'en'), fdate(p.dob, 'en', 1), dx_of(p, 'en')),
            '', '\n'.join('* ' + i for i in items), '',
            'Overall: acceptable candidate with a support plan.', '', thanks(C, 'en'),
        ]) + signature('sw', 'en', C.rng)
        subj = 'Psychosocial assessment - %s' % p.name(1, 'en')
        to = [eaddr('be_social')]
    types = ['patient_name', 'social_information', 'diagnosis'] + (['mrn'] if lang == 'fr' else ['date_of_birth'])
    return mk(C, lang, saddr('sw'), to, subj, text=body, date=t, types=types, note='psychosocial evaluation')


def p_hiv_fr(C, lang, k):
    p = C.frp()
    t = C.when()
    nir = fmt_nir(p.nir, k + 1)
    vl = C.pick(['< 20 copies/mL', '< 40 copies/mL', '58 copies/mL'])
    cd4 = C.rng.randrange(280, 900)
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Chère consœur' if k % 2 else 'Dr Valette'), '',
            typo(C, 'Je vous adresse %s, né%s le %s (NIR %s), suivi%s dans notre clinique depuis %d pour une infection par le VIH-1, qui rentre s\'installer à Montclair-sur-Loire le mois prochain.' % (
                p.name(C.pick([0, 8]), 'fr'), p.e(), fdate(p.dob, 'fr', 2), nir, p.e(), C.rng.randrange(2016, 2022))),
            '',
            'Traitement actuel : bictégravir/emtricitabine/ténofovir alafénamide 1 cp/j, bien toléré.',
            'Dernier bilan (%s) : CV %s, CD4 %d/µL (%d %%), créatinine 88 µmol/L.' % (fdate(t.date() - dt.timedelta(days=30), 'fr', 2), vl, cd4, C.rng.randrange(18, 40)),
            'Antécédents : syphilis latente traitée 2019, vaccination VHB complète.',
            '',
            'Je joins le résumé de suivi et le génotype initial. %s dispose d\'une réserve de 3 mois de traitement.' % p.Il(),
            '', 'Bien confraternellement,',
        ]) + signature('id2', 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Relais de suivi VIH - %s', 'Transfert de suivi - %s (NIR %s)'])
        subj = subj % p.name(1, 'fr') if subj.count('%s') == 1 else subj % (p.name(1, 'fr'), nir)
        atts = [att_pdf('Resume_suivi_%s.pdf' % deaccent(p.surname).replace(' ', ''), 'Résumé de suivi — maladies infectieuses',
                        ['%s — NIR %s' % (p.name(1, 'fr'), p.nir), 'VIH-1 sous B/F/TAF; CV %s; CD4 %d' % (vl, cd4)])]
    else:
        body = '\n'.join([
            hello(C, 'en', 'Dr. Valette'), '',
            'Referring %s (DOB %s, French NIR %s), followed here for HIV-1 since %d, relocating to France next month.' % (
                p.name(0, 'en'), fdate(p.dob, 'en', 0), nir, C.rng.randrange(2016, 2022)),
            'On Biktarvy daily; last VL %s, CD4 %d.' % (vl, cd4), '',
            'Summary attached.', '', thanks(C, 'en'),
        ]) + signature('id2', 'en', C.rng)
        subj = 'HIV care transfer - %s' % p.name(1, 'en')
        atts = []
    return mk(C, lang, saddr('id2'), [eaddr('fr_inf')], subj, text=body, atts=atts, date=t,
              types=['patient_name', 'fr_nir', 'date_of_birth', 'diagnosis', 'lab_result', 'medication'],
              note='HIV care transfer to France with NIR')


def p_lab_forward(C, lang, k):
    p = C.qcp()
    t0 = C.when()
    t = C.later(t0, hours=C.rng.randrange(1, 6))
    labs = labs_tx(C.rng, lang)
    nam_txt = fmt_nam(p.nam, k)
    anon = k % 4 == 2  # identifier only, no name anywhere
    if lang == 'fr':
        inner = '\n'.join([
            'RÉSULTATS — Laboratoire CHRVC',
            ('NAM : %s' % nam_txt) if anon else 'Nom : %s   NAM : %s' % (p.name(7, 'fr'), nam_txt),
            'Prélevé : %s 07:40' % t0.strftime('%Y-%m-%d'),
            '', '\n'.join('  ' + l for l in labs),
            '', 'Médication au dossier : ' + ', '.join(tx_meds(C.rng, 2)),
        ])
        body = '\n'.join([
            C.pick(['Pour info, labos de ce matin.', 'Fyi — tacro encore hors cible.', 'À regarder svp.']), '',
        ]) + '\n' + forward_block(inner, 'fr', ('Laboratoire CHRVC - résultats', 'labo.resultats@' + HOSP), t0,
                                  'Résultats %s' % (nam_txt if anon else p.name(1, 'fr')), saddr('txc')[1])
        subj = 'TR: Résultats %s' % ('NAM ' + nam_txt if anon else p.name(1, 'fr'))
        to = [eaddr('qc_tx')] if k % 2 else [saddr('neph2')]
    else:
        inner = '\n'.join([
            'RESULTS - CHRVC Laboratory',
            ('RAMQ: %s' % nam_txt) if anon else 'Name: %s   HCN: %s' % (p.name(1, 'en'), nam_txt),
            'Collected: %s 07:40' % t0.strftime('%Y-%m-%d'),
            '', '\n'.join('  ' + l for l in labs),
            '', 'Meds on file: ' + ', '.join(en_med(m) for m in tx_meds(C.rng, 2)),
        ])
        body = C.pick(['FYI this morning\'s labs.', 'tac still off target, pls advise']) + '\n\n' + forward_block(
            inner, 'en', ('CHRVC Lab results', 'labo.resultats@' + HOSP), t0, 'Results %s' % (nam_txt if anon else p.name(1, 'en')), saddr('txc')[1])
        subj = 'Fwd: Results %s' % ('RAMQ ' + nam_txt if anon else p.name(1, 'en'))
        to = [eaddr('be_neph')] if k % 2 else [saddr('neph3')]
    return mk(C, lang, saddr('txc'), to, subj, text=body, date=t,
              types=(['ramq_nam'] if anon else ['patient_name', 'ramq_nam']) + ['lab_result', 'medication'],
              note='forwarded lab results, NAM typed loosely' + (', no name' if anon else ''))


def p_donor_crossborder(C, lang, k):
    donor = C.bep()
    recip = C.qcp()
    t = C.when()
    niss = fmt_niss(donor.niss, k + 2)
    nam_txt = fmt_nam(recip.nam, k + 1)
    hla_d = 'A%d A%d B%d B%d DR%d DR%d' % (C.pick([1, 2, 3]), C.pick([24, 26, 11]), C.pick([7, 8, 35]), C.pick([44, 51, 62]), C.pick([1, 4, 7]), C.pick([13, 15, 11]))
    hla_r = 'A%d A%d B%d B%d DR%d DR%d' % (C.pick([1, 2, 3]), C.pick([24, 26, 11]), C.pick([7, 8, 35]), C.pick([44, 51, 62]), C.pick([1, 4, 7]), C.pick([13, 15, 11]))
    xm = C.pick(['négatif (CDC et cytométrie)', 'cytométrie faiblement positive B (MFI 2100)'])
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Sophie'), '',
            typo(C, 'Voici les résultats du laboratoire HLA pour la paire donneur/receveur transfrontalière discutée :'),
            '',
            '%s : %s, NISS %s, né%s le %s — groupe %s — HLA %s' % ('Donneuse' if donor.sex == 'F' else 'Donneur', donor.name(C.pick([1, 0]), 'fr'), niss, donor.e(), fdate(donor.dob, 'fr', 5), C.pick(['O', 'A']), hla_d),
            'Receveur%s : %s, NAM %s, né%s le %s — IRCT sur %s — HLA %s — PRA %d %%' % (
                'se' if recip.sex == 'F' else '', recip.name(C.pick([1, 0]), 'fr'), nam_txt, recip.e(), fdate(recip.dob, 'fr', 0), dx_of(recip, 'fr'), hla_r, C.rng.randrange(0, 60)),
            'Cross-match : %s' % xm,
            'Créat %s : %d µmol/L, DFG mesuré %d mL/min' % ('donneuse' if donor.sex == 'F' else 'donneur', C.rng.randrange(60, 95), C.rng.randrange(80, 120)),
            '', 'On peut en discuter à la visio de vendredi.', '', thanks(C, 'fr'),
        ]) + signature('txc2', 'fr', C.rng) + disclaimer('fr', C.rng)
        subj = C.pick(['Résultats HLA paire %s / %s', 'Don vivant transfrontalier - résultats'])
        subj = subj % (donor.surname, recip.surname) if '%s' in subj else subj
    else:
        body = '\n'.join([
            hello(C, 'en', 'Sophie'), '',
            'HLA lab results for the cross-border living donor pair:', '',
            'Donor: %s, NISS %s, DOB %s, HLA %s' % (donor.name(1, 'en'), niss, donor.dob.isoformat(), hla_d),
            'Recipient: %s, RAMQ %s, DOB %s, ESKD (%s), HLA %s' % (recip.name(1, 'en'), nam_txt, recip.dob.isoformat(), dx_of(recip, 'en'), hla_r),
            'Crossmatch: %s' % xm.replace('négatif (CDC et cytométrie)', 'negative (CDC and flow)').replace('cytométrie faiblement positive B', 'weak positive B-cell flow'),
            '', thanks(C, 'en'),
        ]) + signature('txc2', 'en', C.rng)
        subj = 'Living donor pair - HLA results (%s/%s)' % (donor.surname, recip.surname)
    return mk(C, lang, saddr('txc2'), [eaddr('be_coord')], subj, text=body, date=t,
              types=['be_niss', 'ramq_nam', 'patient_name', 'date_of_birth', 'lab_result', 'diagnosis'],
              note='Belgian donor NISS + Quebec recipient NAM with HLA results')


# category, count, languages cycle
POSITIVE_PLAN = [
    ('dialysis_roster', p_dialysis_roster, 5, 'fefef'),
    ('transplant_workup', p_transplant_workup, 5, 'fefef'),
    ('transfer_belgium', p_transfer_be, 5, 'ffeff'),
    ('transfer_france', p_transfer_fr, 5, 'fffff'),
    ('holiday_dialysis', p_holiday_dialysis, 5, 'fefef'),
    ('incoming_belgium', p_incoming_be, 4, 'ffff'),
    ('id_consult', p_id_consult, 5, 'efefe'),
    ('id_linelist', p_id_linelist, 4, 'efef'),
    ('travel_pretrip', p_travel_med, 5, 'fefef'),
    ('travel_return', p_travel_postreturn, 4, 'fefe'),
    ('records_access', p_records_access, 5, 'efefe'),
    ('insurer_reply', p_insurer, 5, 'efefe'),
    ('lawyer_reply', p_lawyer, 5, 'fefef'),
    ('transport', p_transport, 5, 'efefe'),
    ('home_pd', p_home_pd, 4, 'ffff'),
    ('procedure_invite', p_ics_booking, 5, 'efefe'),
    ('donor_vcard', p_vcard, 3, 'fef'),
    ('ontario_billing', p_ontario, 4, 'eeee'),
    ('disability_sin', p_sin_forms, 4, 'efef'),
    ('attached_eml', p_attached_eml, 4, 'efef'),
    ('scan_filename', p_filename_only, 3, 'fef'),
    ('subject_only', p_subject_only, 3, 'efe'),
    ('quoted_reply', p_quoted_reply, 5, 'efefe'),
    ('rounds_html', p_html_rounds, 4, 'fefe'),
    ('psychosocial', p_social_eval, 4, 'efef'),
    ('hiv_transfer_fr', p_hiv_fr, 3, 'fef'),
    ('lab_forward', p_lab_forward, 4, 'efef'),
    ('donor_pair', p_donor_crossborder, 3, 'efe'),
]


# ---------------------------------------------------------------------------
# hard-negative helpers: numbers that look like identifiers but are not
# ---------------------------------------------------------------------------


def be_enterprise(rng):
    base = '0' + str(rng.randrange(2, 10)) + ''.join(str(rng.randrange(10)) for _ in range(6))
    chk = 97 - (int(base) % 97)
    num = base + '%02d' % chk
    be_vat.validate('BE' + num)
    return '%s.%s.%s' % (num[:4], num[4:7], num[7:])


def fr_siret_num(rng):
    siren = luhn_serial(rng, 9)
    nic = '00' + ''.join(str(rng.randrange(10)) for _ in range(2))
    s = siren + nic + luhn.calc_check_digit(siren + nic)
    fr_siret.validate(s)
    return '%s %s %s %s' % (s[:3], s[3:6], s[6:9], s[9:])


def be_iban(rng):
    # retry until the bank code is one python-stdnum knows (deterministic for a given rng state)
    for _ in range(500):
        first10 = ''.join(str(rng.randrange(10)) for _ in range(10))
        c = int(first10) % 97 or 97
        bban = first10 + '%02d' % c
        chk = 98 - int(bban + '111400') % 97
        ib = 'BE%02d%s' % (chk, bban)
        if std_iban.is_valid(ib):
            return ' '.join(ib[i:i + 4] for i in range(0, len(ib), 4))
    raise SystemExit('could not build a valid Belgian IBAN')


def be_structured(rng):
    base = ''.join(str(rng.randrange(10)) for _ in range(10))
    num = base + be_ogm.calc_check_digits(base)
    be_ogm.validate(num)
    return '+++%s+++' % be_ogm.format(num)


def gtin14(rng):
    body = '0' + ''.join(str(rng.randrange(10)) for _ in range(12))
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body))
    return body + str((10 - s % 10) % 10)


def product_code(rng):
    # 4 letters + 8 digits, NAM-shaped but with an impossible month field (13-49) -> cannot be a NAM
    letters = ''.join(rng.choice('BCDFHKLMPRTVX') for _ in range(4))
    return '%s %02d%02d %04d' % (letters, rng.randrange(10, 99), rng.randrange(13, 50), rng.randrange(10000))


def neg_mk(C, lang, frm, to, subject, text=None, html=None, atts=None, cc=None, date=None, note='', **kw):
    return mk(C, lang, frm, to, subject, text=text, html=html, atts=atts, cc=cc, date=date, types=(), note=note, **kw)


# ---------------------------------------------------------------------------
# NEGATIVE templates
# ---------------------------------------------------------------------------


def n_partnership(C, lang, k):
    t = C.when()
    partner = C.pick(['be', 'fr'])
    bce = be_enterprise(C.rng)
    siret = fr_siret_num(C.rng)
    neq = '11%08d' % C.rng.randrange(10 ** 8)
    version = 'v%d.%d' % (C.rng.randrange(2, 5), C.rng.randrange(0, 4))
    if lang == 'fr':
        pname = 'l\'Hôpital universitaire de Hesbaye-Meuse (BCE %s)' % bce if partner == 'be' else 'le CHU de Montclair-sur-Loire (SIRET %s)' % siret
        arts = [
            'Article 1 — Objet : la présente convention-cadre établit les modalités de collaboration entre le %s (NEQ %s) et %s en néphrologie, transplantation rénale et maladies infectieuses.' % (HOSP_FR, neq, pname),
            'Article 4 — Transferts de patients : tout transfert interhospitalier fait l\'objet d\'un accord préalable de médecin à médecin et d\'un consentement écrit du patient.',
            'Article 6 — Protection des renseignements : les identifiants (NAM, NISS, NIR) ne sont échangés que par la plateforme sécurisée; aucun renseignement nominatif par courriel non chiffré.',
            'Article 7 — Échanges de personnel : stages de 2 à 12 semaines pour résidents, infirmières et archivistes.',
            'Article 9 — Durée : 5 ans, renouvelable. Entrée en vigueur à la date de la dernière signature.',
        ]
        body = '\n'.join([
            hello(C, 'fr', ext_first('be_neph') if partner == 'be' else 'Professeur Morvan'), '',
            typo(C, 'Vous trouverez ci-joint la version %s de la convention-cadre de partenariat, intégrant les commentaires de votre direction juridique (articles 4 et 6).' % version),
            'Les principaux changements :', '',
            '\n'.join('- ' + a.split(' : ')[0] + ' : ' + a.split(' : ')[1][:110] + '…' for a in arts[1:3]), '',
            'Si la version vous convient, nous procéderons à la signature électronique lors de la visite de la délégation en %s.' % MOIS[(t.month + 1) % 12], '',
            thanks(C, 'fr'),
        ]) + signature('intl', 'fr', C.rng)
        subj = C.pick(['Convention-cadre CHRVC - %s - %s', 'Partenariat %s : convention %s pour commentaires'])
        subj = subj % ('HUHM' if partner == 'be' else 'CHU Montclair', version)
        atts = [att_docx('Convention_cadre_CHRVC_%s_%s.docx' % ('HUHM' if partner == 'be' else 'CHUM', version), 'Convention-cadre de partenariat', arts,
                         [['Partie', 'Numéro d\'entreprise'], ['CHRVC', 'NEQ ' + neq], ['HUHM', 'BCE ' + bce], ['CHU Montclair', 'SIRET ' + siret]])]
        to = [eaddr('be_neph') if partner == 'be' else eaddr('fr_neph')]
    else:
        arts = [
            '1. Purpose: collaboration in nephrology, kidney transplantation and infectious diseases between %s and AZ Heidebloem (enterprise no. %s).' % (HOSP_EN, bce),
            '3. Patient transfers require physician-to-physician agreement and written patient consent.',
            '5. Data protection: patient identifiers (RAMQ number, NISS/INSZ) are exchanged only through the secure portal.',
            '8. Term: five years, renewable.',
        ]
        body = '\n'.join([
            hello(C, 'en', 'Els'), '',
            'Attached is %s of the memorandum of understanding between our hospitals. Legal has accepted your wording on clause 5.' % version, '',
            'Could you confirm the enterprise number we should use for AZ Heidebloem (%s)?' % bce, '',
            thanks(C, 'en'),
        ]) + signature('intl', 'en', C.rng)
        subj = 'MOU CHRVC - AZ Heidebloem %s' % version
        atts = [att_docx('MOU_CHRVC_AZH_%s.docx' % version, 'Memorandum of Understanding', arts)]
        to = [eaddr('be_dial')]
    return neg_mk(C, lang, saddr('intl'), to, subj, text=body, atts=atts, date=t, note='partnership agreement with enterprise numbers')


def n_conference_travel(C, lang, k):
    t = C.when()
    who = C.pick(['neph1', 'neph2', 'txc', 'id2', 'arch1', 'trn'])
    pnr = ''.join(C.rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(6))
    ticket = '014 %d %03d %03d %03d' % (C.rng.randrange(10), C.rng.randrange(1000), C.rng.randrange(1000), C.rng.randrange(1000))
    conf = C.pick([('Congrès francophone de néphrologie et transplantation', 'Montclair-sur-Loire'),
                   ('Journées hesbignonnes de médecine des voyages', 'Waremme-sur-Geer'),
                   ('International Forum on Kidney Transplant Infections', 'Liège-Meuse'),
                   ('Rencontres européennes des archivistes de santé', 'Valrose-en-Touraine')])
    d0 = t.date() + dt.timedelta(days=C.rng.randrange(30, 120))
    hotel = '%d%06d' % (C.rng.randrange(1, 9), C.rng.randrange(10 ** 6))
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', first(who)), '',
            'Voici la confirmation de votre déplacement pour le %s (%s, du %s au %s) :' % (conf[0], conf[1], fdate(d0, 'fr', 1), fdate(d0 + dt.timedelta(days=3), 'fr', 1)), '',
            'Réservation aérienne (PNR) : %s — billet électronique %s' % (pnr, ticket),
            'Vol aller : YUL–CDG AC%d le %s 18 h 40; correspondance TGV' % (C.rng.randrange(800, 899), fdate(d0 - dt.timedelta(days=1), 'fr', 0)),
            'Hôtel : Hôtel des Remparts, confirmation n° %s (petit-déjeuner inclus)' % hotel,
            'Inscription au congrès : payée, facture INS-%d-%05d' % (d0.year, C.rng.randrange(10 ** 5)),
            'Per diem : 95 $/jour selon la politique DRF-12. Conservez vos reçus.', '',
            'Votre affiche « %s » est programmée le 2e jour.' % C.pick(['Virémie BK après greffe rénale : cohorte régionale 2018-2023',
                                                                      'Délais de traitement des demandes d\'accès : avant/après la Loi 25',
                                                                      'Vaccination des voyageurs immunodéprimés : 5 ans d\'expérience']), '',
            thanks(C, 'fr'),
        ]) + signature('adm', 'fr', C.rng)
        subj = C.pick(['Confirmation déplacement - %s', 'Votre voyage %s - réservations']) % conf[0].split(' ')[0] + ' ' + str(d0.year)
    else:
        body = '\n'.join([
            hello(C, 'en', first(who)), '',
            'Your travel for the %s in %s (%s - %s) is booked:' % (conf[0], conf[1], fdate(d0, 'en', 1), fdate(d0 + dt.timedelta(days=3), 'en', 1)), '',
            'Booking ref: %s   E-ticket: %s' % (pnr, ticket),
            'Hotel confirmation: %s' % hotel,
            'Registration invoice: REG-%d-%05d (paid)' % (d0.year, C.rng.randrange(10 ** 5)),
            'Per diem: CAD 95/day; please submit receipts within 30 days of return.', '',
            'Reminder: your passport must be valid 6 months beyond return.', '',
            thanks(C, 'en'),
        ]) + signature('adm', 'en', C.rng)
        subj = 'Travel booking - %s %d' % (conf[0], d0.year)
    return neg_mk(C, lang, saddr('adm'), [saddr(who)], subj, text=body, date=t, note='staff conference travel with booking numbers')


def n_research_protocol(C, lang, k):
    t = C.when()
    proto = 'CHRVC-%d-%03d' % (t.year, C.rng.randrange(100, 999))
    ethics = 'MP-38-%d-%04d' % (t.year, C.rng.randrange(1000, 9999))
    nct = 'NCT06%06d' % C.rng.randrange(10 ** 6)
    study = C.pick([('RENO-CMV', 'prophylaxie par letermovir versus valganciclovir chez les receveurs CMV D+/R-', 'letermovir versus valganciclovir prophylaxis in CMV D+/R- kidney recipients'),
                    ('HEMO-FER', 'fer IV proactif en hémodialyse chronique', 'proactive IV iron in chronic haemodialysis'),
                    ('VOYAGE-IMMUNO', 'réponse vaccinale (hépatite A, rage) chez les voyageurs immunodéprimés', 'vaccine response in immunocompromised travellers'),
                    ('BK-REDUCE', 'réduction de l\'immunosuppression guidée par la charge virale BK', 'BK viral-load-guided immunosuppression reduction')])
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', None), '',
            'Le Centre de recherche vous informe de l\'ouverture du recrutement pour l\'étude %s (protocole %s; CÉR %s; %s) : %s.' % (study[0], proto, ethics, nct, study[1]), '',
            'Critères d\'inclusion principaux :',
            '- 18 ans et plus',
            '- %s' % C.pick(['greffe rénale dans les 30 derniers jours', 'hémodialyse depuis au moins 3 mois, ferritine < 700 µg/L', 'traitement immunosuppresseur en cours et voyage prévu dans les 6 mois']),
            'Critères d\'exclusion : grossesse, participation à une autre étude interventionnelle, DFGe < 10 (si applicable).', '',
            'Si vous identifiez un candidat potentiel, NE PAS transmettre ses coordonnées par courriel : remplissez le formulaire de référence dans l\'intranet ou appelez %s au poste 4610.' % staff('res'), '',
            'Objectif : 120 participants sur 3 sites (CHRVC, HUHM, CHU de Montclair-sur-Loire).', '',
            thanks(C, 'fr'),
        ]) + signature('res', 'fr', C.rng)
        subj = C.pick(['Ouverture du recrutement - étude %s', 'Avis : protocole %s (%s)']) 
        subj = subj % study[0] if subj.count('%s') == 1 else subj % (proto, study[0])
    else:
        body = '\n'.join([
            hello(C, 'en', None), '',
            'Recruitment is now open for %s (protocol %s, REB %s, %s): %s.' % (study[0], proto, ethics, nct, study[2]), '',
            'Key inclusion: adults 18+, %s.' % C.pick(['kidney transplant within 30 days', 'on maintenance HD >= 3 months', 'on immunosuppression with travel planned']),
            'Key exclusion: pregnancy, concurrent interventional trial.', '',
            'Please do not e-mail patient details - use the referral form on the intranet or call ext. 4610.', '',
            thanks(C, 'en'),
        ]) + signature('res', 'en', C.rng)
        subj = 'Study %s now recruiting (%s)' % (study[0], nct)
    atts = []
    if k % 3 == 0:
        atts.append(att_pdf('Affiche_%s.pdf' % study[0], 'Étude %s — recrutement' % study[0] if lang == 'fr' else 'Study %s - recruiting' % study[0],
                            ['Protocole %s — CÉR %s — %s' % (proto, ethics, nct), study[1] if lang == 'fr' else study[2], 'Contact : poste 4610']))
    return neg_mk(C, lang, saddr('res'), [GENERIC['medecins'], GENERIC['all_neph']], subj, text=body, atts=atts, date=t,
                  note='research protocol notice with ethics/NCT numbers')


def n_records_procedure(C, lang, k):
    t = C.when()
    num = 'GIC-%02d' % C.rng.randrange(3, 20)
    if lang == 'fr':
        steps = [
            '1. Vérifier l\'identité du demandeur (pièce d\'identité avec photo; pour un mandataire : mandat homologué ou procuration).',
            '2. Inscrire la demande au registre DA dans les 24 h; délai de réponse : 20 jours (prolongeable de 10 jours).',
            '3. Assureurs : exiger l\'autorisation signée datant de moins d\'un an; transmettre uniquement les renseignements visés.',
            '4. Avocats : autorisation du patient OU subpoena / citation à comparaître; vérifier la date d\'audience.',
            '5. Transmission : plateforme sécurisée seulement. Dans un courriel, masquer le NAM (ex. XXXX 0000 0000) et ne jamais indiquer de diagnostic dans l\'objet.',
            '6. Frais : copie papier 0,40 $/page après les 20 premières; aucuns frais pour le patient lui-même (première copie).',
        ]
        body = '\n'.join([
            hello(C, 'fr', 'Bonjour à toute l\'équipe des archives'), '',
            typo(C, 'La procédure %s « Traitement des demandes d\'accès et de communication » a été mise à jour. Principaux rappels :' % num), '',
            '\n'.join(steps), '',
            'La version complète (PDF) est jointe et disponible dans l\'intranet. Formation de 30 min mardi à 13 h, salle B-214.', '',
            thanks(C, 'fr'),
        ]) + signature('archc', 'fr', C.rng)
        subj = C.pick(['Procédure %s mise à jour - demandes d\'accès', 'Rappel : communication de renseignements (%s)']) % num
        atts = [att_pdf('Procedure_%s.pdf' % num, 'Procédure %s — demandes d\'accès' % num, steps)] if k % 2 == 0 else []
        to = [('Équipe archives', 'archives-equipe@' + HOSP)]
    else:
        steps = [
            '1. Verify requester identity (photo ID; for representatives, mandate or power of attorney).',
            '2. Log the request within 24 h; response due within 20 days (+10 if extended).',
            '3. Insurers: signed authorization less than 1 year old; release only what is listed.',
            '4. Lawyers: patient authorization or subpoena; check the hearing date.',
            '5. Never put the full RAMQ number in an e-mail (mask as XXXX 0000 0000) and no diagnosis in subject lines.',
        ]
        body = '\n'.join([
            hello(C, 'en', None), '',
            'Reminder of procedure %s for releasing health information to third parties:' % num, '',
            '\n'.join(steps), '', thanks(C, 'en'),
        ]) + signature('archc', 'en', C.rng)
        subj = 'Procedure %s - release of information (reminder)' % num
        atts = []
        to = [('Health Records team', 'archives-equipe@' + HOSP)]
    return neg_mk(C, lang, saddr('archc'), to, subj, text=body, atts=atts, date=t, note='records department procedure, placeholders only')


def n_invoice(C, lang, k):
    t = C.when()
    kind = k % 3
    if kind == 0:
        # accounts payable forwards a partner invoice for approval
        inv = '%d%07d' % (t.year, C.rng.randrange(10 ** 7))
        iban = be_iban(C.rng)
        comm = be_structured(C.rng)
        bce = be_enterprise(C.rng)
        t0 = C.later(t, days=-2)
        if lang == 'fr':
            inner = '\n'.join([
                'Madame, Monsieur,', '',
                'Veuillez trouver la facture n° %s de l\'Hôpital universitaire de Hesbaye-Meuse pour l\'accueil de deux stagiaires infirmières (6 semaines, %s).' % (inv, MOIS[t.month - 1]),
                '', 'Montant : 4 860,00 EUR (TVA non applicable, art. 44 du Code TVA)',
                'IBAN : %s — BIC : HESBBE2L' % iban,
                'Communication structurée : %s' % comm,
                'N° d\'entreprise : BE %s' % bce, '',
                'Merci de régler dans les 30 jours.', '', 'Service facturation HUHM',
            ])
            body = '\n'.join([hello(C, 'fr', 'François'), '',
                               typo(C, 'Peux-tu approuver cette facture (centre de coût 7420 — partenariats internationaux)? Le virement international doit partir avant le %d. Merci de confirmer le montant en euros.' % C.rng.randrange(10, 28)),
                               '', thanks(C, 'fr')]) + signature('ap', 'fr', C.rng, short=True)
            body += '\n' + forward_block(inner, 'fr', ('Facturation HUHM', 'facturation@huhm.example'), t0, 'Facture %s - stages infirmiers' % inv, saddr('ap')[1])
            subj = 'TR: Facture %s - stages infirmiers' % inv
        else:
            inner = '\n'.join(['Invoice %s for the training stay of two nurses (6 weeks). Amount EUR 4,860.00.' % inv,
                                'IBAN %s, structured communication %s, VAT BE %s.' % (iban, comm, bce), '', 'HUHM Billing'])
            body = '\n'.join([hello(C, 'en', 'Francois'), '', 'Please approve the invoice below (cost centre 7420) so we can wire it this week.', '',
                               thanks(C, 'en')]) + signature('ap', 'en', C.rng, short=True)
            body += '\n' + forward_block(inner, 'en', ('HUHM Billing', 'facturation@huhm.example'), t0, 'Invoice %s' % inv, saddr('ap')[1])
            subj = 'FW: Invoice %s' % inv
        frm = saddr('ap')
        to = [saddr('intl')]
        atts = [att_pdf('Facture_%s.pdf' % inv, 'Facture %s' % inv, ['IBAN ' + iban, 'Communication ' + comm, 'BCE ' + bce, 'Total 4 860,00 EUR'])]
    elif kind == 1:
        po = '4500%06d' % C.rng.randrange(10 ** 6)
        inv = 'INV-%s' % luhn_serial(C.rng, 10)
        gst = '%s RT0001' % luhn_serial(C.rng, 9)
        rows = [['Article', 'Description', 'Lot', 'GTIN', 'Qté commandée', 'Qté reçue', 'Prix unitaire']]
        for _ in range(C.rng.randrange(3, 6)):
            q = C.rng.randrange(10, 400)
            rows.append([product_code(C.rng).replace(' ', ''), C.pick(['Dialyseur haute perméabilité 1,8 m²', 'Lignes à sang AV', 'Concentré acide 4,5 L',
                                                                       'Cartouche bicarbonate 720 g', 'Aiguilles fistule 15G']),
                         '%s%s' % (C.rng.randrange(23, 25), C.rng.randrange(10 ** 6, 10 ** 7)), gtin14(C.rng), q, q - C.pick([0, 0, 10, 24]), '%d,00' % C.rng.randrange(3, 90)])
        if lang == 'fr':
            body = '\n'.join([hello(C, 'fr', None), '', typo(C, 'Nous avons reçu votre facture %s (BC %s, fournitures d\'hémodialyse). Il y a un écart entre les quantités facturées et reçues sur certaines lignes (voir fichier joint).' % (inv, po)),
                               'Merci de nous faire parvenir une note de crédit. Notre n° de fournisseur chez vous : CHRVC-%05d; TPS du fournisseur au dossier : %s.' % (C.rng.randrange(10 ** 5), gst), '',
                               thanks(C, 'fr')]) + signature('ap', 'fr', C.rng)
            subj = 'Écart de réception - facture %s / BC %s' % (inv, po)
        else:
            body = '\n'.join([hello(C, 'en', None), '', 'We received invoice %s against PO %s (haemodialysis supplies). Some received quantities do not match - see the attached sheet.' % (inv, po),
                               'Please issue a credit note. Your GST no. on file: %s.' % gst, '', thanks(C, 'en')]) + signature('ap', 'en', C.rng)
            subj = 'Receiving discrepancy - invoice %s / PO %s' % (inv, po)
        frm = saddr('ap')
        to = [('Néphro-Médical Distribution - comptes clients', 'ar@nephromed-dist.example')]
        atts = [att_xlsx('ecart_%s.xlsx' % inv, [('Écart', rows)])]
    else:
        siret = fr_siret_num(C.rng)
        inv = 'F%d-%06d' % (t.year, C.rng.randrange(10 ** 6))
        wire = 'TRF%d%010d' % (t.year, C.rng.randrange(10 ** 10))
        if lang == 'fr':
            body = '\n'.join([hello(C, 'fr', None), '', 'Nous vous confirmons le paiement de votre facture %s (traduction certifiée de la convention de partenariat, 42 pages).' % inv,
                               'Virement international n° %s du %s, 2 310,00 EUR.' % (wire, fdate(t.date(), 'fr', 2)),
                               'Votre SIRET au dossier : %s — TVA intracommunautaire FR%02d%s.' % (siret, C.rng.randrange(100), siret.replace(' ', '')[:9]), '',
                               thanks(C, 'fr')]) + signature('ap', 'fr', C.rng)
            subj = 'Avis de paiement - facture %s' % inv
        else:
            body = '\n'.join([hello(C, 'en', None), '', 'Payment advice for your invoice %s (certified translation, 42 pages): wire %s, EUR 2,310.00. SIRET on file %s.' % (inv, wire, siret), '',
                               thanks(C, 'en')]) + signature('ap', 'en', C.rng)
            subj = 'Payment advice - invoice %s' % inv
        frm = saddr('ap')
        to = [('Lingua-Loire - facturation', 'factures@lingua-loire.example')]
        atts = [att_pdf('Avis_paiement_%s.pdf' % wire, 'Avis de paiement', ['Facture ' + inv, 'Virement ' + wire, 'SIRET ' + siret, '2 310,00 EUR'])] if k % 2 else []
    return neg_mk(C, lang, frm, to, subj, text=body, atts=atts, date=t, note='invoice handling with long numbers (IBAN, OGM, GTIN, SIRET)')


def n_staff_schedule(C, lang, k):
    t = C.when()
    nurses = ['THERRIEN, Julie', 'BOLDUC, Karine', 'NGUYEN, Thi Lan', 'DUFRESNE, Maxime', 'LAVOIE-ROCHETTE, Audrey', 'BERNATCHEZ, Éric',
              'OUELLETTE, Caroline', 'HARVEY, Samuel', 'COTÉ, Mireille', 'PAINCHAUD, Louis-Philippe', 'DIALLO, Aminata', 'SIROIS, Valérie']
    sel = C.rng.sample(nurses, C.rng.randrange(6, 10))
    days = ['L', 'Ma', 'Me', 'J', 'V', 'S'] if lang == 'fr' else ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
    rows = [['Employé' if lang == 'fr' else 'Employee', 'Titre' if lang == 'fr' else 'Title'] + days]
    for n in sel:
        rows.append([n, C.pick(['inf.', 'inf. aux.', 'PAB', 'inf. clin.'])] + [C.pick(['J', 'J', 'S', '-', 'R', 'J8']) for _ in days])
    start = t.date() + dt.timedelta(days=(7 - t.weekday()))
    if lang == 'fr':
        body = '\n'.join([
            hello(C, 'fr', 'Bonjour l\'équipe'), '',
            typo(C, 'Voici l\'horaire de l\'unité d\'hémodialyse pour la période du %s (4 semaines). Les remplacements de vacances sont en jaune dans le fichier.' % fdate(start, 'fr', 1)),
            'Rappel : les échanges de quart doivent être approuvés par moi au moins 48 h à l\'avance.', '',
            text_table(rows[:5]), '(suite dans le fichier joint)', '',
            'Légende : J = jour 7 h-15 h, S = soir 15 h-23 h, J8 = 7 h-19 h, R = congé.', '',
            thanks(C, 'fr'),
        ]) + signature('hdn', 'fr', C.rng)
        subj = 'Horaire du personnel HD - période du %s' % fdate(start, 'fr', 2)
    else:
        body = '\n'.join([
            hello(C, 'en', 'Team'), '',
            'Staff schedule for the dialysis unit starting %s. Shift swaps need my approval 48 h ahead.' % fdate(start, 'en', 1), '',
            text_table(rows[:5]), '(full schedule attached)', '', 'J = day, S = evening, R = off.', '', thanks(C, 'en'),
        ]) + signature('hdn', 'en', C.rng)
        subj = 'HD unit staff schedule - from %s' % fdate(start, 'en', 0)
    atts = [att_xlsx('horaire_personnel_HD_%s.xlsx' % start.strftime('%Y%m%d'), [('Horaire', rows)])]
    return neg_mk(C, lang, saddr('hdn'), [('Personnel HD', 'personnel-hd@' + HOSP)], subj, text=body, atts=atts, date=t,
                  note='staff schedule of dialysis unit (surname-first staff names)')


def n_newsletter(C, lang, k):
    t = C.when()
    n_tx = C.rng.randrange(38, 61)
    n_lv = C.rng.randrange(8, 17)
    if lang == 'fr':
        items = [
            '<h2>L\'Écho du rein — bulletin du service de néphrologie, %s %d</h2>' % (MOIS[t.month - 1], t.year),
            '<p><b>Greffe :</b> %d greffes rénales réalisées en %d, dont %d de donneurs vivants (un record!). Survie du greffon à 1 an : 96,8 %%.</p>' % (n_tx, t.year - 1, n_lv),
            '<p><b>Hémodialyse :</b> 184 patients suivis; 63 % dialysent par fistule. Nouvelle unité satellite à Port-Haldane en septembre.</p>',
            '<p><b>Bienvenue</b> au Dr Stephen O\'Rourke, qui se joint à l\'équipe après un fellowship en glomérulopathies, et à Patrick Dionne, nouveau coordonnateur des donneurs vivants.</p>',
            '<p><b>International :</b> la délégation de l\'HU Hesbaye-Meuse sera parmi nous du 14 au 18; conférence du Dr Van den Broeck sur la greffe ABO-incompatible.</p>',
            '<p><b>Félicitations</b> à Chantal Després (archives) pour son prix de l\'Association des gestionnaires de l\'information de la santé.</p>',
        ]
        subj = 'L\'Écho du rein - %s %d' % (MOIS[t.month - 1], t.year)
    else:
        items = [
            '<h2>Kidney Matters - Nephrology newsletter, %s %d</h2>' % (MONTHS[t.month - 1], t.year),
            '<p><b>Transplant:</b> %d kidney transplants in %d, %d from living donors. One-year graft survival 96.8%%.</p>' % (n_tx, t.year - 1, n_lv),
            '<p><b>Dialysis:</b> 184 patients; fistula rate 63%; new satellite unit opening in Port-Haldane.</p>',
            '<p><b>Welcome</b> to Dr. Stephen O\'Rourke (glomerular disease) and Patrick Dionne (living donor coordinator).</p>',
            '<p><b>Travel health:</b> the clinic gave 2,140 vaccine doses last year; yellow fever vaccine back in stock.</p>',
        ]
        subj = 'Kidney Matters - %s %d newsletter' % (MONTHS[t.month - 1], t.year)
    html = '<html><body style="font-family:Georgia,serif;max-width:680px">\n' + '\n'.join(items) + '\n<p style="font-size:8pt">Service des communications, CHRVC</p>\n</body></html>\n'
    return neg_mk(C, lang, saddr('comm'), [GENERIC['all_staff']], subj, html=html, date=t, note='newsletter with aggregate statistics')


def n_aggregate_stats(C, lang, k):
    t = C.when()
    q = (t.month - 1) // 3 + 1
    rows_fr = [['Indicateur', 'T%d %d' % (q, t.year), 'Cible'],
               ['Bactériémies sur cathéter HD (/1000 jours-cathéter)', '%.2f' % (C.rng.randrange(20, 90) / 100), '< 0,50'],
               ['Nouveaux cas ERV (néphro + HD)', str(C.rng.randrange(0, 6)), '-'],
               ['Nouveaux cas EPC', str(C.rng.randrange(0, 3)), '0'],
               ['C. difficile nosocomial (/10 000 jours-présence)', '%.1f' % (C.rng.randrange(10, 60) / 10), '< 5,0'],
               ['Kt/V moyen', '1,%d' % C.rng.randrange(35, 55), '>= 1,2'],
               ['Patients avec FAV fonctionnelle (%)', str(C.rng.randrange(55, 72)), '>= 65']]
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '',
                          typo(C, 'Voici le tableau de bord PCI/qualité du T%d pour la néphrologie et l\'hémodialyse. Aucune éclosion déclarée ce trimestre.' % q), '',
                          text_table(rows_fr), '', 'Données agrégées, extraites le %s. Présentation au comité qualité le mois prochain.' % fdate(t.date(), 'fr', 0),
                          '', thanks(C, 'fr')]) + signature('ipc', 'fr', C.rng)
        subj = 'Tableau de bord PCI - néphrologie/HD - T%d %d' % (q, t.year)
    else:
        rows = [['Indicator', 'Q%d %d' % (q, t.year), 'Target']] + [[r[0].replace('Bactériémies sur cathéter HD (/1000 jours-cathéter)', 'HD catheter BSI per 1000 catheter-days')
                                                                     .replace('Nouveaux cas ERV (néphro + HD)', 'New VRE cases').replace('Nouveaux cas EPC', 'New CPE cases')
                                                                     .replace('C. difficile nosocomial (/10 000 jours-présence)', 'HA C. difficile per 10,000 pt-days')
                                                                     .replace('Kt/V moyen', 'Mean Kt/V').replace('Patients avec FAV fonctionnelle (%)', 'Patients with working AVF (%)'),
                                                                     r[1].replace(',', '.'), r[2].replace(',', '.')] for r in rows_fr[1:]]
        body = '\n'.join([hello(C, 'en', None), '', 'Q%d infection control and dialysis quality dashboard (aggregate data):' % q, '', text_table(rows), '',
                          thanks(C, 'en')]) + signature('ipc', 'en', C.rng)
        subj = 'IPAC / dialysis quality dashboard Q%d %d' % (q, t.year)
    atts = []
    if k % 2 == 0:
        atts.append(att_xlsx('tableau_bord_T%d_%d.xlsx' % (q, t.year), [('T%d' % q, rows_fr)]))
    return neg_mk(C, lang, saddr('ipc'), [GENERIC['all_neph']], subj, text=body, atts=atts, date=t, note='aggregate infection/quality statistics')


def n_teaching_case(C, lang, k):
    t = C.when()
    who = C.pick(['neph1', 'id1']) if lang == 'fr' else C.pick(['neph3', 'id2'])
    case = k % 3
    if lang == 'fr':
        cases = [
            'Homme de 54 ans, greffé rénal depuis 3 ans (donneur décédé), sous tacrolimus/MMF/prednisone. Créatinine passée de 120 à 190 µmol/L en 6 semaines. PCR BK plasmatique 4,8 log copies/mL. Biopsie : néphropathie à polyomavirus, classe B.',
            'Femme de 67 ans en hémodialyse par cathéter, fièvre et frissons en début de séance. Hémocultures : S. aureus sensible. ETT sans végétation. Quelle durée de traitement? Retrait du cathéter?',
            'Voyageur de 38 ans de retour d\'Afrique de l\'Ouest, fièvre à J10, plaquettes 62, parasitémie P. falciparum 6 %. Critères de gravité? Choix du traitement?',
        ]
        body = '\n'.join([
            hello(C, 'fr', 'Bonjour aux résidents'), '',
            typo(C, 'Pour le club de lecture de jeudi, voici le cas clinique (anonymisé) que nous discuterons avec l\'article de référence :'), '',
            cases[case], '',
            'Questions : 1) Diagnostic différentiel? 2) Prise en charge initiale? 3) Suivi à long terme?', '',
            'Aucun renseignement identificatoire n\'a été conservé. Merci de ne pas tenter de retrouver le dossier.', '',
            thanks(C, 'fr'),
        ]) + signature(who, 'fr', C.rng)
        subj = C.pick(['Club de lecture jeudi - cas clinique', 'Cas clinique anonymisé pour la demi-journée d\'enseignement'])
    else:
        cases = [
            'A 54-year-old man, 3 years after deceased-donor kidney transplant on tacrolimus/MMF/prednisone, with creatinine rising from 120 to 190 umol/L over 6 weeks. Plasma BK PCR 4.8 log copies/mL. Biopsy: polyomavirus nephropathy class B.',
            'A 67-year-old woman on catheter haemodialysis develops rigors at the start of her run. Blood cultures grow MSSA; TTE shows no vegetation. Duration of therapy? Catheter removal?',
            'A 38-year-old traveller returning from West Africa, fever on day 10, platelets 62, P. falciparum parasitaemia 6%. Severity criteria? Treatment?',
        ]
        body = '\n'.join([hello(C, 'en', 'Residents'), '', 'Case for Thursday\'s journal club (de-identified):', '', cases[case], '',
                          'Questions: differential, initial management, long-term follow-up.', '', thanks(C, 'en')]) + signature(who, 'en', C.rng)
        subj = 'Journal club case - de-identified'
    atts = []
    if k % 2 == 1:
        atts.append(att_pdf('cas_clinique_%d.pdf' % (k + 1), 'Cas clinique' if lang == 'fr' else 'Teaching case', [cases[case]]))
    return neg_mk(C, lang, saddr(who), [('Résidents médecine', 'residents-medecine@' + HOSP)], subj, text=body, atts=atts,
                  date=t, note='anonymised teaching case')


def n_blank_forms(C, lang, k):
    t = C.when()
    if lang == 'fr':
        form = C.pick([
            ('Autorisation de communication de renseignements contenus au dossier', ['Nom de l\'usager : ______________________', 'Date de naissance : ____/____/______',
              'NAM : ____ ____ ____   No de dossier : __________', 'Renseignements à communiquer : ☐ dossier complet ☐ période du ______ au ______',
              'Destinataire : ______________________', 'Signature : ______________   Date : __________']),
            ('Demande de dialyse pour séjour temporaire (vierge)', ['Nom : __________  Prénom : __________  Date de naissance : ________',
              'N° assurance maladie : ______________', 'Diagnostic néphrologique : __________', 'Dialyseur : ____  Qb : ____  Qd : ____  Durée : ____',
              'Sérologies (date) : AgHBs ____ anti-HBs ____ anti-VHC ____ VIH ____']),
            ('Questionnaire pré-voyage', ['Nom : ______________', 'Destination(s) : ______________', 'Date de départ : ______',
              'Êtes-vous greffé(e) ou sous immunosuppresseurs?  ☐ oui ☐ non', 'Allergies : ______________']),
        ])
        body = '\n'.join([hello(C, 'fr', None), '',
                          typo(C, 'Voici le formulaire « %s » (version vierge, mise à jour %d) à utiliser désormais. L\'ancienne version ne sera plus acceptée à compter du 1er %s.' % (form[0], t.year, MOIS[t.month % 12])),
                          '', thanks(C, 'fr')]) + signature('arch1', 'fr', C.rng)
        subj = 'Nouveau formulaire : %s' % form[0]
        fn = 'Formulaire_%s.pdf' % slug(form[0]).replace('.', '_')[:40]
    else:
        form = C.pick([
            ('Authorization to release health information', ['Patient name: ______________________', 'Date of birth: ____/____/______',
              'RAMQ no.: ____ ____ ____   Chart no.: __________', 'Information to be released: [ ] complete record [ ] from ______ to ______', 'Signature: __________  Date: ______']),
            ('Holiday dialysis request form (blank)', ['Name: ______  DOB: ______  Health card no.: ______', 'Primary renal disease: ______',
              'Dialyser ____ Qb ____ Qd ____ Hours ____', 'Serology date: HBsAg ____ anti-HBs ____ HCV ____ HIV ____']),
        ])
        body = '\n'.join([hello(C, 'en', None), '', 'Attached is the updated blank form "%s". Please discard older versions.' % form[0], '', thanks(C, 'en')]) + signature('arch1', 'en', C.rng)
        subj = 'Updated form: %s' % form[0]
        fn = 'Form_%s.pdf' % slug(form[0]).replace('.', '_')[:40]
    if k % 2 == 0:
        atts = [att_pdf(fn, form[0], form[1])]
    else:
        atts = [att_docx(fn.replace('.pdf', '.docx'), form[0], form[1])]
    return neg_mk(C, lang, saddr('arch1'), [GENERIC['all_neph'] if 'dialys' in form[0].lower() else ('Secrétariats médicaux', 'secretariats@' + HOSP)],
                  subj, text=body, atts=atts, date=t, note='blank form attached')


def n_directory(C, lang, k):
    t = C.when()
    entries_fr = [
        ('Dre Hélène Vachon-Lemire', 'néphrologie générale, glomérulonéphrites, néphrite lupique', '4120'),
        ('Dr Karim Belhadj', 'greffe rénale, rejet et immunosuppression, donneurs vivants', '4122'),
        ('Dr Stephen O\'Rourke', 'hémodialyse, accès vasculaires, maladie polykystique', '4125'),
        ('Dr Olivier St-Amand', 'infections chez l\'immunodéprimé, tuberculose', '4310'),
        ('Dre Priya Raman', 'VIH, hépatites virales, infections ostéoarticulaires', '4312'),
        ('Dr Daniel Kaplan', 'médecine des voyages, paludisme, fièvre au retour', '4361'),
    ]
    rows = C.rng.sample(entries_fr, C.rng.randrange(4, 7))
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '',
                          'Voici le répertoire à jour des médecins spécialistes pour les références de nos partenaires (HUHM, CHU de Montclair, GMF) :', '',
                          '\n'.join('%s — %s — poste %s' % r for r in rows), '',
                          'Garde de néphrologie : 418 555-0100, demander le néphrologue de garde. Télécopieur des références : 418 555-0197.', '',
                          thanks(C, 'fr')]) + signature('adm', 'fr', C.rng)
        subj = 'Répertoire des spécialistes - mise à jour %s' % fdate(t.date(), 'fr', 0)
    else:
        tr = {'néphrologie générale, glomérulonéphrites, néphrite lupique': 'general nephrology, glomerulonephritis, lupus nephritis',
              'greffe rénale, rejet et immunosuppression, donneurs vivants': 'kidney transplant, rejection, living donors',
              'hémodialyse, accès vasculaires, maladie polykystique': 'haemodialysis, vascular access, polycystic kidney disease',
              'infections chez l\'immunodéprimé, tuberculose': 'infections in the immunocompromised host, TB',
              'VIH, hépatites virales, infections ostéoarticulaires': 'HIV, viral hepatitis, bone and joint infections',
              'médecine des voyages, paludisme, fièvre au retour': 'travel medicine, malaria, fever in returning travellers'}
        body = '\n'.join([hello(C, 'en', None), '', 'Updated specialist directory for referring partners:', '',
                          '\n'.join('%s - %s - ext. %s' % (r[0].replace('Dre ', 'Dr. ').replace('Dr ', 'Dr. '), tr[r[1]], r[2]) for r in rows), '',
                          'Nephrology on call: 418-555-0100. Referral fax: 418-555-0197.', '', thanks(C, 'en')]) + signature('adm', 'en', C.rng)
        subj = 'Specialist directory - updated %s' % fdate(t.date(), 'en', 0)
    return neg_mk(C, lang, saddr('adm'), [eaddr('gmf'), eaddr('be_neph') if k % 2 else eaddr('on_neph')], subj, text=body, date=t,
                  note='physicians with the diseases they treat')


def n_grand_rounds(C, lang, k):
    t = C.when()
    talk = C.pick([('Dr Pieter Van den Broeck (HU Hesbaye-Meuse)', 'Greffe ABO-incompatible : l\'expérience belge', 'ABO-incompatible transplantation: the Belgian experience'),
                   ('Pr Jean-Baptiste Morvan (CHU de Montclair-sur-Loire)', 'Rejet humoral chronique : quoi de neuf en 2024?', 'Chronic antibody-mediated rejection: what\'s new'),
                   ('Dre Priya Raman', 'Tuberculose latente avant la greffe : dépister qui, traiter comment?', 'Latent TB before transplant: who to screen, how to treat'),
                   ('Dr Daniel Kaplan', 'Le voyageur greffé : vaccins, paludisme et interactions', 'The transplanted traveller: vaccines, malaria and interactions'),
                   ('Chantal Després, AA', 'Loi 25 et accès au dossier : ce qui change pour les cliniciens', 'Bill 25 and record access: what changes for clinicians')])
    d = dt.datetime.combine(t.date() + dt.timedelta(days=C.rng.randrange(5, 20)), dt.time(12, 0))
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '', 'Réunion scientifique du département de médecine spécialisée :', '',
                          'Conférencier : %s' % talk[0], 'Titre : « %s »' % talk[1], 'Date : %s, 12 h à 13 h' % fdate(d.date(), 'fr', 4),
                          'Lieu : amphithéâtre A-100 et Teams (lien dans l\'invitation)', 'Crédits : 1 h de DPC (activité accréditée)', '',
                          'Dîner servi sur place.', '', thanks(C, 'fr')]) + signature('adm', 'fr', C.rng)
        subj = 'Réunion scientifique - %s' % talk[1]
        summ = 'Réunion scientifique : %s' % talk[1]
    else:
        body = '\n'.join([hello(C, 'en', None), '', 'Medical grand rounds:', '', 'Speaker: %s' % talk[0].replace('Dre ', 'Dr. ').replace('Dr ', 'Dr. '),
                          'Topic: "%s"' % talk[2], 'When: %s, noon-1 pm' % fdate(d.date(), 'en', 4), 'Where: Auditorium A-100 and Teams', '', 'Lunch provided.', '',
                          thanks(C, 'en')]) + signature('adm', 'en', C.rng)
        subj = 'Grand rounds - %s' % talk[2]
        summ = 'Grand rounds: %s' % talk[2]
    atts = []
    if k % 2 == 0:
        atts.append(att_text('reunion.ics' if lang == 'fr' else 'grand_rounds.ics',
                             make_ics('%016x@chrvc.example' % C.rng.getrandbits(64), d, d + dt.timedelta(hours=1), summ, 'Amphithéâtre A-100',
                                      talk[0] + '\n' + (talk[1] if lang == 'fr' else talk[2]) + '\nTeams: https://teams.example/l/meetup/%d' % C.rng.randrange(10 ** 9),
                                      (staff('adm'), saddr('adm')[1]), [('Médecins CHRVC', GENERIC['medecins'][1])]), 'calendar', {'method': 'REQUEST'}))
    return neg_mk(C, lang, saddr('adm'), [GENERIC['medecins']], subj, text=body, atts=atts, date=t, note='speaker and topic announcement')


def n_it_facilities(C, lang, k):
    t = C.when()
    inc = 'INC%07d' % C.rng.randrange(10 ** 7)
    chg = 'CHG%07d' % C.rng.randrange(10 ** 7)
    kind = k % 3
    if lang == 'fr':
        if kind == 0:
            body = '\n'.join([hello(C, 'fr', None), '',
                              'Arrêt planifié du dossier clinique informatisé (DCI) et du logiciel de dialyse dans la nuit du %s, de 1 h à 5 h (changement %s).' % (fdate(t.date() + dt.timedelta(days=4), 'fr', 1), chg),
                              'Procédure dégradée : utiliser les feuilles de traitement papier (formulaire HD-14) et les saisir au retour du système.',
                              'Serveurs touchés : dci-app01, dci-app02, hdlink-srv03.', '', 'Soutien : poste 4800.', '', 'Direction des ressources informationnelles'])
            subj = 'Arrêt planifié DCI - nuit du %s' % fdate(t.date() + dt.timedelta(days=4), 'fr', 0)
        elif kind == 1:
            body = '\n'.join([hello(C, 'fr', 'Julie'), '',
                              'Suite au billet %s : la désinfection thermique de la boucle d\'eau traitée de l\'unité d\'hémodialyse aura lieu samedi après le dernier quart. Résultats des analyses d\'eau du mois : endotoxines < 0,03 UI/mL, bactéries < 10 UFC/mL (conformes).' % inc,
                              'Les postes 7 à 12 seront indisponibles de 19 h à 23 h.', '', thanks(C, 'fr')]) + signature('biomed', 'fr', C.rng)
            subj = 'Billet %s - désinfection boucle d\'eau HD' % inc
        else:
            body = '\n'.join([hello(C, 'fr', None), '',
                              'Les imprimantes du service des archives (ARCH-PRN-02 et 03) seront remplacées mardi. Les numériseurs restent fonctionnels. Nouvelle file : \\\\printsrv04\\ARCH-MFP-01.', '',
                              'Billet de référence : %s' % inc, '', thanks(C, 'fr')]) + signature('it', 'fr', C.rng)
            subj = 'Remplacement des imprimantes - archives (%s)' % inc
        frm = saddr('biomed') if kind == 1 else saddr('it')
    else:
        if kind == 0:
            body = '\n'.join([hello(C, 'en', None), '', 'Planned downtime of the EHR and dialysis charting software on %s, 01:00-05:00 (change %s). Use downtime paper forms HD-14.' % (
                fdate(t.date() + dt.timedelta(days=4), 'en', 1), chg), '', 'IT Service Desk ext. 4800'])
            subj = 'Planned EHR downtime %s' % fdate(t.date() + dt.timedelta(days=4), 'en', 0)
        elif kind == 1:
            body = '\n'.join([hello(C, 'en', 'Julie'), '', 'Ticket %s: water loop thermal disinfection Saturday evening; monthly water testing compliant (endotoxin < 0.03 EU/mL).' % inc, '',
                              thanks(C, 'en')]) + signature('biomed', 'en', C.rng)
            subj = 'Ticket %s - HD water loop disinfection' % inc
        else:
            body = '\n'.join([hello(C, 'en', None), '', 'Your password for the records scanning workstation expires in 5 days. Ticket %s.' % inc, '', 'IT Service Desk'])
            subj = 'Password expiry notice (%s)' % inc
        frm = saddr('biomed') if kind == 1 else saddr('it')
    return neg_mk(C, lang, frm, [GENERIC['all_neph'] if kind != 2 else GENERIC['archives']], subj, text=body, date=t, note='IT/facilities notice')


def n_job_posting(C, lang, k):
    t = C.when()
    num = '%d-%s-%04d' % (t.year, C.pick(['INF', 'ARC', 'TS', 'PHA']), C.rng.randrange(10 ** 4))
    job = C.pick([('Infirmier(ère) clinicien(ne) — unité d\'hémodialyse', 'Clinical nurse - haemodialysis unit'),
                  ('Archiviste médical(e) — accès à l\'information', 'Health information manager - release of information'),
                  ('Travailleur(se) social(e) — néphrologie et greffe', 'Social worker - nephrology and transplant'),
                  ('Infirmier(ère) — clinique santé-voyage (temps partiel)', 'Nurse - travel health clinic (part-time)')])
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '', 'Affichage interne et externe n° %s' % num, 'Poste : %s' % job[0],
                          'Statut : temps complet permanent, 35 h/sem., jour', 'Exigences : permis d\'exercice valide; expérience en néphrologie un atout; anglais fonctionnel (collaboration avec nos partenaires belges et français).',
                          'Échelle salariale : 32,15 $ à 52,67 $/h', 'Période d\'affichage : jusqu\'au %s' % fdate(t.date() + dt.timedelta(days=14), 'fr', 1), '',
                          'Pour postuler : carrieres.chrvc.example, en mentionnant le numéro d\'affichage.', '', 'Direction des ressources humaines'])
        subj = 'Affichage %s - %s' % (num, job[0])
    else:
        body = '\n'.join([hello(C, 'en', None), '', 'Posting no. %s' % num, 'Position: %s' % job[1], 'Full-time permanent, days.', 'Salary: $32.15-$52.67/h',
                          'Apply at careers.chrvc.example by %s.' % fdate(t.date() + dt.timedelta(days=14), 'en', 1), '', 'Human Resources'])
        subj = 'Job posting %s - %s' % (num, job[1])
    return neg_mk(C, lang, saddr('hr'), [GENERIC['all_staff']], subj, text=body, date=t, note='job posting')


def n_committee(C, lang, k):
    t = C.when()
    d = t.date() + dt.timedelta(days=C.rng.randrange(5, 25))
    if lang == 'fr':
        com = C.pick([('Comité de pharmacologie', ['Ajout du bélatacept au formulaire (greffe rénale)', 'Protocole fer sucrose IV en HD — révision', 'Pénurie de tacrolimus 0,5 mg : plan de contingence', 'Rapport des erreurs médicamenteuses T2 (agrégé)']),
                      ('Comité de gestion de l\'information clinique', ['Bilan des demandes d\'accès (Loi 25) — 1er semestre', 'Politique de numérisation des dossiers', 'Entente de communication avec HUHM et CHU de Montclair']),
                      ('Comité de prévention des infections', ['Dépistage ERV/EPC à l\'admission en néphrologie', 'Résultats d\'audit d\'hygiène des mains (agrégés)', 'Vaccination du personnel — campagne automnale'])])
        body = '\n'.join([hello(C, 'fr', None), '', 'Convocation — %s' % com[0], 'Date : %s, 7 h 30, salle du conseil (B-300) / Teams' % fdate(d, 'fr', 4), '', 'Ordre du jour :',
                          '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(['Adoption de l\'ordre du jour', 'Adoption du procès-verbal'] + com[1] + ['Varia'])), '',
                          'Les documents seront déposés dans le répertoire partagé du comité.', '', thanks(C, 'fr')]) + signature('adm', 'fr', C.rng)
        subj = 'Convocation %s - %s' % (com[0], fdate(d, 'fr', 0))
    else:
        com = C.pick([('Pharmacy & Therapeutics Committee', ['Belatacept formulary request (kidney transplant)', 'IV iron protocol update', 'Tacrolimus 0.5 mg shortage plan']),
                      ('Transplant Program Committee', ['Living donor program volumes (aggregate)', 'Cross-border donation framework with HUHM', 'Waitlist management policy'])])
        body = '\n'.join([hello(C, 'en', None), '', 'Notice of meeting - %s' % com[0], 'Date: %s, 7:30 am, Board room B-300 / Teams' % fdate(d, 'en', 4), '', 'Agenda:',
                          '\n'.join('%d. %s' % (i + 1, x) for i, x in enumerate(['Approval of agenda', 'Minutes'] + com[1] + ['Other business'])), '', thanks(C, 'en')]) + signature('adm', 'en', C.rng)
        subj = '%s - notice of meeting %s' % (com[0], fdate(d, 'en', 0))
    return neg_mk(C, lang, saddr('adm'), [('Membres du comité', 'comite-%d@%s' % (k, HOSP))], subj, text=body, date=t, note='committee notice')


def n_employee_health(C, lang, k):
    t = C.when()
    emp = C.pick([('Karine', 'Bolduc', 'inf.'), ('Maxime', 'Dufresne', 'inf.'), ('Audrey', 'Lavoie-Rochette', 'inf. aux.'), ('Samuel', 'Harvey', 'PAB'),
                  ('Thi Lan', 'Nguyen', 'inf. clin.'), ('Éric', 'Bernatchez', 'inf.')])
    kind = k % 3
    if lang == 'fr':
        if kind == 0:
            txt = 'Votre TCT de pré-embauche (2 étapes) est négatif (0 mm et 2 mm). Vous êtes autorisé(e) à commencer à l\'unité d\'hémodialyse lundi.'
            subj = 'Santé au travail - résultat TCT pré-embauche'
        elif kind == 1:
            txt = 'Votre titre d\'anti-HBs est de 6 UI/L (non protecteur). Une dose de rappel du vaccin contre l\'hépatite B est recommandée; présentez-vous au bureau SST (B-120) mardi ou jeudi entre 8 h et 11 h.'
            subj = 'SST - immunité hépatite B (rappel recommandé)'
        else:
            txt = 'Suite à votre arrêt de travail, votre retour progressif est approuvé : 3 jours/sem. pendant 2 semaines, sans soulèvement de plus de 10 kg. Le formulaire signé est joint pour votre gestionnaire.'
            subj = 'Retour progressif au travail - confirmation'
        body = '\n'.join([hello(C, 'fr', emp[0]), '', txt, '', 'Ces renseignements sont versés à votre dossier d\'employé(e) au service de santé et sécurité au travail.', '',
                          thanks(C, 'fr')]) + signature('occ', 'fr', C.rng)
    else:
        if kind == 0:
            txt = 'Your two-step pre-employment TST is negative (0 mm and 2 mm). You are cleared to start on the dialysis unit Monday.'
            subj = 'Occupational health - pre-employment TST result'
        elif kind == 1:
            txt = 'Your anti-HBs titre is 6 IU/L (non-protective). A hepatitis B booster is recommended; drop by Occupational Health (B-120) Tue/Thu 8-11 am.'
            subj = 'Occupational health - hepatitis B immunity'
        else:
            txt = 'Your graduated return to work is approved: 3 days/week for 2 weeks, no lifting over 10 kg.'
            subj = 'Graduated return to work - confirmation'
        body = '\n'.join([hello(C, 'en', emp[0]), '', txt, '', thanks(C, 'en')]) + signature('occ', 'en', C.rng)
    to = [('%s %s' % (emp[0], emp[1]), '%s.%s@%s' % (slug(emp[0]).replace('.', ''), slug(emp[1]).replace('.', ''), HOSP))]
    cc = [saddr('hdn')] if kind != 1 else []
    return neg_mk(C, lang, saddr('occ'), to, subj, text=body, cc=cc, date=t, note='employee occupational health (HR)')


def n_staff_leave(C, lang, k):
    t = C.when()
    d0 = t.date() + dt.timedelta(days=C.rng.randrange(20, 90))
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', 'Bonjour aux néphrologues'), '',
                          'Voici les congés approuvés pour l\'été et la couverture de la garde :', '',
                          '- Dre Vachon-Lemire : du %s au %s (couverture : Dr O\'Rourke)' % (fdate(d0, 'fr', 0), fdate(d0 + dt.timedelta(days=14), 'fr', 0)),
                          '- Dr Belhadj : congrès du %s au %s (greffe couverte par Hôpital universitaire Laval-Nord pour les appels de donneurs)' % (fdate(d0 + dt.timedelta(days=20), 'fr', 0), fdate(d0 + dt.timedelta(days=25), 'fr', 0)),
                          '- Marie-Ève Coulombe : vacances 2 semaines en %s; Patrick Dionne assure la coordination' % MOIS[(d0.month) % 12], '',
                          'Merci de me signaler tout conflit avant vendredi.', '', thanks(C, 'fr')]) + signature('adm', 'fr', C.rng)
        subj = 'Congés d\'été et couverture de garde - néphrologie'
    else:
        body = '\n'.join([hello(C, 'en', None), '', 'Approved leave and coverage:', '',
                          '- Dr. O\'Rourke: %s to %s (covered by Dr. Vachon-Lemire)' % (fdate(d0, 'en', 1), fdate(d0 + dt.timedelta(days=10), 'en', 1)),
                          '- Dr. Raman: parental leave from %s; ID consults covered by Dr. St-Amand' % fdate(d0 + dt.timedelta(days=30), 'en', 1), '',
                          thanks(C, 'en')]) + signature('adm', 'en', C.rng)
        subj = 'Leave schedule and coverage'
    return neg_mk(C, lang, saddr('adm'), [GENERIC['medecins']], subj, text=body, date=t, note='staff leave schedule')


def n_travel_info(C, lang, k):
    t = C.when()
    kind = k % 3
    if lang == 'fr':
        if kind == 0:
            body = '\n'.join([hello(C, 'fr', None), '', 'La clinique santé-voyage du CHRVC est maintenant centre désigné de vaccination contre la fièvre jaune.',
                              'Heures : mardi et jeudi 8 h-16 h, mercredi 12 h-20 h. Rendez-vous : 418 555-0100 poste 4360.',
                              'Tarifs 2024 : consultation 60 $; fièvre jaune 165 $; hépatite A 75 $; typhoïde 55 $; rage (série) 780 $.', '',
                              'Rappel : les voyageurs greffés ou sous immunosuppresseurs doivent consulter 6 à 8 semaines avant le départ.', '', thanks(C, 'fr')]) + signature('trn', 'fr', C.rng)
            subj = 'Clinique santé-voyage : horaire et tarifs %d' % t.year
        elif kind == 1:
            body = '\n'.join([hello(C, 'fr', None), '', 'Avis aux voyageurs : éclosion de dengue en Amérique latine et dans les Caraïbes (hausse de 200 % des cas déclarés).',
                              'Mesures : protection contre les piqûres le jour (DEET 30 %), consulter en cas de fièvre au retour. Aucun vaccin recommandé pour le voyageur canadien à ce jour.', '',
                              thanks(C, 'fr')]) + signature('trmd', 'fr', C.rng)
            subj = 'Avis aux voyageurs - dengue'
        else:
            body = '\n'.join([hello(C, 'fr', None), '', 'Rupture temporaire du vaccin oral contre le choléra (Dukoral) chez notre distributeur jusqu\'au %s. Le vaccin contre la typhoïde injectable est disponible.' % fdate(t.date() + dt.timedelta(days=40), 'fr', 1),
                              '', thanks(C, 'fr')]) + signature('trn', 'fr', C.rng)
            subj = 'Disponibilité des vaccins - clinique santé-voyage'
    else:
        if kind == 0:
            body = '\n'.join([hello(C, 'en', None), '', 'The CHRVC travel clinic is now a designated yellow fever vaccination centre.', 'Hours: Tue/Thu 8-4, Wed 12-8. Bookings: 418-555-0100 ext. 4360.',
                              'Transplant recipients should book 6-8 weeks before departure.', '', thanks(C, 'en')]) + signature('trn', 'en', C.rng)
            subj = 'Travel clinic hours and services %d' % t.year
        elif kind == 1:
            body = '\n'.join([hello(C, 'en', None), '', 'Traveller advisory: dengue activity is high in Latin America and the Caribbean. Advise daytime bite protection.', '', thanks(C, 'en')]) + signature('trmd', 'en', C.rng)
            subj = 'Traveller advisory - dengue'
        else:
            body = '\n'.join([hello(C, 'en', None), '', 'Oral cholera vaccine is back-ordered until %s.' % fdate(t.date() + dt.timedelta(days=40), 'en', 1), '', thanks(C, 'en')]) + signature('trn', 'en', C.rng)
            subj = 'Vaccine availability - travel clinic'
    return neg_mk(C, lang, saddr('trn'), [eaddr('gmf'), GENERIC['medecins']], subj, text=body, date=t, note='travel clinic public information')


def n_equipment(C, lang, k):
    t = C.when()
    rows = [['Actif', 'Modèle', 'No série', 'Emplacement', 'Dernière maintenance', 'Prochaine'] if lang == 'fr' else
            ['Asset', 'Model', 'Serial no.', 'Location', 'Last PM', 'Next PM']]
    for i in range(C.rng.randrange(5, 10)):
        last = t.date() - dt.timedelta(days=C.rng.randrange(10, 170))
        rows.append(['ACT-%06d' % C.rng.randrange(10 ** 6), C.pick(['HD-5008S', 'HD-5008 CorDiax', 'AK-98', 'Osmose RO-2']), luhn_serial(C.rng, C.pick([9, 10, 11])),
                     'HD poste %d' % C.rng.randrange(1, 15), last.isoformat(), (last + dt.timedelta(days=180)).isoformat()])
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', 'Julie'), '', typo(C, 'Voici l\'inventaire à jour des générateurs de dialyse et le calendrier de maintenance préventive. Deux appareils arrivent à échéance ce mois-ci.'), '',
                          text_table(rows[:4]), '…', '', thanks(C, 'fr')]) + signature('biomed', 'fr', C.rng)
        subj = 'Inventaire générateurs HD - maintenance préventive'
    else:
        body = '\n'.join([hello(C, 'en', 'Julie'), '', 'Updated inventory of dialysis machines and PM schedule:', '', text_table(rows[:4]), '...', '', thanks(C, 'en')]) + signature('biomed', 'en', C.rng)
        subj = 'HD machine inventory - PM schedule'
    atts = [att_xlsx('inventaire_HD_%s.xlsx' % t.strftime('%Y%m'), [('Inventaire', rows)])]
    return neg_mk(C, lang, saddr('biomed'), [saddr('hdn')], subj, text=body, atts=atts, date=t, note='asset/serial numbers (Luhn-valid)')


def n_lot_recall(C, lang, k):
    t = C.when()
    lots = ['%s%d%s' % (C.pick(['24C', '24D', '23K', '24A']), C.rng.randrange(10 ** 4, 10 ** 5), C.pick('ABCX')) for _ in range(C.rng.randrange(3, 6))]
    ref = product_code(C.rng)
    gt = gtin14(C.rng)
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '', 'AVIS DE RAPPEL (classe II) — dialyseur haute perméabilité 1,8 m², réf. %s, GTIN %s.' % (ref, gt),
                          'Lots visés : ' + ', '.join(lots), 'Motif : possibilité de fuite au niveau du raccord sang.', '',
                          'Action : retirer immédiatement les lots visés des unités HD et satellite, les mettre en quarantaine et remplir le formulaire de retour.',
                          'Aucun incident signalé chez nous à ce jour.', '', thanks(C, 'fr')]) + signature('pharm', 'fr', C.rng)
        subj = 'RAPPEL lots dialyseur %s' % ref
    else:
        body = '\n'.join([hello(C, 'en', None), '', 'RECALL (class II): high-flux dialyser 1.8 m2, ref %s, GTIN %s.' % (ref, gt), 'Affected lots: ' + ', '.join(lots),
                          'Quarantine affected stock and complete the return form.', '', thanks(C, 'en')]) + signature('pharm', 'en', C.rng)
        subj = 'Recall - dialyser lots %s' % ', '.join(lots[:2])
    return neg_mk(C, lang, saddr('pharm'), [GENERIC['hd'], saddr('hdn')], subj, text=body, date=t, note='lot recall with product codes')


def n_partner_visit(C, lang, k):
    t = C.when()
    d0 = t.date() + dt.timedelta(days=C.rng.randrange(20, 60))
    conf = '%d%05d' % (C.rng.randrange(1, 9), C.rng.randrange(10 ** 5))
    if lang == 'fr':
        prog = ['%s : arrivée de la délégation, accueil par la direction générale' % fdate(d0, 'fr', 4),
                '%s : visite de l\'unité d\'hémodialyse et du programme de greffe; atelier « archives et échanges transfrontaliers »' % fdate(d0 + dt.timedelta(days=1), 'fr', 4),
                '%s : conférence scientifique, signature de la convention, souper officiel' % fdate(d0 + dt.timedelta(days=2), 'fr', 4)]
        body = '\n'.join([hello(C, 'fr', ext_first('be_coord') if k % 2 else 'Professeur Morvan'), '', 'Voici le programme préliminaire de votre visite :', '',
                          '\n'.join('- ' + p for p in prog), '',
                          'Hébergement : Auberge du Fleuve, confirmation %s (4 chambres). Navette depuis l\'aéroport prévue.' % conf, '', thanks(C, 'fr')]) + signature('intl', 'fr', C.rng)
        subj = 'Programme de la visite de la délégation - %s' % fdate(d0, 'fr', 1)
    else:
        body = '\n'.join([hello(C, 'en', 'Els'), '', 'Draft agenda for your visit:', '', '- Day 1: welcome, tour of the dialysis unit', '- Day 2: workshop on cross-border transfers and data protection',
                          '- Day 3: grand rounds and MOU signing', '', 'Hotel: Auberge du Fleuve, confirmation %s.' % conf, '', thanks(C, 'en')]) + signature('intl', 'en', C.rng)
        subj = 'Visit agenda - %s' % fdate(d0, 'en', 1)
    atts = []
    if k % 2 == 0:
        start = dt.datetime.combine(d0, dt.time(9, 0))
        atts.append(att_text('visite.ics', make_ics('%016x@chrvc.example' % C.rng.getrandbits(64), start, start + dt.timedelta(hours=8),
                                                    'Visite délégation partenaire' if lang == 'fr' else 'Partner delegation visit', 'CHRVC, salle du conseil B-300',
                                                    'Programme joint', (staff('intl'), saddr('intl')[1]), [(EXT['be_coord'][0], EXT['be_coord'][1])]), 'calendar', {'method': 'REQUEST'}))
    return neg_mk(C, lang, saddr('intl'), [eaddr('be_coord') if lang == 'fr' and k % 2 else eaddr('fr_neph') if lang == 'fr' else eaddr('be_dial')], subj, text=body,
                  atts=atts, date=t, note='partner delegation visit logistics')


def n_ethics(C, lang, k):
    t = C.when()
    num = 'MP-38-%d-%04d' % (t.year, C.rng.randrange(10 ** 4))
    if lang == 'fr':
        body = '\n'.join(['Objet : Approbation éthique — projet %s' % num, '', hello(C, 'fr', 'Madame Marchand'), '',
                          typo(C, 'Le comité d\'éthique de la recherche a approuvé le %s le projet « Délais de traitement des demandes d\'accès au dossier avant et après la Loi 25 : étude rétrospective » (chercheure principale : Isabelle Rioux).' % fdate(t.date(), 'fr', 1)),
                          'Documents approuvés : protocole v2.1, formulaire d\'extraction de données (aucune donnée nominative), plan de conservation.',
                          'Approbation valide jusqu\'au %s. Rapport annuel requis.' % fdate(t.date() + dt.timedelta(days=365), 'fr', 1), '',
                          'Comité d\'éthique de la recherche du CHRVC'])
        subj = 'CÉR - approbation %s' % num
    else:
        body = '\n'.join(['Re: REB approval - %s' % num, '', hello(C, 'en', 'Ms. Marchand'), '',
                          'The REB approved on %s the study "Letermovir prophylaxis in CMV D+/R- kidney recipients: a multicentre RCT" (PI: Dr. Karim Belhadj), protocol v3.0 and consent form v2.' % fdate(t.date(), 'en', 1),
                          'Approval valid for one year.', '', 'CHRVC Research Ethics Board'])
        subj = 'REB approval %s' % num
    atts = [att_pdf('Approbation_%s.pdf' % num, 'Lettre d\'approbation %s' % num, body.split('\n'))] if k % 2 == 0 else []
    return neg_mk(C, lang, ('Comité d\'éthique de la recherche', 'cer@' + HOSP), [saddr('res')], subj, text=body, atts=atts, date=t, note='REB approval letter')


def n_audit(C, lang, k):
    t = C.when()
    n = C.rng.randrange(300, 700)
    if lang == 'fr':
        rows = [['Indicateur', 'Résultat'], ['Demandes d\'accès reçues (semestre)', str(n)], ['Traitées dans les 20 jours', '%d %%' % C.rng.randrange(78, 97)],
                ['Délai médian (jours)', str(C.rng.randrange(6, 16))], ['Demandes d\'assureurs', str(C.rng.randrange(80, 160))], ['Demandes d\'avocats / subpoenas', str(C.rng.randrange(20, 60))],
                ['Dossiers audités conformes (tenue de dossier)', '%d / 120' % C.rng.randrange(95, 119)]]
        body = '\n'.join([hello(C, 'fr', None), '', typo(C, 'Voici les résultats agrégés de l\'audit semestriel du service des archives, à présenter au comité de gestion de l\'information :'), '',
                          text_table(rows), '', 'Aucun incident de confidentialité majeur; 2 envois à un mauvais destinataire (télécopieur) ont été déclarés et traités.', '',
                          thanks(C, 'fr')]) + signature('archc', 'fr', C.rng)
        subj = 'Audit semestriel - archives médicales (résultats agrégés)'
    else:
        rows = [['Indicator', 'Result'], ['Access requests received', str(n)], ['Completed within 20 days', '%d%%' % C.rng.randrange(78, 97)],
                ['Median turnaround (days)', str(C.rng.randrange(6, 16))], ['Charts audited compliant', '%d/120' % C.rng.randrange(95, 119)]]
        body = '\n'.join([hello(C, 'en', None), '', 'Aggregate results of the semi-annual health records audit:', '', text_table(rows), '', thanks(C, 'en')]) + signature('archc', 'en', C.rng)
        subj = 'Health records audit - aggregate results'
    return neg_mk(C, lang, saddr('archc'), [saddr('dsp'), ('Comité GIC', 'comite-gic@' + HOSP)], subj, text=body, date=t, note='aggregate audit results')


def n_insurer_general(C, lang, k):
    t = C.when()
    grp = 'GRP-%07d' % C.rng.randrange(10 ** 7)
    if lang == 'fr':
        orig = '\n'.join(['Bonjour,', '', 'Pourriez-vous nous faire parvenir votre grille tarifaire %d pour les rapports médicaux et copies de dossiers, ainsi que le délai habituel de traitement?' % t.year,
                          'Nous révisons nos ententes de service (contrat cadre %s).' % grp, '', 'Merci,', 'Guy Lemaire', 'Boréal Mutuelle d\'assurance'])
        body = '\n'.join([hello(C, 'fr', 'Monsieur Lemaire'), '', 'Voici notre grille en vigueur :', '',
                          '- Copie de dossier : 15 $ de base + 0,40 $/page', '- Formulaire d\'assurance complété par les archives : 30 $', '- Rapport médical rédigé par le médecin : selon le tarif du médecin',
                          '- Délai habituel : 15 à 20 jours ouvrables après réception d\'une autorisation valide', '',
                          'Rappel : toute demande doit être accompagnée de l\'autorisation signée de l\'assuré datant de moins d\'un an.', '', thanks(C, 'fr')]) + signature('arch1', 'fr', C.rng)
        body += '\n' + quote_block(orig, 'fr', eaddr('ins_fr'), C.later(t, days=-3), 'Grille tarifaire %d' % t.year, style=k % 3)
        subj = 'RE: Grille tarifaire %d' % t.year
        to = [eaddr('ins_fr')]
    else:
        body = '\n'.join([hello(C, 'en', 'Ms. Kowalski'), '', 'In answer to your general inquiry (master agreement %s): our APS turnaround is 15-20 business days and the fee is $45 per form.' % grp,
                          'Requests must include a signed authorization less than 12 months old. We cannot accept requests by unencrypted e-mail containing health card numbers.', '',
                          thanks(C, 'en')]) + signature('arch1', 'en', C.rng)
        subj = 'RE: APS fees and turnaround'
        to = [eaddr('ins_en')]
    return neg_mk(C, lang, saddr('arch1'), to, subj, text=body, date=t, note='insurer general correspondence, no patient')


def n_lawyer_general(C, lang, k):
    t = C.when()
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', 'Maître Hudon'), '',
                          typo(C, 'En réponse à votre question générale : pour obtenir une copie certifiée d\'un dossier, nous avons besoin soit de l\'autorisation écrite du patient, soit d\'un subpoena (citation à comparaître) signifié au moins 10 jours avant l\'audience.'),
                          'La copie certifiée conforme est facturée 15 $ + 0,40 $/page. Le témoignage d\'une archiviste en cour fait l\'objet d\'une entente distincte.', '',
                          'Veuillez indiquer votre numéro de dossier interne dans toute correspondance; ne transmettez pas de renseignements de santé par courriel.', '',
                          'Salutations distinguées,']) + signature('archc', 'fr', C.rng)
        subj = 'Procédure - copies certifiées et subpoenas'
        to = [eaddr('law_fr')]
    else:
        body = '\n'.join([hello(C, 'en', 'Ms. Hargrove'), '', 'Regarding your general question: certified copies require either the patient\'s written authorization or a subpoena served at least 10 days before the hearing.',
                          'Fees: $15 + $0.40/page. Please quote your file number, and do not send health information by e-mail.', '', thanks(C, 'en')]) + signature('archc', 'en', C.rng)
        subj = 'Procedure for subpoenas and certified copies'
        to = [eaddr('law_en')]
    return neg_mk(C, lang, saddr('archc'), to, subj, text=body, date=t, note='general procedure to law firm, no patient')


def n_drug_shortage(C, lang, k):
    t = C.when()
    drug = C.pick([('tacrolimus 0,5 mg (capsules)', 'tacrolimus 0.5 mg capsules'), ('valganciclovir 450 mg', 'valganciclovir 450 mg'),
                   ('fer sucrose 100 mg/5 mL', 'iron sucrose 100 mg/5 mL'), ('atovaquone-proguanil 250/100 mg', 'atovaquone-proguanil 250/100 mg'),
                   ('héparine 1000 UI/mL fiole 10 mL', 'heparin 1000 U/mL 10 mL vial')])
    din = '%08d' % C.rng.randrange(10 ** 7, 10 ** 8)
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '', 'Avis de pénurie : %s (DIN %s) — rupture prévue jusqu\'au %s.' % (drug[0], din, fdate(t.date() + dt.timedelta(days=C.rng.randrange(20, 90)), 'fr', 1)), '',
                          'Conduite recommandée :', '- Utiliser les autres teneurs disponibles; ajuster les ordonnances au besoin.',
                          '- Pour les receveurs de greffe, ne pas changer de marque sans dosage du taux résiduel 5 à 7 jours après le changement.',
                          '- Les patients des cliniques externes seront avisés par leur pharmacie communautaire.', '', thanks(C, 'fr')]) + signature('pharm', 'fr', C.rng)
        subj = 'Pénurie - %s' % drug[0]
    else:
        body = '\n'.join([hello(C, 'en', None), '', 'Shortage notice: %s (DIN %s).' % (drug[1], din), 'Use alternative strengths; for transplant recipients, check trough levels 5-7 days after any brand switch.', '',
                          thanks(C, 'en')]) + signature('pharm', 'en', C.rng)
        subj = 'Drug shortage - %s' % drug[1]
    return neg_mk(C, lang, saddr('pharm'), [GENERIC['medecins'], GENERIC['all_neph']], subj, text=body, date=t, note='drug shortage notice')


def n_public_health(C, lang, k):
    t = C.when()
    rows = [('Paludisme (importé)', C.rng.randrange(2, 12)), ('Dengue (importée)', C.rng.randrange(3, 25)), ('Tuberculose active', C.rng.randrange(1, 8)),
            ('Rougeole', C.rng.randrange(0, 3)), ('Hépatite A', C.rng.randrange(0, 5)), ('Infection invasive à SGA', C.rng.randrange(2, 14))]
    if lang == 'fr':
        body = '\n'.join([hello(C, 'fr', None), '', 'Bulletin de vigie de la Direction de santé publique régionale — semaines %d à %d :' % (t.isocalendar()[1] - 4, t.isocalendar()[1]), '',
                          '\n'.join('- %s : %d cas' % r for r in rows), '',
                          'Tous les cas de paludisme et de dengue sont liés à des voyages (Afrique de l\'Ouest, Caraïbes). Rappel aux cliniciens : déclarer toute MADO dans les 48 h.', '',
                          'Équipe MADO — DSP régionale'])
        subj = 'Bulletin de vigie - semaines %d-%d' % (t.isocalendar()[1] - 4, t.isocalendar()[1])
        body = '\n'.join([hello(C, 'fr', None), '', 'Pour information, le bulletin de vigie régional. À noter : hausse des cas de dengue importés.', '', thanks(C, 'fr')]) + \
            signature('trmd', 'fr', C.rng, short=True) + '\n' + forward_block(body, 'fr', eaddr('dsp_pub'), C.later(t, days=-1), subj, GENERIC['voyage'][1])
        subj = 'TR: ' + subj
        frm = saddr('trmd')
    else:
        body = '\n'.join([hello(C, 'en', None), '', 'Regional surveillance summary, last 4 weeks:', '',
                          '\n'.join('- %s: %d' % (r[0].replace('Paludisme (importé)', 'Malaria (imported)').replace('Dengue (importée)', 'Dengue (imported)')
                                                  .replace('Tuberculose active', 'Active TB').replace('Rougeole', 'Measles').replace('Hépatite A', 'Hepatitis A')
                                                  .replace('Infection invasive à SGA', 'Invasive GAS'), r[1]) for r in rows), '',
                          'All malaria and dengue cases were travel-related.', '', 'Regional Public Health'])
        subj = 'Surveillance bulletin - weeks %d-%d' % (t.isocalendar()[1] - 4, t.isocalendar()[1])
        body = '\n'.join([hello(C, 'en', None), '', 'FYI - regional surveillance bulletin below.', '', thanks(C, 'en')]) + \
            signature('trmd', 'en', C.rng, short=True) + '\n' + forward_block(body, 'en', eaddr('dsp_pub'), C.later(t, days=-1), subj, GENERIC['voyage'][1])
        subj = 'FW: ' + subj
        frm = saddr('trmd')
    return neg_mk(C, lang, frm, [GENERIC['medecins'], eaddr('gmf')], subj, text=body, date=t, note='public health aggregate counts')


def n_id_training(C, lang, k):
    t = C.when()
    if lang == 'fr':
        lines = ['NAM (Québec) : 4 lettres (3 du nom + 1 du prénom) + AAMMJJ (mois +50 pour les femmes) + 2 chiffres. Ex. de gabarit : XXXX 0000 0000.',
                 'NISS (Belgique) : AA.MM.JJ-SSS.CC — SSS impair pour les hommes, pair pour les femmes; CC = 97 - (nombre mod 97).',
                 'NIR (France) : S AA MM DD CCC OOO CC — 13 chiffres + clé de 2 chiffres.',
                 'Numéro de dossier CHRVC : 7 chiffres, jamais de lettres.',
                 'Règle : ne jamais inscrire un identifiant complet dans l\'objet d\'un courriel; utiliser les 4 derniers caractères au besoin.']
        body = '\n'.join([hello(C, 'fr', 'Bonjour aux nouveaux employés des archives'), '', typo(C, 'En prévision des échanges avec nos partenaires belges et français, voici l\'aide-mémoire sur les formats d\'identifiants :'), '',
                          '\n'.join('• ' + l for l in lines), '', thanks(C, 'fr')]) + signature('archc', 'fr', C.rng)
        subj = 'Aide-mémoire : formats NAM, NISS, NIR'
    else:
        lines = ['RAMQ number: 4 letters + YYMMDD (month +50 for women) + 2 digits; template XXXX 0000 0000.',
                 'Belgian NISS: YY.MM.DD-SSS.CC (odd SSS = male).', 'French NIR: S YY MM DD CCC OOO + 2-digit key.', 'Never put a full identifier in a subject line.']
        body = '\n'.join([hello(C, 'en', None), '', 'Quick reference on identifier formats for the cross-border program:', '', '\n'.join('- ' + l for l in lines), '', thanks(C, 'en')]) + signature('archc', 'en', C.rng)
        subj = 'Quick reference - identifier formats'
    atts = [att_pdf('aide_memoire_identifiants.pdf' if lang == 'fr' else 'identifier_formats.pdf', 'Formats d\'identifiants' if lang == 'fr' else 'Identifier formats', lines)] if k % 2 == 0 else []
    return neg_mk(C, lang, saddr('archc'), [('Équipe archives', 'archives-equipe@' + HOSP)], subj, text=body, atts=atts, date=t, note='identifier format training with placeholders')


def n_meeting_zip(C, lang, k):
    t = C.when()
    d = t.date() - dt.timedelta(days=C.rng.randrange(1, 10))
    if lang == 'fr':
        pv = ['Procès-verbal — comité de programme de greffe, %s' % fdate(d, 'fr', 1), 'Présents : Dr Belhadj, Dre Vachon-Lemire, M.-È. Coulombe, P. Dionne, F. Beaulieu',
              '1. Volumes : 11 greffes au T2 (4 donneurs vivants).', '2. Entente de don vivant transfrontalier avec HUHM : version juridique attendue.',
              '3. Liste d\'attente : 37 candidats actifs, 9 en suspens (agrégé).', '4. Prochaine rencontre : dans un mois.']
        files = [('PV_comite_greffe_%s.docx' % d.strftime('%Y%m%d'), make_docx('Procès-verbal', pv)),
                 ('Presentation_volumes_T2.pdf', make_pdf('Volumes du programme de greffe — T2', ['Greffes : 11', 'Donneurs vivants : 4', 'Survie du greffon à 1 an : 97 %']))]
        body = '\n'.join([hello(C, 'fr', None), '', 'Ci-joint l\'archive avec le procès-verbal et la présentation de la dernière rencontre.', '', thanks(C, 'fr')]) + signature('adm', 'fr', C.rng)
        subj = 'PV et présentation - comité de greffe %s' % fdate(d, 'fr', 0)
        fn = 'Comite_greffe_%s.zip' % d.strftime('%Y%m%d')
    else:
        pv = ['Minutes - Transplant program committee, %s' % fdate(d, 'en', 1), 'Present: Dr. Belhadj, Dr. Vachon-Lemire, M.-E. Coulombe, P. Dionne',
              '1. Volumes: 11 transplants in Q2 (4 living donors).', '2. Waitlist: 37 active candidates (aggregate).']
        files = [('Minutes_%s.docx' % d.strftime('%Y%m%d'), make_docx('Minutes', pv)), ('slides_Q2.pdf', make_pdf('Transplant volumes Q2', ['Transplants: 11', 'Living donors: 4']))]
        body = '\n'.join([hello(C, 'en', None), '', 'Attached: minutes and slides from the last meeting.', '', thanks(C, 'en')]) + signature('adm', 'en', C.rng)
        subj = 'Minutes and slides - transplant committee %s' % fdate(d, 'en', 0)
        fn = 'Transplant_committee_%s.zip' % d.strftime('%Y%m%d')
    return neg_mk(C, lang, saddr('adm'), [('Comité greffe', 'comite-greffe@' + HOSP)], subj, text=body, atts=[att_zip(fn, files)], date=t, note='ZIP of meeting documents')


def n_staff_card(C, lang, k):
    t = C.when()
    if k % 2 == 0:
        key = C.pick(['be_coord', 'fr_cadre', 'be_neph'])
        name, addr_, org, dept = EXT[key]
        parts = name.replace('Dr ', '').replace('Pr ', '').split(' ')
        vc = make_vcard(' '.join(parts[1:]), parts[0], name, org=org, title=dept,
                        tels=[('WORK', '+32 4 555 %02d %02d' % (C.rng.randrange(100), C.rng.randrange(100)) if addr_.endswith('huhm.example') else '+33 2 55 %02d %02d %02d' % (C.rng.randrange(100), C.rng.randrange(100), C.rng.randrange(100)))],
                        emails=[('WORK', addr_)])
        if lang == 'fr':
            body = '\n'.join([hello(C, 'fr', None), '', 'Voici la fiche contact de notre interlocuteur%s au %s, pour vos carnets d\'adresses.' % ('' if name.startswith(('Dr', 'Pr')) else 'trice', org), '', thanks(C, 'fr')]) + signature('intl', 'fr', C.rng)
            subj = 'Contact partenaire - %s' % name
        else:
            body = '\n'.join([hello(C, 'en', None), '', 'Contact card for our counterpart at %s.' % org, '', thanks(C, 'en')]) + signature('intl', 'en', C.rng)
            subj = 'Partner contact - %s' % name
        atts = [att_text('%s.vcf' % slug(name), vc, 'vcard')]
    else:
        d = dt.datetime.combine(t.date() + dt.timedelta(days=C.rng.randrange(3, 15)), dt.time(C.pick([9, 10, 14]), 0))
        ics = make_ics('%016x@chrvc.example' % C.rng.getrandbits(64), d, d + dt.timedelta(hours=1),
                       'Visio mensuelle greffe CHRVC-HUHM' if lang == 'fr' else 'Monthly transplant video call CHRVC-HUHM', 'Teams',
                       'Ordre du jour : protocole de transfert, formation archives, calendrier des stages' if lang == 'fr' else 'Agenda: transfer protocol, records training, exchange calendar',
                       (staff('txc'), saddr('txc')[1]), [(EXT['be_coord'][0], EXT['be_coord'][1]), (EXT['be_neph'][0], EXT['be_neph'][1])])
        if lang == 'fr':
            body = '\n'.join([hello(C, 'fr', 'Sophie'), '', 'Invitation pour notre visio mensuelle (heure du Québec; 15 h à Liège).', '', thanks(C, 'fr')]) + signature('txc', 'fr', C.rng, short=True)
            subj = 'Invitation : visio mensuelle greffe CHRVC-HUHM'
        else:
            body = '\n'.join([hello(C, 'en', 'Sophie'), '', 'Invite for our monthly call (Quebec time).', '', thanks(C, 'en')]) + signature('txc', 'en', C.rng, short=True)
            subj = 'Invitation: monthly transplant call'
        atts = [att_text('invite.ics', ics, 'calendar', {'method': 'REQUEST'})]
    return neg_mk(C, lang, saddr('intl') if k % 2 == 0 else saddr('txc'), [GENERIC['greffe']] if k % 2 == 0 else [eaddr('be_coord')], subj, text=body, atts=atts, date=t,
                  note='staff vCard / meeting ICS')


def n_logistics_reply(C, lang, k):
    t0 = C.when()
    t = C.later(t0, hours=C.rng.randrange(1, 20))
    if lang == 'fr':
        orig = '\n'.join(['Bonjour Lucie,', '', 'Peux-tu réserver l\'amphithéâtre A-100 pour la conférence du Dr Van den Broeck sur la néphropathie à BK et le rejet humoral (jeudi 12 h)?',
                          'Il faudra aussi le lien Teams pour nos collègues de Liège et de Montclair, et le dîner pour 40 personnes.', '', 'Merci!', 'Karim'])
        body = '\n'.join([C.pick(['C\'est réservé, le lien Teams suit.', 'Fait. Traiteur confirmé pour 40.', 'Salle réservée, je t\'envoie l\'invitation.']), '', 'Lucie']) + '\n\n' + quote_block(orig, 'fr', saddr('neph2'), t0, 'Salle pour la conférence', style=k % 3)
        subj = 'RE: Salle pour la conférence'
    else:
        orig = '\n'.join(['Hi Lucie,', '', 'Could you book A-100 for Dr. Raman\'s talk on latent TB screening before transplant (Thursday noon) and set up a Teams link for our Belgian colleagues?', '', 'Thanks,', 'Stephen'])
        body = '\n'.join([C.pick(['Booked - Teams link to follow.', 'Done, lunch for 40 ordered.']), '', 'Lucie']) + '\n\n' + quote_block(orig, 'en', saddr('neph3'), t0, 'Room for talk', style=k % 3)
        subj = 'RE: Room for talk'
    return neg_mk(C, lang, saddr('adm'), [saddr('neph2') if lang == 'fr' else saddr('neph3')], subj, text=body, date=t,
                  in_reply_to='<%016x@%s>' % (C.rng.getrandbits(64), HOSP), note='logistics reply quoting staff message')


NEGATIVE_PLAN = [
    ('partnership_agreement', n_partnership, 7, 'fefefef'),
    ('conference_travel', n_conference_travel, 7, 'efefefe'),
    ('research_protocol', n_research_protocol, 7, 'efefefe'),
    ('records_procedure', n_records_procedure, 7, 'fefefef'),
    ('invoice', n_invoice, 7, 'efefefe'),
    ('staff_schedule', n_staff_schedule, 6, 'fefefe'),
    ('newsletter', n_newsletter, 6, 'efefef'),
    ('quality_dashboard', n_aggregate_stats, 6, 'fefefe'),
    ('teaching_case', n_teaching_case, 6, 'efefef'),
    ('blank_form', n_blank_forms, 6, 'fefefe'),
    ('specialist_directory', n_directory, 6, 'efefef'),
    ('grand_rounds', n_grand_rounds, 6, 'fefefe'),
    ('it_facilities', n_it_facilities, 6, 'efefef'),
    ('job_posting', n_job_posting, 6, 'efefee'),
    ('committee_notice', n_committee, 6, 'efefef'),
    ('employee_health', n_employee_health, 6, 'efefee'),
    ('staff_leave', n_staff_leave, 5, 'efefe'),
    ('travel_clinic_info', n_travel_info, 6, 'efefef'),
    ('equipment_inventory', n_equipment, 6, 'efefef'),
    ('lot_recall', n_lot_recall, 5, 'efefe'),
    ('partner_visit', n_partner_visit, 6, 'fefefe'),
    ('ethics_approval', n_ethics, 5, 'efefe'),
    ('records_audit', n_audit, 5, 'efefe'),
    ('insurer_general', n_insurer_general, 6, 'efefef'),
    ('lawyer_general', n_lawyer_general, 5, 'efefe'),
    ('drug_shortage', n_drug_shortage, 6, 'efefef'),
    ('public_health_bulletin', n_public_health, 6, 'efefef'),
    ('identifier_formats', n_id_training, 4, 'efef'),
    ('meeting_zip', n_meeting_zip, 5, 'efefe'),
    ('staff_card_invite', n_staff_card, 5, 'efefe'),
    ('logistics_reply', n_logistics_reply, 4, 'efef'),
]


# ---------------------------------------------------------------------------
# driver, self-check, README
# ---------------------------------------------------------------------------

TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
         'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def expand(plan):
    out = []
    for cat, fn, n, langs in plan:
        assert len(langs) == n, cat
        for k in range(n):
            out.append((cat, fn, 'fr' if langs[k] == 'f' else 'en', k))
    return out


def decoded_texts(msg):
    """Yield every decoded text we can reach (headers, text parts, attachment names, text inside attachments)."""
    for h in ('Subject', 'From', 'To', 'Cc'):
        if msg[h] is not None:
            yield str(msg[h])
    for part in msg.walk():
        if part.is_multipart():
            for h in ('Subject', 'From', 'To'):
                if part.get_content_type() != 'message/rfc822' and part[h] is not None and part is not msg:
                    yield str(part[h])
            continue
        fn = part.get_filename()
        if fn:
            yield fn
        content = part.get_content()
        if isinstance(content, str):
            yield content
        elif isinstance(content, bytes):
            if content[:2] == b'PK':
                z = zipfile.ZipFile(io.BytesIO(content))
                if z.testzip() is not None:
                    raise ValueError('bad zip member')
                for n in z.namelist():
                    yield n
                    data = z.read(n)
                    if n.endswith(('.xml', '.txt', '.rels')):
                        yield data.decode('utf-8', 'replace')
                    elif n.endswith('.pdf'):
                        yield data.decode('latin-1')
            elif content[:5] == b'%PDF-':
                yield content.decode('latin-1')
            else:
                raise ValueError('unexpected binary attachment %r' % fn)


def self_check(out, labels, C):
    n_files = 0
    nam_re = re.compile(r'\b([A-Za-z]{4})[ -]?(\d{2})(\d{2})[ -]?(\d{2})(\d{2})\b')
    listed = {p.nam for p in C.qc}
    secret_ids = set(listed)
    for grp in (C.be, C.fr, C.on):
        for p in grp:
            for v in (p.niss, p.nir, p.hcn):
                if v:
                    secret_ids.add(v)
    for p in C.qc:
        secret_ids.add(p.sin)
    found = set()
    for sub in ('positive', 'negative'):
        for name in sorted(os.listdir(os.path.join(out, sub))):
            rel = '%s/%s' % (sub, name)
            if rel not in labels:
                raise SystemExit('unlabelled file ' + rel)
            found.add(rel)
            with open(os.path.join(out, sub, name), 'rb') as fh:
                raw = fh.read()
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            if msg['Subject'] is None or msg['From'] is None or msg['Date'] is None:
                raise SystemExit('missing header in ' + rel)
            texts = list(decoded_texts(msg))
            blob = '\n'.join(texts)
            lab = labels[rel]
            if lab['confidential'] != (sub == 'positive'):
                raise SystemExit('label/folder mismatch ' + rel)
            if sub == 'positive' and not lab['types']:
                raise SystemExit('positive without type ' + rel)
            if sub == 'negative' and lab['types']:
                raise SystemExit('negative with types ' + rel)
            if not set(lab['types']) <= TYPES:
                raise SystemExit('unknown type in ' + rel)
            # any NAM-shaped token with a plausible date must come from blind_nams.txt
            for m in nam_re.finditer(blob):
                mm, dd = int(m.group(3)), int(m.group(4))
                if (1 <= mm <= 12 or 51 <= mm <= 62) and 1 <= dd <= 31:
                    tok = ''.join(m.groups()).upper()
                    if tok not in listed:
                        raise SystemExit('NAM-shaped token not from the list in %s: %s' % (rel, tok))
            if sub == 'negative':
                low = blob.lower()
                for grp in (C.qc, C.be, C.fr, C.on):
                    for p in grp:
                        for form in ('%s %s' % (p.given, p.surname), '%s, %s' % (p.surname, p.given), '%s %s' % (p.surname, p.given)):
                            if form.lower() in low:
                                raise SystemExit('patient name leaked into negative %s: %s' % (rel, form))
                compact = re.sub(r'[\s.\-/]', '', blob).upper()
                for sid in secret_ids:
                    if sid.upper() in compact:
                        raise SystemExit('patient identifier leaked into negative %s' % rel)
            n_files += 1
    if found != set(labels):
        raise SystemExit('labels do not cover exactly the files')
    return n_files


def digest(out, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).hexdigest().encode('ascii') + b'\n')
    return h.hexdigest()


README_TMPL = """# Held-out corpus 38 — synthetic outbound hospital e-mail (DLP evaluation)

## Flavour
Specialty clinics of an invented Quebec regional hospital (*Centre hospitalier régional de Val-Cormier*,
`chrvc.example`): nephrology and kidney transplant (dialysis rosters, transplant work-up, holiday dialysis,
cross-border transfers and repatriations to invented Belgian and French partner hospitals using NISS and NIR),
infectious diseases, travel medicine, and the medical records department answering access requests,
insurers and law firms. About half French (Quebec and European French), half English.
Everything is invented: people, institutions, addresses, `*.example` domains, 555 phone numbers.

## Layout
- `generate.py` — the deterministic generator (standard library + python-stdnum, reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` — {n_pos} confidential messages
- `negative/nNNN_<category>.eml` — {n_neg} non-confidential (hard) messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}`
- `README.md` — this file

Languages: {lang_counts}.

## Definition used
A message is **confidential** when a reader could identify a patient (name, or RAMQ NAM, SIN, Ontario health
number, Belgian NISS, French NIR, hospital chart number — possibly typed loosely: spaces, dashes, lower case)
**and** learn something personal, medical or social about them, wherever it appears: Subject, body, quoted
reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, attached .eml) or attachment file
name. A patient's home address or personal phone with the name in a care context (transport, home care,
booking) counts. Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth,
patient_name, diagnosis, medication, lab_result, patient_contact, social_information.

**Not confidential** (negatives): staff information (schedules, leave, employee occupational health),
physicians named with the diseases they treat, speakers and topics, aggregate statistics, newsletters,
blank forms, anonymised teaching cases, invoices and purchase orders (IBAN, Belgian structured
communications, enterprise numbers, SIRET, GTIN — all checksum-valid), serial/lot/asset numbers (Luhn-valid),
NAM-shaped product codes with impossible dates, IT/facilities mail, job postings, committee notices,
partnership agreements, conference travel, research protocol notices, records-department procedures.

Identifiers: every NAM comes from `../blind_nams.txt` and is used with that person's name, birth date and sex;
NISS, NIR, SIN and Ontario health numbers are generated valid (checked with python-stdnum / Luhn) and are
consistent with the person's birth date and sex where the format encodes them.

## Transports
text/plain, HTML-only, multipart/alternative, multipart/mixed with attachments, attached message/rfc822;
charsets utf-8, iso-8859-1 and windows-1252; quoted-printable, base64, 8bit and 7bit bodies; RFC 2047 headers
and RFC 2231 file names; CRLF and LF line endings; modern (`email.policy.default`) and Outlook-like
compat32 construction; replies quoting earlier messages, inline forwards, signatures and disclaimers.
ZIP/DOCX/XLSX use fixed timestamps and PDFs are produced with reportlab's invariant mode, so the output is
byte-for-byte reproducible.

## Regenerate
    python generate.py                 # default seed {seed}, writes next to generate.py
    python generate.py --out DIR       # write elsewhere
    python generate.py --seed N        # another corpus

The generator parses every file back with `email.message_from_bytes(..., policy=email.policy.default)`,
decodes every part (including ZIP/DOCX/XLSX members and attached messages), checks that the labels cover
exactly the files, that every positive has at least one type and every negative none, then prints the counts
and the digest.

## Digest
sha256 over the sorted list of `relative/path NUL sha256(file) LF` for every `.eml` file and `labels.json`:

    {digest}
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    C = Ctx(args.seed)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for name in os.listdir(d):
            if name.endswith('.eml'):
                os.remove(os.path.join(d, name))
    pos = expand(POSITIVE_PLAN)
    neg = expand(NEGATIVE_PLAN)
    assert len(pos) == N_POS and len(neg) == N_NEG, (len(pos), len(neg))
    C.rng.shuffle(pos)
    C.rng.shuffle(neg)
    labels = {}
    lang_counts = {'positive': {'fr': 0, 'en': 0}, 'negative': {'fr': 0, 'en': 0}}
    for sub, items, prefix in (('positive', pos, 'p'), ('negative', neg, 'n')):
        for i, (cat, fn, lang, k) in enumerate(items):
            spec = fn(C, lang, k)
            assert spec['lang'] == lang, (cat, lang)
            raw = render(C, spec)
            rel = '%s/%s%03d_%s.eml' % (sub, prefix, i + 1, cat)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(raw)
            labels[rel] = {'confidential': sub == 'positive', 'types': spec['types'] if sub == 'positive' else [],
                           'lang': lang, 'note': spec['note']}
            lang_counts[sub][lang] += 1
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    n = self_check(out, labels, C)
    dg = digest(out, list(labels) + ['labels.json'])
    lc = 'positives %d fr / %d en; negatives %d fr / %d en; total %d fr / %d en' % (
        lang_counts['positive']['fr'], lang_counts['positive']['en'], lang_counts['negative']['fr'], lang_counts['negative']['en'],
        lang_counts['positive']['fr'] + lang_counts['negative']['fr'], lang_counts['positive']['en'] + lang_counts['negative']['en'])
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README_TMPL.format(n_pos=len(pos), n_neg=len(neg), lang_counts=lc, seed=args.seed, digest=dg))
    print('files checked: %d (positive %d, negative %d)' % (n, len(pos), len(neg)))
    print('languages: ' + lc)
    print('sha256 digest: ' + dg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
