#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus -- surgical services of an invented Montréal
university hospital (CHU des Érables).  Writes positive/ (120) and negative/ (180)
.eml files plus labels.json, deterministically from a seed.

All people, institutions, addresses and domains are invented.  Every RAMQ NAM comes
from ../blind_nams.txt; other identifiers are generated and checked with python-stdnum.

Usage:  python generate.py [--seed 3535] [--out DIR]
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
from stdnum.be import nn as be_nn
from stdnum.ca import sin as ca_sin
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 3535
N_POS, N_NEG = 120, 180
FIXED_ZIP_TIME = (2024, 1, 1, 8, 0, 0)
FIXED_DT = dt.datetime(2024, 1, 1, 8, 0, 0, tzinfo=dt.timezone.utc)
ALL_TYPES = ['ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
             'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
             'patient_contact', 'social_information']

DOM = 'chu-erables.example'
HOSP_FR = 'CHU des Érables'
HOSP_EN = 'Érables University Hospital Centre'
HOSP_ADDR = '4200, boulevard des Érables, Montréal (Québec)  H2X 0Z9'

MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------
def strip_accents(s):
    return ''.join(ch for ch in unicodedata.normalize('NFD', s) if not unicodedata.combining(ch))


def slug(s):
    return re.sub(r'[^a-z0-9]+', '.', strip_accents(s).lower()).strip('.')


LATIN1_FIX = {'\u2019': "'", '\u2018': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-',
              '\u2014': '-', '\u2026': '...', '\u0153': 'oe', '\u0152': 'OE', '\u20ac': 'EUR',
              '\u2022': '*', '\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u00a0': ' ',
              '\u202f': ' ', '\u2011': '-'}


def to_latin1(s):
    for k, v in LATIN1_FIX.items():
        s = s.replace(k, v)
    return s


def fmt_date(d, lang, style=None, rng=None):
    if style is None:
        style = rng.choice(['iso', 'long', 'slash']) if rng else 'iso'
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'slash':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%m/%d/%Y')
    if style == 'dash':
        return d.strftime('%d-%m-%Y')
    if style == 'short':
        return d.strftime('%d/%m') if lang == 'fr' else d.strftime('%b %d').replace(' 0', ' ')
    if style == 'mon':
        return '%02d-%s-%d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    # long
    if lang == 'fr':
        return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
    return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)


def fmt_day(d, lang):
    if lang == 'fr':
        return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
    return '%s, %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def table_text(rows, sep='  '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append(sep.join(str(v).ljust(widths[i]) for i, v in enumerate(r)).rstrip())
        if j == 0:
            out.append(sep.join('-' * w for w in widths))
    return '\n'.join(out)


def table_html(rows):
    h = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for j, r in enumerate(rows):
        tag = 'th' if j == 0 else 'td'
        h.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, htmlmod.escape(str(v)), tag) for v in r) + '</tr>')
    h.append('</table>')
    return '\n'.join(h)


def text_to_html(text, tables=None, font=None):
    """Very small plain->HTML converter.  Lines '[[TABLEn]]' are replaced by tables."""
    tables = tables or []
    font = font or 'Calibri, Arial, sans-serif'
    out = ['<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>',
           '<body><div style="font-family:%s;font-size:11pt">' % font]
    quote_open = False
    for line in text.split('\n'):
        m = re.match(r'^\[\[TABLE(\d+)\]\]$', line.strip())
        if m:
            out.append(table_html(tables[int(m.group(1))]))
            continue
        if line.startswith('>'):
            if not quote_open:
                out.append('<blockquote style="border-left:2px solid #1f4e79;margin-left:4px;padding-left:8px;color:#444">')
                quote_open = True
            out.append(htmlmod.escape(line.lstrip('> ').rstrip()) + '<br>')
            continue
        if quote_open:
            out.append('</blockquote>')
            quote_open = False
        if not line.strip():
            out.append('<br>')
        else:
            out.append(htmlmod.escape(line) + '<br>')
    if quote_open:
        out.append('</blockquote>')
    out.append('</div></body></html>')
    return '\n'.join(out)


def expand_tables_plain(text, tables):
    def rep(m):
        return table_text(tables[int(m.group(1))])
    return re.sub(r'^\[\[TABLE(\d+)\]\]$', rep, text, flags=re.M)


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()
            y, m, d = (int(x) for x in dob.split('-'))
            people.append(dict(surname=sur, given=given, dob=dt.date(y, m, d), sex=sex, nam=nam))
    return people


def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        s = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(s):
            return s


def fmt_sin(s, rng):
    return rng.choice(['%s %s %s', '%s-%s-%s', '%s%s%s']) % (s[:3], s[3:6], s[6:])


def gen_hcn(rng):
    """Ontario health card number: 10 digits, Luhn check digit, 2-letter version code."""
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        s = body + luhn.calc_check_digit(body)
        if luhn.is_valid(s):
            return s, ''.join(rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(2))


def fmt_hcn(s, vc, rng):
    st = rng.randrange(4)
    if st == 0:
        return '%s-%s-%s-%s' % (s[:4], s[4:7], s[7:], vc)
    if st == 1:
        return '%s %s %s %s' % (s[:4], s[4:7], s[7:], vc)
    if st == 2:
        return '%s %s' % (s, vc)
    return s


def gen_niss(rng, dob, sex):
    while True:
        seq = rng.randrange(1, 998)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % seq
        num = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - num % 97
        s = base + '%02d' % chk
        if be_nn.is_valid(s):
            return s


def fmt_niss(s, rng):
    if rng.random() < 0.6:
        return '%s.%s.%s-%s.%s' % (s[:2], s[2:4], s[4:6], s[6:9], s[9:])
    return s


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['75', '69', '13', '33', '59', '44', '31', '67', '35', '06'])
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + \
            '%03d' % rng.randrange(1, 990) + '%03d' % rng.randrange(1, 999)
        key = 97 - int(base) % 97
        s = base + '%02d' % key
        if fr_nir.is_valid(s):
            return s


def fmt_nir(s, rng):
    if rng.random() < 0.6:
        return ' '.join([s[0], s[1:3], s[3:5], s[5:7], s[7:10], s[10:13], s[13:]])
    return s


def fmt_nam(nam, rng):
    st = rng.choice(['plain', 'plain', 'spaced', 'spaced', 'spaced', 'lower', 'dash', 'dot', 'half', 'letters'])
    a, b, c = nam[:4], nam[4:8], nam[8:]
    if st == 'plain':
        return nam
    if st == 'spaced':
        return '%s %s %s' % (a, b, c)
    if st == 'lower':
        return ('%s %s %s' % (a, b, c)).lower()
    if st == 'dash':
        return '%s-%s-%s' % (a, b, c)
    if st == 'dot':
        return '%s.%s.%s' % (a, b, c)
    if st == 'half':
        return '%s %s%s' % (a, b, c)
    return ' '.join(a) + ' ' + b + ' ' + c


def fake_luhn_number(rng, n):
    body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------
# attachment builders (byte-for-byte reproducible)
# ---------------------------------------------------------------------------
def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename.endswith('core.xml'):
                content = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms)',
                                 rb'\g<1>2024-01-01T08:00:00Z\g<2>', content)
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
            z.writestr(zi, content)
    return out.getvalue()


def make_pdf(title, lines, author='CHU des Érables'):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    cv.setTitle(title)
    cv.setAuthor(author)
    cv.setCreator('DocGen 2.3')
    y = 740
    cv.setFont('Helvetica-Bold', 13)
    cv.drawString(54, y, title)
    y -= 26
    cv.setFont('Helvetica', 10)
    for line in lines:
        chunks = []
        line = to_latin1(line)
        while len(line) > 96:
            cut = line.rfind(' ', 0, 96)
            cut = cut if cut > 20 else 96
            chunks.append(line[:cut])
            line = line[cut:].lstrip()
        chunks.append(line)
        for ch in chunks:
            if y < 60:
                cv.showPage()
                cv.setFont('Helvetica', 10)
                y = 740
            cv.drawString(54, y, ch)
            y -= 14
    cv.showPage()
    cv.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author='CHU des Érables'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT.replace(tzinfo=None)
    cp.modified = FIXED_DT.replace(tzinfo=None)
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='CHU des Érables'):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT.replace(tzinfo=None)
    wb.properties.modified = FIXED_DT.replace(tzinfo=None)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=';', encoding='utf-8', nl='\r\n'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=sep, lineterminator=nl)
    for r in rows:
        w.writerow(r)
    txt = s.getvalue()
    if encoding != 'utf-8':
        txt = to_latin1(txt)
    return txt.encode(encoding)


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, minutes, location, description, organizer, attendees=()):
    end = start + dt.timedelta(minutes=minutes)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//CHU des Erables//Agenda 4.2//FR', 'VERSION:2.0',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:%s' % uid,
             'DTSTAMP:20240101T120000Z',
             'DTSTART;TZID=America/Montreal:%s' % start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Montreal:%s' % end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:%s' % ics_escape(summary), 'LOCATION:%s' % ics_escape(location),
             'DESCRIPTION:%s' % ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a[0], a[1]))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for ln in lines:
        b = ln
        while len(b.encode('utf-8')) > 74:
            cut = 70
            while len(b[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(b[:cut])
            b = ' ' + b[cut:]
        folded.append(b)
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')


def make_vcard(fn, sur, given, tels=(), emails=(), adr=None, org=None, title=None, note=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (sur, given), 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        lines.append('EMAIL;TYPE=INTERNET:%s' % e)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % adr)
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


class Att:
    def __init__(self, filename, ctype, data, cte=None, inline=False):
        self.filename, self.ctype, self.data, self.cte, self.inline = filename, ctype, data, cte, inline


CT = {'pdf': 'application/pdf',
      'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'csv': 'text/csv', 'ics': 'text/calendar', 'vcf': 'text/vcard', 'zip': 'application/zip',
      'txt': 'text/plain', 'eml': 'message/rfc822'}


# ---------------------------------------------------------------------------
# MIME serialisation (hand-built so that every choice is explicit and seeded)
# ---------------------------------------------------------------------------
def hdr_encode(name, value, cs):
    if all(ord(ch) < 128 for ch in value):
        return value
    hcs = cs
    try:
        value.encode(hcs)
    except UnicodeEncodeError:
        hcs = 'utf-8'
    return Header(value, hcs, maxlinelen=76, header_name=name).encode(linesep='\n')


def addr_encode(pairs, cs):
    out = []
    for name, addr in pairs:
        if not name:
            out.append(addr)
            continue
        hcs = cs
        try:
            name.encode(hcs)
        except UnicodeEncodeError:
            hcs = 'utf-8'
        out.append(formataddr((name, addr), charset=hcs))
    return ',\n '.join(out) if len(', '.join(out)) > 70 else ', '.join(out)


def encode_text_part(text, subtype, cs, cte, nl):
    if subtype == 'html':
        text = text.replace('%CHARSET%', cs)
    if cs == 'iso-8859-1':
        text = to_latin1(text)
    elif cs == 'windows-1252':
        try:
            text.encode(cs)
        except UnicodeEncodeError:
            text = to_latin1(text)
    try:
        raw = text.encode(cs)
    except UnicodeEncodeError:
        cs = 'utf-8'
        raw = text.encode(cs)
    is_ascii = all(b < 128 for b in raw)
    if cte in ('8bit', '7bit'):
        cte = '7bit' if is_ascii else '8bit'
        if any(len(l) > 900 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
    if cte == 'quoted-printable':
        payload = quopri.encodestring(raw)
    elif cte == 'base64':
        payload = base64.encodebytes(raw.replace(b'\n', nl.encode()))
    else:
        payload = raw
    if not payload.endswith(b'\n'):
        payload += b'\n'
    headers = [('Content-Type', 'text/%s; charset="%s"' % (subtype, cs)),
               ('Content-Transfer-Encoding', cte)]
    return ('leaf', headers, payload)


def disp_params(filename, rng):
    if all(ord(ch) < 128 for ch in filename):
        return 'filename="%s"' % filename, 'name="%s"' % filename
    enc = "utf-8''" + ''.join(ch if (ch.isascii() and (ch.isalnum() or ch in '._-')) else
                              ''.join('%%%02X' % b for b in ch.encode('utf-8')) for ch in filename)
    return 'filename*=%s' % enc, 'name*=%s' % enc


def att_node(att, rng, nl):
    fparam, nparam = disp_params(att.filename, rng)
    disp = ('inline' if att.inline else 'attachment') + '; ' + fparam
    ctype = att.ctype
    if ctype == 'message/rfc822':
        raw = att.data
        cte = '7bit' if all(b < 128 for b in raw) else '8bit'
        headers = [('Content-Type', 'message/rfc822' + ('; ' + nparam if rng.random() < 0.5 else '')),
                   ('Content-Transfer-Encoding', cte), ('Content-Disposition', disp)]
        if not raw.endswith(b'\n'):
            raw += b'\n'
        return ('leaf', headers, raw)
    if ctype.startswith('text/'):
        cs = 'utf-8'
        try:
            att.data.decode('utf-8')
        except UnicodeDecodeError:
            cs = 'windows-1252'
        cte = att.cte or rng.choice(['base64', 'quoted-printable', 'base64'])
        if cte == 'quoted-printable':
            payload = quopri.encodestring(att.data.replace(b'\r\n', b'\n'))
        else:
            payload = base64.encodebytes(att.data)
        extra = '; method=REQUEST' if ctype == 'text/calendar' else ''
        headers = [('Content-Type', '%s; charset="%s"%s; %s' % (ctype, cs, extra, nparam)),
                   ('Content-Transfer-Encoding', cte), ('Content-Disposition', disp)]
        return ('leaf', headers, payload)
    payload = base64.encodebytes(att.data)
    ct = ctype + ('; ' + nparam if rng.random() < 0.7 else '')
    headers = [('Content-Type', ct), ('Content-Transfer-Encoding', 'base64'), ('Content-Disposition', disp)]
    return ('leaf', headers, payload)


def serialize(node):
    if node[0] == 'leaf':
        _, headers, payload = node
        head = ''.join('%s: %s\n' % (k, v) for k, v in headers)
        return head.encode('ascii') + b'\n' + payload
    _, headers, boundary, children, preamble = node
    out = [''.join('%s: %s\n' % (k, v) for k, v in headers).encode('ascii'), b'\n']
    if preamble:
        out.append(preamble.encode('ascii') + b'\n')
    for ch in children:
        out.append(('--%s\n' % boundary).encode('ascii'))
        out.append(serialize(ch))
    out.append(('\n--%s--\n' % boundary).encode('ascii'))
    return b''.join(out)


def multi(subtype, children, rng):
    boundary = rng.choice(['----=_NextPart_%03d_%04X_%08X.%08X', '=_Part_%d_%d.%d%d',
                           '------------%012d%d%d%d', 'b1_%x%x%x%x']) % tuple(rng.getrandbits(28) for _ in range(4))
    ctype = 'multipart/%s;\n boundary="%s"' % (subtype, boundary)
    preamble = rng.choice([None, 'This is a multi-part message in MIME format.', ''])
    return ('multi', [('Content-Type', ctype)], boundary, children, preamble)


MAILERS = [None, 'Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8',
           'Roundcube Webmail/1.6.5', 'Apple Mail (2.3774)', None]


def build_message(spec, rng, force=None):
    """spec keys: frm, to, cc, subject, date, msgid, body, tables, html, html_only, plain_only,
    atts, in_reply_to, lang, importance.  Returns bytes."""
    force = force or {}
    lang = spec.get('lang', 'fr')
    nl = force.get('nl') or rng.choice(['\r\n', '\n'])
    if lang == 'fr':
        cs = force.get('cs') or rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'utf-8'])
    else:
        cs = force.get('cs') or rng.choice(['utf-8', 'utf-8', 'utf-8', 'windows-1252', 'iso-8859-1'])
    cte = force.get('cte') or rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit', '8bit'])
    tables = spec.get('tables') or []
    body = spec.get('body', '')
    plain = expand_tables_plain(body, tables)
    if spec.get('html_only'):
        form = 'html'
    elif spec.get('plain_only'):
        form = 'plain'
    else:
        form = force.get('form') or rng.choice(['plain', 'plain', 'alt', 'alt', 'alt', 'html'])
        if tables and form == 'plain' and rng.random() < 0.5:
            form = 'alt'
    html = spec.get('html') or text_to_html(body, tables, font=rng.choice(
        [None, 'Arial, Helvetica, sans-serif', 'Segoe UI, sans-serif', 'Times New Roman, serif']))
    if form == 'plain':
        body_node = encode_text_part(plain, 'plain', cs, cte, nl)
    elif form == 'html':
        body_node = encode_text_part(html, 'html', cs, cte, nl)
    else:
        cte2 = rng.choice([cte, 'quoted-printable', 'base64'])
        body_node = multi('alternative', [encode_text_part(plain, 'plain', cs, cte, nl),
                                          encode_text_part(html, 'html', cs, cte2, nl)], rng)
    atts = spec.get('atts') or []
    if atts:
        root = multi('mixed', [body_node] + [att_node(a, rng, nl) for a in atts], rng)
    else:
        root = body_node
    hdrs = []
    hdrs.append(('From', addr_encode([spec['frm']], cs)))
    hdrs.append(('To', addr_encode(spec['to'], cs)))
    if spec.get('cc'):
        hdrs.append(('Cc', addr_encode(spec['cc'], cs)))
    hdrs.append(('Subject', hdr_encode('Subject', spec['subject'], cs)))
    hdrs.append(('Date', format_datetime(spec['date'])))
    hdrs.append(('Message-ID', spec['msgid']))
    if spec.get('in_reply_to'):
        hdrs.append(('In-Reply-To', spec['in_reply_to']))
        hdrs.append(('References', spec['in_reply_to']))
    hdrs.append(('MIME-Version', '1.0'))
    mailer = spec.get('mailer', rng.choice(MAILERS))
    if mailer:
        hdrs.append(('X-Mailer', mailer))
    if rng.random() < 0.5:
        hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
    if spec.get('importance'):
        hdrs.append(('Importance', spec['importance']))
    if root[0] == 'leaf':
        root = ('leaf', root[1], root[2])
        allh = hdrs + root[1]
        node = ('leaf', allh, root[2])
    else:
        node = ('multi', hdrs + root[1], root[2], root[3], root[4])
    data = serialize(node)
    data = data.replace(b'\r\n', b'\n')
    if nl == '\r\n':
        data = data.replace(b'\n', b'\r\n')
    return data


# ---------------------------------------------------------------------------
# invented people and places
# ---------------------------------------------------------------------------
def S(key, given, sur, title, role_fr, role_en, ext, dom=DOM):
    return dict(key=key, given=given, sur=sur, title=title, role_fr=role_fr, role_en=role_en, ext=ext,
                email='%s.%s@%s' % (slug(given), slug(sur), dom))


STAFF = [
    S('haddad', 'Karim', 'Haddad', 'Dr', 'Chirurgien général', 'General surgeon', '23411'),
    S('charest', 'Isabelle', 'Charest', 'Dre', 'Chirurgienne générale et endocrinienne', 'General & endocrine surgeon', '23415'),
    S('bergeron', 'Olivier', 'Bergeron', 'Dr', 'Chirurgien orthopédiste', 'Orthopaedic surgeon', '24102'),
    S('dufresne', 'Amélie', 'Dufresne', 'Dre', 'Chirurgienne orthopédiste', 'Orthopaedic surgeon', '24107'),
    S('ouimet', 'Samuel', 'Ouimet', 'Dr', 'Urologue', 'Urologist', '24530'),
    S('benali', 'Fatima', 'Benali', 'Dre', 'Gynécologue-obstétricienne', 'Gynaecologist', '25011'),
    S('vezina', 'Raphaël', 'Vézina', 'Dr', 'Oto-rhino-laryngologiste', 'Otolaryngologist', '25220'),
    S('tran', 'Mei-Lin', 'Tran', 'Dre', 'Ophtalmologiste', 'Ophthalmologist', '25340'),
    S('lacasse', 'Étienne', 'Lacasse', 'Dr', 'Chirurgien vasculaire', 'Vascular surgeon', '24610'),
    S('marchand', 'Sophie', 'Marchand', 'Dre', 'Chirurgienne plasticienne', 'Plastic surgeon', '24688'),
    S('beauregard', 'Catherine', 'Beauregard', 'Dre', 'Chirurgienne pédiatrique', 'Paediatric surgeon', '26015'),
    S('giguere', 'Jean-François', 'Giguère', 'Dr', 'Anesthésiologiste', 'Anaesthesiologist', '23700'),
    S('elkhoury', 'Nadia', 'El-Khoury', 'Dre', 'Anesthésiologiste', 'Anaesthesiologist', '23702'),
    S('stein', 'Michael', 'Stein', 'Dr', 'Anesthésiologiste', 'Anaesthesiologist', '23705'),
    S('page', 'Laurence', 'Pagé', 'Dre', 'Anesthésiologiste, responsable CPO', 'Anaesthesiologist, pre-op clinic lead', '23709'),
    S('brisebois', 'Hélène', 'Brisebois', 'Dre', 'Pathologiste', 'Pathologist', '27120'),
    S('kowalski', 'Andrew', 'Kowalski', 'Dr', 'Pathologiste', 'Pathologist', '27124'),
    S('dore', 'Chantal', 'Doré', '', 'Infirmière, clinique préopératoire', 'Nurse, pre-op clinic', '23840'),
    S('bissonnette', 'Julie', 'Bissonnette', '', 'Infirmière clinicienne, CPO', 'Clinical nurse, pre-op clinic', '23841'),
    S('gosselin', 'Mélanie', 'Gosselin', '', 'Assistante infirmière-chef, bloc opératoire', 'Assistant head nurse, OR', '23602'),
    S('arsenault', 'Kevin', 'Arsenault', '', 'Infirmier, salle de réveil', 'Nurse, PACU', '23650'),
    S('levesque', 'Patricia', 'Lévesque', '', 'Infirmière, chirurgie d\'un jour', 'Nurse, day surgery', '23910'),
    S('cormier', 'Nadia', 'Cormier', '', 'Infirmière de liaison', 'Liaison nurse', '23925'),
    S('proulx', 'Yannick', 'Proulx', '', 'Infirmier, bloc opératoire', 'OR nurse', '23611'),
    S('beaulieu', 'Annie', 'Beaulieu', '', 'Infirmière, bloc opératoire', 'OR nurse', '23612'),
    S('plante', 'Marie-Ève', 'Plante', '', 'Infirmière, suivi post-opératoire', 'Nurse, post-op follow-up', '23955'),
    S('roussel', 'Stéphanie', 'Roussel', '', 'Inhalothérapeute', 'Respiratory therapist', '23720'),
    S('lemay', 'Jonathan', 'Lemay', '', 'Infirmier, bloc opératoire', 'OR nurse', '23614'),
    S('desjardins', 'Caroline', 'Desjardins', '', 'Agente administrative, programmation opératoire', 'OR booking clerk', '23500'),
    S('theriault', 'Maxime', 'Thériault', '', 'Préposé aux bénéficiaires, bloc', 'OR orderly', '23630'),
    S('hamel', 'Valérie', 'Hamel', '', 'Infirmière, bloc opératoire', 'OR nurse', '23615'),
    S('cyr', 'Guillaume', 'Cyr', '', 'Infirmier, salle de réveil', 'PACU nurse', '23651'),
    S('cote', 'Émilie', 'Côté', '', 'Secrétaire médicale, chirurgie générale', 'Medical secretary, general surgery', '23420'),
    S('goldberg', 'Rachel', 'Goldberg', '', 'Secrétaire médicale, orthopédie', 'Medical secretary, orthopaedics', '24110'),
    S('oneill', 'Daniel', "O'Neill", '', 'Infirmier, chirurgie d\'un jour', 'Day-surgery nurse', '23911'),
    S('raman', 'Priya', 'Raman', '', 'Résidente R3 chirurgie', 'Surgery resident (PGY-3)', '23499'),
    S('fraser', 'Tom', 'Fraser', '', 'Résident R2 anesthésie', 'Anaesthesia resident (PGY-2)', '23799'),
    S('pinto', 'Sandra', 'Pinto', '', 'Infirmière, bloc opératoire', 'OR nurse', '23616'),
    S('berube', 'Luc', 'Bérubé', '', 'Infirmier, bloc opératoire', 'OR nurse', '23617'),
    S('lalonde', 'Josiane', 'Lalonde', '', 'Infirmière, salle de réveil', 'PACU nurse', '23652'),
    S('saidi', 'Ahmed', 'Saidi', '', 'Préposé, bloc opératoire', 'OR attendant', '23631'),
    S('boily', 'Karine', 'Boily', '', 'Infirmière, bloc opératoire', 'OR nurse', '23618'),
    S('goulet', 'Mathieu', 'Goulet', '', 'Infirmier, bloc opératoire', 'OR nurse', '23619'),
    S('seguin', 'Lyne', 'Séguin', '', 'Agente administrative, CPO', 'Pre-op clinic clerk', '23845'),
    S('auclair', 'Francis', 'Auclair', '', 'Agent de programmation opératoire', 'OR scheduler', '23501'),
    S('carrier', 'Réal', 'Carrier', '', 'Chef de service, URDM', 'Manager, sterile processing (MDRD)', '23300'),
    S('labrie', 'Dominique', 'Labrie', '', 'Technicienne en retraitement des DM', 'Sterile processing technician', '23310'),
    S('huard', 'Sylvain', 'Huard', '', 'Technicien en retraitement des DM', 'Sterile processing technician', '23311'),
    S('ferland', 'Mireille', 'Ferland', '', 'Assistante-chef, URDM', 'Assistant manager, sterile processing', '23301'),
    S('gadbois', 'Patrice', 'Gadbois', '', 'Technicien URDM, soir', 'Sterile processing tech, evening', '23312'),
    S('lamarre', 'Hugo', 'Lamarre', '', 'Conseiller en prévention des infections', 'Infection prevention advisor', '23080'),
    S('marcotte', 'Josée', 'Marcotte', '', 'Infirmière-chef, bloc opératoire', 'Head nurse, operating rooms', '23600'),
    S('rochon', 'Anne-Marie', 'Rochon', '', 'Directrice adjointe, services chirurgicaux', 'Associate director, surgical services', '23001'),
    S('nantel', 'Isabelle', 'Nantel', '', 'Coordonnatrice, clinique préopératoire', 'Coordinator, pre-op clinic', '23800'),
    S('tessier', 'Marc-André', 'Tessier', '', 'Travailleur social, chirurgie', 'Social worker, surgery', '23960'),
    S('aubin', 'Sophie', 'Aubin', '', 'Technologiste médicale, pathologie', 'Medical technologist, pathology', '27140'),
    S('dumont', 'Carl', 'Dumont', '', 'Technologiste, banque de sang', 'Blood bank technologist', '27210'),
    S('hebert', 'Martine', 'Hébert', '', 'Infirmière, santé et sécurité au travail', 'Occupational health nurse', '22050'),
    S('vaillancourt', 'Éric', 'Vaillancourt', '', 'Analyste, direction des ressources informationnelles', 'IT analyst', '22400'),
    S('poitras', 'Gaétan', 'Poitras', '', 'Contremaître, services techniques', 'Foreman, facilities', '22600'),
    S('pare', 'Dominique', 'Paré', '', 'Conseillère en ressources humaines', 'HR advisor', '22100'),
    S('lafrance', 'Sébastien', 'Lafrance', '', 'Acheteur, approvisionnement', 'Buyer, procurement', '22700'),
    S('morissette', 'Ariane', 'Morissette', '', 'Pharmacienne, bloc opératoire', 'OR pharmacist', '23750'),
    S('ducharme', 'Gabriel', 'Ducharme', '', 'Agent d\'information, communications', 'Communications officer', '22010'),
    S('archambault', 'Nicole', 'Archambault', '', 'Archiviste médicale', 'Health records technician', '22300'),
]
STAFF_BY_KEY = {s['key']: s for s in STAFF}
SURGEONS = {'gen': ['haddad', 'charest'], 'endo': ['charest'], 'ortho': ['bergeron', 'dufresne'], 'uro': ['ouimet'],
            'gyn': ['benali'], 'orl': ['vezina'], 'oph': ['tran'], 'vasc': ['lacasse'], 'plast': ['marchand'],
            'ped': ['beauregard', 'vezina']}
ANESTH = ['giguere', 'elkhoury', 'stein', 'page']
OR_NURSES = ['gosselin', 'proulx', 'beaulieu', 'lemay', 'hamel', 'pinto', 'berube', 'boily', 'goulet', 'arsenault',
             'cyr', 'lalonde', 'oneill', 'levesque']
PATHOLOGISTS = ['brisebois', 'kowalski']

EXT = {  # external invented contacts
    'gp': dict(given='Véronique', sur='Allard', title='Dre', email='v.allard@cliniquevalfleuri.example',
               org='Clinique médicale Val-Fleuri', phone='450 555-0187'),
    'clsc': dict(given='Sonia', sur='Daigle', title='', email='sonia.daigle@clsc-riviere-des-saules.example',
                 org='CLSC Rivière-des-Saules, soutien à domicile', phone='514 555-0163'),
    'transport': dict(given='', sur='', title='', email='repartition@transport-bellerive.example',
                      org='Transport adapté Bellerive', phone='514 555-0199'),
    'vendor': dict(given='Jessica', sur='Laurin', title='', email='jlaurin@medisuture.example',
                   org='Medisuture Canada inc.', phone='1 800 555-0134'),
    'ortho_rep': dict(given='Brad', sur='Kessler', title='', email='brad.kessler@orthonova.example',
                      org='OrthoNova Implants Ltd.', phone='416 555-0121'),
    'insurer': dict(given='', sur='', title='', email='dossiers.medicaux@assurvoyage-benelux.example',
                    org='AssurVoyage Benelux', phone='+32 2 555 01 44'),
    'cpam': dict(given='', sur='', title='', email='relations.internationales@caisse-maladie-lyon.example',
                 org='Caisse d\'assurance maladie (Lyon) - relations internationales', phone='+33 4 55 50 01 02'),
    'ohip': dict(given='Megan', sur='Doyle', title='', email='billing@ottawa-valley-health.example',
                 org='Ottawa Valley Health Centre - interprovincial billing', phone='613 555-0148'),
    'cnesst': dict(given='', sur='', title='', email='reclamations@indemnisation-travail.example',
                   org='Bureau d\'indemnisation des lésions professionnelles (dossier employeur)', phone='514 555-0111'),
    'sterilab': dict(given='Rémi', sur='Sauvageau', title='', email='r.sauvageau@sterilab.example',
                     org='Stérilab Québec - service technique', phone='450 555-0176'),
}

STREETS = ['rue des Ormeaux-Bleus', 'avenue Champfleury', 'rue Lavigne', 'boulevard du Coteau-Vert', 'rue de la Montagne-Douce',
           'avenue des Pruches', 'rue Saint-Évariste', 'rue Papineau-Nord', 'croissant des Mésanges', 'rue Bellerive-Ouest',
           'avenue Kildare-Park', 'rue Sherbourne-Est', 'chemin du Lac-Caché', 'rue des Tilleuls-Rouges']
CITIES = [('Montréal', 'QC', 'H2'), ('Montréal', 'QC', 'H1'), ('Laval', 'QC', 'H7'), ('Longueuil', 'QC', 'J4'),
          ('Terrebonne', 'QC', 'J6'), ('Montréal', 'QC', 'H4'), ('Brossard', 'QC', 'J4'), ('Saint-Jérôme', 'QC', 'J7')]

PAT_SUR_FR = ['Tremblay', 'Lavoie', 'Dion', 'Vachon', 'Labelle', 'Deschênes', 'Gingras', 'Poulin', 'Beaudoin', 'Rioux',
              'Lachance', 'Bédard', 'Grenier', 'Turcotte', 'Ménard', 'Dufour', 'Lafleur', 'Boisvert', 'Chartrand', 'Nguyen']
PAT_SUR_EN = ['Campbell', 'Murphy', 'Kelly', 'Stewart', 'Patel', 'Kowal', 'Rossi', 'Greenberg', 'Chen', 'Santos']
PAT_GIV_F = ['Gisèle', 'Lise', 'Huguette', 'Francine', 'Chloé', 'Léa', 'Jacinthe', 'Thérèse', 'Noémie', 'Lucie',
             'Brenda', 'Heather', 'Margaret', 'Priya', 'Maria']
PAT_GIV_M = ['Réjean', 'Normand', 'Yvon', 'Marcel', 'Stéphane', 'Mathis', 'Raymond', 'Benoît', 'Ghislain', 'Serge',
             'Gordon', 'Kevin', 'Douglas', 'Wei', 'Aaron']
BE_SUR = ['Peeters', 'Janssens', 'Maes', 'Claes', 'Dubois', 'Lambert', 'Wouters', 'Dupont']
BE_GIV = [('Lotte', 'F'), ('Jonas', 'M'), ('Élodie', 'F'), ('Thibaut', 'M'), ('Anke', 'F'), ('Pieter', 'M')]
FR_SUR = ['Lefèvre', 'Garnier', 'Morel', 'Fontaine', 'Rousseau', 'Chevalier', 'Blanchard', 'Perrin']
FR_GIV = [('Camille', 'F'), ('Théo', 'M'), ('Manon', 'F'), ('Hugo', 'M'), ('Inès', 'F'), ('Baptiste', 'M')]
ON_SUR = ["O'Brien", 'MacLeod', 'Singh', 'Fitzgerald', 'Walsh', 'Kaur', 'Bennett', 'Henderson']
ON_GIV = [('Kayla', 'F'), ('Ryan', 'M'), ('Harpreet', 'F'), ('Connor', 'M'), ('Brianna', 'F'), ('Dylan', 'M')]
KIN_GIV = ['Sylvie', 'Martin', 'Karine', 'Éric', 'Nancy', 'Patrick', 'Julie', 'Sébastien', 'Caroline', 'Steve']


class Patient:
    def __init__(self, surname, given, dob, sex, nam=None, mrn=None, rng=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = mrn or str(rng.randint(1000000, 3999999)).zfill(7)
        street_no = rng.randint(12, 9870)
        city, prov, pc = rng.choice(CITIES)
        apt = rng.choice(['', '', 'app. %d' % rng.randint(1, 12), '#%d' % rng.randint(101, 812)])
        self.street = ('%d, %s' % (street_no, rng.choice(STREETS))) + ((' ' + apt) if apt else '')
        self.city, self.prov = city, prov
        self.postal = '%s%s %d%s%d' % (pc, rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randint(1, 9),
                                        rng.choice('ABCEGHJKLMNPRSTVWXYZ'), rng.randint(0, 9))
        self.phone = '%s 555-0%03d' % (rng.choice(['514', '438', '450', '579']), rng.randint(100, 199))
        self.cell = '%s 555-0%03d' % (rng.choice(['514', '438']), rng.randint(100, 199))
        self.email = '%s.%s%d@%s' % (slug(given), slug(surname), rng.randint(1, 99),
                                     rng.choice(['courriel.example', 'webmail.example', 'videotron-mail.example']))
        self.kin_given = rng.choice(KIN_GIV)
        self.kin_rel_fr, self.kin_rel_en = rng.choice([('sa fille', 'daughter'), ('son fils', 'son'), ('son conjoint', 'spouse'),
                                                        ('sa soeur', 'sister'), ('sa nièce', 'niece')])
        self.kin_phone = '%s 555-0%03d' % (rng.choice(['514', '438', '450']), rng.randint(100, 199))

    @property
    def full(self):
        return '%s %s' % (self.given, self.surname)


def make_people(rng):
    out = []
    for d in load_nam_people():
        out.append(Patient(d['surname'], d['given'], d['dob'], d['sex'], nam=d['nam'], rng=rng))
    return out


def invented_patient(rng, origin='qc', min_age=20, max_age=85, ref=None):
    ref = ref or dt.date(2024, 6, 1)
    y = ref.year - rng.randint(min_age, max_age)
    dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    if origin == 'be':
        g, sex = rng.choice(BE_GIV)
        return Patient(rng.choice(BE_SUR), g, dob, sex, rng=rng)
    if origin == 'fr':
        g, sex = rng.choice(FR_GIV)
        return Patient(rng.choice(FR_SUR), g, dob, sex, rng=rng)
    if origin == 'on':
        g, sex = rng.choice(ON_GIV)
        return Patient(rng.choice(ON_SUR), g, dob, sex, rng=rng)
    sex = rng.choice('FM')
    sur = rng.choice(PAT_SUR_FR + PAT_SUR_EN)
    g = rng.choice(PAT_GIV_F if sex == 'F' else PAT_GIV_M)
    return Patient(sur, g, dob, sex, rng=rng)


# Surgical cases: specialty, procedure, diagnosis, minutes, setting, pathology (fr, en), constraints
CASES = [
    dict(k='chole', sp='gen', pf='cholécystectomie par laparoscopie', pe='laparoscopic cholecystectomy',
         df='cholélithiase symptomatique', de='symptomatic cholelithiasis', min=90, day=True,
         path=('Cholécystite chronique lithiasique. Absence de dysplasie ou de malignité.',
               'Chronic calculous cholecystitis. No dysplasia or malignancy.')),
    dict(k='hernia', sp='gen', pf='hernioplastie inguinale droite avec filet', pe='right inguinal hernia repair with mesh',
         df='hernie inguinale droite symptomatique', de='symptomatic right inguinal hernia', min=75, day=True, path=None),
    dict(k='colon', sp='gen', pf='hémicolectomie droite par laparoscopie', pe='laparoscopic right hemicolectomy',
         df='adénocarcinome du côlon ascendant', de='adenocarcinoma of the ascending colon', min=210, day=False,
         path=('Adénocarcinome moyennement différencié, pT3 pN1a (1/18 ganglions), marges libres (distale 6,2 cm). MMR conservé.',
               'Moderately differentiated adenocarcinoma, pT3 pN1a (1/18 nodes), margins clear (distal 6.2 cm). MMR proficient.')),
    dict(k='thyroid', sp='endo', pf='thyroïdectomie totale', pe='total thyroidectomy',
         df='nodule thyroïdien gauche Bethesda V', de='left thyroid nodule, Bethesda V', min=150, day=False,
         path=('Carcinome papillaire de la thyroïde, variante classique, 1,8 cm, lobe gauche, marges négatives, pas d\'extension extrathyroïdienne.',
               'Papillary thyroid carcinoma, classic variant, 1.8 cm, left lobe, margins negative, no extrathyroidal extension.')),
    dict(k='breast', sp='gen', pf='mastectomie partielle gauche avec ganglion sentinelle', pe='left partial mastectomy with sentinel node biopsy',
         df='carcinome canalaire infiltrant du sein gauche', de='invasive ductal carcinoma, left breast', min=120, day=True, sex='F',
         path=('Carcinome canalaire infiltrant grade 2, 1,4 cm, RE+ RP+ HER2 négatif, marges > 2 mm, ganglion sentinelle 0/2.',
               'Invasive ductal carcinoma grade 2, 1.4 cm, ER+ PR+ HER2-negative, margins > 2 mm, sentinel nodes 0/2.')),
    dict(k='tka', sp='ortho', pf='arthroplastie totale du genou gauche', pe='left total knee arthroplasty',
         df='gonarthrose gauche sévère', de='severe left knee osteoarthritis', min=120, day=False, path=None, implant=True),
    dict(k='tha', sp='ortho', pf='arthroplastie totale de la hanche droite', pe='right total hip arthroplasty',
         df='coxarthrose droite', de='right hip osteoarthritis', min=120, day=False, path=None, implant=True),
    dict(k='orif', sp='ortho', pf='réduction ouverte et fixation interne de la cheville', pe='ankle ORIF',
         df='fracture bimalléolaire de la cheville droite', de='right bimalleolar ankle fracture', min=100, day=True, path=None, implant=True),
    dict(k='rotator', sp='ortho', pf='réparation arthroscopique de la coiffe des rotateurs', pe='arthroscopic rotator cuff repair',
         df='déchirure transfixiante du sus-épineux', de='full-thickness supraspinatus tear', min=110, day=True, path=None),
    dict(k='prostate', sp='uro', pf='prostatectomie radicale assistée par robot', pe='robot-assisted radical prostatectomy',
         df='adénocarcinome prostatique Gleason 3+4', de='prostate adenocarcinoma, Gleason 3+4', min=210, day=False, sex='M',
         path=('Adénocarcinome acinaire, Gleason 3+4=7 (grade groupe 2), pT2, marges négatives, vésicules séminales libres.',
               'Acinar adenocarcinoma, Gleason 3+4=7 (grade group 2), pT2, negative margins, seminal vesicles free.')),
    dict(k='turbt', sp='uro', pf='résection transurétrale de tumeur vésicale', pe='transurethral resection of bladder tumour',
         df='tumeur vésicale de 3 cm', de='3 cm bladder tumour', min=60, day=True,
         path=('Carcinome urothélial papillaire de haut grade, non invasif (pTa HG). Muscle propre présent et non envahi.',
               'High-grade papillary urothelial carcinoma, non-invasive (pTa HG). Muscularis propria present, not involved.')),
    dict(k='hyst', sp='gyn', pf='hystérectomie totale par laparoscopie', pe='total laparoscopic hysterectomy',
         df='utérus myomateux avec ménorragies et anémie', de='fibroid uterus with menorrhagia and anaemia', min=150, day=False, sex='F',
         path=('Léiomyomes utérins multiples (le plus gros 7 cm), endomètre prolifératif, pas d\'atypie.',
               'Multiple uterine leiomyomas (largest 7 cm), proliferative endometrium, no atypia.')),
    dict(k='cataract', sp='oph', pf='phacoémulsification avec implant, oeil droit', pe='right eye phacoemulsification with IOL',
         df='cataracte sénile oeil droit', de='age-related cataract, right eye', min=30, day=True, path=None, min_age=50),
    dict(k='carotid', sp='vasc', pf='endartériectomie carotidienne gauche', pe='left carotid endarterectomy',
         df='sténose carotidienne gauche symptomatique à 80 %', de='symptomatic 80 % left carotid stenosis', min=140, day=False, path=None, min_age=45),
    dict(k='melanoma', sp='plast', pf='reprise d\'exérèse élargie et ganglion sentinelle', pe='wide re-excision and sentinel node biopsy',
         df='mélanome de la jambe gauche (Breslow 1,6 mm)', de='melanoma of the left leg (Breslow 1.6 mm)', min=90, day=True,
         path=('Cicatrice sans mélanome résiduel; ganglion sentinelle inguinal gauche: micrométastase de 0,4 mm (1/2).',
               'Scar with no residual melanoma; left inguinal sentinel node: 0.4 mm micrometastasis (1/2).')),
    dict(k='appendix', sp='gen', pf='appendicectomie par laparoscopie', pe='laparoscopic appendectomy',
         df='appendicite aiguë', de='acute appendicitis', min=60, day=False,
         path=('Appendicite aiguë phlegmoneuse avec périappendicite. Pas de néoplasie.',
               'Acute phlegmonous appendicitis with periappendicitis. No neoplasm.')),
    dict(k='sleeve', sp='gen', pf='gastrectomie pariétale (sleeve) par laparoscopie', pe='laparoscopic sleeve gastrectomy',
         df='obésité classe III (IMC 46) avec SAOS', de='class III obesity (BMI 46) with OSA', min=120, day=False, path=None),
    dict(k='carpal', sp='plast', pf='libération du canal carpien droit', pe='right carpal tunnel release',
         df='syndrome du canal carpien droit sévère', de='severe right carpal tunnel syndrome', min=30, day=True, path=None),
    # paediatric
    dict(k='tonsil', sp='ped', pf='amygdalectomie et adénoïdectomie', pe='tonsillectomy and adenoidectomy',
         df='hypertrophie amygdalienne avec apnée obstructive du sommeil', de='tonsillar hypertrophy with obstructive sleep apnoea',
         min=45, day=True, path=None, child=True),
    dict(k='ped_hernia', sp='ped', pf='cure de hernie inguinale gauche', pe='left inguinal hernia repair',
         df='hernie inguinale gauche', de='left inguinal hernia', min=45, day=True, path=None, child=True),
    dict(k='tubes', sp='ped', pf='myringotomie bilatérale avec tubes', pe='bilateral myringotomy with tubes',
         df='otites moyennes récidivantes', de='recurrent otitis media', min=20, day=True, path=None, child=True),
    dict(k='ped_app', sp='ped', pf='appendicectomie par laparoscopie', pe='laparoscopic appendectomy',
         df='appendicite aiguë perforée', de='perforated acute appendicitis', min=75, day=False,
         path=('Appendicite aiguë gangréneuse perforée. Pas de néoplasie.', 'Acute gangrenous perforated appendicitis. No neoplasm.'),
         child=True),
]

MEDS = [
    ('apixaban 5 mg BID', 'apixaban 5 mg BID', 'cesser 48 h avant la chirurgie', 'hold 48 h before surgery'),
    ('rivaroxaban 20 mg die', 'rivaroxaban 20 mg daily', 'dernière dose 3 jours avant', 'last dose 3 days before'),
    ('warfarine 4 mg die', 'warfarin 4 mg daily', 'cesser 5 jours avant, INR la veille', 'hold 5 days, INR the day before'),
    ('clopidogrel 75 mg die', 'clopidogrel 75 mg daily', 'cesser 5 jours avant (accord cardio)', 'hold 5 days (cardiology OK)'),
    ('metformine 1000 mg BID', 'metformin 1000 mg BID', 'ne pas prendre le matin de la chirurgie', 'skip morning of surgery'),
    ('sémaglutide (Ozempic) 1 mg/sem', 'semaglutide (Ozempic) 1 mg weekly', 'cesser 7 jours avant', 'hold 7 days before'),
    ('empagliflozine 10 mg die', 'empagliflozin 10 mg daily', 'cesser 3 jours avant', 'hold 3 days before'),
    ('insuline glargine 28 U HS', 'insulin glargine 28 U qHS', '80 % de la dose la veille', '80 % of dose the night before'),
    ('ramipril 10 mg die', 'ramipril 10 mg daily', 'ne pas prendre le matin', 'hold morning dose'),
    ('métoprolol 25 mg BID', 'metoprolol 25 mg BID', 'poursuivre', 'continue'),
    ('lévothyroxine 100 mcg die', 'levothyroxine 100 mcg daily', 'poursuivre', 'continue'),
    ('prednisone 10 mg die', 'prednisone 10 mg daily', 'dose de stress à l\'induction', 'stress dose at induction'),
    ('AAS 81 mg die', 'ASA 81 mg daily', 'poursuivre (stent 2022)', 'continue (stent 2022)'),
    ('tamsulosine 0,4 mg HS', 'tamsulosin 0.4 mg qHS', 'poursuivre', 'continue'),
    ('méthotrexate 15 mg/sem', 'methotrexate 15 mg weekly', 'poursuivre, avis rhumato', 'continue, per rheumatology'),
]

COMORB = [('FA permanente', 'permanent atrial fibrillation'), ('diabète type 2', 'type 2 diabetes'),
          ('HTA', 'hypertension'), ('SAOS appareillé (CPAP)', 'OSA on CPAP'), ('MPOC', 'COPD'),
          ('insuffisance rénale chronique stade 3b', 'CKD stage 3b'), ('MCAS, stent 2022', 'CAD, stent 2022'),
          ('hypothyroïdie', 'hypothyroidism'), ('polyarthrite rhumatoïde', 'rheumatoid arthritis'),
          ('trouble anxieux', 'anxiety disorder'), ('cirrhose Child A', 'Child A cirrhosis'),
          ('anémie ferriprive', 'iron-deficiency anaemia')]

ALLERGIES = [('pénicilline (urticaire)', 'penicillin (hives)'), ('sulfa', 'sulfa'), ('latex', 'latex'),
             ('morphine (prurit)', 'morphine (itch)'), ('iode ?', 'iodine?'), ('aucune connue', 'NKDA')]


# ---------------------------------------------------------------------------
# generation context
# ---------------------------------------------------------------------------
class World:
    def __init__(self, seed):
        r = random.Random('%s-world' % seed)
        self.people = make_people(r)
        self.order = list(range(len(self.people)))
        r.shuffle(self.order)
        self.pos = 0

    def next_nam(self, pred=None):
        for _ in range(len(self.order)):
            p = self.people[self.order[self.pos % len(self.order)]]
            self.pos += 1
            if pred is None or pred(p):
                return p
        raise RuntimeError('no person')


def rand_date(rng):
    start = dt.date(2024, 1, 8)
    while True:
        d = start + dt.timedelta(days=rng.randrange(0, 530))
        if d.weekday() < 5 or rng.random() < 0.08:
            break
    off = -4 if 4 <= d.month <= 10 else -5
    return dt.datetime(d.year, d.month, d.day, rng.randint(6, 19), rng.randint(0, 59), rng.randint(0, 59),
                       tzinfo=dt.timezone(dt.timedelta(hours=off)))


class Ctx:
    def __init__(self, rng, lang, world, kind):
        self.rng, self.lang, self.w, self.kind = rng, lang, world, kind
        self.types = set()
        self.date = rand_date(rng)
        self.fr = lang == 'fr'

    # --- generic helpers
    def t(self, fr, en):
        return fr if self.fr else en

    def ch(self, seq):
        return self.rng.choice(seq)

    def f(self, fmt):
        return fmt if self.fr else fmt.replace(' : ', ': ')

    def p(self, x):
        return self.rng.random() < x

    def msgid(self, dom=DOM):
        return '<%s.%s@%s>' % (self.date.strftime('%Y%m%d%H%M%S'), '%016x' % self.rng.getrandbits(64), dom)

    def later(self, lo=1, hi=21):
        d = self.date.date() + dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d

    def earlier(self, lo=1, hi=21):
        d = self.date.date() - dt.timedelta(days=self.rng.randint(lo, hi))
        while d.weekday() >= 5:
            d -= dt.timedelta(days=1)
        return d

    def d(self, d, style=None):
        return fmt_date(d, self.lang, style, self.rng)

    # --- staff
    def staff(self, key=None, pool=None):
        if key:
            return STAFF_BY_KEY[key]
        return STAFF_BY_KEY[self.ch(pool)]

    def sname(self, s, style=None):
        style = style or self.ch(['full', 'full', 'title', 'short'])
        if s['title']:
            t = s['title'] if self.fr else 'Dr.'
            if style == 'short':
                return '%s %s' % (t, s['sur'])
            if style == 'plain':
                return '%s %s' % (s['given'], s['sur'])
            return '%s %s %s' % (t, s['given'], s['sur'])
        if style == 'short':
            return s['given']
        return '%s %s' % (s['given'], s['sur'])

    def addr(self, s):
        if 'email' in s and 'key' in s:
            return ('%s %s' % (s['given'], s['sur']), s['email'])
        name = ('%s %s' % (s['given'], s['sur'])).strip() or s['org']
        return (name, s['email'])

    def role(self, s):
        return s['role_fr'] if self.fr else s['role_en']

    def sig(self, s, mode=None):
        mode = mode or self.ch(['full', 'full', 'short', 'min', 'phone'])
        name = '%s %s' % (s['given'], s['sur'])
        if s.get('title'):
            name = (s['title'] + ' ' if self.fr else 'Dr. ') + name
        elif 'infirmi' in s['role_fr'].lower() and self.p(0.5):
            name += ', inf.' if self.fr else ', RN'
        lines = ['', self.ch(['--', '-- ', '', '___________________'])] if mode != 'min' else ['']
        if mode == 'min':
            return '\n' + (s['given'] if self.p(0.5) else name)
        lines.append(name)
        if mode in ('full', 'phone', 'short'):
            lines.append(self.role(s))
        if mode == 'full':
            lines.append(self.t(HOSP_FR, HOSP_EN) + ' - ' + self.ch(['Pavillon Beaubien', 'Pavillon Saint-Urbain']))
            lines.append(HOSP_ADDR)
        if mode in ('full', 'phone'):
            lines.append(self.t('Tél. : 514 555-0142, poste %s', 'Tel. 514-555-0142 ext. %s') % s['ext'])
            if self.p(0.3):
                lines.append(self.t('Téléavertisseur : ', 'Pager: ') + '%d' % (4000 + int(s['ext']) % 997))
        if mode == 'full' and self.p(0.45):
            lines.append('')
            lines.append(self.t(
                'AVIS DE CONFIDENTIALITÉ : ce courriel peut contenir des renseignements confidentiels. '
                'Si vous l\'avez reçu par erreur, veuillez en aviser l\'expéditeur et le détruire.',
                'CONFIDENTIALITY NOTICE: this e-mail may contain confidential information. If you received it '
                'in error, please notify the sender and delete it.'))
        return '\n'.join(lines)

    def greet(self, s=None):
        if s is None:
            return self.ch(self.t(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour', 'Salut,'],
                                  ['Hi,', 'Hello,', 'Hi all,', 'Good morning,', 'Hello everyone,']))
        if s.get('title'):
            n = (s['title'] if self.fr else 'Dr.') + ' ' + s['sur']
            return self.ch(self.t(['Bonjour %s,', 'Bonjour %s', '%s,'], ['Dear %s,', 'Hi %s,', 'Good morning %s,'])) % n
        return self.ch(self.t(['Bonjour %s,', 'Salut %s,', 'Allo %s!', 'Bonjour %s'], ['Hi %s,', 'Hello %s,', '%s -'])) % s['given']

    def thanks(self):
        return self.ch(self.t(['Merci!', 'Merci beaucoup.', 'Merci et bonne journée.', 'Cordialement,', 'Merci de votre aide.',
                               'Bonne journée!', 'Merci', 'Merci à l\'avance'],
                              ['Thanks!', 'Thank you.', 'Best regards,', 'Thanks in advance.', 'Regards,', 'Cheers,', 'Many thanks']))

    # --- patients (every call records the finding type it renders)
    def nam_patient(self, adult=None):
        if adult is None:
            return self.w.next_nam()
        ref = self.date.date()
        return self.w.next_nam(lambda p: (age_on(p.dob, ref) >= 16) == adult)

    def child_patient(self):
        return self.nam_patient(adult=False)

    def case_for(self, p, need=None, sp=None):
        age = age_on(p.dob, self.date.date())
        c = [k for k in CASES if bool(k.get('child')) == (age < 16) and k.get('sex') in (None, p.sex)
             and age >= k.get('min_age', 0)]
        if need:
            c = [k for k in c if k.get(need)] or c
        if sp:
            c = [k for k in c if k['sp'] in sp] or c
        return self.ch(c)

    def title(self, p):
        if age_on(p.dob, self.date.date()) < 16:
            return ''
        if self.fr:
            return 'Mme' if p.sex == 'F' else 'M.'
        return self.ch(['Mrs.', 'Ms.', 'Ms']) if p.sex == 'F' else self.ch(['Mr.', 'Mr'])

    def pname(self, p, style=None):
        self.types.add('patient_name')
        style = style or self.ch(['title_full', 'full', 'full', 'surname_first', 'caps_comma', 'comma',
                                  'initial', 'lower', 'caps_first'])
        ti = self.title(p)
        if style == 'title_full':
            return ('%s %s %s' % (ti, p.given, p.surname)).strip()
        if style == 'full':
            return '%s %s' % (p.given, p.surname)
        if style == 'surname_first':
            return '%s %s' % (p.surname, p.given)
        if style == 'caps_comma':
            return '%s, %s' % (p.surname.upper(), p.given)
        if style == 'comma':
            return '%s, %s' % (p.surname, p.given)
        if style == 'title_sur':
            return ('%s %s' % (ti, p.surname)).strip() if ti else '%s %s' % (p.given, p.surname)
        if style == 'initial':
            return '%s. %s' % (p.given[0], p.surname)
        if style == 'lower':
            return ('%s %s' % (p.given, p.surname)).lower()
        if style == 'caps_first':
            return '%s %s' % (p.surname.upper(), p.given)
        if style == 'sur_init':
            return '%s %s.' % (p.surname, p.given[0])
        raise ValueError(style)

    def nam(self, p):
        self.types.add('ramq_nam')
        return fmt_nam(p.nam, self.rng)

    def nam_label(self):
        return self.ch(self.t(['NAM', 'NAM', 'No RAMQ', 'RAMQ', 'N.A.M.', 'Carte soleil', '# assurance maladie'],
                              ['RAMQ', 'NAM', 'RAMQ #', 'Medicare (RAMQ)', 'Health ins. no.']))

    def dob(self, p, style=None):
        self.types.add('date_of_birth')
        return self.d(p.dob, style or self.ch(['iso', 'iso', 'slash', 'long', 'dash', 'mon' if not self.fr else 'iso']))

    def dob_label(self):
        return self.ch(self.t(['DDN', 'Date de naissance', 'Né(e) le', 'D.N.'], ['DOB', 'Date of birth', 'D.O.B.', 'Born']))

    def mrn(self, p, style=None):
        self.types.add('mrn')
        style = style or self.ch(['plain', 'plain', 'prefix', 'dash', 'h'])
        m = p.mrn
        if style == 'prefix':
            return 'CHE-' + m
        if style == 'dash':
            return '%s-%s' % (m[:3], m[3:])
        if style == 'h':
            return 'H' + m
        return m

    def mrn_label(self):
        return self.ch(self.t(['No dossier', 'Dossier', '# dossier', 'NDM', 'MRN', 'No de dossier'],
                              ['MRN', 'Chart #', 'Chart no.', 'MRN#', 'Hospital no.']))

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

    def cdx(self, case):
        return self.dx(case['df'] if self.fr else case['de'])

    def proc(self, case):
        self.types.add('diagnosis')   # a patient's planned/performed procedure reveals a condition
        return case['pf'] if self.fr else case['pe']

    def comorb(self, n=1):
        items = self.rng.sample(COMORB, n)
        return self.dx(', '.join(a if self.fr else b for a, b in items))

    def meds(self, n=2, instr=True):
        items = self.rng.sample(MEDS, n)
        out = []
        for f, e, fi, ei in items:
            out.append(('%s (%s)' % (f, fi) if self.fr else '%s (%s)' % (e, ei)) if instr else (f if self.fr else e))
        self.types.add('medication')
        return out

    def lab_values(self, n=4):
        r = self.rng
        pool = [
            lambda: 'Hb %d g/L' % r.randint(76, 152),
            lambda: self.t('plaq. ', 'plt ') + '%d' % r.randint(58, 420),
            lambda: 'INR %.1f' % r.uniform(0.9, 2.9),
            lambda: self.t('créat. %d µmol/L', 'creat %d umol/L') % r.randint(52, 310),
            lambda: 'K+ %.1f' % r.uniform(3.0, 6.3),
            lambda: self.t('glycémie %.1f', 'glucose %.1f') % r.uniform(4.1, 19.5),
            lambda: 'HbA1c %.1f %%' % r.uniform(5.4, 10.8),
            lambda: self.t('albumine %d g/L', 'albumin %d g/L') % r.randint(24, 44),
            lambda: self.t('DFGe %d', 'eGFR %d') % r.randint(18, 95),
            lambda: 'TSH %.2f' % r.uniform(0.05, 9.5),
            lambda: 'Na %d' % r.randint(126, 145),
            lambda: self.t('ferritine %d', 'ferritin %d') % r.randint(4, 380),
        ]
        idx = r.sample(range(len(pool)), n)
        self.types.add('lab_result')
        return [pool[i]() for i in idx]

    def address_line(self, p):
        self.types.add('patient_contact')
        return '%s, %s (%s) %s' % (p.street, p.city, p.prov, p.postal) if self.fr else \
            '%s, %s, %s %s' % (p.street, p.city, p.prov, p.postal)

    def phone(self, p, which='phone'):
        self.types.add('patient_contact')
        return getattr(p, which)

    # --- threading helpers
    def quote(self, who, when, text, subject=None, to=None, style=None):
        style = style or self.ch(['gmail', 'outlook', 'outlook', 'simple'])
        if style == 'gmail':
            if self.fr:
                head = 'Le %s %d %s %d à %02d h %02d, %s <%s> a écrit :' % (
                    DAYS_FR[when.weekday()][:3] + '.', when.day, MONTHS_FR[when.month - 1], when.year,
                    when.hour, when.minute, who[0], who[1])
            else:
                head = 'On %s, %s %d, %d at %d:%02d %s, %s <%s> wrote:' % (
                    DAYS_EN[when.weekday()][:3], MONTHS_EN[when.month - 1][:3], when.day, when.year,
                    (when.hour - 1) % 12 + 1, when.minute, 'AM' if when.hour < 12 else 'PM', who[0], who[1])
            return head + '\n' + '\n'.join(('> ' + l) if l else '>' for l in text.split('\n'))
        if style == 'simple':
            return self.t('%s a écrit :', '%s wrote:') % who[0] + '\n' + '\n'.join('> ' + l for l in text.split('\n'))
        if self.fr:
            head = ['-----Message d\'origine-----', 'De : %s <%s>' % who,
                    'Envoyé : %s %d %s %d %02d:%02d' % (DAYS_FR[when.weekday()], when.day, MONTHS_FR[when.month - 1],
                                                        when.year, when.hour, when.minute)]
            if to:
                head.append('À : %s' % to)
            if subject:
                head.append('Objet : %s' % subject)
        else:
            head = ['-----Original Message-----', 'From: %s <%s>' % who,
                    'Sent: %s, %s %d, %d %d:%02d %s' % (DAYS_EN[when.weekday()], MONTHS_EN[when.month - 1], when.day,
                                                       when.year, (when.hour - 1) % 12 + 1, when.minute,
                                                       'AM' if when.hour < 12 else 'PM')]
            if to:
                head.append('To: %s' % to)
            if subject:
                head.append('Subject: %s' % subject)
        return '\n'.join(head) + '\n\n' + text

    def fwd(self, who, when, to, subject, text):
        if self.fr:
            head = ['---------- Message transféré ---------', 'De : %s <%s>' % who,
                    'Date : %s %d %s %d à %02d:%02d' % (DAYS_FR[when.weekday()][:3] + '.', when.day, MONTHS_FR[when.month - 1],
                                                        when.year, when.hour, when.minute),
                    'Objet : %s' % subject, 'À : %s' % to]
        else:
            head = ['---------- Forwarded message ---------', 'From: %s <%s>' % who,
                    'Date: %s, %s %d, %d at %d:%02d' % (DAYS_EN[when.weekday()][:3], MONTHS_EN[when.month - 1][:3], when.day,
                                                       when.year, when.hour, when.minute),
                    'Subject: %s' % subject, 'To: %s' % to]
        return '\n'.join(head) + '\n\n' + text

    def before(self, hours_lo=1, hours_hi=30):
        return self.date - dt.timedelta(hours=self.rng.randint(hours_lo, hours_hi), minutes=self.rng.randint(0, 59))


def re_(c, subject):
    return (c.ch(['RE: ', 'Re: ', 'RE : ', 'Re : ']) if c.fr else c.ch(['RE: ', 'Re: '])) + subject


def tr_(c, subject):
    return (c.ch(['TR: ', 'TR : ', 'Fwd: ', 'Fw: ']) if c.fr else c.ch(['FW: ', 'Fwd: ', 'Fw: '])) + subject


def mk(c, frm, to, subject, body, **kw):
    d = dict(frm=c.addr(frm) if isinstance(frm, dict) else frm,
             to=[c.addr(x) if isinstance(x, dict) else x for x in (to if isinstance(to, list) else [to])],
             subject=subject, body=body, lang=c.lang)
    if 'cc' in kw:
        kw['cc'] = [c.addr(x) if isinstance(x, dict) else x for x in kw['cc']]
    d.update(kw)
    return d


# ===========================================================================
# POSITIVE builders
# ===========================================================================
def pos_or_booking(c):
    p = c.nam_patient()
    case = c.case_for(p)
    surg = c.staff(pool=SURGEONS[case['sp']])
    sec = c.staff('goldberg' if case['sp'] == 'ortho' else 'cote')
    clerk = c.staff(pool=['desjardins', 'auclair'])
    rows = []
    rows.append((c.t('Patient', 'Patient'), c.pname(p, c.ch(['caps_comma', 'surname_first', 'full', 'title_full']))))
    if c.p(0.8):
        rows.append((c.nam_label(), c.nam(p)))
    if c.p(0.6):
        rows.append((c.dob_label(), c.dob(p)))
    if c.p(0.5):
        rows.append((c.mrn_label(), c.mrn(p)))
    rows.append((c.t('Intervention', 'Procedure'), c.proc(case)))
    rows.append((c.t('Diagnostic', 'Diagnosis'), c.cdx(case)))
    rows.append((c.t('Durée prévue', 'Expected duration'), '%d min' % case['min']))
    rows.append((c.t('Anesthésie', 'Anaesthesia'), c.ch(c.t(['générale', 'rachi', 'locale + sédation', 'AG + bloc'],
                                                             ['general', 'spinal', 'local + sedation', 'GA + block']))))
    rows.append((c.t('Priorité', 'Priority'), c.ch(['P1 (<= 2 sem)', 'P2 (<= 4 sem)', 'P3 (<= 3 mois)', 'P4 (<= 6 mois)'])))
    rows.append((c.t('Séjour', 'Stay'), c.t('chirurgie d\'un jour', 'day surgery') if case['day'] else c.t('hospitalisation 1-3 nuits', 'inpatient 1-3 nights')))
    if c.p(0.5):
        rows.append((c.t('Particularités', 'Notes'), '; '.join(c.meds(1)) + '; ' + c.t('allergie ', 'allergy ') +
                     c.ch(ALLERGIES)[0 if c.fr else 1]))
    title = c.t('Demande de programmation opératoire', 'OR booking request')
    subj = c.ch([title + ' - ' + surg['sur'], title + ' - %s' % p.surname.upper(),
                 c.t('Réservation salle - ', 'OR booking - ') + c.proc(case)])
    if ' - %s' % p.surname.upper() in subj:
        c.types.add('patient_name')
    if c.p(0.4):
        body = '\n'.join([c.greet(clerk), '',
                          c.t('Ci-joint une nouvelle demande de programmation pour %s.', 'Attached is a new booking request for %s.') % c.sname(surg, 'short'),
                          c.t('Le patient est disponible à partir du %s.', 'Patient is available from %s.') % c.d(c.later(5, 30), 'long'),
                          '', c.thanks(), c.sig(sec)])
        fname = c.ch(['Demande_programmation_%s.docx' % strip_accents(p.surname).upper(),
                      'demande_BO_%s.docx' % c.date.strftime('%Y%m%d'), 'booking_request.docx'])
        if p.surname.upper() in fname.upper():
            c.types.add('patient_name')
        data = make_docx(title, [c.t('Chirurgien : ', 'Surgeon: ') + c.sname(surg, 'full'),
                                 c.t('Date de la demande : ', 'Request date: ') + c.d(c.date.date(), 'iso')], table=rows)
        return mk(c, sec, clerk, subj, body, atts=[Att(fname, CT['docx'], data)])
    body = [c.greet(clerk), '', c.t('Nouvelle demande pour %s :', 'New request for %s:') % c.sname(surg, 'short'), '']
    if c.p(0.5):
        body.append('[[TABLE0]]')
        tables = [[(c.t('Champ', 'Field'), c.t('Valeur', 'Value'))] + rows]
    else:
        body += ['%s : %s' % r if c.fr else '%s: %s' % r for r in rows]
        tables = []
    body += ['', c.t('Merci de confirmer la date au bureau.', 'Please confirm the date with our office.'), c.sig(sec)]
    return mk(c, sec, clerk, subj, '\n'.join(body), tables=tables, cc=[surg] if c.p(0.4) else [])


def pos_preop_clinic(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    nurse = c.staff(pool=['dore', 'bissonnette'])
    anest = c.staff(pool=ANESTH)
    sdate = c.later(3, 20)
    who = c.pname(p)
    ident = ''
    if c.p(0.45):
        ident = ' (%s %s)' % (c.mrn_label(), c.mrn(p))
    elif c.p(0.7):
        ident = ' - %s %s' % (c.nam_label(), c.nam(p))
    labs = c.lab_values(c.rng.randint(3, 6))
    terse = c.p(0.5)
    if terse:
        lines = [c.t('%s, pour %s le %s%s.', '%s, for %s on %s%s.') % (anest['title'] + ' ' + anest['sur'] if c.fr else 'Dr. ' + anest['sur'],
                                                                         who, c.d(sdate, 'short'), ident),
                 c.t('ATCD: ', 'PMHx: ') + c.comorb(2),
                 'Rx: ' + ', '.join(c.meds(2, instr=False)),
                 c.t('Labo: ', 'Labs: ') + ', '.join(labs),
                 c.t('ECG: ', 'ECG: ') + c.ch(c.t(['RS 72', 'FA à 88', 'BBG complet', 'RS, QTc 478'], ['SR 72', 'AF 88', 'LBBB', 'SR, QTc 478'])),
                 c.t('Qu\'est-ce qu\'on fait avec ', 'What do we do with ') + c.med(c.ch(['l\'Eliquis', 'le Xarelto', 'l\'Ozempic', 'le Jardiance']
                                                                                    if c.fr else ['the Eliquis', 'the Xarelto', 'the Ozempic', 'the Jardiance'])) + ' ?',
                 '', nurse['given']]
    else:
        lines = [c.greet(anest), '',
                 c.t('Voici le résumé de l\'évaluation préopératoire de %s%s, prévu(e) le %s pour %s (%s).',
                     'Here is the pre-op assessment summary for %s%s, booked on %s for %s (%s).') % (
                     who, ident, c.d(sdate, 'long'), c.proc(case), c.cdx(case)), '',
                 c.t('Antécédents : ', 'History: ') + c.comorb(c.rng.randint(1, 3)),
                 c.t('Médication :', 'Medications:')] + ['  - ' + m for m in c.meds(c.rng.randint(2, 4))] + [
                 c.t('Bilan : ', 'Bloodwork: ') + ' / '.join(labs),
                 c.t('Allergies : ', 'Allergies: ') + c.ch(ALLERGIES)[0 if c.fr else 1], '',
                 c.t('Pouvez-vous réviser le dossier avant jeudi? %s attend un appel pour la consigne de jeûne.' % ('La patiente' if p.sex == 'F' else 'Le patient'),
                     'Could you review before Thursday? The patient is waiting for a call about fasting instructions.')
                 if c.p(0.5) else c.t('Merci de me dire si une consultation en médecine interne est requise.',
                                      'Let me know if an internal medicine consult is needed.'),
                 c.sig(nurse)]
    subj = c.ch([c.t('CPO - résumé', 'Pre-op clinic summary'), c.t('Éval préop ', 'Pre-op eval ') + p.surname,
                 c.t('Question anticoag pré-op', 'Pre-op anticoag question'), 'CPO ' + c.d(sdate, 'iso')])
    if p.surname in subj:
        c.types.add('patient_name')
    return mk(c, nurse, anest, subj, '\n'.join(lines), cc=[c.staff('page')] if c.p(0.3) and anest['key'] != 'page' else [])


def pos_anesthesia_assessment(c):
    p = c.nam_patient()
    case = c.case_for(p)
    anest = c.staff(pool=ANESTH)
    surg = c.staff(pool=SURGEONS[case['sp']])
    age = age_on(p.dob, c.date.date())
    asa = c.ch(['II', 'III', 'III', 'IV'])
    imc = c.rng.randint(19, 48)
    airway = c.ch(c.t(['Mallampati III, ouverture buccale 3 cm', 'Mallampati II, cou court', 'Mallampati IV, ATCD intubation difficile'],
                      ['Mallampati III, mouth opening 3 cm', 'Mallampati II, short neck', 'Mallampati IV, previous difficult intubation']))
    lines = [c.t('ÉVALUATION PRÉ-ANESTHÉSIQUE', 'PRE-ANAESTHETIC ASSESSMENT'),
             c.t('Patient : ', 'Patient: ') + c.pname(p, c.ch(['caps_comma', 'full', 'surname_first'])),
             ]
    if c.p(0.7):
        lines.append(c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    if c.p(0.7):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    lines += [c.t('Chirurgie prévue : ', 'Planned surgery: ') + c.proc(case) + ' - ' + c.cdx(case),
              'ASA %s ; %s %d' % (asa, c.t('IMC', 'BMI'), imc),
              c.t('Voies aériennes : ', 'Airway: ') + c.dx(airway),
              c.t('Comorbidités : ', 'Comorbidities: ') + c.comorb(2),
              c.t('Médicaments : ', 'Medications: ') + '; '.join(c.meds(2))]
    if c.p(0.5):
        lines.append(c.t('Labo : ', 'Labs: ') + ', '.join(c.lab_values(3)))
    lines.append(c.t('Plan : ', 'Plan: ') + c.ch(c.t(['AG, vidéolaryngoscope en salle', 'rachianesthésie + sédation légère', 'AG + bloc interscalénique, lit USI à prévoir'],
                                                    ['GA, videolaryngoscope in room', 'spinal + light sedation', 'GA + interscalene block, ICU bed to plan'])))
    as_pdf = c.p(0.55)
    subj = c.ch([c.t('Évaluation anesthésie', 'Anaesthesia assessment') + ' - ' + c.d(c.later(2, 14), 'iso'),
                 c.t('Consult anesthésie ', 'Anaesthesia consult ') + p.surname.upper(), c.t('Éval pré-anesth', 'Pre-anaesthetic eval')])
    if p.surname.upper() in subj:
        c.types.add('patient_name')
    if as_pdf:
        fname = c.ch(['eval_preanesth_%s.pdf' % p.mrn, 'Evaluation_anesthesie.pdf', 'preanesth_%s_%s.pdf' % (strip_accents(p.surname), p.given[0])])
        if p.mrn in fname:
            c.types.add('mrn')
        if strip_accents(p.surname) in fname:
            c.types.add('patient_name')
        data = make_pdf(lines[0], lines[1:], author=c.sname(anest, 'plain'))
        body = '\n'.join([c.greet(surg), '', c.t('Voir mon évaluation ci-jointe. En bref: ASA %s, voies aériennes difficiles probables.',
                                                 'See my assessment attached. In short: ASA %s, probable difficult airway.') % asa,
                          c.t('Je suggère de placer le cas en premier le matin.', 'I suggest booking the case first in the morning.'), c.sig(anest)])
        return mk(c, anest, surg, subj, body, atts=[Att(fname, CT['pdf'], data)])
    body = '\n'.join([c.greet(surg), ''] + lines[1:] + ['', c.thanks(), c.sig(anest)])
    return mk(c, anest, surg, subj, body, cc=[c.staff('desjardins')] if c.p(0.3) else [])


def pos_or_schedule_patients(c):
    room = c.rng.randint(1, 14)
    day = c.later(1, 6)
    sp = c.ch(list(SURGEONS.keys()))
    surg = c.staff(pool=SURGEONS[sp])
    n = c.rng.randint(3, 6)
    with_dob = c.p(0.4)
    hdr = [c.t('Heure', 'Time'), c.t('Patient', 'Patient'), c.t('Dossier', 'MRN')] + ([c.t('DDN', 'DOB')] if with_dob else []) + \
          [c.t('Intervention', 'Procedure'), c.t('Dx', 'Dx')]
    rows = [hdr]
    t = dt.datetime(day.year, day.month, day.day, 8, 0)
    for _ in range(n):
        if sp == 'ped':
            p = c.child_patient()
        else:
            p = c.nam_patient(adult=True) if c.p(0.6) else invented_patient(c.rng)
        case = c.case_for(p, sp=[sp])
        r = [t.strftime('%H:%M'), c.pname(p, c.ch(['caps_comma', 'surname_first', 'sur_init', 'caps_first'])), c.mrn(p)]
        if with_dob:
            r.append(c.dob(p, 'iso'))
        r += [c.proc(case), c.cdx(case)]
        rows.append(r)
        t += dt.timedelta(minutes=case['min'] + 30)
    sender = c.staff(pool=['auclair', 'desjardins', 'gosselin'])
    to = c.staff(pool=['marcotte', 'gosselin', 'proulx', 'hamel'])
    subj = c.t('Programme opératoire salle %d - %s', 'OR list room %d - %s') % (room, fmt_day(day, c.lang))
    mode = c.ch(['table', 'xlsx', 'text'])
    if mode == 'xlsx':
        data = make_xlsx([('Salle %d' % room, rows)])
        body = '\n'.join([c.greet(), '', c.t('Voici le programme final de la salle %d (%s). Changement: le cas de 10 h passe en 2e.',
                                             'Final list for room %d (%s) attached. Change: the 10:00 case moves to 2nd.') % (room, c.sname(surg, 'short')),
                          c.sig(sender)])
        return mk(c, sender, to, subj, body, atts=[Att('programme_salle%02d_%s.xlsx' % (room, day.strftime('%Y%m%d')), CT['xlsx'], data)])
    if mode == 'text':
        lines = ['%s  %s  #%s  %s' % (r[0], r[1], r[2], ' - '.join(r[3:])) for r in rows[1:]]
        body = '\n'.join([c.greet(), '', c.t('Salle %d, %s :', 'Room %d, %s:') % (room, c.sname(surg, 'short'))] + lines +
                         ['', c.t('Préparer la colonne lapro pour 8 h.', 'Lap tower ready for 08:00 please.'), c.sig(sender, 'short')])
        return mk(c, sender, to, subj, body, plain_only=c.p(0.5))
    body = '\n'.join([c.greet(), '', c.t('Programme de la salle %d - %s :', 'Room %d list - %s:') % (room, c.sname(surg, 'full')), '',
                      '[[TABLE0]]', '', c.t('Merci de vérifier le matériel.', 'Please check equipment.'), c.sig(sender)])
    return mk(c, sender, to, subj, body, tables=[rows], html_only=c.p(0.5))


def pos_day_surgery_discharge(c):
    p = c.nam_patient()
    case = c.case_for(p)
    if not case['day']:
        case = c.ch([k for k in CASES if k['day'] and bool(k.get('child')) == bool(case.get('child')) and k.get('sex') in (None, p.sex)])
    nurse = c.staff(pool=['levesque', 'oneill', 'cormier'])
    clsc = EXT['clsc']
    lines = [c.greet(clsc), '',
             c.t('Demande de suivi à domicile suite à une chirurgie d\'un jour :', 'Home follow-up request after day surgery:'), '',
             c.t('Nom : ', 'Name: ') + c.pname(p, c.ch(['caps_comma', 'full', 'title_full']))]
    if c.p(0.6):
        lines.append(c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    if c.p(0.5):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    lines += [c.t('Adresse : ', 'Address: ') + c.address_line(p),
              c.t('Téléphone : ', 'Phone: ') + c.phone(p),
              c.t('Chirurgie : ', 'Surgery: ') + '%s (%s), %s' % (c.proc(case), c.cdx(case), c.d(c.date.date(), 'long')),
              c.t('Soins : ', 'Care: ') + c.ch(c.t(['réfection du pansement J2 et J5, retrait des agrafes J10', 'surveillance de la plaie, drain JP à retirer J3',
                                                      'injection HBPM die x 10 j, enseignement fait'],
                                                     ['dressing change day 2 and 5, staples out day 10', 'wound check, JP drain out day 3',
                                                      'LMWH injection daily x 10 days, teaching done']))]
    if c.p(0.7):
        lines.append(c.t('Rx congé : ', 'Discharge Rx: ') + c.med(c.ch(['hydromorphone 1 mg PO q4h PRN', 'oxycodone 5 mg q6h PRN x 12 co.',
                                                                       'daltéparine 5000 U SC die x 10 j' if c.fr else 'dalteparin 5000 U SC daily x 10 d',
                                                                       'céphalexine 500 mg QID x 5 j' if c.fr else 'cephalexin 500 mg QID x 5 d'])))
    lines += ['', c.thanks(), c.sig(nurse)]
    subj = c.ch([c.t('Demande de service - suivi post-op', 'Referral - post-op home care'), c.t('Suivi CLSC ', 'CLSC follow-up ') + p.surname,
                 c.t('Congé UCDJ - soins à domicile', 'Day surgery discharge - home care')])
    if p.surname in subj:
        c.types.add('patient_name')
    return mk(c, nurse, clsc, subj, '\n'.join(lines))


def pos_postop_followup(c):
    p = c.nam_patient()
    case = c.case_for(p)
    surg = c.staff(pool=SURGEONS[case['sp']])
    gp = EXT['gp']
    op = c.earlier(10, 40)
    lines = [c.t('Chère consoeur,', 'Dear colleague,') if c.p(0.5) else c.greet(gp), '',
             c.t('J\'ai revu %s en clinique post-opératoire, %d jours après %s pour %s.',
                 'I saw %s in post-op clinic %d days after %s for %s.') % (
                 c.pname(p, c.ch(['title_full', 'full', 'title_full'])), (c.date.date() - op).days, c.proc(case), c.cdx(case))]
    if c.p(0.4):
        lines.append(c.t('(%s : %s)', '(%s: %s)') % (c.dob_label(), c.dob(p)))
    elif c.p(0.45):
        lines.append(c.t('(%s : %s)', '(%s: %s)') % (c.nam_label(), c.nam(p)))
    comp = c.ch(['iso', 'ok', 'seroma', 'ileus'])
    if comp == 'iso':
        lines.append(c.t('Érythème péri-incisionnel compatible avec une infection superficielle du site opératoire; début de ',
                         'Peri-incisional erythema consistent with a superficial surgical site infection; started ') +
                     c.med(c.t('céphalexine 500 mg QID x 7 jours.', 'cephalexin 500 mg QID x 7 days.')))
        c.dx('')
    elif comp == 'seroma':
        lines.append(c.dx(c.t('Sérome de 4 cm ponctionné (60 mL séreux).', '4 cm seroma aspirated (60 mL serous).')))
    elif comp == 'ileus':
        lines.append(c.dx(c.t('Iléus prolongé au départ, résolu. Transit normal.', 'Initial prolonged ileus, resolved. Bowel function normal.')))
    else:
        lines.append(c.t('Évolution favorable, plaie propre, douleur contrôlée à l\'acétaminophène seul.',
                         'Uneventful recovery, clean wound, pain controlled with acetaminophen alone.'))
        c.med('')
    if case.get('path') and c.p(0.6):
        lines.append(c.t('Pathologie : ', 'Pathology: ') + c.lab(case['path'][0 if c.fr else 1]))
    lines += [c.t('Prochain rendez-vous dans 6 semaines.', 'Next visit in 6 weeks.'), '', c.thanks(), c.sig(surg)]
    subj = c.ch([c.t('Suivi post-opératoire', 'Post-operative follow-up'), c.t('Votre patiente - suivi', 'Your patient - follow-up'),
                 c.t('Post-op ', 'Post-op ') + p.surname + ' ' + p.given[0] + '.'])
    if p.surname in subj:
        c.types.add('patient_name')
    return mk(c, surg, gp, subj, '\n'.join(lines), cc=[c.staff('plante')] if c.p(0.3) else [])


def path_report_lines(c, p, case, acc, with_nam=True):
    pat = c.staff(pool=PATHOLOGISTS)
    surg = c.staff(pool=SURGEONS[case['sp']])
    lines = [c.t('No de spécimen : ', 'Accession no.: ') + acc,
             c.t('Patient : ', 'Patient: ') + c.pname(p, c.ch(['caps_comma', 'comma']))]
    if with_nam:
        lines.append(c.f('%s : %s   %s : %s') % (c.nam_label(), c.nam(p), c.dob_label(), c.dob(p, 'iso')))
    else:
        lines.append(c.f('%s : %s') % (c.mrn_label(), c.mrn(p)))
    lines += [c.t('Médecin requérant : ', 'Requesting physician: ') + c.sname(surg, 'full'),
              c.t('Prélèvement : ', 'Specimen: ') + c.proc(case),
              c.t('Renseignements cliniques : ', 'Clinical information: ') + c.cdx(case), '',
              c.t('DIAGNOSTIC :', 'DIAGNOSIS:'), c.lab(c.dx(case['path'][0 if c.fr else 1])), '',
              c.t('Signé électroniquement par ', 'Electronically signed by ') + c.sname(pat, 'full') + ', ' + c.d(c.date.date(), 'iso')]
    return lines, pat, surg


def pos_pathology_report(c):
    p = c.nam_patient()
    case = c.case_for(p, need='path')
    if not case.get('path'):
        case = c.ch([k for k in CASES if k.get('path') and bool(k.get('child')) == bool(case.get('child')) and k.get('sex') in (None, p.sex)])
    acc = 'S%s-%06d' % (c.date.strftime('%y'), c.rng.randint(1000, 40000))
    lines, pat, surg = path_report_lines(c, p, case, acc, with_nam=c.p(0.7))
    title = c.t('RAPPORT DE PATHOLOGIE CHIRURGICALE', 'SURGICAL PATHOLOGY REPORT')
    sender = c.ch([pat, c.staff('aubin')])
    subj = c.ch([c.t('Rapport de pathologie ', 'Pathology report ') + acc, c.t('Résultat patho', 'Path result'),
                 c.t('Patho - ', 'Path - ') + p.surname.upper()])
    if p.surname.upper() in subj:
        c.types.add('patient_name')
    if c.p(0.6):
        data = make_pdf(title, lines, author=c.sname(pat, 'plain'))
        fname = c.ch(['%s.pdf' % acc, 'rapport_patho_%s.pdf' % acc, 'Patho_%s_%s.pdf' % (strip_accents(p.surname).upper(), acc)])
        if strip_accents(p.surname).upper() in fname:
            c.types.add('patient_name')
        body = '\n'.join([c.greet(surg), '', c.t('Le rapport final est disponible (voir pièce jointe).', 'The final report is available (attached).'),
                          c.t('À discuter au comité des tumeurs de mardi si vous le souhaitez.', 'Can be discussed at Tuesday tumour board if you wish.')
                          if c.p(0.5) else '', c.sig(sender)])
        return mk(c, sender, surg, subj, body, atts=[Att(fname, CT['pdf'], data)])
    body = '\n'.join([c.greet(surg), '', title, ''] + lines + [c.sig(sender)])
    return mk(c, sender, surg, subj, body)


def pos_frozen_section(c):
    p = c.nam_patient(adult=True)
    pat = c.staff(pool=PATHOLOGISTS)
    room = c.rng.randint(1, 14)
    res = c.ch(c.t(['ganglion sentinelle: négatif pour métastase', 'marge profonde: carcinome à < 1 mm, reprise suggérée',
                    'nodule thyroïdien: lésion folliculaire, diagnostic différé', 'tranche urétrale: pas de néoplasie',
                    'ganglion sentinelle: positif (macrométastase 4 mm)'],
                   ['sentinel node: negative for metastasis', 'deep margin: carcinoma < 1 mm, re-excision suggested',
                    'thyroid nodule: follicular lesion, deferred', 'urethral margin: no neoplasm',
                    'sentinel node: positive (4 mm macrometastasis)']))
    nm = c.pname(p, c.ch(['surname_first', 'sur_init', 'caps_first', 'title_full']))
    ident = (' #' + c.mrn(p)) if c.p(0.5) else ''
    body = c.ch([c.t('Extemporané salle %d - %s%s : %s. Rapport complet à suivre.', 'Frozen section OR %d - %s%s: %s. Full report to follow.'),
                 c.t('Salle %d / %s%s -> %s', 'OR %d / %s%s -> %s')]) % (room, nm, ident, c.lab(c.dx(res)))
    body += '\n' + c.ch(['', c.t('Communiqué verbalement au Dr %s à %s.', 'Called to Dr. %s at %s.') % (
        c.staff(pool=SURGEONS['gen'])['sur'], c.date.strftime('%H:%M'))]) + '\n' + c.sig(pat, 'min')
    to = [c.staff(pool=['gosselin', 'marcotte']), c.staff(pool=SURGEONS['gen'])]
    subj = c.ch([c.t('Extempo salle %d', 'Frozen OR %d') % room, 'FS %d' % room, c.t('Résultat extemporané', 'Frozen section result')])
    return mk(c, pat, to, subj, body, plain_only=c.p(0.6), importance='High' if c.p(0.4) else None)


def pos_transport_booking(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    sender = c.staff(pool=['seguin', 'desjardins', 'levesque'])
    tr = EXT['transport']
    day = c.later(2, 12)
    lines = [c.greet(), '', c.t('Nous aimerions réserver un transport adapté pour :', 'We would like to book adapted transport for:'), '',
             c.pname(p, c.ch(['title_full', 'caps_comma', 'full'])),
             c.address_line(p),
             c.t('Tél. : ', 'Tel: ') + c.phone(p) + (c.t(' (cell. ', ' (cell ') + c.phone(p, 'cell') + ')' if c.p(0.4) else '')]
    if c.p(0.4):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    lines += ['', c.t('Aller : %s, arrivée au CHU pour 6 h 15 (pavillon Beaubien, porte 3)', 'Pick-up: %s, arrive at hospital 6:15 (Beaubien, door 3)') % c.d(day, 'long'),
              c.t('Retour : même jour vers 15 h (chirurgie d\'un jour)', 'Return: same day around 3 pm (day surgery)') if case['day'] else
              c.t('Retour : à confirmer (hospitalisation prévue)', 'Return: TBC (admission planned)')]
    extra = c.ch(['mob', 'dx', 'o2', 'none'])
    if extra == 'mob':
        lines.append(c.t('Se déplace en fauteuil roulant, a besoin d\'aide pour les escaliers (3e étage sans ascenseur).',
                         'Uses a wheelchair, needs help with stairs (3rd floor walk-up).'))
        c.social('')
    elif extra == 'dx':
        lines.append(c.t('Motif : ', 'Reason: ') + c.proc(case) + ' - ' + c.cdx(case))
    elif extra == 'o2':
        lines.append(c.dx(c.t('Patient sous O2 2 L/min (MPOC), apporte sa bonbonne.', 'Patient on home O2 2 L/min (COPD), brings own tank.')))
    lines += ['', c.thanks(), c.sig(sender)]
    subj = c.ch([c.t('Réservation transport adapté', 'Adapted transport booking'), c.t('Transport - ', 'Transport - ') + c.d(day, 'iso'),
                 c.t('Transport pour ', 'Transport for ') + p.surname])
    if p.surname in subj:
        c.types.add('patient_name')
    return mk(c, sender, tr, subj, '\n'.join(lines))


def pos_preop_phone_call(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    nurse = c.staff(pool=['dore', 'bissonnette', 'levesque'])
    to = c.staff(pool=SURGEONS[case['sp']])
    m = c.ch(MEDS[:7])
    lines = [c.greet(to), '',
             c.t('Appel préop fait aujourd\'hui à %s (%s) pour %s du %s.', 'Pre-op call done today with %s (%s) for %s on %s.') % (
                 c.pname(p), ('rejoint %s %s au %s' % (p.kin_rel_fr, p.kin_given, c.contact(p.kin_phone)) if c.fr else
                  'reached the %s %s at %s' % (p.kin_rel_en, p.kin_given, c.contact(p.kin_phone))),
                 c.proc(case), c.d(c.later(2, 10), 'short')),
             c.t('- ', '- ') + c.med(m[0] if c.fr else m[1]) + ' : ' + (m[2] if c.fr else m[3]),
             c.t('- À jeun à partir de minuit, liquides clairs jusqu\'à 2 h avant.', '- NPO after midnight, clear fluids until 2 h before.')]
    if c.p(0.6):
        lines.append(c.social(c.ch(c.t(['- Vit seul(e); personne pour le raccompagner -> on a proposé une nuit d\'observation.',
                                        '- Proche aidant(e) épuisé(e), demande de répit en cours avec le CLSC.',
                                        '- Ne parle que le portugais; interprète à réserver pour le matin de la chirurgie.',
                                        '- Hébergé(e) en ressource intermédiaire, transport par la résidence.'],
                                       ['- Lives alone; nobody to drive them home -> we offered an overnight stay.',
                                        '- Caregiver burnout, respite request in progress with the CLSC.',
                                        '- Speaks Portuguese only; interpreter to book for the morning of surgery.',
                                        '- Lives in an intermediate resource, transport by the residence.']))))
    else:
        lines.append(c.t('- ', '- ') + c.comorb(1) + c.t(' connu(e), pas de changement récent.', ' known, no recent change.'))
    lines += ['', c.sig(nurse)]
    subj = c.ch([c.t('Appel préop', 'Pre-op call'), c.t('Appel préop - ', 'Pre-op call - ') + p.surname, c.t('Consignes transmises', 'Instructions given')])
    if p.surname in subj:
        c.types.add('patient_name')
    return mk(c, nurse, to, subj, '\n'.join(lines))


def pos_cancellation(c):
    p = c.nam_patient()
    case = c.case_for(p)
    surg = c.staff(pool=SURGEONS[case['sp']])
    sender = c.staff(pool=['gosselin', 'marcotte', 'giguere', 'stein'])
    reason = c.ch(['lab', 'lab', 'covid', 'bp'])
    if reason == 'lab':
        why = c.lab(c.ch(c.t(['glycémie à 21,4 ce matin', 'K+ à 6,2 au labo de 6 h', 'Hb 71 g/L', 'INR 2,3 malgré l\'arrêt de la warfarine'],
                             ['glucose 21.4 this morning', 'K+ 6.2 on the 06:00 draw', 'Hb 71 g/L', 'INR 2.3 despite holding warfarin'])))
        if 'warfarin' in why:
            c.med('')
    elif reason == 'covid':
        why = c.dx(c.t('test COVID positif au dépistage', 'positive COVID screen'))
    else:
        why = c.dx(c.t('TA 212/118 à l\'arrivée, HTA non contrôlée', 'BP 212/118 on arrival, uncontrolled hypertension'))
    nm = c.pname(p)
    body = [c.greet(surg), '',
            c.t('Le cas de %s (%s) est annulé ce matin : %s.', 'The case for %s (%s) is cancelled this morning: %s.') % (nm, c.proc(case), why),
            c.ch(c.t(['On reprogramme après ajustement avec le médecin de famille.', 'Le patient est retourné à domicile, on vous laisse le rappeler.',
                      'Salle libérée, on avance le cas suivant.'],
                     ['We will rebook after adjustment with the family doctor.', 'Patient sent home, your office will call back.',
                      'Room freed, next case moved up.']))]
    if c.p(0.4):
        body.insert(3, c.f('%s : %s') % (c.mrn_label(), c.mrn(p)))
    elif c.p(0.5):
        body.insert(3, c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    body.append(c.sig(sender, c.ch(['short', 'min'])))
    subj = c.ch([c.t('Annulation salle %d', 'Cancellation OR %d') % c.rng.randint(1, 14), c.t('Cas annulé', 'Case cancelled'),
                 c.t('Annulation - ', 'Cancelled - ') + c.pname(p, 'sur_init')])
    return mk(c, sender, [surg, c.staff(pool=['desjardins', 'auclair'])], subj, '\n'.join(body), importance='High' if c.p(0.3) else None)


def pos_waitlist_xlsx(c):
    sp = c.ch(['gen', 'ortho', 'uro', 'gyn', 'oph'])
    n = c.rng.randint(5, 9)
    rows = [[c.t('Nom', 'Surname'), c.t('Prénom', 'Given name'), 'NAM', c.t('DDN', 'DOB'), c.t('Intervention', 'Procedure'),
             c.t('Diagnostic', 'Diagnosis'), c.t('Inscrit le', 'Listed on'), c.t('Jours d\'attente', 'Days waiting')]]
    for _ in range(n):
        p = c.nam_patient(adult=True)
        case = c.case_for(p, sp=[sp])
        listed = c.date.date() - dt.timedelta(days=c.rng.randint(200, 700))
        c.types.add('patient_name')
        rows.append([p.surname.upper(), p.given, c.nam(p) if c.p(0.7) else p.nam, c.dob(p, 'iso'), c.proc(case), c.cdx(case),
                     listed.isoformat(), (c.date.date() - listed).days])
        c.types.add('ramq_nam')
    sender = c.staff(pool=['auclair', 'rochon', 'desjardins'])
    to = c.staff(pool=SURGEONS[sp])
    fname = c.ch(['liste_attente_%s_%s.xlsx' % (sp, c.date.strftime('%Y%m')), 'attente_plus_1an.xlsx' if c.fr else 'waitlist_over_1yr.xlsx'])
    body = '\n'.join([c.greet(to), '',
                      c.t('Voici la liste de vos patients en attente depuis plus de 6 mois. Le ministère nous demande un plan de résorption d\'ici la fin du mois.',
                          'Here is the list of your patients waiting more than 6 months. The ministry wants a reduction plan by month-end.'),
                      c.t('Pouvez-vous indiquer ceux qui pourraient être opérés au centre affilié?', 'Could you flag those who could go to the affiliated centre?'),
                      c.sig(sender)])
    return mk(c, sender, to, c.t('Liste d\'attente > 6 mois', 'Wait list > 6 months'), body,
              atts=[Att(fname, CT['xlsx'], make_xlsx([('Attente' if c.fr else 'Waitlist', rows)]))])


def pos_blood_bank(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p, sp=['ortho', 'gen', 'gyn', 'vasc', 'uro'])
    bb = c.staff('dumont')
    to = [c.staff(pool=ANESTH), c.staff(pool=['gosselin', 'marcotte'])]
    ab = c.ch(['anti-Kell', 'anti-E', 'anti-Fya', 'anti-Jka + anti-c'])
    grp = c.ch(['O nég.', 'A pos.', 'B nég.', 'O pos.', 'AB pos.'] if c.fr else ['O neg', 'A pos', 'B neg', 'O pos', 'AB pos'])
    lines = [c.greet(), '',
             c.t('Pour %s (%s %s), prévu(e) demain pour %s :', 'For %s (%s %s), booked tomorrow for %s:') % (
                 c.pname(p), *((c.mrn_label(), c.mrn(p)) if c.p(0.6) else (c.nam_label(), c.nam(p))), c.proc(case)),
             c.lab(c.t('Groupe %s, dépistage positif, identification : %s.', 'Group %s, antibody screen positive, identified: %s.') % (grp, ab)),
             c.t('Nous aurons 2 culots phénotypés compatibles seulement demain 10 h. Si le cas est en premier, merci de nous aviser.',
                 'We will only have 2 compatible phenotyped units tomorrow at 10:00. If the case is first, please let us know.')]
    if c.p(0.5):
        lines.append(c.t('Hb préop : ', 'Pre-op Hb: ') + c.lab('%d g/L' % c.rng.randint(85, 128)) + ' ; ' + c.t('diagnostic : ', 'diagnosis: ') + c.cdx(case))
    lines.append(c.sig(bb))
    return mk(c, bb, to, c.ch([c.t('Banque de sang - anticorps irrégulier', 'Blood bank - irregular antibody'), 'Compatibilité ' + c.d(c.later(1, 2), 'iso')]),
              '\n'.join(lines), importance='High' if c.p(0.5) else None)


def pos_transfusion_refusal(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p, sp=['ortho', 'gen', 'gyn', 'uro'])
    anest = c.staff(pool=ANESTH)
    surg = c.staff(pool=SURGEONS[case['sp']])
    lines = [c.greet(surg), '',
             c.t('Petit rappel pour %s, %s prévue le %s :', 'Reminder about %s, %s booked on %s:') % (c.pname(p), c.proc(case), c.d(c.later(2, 15), 'long')),
             c.social(c.t('- Témoin de Jéhovah, refuse tout produit sanguin (directive signée, copie au dossier).',
                          '- Jehovah\'s Witness, refuses all blood products (signed directive on chart).')),
             c.t('- Accepte la récupération peropératoire (cell saver) en circuit continu.', '- Accepts intra-op cell salvage in continuous circuit.'),
             c.t('- Hb préop ', '- Pre-op Hb ') + c.lab('%d g/L' % c.rng.randint(98, 136)) + c.t(', fer IV donné le ', ', IV iron given on ') + c.d(c.earlier(7, 20), 'short') +
             ' (' + c.med(c.t('sucrose ferrique 300 mg', 'iron sucrose 300 mg')) + ')',
             c.t('- Indication : ', '- Indication: ') + c.cdx(case)]
    if c.p(0.5):
        lines.append('- %s %s' % (c.nam_label(), c.nam(p)))
    lines += ['', c.t('Je serai en salle moi-même.', 'I will do the case myself.'), c.sig(anest)]
    return mk(c, anest, surg, c.ch([c.t('Refus de transfusion', 'Transfusion refusal'), c.t('Cas sans sang - ', 'Bloodless case - ') + p.surname.upper()])
              if True else '', '\n'.join(lines), cc=[c.staff('dumont')] if c.p(0.5) else [])


def pos_social_discharge(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p, sp=['ortho', 'gen', 'vasc', 'uro'])
    sw = c.staff('tessier')
    to = c.ch([EXT['clsc'], c.staff('cormier')])
    age = age_on(p.dob, c.date.date())
    soc = c.ch(c.t(['Vit seul(e) au 2e étage sans ascenseur; conjoint(e) hébergé(e) en CHSLD depuis mars.',
                    'Proche aidant de sa soeur qui a une déficience intellectuelle; il faudra un répit pendant la convalescence.',
                    'Situation financière précaire (aide sociale), pas de voiture, ne peut pas payer les pansements.',
                    'Sous curatelle publique; le curateur doit signer le consentement.',
                    'Logement insalubre signalé à l\'inspection municipale; risque de chute élevé.'],
                   ['Lives alone on a 2nd floor walk-up; spouse placed in long-term care since March.',
                    'Caregiver for a sister with an intellectual disability; respite needed during recovery.',
                    'Precarious finances (social assistance), no car, cannot afford dressings.',
                    'Under public curatorship; the curator must sign consent.',
                    'Unsanitary housing reported to city inspection; high fall risk.']))
    lines = [c.greet(to if 'key' in to else None), '',
             c.t('Je vous réfère %s, %d ans, opéré(e) le %s (%s pour %s).', 'Referring %s, %d y.o., operated on %s (%s for %s).') % (
                 c.pname(p, c.ch(['title_full', 'full'])), age, c.d(c.earlier(1, 5), 'long'), c.proc(case), c.cdx(case)),
             c.social(soc)]
    if c.p(0.6):
        lines.append(c.t('Adresse : ', 'Address: ') + c.address_line(p) + c.t(' - tél. ', ' - tel. ') + c.phone(p))
    if c.p(0.4):
        lines.append(c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    lines += [c.t('Congé prévu ', 'Discharge planned ') + c.d(c.later(1, 4), 'long') + '.', '', c.thanks(), c.sig(sw)]
    return mk(c, sw, to, c.ch([c.t('Référence SAD post-op', 'Home care referral post-op'), c.t('Planification du congé', 'Discharge planning')]),
              '\n'.join(lines))


def pos_implant_traceability(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p, need='implant')
    if not case.get('implant'):
        case = c.ch([k for k in CASES if k.get('implant')])
    nurse = c.staff(pool=['proulx', 'beaulieu', 'hamel', 'boily'])
    rep = EXT['ortho_rep']
    rows = [[c.t('Composante', 'Component'), 'REF', 'LOT', c.t('Exp.', 'Exp.')]]
    for comp in c.t(['Fémorale taille 5', 'Insert PE 10 mm', 'Tibiale taille 4', 'Vis 6,5 x 30'],
                    ['Femoral size 5', 'PE insert 10 mm', 'Tibial size 4', 'Screw 6.5 x 30'])[:c.rng.randint(2, 4)]:
        rows.append([comp, '%d-%04d-%02d' % (c.rng.randint(10, 99), c.rng.randint(0, 9999), c.rng.randint(1, 99)),
                     '%s%07d' % (c.ch(['K', 'M', 'L']), c.rng.randint(0, 9999999)), '%d-%02d' % (c.rng.randint(2026, 2030), c.rng.randint(1, 12))])
    lines = [c.greet(), '',
             c.t('Traçabilité des implants utilisés le %s, salle %d :', 'Implant traceability for %s, room %d:') % (c.d(c.date.date(), 'long'), c.rng.randint(1, 14)),
             c.t('Patient : ', 'Patient: ') + c.pname(p, c.ch(['caps_comma', 'surname_first'])) + ' - ' + c.mrn_label() + ' ' + c.mrn(p),
             c.t('Chirurgie : ', 'Surgery: ') + c.proc(case) + ' (' + c.cdx(case) + ')', '', '[[TABLE0]]', '',
             c.t('Merci de facturer la consignation et de remplacer le stock.', 'Please invoice the consignment and replenish stock.'),
             c.sig(nurse)]
    to = [rep] if c.p(0.5) else [c.staff('lafrance')]
    return mk(c, nurse, to, c.t('Traçabilité implants - consignation', 'Implant traceability - consignment'), '\n'.join(lines), tables=[rows],
              cc=[c.staff('ferland')] if c.p(0.4) else [])


def pos_cjd_instrument_recall(c):
    p = c.nam_patient(adult=True)
    ip = c.staff('lamarre')
    urdm = c.staff('carrier')
    opd = c.earlier(2, 10)
    trays = ['%s-%03d' % (c.ch(['NCH', 'ORL', 'OPH', 'GEN']), c.rng.randint(1, 200)) for _ in range(c.rng.randint(2, 4))]
    lines = [c.greet(urdm), '',
             c.t('Suite à la suspicion de %s chez %s (%s %s), opéré(e) le %s en salle %d, nous devons mettre en quarantaine les plateaux suivants :',
                 'Following suspected %s in %s (%s %s), operated on %s in room %d, the following trays must be quarantined:') % (
                 c.dx(c.t('maladie de Creutzfeldt-Jakob', 'Creutzfeldt-Jakob disease')), c.pname(p), c.mrn_label(), c.mrn(p),
                 c.d(opd, 'long'), c.rng.randint(1, 14)),
             ''] + ['  - %s (charge %s-%04d)' % (t, opd.strftime('%y%m%d'), c.rng.randint(1, 9999)) if c.fr else
                    '  - %s (load %s-%04d)' % (t, opd.strftime('%y%m%d'), c.rng.randint(1, 9999)) for t in trays] + [
             '', c.t('IRM et EEG compatibles; PCR 14-3-3 en attente au labo de référence.', 'MRI and EEG compatible; 14-3-3 assay pending at the reference lab.')
             if c.p(0.5) else c.t('Confirmation attendue dans 2 semaines.', 'Confirmation expected in 2 weeks.'),
             c.t('Ne pas retraiter avant avis de la PCI.', 'Do not reprocess until IPC clears it.'), c.sig(ip)]
    if 'IRM' in lines[-3] or 'MRI' in lines[-3]:
        c.lab('')
    return mk(c, ip, [urdm, c.staff('ferland')], c.t('URGENT - quarantaine plateaux (MCJ)', 'URGENT - tray quarantine (CJD)'),
              '\n'.join(lines), importance='High')


def pos_ics_surgery(c):
    p = c.nam_patient()
    case = c.case_for(p)
    surg = c.staff(pool=SURGEONS[case['sp']])
    anest = c.staff(pool=ANESTH)
    clerk = c.staff(pool=['desjardins', 'auclair'])
    day = c.later(3, 25)
    room = c.rng.randint(1, 14)
    start = dt.datetime(day.year, day.month, day.day, c.ch([7, 8, 10, 12, 13]), c.ch([0, 30]))
    summ = c.t('BO salle %d - %s - %s', 'OR %d - %s - %s') % (room, c.pname(p, c.ch(['sur_init', 'caps_first', 'surname_first'])), c.proc(case))
    desc = [c.t('Diagnostic : ', 'Diagnosis: ') + c.cdx(case)]
    if c.p(0.6):
        desc.append(c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    if c.p(0.4):
        desc.append(c.f('%s : %s') % (c.mrn_label(), c.mrn(p)))
    if c.p(0.4):
        desc.append(c.t('Allergie : ', 'Allergy: ') + c.ch(ALLERGIES)[0 if c.fr else 1] + c.t(' ; Rx : ', '; Rx: ') + c.meds(1)[0])
    desc.append(c.t('Anesthésiste : ', 'Anaesthetist: ') + c.sname(anest, 'full'))
    ics = make_ics('%s-%d@%s' % (day.strftime('%Y%m%d'), room, DOM), summ, start, case['min'] + 30,
                   c.t('Bloc opératoire, salle %d, pavillon Beaubien', 'Operating room %d, Beaubien pavilion') % room,
                   '\n'.join(desc), c.addr(clerk), [c.addr(surg), c.addr(anest)])
    body_lines = [c.t('Invitation : ', 'Invitation: ') + summ if c.p(0.5) else c.t('Cas ajouté au calendrier opératoire.', 'Case added to the OR calendar.'),
                  c.t('Quand : ', 'When: ') + c.d(day, 'long') + ' %02d:%02d' % (start.hour, start.minute),
                  c.t('Où : salle %d', 'Where: room %d') % room, '', c.sig(clerk, 'short')]
    if not body_lines[0].startswith(('Invitation', 'Invitation')):
        pass
    return mk(c, clerk, [surg, anest], summ if c.p(0.5) else c.t('Invitation : cas opératoire ', 'Invitation: surgical case ') + c.d(day, 'iso'),
              '\n'.join(body_lines), atts=[Att('invite.ics', CT['ics'], ics)])


def pos_vcard_patient(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    nurse = c.staff(pool=['plante', 'cormier', 'levesque'])
    to = c.ch([EXT['clsc'], c.staff(pool=['plante', 'cormier'])])
    if to is nurse:
        to = EXT['clsc']
    note_kind = c.ch(['dx', 'soc', 'both'])
    notes = []
    if note_kind in ('dx', 'both'):
        notes.append(c.t('Post-op ', 'Post-op ') + c.proc(case) + ' (' + c.cdx(case) + ')')
    if note_kind in ('soc', 'both'):
        notes.append(c.social(c.ch(c.t(['Malentendant(e), utiliser texto', 'Vit seul(e), clé chez la voisine', 'Contacter d\'abord %s (%s)' % (p.kin_given, p.kin_rel_fr)],
                                       ['Hard of hearing, use text', 'Lives alone, key with neighbour', 'Call %s (%s) first' % (p.kin_given, p.kin_rel_en)]))))
        if 'Malentendant' in notes[-1] or 'Hard of hearing' in notes[-1]:
            c.dx('')
    c.types.add('patient_name')
    c.types.add('patient_contact')
    vcf = make_vcard('%s %s' % (p.given, p.surname), p.surname, p.given,
                     tels=[('HOME', p.phone), ('CELL', p.cell)] if c.p(0.5) else [('CELL', p.cell)],
                     emails=[p.email] if c.p(0.5) else [], adr=(p.street, p.city, p.prov, p.postal), note='; '.join(notes))
    body = '\n'.join([c.greet(to if 'key' in to else None), '',
                      c.t('Voici la fiche contact de la patiente pour la visite de demain (ci-jointe).',
                          'Contact card attached for tomorrow\'s home visit.') if p.sex == 'F' else
                      c.t('Voici la fiche contact du patient pour la visite de demain (ci-jointe).', 'Contact card attached for tomorrow\'s home visit.'),
                      c.thanks(), c.sig(nurse)])
    fname = '%s_%s.vcf' % (strip_accents(p.given), strip_accents(p.surname).replace(' ', ''))
    return mk(c, nurse, to, c.t('Coordonnées - visite post-op', 'Contact info - post-op visit'), body,
              atts=[Att(fname, CT['vcf'], vcf)])


def pos_work_injury_sin(c):
    if c.p(0.5):
        p = c.nam_patient(adult=True)
    else:
        p = invented_patient(c.rng, min_age=22, max_age=60, ref=c.date.date())
    sinv = gen_sin(c.rng)
    surg = c.staff(pool=['bergeron', 'dufresne', 'marchand'])
    sec = c.staff('goldberg')
    ext = EXT['cnesst']
    inj = c.ch(c.t([('fracture du radius distal droit', 'réduction ouverte et plaque palmaire'),
                    ('lacération des tendons fléchisseurs (zone II) main gauche', 'réparation des fléchisseurs'),
                    ('rupture du tendon d\'Achille gauche', 'réparation du tendon d\'Achille'),
                    ('fracture bimalléolaire de la cheville droite', 'réduction ouverte et fixation interne')],
                   [('right distal radius fracture', 'open reduction and volar plating'),
                    ('flexor tendon laceration (zone II), left hand', 'flexor tendon repair'),
                    ('left Achilles tendon rupture', 'Achilles tendon repair'),
                    ('right bimalleolar ankle fracture', 'open reduction internal fixation')]))
    lines = [c.greet(), '',
             c.t('Ci-dessous les informations demandées pour le dossier de lésion professionnelle :', 'Below the information requested for the work-injury claim:'), '',
             c.t('Travailleur : ', 'Worker: ') + c.pname(p, c.ch(['caps_comma', 'full'])),
             c.t('NAS : ', 'SIN: ') + fmt_sin(sinv, c.rng)]
    c.types.add('ca_sin')
    if c.p(0.6):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    if p.nam and c.p(0.5):
        lines.append(c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    lines += [c.t('Lésion : ', 'Injury: ') + c.dx(inj[0]),
              c.t('Chirurgie : ', 'Surgery: ') + inj[1] + ', ' + c.d(c.earlier(3, 20), 'long'),
              c.t('Arrêt de travail prévu : 8 semaines; physiothérapie à prévoir.', 'Expected time off: 8 weeks; physiotherapy needed.'),
              '', c.t('Le rapport médical signé suivra par télécopieur.', 'The signed medical report will follow by fax.'), c.sig(sec)]
    body = '\n'.join(lines)
    if c.p(0.35):
        data = make_pdf(c.t('Rapport médical - lésion professionnelle', 'Medical report - work injury'), lines[4:-3], author=c.sname(surg, 'plain'))
        body = '\n'.join([c.greet(), '', c.t('Voir le rapport ci-joint pour votre travailleur.', 'Please find the report attached for your employee.'),
                          c.sig(sec)])
        return mk(c, sec, ext, c.t('Rapport médical - réclamation', 'Medical report - claim'), body,
                  atts=[Att(c.ch(['rapport_medical.pdf', 'RM_%s.pdf' % c.date.strftime('%Y%m%d')]), CT['pdf'], data)])
    return mk(c, sec, ext, c.t('Dossier lésion professionnelle - ', 'Work injury file - ') + p.surname.upper(), body)


def pos_ontario_hcn(c):
    p = invented_patient(c.rng, origin='on', ref=c.date.date())
    hcn, vc = gen_hcn(c.rng)
    case = c.case_for(p, sp=['gen', 'ortho', 'uro'])
    clerk = c.staff(pool=['archambault', 'seguin', 'auclair'])
    ext = EXT['ohip']
    lines = [c.greet(ext), '',
             c.t('Nous avons traité un(e) résident(e) de l\'Ontario en urgence. Voici les informations pour la facturation interprovinciale :',
                 'We treated an Ontario resident on an urgent basis. Details for interprovincial billing:'), '',
             c.t('Nom : ', 'Name: ') + c.pname(p, c.ch(['caps_comma', 'full', 'comma'])),
             c.t('No carte santé Ontario : ', 'Ontario health number: ') + fmt_hcn(hcn, vc, c.rng)]
    c.types.add('ca_health_number')
    if c.p(0.7):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    if c.p(0.5):
        lines.append(c.t('Adresse : ', 'Address: ') + c.address_line(p).replace('(QC)', '(ON)').replace(', QC', ', ON'))
    lines += [c.t('Séjour : ', 'Stay: ') + c.d(c.earlier(3, 12), 'iso') + ' -> ' + c.d(c.earlier(0, 2), 'iso'),
              c.t('Intervention : ', 'Procedure: ') + c.proc(case), c.t('Diagnostic : ', 'Diagnosis: ') + c.cdx(case), '',
              c.thanks(), c.sig(clerk)]
    return mk(c, clerk, ext, c.t('Facturation interprovinciale - patient de l\'Ontario', 'Interprovincial billing - Ontario patient'), '\n'.join(lines))


def pos_belgian_niss(c):
    p = invented_patient(c.rng, origin='be', ref=c.date.date())
    niss = gen_niss(c.rng, p.dob, p.sex)
    c.types.add('be_niss')
    case = c.ch([k for k in CASES if k['k'] in ('orif', 'appendix', 'chole')])
    clerk = c.staff(pool=['archambault', 'seguin'])
    surg = c.staff(pool=SURGEONS[case['sp']])
    ext = EXT['insurer']
    lines = [c.greet(), '',
             c.t('Votre assuré(e) a été opéré(e) d\'urgence dans notre établissement lors d\'un séjour touristique.',
                 'Your insured was operated on urgently in our hospital while visiting as a tourist.'), '',
             c.t('Assuré(e) : ', 'Insured: ') + c.pname(p, c.ch(['caps_comma', 'full', 'surname_first'])),
             c.t('NISS : ', 'NISS (Belgian national number): ') + fmt_niss(niss, c.rng)]
    if c.p(0.6):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    lines += [c.t('Diagnostic : ', 'Diagnosis: ') + c.cdx(case), c.t('Intervention : ', 'Procedure: ') + c.proc(case) + ' (' + c.sname(surg, 'full') + ')',
              c.t('Durée du séjour : %d jours', 'Length of stay: %d days') % c.rng.randint(1, 5)]
    if c.p(0.4):
        lines.append(c.t('Traitement au congé : ', 'Discharge medication: ') + c.med(c.t('énoxaparine 40 mg SC die x 14 j, acétaminophène', 'enoxaparin 40 mg SC daily x 14 d, acetaminophen')))
    lines += ['', c.t('Merci de confirmer la prise en charge pour que nous puissions émettre la facture.', 'Please confirm coverage so we can issue the invoice.'),
              c.sig(clerk)]
    body = '\n'.join(lines)
    if c.p(0.4):
        data = make_docx(c.t('Attestation de soins', 'Care attestation'), lines[4:-3])
        return mk(c, clerk, ext, c.t('Prise en charge - hospitalisation au Canada', 'Coverage - hospital stay in Canada'),
                  '\n'.join([c.greet(), '', c.t('Veuillez trouver l\'attestation ci-jointe.', 'Please find the attestation attached.'), c.sig(clerk)]),
                  atts=[Att(c.t('attestation_soins.docx', 'care_attestation.docx'), CT['docx'], data)])
    return mk(c, clerk, ext, c.t('Prise en charge - ', 'Coverage - ') + p.surname.upper(), body)


def pos_french_nir(c):
    p = invented_patient(c.rng, origin='fr', ref=c.date.date())
    nirv = gen_nir(c.rng, p.dob, p.sex)
    c.types.add('fr_nir')
    case = c.ch([k for k in CASES if k['k'] in ('chole', 'appendix', 'orif', 'hernia') and k.get('sex') in (None, p.sex)])
    clerk = c.staff(pool=['archambault', 'seguin', 'desjardins'])
    ext = EXT['cpam']
    lines = [c.greet(), '',
             c.t('Dans le cadre de l\'entente France-Québec, voici les renseignements concernant un(e) assuré(e) français(e) hospitalisé(e) chez nous :',
                 'Under the France-Quebec agreement, here is the information about a French insured person admitted here:'), '',
             c.t('Nom : ', 'Name: ') + c.pname(p, c.ch(['caps_comma', 'full', 'caps_first'])),
             c.t('N° de sécurité sociale (NIR) : ', 'French social security no. (NIR): ') + fmt_nir(nirv, c.rng)]
    if c.p(0.5):
        lines.append(c.f('%s : %s') % (c.dob_label(), c.dob(p)))
    lines += [c.t('Motif : ', 'Reason: ') + c.cdx(case) + ' - ' + c.proc(case),
              c.t('Admission le ', 'Admitted on ') + c.d(c.earlier(2, 10), 'long'), '', c.thanks(), c.sig(clerk)]
    return mk(c, clerk, ext, c.t('Formulaire SE 401-Q - assuré(e) français(e)', 'SE 401-Q form - French insured'), '\n'.join(lines))


def pos_referral_forward(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    gp = EXT['gp']
    surg = c.staff(pool=SURGEONS[case['sp']])
    sec = c.staff('goldberg' if case['sp'] == 'ortho' else 'cote')
    orig_when = c.before(24, 200)
    orig = [c.t('Bonjour,', 'Hello,'), '',
            c.t('Je vous réfère %s pour évaluation chirurgicale : %s.', 'I am referring %s for surgical assessment: %s.') % (
                c.pname(p, c.ch(['title_full', 'full'])), c.cdx(case)),
            c.f('%s : %s    %s : %s') % (c.nam_label(), c.nam(p), c.dob_label(), c.dob(p)),
            c.t('Médication : ', 'Medications: ') + ', '.join(c.meds(c.rng.randint(1, 3), instr=False)),
            c.t('ATCD : ', 'History: ') + c.comorb(c.rng.randint(1, 2))]
    if c.p(0.5):
        orig.append(c.t('Joindre au ', 'Reach at ') + c.phone(p) + c.t(' (laisser message)', ' (leave message)'))
    if c.p(0.4):
        orig.append(c.t('Dernier bilan : ', 'Latest labs: ') + ', '.join(c.lab_values(2)))
    orig += ['', c.t('Merci,', 'Thanks,'), 'Dre Véronique Allard', 'Clinique médicale Val-Fleuri', 'Tél. 450 555-0187']
    osubj = c.t('Référence chirurgie', 'Surgical referral')
    body = '\n'.join([c.greet(surg), '', c.ch(c.t(['Nouvelle référence reçue ce matin, à prioriser?', 'Pour triage svp.', 'FYI - référence de la Dre Allard.'],
                                                  ['New referral received this morning, priority?', 'For triage please.', 'FYI - referral from Dr. Allard.'])),
                      c.sig(sec, 'min'), '', c.fwd(c.addr(gp), orig_when, c.addr(sec)[1], osubj, '\n'.join(orig))])
    return mk(c, sec, surg, tr_(c, osubj), body)


def inner_preop_message(c, p, case):
    nurse = c.staff(pool=['dore', 'bissonnette', 'plante'])
    surg = c.staff(pool=SURGEONS[case['sp']])
    when = c.before(20, 120)
    lines = [c.greet(surg), '',
             c.t('%s (%s %s) prévu(e) pour %s : ', '%s (%s %s) booked for %s: ') % (c.pname(p), c.mrn_label(), c.mrn(p), c.proc(case)),
             c.t('- Diagnostic : ', '- Diagnosis: ') + c.cdx(case),
             c.t('- Bilan : ', '- Labs: ') + ', '.join(c.lab_values(3)),
             c.t('- Rx à cesser : ', '- Meds to hold: ') + c.meds(1)[0], '', c.sig(nurse, 'short')]
    subj = c.t('Préop ', 'Pre-op ') + c.d(c.later(2, 10), 'iso')
    ispec = dict(frm=c.addr(nurse), to=[c.addr(surg)], subject=subj, body='\n'.join(lines), lang=c.lang,
                 date=when, msgid=c.msgid())
    return ispec, nurse, surg


def pos_attached_eml(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    ispec, nurse, surg = inner_preop_message(c, p, case)
    raw = build_message(ispec, c.rng, force={'nl': '\n'})
    to = c.staff(pool=ANESTH + ['marcotte', 'nantel'])
    body = '\n'.join([c.greet(to), '', c.ch(c.t(['Je te transfère le courriel ci-joint, peux-tu regarder?', 'Voir message en pièce jointe.', 'FYI'],
                                                ['Forwarding the attached e-mail, can you take a look?', 'See attached message.', 'FYI'])),
                      c.sig(surg, 'min')])
    return mk(c, surg, to, tr_(c, ispec['subject']), body,
              atts=[Att(c.ch(['message.eml', ispec['subject'].replace(' ', '_') + '.eml', 'Preop.eml']), CT['eml'], raw)])


def pos_zip_pathology(c):
    sp_pat = c.staff(pool=PATHOLOGISTS)
    files = []
    n = c.rng.randint(2, 3)
    surg = None
    for i in range(n):
        p = c.nam_patient(adult=True)
        case = c.case_for(p, need='path')
        if not case.get('path'):
            case = c.ch([k for k in CASES if k.get('path') and not k.get('child') and k.get('sex') in (None, p.sex)])
        acc = 'S%s-%06d' % (c.date.strftime('%y'), c.rng.randint(1000, 40000))
        lines, pat, s = path_report_lines(c, p, case, acc, with_nam=True)
        surg = surg or s
        files.append(('%s.pdf' % acc, make_pdf(c.t('RAPPORT DE PATHOLOGIE CHIRURGICALE', 'SURGICAL PATHOLOGY REPORT'), lines)))
    z = make_zip(files)
    sender = c.staff('aubin')
    body = '\n'.join([c.greet(surg), '', c.t('Ci-joint les %d rapports finaux demandés pour la réunion multidisciplinaire (fichier zip).',
                                             'Attached are the %d final reports requested for the MDT meeting (zip file).') % n,
                      c.t('Mot de passe : communiqué par téléphone.', 'Password: given by phone.') if c.p(0.3) else '', c.sig(sender)])
    return mk(c, sender, surg, c.t('Rapports de pathologie - réunion multi', 'Pathology reports - MDT'), body,
              atts=[Att(c.ch(['rapports_patho_%s.zip' % c.date.strftime('%Y%m%d'), 'path_reports.zip']), CT['zip'], z)])


def pos_reply_quoted(c):
    p = c.nam_patient()
    case = c.case_for(p)
    a = c.staff(pool=SURGEONS[case['sp']])
    b = c.staff(pool=['gosselin', 'desjardins', 'plante', 'dore', 'auclair'])
    when = c.before(1, 40)
    kind = c.ch(['postop', 'booking', 'result'])
    if kind == 'postop':
        orig = [c.greet(a), '', c.t('%s a appelé : douleur au mollet droit depuis hier, 9 jours post %s.', '%s called: right calf pain since yesterday, 9 days after %s.') % (
            c.pname(p), c.proc(case)),
            c.t('Je lui ai dit de se présenter à l\'urgence pour écho doppler (r/o ', 'I told them to go to the ED for a doppler (r/o ') + c.dx('TVP' if c.fr else 'DVT') + ').',
            c.t('Elle prend ', 'Currently taking ') + c.med(c.ch(['rivaroxaban 10 mg', 'AAS 81 mg' if c.fr else 'ASA 81 mg'])) + '.', '', b['given']]
        osubj = c.t('Appel patient', 'Patient call')
    elif kind == 'booking':
        orig = [c.greet(a), '', c.t('Peut-on ajouter %s (%s %s) à votre liste de mardi? %s, en attente depuis 14 mois.',
                                    'Can we add %s (%s %s) to your Tuesday list? %s, waiting 14 months.') % (
            c.pname(p), c.nam_label(), c.nam(p), c.cdx(case)), '', b['given']]
        osubj = c.t('Ajout liste mardi', 'Add to Tuesday list')
    else:
        orig = [c.greet(a), '', c.t('Résultat reçu pour %s : ', 'Result received for %s: ') % c.pname(p) +
                c.lab(', '.join(c.lab_values(2))) + '.', c.t('Chirurgie prévue : ', 'Surgery planned: ') + c.proc(case) + ' - ' + c.cdx(case), '', b['given']]
        osubj = c.t('Résultats labo préop', 'Pre-op lab results')
    reply = c.ch(c.t(['Ok merci, je m\'en occupe.', 'Parfait, fais comme ça.', 'Oui, vas-y.', 'Reçu. On en reparle demain.', 'OK'],
                     ['Ok thanks, I\'ll handle it.', 'Sounds good.', 'Yes go ahead.', 'Got it, let\'s discuss tomorrow.', 'OK']))
    body = '\n'.join([reply, c.sig(a, c.ch(['min', 'short'])), '', c.quote(c.addr(b), when, '\n'.join(orig), subject=osubj, to=c.addr(a)[0])])
    return mk(c, a, b, re_(c, osubj), body, in_reply_to='<%s.%016x@%s>' % (when.strftime('%Y%m%d%H%M%S'), c.rng.getrandbits(64), DOM))


def pos_patient_email_fwd(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p)
    nurse = c.staff(pool=['plante', 'levesque', 'oneill'])
    surg = c.staff(pool=SURGEONS[case['sp']])
    when = c.before(2, 48)
    c.types.add('patient_name')
    c.types.add('patient_contact')
    sym = c.ch(c.t(['j\'ai 38,6 de fièvre depuis hier et la plaie coule un peu (jaune)', 'j\'ai encore beaucoup de douleur, les comprimés ne font plus effet',
                    'j\'ai une grosse bosse bleue à côté de la cicatrice', 'je n\'arrive plus à uriner normalement depuis le retrait de la sonde'],
                   ['I have had a fever of 38.6 since yesterday and the wound is leaking a bit (yellow)', 'I still have a lot of pain, the pills no longer help',
                    'there is a big bruise-like lump next to the scar', 'I can\'t pass urine normally since the catheter came out']))
    orig = [c.t('Bonjour,', 'Hello,'), '',
            c.t('Je m\'appelle %s, j\'ai été opéré(e) le %s pour %s (%s). Depuis 2 jours %s.',
                'My name is %s, I had surgery on %s for %s (%s). For 2 days %s.') % (
                p.full if c.p(0.7) else p.given.lower() + ' ' + p.surname.lower(), c.d(c.earlier(4, 15), 'long'), c.proc(case), c.dx(case['df'] if c.fr else case['de']), c.dx(sym))]
    if c.p(0.5):
        orig.append(c.t('Je prends ', 'I take ') + c.med(c.ch(c.t(['Dilaudid 2 mg', 'Tylenol 500 et Advil', 'hydromorphone 1 mg'], ['Dilaudid 2 mg', 'Tylenol 500 and Advil', 'hydromorphone 1 mg']))) + c.t(' aux 4 heures.', ' every 4 hours.'))
    orig += [c.t('Pouvez-vous me rappeler au %s?', 'Could you call me back at %s?') % p.cell, '', c.t('Merci', 'Thank you'), p.given]
    osubj = c.ch(c.t(['question après ma chirurgie', 'Fièvre', 'URGENT douleur'], ['question after my surgery', 'Fever', 'URGENT pain']))
    body = '\n'.join([c.greet(surg), '', c.t('Courriel reçu sur la boîte de la clinique. Je l\'ai rappelé(e), on la/le voit demain en clinique?',
                                             'Received on the clinic mailbox. I called back, can we see them in clinic tomorrow?'),
                      c.sig(nurse, 'short'), '', c.fwd((p.full, p.email), when, 'clinique.chirurgie@' + DOM, osubj, '\n'.join(orig))])
    return mk(c, nurse, surg, tr_(c, osubj), body)


def pos_pediatric_consent(c):
    p = c.child_patient()
    case = c.case_for(p)
    surg = c.staff(pool=SURGEONS['ped'])
    sw = c.staff('tessier')
    age = age_on(p.dob, c.date.date())
    soc = c.ch(c.t(['Parents séparés, garde exclusive à la mère; le père ne doit pas recevoir d\'information (ordonnance de la cour).',
                    'Enfant suivi par la DPJ, famille d\'accueil depuis janvier; consentement par l\'intervenante DPJ.',
                    'Famille nouvellement arrivée, demandeurs d\'asile; interprète en dari requis.',
                    'Mère mineure (17 ans), la grand-mère accompagne.'],
                   ['Parents separated, sole custody to the mother; the father must not receive information (court order).',
                    'Child followed by youth protection, in foster care since January; consent by the caseworker.',
                    'Newly arrived family, asylum seekers; Dari interpreter required.',
                    'Mother is a minor (17), grandmother accompanies.']))
    lines = [c.greet(surg), '',
             c.t('Concernant %s (%d ans, %s %s), prévu(e) pour %s :', 'About %s (age %d, %s %s), booked for %s:') % (
                 c.pname(p, c.ch(['full', 'surname_first', 'caps_comma'])), age, c.dob_label(), c.dob(p), c.proc(case)),
             c.social(soc),
             c.t('Indication : ', 'Indication: ') + c.cdx(case)]
    if c.p(0.5):
        lines.append(c.f('%s : %s') % (c.nam_label(), c.nam(p)))
    lines += ['', c.thanks(), c.sig(sw)]
    return mk(c, sw, surg, c.ch([c.t('Consentement - situation familiale', 'Consent - family situation'), c.t('Chirurgie pédiatrique - consentement', 'Paediatric surgery - consent')]),
              '\n'.join(lines), cc=[c.staff('nantel')] if c.p(0.4) else [])


def pos_terse_note(c):
    p = c.nam_patient()
    s = c.staff(pool=['gosselin', 'arsenault', 'cyr', 'lalonde', 'raman', 'fraser'])
    to = c.staff(pool=ANESTH + SURGEONS['gen'] + SURGEONS['ortho'])
    kind = c.ch(['lab', 'pacu', 'dx', 'idonly'])
    if kind == 'idonly':
        ident = c.ch(['mrn', 'nam'])
        idv = (c.mrn_label() + ' ' + c.mrn(p)) if ident == 'mrn' else c.nam(p)
        body = c.ch(['%s : %s. %s', '%s -> %s, %s']) % (
            idv, c.lab(c.ch(c.t(['Hb 74 ce matin', 'K 6,2', 'INR 2,1', 'créat 288 (base 95)', 'hémocultures + (BGN)'],
                                ['Hb 74 this am', 'K 6.2', 'INR 2.1', 'creat 288 (baseline 95)', 'blood cultures + (GNB)']))),
            c.ch(c.t(['on reporte le BO', 'appelle-moi', 'à voir avant 13 h', 'ajouté au rapport'],
                     ['OR postponed', 'call me', 'please see before 1 pm', 'added to handover'])))
        body += '\n' + c.ch(['', s['given'], c.t('Envoyé de mon iPhone', 'Sent from my iPhone')])
        return mk(c, s, to, c.ch(['', 'stat', c.t('labo', 'labs')]), body, plain_only=True)
    nm = c.pname(p, c.ch(['sur_init', 'surname_first', 'initial', 'caps_first']))
    if kind == 'lab':
        body = c.ch(['%s %s - %s -> %s', '%s (%s) %s. %s']) % (
            nm, c.mrn(p), c.lab(c.ch(['K 6.1', 'Hb 74', 'INR 1.9', 'glyc 19.2', 'tropo 88'])),
            c.ch(c.t(['BO reporté', 'on transfuse 1 CGR?', 'vit K donnée', 'insuline IV en cours', 'ECG fait, à voir'],
                     ['OR postponed', 'transfuse 1 unit?', 'vit K given', 'insulin drip started', 'ECG done, please see'])))
        if 'vit K' in body or 'insulin' in body or 'insuline' in body:
            c.med('')
    elif kind == 'pacu':
        body = c.t('SDR lit %d : %s, POD0 %s, %s. Peux-tu passer?', 'PACU bed %d: %s, POD0 %s, %s. Can you come?') % (
            c.rng.randint(1, 16), nm, c.proc(c.case_for(p)), c.dx(c.ch(c.t(['désaturation 86 % AA', 'FA rapide 150', 'globe vésical 900 mL', 'hypotension 78/40'],
                                                                         ['desat 86 % RA', 'rapid AF 150', 'urinary retention 900 mL', 'hypotension 78/40']))))
        if c.p(0.4):
            body += ' (%s)' % c.mrn(p)
    else:
        case = c.case_for(p)
        body = '%s - %s. %s' % (nm, c.cdx(case), c.ch(c.t(['Confirmé en salle.', 'À mettre sur la liste.', 'Famille avisée.'],
                                                           ['Confirmed in OR.', 'Please add to list.', 'Family informed.'])))
        if c.p(0.5):
            body = '#' + c.mrn(p) + ' ' + body
    body += '\n' + c.ch(['', '-' + s['given'][0], s['given'], c.t('Envoyé de mon iPhone', 'Sent from my iPhone')])
    subj = c.ch(['', '.', c.t('urgent', 'urgent'), nm if c.p(0.3) else 'stat', c.t('SDR', 'PACU')])
    return mk(c, s, to, subj, body, plain_only=True, mailer=c.ch([None, 'iPhone Mail (21E236)']))


def pos_subject_only(c):
    p = c.nam_patient(adult=True)
    case = c.case_for(p, need='path')
    a = c.staff(pool=SURGEONS[case['sp']] + PATHOLOGISTS)
    b = c.staff(pool=SURGEONS[case['sp']] + ['raman', 'cote', 'goldberg'])
    if a is b:
        b = c.staff('raman')
    nm = c.pname(p, c.ch(['surname_first', 'full', 'caps_comma', 'sur_init']))
    info = c.ch(['dx', 'path', 'mrn'])
    if info == 'dx' or not case.get('path'):
        subj = '%s - %s' % (nm, c.cdx(case))
    elif info == 'path':
        subj = c.f('%s : %s') % (nm, c.lab(c.dx(c.ch(c.t(['patho maligne', 'marges +', 'N+ 1/18', 'Gleason 4+3'], ['path malignant', 'margins +', 'N+ 1/18', 'Gleason 4+3'])))))
    else:
        subj = '%s (%s) - %s' % (nm, c.mrn(p), c.cdx(case))
    body = c.ch(c.t(['Peux-tu m\'appeler quand tu as 5 min?', 'On en parle à la réunion de 16 h.', 'Voir dossier. Je l\'annonce demain à la patiente.',
                     'À mettre au comité de jeudi svp.'],
                    ['Can you call me when you have 5 min?', 'Let\'s discuss at the 4 pm meeting.', 'See chart. I\'ll tell the patient tomorrow.',
                     'Please add to Thursday\'s tumour board.']))
    return mk(c, a, b, subj, body + '\n' + c.sig(a, 'min'), plain_only=c.p(0.5))


def pos_op_note_docx(c):
    p = c.nam_patient()
    case = c.case_for(p)
    surg = c.staff(pool=SURGEONS[case['sp']])
    anest = c.staff(pool=ANESTH)
    paras = [c.t('Patient : ', 'Patient: ') + c.pname(p, c.ch(['caps_comma', 'full'])) + '   ' + c.mrn_label() + ' ' + c.mrn(p)]
    if c.p(0.6):
        paras.append(c.f('%s : %s    %s : %s') % (c.nam_label(), c.nam(p), c.dob_label(), c.dob(p)))
    paras += [c.t('Date : ', 'Date: ') + c.d(c.earlier(0, 3), 'iso'),
              c.t('Chirurgien : ', 'Surgeon: ') + c.sname(surg, 'full') + c.t(' ; assistante : Dre Priya Raman (R3)', '; assistant: Dr. Priya Raman (PGY-3)'),
              c.t('Anesthésie : ', 'Anaesthesia: ') + c.sname(anest, 'full'),
              c.t('Diagnostic préopératoire : ', 'Pre-operative diagnosis: ') + c.cdx(case),
              c.t('Intervention : ', 'Procedure: ') + c.proc(case),
              c.t('Antibioprophylaxie : ', 'Antibiotic prophylaxis: ') + c.med(c.ch(c.t(['céfazoline 2 g IV', 'clindamycine 900 mg IV'], ['cefazolin 2 g IV', 'clindamycin 900 mg IV']))),
              c.t('Description : patient en décubitus dorsal, champ stérile, ... Pertes sanguines estimées %d mL. Aucune complication.',
                  'Description: supine position, sterile prep and drape, ... Estimated blood loss %d mL. No complications.') % c.rng.randint(10, 450),
              c.t('Spécimen envoyé en pathologie : ', 'Specimen sent to pathology: ') + c.ch(c.t(['oui', 'non'], ['yes', 'no']))]
    data = make_docx(c.t('PROTOCOLE OPÉRATOIRE', 'OPERATIVE NOTE'), paras, author=c.sname(surg, 'plain'))
    fname = c.ch(['Protocole_op_%s_%s.docx' % (strip_accents(p.surname).upper(), p.given[0]), 'protocole_%s.docx' % p.mrn, 'op_note.docx'])
    if strip_accents(p.surname).upper() in fname:
        c.types.add('patient_name')
    sec = c.staff('goldberg' if case['sp'] == 'ortho' else 'cote')
    body = '\n'.join([c.greet(sec), '', c.t('Voici le protocole dicté à corriger et verser au dossier.', 'Here is the dictated op note to proofread and file.'),
                      c.thanks(), c.sig(surg, c.ch(['min', 'short']))])
    return mk(c, surg, sec, c.t('Protocole opératoire à réviser', 'Op note to proofread'), body, atts=[Att(fname, CT['docx'], data)])


def pos_csv_export(c):
    anon = c.p(0.35)
    if anon:   # no names: NAM + birth date identify the patients
        rows = [['nam', c.t('ddn', 'dob'), c.t('sexe', 'sex'), c.t('date_chx', 'surgery_date'), c.t('intervention', 'procedure'),
                 c.t('diagnostic', 'diagnosis'), c.t('duree_sejour', 'los_days')]]
        for _ in range(c.rng.randint(4, 10)):
            p = c.nam_patient()
            case = c.case_for(p)
            rows.append([p.nam, p.dob.isoformat(), p.sex, c.d(c.earlier(1, 30), 'iso'), c.proc(case), c.cdx(case), c.rng.randint(0, 9)])
        for t in ('ramq_nam', 'date_of_birth'):
            c.types.add(t)
    else:
        rows = [[c.t('no_dossier', 'mrn'), c.t('nom', 'last_name'), c.t('prenom', 'first_name'), c.t('ddn', 'dob'), c.t('date_chx', 'surgery_date'),
                 c.t('intervention', 'procedure'), c.t('diagnostic', 'diagnosis'), c.t('salle', 'room')]]
        for _ in range(c.rng.randint(4, 10)):
            p = c.nam_patient() if c.p(0.6) else invented_patient(c.rng, ref=c.date.date())
            case = c.case_for(p)
            rows.append([p.mrn, p.surname, p.given, p.dob.isoformat(), c.d(c.earlier(1, 30), 'iso'), c.proc(case), c.cdx(case), c.rng.randint(1, 14)])
        for t in ('mrn', 'patient_name', 'date_of_birth'):
            c.types.add(t)
    enc = c.ch(['utf-8', 'windows-1252'])
    data = make_csv(rows, sep=c.ch([';', ',']), encoding=enc)
    sender = c.staff(pool=['vaillancourt', 'auclair', 'rochon'])
    to = c.staff(pool=['lamarre', 'rochon', 'marcotte', 'raman'])
    if to is sender:
        to = c.staff('lamarre')
    body = '\n'.join([c.greet(to), '', c.t('Voici l\'extraction demandée (cas opérés, période du mois dernier) pour l\'audit ISO.',
                                           'Here is the requested extract (operated cases, last month) for the SSI audit.'),
                      c.t('Ne pas diffuser svp.', 'Please do not circulate.') if c.p(0.4) else '', c.sig(sender)])
    return mk(c, sender, to, c.t('Extraction BlocPlan - cas opérés', 'BlocPlan extract - operated cases'), body,
              atts=[Att(c.ch(['extraction_%s.csv' % c.date.strftime('%Y%m'), 'export.csv', 'cas_operes.csv']), CT['csv'], data)])


def pos_html_discharge(c):
    p = c.nam_patient()
    case = c.case_for(p)
    nurse = c.staff(pool=['levesque', 'oneill', 'plante'])
    rows = [[c.t('Médicament', 'Medication'), c.t('Dose', 'Dose'), c.t('Durée', 'Duration')]]
    pool = c.t([('Acétaminophène', '1 g q6h', '7 jours'), ('Hydromorphone', '1 mg q4h PRN', '5 jours'), ('Daltéparine', '5000 UI SC die', '28 jours'),
                ('Docusate', '100 mg BID', 'PRN'), ('Céphalexine', '500 mg QID', '7 jours'), ('Ibuprofène', '400 mg q8h', '5 jours')],
               [('Acetaminophen', '1 g q6h', '7 days'), ('Hydromorphone', '1 mg q4h PRN', '5 days'), ('Dalteparin', '5000 U SC daily', '28 days'),
                ('Docusate', '100 mg BID', 'PRN'), ('Cephalexin', '500 mg QID', '7 days'), ('Ibuprofen', '400 mg q8h', '5 days')])
    for r in c.rng.sample(pool, c.rng.randint(2, 4)):
        rows.append(list(r))
    c.med('')
    nm = c.pname(p, c.ch(['title_full', 'full', 'caps_comma']))
    body = '\n'.join([c.t('Instructions de congé', 'Discharge instructions'), '',
                      c.t('Patient(e) : ', 'Patient: ') + nm,
                      c.t('Chirurgie : ', 'Surgery: ') + c.proc(case) + ' - ' + c.cdx(case), '', '[[TABLE0]]', '',
                      c.t('Rendez-vous de suivi : ', 'Follow-up visit: ') + c.d(c.later(10, 30), 'long'),
                      c.t('En cas de fièvre > 38,5, appelez la clinique au 514 555-0142 poste 23955.', 'If fever > 38.5, call the clinic at 514-555-0142 ext. 23955.'),
                      c.sig(nurse)])
    to = (p.full, p.email)
    c.types.add('patient_contact')
    return mk(c, nurse, to, c.t('Vos instructions de congé', 'Your discharge instructions'), body, tables=[rows], html_only=True)


# ===========================================================================
# NEGATIVE builders (no patient can be identified)
# ===========================================================================
def nurse_sf(c, key, init=True):
    s = STAFF_BY_KEY[key]
    return '%s %s' % (s['sur'], s['given'][0] + '.' if init else s['given'])


def neg_or_staff_roster(c):
    day = c.later(1, 10)
    rows = [[c.t('Salle', 'Room'), c.t('Spécialité', 'Service'), c.t('Chirurgien', 'Surgeon'), c.t('Anesthésiste', 'Anaesthetist'),
             c.t('Circulante', 'Circulating'), c.t('Instrumentiste', 'Scrub'), c.t('Quart', 'Shift')]]
    nurses = c.rng.sample(OR_NURSES, min(len(OR_NURSES), 12))
    sps = list(SURGEONS.keys())
    for i in range(c.rng.randint(4, 6)):
        sp = c.ch(sps)
        rows.append([str(i + 1 + c.rng.randint(0, 3) * 0), c.t({'gen': 'Chir. générale', 'endo': 'Endocrine', 'ortho': 'Orthopédie', 'uro': 'Urologie',
                                                               'gyn': 'Gynéco', 'orl': 'ORL', 'oph': 'Ophtalmo', 'vasc': 'Vasculaire',
                                                               'plast': 'Plastie', 'ped': 'Pédiatrie'}[sp], sp.upper()),
                     STAFF_BY_KEY[c.ch(SURGEONS[sp])]['sur'], STAFF_BY_KEY[c.ch(ANESTH)]['sur'],
                     nurse_sf(c, nurses[2 * i % len(nurses)]), nurse_sf(c, nurses[(2 * i + 1) % len(nurses)]),
                     c.ch(['07:30-15:30', '07:30-19:30', '11:30-19:30'])])
    sender = c.staff(pool=['gosselin', 'marcotte'])
    extra = c.ch(c.t(['Rappel : Goulet M. en orientation avec Boily K. toute la semaine.', 'Pinto S. remplace Hamel V. (congé) en salle 4.',
                      'Salle 7 fermée (entretien du système de ventilation).', 'Heures supplémentaires : 2 places disponibles pour le soir, voir Mélanie.'],
                     ['Reminder: Goulet M. orienting with Boily K. all week.', 'Pinto S. replaces Hamel V. (leave) in room 4.',
                      'Room 7 closed (ventilation maintenance).', 'Overtime: 2 evening slots available, see Mélanie.']))
    title = c.t('Affectations bloc opératoire - %s', 'OR assignments - %s') % fmt_day(day, c.lang)
    if c.p(0.35):
        data = make_xlsx([(day.strftime('%Y-%m-%d'), rows)], author=c.sname(sender, 'plain'))
        body = '\n'.join([c.greet(), '', c.t('Voici les affectations de %s.', 'Assignments for %s attached.') % fmt_day(day, c.lang), extra, c.sig(sender)])
        return mk(c, sender, ('Personnel bloc' if c.fr else 'OR staff', 'bloc-personnel@' + DOM), title, body,
                  atts=[Att('affectations_%s.xlsx' % day.strftime('%Y%m%d'), CT['xlsx'], data)])
    body = '\n'.join([c.greet(), '', '[[TABLE0]]', '', extra, c.sig(sender)])
    return mk(c, sender, ('Personnel bloc' if c.fr else 'OR staff', 'bloc-personnel@' + DOM), title, body, tables=[rows])


def neg_anesthesia_oncall(c):
    start = c.later(3, 20)
    start -= dt.timedelta(days=start.weekday())
    rows = [[c.t('Date', 'Date'), c.t('Garde in situ', 'In-house call'), c.t('Garde à domicile', 'Home call'), c.t('Téléav.', 'Pager')]]
    an = [STAFF_BY_KEY[k] for k in ANESTH]
    for i in range(7):
        d = start + dt.timedelta(days=i)
        a, b = c.rng.sample(an, 2)
        rows.append([c.d(d, 'iso'), c.sname(a, 'short'), c.sname(b, 'short'), str(4000 + int(a['ext']) % 997)])
    s = c.staff('page')
    body = '\n'.join([c.greet(), '', c.t('Horaire de garde en anesthésie, semaine du %s :', 'Anaesthesia call schedule, week of %s:') % c.d(start, 'long'), '',
                      '[[TABLE0]]', '',
                      c.t('Cellulaire de garde : 514 555-0177. Échanges à confirmer avec Lyne avant jeudi.',
                          'On-call cell: 514-555-0177. Swaps must be confirmed with Lyne before Thursday.'),
                      c.t('Dr Stein en congrès (SCA) la semaine suivante : pas de garde.', 'Dr. Stein at the CAS meeting the following week: no call.') if c.p(0.5) else '',
                      c.sig(s)])
    return mk(c, s, ('Anesthésiologie', 'anesthesie@' + DOM), c.t('Garde anesthésie - semaine du ', 'Anaesthesia call - week of ') + c.d(start, 'iso'),
              body, tables=[rows])


def neg_sterile_load_record(c):
    tech = c.staff(pool=['labrie', 'huard', 'gadbois', 'ferland'])
    day = c.earlier(0, 3)
    ster = c.rng.randint(1, 4)
    sn = fake_luhn_number(c.rng, 10)
    asset = fake_luhn_number(c.rng, 9)
    rows = [[c.t('Charge', 'Load'), c.t('Stérilisateur', 'Sterilizer'), c.t('Cycle', 'Cycle'), 'IB', c.t('Plateaux', 'Trays')]]
    for i in range(c.rng.randint(3, 6)):
        rows.append(['%s-%04d' % (day.strftime('%y%m%d'), c.rng.randint(1, 9999)), 'ST-%d' % c.rng.randint(1, 4),
                     c.ch(['134 °C / 4 min', '121 °C / 30 min', 'V-PRO basse temp.']),
                     c.ch(c.t(['négatif', 'négatif', 'négatif', 'en incubation'], ['negative', 'negative', 'negative', 'incubating'])),
                     ', '.join('%s-%03d' % (c.ch(['PTG', 'LAPA', 'ORL', 'OPH', 'GEN', 'CESA', 'URO']), c.rng.randint(1, 150)) for _ in range(c.rng.randint(2, 4)))])
    body = '\n'.join([c.greet(), '',
                      c.t('Registre des charges du %s :', 'Load log for %s:') % c.d(day, 'long'), '', '[[TABLE0]]', '',
                      c.t('Bowie-Dick ST-%d conforme à 6 h 05. Stérilisateur ST-%d (no série %s, actif %s) : joint de porte remplacé.',
                          'Bowie-Dick ST-%d passed at 06:05. Sterilizer ST-%d (serial %s, asset %s): door gasket replaced.') % (ster, ster, sn, asset),
                      c.t('Lot d\'emballage SMS : %s. Indicateurs chimiques lot %s.', 'SMS wrap lot: %s. Chemical indicators lot %s.') % (
                          '%d%s%05d' % (c.rng.randint(20, 25), c.ch('ABCDEFGH'), c.rng.randint(0, 99999)), 'CI%08d' % c.rng.randint(0, 99999999)),
                      c.sig(tech)])
    return mk(c, tech, [c.staff('carrier'), c.staff('ferland')] if tech['key'] != 'ferland' else [c.staff('carrier')],
              c.t('Registre stérilisation ', 'Sterilization log ') + c.d(day, 'iso'), body, tables=[rows])


def neg_vendor_recall(c):
    v = EXT['vendor']
    prod = c.ch(c.t([('agrafeuse linéaire coupante 60 mm', 'LCUT'), ('trocart à ballonnet 12 mm', 'TROC'), ('fil résorbable 2-0 aiguille CT-1', 'SUTR'),
                     ('clip de ligature hem-o-lok ML', 'CLIP')],
                    [('60 mm linear cutting stapler', 'LCUT'), ('12 mm balloon trocar', 'TROC'), ('2-0 absorbable suture CT-1 needle', 'SUTR'),
                     ('hem-o-lok ML ligation clip', 'CLIP')]))
    rows = [['REF', 'LOT', c.t('Date d\'expiration', 'Expiry'), c.t('Qté livrée', 'Qty shipped')]]
    for _ in range(c.rng.randint(2, 5)):
        rows.append(['%s%08d' % (prod[1], c.rng.randint(0, 99999999)), '%s%06d' % (c.ch(['L', 'K', 'P']), c.rng.randint(0, 999999)),
                     '%d-%02d-%02d' % (c.rng.randint(2025, 2028), c.rng.randint(1, 12), c.rng.randint(1, 28)), c.rng.randint(6, 96)])
    body = '\n'.join([c.t('AVIS DE SÉCURITÉ URGENT - RAPPEL VOLONTAIRE', 'URGENT FIELD SAFETY NOTICE - VOLUNTARY RECALL'), '',
                      c.greet(), '',
                      c.t('Medisuture procède au rappel volontaire de certains lots de %s en raison d\'un risque de défaut de scellage de l\'emballage stérile.',
                          'Medisuture is voluntarily recalling certain lots of %s due to a possible sterile-barrier seal defect.') % prod[0],
                      c.t('Selon nos registres, votre établissement a reçu les lots suivants :', 'According to our records your facility received:'), '',
                      '[[TABLE0]]', '',
                      c.t('Aucun incident n\'a été signalé à ce jour. Merci de mettre en quarantaine le stock et de retourner le formulaire de réponse ci-joint.',
                          'No adverse events have been reported. Please quarantine stock and return the attached response form.'),
                      '', '%s %s' % (v['given'], v['sur']), v['org'], v['phone']])
    form = make_pdf(c.t('Formulaire de réponse - rappel', 'Recall response form'),
                    [c.t('Établissement : ____________________', 'Facility: ____________________'),
                     c.t('Quantité en stock : ______  Quantité retournée : ______', 'Qty on hand: ______  Qty returned: ______'),
                     c.t('Signature : ____________________  Date : __________', 'Signature: ____________________  Date: __________')])
    to = [c.staff('lafrance'), c.staff('carrier')]
    return mk(c, v, to, c.t('Avis de rappel - ', 'Recall notice - ') + prod[0], body, tables=[rows],
              atts=[Att(c.t('formulaire_reponse.pdf', 'response_form.pdf'), CT['pdf'], form)] if c.p(0.6) else [])


def neg_block_allocation(c):
    rows = [[c.t('Jour', 'Day'), c.t('Salle', 'Room'), c.t('Chirurgien', 'Surgeon'), c.t('Type de cas', 'Case type')]]
    ideas = c.t({'haddad': 'cholécystectomies, hernies, chirurgie bariatrique', 'charest': 'thyroïdectomies (cancer de la thyroïde), parathyroïdes',
                 'bergeron': 'arthroplasties hanche/genou (arthrose)', 'dufresne': 'traumatologie, fractures de la cheville et du poignet',
                 'ouimet': 'cancer de la prostate (robot), calculs rénaux', 'benali': 'hystérectomies pour fibromes, endométriose',
                 'vezina': 'amygdalectomies, apnée du sommeil', 'tran': 'cataractes', 'lacasse': 'sténoses carotidiennes, anévrismes',
                 'marchand': 'mélanomes, reconstruction mammaire', 'beauregard': 'hernies et appendicites pédiatriques'},
                {'haddad': 'cholecystectomies, hernias, bariatric surgery', 'charest': 'thyroidectomies (thyroid cancer), parathyroids',
                 'bergeron': 'hip/knee arthroplasty (osteoarthritis)', 'dufresne': 'trauma, ankle and wrist fractures',
                 'ouimet': 'prostate cancer (robotic), kidney stones', 'benali': 'hysterectomies for fibroids, endometriosis',
                 'vezina': 'tonsillectomies, sleep apnoea', 'tran': 'cataracts', 'lacasse': 'carotid stenosis, aneurysms',
                 'marchand': 'melanoma, breast reconstruction', 'beauregard': 'paediatric hernias and appendicitis'})
    keys = list(ideas.keys())
    c.rng.shuffle(keys)
    days = DAYS_FR[:5] if c.fr else DAYS_EN[:5]
    for i, k in enumerate(keys[:c.rng.randint(6, 10)]):
        rows.append([days[i % 5], str(c.rng.randint(1, 14)), c.sname(STAFF_BY_KEY[k], 'short'), ideas[k]])
    s = c.staff('rochon')
    body = '\n'.join([c.greet(), '',
                      c.t('Voici la nouvelle répartition des blocs opératoires à compter du %s, adoptée au comité de bloc.',
                          'Here is the new OR block allocation effective %s, as approved by the OR committee.') % c.d(c.later(14, 40), 'long'), '',
                      '[[TABLE0]]', '',
                      c.t('La Dre Charest récupère un demi-bloc le jeudi pour réduire l\'attente en oncologie endocrinienne.',
                          'Dr. Charest gains a half-block on Thursdays to reduce endocrine oncology wait times.'),
                      c.sig(s)])
    return mk(c, s, ('Chirurgiens', 'chirurgiens@' + DOM), c.t('Répartition des blocs - nouvelle grille', 'OR block allocation - new grid'), body,
              tables=[rows], cc=[c.staff('marcotte')])


def neg_or_utilisation_stats(c):
    per = c.earlier(20, 60)
    rows = [[c.t('Salle', 'Room'), c.t('Heures allouées', 'Allocated h'), c.t('Heures utilisées', 'Used h'), c.t('Taux (%)', 'Rate (%)'),
             c.t('Cas', 'Cases'), c.t('Annulations', 'Cancellations')]]
    tot = [0, 0, 0, 0]
    for r in range(1, c.rng.randint(8, 14)):
        alloc = c.ch([160, 168, 176, 120])
        used = round(alloc * c.rng.uniform(0.62, 0.97), 1)
        cases, canc = c.rng.randint(20, 95), c.rng.randint(0, 9)
        rows.append([r, alloc, used, round(100 * used / alloc, 1), cases, canc])
        tot = [tot[0] + alloc, tot[1] + used, tot[2] + cases, tot[3] + canc]
    reasons = c.t([('Patient non à jeun', c.rng.randint(1, 6)), ('HTA non contrôlée', c.rng.randint(1, 5)), ('Absence de lit', c.rng.randint(3, 15)),
                   ('Test COVID positif', c.rng.randint(0, 4)), ('Manque de personnel', c.rng.randint(0, 8)), ('INR trop élevé', c.rng.randint(0, 3))],
                  [('Patient not fasting', c.rng.randint(1, 6)), ('Uncontrolled hypertension', c.rng.randint(1, 5)), ('No bed', c.rng.randint(3, 15)),
                   ('Positive COVID test', c.rng.randint(0, 4)), ('Staff shortage', c.rng.randint(0, 8)), ('INR too high', c.rng.randint(0, 3))])
    s = c.staff(pool=['rochon', 'auclair', 'marcotte'])
    body = [c.greet(), '', c.t('Indicateurs du bloc opératoire - période %d (%s) :', 'OR indicators - period %d (%s):') % (
        (per.month), MONTHS_FR[per.month - 1] if c.fr else MONTHS_EN[per.month - 1]), '',
        c.t('Taux d\'utilisation global : %.1f %% (cible 85 %%). %d cas réalisés, %d annulations le jour même.',
            'Overall utilisation: %.1f %% (target 85 %%). %d cases done, %d same-day cancellations.') % (100 * tot[1] / tot[0], tot[2], tot[3]), '',
        c.t('Motifs d\'annulation :', 'Cancellation reasons:')] + ['  - %s : %d' % r if c.fr else '  - %s: %d' % r for r in reasons] + [
        c.t('Premier cas à l\'heure : %d %%; délai moyen entre les cas : %d min.', 'First-case on-time start: %d %%; mean turnover: %d min.') % (
            c.rng.randint(48, 88), c.rng.randint(22, 41))]
    atts = []
    if c.p(0.5):
        if c.p(0.5):
            atts.append(Att('utilisation_salles_P%02d.xlsx' % per.month, CT['xlsx'], make_xlsx([('P%02d' % per.month, rows)])))
        else:
            atts.append(Att('utilisation_P%02d.csv' % per.month, CT['csv'], make_csv(rows, sep=c.ch([';', ',']))))
        body += ['', c.t('Détail par salle en pièce jointe.', 'Room detail attached.')]
        tables = []
    else:
        body += ['', '[[TABLE0]]']
        tables = [rows]
    body.append(c.sig(s))
    return mk(c, s, ('Comité de bloc' if c.fr else 'OR committee', 'comite-bloc@' + DOM), c.t('Tableau de bord bloc - P%02d', 'OR dashboard - P%02d') % per.month,
              '\n'.join(body), tables=tables, atts=atts)


def neg_grand_rounds(c):
    topics = c.t(['Gestion périopératoire des agonistes du GLP-1 : faut-il vraiment cesser l\'Ozempic?',
                  'Apnée obstructive du sommeil et chirurgie d\'un jour : qui peut rentrer à la maison?',
                  'Anticoagulants oraux directs et anesthésie neuraxiale : mise à jour 2024',
                  'Infections du site opératoire après arthroplastie : données locales',
                  'Cancer de la thyroïde : quand la lobectomie suffit-elle?',
                  'Delirium postopératoire chez la personne âgée'],
                 ['Peri-operative management of GLP-1 agonists: must we really stop Ozempic?',
                  'Obstructive sleep apnoea and day surgery: who can go home?',
                  'DOACs and neuraxial anaesthesia: 2024 update',
                  'Surgical site infection after arthroplasty: local data',
                  'Thyroid cancer: when is lobectomy enough?',
                  'Post-operative delirium in older adults'])
    day = c.later(5, 30)
    start = dt.datetime(day.year, day.month, day.day, 7, 30)
    ti = c.rng.randrange(len(topics))
    topic = topics[ti]
    sp = c.staff(pool=[['morissette', 'page', 'elkhoury'], ['page', 'stein', 'giguere'], ['elkhoury', 'giguere'], ['lamarre', 'bergeron', 'dufresne'],
                       ['charest', 'brisebois'], ['stein', 'giguere', 'haddad']][ti])
    s = c.staff('ducharme')
    body = '\n'.join([c.t('GRANDE TOURNÉE - DÉPARTEMENT DE CHIRURGIE', 'GRAND ROUNDS - DEPARTMENT OF SURGERY'), '',
                      c.t('Conférencier(ère) : ', 'Speaker: ') + c.sname(sp, 'full') + ', ' + c.role(sp),
                      c.t('Sujet : ', 'Topic: ') + topic,
                      c.t('Date : %s, 7 h 30 - 8 h 30', 'Date: %s, 7:30-8:30') % c.d(day, 'long'),
                      c.t('Lieu : amphithéâtre B-1010 et Teams', 'Location: B-1010 auditorium and Teams'), '',
                      c.t('Activité reconnue (1 heure, section 1). Déjeuner offert.', 'Accredited (1 hour, section 1). Breakfast provided.'),
                      c.sig(s, 'short')])
    atts = []
    if c.p(0.4):
        atts.append(Att('grande_tournee.ics' if c.fr else 'grand_rounds.ics', CT['ics'],
                        make_ics('gr-%s@%s' % (day.strftime('%Y%m%d'), DOM), topic, start, 60, 'B-1010', c.sname(sp, 'full'), c.addr(s))))
    return mk(c, s, ('Département de chirurgie', 'dept-chirurgie@' + DOM), c.t('Grande tournée : ', 'Grand rounds: ') + topic, body, atts=atts)


def neg_mm_rounds(c):
    surg = c.staff(pool=SURGEONS['gen'] + SURGEONS['ortho'])
    cases = c.t(['Homme, 70 ans, fuite anastomotique J5 après hémicolectomie droite; réopération, séjour USI 6 jours.',
                 'Femme, 54 ans, lésion de la voie biliaire principale lors d\'une cholécystectomie; reconstruction en Y.',
                 'Homme, 81 ans, delirium et chute J2 après PTH; fracture périprothétique.',
                 'Femme, 66 ans, embolie pulmonaire J9 malgré prophylaxie à l\'énoxaparine.',
                 'Homme, 45 ans, hyperthermie maligne peropératoire; dantrolène, évolution favorable.',
                 'Femme, 38 ans, rétention de compresse découverte au scan J3.'],
                ['Male, 70, anastomotic leak POD5 after right hemicolectomy; re-operation, 6 ICU days.',
                 'Female, 54, common bile duct injury during cholecystectomy; Roux-en-Y reconstruction.',
                 'Male, 81, delirium and fall POD2 after THA; periprosthetic fracture.',
                 'Female, 66, pulmonary embolism POD9 despite enoxaparin prophylaxis.',
                 'Male, 45, intra-operative malignant hyperthermia; dantrolene, good outcome.',
                 'Female, 38, retained sponge found on CT POD3.'])
    sel = c.rng.sample(cases, c.rng.randint(2, 3))
    body = '\n'.join([c.greet(), '', c.t('Réunion de morbidité-mortalité jeudi 7 h, salle B-1010. Cas présentés (anonymisés) :',
                                         'Morbidity & mortality rounds Thursday 7:00, room B-1010. Cases (de-identified):'), ''] +
                     ['%d. %s' % (i + 1, x) for i, x in enumerate(sel)] +
                     ['', c.t('Rappel : les discussions sont protégées (art. 218 LSSSS). Ne pas apporter de documents nominatifs.',
                              'Reminder: discussions are privileged. Do not bring identifying documents.'), c.sig(surg)])
    return mk(c, surg, ('Chirurgie - résidents et patrons', 'chir-mm@' + DOM), c.t('M&M - ordre du jour', 'M&M - agenda'), body)


def neg_teaching_case(c):
    tutor = c.staff(pool=ANESTH + SURGEONS['gen'])
    res = c.t('Résidents', 'Residents')
    labs = 'Hb %d, plaq. %d, INR %.1f, créat. %d' % (c.rng.randint(80, 130), c.rng.randint(90, 300), c.rng.uniform(1.0, 1.8), c.rng.randint(60, 180))
    case = c.t('Patiente de %d ans, connue pour FA sous apixaban et diabète type 2 sous metformine et empagliflozine, prévue pour une cholécystectomie élective. '
               'Bilan : %s. ECG : FA contrôlée.' % (c.rng.randint(55, 82), labs),
               'A %d-year-old woman with AF on apixaban and type 2 diabetes on metformin and empagliflozin is booked for elective cholecystectomy. '
               'Labs: %s. ECG: rate-controlled AF.' % (c.rng.randint(55, 82), labs.replace('plaq.', 'plt').replace('créat.', 'creat')))
    qs = c.t(['1. Quand cesser l\'apixaban? Faut-il un relais?', '2. Que faire de l\'empagliflozine et pourquoi?', '3. Seuil d\'Hb acceptable?'],
             ['1. When to hold apixaban? Bridging?', '2. What about empagliflozin and why?', '3. Acceptable Hb threshold?'])
    body = '\n'.join([c.greet(), '', c.t('Cas clinique pour la séance d\'apprentissage de vendredi (fictif / anonymisé) :',
                                         'Teaching case for Friday\'s session (fictional / de-identified):'), '', case, ''] + qs +
                     ['', c.t('Réponses en classe.', 'Answers in class.'), c.sig(tutor)])
    atts = []
    if c.p(0.4):
        atts.append(Att(c.t('cas_clinique.docx', 'teaching_case.docx'), CT['docx'], make_docx(c.t('Cas clinique - préop', 'Teaching case - pre-op'), [case] + qs)))
    return mk(c, tutor, (res, 'residents-chir@' + DOM), c.t('Cas clinique vendredi', 'Friday teaching case'), body, atts=atts)


def neg_newsletter(c):
    s = c.staff('ducharme')
    items = c.t(['Bienvenue à Sandra Pinto et Luc Bérubé, nouvelles recrues au bloc opératoire!',
                 'Le bloc a réalisé 1 412 interventions en mars, un record depuis 2019.',
                 'Nouvelle tour de laparoscopie 4K installée en salle 3.',
                 'Bonne fête à Chantal Doré (12 mars) et Kevin Arsenault (21 mars)!',
                 'La clinique préopératoire déménage au local B-2140 le 3 juin.',
                 'Bravo à l\'équipe URDM : 0 non-conformité à l\'audit d\'Agrément.',
                 'Campagne de vaccination antigrippale : 78 % du personnel du bloc vacciné.'],
                ['Welcome to Sandra Pinto and Luc Bérubé, new OR recruits!',
                 'The OR performed 1,412 procedures in March, a record since 2019.',
                 'New 4K laparoscopy tower installed in room 3.',
                 'Happy birthday to Chantal Doré (March 12) and Kevin Arsenault (March 21)!',
                 'The pre-op clinic moves to room B-2140 on June 3.',
                 'Kudos to the MDRD team: zero non-conformities at the accreditation audit.',
                 'Flu vaccination campaign: 78 % of OR staff vaccinated.'])
    sel = c.rng.sample(items, c.rng.randint(3, 5))
    title = c.t('L\'Écho du bloc - %s %d', 'OR Echo - %s %d') % ((MONTHS_FR if c.fr else MONTHS_EN)[c.date.month - 1], c.date.year)
    html = '<html><head><meta charset="%CHARSET%"></head><body style="font-family:Georgia,serif">' + \
           '<h2 style="color:#1f4e79">%s</h2><ul>' % htmlmod.escape(title) + ''.join('<li>%s</li>' % htmlmod.escape(x) for x in sel) + \
           '</ul><p style="font-size:9pt;color:#777">%s</p></body></html>' % htmlmod.escape(c.t('Direction des communications - ', 'Communications - ') + HOSP_FR)
    body = title + '\n\n' + '\n'.join('* ' + x for x in sel) + '\n\n' + c.t('Direction des communications', 'Communications')
    return mk(c, s, ('Tout le personnel - chirurgie', 'tous-chirurgie@' + DOM), title, body, html=html, html_only=c.p(0.5))


def neg_blank_form(c):
    s = c.staff(pool=['nantel', 'page', 'seguin'])
    title = c.ch(c.t(['Questionnaire préopératoire', 'Formulaire de consentement à la chirurgie', 'Liste de vérification préopératoire'],
                     ['Pre-operative questionnaire', 'Surgical consent form', 'Pre-operative checklist']))
    lines = [c.t('Nom du patient : ______________________   Prénom : __________________', 'Patient name: ______________________   Given name: __________________'),
             c.t('NAM : ____ ____ ____   (format AAAA 0000 0000)', 'RAMQ no.: ____ ____ ____   (format AAAA 0000 0000)'),
             c.t('Date de naissance : ____/____/________   No de dossier : ____________', 'Date of birth: ____/____/________   MRN: ____________'),
             c.t('Allergies : [ ] aucune  [ ] oui, préciser : ______________', 'Allergies: [ ] none  [ ] yes, specify: ______________'),
             c.t('Anticoagulants : [ ] non  [ ] oui  -> lequel : ________', 'Anticoagulants: [ ] no  [ ] yes -> which: ________'),
             c.t('Apnée du sommeil : [ ] non [ ] oui   CPAP : [ ] non [ ] oui', 'Sleep apnoea: [ ] no [ ] yes   CPAP: [ ] no [ ] yes'),
             c.t('Signature : ______________________  Date : __________', 'Signature: ______________________  Date: __________')]
    if c.p(0.5):
        data, fn, ct = make_pdf(title, lines), slug(title).replace('.', '_') + '_v2024.pdf', CT['pdf']
    else:
        data, fn, ct = make_docx(title, lines), slug(title).replace('.', '_') + '_v2024.docx', CT['docx']
    body = '\n'.join([c.greet(), '', c.t('Voici la nouvelle version du formulaire « %s » (rév. %s). Merci de détruire les anciennes copies.',
                                         'Here is the new version of the "%s" form (rev. %s). Please discard old copies.') % (title, c.d(c.earlier(1, 20), 'iso')),
                      c.t('Le champ NAM doit maintenant être rempli en majuscules.', 'The RAMQ field must now be filled in capitals.') if c.p(0.5) else '',
                      c.sig(s)])
    return mk(c, s, ('Équipe CPO', 'cpo@' + DOM), c.t('Nouveau formulaire - ', 'New form - ') + title, body, atts=[Att(fn, ct, data)])


def neg_purchase_order(c):
    buyer = c.staff('lafrance')
    v = c.ch([EXT['vendor'], EXT['ortho_rep']])
    po = 'PO-%d-%05d' % (c.date.year, c.rng.randint(0, 99999))
    items = c.t([('Suture Vicryl 2-0 CT-1 (bte 36)', 'VCP%08d'), ('Agrafeuse cutanée 35W', 'SKST%08d'), ('Trocart 5 mm (bte 6)', 'TROC%08d'),
                 ('Filet polypropylène 15x15', 'MESH%08d'), ('Champ laparoscopie', 'DRAP%08d'), ('Lame bistouri no 10 (bte 100)', 'BLAD%08d')],
                [('Vicryl 2-0 CT-1 suture (box 36)', 'VCP%08d'), ('35W skin stapler', 'SKST%08d'), ('5 mm trocar (box 6)', 'TROC%08d'),
                 ('Polypropylene mesh 15x15', 'MESH%08d'), ('Laparoscopy drape', 'DRAP%08d'), ('No. 10 scalpel blade (box 100)', 'BLAD%08d')])
    rows = [[c.t('Article', 'Item'), c.t('No catalogue', 'Catalogue no.'), c.t('Qté', 'Qty'), c.t('Prix unit.', 'Unit price'), c.t('Total', 'Total')]]
    total = 0
    for name, ref in c.rng.sample(items, c.rng.randint(2, 5)):
        q, pu = c.rng.randint(2, 40), round(c.rng.uniform(8, 420), 2)
        total += q * pu
        rows.append([name, ref % c.rng.randint(0, 99999999), q, '%.2f $' % pu, '%.2f $' % (q * pu)])
    body = '\n'.join([c.greet(), '', c.t('Bon de commande %s - centre de coût 7420-BLOC.', 'Purchase order %s - cost centre 7420-OR.') % po, '', '[[TABLE0]]', '',
                      c.t('Total avant taxes : %.2f $. Livraison au quai B, attention URDM.', 'Total before tax: $%.2f. Deliver to dock B, attn MDRD.') % total,
                      c.t('No fournisseur : %s', 'Supplier no.: %s') % fake_luhn_number(c.rng, 9), c.sig(buyer)])
    atts = []
    if c.p(0.4):
        atts.append(Att('%s.pdf' % po, CT['pdf'], make_pdf(c.t('Bon de commande ', 'Purchase order ') + po, [' | '.join(str(x) for x in r) for r in rows])))
    return mk(c, buyer, v, c.t('Bon de commande ', 'Purchase order ') + po, body, tables=[rows], atts=atts)


def neg_it_notice(c):
    it = c.staff('vaillancourt')
    day = c.later(2, 15)
    body = '\n'.join([c.greet(), '',
                      c.t('Une mise à jour de BlocPlan (v. 7.4.2) aura lieu dans la nuit du %s, de 23 h à 3 h.',
                          'A BlocPlan upgrade (v7.4.2) will take place overnight on %s, 11 pm to 3 am.') % c.d(day, 'long'),
                      c.t('Pendant l\'interruption : utiliser les requêtes papier (formulaire DSP-114) et saisir le NAM et le no de dossier à la reprise.',
                          'During downtime: use paper requisitions (form DSP-114) and enter the RAMQ and chart number once the system is back.'),
                      c.t('Les imprimantes d\'étiquettes du bloc (IP 10.42.%d.%d) seront redémarrées.', 'OR label printers (IP 10.42.%d.%d) will be restarted.') % (
                          c.rng.randint(1, 250), c.rng.randint(1, 250)),
                      c.t('Billet de référence : INC%07d', 'Ticket: INC%07d') % c.rng.randint(0, 9999999), '',
                      c.t('Pour du soutien : poste 22400 ou servicedesk@%s', 'Support: ext. 22400 or servicedesk@%s') % DOM, c.sig(it)])
    spec = mk(c, it, ('Utilisateurs BlocPlan', 'blocplan-users@' + DOM), c.t('Interruption planifiée BlocPlan - ', 'Planned BlocPlan downtime - ') + c.d(day, 'iso'), body)
    if c.p(0.3):
        inner = dict(frm=c.addr(it), to=[('Utilisateurs BlocPlan', 'blocplan-users@' + DOM)], subject=spec['subject'], body=body, lang=c.lang,
                     date=c.before(24, 72), msgid=c.msgid())
        raw = build_message(inner, c.rng, force={'nl': '\n'})
        fw = c.staff(pool=['marcotte', 'nantel', 'gosselin'])
        return mk(c, fw, ('Équipe', 'bloc-personnel@' + DOM), tr_(c, spec['subject']),
                  c.t('Pour info, voir l\'avis ci-joint.', 'FYI, see attached notice.') + '\n' + c.sig(fw, 'min'),
                  atts=[Att('avis_DRI.eml' if c.fr else 'IT_notice.eml', CT['eml'], raw)])
    return spec


def neg_facilities(c):
    f = c.staff('poitras')
    rows = [[c.t('Salle', 'Room'), c.t('Temp. (°C)', 'Temp (°C)'), c.t('HR (%)', 'RH (%)'), c.t('Pression diff. (Pa)', 'Diff. pressure (Pa)'),
             c.t('Renouv. air/h', 'Air changes/h')]]
    for r in c.rng.sample(range(1, 15), c.rng.randint(4, 8)):
        rows.append(['BO-%02d' % r, '%.1f' % c.rng.uniform(18.5, 23.5), c.rng.randint(28, 62), '+%.1f' % c.rng.uniform(2.0, 15.0), c.rng.randint(15, 25)])
    body = '\n'.join([c.greet(), '', c.t('Relevés de ventilation du bloc opératoire suite à l\'intervention sur l\'unité de traitement d\'air UTA-%d :',
                                         'OR ventilation readings following work on air handling unit AHU-%d:') % c.rng.randint(1, 9), '', '[[TABLE0]]', '',
                      c.t('La salle %d reste fermée jusqu\'à la validation de la PCI (humidité hors norme). Bon de travail BT-%06d.',
                          'Room %d stays closed pending IPC validation (humidity out of range). Work order WO-%06d.') % (c.rng.randint(1, 14), c.rng.randint(0, 999999)),
                      c.sig(f)])
    return mk(c, f, [c.staff('marcotte'), c.staff('lamarre')], c.t('Ventilation bloc - relevés', 'OR ventilation - readings'), body, tables=[rows])


def neg_job_posting(c):
    hr = c.staff('pare')
    job = c.ch(c.t(['Infirmière ou infirmier - bloc opératoire (temps complet, jour/soir)', 'Inhalothérapeute - anesthésie (temps partiel)',
                    'Technicien(ne) en retraitement des dispositifs médicaux (nuit)', 'Assistante infirmière-chef - salle de réveil',
                    'Agent(e) administratif(ve) - programmation opératoire'],
                   ['Registered nurse - operating room (full time, day/evening)', 'Respiratory therapist - anaesthesia (part time)',
                    'Medical device reprocessing technician (nights)', 'Assistant head nurse - PACU', 'Administrative officer - OR scheduling']))
    body = '\n'.join([c.t('AFFICHAGE INTERNE no %d-%03d', 'INTERNAL POSTING no. %d-%03d') % (c.date.year, c.rng.randint(1, 400)), '', job, '',
                      c.t('Échelle salariale : %d,%02d $ à %d,%02d $ / h', 'Salary scale: $%d.%02d to $%d.%02d / h') % (
                          c.rng.randint(24, 30), c.rng.randint(0, 99), c.rng.randint(40, 52), c.rng.randint(0, 99)),
                      c.t('Exigences : permis d\'exercice valide, expérience en bloc un atout, formation en cours (programme périopératoire).',
                          'Requirements: valid licence, OR experience an asset, training provided (peri-operative program).'),
                      c.t('Période d\'affichage : du %s au %s.', 'Posting period: %s to %s.') % (c.d(c.date.date(), 'long'), c.d(c.later(10, 15), 'long')),
                      c.t('Postuler via le portail RH, code d\'emploi %d.', 'Apply through the HR portal, job code %d.') % c.rng.randint(1000, 9999), c.sig(hr)])
    return mk(c, hr, ('Tout le personnel', 'tous@' + DOM), c.t('Affichage : ', 'Job posting: ') + job, body)


def neg_committee_notice(c):
    s = c.staff(pool=['rochon', 'marcotte'])
    day = c.later(3, 20)
    items = c.t(['Adoption du procès-verbal du %s', 'Indicateurs : taux d\'utilisation, annulations, délais', 'Liste d\'attente > 1 an : plan de résorption',
                 'Projet de salle hybride - échéancier', 'Rapport URDM : non-conformités du trimestre', 'Pénurie de céfazoline - suivi pharmacie', 'Varia'],
                ['Approval of the minutes of %s', 'Indicators: utilisation, cancellations, delays', 'Wait list > 1 year: reduction plan',
                 'Hybrid OR project - timeline', 'MDRD report: quarterly non-conformities', 'Cefazolin shortage - pharmacy follow-up', 'Other business'])
    items[0] = items[0] % c.d(c.earlier(20, 40), 'long')
    body = '\n'.join([c.t('COMITÉ DU BLOC OPÉRATOIRE', 'OPERATING ROOM COMMITTEE'), c.t('Convocation', 'Notice of meeting'), '',
                      c.t('Date : %s, 12 h 00 - 13 h 00, salle du conseil A-0410 (et Teams)', 'Date: %s, 12:00-13:00, boardroom A-0410 (and Teams)') % c.d(day, 'long'), '',
                      c.t('Ordre du jour :', 'Agenda:')] + ['%d. %s' % (i + 1, x) for i, x in enumerate(items)] +
                     ['', c.t('Documents à lire : tableau de bord P%02d (joint).', 'Pre-reading: P%02d dashboard (attached).') % c.date.month if c.p(0.5) else '',
                      c.sig(s)])
    atts = []
    if c.p(0.5):
        start = dt.datetime(day.year, day.month, day.day, 12, 0)
        atts.append(Att('comite_bloc.ics', CT['ics'], make_ics('cb-%s@%s' % (day.strftime('%Y%m%d'), DOM), c.t('Comité du bloc opératoire', 'OR committee'),
                                                                 start, 60, 'A-0410', '\n'.join(items), c.addr(s))))
    return mk(c, s, ('Comité de bloc', 'comite-bloc@' + DOM), c.t('Convocation - comité du bloc du ', 'Notice - OR committee ') + c.d(day, 'iso'), body, atts=atts)


def neg_staff_leave(c):
    mgr = c.staff(pool=['marcotte', 'gosselin', 'carrier', 'nantel'])
    emp = c.staff(pool=OR_NURSES + ['labrie', 'huard', 'gadbois', 'dore', 'bissonnette', 'seguin'])
    kind = c.ch(['vac', 'swap', 'list'])
    if kind == 'vac':
        a = c.later(20, 90)
        b = a + dt.timedelta(days=c.ch([4, 6, 13]))
        body = '\n'.join([c.greet(emp), '', c.t('Ta demande de vacances du %s au %s est approuvée.', 'Your vacation request from %s to %s is approved.') % (
            c.d(a, 'long'), c.d(b, 'long')), c.t('Matricule %s - banque restante : %d h.', 'Employee no. %s - remaining bank: %d h.') % (
            c.rng.randint(100000, 999999), c.rng.randint(0, 160)), c.sig(mgr, 'short')])
        subj = c.t('Vacances approuvées', 'Vacation approved')
    elif kind == 'swap':
        other = c.staff(pool=OR_NURSES)
        d1 = c.later(3, 20)
        body = '\n'.join([c.greet(), '', c.t('Échange de quart approuvé : %s prend le soir du %s, %s prend le jour du %s.',
                                             'Shift swap approved: %s takes the evening of %s, %s takes the day of %s.') % (
            c.sname(emp, 'plain'), c.d(d1, 'short'), c.sname(other, 'plain'), c.d(d1 + dt.timedelta(days=2), 'short')), c.sig(mgr, 'short')])
        subj = c.t('Échange de quart', 'Shift swap')
    else:
        rows = [[c.t('Employé(e)', 'Employee'), c.t('Matricule', 'Employee no.'), c.t('Du', 'From'), c.t('Au', 'To'), c.t('Motif', 'Type')]]
        for k in c.rng.sample(OR_NURSES, c.rng.randint(4, 7)):
            a = c.later(10, 120)
            rows.append([nurse_sf(c, k, False), str(c.rng.randint(100000, 999999)), c.d(a, 'iso'), c.d(a + dt.timedelta(days=c.rng.randint(3, 20)), 'iso'),
                         c.ch(c.t(['vacances', 'congé férié', 'formation', 'congé sans solde', 'libération syndicale'],
                                  ['vacation', 'stat holiday', 'training', 'unpaid leave', 'union leave']))])
        body = '\n'.join([c.greet(), '', c.t('Calendrier des absences approuvées - été :', 'Approved absences - summer:'), '', '[[TABLE0]]', '', c.sig(mgr)])
        subj = c.t('Calendrier des vacances - bloc', 'Vacation calendar - OR')
        return mk(c, mgr, ('Personnel bloc', 'bloc-personnel@' + DOM), subj, body, tables=[rows])
    return mk(c, mgr, emp, subj, body)


def neg_occupational_health(c):
    sst = c.staff('hebert')
    emp = c.staff(pool=OR_NURSES + ['labrie', 'huard', 'raman', 'fraser'])
    kind = c.ch(['needle', 'fit', 'vacc'])
    if kind == 'needle':
        body = '\n'.join([c.greet(emp), '', c.t('Suite à ton exposition percutanée du %s (piqûre avec aiguille creuse en salle %d), voici le suivi prévu :',
                                                'Following your percutaneous exposure on %s (hollow needle, room %d), here is your follow-up:') % (
            c.d(c.earlier(1, 5), 'long'), c.rng.randint(1, 14)),
            c.t('- Sérologies de base faites (résultats à la clinique SST).', '- Baseline serologies done (results at the occupational health clinic).'),
            c.t('- Contrôles à 6 semaines et 3 mois.', '- Follow-up at 6 weeks and 3 months.'),
            c.t('- Déclaration d\'accident de travail à remplir avec ton gestionnaire (formulaire SST-02).', '- Work-accident report to complete with your manager (form OHS-02).'),
            '', c.t('Ce suivi reste confidentiel au service de santé du personnel.', 'This follow-up remains confidential within employee health.'), c.sig(sst)])
        subj = c.t('Suivi exposition - SST', 'Exposure follow-up - OHS')
        to = emp
    elif kind == 'fit':
        rows = [[c.t('Employé(e)', 'Employee'), c.t('Matricule', 'Employee no.'), c.t('Modèle N95', 'N95 model'), c.t('Résultat', 'Result')]]
        for k in c.rng.sample(OR_NURSES, c.rng.randint(4, 8)):
            rows.append([nurse_sf(c, k, False), str(c.rng.randint(100000, 999999)), c.ch(['1860S', '1870+', 'AURA 9205', 'Halyard 46727']),
                         c.ch(c.t(['réussi', 'réussi', 'échec - reprendre', 'réussi'], ['pass', 'pass', 'fail - retest', 'pass']))])
        body = '\n'.join([c.greet(), '', c.t('Résultats des essais d\'ajustement N95 de mardi :', 'N95 fit-test results from Tuesday:'), '', '[[TABLE0]]', '',
                          c.sig(sst)])
        return mk(c, sst, c.staff('marcotte'), c.t('Essais d\'ajustement N95', 'N95 fit testing'), body, tables=[rows])
    else:
        body = '\n'.join([c.greet(), '', c.t('Rappel : votre statut vaccinal contre l\'hépatite B n\'est pas à jour dans nos registres. Merci de prendre rendez-vous à la clinique SST (poste 22050).',
                                             'Reminder: your hepatitis B vaccination status is not up to date in our records. Please book at the OHS clinic (ext. 22050).'),
                          c.t('Matricule : %s', 'Employee no.: %s') % c.rng.randint(100000, 999999), c.sig(sst)])
        subj = c.t('Statut vaccinal - rappel', 'Vaccination status - reminder')
        to = emp
    return mk(c, sst, to, subj, body)


def neg_protocol_update(c):
    ph = c.staff(pool=['morissette', 'lamarre', 'page'])
    kind = c.ch(['abx', 'vte', 'fast'])
    if kind == 'abx':
        rows = [[c.t('Chirurgie', 'Surgery'), c.t('Antibiotique', 'Antibiotic'), c.t('Dose', 'Dose'), c.t('Allergie bêta-lactamine', 'Beta-lactam allergy')],
                [c.t('Orthopédie avec implant', 'Orthopaedic with implant'), c.t('céfazoline', 'cefazolin'), '2 g IV (3 g si > 120 kg)', c.t('clindamycine 900 mg', 'clindamycin 900 mg')],
                [c.t('Colorectale', 'Colorectal'), c.t('céfazoline + métronidazole', 'cefazolin + metronidazole'), '2 g + 500 mg IV', c.t('gentamicine + métronidazole', 'gentamicin + metronidazole')],
                [c.t('Cholécystectomie à faible risque', 'Low-risk cholecystectomy'), c.t('aucun', 'none'), '-', '-']]
        title = c.t('Antibioprophylaxie chirurgicale - mise à jour', 'Surgical antibiotic prophylaxis - update')
    elif kind == 'vte':
        rows = [[c.t('Situation', 'Situation'), c.t('Agent', 'Agent'), c.t('Durée', 'Duration')],
                [c.t('PTH', 'THA'), c.t('AAS 81 mg BID après 5 j d\'énoxaparine', 'ASA 81 mg BID after 5 d of enoxaparin'), c.t('35 jours', '35 days')],
                [c.t('PTG', 'TKA'), c.t('rivaroxaban 10 mg die', 'rivaroxaban 10 mg daily'), c.t('14 jours', '14 days')],
                [c.t('Chirurgie oncologique abdominale', 'Abdominal cancer surgery'), c.t('daltéparine 5000 U SC die', 'dalteparin 5000 U SC daily'), c.t('28 jours', '28 days')]]
        title = c.t('Thromboprophylaxie post-op - algorithme révisé', 'Post-op VTE prophylaxis - revised algorithm')
    else:
        rows = [[c.t('Élément', 'Item'), c.t('Consigne', 'Instruction')],
                [c.t('Solides', 'Solids'), c.t('cesser 8 h avant', 'stop 8 h before')], [c.t('Liquides clairs', 'Clear fluids'), c.t('jusqu\'à 2 h avant', 'up to 2 h before')],
                [c.t('Agonistes GLP-1 hebdomadaires', 'Weekly GLP-1 agonists'), c.t('cesser 7 jours avant', 'hold 7 days')],
                [c.t('iSGLT2', 'SGLT2 inhibitors'), c.t('cesser 3 jours avant (ertugliflozine 4 j)', 'hold 3 days (ertugliflozin 4 d)')]]
        title = c.t('Jeûne préopératoire et médicaments - consignes 2024', 'Pre-op fasting and medications - 2024 guidance')
    body = '\n'.join([c.greet(), '', c.t('Le comité de pharmacologie a approuvé la mise à jour suivante, en vigueur le %s :',
                                         'The P&T committee approved the following update, effective %s:') % c.d(c.later(7, 30), 'long'), '',
                      '[[TABLE0]]', '', c.t('Les ordonnances pré-imprimées OPI-CHX-%03d sont modifiées en conséquence.', 'Pre-printed orders PPO-SURG-%03d are updated accordingly.') % c.rng.randint(1, 200),
                      c.sig(ph)])
    atts = []
    if c.p(0.35):
        atts.append(Att(slug(title)[:40].replace('.', '_') + '.pdf', CT['pdf'], make_pdf(title, [' | '.join(r) for r in rows])))
    return mk(c, ph, ('Départements de chirurgie et anesthésie', 'chir-anesth@' + DOM), title, body, tables=[rows], atts=atts)


def neg_drug_shortage(c):
    ph = c.staff('morissette')
    drug = c.ch(c.t([('céfazoline 2 g (fiole)', 'céfuroxime 1,5 g IV'), ('sugammadex 200 mg', 'néostigmine + glycopyrrolate'),
                     ('bupivacaïne hyperbare 0,75 %', 'bupivacaïne hyperbare 0,5 %'), ('fentanyl 50 mcg/mL (2 mL)', 'hydromorphone IV')],
                    [('cefazolin 2 g vial', 'cefuroxime 1.5 g IV'), ('sugammadex 200 mg', 'neostigmine + glycopyrrolate'),
                     ('hyperbaric bupivacaine 0.75 %', 'hyperbaric bupivacaine 0.5 %'), ('fentanyl 50 mcg/mL (2 mL)', 'IV hydromorphone')]))
    body = '\n'.join([c.greet(), '', c.t('Rupture d\'approvisionnement : %s (DIN %08d). Stock estimé : %d jours.', 'Supply shortage: %s (DIN %08d). Estimated stock: %d days.') % (
        drug[0], c.rng.randint(0, 99999999), c.rng.randint(3, 20)),
        c.t('Alternative recommandée : %s. Réserver le produit restant aux cas pédiatriques.', 'Recommended alternative: %s. Reserve remaining stock for paediatric cases.') % drug[1],
        c.t('Lots touchés chez le fournisseur : %s, %s.', 'Affected supplier lots: %s, %s.') % ('%s%05d' % (c.ch('ABCKL'), c.rng.randint(0, 99999)),
                                                                                                '%s%05d' % (c.ch('ABCKL'), c.rng.randint(0, 99999))),
        c.sig(ph)])
    return mk(c, ph, ('Anesthésie - bloc', 'anesthesie@' + DOM), c.t('Pénurie : ', 'Shortage: ') + drug[0], body, importance='High' if c.p(0.4) else None)


def neg_path_lab_admin(c):
    s = c.staff(pool=['aubin', 'brisebois', 'kowalski'])
    kind = c.ch(['tat', 'label', 'formol'])
    if kind == 'tat':
        rows = [[c.t('Type', 'Type'), c.t('Volume', 'Volume'), c.t('Délai médian (j)', 'Median TAT (d)'), c.t('% < 5 j', '% < 5 d')]]
        for t in c.t(['Biopsies', 'Pièces simples', 'Pièces complexes', 'Extemporanés'], ['Biopsies', 'Simple specimens', 'Complex specimens', 'Frozen sections']):
            rows.append([t, c.rng.randint(40, 1400), '%.1f' % c.rng.uniform(0.1, 9.0), c.rng.randint(35, 99)])
        body = '\n'.join([c.greet(), '', c.t('Délais de pathologie chirurgicale du trimestre :', 'Surgical pathology turnaround for the quarter:'), '', '[[TABLE0]]', '', c.sig(s)])
        return mk(c, s, ('Chefs de service chirurgicaux', 'chefs-chir@' + DOM), c.t('Délais pathologie - T%d', 'Pathology TAT - Q%d') % ((c.date.month - 1) // 3 + 1), body, tables=[rows])
    if kind == 'label':
        body = '\n'.join([c.greet(), '', c.t('Rappel : tout spécimen doit porter DEUX identifiants (nom complet + NAM ou no de dossier) sur le contenant ET sur la requête.',
                                             'Reminder: every specimen needs TWO identifiers (full name + RAMQ or MRN) on the container AND the requisition.'),
                          c.t('Ce mois-ci, %d spécimens ont été refusés pour étiquetage non conforme (%d provenant du bloc).',
                              'This month %d specimens were rejected for labelling errors (%d from the OR).') % (c.rng.randint(8, 30), c.rng.randint(2, 8)),
                          c.t('Un spécimen non étiqueté ne peut pas être traité.', 'An unlabelled specimen cannot be processed.'), c.sig(s)])
        return mk(c, s, ('Bloc opératoire', 'bloc-personnel@' + DOM), c.t('Étiquetage des spécimens', 'Specimen labelling'), body)
    body = '\n'.join([c.greet(), '', c.t('Les contenants de formol 10 %% de 1 L sont en rupture. Utiliser les 500 mL (code magasin %d) et ne pas dépasser un ratio 10:1.',
                                         'The 1 L 10 %% formalin containers are backordered. Use 500 mL (stores code %d) and keep a 10:1 ratio.') % c.rng.randint(100000, 999999),
                      c.sig(s)])
    return mk(c, s, ('Bloc opératoire', 'bloc-personnel@' + DOM), c.t('Formol - rupture', 'Formalin - backorder'), body)


def neg_sterilizer_maintenance(c):
    tech = EXT['sterilab']
    to = c.staff(pool=['carrier', 'ferland'])
    rows = [[c.t('Équipement', 'Equipment'), c.t('No de série', 'Serial no.'), c.t('No d\'actif', 'Asset no.'), c.t('Intervention', 'Work done'), c.t('Statut', 'Status')]]
    for e in c.rng.sample(c.t(['Stérilisateur vapeur ST-1', 'Stérilisateur vapeur ST-2', 'Laveur-désinfecteur LD-3', 'Stérilisateur basse temp. V-PRO', 'Laveur à chariots'],
                              ['Steam sterilizer ST-1', 'Steam sterilizer ST-2', 'Washer-disinfector WD-3', 'Low-temp sterilizer V-PRO', 'Cart washer']), c.rng.randint(2, 4)):
        rows.append([e, fake_luhn_number(c.rng, 10), fake_luhn_number(c.rng, 9),
                     c.ch(c.t(['entretien préventif annuel', 'remplacement sonde de température', 'étalonnage', 'joint de porte'],
                              ['annual PM', 'temperature probe replaced', 'calibration', 'door gasket'])), c.ch(c.t(['conforme', 'conforme', 'à revoir'], ['pass', 'pass', 'follow-up']))])
    body = '\n'.join([c.greet(to), '', c.t('Rapport de visite du %s :', 'Service visit report, %s:') % c.d(c.earlier(0, 4), 'long'), '', '[[TABLE0]]', '',
                      c.t('Trois cycles Bowie-Dick consécutifs conformes avant remise en service.', 'Three consecutive Bowie-Dick cycles passed before return to service.'),
                      '', '%s %s' % (tech['given'], tech['sur']), tech['org'], tech['phone']])
    atts = []
    if c.p(0.4):
        atts.append(Att('rapport_service_%s.pdf' % c.date.strftime('%Y%m%d'), CT['pdf'], make_pdf(c.t('Rapport de service', 'Service report'),
                                                                                                  [' | '.join(str(x) for x in r) for r in rows])))
    return mk(c, tech, to, c.t('Rapport de service - URDM', 'Service report - MDRD'), body, tables=[rows], atts=atts)


def neg_simulation_training(c):
    s = c.staff(pool=['roussel', 'page', 'stein', 'nantel'])
    scen = c.ch(c.t(['crise d\'hyperthermie maligne (préparation du dantrolène)', 'hémorragie massive et protocole de transfusion massive',
                     'intubation difficile imprévue', 'arrêt cardiaque en salle de réveil', 'feu en salle d\'opération'],
                    ['malignant hyperthermia crisis (dantrolene preparation)', 'massive haemorrhage and massive transfusion protocol',
                     'unanticipated difficult airway', 'cardiac arrest in PACU', 'operating room fire']))
    rows = [[c.t('Date', 'Date'), c.t('Heure', 'Time'), c.t('Groupe', 'Group'), c.t('Places', 'Seats')]]
    for i in range(c.rng.randint(2, 5)):
        rows.append([c.d(c.later(5 + 7 * i, 7 + 7 * i), 'iso'), c.ch(['07:30', '13:00', '15:30']), c.ch(c.t(['Bloc A', 'Bloc B', 'SDR', 'Anesthésie'],
                                                                                                             ['OR A', 'OR B', 'PACU', 'Anaesthesia'])), c.rng.randint(6, 12)])
    body = '\n'.join([c.greet(), '', c.t('Séances de simulation in situ : %s.', 'In-situ simulation sessions: %s.') % scen, '', '[[TABLE0]]', '',
                      c.t('Scénario fictif avec mannequin haute fidélité. Inscription auprès de Stéphanie (poste 23720).',
                          'Fictional scenario with high-fidelity manikin. Sign up with Stéphanie (ext. 23720).'), c.sig(s)])
    return mk(c, s, ('Personnel bloc et SDR', 'bloc-personnel@' + DOM), c.t('Simulation : ', 'Simulation: ') + scen, body, tables=[rows])


def neg_physician_welcome(c):
    s = c.staff(pool=['rochon', 'ducharme'])
    who = c.ch([('Dr', 'Antoine', 'Léger', c.t('chirurgien hépatobiliaire', 'hepatobiliary surgeon'),
                 c.t('le cancer du pancréas et les métastases hépatiques', 'pancreatic cancer and liver metastases')),
                ('Dre', 'Yasmina', 'Bouzid', c.t('chirurgienne colorectale', 'colorectal surgeon'),
                 c.t('les maladies inflammatoires de l\'intestin et le cancer du rectum', 'inflammatory bowel disease and rectal cancer')),
                ('Dr', 'Simon', 'Pelchat', c.t('anesthésiologiste', 'anaesthesiologist'),
                 c.t('l\'anesthésie régionale et la douleur chronique postopératoire', 'regional anaesthesia and chronic post-surgical pain')),
                ('Dre', 'Hannah', 'Kim', c.t('urologue', 'urologist'), c.t('les cancers du rein et de la vessie', 'kidney and bladder cancers'))])
    t = who[0] if c.fr else 'Dr.'
    body = '\n'.join([c.greet(), '', c.t('Nous avons le plaisir d\'accueillir %s %s %s, %s, qui se joint à notre équipe le %s.',
                                         'We are pleased to welcome %s %s %s, %s, who joins our team on %s.') % (t, who[1], who[2], who[3], c.d(c.later(5, 30), 'long')),
                      c.t('Formé(e) à Toronto et à Lyon, %s %s s\'intéresse particulièrement à %s.', 'Trained in Toronto and Lyon, %s %s has a special interest in %s.') % (
                          t, who[2], who[4]),
                      c.t('Ses cliniques auront lieu le mardi au local C-3120. Références : poste 24900.', 'Clinics on Tuesdays, room C-3120. Referrals: ext. 24900.'),
                      c.sig(s)])
    return mk(c, s, ('Tous les médecins', 'medecins@' + DOM), c.t('Bienvenue à ', 'Welcome ') + '%s %s %s' % (t, who[1], who[2]), body)


def neg_satisfaction_aggregate(c):
    s = c.staff(pool=['rochon', 'nantel', 'levesque'])
    rows = [[c.t('Unité', 'Unit'), c.t('Répondants', 'Respondents'), c.t('Satisfaction globale', 'Overall satisfaction'), c.t('Recommanderait', 'Would recommend')]]
    for u in c.t(['Chirurgie d\'un jour', 'Clinique préop', 'Salle de réveil', 'Chirurgie 5e', 'Chirurgie 6e'], ['Day surgery', 'Pre-op clinic', 'PACU', 'Surgery 5th', 'Surgery 6th']):
        rows.append([u, c.rng.randint(40, 400), '%d %%' % c.rng.randint(78, 97), '%d %%' % c.rng.randint(80, 99)])
    body = '\n'.join([c.greet(), '', c.t('Résultats du sondage de satisfaction de la clientèle (semestre) :', 'Patient satisfaction survey results (semester):'), '', '[[TABLE0]]', '',
                      c.t('Commentaires fréquents : temps d\'attente le matin de la chirurgie, stationnement, qualité de l\'enseignement préop.',
                          'Frequent comments: waiting time on the morning of surgery, parking, quality of pre-op teaching.'), c.sig(s)])
    return mk(c, s, ('Gestionnaires chirurgie', 'gestion-chir@' + DOM), c.t('Sondage satisfaction - résultats', 'Satisfaction survey - results'), body, tables=[rows])


def neg_research_stats(c):
    s = c.staff(pool=['page', 'haddad', 'charest', 'bergeron', 'raman'])
    st = c.ch(['PROTECT-CHIR', 'SLEEP-DS', 'GLP1-ASPIRE', 'FRAIL-OR'])
    rec = c.rng.randint(20, 180)
    body = '\n'.join([c.greet(), '', c.t('Mise à jour de l\'étude %s (no CÉR %d-%04d) :', 'Update on the %s study (REB no. %d-%04d):') % (st, c.date.year, c.rng.randint(1, 9999)),
                      c.t('- %d participants recrutés sur %d visés (%d %%)', '- %d participants enrolled of %d targeted (%d %%)') % (rec, rec * 2, 50),
                      c.t('- %d retraits, %d pertes au suivi', '- %d withdrawals, %d lost to follow-up') % (c.rng.randint(0, 6), c.rng.randint(0, 5)),
                      c.t('- Âge médian 67 ans, 54 %% de femmes; taux de complications 11 %% vs 14 %% (non significatif)', '- Median age 67, 54 %% women; complication rate 11 %% vs 14 %% (n.s.)'),
                      '', c.t('Merci aux infirmières de la CPO pour le dépistage!', 'Thanks to the pre-op nurses for screening!'), c.sig(s)])
    return mk(c, s, ('Équipe de recherche', 'recherche-chir@' + DOM), c.t('Étude %s - recrutement', '%s study - enrolment') % st, body)


def neg_tumor_board_schedule(c):
    s = c.staff(pool=['cote', 'brisebois', 'charest', 'haddad'])
    day = c.later(2, 10)
    body = '\n'.join([c.greet(), '', c.t('Comité des tumeurs %s - %s, 12 h, salle C-2050.', '%s tumour board - %s, 12:00, room C-2050.') % (
        c.ch(c.t(['digestives', 'endocriniennes', 'urologiques', 'du sein'], ['GI', 'endocrine', 'GU', 'breast'])), c.d(day, 'long')),
        c.t('%d cas inscrits : Dr Haddad (3), Dre Charest (2), Dr Ouimet (%d).', '%d cases listed: Dr. Haddad (3), Dr. Charest (2), Dr. Ouimet (%d).') % (
            5 + c.rng.randint(1, 4), c.rng.randint(1, 4)),
        c.t('Date limite pour soumettre un cas : mercredi midi via le formulaire électronique.', 'Deadline to submit a case: Wednesday noon via the e-form.'),
        c.t('Pathologiste : Dre Brisebois. Radiologue : à confirmer.', 'Pathologist: Dr. Brisebois. Radiologist: TBC.'), c.sig(s)])
    return mk(c, s, ('Comité des tumeurs', 'cct@' + DOM), c.t('Comité des tumeurs - ', 'Tumour board - ') + c.d(day, 'iso'), body)


def neg_generic_instructions(c):
    s = c.staff(pool=['nantel', 'levesque', 'ducharme'])
    lines = c.t(['AVANT VOTRE CHIRURGIE', '- Ne mangez rien à partir de minuit la veille. Vous pouvez boire de l\'eau jusqu\'à 2 heures avant l\'arrivée.',
                 '- Si vous prenez un anticoagulant (ex. : warfarine, apixaban), suivez les consignes de votre chirurgien.',
                 '- Les personnes diabétiques ne doivent pas prendre leurs comprimés le matin de la chirurgie.',
                 '- Prévoyez un accompagnateur pour le retour à domicile et les 24 heures suivantes.',
                 '- Retirez vos bijoux et votre vernis à ongles.', '', 'Questions : Clinique préopératoire, 514 555-0142 poste 23800.'],
                ['BEFORE YOUR SURGERY', '- Do not eat after midnight. You may drink water until 2 hours before arrival.',
                 '- If you take a blood thinner (e.g. warfarin, apixaban), follow your surgeon\'s instructions.',
                 '- People with diabetes should not take their pills on the morning of surgery.',
                 '- Arrange for an adult to take you home and stay with you for 24 hours.',
                 '- Remove jewellery and nail polish.', '', 'Questions: Pre-op clinic, 514-555-0142 ext. 23800.'])
    body = '\n'.join([c.greet(), '', c.t('Voici le texte révisé du dépliant « Préparation à la chirurgie » pour l\'imprimerie (10 000 copies) :',
                                         'Here is the revised text of the "Getting ready for surgery" leaflet for the print shop (10,000 copies):'), ''] + lines +
                     ['', c.sig(s)])
    atts = []
    if c.p(0.5):
        atts.append(Att(c.t('depliant_preparation_chirurgie.pdf', 'leaflet_getting_ready.pdf'), CT['pdf'], make_pdf(lines[0], lines[1:])))
    return mk(c, s, ('Imprimerie', 'imprimerie@' + DOM), c.t('Dépliant préop - BAT', 'Pre-op leaflet - proof'), body, atts=atts)


def neg_staff_directory(c):
    s = c.staff(pool=['seguin', 'desjardins', 'nantel'])
    rows = [[c.t('Nom', 'Name'), c.t('Fonction', 'Role'), c.t('Poste', 'Ext.'), c.t('Courriel', 'E-mail')]]
    for k in c.rng.sample([x['key'] for x in STAFF], c.rng.randint(6, 10)):
        st = STAFF_BY_KEY[k]
        rows.append(['%s, %s' % (st['sur'], st['given']), c.role(st), st['ext'], st['email']])
    if c.p(0.5):
        data = make_csv(rows, sep=c.ch([';', ',']), encoding=c.ch(['utf-8', 'windows-1252']))
        body = '\n'.join([c.greet(), '', c.t('Liste téléphonique à jour des services chirurgicaux (CSV).', 'Updated surgical services phone list (CSV).'), c.sig(s)])
        return mk(c, s, ('Services chirurgicaux', 'services-chir@' + DOM), c.t('Bottin téléphonique - mise à jour', 'Phone directory - update'), body,
                  atts=[Att('bottin_chirurgie.csv' if c.fr else 'surgery_directory.csv', CT['csv'], data)])
    body = '\n'.join([c.greet(), '', '[[TABLE0]]', '', c.t('Ligne principale : 514 555-0142. Télécopieur CPO : 514 555-0143.', 'Main line: 514-555-0142. Pre-op fax: 514-555-0143.'), c.sig(s)])
    return mk(c, s, ('Services chirurgicaux', 'services-chir@' + DOM), c.t('Bottin téléphonique - mise à jour', 'Phone directory - update'), body, tables=[rows])


def neg_reply_thread(c):
    a = c.staff(pool=['marcotte', 'rochon', 'carrier', 'nantel', 'page'])
    b = c.staff(pool=['gosselin', 'ferland', 'auclair', 'bissonnette', 'poitras'])
    topic = c.ch(['meeting', 'equipment', 'room'])
    if topic == 'meeting':
        osubj = c.t('Rencontre bilan - horaire', 'Debrief meeting - time')
        orig = [c.greet(a), '', c.t('Est-ce qu\'on peut déplacer la rencontre bilan de jeudi 14 h à vendredi 10 h? Conflit avec la formation ACLS.',
                                    'Can we move Thursday 2 pm debrief to Friday 10 am? Conflicts with ACLS training.'), '', b['given']]
        rep = c.t('Pas de problème pour vendredi 10 h, j\'envoie une nouvelle invitation.', 'Friday 10 am works, I\'ll send a new invite.')
    elif topic == 'equipment':
        osubj = c.t('Prêt du microscope opératoire', 'Operating microscope loan')
        orig = [c.greet(a), '', c.t('L\'ORL aimerait emprunter le microscope Zeiss (actif %s) mardi en salle 9. Ok pour toi?',
                                    'ENT would like to borrow the Zeiss microscope (asset %s) Tuesday in room 9. OK?') % fake_luhn_number(c.rng, 9), '', b['given']]
        rep = c.t('Oui, mais il doit revenir en salle 12 pour 15 h (ophtalmo).', 'Yes, but it must be back in room 12 by 3 pm (ophthalmology).')
    else:
        osubj = c.t('Salle 11 - fermeture', 'Room 11 - closure')
        orig = [c.greet(a), '', c.t('Les services techniques doivent changer les filtres HEPA de la salle 11. Combien de jours peut-on la fermer?',
                                    'Facilities must replace the HEPA filters in room 11. How many days can we close it?'), '', b['given']]
        rep = c.t('Deux jours max, idéalement la semaine de relâche. Les cas d\'ortho iront en salle 6.', 'Two days max, ideally during spring break. Ortho cases can go to room 6.')
    when = c.before(2, 60)
    body = '\n'.join([rep, c.sig(a, c.ch(['min', 'short', 'full'])), '', c.quote(c.addr(b), when, '\n'.join(orig), subject=osubj, to=c.addr(a)[0])])
    return mk(c, a, b, re_(c, osubj), body, in_reply_to='<%s.%016x@%s>' % (when.strftime('%Y%m%d%H%M%S'), c.rng.getrandbits(64), DOM))


def neg_ics_meeting(c):
    s = c.staff(pool=['marcotte', 'carrier', 'nantel', 'rochon', 'lamarre'])
    day = c.later(3, 25)
    start = dt.datetime(day.year, day.month, day.day, c.ch([8, 10, 13, 14]), c.ch([0, 30]))
    summ = c.ch(c.t(['Audit hygiène des mains - bloc', 'Revue des non-conformités URDM', 'Rencontre équipe CPO', 'Planification été - bloc', 'Visite d\'Agrément - préparation'],
                    ['Hand hygiene audit - OR', 'MDRD non-conformity review', 'Pre-op clinic team meeting', 'Summer planning - OR', 'Accreditation visit - prep']))
    att = [c.addr(c.staff(k)) for k in c.rng.sample(['gosselin', 'ferland', 'dore', 'bissonnette', 'lamarre', 'auclair', 'proulx'], 3)]
    ics = make_ics('mtg-%s-%d@%s' % (day.strftime('%Y%m%d'), c.rng.randint(1, 9999), DOM), summ, start, c.ch([30, 60, 90]),
                   c.ch(['A-0410', 'B-2140', 'Teams', 'C-2050']), c.t('Ordre du jour à suivre.', 'Agenda to follow.'), c.addr(s), att)
    body = '\n'.join([summ, c.d(day, 'long') + ' %02d:%02d' % (start.hour, start.minute), '', c.sig(s, 'short')])
    return mk(c, s, [a for a in att], summ, body, atts=[Att('invite.ics', CT['ics'], ics)])


def neg_vcard_vendor(c):
    v = c.ch([EXT['vendor'], EXT['ortho_rep'], EXT['sterilab']])
    to = c.staff(pool=['marcotte', 'gosselin', 'carrier', 'lafrance'])
    s = c.staff(pool=['lafrance', 'ferland', 'gosselin'])
    if s is to:
        to = c.staff('marcotte')
    vcf = make_vcard('%s %s' % (v['given'], v['sur']), v['sur'], v['given'], tels=[('WORK', v['phone']), ('CELL', '514 555-0%03d' % c.rng.randint(100, 199))],
                     emails=[v['email']], org=v['org'], title=c.t('Représentant(e) technique', 'Technical representative'))
    body = '\n'.join([c.greet(to), '', c.t('Voici les coordonnées de %s (%s) pour la démonstration de la nouvelle agrafeuse en salle 3.',
                                           'Here are %s\'s details (%s) for the new stapler demo in room 3.') % (v['given'] + ' ' + v['sur'], v['org']),
                      c.t('Il/elle doit passer par l\'accueil des représentants (registre Reptrax) avant d\'entrer au bloc.', 'They must check in at the vendor desk (Reptrax) before entering the OR.'),
                      c.sig(s)])
    return mk(c, s, to, c.t('Coordonnées représentant', 'Vendor rep contact'), body,
              atts=[Att('%s_%s.vcf' % (v['given'], v['sur']), CT['vcf'], vcf)])


# ===========================================================================
# assembly
# ===========================================================================
POS_BUILDERS = [
    (pos_or_booking, 4), (pos_preop_clinic, 4), (pos_anesthesia_assessment, 4), (pos_or_schedule_patients, 4),
    (pos_day_surgery_discharge, 4), (pos_postop_followup, 4), (pos_pathology_report, 4), (pos_frozen_section, 4),
    (pos_transport_booking, 4), (pos_preop_phone_call, 4), (pos_cancellation, 4), (pos_reply_quoted, 4),
    (pos_terse_note, 4), (pos_subject_only, 4), (pos_attached_eml, 4), (pos_referral_forward, 4),
    (pos_patient_email_fwd, 4), (pos_op_note_docx, 4),
    (pos_waitlist_xlsx, 3), (pos_blood_bank, 3), (pos_transfusion_refusal, 3), (pos_social_discharge, 3),
    (pos_implant_traceability, 3), (pos_cjd_instrument_recall, 3), (pos_ics_surgery, 3), (pos_vcard_patient, 3),
    (pos_work_injury_sin, 3), (pos_ontario_hcn, 3), (pos_belgian_niss, 3), (pos_french_nir, 3),
    (pos_zip_pathology, 3), (pos_pediatric_consent, 3), (pos_csv_export, 3), (pos_html_discharge, 3),
]
NEG_BUILDERS = [
    (neg_or_staff_roster, 6), (neg_anesthesia_oncall, 6), (neg_sterile_load_record, 6), (neg_vendor_recall, 6),
    (neg_block_allocation, 6), (neg_or_utilisation_stats, 6), (neg_grand_rounds, 6), (neg_mm_rounds, 6),
    (neg_teaching_case, 6), (neg_newsletter, 6), (neg_blank_form, 6), (neg_purchase_order, 6),
    (neg_it_notice, 6), (neg_facilities, 6), (neg_job_posting, 6), (neg_committee_notice, 6),
    (neg_staff_leave, 6), (neg_occupational_health, 6), (neg_protocol_update, 6), (neg_drug_shortage, 6),
    (neg_path_lab_admin, 5), (neg_sterilizer_maintenance, 5), (neg_simulation_training, 5), (neg_physician_welcome, 5),
    (neg_satisfaction_aggregate, 5), (neg_research_stats, 5), (neg_tumor_board_schedule, 5), (neg_generic_instructions, 5),
    (neg_staff_directory, 5), (neg_reply_thread, 5), (neg_ics_meeting, 5), (neg_vcard_vendor, 5),
]

NOTES = {
    'or_booking': 'OR booking request with patient identity and procedure/diagnosis (body or DOCX)',
    'preop_clinic': 'pre-op clinic summary: comorbidities, medications, labs',
    'anesthesia_assessment': 'pre-anaesthetic assessment (body or PDF)',
    'or_schedule_patients': 'OR list naming patients with chart numbers and diagnoses (table/XLSX/text)',
    'day_surgery_discharge': 'day-surgery discharge referral to CLSC with home address and phone',
    'postop_followup': 'post-op clinic letter to family physician',
    'pathology_report': 'surgical pathology report (body or PDF)',
    'frozen_section': 'terse frozen-section result naming the patient',
    'transport_booking': 'adapted-transport booking with patient home address/phone',
    'preop_phone_call': 'pre-op call note: relative phone, medication hold, social context',
    'cancellation': 'same-day cancellation with clinical reason',
    'reply_quoted': 'short reply; patient details only in quoted original',
    'terse_note': 'very short note, surname/initial with lab value or finding',
    'subject_only': 'patient name and finding carried in the Subject line',
    'attached_eml': 'patient pre-op message attached as message/rfc822',
    'referral_forward': 'inline-forwarded GP referral with RAMQ NAM, DOB, meds',
    'patient_email_fwd': 'patient e-mail about post-op symptoms forwarded to surgeon',
    'op_note_docx': 'operative note in DOCX attachment',
    'waitlist_xlsx': 'wait-list spreadsheet with NAM, DOB, diagnosis',
    'blood_bank': 'blood bank antibody result for a named patient',
    'transfusion_refusal': 'religious transfusion refusal, Hb, iron therapy',
    'social_discharge': 'social-work discharge referral with living situation',
    'implant_traceability': 'implant lot traceability tied to a named patient',
    'cjd_instrument_recall': 'tray quarantine for a named patient with suspected CJD',
    'ics_surgery': 'calendar invite (ICS) with patient and diagnosis',
    'vcard_patient': 'patient vCard with address/phone and care note',
    'work_injury_sin': 'work-injury claim with Canadian SIN',
    'ontario_hcn': 'interprovincial billing with Ontario health number',
    'belgian_niss': 'travel-insurer coverage request with Belgian NISS',
    'french_nir': 'France-Quebec agreement form with French NIR',
    'zip_pathology': 'ZIP of pathology report PDFs',
    'pediatric_consent': 'paediatric consent with family/social situation',
    'csv_export': 'CSV extract of operated cases with chart numbers and DOB',
    'html_discharge': 'HTML-only personalised discharge instructions sent to the patient',
    'or_staff_roster': 'OR staff assignments, surname-first nurse names',
    'anesthesia_oncall': 'anaesthesia call schedule with pagers',
    'sterile_load_record': 'sterilizer load log, serial/asset numbers (checksum-valid)',
    'vendor_recall': 'vendor field-safety notice with REF/LOT numbers',
    'block_allocation': 'surgeons named with the conditions they treat',
    'or_utilisation_stats': 'aggregate OR utilisation and cancellation reasons',
    'grand_rounds': 'speaker and clinical topic announcement',
    'mm_rounds': 'M&M agenda with de-identified cases',
    'teaching_case': 'fictional de-identified teaching case with labs/meds',
    'newsletter': 'department newsletter (staff news, statistics)',
    'blank_form': 'blank pre-op form with empty NAM/DOB fields',
    'purchase_order': 'purchase order with catalogue numbers',
    'it_notice': 'IT downtime notice (sometimes forwarded as .eml)',
    'facilities': 'OR ventilation readings',
    'job_posting': 'internal job posting',
    'committee_notice': 'OR committee agenda',
    'staff_leave': 'staff vacation / shift swap with employee numbers',
    'occupational_health': 'employee occupational-health follow-up (HR)',
    'protocol_update': 'prophylaxis/fasting protocol with drug doses',
    'drug_shortage': 'pharmacy shortage notice',
    'path_lab_admin': 'pathology lab administration (TAT, labelling rules)',
    'sterilizer_maintenance': 'sterilizer service report with serial/asset numbers',
    'simulation_training': 'in-situ simulation schedule (fictional scenario)',
    'physician_welcome': 'new physician welcome with clinical interests',
    'satisfaction_aggregate': 'aggregate patient-satisfaction results',
    'research_stats': 'study enrolment aggregates',
    'tumor_board_schedule': 'tumour board logistics, case counts only',
    'generic_instructions': 'generic patient-education leaflet text',
    'staff_directory': 'staff phone directory',
    'reply_thread': 'administrative reply thread',
    'ics_meeting': 'meeting invitation (ICS)',
    'vcard_vendor': 'vendor representative vCard',
}

TYPOS_FR = [('patient', 'pateint'), ('chirurgie', 'chirugie'), ('demain', 'deamin'), ('Merci', 'Mercii'), ('rendez-vous', 'rendez vous'),
            ('prévue', 'prévu'), ('svp', 'SVP'), ('opératoire', 'operatoire')]
TYPOS_EN = [('patient', 'pateint'), ('surgery', 'surgey'), ('tomorrow', 'tomorow'), ('please', 'pls'), ('received', 'recieved'),
            ('Thanks', 'Thx')]


def finalize(c, spec):
    spec.setdefault('date', c.date)
    spec.setdefault('msgid', c.msgid())
    body = re.sub(r'\n{3,}', '\n\n', spec['body'])
    if c.fr and c.p(0.12):
        body = strip_accents(body)
    if c.p(0.2):
        for a, b in c.rng.sample(TYPOS_FR if c.fr else TYPOS_EN, 3):
            if a in body:
                body = body.replace(a, b, 1)
                break
    spec['body'] = body
    return build_message(spec, c.rng)


# ---------------------------------------------------------------------------
# self-check
# ---------------------------------------------------------------------------
def _texts_from_bytes(name, data):
    """Return extracted text of an attachment, verifying it opens."""
    low = name.lower()
    out = []
    if data[:4] == b'PK\x03\x04':
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, name
        if low.endswith('.docx'):
            import docx
            d = docx.Document(io.BytesIO(data))
            out += [p.text for p in d.paragraphs]
            for t in d.tables:
                for r in t.rows:
                    out += [cell.text for cell in r.cells]
        elif low.endswith('.xlsx'):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for r in ws.iter_rows(values_only=True):
                    out += [str(v) for v in r if v is not None]
        else:
            for n in z.namelist():
                out += _texts_from_bytes(n, z.read(n))
    elif data[:5] == b'%PDF-':
        out.append(data.decode('latin-1'))
    else:
        try:
            out.append(data.decode('utf-8'))
        except UnicodeDecodeError:
            out.append(data.decode('windows-1252'))
    return out


def message_texts(msg):
    texts = [str(msg.get('Subject', ''))]
    for part in msg.walk():
        if part.defects:
            raise AssertionError('defects: %r' % part.defects)
        if part.is_multipart():
            continue
        content = part.get_content()
        fn = part.get_filename() or ''
        texts.append(fn)
        if isinstance(content, str):
            if '\ufffd' in content:
                raise AssertionError('undecodable text')
            texts.append(content)
        elif isinstance(content, bytes):
            texts += _texts_from_bytes(fn or part.get_content_type(), content)
        else:  # message/rfc822
            texts.append(str(content.get('Subject', '')))
    return texts


def self_check(out, labels, nams):
    files = []
    for sub in ('positive', 'negative'):
        for n in sorted(os.listdir(os.path.join(out, sub))):
            if n.endswith('.eml'):
                files.append('%s/%s' % (sub, n))
    assert set(files) == set(labels), 'labels do not cover exactly the files'
    norm_nams = set(nams)
    for f in files:
        with open(os.path.join(out, f), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ('From', 'To', 'Subject', 'Date', 'Message-ID'):
            assert msg[h] is not None, (f, h)
        txt = '\n'.join(message_texts(msg))
        flat = re.sub(r'[^A-Z0-9]', '', txt.upper())
        found = any(n in flat for n in norm_nams)
        lab = labels[f]
        if f.startswith('positive/'):
            assert lab['confidential'] is True and lab['types'], f
            assert all(t in ALL_TYPES for t in lab['types']), f
            if 'ramq_nam' in lab['types']:
                assert found, (f, 'NAM label but no NAM found')
            else:
                assert not found, (f, 'NAM present but not labelled')
        else:
            assert lab['confidential'] is False and lab['types'] == [], f
            assert not found, (f, 'NAM in negative')
        assert lab['lang'] in ('fr', 'en')
    return len(files)


def digest_of(out, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        with open(os.path.join(out, rel), 'rb') as fh:
            data = fh.read()
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(data).digest())
    return h.hexdigest()


README_TMPL = """# Held-out corpus 35 - surgical services, CHU des Érables (invented)

Synthetic **outbound** e-mail of the surgical services of an invented Montréal university
hospital (*CHU des Érables*, domain `{dom}`): operating-room booking, pre-operative clinic
(CPO), anaesthesia, day surgery (UCDJ), post-op follow-up, surgical pathology, OR
scheduling and sterile processing (URDM).  About 60 % French-Canadian, 40 % English.
Every person, institution, address (555 phone numbers, `*.example` domains) is invented.

## Layout

```
generate.py        deterministic generator (seed {seed} by default)
labels.json        {{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr", "note": "..."}}, ...}}
positive/pNNN_<category>.eml   {npos} confidential messages
negative/nNNN_<category>.eml   {nneg} non-confidential messages
```

Counts: positives {npos} (fr {pfr}, en {pen}); negatives {nneg} (fr {nfr}, en {nen}).

## Definition used

A message is **confidential** when a reader can identify a patient (name, RAMQ NAM, Canadian
SIN, Ontario health number, Belgian NISS, French NIR, hospital chart number - possibly
written with spaces, dots, dashes, lower case or spelled out letter by letter) **and**
learn something personal, medical or social about them, anywhere in the message: Subject,
body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or file name.  A patient's home address / personal phone with the name in a
care context (transport, home care, booking) counts.

Not confidential (negatives): staff information (rosters, call schedules, leave, employee
occupational health = HR), physicians named with the conditions they treat, speakers and
topics, aggregates and statistics, newsletters, blank forms, de-identified teaching / M&M
cases, purchase orders, serial / lot / asset / catalogue numbers (some pass a Luhn
check), clinic phone numbers, IT / facilities mail, job postings, committee notices.

Finding types used in labels: {types}.

Positive categories: {pcats}.

Negative categories: {ncats}.

## Identifiers

* RAMQ NAM: only from `../blind_nams.txt`, always used with that person's own name, birth date and sex
  (one CSV variant lists NAM + birth date + sex without names).
* SIN, Ontario health number (Luhn), Belgian NISS, French NIR: generated and validated with
  python-stdnum (`stdnum.ca.sin`, `stdnum.luhn`, `stdnum.be.nn`, `stdnum.fr.nir`).
* Chart numbers: 7 digits, sometimes with a `CHE-`/`H` prefix or a dash.

## Transports

Plain text, HTML-only and multipart/alternative bodies; multipart/mixed with attachments;
charsets utf-8, iso-8859-1 and windows-1252; quoted-printable, base64, 7bit and 8bit
transfer encodings; CRLF or LF line endings; RFC 2047 encoded headers and RFC 2231 file
names; Outlook- and Gmail-style replies, inline forwards and message/rfc822 attachments.
ZIP/DOCX/XLSX members carry a fixed timestamp (2024-01-01 08:00) and PDFs are written in
reportlab invariant mode, so output is byte-for-byte reproducible.

## Regenerate

```
python generate.py                 # seed {seed}, writes next to generate.py
python generate.py --seed N --out DIR
```

Needs python-stdnum, reportlab, python-docx and openpyxl.  The generator re-parses every
file with `email.message_from_bytes(..., policy=email.policy.default)`, decodes every part
(and opens every attachment), checks that the labels cover exactly the files, that every
positive has at least one type and every negative none, and that RAMQ NAMs appear exactly
in the messages labelled `ramq_nam`; it then prints counts and the digest.

## Digest

sha256 over all `.eml` files and `labels.json` (sorted relative paths; each entry
`path NUL sha256(content)`): 

`{digest}`
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    seed = args.seed
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        os.makedirs(d, exist_ok=True)
        for n in os.listdir(d):
            if n.endswith('.eml'):
                os.remove(os.path.join(d, n))
    world = World(seed)
    master = random.Random('%s-master' % seed)
    labels = {}
    written = []
    for kind, builders, total, nfr in (('pos', POS_BUILDERS, N_POS, 72), ('neg', NEG_BUILDERS, N_NEG, 108)):
        seq = [fn for fn, n in builders for _ in range(n)]
        assert len(seq) == total, (kind, len(seq))
        master.shuffle(seq)
        langs = ['fr'] * nfr + ['en'] * (total - nfr)
        master.shuffle(langs)
        for i, (fn, lang) in enumerate(zip(seq, langs)):
            rng = random.Random('%s-%s-%d' % (seed, kind, i))
            c = Ctx(rng, lang, world, kind)
            spec = fn(c)
            data = finalize(c, spec)
            cat = fn.__name__[4:]
            if kind == 'pos':
                rel = 'positive/p%03d_%s.eml' % (i + 1, cat)
                assert c.types, rel
                labels[rel] = dict(confidential=True, types=[t for t in ALL_TYPES if t in c.types], lang=lang, note=NOTES[cat])
            else:
                rel = 'negative/n%03d_%s.eml' % (i + 1, cat)
                assert not c.types, rel
                labels[rel] = dict(confidential=False, types=[], lang=lang, note=NOTES[cat])
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            written.append(rel)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    n = self_check(out, labels, [p.nam for p in world.people])
    dig = digest_of(out, written + ['labels.json'])
    pos = [v for v in labels.values() if v['confidential']]
    neg = [v for v in labels.values() if not v['confidential']]
    cnt = dict(npos=len(pos), nneg=len(neg), pfr=sum(v['lang'] == 'fr' for v in pos), pen=sum(v['lang'] == 'en' for v in pos),
               nfr=sum(v['lang'] == 'fr' for v in neg), nen=sum(v['lang'] == 'en' for v in neg))
    readme = README_TMPL.format(dom=DOM, seed=seed, types=', '.join(ALL_TYPES), digest=dig,
                                pcats=', '.join(fn.__name__[4:] for fn, _ in POS_BUILDERS),
                                ncats=', '.join(fn.__name__[4:] for fn, _ in NEG_BUILDERS), **cnt)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(readme)
    tcount = {}
    for v in pos:
        for t in v['types']:
            tcount[t] = tcount.get(t, 0) + 1
    print('files checked: %d' % n)
    print('positives: %(npos)d (fr %(pfr)d, en %(pen)d)  negatives: %(nneg)d (fr %(nfr)d, en %(nen)d)' % cnt)
    print('types: ' + ', '.join('%s=%d' % (t, tcount.get(t, 0)) for t in ALL_TYPES))
    print('sha256 digest: ' + dig)
    return 0


if __name__ == '__main__':
    sys.exit(main())
