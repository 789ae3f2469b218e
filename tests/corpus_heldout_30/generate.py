#!/usr/bin/env python3
"""Synthetic outbound e-mail corpus for a DLP filter (held-out set 30).

Flavour: an English-speaking university hospital network with campuses in
Montréal and Ottawa ("Mount Royal-Rideau University Health Network",
invented). All people, addresses, domains and numbers are invented; RAMQ NAMs
come only from ../blind_nams.txt.

Usage: python generate.py [--seed 3030] [--out DIR]
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import html
import io
import json
import os
import quopri
import random
import re
import shutil
import sys
import zipfile
import email
import email.policy
from email.header import Header
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.mime.message import MIMEMessage
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3030
FIXED_ZIP_TIME = (2024, 5, 1, 9, 0, 0)
FIXED_DT = dt.datetime(2024, 5, 1, 9, 0, 0)
TZ_E = dt.timezone(dt.timedelta(hours=-4))

ORG = 'Mount Royal-Rideau University Health Network'
ORG_FR = 'Réseau universitaire de santé Mont-Royal-Rideau'
DOM = 'mrruhn.example'
MTL_ADDR = '3750 avenue Belvédère-Nord, Montréal QC H3T 0A0'
OTT_ADDR = '820 Rideau Heights Road, Ottawa ON K1Z 0A0'

# ---------------------------------------------------------------- people
STAFF_FIRST_EN = ['Sarah', 'Michael', 'Priya', 'David', 'Jennifer', 'Ahmed', 'Rachel', 'Kevin', 'Laura',
                  'Daniel', 'Aisha', 'Thomas', 'Hannah', 'Robert', 'Mei', 'Olivia', 'James', 'Nadia',
                  'Gregory', 'Fiona', 'Samuel', 'Diane', 'Sofia', 'Liam']
STAFF_FIRST_FR = ['Isabelle', 'François', 'Geneviève', 'Mathieu', 'Nathalie', 'Étienne', 'Julie', 'Stéphane',
                  'Catherine', 'Benoît', 'Mélanie', 'Philippe', 'Chantal', 'Maxime', 'Manon', 'André']
STAFF_LAST = ["O'Brien", 'Nguyen', 'Patel', 'Kowalski', 'MacDonald', 'Tremblay', 'Côté', 'Bélanger', 'Roy',
              'Gagné', 'Pelletier', 'Morin', 'Chen', 'Haddad', 'Singh', 'Murphy', 'Bergeron', 'Girard',
              'Wilson', 'Taylor', 'Gagnon', 'Lessard', 'Fortin', 'Sutherland', 'Abernathy', 'Lindqvist']
PAT_FIRST_F = ['Margaret', 'Louise', 'Hélène', 'Patricia', 'Ginette', 'Karen', 'Amira', 'Joanne', 'Lucie',
               'Brenda', 'Thérèse', 'Yasmin', 'Carole', 'Deborah']
PAT_FIRST_M = ['Gerald', 'Réjean', 'Howard', 'Normand', 'Peter', 'Yvon', 'Tariq', 'Douglas', 'Gaétan',
               'Kenneth', 'Raymond', 'Jean-Guy', 'Arthur', 'Luc']
CHILD_F = ['Léa', 'Olivia', 'Zoé', 'Chloé', 'Ava', 'Rosalie', 'Maya', 'Emily']
CHILD_M = ['Noah', 'Félix', 'Nathan', 'Jacob', 'Ethan', 'Thomas', 'Owen', 'Samuel']
PAT_LAST = ['Abboud', 'Lefebvre', 'Desjardins', 'Campbell', 'Stewart', 'Ouellet', 'Hébert', 'Mercier',
            'Dubé', 'Ferreira', 'Kaplan', 'Okafor', 'Rossi', 'Martel', 'Lachance', 'Vachon', 'Boucher',
            'Cloutier', 'Fraser', 'Grant', 'Beaulieu', 'McKenna', 'Villeneuve', 'Haddad']
STREETS_MTL = ['rue des Érables-Rouges', 'avenue Lacasse-Ouest', 'boulevard Saint-Réal', 'rue Delorimier-Sud',
               'rue du Quai-Fictif', 'avenue des Pruches', 'rue Bellerive-Nord', 'croissant Vimy-Est']
STREETS_OTT = ['Maple Crescent', 'Bronsdale Avenue', 'Kilborn Lane', 'Larchwood Drive', 'Ferncliff Street',
               'Orchard View Road', 'Pinecrest Gardens', 'Watermill Court']
CITIES_QC = [('Montréal', 'QC', 'H'), ('Laval', 'QC', 'H'), ('Longueuil', 'QC', 'J'), ('Gatineau', 'QC', 'J')]
CITIES_ON = [('Ottawa', 'ON', 'K'), ('Kanata', 'ON', 'K'), ('Orléans', 'ON', 'K'), ('Nepean', 'ON', 'K')]
LETTERS = 'ABCEGHJKLMNPRSTVXY'

EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
             'novembre', 'décembre']


def load_nams():
    people = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            last, first, dob, sex, nam = line.split()
            people.append(dict(last=last, first=first, dob=dt.date.fromisoformat(dob), sex=sex, nam=nam))
    return people


def postal(rng, first_letter):
    return '%s%d%s %d%s%d' % (first_letter, rng.randint(0, 9), rng.choice(LETTERS), rng.randint(0, 9),
                              rng.choice(LETTERS), rng.randint(0, 9))


def phone(rng, area=None):
    area = area or rng.choice(['514', '438', '450', '613', '819'])
    return '%s-555-%04d' % (area, rng.randint(100, 199))


def make_ohn(rng):
    while True:
        body = str(rng.randint(1, 9)) + ''.join(str(rng.randint(0, 9)) for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def make_sin(rng):
    while True:
        body = str(rng.choice([1, 2, 3, 4, 5, 6, 7, 9])) + ''.join(str(rng.randint(0, 9)) for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randint(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        pre = ('2' + base) if dob.year >= 2000 else base
        num = base + '%02d' % (97 - int(pre) % 97)
        if be_nn.is_valid(num):
            return num


def make_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([1, 6, 13, 31, 33, 35, 38, 44, 59, 67, 69, 75, 76, 92, 93, 94])
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randint(1, 990) + \
            '%03d' % rng.randint(1, 999)
        num = body + fr_nir.calc_check_digits(body)
        if fr_nir.is_valid(num):
            return num


def make_mrn(rng):
    return '%07d' % rng.randint(100000, 9899999)


class People:
    def __init__(self, seed):
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        random.Random('%s-namorder' % seed).shuffle(order)
        self.order = order
        self.i = 0

    def nam_patient(self, rng, child=None):
        """Next NAM person (round robin over a shuffled list); child=True/False filters by age."""
        for _ in range(len(self.order) * 2):
            p = dict(self.nams[self.order[self.i % len(self.order)]])
            self.i += 1
            age = 2024 - p['dob'].year
            if child is True and age > 17:
                continue
            if child is False and age < 18:
                continue
            return self._enrich(rng, p, quebec=True)
        p = dict(self.nams[self.order[self.i % len(self.order)]])
        return self._enrich(rng, p, quebec=True)

    def gen_patient(self, rng, child=False, quebec=False):
        sex = rng.choice('FM')
        if child:
            first = rng.choice(CHILD_F if sex == 'F' else CHILD_M)
            dob = dt.date(rng.randint(2009, 2022), rng.randint(1, 12), rng.randint(1, 28))
        else:
            first = rng.choice(PAT_FIRST_F if sex == 'F' else PAT_FIRST_M)
            dob = dt.date(rng.randint(1934, 1995), rng.randint(1, 12), rng.randint(1, 28))
        p = dict(last=rng.choice(PAT_LAST), first=first, dob=dob, sex=sex, nam=None)
        return self._enrich(rng, p, quebec=quebec)

    def _enrich(self, rng, p, quebec):
        if quebec:
            city, prov, pl = rng.choice(CITIES_QC)
            street = '%d %s' % (rng.randint(12, 9800), rng.choice(STREETS_MTL))
            area = rng.choice(['514', '438', '450'])
        else:
            city, prov, pl = rng.choice(CITIES_ON)
            street = '%d %s' % (rng.randint(12, 9800), rng.choice(STREETS_OTT))
            area = '613'
        if rng.random() < 0.3:
            street = ('app. %d, ' if quebec else 'Apt %d, ') % rng.randint(1, 40) + street
        p.update(street=street, city=city, prov=prov, postal=postal(rng, pl), phone=phone(rng, area),
                 mrn=make_mrn(rng), ohn=make_ohn(rng), sin=make_sin(rng))
        p['addr'] = '%s, %s %s %s' % (p['street'], p['city'], p['prov'], p['postal'])
        return p


def staff(rng, fr=False, title=None):
    first = rng.choice(STAFF_FIRST_FR if (fr or rng.random() < 0.25) else STAFF_FIRST_EN)
    last = rng.choice(STAFF_LAST)
    s = dict(first=first, last=last)
    local = re.sub(r'[^a-z.]', '', strip_accents('%s.%s' % (first, last)).lower())
    s['email'] = '%s@%s' % (local, DOM)
    s['name'] = '%s %s' % (first, last)
    s['title'] = title
    s['disp'] = ('%s %s' % (title, s['name'])) if title else s['name']
    return s


def strip_accents(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


# ---------------------------------------------------------------- formatting helpers
def pname(rng, p, fr=False, styles=None):
    styles = styles or ['full', 'full', 'title', 'surfirst', 'upper', 'initial_title']
    st = rng.choice(styles)
    if fr:
        t = 'Mme' if p['sex'] == 'F' else 'M.'
    else:
        t = rng.choice(['Mrs.', 'Ms.', 'Ms']) if p['sex'] == 'F' else rng.choice(['Mr.', 'Mr'])
    if st == 'full':
        return '%s %s' % (p['first'], p['last'])
    if st == 'title':
        return '%s %s %s' % (t, p['first'], p['last'])
    if st == 'surfirst':
        return '%s, %s' % (p['last'], p['first'])
    if st == 'upper':
        return '%s %s' % (p['last'].upper(), p['first'])
    if st == 'initial_title':
        return '%s %s. %s' % (t, p['first'][0], p['last'])
    return '%s %s' % (p['first'], p['last'])


def fdob(rng, d, fr=False):
    st = rng.randint(0, 4)
    if st == 0:
        return d.isoformat()
    if st == 1:
        return d.strftime('%d/%m/%Y')
    if st == 2:
        return ('%d %s %d' % (d.day, FR_MONTHS[d.month - 1], d.year)) if fr else \
            ('%s %d, %d' % (EN_MONTHS[d.month - 1], d.day, d.year))
    if st == 3:
        return d.strftime('%Y/%m/%d')
    return d.strftime('%d-%m-%Y')


def fnam(rng, nam, disguise=0.35):
    if rng.random() >= disguise:
        return nam
    st = rng.randint(0, 3)
    if st == 0:
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if st == 1:
        return ('%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])).lower()
    if st == 2:
        return '%s %s' % (nam[:4], nam[4:])
    return ' '.join(nam[:4]) + ' ' + nam[4:]


def fohn(rng, ohn):
    st = rng.randint(0, 3)
    vc = ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))
    if st == 0:
        return '%s-%s-%s' % (ohn[:4], ohn[4:7], ohn[7:])
    if st == 1:
        return '%s %s %s %s' % (ohn[:4], ohn[4:7], ohn[7:], vc)
    if st == 2:
        return ohn + vc
    return ohn


def fsin(rng, s):
    st = rng.randint(0, 2)
    return ['%s %s %s' % (s[:3], s[3:6], s[6:]), '%s-%s-%s' % (s[:3], s[3:6], s[6:]), s][st]


def fmrn(rng, m, fr=False):
    st = rng.randint(0, 3)
    if st == 0:
        return ('Dossier %s' if fr else 'MRN %s') % m
    if st == 1:
        return ('no de dossier : %s' if fr else 'chart # %s') % m
    if st == 2:
        return ('# dossier %s-%s' if fr else 'MRN: %s-%s') % (m[:3], m[3:])
    return ('dossier H%s' if fr else 'Hosp# H%s') % m


def age(d, ref=dt.date(2024, 6, 1)):
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def sig(rng, s, role, site='mtl', fr=False):
    addr = MTL_ADDR if site == 'mtl' else OTT_ADDR
    tel = '514-555-01%02d' % rng.randint(0, 99) if site == 'mtl' else '613-555-01%02d' % rng.randint(0, 99)
    lines = ['--', s['disp'], role, ORG_FR if fr else ORG, addr,
             ('Tél. : %s poste %d' if fr else 'Tel: %s ext. %d') % (tel, rng.randint(2000, 7999))]
    if rng.random() < 0.4:
        lines.append('Fax: %s' % tel.replace('-01', '-09'))
    if rng.random() < 0.3:
        lines.append('CONFIDENTIALITÉ : ce message peut contenir des renseignements confidentiels.' if fr else
                     'This e-mail may contain confidential information. If received in error, please delete it.')
    return '\n'.join(lines)


def quote_block(text, who, when, fr=False):
    head = ('Le %s, %s a écrit :' if fr else 'On %s, %s wrote:') % (when, who)
    return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))


def forward_block(text, frm, to, subject, when, fr=False):
    if fr:
        head = '---------- Message transféré ----------\nDe : %s\nDate : %s\nObjet : %s\nÀ : %s\n' % (
            frm, when, subject, to)
    else:
        head = '---------- Forwarded message ---------\nFrom: %s\nDate: %s\nSubject: %s\nTo: %s\n' % (
            frm, when, subject, to)
    return head + '\n' + text


def text_to_html(text):
    out = []
    for para in text.split('\n\n'):
        out.append('<p>' + '<br>\n'.join(html.escape(l) for l in para.split('\n')) + '</p>')
    return ('<html><body style="font-family:Calibri,Arial,sans-serif">\n' +
            '\n'.join(out) + '\n</body></html>')


def html_table(headers, rows):
    h = ''.join('<th style="border:1px solid #999;padding:3px">%s</th>' % html.escape(str(x)) for x in headers)
    body = ''.join('<tr>' + ''.join('<td style="border:1px solid #999;padding:3px">%s</td>' %
                                    html.escape(str(c)) for c in r) + '</tr>\n' for r in rows)
    return '<table style="border-collapse:collapse">\n<tr>%s</tr>\n%s</table>' % (h, body)


def text_table(headers, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(headers, *rows)]
    fmt = '  '.join('%%-%ds' % w for w in widths)
    lines = [fmt % tuple(headers), '  '.join('-' * w for w in widths)]
    lines += [fmt % tuple(str(c) for c in r) for r in rows]
    return '\n'.join(l.rstrip() for l in lines)


def msg_date(rng):
    d = dt.datetime(2024, 1, 8, 7, 0, tzinfo=TZ_E) + dt.timedelta(days=rng.randint(0, 300),
                                                                  minutes=rng.randint(0, 11 * 60))
    return d


def when_str(d, fr=False):
    if fr:
        return '%d %s %d à %02d h %02d' % (d.day, FR_MONTHS[d.month - 1], d.year, d.hour, d.minute)
    return '%s, %s %d, %d at %d:%02d' % (d.strftime('%a'), EN_MONTHS[d.month - 1][:3], d.day, d.year,
                                        d.hour % 12 or 12, d.minute) + (' PM' if d.hour >= 12 else ' AM')


# ---------------------------------------------------------------- attachments
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                c = content.decode('utf-8')
                c = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>2024-05-01T09:00:00Z\2', c)
                c = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>2024-05-01T09:00:00Z\2', c)
                content = c.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content if isinstance(content, bytes) else content.encode('utf-8'))
    return out.getvalue()


def make_pdf(title, lines, table=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(ORG)
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(60, y, title)
    y -= 26
    c.setFont('Helvetica', 10)

    def line(s, x=60):
        nonlocal y
        if y < 60:
            c.showPage()
            c.setFont('Helvetica', 10)
            y = 740
        c.drawString(x, y, s)
        y -= 14
    for l in lines:
        while len(l) > 95:
            cut = l.rfind(' ', 0, 95)
            cut = cut if cut > 0 else 95
            line(l[:cut])
            l = l[cut:].lstrip()
        line(l)
    if table:
        y -= 6
        for r in table:
            line('   '.join(str(x) for x in r))
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None):
    import docx
    d = docx.Document()
    d.core_properties.created = FIXED_DT
    d.core_properties.modified = FIXED_DT
    d.core_properties.last_printed = FIXED_DT
    d.core_properties.author = 'MRRUHN'
    d.core_properties.last_modified_by = 'MRRUHN'
    d.core_properties.title = title
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'MRRUHN'
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics_dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def make_ics(uid, summary, description, start, minutes, location, organizer, attendees):
    end = start + dt.timedelta(minutes=minutes)
    desc = description.replace('\\', '\\\\').replace('\n', '\\n').replace(',', '\\,').replace(';', '\\;')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//MRRUHN//Scheduling 4.2//EN', 'VERSION:2.0', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20240501T130000Z',
             'DTSTART;TZID=America/Toronto:%s' % ics_dt(start), 'DTEND;TZID=America/Toronto:%s' % ics_dt(end),
             'SUMMARY:%s' % summary.replace(',', '\\,'), 'DESCRIPTION:%s' % desc,
             'LOCATION:%s' % location.replace(',', '\\,'), 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for n, e in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (n, e))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for l in lines:
        while len(l.encode('utf-8')) > 74:
            cut = 73
            while len(l[:cut].encode('utf-8')) > 73:
                cut -= 1
            folded.append(l[:cut])
            l = ' ' + l[cut:]
        folded.append(l)
    return '\r\n'.join(folded) + '\r\n'


def make_vcf(first, last, org=None, title=None, tel=None, cell=None, adr=None, email_=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel)
    if cell:
        lines.append('TEL;TYPE=CELL:%s' % cell)
    if adr:
        street, city, prov, pc = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), city, prov, pc))
    if email_:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email_)
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- MIME building
def pick_charset(rng, text, fr):
    if fr:
        cs = rng.choice(['iso-8859-1', 'windows-1252', 'utf-8', 'utf-8'])
    else:
        cs = rng.choice(['utf-8', 'utf-8', 'windows-1252', 'us-ascii', 'iso-8859-1'])
    try:
        text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
    return cs


def text_part(text, subtype, charset, cte):
    p = MIMENonMultipart('text', subtype, charset=charset)
    raw = text.encode(charset)
    if cte == '7bit' and not raw.isascii():
        cte = 'quoted-printable'
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw).decode('ascii')
    elif cte == 'base64':
        payload = base64.encodebytes(raw).decode('ascii')
    elif cte == '8bit':
        payload = raw.decode('ascii', 'surrogateescape')
    else:
        payload = raw.decode('ascii')
    p.set_payload(payload)
    p['Content-Transfer-Encoding'] = cte
    return p


def hdr(s, charset):
    if s.isascii():
        return s
    return Header(s, 'utf-8' if charset in ('us-ascii',) else charset).encode()


def addr(name, email_):
    return formataddr((name, email_), charset='utf-8')


def build_message(spec, rng):
    fr = spec.get('lang') == 'fr'
    text = spec.get('text', '')
    html_body = spec.get('html')
    mode = spec.get('mode')
    if mode is None:
        r = rng.random()
        mode = 'plain' if r < 0.5 else ('alt' if r < 0.8 else 'html')
    if mode in ('alt', 'html') and html_body is None:
        html_body = text_to_html(text)
    charset = spec.get('charset') or pick_charset(rng, text + (html_body or '') + spec['subject'], fr)
    try:
        (text + (html_body or '')).encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    cte = spec.get('cte') or rng.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
    if charset == 'us-ascii':
        cte = '7bit'
    if mode == 'plain':
        body = text_part(text, 'plain', charset, cte)
    elif mode == 'html':
        body = text_part(html_body, 'html', charset, cte)
    else:
        body = MIMEMultipart('alternative')
        body.attach(text_part(text, 'plain', charset, cte))
        body.attach(text_part(html_body, 'html', charset, cte))
    atts = spec.get('attachments') or []
    if atts:
        msg = MIMEMultipart('mixed')
        msg.attach(body)
        for a in atts:
            msg.attach(attachment_part(a, rng))
    else:
        msg = body
    d = spec.get('date') or msg_date(rng)
    msg['From'] = addr(*spec['from'])
    msg['To'] = ', '.join(addr(*t) for t in spec['to'])
    if spec.get('cc'):
        msg['Cc'] = ', '.join(addr(*t) for t in spec['cc'])
    msg['Subject'] = hdr(spec['subject'], charset)
    msg['Date'] = format_datetime(d)
    mid = hashlib.sha1((spec['subject'] + spec['from'][1] + format_datetime(d)).encode('utf-8')).hexdigest()[:20]
    msg['Message-ID'] = '<%s@%s>' % (mid, spec['from'][1].split('@')[1])
    if spec.get('in_reply_to'):
        msg['In-Reply-To'] = spec['in_reply_to']
        msg['References'] = spec['in_reply_to']
    for part in msg.walk():
        del part['MIME-Version']
    msg['MIME-Version'] = '1.0'
    for k, v in spec.get('headers', []):
        msg[k] = v
    for part in msg.walk():
        if part.get_content_maintype() == 'multipart' and part.get_boundary() is None:
            tok = '%032x' % rng.getrandbits(128)
            part.set_boundary(rng.choice(['----=_Part_%d_%s' % (rng.randint(1000, 99999), tok[:16]),
                                          '_000_%s_' % tok.upper()[:28], '=-%s' % tok[:22],
                                          '===============%s==' % str(int(tok[:15], 16))]))
    # move MIME headers after the envelope headers for realism
    for k in ('Content-Type', 'Content-Transfer-Encoding'):
        v = msg.get(k)
        if v is not None:
            del msg[k]
            msg[k] = v
    return msg


def attachment_part(a, rng):
    kind = a['kind']
    fname = a['filename']
    if kind == 'text':
        cs = a.get('charset', 'utf-8')
        p = text_part(a['text'], a['subtype'], cs, a.get('cte', 'base64' if not a['text'].isascii() else '7bit'))
        if a['subtype'] == 'calendar':
            p.set_param('method', 'REQUEST')
    elif kind == 'eml':
        p = MIMEMessage(a['msg'])
    else:
        maintype, subtype = a['mime'].split('/')
        p = MIMEBase(maintype, subtype)
        p.set_payload(base64.encodebytes(a['data']).decode('ascii'))
        p['Content-Transfer-Encoding'] = 'base64'
    if fname.isascii():
        p.add_header('Content-Disposition', 'attachment', filename=fname)
        if kind == 'bytes':
            p.set_param('name', fname)
    else:
        p.add_header('Content-Disposition', 'attachment', filename=('utf-8', '', fname))
    return p


def serialize(msg, crlf):
    pol = email.policy.compat32.clone(linesep='\r\n' if crlf else '\n', max_line_length=78)
    buf = io.BytesIO()
    g = email.generator.BytesGenerator(buf, mangle_from_=False, policy=pol)
    g.flatten(msg)
    return buf.getvalue()


import email.generator  # noqa: E402

MIME_PDF = 'application/pdf'
MIME_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
MIME_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
MIME_ZIP = 'application/zip'


def att_bytes(data, mime, filename):
    return dict(kind='bytes', data=data, mime=mime, filename=filename)


def att_text(text, subtype, filename, charset='utf-8'):
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
    return dict(kind='text', text=text, subtype=subtype, filename=filename, charset=charset)


def ext(name, dom):
    bare = re.sub(r'^(dr|dre|me|mr|mrs|ms)\.?\s+', '', strip_accents(name).lower())
    local = re.sub(r'\.+', '.', re.sub(r'[^a-z]+', '.', bare)).strip('.')
    return (name, '%s@%s' % (local, dom))


def me(s):
    return (s['disp'] if s.get('title') else s['name'], s['email'])


# ================================================================= clinical vocab
ONC = [('metastatic colorectal adenocarcinoma', 'FOLFOX', 'oxaliplatin 85 mg/m2 + 5-FU'),
       ('stage III breast cancer (HER2+)', 'AC-TH', 'trastuzumab 6 mg/kg'),
       ('diffuse large B-cell lymphoma', 'R-CHOP', 'rituximab 375 mg/m2'),
       ('non-small cell lung cancer, stage IV', 'carboplatin/pemetrexed', 'pembrolizumab 200 mg'),
       ('pancreatic adenocarcinoma', 'FOLFIRINOX', 'irinotecan 180 mg/m2'),
       ('multiple myeloma', 'VRd', 'bortezomib 1.3 mg/m2 + lenalidomide 25 mg')]
ONC_FR = [('adénocarcinome colorectal métastatique', 'FOLFOX', 'oxaliplatine 85 mg/m2'),
          ('cancer du sein HER2+ stade III', 'AC-TH', 'trastuzumab 6 mg/kg'),
          ('lymphome diffus à grandes cellules B', 'R-CHOP', 'rituximab 375 mg/m2'),
          ('cancer du poumon non à petites cellules stade IV', 'carboplatine/pémétrexed', 'pembrolizumab 200 mg'),
          ('myélome multiple', 'VRd', 'bortézomib 1,3 mg/m2')]
CARDIO = [('atrial fibrillation with RVR', 'apixaban 5 mg BID'), ('NSTEMI, 3-vessel CAD', 'ticagrelor 90 mg BID'),
          ('heart failure with reduced EF (LVEF 25%)', 'sacubitril/valsartan 49/51 mg BID'),
          ('severe aortic stenosis', 'furosemide 40 mg daily'),
          ('complete heart block, s/p pacemaker', 'metoprolol 25 mg BID')]
RENAL = ['ESRD secondary to diabetic nephropathy', 'IgA nephropathy, CKD stage 5', 'polycystic kidney disease',
         'hypertensive nephrosclerosis', 'lupus nephritis class IV']
RENAL_FR = ['IRC terminale sur néphropathie diabétique', 'polykystose rénale', 'néphroangiosclérose',
            'néphropathie à IgA stade 5']
PAEDS = [('type 1 diabetes', 'insulin glargine 12 units qHS + lispro per scale'),
         ('epilepsy (absence seizures)', 'ethosuximide 250 mg BID'),
         ('severe persistent asthma', 'fluticasone/salmeterol 125/25 2 puffs BID'),
         ('cystic fibrosis', 'dornase alfa 2.5 mg daily'),
         ('ADHD', 'methylphenidate ER 18 mg daily')]
PAEDS_FR = [('diabète de type 1', 'insuline glargine 10 unités HS'),
            ('épilepsie', 'lévétiracétam 250 mg BID'), ('asthme sévère', 'fluticasone 125 mcg 2 inh. BID'),
            ('allergie aux arachides (anaphylaxie)', 'EpiPen Jr 0,15 mg'), ('fibrose kystique', 'dornase alfa 2,5 mg DIE')]
GENES = [('BRCA2', 'c.5946delT (p.Ser1982Argfs*22)', 'hereditary breast and ovarian cancer syndrome'),
         ('MLH1', 'c.1852_1854del (p.Lys618del)', 'Lynch syndrome'),
         ('MYBPC3', 'c.1504C>T (p.Arg502Trp)', 'hypertrophic cardiomyopathy'),
         ('PKD1', 'c.12010C>T (p.Gln4004*)', 'autosomal dominant polycystic kidney disease'),
         ('BRCA1', 'c.68_69delAG', 'hereditary breast and ovarian cancer syndrome')]
GENES_FR = [('BRCA2', 'c.5946delT', 'syndrome sein-ovaire héréditaire'), ('MLH1', 'c.1852_1854del', 'syndrome de Lynch'),
            ('MYBPC3', 'c.1504C>T', 'cardiomyopathie hypertrophique'), ('PKD1', 'c.12010C>T', 'polykystose rénale autosomique dominante')]
LANGS = ['Tigrinya', 'Arabic', 'Mandarin', 'Vietnamese', 'Spanish', 'Dari', 'Portuguese', 'Inuktitut',
         'Haitian Creole', 'Punjabi']
SOCIAL_EN = ['lives alone in a 3rd floor walk-up, no elevator; daughter lives in Toronto',
             'recently separated; currently staying with a friend, no fixed address after the 30th',
             'husband has advanced dementia and she is his sole caregiver',
             'lost his job in March, behind on rent, eviction notice received',
             'history of alcohol use disorder, 6 months sober, attends AA',
             'refugee claimant, arrived 2023, limited income support',
             'disclosed intimate partner violence at last visit; safety plan in place']
SOCIAL_FR = ['vit seule au 3e étage sans ascenseur, aucun proche à proximité',
             'proche aidante épuisée de son conjoint atteint d\'Alzheimer',
             'a perdu son emploi, retard de loyer, avis d\'éviction reçu',
             'demandeur d\'asile, revenu très limité, hébergé chez un cousin',
             'consommation d\'alcool problématique, suivi au CRD',
             'situation de violence conjugale rapportée, plan de sécurité élaboré']


# ================================================================= positive templates
def P_onc_gp_update(rng, ppl):
    p = ppl.nam_patient(rng, child=False) if rng.random() < 0.5 else ppl.gen_patient(rng)
    dx, reg, drug = rng.choice(ONC)
    doc = staff(rng, title='Dr.')
    gp = ext('Dr. ' + rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST), 'familymed-clinic.example')
    types = ['patient_name', 'diagnosis', 'medication', 'lab_result']
    ident = []
    if rng.random() < 0.7:
        ident.append('DOB %s' % fdob(rng, p['dob']))
        types.append('date_of_birth')
    if p['nam'] and rng.random() < 0.6:
        ident.append('RAMQ %s' % fnam(rng, p['nam']))
        types.append('ramq_nam')
    else:
        ident.append(fmrn(rng, p['mrn']))
        types.append('mrn')
    anc = round(rng.uniform(0.6, 3.5), 1)
    plt = rng.randint(65, 310)
    name = pname(rng, p)
    cyc = rng.randint(2, 8)
    text = ('Dear %s,\n\nRe: %s (%s)\n\nI saw your patient in the oncology day hospital today for cycle %d of %s '
            'for %s. Tolerance has been %s. Pre-treatment bloodwork: ANC %s x10^9/L, platelets %d x10^9/L, '
            'creatinine %d umol/L.\n\n%s\n\nNext cycle is booked in two weeks. Please do not hesitate to call.\n\n'
            'Best regards,\n\n%s') % (
        gp[0], name, ', '.join(ident), cyc, reg, dx,
        rng.choice(['reasonable apart from grade 1 neuropathy', 'poor, with grade 2 diarrhea',
                    'good overall', 'acceptable; some fatigue and mucositis']),
        anc, plt, rng.randint(55, 130),
        rng.choice(['We will continue at full dose (%s).' % drug,
                    'Given the counts I have reduced the dose by 20%% (%s).' % drug,
                    'Treatment delayed one week; %s to resume thereafter.' % drug]),
        sig(rng, doc, 'Medical Oncology'))
    subj = rng.choice(['Oncology update - %s' % name, 'Re: your patient %s' % p['last'], 'Consult follow-up',
                       'Cycle %d update' % cyc])
    return dict(from_=me(doc), to=[gp], subject=subj, text=text), types, 'oncology update to family physician'


def P_cardio_referral_docx(rng, ppl):
    p = ppl.gen_patient(rng)
    dx, med = rng.choice(CARDIO)
    doc = staff(rng, title='Dr.')
    sec = staff(rng)
    name = pname(rng, p)
    letter = [
        'Date: %s' % msg_date(rng).strftime('%Y-%m-%d'),
        'Patient: %s %s' % (p['first'], p['last']), 'Date of birth: %s' % fdob(rng, p['dob']),
        'Ontario health number: %s' % fohn(rng, p['ohn']), 'Address: %s' % p['addr'],
        'Reason for referral: %s. Currently on %s.' % (dx, med),
        'Recent investigations: troponin %d ng/L, NT-proBNP %d pg/mL, echo pending.' % (
            rng.randint(8, 900), rng.randint(120, 9000)),
        'Thank you for seeing this patient at the Rideau Campus cardiology clinic.', doc['disp']]
    data = make_docx('Cardiology referral', letter)
    fn = rng.choice(['referral_%s.docx' % p['last'].lower(), 'Referral letter.docx', 'cardio_ref_%s_%s.docx' % (
        p['last'], p['first'])])
    text = '%s\n\nPlease find attached the referral letter for %s. Kindly confirm receipt.\n\nThanks,\n%s' % (
        rng.choice(['Hello,', 'Good morning,', 'Hi team,']), name,
        sig(rng, sec, 'Medical Secretary, Cardiology', site='ott'))
    return dict(from_=me(sec), to=[('Cardiology Intake', 'cardio.intake@' + DOM)], subject='Referral - ' + name,
                text=text, attachments=[att_bytes(data, MIME_DOCX, fn)]), \
        ['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis', 'medication',
         'lab_result'], 'cardiology referral letter (docx) with OHN'


def P_dialysis_transport_csv(rng, ppl):
    n = rng.randint(3, 6)
    rows = [['Surname', 'Given name', 'Address', 'Phone', 'Days', 'Chair time', 'Mobility', 'Notes']]
    for i in range(n):
        p = ppl.gen_patient(rng, quebec=rng.random() < 0.5)
        rows.append([p['last'].upper(), p['first'], p['addr'], p['phone'], rng.choice(['MWF', 'TTS']),
                     rng.choice(['06:45', '11:30', '16:15']), rng.choice(['ambulatory', 'wheelchair', 'walker',
                                                                          'stretcher']),
                     rng.choice(['on home O2 2L', 'BKA left leg', 'blind - needs escort', 'dementia, wife meets',
                                 '', 'insulin-dependent diabetic, bring snack'])])
    co = staff(rng)
    text = ('Hi,\n\nAttached is the updated haemodialysis transport list for next week (%d new / changed). '
            'Please confirm the pickups by end of day.\n\n%s') % (n, sig(rng, co, 'Unit Clerk, Haemodialysis',
                                                                         site=rng.choice(['mtl', 'ott'])))
    return dict(from_=me(co), to=[('Dispatch', 'dispatch@transport-adapte.example')],
                subject=rng.choice(['HD transport list', 'Dialysis runs - updated list', 'transport wk %d' %
                                    rng.randint(10, 45)]), text=text,
                attachments=[att_text(make_csv(rows, rng.choice([',', ';'])), 'csv', 'hd_transport.csv',
                                      rng.choice(['utf-8', 'windows-1252']))]), \
        ['patient_name', 'patient_contact', 'diagnosis'], 'dialysis transport roster CSV'


def P_dialysis_labs_xlsx(rng, ppl):
    rows = [['MRN', 'Patient', 'Hb (g/L)', 'K (mmol/L)', 'PO4', 'PTH (pmol/L)', 'Kt/V', 'Ferritin']]
    for i in range(rng.randint(6, 12)):
        p = ppl.gen_patient(rng)
        rows.append([p['mrn'], '%s, %s' % (p['last'], p['first']), rng.randint(82, 131),
                     round(rng.uniform(3.6, 6.8), 1), round(rng.uniform(0.9, 2.6), 2), rng.randint(8, 95),
                     round(rng.uniform(1.0, 1.8), 2), rng.randint(80, 900)])
    neph = staff(rng, title='Dr.')
    rn = staff(rng)
    data = make_xlsx([('Monthly', rows)])
    text = 'Hi %s,\n\n%s\n\n%s' % (neph['first'], rng.choice([
        'Monthly bloodwork for the HD unit attached for rounds on Thursday. A few high potassiums flagged.',
        'Here are the March labs as requested.', 'Labs attached. Let me know if you want the ESA doses adjusted.']),
        sig(rng, rn, 'Nurse Clinician, Nephrology'))
    return dict(from_=me(rn), to=[me(neph)], subject=rng.choice(['HD monthly labs', 'labs for rounds', 'Re: bloodwork']),
                text=text, attachments=[att_bytes(data, MIME_XLSX, 'HD_monthly_labs.xlsx')]), \
        ['patient_name', 'mrn', 'lab_result'], 'dialysis monthly lab spreadsheet'


def P_paeds_reply(rng, ppl):
    use_nam = rng.random() < 0.4
    p = ppl.nam_patient(rng, child=True) if use_nam else ppl.gen_patient(rng, child=True)
    dx, med = rng.choice(PAEDS)
    res = staff(rng, title='Dr.')
    gp = ext(rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST), 'kidsclinic-westend.example')
    d0 = msg_date(rng)
    parent = rng.choice(['mother', 'father', 'grandmother', 'foster mother'])
    orig = ('Hello,\n\nI am following %s %s (DOB %s) for %s. The %s reports more episodes at school this month. '
            'Could the clinic see %s sooner than planned? %s can be reached at %s.\n\nThank you,\n%s') % (
        p['first'], p['last'], fdob(rng, p['dob']), dx, parent, 'her' if p['sex'] == 'F' else 'him',
        parent.capitalize(), p['phone'], gp[0])
    types = ['patient_name', 'date_of_birth', 'diagnosis', 'medication', 'patient_contact']
    extra = ''
    if use_nam and rng.random() < 0.7:
        extra = ' (RAMQ %s)' % fnam(rng, p['nam'])
        types.append('ramq_nam')
    reply = ('Hi %s,\n\nThanks for the note. We have moved %s%s up to next %s. In the meantime please continue '
             '%s. If there is any deterioration go to the ED.\n\n%s\n\n%s') % (
        gp[0].split()[0], p['first'], extra, rng.choice(['Tuesday', 'Wednesday', 'Friday']), med,
        sig(rng, res, 'Paediatrics Resident, PGY-%d' % rng.randint(1, 4)),
        quote_block(orig, gp[0], when_str(d0)))
    return dict(from_=me(res), to=[gp], subject='Re: %s - earlier appointment?' % rng.choice([p['first'] + ' ' + p['last'],
                                                                                            'your patient', 'referral']),
                text=reply, in_reply_to='<%s@kidsclinic-westend.example>' % hashlib.sha1(orig.encode()).hexdigest()[:16]), \
        types, 'paediatric reply quoting GP message'


def P_genetics_pdf(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    gene, var, syn = rng.choice(GENES)
    gc = staff(rng)
    lines = ['Genetics Clinic - %s' % ORG, '', 'Patient: %s %s' % (p['first'], p['last']),
             'Sex: %s   Date of birth: %s' % (p['sex'], p['dob'].isoformat()), 'RAMQ: %s' % p['nam'],
             '', 'Test: hereditary cancer / cardiac multigene panel (NGS)',
             'Result: POSITIVE - heterozygous pathogenic variant in %s %s' % (gene, var),
             'Interpretation: consistent with %s. Cascade testing of first-degree relatives recommended.' % syn,
             '', 'Genetic counsellor: %s' % gc['name']]
    data = make_pdf('Molecular genetics report', lines)
    types = ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'lab_result']
    subj = rng.choice(['Result letter for counselling appt', 'Genetics result - %s' % p['last'], 'report attached'])
    text = '%s\n\nAttached is the report for the disclosure appointment next week. %s\n\n%s' % (
        rng.choice(['Hi Dr. %s,' % rng.choice(STAFF_LAST), 'Hello,']),
        rng.choice(['The patient asked that we also send a copy to her sister\'s clinic - please advise.',
                    'Please file in the chart.', 'We can discuss at team huddle.']),
        sig(rng, gc, 'Genetic Counsellor, Medical Genetics'))
    fn = rng.choice(['genetics_report.pdf', '%s_%s_result.pdf' % (p['last'], gene)])
    return dict(from_=me(gc), to=[('Medical Genetics', 'genetics@' + DOM)], subject=subj, text=text,
                attachments=[att_bytes(data, MIME_PDF, fn)]), types, 'genetics result PDF with NAM'


def P_research_csv(rng, ppl):
    proto = 'MRR-%s-%03d' % (rng.choice(['ONC', 'CARD', 'NEPH']), rng.randint(10, 250))
    rows = [['Study ID', 'Participant name', 'DOB', 'Arm', 'Visit', 'AE (CTCAE)', 'Concomitant meds']]
    for i in range(rng.randint(4, 8)):
        p = ppl.gen_patient(rng)
        rows.append(['%s-%03d' % (proto[-3:], i + 1), '%s %s' % (p['first'], p['last']), p['dob'].isoformat(),
                     rng.choice(['A', 'B']), 'V%d' % rng.randint(2, 9),
                     rng.choice(['none', 'nausea gr 2', 'neutropenia gr 3', 'rash gr 1', 'hypertension gr 2']),
                     rng.choice(['metformin', 'atorvastatin 20 mg', 'none', 'ondansetron prn', 'warfarin'])])
    crc = staff(rng)
    text = ('Hi pharmacy team,\n\nFor study %s, attached is the participant list for the dispensing check this '
            'week. Note that several participants are also clinic patients, so please match them against the '
            'pharmacy profile.\n\n%s') % (proto, sig(rng, crc, 'Clinical Research Coordinator'))
    return dict(from_=me(crc), to=[('Investigational Drug Service', 'ids.pharmacy@' + DOM)],
                subject='%s participant list' % proto, text=text,
                attachments=[att_text(make_csv(rows), 'csv', '%s_participants.csv' % proto)]), \
        ['patient_name', 'date_of_birth', 'diagnosis', 'medication'], 'research participant list with names'


def P_interpreter(rng, ppl):
    p = ppl.gen_patient(rng, quebec=rng.random() < 0.5)
    lang = rng.choice(LANGS)
    clerk = staff(rng)
    dx = rng.choice(['discussion of cancer recurrence', 'dialysis start teaching', 'results of cardiac cath',
                     'genetic test disclosure', 'palliative care family meeting'])
    social = rng.choice(['Son usually interprets but works nights; patient prefers a female interpreter.',
                         'Patient is a refugee claimant and has no phone credit - call the shelter number.',
                         'Husband does not want her told the diagnosis; social work involved.'])
    text = ('Interpreter request\n\nPatient: %s\n%s\nLanguage: %s\nAppointment: %s %s, %s clinic\nPurpose: %s\n'
            'Contact: %s\nNotes: %s\n\nThank you,\n%s') % (
        pname(rng, p), fmrn(rng, p['mrn']), lang, rng.choice(['Tuesday', 'Thursday', 'Monday']),
        rng.choice(['9:00', '13:30', '10:15']), rng.choice(['Oncology', 'Nephrology', 'Cardiology', 'Genetics']),
        dx, p['phone'], social, sig(rng, clerk, 'Clinic Clerk'))
    return dict(from_=me(clerk), to=[('Interpreter Services', 'interpreters@' + DOM)],
                subject=rng.choice(['Interpreter needed - %s' % lang, 'booking request', 'Interp. %s %s' % (
                    lang, p['last'])]), text=text), \
        ['patient_name', 'mrn', 'diagnosis', 'patient_contact', 'social_information'], 'interpreter booking'


def P_social_work(rng, ppl):
    p = ppl.gen_patient(rng, quebec=rng.random() < 0.5)
    sw = staff(rng)
    soc = rng.choice(SOCIAL_EN)
    dx = rng.choice(RENAL + ['metastatic breast cancer', 'heart failure', 'newly diagnosed leukemia'])
    text = ('Hello %s,\n\nI am the social worker following %s, %d y.o. (DOB %s), known for %s. %s. '
            'She/he has agreed to a referral to your organisation. Best number to reach: %s.\n\n'
            'Could someone contact them this week?\n\nKind regards,\n%s') % (
        rng.choice(['Ms. Ferland', 'team', 'intake worker']), pname(rng, p), age(p['dob']),
        fdob(rng, p['dob']), dx, soc[0].upper() + soc[1:], p['phone'], sig(rng, sw, 'Social Worker, MSW'))
    text = text.replace('She/he', 'She' if p['sex'] == 'F' else 'He')
    return dict(from_=me(sw), to=[('Intake', 'intake@community-housing.example')],
                subject=rng.choice(['Referral', 'Community support referral', 'Re: intake']), text=text), \
        ['patient_name', 'date_of_birth', 'diagnosis', 'social_information', 'patient_contact'], 'social work referral'


def P_records_release_fwd(rng, ppl):
    p = ppl.gen_patient(rng)
    rr = staff(rng)
    ins = ext(rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST), 'greatnorth-insurance.example')
    d0 = msg_date(rng)
    dx = rng.choice(['myocardial infarction', 'major depressive episode', 'lumbar disc herniation',
                     'breast cancer', 'stroke'])
    orig = ('Please provide copies of all records for our claimant:\n\nName: %s %s\nDate of birth: %s\nSIN: %s\n'
            'Claim no.: GN-%d\n\nThe claim concerns disability following %s in %d. Signed authorization attached.\n\n'
            '%s\nDisability Claims Examiner') % (p['first'], p['last'], fdob(rng, p['dob']), fsin(rng, p['sin']),
                                                  rng.randint(100000, 999999), dx, rng.randint(2021, 2023), ins[0])
    text = ('%s, can you pull the chart for this one? ER notes and cardiology/psychiatry consults only, '
            'per the consent.\n\n%s\n\n%s') % (
        rng.choice(['Hi ' + rng.choice(STAFF_FIRST_EN), 'Team']), sig(rng, rr, 'Health Records - Release of Information'),
        forward_block(orig, '%s <%s>' % ins, 'records@' + DOM, 'Request for records', when_str(d0)))
    return dict(from_=me(rr), to=[('ROI Clerks', 'roi@' + DOM)], subject='Fwd: Request for records', text=text), \
        ['patient_name', 'date_of_birth', 'ca_sin', 'diagnosis'], 'forwarded insurer records request with SIN'


def P_billing_belgian(rng, ppl):
    p = ppl.gen_patient(rng)
    niss = make_niss(rng, p['dob'], p['sex'])
    bl = staff(rng)
    street = '%s %d' % (rng.choice(['Rue des Tanneurs', 'Avenue Brugmann', 'Kerkstraat', 'Chaussée de Wavre']),
                        rng.randint(2, 180))
    city = rng.choice(['1000 Bruxelles', '4000 Liège', '9000 Gent', '5000 Namur'])
    svc = rng.choice(['emergency visit - distal radius fracture, cast', 'admission 3 days - pneumonia',
                      'cardiac catheterisation - unstable angina', 'ED visit - renal colic, CT abdomen'])
    amount = rng.randint(900, 14000)
    niss_f = rng.choice(['%s.%s.%s-%s.%s' % (niss[:2], niss[2:4], niss[4:6], niss[6:9], niss[9:]), niss])
    lines = ['Statement of account - non-resident patient', 'Patient: %s %s' % (p['first'], p['last']),
             'Belgian national number (NISS): %s' % niss_f, 'Address: %s, %s, Belgium' % (street, city),
             'Service: %s' % svc, 'Amount due: %d.00 CAD' % amount]
    data = make_pdf('Statement of account', lines)
    text = ('Dear Sir or Madam,\n\nPlease find enclosed the statement for %s (NISS %s), treated at our Montréal '
            'campus: %s. Kindly forward to the insurer.\n\n%s') % (
        pname(rng, p), niss_f, svc, sig(rng, bl, 'Patient Accounts - Non-Resident Billing'))
    return dict(from_=me(bl), to=[('Service international', 'international@mutualite-exemple.example')],
                subject='Statement - non-resident patient %s' % p['last'], text=text,
                attachments=[att_bytes(data, MIME_PDF, 'statement_%s.pdf' % p['last'].lower())]), \
        ['patient_name', 'be_niss', 'patient_contact', 'diagnosis'], 'billing Belgian visitor with NISS'


def P_ics_chemo(rng, ppl):
    p = ppl.gen_patient(rng) if rng.random() < 0.6 else ppl.nam_patient(rng, child=False)
    dx, reg, drug = rng.choice(ONC)
    rn = staff(rng)
    start = dt.datetime(2024, rng.randint(2, 11), rng.randint(1, 28), rng.choice([8, 9, 10, 13]), 0)
    summary = 'C%d %s - %s, %s (MRN %s)' % (rng.randint(1, 6), reg, p['last'].upper(), p['first'], p['mrn'])
    desc = 'Dx: %s\nRegimen: %s\nPre-meds: ondansetron 8 mg, dexamethasone 12 mg\nCheck CBC before start.' % (dx, drug)
    ics = make_ics('chemo-%s@%s' % (p['mrn'], DOM), summary, desc, start, rng.choice([120, 240, 360]),
                   'Oncology Day Hospital, chair %d' % rng.randint(1, 24), (rn['name'], rn['email']),
                   [('Chemo Pharmacy', 'chemo.pharm@' + DOM)])
    text = 'Booking attached.\n\n%s' % sig(rng, rn, 'Oncology Day Hospital')
    return dict(from_=me(rn), to=[('Chemo Pharmacy', 'chemo.pharm@' + DOM)], subject='Invitation: ' + summary,
                text=text, attachments=[att_text(ics, 'calendar', 'invite.ics')]), \
        ['patient_name', 'mrn', 'diagnosis', 'medication'], 'ICS chemo booking'


def P_vcard_homecare(rng, ppl):
    p = ppl.gen_patient(rng, quebec=rng.random() < 0.4)
    rn = staff(rng)
    note = rng.choice(['Peritoneal dialysis - 4 exchanges/day. Insulin glargine 20 u HS.',
                       'Home IV antibiotics: ertapenem 1 g daily x 10 days (osteomyelitis).',
                       'Palliative - hydromorphone 2 mg SC q4h prn. DNR.',
                       'Post-op CABG wound check. Apixaban 5 mg BID.'])
    vcf = make_vcf(p['first'], p['last'], tel=p['phone'], adr=(p['street'], p['city'], p['prov'], p['postal']),
                   note=note)
    text = ('Hello,\n\nContact card for the new home care client attached (%s). First visit tomorrow morning. '
            'Key is in the lockbox, code to be given by phone.\n\n%s') % (
        rng.choice(['see notes in the card', 'clinical notes in the card', p['first'] + ' ' + p['last']]),
        sig(rng, rn, 'Liaison Nurse', site='ott'))
    return dict(from_=me(rn), to=[('Scheduling', 'scheduling@ottawahomecare.example')],
                subject=rng.choice(['New client', 'Home care referral', 'vcard']), text=text,
                attachments=[att_text(vcf, 'vcard', '%s_%s.vcf' % (p['first'], p['last']))]), \
        ['patient_name', 'patient_contact', 'diagnosis', 'medication'], 'vCard of patient for home care'


def P_zip_discharge(rng, ppl):
    p = ppl.gen_patient(rng)
    dx, med = rng.choice(CARDIO)
    doc = staff(rng, title='Dr.')
    summ = ('DISCHARGE SUMMARY\nPatient: %s, %s\nMRN: %s\nDOB: %s\nAdmitting diagnosis: %s\n'
            'Discharge medications: %s; atorvastatin 80 mg daily\nFollow-up: cardiology clinic 6 weeks\n') % (
        p['last'].upper(), p['first'], p['mrn'], p['dob'].isoformat(), dx, med)
    labs = make_csv([['test', 'value', 'unit'], ['hs-troponin', rng.randint(5, 2000), 'ng/L'],
                     ['LDL', round(rng.uniform(1.2, 4.8), 1), 'mmol/L'], ['eGFR', rng.randint(25, 95), 'mL/min']])
    z = make_zip([('discharge_summary.txt', summ), ('labs.csv', labs)])
    text = ('Hi,\n\nAs discussed, discharge package for %s attached (zip). Password not needed, internal only.\n\n%s') % (
        rng.choice(['your patient', 'bed 12', p['first'] + ' ' + p['last']]), sig(rng, doc, 'Cardiology'))
    return dict(from_=me(doc), to=[ext('Dr. ' + rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST),
                                       'familymed-clinic.example')],
                subject='Discharge package', text=text,
                attachments=[att_bytes(z, MIME_ZIP, 'discharge_%s.zip' % p['mrn'])]), \
        ['patient_name', 'mrn', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'], 'ZIP discharge bundle'


def P_eml_attached(rng, ppl, build):
    ont = rng.random() < 0.5
    p = ppl.gen_patient(rng) if ont else ppl.nam_patient(rng, child=False)
    gp = ext('Dr. ' + rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST), 'familymed-clinic.example')
    dx = rng.choice(['new diagnosis of CKD stage 4 (eGFR 22)', 'suspected lymphoma, 4 cm axillary node',
                     'syncope with 5-second pause on Holter', 'proteinuria 3.2 g/day'])
    ident = ('Health card %s' % fohn(rng, p['ohn'])) if ont else ('NAM %s' % fnam(rng, p['nam']))
    inner_text = ('Hello,\n\nI would like to refer %s %s (%s, born %s) for %s. Please call the patient at %s.\n\n'
                  'Regards,\n%s') % (p['first'], p['last'], ident, fdob(rng, p['dob']), dx, p['phone'], gp[0])
    inner = build(dict(from_=gp, to=[('Central Intake', 'intake@' + DOM)], subject='Referral %s' % p['last'],
                       text=inner_text, mode='plain'), rng)
    fw = staff(rng)
    text = 'FYI - see original referral attached. Can you triage?\n\n%s' % sig(rng, fw, 'Central Intake Office')
    types = ['patient_name', 'date_of_birth', 'diagnosis', 'patient_contact',
             'ca_health_number' if ont else 'ramq_nam']
    return dict(from_=me(fw), to=[('Nephrology/Oncology triage', 'triage@' + DOM)], subject='Fwd: Referral',
                text=text, attachments=[dict(kind='eml', msg=inner, filename='Referral.eml')]), \
        types, 'attached .eml referral'


def P_html_handover(rng, ppl):
    rows = []
    for i in range(rng.randint(4, 7)):
        p = ppl.gen_patient(rng)
        dx, med = rng.choice(CARDIO + [(r, 'epoetin alfa') for r in RENAL[:2]])
        rows.append(['%d%s' % (rng.randint(1, 30), rng.choice('AB')), '%s, %s' % (p['last'].upper(), p['first']),
                     age(p['dob']), dx, med, rng.choice(['NPO for cath', 'falls risk', 'daughter calling re: discharge',
                                                         'K 5.9 recheck', 'ok'])])
    rn = staff(rng)
    headers = ['Bed', 'Patient', 'Age', 'Dx', 'Meds', 'Issues']
    h = ('<html><body><p>Night handover %s</p>%s<p>%s</p></body></html>') % (
        rng.choice(['7C', 'CCU', '5 West']), html_table(headers, rows), html.escape(rn['name']))
    return dict(from_=me(rn), to=[('7C Nursing', 'ward7c@' + DOM)], subject='handover', text=text_table(headers, rows),
                html=h, mode=rng.choice(['html', 'alt'])), \
        ['patient_name', 'diagnosis', 'medication'], 'HTML ward handover table'


def P_subject_leak(rng, ppl):
    p = ppl.gen_patient(rng)
    dx = rng.choice(['biopsy positive for melanoma', 'HIV viral load detectable', 'path back - adenocarcinoma',
                     'new AF', 'pregnancy test positive', 'crossmatch positive'])
    doc = staff(rng, title='Dr.')
    subj = rng.choice(['%s %s - %s', 'Re: %s %s: %s', 'URGENT %s %s %s']) % (p['first'], p['last'], dx)
    text = rng.choice(['Can we discuss tomorrow at 8? Thx', 'Call me when you get this.', 'See subject. I\'ll tell the family.',
                       'Please add to tumour board list.']) + '\n\n' + doc['name']
    return dict(from_=me(doc), to=[me(staff(rng, title='Dr.'))], subject=subj, text=text), \
        ['patient_name', 'diagnosis'], 'identity and diagnosis in Subject'


def P_filename_leak(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    doc = staff(rng, title='Dr.')
    lvef = rng.randint(20, 40)
    fn = '%s_%s_%s_echo.pdf' % (p['last'].upper(), p['first'], p['nam'])
    data = make_pdf('Transthoracic echocardiogram', ['Patient: %s %s' % (p['first'], p['last']),
                                                     'LVEF %d%%, dilated cardiomyopathy, moderate MR.' % lvef])
    text = rng.choice(['Attached as requested.', 'voir pièce jointe / see attached', 'Report attached, thanks.'])
    return dict(from_=me(doc), to=[ext(rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST), 'heartclinic.example')],
                subject='Echo report', text=text + '\n\n' + doc['disp'],
                attachments=[att_bytes(data, MIME_PDF, fn)]), \
        ['patient_name', 'ramq_nam', 'diagnosis', 'lab_result'], 'identity in attachment file name'


def P_informal_typos(rng, ppl):
    use_nam = rng.random() < 0.3
    p = ppl.nam_patient(rng, child=True) if use_nam else ppl.gen_patient(rng, child=True)
    dx, med = rng.choice(PAEDS)
    rn = staff(rng)
    first = p['first'].lower()
    last = p['last'].lower()
    name = rng.choice(['%s %s' % (first, last), '%s %s' % (first[:-1] + first[-1] * 2, last),
                       '%s %s' % (first, last[:-1]), 'lil %s %s' % (first, last)])
    text = ('hey can u check on %s in rm %d?? dob %s. mom says been vomitting since last nite, hx %s, '
            'on %s. last bg %s, ketones %s. i paged resident no ansr yet\n\nthx\n%s') % (
        name, rng.randint(1, 30), p['dob'].strftime(rng.choice(['%y-%m-%d', '%d/%m/%y', '%Y%m%d'])), dx, med,
        round(rng.uniform(14, 29), 1), rng.choice(['2+', 'mod', '3.1']), rn['first'].lower())
    return dict(from_=me(rn), to=[me(staff(rng))], subject=rng.choice(['quick q', 'pt in rm', '?', 'pls chk']),
                text=text, mode='plain'), \
        ['patient_name', 'date_of_birth', 'diagnosis', 'medication', 'lab_result'], 'informal typo-laden nurse note'


def P_ohn_critical(rng, ppl):
    p = ppl.gen_patient(rng)
    tech = staff(rng)
    test, val = rng.choice([('Potassium', '%.1f mmol/L' % rng.uniform(6.4, 7.5)),
                            ('Hemoglobin', '%d g/L' % rng.randint(48, 62)),
                            ('INR', '%.1f' % rng.uniform(6.0, 9.5)),
                            ('Troponin hs', '%d ng/L' % rng.randint(800, 9000))])
    text = ('CRITICAL VALUE NOTIFICATION\n\nPatient: %s\nHCN: %s\nDOB: %s\nTest: %s  Result: %s\nCollected: %s\n\n'
            'Unable to reach ordering physician by phone; please acknowledge.\n\n%s') % (
        pname(rng, p), fohn(rng, p['ohn']), fdob(rng, p['dob']), test, val,
        msg_date(rng).strftime('%Y-%m-%d %H:%M'), sig(rng, tech, 'Core Laboratory', site='ott'))
    return dict(from_=me(tech), to=[('Riverside Family Health Team', 'frontdesk@riverside-fht.example')],
                subject='Critical lab value', text=text), \
        ['patient_name', 'ca_health_number', 'date_of_birth', 'lab_result'], 'critical lab callback with OHN'


def P_transport_home(rng, ppl):
    p = ppl.gen_patient(rng, quebec=rng.random() < 0.5)
    clerk = staff(rng)
    dest = rng.choice(['Radiation Oncology (daily x 25)', 'Cardiac rehab', 'Haemodialysis', 'Chemo day hospital'])
    rows = [('Name', pname(rng, p)), ('Pickup', p['addr']), ('Phone', p['phone']), ('Destination', dest),
            ('Mobility', rng.choice(['wheelchair', 'ambulatory with cane', 'stretcher'])),
            ('Medical', rng.choice(['on O2 2L', 'immunocompromised - mask', 'seizure disorder', 'COPD']))]
    text = 'Transport booking\n\n' + '\n'.join('%s: %s' % r for r in rows) + '\n\n' + sig(rng, clerk, 'Patient Transport Desk')
    h = '<html><body><p>Transport booking</p>%s</body></html>' % html_table(['Field', 'Value'], rows)
    return dict(from_=me(clerk), to=[('Bookings', 'bookings@transport-rideau.example')], subject='Transport booking',
                text=text, html=h), ['patient_name', 'patient_contact', 'diagnosis'], 'patient transport booking'


def P_billing_insurer_sin(rng, ppl):
    p = ppl.gen_patient(rng)
    bl = staff(rng)
    proc = rng.choice(['AF ablation', 'TAVI', 'PCI with 2 stents', 'AV fistula creation'])
    rows = [['Claimant', '%s %s' % (p['first'], p['last'])], ['DOB', p['dob'].isoformat()],
            ['SIN', fsin(rng, p['sin'])], ['Procedure', proc], ['Private room differential', '%d.00' % rng.randint(300, 2000)]]
    data = make_xlsx([('Claim', rows)])
    text = 'Hello,\n\nClaim details for semi-private/private room coverage attached.\n\n%s' % sig(rng, bl, 'Billing Office')
    return dict(from_=me(bl), to=[('Claims', 'claims@greatnorth-insurance.example')], subject='Claim submission',
                text=text, attachments=[att_bytes(data, MIME_XLSX, 'claim_%s.xlsx' % p['last'].lower())]), \
        ['patient_name', 'date_of_birth', 'ca_sin', 'diagnosis'], 'insurer claim xlsx with SIN'


# ---- French positives
def F_onco_suivi(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    dx, reg, drug = rng.choice(ONC_FR)
    doc = staff(rng, fr=True, title='Dre' if rng.random() < 0.5 else 'Dr')
    md = ext('Dre ' + rng.choice(STAFF_FIRST_FR) + ' ' + rng.choice(PAT_LAST), 'gmf-valmont.example')
    text = ('Bonjour %s,\n\nObjet : %s, née/né le %s, NAM %s\n\nJe revois votre patient%s à l\'hôpital de jour '
            'd\'oncologie pour le cycle %d de %s (%s). Bilan : neutrophiles %s x10^9/L, Hb %d g/L. %s\n\n'
            'Cordialement,\n\n%s') % (
        md[0], pname(rng, p, fr=True), fdob(rng, p['dob'], fr=True), fnam(rng, p['nam']),
        'e' if p['sex'] == 'F' else '', rng.randint(2, 8), reg, dx,
        str(round(rng.uniform(0.5, 3.2), 1)).replace('.', ','), rng.randint(85, 140),
        rng.choice(['On poursuit à pleine dose (%s).' % drug, 'Réduction de dose de 20 % en raison de la toxicité.',
                    'Traitement reporté d\'une semaine.']), sig(rng, doc, 'Hémato-oncologie', fr=True))
    text = text.replace('née/né', 'née' if p['sex'] == 'F' else 'né')
    return dict(from_=me(doc), to=[md], subject='Suivi oncologie - %s' % p['last'], text=text, lang='fr'), \
        ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'lab_result'], 'suivi oncologie'


def F_transport_dialyse(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    cl = staff(rng, fr=True)
    text = ('Bonjour,\n\nVoici une nouvelle demande de transport adapté pour l\'hémodialyse :\n\n'
            'Nom : %s\nNAM : %s\nAdresse : %s\nTéléphone : %s\nJours : %s, arrivée %s\nMobilité : %s\n'
            'Remarque : %s\n\nMerci de confirmer.\n\n%s') % (
        pname(rng, p, fr=True), fnam(rng, p['nam'], 0.6), p['addr'], p['phone'],
        rng.choice(['lun-mer-ven', 'mar-jeu-sam']), rng.choice(['6 h 45', '11 h 30', '16 h']),
        rng.choice(['fauteuil roulant', 'marchette', 'autonome']),
        rng.choice([rng.choice(RENAL_FR), 'amputation sous le genou, ' + rng.choice(RENAL_FR)]),
        sig(rng, cl, 'Agente administrative, hémodialyse', fr=True))
    return dict(from_=me(cl), to=[('Répartition', 'repartition@transport-adapte.example')],
                subject='Demande de transport - dialyse', text=text, lang='fr'), \
        ['patient_name', 'ramq_nam', 'patient_contact', 'diagnosis'], 'transport adapté dialyse'


def F_travail_social(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    tsw = staff(rng, fr=True)
    soc = rng.choice(SOCIAL_FR)
    text = ('Bonjour,\n\nJe vous réfère %s (DDN %s, NAM %s), suivi%s en %s pour %s. Situation : %s. '
            'La personne consent à être contactée au %s.\n\nMerci,\n%s') % (
        pname(rng, p, fr=True), fdob(rng, p['dob'], fr=True), fnam(rng, p['nam']), 'e' if p['sex'] == 'F' else '',
        rng.choice(['néphrologie', 'oncologie', 'cardiologie']), rng.choice(RENAL_FR + ['insuffisance cardiaque']),
        soc, p['phone'], sig(rng, tsw, 'Travailleuse sociale', fr=True))
    return dict(from_=me(tsw), to=[('Accueil psychosocial', 'accueil@clsc-valmont.example')],
                subject=rng.choice(['Référence TS', 'Demande de service', 'Référence - situation psychosociale']),
                text=text, lang='fr'), \
        ['patient_name', 'date_of_birth', 'ramq_nam', 'social_information', 'diagnosis', 'patient_contact'], \
        'référence travail social'


def F_pediatrie(rng, ppl):
    p = ppl.nam_patient(rng, child=True)
    dx, med = rng.choice(PAEDS_FR)
    res = staff(rng, fr=True, title='Dr')
    par = ext(rng.choice(STAFF_FIRST_FR) + ' ' + p['last'], 'courriel-perso.example')
    d0 = msg_date(rng)
    orig = ('Bonjour docteur,\n\nMon enfant %s %s (né%s le %s) a encore fait une réaction cette semaine. '
            'Est-ce qu\'on peut avancer le rendez-vous? Vous pouvez me joindre au %s.\n\nMerci') % (
        p['first'], p['last'], 'e' if p['sex'] == 'F' else '', fdob(rng, p['dob'], fr=True), p['phone'])
    text = ('Bonjour,\n\nNous avons devancé le rendez-vous de %s au %s. Pour son %s, continuez %s. Apportez la carte '
            'RAMQ (%s).\n\n%s\n\n%s') % (
        p['first'], rng.choice(['mardi 14 h', 'jeudi 9 h 30', 'lundi 10 h']), dx, med, fnam(rng, p['nam']),
        sig(rng, res, 'Pédiatrie', fr=True), quote_block(orig, par[0], when_str(d0, fr=True), fr=True))
    return dict(from_=me(res), to=[par], subject='RE: rendez-vous %s' % p['first'], text=text, lang='fr'), \
        ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'medication', 'patient_contact'], \
        'pédiatrie réponse citée'


def F_demande_acces(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    ar = staff(rng, fr=True)
    av = ext('Me ' + rng.choice(STAFF_FIRST_FR) + ' ' + rng.choice(PAT_LAST), 'cabinet-lavoie.example')
    dx = rng.choice(['traumatisme craniocérébral léger', 'fracture du bassin', 'entorse cervicale',
                     'dépression majeure', 'infarctus'])
    d0 = msg_date(rng)
    orig = ('Maître,\n\nNous représentons %s %s, né%s le %s (NAM %s), dans le cadre d\'un dossier SAAQ suite à un '
            'accident survenu en %d (%s). Veuillez nous transmettre copie complète du dossier médical.\n\n%s') % (
        p['first'], p['last'], 'e' if p['sex'] == 'F' else '', fdob(rng, p['dob'], fr=True), fnam(rng, p['nam']),
        rng.randint(2020, 2023), dx, av[0])
    text = ('Bonjour,\n\nVoir la demande ci-dessous. L\'autorisation signée est manquante; pouvez-vous relancer '
            'le cabinet avant de préparer les copies?\n\n%s\n\n%s') % (
        sig(rng, ar, 'Archives médicales - accès à l\'information', fr=True),
        forward_block(orig, '%s <%s>' % av, 'archives@' + DOM, 'Demande d\'accès au dossier', when_str(d0, fr=True), fr=True))
    return dict(from_=me(ar), to=[('Archives', 'archives@' + DOM)], subject='TR: Demande d\'accès au dossier',
                text=text, lang='fr'), ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'], 'demande d\'accès transférée'


def F_patient_nir(rng, ppl):
    p = ppl.gen_patient(rng)
    nir = make_nir(rng, p['dob'], p['sex'])
    fac = staff(rng, fr=True)
    nir_f = rng.choice([nir, '%s %s %s %s %s %s %s' % (nir[0], nir[1:3], nir[3:5], nir[5:7], nir[7:10], nir[10:13],
                                                         nir[13:])])
    adr = '%d %s, %s' % (rng.randint(1, 120), rng.choice(['rue Victor-Hugo', 'avenue Jean-Jaurès', 'rue de la Paix']),
                         rng.choice(['69003 Lyon', '44000 Nantes', '33000 Bordeaux', '75011 Paris']))
    svc = rng.choice(['hospitalisation pour pneumonie (4 jours)', 'urgence - colique néphrétique',
                      'angioplastie coronarienne', 'fracture de la cheville - plâtre'])
    text = ('Madame, Monsieur,\n\nNous vous transmettons la facture concernant %s, n° de sécurité sociale %s, '
            'domicilié%s au %s, France, pour : %s. Montant : %d,00 $ CA.\n\nVeuillez agréer nos salutations.\n\n%s') % (
        pname(rng, p, fr=True), nir_f, 'e' if p['sex'] == 'F' else '', adr, svc, rng.randint(800, 15000),
        sig(rng, fac, 'Facturation - patients non-résidents', fr=True))
    return dict(from_=me(fac), to=[('CPAM - soins à l\'étranger', 'soins.etranger@cpam.example')],
                subject='Facture patient non résident - %s' % p['last'], text=text, lang='fr'), \
        ['patient_name', 'fr_nir', 'patient_contact', 'diagnosis'], 'facturation patient français NIR'


def F_recherche_xlsx(rng, ppl):
    proto = 'MRR-%s-%03d' % (rng.choice(['ONC', 'NEPH', 'CARD']), rng.randint(10, 250))
    rows = [['No participant', 'Nom', 'Prénom', 'NAM', 'Visite', 'Événement indésirable', 'Médicament à l\'étude']]
    for i in range(rng.randint(3, 6)):
        p = ppl.nam_patient(rng, child=False)
        rows.append(['%s-%02d' % (proto[-3:], i + 1), p['last'], p['first'], p['nam'], 'V%d' % rng.randint(1, 8),
                     rng.choice(['aucun', 'nausées gr 2', 'neutropénie gr 3', 'éruption cutanée gr 1']),
                     rng.choice(['bras A - produit expérimental', 'bras B - placebo', 'ouvert']) ])
    crc = staff(rng, fr=True)
    data = make_xlsx([('Participants', rows)])
    text = ('Bonjour,\n\nCi-joint la liste des participants à jour pour le moniteur (visite de monitorage de %s). '
            'Attention, il s\'agit aussi de nos patients de clinique.\n\n%s') % (
        rng.choice(['mardi', 'jeudi']), sig(rng, crc, 'Coordonnatrice de recherche clinique', fr=True))
    return dict(from_=me(crc), to=[('Moniteur', 'cra@cro-exemple.example')], subject='%s - liste participants' % proto,
                text=text, lang='fr', attachments=[att_bytes(data, MIME_XLSX, '%s_participants.xlsx' % proto)]), \
        ['patient_name', 'ramq_nam', 'diagnosis', 'medication'], 'liste participants recherche avec NAM'


def F_genetique_docx(rng, ppl):
    p = ppl.nam_patient(rng, child=False)
    gene, var, syn = rng.choice(GENES_FR)
    cg = staff(rng, fr=True)
    paras = ['Patient%s : %s %s' % ('e' if p['sex'] == 'F' else '', p['first'], p['last']),
             'Date de naissance : %s    Sexe : %s' % (p['dob'].isoformat(), p['sex']), 'NAM : %s' % p['nam'],
             'Résultat : variant pathogène hétérozygote %s %s.' % (gene, var),
             'Interprétation : compatible avec un %s. Dépistage en cascade recommandé.' % syn]
    data = make_docx('Rapport de génétique moléculaire', paras)
    text = 'Bonjour,\n\nVoici le rapport pour la rencontre de divulgation.\n\n%s' % sig(
        rng, cg, 'Conseillère en génétique', fr=True)
    return dict(from_=me(cg), to=[('Clinique de génétique', 'genetique@' + DOM)],
                subject='Rapport génétique', text=text, lang='fr',
                attachments=[att_bytes(data, MIME_DOCX, 'rapport_génétique_%s.docx' % p['last'].lower())]), \
        ['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis', 'lab_result'], 'rapport génétique docx'


# ================================================================= negative templates
def N_staff_schedule(rng, ppl):
    rows = [['Name', 'Role', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']]
    for i in range(rng.randint(6, 10)):
        s = staff(rng)
        rows.append([('%s, %s' % (s['last'], s['first'])), rng.choice(['RN', 'RN', 'LPN', 'PAB', 'CN']),
                     *[rng.choice(['D', 'E', 'N', '-', '-', 'D12', 'N12']) for _ in range(7)]])
    mgr = staff(rng)
    unit = rng.choice(['Haemodialysis', 'Oncology Day Hospital', 'CCU', 'Paediatric Ward 6B'])
    text = 'Hi all,\n\nSchedule for the %s unit, period %d, below. Swap requests by Friday.\n\n%s\n\n%s' % (
        unit, rng.randint(1, 13), text_table(rows[0], rows[1:]), sig(rng, mgr, 'Nurse Manager, ' + unit))
    atts = []
    if rng.random() < 0.5:
        atts = [att_bytes(make_xlsx([('Schedule', rows)]), MIME_XLSX, 'schedule_P%d.xlsx' % rng.randint(1, 13))]
    return dict(from_=me(mgr), to=[('%s staff' % unit, 'unit.staff@' + DOM)], subject='%s schedule' % unit,
                text=text, attachments=atts), 'staff schedule'


def N_staff_leave(rng, ppl):
    emp = staff(rng)
    mgr = staff(rng)
    d0 = msg_date(rng)
    orig = 'Hi %s,\n\nI would like to request vacation from %s to %s. %s will cover my Thursday dialysis shifts.\n\n%s' % (
        mgr['first'], rng.choice(['July 8', 'Aug 12', 'Dec 23']), rng.choice(['July 19', 'Aug 23', 'Jan 3']),
        staff(rng)['name'], emp['first'])
    text = 'Approved, enjoy!\n\n%s\n\n%s' % (mgr['first'], quote_block(orig, emp['name'], when_str(d0)))
    return dict(from_=me(mgr), to=[me(emp)], subject='Re: vacation request', text=text), 'staff leave reply'


def N_occ_health(rng, ppl):
    oh = staff(rng)
    emp = staff(rng)
    item = rng.choice(['N95 fit test: 3M 1870+ size M - PASS', 'TB skin test read at 0 mm - negative',
                       'Hepatitis B surface antibody titre adequate', 'Influenza vaccine administered (lot FL%d)' %
                       rng.randint(1000, 9999), 'Cleared to return to work after leave; no restrictions'])
    text = ('Hello %s,\n\nEmployee %s (employee no. %d, %s) - %s. Employee file updated. This is an '
            'employee health matter; please keep within HR.\n\n%s') % (
        staff(rng)['first'], emp['name'], rng.randint(100000, 999999), rng.choice(['RN, 7C', 'PAB, dialysis',
                                                                                  'clerk, records']),
        item, sig(rng, oh, 'Occupational Health & Safety'))
    return dict(from_=me(oh), to=[('Unit manager', 'manager.7c@' + DOM)], subject='Employee health clearance',
                text=text), 'occupational health of employee (HR)'


def N_grand_rounds(rng, ppl):
    sp = staff(rng, title='Dr.')
    topic = rng.choice(['SGLT2 inhibitors beyond diabetes: heart failure and CKD', 'CAR-T therapy for refractory lymphoma',
                        'Pediatric type 1 diabetes: closed-loop systems', 'Genetic testing in hypertrophic cardiomyopathy',
                        'Home haemodialysis: lessons from 10 years'])
    text = ('Medicine Grand Rounds\n\nSpeaker: %s, %s\nTopic: %s\nWhen: %s, 12:00-13:00\nWhere: Amphitheatre B, '
            'Montréal campus (Zoom link to follow for Ottawa)\n\nLunch provided. 1 Section 1 credit.\n\n%s') % (
        sp['disp'], rng.choice(['Division of Nephrology', 'Hematology-Oncology', 'Cardiology']), topic,
        rng.choice(['Wednesday May 15', 'Thursday Oct 3', 'Friday Feb 9']), sig(rng, staff(rng), 'CME Office'))
    atts = []
    if rng.random() < 0.4:
        start = dt.datetime(2024, rng.randint(1, 11), rng.randint(1, 28), 12, 0)
        atts = [att_text(make_ics('gr-%d@%s' % (rng.randint(1, 99999), DOM), 'Grand Rounds: ' + topic,
                                  'Speaker: ' + sp['disp'], start, 60, 'Amphitheatre B', ('CME Office', 'cme@' + DOM),
                                  []), 'calendar', 'grand_rounds.ics')]
    return dict(from_=('CME Office', 'cme@' + DOM), to=[('All Medicine', 'medicine-all@' + DOM)],
                subject='Grand Rounds: ' + topic, text=text, attachments=atts), 'grand rounds speaker/topic'


def N_physician_directory(rng, ppl):
    rows = []
    for i in range(rng.randint(5, 9)):
        s = staff(rng, title='Dr.')
        rows.append([s['disp'], rng.choice(['Cardiology', 'Nephrology', 'Oncology', 'Genetics', 'Paediatrics']),
                     rng.choice(['heart failure, cardiac amyloidosis', 'glomerulonephritis, transplant',
                                 'breast cancer, BRCA carriers', 'Lynch syndrome, hereditary cancer',
                                 'paediatric epilepsy', 'HIV and viral hepatitis', 'multiple myeloma']),
                     '514-555-01%02d' % rng.randint(0, 99)])
    h = '<html><body><h3>Specialist referral directory - updated</h3>%s<p>Referral Office, %s</p></body></html>' % (
        html_table(['Physician', 'Service', 'Clinical interests', 'Clinic phone'], rows), html.escape(MTL_ADDR))
    return dict(from_=('Referral Office', 'referrals@' + DOM), to=[('Community physicians', 'community-md@' + DOM)],
                subject='Updated specialist directory', text=text_table(['Physician', 'Service', 'Interests', 'Phone'], rows),
                html=h, mode=rng.choice(['html', 'alt'])), 'physicians with diseases they treat'


def N_research_grant(rng, ppl):
    pi = staff(rng, title='Dr.')
    gno = '%s-%d-%05d' % (rng.choice(['PJT', 'GRN', 'FRQS']), rng.randint(2023, 2025), rng.randint(10000, 99999))
    text = ('Dear %s,\n\nWe are pleased to confirm that grant %s "%s" has been awarded: %d $ over %d years. '
            'Cost centre %d-%d has been opened. Please submit the budget breakdown and REB approval letter '
            'to the research finance office.\n\n%s') % (
        pi['disp'], gno, rng.choice(['Biomarkers of early kidney injury in children', 'Outcomes of home dialysis',
                                     'AI-assisted ECG screening', 'Germline testing uptake in breast cancer']),
        rng.randint(80, 900) * 1000, rng.randint(2, 5), rng.randint(100, 999), rng.randint(1000, 9999),
        sig(rng, staff(rng), 'Research Finance Office'))
    return dict(from_=('Research Finance', 'research.finance@' + DOM), to=[me(pi)], subject='Grant award ' + gno,
                text=text), 'research grant award'


def N_ethics_agenda(rng, ppl):
    items = []
    for i in range(rng.randint(4, 7)):
        items.append('%d. Protocol MRR-REB-%d-%03d - %s (PI: %s) - %s' % (
            i + 1, rng.randint(2022, 2024), rng.randint(1, 400),
            rng.choice(['Phase III trial of drug X in metastatic NSCLC', 'Registry of paediatric epilepsy',
                        'Observational study of dialysis fatigue', 'Genomic sequencing in cardiomyopathy families']),
            staff(rng, title='Dr.')['disp'], rng.choice(['initial review', 'amendment', 'annual renewal', 'SAE report'])))
    text = 'Research Ethics Board - agenda for the %s meeting\n\n%s\n\nQuorum: 7 members. Documents on the portal.\n\n%s' % (
        rng.choice(['June', 'September', 'November']), '\n'.join(items), sig(rng, staff(rng), 'REB Coordinator'))
    atts = [att_bytes(make_pdf('REB Agenda', items), MIME_PDF, 'REB_agenda.pdf')] if rng.random() < 0.5 else []
    return dict(from_=('REB Office', 'reb@' + DOM), to=[('REB members', 'reb-members@' + DOM)],
                subject='REB meeting agenda', text=text, attachments=atts), 'ethics board notice'


def N_catering(rng, ppl):
    s = staff(rng)
    po = 'PO-%d' % rng.randint(4500000, 4599999)
    text = ('Hello,\n\nPlease confirm catering for the %s on %s, room %s: %d people, %d vegetarian, %d gluten-free, '
            '%d halal. Coffee at 8:30, lunch at 12:00. %s, cost centre %d.\n\n%s') % (
        rng.choice(['Tumour Board retreat', 'Nephrology research day', 'Nursing orientation']),
        rng.choice(['May 2', 'June 14', 'Oct 21']), rng.choice(['A-210', 'B1.114', 'Rideau 3']),
        rng.randint(20, 80), rng.randint(2, 9), rng.randint(1, 4), rng.randint(1, 5), po, rng.randint(1000, 9999),
        sig(rng, s, 'Administrative Assistant'))
    return dict(from_=me(s), to=[('Catering', 'orders@lunchbox-catering.example')], subject='Catering order ' + po,
                text=text), 'catering order'


def N_security(rng, ppl):
    sec = staff(rng)
    text = ('Security notice\n\n%s\n\nIf you see anything suspicious call Security at ext. 5555. Badge %d has been '
            'deactivated.\n\n%s') % (
        rng.choice(['A staff vehicle was broken into in parking P3 (Ottawa) on Tuesday night.',
                    'Tailgating at the loading dock doors has been reported; please do not hold doors.',
                    'Door B-2 (dialysis wing) access hours change to 06:00-20:00 starting Monday.']),
        rng.randint(10000, 99999), sig(rng, sec, 'Security Services'))
    return dict(from_=('Security Services', 'security@' + DOM), to=[('All staff', 'all-staff@' + DOM)],
                subject='Security notice', text=text), 'security notice'


def N_parking(rng, ppl):
    rows = [[staff(rng)['name'], 'P%d' % rng.randint(1, 4), '%06d' % rng.randint(0, 999999),
             '%s %s' % (''.join(rng.choice(LETTERS) for _ in range(3)), rng.randint(100, 999))] for _ in range(rng.randint(3, 6))]
    text = 'Hello,\n\nThe following monthly permits are ready for pickup at the parking office:\n\n%s\n\n%s' % (
        text_table(['Employee', 'Lot', 'Permit', 'Plate'], rows), sig(rng, staff(rng), 'Parking Services'))
    return dict(from_=('Parking Services', 'parking@' + DOM), to=[('Unit managers', 'managers@' + DOM)],
                subject='Parking permits ready', text=text), 'parking permits'


def N_conference(rng, ppl):
    lines = []
    for h in ['08:30', '09:15', '10:30', '11:15', '13:30', '14:15']:
        sp = staff(rng, title='Dr.')
        lines.append('%s  %s - %s' % (h, sp['disp'], rng.choice([
            'Anticoagulation in ESRD', 'Immunotherapy toxicities', 'Genetic counselling for BRCA families',
            'Interpreter-mediated consultations', 'Transition of care in paediatric diabetes', 'Cardio-oncology update'])))
    data = make_pdf('Annual Clinical Day - Programme', lines)
    text = 'Programme for the Annual Clinical Day attached. Registration closes Friday.\n\n%s' % sig(
        rng, staff(rng), 'Continuing Education')
    return dict(from_=('Continuing Education', 'cme@' + DOM), to=[('All clinicians', 'clinicians@' + DOM)],
                subject='Annual Clinical Day programme', text=text,
                attachments=[att_bytes(data, MIME_PDF, 'programme.pdf')]), 'conference programme'


def N_vendor_quote(rng, ppl):
    rows = [['Item', 'Model', 'Serial no.', 'Lot', 'Asset tag', 'Qty', 'Unit price']]
    for i in range(rng.randint(3, 6)):
        sn = make_sin(rng) if rng.random() < 0.5 else make_ohn(rng)
        rows.append([rng.choice(['Infusion pump', 'Dialysis machine', 'ECG cart', 'Vital signs monitor', 'Bladder scanner']),
                     rng.choice(['IP-300', 'HDX-5008', 'ECG-12L', 'VSM-9', 'BS-3']), sn,
                     'LOT%d%s' % (rng.randint(2400, 2499), rng.choice('ABCD')), 'A-%06d' % rng.randint(0, 999999),
                     rng.randint(1, 10), '%d.00' % rng.randint(900, 40000)])
    rep = ext(rng.choice(STAFF_FIRST_EN) + ' ' + rng.choice(PAT_LAST), 'medequip-supply.example')
    text = ('Hello,\n\nPlease find our quote Q-%d for the service contract renewal; serial numbers listed for '
            'the units in scope.\n\n%s\n\n%s\nAccount Manager') % (
        rng.randint(10000, 99999), text_table(rows[0], rows[1:]), rep[0])
    atts = [att_bytes(make_xlsx([('Quote', rows)]), MIME_XLSX, 'quote.xlsx')] if rng.random() < 0.5 else []
    return dict(from_=rep, to=[('Biomedical Engineering', 'biomed@' + DOM)], subject='Quote - service contract',
                text=text, attachments=atts), 'vendor quote with checksum-valid serials'


def N_stats(rng, ppl):
    rows = [['Month', 'HD patients', 'New starts', 'Transplanted', 'Deaths', 'Mean Hb', 'Kt/V >= 1.2 (%)']]
    for m in ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']:
        rows.append([m, rng.randint(120, 180), rng.randint(2, 9), rng.randint(0, 3), rng.randint(0, 4),
                     rng.randint(102, 116), rng.randint(82, 96)])
    text = 'Quarterly dashboard attached; aggregate figures only.\n\n%s' % sig(rng, staff(rng), 'Quality & Performance')
    return dict(from_=('Quality Office', 'quality@' + DOM), to=[('Renal program', 'renal-leads@' + DOM)],
                subject='Renal dashboard Q%d' % rng.randint(1, 4), text=text,
                attachments=[att_bytes(make_xlsx([('Dashboard', rows)]), MIME_XLSX, 'dashboard.xlsx')]), 'aggregate statistics'


def N_newsletter(rng, ppl):
    items = [('New cardio-oncology clinic', 'opens on the Ottawa campus every Tuesday; referrals via central intake.'),
             ('Kudos', '%s and the dialysis team celebrated 1,000 home HD treatments.' % staff(rng)['name']),
             ('Genetics', 'Wait times for hereditary cancer counselling dropped to 6 weeks.'),
             ('Research', '%d participants enrolled across our oncology trials this year.' % rng.randint(200, 600)),
             ('Interpreter services', 'Video interpretation now available in 40 languages.')]
    rng.shuffle(items)
    h = '<html><body><h2>MRRUHN Weekly</h2>%s<p><small>Communications, %s</small></p></body></html>' % (
        ''.join('<h4>%s</h4><p>%s</p>' % (html.escape(a), html.escape(b)) for a, b in items[:4]), html.escape(MTL_ADDR))
    return dict(from_=('Communications', 'news@' + DOM), to=[('All staff', 'all-staff@' + DOM)],
                subject='MRRUHN Weekly', text='\n\n'.join('%s\n%s' % x for x in items[:4]), html=h,
                mode=rng.choice(['html', 'alt'])), 'newsletter'


def N_blank_form(rng, ppl):
    lines = ['AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION', '', 'Patient name: ______________________',
             'Date of birth (YYYY-MM-DD): ____-__-__', 'Health card / RAMQ no.: ______________',
             'Medical record number (MRN): __________', 'Information to release: [ ] ER notes [ ] Consults [ ] Labs',
             'Signature: ____________________  Date: __________']
    data = make_pdf('Release of Information - blank form', lines) if rng.random() < 0.5 else \
        make_docx('Release of Information - blank form', lines)
    is_pdf = data[:4] == b'%PDF'
    text = 'Hi,\n\nHere is the current blank ROI form (rev. %d) for the clinic binders.\n\n%s' % (
        rng.randint(3, 9), sig(rng, staff(rng), 'Health Records'))
    return dict(from_=('Health Records', 'records@' + DOM), to=[('Clinic clerks', 'clerks@' + DOM)],
                subject='Blank ROI form', text=text,
                attachments=[att_bytes(data, MIME_PDF if is_pdf else MIME_DOCX, 'ROI_form.pdf' if is_pdf else 'ROI_form.docx')]), \
        'blank form'


def N_teaching_case(rng, ppl):
    text = ('Teaching case for Thursday (anonymised)\n\nA %d-year-old %s with %s presents with %s. Labs: K %s mmol/L, '
            'creatinine %d umol/L. Questions:\n1. Differential?\n2. Initial management?\n\nNo identifying details '
            'included.\n\n%s') % (
        rng.randint(40, 85), rng.choice(['man', 'woman']), rng.choice(['CKD stage 4', 'known AF', 'breast cancer on letrozole']),
        rng.choice(['dyspnea', 'confusion', 'palpitations']), round(rng.uniform(3.0, 7.0), 1), rng.randint(60, 600),
        sig(rng, staff(rng, title='Dr.'), 'Program Director, Internal Medicine'))
    return dict(from_=('IM Program', 'im.program@' + DOM), to=[('Residents', 'im-residents@' + DOM)],
                subject='Teaching case', text=text), 'anonymised teaching case'


def N_invoice(rng, ppl):
    inv = 'INV-%d' % rng.randint(100000, 999999)
    lines = ['Invoice %s' % inv, 'PO: %d' % rng.randint(4500000, 4599999),
             'Item: %s' % rng.choice(['Dialyzer F8 x 240', 'Chemo gloves case x 50', 'ECG electrodes x 100 packs']),
             'Total: %d.%02d CAD' % (rng.randint(1000, 40000), rng.randint(0, 99)), 'GST/HST no. %d RT0001' % rng.randint(100000000, 999999999)]
    return dict(from_=('Accounts Receivable', 'ar@medequip-supply.example'), to=[('Accounts Payable', 'ap@' + DOM)],
                subject='Invoice ' + inv, text='Please find invoice attached.\n\nAccounts Receivable',
                attachments=[att_bytes(make_pdf('Invoice', lines), MIME_PDF, inv + '.pdf')]), 'invoice/PO'


def N_it_outage(rng, ppl):
    text = ('IT Service Notice\n\nThe %s will be unavailable on %s from 22:00 to 02:00 for patching. Ticket '
            'CHG%07d. Servers: %s, %s. Downtime procedures for lab and pharmacy apply.\n\nService Desk ext. 4357') % (
        rng.choice(['EHR', 'PACS', 'dialysis charting system', 'chemo order entry']), rng.choice(['Saturday', 'Sunday']),
        rng.randint(0, 9999999), 'mrr-app%02d.%s' % (rng.randint(1, 40), DOM), '10.%d.%d.%d' % (
            rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)))
    return dict(from_=('IT Service Desk', 'servicedesk@' + DOM), to=[('All staff', 'all-staff@' + DOM)],
                subject='Planned downtime', text=text), 'IT notice'


def N_job_posting(rng, ppl):
    text = ('Job posting #%d\n\n%s - %s\nPermanent full-time, %s campus.\nRequirements: %s.\nSalary: as per '
            'collective agreement.\nApply by %s on the careers portal.\n\nHuman Resources') % (
        rng.randint(10000, 99999), rng.choice(['Registered Nurse', 'Clinical Research Coordinator', 'Genetic Counsellor',
                                               'Medical Interpreter (Arabic)', 'Social Worker']),
        rng.choice(['Haemodialysis', 'Oncology', 'Paediatrics', 'Genetics']), rng.choice(['Montréal', 'Ottawa']),
        rng.choice(['BScN, OIIQ or CNO registration', 'MSc genetic counselling, CAGC eligible', 'MSW, OTSTCFQ member']),
        rng.choice(['June 30', 'Sept 15']))
    return dict(from_=('Human Resources', 'hr@' + DOM), to=[('All staff', 'all-staff@' + DOM)], subject='Job posting',
                text=text), 'job posting'


def N_pt_committee(rng, ppl):
    text = ('P&T Committee - formulary decisions\n\n- %s added to formulary (restricted to %s)\n- %s: switch to '
            'biosimilar effective %s\n- %s removed\n\nQuestions to the pharmacy.\n\n%s') % (
        rng.choice(['Finerenone 10 mg', 'Tirzepatide', 'Difelikefalin']), rng.choice(['nephrology', 'cardiology']),
        rng.choice(['Trastuzumab', 'Rituximab', 'Infliximab']), rng.choice(['July 1', 'Sept 1']),
        rng.choice(['Ranitidine', 'Cephalexin susp. 125 mg']), sig(rng, staff(rng), 'Pharmacy & Therapeutics'))
    return dict(from_=('P&T Committee', 'pt.committee@' + DOM), to=[('Prescribers', 'prescribers@' + DOM)],
                subject='Formulary update', text=text), 'formulary committee notice'


def N_research_deid(rng, ppl):
    proto = 'MRR-%s-%03d' % (rng.choice(['ONC', 'NEPH', 'CARD']), rng.randint(10, 250))
    rows = [['Participant ID', 'Visit', 'Window', 'AE (grade)', 'Status']]
    for i in range(rng.randint(4, 8)):
        rows.append(['%s-%03d' % (proto[-3:], rng.randint(1, 120)), 'V%d' % rng.randint(1, 9),
                     '%s +/- 3 d' % rng.choice(['Day 28', 'Week 12', 'Month 6']),
                     rng.choice(['none', 'nausea (2)', 'fatigue (1)', 'neutropenia (3)']),
                     rng.choice(['completed', 'scheduled', 'missed - rescheduling'])])
    text = ('Hi team,\n\nVisit tracker for %s (coded participant IDs only, no identifiers per protocol).\n\n%s\n\n%s') % (
        proto, text_table(rows[0], rows[1:]), sig(rng, staff(rng), 'Clinical Research Coordinator'))
    return dict(from_=('Research Unit', 'research.unit@' + DOM), to=[('Study team', 'study-team@' + DOM)],
                subject='%s visit tracker' % proto, text=text), 'de-identified participant tracker'


def N_interpreter_roster(rng, ppl):
    rows = [[staff(rng)['name'], rng.choice(LANGS), rng.choice(['AM', 'PM', 'full day']),
             rng.choice(['Montréal', 'Ottawa', 'video'])] for _ in range(rng.randint(4, 8))]
    text = 'Interpreter availability next week:\n\n%s\n\nBook via the portal at least 48 h ahead.\n\n%s' % (
        text_table(['Interpreter', 'Language', 'Shift', 'Site'], rows), sig(rng, staff(rng), 'Interpreter Services'))
    return dict(from_=('Interpreter Services', 'interpreters@' + DOM), to=[('Clinic clerks', 'clerks@' + DOM)],
                subject='Interpreter availability', text=text), 'interpreter staff roster'


def N_transport_fleet(rng, ppl):
    vins = ['1FT%s%d' % (''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(4)), rng.randint(100000000, 999999999))
            for _ in range(3)]
    text = ('Fleet update\n\nUnits due for maintenance: %s. Driver %s is on the Ottawa-Montréal shuttle this week. '
            'Shuttle departs Rideau campus 07:15 and 15:30.\n\n%s') % (
        ', '.join(vins), staff(rng)['name'], sig(rng, staff(rng), 'Patient Transport - Fleet'))
    return dict(from_=('Fleet', 'fleet@' + DOM), to=[('Transport staff', 'transport@' + DOM)], subject='Fleet update',
                text=text), 'transport fleet'


def N_billing_codes(rng, ppl):
    text = ('Billing update\n\nEffective %s the following fee codes change: %s. Non-resident rates for inpatient '
            'days rise to %d $/day. Reminder: OHIP and RAMQ numbers must never be e-mailed.\n\n%s') % (
        rng.choice(['April 1', 'October 1']), ', '.join('%s%03d' % (rng.choice('AGKZ'), rng.randint(1, 999)) for _ in range(4)),
        rng.randint(3000, 7000), sig(rng, staff(rng), 'Patient Accounts'))
    return dict(from_=('Patient Accounts', 'billing@' + DOM), to=[('Billing clerks', 'billing-clerks@' + DOM)],
                subject='Fee code changes', text=text), 'billing codes update'


def N_tumour_board_ics(rng, ppl):
    start = dt.datetime(2024, rng.randint(1, 11), rng.randint(1, 28), 7, 30)
    ics = make_ics('tb-%d@%s' % (rng.randint(1, 99999), DOM), 'Multidisciplinary Tumour Board - GI',
                   'Case list circulated separately via the secure EHR worklist. Please do not e-mail case details.',
                   start, 60, 'Room C-401 / Teams', ('Tumour Board Coordinator', 'tumourboard@' + DOM),
                   [(staff(rng, title='Dr.')['disp'], 'gi-onc@' + DOM)])
    return dict(from_=('Tumour Board Coordinator', 'tumourboard@' + DOM), to=[('GI oncology', 'gi-onc@' + DOM)],
                subject='Invitation: Multidisciplinary Tumour Board - GI', text='Weekly invitation attached.',
                attachments=[att_text(ics, 'calendar', 'invite.ics')]), 'tumour board ICS without cases'


def N_vcard_staff(rng, ppl):
    s = staff(rng, title='Dr.')
    vcf = make_vcf(s['first'], s['last'], org=ORG, title=rng.choice(['Nephrologist', 'Medical Geneticist', 'Paediatric Cardiologist']),
                   tel='514-555-01%02d' % rng.randint(0, 99), email_=s['email'])
    return dict(from_=me(s), to=[('Referral Office', 'referrals@' + DOM)], subject='My contact card',
                text='Hello, my updated contact card is attached.\n\n' + s['disp'],
                attachments=[att_text(vcf, 'vcard', '%s.vcf' % strip_accents(s['last']).replace("'", ''))]), 'staff vCard'


def N_zip_policy(rng, ppl):
    files = [('policy_ROI_2024.txt', 'Release of information policy.\nVerify identity of requester. Log every request.\n'),
             ('policy_interpreters.txt', 'Use professional interpreters; family members only in emergencies.\n'),
             ('checklist_transport.txt', 'Transport checklist: mobility, oxygen, escort required (Y/N).\n')]
    z = make_zip(files[:rng.randint(2, 3)])
    return dict(from_=('Policy Office', 'policy@' + DOM), to=[('Managers', 'managers@' + DOM)],
                subject='Updated policies (zip)', text='Updated policy documents attached for review.\n\n' +
                sig(rng, staff(rng), 'Policy Office'), attachments=[att_bytes(z, MIME_ZIP, 'policies_2024.zip')]), 'policy zip'


def NF_horaire(rng, ppl):
    rows = [['Nom', 'Titre', 'Lun', 'Mar', 'Mer', 'Jeu', 'Ven']]
    for i in range(rng.randint(5, 8)):
        s = staff(rng, fr=True)
        rows.append(['%s %s' % (s['last'], s['first']), rng.choice(['inf.', 'inf. aux.', 'PAB', 'ASI']),
                     *[rng.choice(['J', 'S', 'N', '-']) for _ in range(5)]])
    text = 'Bonjour,\n\nVoici l\'horaire de la période %d pour l\'unité d\'hémodialyse.\n\n%s\n\n%s' % (
        rng.randint(1, 13), text_table(rows[0], rows[1:]), sig(rng, staff(rng, fr=True), 'Chef d\'unité', fr=True))
    return dict(from_=('Chef d\'unité', 'chef.hd@' + DOM), to=[('Personnel HD', 'personnel.hd@' + DOM)],
                subject='Horaire période', text=text, lang='fr'), 'horaire du personnel'


def NF_cer(rng, ppl):
    text = ('Avis du comité d\'éthique de la recherche\n\nLa prochaine réunion du CÉR aura lieu le %s. Projets à '
            'l\'ordre du jour : MRR-CER-%d-%03d (%s), MRR-CER-%d-%03d (%s). Les chercheurs doivent soumettre les '
            'modifications dix jours avant.\n\n%s') % (
        rng.choice(['12 mars', '9 mai', '17 octobre']), rng.randint(2022, 2024), rng.randint(1, 400),
        rng.choice(['essai de phase II en néphrologie', 'registre de cardiopathies congénitales']), rng.randint(2022, 2024),
        rng.randint(1, 400), rng.choice(['étude qualitative sur l\'interprétariat', 'biobanque oncologique']),
        sig(rng, staff(rng, fr=True), 'Bureau du CÉR', fr=True))
    return dict(from_=('Bureau du CÉR', 'cer@' + DOM), to=[('Chercheurs', 'chercheurs@' + DOM)],
                subject='Avis - réunion du CÉR', text=text, lang='fr'), 'avis comité d\'éthique'


def NF_traiteur(rng, ppl):
    text = ('Bonjour,\n\nCommande pour le %s, salle %s : %d personnes, dont %d végétariens et %d sans gluten. '
            'Bon de commande BC-%d.\n\nMerci!\n%s') % (
        rng.choice(['dîner-conférence en oncologie', 'comité de direction', 'journée de la recherche']),
        rng.choice(['A-210', 'B-114']), rng.randint(15, 60), rng.randint(2, 8), rng.randint(1, 3), rng.randint(100000, 999999),
        sig(rng, staff(rng, fr=True), 'Adjointe administrative', fr=True))
    return dict(from_=('Adjointe administrative', 'adjointe@' + DOM), to=[('Traiteur', 'commandes@traiteur-exemple.example')],
                subject='Commande traiteur', text=text, lang='fr'), 'commande traiteur'


def NF_stationnement(rng, ppl):
    text = ('Avis - stationnement\n\nLe stationnement P%d sera fermé du %s pour travaux de pavage. Les détenteurs '
            'de vignettes (no %d à %d) peuvent utiliser le P%d.\n\n%s') % (
        rng.randint(1, 4), rng.choice(['3 au 7 juin', '12 au 16 août']), rng.randint(1000, 4000),
        rng.randint(4001, 9000), rng.randint(5, 6), sig(rng, staff(rng, fr=True), 'Service du stationnement', fr=True))
    return dict(from_=('Stationnement', 'stationnement@' + DOM), to=[('Tout le personnel', 'personnel@' + DOM)],
                subject='Fermeture stationnement', text=text, lang='fr'), 'avis stationnement'


def NF_infolettre(rng, ppl):
    items = [('Nouvelle clinique', 'La clinique de cardio-oncologie accueille ses premiers patients.'),
             ('Génétique', 'Le délai pour le conseil génétique en oncologie est maintenant de 6 semaines.'),
             ('Recherche', '%d participants recrutés dans nos essais cette année.' % rng.randint(150, 500)),
             ('Bravo', 'Félicitations à l\'équipe de dialyse à domicile de %s.' % staff(rng, fr=True)['name'])]
    h = '<html><body><h2>L\'Écho du Réseau</h2>%s</body></html>' % ''.join(
        '<h4>%s</h4><p>%s</p>' % (html.escape(a), html.escape(b)) for a, b in items)
    return dict(from_=('Communications', 'communications@' + DOM), to=[('Personnel', 'personnel@' + DOM)],
                subject='L\'Écho du Réseau', text='\n\n'.join('%s\n%s' % x for x in items), html=h,
                mode=rng.choice(['html', 'alt']), lang='fr'), 'infolettre'


def NF_formulaire(rng, ppl):
    lines = ['DEMANDE D\'ACCÈS AU DOSSIER MÉDICAL', 'Nom de l\'usager : ____________________',
             'Date de naissance : ____/____/____', 'No d\'assurance maladie (NAM) : ________________',
             'No de dossier : __________', 'Signature : __________________']
    data = make_pdf('Formulaire vierge', lines)
    return dict(from_=('Archives médicales', 'archives@' + DOM), to=[('Cliniques', 'cliniques@' + DOM)],
                subject='Formulaire vierge - accès au dossier', text='Bonjour,\n\nVoici le formulaire vierge révisé.\n\n' +
                sig(rng, staff(rng, fr=True), 'Archives médicales', fr=True), lang='fr',
                attachments=[att_bytes(data, MIME_PDF, 'formulaire_accès_vierge.pdf')]), 'formulaire vierge'


def NF_soumission(rng, ppl):
    rows = [['Article', 'No de série', 'Lot', 'Prix']]
    for i in range(rng.randint(3, 5)):
        rows.append([rng.choice(['Pompe volumétrique', 'Moniteur de dialyse', 'Défibrillateur', 'Balance']),
                     rng.choice([make_sin(rng), make_ohn(rng)]), 'L%d' % rng.randint(10000, 99999),
                     '%d,00 $' % rng.randint(500, 30000)])
    text = 'Bonjour,\n\nVoici notre soumission S-%d :\n\n%s\n\nCordialement,\n%s\nReprésentant' % (
        rng.randint(1000, 9999), text_table(rows[0], rows[1:]), rng.choice(STAFF_FIRST_FR) + ' ' + rng.choice(PAT_LAST))
    return dict(from_=('Ventes', 'ventes@equipements-medicaux.example'), to=[('Génie biomédical', 'gbm@' + DOM)],
                subject='Soumission équipement', text=text, lang='fr'), 'soumission avec numéros de série'


def NF_stats_archives(rng, ppl):
    text = ('Statistiques trimestrielles - archives\n\nDemandes d\'accès reçues : %d\nTraitées en moins de 20 jours : '
            '%d %%\nDemandes d\'assureurs : %d\nDemandes d\'avocats : %d\n\nAucune donnée nominative.\n\n%s') % (
        rng.randint(300, 900), rng.randint(70, 98), rng.randint(40, 200), rng.randint(20, 90),
        sig(rng, staff(rng, fr=True), 'Archives médicales', fr=True))
    return dict(from_=('Archives médicales', 'archives@' + DOM), to=[('Direction', 'direction@' + DOM)],
                subject='Statistiques archives', text=text, lang='fr'), 'statistiques agrégées'


def NF_offre_emploi(rng, ppl):
    text = ('Affichage de poste no %d\n\n%s - %s\nPoste permanent temps complet, site de Montréal.\nExigences : %s.\n'
            'Date limite : %s.\n\nRessources humaines') % (
        rng.randint(10000, 99999), rng.choice(['Infirmière clinicienne', 'Interprète médical', 'Travailleur social',
                                               'Agente administrative']),
        rng.choice(['hémodialyse', 'oncologie', 'pédiatrie']), rng.choice(['membre de l\'OIIQ', 'bilinguisme', 'membre de l\'OTSTCFQ']),
        rng.choice(['30 juin', '15 septembre']))
    return dict(from_=('Ressources humaines', 'rh@' + DOM), to=[('Personnel', 'personnel@' + DOM)],
                subject='Affichage de poste', text=text, lang='fr'), 'offre d\'emploi'


POSITIVES = [
    ('onc_gp_update', P_onc_gp_update, 'en'), ('cardio_referral_docx', P_cardio_referral_docx, 'en'),
    ('dialysis_transport_csv', P_dialysis_transport_csv, 'en'), ('dialysis_labs_xlsx', P_dialysis_labs_xlsx, 'en'),
    ('paeds_reply', P_paeds_reply, 'en'), ('genetics_pdf', P_genetics_pdf, 'en'), ('research_csv', P_research_csv, 'en'),
    ('interpreter', P_interpreter, 'en'), ('social_work', P_social_work, 'en'),
    ('records_release_fwd', P_records_release_fwd, 'en'), ('billing_belgian', P_billing_belgian, 'en'),
    ('ics_chemo', P_ics_chemo, 'en'), ('vcard_homecare', P_vcard_homecare, 'en'), ('zip_discharge', P_zip_discharge, 'en'),
    ('eml_attached', P_eml_attached, 'en'), ('html_handover', P_html_handover, 'en'), ('subject_leak', P_subject_leak, 'en'),
    ('filename_leak', P_filename_leak, 'en'), ('informal_typos', P_informal_typos, 'en'),
    ('ohn_critical', P_ohn_critical, 'en'), ('transport_home', P_transport_home, 'en'),
    ('billing_insurer_sin', P_billing_insurer_sin, 'en'),
    ('fr_onco_suivi', F_onco_suivi, 'fr'), ('fr_transport_dialyse', F_transport_dialyse, 'fr'),
    ('fr_travail_social', F_travail_social, 'fr'), ('fr_pediatrie', F_pediatrie, 'fr'),
    ('fr_demande_acces', F_demande_acces, 'fr'), ('fr_patient_nir', F_patient_nir, 'fr'),
    ('fr_recherche_xlsx', F_recherche_xlsx, 'fr'), ('fr_genetique_docx', F_genetique_docx, 'fr'),
]
NEGATIVES = [
    ('staff_schedule', N_staff_schedule, 'en'), ('staff_leave', N_staff_leave, 'en'), ('occ_health', N_occ_health, 'en'),
    ('grand_rounds', N_grand_rounds, 'en'), ('physician_directory', N_physician_directory, 'en'),
    ('research_grant', N_research_grant, 'en'), ('ethics_agenda', N_ethics_agenda, 'en'), ('catering', N_catering, 'en'),
    ('security', N_security, 'en'), ('parking', N_parking, 'en'), ('conference', N_conference, 'en'),
    ('vendor_quote', N_vendor_quote, 'en'), ('stats', N_stats, 'en'), ('newsletter', N_newsletter, 'en'),
    ('blank_form', N_blank_form, 'en'), ('teaching_case', N_teaching_case, 'en'), ('invoice', N_invoice, 'en'),
    ('it_outage', N_it_outage, 'en'), ('job_posting', N_job_posting, 'en'), ('pt_committee', N_pt_committee, 'en'),
    ('research_deid', N_research_deid, 'en'), ('interpreter_roster', N_interpreter_roster, 'en'),
    ('transport_fleet', N_transport_fleet, 'en'), ('billing_codes', N_billing_codes, 'en'),
    ('tumour_board_ics', N_tumour_board_ics, 'en'), ('vcard_staff', N_vcard_staff, 'en'), ('zip_policy', N_zip_policy, 'en'),
    ('fr_horaire', NF_horaire, 'fr'), ('fr_cer', NF_cer, 'fr'), ('fr_traiteur', NF_traiteur, 'fr'),
    ('fr_stationnement', NF_stationnement, 'fr'), ('fr_infolettre', NF_infolettre, 'fr'),
    ('fr_formulaire_vierge', NF_formulaire, 'fr'), ('fr_soumission', NF_soumission, 'fr'),
    ('fr_stats_archives', NF_stats_archives, 'fr'), ('fr_offre_emploi', NF_offre_emploi, 'fr'),
]


# ================================================================= driver
def build(spec, rng):
    s = dict(spec)
    s['from'] = s.pop('from_')
    return build_message(s, rng)


def slots(templates, total, seed, tag):
    per = total // len(templates)
    out = []
    for t in templates:
        out += [t] * per
    extra = total - len(out)
    out += templates[:extra]
    random.Random('%s-%s-order' % (seed, tag)).shuffle(out)
    return out


def generate(seed, out_dir):
    for sub in ('positive', 'negative'):
        d = os.path.join(out_dir, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    ppl = People(seed)
    labels = {}
    for kind, templates, total in (('p', POSITIVES, 120), ('n', NEGATIVES, 180)):
        for i, (cat, fn, lang) in enumerate(slots(templates, total, seed, kind), 1):
            rng = random.Random('%s-%s-%d' % (seed, kind, i))
            if fn is P_eml_attached:
                spec, types, note = fn(rng, ppl, build)
            elif kind == 'p':
                spec, types, note = fn(rng, ppl)
            else:
                spec, note = fn(rng, ppl)
                types = []
            spec.setdefault('lang', lang)
            msg = build(spec, rng)
            crlf = rng.random() < 0.5
            data = serialize(msg, crlf)
            rel = '%s/%s%03d_%s.eml' % ('positive' if kind == 'p' else 'negative', kind, i, cat)
            with open(os.path.join(out_dir, rel), 'wb') as f:
                f.write(data)
            labels[rel] = dict(confidential=kind == 'p', types=sorted(set(types)), lang=lang, note=note)
    with open(os.path.join(out_dir, 'labels.json'), 'w', encoding='utf-8') as f:
        json.dump(labels, f, indent=1, sort_keys=True, ensure_ascii=False)
        f.write('\n')
    return labels


ALL_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
             'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def self_check(out_dir):
    with open(os.path.join(out_dir, 'labels.json'), encoding='utf-8') as f:
        labels = json.load(f)
    files = sorted('%s/%s' % (sub, n) for sub in ('positive', 'negative')
                   for n in os.listdir(os.path.join(out_dir, sub)))
    assert files == sorted(labels), 'labels do not cover exactly the files'
    nams = {p['nam'] for p in load_nams()}
    counts = {'positive': 0, 'negative': 0, 'en': 0, 'fr': 0}
    h = hashlib.sha256()
    for rel in files:
        lab = labels[rel]
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and lab['types'], rel
            counts['positive'] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            counts['negative'] += 1
        assert set(lab['types']) <= ALL_TYPES, rel
        counts[lab['lang']] += 1
        with open(os.path.join(out_dir, rel), 'rb') as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['From'] and msg['Subject'] is not None, rel
        nparts = 0
        for part in msg.walk():
            if part.is_multipart():
                continue
            nparts += 1
            content = part.get_content()
            if part.get_content_maintype() != 'text':
                assert isinstance(content, bytes) and content, rel
                if content[:2] == b'PK':
                    zipfile.ZipFile(io.BytesIO(content)).testzip()
            else:
                assert isinstance(content, str) and content.strip(), rel
                for m in re.findall(r'\b[A-Z]{4}\d{8}\b', content):
                    assert m in nams or not rel.startswith('negative/'), (rel, m)
        assert nparts >= 1, rel
        h.update(rel.encode('utf-8') + b'\0' + raw + b'\0')
    with open(os.path.join(out_dir, 'labels.json'), 'rb') as f:
        h.update(b'labels.json\0' + f.read())
    return counts, h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    a = ap.parse_args()
    generate(a.seed, a.out)
    counts, digest = self_check(a.out)
    print('positives=%d negatives=%d en=%d fr=%d' % (counts['positive'], counts['negative'], counts['en'], counts['fr']))
    print('sha256=%s' % digest)


if __name__ == '__main__':
    main()
