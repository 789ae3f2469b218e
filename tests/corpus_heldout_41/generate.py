#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus for a DLP filter evaluation.

Flavour: internal communications of an invented Quebec CIUSSS (the "CIUSSS de
l'Estuaire-et-des-Monts") as seen by its communications office, occupational-health
office, medical directorate and surgical directorate, plus the real clinical mail
written by the same people.  Every person, institution, address and domain is
invented; every RAMQ NAM comes from ../blind_nams.txt.

Usage:  python generate.py [--seed 4141] [--out DIR]
"""
import argparse
import base64
import csv
import datetime as dt
import hashlib
import io
import json
import os
import quopri
import random
import re
import sys
import unicodedata
import urllib.parse
import zipfile
import zlib
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
NAM_FILE = os.path.join(HERE, os.pardir, 'blind_nams.txt')
DEFAULT_SEED = 4141
N_POS = 120
N_NEG = 180
ZIP_TIME = (2025, 1, 15, 8, 30, 0)
DOC_TIME = dt.datetime(2025, 1, 15, 8, 30, 0)
ALLOWED_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn',
                 'date_of_birth', 'patient_name', 'diagnosis', 'medication', 'lab_result',
                 'patient_contact', 'social_information'}
DOMAIN = 'ciusss-em.example'
ORG_FR = "CIUSSS de l'Estuaire-et-des-Monts"
ORG_EN = "CIUSSS de l'Estuaire-et-des-Monts"


# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def L(lang, fr, en):
    return fr if lang == 'fr' else en


def strip_accents(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août',
             'septembre', 'octobre', 'novembre', 'décembre']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
             'September', 'October', 'November', 'December']
DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def fdate(d, lang, style=None, rng=None):
    """Format a date in one of the ways people really write it."""
    if style is None:
        style = rng.choice(['iso', 'long', 'slash', 'iso', 'long'])
    if style == 'iso':
        return d.strftime('%Y-%m-%d')
    if style == 'slash':
        return d.strftime('%d/%m/%Y') if lang == 'fr' else d.strftime('%m/%d/%Y')
    if style == 'dots':
        return d.strftime('%d.%m.%Y')
    if style == 'short':
        return d.strftime('%y-%m-%d')
    if style == 'long':
        if lang == 'fr':
            return '%d %s %d' % (d.day, MONTHS_FR[d.month - 1], d.year)
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year)
    if style == 'daymonth':
        if lang == 'fr':
            return '%s %d %s' % (DAYS_FR[d.weekday()], d.day, MONTHS_FR[d.month - 1])
        return '%s, %s %d' % (DAYS_EN[d.weekday()], MONTHS_EN[d.month - 1], d.day)
    if style == 'abbr':
        return '%d-%s-%d' % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    raise ValueError(style)


def age_at(dob, when):
    return when.year - dob.year - ((when.month, when.day) < (dob.month, dob.day))


def money(x, lang):
    s = '{:,.2f}'.format(x)
    if lang == 'fr':
        return s.replace(',', ' ').replace('.', ',') + ' $'
    return '$' + s


def dec(x, lang, nd=1):
    s = ('{:.%df}' % nd).format(x)
    return s.replace('.', ',') if lang == 'fr' else s


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------

def make_sin(rng):
    while True:
        first = rng.choice('1234567' + '9')
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        n = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(n):
            return n


def fmt_sin(n, rng):
    return rng.choice(['%s %s %s' % (n[:3], n[3:6], n[6:]), '%s-%s-%s' % (n[:3], n[3:6], n[6:]), n])


def make_ohip(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        n = body + luhn.calc_check_digit(body)
        if luhn.is_valid(n):
            vc = rng.choice(['', rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')])
            return n, vc


def fmt_ohip(n, vc, rng):
    base = rng.choice(['%s-%s-%s' % (n[:4], n[4:7], n[7:]), '%s %s %s' % (n[:4], n[4:7], n[7:]), n])
    return base + (('-' + vc) if vc and rng.random() < 0.5 else ((' ' + vc) if vc else ''))


def make_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 998)
        if (serial % 2 == 1) != (sex == 'M'):
            continue
        base = dob.strftime('%y%m%d') + '%03d' % serial
        num = int(('2' + base) if dob.year >= 2000 else base)
        check = 97 - (num % 97)
        n = base + '%02d' % check
        if be_nn.is_valid(n):
            return n


def fmt_niss(n, rng):
    return rng.choice(['%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:]),
                       '%s-%s-%s' % (n[:6], n[6:9], n[9:]), n])


def make_nir(rng, dob, sex):
    dept = rng.choice(['75', '69', '13', '33', '44', '59', '35', '31', '67', '29'])
    while True:
        body = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) \
            + '%03d' % rng.randrange(1, 999)
        key = 97 - (int(body) % 97)
        n = body + '%02d' % key
        if fr_nir.is_valid(n):
            return n


def fmt_nir(n, rng):
    return rng.choice(['%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:]),
                       n[:13] + ' ' + n[13:], n])


def fmt_nam(nam, rng, style=None):
    style = style or rng.choice(['plain', 'plain', 'plain', 'sp444', 'sp48', 'lower', 'dash', 'sp444'])
    if style == 'plain':
        return nam
    if style == 'sp444':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'sp48':
        return '%s %s' % (nam[:4], nam[4:])
    if style == 'lower':
        return nam.lower()
    if style == 'dash':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    raise ValueError(style)


def luhn_number(rng, length, first='123456789'):
    body = rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(length - 2))
    return body + luhn.calc_check_digit(body)


# ---------------------------------------------------------------------------
# document builders (deterministic)
# ---------------------------------------------------------------------------

def normalize_zip(data, fix_core=True):
    """Rewrite an OOXML zip with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name in src.namelist():
            blob = src.read(name)
            if fix_core and name == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                for tag in ('created', 'modified'):
                    txt = re.sub(r'(<dcterms:%s[^>]*>)[^<]*(</dcterms:%s>)' % (tag, tag),
                                 r'\g<1>2025-01-15T08:30:00Z\g<2>', txt)
                txt = re.sub(r'(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)', r'\g<1>2025-01-15T08:30:00Z\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            if isinstance(blob, str):
                blob = blob.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines, author='', compress=True):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(ORG_FR)
    width, height = letter
    y = height - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title[:90])
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        chunks = [line[i:i + 95] for i in range(0, len(line), 95)] or ['']
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = height - 60
            c.drawString(50, y, ch)
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
    cp.title = title
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.last_printed = DOC_TIME
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = DOC_TIME
    wb.properties.modified = DOC_TIME
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


def make_png(w=24, h=8, color=(0, 84, 140)):
    raw = b''.join(b'\x00' + bytes(color) * w for _ in range(h))

    def chunk(t, d):
        return (len(d).to_bytes(4, 'big') + t + d + (zlib.crc32(t + d) & 0xffffffff).to_bytes(4, 'big'))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', w.to_bytes(4, 'big') + h.to_bytes(4, 'big') + b'\x08\x02\x00\x00\x00')
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def make_csv(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_ics(uid, summary, start, minutes, location, description, organizer, attendees=(), lang='fr'):
    end = start + dt.timedelta(minutes=minutes)

    def esc(s):
        return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')

    def fold(line):
        out, cur = [], ''
        for ch in line:
            if len((cur + ch).encode('utf-8')) > 74:
                out.append(cur)
                cur = ' ' + ch
            else:
                cur += ch
        out.append(cur)
        return '\r\n'.join(out)
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CIUSSS EM//Agenda 4.2//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250115T133000Z',
             'DTSTART;TZID=America/Toronto:%s' % start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:%s' % end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:%s' % esc(summary), 'LOCATION:%s' % esc(location),
             'DESCRIPTION:%s' % esc(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a[0], a[1]))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(fold(x) for x in lines) + '\r\n'


def make_vcard(first, last, org, title, tels, emails=(), adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        lines.append('EMAIL;TYPE=INTERNET:%s' % e)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % adr)
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % note.replace('\n', '\\n').replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------------------
# MIME serialisation (explicit control of charset, transfer encoding, EOL)
# ---------------------------------------------------------------------------

class Att:
    def __init__(self, filename, ctype, data, charset=None, inline=False, cid=None, cte=None):
        self.filename = filename
        self.ctype = ctype
        self.data = data            # bytes, or str for text/* (then charset used)
        self.charset = charset
        self.inline = inline
        self.cid = cid
        self.cte = cte


class Msg:
    """What a template returns."""

    def __init__(self, **kw):
        self.sender = None
        self.to = []
        self.cc = []
        self.subject = ''
        self.text = None
        self.html = None
        self.atts = []
        self.rfc822 = []            # list of (filename-or-None, bytes)
        self.types = set()
        self.note = ''
        self.date = None
        self.reply_to_id = None
        self.importance = None
        self.html_only = False
        self.text_only = False
        self.related_png = False
        self.__dict__.update(kw)


def ascii_ok(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def can_encode(s, cs):
    try:
        s.encode(cs)
        return True
    except UnicodeEncodeError:
        return False


def transfer_encode(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw


def header_value(s, charset):
    if ascii_ok(s):
        return s
    return Header(s, charset, maxlinelen=76, header_name='Subject').encode(linesep='\n')


def fmt_addr(name, addr, charset):
    return formataddr((name, addr), charset=charset)


def fmt_addr_list(pairs, charset):
    return ',\n '.join(fmt_addr(n, a, charset) for n, a in pairs)


def filename_params(fname, rng, charset='utf-8'):
    """Return the parameter text for a (possibly non-ASCII) filename."""
    if ascii_ok(fname):
        return 'filename="%s"' % fname, 'name="%s"' % fname
    if rng.random() < 0.5:
        q = urllib.parse.quote(fname.encode('utf-8'), safe='')
        return "filename*=utf-8''%s" % q, "name*=utf-8''%s" % q
    enc = Header(fname, 'utf-8').encode()
    return 'filename="%s"' % enc, 'name="%s"' % enc


class Node:
    def __init__(self, headers, body=b'', children=None, boundary=None):
        self.headers = headers
        self.body = body
        self.children = children or []
        self.boundary = boundary

    def serialize(self):
        out = []
        for k, v in self.headers:
            out.append(('%s: %s\n' % (k, v)).encode('ascii'))
        out.append(b'\n')
        if self.children:
            out.append(b'This is a multi-part message in MIME format.\n\n')
            for ch in self.children:
                out.append(('--%s\n' % self.boundary).encode('ascii'))
                out.append(ch.serialize())
                out.append(b'\n')
            out.append(('--%s--\n' % self.boundary).encode('ascii'))
        else:
            body = self.body
            if body and not body.endswith(b'\n'):
                body += b'\n'
            out.append(body)
        return b''.join(out)


class Renderer:
    def __init__(self, rng, seq, safe7=False):
        self.rng = rng
        self.seq = seq
        self.safe7 = safe7

    def boundary(self):
        r = self.rng
        style = r.choice(['----=_NextPart_', '_000_', '===============', 'b1_', '----_=_NextPart_001_'])
        tail = ''.join(r.choice('0123456789ABCDEF') for _ in range(24))
        return style + tail + '=='[:r.randrange(0, 3)]

    def text_node(self, text, subtype, charset=None, cte=None):
        r = self.rng
        if charset is None:
            charset = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252', 'utf-8'])
        if not can_encode(text, charset):
            charset = 'windows-1252' if can_encode(text, 'windows-1252') else 'utf-8'
        if ascii_ok(text) and r.random() < 0.35:
            charset = 'us-ascii'
        raw = text.encode(charset)
        longest = max((len(x) for x in raw.split(b'\n')), default=0)
        if cte is None:
            if charset == 'us-ascii':
                cte = '7bit' if longest < 900 else 'quoted-printable'
            elif charset == 'utf-8':
                cte = r.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])
            else:
                cte = r.choice(['quoted-printable', '8bit', 'quoted-printable'])
        if cte in ('7bit', '8bit') and longest >= 900:
            cte = 'quoted-printable'
        if cte == '7bit' and not ascii_ok(text):
            cte = 'quoted-printable'
        if self.safe7 and cte == '8bit':
            cte = 'quoted-printable'
        hdrs = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
                ('Content-Transfer-Encoding', cte)]
        return Node(hdrs, transfer_encode(raw, cte))

    def att_node(self, a):
        r = self.rng
        fparam, nparam = filename_params(a.filename, r)
        maintype = a.ctype.split('/')[0]
        if isinstance(a.data, str):
            cs = a.charset or 'utf-8'
            if not can_encode(a.data, cs):
                cs = 'utf-8'
            raw = a.data.encode(cs)
            ctype = '%s; charset="%s"; %s' % (a.ctype, cs, nparam)
            cte = a.cte or r.choice(['base64', 'quoted-printable', 'base64'])
        else:
            raw = a.data
            ctype = '%s; %s' % (a.ctype, nparam)
            cte = 'base64'
        hdrs = [('Content-Type', ctype)]
        disp = 'inline' if a.inline else 'attachment'
        hdrs.append(('Content-Disposition', '%s;\n\t%s' % (disp, fparam)))
        if a.cid:
            hdrs.append(('Content-ID', '<%s>' % a.cid))
        hdrs.append(('Content-Transfer-Encoding', cte))
        return Node(hdrs, transfer_encode(raw, cte))

    def rfc822_node(self, fname, blob):
        if fname:
            fparam, nparam = filename_params(fname, self.rng)
            hdrs = [('Content-Type', 'message/rfc822;\n\t' + nparam),
                    ('Content-Disposition', 'attachment;\n\t' + fparam)]
        else:
            hdrs = [('Content-Type', 'message/rfc822'), ('Content-Disposition', 'inline')]
        hdrs.append(('Content-Transfer-Encoding', '7bit'))
        return Node(hdrs, blob)

    def build(self, m, lang, eol, top=True):
        r = self.rng
        hcs = r.choice(['utf-8', 'utf-8', 'iso-8859-1']) if all(
            can_encode(x, 'iso-8859-1') for x in [m.subject, m.sender[0]] + [n for n, _ in m.to + m.cc]) else 'utf-8'
        # body parts
        text, html = m.text, m.html
        if html is None and not m.text_only and r.random() < 0.45:
            html = text_to_html(text, r)
        if m.html_only and html is None:
            html = text_to_html(text, r)
        if m.text_only:
            html = None
        body_cs = r.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
        if m.html_only:
            core = self.text_node(html, 'html', body_cs)
        elif html is not None:
            core = Node([('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % None)], children=[
                self.text_node(text, 'plain', body_cs), self.text_node(html, 'html', body_cs)])
            core.boundary = self.boundary()
            core.headers = [('Content-Type', 'multipart/alternative;\n\tboundary="%s"' % core.boundary)]
        else:
            core = self.text_node(text, 'plain', body_cs)
        if m.related_png and html is not None:
            png = Att('logo-ciusss-em.png', 'image/png', make_png(), inline=True, cid='logo.%d@%s' % (self.seq, DOMAIN))
            rel = Node([], children=[core, self.att_node(png)])
            rel.boundary = self.boundary()
            rel.headers = [('Content-Type', 'multipart/related;\n\ttype="%s";\n\tboundary="%s"' % (
                'multipart/alternative' if core.children else 'text/html', rel.boundary))]
            core = rel
        if m.atts or m.rfc822:
            kids = [core] + [self.att_node(a) for a in m.atts] + [self.rfc822_node(f, b) for f, b in m.rfc822]
            mixed = Node([], children=kids)
            mixed.boundary = self.boundary()
            mixed.headers = [('Content-Type', 'multipart/mixed;\n\tboundary="%s"' % mixed.boundary)]
            core = mixed
        # top headers
        hdrs = []
        if top:
            hdrs.append(('Received', 'from %s (mx%02d.%s [10.%d.%d.%d])\n\tby smtp-out.%s with ESMTPS; %s' % (
                r.choice(['EXCH-HRS-02', 'EXCH-HRS-04', 'EXCH-CHPL-01']), r.randrange(1, 9), DOMAIN,
                r.randrange(10, 99), r.randrange(0, 255), r.randrange(1, 254), DOMAIN, format_datetime(m.date))))
        hdrs.append(('From', fmt_addr(m.sender[0], m.sender[1], hcs)))
        hdrs.append(('To', fmt_addr_list(m.to, hcs)))
        if m.cc:
            hdrs.append(('Cc', fmt_addr_list(m.cc, hcs)))
        hdrs.append(('Subject', header_value(m.subject, hcs)))
        hdrs.append(('Date', format_datetime(m.date)))
        hdrs.append(('Message-ID', '<%s.%d@%s>' % (''.join(r.choice('0123456789abcdef') for _ in range(16)),
                                                 self.seq, m.sender[1].split('@')[1])))
        if m.reply_to_id:
            hdrs.append(('In-Reply-To', m.reply_to_id))
            hdrs.append(('References', m.reply_to_id))
        if m.importance:
            hdrs.append(('Importance', m.importance))
        if top:
            hdrs.append(('Content-Language', 'fr-CA' if lang == 'fr' else 'en-CA'))
            hdrs.append(('X-Mailer', r.choice(['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0',
                                               'Apple Mail (2.3774)', 'Mozilla Thunderbird 128.3',
                                               'Zimbra 9.0 (ZimbraWebClient)'])))
        hdrs.append(('MIME-Version', '1.0'))
        core.headers = hdrs + core.headers
        data = core.serialize()
        if eol == 'crlf':
            data = data.replace(b'\n', b'\r\n')
        return data


def text_to_html(text, rng):
    import html as H
    style = rng.choice(['outlook', 'gmail', 'plain'])
    paras = text.split('\n\n')
    out = []
    for p in paras:
        lines = [H.escape(x) for x in p.split('\n')]
        if style == 'outlook':
            out.append('<p class="MsoNormal">%s</p>' % '<br>\n'.join(lines))
        elif style == 'gmail':
            out.append('<div>%s</div><div><br></div>' % '<br>\n'.join(lines))
        else:
            out.append('<p>%s</p>' % '<br>\n'.join(lines))
    head = ('<html><head>'
            '<style>p.MsoNormal{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>\n')
    return head + '<body>\n' + '\n'.join(out) + '\n</body></html>\n'


def html_table(rows, header=True):
    import html as H
    out = ['<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">']
    for i, r in enumerate(rows):
        tag = 'th' if header and i == 0 else 'td'
        out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, H.escape(str(c)), tag) for c in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


def text_table(rows, sep=' | '):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for k, r in enumerate(rows):
        lines.append(sep.join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if k == 0:
            lines.append('-' * min(100, sum(widths) + len(sep) * (len(widths) - 1)))
    return '\n'.join(lines)


def html_doc(body_html, title=''):
    return ('<!DOCTYPE html>\n<html><head><title>%s</title></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt">\n%s\n</body></html>\n' % (title, body_html))


# ---------------------------------------------------------------------------
# invented world
# ---------------------------------------------------------------------------

SITES = {
    'HRS': ('Hôpital de Rivière-aux-Saules', 'Rivière-aux-Saules Hospital', '850, boulevard des Saules, Rivière-aux-Saules (Québec) G5X 2K1', '418 555-0140'),
    'HNDB': ('Hôpital Notre-Dame-des-Battures', 'Notre-Dame-des-Battures Hospital', '212, rue du Quai, Sainte-Odile-des-Battures (Québec) G0L 3M0', '418 555-0172'),
    'CHPL': ('Centre hospitalier de Pointe-Lévrard', 'Pointe-Lévrard Hospital Centre', '45, chemin du Phare, Pointe-Lévrard (Québec) G0K 1P0', '581 555-0118'),
    'CLSC': ('CLSC des Trois-Chutes', 'CLSC des Trois-Chutes', '1300, rue Principale, Trois-Chutes (Québec) G0L 2R0', '418 555-0191'),
    'CHSLD': ('CHSLD des Bouleaux', 'CHSLD des Bouleaux', '77, avenue des Bouleaux, Rivière-aux-Saules (Québec) G5X 3B4', '418 555-0163'),
}

# key: (title_fr, title_en, first, last, sex, role_fr, role_en, dir_fr, dir_en, site, ext)
STAFF_ROWS = [
    # communications
    ('vdumais', '', '', 'Valérie', 'Dumais', 'F', 'Conseillère en communication interne', 'Internal Communications Advisor', 'Direction des communications et des affaires publiques', 'Communications and Public Affairs', 'HRS', '22314'),
    ('sarsenault', '', '', 'Steve', 'Arsenault', 'M', "Agent d'information", 'Information Officer', 'Direction des communications et des affaires publiques', 'Communications and Public Affairs', 'HRS', '22318'),
    ('epoulin', '', '', 'Émilie', 'Poulin', 'F', 'Directrice adjointe des communications', 'Assistant Director, Communications', 'Direction des communications et des affaires publiques', 'Communications and Public Affairs', 'HRS', '22301'),
    ('jmckenzie', '', '', 'Jennifer', 'McKenzie', 'F', 'Conseillère en communication (anglais)', 'Communications Advisor (English services)', 'Direction des communications et des affaires publiques', 'Communications and Public Affairs', 'CHPL', '31207'),
    # occupational health
    ('nberube', '', '', 'Nancy', 'Bérubé', 'F', 'Infirmière en santé au travail', 'Occupational Health Nurse', 'Service santé, sécurité et mieux-être au travail', 'Occupational Health, Safety and Wellness', 'HRS', '24410'),
    ('malevesque', '', '', 'Marc-André', 'Lévesque', 'M', 'Conseiller en gestion de la présence au travail', 'Disability Management Advisor', 'Service santé, sécurité et mieux-être au travail', 'Occupational Health, Safety and Wellness', 'HRS', '24417'),
    ('koconnor', '', '', 'Kathleen', "O'Connor", 'F', 'Infirmière en santé au travail', 'Occupational Health Nurse', 'Service santé, sécurité et mieux-être au travail', 'Occupational Health, Safety and Wellness', 'CHPL', '31455'),
    ('ldesrosiers', 'Dr', 'Dr', 'Luc', 'Desrosiers', 'M', 'Médecin-conseil en santé au travail', 'Occupational Health Physician', 'Service santé, sécurité et mieux-être au travail', 'Occupational Health, Safety and Wellness', 'HRS', '24402'),
    # medical directorate
    ('agirard', 'Dr', 'Dr', 'Antoine', 'Girard', 'M', 'Directeur des services professionnels', 'Director of Professional Services', 'Direction des services professionnels', 'Medical Directorate (DSP)', 'HRS', '21000'),
    ('cbergeron', '', '', 'Chantal', 'Bergeron', 'F', 'Adjointe à la direction', 'Executive Assistant', 'Direction des services professionnels', 'Medical Directorate (DSP)', 'HRS', '21002'),
    ('hpaquette', 'Dre', 'Dr', 'Hélène', 'Paquette', 'F', 'Cheffe du département de médecine spécialisée', 'Head, Department of Specialized Medicine', 'Direction des services professionnels', 'Medical Directorate (DSP)', 'HRS', '21140'),
    ('rchen', 'Dr', 'Dr', 'Richard', 'Chen', 'M', 'Directeur adjoint - affaires médicales', 'Associate Director, Medical Affairs', 'Direction des services professionnels', 'Medical Directorate (DSP)', 'CHPL', '31010'),
    ('mlambert', '', '', 'Mélissa', 'Lambert', 'F', 'Agente de gestion du personnel médical', 'Medical Staff Affairs Officer', 'Direction des services professionnels', 'Medical Directorate (DSP)', 'HRS', '21017'),
    # surgical directorate
    ('cbouchard', 'Dre', 'Dr', 'Catherine', 'Bouchard', 'F', 'Cheffe du département de chirurgie, chirurgienne générale', 'Chief of Surgery, General Surgeon', 'Direction des services chirurgicaux', 'Surgical Directorate', 'HRS', '23100'),
    ('jhamel', '', '', 'Josée', 'Hamel', 'F', 'Cheffe de service du bloc opératoire', 'OR Manager', 'Direction des services chirurgicaux', 'Surgical Directorate', 'HRS', '23210'),
    ('kmacleod', '', '', 'Karen', 'MacLeod', 'F', 'Coordonnatrice du bloc opératoire', 'OR Coordinator', 'Direction des services chirurgicaux', 'Surgical Directorate', 'CHPL', '31220'),
    ('acote', '', '', 'Annie', 'Côté', 'F', 'Agente administrative - réservation du bloc', 'OR Booking Clerk', 'Direction des services chirurgicaux', 'Surgical Directorate', 'HRS', '23215'),
    ('lmurphy', '', '', 'Linda', 'Murphy', 'F', 'Agente administrative - réservation du bloc', 'OR Booking Clerk', 'Direction des services chirurgicaux', 'Surgical Directorate', 'CHPL', '31224'),
    ('flabrecque', '', '', 'France', 'Labrecque', 'F', 'Secrétaire médicale - chirurgie', 'Medical Secretary, Surgery', 'Direction des services chirurgicaux', 'Surgical Directorate', 'HRS', '23144'),
    ('dwalsh', '', '', 'Debbie', 'Walsh', 'F', 'Secrétaire médicale - orthopédie', 'Medical Secretary, Orthopaedics', 'Direction des services chirurgicaux', 'Surgical Directorate', 'CHPL', '31240'),
    ('mlessard', 'Dr', 'Dr', 'Mathieu', 'Lessard', 'M', 'Chirurgien orthopédiste', 'Orthopaedic Surgeon', 'Département de chirurgie', 'Department of Surgery', 'HRS', '23160'),
    ('rpatel', 'Dr', 'Dr', 'Rajesh', 'Patel', 'M', 'Urologue', 'Urologist', 'Département de chirurgie', 'Department of Surgery', 'CHPL', '31250'),
    ('ifortin', 'Dre', 'Dr', 'Isabelle', 'Fortin', 'F', 'Gynécologue-obstétricienne', 'Obstetrician-Gynaecologist', 'Département de chirurgie', 'Department of Surgery', 'HRS', '23170'),
    ('kobrien', 'Dr', 'Dr', 'Kevin', "O'Brien", 'M', 'Oto-rhino-laryngologiste', 'Otolaryngologist', 'Département de chirurgie', 'Department of Surgery', 'CHPL', '31260'),
    ('atremblay', 'Dre', 'Dr', 'Amélie', 'Tremblay', 'F', 'Chirurgienne vasculaire', 'Vascular Surgeon', 'Département de chirurgie', 'Department of Surgery', 'HRS', '23180'),
    ('jfroy', 'Dr', 'Dr', 'Jean-François', 'Roy', 'M', 'Chirurgien orthopédiste', 'Orthopaedic Surgeon', 'Département de chirurgie', 'Department of Surgery', 'HNDB', '41120'),
    ('scohen', 'Dr', 'Dr', 'Samuel', 'Cohen', 'M', 'Chirurgien plasticien', 'Plastic Surgeon', 'Département de chirurgie', 'Department of Surgery', 'HRS', '23190'),
    ('nhaddad', 'Dre', 'Dr', 'Nadia', 'Haddad', 'F', 'Chirurgienne thoracique', 'Thoracic Surgeon', 'Département de chirurgie', 'Department of Surgery', 'HRS', '23195'),
    ('pgauthier', 'Dr', 'Dr', 'Philippe', 'Gauthier', 'M', 'Ophtalmologiste', 'Ophthalmologist', 'Département de chirurgie', 'Department of Surgery', 'HNDB', '41130'),
    ('afraser', 'Dr', 'Dr', 'Andrew', 'Fraser', 'M', 'Chirurgien général', 'General Surgeon', 'Département de chirurgie', 'Department of Surgery', 'CHPL', '31270'),
    ('mgrant', 'Dr', 'Dr', 'Michael', 'Grant', 'M', 'Anesthésiologiste', 'Anaesthesiologist', "Département d'anesthésiologie", 'Department of Anaesthesia', 'CHPL', '31280'),
    ('ecoterioux', 'Dre', 'Dr', 'Élise', 'Côté-Rioux', 'F', 'Anesthésiologiste', 'Anaesthesiologist', "Département d'anesthésiologie", 'Department of Anaesthesia', 'HRS', '23300'),
    # medicine
    ('jmorin', 'Dre', 'Dr', 'Julie', 'Morin', 'F', 'Interniste', 'Internist', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'HRS', '21150'),
    ('hpelletier', 'Dr', 'Dr', 'Hugo', 'Pelletier', 'M', 'Cardiologue', 'Cardiologist', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'HRS', '21160'),
    ('felamrani', 'Dre', 'Dr', 'Fatima', 'El-Amrani', 'F', 'Microbiologiste-infectiologue', 'Medical Microbiologist / ID', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'HRS', '21170'),
    ('slapointe', 'Dre', 'Dr', 'Sophie', 'Lapointe', 'F', 'Gériatre', 'Geriatrician', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'HNDB', '41150'),
    ('ethibault', 'Dr', 'Dr', 'Éric', 'Thibault', 'M', 'Pneumologue', 'Respirologist', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'HRS', '21180'),
    ('ksavard', 'Dre', 'Dr', 'Karine', 'Savard', 'F', 'Hématologue-oncologue', 'Haematologist-Oncologist', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'HRS', '21190'),
    ('onadeau', 'Dr', 'Dr', 'Olivier', 'Nadeau', 'M', 'Néphrologue', 'Nephrologist', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'CHPL', '31300'),
    ('dwong', 'Dr', 'Dr', 'Daniel', 'Wong', 'M', 'Gastro-entérologue', 'Gastroenterologist', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'CHPL', '31310'),
    ('mecaron', 'Dre', 'Dr', 'Marie-Ève', 'Caron', 'F', 'Psychiatre', 'Psychiatrist', 'Département de psychiatrie', 'Department of Psychiatry', 'HRS', '21400'),
    ('dleblanc', 'Dr', 'Dr', 'David', 'Leblanc', 'M', "Urgentologue, chef de l'urgence", 'Emergency Physician, ED Chief', "Département de médecine d'urgence", 'Department of Emergency Medicine', 'HRS', '21500'),
    ('lcampbell', 'Dre', 'Dr', 'Lisa', 'Campbell', 'F', 'Médecin de famille, GMF-U des Monts', 'Family Physician, GMF-U des Monts', 'Département de médecine générale', 'Department of General Practice', 'CLSC', '51010'),
    ('ylemieux', 'Dr', 'Dr', 'Yves', 'Lemieux', 'M', 'Biochimiste clinique', 'Clinical Biochemist', 'Grappe des laboratoires', 'Laboratory Services', 'HRS', '25100'),
    ('abenali', 'Dr', 'Dr', 'Ahmed', 'Benali', 'M', 'Radiologiste', 'Radiologist', "Département d'imagerie médicale", 'Department of Medical Imaging', 'HRS', '25300'),
    ('rgoldberg', 'Dre', 'Dr', 'Rachel', 'Goldberg', 'F', 'Pathologiste', 'Pathologist', 'Grappe des laboratoires', 'Laboratory Services', 'CHPL', '31500'),
    # nursing and professionals
    ('gouellet', '', '', 'Geneviève', 'Ouellet', 'F', "Assistante infirmière-chef, 4B chirurgie", 'Assistant Head Nurse, 4B Surgery', 'Direction des soins infirmiers', 'Nursing Directorate', 'HRS', '24120'),
    ('sjohnson', '', '', 'Sarah', 'Johnson', 'F', 'Infirmière clinicienne, clinique préopératoire', 'Clinical Nurse, Pre-op Clinic', 'Direction des soins infirmiers', 'Nursing Directorate', 'CHPL', '31330'),
    ('mgagnon', '', '', 'Mélanie', 'Gagnon', 'F', 'Infirmière pivot en oncologie', 'Oncology Nurse Navigator', 'Direction des soins infirmiers', 'Nursing Directorate', 'HRS', '24135'),
    ('trichards', '', '', 'Tom', 'Richards', 'M', 'Infirmier, salle de réveil', 'PACU Nurse', 'Direction des soins infirmiers', 'Nursing Directorate', 'CHPL', '31335'),
    ('imorindufour', '', '', 'Isabelle', 'Morin-Dufour', 'F', 'Conseillère en prévention et contrôle des infections', 'Infection Prevention and Control Advisor', 'Service PCI', 'Infection Prevention and Control', 'HRS', '24600'),
    ('jsdion', '', '', 'Jean-Sébastien', 'Dion', 'M', 'Pharmacien', 'Pharmacist', 'Département de pharmacie', 'Pharmacy Department', 'HRS', '25500'),
    ('pnair', '', '', 'Priya', 'Nair', 'F', 'Pharmacienne', 'Pharmacist', 'Département de pharmacie', 'Pharmacy Department', 'CHPL', '31550'),
    ('scarrier', '', '', 'Sylvie', 'Carrier', 'F', 'Conseillère en dotation', 'Staffing Advisor', 'Direction des ressources humaines', 'Human Resources', 'HRS', '26010'),
    ('rkelly', '', '', 'Robert', 'Kelly', 'M', 'Conseiller en ressources humaines', 'HR Advisor', 'Direction des ressources humaines', 'Human Resources', 'CHPL', '31600'),
    ('mlavoie', '', '', 'Martine', 'Lavoie', 'F', 'Conseillère en gestion des risques', 'Risk Management Advisor', 'Direction de la qualité, de l\'évaluation et de la performance', 'Quality, Evaluation and Performance', 'HRS', '27020'),
    ('cbernier', '', '', 'Chloé', 'Bernier', 'F', 'Travailleuse sociale', 'Social Worker', 'Services sociaux hospitaliers', 'Hospital Social Services', 'HRS', '24700'),
    ('dmoreau', '', '', 'Daniel', 'Moreau', 'M', 'Travailleur social', 'Social Worker', 'Services sociaux hospitaliers', 'Hospital Social Services', 'CHPL', '31700'),
    ('rgosselin', '', '', 'Réjean', 'Gosselin', 'M', 'Répartiteur - transport des usagers', 'Patient Transport Dispatcher', 'Logistique', 'Logistics', 'HRS', '28010'),
    ('knguyen', '', '', 'Kim', 'Nguyen', 'F', 'Technologiste médicale', 'Medical Technologist', 'Grappe des laboratoires', 'Laboratory Services', 'HRS', '25120'),
    ('apepin', '', '', 'Andrée', 'Pepin', 'F', 'Coordonnatrice du soutien à domicile', 'Home Care Coordinator', 'Direction SAPA - soutien à domicile', 'Home Care (SAPA)', 'CLSC', '51100'),
    ('pdoyle', '', '', 'Patrick', 'Doyle', 'M', 'Technicien en informatique', 'IT Technician', 'Direction des ressources informationnelles', 'Information Technology', 'HRS', '29100'),
    ('lgervais', '', '', 'Luc', 'Gervais', 'M', 'Chef de service - installations matérielles', 'Facilities Manager', 'Direction des services techniques', 'Technical Services', 'HRS', '28200'),
    ('fboisvert', '', '', 'Francine', 'Boisvert', 'F', 'Acheteuse', 'Buyer', 'Approvisionnement', 'Procurement', 'HRS', '28310'),
    ('chebert', '', '', 'Caroline', 'Hébert', 'F', 'Archiviste médicale', 'Health Information Manager', 'Archives médicales', 'Health Records', 'HRS', '25700'),
    ('mrossi', '', '', 'Marco', 'Rossi', 'M', 'Commissaire adjoint aux plaintes et à la qualité des services', 'Deputy Complaints Commissioner', 'Commissariat aux plaintes', 'Complaints Commissioner Office', 'HRS', '27100'),
    ('ahoule', '', '', 'Audrey', 'Houle', 'F', 'Résidente R2 en chirurgie générale', 'PGY-2 General Surgery Resident', 'Département de chirurgie', 'Department of Surgery', 'HRS', '23199'),
    ('bsingh', '', '', 'Baljit', 'Singh', 'M', 'Résident R3 en médecine interne', 'PGY-3 Internal Medicine Resident', 'Département de médecine spécialisée', 'Department of Specialized Medicine', 'CHPL', '31399'),
]


class Staff:
    def __init__(self, row):
        (self.key, self.tfr, self.ten, self.first, self.last, self.sex, self.role_fr, self.role_en,
         self.dir_fr, self.dir_en, self.site, self.ext) = row
        local = strip_accents('%s.%s' % (self.first, self.last)).lower().replace("'", '').replace(' ', '')
        self.email = '%s@%s' % (local, DOMAIN)
        self.is_md = bool(self.tfr)

    def name(self, lang='fr', title=False):
        if title and self.is_md:
            return '%s %s %s' % (self.tfr if lang == 'fr' else self.ten, self.first, self.last)
        return '%s %s' % (self.first, self.last)

    def dr(self, lang):
        """'Dre Bouchard' / 'Dr. Bouchard' / full name for non-physicians."""
        if self.is_md:
            return ('%s %s' % (self.tfr, self.last)) if lang == 'fr' else ('Dr. %s' % self.last)
        return '%s %s' % (self.first, self.last)

    def addr(self, lang='fr', title=False):
        return (self.name(lang, title), self.email)

    def role(self, lang):
        return self.role_fr if lang == 'fr' else self.role_en

    def directorate(self, lang):
        return self.dir_fr if lang == 'fr' else self.dir_en

    def initials(self):
        return ''.join(p[0] for p in re.split(r'[ -]', self.first + ' ' + self.last) if p)


STAFF = {r[0]: Staff(r) for r in STAFF_ROWS}
SURGEONS = ['cbouchard', 'mlessard', 'rpatel', 'ifortin', 'kobrien', 'atremblay', 'jfroy', 'scohen', 'nhaddad',
            'pgauthier', 'afraser']
PHYSICIANS = ['jmorin', 'hpelletier', 'felamrani', 'slapointe', 'ethibault', 'ksavard', 'onadeau', 'dwong',
              'mecaron', 'dleblanc', 'lcampbell', 'hpaquette']


def signature(s, lang, rng, disclaimer=None):
    style = rng.choice(['full', 'full', 'full', 'short', 'initials', 'mobile'])
    site_fr, site_en, site_addr, site_tel = SITES[s.site]
    if style == 'full':
        lines = ['', '--', s.name(lang, title=s.is_md and rng.random() < 0.6), s.role(lang),
                 s.directorate(lang), ORG_FR, L(lang, site_fr, site_en),
                 '%s, %s %s' % (site_tel, L(lang, 'poste', 'ext.'), s.ext), s.email]
    elif style == 'short':
        lines = ['', s.first, '%s | %s %s' % (s.role(lang), L(lang, 'poste', 'ext.'), s.ext)]
    elif style == 'initials':
        lines = ['', s.initials()]
    else:
        lines = ['', s.first, '', L(lang, 'Envoyé de mon iPhone', 'Sent from my iPhone')]
    if disclaimer is None:
        disclaimer = rng.random() < 0.35
    if disclaimer:
        lines += ['', rng.choice([
            "AVIS DE CONFIDENTIALITÉ : Ce courriel peut contenir des renseignements confidentiels. Si vous l'avez reçu par erreur, veuillez le détruire et en aviser l'expéditeur. / CONFIDENTIALITY NOTICE: This e-mail may contain confidential information. If you received it in error, please delete it and notify the sender.",
            "Ce message et les fichiers joints sont destinés exclusivement au(x) destinataire(s) mentionné(s). Toute diffusion non autorisée est interdite.",
            "This message is intended only for the addressee. Please consider the environment before printing this e-mail.",
        ])]
    return '\n'.join(lines)


EXTERNAL = [
    ('Clinique GMF des Îles', 'gmf-des-iles.example', ['reception', 'dre.vachon', 'secretariat']),
    ('GMF-U des Monts', 'gmfu-desmonts.example', ['triage', 'dr.ferland', 'infirmiere.ipsspl']),
    ('Clinique médicale du Vieux-Quai', 'cmvq.example', ['admin', 'dr.bissonnette']),
    ('Hawkesford General Hospital', 'hawkesford-gh.example', ['health.records', 'billing', 'dr.mcallister']),
    ('CHU du Haut-Fleuve', 'chu-hautfleuve.example', ['transferts', 'oncologie.admission', 'dr.abitbol']),
    ('Pharmacie Rioux et Lebel', 'pharmarl.example', ['labo', 'ordonnances']),
]

STREETS = ['rue des Épinettes', 'rue Principale', 'boulevard Sainte-Anne', 'rang du Petit-Brûlé', 'rue Saint-Jean-Baptiste',
           'avenue des Pins', 'chemin du Lac-Noir', 'rue de la Fabrique', 'rue Notre-Dame Est', 'rue des Cerisiers',
           'Maple Street', 'chemin des Patriotes', 'rue Lavoie', 'montée du Moulin', 'rue du Couvent']
TOWNS = [('Rivière-aux-Saules', 'G5X'), ('Pointe-Lévrard', 'G0K'), ('Sainte-Odile-des-Battures', 'G0L'),
         ('Trois-Chutes', 'G0L'), ('Saint-Rémi-du-Cap', 'G0K'), ('Lac-aux-Hérons', 'G0J')]
FOREIGN_PATIENTS = {
    'on': [('McIntyre', 'Heather', 'F', dt.date(1971, 8, 14)), ('Kowalski', 'Brandon', 'M', dt.date(1988, 2, 2)),
           ('Singh-Thompson', 'Aaron', 'M', dt.date(1955, 12, 30)), ('Lefebvre', 'Chantale', 'F', dt.date(1964, 5, 9))],
    'be': [('Peeters', 'Lotte', 'F', dt.date(1996, 4, 21)), ('Janssens', 'Wout', 'M', dt.date(1979, 9, 3)),
           ('Dubois', 'Amandine', 'F', dt.date(1985, 1, 27)), ('Claes', 'Bram', 'M', dt.date(2001, 7, 11))],
    'fr': [('Lefèvre', 'Camille', 'F', dt.date(1993, 6, 18)), ('Marchand', 'Théo', 'M', dt.date(1999, 3, 5)),
           ('Roussel', 'Aurélie', 'F', dt.date(1982, 10, 29)), ('Garnier', 'Hugo', 'M', dt.date(1975, 11, 8))],
}
EXTRA_PATIENTS = [('Turcotte', 'Réjeanne', 'F'), ('Lachance', 'Gaétan', 'M'), ('Bélisle', 'Yvette', 'F'),
                  ('Harvey', 'Kevin', 'M'), ('Dufresne', 'Lucie', 'F'), ('Bolduc', 'Raymond', 'M'),
                  ('St-Pierre', 'Mireille', 'F'), ('Vachon', 'Normand', 'M'), ('Murray', 'Patricia', 'F'),
                  ('Ferguson', 'Ian', 'M'), ('Thériault', 'Colette', 'F'), ('Grenier', 'Serge', 'M'),
                  ('Desjardins', 'Huguette', 'F'), ('Boucher', 'Ghislain', 'M'), ('Aubin', 'Karine', 'F'),
                  ('Lemay', 'Jocelyn', 'M'), ('Cormier', 'Danielle', 'F'), ('Ross', 'William', 'M'),
                  ('Larouche', 'Thérèse', 'F'), ('Poulin', 'Bertrand', 'M')]


class Patient:
    def __init__(self, surname, given, dob, sex, nam=None):
        self.surname, self.given, self.dob, self.sex, self.nam = surname, given, dob, sex, nam
        self.mrn = None
        self.phone = None
        self.street = None
        self.town = None
        self.postal = None

    def enrich(self, rng):
        self.mrn = '%07d' % rng.randrange(100000, 1999999)
        self.phone = '%s 555-%04d' % (rng.choice(['418', '581', '418']), rng.randrange(1000, 9999))
        self.street = '%d, %s' % (rng.randrange(12, 2900), rng.choice(STREETS))
        town, fsa = rng.choice(TOWNS)
        self.town = town
        self.postal = '%s %d%s%d' % (fsa, rng.randrange(1, 9), rng.choice('ABCEGHJKLMNPRSTVXY'), rng.randrange(0, 9))
        return self

    def address(self, lang='fr'):
        return '%s, %s (Québec) %s' % (self.street, self.town, self.postal) if lang == 'fr' else \
            '%s, %s, QC %s' % (self.street, self.town, self.postal)

    def civ(self, lang):
        if lang == 'fr':
            return 'Mme' if self.sex == 'F' else 'M.'
        return 'Ms.' if self.sex == 'F' else 'Mr.'

    def pron(self, lang):
        if lang == 'fr':
            return 'elle' if self.sex == 'F' else 'il'
        return 'she' if self.sex == 'F' else 'he'

    def e(self, lang, fem, masc):
        return fem if self.sex == 'F' else masc

    def nm(self, style, lang='fr'):
        s, g = self.surname, self.given
        if style == 'full':
            return '%s %s' % (g, s)
        if style == 'rev':
            return '%s, %s' % (s, g)
        if style == 'REV':
            return '%s, %s' % (s.upper(), g)
        if style == 'REVsp':
            return '%s %s' % (s.upper(), g)
        if style == 'sg':
            return '%s %s' % (s, g)
        if style == 'civ':
            return '%s %s' % (self.civ(lang), s)
        if style == 'civfull':
            return '%s %s %s' % (self.civ(lang), g, s)
        if style == 'init':
            return '%s. %s' % (g[0], s)
        if style == 'noacc':
            return strip_accents('%s %s' % (g, s))
        if style == 'lower':
            return strip_accents('%s %s' % (s, g)).lower()
        if style == 'surname':
            return s
        raise ValueError(style)

    def any_name(self, rng, lang):
        return self.nm(rng.choice(['full', 'full', 'rev', 'REV', 'sg', 'civfull', 'civ', 'noacc', 'REVsp']), lang)

    def age(self, when):
        return age_at(self.dob, when)


def load_nam_people():
    people = []
    with open(NAM_FILE, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            surname, given, dob, sex, nam = line.split()
            people.append(Patient(surname, given, dt.date.fromisoformat(dob), sex, nam))
    return people


# ---------------------------------------------------------------------------
# clinical vocabulary
# ---------------------------------------------------------------------------

# (dx_fr, dx_en, proc_fr, proc_en, surgeons, minutes)
SURG_CASES = [
    ('cholécystite lithiasique récidivante', 'recurrent calculous cholecystitis', 'cholécystectomie laparoscopique', 'laparoscopic cholecystectomy', ['cbouchard', 'afraser'], 75),
    ('hernie inguinale droite symptomatique', 'symptomatic right inguinal hernia', 'hernioplastie inguinale droite avec filet', 'right inguinal hernia repair with mesh', ['cbouchard', 'afraser'], 60),
    ('adénocarcinome du côlon sigmoïde', 'sigmoid colon adenocarcinoma', 'sigmoïdectomie laparoscopique', 'laparoscopic sigmoid colectomy', ['cbouchard', 'afraser'], 210),
    ('carcinome canalaire infiltrant du sein gauche', 'invasive ductal carcinoma, left breast', 'tumorectomie gauche + ganglion sentinelle', 'left lumpectomy + sentinel node biopsy', ['cbouchard'], 120),
    ('gonarthrose droite sévère', 'severe right knee osteoarthritis', 'prothèse totale du genou droit (PTG)', 'right total knee arthroplasty (TKA)', ['mlessard', 'jfroy'], 110),
    ('coxarthrose gauche', 'left hip osteoarthritis', 'prothèse totale de la hanche gauche (PTH)', 'left total hip arthroplasty (THA)', ['mlessard', 'jfroy'], 120),
    ('fracture sous-capitale du col fémoral droit', 'right subcapital femoral neck fracture', 'hémiarthroplastie de la hanche droite', 'right hip hemiarthroplasty', ['mlessard', 'jfroy'], 100),
    ('déchirure de la coiffe des rotateurs droite', 'right rotator cuff tear', "réparation arthroscopique de la coiffe", 'arthroscopic rotator cuff repair', ['jfroy'], 100),
    ("hyperplasie bénigne de la prostate avec rétention", 'benign prostatic hyperplasia with retention', 'résection transurétrale de la prostate (RTUP)', 'transurethral resection of prostate (TURP)', ['rpatel'], 75),
    ('lithiase urétérale gauche 8 mm', '8 mm left ureteric stone', 'urétéroscopie gauche + laser + tuteur JJ', 'left ureteroscopy + laser + JJ stent', ['rpatel'], 60),
    ('tumeur vésicale', 'bladder tumour', 'résection transurétrale de vessie (RTUV)', 'TURBT', ['rpatel'], 50),
    ('fibromes utérins symptomatiques avec ménorragies', 'symptomatic uterine fibroids with menorrhagia', 'hystérectomie totale laparoscopique', 'total laparoscopic hysterectomy', ['ifortin'], 150),
    ('kyste ovarien complexe droit', 'complex right ovarian cyst', 'kystectomie ovarienne par laparoscopie', 'laparoscopic ovarian cystectomy', ['ifortin'], 80),
    ("nodule thyroïdien Bethesda IV", 'Bethesda IV thyroid nodule', 'hémithyroïdectomie droite', 'right hemithyroidectomy', ['kobrien'], 90),
    ('amygdalites récidivantes', 'recurrent tonsillitis', 'amygdalectomie', 'tonsillectomy', ['kobrien'], 45),
    ('sténose carotidienne gauche symptomatique 80 %', 'symptomatic 80% left carotid stenosis', 'endartériectomie carotidienne gauche', 'left carotid endarterectomy', ['atremblay'], 130),
    ("ischémie critique du membre inférieur droit", 'critical limb ischaemia, right leg', 'pontage fémoro-poplité droit', 'right femoro-popliteal bypass', ['atremblay'], 240),
    ('carcinome basocellulaire du nez', 'basal cell carcinoma of the nose', 'exérèse + lambeau local', 'excision + local flap', ['scohen'], 60),
    ('syndrome du tunnel carpien bilatéral', 'bilateral carpal tunnel syndrome', 'décompression du canal carpien droit', 'right carpal tunnel release', ['scohen', 'jfroy'], 30),
    ('nodule pulmonaire LSD suspect', 'suspicious right upper lobe nodule', 'lobectomie supérieure droite par VATS', 'VATS right upper lobectomy', ['nhaddad'], 200),
    ('cataracte sénile OD', 'age-related cataract, right eye', 'phacoémulsification OD + LIO', 'right eye phacoemulsification + IOL', ['pgauthier'], 25),
    ('appendicite aiguë', 'acute appendicitis', 'appendicectomie laparoscopique', 'laparoscopic appendectomy', ['afraser', 'cbouchard'], 55),
]

# (dx_fr, dx_en)
MED_DX = [
    ('pneumonie lobaire droite', 'right lower lobe pneumonia'),
    ('MPOC exacerbée', 'COPD exacerbation'),
    ("insuffisance cardiaque décompensée (FEVG 30 %)", 'decompensated heart failure (LVEF 30%)'),
    ('diabète de type 2 mal contrôlé', 'poorly controlled type 2 diabetes'),
    ('fibrillation auriculaire rapide', 'atrial fibrillation with rapid ventricular response'),
    ('insuffisance rénale chronique stade 4', 'stage 4 chronic kidney disease'),
    ('cellulite du membre inférieur gauche', 'left leg cellulitis'),
    ('épisode dépressif majeur avec idées suicidaires', 'major depressive episode with suicidal ideation'),
    ("trouble lié à l'usage de l'alcool, sevrage", 'alcohol use disorder, withdrawal'),
    ('trouble neurocognitif majeur (Alzheimer)', "major neurocognitive disorder (Alzheimer's)"),
    ('anémie ferriprive sévère', 'severe iron-deficiency anaemia'),
    ('thrombose veineuse profonde fémorale gauche', 'left femoral deep vein thrombosis'),
    ('embolie pulmonaire segmentaire', 'segmental pulmonary embolism'),
    ('pyélonéphrite aiguë', 'acute pyelonephritis'),
    ('colite à C. difficile', 'C. difficile colitis'),
    ('lymphome diffus à grandes cellules B', 'diffuse large B-cell lymphoma'),
    ('cirrhose hépatique alcoolique avec ascite', 'alcoholic liver cirrhosis with ascites'),
    ('AVC ischémique sylvien gauche', 'left MCA ischaemic stroke'),
    ('schizophrénie, décompensation psychotique', 'schizophrenia, psychotic relapse'),
    ('hypothyroïdie', 'hypothyroidism'),
    ('VIH sous traitement', 'HIV on treatment'),
    ('sclérose en plaques récurrente-rémittente', 'relapsing-remitting multiple sclerosis'),
]

MEDS = ['apixaban 5 mg BID', 'warfarine selon RNI', 'metformine 1000 mg BID', 'insuline glargine 22 U HS',
        'hydromorphone 1 mg PO q4h PRN', 'acétaminophène 1 g QID', 'furosémide 40 mg die', 'ramipril 5 mg die',
        'bisoprolol 2,5 mg die', 'atorvastatine 40 mg HS', 'lévothyroxine 100 mcg die', 'prednisone 40 mg die',
        'méthotrexate 15 mg 1x/sem', 'clopidogrel 75 mg die', 'AAS 80 mg die', 'pantoprazole 40 mg die',
        'sertraline 100 mg die', 'quétiapine 50 mg HS', 'énoxaparine 40 mg SC die', 'rivaroxaban 20 mg die',
        'céfazoline 2 g IV', 'pipéracilline-tazobactam 4,5 g IV q8h', 'vancomycine PO 125 mg QID',
        'oxycodone 5 mg q6h PRN', 'gabapentine 300 mg TID', 'tamsulosine 0,4 mg die', 'lorazépam 1 mg HS PRN',
        'naltrexone 50 mg die', 'bictégravir/emtricitabine/ténofovir 1 co die', 'dulaglutide 1,5 mg SC 1x/sem']
MEDS_EN = ['apixaban 5 mg BID', 'warfarin per INR', 'metformin 1000 mg BID', 'insulin glargine 22 units HS',
           'hydromorphone 1 mg PO q4h PRN', 'acetaminophen 1 g QID', 'furosemide 40 mg daily', 'ramipril 5 mg daily',
           'bisoprolol 2.5 mg daily', 'atorvastatin 40 mg HS', 'levothyroxine 100 mcg daily', 'prednisone 40 mg daily',
           'methotrexate 15 mg weekly', 'clopidogrel 75 mg daily', 'ASA 81 mg daily', 'pantoprazole 40 mg daily',
           'sertraline 100 mg daily', 'quetiapine 50 mg HS', 'enoxaparin 40 mg SC daily', 'rivaroxaban 20 mg daily',
           'cefazolin 2 g IV', 'piperacillin-tazobactam 4.5 g IV q8h', 'oral vancomycin 125 mg QID',
           'oxycodone 5 mg q6h PRN', 'gabapentin 300 mg TID', 'tamsulosin 0.4 mg daily', 'lorazepam 1 mg HS PRN',
           'naltrexone 50 mg daily', 'bictegravir/emtricitabine/tenofovir 1 tab daily', 'dulaglutide 1.5 mg SC weekly']


def meds(lang, rng, k):
    idx = rng.sample(range(len(MEDS)), k)
    return [MEDS[i] if lang == 'fr' else MEDS_EN[i] for i in idx]


# (label_fr, label_en, unit, lo, hi, decimals)
LABS = [
    ('Hb', 'Hb', 'g/L', 62, 95, 0), ('K', 'K', 'mmol/L', 2.6, 6.4, 1), ('Na', 'Na', 'mmol/L', 118, 128, 0),
    ('créatinine', 'creatinine', 'µmol/L', 160, 480, 0), ('RNI', 'INR', '', 3.2, 6.8, 1),
    ('troponine hs', 'hs-troponin', 'ng/L', 48, 2400, 0), ('CRP', 'CRP', 'mg/L', 85, 310, 0),
    ('leucocytes', 'WBC', 'x10^9/L', 14.1, 28.0, 1), ('plaquettes', 'platelets', 'x10^9/L', 18, 60, 0),
    ('HbA1c', 'HbA1c', '%', 8.6, 12.4, 1), ('TSH', 'TSH', 'mUI/L', 0.01, 0.05, 2), ('lactate', 'lactate', 'mmol/L', 3.1, 6.9, 1),
    ('DFGe', 'eGFR', 'mL/min/1,73m2', 11, 29, 0), ('ferritine', 'ferritin', 'µg/L', 3, 9, 0),
]


def lab_values(lang, rng, k):
    out = []
    for lab in rng.sample(LABS, k):
        lf, le, unit, lo, hi, nd = lab
        v = rng.uniform(lo, hi)
        vs = dec(v, lang, nd) if nd else str(int(round(v)))
        if lang == 'en':
            unit = unit.replace('1,73', '1.73')
        out.append(('%s %s %s' % (L(lang, lf, le), vs, unit)).strip())
    return out


SOCIAL_FR = ['vit seule, sans réseau de soutien', "aidante naturelle (fille) épuisée, demande d'hébergement en cours",
             'en situation d\'itinérance depuis 3 mois', 'signalement DPJ effectué pour les enfants à la maison',
             'contexte de violence conjugale, conjoint sous interdit de contact', 'sous régime de protection (curatelle publique)',
             'perte de logement le 1er juillet, refuge temporaire', 'insécurité alimentaire, aide de dernier recours',
             'vient de sortir de détention', 'conjoint hospitalisé, personne pour l\'accompagner',
             'consommation active de fentanyl, suivi au centre de réadaptation en dépendance']
SOCIAL_EN = ['lives alone, no support network', 'caregiver (daughter) exhausted, long-term placement request in progress',
             'homeless for the past 3 months', 'youth protection (DPJ) report filed for the children at home',
             'domestic violence context, partner under no-contact order', 'under public curatorship',
             'losing housing on July 1, temporary shelter', 'food insecurity, on last-resort financial assistance',
             'recently released from detention', 'spouse is hospitalised, nobody to accompany the patient',
             'active fentanyl use, followed at the addiction rehab centre']


def social(lang, rng):
    i = rng.randrange(len(SOCIAL_FR))
    return SOCIAL_FR[i] if lang == 'fr' else SOCIAL_EN[i]


ORGANISMS = [('SARM', 'MRSA'), ('ERV', 'VRE'), ('C. difficile', 'C. difficile'), ('EPC (KPC)', 'CPE (KPC)'),
             ('influenza A', 'influenza A'), ('SARS-CoV-2', 'SARS-CoV-2'), ('gale', 'scabies'), ('tuberculose pulmonaire', 'pulmonary TB')]
UNITS = ['4B', '3A', '5C', '2 Nord', '6 Ouest', 'USI', 'UCDG', '1C', 'SDPA']


# ---------------------------------------------------------------------------
# per-message context
# ---------------------------------------------------------------------------

class World:
    def __init__(self, seed):
        self.seed = seed
        self.nam_people = load_nam_people()
        for p in self.nam_people:
            p.enrich(random.Random('%d:pt:%s' % (seed, p.nam)))
        order = list(range(len(self.nam_people)))
        random.Random('%d:namorder' % seed).shuffle(order)
        self.nam_order = order
        self.nam_cursor = 0
        self.extra = []
        rr = random.Random('%d:extra' % seed)
        for sur, giv, sex in EXTRA_PATIENTS:
            dob = dt.date(rr.randrange(1932, 2012), rr.randrange(1, 13), rr.randrange(1, 29))
            self.extra.append(Patient(sur, giv, dob, sex).enrich(rr))
        self.foreign = {}
        for k, lst in FOREIGN_PATIENTS.items():
            self.foreign[k] = [Patient(s, g, d, x).enrich(rr) for s, g, x, d in lst]
        for p in self.foreign['on']:
            p.ohip = make_ohip(rr)
            p.town, p.postal = rr.choice([('Hawkesford', 'K6A 2R4'), ('Orléansville', 'K4A 1M7')])
            p.street = '%d %s' % (rr.randrange(10, 900), rr.choice(['Maple Crescent', 'Main Street East', 'Riverside Drive']))
        for p in self.foreign['be']:
            p.niss = make_niss(rr, p.dob, p.sex)
        for p in self.foreign['fr']:
            p.nir = make_nir(rr, p.dob, p.sex)
        self.sin_cache = {}

    def next_nam(self):
        p = self.nam_people[self.nam_order[self.nam_cursor % len(self.nam_order)]]
        self.nam_cursor += 1
        return p


class Ctx:
    def __init__(self, world, r, lang, when, seq):
        self.w, self.r, self.lang, self.when, self.seq = world, r, lang, when, seq
        self.types = set()

    # language / random helpers
    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def pick(self, seq):
        return self.r.choice(seq)

    def chance(self, p):
        return self.r.random() < p

    def S(self, key):
        return STAFF[key]

    def d(self, day, style=None):
        return fdate(day, self.lang, style, self.r)

    def future(self, lo, hi):
        return (self.when + dt.timedelta(days=self.r.randrange(lo, hi))).date()

    def past(self, lo, hi):
        return (self.when - dt.timedelta(days=self.r.randrange(lo, hi))).date()

    def sig(self, s, disclaimer=None):
        return signature(s, self.lang, self.r, disclaimer)

    def hello(self, who=None):
        if who:
            return self.pick(self.L(['Bonjour %s,' % who, 'Salut %s,' % who, 'Bonjour %s' % who, '%s,' % who],
                                    ['Hi %s,' % who, 'Hello %s,' % who, '%s,' % who, 'Good morning %s,' % who]))
        return self.pick(self.L(['Bonjour,', 'Bonjour à tous,', 'Allo,', 'Bonjour'], ['Hi,', 'Hello,', 'Hi all,', 'Good morning,']))

    def thanks(self):
        return self.pick(self.L(['Merci!', 'Merci beaucoup', 'Merci de votre collaboration.', 'Bonne journée,', 'Merci'],
                                ['Thanks!', 'Thank you,', 'Thanks for your help.', 'Best regards,', 'Thx']))

    def ext(self, org_idx=None):
        org, dom, boxes = EXTERNAL[org_idx] if org_idx is not None else self.pick(EXTERNAL)
        box = self.pick(boxes)
        return ('%s - %s' % (org, box.replace('.', ' ').title()) if self.chance(0.5) else '', '%s@%s' % (box, dom))

    # typed patient facts (only used by positives)
    def add(self, *t):
        for x in t:
            assert x in ALLOWED_TYPES, x
            self.types.add(x)

    def pname(self, pt, style=None):
        self.add('patient_name')
        if style is None:
            return pt.any_name(self.r, self.lang)
        return pt.nm(style, self.lang)

    def pdob(self, pt, style=None):
        self.add('date_of_birth')
        return fdate(pt.dob, self.lang, style or self.pick(['iso', 'iso', 'slash', 'long', 'short']), self.r)

    def pnam(self, pt, style=None):
        self.add('ramq_nam')
        return fmt_nam(pt.nam, self.r, style)

    def pmrn(self, pt):
        self.add('mrn')
        site = self.pick(['HRS', 'HRS', 'CHPL', 'HNDB'])
        return self.pick([pt.mrn, pt.mrn, '%s-%s' % (site, pt.mrn), '%s %s' % (site, pt.mrn), pt.mrn.lstrip('0')])

    def pphone(self, pt):
        self.add('patient_contact')
        return pt.phone

    def paddr(self, pt):
        self.add('patient_contact')
        return pt.address(self.lang)

    def dx(self, text):
        self.add('diagnosis')
        return text

    def meds(self, k):
        self.add('medication')
        return meds(self.lang, self.r, k)

    def med(self, text):
        self.add('medication')
        return text

    def labs(self, k):
        self.add('lab_result')
        return lab_values(self.lang, self.r, k)

    def soc(self):
        self.add('social_information')
        return social(self.lang, self.r)

    def surg(self, pt=None):
        pool = SURG_CASES
        if pt is not None:
            pool = [x for x in SURG_CASES if not (pt.sex == 'M' and x[4] == ['ifortin']) and not (pt.sex == 'M' and 'sein' in x[0])
                    and not (pt.sex == 'F' and ('prostate' in x[0]))]
        case = self.pick(pool)
        dxf, dxe, prf, pre, surgeons, mins = case
        return {'dx': self.L(dxf, dxe), 'proc': self.L(prf, pre), 'surgeon': STAFF[self.pick(surgeons)], 'mins': mins}

    def mdx(self):
        return self.L(*self.pick(MED_DX))

    def nam_pt(self):
        return self.w.next_nam()

    def extra_pt(self):
        return self.pick(self.w.extra)

    def any_pt(self):
        return self.nam_pt() if self.chance(0.6) else self.extra_pt()

    def sin_for(self, pt):
        key = (pt.surname, pt.given, pt.dob)
        if key not in self.w.sin_cache:
            self.w.sin_cache[key] = make_sin(random.Random('%d:sin:%s:%s' % (self.w.seed, pt.surname, pt.dob)))
        return self.w.sin_cache[key]

    def mid(self, dom=DOMAIN):
        return '<%s@%s>' % (''.join(self.pick('0123456789ABCDEF') for _ in range(20)), dom)


def quote(c, who, when, text, subject='', to='', style=None):
    """Quoted earlier message in one of the common client styles."""
    style = style or c.pick(['gt', 'outlook', 'outlook', 'gt'])
    name, addr = who
    if style == 'outlook':
        hdr = c.L('De : %s <%s>\nEnvoyé : %s %s\nÀ : %s\nObjet : %s',
                  'From: %s <%s>\nSent: %s %s\nTo: %s\nSubject: %s')
        return '\n\n________________________________\n' + (hdr % (
            name, addr, fdate(when.date(), c.lang, 'daymonth'), when.strftime('%H:%M'), to, subject)) + '\n\n' + text
    lead = c.L('Le %s à %s, %s <%s> a écrit :' % (fdate(when.date(), 'fr', 'long'), when.strftime('%H:%M'), name, addr),
               'On %s at %s, %s <%s> wrote:' % (fdate(when.date(), 'en', 'daymonth'), when.strftime('%H:%M'), name, addr))
    return '\n\n' + lead + '\n' + '\n'.join(('> ' + x) if x else '>' for x in text.split('\n'))


def inline_forward(c, who, to, when, subject, text):
    lead = c.L('---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s',
               '---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s')
    return '\n\n' + lead % (who[0], who[1], format_datetime(when), subject, to) + '\n\n' + text


def inner_eml(c, sender, to, subject, text, when, atts=()):
    m = Msg(sender=sender, to=to, subject=subject, text=text, date=when, text_only=c.chance(0.6))
    m.atts = list(atts)
    rr = random.Random('%d:inner:%d:%s' % (c.w.seed, c.seq, subject))
    return Renderer(rr, c.seq * 100 + 1, safe7=True).build(m, c.lang, 'lf', top=False)


# ---------------------------------------------------------------------------
# template registry
# ---------------------------------------------------------------------------

POS, NEG = [], []


def pos(name, weight=1):
    def deco(f):
        POS.append((name, f, weight))
        return f
    return deco


def neg(name, weight=1):
    def deco(f):
        NEG.append((name, f, weight))
        return f
    return deco


def ident(c, pt, fields, fmt=None, name_style=None):
    """Patient identity in one of several shapes; records the finding types."""
    fmt = fmt or c.pick(['lines', 'inline', 'inline', 'pipe'])
    parts = []
    for f in fields:
        if f == 'name':
            parts.append((c.L('Nom', 'Name'), c.pname(pt, name_style)))
        elif f == 'dob':
            parts.append((c.pick(c.L(['DDN', 'Date de naissance', 'né(e) le'], ['DOB', 'Date of birth', 'DOB'])), c.pdob(pt)))
        elif f == 'nam' and pt.nam:
            parts.append((c.pick(c.L(['NAM', 'RAMQ', 'No RAMQ', 'Carte soleil'], ['RAMQ', 'Medicare #', 'RAMQ no.', 'HIN'])), c.pnam(pt)))
        elif f == 'mrn':
            parts.append((c.pick(c.L(['Dossier', 'No dossier', '# dossier', 'MRN'], ['MRN', 'Chart #', 'Chart no.', 'File #'])), c.pmrn(pt)))
        elif f == 'age':
            parts.append((c.L('Âge', 'Age'), c.L('%d ans', '%d y.o.') % pt.age(c.when.date())))
        elif f == 'phone':
            parts.append((c.L('Tél.', 'Phone'), c.pphone(pt)))
        elif f == 'addr':
            parts.append((c.L('Adresse', 'Address'), c.paddr(pt)))
    if fmt == 'lines':
        return '\n'.join('%s : %s' % kv if c.lang == 'fr' else '%s: %s' % kv for kv in parts)
    if fmt == 'pipe':
        return ' | '.join(v for _, v in parts)
    head = parts[0][1] if parts and parts[0][0] in ('Nom', 'Name') else None
    rest = parts[1:] if head else parts
    inner = ', '.join('%s %s' % kv for kv in rest)
    return ('%s (%s)' % (head, inner) if rest else head) if head else inner


def sender_to(c, skey, tos, ccs=()):
    return dict(sender=c.S(skey).addr(c.lang, c.chance(0.5)),
                to=[STAFF[t].addr(c.lang) if t in STAFF else t for t in tos],
                cc=[STAFF[t].addr(c.lang) if t in STAFF else t for t in ccs])


# ---------------------------------------------------------------------------
# POSITIVE templates (clinical mail)
# ---------------------------------------------------------------------------

@pos('referral', 2)
def p_referral(c):
    pt = c.nam_pt() if c.chance(0.75) else c.extra_pt()
    sk = c.pick(['lcampbell', 'jmorin', 'dleblanc', 'slapointe', 'hpaquette', 'bsingh'])
    snd = c.S(sk)
    if c.chance(0.6):
        case = c.surg(pt)
        tgt = case['surgeon']
        dx = c.dx(case['dx'])
        spec = tgt.role(c.lang).lower()
    else:
        tgt = c.S(c.pick(['hpelletier', 'dwong', 'ksavard', 'onadeau', 'ethibault']))
        dx = c.dx(c.mdx())
        spec = tgt.role(c.lang).lower()
    fields = ['name', 'dob'] + (['nam'] if pt.nam else ['mrn']) + (['mrn'] if pt.nam and c.chance(0.3) else [])
    fmt = c.pick(['lines', 'inline', 'inline', 'pipe'])
    idt = ident(c, pt, fields, fmt)
    if fmt == 'lines':
        idt = ':\n' + idt + '\n'
    rx = c.meds(c.r.randrange(2, 5)) if c.chance(0.8) else []
    labs = c.labs(2) if c.chance(0.4) else []
    prio = c.pick(['A', 'B', 'C', 'D'])
    if c.lang == 'fr':
        body = ['%s\n' % c.hello(tgt.dr('fr')),
                c.pick(['Je vous adresse ', 'Merci de voir ', 'Demande de consultation pour ']).rstrip() + ('' if fmt == 'lines' else ' ') + idt + ('' if fmt == 'lines' else '.'),
                '', 'Motif : ' + dx,
                c.pick(['Sx depuis env. 3 mois, progression malgré tx conservateur.', "Patient%s vu%s à l'urgence x2 dans le dernier mois." % ((pt.e('fr', 'e', ''),) * 2),
                        'Investigation faite en GMF, voir résultats.', 'Famille inquiète, souhaite un avis rapide.'])]
        if rx:
            body += ['', 'Médication actuelle :'] + ['- ' + x for x in rx]
        if labs:
            body += ['', 'Labos récents : ' + ', '.join(labs)]
        body += ['', 'Priorité demandée : %s' % prio, '', c.thanks(), c.sig(snd)]
        subj = c.pick(['Demande de consultation - %s' % spec, 'Consultation %s - %s' % (spec, pt.nm('surname')), 'DC ' + spec, 'Référence'])
    else:
        body = ['%s\n' % c.hello(tgt.dr('en')),
                c.pick(['I am referring ', 'Could you please see ', 'Consult request for ']).rstrip() + ('' if fmt == 'lines' else ' ') + idt + ('' if fmt == 'lines' else '.'),
                '', 'Reason: ' + dx,
                c.pick(['Symptoms for ~3 months, worse despite conservative tx.', 'Seen in the ED twice last month.',
                        'Work-up done at the clinic, see results.', 'Family anxious, would appreciate a prompt opinion.'])]
        if rx:
            body += ['', 'Current meds:'] + ['- ' + x for x in rx]
        if labs:
            body += ['', 'Recent labs: ' + ', '.join(labs)]
        body += ['', 'Requested priority: %s' % prio, '', c.thanks(), c.sig(snd)]
        subj = c.pick(['Consultation request - %s' % spec, 'Referral %s - %s' % (spec, pt.nm('surname')), 'Referral', 'consult ' + spec])
    if 'patient_name' in c.types and pt.nm('surname') in subj:
        pass
    text = '\n'.join(body)
    m = Msg(subject=subj, **sender_to(c, sk, [tgt.key], [c.pick(['flabrecque', 'dwalsh', 'acote'])] if c.chance(0.4) else []))
    if c.chance(0.5):
        # move the clinical content into a PDF attachment
        fn = c.pick(['consultation_%s_%s.pdf' % (strip_accents(pt.surname).lower(), c.when.strftime('%Y%m%d')),
                     'DC_%s.pdf' % c.when.strftime('%Y-%m-%d'), 'Demande consultation.pdf', 'referral.pdf'])
        pdf = make_pdf(c.L('Demande de consultation', 'Consultation request'), text.split('\n'), snd.name())
        m.atts.append(Att(fn, 'application/pdf', pdf))
        m.text = c.L('Bonjour,\n\nVoir la demande ci-jointe.\n', 'Hi,\n\nPlease see attached referral.\n') + c.sig(snd)
        m.note = 'referral; details in PDF attachment'
    else:
        m.text = text
        m.note = 'referral in body'
    return m


@pos('or_booking', 2)
def p_or_booking(c):
    pt = c.nam_pt() if c.chance(0.7) else c.extra_pt()
    case = c.surg(pt)
    surgeon = case['surgeon']
    sk = c.pick([surgeon.key, 'flabrecque', 'dwalsh'])
    clerk = c.pick(['acote', 'lmurphy'])
    dx = c.dx(case['dx'])
    want = c.future(10, 90)
    anticoag = c.pick([None, c.L('apixaban - cesser 48 h avant', 'apixaban - hold 48 h pre-op'),
                       c.L('clopidogrel - cesser 7 j avant', 'clopidogrel - hold 7 days pre-op'),
                       c.L('warfarine - relais selon clinique anticoag', 'warfarin - bridging per anticoag clinic')])
    if anticoag:
        c.add('medication')
    allergy = c.pick([c.L('aucune', 'none'), c.L('pénicilline (urticaire)', 'penicillin (hives)'), c.L('latex', 'latex'),
                      c.L('sulfa', 'sulfa'), c.L('codéine (nausées)', 'codeine (nausea)')])
    if allergy not in ('aucune', 'none', 'latex'):
        c.add('medication')
    rows = [(c.L('Patient', 'Patient'), c.pname(pt, c.pick(['REV', 'rev', 'full', 'sg']))),
            (c.L('DDN', 'DOB'), c.pdob(pt))]
    if pt.nam and c.chance(0.8):
        rows.append(('NAM' if c.lang == 'fr' else 'RAMQ', c.pnam(pt)))
    rows.append((c.L('Dossier', 'MRN'), c.pmrn(pt)))
    rows += [(c.L('Chirurgien', 'Surgeon'), surgeon.dr(c.lang)),
             (c.L('Intervention', 'Procedure'), case['proc']),
             (c.L('Diagnostic', 'Diagnosis'), dx),
             (c.L('Durée prévue', 'Est. duration'), '%d min' % case['mins']),
             (c.L('Priorité', 'Priority'), c.pick(['P2', 'P3', 'P4', 'A', 'B', 'C'])),
             (c.L('Anesthésie', 'Anaesthesia'), c.pick(c.L(['générale', 'rachi', 'locale + sédation'], ['general', 'spinal', 'local + sedation']))),
             (c.L('Allergies', 'Allergies'), allergy),
             (c.L('Anticoagulant', 'Anticoagulant'), anticoag or c.L('non', 'no')),
             (c.L('Date souhaitée', 'Requested date'), c.d(want)),
             (c.L('Clinique préop', 'Pre-op clinic'), c.pick(c.L(['oui', 'non requise', 'téléphonique'], ['yes', 'not required', 'phone']))),
             (c.L('Lit post-op', 'Post-op bed'), c.pick(c.L(['chirurgie d\'un jour', 'hospitalisation 4B', 'USI'], ['day surgery', 'inpatient 4B', 'ICU'])))]
    subj = c.pick([c.L('Réservation bloc - %s', 'OR booking - %s') % pt.nm(c.pick(['surname', 'REVsp'])),
                   c.L('Réservation salle d\'op', 'OR booking request'), c.L('Formulaire réservation op.', 'booking form'),
                   c.L('Cas à céduler - ', 'Case to book - ') + surgeon.dr(c.lang)])
    m = Msg(subject=subj, **sender_to(c, sk, [clerk], ['jhamel'] if c.chance(0.3) else []))
    snd = c.S(sk)
    if c.chance(0.5):
        docx = make_docx(c.L('Formulaire de réservation opératoire', 'Operating Room Booking Form'),
                         [c.L('CIUSSS de l\'Estuaire-et-des-Monts - Bloc opératoire', 'CIUSSS de l\'Estuaire-et-des-Monts - Operating Room')],
                         [list(r) for r in rows], snd.name())
        fn = c.pick(['reservation_bloc_%s.docx' % strip_accents(pt.surname), 'Booking_%s.docx' % c.when.strftime('%Y%m%d'),
                     'Réservation opératoire.docx'])
        m.atts.append(Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx))
        m.text = '%s\n\n%s\n\n%s%s' % (c.hello(c.S(clerk).first), c.L('Nouveau cas à céduler, formulaire en pièce jointe. Consentement signé au dossier.',
                                                                      'New case to book, form attached. Consent signed and in chart.'), c.thanks(), c.sig(snd))
        m.note = 'OR booking; DOCX form attached'
    else:
        tbl = '\n'.join('%s : %s' % r if c.lang == 'fr' else '%s: %s' % r for r in rows)
        m.text = '%s\n\n%s\n\n%s\n\n%s%s' % (c.hello(c.S(clerk).first), c.L('Voici un cas à céduler :', 'Please book the following:'), tbl,
                                             c.thanks(), c.sig(snd))
        if c.chance(0.4):
            m.html = html_doc('<p>%s</p><p>%s</p>%s<p>%s</p>' % (c.hello(c.S(clerk).first), c.L('Voici un cas à céduler :', 'Please book the following:'),
                                                                html_table([(c.L('Champ', 'Field'), c.L('Valeur', 'Value'))] + rows), c.thanks()))
        m.note = 'OR booking in body'
    return m


@pos('postop_followup', 2)
def p_postop(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    case = c.surg(pt)
    surgeon = case['surgeon']
    opday = c.past(2, 20)
    fu = c.future(20, 50)
    comp = c.pick(c.L(['Évolution simple.', 'Iléus post-op résolu J4.', 'Infection de plaie superficielle, sous céphalexine.',
                       'Rétention urinaire transitoire, sonde retirée J2.', 'Anémie post-op, transfusé 1 culot.'],
                      ['Uneventful course.', 'Post-op ileus, resolved POD4.', 'Superficial wound infection, on cephalexin.',
                       'Transient urinary retention, catheter removed POD2.', 'Post-op anaemia, 1 unit PRBC given.']))
    if 'céphalexine' in comp or 'cephalexin' in comp:
        c.add('medication')
    c.dx(case['proc'])
    rx = c.meds(2)
    who = c.pname(pt, c.pick(['civfull', 'full', 'civ', 'sg', 'noacc']))
    extra = ''
    if c.chance(0.5):
        extra = c.L(' (dossier %s)', ' (MRN %s)') % c.pmrn(pt)
    path = c.pick(c.L(['Patho en attente.', 'Patho : bénin.', 'Patho : marges saines, 0/3 ganglions.', ''],
                      ['Pathology pending.', 'Path: benign.', 'Path: clear margins, 0/3 nodes.', '']))
    tgt = c.pick([('lcampbell',), ('ext',)])
    to = [c.S('lcampbell').addr(c.lang)] if tgt[0] == 'lcampbell' else [c.ext(c.pick([0, 1, 2]))]
    if c.lang == 'fr':
        text = '%s\n\nPetit suivi pour %s%s, opéré%s le %s : %s.\n%s %s\n\nRx au congé : %s.\nRevoir à ma clinique le %s. Merci de vérifier la plaie d\'ici là.\n\n%s%s' % (
            c.hello(), who, extra, pt.e('fr', 'e', ''), c.d(opday), case['proc'], comp, path, '; '.join(rx), c.d(fu, 'long'), c.thanks(), c.sig(surgeon))
        subj = c.pick(['Suivi post-op %s' % pt.nm('surname'), 'Suivi post-opératoire', 'Congé chirurgie - suivi', 'RE: suivi post-op'])
    else:
        text = '%s\n\nQuick follow-up on %s%s, who had %s on %s.\n%s %s\n\nDischarge meds: %s.\nI will see %s back in clinic on %s. Please check the incision before then.\n\n%s%s' % (
            c.hello(), who, extra, case['proc'], c.d(opday), comp, path, '; '.join(rx), c.L('la', 'her') if pt.sex == 'F' else 'him',
            c.d(fu, 'long'), c.thanks(), c.sig(surgeon))
        subj = c.pick(['Post-op follow-up %s' % pt.nm('surname'), 'Post-op follow up', 'Discharge - surgery f/u', 'RE: post op'])
    if 'patient_name' in c.types and not c.chance(0.99):
        pass
    m = Msg(subject=subj, sender=surgeon.addr(c.lang, True), to=to,
            cc=[c.S(c.pick(['flabrecque', 'dwalsh'])).addr(c.lang)] if c.chance(0.4) else [], text=text,
            note='post-op follow-up')
    if c.chance(0.5):
        start = dt.datetime.combine(fu, dt.time(c.r.choice([8, 9, 10, 13, 14]), c.r.choice([0, 15, 30, 45])))
        summ = c.L('Suivi post-op - %s', 'Post-op visit - %s') % pt.nm(c.pick(['sg', 'full', 'rev']))
        ics = make_ics('%d-fu@%s' % (c.seq, DOMAIN), summ, start, 20, c.L('Clinique de chirurgie, 2e étage', 'Surgery clinic, 2nd floor'),
                       c.L('Suivi %s. Apporter liste de médicaments.', 'Follow-up %s. Bring medication list.') % case['proc'],
                       surgeon.addr(c.lang), [to[0]])
        m.atts.append(Att('rendez-vous.ics' if c.lang == 'fr' else 'appointment.ics', 'text/calendar', ics, 'utf-8'))
        m.note += '; ICS appointment with patient name'
    return m


@pos('lab_critical', 2)
def p_lab(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    sk = c.pick(['knguyen', 'ylemieux'])
    doc = c.S(c.pick(PHYSICIANS + ['bsingh']))
    vals = c.labs(c.r.randrange(1, 4))
    when = c.when - dt.timedelta(minutes=c.r.randrange(10, 90))
    idt = ident(c, pt, c.pick([['name', 'mrn'], ['name', 'dob'], ['mrn', 'name'], ['name', 'mrn', 'dob']]), c.pick(['inline', 'inline', 'pipe']))
    if c.lang == 'fr':
        text = '%s\n\nValeur%s critique%s pour %s :\n%s\nPrélevé à %s, unité %s. Appel fait à l\'infirmière (%s), pas de réponse du médecin de garde.\n\n%s' % (
            c.hello(doc.dr('fr')), 's' if len(vals) > 1 else '', 's' if len(vals) > 1 else '', idt, '\n'.join('  ' + v for v in vals),
            when.strftime('%H h %M'), c.pick(UNITS), c.pick(['Mélanie', 'poste 24120', 'ASI']), c.sig(c.S(sk)))
        subj = c.pick(['VALEUR CRITIQUE', 'Valeur critique - %s' % c.pick(UNITS), 'Résultat critique labo', 'URGENT labo'])
    else:
        text = '%s\n\nCritical value%s for %s:\n%s\nCollected at %s, unit %s. Nurse notified (%s); on-call physician not reachable.\n\n%s' % (
            c.hello(doc.dr('en')), 's' if len(vals) > 1 else '', idt, '\n'.join('  ' + v for v in vals),
            when.strftime('%H:%M'), c.pick(UNITS), c.pick(['ext. 24120', 'charge nurse', 'Geneviève']), c.sig(c.S(sk)))
        subj = c.pick(['CRITICAL VALUE', 'Critical lab result', 'Critical result - unit %s' % c.pick(UNITS), 'URGENT lab'])
    m = Msg(subject=subj, sender=c.S(sk).addr(c.lang), to=[doc.addr(c.lang, True)], text=text, importance='High',
            note='critical lab value')
    if c.chance(0.45):
        # a CSV of the day's abnormal results for several patients
        rows = [[c.L('Dossier', 'MRN'), c.L('Nom', 'Name'), c.L('Analyse', 'Test'), c.L('Résultat', 'Result'), c.L('Prélèvement', 'Collected')]]
        for p in [pt] + c.r.sample(c.w.extra, 3):
            v = lab_values(c.lang, c.r, 1)[0]
            rows.append([p.mrn, p.nm('REV'), v.split(' ')[0], ' '.join(v.split(' ')[1:]), when.strftime('%Y-%m-%d %H:%M')])
        c.add('mrn', 'patient_name', 'lab_result')
        m.atts.append(Att(c.pick(['resultats_anormaux.csv', 'abnormal_results.csv', 'export_LIS_%s.csv' % when.strftime('%Y%m%d')]),
                          'text/csv', make_csv(rows, c.pick([',', ';'])), c.pick(['utf-8', 'windows-1252'])))
        m.note += '; CSV of abnormal results'
    return m


@pos('pathology', 2)
def p_path(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    case = c.surg(pt)
    surgeon = case['surgeon']
    path = c.S('rgoldberg')
    spec = 'S%s-%05d' % (c.when.strftime('%y'), c.r.randrange(1, 40000))
    res = c.pick(c.L(['adénocarcinome moyennement différencié, pT3 N1a (1/18), marges libres',
                      'carcinome canalaire infiltrant grade 2, 1,4 cm, RE+ RP+ HER2-, ganglion sentinelle négatif',
                      'carcinome papillaire de la thyroïde, 1,1 cm, variante classique', 'lésion bénigne, pas de malignité',
                      'carcinome urothélial papillaire de haut grade, sans invasion du muscle'],
                     ['moderately differentiated adenocarcinoma, pT3 N1a (1/18), margins clear',
                      'invasive ductal carcinoma grade 2, 1.4 cm, ER+ PR+ HER2-, sentinel node negative',
                      'papillary thyroid carcinoma, 1.1 cm, classic variant', 'benign lesion, no malignancy',
                      'high-grade papillary urothelial carcinoma, no muscle invasion']))
    c.dx(res)
    nm = c.pname(pt, c.pick(['REV', 'sg', 'full', 'REVsp']))
    ids = []
    if c.chance(0.7):
        ids.append(c.L('dossier ', 'MRN ') + c.pmrn(pt))
    if pt.nam and c.chance(0.4):
        ids.append(c.pnam(pt))
    first = c.L('Résultat final spécimen %s - %s%s :\n%s\n\nRapport signé dans le SIL. Je vous laisse aviser %s.' % (
        spec, nm, (' (' + ', '.join(ids) + ')') if ids else '', res, pt.e('fr', 'la patiente', 'le patient')),
        'Final result, specimen %s - %s%s:\n%s\n\nReport signed in the LIS. I will let you inform the patient.' % (
        spec, nm, (' (' + ', '.join(ids) + ')') if ids else '', res))
    first_full = '%s\n\n%s\n%s' % (c.hello(surgeon.dr(c.lang)), first, c.sig(path))
    subj0 = c.L('Résultat patho %s', 'Path result %s') % spec
    if c.chance(0.55):
        # surgeon forwards / replies to the nurse navigator
        nav = c.S('mgagnon')
        t0 = c.when - dt.timedelta(hours=c.r.randrange(2, 30))
        text = c.pick(c.L(['Mélanie, peux-tu l\'appeler pour devancer le RV? On présente au comité des tumeurs jeudi.',
                           'FYI - à mettre à l\'agenda du comité des tumeurs.', 'Svp planifier RV cette semaine. Merci'],
                          ['Mélanie, can you call to move the appointment up? We will present at tumour board Thursday.',
                           'FYI - please add to tumour board.', 'Please book a visit this week. Thanks'])) + c.sig(surgeon)
        text += quote(c, path.addr(c.lang, True), t0, first_full, subj0, surgeon.name(c.lang, True))
        m = Msg(subject=c.pick(['TR: ', 'Fwd: ', 'RE: ']) + subj0, sender=surgeon.addr(c.lang, True), to=[nav.addr(c.lang)], text=text,
                reply_to_id=c.mid(), note='pathology result, forwarded/replied with quote')
    else:
        m = Msg(subject=subj0, sender=path.addr(c.lang, True), to=[surgeon.addr(c.lang, True)], text=first_full,
                note='pathology result')
        if c.chance(0.5):
            pdf = make_pdf(c.L('Rapport de pathologie ', 'Pathology report ') + spec, first.split('\n'), path.name(), compress=c.chance(0.5))
            m.atts.append(Att(c.pick(['%s.pdf' % spec, 'patho_%s_%s.pdf' % (spec, strip_accents(pt.surname).lower())]), 'application/pdf', pdf))
            m.text = c.L('%s\n\nRapport final ci-joint (spécimen %s).\n%s', '%s\n\nFinal report attached (specimen %s).\n%s') % (
                c.hello(surgeon.dr(c.lang)), spec, c.sig(path))
            m.note += ' (PDF report)'
    return m


@pos('imaging_report')
def p_imaging(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    rad = c.S('abenali')
    doc = c.S(c.pick(PHYSICIANS + SURGEONS))
    exam, find = c.pick(c.L(
        [('TDM thoraco-abdo-pelvienne', 'Masse pancréatique céphalique de 3,2 cm avec dilatation des voies biliaires. Lésions hépatiques suspectes de métastases.'),
         ('TDM cérébrale', 'Hypodensité sylvienne gauche compatible avec AVC ischémique subaigu. Pas d\'hémorragie.'),
         ('Angio-TDM pulmonaire', 'Embolie pulmonaire segmentaire lobe inférieur droit. VD normal.'),
         ('Échographie abdominale', 'Cholécystite aiguë lithiasique, paroi 6 mm, signe de Murphy échographique positif.'),
         ('IRM lombaire', 'Hernie discale L4-L5 postéro-latérale gauche avec compression radiculaire L5.')],
        [('CT chest/abdomen/pelvis', '3.2 cm pancreatic head mass with biliary dilatation. Liver lesions suspicious for metastases.'),
         ('CT head', 'Left MCA territory hypodensity consistent with subacute ischaemic stroke. No haemorrhage.'),
         ('CT pulmonary angiogram', 'Segmental PE, right lower lobe. RV normal.'),
         ('Abdominal ultrasound', 'Acute calculous cholecystitis, wall 6 mm, positive sonographic Murphy sign.'),
         ('MRI lumbar spine', 'Left posterolateral L4-L5 disc herniation compressing the L5 root.')]))
    c.dx(find)
    idt = ident(c, pt, c.pick([['name', 'mrn'], ['name', 'dob', 'mrn'], ['name', 'age']]), 'inline')
    text = c.L('%s\n\nRésultat significatif, je préférais vous l\'envoyer directement.\n\n%s - %s\nExamen : %s du %s\nConclusion : %s\n\n%s',
               '%s\n\nSignificant finding, wanted to send it to you directly.\n\n%s - %s\nExam: %s on %s\nImpression: %s\n\n%s') % (
        c.hello(doc.dr(c.lang)), c.L('Patient', 'Patient'), idt, exam, c.d(c.past(0, 3)), find, c.sig(rad))
    m = Msg(subject=c.pick([c.L('Résultat imagerie - à voir', 'Imaging result - please review'), exam, c.L('Trouvaille significative', 'Significant finding')]),
            sender=rad.addr(c.lang, True), to=[doc.addr(c.lang, True)], text=text, note='imaging report')
    if c.chance(0.5):
        fn = c.pick(['rapport_imagerie.pdf', 'RAD_%s.pdf' % pt.mrn, 'report.pdf'])
        if pt.mrn in fn:
            c.add('mrn')
        m.atts.append(Att(fn, 'application/pdf',
                          make_pdf(exam, text.split('\n')[2:7], rad.name(), compress=c.chance(0.5))))
        m.note += ' (+PDF copy)'
    return m


@pos('transport_request', 2)
def p_transport(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    sk = c.pick(['gouellet', 'sjohnson', 'acote', 'trichards'])
    day = c.future(1, 14)
    reason = c.pick(c.L(['hémodialyse (IRC stade 5)', 'radiothérapie, cancer du sein', 'RV en chirurgie vasculaire (ulcère du pied)',
                         'chimiothérapie au CHU', 'IRM sous sédation (claustrophobie sévère)'],
                        ['haemodialysis (stage 5 CKD)', 'radiotherapy, breast cancer', 'vascular surgery appointment (foot ulcer)',
                         'chemotherapy at the CHU', 'MRI under sedation (severe claustrophobia)']))
    c.dx(reason)
    needs = c.pick(c.L(['fauteuil roulant, O2 2 L', 'civière', 'accompagnateur requis (démence)', 'marchette, autonome'],
                       ['wheelchair, O2 2 L', 'stretcher', 'escort required (dementia)', 'walker, independent']))
    if 'démence' in needs or 'dementia' in needs:
        c.add('diagnosis')
    text_lines = [c.hello(c.S('rgosselin').first), '',
                  c.L('Demande de transport adapté :', 'Adapted transport request:'),
                  c.L('Usager', 'Patient') + ' : ' + c.pname(pt, c.pick(['REV', 'full', 'civfull', 'sg'])),
                  c.L('Adresse', 'Address') + ' : ' + c.paddr(pt),
                  c.L('Tél.', 'Phone') + ' : ' + c.pphone(pt),
                  c.L('Date', 'Date') + ' : %s, %s' % (c.d(day), c.pick(['7 h 15', '8 h 30', '12 h 45', '13 h']) if c.lang == 'fr' else c.pick(['7:15', '8:30', '12:45', '13:00'])),
                  c.L('Motif', 'Reason') + ' : ' + reason,
                  c.L('Besoins', 'Needs') + ' : ' + needs]
    if c.chance(0.4):
        text_lines.append(c.L('Note : ', 'Note: ') + c.soc())
    if c.chance(0.4):
        text_lines.append(c.L('DDN', 'DOB') + ' : ' + c.pdob(pt))
    text_lines += ['', c.thanks(), c.sig(c.S(sk))]
    if c.lang == 'en':
        text_lines = [x.replace(' : ', ': ') for x in text_lines]
    return Msg(subject=c.pick([c.L('Transport adapté - %s', 'Transport - %s') % c.d(day, 'iso'), c.L('Demande transport', 'Transport request'),
                               c.L('transport usager %s', 'pt transport %s') % pt.nm('surname')]),
               sender=c.S(sk).addr(c.lang), to=[c.S('rgosselin').addr(c.lang)], text='\n'.join(text_lines), note='patient transport with home address and phone')


@pos('home_care_referral', 2)
def p_homecare(c):
    pt = c.nam_pt() if c.chance(0.7) else c.extra_pt()
    sk = c.pick(['cbernier', 'dmoreau', 'gouellet', 'slapointe'])
    dx = c.dx(c.mdx())
    rx = c.meds(c.r.randrange(2, 4))
    so = c.soc()
    lines = [c.hello(c.S('apepin').first), '',
             c.L('Référence SAD au congé prévu le %s :', 'Home care referral, discharge planned %s:') % c.d(c.future(1, 6)),
             ident(c, pt, ['name', 'dob'] + (['nam'] if pt.nam and c.chance(0.7) else []) + ['addr', 'phone'], 'lines'),
             '', c.L('Dx principal : ', 'Main dx: ') + dx,
             c.L('Rx : ', 'Meds: ') + ', '.join(rx),
             c.L('Contexte social : ', 'Social: ') + so,
             c.L('Besoins : soins de plaie 3x/sem, aide au bain, pilulier.', 'Needs: wound care 3x/wk, bathing help, blister pack.'),
             '', c.thanks(), c.sig(c.S(sk))]
    m = Msg(subject=c.pick([c.L('Référence SAD', 'Home care referral'), c.L('Congé - besoin SAD', 'Discharge - home care needed'),
                            c.L('Réf. SAD %s', 'HC referral %s') % pt.nm('surname')]),
            sender=c.S(sk).addr(c.lang), to=[c.S('apepin').addr(c.lang)], text='\n'.join(lines), note='home-care referral')
    if c.chance(0.5):
        vc = make_vcard(pt.given, pt.surname, '', c.L('Usager SAD', 'Home care client'), [('HOME', pt.phone)], (),
                        (pt.street, pt.town, pt.postal), c.L('Clé chez la voisine. Chien.', 'Key with neighbour. Dog.'))
        m.atts.append(Att('%s_%s.vcf' % (strip_accents(pt.given), strip_accents(pt.surname)), 'text/vcard', vc, 'utf-8'))
        m.note += '; patient vCard'
    return m


@pos('social_work_note')
def p_social(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    sk = c.pick(['cbernier', 'dmoreau'])
    so1 = c.soc()
    so2 = c.soc()
    while so2 == so1:
        so2 = social(c.lang, c.r)
    nm = c.pname(pt, c.pick(['civ', 'civfull', 'full', 'sg']))
    room = '%s-%d' % (c.pick(UNITS), c.r.randrange(1, 40))
    text = c.L('%s\n\nMise à jour pour %s (%s) : %s. Aussi : %s.\nJ\'ai contacté le CLSC et la curatelle. Congé à retarder tant que le plan n\'est pas en place.\n\n%s',
               '%s\n\nUpdate on %s (%s): %s. Also: %s.\nI have contacted the CLSC and the curator. Please hold discharge until the plan is in place.\n\n%s') % (
        c.hello(), nm, room, so1, so2, c.sig(c.S(sk)))
    if c.chance(0.4):
        text = text.replace(room, room + ', ' + c.L('dossier ', 'MRN ') + c.pmrn(pt))
    if c.chance(0.3):
        c.add('ca_sin')
        text = text.replace(c.L('Congé à retarder', 'Please hold discharge'),
                            c.L('Demande d\'aide sociale envoyée (NAS %s). Congé à retarder', 'Social assistance application sent (SIN %s). Please hold discharge') % fmt_sin(c.sin_for(pt), c.r))
    return Msg(subject=c.pick([c.L('Situation sociale - chambre %s', 'Social situation - room %s') % room, c.L('Plan de congé', 'Discharge planning'),
                               c.L('Suivi TS', 'SW update')]),
               sender=c.S(sk).addr(c.lang), to=[c.S('gouellet').addr(c.lang), c.S(c.pick(PHYSICIANS)).addr(c.lang, True)],
               text=text, note='social work update')


@pos('huddle_list', 2)
def p_huddle(c):
    sk = c.pick(['gouellet', 'trichards', 'bsingh', 'ahoule'])
    pts = c.r.sample(c.w.nam_people, 2) + c.r.sample(c.w.extra, 2)
    c.r.shuffle(pts)
    lines = []
    rooms = c.r.sample(range(1, 40), len(pts))
    for p, rn in zip(pts, rooms):
        room = '%d' % rn
        issue = c.pick([lambda: ', '.join(c.labs(1)),
                        lambda: c.dx(c.mdx()),
                        lambda: c.L('débuter ', 'start ') + c.meds(1)[0],
                        lambda: c.L('congé demain si ', 'd/c tomorrow if ') + ', '.join(c.labs(1)),
                        lambda: c.L('attente ', 'awaiting ') + c.dx(c.surg(p)['proc'])])()
        style = c.pick(['surname', 'surname', 'civ', 'REVsp'])
        lines.append('%s %s - %s' % (room, c.pname(p, style), issue))
    intro = c.pick(c.L(['Caucus 4B ce matin :', 'Pour la relève :', 'À suivre aujourd\'hui', 'huddle'], ['4B huddle this am:', 'For handover:', 'To follow today', 'huddle']))
    text = '%s\n\n%s\n\n%s' % (intro, '\n'.join(lines), c.sig(c.S(sk), disclaimer=False))
    m = Msg(subject=c.pick([c.L('caucus', 'huddle'), c.L('relève %s', 'handover %s') % c.pick(UNITS), c.L('liste du jour', 'list for today'), '']),
            sender=c.S(sk).addr(c.lang), to=[c.S(k).addr(c.lang) for k in ['gouellet', 'trichards'] if k != sk][:1] + [c.S(c.pick(PHYSICIANS)).addr(c.lang, True)],
            text=text, text_only=c.chance(0.5), note='terse unit list with surnames and rooms')
    if not m.subject:
        m.subject = '(%s)' % c.L('sans objet', 'no subject')
    return m


@pos('or_schedule', 2)
def p_or_schedule(c):
    sk = c.pick(['jhamel', 'kmacleod', 'acote', 'lmurphy'])
    day = c.future(1, 5)
    room = c.pick(['Salle 3', 'Salle 5', 'Salle 7', 'OR 2', 'OR 4'])
    rows = [[c.L('Heure', 'Time'), c.L('Usager', 'Patient'), c.L('Dossier', 'MRN'), c.L('Âge', 'Age'), c.L('Intervention', 'Procedure'), c.L('Chirurgien', 'Surgeon')]]
    t = dt.datetime.combine(day, dt.time(8, 0))
    for p in c.r.sample(c.w.nam_people + c.w.extra, c.r.randrange(4, 7)):
        if len(rows) > 3 and t.hour >= 15:
            break
        case = c.surg(p)
        rows.append([t.strftime('%H:%M'), p.nm('REV'), p.mrn, str(p.age(day)), case['proc'], case['surgeon'].dr(c.lang)])
        t += dt.timedelta(minutes=case['mins'] + 30)
    c.add('patient_name', 'mrn', 'diagnosis')
    intro = c.L('%s\n\nProgramme opératoire %s pour le %s. Changements en jaune dans le fichier.\n' % (c.hello(), room, c.d(day, 'long')),
                '%s\n\nOR list for %s on %s. Changes highlighted in the file.\n' % (c.hello(), room, c.d(day, 'long')))
    snd = c.S(sk)
    m = Msg(subject=c.pick([c.L('Programme opératoire %s', 'OR schedule %s') % c.d(day, 'iso'), c.L('Prog. bloc - modif', 'OR list - update'),
                            '%s %s' % (room, c.d(day, 'iso'))]),
            sender=snd.addr(c.lang), to=[c.S('ecoterioux').addr(c.lang, True), c.S('mgrant').addr(c.lang, True), c.S('trichards').addr(c.lang)],
            note='OR daily list with patient names and MRNs')
    mode = c.pick(['xlsx', 'html', 'text'])
    if mode == 'xlsx':
        m.text = intro + c.sig(snd)
        m.atts.append(Att(c.pick(['programme_%s.xlsx' % day.strftime('%Y%m%d'), 'OR_list_%s.xlsx' % day.strftime('%Y-%m-%d')]),
                          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(room, rows)], snd.name())))
        m.note += ' (XLSX)'
    elif mode == 'html':
        m.text = intro + '\n' + text_table(rows) + '\n' + c.sig(snd)
        m.html = html_doc('<p>%s</p>%s<p>%s</p>' % (intro.replace('\n', '<br>'), html_table(rows), c.sig(snd).replace('\n', '<br>')))
        m.html_only = c.chance(0.5)
        m.note += ' (HTML table)'
    else:
        m.text = intro + '\n' + text_table(rows) + '\n' + c.sig(snd)
        m.note += ' (text table)'
    return m


@pos('ipc_case_notice', 2)
def p_ipc(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    sk = c.pick(['imorindufour', 'felamrani'])
    oi = c.r.randrange(len(ORGANISMS))
    org = c.L(*ORGANISMS[oi])
    c.dx(org)
    tx = [None, None, (c.L('vancomycine PO 125 mg QID', 'oral vancomycin 125 mg QID')), None,
          (c.L('oseltamivir 75 mg BID', 'oseltamivir 75 mg BID')), (c.L('nirmatrelvir-ritonavir', 'nirmatrelvir-ritonavir')),
          (c.L('perméthrine 5 % crème', 'permethrin 5% cream')), (c.L('RIPE (rifampicine, isoniazide, pyrazinamide, éthambutol)', 'RIPE (rifampin, isoniazid, pyrazinamide, ethambutol)'))][oi]
    unit = c.pick(UNITS)
    room = '%s-%02d' % (unit, c.r.randrange(1, 30))
    nm = c.pname(pt, c.pick(['civ', 'REVsp', 'sg', 'full']))
    extra = (', ' + c.L('dossier ', 'MRN ') + c.pmrn(pt)) if c.chance(0.6) else ''
    text = c.L('%s\n\nNouveau cas %s : %s%s, chambre %s. Dépistage positif le %s.\nPrécautions additionnelles contact%s dès maintenant, chambre privée, équipement dédié.\n%s\nMerci d\'aviser l\'équipe de soir.\n\n%s',
               '%s\n\nNew %s case: %s%s, room %s. Positive screen on %s.\nAdditional contact%s precautions now, private room, dedicated equipment.\n%s\nPlease inform the evening team.\n\n%s') % (
        c.hello(), org, nm, extra, room, c.d(c.past(0, 3)), c.pick(['', '+ gouttelettes', '']) if c.lang == 'fr' else c.pick(['', '/droplet', '']),
        (c.L('Traitement : ', 'Treatment: ') + c.med(tx)) if tx and c.chance(0.7) else (c.L('Colonisation, pas de traitement.', 'Colonisation, no treatment.') if not tx else ''),
        c.sig(c.S(sk)))
    return Msg(subject=c.pick([c.L('Nouveau cas %s - %s', 'New %s case - %s') % (org, unit), c.L('Isolement chambre %s', 'Isolation room %s') % room, 'PCI ' + unit]),
               sender=c.S(sk).addr(c.lang, True), to=[c.S('gouellet').addr(c.lang)], cc=[c.S('imorindufour').addr(c.lang)] if sk != 'imorindufour' else [],
               text=text, importance='High' if c.chance(0.3) else None, note='IPC notification of an identified patient')


@pos('incident_report')
def p_incident(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    sk = c.pick(['mlavoie', 'gouellet'])
    unit = c.pick(UNITS)
    ev = c.pick(c.L(["chute en se levant seul la nuit, fracture du poignet gauche confirmée à la radio",
                     "erreur de médicament : hydromorphone 10 mg administrée au lieu de 1 mg, naloxone requise",
                     "plaie de pression stade 3 au sacrum non documentée à l'admission",
                     "fugue de l'unité, retrouvé par la police à 2 km"],
                    ["fell while getting up alone at night, left wrist fracture confirmed on X-ray",
                     "medication error: hydromorphone 10 mg given instead of 1 mg, naloxone required",
                     "stage 3 sacral pressure injury not documented on admission",
                     "eloped from the unit, found by police 2 km away"]))
    c.dx(ev)
    if 'hydromorphone' in ev:
        c.add('medication')
    no = 'AH-223-%s-%04d' % (c.when.strftime('%y'), c.r.randrange(1, 9999))
    text = c.L('%s\n\nDéclaration %s - unité %s, %s.\nUsager : %s, %s ans, dossier %s.\nÉvénement : %s.\nDivulgation faite à la famille (%s) le %s.\nAnalyse sommaire à compléter d\'ici vendredi.\n\n%s',
               '%s\n\nReport %s - unit %s, %s.\nPatient: %s, %d y.o., MRN %s.\nEvent: %s.\nDisclosure made to family (%s) on %s.\nBrief analysis due Friday.\n\n%s') % (
        c.hello(), no, unit, c.d(c.past(0, 4)), c.pname(pt, c.pick(['full', 'REV', 'sg'])), pt.age(c.when.date()), c.pmrn(pt), ev,
        c.L('fille', 'daughter'), c.d(c.past(0, 2)), c.sig(c.S(sk)))
    return Msg(subject=c.pick(['AH-223 %s' % unit, c.L('Déclaration incident/accident', 'Incident report'), no]),
               sender=c.S(sk).addr(c.lang), to=[c.S('mlavoie' if sk != 'mlavoie' else 'gouellet').addr(c.lang), c.S('jhamel').addr(c.lang)],
               text=text, note='incident report naming the patient')


@pos('complaint_followup')
def p_complaint(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    sk = 'mrossi'
    case = c.surg(pt)
    no = 'PL-%s-%05d' % (c.when.strftime('%Y'), c.r.randrange(1, 99999))
    text = c.L('%s\n\nPlainte %s reçue de %s (%s, %s) concernant l\'annulation à trois reprises de sa %s (%s). %s\nPourriez-vous me transmettre vos commentaires d\'ici 10 jours?\n\n%s',
               '%s\n\nComplaint %s received from %s (%s, %s) about three cancellations of %s (%s). %s\nCould you send me your comments within 10 days?\n\n%s') % (
        c.hello(case['surgeon'].dr(c.lang)), no, c.pname(pt, c.pick(['civfull', 'full'])), c.pphone(pt),
        c.paddr(pt) if c.chance(0.5) else c.pick(['courriel perso', 'personal e-mail']) if False else c.L('joignable en soirée', 'reachable evenings'),
        c.L('chirurgie', 'surgery') if c.lang == 'fr' else c.L('', 'surgery'), c.dx(case['proc'] + ' - ' + case['dx']),
        c.L('L\'%s dit être en arrêt de travail depuis 14 mois et sous ' % pt.e('fr', 'usagère', 'usager'), 'The patient says they have been off work for 14 months and on ') + c.meds(1)[0] + '.',
        c.sig(c.S(sk)))
    return Msg(subject=c.L('Plainte %s - demande de commentaires', 'Complaint %s - request for comments') % no,
               sender=c.S(sk).addr(c.lang), to=[case['surgeon'].addr(c.lang, True)], cc=[c.S('jhamel').addr(c.lang)],
               text=text, note='complaint file naming patient')


@pos('special_access_drug')
def p_special_drug(c):
    pt = c.nam_pt()
    sk = c.pick(['jsdion', 'pnair'])
    doc = c.S(c.pick(['ksavard', 'dwong', 'felamrani', 'jmorin']))
    drug, dxx = c.pick(c.L([('védolizumab 300 mg IV', 'maladie de Crohn réfractaire'), ('ustekinumab 90 mg SC', 'colite ulcéreuse'),
                            ('pembrolizumab 200 mg IV q3sem', 'mélanome métastatique'), ('fidaxomicine 200 mg BID', 'C. difficile récidivant'),
                            ('sémaglutide 1 mg SC', 'diabète type 2 avec IMC 41')],
                           [('vedolizumab 300 mg IV', "refractory Crohn's disease"), ('ustekinumab 90 mg SC', 'ulcerative colitis'),
                            ('pembrolizumab 200 mg IV q3w', 'metastatic melanoma'), ('fidaxomicin 200 mg BID', 'recurrent C. difficile'),
                            ('semaglutide 1 mg SC', 'type 2 diabetes, BMI 41')]))
    c.med(drug)
    c.dx(dxx)
    text = c.L('%s\n\nPour la demande de médicament d\'exception (%s) : il me manque le NAM et la date de naissance.\nJ\'ai trouvé au dossier : %s, NAM %s, né%s le %s. Dx : %s.\nJe soumets cet après-midi si c\'est correct.\n\n%s',
               '%s\n\nFor the exceptional medication request (%s): I was missing the RAMQ number and DOB.\nFrom the chart: %s, RAMQ %s, born %s%s. Dx: %s.\nI will submit this afternoon if correct.\n\n%s') % (
        c.hello(doc.dr(c.lang)), drug, c.pname(pt, c.pick(['full', 'REV', 'sg'])), c.pnam(pt), pt.e('fr', 'e', '') if c.lang == 'fr' else '',
        c.pdob(pt), dxx, c.sig(c.S(sk)))
    return Msg(subject=c.pick([c.L('Médicament d\'exception - %s', 'Exception drug - %s') % drug.split(' ')[0], c.L('Demande RAMQ', 'RAMQ request'),
                               c.L('PAS / exception', 'SAP / exception')]),
               sender=c.S(sk).addr(c.lang), to=[doc.addr(c.lang, True)], text=text, note='exception drug request with NAM')


@pos('out_of_province_billing', 3)
def p_ontario(c):
    pt = c.pick(c.w.foreign['on'])
    sk = c.pick(['chebert', 'cbergeron'])
    n, vc = pt.ohip
    dx = c.dx(c.mdx())
    dd = c.past(5, 40)
    c.add('ca_health_number')
    text = c.L('%s\n\nUsager%s de l\'Ontario vu%s à notre urgence le %s et hospitalisé%s 3 jours.\nNom : %s\nDDN : %s\nCarte santé Ontario : %s\nAdresse : %s, %s ON %s\nDx : %s\n\nPouvez-vous confirmer la couverture avant facturation interprovinciale?\n\n%s',
               '%s\n\nOntario resident seen in our ED on %s and admitted for 3 days.%s%s%s\nName: %s\nDOB: %s\nOntario health card: %s\nAddress: %s, %s ON %s\nDx: %s\n\nCould you confirm coverage before interprovincial billing?\n\n%s')
    if c.lang == 'fr':
        e = pt.e('fr', 'e', '')
        text = text % (c.hello(), e, e, c.d(dd), e, c.pname(pt, c.pick(['full', 'REV'])), c.pdob(pt), fmt_ohip(n, vc, c.r),
                       pt.street, pt.town, pt.postal, dx, c.sig(c.S(sk)))
    else:
        text = text % (c.hello(), c.d(dd), '', '', '', c.pname(pt, c.pick(['full', 'REV'])), c.pdob(pt), fmt_ohip(n, vc, c.r),
                       pt.street, pt.town, pt.postal, dx, c.sig(c.S(sk)))
    c.add('patient_contact')
    return Msg(subject=c.pick([c.L('Facturation hors province', 'Out-of-province billing'), 'OHIP - %s' % pt.nm('surname'), c.L('Couverture Ontario', 'Ontario coverage')]),
               sender=c.S(sk).addr(c.lang), to=[c.ext(3)], text=text, note='Ontario health number with patient')


@pos('foreign_insurance', 4)
def p_foreign(c):
    kind = ['be', 'fr'][c.seq % 2]
    pt = c.pick(c.w.foreign[kind])
    sk = c.pick(['chebert', 'cbergeron', 'dmoreau'])
    case = c.surg(pt) if c.chance(0.5) else None
    dx = c.dx(case['proc'] + ' (' + case['dx'] + ')' if case else c.mdx())
    if kind == 'be':
        c.add('be_niss')
        idl = c.L('NISS', 'Belgian NISS') + ' : ' + fmt_niss(pt.niss, c.r)
        org = c.L('mutualité', 'mutual insurer')
        dom = ('Mutualité Sud-Brabant', 'remboursements@mutsb.example')
    else:
        c.add('fr_nir')
        idl = c.L('NIR (sécu)', 'French NIR') + ' : ' + fmt_nir(pt.nir, c.r)
        org = c.L('caisse d\'assurance maladie', 'health insurance fund')
        dom = ('CPAM Relations internationales', 'relations.internationales@cpam-exemple.example')
    text = c.L('%s\n\nNous avons soigné %s (' + pt.e('fr', 'née', 'né') + ' le %s), %s, pour : %s.\n%s\nMerci de nous indiquer la procédure de remboursement auprès de votre %s. Facture détaillée à suivre.\n\n%s',
               '%s\n\nWe treated %s (DOB %s), %s, for: %s.\n%s\nPlease let us know the reimbursement procedure with your %s. Itemised invoice to follow.\n\n%s') % (
        c.hello(), c.pname(pt, c.pick(['full', 'civfull', 'REV'])), c.pdob(pt),
        c.L('touriste', 'a visitor') if c.chance(0.5) else c.L('stagiaire PVT', 'on a working-holiday visa'), dx, idl.replace(' : ', ': ') if c.lang == 'en' else idl,
        org, c.sig(c.S(sk)))
    return Msg(subject=c.pick([c.L('Prise en charge - patient étranger', 'Coverage - foreign patient'), c.L('Remboursement soins - %s', 'Reimbursement - %s') % pt.nm('surname')]),
               sender=c.S(sk).addr(c.lang), to=[dom], text=text, note='foreign insurance number (%s)' % kind)


@pos('insurance_form_sin', 3)
def p_sin(c):
    pool = [p for p in c.w.nam_people + c.w.extra if 19 <= p.age(c.when.date()) <= 64]
    pt = c.pick(pool)
    sk = c.pick(['flabrecque', 'dwalsh', 'dmoreau', 'cbernier'])
    sin = c.sin_for(pt)
    c.add('ca_sin')
    if sk in ('dmoreau', 'cbernier'):
        purpose = c.L('demande d\'aide financière de dernier recours / solidarité sociale', 'last-resort financial assistance / social solidarity application')
        c.add('social_information')
        to = ('Bureau Services Québec (fictif)', 'agent.solidarite@services-qc.example')
    else:
        purpose = c.L('formulaire d\'invalidité de l\'assureur', 'insurer disability form')
        to = ('Assurances Boréales - Réclamations', 'reclamations@boreale-assurances.example')
    dx = c.dx(c.pick([c.surg(pt)['dx'], c.mdx()]))
    text = c.L('%s\n\nCi-dessous les renseignements pour le %s :\n%s\nNAS : %s\nDiagnostic : %s\nIncapacité du %s au %s (prévu).\n\n%s',
               '%s\n\nBelow the information for the %s:\n%s\nSIN: %s\nDiagnosis: %s\nUnable to work from %s to %s (expected).\n\n%s') % (
        c.hello(), purpose, ident(c, pt, ['name', 'dob'], 'lines'), fmt_sin(sin, c.r), dx, c.d(c.past(20, 60)), c.d(c.future(30, 90)), c.sig(c.S(sk)))
    m = Msg(subject=c.pick([c.L('Formulaire - %s', 'Form - %s') % pt.nm('surname'), c.L('Renseignements demandés', 'Requested information'), c.L('Réclamation', 'Claim')]),
            sender=c.S(sk).addr(c.lang), to=[to], text=text, note='SIN of a patient on a form')
    if c.chance(0.5):
        pdf = make_pdf(c.L('Déclaration du médecin traitant', 'Attending physician statement'), text.split('\n'), c.S(sk).name())
        m.atts.append(Att(c.pick(['formulaire_%s.pdf' % strip_accents(pt.surname).lower(), 'APS_form.pdf', 'declaration_medecin.pdf']), 'application/pdf', pdf))
        m.text = c.L('Bonjour,\n\nFormulaire complété en pièce jointe.\n', 'Hello,\n\nCompleted form attached.\n') + c.sig(c.S(sk))
        m.note += ' (PDF)'
    return m


@pos('death_notice')
def p_death(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    sk = c.pick(['gouellet', 'bsingh', 'dleblanc'])
    cause = c.dx(c.pick(c.L(['choc septique sur pneumonie', 'arrêt cardiorespiratoire, niveau de soins C', 'progression de néoplasie pulmonaire, soins palliatifs',
                             'hémorragie digestive massive'],
                            ['septic shock secondary to pneumonia', 'cardiorespiratory arrest, level of care C', 'progression of lung cancer, palliative care',
                             'massive GI bleed'])))
    t = c.when - dt.timedelta(hours=c.r.randrange(2, 12))
    text = c.L('%s\n\nDécès de %s, %s, dossier %s, le %s à %s. Cause : %s.\nFamille avisée (fils, %s). Pas de cas pour le coroner. SP-3 complété.\n\n%s',
               '%s\n\nDeath of %s, %s, MRN %s, on %s at %s. Cause: %s.\nFamily notified (son, %s). Not a coroner case. Death certificate done.\n\n%s') % (
        c.hello(), c.pname(pt, c.pick(['full', 'civfull', 'REV'])), c.L('%d ans', '%d y.o.') % pt.age(c.when.date()), c.pmrn(pt), c.d(t.date()), t.strftime('%H:%M'),
        cause, '418 555-%04d' % c.r.randrange(1000, 9999), c.sig(c.S(sk)))
    return Msg(subject=c.pick([c.L('Décès - %s', 'Death - %s') % c.pick(UNITS), c.L('Avis de décès usager', 'Patient death notice')]),
               sender=c.S(sk).addr(c.lang), to=[c.S('chebert').addr(c.lang), c.S('gouellet').addr(c.lang)], text=text, note='patient death notice')


@pos('reply_quoting_clinical', 3)
def p_reply(c):
    """Short innocuous reply; the patient information sits in the quoted message."""
    pt = c.nam_pt() if c.chance(0.7) else c.extra_pt()
    orig_sender = c.S(c.pick(['lcampbell', 'gouellet', 'sjohnson', 'bsingh']))
    me = c.S(c.pick(['acote', 'jhamel', 'cbouchard', 'mlessard', 'kmacleod']))
    case = c.surg(pt)
    t0 = c.when - dt.timedelta(hours=c.r.randrange(1, 48))
    prev = c.L('%s\n\nEst-ce possible de devancer %s? %s %s, %s.\n%s\nMerci\n%s',
               '%s\n\nAny chance to move up %s? %s %s, %s.\n%s\nThanks\n%s') % (
        c.hello(me.first), c.pname(pt, c.pick(['full', 'civfull', 'REV', 'sg'])),
        c.L('En attente de', 'Waiting for') if True else '', c.dx(case['proc']), c.L('douleur non contrôlée', 'pain not controlled'),
        (c.L('NAM ', 'RAMQ ') + c.pnam(pt)) if pt.nam and c.chance(0.6) else (c.L('Dossier ', 'MRN ') + c.pmrn(pt)),
        orig_sender.first)
    if c.chance(0.4):
        prev = prev.replace(c.L('douleur non contrôlée', 'pain not controlled'),
                            c.L('douleur non contrôlée sous ', 'pain not controlled on ') + c.meds(1)[0])
    subj0 = c.pick([c.L('Devancer chirurgie?', 'Move up surgery?'), c.L('Liste d\'attente', 'Wait list'), 'Question'])
    reply = c.pick(c.L(['Oui, je regarde ça avec la Dre et je te reviens.', 'Ok c\'est fait, mis le %s.' % c.d(c.future(3, 20), 'iso'),
                        'Bien reçu.', 'Pas de place avant 3 semaines, désolée.', 'ok'],
                       ['Yes, checking with the surgeon and will get back to you.', 'Done, booked for %s.' % c.d(c.future(3, 20), 'iso'),
                        'Received.', 'Nothing available for 3 weeks, sorry.', 'ok']))
    text = reply + '\n' + c.sig(me, disclaimer=False) + quote(c, orig_sender.addr(c.lang), t0, prev, subj0, me.name())
    return Msg(subject=c.pick(['RE: ', 'Re: ', 'RE : ']) + subj0, sender=me.addr(c.lang), to=[orig_sender.addr(c.lang)], text=text,
               reply_to_id=c.mid(), note='short reply; patient details only in quoted text')


@pos('forwarded_eml', 3)
def p_fwd_eml(c):
    pt = c.nam_pt() if c.chance(0.7) else c.extra_pt()
    me = c.S(c.pick(['agirard', 'cbouchard', 'hpaquette', 'jhamel', 'epoulin', 'nberube']))
    orig = c.S(c.pick(['lcampbell', 'dleblanc', 'slapointe', 'mgagnon', 'cbernier']))
    case = c.surg(pt)
    inner_text = c.L('%s\n\n%s, %s, est toujours en attente de %s depuis %d mois (%s). %s\nPouvez-vous intervenir?\n\n%s',
                     '%s\n\n%s, %s, has been waiting %s for %d months (%s). %s\nCan you help?\n\n%s')
    args = (c.hello(), c.pname(pt, c.pick(['full', 'civfull', 'REV'])),
            ident(c, pt, c.pick([['dob'], ['dob', 'nam'], ['mrn'], ['nam']] if pt.nam else [['dob'], ['dob', 'mrn'], ['mrn']]), 'inline'),
            c.dx(case['proc']) if c.lang == 'fr' else 'for ' + c.dx(case['proc']), c.r.randrange(9, 26), case['dx'],
            c.pick(c.L(['Perte d\'autonomie importante.', 'Ne peut plus travailler.', 'Consomme beaucoup d\'opioïdes.'],
                       ['Significant loss of autonomy.', 'Unable to work.', 'Using a lot of opioids.'])), c.sig(orig))
    inner_text = inner_text % args
    t0 = c.when - dt.timedelta(days=c.r.randrange(1, 5))
    subj0 = c.L('Attente chirurgie - %s', 'Surgery wait - %s') % pt.nm('surname')
    blob = inner_eml(c, orig.addr(c.lang, True), [me.addr(c.lang, True)], subj0, inner_text, t0)
    tgt = c.S(c.pick([k for k in ['jhamel', 'cbouchard', 'acote', 'agirard', 'mlessard'] if k != me.key]))
    outer = c.pick(c.L(['Pour suivi svp.', 'FYI', 'Peux-tu regarder? Merci', 'Voir courriel ci-joint.'],
                       ['For follow-up please.', 'FYI', 'Can you look into this? Thanks', 'See attached email.'])) + '\n' + c.sig(me, disclaimer=False)
    fname = c.pick([None, subj0.replace(' ', '_') + '.eml', 'message.eml'])
    m = Msg(subject=c.pick(['TR: ', 'Fwd: ', 'FW: ']) + subj0 if c.chance(0.5) else c.L('Pour suivi', 'For follow-up'),
            sender=me.addr(c.lang, True), to=[tgt.addr(c.lang, True)], text=outer, rfc822=[(fname, blob)],
            note='forwarded message attached as message/rfc822')
    if c.chance(0.35):
        m.rfc822 = []
        m.text = outer + inline_forward(c, orig.addr(c.lang, True), me.name(c.lang, True), t0, subj0, inner_text)
        m.note = 'inline forward of a clinical message'
    return m


@pos('subject_only', 2)
def p_subject(c):
    pt = c.nam_pt()
    me = c.S(c.pick(['flabrecque', 'acote', 'mgagnon', 'sjohnson', 'cbergeron']))
    to = c.S(c.pick(SURGEONS + PHYSICIANS))
    dx = c.pick([c.surg(pt)['proc'], c.L('biopsie', 'biopsy'), c.L('résultat TDM', 'CT result'), c.mdx()])
    subj = c.pick(['%s %s - %s', '%s, %s : %s', 'RE: %s %s - %s']) % (
        c.pname(pt, c.pick(['sg', 'REVsp', 'full'])), c.pick([lambda: c.pdob(pt, 'iso'), lambda: c.pnam(pt), lambda: c.pdob(pt, 'short')])(), c.dx(dx))
    text = c.pick(c.L(['Voir ci-dessus, merci de rappeler.', 'Vu. On en parle demain.', 'Fait.', 'Rappel svp', ''],
                      ['See subject, please call back.', 'Seen. Let\'s discuss tomorrow.', 'Done.', 'Please call', '']))
    text = (text + '\n' + c.sig(me, disclaimer=False)).strip('\n') + '\n'
    return Msg(subject=subj, sender=me.addr(c.lang), to=[to.addr(c.lang, True)], text=text, text_only=c.chance(0.6),
               note='patient identity and medical detail only in Subject')


@pos('zip_transfer')
def p_zip(c):
    pt = c.nam_pt() if c.chance(0.7) else c.extra_pt()
    me = c.S(c.pick(['chebert', 'gouellet', 'bsingh']))
    dx = c.dx(c.mdx())
    rx = c.meds(3)
    labs = c.labs(3)
    summary = [c.L('Résumé de transfert', 'Transfer summary'), ident(c, pt, ['name', 'dob'] + (['nam'] if pt.nam else []) + ['mrn'], 'lines'),
               c.L('Diagnostic : ', 'Diagnosis: ') + dx, c.L('Médication : ', 'Medications: ') + '; '.join(rx), c.L('Labos : ', 'Labs: ') + '; '.join(labs)]
    pdf = make_pdf(c.L('Résumé de transfert', 'Transfer summary'), summary, me.name(), compress=c.chance(0.5))
    lab_csv = make_csv([[c.L('Analyse', 'Test'), c.L('Résultat', 'Result')]] + [[x.split(' ')[0], ' '.join(x.split(' ')[1:])] for x in labs])
    base = strip_accents(pt.surname).upper()
    files = [('%s_resume_transfert.pdf' % base if c.chance(0.5) else 'resume_transfert.pdf', pdf),
             ('labos_%s.csv' % c.when.strftime('%Y%m%d'), lab_csv),
             ('LISEZMOI.txt' if c.lang == 'fr' else 'README.txt', c.L('Documents pour le transfert au CHU.\n', 'Documents for the CHU transfer.\n'))]
    z = make_zip(files)
    text = c.L('%s\n\nDocuments pour le transfert de cet après-midi (zip, mot de passe envoyé par Teams).\n\n%s',
               '%s\n\nDocuments for this afternoon\'s transfer (zip, password sent via Teams).\n\n%s') % (c.hello(), c.sig(me))
    return Msg(subject=c.L('Transfert CHU - documents', 'CHU transfer - documents'), sender=me.addr(c.lang), to=[c.ext(4)],
               text=text, atts=[Att(c.pick(['transfert_%s.zip' % base.lower(), 'transfert.zip', 'docs_transfer.zip']), 'application/zip', z)],
               note='ZIP with transfer summary PDF and labs CSV')


@pos('home_visit_ics')
def p_ics_visit(c):
    pt = c.nam_pt() if c.chance(0.6) else c.extra_pt()
    me = c.S(c.pick(['apepin', 'mgagnon', 'nberube']))
    me = c.S('apepin') if me.key == 'nberube' else me
    day = c.future(1, 10)
    start = dt.datetime.combine(day, dt.time(c.r.choice([9, 10, 13, 14]), 0))
    dx = c.dx(c.mdx())
    summ = c.L('Visite à domicile - %s', 'Home visit - %s') % c.pname(pt, c.pick(['full', 'sg', 'REV']))
    desc = c.L('Suivi %s. Tél. %s. %s', 'Follow-up %s. Phone %s. %s') % (dx, c.pphone(pt), c.L('Sonner 2x.', 'Ring twice.'))
    ics = make_ics('%d-visit@%s' % (c.seq, DOMAIN), summ, start, 60, c.paddr(pt), desc, me.addr(c.lang),
                   [c.S('sjohnson').addr(c.lang)], c.lang)
    text = c.L('%s\n\nInvitation pour la visite conjointe, détails dans l\'invitation.\n%s', '%s\n\nInvite for the joint visit, details in the calendar item.\n%s') % (
        c.hello(), c.sig(me, disclaimer=False))
    return Msg(subject=c.L('Invitation : visite conjointe %s', 'Invitation: joint visit %s') % c.d(day, 'iso'), sender=me.addr(c.lang),
               to=[c.S('sjohnson').addr(c.lang)], text=text, atts=[Att('invite.ics', 'text/calendar', ics, 'utf-8')],
               note='ICS with patient name, address, phone, diagnosis')


@pos('discharge_summary_docx', 2)
def p_discharge(c):
    pt = c.nam_pt() if c.chance(0.7) else c.extra_pt()
    me = c.S(c.pick(['bsingh', 'ahoule', 'jmorin', 'afraser']))
    dx = c.dx(c.pick([c.mdx(), c.surg(pt)['dx']]))
    rx = c.meds(c.r.randrange(3, 6))
    paras = [ident(c, pt, ['name', 'dob'] + (['nam'] if pt.nam and c.chance(0.6) else []) + ['mrn'], 'lines'),
             c.L('Admission : %s   Congé : %s', 'Admitted: %s   Discharged: %s') % (c.d(c.past(5, 15), 'iso'), c.d(c.past(0, 3), 'iso')),
             c.L('Diagnostic principal : ', 'Principal diagnosis: ') + dx,
             c.L('Évolution : amélioration sous traitement, mobilisation progressive.', 'Course: improved with treatment, progressive mobilisation.'),
             c.L('Médication au congé :', 'Discharge medications:')] + ['  - ' + x for x in rx]
    if c.chance(0.5):
        paras.append(c.L('Labos au congé : ', 'Labs at discharge: ') + ', '.join(c.labs(2)))
    if c.chance(0.3):
        paras.append(c.L('Social : ', 'Social: ') + c.soc())
    docx = make_docx(c.L('Résumé de dossier - congé', 'Discharge summary'), paras, None, me.name())
    fname = c.pick(['resume_conge_%s.docx' % strip_accents(pt.surname).lower(), 'Résumé de départ.docx', 'DC_summary_%s.docx' % pt.mrn])
    text = c.L('%s\n\nRésumé de départ ci-joint pour suivi en GMF.\n%s', '%s\n\nDischarge summary attached for follow-up at the clinic.\n%s') % (c.hello(), c.sig(me))
    if 'resume_conge_' in fname:
        c.add('patient_name')
    return Msg(subject=c.pick([c.L('Résumé de départ', 'Discharge summary'), c.L('Congé - résumé', 'DC summary')]),
               sender=me.addr(c.lang, True), to=[c.ext(c.pick([0, 1, 2]))], text=text,
               atts=[Att(fname, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx)],
               note='discharge summary DOCX')


@pos('waitlist_extract', 2)
def p_waitlist(c):
    me = c.S(c.pick(['jhamel', 'kmacleod', 'acote', 'cbergeron']))
    rows = [[c.L('Nom', 'Surname'), c.L('Prénom', 'Given name'), 'NAM' if c.lang == 'fr' else 'RAMQ', c.L('DDN', 'DOB'), c.L('Intervention', 'Procedure'),
             c.L('Chirurgien', 'Surgeon'), c.L('Jours d\'attente', 'Days waiting')]]
    for p in c.r.sample(c.w.nam_people, c.r.randrange(5, 10)):
        case = c.surg(p)
        rows.append([p.surname, p.given, p.nam, p.dob.isoformat(), case['proc'], case['surgeon'].last, str(c.r.randrange(190, 720))])
    c.add('patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis')
    mode = c.pick(['csv', 'xlsx', 'html'])
    text = c.L('%s\n\nVoici l\'extraction des usagers > 6 mois pour le projet de délestage vers la clinique privée partenaire. Merci de confirmer la réception.\n%s',
               '%s\n\nHere is the extract of patients waiting > 6 months for the off-load project with the partner private clinic. Please confirm receipt.\n%s') % (c.hello(), c.sig(me))
    m = Msg(subject=c.pick([c.L('Liste d\'attente > 6 mois', 'Wait list > 6 months'), c.L('Extraction délestage', 'Off-load extract')]),
            sender=me.addr(c.lang), to=[('Clinique chirurgicale Horizon', 'coordination@clinique-horizon.example')], cc=[c.S('cbouchard').addr(c.lang, True)],
            text=text, note='wait-list extract with NAMs (%s)' % mode)
    if mode == 'csv':
        m.atts.append(Att('attente_6mois.csv' if c.lang == 'fr' else 'waitlist_6months.csv', 'text/csv', make_csv(rows, ';'), c.pick(['utf-8', 'windows-1252', 'iso-8859-1'])))
    elif mode == 'xlsx':
        m.atts.append(Att('liste_attente.xlsx' if c.lang == 'fr' else 'wait_list.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('Liste', rows)], me.name())))
    else:
        m.html = html_doc('<p>%s</p>%s' % (text.replace('\n', '<br>'), html_table(rows)))
        m.html_only = True
    return m


@pos('grand_rounds_identified_case')
def p_rounds_case(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    me = c.S(c.pick(['ahoule', 'bsingh']))
    dx = c.dx(c.mdx())
    day = c.future(2, 10)
    text = c.L('%s\n\nVoici le résumé de cas pour la réunion scientifique du %s (salle A-2110).\n\nCas : %s, %s, %d ans, dossier %s. Admis%s pour %s. %s\nTraitement : %s.\n\nLes diapos suivent.\n%s',
               '%s\n\nHere is the case summary for grand rounds on %s (room A-2110).\n\nCase: %s, %s, %d y.o., MRN %s. Admitted%s for %s. %s\nTreatment: %s.\n\nSlides to follow.\n%s') % (
        c.hello(), c.d(day, 'long'), c.pname(pt, c.pick(['full', 'REV', 'civfull'])), c.L('F', 'F') if pt.sex == 'F' else c.L('H', 'M'),
        pt.age(c.when.date()), c.pmrn(pt), pt.e(c.lang, 'e', '') if c.lang == 'fr' else '', dx, ', '.join(c.labs(2)), ', '.join(c.meds(2)), c.sig(me))
    return Msg(subject=c.L('Réunion scientifique - résumé de cas', 'Grand rounds - case summary'), sender=me.addr(c.lang),
               to=[c.S('hpaquette').addr(c.lang, True), c.S('cbergeron').addr(c.lang)], text=text,
               note='grand rounds case that is NOT anonymised')


@pos('or_report_with_patient_appendix')
def p_or_report_appendix(c):
    me = c.S(c.pick(['jhamel', 'kmacleod']))
    month = c.L(MONTHS_FR, MONTHS_EN)[(c.when.month - 2) % 12]
    agg = [[c.L('Chirurgien', 'Surgeon'), c.L('Cas', 'Cases'), c.L('Utilisation', 'Utilisation'), c.L('Annulations', 'Cancellations')]]
    for k in c.r.sample(SURGEONS, 5):
        agg.append([STAFF[k].dr(c.lang), c.r.randrange(12, 60), '%d %%' % c.r.randrange(68, 97), c.r.randrange(0, 6)])
    canc = [[c.L('Dossier', 'MRN'), c.L('Usager', 'Patient'), c.L('Intervention', 'Procedure'), c.L('Motif annulation', 'Cancellation reason')]]
    reasons = c.L(['RNI 2,8 le matin même', 'hyperglycémie 24 mmol/L', 'IVRS fébrile', 'manque de lit USI', 'K 6,1 mmol/L'],
                  ['INR 2.8 morning of surgery', 'glucose 24 mmol/L', 'febrile URTI', 'no ICU bed', 'K 6.1 mmol/L'])
    for i, p in enumerate(c.r.sample(c.w.extra + c.w.nam_people, 4)):
        case = c.surg(p)
        ri = c.r.randrange(len(reasons)) if i else c.pick([0, 1, 4])
        if ri in (0, 1, 4):
            c.add('lab_result')
        canc.append([p.mrn, p.nm('REV'), case['proc'], reasons[ri]])
    c.add('mrn', 'patient_name', 'diagnosis')
    xl = make_xlsx([(c.L('Sommaire', 'Summary'), agg), (c.L('Annulations détail', 'Cancellation detail'), canc)], me.name())
    text = c.L('%s\n\nRapport d\'utilisation des salles pour %s en pièce jointe. L\'onglet 2 liste les annulations le jour même pour le comité.\n%s',
               '%s\n\nOR utilisation report for %s attached. Tab 2 lists same-day cancellations for the committee.\n%s') % (c.hello(), month, c.sig(me))
    return Msg(subject=c.L('Rapport utilisation bloc - %s', 'OR utilisation report - %s') % month, sender=me.addr(c.lang),
               to=[c.S('cbouchard').addr(c.lang, True), c.S('agirard').addr(c.lang, True)],
               text=text, atts=[Att('utilisation_bloc_%s.xlsx' % strip_accents(month).lower(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xl)],
               note='aggregate OR report whose second sheet lists identified patients')


@pos('patient_story_draft')
def p_story(c):
    pt = c.nam_pt()
    me = c.S(c.pick(['vdumais', 'sarsenault', 'jmckenzie']))
    case = c.surg(pt)
    text = c.L('%s\n\nVoici le brouillon pour l\'infolettre (consentement pas encore signé, ne pas diffuser) :\n\n« %s, %d ans, de %s, a subi une %s en %s après un diagnostic de %s. Aujourd\'hui, %s a repris le travail... »\n\nPeux-tu valider les termes médicaux?\n%s',
               '%s\n\nHere is the draft for the newsletter (consent not signed yet, do not circulate):\n\n"%s, %d, from %s, underwent %s in %s after being diagnosed with %s. Today %s is back at work..."\n\nCould you check the medical wording?\n%s') % (
        c.hello(case['surgeon'].dr(c.lang)), c.pname(pt, 'full'), pt.age(c.when.date()), pt.town, c.dx(case['proc']),
        c.L(MONTHS_FR, MONTHS_EN)[c.past(30, 120).month - 1], case['dx'], pt.pron(c.lang), c.sig(me))
    return Msg(subject=c.L('Brouillon - histoire de patient', 'Draft - patient story'), sender=me.addr(c.lang),
               to=[case['surgeon'].addr(c.lang, True)], cc=[c.S('epoulin').addr(c.lang)], text=text,
               note='newsletter draft with an identified patient story')


@pos('initials_mrn')
def p_initials(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    me = c.S(c.pick(['bsingh', 'ahoule', 'trichards', 'sjohnson']))
    to = c.S(c.pick(PHYSICIANS + SURGEONS))
    init = '%s.%s.' % (pt.given[0], pt.surname[0])
    dx = c.dx(c.pick([c.mdx(), c.surg(pt)['dx']]))
    text = c.L('%s\n\nPt %s, %s, dossier %s, DDN %s - %s. %s\nÀ réévaluer ce soir?\n%s',
               '%s\n\nPt %s, %s, MRN %s, DOB %s - %s. %s\nReassess tonight?\n%s') % (
        c.hello(to.dr(c.lang)), init, c.L('F', 'F') if pt.sex == 'F' else c.L('H', 'M'), c.pmrn(pt), c.pdob(pt), dx,
        c.pick([lambda: ', '.join(c.labs(2)), lambda: c.meds(1)[0]])(), c.sig(me, disclaimer=False))
    return Msg(subject=c.pick(['pt %s' % init, c.L('question patient', 'patient question'), 'MRN %s' % pt.mrn]),
               sender=me.addr(c.lang), to=[to.addr(c.lang, True)], text=text, text_only=True,
               note='initials with MRN and DOB')


@pos('terse_nam_note', 2)
def p_terse(c):
    pt = c.nam_pt()
    me = c.S(c.pick(['flabrecque', 'dwalsh', 'acote', 'lmurphy', 'mgagnon']))
    to = c.S(c.pick(SURGEONS))
    nam = c.pnam(pt, c.pick(['lower', 'sp444', 'dash', 'sp48']))
    bits = [nam, c.dx(c.pick([c.surg(pt)['proc'], c.mdx()]))]
    if c.chance(0.5):
        bits.append(c.pick(c.L(['rappeler la patiente', 'annule RV', 'RV devancé'], ['call back', 'cancelled appt', 'appt moved up'])))
    if c.chance(0.4):
        bits.insert(0, c.pname(pt, 'lower'))
    text = ' - '.join(bits) + '\n' + c.pick(['', me.initials(), me.first]) + '\n'
    return Msg(subject=c.pick(['', 'nam', c.L('à faire', 'todo'), 'fyi']) or '(%s)' % c.L('sans objet', 'no subject'),
               sender=me.addr(c.lang), to=[to.addr(c.lang, True)], text=text, text_only=True, note='terse note with disguised NAM')


@pos('needlestick_source_patient')
def p_needlestick(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    me = c.S(c.pick(['nberube', 'koconnor']))
    emp_no = '%06d' % c.r.randrange(100000, 399999)
    res = c.pick(c.L(['anti-VHC positif, ARN VHC en cours', 'VIH négatif, AgHBs négatif, anti-VHC négatif', 'connu VIH+, charge virale indétectable'],
                     ['anti-HCV positive, HCV RNA pending', 'HIV negative, HBsAg negative, anti-HCV negative', 'known HIV+, undetectable viral load']))
    c.add('lab_result', 'diagnosis')
    text = c.L('%s\n\nExposition percutanée - employé matricule %s (préposé, 4B), hier 22 h.\nSource : %s, chambre %s, dossier %s. Sérologies source : %s.\nConsentement de la source obtenu. Je vois l\'employé demain pour le suivi.\n\n%s',
               '%s\n\nPercutaneous exposure - employee no. %s (PCA, 4B), last night 22:00.\nSource: %s, room %s, MRN %s. Source serology: %s.\nSource consent obtained. I will see the employee tomorrow for follow-up.\n\n%s') % (
        c.hello(c.S('ldesrosiers').dr(c.lang)), emp_no, c.pname(pt, c.pick(['full', 'civfull', 'REV'])), '4B-%02d' % c.r.randrange(1, 30), c.pmrn(pt), res, c.sig(me))
    return Msg(subject=c.L('Exposition au sang - source identifiée', 'Blood exposure - source identified'), sender=me.addr(c.lang),
               to=[c.S('ldesrosiers').addr(c.lang, True)], text=text, note='occupational exposure mail naming the SOURCE PATIENT and serology')


@pos('media_request_patient')
def p_media(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    me = c.S(c.pick(['sarsenault', 'epoulin', 'jmckenzie']))
    cond = c.dx(c.pick(c.L(['traumatisme crânien, intubé', 'brûlures au 2e degré sur 30 %', 'polytraumatisé, fractures du bassin'],
                           ['head injury, intubated', 'second-degree burns over 30%', 'multiple trauma, pelvic fractures'])))
    text = c.L('%s\n\nUn journaliste du Courrier des Battures demande des nouvelles de %s, admis%s hier après l\'accident sur la 132. Selon l\'urgence : %s, USI, état critique mais stable.\nOn ne confirme rien publiquement évidemment. Ligne à valider avec toi.\n%s',
               '%s\n\nA reporter from the Battures Courier is asking about %s, admitted%s yesterday after the crash on Route 132. According to the ED: %s, ICU, critical but stable.\nObviously we confirm nothing publicly. Media line to validate with you.\n%s') % (
        c.hello(c.S('agirard').first), c.pname(pt, c.pick(['full', 'civfull'])), pt.e('fr', 'e', '') if c.lang == 'fr' else '', cond, c.sig(me))
    return Msg(subject=c.L('Demande média - accident 132', 'Media request - Route 132 crash'), sender=me.addr(c.lang),
               to=[c.S('agirard').addr(c.lang, True)], cc=[c.S('epoulin').addr(c.lang)] if me.key != 'epoulin' else [],
               text=text, note='communications office mail naming a patient and condition')


@pos('records_access_request')
def p_records(c):
    pt = c.nam_pt()
    me = c.S(c.pick(['chebert', 'cbergeron', 'mlambert']))
    dd = c.past(60, 400)
    text = c.L('%s\n\nDemande d\'accès au dossier reçue de l\'avocat de %s (%s, NAM %s) pour l\'épisode du %s (%s). Le Bureau du coroner demande aussi copie.\nPuis-je transmettre les notes opératoires et le protocole d\'anesthésie?\n%s',
               '%s\n\nRecords access request from the lawyer of %s (%s, RAMQ %s) for the episode of %s (%s). The Coroner\'s Office also wants a copy.\nMay I release the operative notes and the anaesthesia record?\n%s') % (
        c.hello(c.S('agirard').dr(c.lang)), c.pname(pt, c.pick(['full', 'civfull', 'REV'])), c.pdob(pt), c.pnam(pt), c.d(dd), c.dx(c.surg(pt)['proc']), c.sig(me))
    return Msg(subject=c.L('Accès au dossier - avis DSP', 'Records access - DPS opinion'), sender=me.addr(c.lang),
               to=[c.S('agirard').addr(c.lang, True)], text=text, note='records access request with NAM')


@pos('cmdp_case_review')
def p_cmdp(c):
    pt = c.nam_pt() if c.chance(0.5) else c.extra_pt()
    me = c.S(c.pick(['rchen', 'hpaquette', 'cbouchard']))
    case = c.surg(pt)
    text = c.L('%s\n\nPour le comité d\'évaluation de l\'acte : dossier %s (%s), %s le %s par %s. Complication : %s. Réadmis%s à J5 pour %s.\nMerci de préparer la revue pour le %s.\n%s',
               '%s\n\nFor the medical act evaluation committee: MRN %s (%s), %s on %s by %s. Complication: %s. Readmitted%s on POD5 for %s.\nPlease prepare the review for %s.\n%s') % (
        c.hello(), c.pmrn(pt), c.pname(pt, c.pick(['sg', 'REV', 'init'])), c.dx(case['proc']), c.d(c.past(20, 80)), case['surgeon'].dr(c.lang),
        c.pick(c.L(['infection du site opératoire', 'hémorragie post-op', 'embolie pulmonaire', 'delirium avec chute'], ['surgical site infection', 'post-op haemorrhage', 'pulmonary embolism', 'delirium with fall'])),
        pt.e('fr', 'e', '') if c.lang == 'fr' else '', c.pick(c.L(['sepsis', 'péritonite'], ['sepsis', 'peritonitis'])), c.d(c.future(7, 30), 'long'), c.sig(me))
    return Msg(subject=c.L('CEMDP - revue de cas', 'CMDP - case review'), sender=me.addr(c.lang, True),
               to=[c.S('mlavoie').addr(c.lang), c.S('cbergeron').addr(c.lang)], text=text, note='peer review mail with MRN')


# ---------------------------------------------------------------------------
# NEGATIVE templates (administrative mail, hard)
# ---------------------------------------------------------------------------

FIRST_F = ['Nathalie', 'Josée', 'Karine', 'Isabelle', 'Sonia', 'Marie-Claude', 'Chantal', 'Lyne', 'Stéphanie', 'Ashley',
           'Jessica', 'Maude', 'Andréanne', 'Lise', 'Francine', 'Carole', 'Megan', 'Annie', 'Julie', 'Véronique']
FIRST_M = ['Sylvain', 'Martin', 'Guy', 'Jean-Pierre', 'Stéphane', 'Benoît', 'Ryan', 'Jonathan', 'Alexandre', 'Mario',
           'Normand', 'François', 'Patrick', 'Simon', 'Derek', 'Yannick', 'Richard', 'Denis', 'Éric', 'Marc']
LASTS = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné', 'Ouellet',
         'Pelletier', 'Bélanger', 'Lévesque', 'Bergeron', 'Leblanc', 'Paquette', 'Girard', 'Simard', 'Boucher', 'Caron',
         'Beaulieu', 'Cloutier', 'Dubé', 'Poirier', 'Fournier', 'Lapointe', 'Leclerc', 'Lefebvre', 'Poulin', 'Thibault',
         "O'Neill", 'Campbell', 'Murphy', 'Stewart', 'Nadeau', 'Savard', 'Lessard', 'Martel', 'Rioux']
JOBS = [('infirmière auxiliaire', 'LPN'), ('préposée aux bénéficiaires', 'patient care attendant'), ('infirmière clinicienne', 'clinical nurse'),
        ('inhalothérapeute', 'respiratory therapist'), ('technicienne en radiologie', 'radiology technologist'),
        ('agente administrative', 'administrative officer'), ('physiothérapeute', 'physiotherapist'), ('ergothérapeute', 'occupational therapist'),
        ('préposé à l\'entretien ménager', 'housekeeping attendant'), ('technicien en électrophysiologie', 'EP technician'),
        ('infirmière-chef', 'head nurse'), ('nutritionniste', 'dietitian'), ('cuisinier', 'cook'), ('archiviste médicale', 'health records technician'),
        ('inhalothérapeute au bloc', 'OR respiratory therapist'), ('infirmière de bloc opératoire', 'OR nurse')]


def staff_person(c, sex=None):
    bad = {(p.given, p.surname) for p in c.w.nam_people}
    while True:
        sex = sex or c.pick('FM')
        first = c.pick(FIRST_F if sex == 'F' else FIRST_M)
        last = c.pick(LASTS)
        if (first, last) not in bad:
            j = c.pick(JOBS)
            job = c.L(j[0], j[1])
            if c.lang == 'fr' and sex == 'M':
                job = job.replace('infirmière', 'infirmier').replace('préposée', 'préposé').replace('agente administrative', 'agent administratif') \
                    .replace('technicienne', 'technicien').replace('archiviste médicale', 'archiviste médical').replace('clinicienne', 'clinicien') \
                    .replace('auxiliaire', 'auxiliaire').replace('-chef', '-chef')
            return {'first': first, 'last': last, 'sex': sex, 'job': job, 'name': '%s %s' % (first, last),
                    'emp': emp_no(c), 'unit': c.pick(UNITS + ['bloc opératoire', 'urgence', 'CLSC', 'CHSLD des Bouleaux']) if c.lang == 'fr'
                    else c.pick(UNITS + ['OR', 'ED', 'CLSC', 'CHSLD des Bouleaux'])}


def emp_no(c):
    return c.pick(['%06d' % c.r.randrange(100000, 399999), '%07d' % c.r.randrange(1000000, 3999999), '%06d' % c.r.randrange(100000, 399999)])


def ext_no(c):
    return '%d' % c.r.randrange(21000, 31999)


def room_no(c):
    return c.pick(['A-%d' % c.r.randrange(1100, 4999), 'B-%d' % c.r.randrange(1100, 4999), 'local %d.%03d' % (c.r.randrange(1, 6), c.r.randrange(1, 300)),
                   'salle %s' % c.pick(['Chaleur', 'Saint-Laurent', 'des Monts', 'Jean-Lesage']), 'auditorium %s' % c.pick(['A', 'B'])])


def lot_no(c):
    return c.pick(['%s%d%s%03d' % (c.pick(['V', 'K', 'T', 'EH', 'AB']), c.r.randrange(1, 9), c.pick('ABCDEFGH'), c.r.randrange(1, 999)),
                   luhn_number(c.r, 9, '1234567'), luhn_number(c.r, 10), '%d%s' % (c.r.randrange(100000, 999999), c.pick(['A', 'B', 'XK']))])


def nl_sections(c, k):
    """Newsletter building blocks; each returns (title, paragraph)."""
    pool = []
    d1 = staff_person(c)
    doc = STAFF[c.pick(PHYSICIANS + SURGEONS)]
    pool.append((c.L('Bienvenue', 'Welcome'), c.L(
        'Nous souhaitons la bienvenue à %s, qui se joint au %s. %s s\'intéresse particulièrement aux usagers atteints de %s et offrira une clinique le %s au %s.',
        'Please welcome %s, who is joining the %s. %s has a special interest in patients with %s and will run a clinic on %s at %s.') % (
        doc.name(c.lang, True), doc.directorate(c.lang), doc.dr(c.lang), c.L(*c.pick(MED_DX)).split('(')[0].strip(),
        c.L(DAYS_FR, DAYS_EN)[c.r.randrange(0, 5)], c.L(SITES[doc.site][0], SITES[doc.site][1]))))
    pool.append((c.L('Bonne retraite!', 'Happy retirement!'), c.L(
        'Après %d ans de service, %s (%s, %s) prend sa retraite le %s. Un 5 à 7 aura lieu au %s.',
        'After %d years of service, %s (%s, %s) retires on %s. A farewell gathering will be held in %s.') % (
        c.r.randrange(22, 38), d1['name'], d1['job'], d1['unit'], c.d(c.future(5, 40), 'long'), room_no(c))))
    pool.append((c.L('Vaccination antigrippale', 'Flu vaccination'), c.L(
        'Le taux de vaccination du personnel atteint %d %% à l\'Hôpital de Rivière-aux-Saules et %d %% au CHSLD des Bouleaux. Cliniques sans rendez-vous au %s, poste %s.',
        'Staff vaccination has reached %d%% at Rivière-aux-Saules Hospital and %d%% at CHSLD des Bouleaux. Walk-in clinics in %s, ext. %s.') % (
        c.r.randrange(38, 71), c.r.randrange(45, 80), room_no(c), ext_no(c))))
    pool.append((c.L('Hygiène des mains', 'Hand hygiene'), c.L(
        'Taux de conformité du trimestre : %d %% (cible 80 %%). Bravo à l\'unité %s qui atteint %d %%.',
        'Quarterly compliance: %d%% (target 80%%). Kudos to unit %s, at %d%%.') % (c.r.randrange(61, 79), c.pick(UNITS), c.r.randrange(85, 98))))
    pool.append((c.L('Chantier du bloc opératoire', 'OR renovation'), c.L(
        'Les salles 5 et 6 seront fermées du %s au %s pour le remplacement des systèmes de ventilation. Les plages de chirurgie orthopédique et urologique seront déplacées au CH de Pointe-Lévrard.',
        'ORs 5 and 6 will close from %s to %s for HVAC replacement. Orthopaedic and urology blocks move to Pointe-Lévrard.') % (
        c.d(c.future(10, 30), 'long'), c.d(c.future(40, 90), 'long'))))
    pool.append((c.L('En chiffres', 'By the numbers'), c.L(
        'Ce trimestre : %s visites à l\'urgence, %s chirurgies, %s accouchements et %s prélèvements au centre de prélèvement.',
        'This quarter: %s ED visits, %s surgeries, %s births and %s blood draws at the collection centre.') % tuple(
        '{:,}'.format(c.r.randrange(a, b)).replace(',', ' ' if c.lang == 'fr' else ',') for a, b in [(9000, 16000), (2000, 4500), (180, 420), (30000, 60000)])))
    pool.append((c.L('Santé et mieux-être', 'Health & wellness'), c.L(
        'Capsule TMS : ajustez votre poste de travail. Les ergonomes du Service SSMET (poste %s) offrent des évaluations gratuites. Le PAE est joignable au 1 800 555-0199.',
        'MSD tip: adjust your workstation. The OHS ergonomists (ext. %s) offer free assessments. The EAP is reachable at 1 800 555-0199.') % ext_no(c)))
    p2 = staff_person(c)
    pool.append((c.L('Prix reconnaissance', 'Recognition award'), c.L(
        'Le prix Étoile du mois va à %s, %s à l\'unité %s, pour son projet de prévention des chutes chez les usagers atteints de démence.',
        'The Star of the Month award goes to %s, %s on unit %s, for a fall-prevention project for residents living with dementia.') % (
        p2['name'], p2['job'], p2['unit'])))
    pool.append((c.L('Réunion scientifique', 'Grand rounds'), c.L(
        '%s présentera « %s » le %s à midi, %s. Diffusion Teams.',
        '%s will present "%s" on %s at noon, %s. Streamed on Teams.') % (
        doc.name(c.lang, True), c.pick(c.L(['Antibiothérapie courte dans la pneumonie', 'Anticoagulation périopératoire en 2025', 'Delirium postopératoire chez l\'aîné'],
                                           ['Short-course antibiotics for pneumonia', 'Perioperative anticoagulation in 2025', 'Post-operative delirium in older adults'])),
        c.d(c.future(3, 20), 'long'), room_no(c))))
    c.r.shuffle(pool)
    return pool[:k]


def bulletin(c, title, sections, sender, to_label, related=False):
    """Build an HTML newsletter + plain alternative."""
    import html as H
    plain = [title.upper(), '=' * len(title), '']
    h = ['<table width="640" align="center" style="font-family:Arial,sans-serif;font-size:11pt">']
    if related:
        h.append('<tr><td><img src="cid:logo.%d@%s" alt="CIUSSS EM" width="120"></td></tr>' % (c.seq, DOMAIN))
    h.append('<tr><td><h1 style="color:#00548c">%s</h1></td></tr>' % H.escape(title))
    for t, p in sections:
        plain += [t, '-' * len(t), p, '']
        h.append('<tr><td><h3>%s</h3><p>%s</p></td></tr>' % (H.escape(t), H.escape(p)))
    foot = c.L('Vous recevez ce bulletin parce que vous êtes membre du personnel du %s. Direction des communications, poste 22314.',
               'You receive this bulletin as a member of staff of the %s. Communications, ext. 22314.') % ORG_FR
    plain.append(foot)
    h.append('<tr><td style="font-size:8pt;color:#777">%s</td></tr></table>' % H.escape(foot))
    return Msg(sender=sender, to=[to_label], text='\n'.join(plain), html=html_doc('\n'.join(h), title), related_png=related)


@neg('newsletter', 5)
def n_newsletter(c):
    me = c.S(c.pick(['vdumais', 'jmckenzie', 'sarsenault']))
    no = c.r.randrange(40, 160)
    title = c.L('Le Lien - Infolettre no %d' % no, 'The Link - Newsletter #%d' % no)
    m = bulletin(c, title, nl_sections(c, c.r.randrange(4, 8)), me.addr(c.lang),
                 (c.L('Tout le personnel', 'All staff'), 'tout.le.personnel@%s' % DOMAIN), related=c.chance(0.5))
    m.subject = title
    m.html_only = c.chance(0.3)
    m.note = 'staff newsletter'
    if c.chance(0.3):
        secs = [ln for ln in m.text.split('\n') if ln and not set(ln) <= set('=-')]
        m.atts.append(Att(c.L('Le_Lien_no%d.pdf', 'The_Link_%d.pdf') % no, 'application/pdf', make_pdf(title, secs, me.name(), compress=c.chance(0.5))))
        m.note += ' (+PDF edition)'
    return m


@neg('retirement', 2)
def n_retirement(c):
    p = staff_person(c)
    me = c.S(c.pick(['vdumais', 'jhamel', 'gouellet', 'epoulin']))
    day = c.future(5, 40)
    text = c.L('%s\n\nC\'est avec émotion que nous soulignons le départ à la retraite de %s, %s à l\'unité %s depuis %d ans (matricule %s pour la carte collective).\n%s a traversé l\'arrivée du dossier clinique informatisé, la pandémie et trois déménagements d\'unité!\n\nUn 5 à 7 aura lieu le %s au %s. Contribution pour le cadeau : voir %s, poste %s.\n\n%s',
               '%s\n\nWe are pleased to celebrate the retirement of %s, %s on unit %s for %d years (employee no. %s for the group card).\n%s lived through the electronic record roll-out, the pandemic and three unit moves!\n\nA farewell party will be held on %s in %s. Gift contributions: see %s, ext. %s.\n\n%s') % (
        c.hello(), p['name'], p['job'], p['unit'], c.r.randrange(20, 39), p['emp'], c.L('Elle', 'She') if p['sex'] == 'F' else c.L('Il', 'He'),
        c.d(day, 'long'), room_no(c), me.first, me.ext, c.sig(me))
    return Msg(subject=c.L('Départ à la retraite - %s', 'Retirement - %s') % p['name'], sender=me.addr(c.lang),
               to=[(c.L('Équipe', 'Team') + ' ' + p['unit'], 'equipe.%s@%s' % (strip_accents(p['unit']).lower().replace(' ', ''), DOMAIN))], text=text,
               note='staff retirement')


@neg('award', 2)
def n_award(c):
    doc = STAFF[c.pick(PHYSICIANS + SURGEONS)]
    me = c.S(c.pick(['epoulin', 'vdumais', 'agirard']))
    topic = c.pick(c.L(['la prise en charge de l\'insuffisance cardiaque en région', 'la réduction des infections du site opératoire après colectomie',
                        'l\'accès rapide à la chirurgie de la cataracte', 'le dépistage du cancer colorectal', 'le traitement du trouble lié à l\'usage des opioïdes'],
                       ['heart failure care in rural regions', 'reducing surgical site infection after colectomy', 'rapid access to cataract surgery',
                        'colorectal cancer screening', 'treatment of opioid use disorder']))
    text = c.L('%s\n\nNous sommes fiers d\'annoncer que %s, %s, recevra le Prix d\'excellence du Collège régional pour ses travaux sur %s. Son équipe a réduit de %d %% les délais depuis 2022.\nLa remise aura lieu le %s.\n\n%s',
               '%s\n\nWe are proud to announce that %s, %s, will receive the Regional College Award of Excellence for work on %s. The team cut delays by %d%% since 2022.\nThe ceremony will take place on %s.\n\n%s') % (
        c.hello(), doc.name(c.lang, True), doc.role(c.lang).lower(), topic, c.r.randrange(15, 45), c.d(c.future(10, 60), 'long'), c.sig(me))
    return Msg(subject=c.L('Félicitations - %s', 'Congratulations - %s') % doc.dr(c.lang), sender=me.addr(c.lang, True),
               to=[(c.L('Corps médical', 'Medical staff'), 'cmdp@%s' % DOMAIN)], text=text, note='physician award')


@neg('birth_announcement')
def n_birth(c):
    p = staff_person(c)
    me = c.S(c.pick(['gouellet', 'jhamel', 'vdumais']))
    girl = c.chance(0.5)
    baby = c.pick(['Léa', 'Florence', 'Alice', 'Olivia', 'Charlotte']) if girl else c.pick(['Noah', 'Arthur', 'Thomas', 'Édouard', 'William'])
    bd = c.past(1, 10)
    text = c.L('%s\n\nBonne nouvelle! %s (%s) est devenu%s parent de %s, né%s le %s, %s kg. Tout le monde va bien.\nUne carte circule au poste des infirmières. %s sera en congé parental jusqu\'en %s.\n\n%s',
               '%s\n\nGreat news! %s (%s) welcomed %s, born %s, %s kg. Everyone is doing well.\nA card is going around at the nursing station. %s is on parental leave until %s.\n\n%s')
    if c.lang == 'fr':
        text = text % (c.hello(), p['name'], p['job'], 'e' if p['sex'] == 'F' else '', baby, 'e' if girl else '', c.d(bd, 'long'), dec(c.r.uniform(2.8, 4.1), 'fr', 2), p['first'],
                       MONTHS_FR[(bd.month + 11) % 12], c.sig(me))
    else:
        text = text % (c.hello(), p['name'], p['job'], baby, c.d(bd, 'long'), dec(c.r.uniform(2.8, 4.1), 'en', 2), p['first'], MONTHS_EN[(bd.month + 11) % 12], c.sig(me))
    return Msg(subject=c.L('Naissance dans l\'équipe!', 'A new baby on the team!'), sender=me.addr(c.lang),
               to=[(c.L('Équipe ', 'Team ') + p['unit'], 'equipe.unite@%s' % DOMAIN)], text=text, note='staff birth announcement')


@neg('condolences', 2)
def n_condolences(c):
    p = staff_person(c)
    me = c.S(c.pick(['epoulin', 'jhamel', 'gouellet', 'malevesque']))
    whose = c.pick(['self', 'father', 'mother'])
    if whose == 'self':
        t = c.L('C\'est avec une grande tristesse que nous avons appris le décès de notre collègue %s, %s à l\'unité %s, emporté%s par un cancer à l\'âge de %d ans.',
                'It is with great sadness that we learned of the passing of our colleague %s, %s on unit %s, after a battle with cancer at age %d.')
        t = t % ((p['name'], p['job'], p['unit'], 'e' if p['sex'] == 'F' else '', c.r.randrange(44, 63)) if c.lang == 'fr' else
                 (p['name'], p['job'], p['unit'], c.r.randrange(44, 63)))
    else:
        t = c.L('Nous offrons nos sincères condoléances à %s, %s, qui a perdu %s la semaine dernière.',
                'Our sincere condolences to %s, %s, who lost %s last week.') % (
            p['name'], p['job'], c.L('son père' if whose == 'father' else 'sa mère', 'her father' if whose == 'father' else 'her mother') if p['sex'] == 'F' or c.lang == 'fr'
            else ('his father' if whose == 'father' else 'his mother'))
    text = '%s\n\n%s\n%s\n\n%s' % (c.hello(), t, c.L('Le PAE (1 800 555-0199) est disponible pour les membres de l\'équipe. Les funérailles auront lieu le %s à l\'église Sainte-Odile.',
                                                     'The EAP (1 800 555-0199) is available to team members. The funeral will be held on %s at Sainte-Odile church.') % c.d(c.future(3, 12), 'long'),
                                   c.sig(me))
    return Msg(subject=c.L('Condoléances', 'Condolences'), sender=me.addr(c.lang), to=[(c.L('Équipe', 'Team'), 'equipe@%s' % DOMAIN)], text=text,
               note='condolences for staff')


@neg('sick_leave_notice', 3)
def n_sick(c):
    p = staff_person(c)
    me = c.S(c.pick(['malevesque', 'nberube', 'koconnor', 'rkelly']))
    mgr = c.S(c.pick(['jhamel', 'gouellet', 'kmacleod']))
    reason = c.pick(c.L(['chirurgie de l\'épaule (coiffe des rotateurs)', 'entorse lombaire (lésion professionnelle CNESST)', 'épuisement professionnel',
                         'fracture de la cheville', 'COVID longue', 'opération pour hernie discale L5-S1', 'traitement de chimiothérapie'],
                        ['shoulder surgery (rotator cuff)', 'lumbar sprain (CNESST work injury)', 'burnout', 'ankle fracture', 'long COVID',
                         'surgery for L5-S1 disc herniation', 'chemotherapy treatment']))
    start, end = c.past(1, 20), c.future(10, 60)
    text = c.L('%s\n\nPour votre planification : %s (matricule %s), %s, est en invalidité du %s au %s inclusivement (%s). Certificat médical reçu au Service SSMET.\nUne évaluation pour un retour progressif sera faite vers le %s. Merci de ne pas contacter l\'employé%s directement pour des questions médicales.\n\n%s',
               '%s\n\nFor scheduling: %s (employee no. %s), %s, is on disability leave from %s to %s inclusive (%s). Medical certificate received by the OHS office.\nA gradual return assessment will be done around %s. Please do not contact the employee directly about medical matters.\n\n%s')
    if c.lang == 'fr':
        text = text % (c.hello(mgr.first), p['name'], p['emp'], p['job'], c.d(start), c.d(end), reason, c.d(end - dt.timedelta(days=7)), 'e' if p['sex'] == 'F' else '', c.sig(me))
    else:
        text = text % (c.hello(mgr.first), p['name'], p['emp'], p['job'], c.d(start), c.d(end), reason, c.d(end - dt.timedelta(days=7)), c.sig(me))
    return Msg(subject=c.pick([c.L('Absence maladie - %s', 'Sick leave - %s') % p['name'], c.L('Invalidité - matricule %s', 'Disability - emp. %s') % p['emp'],
                               c.L('Avis d\'absence', 'Absence notice')]),
               sender=me.addr(c.lang), to=[mgr.addr(c.lang)], cc=[c.S('scarrier').addr(c.lang)] if c.chance(0.3) else [], text=text,
               note='employee sick leave (HR / occupational health)')


@neg('return_to_work', 3)
def n_rtw(c):
    p = staff_person(c)
    me = c.S(c.pick(['malevesque', 'nberube', 'koconnor', 'ldesrosiers']))
    mgr = c.S(c.pick(['jhamel', 'gouellet', 'kmacleod', 'lgervais']))
    restr = c.pick(c.L(['pas de soulèvement > 10 kg, pas de transferts d\'usagers', 'quarts de jour seulement, pas de temps supplémentaire',
                        'pas de garde au bloc, 4 h/jour la 1re semaine', 'travail en alternance assis/debout'],
                       ['no lifting > 10 kg, no patient transfers', 'day shifts only, no overtime', 'no OR call, 4 h/day first week', 'alternate sitting/standing']))
    cond = c.pick(c.L(['lombalgie', 'tendinite de l\'épaule droite', 'dépression en rémission', 'syndrome du canal carpien opéré', 'commotion cérébrale'],
                      ['low back pain', 'right shoulder tendinitis', 'depression in remission', 'operated carpal tunnel syndrome', 'concussion']))
    plan = [(c.L('Semaine', 'Week') + ' %d' % i, '%d %s' % (h, c.L('h/jour', 'h/day'))) for i, h in enumerate([4, 4, 6, 8], 1)]
    text = c.L('%s\n\nVoici le plan de retour progressif de %s (matricule %s, %s) suite à son arrêt pour %s, débutant le %s :\n%s\nRestrictions : %s.\nRencontre de suivi avec l\'employé%s, le gestionnaire et moi le %s au %s.\n\n%s',
               '%s\n\nHere is the gradual return-to-work plan for %s (emp. no. %s, %s) following leave for %s, starting %s:\n%s\nRestrictions: %s.\nFollow-up meeting with the employee, the manager and me on %s in %s.\n\n%s')
    plan_txt = '\n'.join('  %s : %s' % x if c.lang == 'fr' else '  %s: %s' % x for x in plan)
    args = [c.hello(mgr.first), p['name'], p['emp'], p['job'], cond, c.d(c.future(3, 14)), plan_txt, restr]
    if c.lang == 'fr':
        args.append('e' if p['sex'] == 'F' else '')
    args += [c.d(c.future(20, 35)), room_no(c), c.sig(me)]
    m = Msg(subject=c.L('Retour progressif - %s', 'Gradual return - %s') % p['name'], sender=me.addr(c.lang, True), to=[mgr.addr(c.lang)],
            text=text % tuple(args), note='employee return-to-work plan (HR)')
    if c.chance(0.5):
        docx = make_docx(c.L('Plan de retour progressif au travail', 'Gradual return-to-work plan'),
                         [c.L('Employé : ', 'Employee: ') + p['name'], c.L('Matricule : ', 'Employee no.: ') + p['emp'], c.L('Restrictions : ', 'Restrictions: ') + restr],
                         [[c.L('Semaine', 'Week'), c.L('Horaire', 'Schedule')]] + [list(x) for x in plan], me.name())
        m.atts.append(Att('PRT_%s.docx' % p['emp'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', docx))
    return m


@neg('employee_exposure_followup')
def n_exposure(c):
    p = staff_person(c)
    me = c.S(c.pick(['nberube', 'koconnor']))
    text = c.L('%s\n\n%s (matricule %s), tu es attendu%s pour ton suivi post-exposition à 6 semaines le %s à 8 h au Service SSMET, %s. Prélèvements à jeun non requis.\nSi tu ressens des effets secondaires de la prophylaxie, appelle-moi au poste %s.\n\n%s',
               '%s\n\n%s (emp. no. %s), you are expected for your 6-week post-exposure follow-up on %s at 8:00 at the OHS office, %s. No fasting needed.\nIf you have side effects from the prophylaxis, call me at ext. %s.\n\n%s')
    args = [c.hello(p['first']), p['name'], p['emp']] + (['e' if p['sex'] == 'F' else ''] if c.lang == 'fr' else []) + [c.d(c.future(2, 12), 'long'), room_no(c), me.ext, c.sig(me)]
    return Msg(subject=c.L('Rappel - suivi SSMET', 'Reminder - OHS follow-up'), sender=me.addr(c.lang),
               to=[(p['name'], '%s.%s@%s' % (strip_accents(p['first']).lower(), strip_accents(p['last']).lower().replace("'", ''), DOMAIN))],
               text=text % tuple(args), note='employee occupational exposure follow-up reminder (HR)')


@neg('flu_campaign', 2)
def n_flu(c):
    me = c.S(c.pick(['nberube', 'koconnor', 'vdumais']))
    vax = c.pick(['Flulaval Tetra', 'Fluzone Haute dose', 'Afluria Tetra', 'Comirnaty XBB.1.5', 'Spikevax'])
    rows = [[c.L('Date', 'Date'), c.L('Lieu', 'Location'), c.L('Heures', 'Hours')]]
    for i in range(c.r.randrange(4, 8)):
        rows.append([c.d(c.future(2 + i * 3, 4 + i * 3), 'iso'), '%s - %s' % (c.pick(list(SITES.keys())), room_no(c)), c.pick(['7 h 30 - 11 h', '11 h - 15 h', '15 h - 19 h', '23 h - 1 h']) if c.lang == 'fr' else c.pick(['7:30-11:00', '11:00-15:00', '15:00-19:00', '23:00-01:00'])])
    text = c.L('%s\n\nLa campagne de vaccination contre l\'influenza et la COVID-19 pour le personnel débute! Vaccin utilisé : %s (lot %s, exp. %s).\nContre-indications : allergie grave à une dose antérieure, syndrome de Guillain-Barré dans les 6 semaines suivant une vaccination.\n\n%s\n\nApportez votre carte d\'employé (matricule). Les résultats sont confidentiels et versés à votre dossier SSMET.\n%s',
               '%s\n\nThe staff influenza and COVID-19 vaccination campaign is starting! Vaccine: %s (lot %s, exp. %s).\nContraindications: severe allergy to a previous dose, Guillain-Barré syndrome within 6 weeks of a vaccination.\n\n%s\n\nBring your employee card. Records are confidential and kept in your OHS file.\n%s') % (
        c.hello(), vax, lot_no(c), c.d(c.future(120, 300), 'iso'), text_table(rows), c.sig(me))
    m = Msg(subject=c.L('Campagne de vaccination du personnel', 'Staff vaccination campaign'), sender=me.addr(c.lang),
            to=[(c.L('Tout le personnel', 'All staff'), 'tout.le.personnel@%s' % DOMAIN)], text=text, note='vaccination campaign with lot numbers')
    if c.chance(0.5):
        m.html = html_doc('<p>%s</p>%s' % (text.split('\n\n')[1].replace('\n', '<br>'), html_table(rows)))
    return m


@neg('staff_vaccination_status', 2)
def n_vax_status(c):
    me = c.S(c.pick(['nberube', 'koconnor']))
    mgr = c.S(c.pick(['jhamel', 'gouellet', 'kmacleod']))
    rows = [[c.L('Matricule', 'Emp. no.'), c.L('Nom', 'Name'), c.L('Titre d\'emploi', 'Job title'), c.L('Influenza', 'Influenza'), c.L('COVID-19', 'COVID-19'), c.L('TCT 2 étapes', '2-step TST')]]
    for _ in range(c.r.randrange(6, 12)):
        p = staff_person(c)
        rows.append([p['emp'], '%s, %s' % (p['last'].upper(), p['first']), p['job'],
                     c.pick([c.L('reçu', 'received') + ' ' + c.d(c.past(5, 40), 'iso'), c.L('refus', 'declined'), c.L('à faire', 'to do')]),
                     c.pick([c.L('à jour', 'up to date'), c.L('non à jour', 'not up to date')]), c.pick(['0 mm', '3 mm', c.L('à faire', 'pending'), '0 mm'])])
    text = c.L('%s\n\nVoici l\'état de la couverture vaccinale de votre équipe (bloc opératoire) en date du %s. Objectif : 80 %%. Les employés en rouge n\'ont pas encore été rencontrés.\n%s',
               '%s\n\nHere is the vaccination status of your team (OR) as of %s. Target: 80%%. Staff in red have not been seen yet.\n%s') % (c.hello(mgr.first), c.d(c.when.date(), 'iso'), c.sig(me))
    mode = c.pick(['xlsx', 'csv', 'html'])
    m = Msg(subject=c.L('Couverture vaccinale - équipe', 'Vaccination coverage - team'), sender=me.addr(c.lang), to=[mgr.addr(c.lang)], text=text,
            note='staff vaccination status with employee numbers (%s)' % mode)
    if mode == 'xlsx':
        m.atts.append(Att('couverture_vaccinale.xlsx' if c.lang == 'fr' else 'vaccination_coverage.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('Equipe', rows)], me.name())))
    elif mode == 'csv':
        m.atts.append(Att('vaccination_equipe.csv', 'text/csv', make_csv(rows, ';'), 'windows-1252'))
    else:
        m.html = html_doc('<p>%s</p>%s' % (text.replace('\n', '<br>'), html_table(rows)))
    return m


@neg('wellness_campaign', 2)
def n_wellness(c):
    me = c.S(c.pick(['vdumais', 'malevesque', 'jmckenzie']))
    topic = c.pick(c.L([('Défi 5/30 Équilibre', 'Cinq portions de fruits et légumes, 30 minutes d\'activité physique par jour. Inscription d\'équipe avant le %s.'),
                        ('Semaine de la santé mentale', 'Ateliers sur la gestion du stress, l\'insomnie et la prévention de l\'épuisement professionnel. Conférence du Dr Caron-Bédard (psychiatre invitée) le %s.'),
                        ('Mois de la prévention des chutes au travail', 'Plus de 40 %% des lésions professionnelles au CIUSSS sont des TMS et des chutes. Inspection des aires de circulation prévue le %s.'),
                        ('Cessation tabagique', 'Le programme d\'aide gratuit offre timbres de nicotine et varénicline aux employés. Prochaine séance le %s.')],
                       [('5/30 Balance Challenge', 'Five servings of fruit and vegetables and 30 minutes of activity a day. Team registration before %s.'),
                        ('Mental Health Week', 'Workshops on stress, insomnia and burnout prevention. Talk by Dr. Caron-Bédard (guest psychiatrist) on %s.'),
                        ('Workplace fall-prevention month', 'Over 40%% of work injuries at the CIUSSS are MSDs and falls. Walkway inspection scheduled on %s.'),
                        ('Quit smoking', 'The free programme offers nicotine patches and varenicline to staff. Next session on %s.')]))
    text = '%s\n\n%s\n\n%s\n\n%s' % (c.hello(), topic[0], topic[1] % c.d(c.future(5, 30), 'long'), c.sig(me))
    return Msg(subject=topic[0], sender=me.addr(c.lang), to=[(c.L('Tout le personnel', 'All staff'), 'tout.le.personnel@%s' % DOMAIN)], text=text,
               related_png=c.chance(0.3), note='wellness campaign')


@neg('grand_rounds_notice', 3)
def n_grand_rounds(c):
    me = c.S(c.pick(['cbergeron', 'mlambert', 'hpaquette']))
    spk = STAFF[c.pick(PHYSICIANS + SURGEONS)]
    title = c.pick(c.L(['Prise en charge de l\'insuffisance cardiaque à FEVG réduite : les 4 piliers', 'Sepsis : mise à jour des lignes directrices 2024',
                        'Anticoagulation périopératoire : apixaban, rivaroxaban et compagnie', 'Le delirium postopératoire chez la personne âgée',
                        'Hépatite C : vers l\'élimination en région', 'Cancer colorectal chez le jeune adulte'],
                       ['HFrEF management: the four pillars', 'Sepsis: 2024 guideline update', 'Perioperative anticoagulation: apixaban, rivaroxaban and friends',
                        'Post-operative delirium in older adults', 'Hepatitis C: towards elimination in rural areas', 'Early-onset colorectal cancer']))
    day = c.future(3, 25)
    start = dt.datetime.combine(day, dt.time(12, 0))
    text = c.L('%s\n\nRéunion scientifique du département\n%s\nConférencier : %s, %s\nQuand : %s, 12 h à 13 h\nOù : %s et Teams\n\nObjectifs : reconnaître, traiter, prévenir. Crédits de catégorie 1 (1 h). Lunch offert aux 40 premiers.\n%s',
               '%s\n\nDepartmental Grand Rounds\n%s\nSpeaker: %s, %s\nWhen: %s, 12:00 to 13:00\nWhere: %s and Teams\n\nObjectives: recognise, treat, prevent. Category 1 credits (1 h). Lunch for the first 40.\n%s') % (
        c.hello(), title, spk.name(c.lang, True), spk.role(c.lang), c.d(day, 'daymonth'), room_no(c), c.sig(me))
    m = Msg(subject=c.L('Réunion scientifique - %s', 'Grand Rounds - %s') % c.d(day, 'iso'), sender=me.addr(c.lang),
            to=[(c.L('Médecins et résidents', 'Physicians and residents'), 'medecins@%s' % DOMAIN)], text=text, note='grand rounds announcement')
    if c.chance(0.6):
        m.atts.append(Att('reunion_scientifique.ics' if c.lang == 'fr' else 'grand_rounds.ics', 'text/calendar',
                          make_ics('gr-%d@%s' % (c.seq, DOMAIN), title, start, 60, room_no(c), c.L('Conférencier : ', 'Speaker: ') + spk.name(c.lang, True),
                                   me.addr(c.lang), [], c.lang), 'utf-8'))
    return m


@neg('journal_club', 2)
def n_journal(c):
    me = c.S(c.pick(['ahoule', 'bsingh', 'jmorin', 'felamrani']))
    art = c.pick(['Smithson J, et al. Apixaban versus warfarin in patients with atrial fibrillation and end-stage kidney disease. N Engl J Med. 2024;390:1121-31.',
                  'Okafor E, et al. Short-course vs standard antibiotic therapy for community-acquired pneumonia. JAMA. 2023;329:2012-20.',
                  'Lindqvist M, et al. Tranexamic acid in hip fracture surgery: a randomized trial. Lancet. 2024;403:455-64.',
                  'Beaulieu-Roy A, et al. Semaglutide and kidney outcomes in type 2 diabetes. N Engl J Med. 2024;391:109-21.'])
    text = c.L('%s\n\nClub de lecture le %s à 7 h 30, %s.\nArticle : %s\nPrésentateur : %s. Questions : validité interne, NNT, applicabilité à notre population (DFGe < 30, âge > 75).\nCafé et viennoiseries offerts par le département.\n%s',
               '%s\n\nJournal club on %s at 7:30, %s.\nArticle: %s\nPresenter: %s. Questions: internal validity, NNT, applicability to our population (eGFR < 30, age > 75).\nCoffee and pastries courtesy of the department.\n%s') % (
        c.hello(), c.d(c.future(3, 20), 'daymonth'), room_no(c), art, me.name(c.lang, True), c.sig(me))
    m = Msg(subject=c.L('Club de lecture', 'Journal club'), sender=me.addr(c.lang), to=[(c.L('Résidents', 'Residents'), 'residents@%s' % DOMAIN)], text=text,
            note='journal club')
    if c.chance(0.55):
        m.atts.append(Att('grille_lecture_critique.pdf', 'application/pdf', make_pdf(c.L('Grille de lecture critique', 'Critical appraisal sheet'),
                                                                                     [art, '', c.L('1. Question PICO', '1. PICO question'), c.L('2. Randomisation', '2. Randomisation'),
                                                                                      c.L('3. NNT / NNH', '3. NNT / NNH'), c.L('4. Applicabilité', '4. Applicability')], me.name())))
    return m


@neg('or_utilisation_report', 3)
def n_or_report(c):
    me = c.S(c.pick(['jhamel', 'kmacleod', 'cbouchard']))
    month = c.L(MONTHS_FR, MONTHS_EN)[(c.when.month - 2) % 12]
    rows = [[c.L('Chirurgien', 'Surgeon'), c.L('Spécialité', 'Specialty'), c.L('Heures allouées', 'Allocated h'), c.L('Heures utilisées', 'Used h'), c.L('Taux', 'Rate'),
             c.L('Cas', 'Cases'), c.L('Intervention la plus fréquente', 'Most frequent procedure'), c.L('Annulations', 'Cancellations')]]
    for k in c.r.sample(SURGEONS, c.r.randrange(6, 11)):
        s = STAFF[k]
        alloc = c.r.randrange(40, 120)
        used = alloc * c.r.uniform(0.62, 0.99)
        procs = [x for x in SURG_CASES if k in x[4]] or SURG_CASES
        rows.append([s.dr(c.lang), s.role(c.lang), alloc, dec(used, c.lang), '%d %%' % (100 * used / alloc), c.r.randrange(8, 70),
                     c.L(*c.pick(procs)[2:4]), c.r.randrange(0, 7)])
    text = c.L('%s\n\nRapport d\'utilisation des salles d\'opération, %s. Taux global : %d %% (cible 85 %%). Annulations le jour même : %d (dont %d pour manque de lit, %d pour cause médicale).\n%s',
               '%s\n\nOperating room utilisation report, %s. Overall rate: %d%% (target 85%%). Same-day cancellations: %d (%d no bed, %d medical).\n%s') % (
        c.hello(), month, c.r.randrange(74, 90), c.r.randrange(8, 30), c.r.randrange(2, 8), c.r.randrange(2, 10), c.sig(me))
    m = Msg(subject=c.L('Utilisation du bloc - %s', 'OR utilisation - %s') % month, sender=me.addr(c.lang, True),
            to=[c.S('cbouchard').addr(c.lang, True), c.S('agirard').addr(c.lang, True)], cc=[(c.L('Chirurgiens', 'Surgeons'), 'chirurgiens@%s' % DOMAIN)],
            text=text, note='OR utilisation by surgeon and procedure (aggregate)')
    mode = c.pick(['xlsx', 'html', 'pdf'])
    if mode == 'xlsx':
        m.atts.append(Att('utilisation_bloc_%s.xlsx' % strip_accents(month).lower(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(month, rows)], me.name())))
    elif mode == 'html':
        m.html = html_doc('<p>%s</p>%s' % (text.replace('\n', '<br>'), html_table(rows)))
    else:
        m.atts.append(Att('rapport_bloc_%s.pdf' % strip_accents(month).lower(), 'application/pdf', make_pdf(c.L('Utilisation du bloc', 'OR utilisation') + ' - ' + month,
                                                                                                           [' | '.join(str(x) for x in r) for r in rows], me.name())))
    return m


@neg('clinic_utilisation', 2)
def n_clinic(c):
    me = c.S(c.pick(['hpaquette', 'rchen', 'cbergeron']))
    rows = [[c.L('Clinique', 'Clinic'), c.L('Médecin', 'Physician'), c.L('Plages', 'Slots'), c.L('Absences', 'No-shows'), c.L('Délai P3 (j)', 'P3 wait (d)')]]
    clinics = c.L(['Clinique d\'insuffisance cardiaque', 'Clinique du diabète', 'Clinique MPOC', 'Clinique d\'anticoagulation', 'Hémato-oncologie', 'Néphrologie prédialyse', 'Clinique de la mémoire'],
                  ['Heart failure clinic', 'Diabetes clinic', 'COPD clinic', 'Anticoagulation clinic', 'Haem-onc', 'Pre-dialysis nephrology', 'Memory clinic'])
    docs = ['hpelletier', 'jmorin', 'ethibault', 'jmorin', 'ksavard', 'onadeau', 'slapointe']
    for i in c.r.sample(range(len(clinics)), 5):
        rows.append([clinics[i], STAFF[docs[i]].dr(c.lang), c.r.randrange(60, 300), '%d %%' % c.r.randrange(3, 18), c.r.randrange(14, 240)])
    text = c.L('%s\n\nTableau de bord des cliniques externes - T%d. Les absences coûtent l\'équivalent de %d plages. Le CA demande un plan pour la clinique de la mémoire (délai > 180 j).\n\n%s\n\n%s',
               '%s\n\nOutpatient clinic dashboard - Q%d. No-shows cost the equivalent of %d slots. The board wants a plan for the memory clinic (wait > 180 d).\n\n%s\n\n%s') % (
        c.hello(), c.r.randrange(1, 5), c.r.randrange(120, 400), text_table(rows), c.sig(me))
    return Msg(subject=c.L('Tableau de bord - cliniques externes', 'Dashboard - outpatient clinics'), sender=me.addr(c.lang, True),
               to=[(c.L('Chefs de service', 'Service chiefs'), 'chefs.service@%s' % DOMAIN)], text=text, note='clinic utilisation (aggregate)')


@neg('quality_bulletin', 2)
def n_quality(c):
    me = c.S(c.pick(['mlavoie', 'epoulin']))
    secs = [(c.L('Chutes', 'Falls'), c.L('%d chutes déclarées (AH-223) ce trimestre, dont %d avec blessure. Unité la plus touchée : UCDG.', '%d falls reported (AH-223) this quarter, %d with injury. Most affected unit: geriatric assessment unit.') % (c.r.randrange(60, 140), c.r.randrange(4, 15))),
            (c.L('Erreurs de médicaments', 'Medication errors'), c.L('Les erreurs impliquant l\'hydromorphone ont diminué de %d %% depuis le retrait des fioles de 10 mg/mL. Rappel : double vérification indépendante pour l\'insuline IV et l\'héparine.',
                                                                     'Errors involving hydromorphone are down %d%% since 10 mg/mL vials were removed. Reminder: independent double check for IV insulin and heparin.') % c.r.randrange(20, 60)),
            (c.L('Plaies de pression', 'Pressure injuries'), c.L('Prévalence : %s %% (stade 2 et plus). Nouvelles surfaces thérapeutiques installées au 5C.', 'Prevalence: %s%% (stage 2+). New therapeutic surfaces installed on 5C.') % dec(c.r.uniform(3, 9), c.lang)),
            (c.L('Agrément', 'Accreditation'), c.L('Visite d\'Agrément Canada du %s : révisez les pratiques organisationnelles requises (bilan comparatif des médicaments, identification des usagers avec 2 identifiants).',
                                                   'Accreditation Canada visit on %s: review the required organisational practices (medication reconciliation, two patient identifiers).') % c.d(c.future(30, 120), 'long'))]
    m = bulletin(c, c.L('Bulletin qualité et sécurité', 'Quality & Safety Bulletin'), secs, me.addr(c.lang), (c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN))
    m.subject = c.L('Bulletin qualité - T%d', 'Quality bulletin - Q%d') % c.r.randrange(1, 5)
    m.note = 'quality bulletin (aggregates)'
    return m


@neg('ipc_bulletin', 3)
def n_ipc(c):
    me = c.S(c.pick(['imorindufour', 'felamrani']))
    rows = [[c.L('Unité', 'Unit'), c.L('Microorganisme', 'Organism'), c.L('Usagers', 'Patients'), c.L('Employés', 'Staff'), c.L('Statut', 'Status')]]
    for u in c.r.sample(UNITS, 4):
        rows.append([u, c.L(*c.pick(ORGANISMS)), c.r.randrange(1, 9), c.r.randrange(0, 5), c.pick(c.L(['éclosion active', 'fin d\'éclosion', 'surveillance'], ['active outbreak', 'outbreak over', 'surveillance']))])
    text = c.L('%s\n\nPoint de situation PCI au %s :\n\n%s\n\nTaux de C. difficile nosocomial : %s / 10 000 jours-présence. Bactériémies à SARM : %d depuis avril.\nRappel : dépistage SARM/ERV à l\'admission pour tout usager transféré d\'un autre établissement. Masque N95 pour la tuberculose, essai d\'ajustement (fit test) au Service SSMET.\n%s',
               '%s\n\nIPC situation update as of %s:\n\n%s\n\nNosocomial C. difficile rate: %s / 10,000 patient-days. MRSA bacteraemias: %d since April.\nReminder: MRSA/VRE screening on admission for any patient transferred from another facility. N95 for TB; fit testing at the OHS office.\n%s') % (
        c.hello(), c.d(c.when.date(), 'long'), text_table(rows), dec(c.r.uniform(2, 8), c.lang), c.r.randrange(0, 6), c.sig(me))
    m = Msg(subject=c.L('Bulletin PCI - point de situation', 'IPC bulletin - status update'), sender=me.addr(c.lang, True),
            to=[(c.L('Gestionnaires et ASI', 'Managers and charge nurses'), 'gestionnaires@%s' % DOMAIN)], text=text, note='IPC outbreak status (aggregate)')
    if c.chance(0.5):
        m.html = html_doc('<p>%s</p>%s' % (c.L('Point de situation PCI', 'IPC status'), html_table(rows)))
    if c.chance(0.3):
        m.atts.append(Att(c.L('tableau_eclosions.xlsx', 'outbreak_table.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('PCI', rows)], me.name())))
    return m


@neg('job_posting', 3)
def n_job(c):
    me = c.S(c.pick(['scarrier', 'rkelly']))
    j = c.pick(JOBS)
    no = 'AFF-%s-%05d' % (c.when.strftime('%Y'), c.r.randrange(1, 99999))
    text = c.L('%s\n\nAffichage interne %s\nTitre d\'emploi : %s (code %d)\nPort d\'attache : %s, unité %s\nStatut : temps complet permanent, 10/14 jours, rotation jour-soir\nÉchelle salariale : %s à %s l\'heure\nExigences : membre de l\'ordre professionnel, RCR valide, expérience en chirurgie un atout.\nPériode d\'affichage : du %s au %s. Postulez dans le portail RH avec votre matricule.\n%s',
               '%s\n\nInternal posting %s\nJob title: %s (code %d)\nBase: %s, unit %s\nStatus: full-time permanent, 10/14 days, day-evening rotation\nPay scale: %s to %s per hour\nRequirements: member of the professional order, valid CPR, surgical experience an asset.\nPosting period: %s to %s. Apply in the HR portal with your employee number.\n%s') % (
        c.hello(), no, c.L(j[0], j[1]), c.r.randrange(1000, 3999), c.L(*c.pick(list(SITES.values()))[:2]), c.pick(UNITS), money(c.r.uniform(24, 34), c.lang), money(c.r.uniform(38, 52), c.lang),
        c.d(c.when.date(), 'iso'), c.d(c.future(10, 15), 'iso'), c.sig(me))
    return Msg(subject=c.L('Affichage %s - %s', 'Posting %s - %s') % (no, c.L(j[0], j[1])), sender=me.addr(c.lang),
               to=[(c.L('Tout le personnel', 'All staff'), 'tout.le.personnel@%s' % DOMAIN)], text=text, note='job posting')


@neg('committee_notice', 2)
def n_committee(c):
    me = c.S(c.pick(['cbergeron', 'jsdion', 'mlambert']))
    comm = c.pick(c.L(['Comité de pharmacologie', 'Comité exécutif du CMDP', 'Comité des tumeurs', 'Comité de gestion des risques'],
                      ['Pharmacy & Therapeutics Committee', 'CMDP Executive Committee', 'Tumour Board Committee', 'Risk Management Committee']))
    items = c.L(['Adoption du procès-verbal du %s' % c.d(c.past(20, 40), 'iso'), 'Ajout au formulaire : tirzépatide, ceftolozane-tazobactam',
                 'Retrait : ranitidine', 'Ordonnance collective - ajustement de l\'insuline', 'Protocole de sédation palliative - révision',
                 'Statistiques d\'utilisation des antibiotiques (DDD/1000 jours-présence)', 'Nomination de la Dre %s à la présidence' % c.pick(['Lapointe', 'Savard', 'Morin'])],
                ['Approval of the minutes of %s' % c.d(c.past(20, 40), 'iso'), 'Formulary additions: tirzepatide, ceftolozane-tazobactam', 'Removal: ranitidine',
                 'Collective order - insulin titration', 'Palliative sedation protocol - revision', 'Antibiotic use statistics (DDD/1000 patient-days)',
                 'Appointment of Dr. %s as chair' % c.pick(['Lapointe', 'Savard', 'Morin'])])
    text = c.L('%s\n\nConvocation - %s\n%s, %s, Teams : 271 554 936 820 (code 8KX4pe)\n\nOrdre du jour :\n%s\n\n%s',
               '%s\n\nNotice of meeting - %s\n%s, %s, Teams: 271 554 936 820 (code 8KX4pe)\n\nAgenda:\n%s\n\n%s') % (
        c.hello(), comm, c.d(c.future(5, 20), 'daymonth'), room_no(c), '\n'.join('%d. %s' % (i, x) for i, x in enumerate(c.r.sample(items, 5), 1)), c.sig(me))
    return Msg(subject=c.L('Convocation - %s', 'Meeting notice - %s') % comm, sender=me.addr(c.lang),
               to=[(c.L('Membres du comité', 'Committee members'), 'comite@%s' % DOMAIN)], text=text, note='committee notice')


@neg('it_facilities', 2)
def n_it(c):
    me = c.S(c.pick(['pdoyle', 'lgervais']))
    if me.key == 'pdoyle':
        text = c.L('%s\n\nMaintenance du dossier clinique informatisé (DCI) et du SIL le %s de 1 h à 5 h. Procédures dégradées : formulaires papier de demandes d\'analyses (code F-1142), imprimantes d\'étiquettes en mode local.\nPostes touchés : PC-HRS-%d, PC-HRS-%d, serveur SRV-LAB-%02d (actif %s).\nBillet : INC%07d. Support : poste 29100.\n%s',
                   '%s\n\nMaintenance of the clinical information system and LIS on %s from 1:00 to 5:00. Downtime procedures: paper lab requisitions (form F-1142), label printers in local mode.\nAffected workstations: PC-HRS-%d, PC-HRS-%d, server SRV-LAB-%02d (asset %s).\nTicket: INC%07d. Support: ext. 29100.\n%s') % (
            c.hello(), c.d(c.future(2, 10), 'daymonth'), c.r.randrange(1000, 9999), c.r.randrange(1000, 9999), c.r.randrange(1, 20), luhn_number(c.r, 10),
            c.r.randrange(1000000, 9999999), c.sig(me))
        subj = c.L('Maintenance DCI/SIL - procédures dégradées', 'CIS/LIS maintenance - downtime procedures')
    else:
        text = c.L('%s\n\nTravaux de plomberie au 4B : fermeture des chambres 4B-12 à 4B-18 le %s. Bon de travail BT-%06d. Relocalisation temporaire vers le 5C (chambres 5C-01 à 5C-07). Désinfection par le Service d\'hygiène après travaux.\n%s',
                   '%s\n\nPlumbing work on 4B: rooms 4B-12 to 4B-18 closed on %s. Work order WO-%06d. Temporary relocation to 5C (rooms 5C-01 to 5C-07). Housekeeping disinfection after the work.\n%s') % (
            c.hello(), c.d(c.future(2, 10), 'long'), c.r.randrange(100000, 999999), c.sig(me))
        subj = c.L('Travaux - fermeture de chambres 4B', 'Works - 4B rooms closed')
    return Msg(subject=subj, sender=me.addr(c.lang), to=[(c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN)], text=text,
               note='IT/facilities notice')


@neg('purchase_order', 2)
def n_po(c):
    me = c.S(c.pick(['fboisvert', 'jhamel']))
    items = c.L([('Agrafeuse linéaire coupante 60 mm', 'ETH-GIA6038'), ('Filet de hernie polypropylène 15x15', 'MSH-1515P'), ('Trocart 12 mm', 'TRC-1210'),
                 ('Prothèse de genou - composante fémorale taille 5', 'KNE-F05R'), ('Suture PDS 2-0', 'Z339H'), ('Céfazoline 2 g fiole', 'DIN 02297248')],
                [('Linear cutting stapler 60 mm', 'ETH-GIA6038'), ('Polypropylene hernia mesh 15x15', 'MSH-1515P'), ('12 mm trocar', 'TRC-1210'),
                 ('Knee prosthesis - femoral component size 5', 'KNE-F05R'), ('PDS 2-0 suture', 'Z339H'), ('Cefazolin 2 g vial', 'DIN 02297248')])
    rows = [[c.L('Article', 'Item'), c.L('No catalogue', 'Catalogue #'), c.L('Lot', 'Lot'), c.L('Qté', 'Qty'), c.L('Prix unitaire', 'Unit price')]]
    tot = 0
    for name, cat in c.r.sample(items, c.r.randrange(2, 5)):
        q = c.r.randrange(2, 40)
        pu = c.r.uniform(3, 900)
        tot += q * pu
        rows.append([name, cat, lot_no(c), q, money(pu, c.lang)])
    po = 'BC-%s-%06d' % (c.when.strftime('%Y'), c.r.randrange(1, 999999))
    text = c.L('%s\n\nBon de commande %s pour le bloc opératoire (centre de coûts 7410-%04d).\n\n%s\n\nTotal avant taxes : %s. Livraison au quai de réception, %s. Facture no F%07d à suivre.\n%s',
               '%s\n\nPurchase order %s for the OR (cost centre 7410-%04d).\n\n%s\n\nTotal before tax: %s. Deliver to receiving dock, %s. Invoice #F%07d to follow.\n%s') % (
        c.hello(), po, c.r.randrange(1000, 9999), text_table(rows), money(tot, c.lang), room_no(c), c.r.randrange(1000000, 9999999), c.sig(me))
    m = Msg(subject=c.L('Bon de commande %s', 'Purchase order %s') % po, sender=me.addr(c.lang), to=[('Medisupply Nord - Ventes', 'ventes@medisupply-nord.example')],
            text=text, note='purchase order with lot and catalogue numbers')
    if c.chance(0.65):
        m.atts.append(Att('%s.pdf' % po, 'application/pdf', make_pdf(c.L('Bon de commande ', 'Purchase order ') + po, [' | '.join(str(x) for x in r) for r in rows], me.name())))
    return m


@neg('drug_shortage', 2)
def n_shortage(c):
    me = c.S(c.pick(['jsdion', 'pnair']))
    drug, alt = c.pick(c.L([('céfazoline 1 g et 2 g', 'céfuroxime 1,5 g IV pour l\'antibioprophylaxie chirurgicale; clindamycine 900 mg si allergie'),
                            ('salbutamol en aérosol-doseur', 'salbutamol en nébulisation 2,5 mg'),
                            ('hydromorphone injectable 2 mg/mL', 'morphine 10 mg/mL avec ajustement de dose (ratio 1:5)'),
                            ('héparine 5 000 unités/mL', 'énoxaparine 40 mg SC die pour la thromboprophylaxie')],
                           [('cefazolin 1 g and 2 g', 'cefuroxime 1.5 g IV for surgical prophylaxis; clindamycin 900 mg if allergic'),
                            ('salbutamol MDI', 'nebulised salbutamol 2.5 mg'),
                            ('hydromorphone injection 2 mg/mL', 'morphine 10 mg/mL with dose adjustment (1:5 ratio)'),
                            ('heparin 5,000 units/mL', 'enoxaparin 40 mg SC daily for thromboprophylaxis')]))
    text = c.L('%s\n\nRupture d\'approvisionnement : %s (fournisseur, lots %s et %s rappelés). Durée prévue : 6 à 8 semaines.\nSubstitution autorisée par le comité de pharmacologie : %s.\nLes ordonnances pré-imprimées seront modifiées dans le DCI d\'ici le %s. Questions : pharmacie, poste %s.\n%s',
               '%s\n\nSupply shortage: %s (supplier lots %s and %s recalled). Expected duration: 6 to 8 weeks.\nSubstitution approved by P&T: %s.\nPre-printed orders will be updated in the CIS by %s. Questions: pharmacy, ext. %s.\n%s') % (
        c.hello(), drug, lot_no(c), lot_no(c), alt, c.d(c.future(2, 8), 'long'), me.ext, c.sig(me))
    return Msg(subject=c.L('Rupture - %s', 'Shortage - %s') % drug, sender=me.addr(c.lang),
               to=[(c.L('Médecins, pharmaciens, infirmières', 'Physicians, pharmacists, nurses'), 'cliniciens@%s' % DOMAIN)], text=text,
               importance='High' if c.chance(0.5) else None, note='drug shortage notice')


@neg('device_recall', 2)
def n_recall(c):
    me = c.S(c.pick(['fboisvert', 'jhamel', 'lgervais']))
    dev = c.pick(c.L(['pompes volumétriques Alaris série 8100', 'glucomètres AccuPoint Pro', 'agrafeuses circulaires 29 mm', 'lames de laryngoscope jetables taille 3'],
                     ['Alaris 8100 series volumetric pumps', 'AccuPoint Pro glucose meters', '29 mm circular staplers', 'size 3 disposable laryngoscope blades']))
    sns = [luhn_number(c.r, c.pick([9, 10])) for _ in range(c.r.randrange(3, 7))]
    text = c.L('%s\n\nAvis de rappel de Santé Canada (classe II) visant les %s. Numéros de série / lots concernés dans nos installations :\n%s\nMerci de retirer ces appareils et de les acheminer au génie biomédical (%s) d\'ici le %s. Aucun incident rapporté chez nos usagers.\n%s',
               '%s\n\nHealth Canada recall notice (class II) for %s. Serial / lot numbers in our facilities:\n%s\nPlease remove these devices and send them to biomedical engineering (%s) by %s. No incidents reported in our patients.\n%s') % (
        c.hello(), dev, '\n'.join('  - SN %s' % s for s in sns), room_no(c), c.d(c.future(3, 10), 'long'), c.sig(me))
    return Msg(subject=c.L('RAPPEL - %s', 'RECALL - %s') % dev, sender=me.addr(c.lang), to=[(c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN)],
               text=text, note='device recall with checksum-valid serial numbers')


@neg('oncall_schedule', 2)
def n_oncall(c):
    me = c.S(c.pick(['cbergeron', 'mlambert', 'kmacleod']))
    rows = [[c.L('Date', 'Date'), c.L('Chirurgie générale', 'General surgery'), c.L('Orthopédie', 'Orthopaedics'), c.L('Anesthésie', 'Anaesthesia'), c.L('Médecine interne', 'Internal medicine')]]
    for i in range(7):
        d = c.future(1, 2) + dt.timedelta(days=i)
        rows.append([c.d(d, 'iso'), STAFF[c.pick(['cbouchard', 'afraser'])].dr(c.lang), STAFF[c.pick(['mlessard', 'jfroy'])].dr(c.lang),
                     STAFF[c.pick(['mgrant', 'ecoterioux'])].dr(c.lang), STAFF[c.pick(['jmorin', 'hpaquette'])].dr(c.lang)])
    pagers = '\n'.join('%s : %s %s, %s 581 555-%04d' % (STAFF[k].dr(c.lang), c.L('téléavertisseur', 'pager'), c.r.randrange(1000, 9999), c.L('cell.', 'cell'), c.r.randrange(1000, 9999))
                       for k in ['cbouchard', 'afraser', 'mlessard', 'jfroy', 'mgrant', 'ecoterioux'])
    text = c.L('%s\n\nHoraire de garde de la semaine :\n\n%s\n\nCoordonnées :\n%s\n\nCentrale : 418 555-0140, faire le 0.\n%s',
               '%s\n\nOn-call schedule for the week:\n\n%s\n\nContacts:\n%s\n\nSwitchboard: 418 555-0140, dial 0.\n%s') % (c.hello(), text_table(rows), pagers, c.sig(me))
    return Msg(subject=c.L('Garde semaine du %s', 'On-call week of %s') % rows[1][0], sender=me.addr(c.lang),
               to=[(c.L('Téléphonistes', 'Switchboard'), 'centrale@%s' % DOMAIN), (c.L('Urgence', 'ED'), 'urgence@%s' % DOMAIN)], text=text,
               note='on-call schedule')


@neg('blank_form', 2)
def n_blank(c):
    me = c.S(c.pick(['chebert', 'acote', 'cbergeron', 'sjohnson']))
    title = c.pick(c.L(['Demande de consultation - formulaire AH-229', 'Formulaire de réservation opératoire (vierge)', 'Questionnaire préopératoire', 'Consentement à la chirurgie'],
                       ['Consultation request - form AH-229', 'OR booking form (blank)', 'Pre-operative questionnaire', 'Consent to surgery']))
    fields = c.L(['Nom de l\'usager : ______________________', 'Date de naissance (AAAA-MM-JJ) : ____-__-__', 'NAM : ____ ____ ____', 'No de dossier : _________',
                  'Diagnostic : __________________________', 'Médication actuelle : ________________', 'Allergies : □ Non  □ Oui : __________', 'Signature du médecin : ______________  Permis : _____'],
                 ['Patient name: ______________________', 'Date of birth (YYYY-MM-DD): ____-__-__', 'RAMQ no.: ____ ____ ____', 'MRN: _________',
                  'Diagnosis: __________________________', 'Current medication: ________________', 'Allergies: □ No  □ Yes: __________', 'Physician signature: ______________  Licence: _____'])
    text = c.L('%s\n\nComme demandé, voici la version à jour du formulaire « %s » (rév. %s). Veuillez détruire les anciennes versions.\n%s',
               '%s\n\nAs requested, here is the updated "%s" form (rev. %s). Please discard older versions.\n%s') % (c.hello(), title, c.d(c.past(10, 60), 'iso'), c.sig(me))
    mode = c.pick(['pdf', 'docx'])
    if mode == 'pdf':
        att = Att('formulaire_vierge.pdf' if c.lang == 'fr' else 'blank_form.pdf', 'application/pdf', make_pdf(title, fields, me.name()))
    else:
        att = Att('formulaire.docx' if c.lang == 'fr' else 'form.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', make_docx(title, fields, None, me.name()))
    return Msg(subject=c.L('Formulaire à jour - %s', 'Updated form - %s') % title, sender=me.addr(c.lang), to=[(c.L('Cliniques', 'Clinics'), 'cliniques@%s' % DOMAIN)],
               text=text, atts=[att], note='blank clinical form (%s)' % mode)


@neg('new_physician', 2)
def n_newdoc(c):
    me = c.S(c.pick(['mlambert', 'agirard', 'rchen']))
    first = c.pick(['Alexandra', 'Jérôme', 'Priyanka', 'Mathilde', 'Gabriel', 'Omar'])
    last = c.pick(['Vézina', 'Kourouma', 'Deschênes', 'Hartley', 'Bergevin', 'Sauvé'])
    spec, conds = c.pick(c.L([('rhumatologue', 'polyarthrite rhumatoïde, lupus et vascularites'), ('endocrinologue', 'diabète de type 1, pompes à insuline et maladies thyroïdiennes'),
                              ('neurologue', 'épilepsie, sclérose en plaques et AVC'), ('chirurgien colorectal', 'cancer du rectum, maladie de Crohn et diverticulite')],
                             [('rheumatologist', 'rheumatoid arthritis, lupus and vasculitis'), ('endocrinologist', 'type 1 diabetes, insulin pumps and thyroid disease'),
                              ('neurologist', 'epilepsy, multiple sclerosis and stroke'), ('colorectal surgeon', 'rectal cancer, Crohn\'s disease and diverticulitis')]))
    text = c.L('%s\n\nLa DSP est heureuse d\'accueillir Dr%s %s %s, %s, à compter du %s (permis CMQ 1-%05d). %s traite notamment %s.\nLes références se font par le CRDS; clinique les mardis et jeudis, poste %s.\n%s',
               '%s\n\nThe DPS is pleased to welcome Dr. %s %s, %s, starting %s (CMQ licence 1-%05d). They treat %s.%s\nReferrals go through the CRDS; clinic Tuesdays and Thursdays, ext. %s.\n%s')
    if c.lang == 'fr':
        text = text % (c.hello(), c.pick(['', 'e']), first, last, spec, c.d(c.future(10, 60), 'long'), c.r.randrange(1, 99999), c.pick(['Il', 'Elle']), conds, ext_no(c), c.sig(me))
    else:
        text = text % (c.hello(), first, last, spec, c.d(c.future(10, 60), 'long'), c.r.randrange(1, 99999), conds, '', ext_no(c), c.sig(me))
    return Msg(subject=c.L('Nouveau médecin - %s %s', 'New physician - %s %s') % (first, last), sender=me.addr(c.lang, True),
               to=[(c.L('Tout le personnel', 'All staff'), 'tout.le.personnel@%s' % DOMAIN)], text=text, note='new physician welcome')


@neg('staff_birthdays')
def n_birthdays(c):
    me = c.S(c.pick(['gouellet', 'jhamel', 'acote']))
    month = c.when.month % 12 + 1
    lines = []
    for _ in range(c.r.randrange(5, 10)):
        p = staff_person(c)
        lines.append('%s %s - %s (%s)' % (c.r.randrange(1, 29), c.L(MONTHS_FR, MONTHS_EN)[month - 1], p['name'], p['job']))
    text = c.L('%s\n\nLes fêtés du mois de %s au bloc :\n%s\nGâteau jeudi à 14 h au salon du personnel (%s)!\n%s',
               '%s\n\nOR birthdays in %s:\n%s\nCake Thursday at 2 pm in the staff lounge (%s)!\n%s') % (c.hello(), c.L(MONTHS_FR, MONTHS_EN)[month - 1], '\n'.join(sorted(lines)), room_no(c), c.sig(me, False))
    return Msg(subject=c.L('Anniversaires du mois', 'Birthdays this month'), sender=me.addr(c.lang), to=[(c.L('Équipe bloc', 'OR team'), 'equipe.bloc@%s' % DOMAIN)],
               text=text, note='staff birthdays')


@neg('teaching_case_anonymised', 2)
def n_teaching(c):
    me = c.S(c.pick(['jmorin', 'hpaquette', 'afraser', 'felamrani']))
    age = c.r.randrange(38, 88)
    sexw = c.pick(c.L(['Femme', 'Homme'], ['Woman', 'Man']))
    dx = c.L(*c.pick(MED_DX))
    text = c.L('%s\n\nCas pour l\'enseignement de jeudi (anonymisé) :\n%s de %d ans, ATCD de HTA et DB2 sous metformine 1000 mg BID. Consulte pour dyspnée progressive. Hb 84 g/L, créatinine 187 µmol/L, BNP 2 450 ng/L.\nQuestions : 1) diagnostic différentiel; 2) investigation; 3) diagnostic final (réponse : %s).\n\nMerci de ne pas ajouter d\'identifiants dans vos diapos.\n%s',
               '%s\n\nTeaching case for Thursday (anonymised):\n%d-year-old %s with HTN and T2DM on metformin 1000 mg BID, presenting with progressive dyspnoea. Hb 84 g/L, creatinine 187 µmol/L, BNP 2,450 ng/L.\nQuestions: 1) differential; 2) work-up; 3) final diagnosis (answer: %s).\n\nPlease do not add identifiers to your slides.\n%s')
    if c.lang == 'fr':
        text = text % (c.hello(), sexw, age, dx, c.sig(me))
    else:
        text = text % (c.hello(), age, sexw.lower(), dx, c.sig(me))
    return Msg(subject=c.L('Cas clinique - enseignement', 'Teaching case'), sender=me.addr(c.lang, True), to=[(c.L('Résidents', 'Residents'), 'residents@%s' % DOMAIN)],
               text=text, note='anonymised teaching case')


@neg('research_recruitment', 2)
def n_research(c):
    me = c.S(c.pick(['ksavard', 'hpelletier', 'onadeau', 'mlessard']))
    study, crit = c.pick(c.L([('ÉCLAIR-IC', 'insuffisance cardiaque FEVG < 40 %, 40-85 ans, DFGe > 25'), ('GENOU-PLUS', 'PTG primaire unilatérale, IMC < 40, sans anticoagulant'),
                              ('REIN-DIAB', 'DB2 avec IRC stade 3, sous iSGLT2'), ('LYMPHO-R', 'lymphome diffus à grandes cellules B en rechute')],
                             [('ECLAIR-HF', 'heart failure LVEF < 40%, age 40-85, eGFR > 25'), ('KNEE-PLUS', 'primary unilateral TKA, BMI < 40, no anticoagulant'),
                              ('KIDNEY-DM', 'T2DM with stage 3 CKD on an SGLT2 inhibitor'), ('LYMPHO-R', 'relapsed diffuse large B-cell lymphoma')]))
    text = c.L('%s\n\nL\'étude %s (CER #%d-%03d) recrute! Critères : %s. Exclusions : grossesse, dialyse, espérance de vie < 1 an.\nSi vous avez un usager admissible, appelez la coordonnatrice de recherche au poste %s (ne pas envoyer de nom par courriel).\n%s',
               '%s\n\nThe %s study (REB #%d-%03d) is recruiting! Criteria: %s. Exclusions: pregnancy, dialysis, life expectancy < 1 year.\nIf you have an eligible patient, call the research coordinator at ext. %s (please do not e-mail names).\n%s') % (
        c.hello(), study, c.r.randrange(2023, 2026), c.r.randrange(1, 999), crit, ext_no(c), c.sig(me))
    return Msg(subject=c.L('Recrutement étude %s', 'Study recruitment %s') % study, sender=me.addr(c.lang, True),
               to=[(c.L('Médecins', 'Physicians'), 'medecins@%s' % DOMAIN)], text=text, note='research recruitment')


@neg('training_registration', 2)
def n_training(c):
    me = c.S(c.pick(['scarrier', 'gouellet', 'jhamel']))
    course = c.pick(c.L(['ACLS (réanimation avancée)', 'Formation PDSB', 'Triage à l\'urgence', 'Pompes PCA - hydromorphone'],
                         ['ACLS', 'Safe patient handling (PDSB)', 'ED triage', 'PCA pumps - hydromorphone']))
    rows = [[c.L('Matricule', 'Emp. no.'), c.L('Nom', 'Name'), c.L('No de permis OIIQ', 'OIIQ licence'), c.L('Unité', 'Unit'), c.L('Poste', 'Ext.')]]
    for _ in range(c.r.randrange(5, 10)):
        p = staff_person(c)
        rows.append([p['emp'], p['name'], '%07d' % c.r.randrange(1000000, 2999999), p['unit'], ext_no(c)])
    text = c.L('%s\n\nListe des inscrits à la formation %s du %s (%s). Les heures sont codées 1100 sur la feuille de temps.\n\n%s\n\n%s',
               '%s\n\nRegistered for %s on %s (%s). Hours are coded 1100 on the timesheet.\n\n%s\n\n%s') % (
        c.hello(), course, c.d(c.future(5, 30), 'long'), room_no(c), text_table(rows), c.sig(me))
    return Msg(subject=c.L('Inscriptions - %s', 'Registrations - %s') % course, sender=me.addr(c.lang), to=[c.S('gouellet').addr(c.lang), c.S('jhamel').addr(c.lang)],
               text=text, note='training list with employee and licence numbers')


@neg('payroll_notice')
def n_payroll(c):
    me = c.S('rkelly')
    text = c.L('%s\n\nRappel : les feuilles de temps de la période %d doivent être approuvées avant mardi midi. Codes : 0100 régulier, 0420 maladie, 0510 CNESST, 1100 formation, 0710 congé parental.\nEmployés avec écart (matricules) : %s.\nCentre de coûts : 7410-%04d.\n%s',
               '%s\n\nReminder: timesheets for pay period %d must be approved by Tuesday noon. Codes: 0100 regular, 0420 sick, 0510 CNESST, 1100 training, 0710 parental leave.\nEmployees with discrepancies (emp. nos.): %s.\nCost centre: 7410-%04d.\n%s') % (
        c.hello(), c.r.randrange(1, 27), ', '.join(emp_no(c) for _ in range(c.r.randrange(3, 7))), c.r.randrange(1000, 9999), c.sig(me))
    return Msg(subject=c.L('Feuilles de temps - rappel', 'Timesheets - reminder'), sender=me.addr(c.lang), to=[(c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN)],
               text=text, note='payroll reminder with employee numbers')


@neg('parking_security')
def n_parking(c):
    me = c.S('lgervais')
    rows = [[c.L('Carte', 'Badge'), c.L('Plaque', 'Plate'), c.L('Stationnement', 'Lot')]]
    for _ in range(c.r.randrange(4, 8)):
        rows.append(['%08d' % c.r.randrange(10000000, 99999999), '%s%d %s' % (c.pick('ABCFGHKLMPRTVX'), c.r.randrange(10, 99), ''.join(c.pick('ABCDEFGHJKLMNPRSTVWXYZ') for _ in range(3))),
                     c.pick(['P1', 'P3', 'P4 (souterrain)' if c.lang == 'fr' else 'P4 (underground)'])])
    text = c.L('%s\n\nCartes d\'accès désactivées (non-renouvellement du permis de stationnement) :\n\n%s\n\nLes détenteurs peuvent se présenter au bureau de la sécurité, %s.\n%s',
               '%s\n\nAccess badges deactivated (parking permit not renewed):\n\n%s\n\nHolders may come to the security office, %s.\n%s') % (c.hello(), text_table(rows), room_no(c), c.sig(me))
    return Msg(subject=c.L('Stationnement - cartes désactivées', 'Parking - badges deactivated'), sender=me.addr(c.lang),
               to=[(c.L('Sécurité', 'Security'), 'securite@%s' % DOMAIN)], text=text, note='parking badges')


@neg('privileges_renewal', 2)
def n_privileges(c):
    me = c.S(c.pick(['mlambert', 'cbergeron', 'agirard']))
    rows = [[c.L('Médecin', 'Physician'), c.L('Département', 'Department'), c.L('Permis CMQ', 'CMQ licence'), c.L('Échéance', 'Expiry'), c.L('Documents manquants', 'Missing documents')]]
    for k in c.r.sample(PHYSICIANS + SURGEONS, c.r.randrange(5, 9)):
        s = STAFF[k]
        rows.append([s.name(c.lang, True), s.directorate(c.lang), '1-%05d' % c.r.randrange(1, 99999), c.d(c.future(20, 120), 'iso'),
                     c.pick(c.L(['assurance ACPM', 'attestation de formation continue', 'aucun', 'aucun'], ['CMPA insurance', 'CME attestation', 'none', 'none']))])
    text = c.L('%s\n\nRenouvellement des privilèges - liste des dossiers incomplets au %s :\n\n%s\n\nLe CE du CMDP statuera le %s.\n%s',
               '%s\n\nPrivilege renewal - incomplete files as of %s:\n\n%s\n\nThe CMDP executive will decide on %s.\n%s') % (
        c.hello(), c.d(c.when.date(), 'iso'), text_table(rows), c.d(c.future(10, 40), 'long'), c.sig(me))
    m = Msg(subject=c.L('Renouvellement des privilèges', 'Privilege renewal'), sender=me.addr(c.lang, True), to=[c.S(k).addr(c.lang, True) for k in ['agirard', 'rchen', 'hpaquette'] if k != me.key][:2],
            text=text, note='physician privileges with licence numbers')
    if c.chance(0.6):
        m.atts.append(Att('privileges.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([('Renouvellement', rows)], me.name())))
    return m


@neg('ed_dashboard', 2)
def n_ed(c):
    me = c.S(c.pick(['dleblanc', 'rchen']))
    text = c.L('%s\n\nUrgence HRS - %s 8 h :\nCivières occupées : %d / %d (taux %d %%)\nUsagers > 24 h : %d, > 48 h : %d\nDMS sur civière : %s h\nEn attente de lit : %d (médecine %d, chirurgie %d, psychiatrie %d)\nCode de surcapacité : %s\n\nPlan : ouverture de %d lits de débordement au 3A, accélération des congés (tournée à 10 h).\n%s',
               '%s\n\nHRS Emergency - %s 8:00:\nStretchers occupied: %d / %d (%d%%)\nPatients > 24 h: %d, > 48 h: %d\nAverage stretcher LOS: %s h\nAwaiting a bed: %d (medicine %d, surgery %d, psychiatry %d)\nSurge code: %s\n\nPlan: open %d overflow beds on 3A, speed up discharges (rounds at 10:00).\n%s')
    cap = c.r.randrange(26, 40)
    occ = c.r.randrange(cap, cap + 18)
    text = text % (c.hello(), c.d(c.when.date(), 'daymonth'), occ, cap, 100 * occ // cap, c.r.randrange(5, 20), c.r.randrange(0, 8), dec(c.r.uniform(14, 32), c.lang),
                   c.r.randrange(8, 25), c.r.randrange(3, 12), c.r.randrange(1, 6), c.r.randrange(0, 4), c.pick(['orange', 'rouge', 'jaune']) if c.lang == 'fr' else c.pick(['orange', 'red', 'yellow']),
                   c.r.randrange(2, 8), c.sig(me))
    return Msg(subject=c.L('État de l\'urgence - %s', 'ED status - %s') % c.d(c.when.date(), 'iso'), sender=me.addr(c.lang, True),
               to=[(c.L('Cellule de crise', 'Surge team'), 'cellule.urgence@%s' % DOMAIN)], text=text, note='ED occupancy dashboard')


@neg('waitlist_aggregate', 2)
def n_waitagg(c):
    me = c.S(c.pick(['cbouchard', 'jhamel', 'agirard']))
    rows = [[c.L('Chirurgien', 'Surgeon'), c.L('Intervention', 'Procedure'), '< 6 m', '6-12 m', '> 12 m']]
    for k in c.r.sample(SURGEONS, c.r.randrange(5, 9)):
        procs = [x for x in SURG_CASES if k in x[4]] or SURG_CASES
        rows.append([STAFF[k].dr(c.lang), c.L(*c.pick(procs)[2:4]), c.r.randrange(10, 120), c.r.randrange(2, 60), c.r.randrange(0, 30)])
    text = c.L('%s\n\nListe d\'attente chirurgicale au %s (données agrégées, sans identifiant). Le ministère exige 0 usager > 12 mois d\'ici le 31 mars.\n\n%s\n\nMerci de réviser vos listes et de retirer les usagers déjà opérés ailleurs.\n%s',
               '%s\n\nSurgical wait list as of %s (aggregate data, no identifiers). The ministry requires 0 patients > 12 months by March 31.\n\n%s\n\nPlease review your lists and remove patients already operated elsewhere.\n%s') % (
        c.hello(), c.d(c.when.date(), 'iso'), text_table(rows), c.sig(me))
    return Msg(subject=c.L('Liste d\'attente - état par chirurgien', 'Wait list - status by surgeon'), sender=me.addr(c.lang, True),
               to=[(c.L('Chirurgiens', 'Surgeons'), 'chirurgiens@%s' % DOMAIN)], text=text, note='wait-list aggregates by surgeon')


@neg('mm_rounds', 2)
def n_mm(c):
    me = c.S(c.pick(['cbouchard', 'afraser', 'ahoule']))
    cases = c.L(['Cas 1 : H 67 ans, fuite anastomotique J6 post-sigmoïdectomie, réopération.', 'Cas 2 : F 81 ans, delirium post-PTH, chute à J2.',
                 'Cas 3 : H 45 ans, lésion de la voie biliaire principale lors d\'une cholécystectomie.', 'Cas 4 : F 58 ans, EP massive J3 post-hystérectomie malgré énoxaparine.'],
                ['Case 1: M 67, anastomotic leak POD6 after sigmoid colectomy, re-operation.', 'Case 2: F 81, delirium after THA, fall on POD2.',
                 'Case 3: M 45, common bile duct injury during cholecystectomy.', 'Case 4: F 58, massive PE POD3 after hysterectomy despite enoxaparin.'])
    text = c.L('%s\n\nRevue de morbidité-mortalité du département de chirurgie, %s, 7 h, %s.\n\n%s\n\nRappel : les discussions sont protégées (art. 218 LSSSS). Aucun nom ni numéro de dossier dans les présentations.\n%s',
               '%s\n\nDepartment of Surgery M&M rounds, %s, 7:00, %s.\n\n%s\n\nReminder: discussions are privileged. No names or chart numbers in presentations.\n%s') % (
        c.hello(), c.d(c.future(3, 20), 'daymonth'), room_no(c), '\n'.join(re.sub(r'^(Cas|Case) \d', r'\g<1> %d' % i, x) for i, x in enumerate(c.r.sample(cases, 3), 1)), c.sig(me))
    return Msg(subject=c.L('Revue M&M - chirurgie', 'M&M rounds - surgery'), sender=me.addr(c.lang, True), to=[(c.L('Chirurgiens et résidents', 'Surgeons and residents'), 'chirurgiens@%s' % DOMAIN)],
               text=text, note='M&M rounds with anonymised cases')


@neg('staff_replacement', 2)
def n_replacement(c):
    me = c.S(c.pick(['gouellet', 'jhamel', 'kmacleod']))
    p1, p2, p3 = staff_person(c), staff_person(c), staff_person(c)
    text = c.L('%s\n\n%s est en congé maladie jusqu\'au %s (gastro, elle ne doit pas revenir avant 48 h sans symptômes). %s remplace sur le quart de jour; il manque encore quelqu\'un le %s de soir.\n%s est en congé de maternité à partir du %s.\nQui est disponible? Appelez-moi au poste %s.\n%s',
               '%s\n\n%s is off sick until %s (gastro, must be 48 h symptom-free before returning). %s covers days; we still need someone on %s evening.\n%s starts maternity leave on %s.\nWho is available? Call me at ext. %s.\n%s') % (
        c.hello(), p1['first'], c.d(c.future(1, 4), 'daymonth'), p2['name'], c.d(c.future(2, 6), 'daymonth'), p3['name'], c.d(c.future(10, 40), 'long'), me.ext, c.sig(me))
    return Msg(subject=c.L('Remplacements cette semaine', 'Replacements this week'), sender=me.addr(c.lang), to=[(c.L('Liste de rappel', 'Call list'), 'liste.rappel@%s' % DOMAIN)],
               text=text, note='staff replacement scheduling')


@neg('ergonomics_employee')
def n_ergo(c):
    p = staff_person(c)
    me = c.S(c.pick(['malevesque', 'nberube']))
    text = c.L('%s\n\nSuite à la déclaration d\'événement (formulaire SST-01 no %d), l\'ergonome passera au poste de %s (%s, matricule %s) le %s. L\'employé%s rapporte une tendinite au poignet droit liée à la saisie au DCI. Prévoir un clavier ergonomique (actif %s).\n%s',
               '%s\n\nFollowing the incident report (OHS-01 form #%d), the ergonomist will visit the workstation of %s (%s, emp. no. %s) on %s. The employee reports right wrist tendinitis related to CIS data entry. Please order an ergonomic keyboard (asset %s).\n%s')
    args = [c.hello(), c.r.randrange(1000, 9999), p['name'], p['job'], p['emp'], c.d(c.future(2, 10), 'long')]
    if c.lang == 'fr':
        args.append('e' if p['sex'] == 'F' else '')
    args += [luhn_number(c.r, 9, '1234567'), c.sig(me)]
    return Msg(subject=c.L('Évaluation ergonomique', 'Ergonomic assessment'), sender=me.addr(c.lang), to=[c.S('lgervais').addr(c.lang)],
               text=text % tuple(args), note='employee ergonomic assessment (HR)')


@neg('blood_drive')
def n_blood(c):
    me = c.S(c.pick(['vdumais', 'jmckenzie']))
    text = c.L('%s\n\nCollecte de sang Héma-Nord au %s le %s, de 10 h à 19 h. Objectif : 120 donneurs. Les employés peuvent donner pendant leurs heures de travail avec l\'accord du gestionnaire.\nCritères : 18 ans et plus, 50 kg, pas de tatouage depuis 3 mois. Rendez-vous : 1 800 555-0177.\n%s',
               '%s\n\nHema-Nord blood drive in %s on %s, 10:00 to 19:00. Goal: 120 donors. Staff may donate during work hours with manager approval.\nCriteria: 18+, 50 kg, no tattoo in the last 3 months. Appointments: 1 800 555-0177.\n%s') % (
        c.hello(), room_no(c), c.d(c.future(5, 30), 'long'), c.sig(me))
    return Msg(subject=c.L('Collecte de sang', 'Blood drive'), sender=me.addr(c.lang), to=[(c.L('Tout le personnel', 'All staff'), 'tout.le.personnel@%s' % DOMAIN)],
               text=text, related_png=c.chance(0.5), note='blood drive')


@neg('reply_chain_admin', 3)
def n_reply(c):
    b = c.S(c.pick(['cbergeron', 'mlambert', 'jhamel', 'vdumais']))
    ti = c.r.randrange(3)
    a = c.S(c.pick(['cbouchard', 'mlessard', 'afraser', 'rpatel'] if ti == 0 else ['hpaquette', 'jmorin', 'ksavard', 'hpelletier'] if ti == 1 else ['hpaquette', 'jmorin', 'dleblanc']))
    topic = (lambda x: x[ti])(c.L([('Congrès de l\'AQC', 'Je serai au congrès de l\'Association québécoise de chirurgie du %s au %s. Mes plages opératoires peuvent être redonnées à la Dre Tremblay.'),
                        ('Vacances d\'été', 'Mes vacances : du %s au %s. La clinique d\'insuffisance cardiaque sera couverte par le Dr Pelletier.'),
                        ('Salle pour la formation', 'Peut-on réserver la salle A-2110 le %s? Sinon le %s, pour la formation sur l\'échographie ciblée.')],
                       [('Surgery congress', 'I will be at the Quebec Surgery Association congress from %s to %s. My OR blocks can go to Dr. Tremblay.'),
                        ('Summer vacation', 'My vacation: %s to %s. The heart failure clinic will be covered by Dr. Pelletier.'),
                        ('Room for training', 'Can we book room A-2110 on %s? Otherwise %s, for the point-of-care ultrasound training.')]))
    if ti == 1 and a.key == 'hpelletier':
        topic = (topic[0], topic[1].replace('le Dr Pelletier', 'la Dre Morin').replace('Dr. Pelletier', 'Dr. Morin'))
    d1, d2 = c.future(20, 40), c.future(41, 60)
    t0 = c.when - dt.timedelta(hours=c.r.randrange(2, 50))
    prev = '%s\n\n%s\n\n%s' % (c.hello(b.first), topic[1] % (c.d(d1, 'long'), c.d(d2, 'long')), c.sig(a, False))
    rep = c.pick([c.L(['C\'est noté, merci. Je fais suivre au bloc.', 'Noté. Bon congrès!'], ['Noted, thanks. Forwarding to the OR.', 'Noted. Enjoy the congress!']),
                  c.L(['C\'est noté, bonnes vacances!', 'Noté, merci.'], ['Noted, enjoy your vacation!', 'Noted, thanks.']),
                  c.L(['Parfait, c\'est réservé.', 'La A-2110 est prise, je t\'ai mis à la B-3120.'], ['Perfect, it is booked.', 'A-2110 is taken, I put you in B-3120.'])][ti])
    text = rep + '\n' + c.sig(b, False) + quote(c, a.addr(c.lang, True), t0, prev, topic[0], b.name())
    return Msg(subject='RE: ' + topic[0], sender=b.addr(c.lang), to=[a.addr(c.lang, True)], text=text, reply_to_id=c.mid(), note='administrative reply chain')


@neg('forwarded_bulletin_eml', 2)
def n_fwd(c):
    me = c.S(c.pick(['jhamel', 'gouellet', 'hpaquette', 'malevesque']))
    orig = c.S(c.pick(['imorindufour', 'jsdion', 'mlavoie']))
    sub = c.pick(c.L(['Rappel : précautions additionnelles', 'Nouvelle ordonnance collective', 'Retour sur les chutes du trimestre'],
                     ['Reminder: additional precautions', 'New collective order', 'Quarterly falls review']))
    body = c.L('%s\n\nRappel à tous : pour les usagers porteurs de SARM ou d\'ERV, précautions contact; pour C. difficile, lavage des mains à l\'eau et au savon (la solution hydroalcoolique est inefficace contre les spores). Matériel dédié, chambre privée si possible.\nOrdonnance collective OC-%03d (vancomycine PO) en vigueur dès le %s.\n\n%s',
               '%s\n\nReminder: MRSA or VRE carriers require contact precautions; for C. difficile, wash hands with soap and water (alcohol rub does not kill spores). Dedicated equipment, private room when possible.\nCollective order CO-%03d (oral vancomycin) in effect from %s.\n\n%s') % (
        c.hello(), c.r.randrange(1, 200), c.d(c.future(2, 10), 'long'), c.sig(orig))
    t0 = c.when - dt.timedelta(days=c.r.randrange(1, 6))
    blob = inner_eml(c, orig.addr(c.lang, True), [(c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN)], sub, body, t0)
    text = c.pick(c.L(['Pour info, à afficher au poste.', 'À lire svp.', 'FYI'], ['For info, please post at the nursing station.', 'Please read.', 'FYI'])) + '\n' + c.sig(me, False)
    m = Msg(subject=c.pick(['TR: ', 'Fwd: ']) + sub, sender=me.addr(c.lang, True), to=[(c.L('Équipe', 'Team'), 'equipe@%s' % DOMAIN)], text=text,
            rfc822=[(c.pick([None, 'bulletin.eml']), blob)], note='forwarded bulletin as message/rfc822')
    if c.chance(0.4):
        m.rfc822 = []
        m.text = text + inline_forward(c, orig.addr(c.lang, True), c.L('Gestionnaires', 'Managers'), t0, sub, body)
        m.note = 'inline forward of a bulletin'
    return m


@neg('staff_vcard')
def n_vcard(c):
    me = c.S(c.pick(['sjohnson', 'kmacleod', 'apepin', 'mgagnon']))
    vc = make_vcard(me.first, me.last, ORG_FR, me.role(c.lang), [('WORK', '%s poste %s' % (SITES[me.site][3], me.ext)), ('CELL', '581 555-%04d' % c.r.randrange(1000, 9999))], [me.email])
    text = c.L('%s\n\nJe suis la nouvelle personne-ressource pour votre secteur. Ma carte de visite est jointe.\n%s', '%s\n\nI am the new contact person for your area. My business card is attached.\n%s') % (c.hello(), c.sig(me))
    return Msg(subject=c.L('Nouvelle personne-ressource', 'New contact person'), sender=me.addr(c.lang), to=[(c.L('Cliniques', 'Clinics'), 'cliniques@%s' % DOMAIN)],
               text=text, atts=[Att('%s_%s.vcf' % (strip_accents(me.first), strip_accents(me.last)), 'text/vcard', vc, 'utf-8')], note='staff vCard')


@neg('zip_bulletins')
def n_zip(c):
    me = c.S(c.pick(['vdumais', 'mlavoie', 'imorindufour']))
    files = []
    for i, t in enumerate(c.r.sample(c.L(['Bulletin PCI', 'Bulletin qualité', 'Le Lien', 'Rapport chutes'], ['IPC bulletin', 'Quality bulletin', 'The Link', 'Falls report']), 3)):
        files.append(('%02d_%s.pdf' % (i + 1, strip_accents(t).replace(' ', '_')), make_pdf(t, [p for _, p in nl_sections(c, 3)], me.name())))
    files.append(('stats_%s.csv' % c.when.strftime('%Y%m'), make_csv([[c.L('Unité', 'Unit'), c.L('Chutes', 'Falls'), c.L('Cas C. diff', 'C. diff cases')]] +
                                                                     [[u, c.r.randrange(0, 12), c.r.randrange(0, 4)] for u in UNITS])))
    text = c.L('%s\n\nArchives des bulletins du trimestre en pièce jointe (zip).\n%s', '%s\n\nThis quarter\'s bulletins attached (zip).\n%s') % (c.hello(), c.sig(me))
    return Msg(subject=c.L('Archives des bulletins', 'Bulletin archive'), sender=me.addr(c.lang), to=[(c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN)],
               text=text, atts=[Att('bulletins_%s.zip' % c.when.strftime('%Y%m'), 'application/zip', make_zip(files))], note='ZIP of bulletins and aggregate CSV')


@neg('cnesst_stats')
def n_cnesst(c):
    me = c.S(c.pick(['malevesque', 'ldesrosiers']))
    rows = [[c.L('Type de lésion', 'Injury type'), c.L('Nombre', 'Count'), c.L('Jours perdus', 'Days lost')]]
    for t in c.L(['TMS - dos', 'TMS - épaule', 'Piqûre d\'aiguille', 'Agression par un usager', 'Chute / glissade', 'Santé psychologique'],
                 ['MSD - back', 'MSD - shoulder', 'Needlestick', 'Assault by a patient', 'Slip / fall', 'Psychological health']):
        rows.append([t, c.r.randrange(2, 60), c.r.randrange(10, 2500)])
    text = c.L('%s\n\nBilan des lésions professionnelles (CNESST) de l\'exercice : taux de fréquence %s par 200 000 h. Coûts imputés : %s.\n\n%s\n\n%s',
               '%s\n\nWork injury (CNESST) summary for the fiscal year: frequency rate %s per 200,000 h. Charged costs: %s.\n\n%s\n\n%s') % (
        c.hello(), dec(c.r.uniform(4, 12), c.lang), money(c.r.uniform(800000, 3000000), c.lang), text_table(rows), c.sig(me))
    return Msg(subject=c.L('Bilan SST annuel', 'Annual OHS report'), sender=me.addr(c.lang, True), to=[(c.L('Comité paritaire SST', 'Joint OHS committee'), 'cpsst@%s' % DOMAIN)],
               text=text, note='work injury aggregates')


@neg('preop_instructions', 2)
def n_preop(c):
    me = c.S(c.pick(['sjohnson', 'ecoterioux', 'mgrant']))
    text = c.L('%s\n\nVoici le nouveau feuillet d\'enseignement préopératoire (général, pour remettre aux usagers) :\n- À jeun à partir de minuit; liquides clairs permis jusqu\'à 2 h avant l\'arrivée.\n- Cesser apixaban/rivaroxaban 48 h avant, clopidogrel 7 jours avant (sauf avis du cardiologue).\n- Metformine : ne pas prendre le matin de la chirurgie. Insuline glargine : prendre 80 %% de la dose la veille.\n- Inhibiteurs SGLT2 (empagliflozine, dapagliflozine) : cesser 3 jours avant.\n- Apporter la liste de médicaments de la pharmacie.\nRévision approuvée par le département d\'anesthésie le %s.\n%s',
               '%s\n\nHere is the new pre-op teaching sheet (generic, to hand out to patients):\n- Nothing to eat after midnight; clear fluids allowed until 2 h before arrival.\n- Stop apixaban/rivaroxaban 48 h before, clopidogrel 7 days before (unless the cardiologist says otherwise).\n- Metformin: do not take on the morning of surgery. Insulin glargine: take 80%% of the dose the night before.\n- SGLT2 inhibitors (empagliflozin, dapagliflozin): stop 3 days before.\n- Bring the pharmacy medication list.\nRevision approved by the Department of Anaesthesia on %s.\n%s') % (
        c.hello(), c.d(c.past(5, 30), 'long'), c.sig(me))
    m = Msg(subject=c.L('Feuillet préopératoire - nouvelle version', 'Pre-op sheet - new version'), sender=me.addr(c.lang, True),
            to=[(c.L('Clinique préopératoire', 'Pre-op clinic'), 'clinique.preop@%s' % DOMAIN)], text=text, note='generic pre-op instructions')
    if c.chance(0.6):
        m.atts.append(Att('feuillet_preop.pdf' if c.lang == 'fr' else 'preop_sheet.pdf', 'application/pdf', make_pdf(c.L('Préparation à la chirurgie', 'Preparing for surgery'), text.split('\n')[2:9], me.name())))
    return m


@neg('or_block_reallocation', 2)
def n_block(c):
    me = c.S(c.pick(['jhamel', 'kmacleod', 'cbouchard']))
    a, b = c.r.sample(SURGEONS, 2)
    text = c.L('%s\n\n%s est absent%s du %s au %s' + c.pick(['', ' (congrès)', ' (congé de maladie - chirurgie du genou)', ' (congé parental)']) + '. Ses plages (salle %d, lundi et jeudi) sont réattribuées à %s pour des cholécystectomies et hernies en attente > 12 mois. Les usagers seront contactés directement par l\'agente de réservation (poste 23215).\n%s',
               '%s\n\n%s is away from %s to %s' + c.pick(['', ' (conference)', ' (sick leave - knee surgery)', ' (parental leave)']) + '. Their blocks (OR %d, Monday and Thursday) are reassigned to %s for cholecystectomies and hernias waiting > 12 months. Patients will be contacted directly by the booking clerk (ext. 23215).\n%s')
    sa, sb = STAFF[a], STAFF[b]
    args = [c.hello(), sa.dr(c.lang)] + (['e' if sa.sex == 'F' else ''] if c.lang == 'fr' else []) + [c.d(c.future(10, 20), 'long'), c.d(c.future(21, 40), 'long'), c.r.randrange(1, 9), sb.dr(c.lang), c.sig(me)]
    return Msg(subject=c.L('Réattribution de plages opératoires', 'OR block reallocation'), sender=me.addr(c.lang, True),
               to=[(c.L('Réservation bloc', 'OR booking'), 'reservation.bloc@%s' % DOMAIN)], cc=[sa.addr(c.lang, True), sb.addr(c.lang, True)],
               text=text % tuple(args), note='OR block reallocation')


@neg('lab_notice', 2)
def n_labnotice(c):
    me = c.S(c.pick(['ylemieux', 'knguyen']))
    text = c.L('%s\n\nÀ compter du %s, la grappe des laboratoires change de méthode pour la troponine hs (nouvel analyseur, no de série %s). Seuil décisionnel : 16 ng/L chez la femme, 34 ng/L chez l\'homme. Le potassium hémolysé > 5,5 mmol/L sera commenté automatiquement.\nLes valeurs critiques seront toujours téléphonées (K < 2,8 ou > 6,2; Na < 120; Hb < 70 g/L).\n%s',
               '%s\n\nStarting %s, the laboratory network changes the hs-troponin method (new analyser, serial no. %s). Decision threshold: 16 ng/L in women, 34 ng/L in men. Haemolysed potassium > 5.5 mmol/L will be auto-commented.\nCritical values will still be phoned (K < 2.8 or > 6.2; Na < 120; Hb < 70 g/L).\n%s') % (
        c.hello(), c.d(c.future(5, 30), 'long'), luhn_number(c.r, 10), c.sig(me))
    return Msg(subject=c.L('Changement de méthode - troponine hs', 'Method change - hs-troponin'), sender=me.addr(c.lang, True),
               to=[(c.L('Médecins', 'Physicians'), 'medecins@%s' % DOMAIN)], text=text, note='lab method change notice')


@neg('tb_screening_campaign')
def n_tb(c):
    me = c.S(c.pick(['nberube', 'koconnor']))
    text = c.L('%s\n\nSuite au cas de tuberculose pulmonaire active à l\'unité %s (usager déjà transféré, aucun détail ne sera communiqué), les employés exposés seront dépistés par TCT le %s et 8 semaines plus tard. Les listes d\'employés exposés (matricules) ont été transmises aux gestionnaires. Lecture à 48-72 h au Service SSMET.\n%s',
               '%s\n\nFollowing the active pulmonary TB case on unit %s (patient already transferred, no details will be shared), exposed staff will be screened by TST on %s and again 8 weeks later. Lists of exposed staff (employee numbers) have been sent to managers. Reading at 48-72 h at the OHS office.\n%s') % (
        c.hello(), c.pick(UNITS), c.d(c.future(2, 8), 'long'), c.sig(me))
    return Msg(subject=c.L('Dépistage TB - employés exposés', 'TB screening - exposed staff'), sender=me.addr(c.lang), to=[(c.L('Gestionnaires', 'Managers'), 'gestionnaires@%s' % DOMAIN)],
               text=text, note='staff TB screening campaign')


# ---------------------------------------------------------------------------
# allocation, rendering, self-check
# ---------------------------------------------------------------------------

def allocate(templates, n, seed, kind):
    total = sum(w for _, _, w in templates)
    exact = [(n * w / total) for _, _, w in templates]
    counts = [int(x) for x in exact]
    order = sorted(range(len(templates)), key=lambda i: (-(exact[i] - counts[i]), templates[i][0]))
    for i in order[:n - sum(counts)]:
        counts[i] += 1
    slots = []
    for (name, f, _), k in zip(templates, counts):
        slots += [(name, f)] * k
    slots.sort(key=lambda s: s[0])
    start = random.Random('%d:%s:lang' % (seed, kind)).choice([0, 1])
    langs = [('fr', 'en')[(i + start) % 2] for i in range(len(slots))]
    items = [(name, f, lang) for (name, f), lang in zip(slots, langs)]
    random.Random('%d:%s:order' % (seed, kind)).shuffle(items)
    return items


def msg_time(r):
    base = dt.date(2024, 9, 3)
    while True:
        day = base + dt.timedelta(days=r.randrange(0, 290))
        if day.weekday() < 5 or r.random() < 0.12:
            break
    hour = r.choice([6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 12, 13, 13, 14, 14, 15, 15, 16, 17, 19, 21, 23])
    dst = (4 <= day.month <= 10) or (day.month == 3 and day.day >= 9) or (day.month == 11 and day.day < 3)
    tz = dt.timezone(dt.timedelta(hours=-4 if dst else -5))
    return dt.datetime(day.year, day.month, day.day, hour, r.randrange(0, 60), r.randrange(0, 60), tzinfo=tz)


def render_one(world, seed, kind, idx, name, f, lang):
    r = random.Random('%d:%s:%d' % (seed, kind, idx))
    when = msg_time(r)
    c = Ctx(world, r, lang, when, idx + (0 if kind == 'pos' else 1000))
    m = f(c)
    m.date = when
    if not m.subject:
        m.subject = '(%s)' % c.L('sans objet', 'no subject')
    if lang == 'fr':
        for bad, good in (('au salle ', 'à la salle '), ('au auditorium ', "à l'auditorium "), ('Au salle ', 'À la salle ')):
            m.text = m.text.replace(bad, good)
            if m.html:
                m.html = m.html.replace(bad, good)
    eol = r.choice(['crlf', 'crlf', 'lf'])
    data = Renderer(r, c.seq).build(m, lang, eol)
    return data, c.types, m.note


ID_TYPES = {'patient_name', 'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn'}
INFO_TYPES = {'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information', 'date_of_birth'}


def all_text(msg):
    """Concatenate every decodable text, including inside office files, zips and PDF streams."""
    out = []

    def blob_text(name, data):
        if data[:4] == b'PK\x03\x04':
            z = zipfile.ZipFile(io.BytesIO(data))
            for n in z.namelist():
                blob_text(n, z.read(n))
        elif data[:5] == b'%PDF-':
            for mm in re.finditer(rb'/Filter \[?([^\]>]*)\]?[^>]*>>\s*stream\r?\n(.*?)endstream', data, re.S):
                filters, s = mm.group(1), mm.group(2)
                if b'ASCII85Decode' in filters:
                    s = s.strip()
                    s = base64.a85decode(s[:-2] if s.endswith(b'~>') else s)
                if b'FlateDecode' in filters:
                    s = zlib.decompress(s)
                out.append(s.decode('latin-1'))
            for mm in re.finditer(rb'<<\s*/Length \d+\s*>>\s*stream\r?\n(.*?)endstream', data, re.S):
                out.append(mm.group(1).decode('latin-1'))
        else:
            for cs in ('utf-8', 'windows-1252'):
                try:
                    out.append(data.decode(cs))
                    break
                except UnicodeDecodeError:
                    continue
    for part in msg.walk():
        if part.is_multipart():
            continue
        content = part.get_content()
        if isinstance(content, str):
            out.append(content)
        elif isinstance(content, bytes):
            blob_text(part.get_filename() or '', content)
        if part.get_filename():
            out.append(part.get_filename())
    out.append(str(msg.get('Subject', '')))
    return '\n'.join(out)


def self_check(out_dir, labels, world):
    problems = []
    files = sorted(os.path.join(d, f) for d in ('positive', 'negative') for f in os.listdir(os.path.join(out_dir, d)))
    if set(files) != set(labels):
        problems.append('labels do not cover exactly the files')
    blind_nams = {p.nam for p in world.nam_people}
    full_names = {('%s %s' % (p.given, p.surname)).lower() for p in world.nam_people}
    for rel in files:
        raw = open(os.path.join(out_dir, rel), 'rb').read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels[rel]
        for part in msg.walk():
            if part.defects:
                problems.append('%s: defects %r' % (rel, part.defects))
            if part.is_multipart():
                continue
            content = part.get_content()
            if isinstance(content, str) and '\ufffd' in content:
                problems.append('%s: replacement char in %s' % (rel, part.get_content_type()))
            if isinstance(content, bytes):
                if content[:4] == b'PK\x03\x04':
                    zipfile.ZipFile(io.BytesIO(content)).testzip()
                elif part.get_content_type() == 'application/pdf' and not content.startswith(b'%PDF-'):
                    problems.append('%s: bad pdf' % rel)
        text = all_text(msg)
        flat = re.sub(r'[\s\-]', '', text).upper()
        found_nams = set(re.findall(r'[A-Z]{4}\d{8}', flat))
        stray = {x for x in found_nams if x not in blind_nams and any(x[4:] == n[4:] for n in blind_nams)}
        if stray:
            problems.append('%s: NAM not from blind list %r' % (rel, stray))
        types = set(lab['types'])
        if lab['confidential']:
            if not types or not types <= ALLOWED_TYPES:
                problems.append('%s: bad positive types %r' % (rel, types))
            if not (types & ID_TYPES) or not (types & INFO_TYPES):
                problems.append('%s: positive lacks identifier or personal info %r' % (rel, types))
            if 'ramq_nam' in types and not (found_nams & blind_nams):
                problems.append('%s: ramq_nam labelled but no NAM found' % rel)
        else:
            if types:
                problems.append('%s: negative with types' % rel)
            if found_nams & blind_nams:
                problems.append('%s: negative contains a NAM' % rel)
            low = text.lower()
            for fn in full_names:
                if re.search(r'(?<![\w-])%s(?![\w-])' % re.escape(fn), low):
                    problems.append('%s: negative contains patient name %s' % (rel, fn))
        if lab['lang'] not in ('fr', 'en'):
            problems.append('%s: bad lang' % rel)
    return problems


def digest(out_dir, rels):
    h = hashlib.sha256()
    for rel in sorted(rels):
        h.update(rel.encode('utf-8') + b'\0' + hashlib.sha256(open(os.path.join(out_dir, rel), 'rb').read()).hexdigest().encode('ascii') + b'\n')
    return h.hexdigest()


README = """# corpus_heldout_41 - synthetic outbound hospital e-mail (Quebec CIUSSS)

## Flavour
Internal communications of an invented large Quebec CIUSSS, the "CIUSSS de l'Estuaire-et-des-Monts"
(domain `ciusss-em.example`; sites: Hopital de Riviere-aux-Saules, Hopital Notre-Dame-des-Battures, Centre
hospitalier de Pointe-Levrard, CLSC des Trois-Chutes, CHSLD des Bouleaux), as seen by its communications office,
occupational-health office (SSMET), medical directorate (DSP) and surgical directorate.
Negatives: newsletters, retirements, awards, births, condolences, employee sick leave and return-to-work plans,
vaccination and wellness campaigns, grand rounds and journal clubs, OR and clinic utilisation reports naming
surgeons and procedures, quality and infection-control bulletins, job postings, committee notices, purchase
orders, recalls, on-call schedules, blank forms, anonymised teaching and M&M cases, etc.  They are deliberately
hard: staff and physicians named next to diseases, procedures and drugs, employee numbers, extensions, room
numbers, licence numbers and lot/serial numbers (some of which pass a Luhn checksum).
Positives: the clinical mail of the same people - referrals, OR bookings, post-op follow-ups, lab, pathology and
imaging results, transport and home-care requests, social-work notes, unit huddle lists, OR daily lists,
IPC case notices, incident reports, complaints, exception-drug requests, out-of-province and foreign billing,
insurance forms, death notices, wait-list extracts, replies quoting clinical text, forwarded .eml, etc.
About half French-Canadian, half English.

## Layout
- `generate.py` - the generator (standard library + python-stdnum + reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` - %(npos)d confidential messages
- `negative/nNNN_<category>.eml` - %(nneg)d non-confidential messages
- `labels.json` - `{"positive/p001_x.eml": {"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}`

Counts: positives %(npos)d (fr %(pfr)d, en %(pen)d); negatives %(nneg)d (fr %(nfr)d, en %(nen)d).

## Definition used
A message is confidential when a reader could identify a patient (name, surname with room, initials with a chart
number, RAMQ NAM - sometimes lower-cased or split with spaces/dashes -, Canadian SIN, Ontario health number,
Belgian NISS, French NIR, hospital chart number) and learn something personal, medical or social about them,
wherever it appears: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard,
ZIP, attached .eml) or file name.  A patient's home address or phone with their name in a care context counts.
Not confidential: staff information (including employee sick leave, return-to-work and occupational exposure
follow-up of employees, which is HR), physicians named with the diseases they treat, speakers and topics,
aggregates and statistics, newsletters, bulletins, blank forms, anonymised teaching cases, invoices/POs,
serial/lot/asset numbers, clinic phone numbers and addresses in signatures, IT/facilities mail, job postings,
committee notices.  Labelled types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth,
patient_name, diagnosis (procedures count as diagnosis), medication, lab_result, patient_contact,
social_information.  Initials alone are not labelled patient_name.

Every NAM comes from `../blind_nams.txt` and is used with that person's name, birth date and sex.  SIN, Ontario
health numbers (Luhn), NISS and NIR are generated valid and checked with python-stdnum.  All people,
institutions, addresses and domains are invented (`*.example`, 555 phone numbers).

## Transports
text/plain, text/html only, multipart/alternative, multipart/related (inline PNG logo), multipart/mixed with
attachments and message/rfc822; charsets utf-8, iso-8859-1, windows-1252, us-ascii; 7bit, 8bit,
quoted-printable and base64; RFC 2047 encoded headers and RFC 2231 / RFC 2047 encoded file names; CRLF and LF
line endings; Outlook- and Gmail-style quoting, inline forwards, signatures and confidentiality footers.
ZIP/DOCX/XLSX members carry fixed timestamps and PDFs are built with ReportLab's invariant mode, so output is
byte-for-byte reproducible.

## Regenerate
    python generate.py            # default seed %(seed)d, writes next to generate.py
    python generate.py --seed N --out DIR

The generator parses every file with `email.message_from_bytes(..., policy=email.policy.default)`, decodes every
part (including zip/office members), checks that labels cover exactly the files, that each positive has at least
one identifier type and one personal-information type, that each negative has none and contains no NAM or
patient full name, and that every NAM-shaped string comes from the blind list.

## Digest
sha256 over the sorted list of `relative_path NUL sha256(file) LF` for positive/*, negative/* and labels.json
(seed %(seed)d):

    %(digest)s
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args()
    out = args.out
    world = World(args.seed)
    labels = {}
    for d in ('positive', 'negative'):
        os.makedirs(os.path.join(out, d), exist_ok=True)
        for f in os.listdir(os.path.join(out, d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(out, d, f))
    for kind, templates, n, prefix, folder in (('pos', POS, N_POS, 'p', 'positive'), ('neg', NEG, N_NEG, 'n', 'negative')):
        for idx, (name, f, lang) in enumerate(allocate(templates, n, args.seed, kind), 1):
            data, types, note = render_one(world, args.seed, kind, idx, name, f, lang)
            rel = '%s/%s%03d_%s.eml' % (folder, prefix, idx, name)
            with open(os.path.join(out, rel), 'wb') as fh:
                fh.write(data)
            labels[rel] = {'confidential': kind == 'pos', 'types': sorted(types) if kind == 'pos' else [], 'lang': lang, 'note': note}
            if kind == 'neg' and types:
                raise SystemExit('negative template %s produced types %r' % (name, types))
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    problems = self_check(out, labels, world)
    for p in problems:
        print('PROBLEM', p)
    rels = list(labels) + ['labels.json']
    dg = digest(out, rels)
    cnt = lambda conf, lang: sum(1 for v in labels.values() if v['confidential'] == conf and (lang is None or v['lang'] == lang))
    info = {'npos': cnt(True, None), 'nneg': cnt(False, None), 'pfr': cnt(True, 'fr'), 'pen': cnt(True, 'en'),
            'nfr': cnt(False, 'fr'), 'nen': cnt(False, 'en'), 'seed': args.seed, 'digest': dg}
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write(README % info)
    print('positives %(npos)d (fr %(pfr)d, en %(pen)d); negatives %(nneg)d (fr %(nfr)d, en %(nen)d)' % info)
    print('sha256 digest:', dg)
    if problems:
        raise SystemExit('%d self-check problem(s)' % len(problems))
    print('self-check OK')


if __name__ == '__main__':
    main()
