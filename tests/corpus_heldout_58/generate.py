#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic outbound e-mail corpus -- mental health & addiction services (heldout 58).

Writes positive/*.eml, negative/*.eml and labels.json deterministically from a seed.
Everything (people, institutions, addresses, domains) is invented; NAMs come only from
../blind_nams.txt. Other identifiers are generated valid and checked with python-stdnum.
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
import zipfile
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.be import vat as be_vat
from stdnum.fr import nir as fr_nir
from stdnum.fr import siret as fr_siret

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 5858
N_POS = 120
N_NEG = 180
FIXED_ZIP_DT = (2024, 1, 15, 8, 0, 0)
FIXED_ISO = '2024-01-15T08:00:00Z'
TZ_EST = dt.timezone(dt.timedelta(hours=-5))
TZ_EDT = dt.timezone(dt.timedelta(hours=-4))
REF_DATE = dt.date(2024, 4, 15)

# ----------------------------------------------------------------------------
# People from the NAM list
# ----------------------------------------------------------------------------

def load_nams():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    people = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, given, dob, sex, nam = line.split()[:5]
            people.append(dict(surname=sur, given=given, dob=dt.date.fromisoformat(dob),
                               sex=sex, nam=nam))
    return people


def age_of(dob, ref=REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))

# ----------------------------------------------------------------------------
# Identifier generators (validated with python-stdnum)
# ----------------------------------------------------------------------------

def gen_sin(rng):
    while True:
        body = rng.choice('1234567') + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def fmt_sin(rng, num):
    return rng.choice([
        num[:3] + ' ' + num[3:6] + ' ' + num[6:],
        num[:3] + '-' + num[3:6] + '-' + num[6:],
        num,
    ])


def gen_luhn_digits(rng, n, first='123456789'):
    while True:
        body = rng.choice(first) + ''.join(rng.choice('0123456789') for _ in range(n - 2))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_on_hn(rng):
    """Ontario health number: 10 digits, Luhn (mod 10) check digit, plus version code."""
    num = gen_luhn_digits(rng, 10)
    assert luhn.is_valid(num) and len(num) == 10
    vc = rng.choice(['', '', rng.choice('ABCDEFGHJKLMNPRSTVWXYZ') + rng.choice('ABCDEFGHJKLMNPRSTVWXYZ')])
    return num, vc


def fmt_on_hn(rng, num, vc):
    base = rng.choice([num[:4] + '-' + num[4:7] + '-' + num[7:],
                       num[:4] + ' ' + num[4:7] + ' ' + num[7:], num])
    return (base + ('-' if '-' in base else ' ') + vc) if vc else base


def gen_niss(rng, dob, sex):
    yy, mm, dd = dob.strftime('%y'), dob.strftime('%m'), dob.strftime('%d')
    while True:
        seq = rng.randint(1, 997)
        if (seq % 2 == 1) != (sex == 'M'):
            continue
        base = f'{yy}{mm}{dd}{seq:03d}'
        n = int(('2' + base) if dob.year >= 2000 else base)
        chk = 97 - n % 97
        num = f'{base}{chk:02d}'
        if be_nn.is_valid(num):
            return num


def fmt_niss(rng, num):
    return rng.choice([
        f'{num[:2]}.{num[2:4]}.{num[4:6]}-{num[6:9]}.{num[9:]}',
        f'{num[:6]} {num[6:9]} {num[9:]}',
        num,
    ])


def gen_nir(rng, dob, sex):
    while True:
        dept = rng.choice(['13', '31', '33', '35', '44', '59', '67', '69', '75', '76', '92', '93', '06'])
        commune = f'{rng.randint(1, 400):03d}'
        order = f'{rng.randint(1, 999):03d}'
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + commune + order
        key = 97 - int(base) % 97
        num = f'{base}{key:02d}'
        if fr_nir.is_valid(num):
            return num


def fmt_nir(rng, num):
    return rng.choice([
        f'{num[0]} {num[1:3]} {num[3:5]} {num[5:7]} {num[7:10]} {num[10:13]} {num[13:]}',
        f'{num[:13]} {num[13:]}',
        num,
    ])


def gen_mrn(rng):
    style = rng.randrange(5)
    if style == 0:
        return f'{rng.randint(100000, 999999):06d}'.rjust(7, '0')
    if style == 1:
        return f'H-{rng.randint(1000000, 1999999)}'
    if style == 2:
        return f'{rng.randint(10, 99)}-{rng.randint(100, 999)}-{rng.randint(100, 999)}'
    if style == 3:
        return f'D{rng.randint(2000000, 2999999)}'
    return f'{rng.randint(3000000, 9999999)}'


def fmt_nam(rng, nam, disguise=False):
    if not disguise:
        return rng.choice([nam, nam, f'{nam[:4]} {nam[4:8]} {nam[8:]}', f'{nam[:4]}-{nam[4:8]}-{nam[8:]}'])
    return rng.choice([
        nam.lower(),
        f'{nam[:4].lower()} {nam[4:8]} {nam[8:]}',
        ' '.join(nam),
        f'{nam[:4]}.{nam[4:6]}.{nam[6:8]}.{nam[8:]}',
        f'{nam[:4]} {nam[4:6]} {nam[6:8]} {nam[8:10]} {nam[10:]}',
        nam[:4] + nam[4:].replace('0', 'O'),
    ])


def gen_asset_luhn9(rng):
    """Hard negative: 9-digit asset tag that happens to pass Luhn (SIN-like)."""
    return gen_luhn_digits(rng, 9, first='1234567')


def gen_be_vat(rng):
    while True:
        body = '0' + str(rng.randint(200000, 999999)) + str(rng.randint(0, 9))
        base = body[:8]
        num = base + f'{97 - int(base) % 97:02d}'
        if be_vat.is_valid(num):
            return num


def gen_siret(rng):
    while True:
        siren8 = str(rng.randint(30000000, 89999999))
        siren = siren8 + luhn.calc_check_digit(siren8)
        nic4 = f'{rng.randint(1, 99):04d}'
        body = siren + nic4
        num = body + luhn.calc_check_digit(body)
        if fr_siret.is_valid(num):
            return num

# ----------------------------------------------------------------------------
# Deterministic office files
# ----------------------------------------------------------------------------

def rezip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)',
                                 rb'\g<1>' + FIXED_ISO.encode() + rb'\g<2>', content)
                content = re.sub(rb'(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)',
                                 rb'\g<1>' + FIXED_ISO.encode() + rb'\g<2>', content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
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


def make_pdf(title, blocks, compress=True, author='Service des archives'):
    """blocks: list of str paragraphs or ('table', header, rows)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('GestDoc 4.2')
    w, h = letter
    y = h - 60

    def newline(step=14):
        nonlocal y
        y -= step
        if y < 60:
            c.showPage()
            y = h - 60

    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    newline(24)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            _, header, rows = b
            ncol = len(header)
            colw = (w - 100) / ncol
            c.setFont('Helvetica-Bold', 8)
            for i, cell in enumerate(header):
                c.drawString(50 + i * colw, y, str(cell)[:int(colw / 4.3)])
            newline(12)
            c.setFont('Helvetica', 8)
            for r in rows:
                for i, cell in enumerate(r):
                    c.drawString(50 + i * colw, y, str(cell)[:int(colw / 4.1)])
                newline(12)
            newline(6)
            continue
        c.setFont('Helvetica', 10)
        for para_line in str(b).replace('→', '->').split('\n'):
            for ln in _wrap(para_line, 95):
                c.drawString(50, y, ln)
                newline()
        newline(6)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, blocks, author='Utilisateur'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2024, 1, 15, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            _, header, rows = b
            t = d.add_table(rows=1, cols=len(header))
            for i, cell in enumerate(header):
                t.rows[0].cells[i].text = str(cell)
            for r in rows:
                cells = t.add_row().cells
                for i, cell in enumerate(r):
                    cells[i].text = str(cell)
            continue
        for para in str(b).split('\n\n'):
            d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def make_xlsx(sheets, author='Utilisateur'):
    """sheets: list of (name, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = dt.datetime(2024, 1, 15, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def make_csv(header, rows, delim=','):
    def q(v):
        v = str(v)
        if delim in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [delim.join(q(x) for x in header)] + [delim.join(q(x) for x in r) for r in rows]
    return '\r\n'.join(lines) + '\r\n'


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out = []
    b = line
    while len(b) > 74:
        out.append(b[:74])
        b = ' ' + b[74:]
    out.append(b)
    return '\r\n'.join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Calendrier interne//FR', 'VERSION:2.0', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20240115T130000Z',
             f'DTSTART;TZID=America/Toronto:{start.strftime(fmt)}',
             f'DTEND;TZID=America/Toronto:{end.strftime(fmt)}',
             f'SUMMARY:{ics_escape(summary)}', f'DESCRIPTION:{ics_escape(description)}',
             f'LOCATION:{ics_escape(location)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def make_vcf(fn, n_parts, org=None, title=None, tels=(), emails=(), adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{n_parts[0]};{n_parts[1]};;;', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    for kind, t in tels:
        lines.append(f'TEL;TYPE={kind}:{t}')
    for e in emails:
        lines.append(f'EMAIL;TYPE=INTERNET:{e}')
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + ';'.join(adr))
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append('NOTE:' + note.replace('\n', '\\n').replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'

# ----------------------------------------------------------------------------
# Body documents: list of blocks, rendered to text or HTML
# ----------------------------------------------------------------------------
FR_DAYS = ['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.']
FR_DAYS_LONG = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
EN_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
EN_DAYS_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
             'October', 'November', 'December']


def fr_date(d, with_day=False):
    s = f'{d.day} {FR_MONTHS[d.month - 1]} {d.year}'
    if d.day == 1:
        s = '1er ' + s[2:]
    return (FR_DAYS_LONG[d.weekday()] + ' ' + s) if with_day else s


def en_date(d, with_day=False):
    s = f'{EN_MONTHS[d.month - 1]} {d.day}, {d.year}'
    return (EN_DAYS_LONG[d.weekday()] + ', ' + s) if with_day else s


def dob_str(rng, d, lang):
    opts = [d.isoformat(), d.strftime('%d/%m/%Y'), d.strftime('%Y/%m/%d')]
    opts.append(fr_date(d) if lang == 'fr' else en_date(d))
    if lang == 'en':
        opts.append(d.strftime('%d-%b-%Y'))
    return rng.choice(opts)


def addr_str(a):
    return f'{a[0]} <{a[1]}>' if a[0] else a[1]


def attribution(kind, style, lang, a):
    """a: dict(frm=(name, addr), to=[...], date=datetime, subject=str)."""
    d = a['date']
    if kind == 'fwd':
        if lang == 'fr':
            return ('-------- Message transféré --------\n'
                    f'De : {addr_str(a["frm"])}\n'
                    f'Date : {FR_DAYS[d.weekday()]} {fr_date(d)} {d:%H:%M}\n'
                    f'Objet : {a["subject"]}\n'
                    f'À : {", ".join(addr_str(x) for x in a["to"])}\n')
        return ('---------- Forwarded message ---------\n'
                f'From: {addr_str(a["frm"])}\n'
                f'Date: {EN_DAYS[d.weekday()]}, {en_date(d)} at {d:%I:%M %p}\n'
                f'Subject: {a["subject"]}\n'
                f'To: {", ".join(addr_str(x) for x in a["to"])}\n')
    if style == 'gt':
        if lang == 'fr':
            return f'Le {FR_DAYS[d.weekday()]} {fr_date(d)} à {d:%H:%M}, {addr_str(a["frm"])} a écrit :'
        return f'On {EN_DAYS[d.weekday()]}, {en_date(d)} at {d:%I:%M %p} {addr_str(a["frm"])} wrote:'
    if lang == 'fr':
        return (f'De : {addr_str(a["frm"])}\n'
                f'Envoyé : {FR_DAYS_LONG[d.weekday()]} {fr_date(d)} {d:%H:%M}\n'
                f'À : {"; ".join(addr_str(x) for x in a["to"])}\n'
                f'Objet : {a["subject"]}\n')
    return ('-----Original Message-----\n'
            f'From: {addr_str(a["frm"])}\n'
            f'Sent: {EN_DAYS_LONG[d.weekday()]}, {en_date(d)} {d:%I:%M %p}\n'
            f'To: {"; ".join(addr_str(x) for x in a["to"])}\n'
            f'Subject: {a["subject"]}\n')


def render_table_text(header, rows, tstyle):
    allrows = [list(map(str, header))] + [list(map(str, r)) for r in rows]
    if tstyle == 'pipe':
        return '\n'.join('| ' + ' | '.join(r) + ' |' for r in allrows)
    if tstyle == 'tab':
        return '\n'.join('\t'.join(r) for r in allrows)
    if tstyle == 'semicolon':
        return '\n'.join(' ; '.join(r) for r in allrows)
    widths = [max(len(r[i]) for r in allrows) for i in range(len(header))]
    lines = ['  '.join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip() for r in allrows]
    lines.insert(1, '  '.join('-' * w for w in widths))
    return '\n'.join(lines)


def render_text(doc, st):
    out = []
    for b in doc:
        k = b[0]
        if k == 'p':
            out.append(b[1])
        elif k == 'raw':
            out.append(b[1])
        elif k == 'ul':
            items = b[1]
            if st['bullet'] == 'num':
                out.append('\n'.join(f'{i + 1}. {it}' for i, it in enumerate(items)))
            else:
                out.append('\n'.join(f'{st["bullet"]} {it}' for it in items))
        elif k == 'table':
            out.append(render_table_text(b[1], b[2], st['table']))
        elif k == 'sig':
            out.append(('-- \n' if st['sigdash'] else '') + b[1])
        elif k == 'quote':
            inner = render_text(b[2], st)
            if st['quote'] == 'gt':
                q = '\n'.join(('> ' + l) if l else '>' for l in inner.split('\n'))
                out.append(attribution('reply', 'gt', st['lang'], b[1]) + '\n' + q)
            else:
                out.append('_' * 32 + '\n' + attribution('reply', 'outlook', st['lang'], b[1]) + '\n' + inner)
        elif k == 'fwd':
            inner = render_text(b[2], st)
            out.append(attribution('fwd', None, st['lang'], b[1]) + '\n' + inner)
    return '\n\n'.join(out) + '\n'


def h(s, st):
    s = html.escape(s, quote=False)
    if st.get('entities'):
        import html.entities as he
        s = ''.join(('&%s;' % he.codepoint2name[ord(c)]) if ord(c) > 127 and ord(c) in he.codepoint2name
                    else (('&#%d;' % ord(c)) if ord(c) > 127 else c) for c in s)
    return s


def render_html_blocks(doc, st):
    out = []
    for b in doc:
        k = b[0]
        if k == 'p':
            out.append('<p>' + '<br>\n'.join(h(l, st) for l in b[1].split('\n')) + '</p>')
        elif k == 'raw':
            out.append('<pre>' + h(b[1], st) + '</pre>')
        elif k == 'ul':
            tag = 'ol' if st['bullet'] == 'num' else 'ul'
            out.append(f'<{tag}>' + ''.join(f'<li>{h(it, st)}</li>' for it in b[1]) + f'</{tag}>')
        elif k == 'table':
            rows = ['<tr>' + ''.join(f'<th style="border:1px solid #999;padding:2px 6px">{h(str(c), st)}</th>'
                                     for c in b[1]) + '</tr>']
            for r in b[2]:
                rows.append('<tr>' + ''.join(f'<td style="border:1px solid #999;padding:2px 6px">{h(str(c), st)}</td>'
                                             for c in r) + '</tr>')
            out.append('<table style="border-collapse:collapse">' + '\n'.join(rows) + '</table>')
        elif k == 'sig':
            out.append('<div class="signature" style="color:#555;font-size:9pt">' +
                       '<br>\n'.join(h(l, st) for l in b[1].split('\n')) + '</div>')
        elif k == 'quote':
            inner = render_html_blocks(b[2], st)
            if st['quote'] == 'gt':
                out.append('<div>' + h(attribution('reply', 'gt', st['lang'], b[1]), st) + '</div>\n'
                           '<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                           + inner + '</blockquote>')
            else:
                att = attribution('reply', 'outlook', st['lang'], b[1])
                att_h = '<br>\n'.join(re.sub(r'^([^:]+ ?:)', r'<b>\1</b>', h(l, st)) for l in att.strip().split('\n'))
                out.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0 0 0">'
                           f'<p>{att_h}</p></div>\n' + inner)
        elif k == 'fwd':
            inner = render_html_blocks(b[2], st)
            att = attribution('fwd', None, st['lang'], b[1])
            out.append('<div class="fwd">' + '<br>\n'.join(h(l, st) for l in att.strip().split('\n')) +
                       '<br><br>\n' + inner + '</div>')
    return '\n'.join(out)


def render_html(doc, st, charset):
    body = render_html_blocks(doc, st)
    font = st.get('font', 'Calibri, sans-serif')
    return ('<html>\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '</head>\n'
            f'<body style="font-family:{font};font-size:11pt">\n{body}\n</body>\n</html>\n')

# ----------------------------------------------------------------------------
# MIME serialisation (hand-built so that charsets / encodings / line ends vary)
# ----------------------------------------------------------------------------

def pick_charset(text, wanted):
    for cs in (wanted, 'utf-8'):
        try:
            text.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return 'utf-8'


def encode_body(raw, cte):
    if cte == 'base64':
        return base64.encodebytes(raw)
    if cte == 'quoted-printable':
        return quopri.encodestring(raw)
    return raw if raw.endswith(b'\n') else raw + b'\n'


def leaf_text(text, subtype, charset, cte, extra_headers=()):
    cs = pick_charset(text, charset)
    raw = text.encode(cs)
    if cte in ('7bit', '8bit'):
        cte = '7bit' if all(b < 128 for b in raw) else '8bit'
        if any(len(l) > 900 for l in raw.split(b'\n')):
            cte = 'quoted-printable'
    hdrs = [('Content-Type', f'text/{subtype}; charset="{cs}"'), ('Content-Transfer-Encoding', cte)]
    hdrs += list(extra_headers)
    return dict(kind='leaf', headers=hdrs, body=encode_body(raw, cte))


def param_filename(key, name, rfc2047=False):
    try:
        name.encode('ascii')
        return f'{key}="{name}"'
    except UnicodeEncodeError:
        if rfc2047:
            return f'{key}="{Header(name, "utf-8").encode()}"'
        from urllib.parse import quote
        return f"{key}*=utf-8''{quote(name, safe='')}"


def leaf_attachment(att, rng):
    fn = att['filename']
    disp = att.get('disposition', 'attachment')
    if 'eml' in att:
        hdrs = [('Content-Type', 'message/rfc822; ' + param_filename('name', fn)),
                ('Content-Disposition', f'{disp}; ' + param_filename('filename', fn))]
        body = att['eml']
        if any(b >= 128 for b in body):
            hdrs.insert(1, ('Content-Transfer-Encoding', '8bit'))
        return dict(kind='leaf', headers=hdrs, body=body if body.endswith(b'\n') else body + b'\n')
    if 'text' in att:
        ctype = att['ctype']
        cs = pick_charset(att['text'], att.get('charset', 'utf-8'))
        raw = att['text'].encode(cs)
        cte = att.get('cte') or rng.choice(['base64', 'quoted-printable', 'base64'])
        if cte == '8bit' and all(b < 128 for b in raw):
            cte = '7bit'
        extra = '; method=REQUEST' if ctype == 'text/calendar' and att.get('method') else ''
        hdrs = [('Content-Type', f'{ctype}; charset="{cs}"{extra}; ' + param_filename('name', fn)),
                ('Content-Transfer-Encoding', cte),
                ('Content-Disposition', f'{disp}; ' + param_filename('filename', fn))]
        return dict(kind='leaf', headers=hdrs, body=encode_body(raw, cte))
    rfc2047 = rng.random() < 0.4
    hdrs = [('Content-Type', f'{att["ctype"]}; ' + param_filename('name', fn, rfc2047)),
            ('Content-Transfer-Encoding', 'base64'),
            ('Content-Disposition', f'{disp}; ' + param_filename('filename', fn))]
    return dict(kind='leaf', headers=hdrs, body=base64.encodebytes(att['data']))


def multipart(subtype, parts, boundary):
    return dict(kind='multi', headers=[('Content-Type', f'multipart/{subtype}; boundary="{boundary}"')],
                parts=parts, boundary=boundary)


def serialize(p, top_headers=()):
    lines = [f'{k}: {v}' for k, v in top_headers] + [f'{k}: {v}' for k, v in p['headers']]
    head = ('\n'.join(lines) + '\n\n').encode('ascii')
    if p['kind'] == 'leaf':
        return head + p['body']
    b = p['boundary'].encode('ascii')
    body = b'This is a multi-part message in MIME format.\n'
    for sub in p['parts']:
        sb = serialize(sub)
        if not sb.endswith(b'\n'):
            sb += b'\n'
        body += b'\n--' + b + b'\n' + sb
    body += b'\n--' + b + b'--\n'
    return head + body


def enc_header(s, charset):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        cs = pick_charset(s, charset)
        return Header(s, cs, maxlinelen=76).encode()


def enc_addr(a, charset):
    name, addr = a
    if not name:
        return addr
    cs = pick_charset(name, charset)
    return formataddr((name, addr), charset=cs)


MAILERS = ['Microsoft Outlook 16.0', 'Microsoft Outlook 16.0', 'Mozilla Thunderbird 115.8.0',
           'Apple Mail (2.3731)', 'Zimbra 8.8.15 (ZimbraWebClient - FF115)', 'Roundcube Webmail/1.6.5', None]


def choose_transport(rng, has_att):
    t = {}
    t['mode'] = rng.choices(['plain', 'alt', 'html'], weights=[45, 35, 20])[0]
    t['charset'] = rng.choices(['utf-8', 'iso-8859-1', 'windows-1252'], weights=[55, 22, 23])[0]
    t['cte'] = rng.choices(['8bit', 'quoted-printable', 'base64'], weights=[30, 45, 25])[0]
    t['crlf'] = rng.random() < 0.35
    t['mailer'] = rng.choice(MAILERS)
    return t


def build_email(rng, m, force_lf=False):
    """m: dict(frm, to, cc, subject, doc, date, lang, attachments, in_reply_to, transport(opt))."""
    t = choose_transport(rng, bool(m.get('attachments')))
    t.update(m.get('transport') or {})
    st = dict(lang=m['lang'], bullet=rng.choice(['-', '*', '•', 'num', '-']),
              table=rng.choice(['pipe', 'tab', 'aligned', 'semicolon', 'aligned']),
              quote=rng.choice(['gt', 'outlook']), sigdash=rng.random() < 0.3,
              entities=rng.random() < 0.3,
              font=rng.choice(['Calibri, sans-serif', 'Arial, sans-serif', 'Aptos, sans-serif', 'Verdana']))
    st.update(m.get('style') or {})
    cs = t['charset']
    text = render_text(m['doc'], st)
    parts = []
    if t['mode'] in ('plain', 'alt'):
        parts.append(leaf_text(text, 'plain', cs, t['cte']))
    if t['mode'] in ('html', 'alt'):
        hcs = pick_charset(render_html(m['doc'], st, cs), cs)
        parts.append(leaf_text(render_html(m['doc'], st, hcs), 'html', hcs,
                               rng.choice(['quoted-printable', 'base64', '8bit', 'quoted-printable'])))
    bnd = lambda tag: f'----=_{tag}_{rng.getrandbits(48):012x}.{rng.getrandbits(24):06X}'
    body = parts[0] if len(parts) == 1 else multipart('alternative', parts, bnd('Alt'))
    atts = m.get('attachments') or []
    if atts:
        leaves = [leaf_attachment(a, rng) for a in atts]
        body = multipart('mixed', [body] + leaves, bnd('Mix'))
    d = m['date']
    dom = m['frm'][1].split('@')[1]
    top = [('From', enc_addr(m['frm'], cs)),
           ('To', ', '.join(enc_addr(a, cs) for a in m['to']))]
    if m.get('cc'):
        top.append(('Cc', ', '.join(enc_addr(a, cs) for a in m['cc'])))
    top += [('Subject', enc_header(m['subject'], cs)),
            ('Date', format_datetime(d)),
            ('Message-ID', f'<{rng.getrandbits(64):016x}.{d:%Y%m%d%H%M}@{dom}>')]
    if m.get('in_reply_to'):
        top += [('In-Reply-To', m['in_reply_to']), ('References', m['in_reply_to'])]
    if t['mailer']:
        top.append(('X-Mailer' if 'Outlook' in t['mailer'] or 'Apple' in t['mailer'] else 'User-Agent',
                    t['mailer']))
    if rng.random() < 0.4:
        top.append(('Content-Language', 'fr-CA' if m['lang'] == 'fr' else 'en-CA'))
    if m.get('importance'):
        top.append(('Importance', m['importance']))
    if m.get('sensitivity'):
        top.append(('Sensitivity', m['sensitivity']))
    top.append(('MIME-Version', '1.0'))
    data = serialize(body, top)
    if t['crlf'] and not force_lf:
        data = data.replace(b'\n', b'\r\n')
    return data

# ----------------------------------------------------------------------------
# Invented organisations, staff, patients, vocabulary
# ----------------------------------------------------------------------------
ORGS = [
    dict(name='CIUSSS des Trois-Rivages', short='CIUSSS-TR', dom='ciusss-troisrivages.example',
         city='Saint-Aubin-des-Monts', phone='819-555-0140', fax='819-555-0141',
         addr='2200, boulevard des Trois-Rivages, Saint-Aubin-des-Monts (Québec) J0X 2Y0'),
    dict(name='Hôpital Notre-Dame-des-Érables', short='HNDDE', dom='hndde.example',
         city='Val-des-Érables', phone='450-555-0172', fax='450-555-0173',
         addr='455, rue de l\'Hôpital, Val-des-Érables (Québec) J7Z 0B4'),
    dict(name='Centre de réadaptation en dépendance Le Tournant', short='CRD Le Tournant',
         dom='crd-letournant.example', city='Lac-Brouillard', phone='418-555-0115', fax='418-555-0116',
         addr='18, chemin du Tournant, Lac-Brouillard (Québec) G0Z 3C0'),
    dict(name='CISSS de la Haute-Côte-Verte', short='CISSS-HCV', dom='cisss-hcv.example',
         city='Port-Sauvignon', phone='418-555-0190', fax='418-555-0191',
         addr='1000, avenue du Phare, Port-Sauvignon (Québec) G0K 4M0'),
    dict(name='Institut universitaire en santé mentale des Boisés', short='IUSM Boisés',
         dom='iusm-boises.example', city='Montréal-Nord-Ouest', phone='514-555-0160', fax='514-555-0161',
         addr='7070, boulevard des Boisés, Montréal (Québec) H0M 1A1'),
]
EXT_ORGS = {
    'pharmacy': [('Pharmacie Beaulieu & Fortier', 'pharmabf.example', '819-555-0123'),
                 ('Pharmacie du Carrefour Lessage', 'pharmalessage.example', '450-555-0134'),
                 ('Pharmacie Riverside Drugs', 'riversidedrugs.example', '613-555-0177')],
    'community': [('Maison d\'hébergement L\'Escale', 'lescale-hebergement.example'),
                  ('Le Pont — organisme communautaire en santé mentale', 'lepont-sm.example'),
                  ('Office municipal d\'habitation de Val-des-Érables', 'omh-vde.example'),
                  ('Refuge Le Phare du Nord', 'pharedunord.example')],
    'school': [('École secondaire des Hauts-Bois', 'es-hautsbois.example'),
               ('Polyvalente de la Rivière-Sèche', 'polyriviere.example')],
    'ontario': [('Riverside Mental Health Centre', 'riversidemhc.example', '613-555-0155'),
                ('Ottawa-Est Community Health Centre', 'oechc.example', '613-555-0188')],
    'supplier': [('MédiDistribution Québec inc.', 'medidistrib.example'),
                 ('Laboratoires Nordika', 'nordika.example'),
                 ('Fournitures cliniques Lavigne', 'fclavigne.example'),
                 ('PharmaLogix Canada', 'pharmalogix.example')],
}
STAFF_F = ['Julie', 'Isabelle', 'Catherine', 'Mélanie', 'Annie', 'Karine', 'Marie-Ève', 'Stéphanie', 'Valérie',
           'Audrey', 'Chantal', 'Nadia', 'Émilie', 'Véronique', 'Sophie', 'Josiane', 'Rachel', 'Priya', 'Aïcha',
           'Maude', 'Noémie', 'Caroline']
STAFF_M = ['Maxime', 'Sébastien', 'Jean-François', 'Mathieu', 'Alexandre', 'Patrick', 'Olivier', 'Éric', 'Simon',
           'Philippe', 'Karim', 'Benoît', 'Kevin', 'Daniel', 'Frédéric', 'Vincent']
STAFF_LAST = ['Lemieux', 'Dufresne', 'Beaulieu', 'Bergeron', 'Desrosiers', 'Lavallée', 'Hamel', 'Villeneuve',
              'Proulx', 'Charbonneau', 'Gingras', 'Ménard', 'Rioux', 'Bélisle', 'Lacasse', 'Turcotte', 'Nguyen',
              'Benali', 'Haddad', 'St-Pierre', 'Larouche', 'Giroux', 'Goldberg', "O'Brien", 'Raman', 'Kowalczyk',
              'Mensah', 'Desjardins', 'Vézina', 'Lamoureux']
ROLES = [  # key, fem, masc, cred_f, cred_m, en
    ('nurse', 'Infirmière clinicienne', 'Infirmier clinicien', 'inf. B.Sc.', 'inf. B.Sc.', 'Clinical nurse', 'RN'),
    ('nurse', 'Infirmière', 'Infirmier', 'inf.', 'inf.', 'Nurse', 'RN'),
    ('sw', 'Travailleuse sociale', 'Travailleur social', 't.s.', 'T.S.', 'Social worker', 'MSW, RSW'),
    ('psy', 'Psychologue', 'Psychologue', 'Ph.D., psychologue', 'D.Psy., psychologue', 'Psychologist', 'Ph.D., C.Psych.'),
    ('md', 'Psychiatre', 'Psychiatre', 'M.D., FRCPC', 'M.D., FRCPC', 'Psychiatrist', 'MD, FRCPC'),
    ('md', 'Médecin — médecine des toxicomanies', 'Médecin — médecine des toxicomanies', 'M.D.', 'M.D.',
     'Addiction medicine physician', 'MD, CCFP(AM)'),
    ('clerk', 'Agente administrative', 'Agent administratif', '', '', 'Administrative clerk', ''),
    ('clerk', 'Secrétaire médicale', 'Secrétaire médical', '', '', 'Medical secretary', ''),
    ('nurse', 'IPS en santé mentale', 'IPS en santé mentale', 'IPSSM', 'IPSSM', 'Mental health nurse practitioner', 'NP'),
    ('sw', 'Agente de relations humaines', 'Agent de relations humaines', 'ARH', 'ARH', 'Case worker', ''),
    ('sw', 'Psychoéducatrice', 'Psychoéducateur', 'ps.éd.', 'ps.éd.', 'Youth worker', ''),
    ('pharm', 'Pharmacienne', 'Pharmacien', 'pharm., M.Sc.', 'pharm.', 'Pharmacist', 'RPh'),
    ('mgr', 'Chef de service', 'Chef de service', '', '', 'Program manager', ''),
]
SERVICES_FR = ['Clinique externe de psychiatrie', 'Clinique TAO (traitement par agonistes opioïdes)',
               'Équipe SIM — suivi intensif dans le milieu', 'Équipe SIV — soutien d\'intensité variable',
               'Services psychosociaux généraux', 'Centre de crise — suivi post-crise',
               'Santé mentale jeunesse 12-17 ans', 'Guichet d\'accès en santé mentale adulte',
               'Urgence psychiatrique', 'Module de psychiatrie 4e Nord', 'Programme premiers épisodes psychotiques',
               'Service de dépendance — équipe de liaison']
SERVICES_EN = ['Outpatient Psychiatry', 'Opioid Agonist Therapy Clinic', 'Youth Mental Health Services',
               'Crisis Follow-up Team', 'Social Work Department', 'Addiction Medicine Consult Service',
               'Early Psychosis Program']

PAT_F = ['Chloé', 'Jessica', 'Mélissa', 'Kim', 'Annie-Claude', 'Roxanne', 'Laurence', 'Samantha', 'Ève',
         'Marilou', 'Tania', 'Jade', 'Océane', 'Ashley', 'Brittany', 'Fatou', 'Linh', 'Yasmine', 'Rosalie', 'Carole']
PAT_M = ['Kevin', 'Jonathan', 'Steve', 'Dany', 'Guillaume', 'Yannick', 'Samuel', 'Mikaël', 'Cédric', 'Tommy',
         'William', 'Jordan', 'Réjean', 'Gaétan', 'Moussa', 'Tuan', 'Ryan', 'Bryan', 'Raphaël', 'Ludovic']
PAT_LAST = ['Côté', 'Lavoie', 'Gagné', 'Ouimet', 'Boisvert', 'Dionne', 'Lachance', 'Paradis', 'Bédard', 'Doucet',
            'Labelle', 'Comeau', 'Hébert', 'Lefebvre', 'Vachon', 'Perreault', 'Leclerc', 'Fontaine', 'Robitaille',
            'Joseph', 'Pierre-Louis', 'Mbaye', 'Tran', 'Kowalski', 'McKenzie', "O'Neil", 'Asselin', 'Brochu',
            'Dumais', 'Fréchette', 'Grenier', 'Jolicoeur', 'Lapierre', 'Poulin', 'Sirois', 'Thériault']
BE_F, BE_M, BE_LAST = ['Lotte', 'Elise', 'Manon', 'Amélie'], ['Arnaud', 'Wout', 'Thibaut', 'Bram'], \
    ['Peeters', 'Janssens', 'Claes', 'Vandenberghe', 'Dubois', 'Lambert', 'Wouters']
FR_F, FR_M, FR_LAST = ['Camille', 'Léa', 'Inès', 'Clémence'], ['Hugo', 'Théo', 'Lucas', 'Bastien'], \
    ['Lefèvre', 'Moreau', 'Garnier', 'Roussel', 'Fabre', 'Chevalier', 'Mercier']
STREETS = ['rue des Érables', 'rue Principale', 'boulevard des Forges', 'rue Saint-Onésime', 'avenue du Parc',
           'rue Champlain', 'rang du Petit-Brûlé', 'rue de la Fabrique', 'chemin du Lac-Vert', 'rue Papineau-Nord',
           '4e Avenue', 'rue des Pins', 'croissant des Outardes']
CITIES = [('Saint-Aubin-des-Monts', 'J0X'), ('Val-des-Érables', 'J7Z'), ('Lac-Brouillard', 'G0Z'),
          ('Port-Sauvignon', 'G0K'), ('Montréal', 'H0M'), ('Gatineau-Est', 'J9Z')]
AREA = ['514', '438', '450', '579', '819', '873', '418', '581']

DX = {  # key: (fr, en)
    'tuo': ('trouble lié à l\'utilisation des opioïdes (TUO) sévère', 'severe opioid use disorder'),
    'bip': ('trouble bipolaire de type I', 'bipolar I disorder'),
    'scz': ('schizophrénie', 'schizophrenia'),
    'tdm': ('trouble dépressif majeur récurrent', 'recurrent major depressive disorder'),
    'tpl': ('trouble de personnalité limite', 'borderline personality disorder'),
    'tspt': ('trouble de stress post-traumatique', 'post-traumatic stress disorder'),
    'tag': ('trouble d\'anxiété généralisée', 'generalized anxiety disorder'),
    'pep': ('premier épisode psychotique', 'first-episode psychosis'),
    'alc': ('trouble lié à l\'usage de l\'alcool', 'alcohol use disorder'),
    'stim': ('trouble lié à l\'usage de stimulants (méthamphétamine)', 'stimulant use disorder (methamphetamine)'),
    'sza': ('trouble schizo-affectif', 'schizoaffective disorder'),
    'psyind': ('psychose induite par substances', 'substance-induced psychosis'),
}
DX_YOUTH = {
    'tdah': ('TDAH, présentation combinée', 'ADHD, combined presentation'),
    'anx': ('trouble anxieux', 'anxiety disorder'),
    'tca': ('anorexie mentale de type restrictif', 'anorexia nervosa, restricting type'),
    'dep': ('épisode dépressif', 'depressive episode'),
    'cann': ('trouble lié à l\'usage du cannabis', 'cannabis use disorder'),
}
MEDS_PSY = [('lithium', 'lithium {d} mg HS', [600, 900, 1200]), ('clozapine', 'clozapine {d} mg', [200, 300, 350, 400]),
            ('quétiapine', 'quétiapine XR {d} mg HS', [150, 300, 400]), ('aripiprazole', 'Abilify Maintena {d} mg IM q4 sem', [300, 400]),
            ('palipéridone', 'Invega Sustenna {d} mg IM q4 sem', [100, 150]), ('sertraline', 'sertraline {d} mg DIE', [100, 150, 200]),
            ('venlafaxine', 'venlafaxine XR {d} mg DIE', [150, 225]), ('olanzapine', 'olanzapine {d} mg HS', [10, 15, 20]),
            ('lorazépam', 'lorazépam {d} mg PRN', [1, 2]), ('méthylphénidate', 'Concerta {d} mg DIE', [36, 54])]
MEDS_PSY_EN = {'quétiapine': 'quetiapine', 'lorazépam': 'lorazepam', 'palipéridone': 'paliperidone',
               'méthylphénidate': 'methylphenidate'}
SOCIAL_FR = ['en situation d\'itinérance depuis février', 'a perdu son logement (éviction)', 'séparation récente',
             'dossier actif à la DPJ pour ses enfants', 'sous probation, conditions de non-consommation',
             'sans revenu, demande d\'aide sociale en cours', 'victime de violence conjugale (hébergement d\'urgence en maison d\'aide)',
             'a perdu son emploi le mois dernier', 'sortie de détention il y a deux semaines', 'vit seul(e), isolement important',
             'dettes de jeu importantes', 'sous régime de protection (tutelle au majeur)']
SOCIAL_EN = ['homeless since February', 'recently evicted', 'recent separation', 'children currently followed by child protection',
             'on probation with abstinence conditions', 'no income, social assistance application pending',
             'victim of intimate partner violence, staying at a shelter', 'lost their job last month',
             'released from custody two weeks ago', 'lives alone, very isolated', 'significant gambling debts']


class Ctx:
    def __init__(self, rng, pools, lang):
        self.rng = rng
        self.pools = pools
        self.lang = lang
        self.org = rng.choice(ORGS)
        self.date = pools['date'](rng)
        self.me = self.staff()
        self.them = self.staff(exclude=self.me)

    def fr(self):
        return self.lang == 'fr'

    def L(self, fr, en):
        return fr if self.lang == 'fr' else en

    def staff(self, role=None, exclude=None, org=None):
        rng = self.rng
        while True:
            sex = rng.choice('FM')
            first = rng.choice(STAFF_F if sex == 'F' else STAFF_M)
            last = rng.choice(STAFF_LAST)
            if not exclude or exclude['last'] != last:
                break
        cands = [r for r in ROLES if role is None or r[0] == role]
        r = rng.choice(cands)
        org = org or self.org
        local = rng.choice(['{f}.{l}', '{f}.{l}', '{fi}{l}', '{l}.{f}'])
        norm = lambda s: deaccent(s).lower().replace("'", '').replace(' ', '')
        addr = local.format(f=norm(first), l=norm(last), fi=norm(first)[0]) + '@' + org['dom']
        return dict(first=first, last=last, name=f'{first} {last}', sex=sex, key=r[0],
                    role_fr=r[1] if sex == 'F' else r[2], cred=r[3] if sex == 'F' else r[4],
                    role_en=r[5], cred_en=r[6], email=addr, ext=str(rng.randint(2000, 7999)),
                    svc_fr=rng.choice(SERVICES_FR), svc_en=rng.choice(SERVICES_EN), org=org)

    def addr(self, s):
        return (s['name'], s['email'])

    def sig(self, s=None, full=None):
        rng, s = self.rng, (s or self.me)
        o = s['org']
        if full is None:
            full = rng.random() < 0.7
        if not full:
            return rng.choice([s['first'], s['first'][0] + s['last'][0], s['name'], s['first'] + ' ' + s['last'][0] + '.'])
        fr = self.fr()
        cred = s['cred'] if fr else s['cred_en']
        lines = [s['name'] + (', ' + cred if cred else ''),
                 s['role_fr'] if fr else s['role_en'],
                 s['svc_fr'] if fr else s['svc_en'], o['name']]
        if rng.random() < 0.8:
            lines.append((f'Tél. : {o["phone"]}, poste {s["ext"]}' if fr else f'Tel: {o["phone"]} ext. {s["ext"]}'))
        if rng.random() < 0.4:
            lines.append(('Téléc. : ' if fr else 'Fax: ') + o['fax'])
        if rng.random() < 0.3 and o['addr']:
            lines.append(o['addr'])
        if rng.random() < 0.35:
            lines.append('')
            lines.append(rng.choice([
                'AVIS DE CONFIDENTIALITÉ : Ce message peut contenir des renseignements confidentiels. '
                'Si vous l\'avez reçu par erreur, veuillez le détruire et en aviser l\'expéditeur.',
                'Ce courriel est destiné uniquement à la personne à qui il est adressé. Toute diffusion est interdite.',
                'CONFIDENTIALITY NOTICE: This e-mail may contain confidential information intended only for '
                'the addressee. If received in error, please delete it and notify the sender.']))
        return '\n'.join(lines)

    def hello(self, s=None):
        rng = self.rng
        if s is None:
            return rng.choice(['Bonjour,', 'Bonjour à tous,', 'Salut,', 'Bonjour à toutes et à tous,']) if self.fr() \
                else rng.choice(['Hi all,', 'Hello,', 'Good morning,', 'Hi team,'])
        if self.fr():
            return rng.choice([f'Bonjour {s["first"]},', f'Salut {s["first"]},', 'Bonjour,', f'Bonjour {s["first"]}',
                               f'Allo {s["first"]},'])
        return rng.choice([f'Hi {s["first"]},', f'Hello {s["first"]},', 'Hi,', f'Dear {s["first"]},'])

    def bye(self):
        return self.rng.choice(['Merci !', 'Merci et bonne journée,', 'Cordialement,', 'Bonne journée', 'Merci beaucoup',
                                'Bien à vous,', 'Merci de votre collaboration,']) if self.fr() else \
            self.rng.choice(['Thanks,', 'Best regards,', 'Thank you,', 'Regards,', 'Cheers,'])

    def later(self, days_back=(1, 9)):
        return self.date - dt.timedelta(days=self.rng.randint(*days_back), hours=self.rng.randint(0, 5),
                                        minutes=self.rng.randint(0, 59))

    def phone(self):
        return f'{self.rng.choice(AREA)}-555-{self.rng.randint(100, 199):04d}'

    def day(self, lo=1, hi=21):
        return (self.date + dt.timedelta(days=self.rng.randint(lo, hi))).date()

    def dstr(self, d):
        return fr_date(d) if self.fr() else en_date(d)


def typo(rng, s, rate=0.035, protect=()):
    prot = {w.lower() for p in protect for w in re.split(r'[\s,\-]+', p) if w}

    def sub(m):
        w = m.group(0)
        if len(w) < 5 or w.lower() in prot or not w.islower() or rng.random() > rate:
            return w
        i = rng.randrange(1, len(w) - 2)
        k = rng.randrange(3)
        if k == 0:
            return w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if k == 1:
            return w[:i] + w[i + 1:]
        return w[:i] + w[i] + w[i:]
    return re.sub(r'[A-Za-zÀ-ÿ]+', sub, s)


def deaccent(s):
    import unicodedata
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')


def make_patient(rng, origin='qc', age=(18, 70), sex=None):
    sex = sex or rng.choice('FM')
    if origin == 'be':
        given, last = rng.choice(BE_F if sex == 'F' else BE_M), rng.choice(BE_LAST)
    elif origin == 'fr':
        given, last = rng.choice(FR_F if sex == 'F' else FR_M), rng.choice(FR_LAST)
    else:
        given, last = rng.choice(PAT_F if sex == 'F' else PAT_M), rng.choice(PAT_LAST)
    y = REF_DATE.year - rng.randint(*age)
    dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    return dict(surname=last, given=given, dob=dob, sex=sex, nam=None)


def enrich(rng, p):
    """Add contact details / chart number to a patient dict (in place, once)."""
    if 'mrn' in p:
        return p
    city, fsa = rng.choice(CITIES)
    p['mrn'] = gen_mrn(rng)
    p['phone'] = f'{rng.choice(AREA)}-555-{rng.randint(100, 199):04d}'
    p['street'] = f'{rng.randint(12, 2999)}, {rng.choice(STREETS)}' + (f', app. {rng.randint(1, 24)}' if rng.random() < 0.5 else '')
    p['city'] = city
    p['postal'] = f'{fsa} {rng.randint(0, 9)}{rng.choice("ABCEGHJKLMNPRSTVWXYZ")}{rng.randint(0, 9)}'
    nm = deaccent(p['given'].split('-')[0]).lower() + '.' + deaccent(p['surname']).lower().replace("'", '').replace(' ', '')
    p['email'] = f'{nm}{rng.randint(1, 99)}@{rng.choice(["courriel", "maboite", "webmail"])}.example'
    return p


def pname(rng, p, lang, style=None):
    t = ('Mme' if p['sex'] == 'F' else 'M.') if lang == 'fr' else ('Ms.' if p['sex'] == 'F' else 'Mr.')
    styles = ['full', 'title_full', 'last_first', 'LAST_comma', 'title_last_first', 'lower']
    style = style or rng.choices(styles, weights=[30, 25, 15, 15, 8, 4])[0]
    g, s = p['given'], p['surname']
    return {'full': f'{g} {s}', 'title_full': f'{t} {g} {s}', 'last_first': f'{s} {g}',
            'LAST_comma': f'{s.upper()}, {g}', 'title_last_first': f'{t} {s}, {g}',
            'lower': f'{g.lower()} {s.lower()}'}[style]


def title(p, lang):
    return ('Mme' if p['sex'] == 'F' else 'M.') if lang == 'fr' else ('Ms.' if p['sex'] == 'F' else 'Mr.')


def il(p, m, f):
    return f if p['sex'] == 'F' else m

# ----------------------------------------------------------------------------
# Helpers for positive messages
# ----------------------------------------------------------------------------

def id_block(c, p, want, inline=False, disguise=False, name_style=None):
    """Render patient identification fields; returns (text, set_of_types)."""
    rng, fr = c.rng, c.fr()
    enrich(rng, p)
    T, parts = set(), []
    for k in want:
        if k == 'name':
            lab = rng.choice(['Nom', 'Usager', 'Usagère' if p['sex'] == 'F' else 'Usager', 'Patient(e)', 'Client(e)',
                              'Nom de l\'usager']) if fr else rng.choice(['Name', 'Patient', 'Client', 'Pt'])
            val = pname(rng, p, c.lang, name_style)
            T.add('patient_name')
        elif k == 'dob':
            lab = rng.choice(['DDN', 'Date de naissance', 'Née le' if p['sex'] == 'F' else 'Né le', 'D.N.']) if fr \
                else rng.choice(['DOB', 'Date of birth', 'D.O.B.'])
            val = dob_str(rng, p['dob'], c.lang)
            T.add('date_of_birth')
        elif k == 'nam':
            lab = rng.choice(['NAM', 'RAMQ', 'No RAMQ', 'No d\'assurance maladie', 'Carte RAMQ', 'nam']) if fr \
                else rng.choice(['RAMQ', 'RAMQ no.', 'Quebec health card', 'HIN (QC)'])
            val = fmt_nam(rng, p['nam'], disguise)
            T.add('ramq_nam')
        elif k == 'mrn':
            lab = rng.choice(['No dossier', '# dossier', 'Dossier', 'MRN', 'No de dossier CH', 'Dossier hosp.']) if fr \
                else rng.choice(['MRN', 'Chart #', 'Hospital no.', 'Chart'])
            val = p['mrn']
            T.add('mrn')
        elif k == 'phone':
            lab = rng.choice(['Tél.', 'Cell', 'Téléphone', 'Tél. (cell.)', 'Joignable au']) if fr else rng.choice(['Phone', 'Cell', 'Tel'])
            val = p['phone']
            T.add('patient_contact')
        elif k == 'addr':
            lab = rng.choice(['Adresse', 'Adresse domicile', 'Domicile']) if fr else rng.choice(['Address', 'Home address'])
            val = f'{p["street"]}, {p["city"]} {p["postal"]}'
            T.add('patient_contact')
        elif k == 'email':
            lab = 'Courriel' if fr else 'Email'
            val = p['email']
            T.add('patient_contact')
        else:
            raise ValueError(k)
        parts.append((lab, val))
    if inline:
        sep = rng.choice([' / ', ', ', ' - ', ' | '])
        txt = sep.join(f'{l} {v}' if rng.random() < 0.4 else f'{l}: {v}' for l, v in parts)
    else:
        colon = ' : ' if fr and rng.random() < 0.6 else ': '
        txt = '\n'.join(f'{l}{colon}{v}' for l, v in parts)
    return txt, T


MED_BY_DX = {
    'tuo': ['méthadone {m} mg PO DIE', 'buprénorphine-naloxone 16/4 mg SL DIE', 'Kadian {k} mg PO DIE', 'Sublocade 100 mg SC q28 jours'],
    'bip': ['lithium {l} mg HS', 'quétiapine XR {q} mg HS', 'olanzapine {o} mg HS', 'divalproex {v} mg HS'],
    'scz': ['clozapine {c} mg HS', 'Invega Sustenna {i} mg IM q4 sem', 'Abilify Maintena 400 mg IM q4 sem', 'olanzapine {o} mg HS'],
    'sza': ['clozapine {c} mg HS', 'lithium {l} mg HS', 'Invega Sustenna {i} mg IM q4 sem'],
    'pep': ['aripiprazole 10 mg DIE', 'rispéridone 2 mg HS', 'Abilify Maintena 300 mg IM q4 sem'],
    'psyind': ['olanzapine 10 mg HS', 'quétiapine 100 mg HS'],
    'tdm': ['sertraline {s} mg DIE', 'venlafaxine XR {x} mg DIE', 'mirtazapine 30 mg HS', 'escitalopram 20 mg DIE'],
    'tag': ['escitalopram 20 mg DIE', 'venlafaxine XR 150 mg DIE'],
    'tspt': ['sertraline 150 mg DIE', 'prazosine 2 mg HS'],
    'tpl': ['quétiapine 50 mg HS PRN', 'sertraline 100 mg DIE', 'lamotrigine 200 mg DIE'],
    'alc': ['naltrexone 50 mg DIE', 'acamprosate 666 mg TID', 'gabapentine 300 mg TID'],
    'stim': ['mirtazapine 30 mg HS', 'quétiapine 25 mg PRN'],
    'tdah': ['Concerta 36 mg DIE', 'Vyvanse 30 mg DIE'], 'anx': ['sertraline 50 mg DIE'], 'tca': ['olanzapine 2,5 mg HS'],
    'dep': ['fluoxétine 20 mg DIE'], 'cann': ['mélatonine 3 mg HS'],
}
MED_GENERIC = ['lorazépam 1 mg PRN', 'mélatonine 3 mg HS', 'timbre de nicotine 21 mg/24 h', 'thiamine 100 mg DIE', 'docusate 100 mg BID',
               'zopiclone 7,5 mg HS PRN', 'propranolol 10 mg BID']
MED_EN = [('méthadone', 'methadone'), ('buprénorphine', 'buprenorphine'), ('quétiapine', 'quetiapine'), ('rispéridone', 'risperidone'),
          ('prazosine', 'prazosin'), ('fluoxétine', 'fluoxetine'), ('gabapentine', 'gabapentin'), ('mélatonine', 'melatonin'),
          ('lorazépam', 'lorazepam'), ('timbre de nicotine', 'nicotine patch'), ('palipéridone', 'paliperidone'),
          ('méthylphénidate', 'methylphenidate'), (' jours', ' days'), (' DIE', ' daily'), (' HS', ' at bedtime'),
          ('q4 sem', 'q4 weeks'), (' TID', ' three times daily'), (' BID', ' twice daily'), ('2,5', '2.5'), ('7,5', '7.5')]


def med_en(s):
    for a, b in MED_EN:
        s = s.replace(a, b)
    return s


def split_med(m):
    toks = m.split()
    i = next((j for j, t in enumerate(toks) if any(ch.isdigit() for ch in t)), len(toks))
    i = max(i, 1)
    return ' '.join(toks[:i]), ' '.join(toks[i:])


def pick_med(rng, lang, dxkey=None, generic=False):
    if generic:
        s = rng.choice(MED_GENERIC)
        return 'generic', (s if lang == 'fr' else med_en(s))
    if dxkey in MED_BY_DX:
        s = rng.choice(MED_BY_DX[dxkey]).format(m=rng.randrange(40, 150, 5), k=rng.choice([300, 400, 500]), l=rng.choice([600, 900, 1200]),
                                                 q=rng.choice([150, 300, 400]), o=rng.choice([10, 15, 20]), v=rng.choice([750, 1000]),
                                                 c=rng.choice([200, 300, 400]), i=rng.choice([100, 150]), s=rng.choice([100, 150, 200]),
                                                 x=rng.choice([150, 225]))
        return dxkey, (s if lang == 'fr' else med_en(s))
    key, tpl, doses = rng.choice(MEDS_PSY)
    s = tpl.format(d=rng.choice(doses))
    return key, (s if lang == 'fr' else med_en(s))


def dx_text(rng, lang, youth=False):
    d = DX_YOUTH if youth else DX
    k = rng.choice(sorted(d))
    return k, d[k][0 if lang == 'fr' else 1]


def oat_line(rng, lang):
    k = rng.choice(['metha', 'metha', 'bup', 'kad', 'subl'])
    if k == 'metha':
        old = rng.randrange(40, 150, 5)
        new = old + rng.choice([-10, -5, 5, 10, 10, 15])
        return k, (f'méthadone {old} mg → {new} mg PO DIE' if lang == 'fr' else f'methadone {old} mg -> {new} mg PO daily'), new
    if k == 'bup':
        old, new = rng.choice([(8, 12), (12, 16), (16, 24), (24, 16)])
        return k, (f'buprénorphine-naloxone (Suboxone) {old}/{old // 4} mg → {new}/{new // 4} mg SL DIE' if lang == 'fr'
                   else f'buprenorphine-naloxone (Suboxone) {old}/{old // 4} mg -> {new}/{new // 4} mg SL daily'), new
    if k == 'kad':
        old = rng.choice([300, 400, 500, 600])
        new = old + 100
        return k, (f'Kadian (morphine LA 24 h) {old} mg → {new} mg PO DIE' if lang == 'fr'
                   else f'Kadian (slow-release oral morphine) {old} mg -> {new} mg PO daily'), new
    return k, ('Sublocade 300 mg SC (2e injection), puis 100 mg SC q 28 jours' if lang == 'fr'
               else 'Sublocade 300 mg SC (2nd injection), then 100 mg SC q28 days'), 300


def uds_line(rng, lang):
    subs = [('fentanyl', 'fentanyl'), ('méthamphétamine', 'methamphetamine'), ('cocaïne', 'cocaine'),
            ('benzodiazépines', 'benzodiazepines'), ('opiacés', 'opiates'), ('cannabis (THC)', 'cannabis (THC)'),
            ('méthadone', 'methadone'), ('buprénorphine', 'buprenorphine'), ('xylazine', 'xylazine')]
    picks = rng.sample(subs, rng.randint(2, 4))
    pos = rng.sample(picks, rng.randint(1, len(picks)))
    if lang == 'fr':
        return ', '.join(f'{a} {"POSITIF" if (a, b) in pos else "nég."}' for a, b in picks)
    return ', '.join(f'{b} {"POS" if (a, b) in pos else "neg"}' for a, b in picks)


def result(subject, doc, types, note, **kw):
    d = dict(subject=subject, doc=doc, types=set(types), note=note)
    d.update(kw)
    return d

# ----------------------------------------------------------------------------
# Positive families
# ----------------------------------------------------------------------------

def p_oat_pharmacy(c):
    rng = c.rng
    p = c.nam(18, 72)
    c.me = c.staff(role=rng.choice(['nurse', 'md']))
    ph = rng.choice(EXT_ORGS['pharmacy'])
    to = [(ph[0], f'labo@{ph[1]}')]
    fr = c.fr()
    k, line, new = oat_line(rng, c.lang)
    want = ['name'] + (['dob'] if rng.random() < 0.55 else []) + (['nam'] if rng.random() < 0.6 else [])
    if rng.random() < 0.3:
        want.append('mrn')
    ib, T = id_block(c, p, want, inline=rng.random() < 0.35)
    T.add('medication')
    start = c.day(1, 4)
    if fr:
        carries = rng.choice(['Doses apportées : 2 par semaine (sam. et dim.)', 'Aucune dose apportée — ingestion observée tous les jours',
                              'Doses apportées : 6/7, ingestion observée le lundi', 'On maintient 1 dose apportée/sem.'])
        body = [c.hello(), typo(rng, rng.choice([
            f'Veuillez prendre note du changement de dose suivant pour notre usag{"ère" if p["sex"] == "F" else "er"} commun{"e" if p["sex"] == "F" else ""} :',
            'Suite à la rencontre de ce matin avec le médecin, voici le nouvel ajustement :',
            'Petit changement pour votre patient TAO, ordonnance signée à suivre par télécopieur :']), protect=[p['surname']])]
        rx = f'{line}\nDébut : {c.dstr(start)}\n{carries}'
    else:
        carries = rng.choice(['Carries: 2 per week (Sat/Sun)', 'No carries - daily witnessed ingestion', 'Carries 6/7, witnessed on Mondays'])
        body = [c.hello(), rng.choice(['Please note the following dose change for our shared patient:',
                                       'Following today\'s visit with the prescriber, new dosing below:'])]
        rx = f'{line}\nStart: {c.dstr(start)}\n{carries}'
    doc = [('p', body[0]), ('p', body[1]), ('p', ib), ('p', rx)]
    if rng.random() < 0.4:
        doc.append(('p', (f'Dernier dépistage urinaire ({c.dstr(c.later().date())}) : ' if fr else
                          f'Last urine drug screen ({c.dstr(c.later().date())}): ') + uds_line(rng, c.lang)))
        T.add('lab_result')
    if rng.random() < 0.35:
        doc.append(('p', (f'Dx : {DX["tuo"][0]}' if fr else f'Dx: {DX["tuo"][1]}') +
                    (rng.choice([', fentanyl injecté', ', usage par inhalation']) if fr else '')))
        T.add('diagnosis')
    doc += [('p', c.bye()), ('sig', c.sig())]
    atts = []
    if c.att(0.4):
        pdf = make_pdf('Ordonnance — traitement par agonistes opioïdes' if fr else 'Prescription — opioid agonist therapy',
                       [ib, rx, f'Prescripteur : {c.me["name"]}' if fr else f'Prescriber: {c.me["name"]}'],
                       compress=rng.random() < 0.5)
        atts.append(dict(filename=rng.choice(['ordonnance_TAO.pdf', f'Rx_{deaccent(p["surname"])}.pdf', 'scan0042.pdf']),
                         ctype='application/pdf', data=pdf))
    subj = rng.choice([f'Changement de dose - {p["surname"]} {p["given"]}', 'Ajustement TAO', 'Modif. dose TAO — à partir de ' + c.dstr(start),
                       f'Nouvelle ordonnance {"méthadone" if k == "metha" else "TAO"}']) if fr else \
        rng.choice([f'Dose change - {p["surname"]}, {p["given"]}', 'OAT dose adjustment', 'New OAT prescription'])
    return result(subj, doc, T, 'OAT dose change to community pharmacy', to=to, attachments=atts)


def p_missed_doses(c):
    rng, fr = c.rng, c.fr()
    p = c.nam(19, 65)
    ph = rng.choice(EXT_ORGS['pharmacy'])
    c.me = dict(c.staff(role='pharm'), email=f'{rng.choice(["labo", "tao", "pharmacien"])}@{ph[1]}',
                org=dict(ORGS[0], addr='', name=ph[0], phone=ph[2], fax=ph[2][:-1] + '9'))
    to = [c.addr(c.staff(role=rng.choice(['nurse', 'md'])))]
    n = rng.randint(3, 5)
    nm = pname(rng, p, c.lang)
    T = {'patient_name', 'medication'}
    k, line, dose = oat_line(rng, c.lang)
    drug = {'metha': 'méthadone', 'bup': 'Suboxone', 'kad': 'Kadian', 'subl': 'Sublocade'}[k] if fr else \
        {'metha': 'methadone', 'bup': 'Suboxone', 'kad': 'Kadian', 'subl': 'Sublocade'}[k]
    if k == 'subl':
        k, drug = 'metha', ('méthadone' if fr else 'methadone')
    if fr:
        txt = typo(rng, f'{nm} ne s\'est pas présenté{"e" if p["sex"] == "F" else ""} pour sa dose de {drug} depuis {n} jours '
                        f'(dernière dose observée le {c.dstr(c.later((n, n)).date())}). Selon le protocole, nous ne pouvons pas '
                        f'redonner la dose habituelle sans réévaluation. Pouvez-vous nous envoyer une nouvelle ordonnance ?',
                   protect=[p['surname'], p['given']])
    else:
        txt = (f'{nm} has not come in for {("her" if p["sex"] == "F" else "his")} {drug} dose for {n} days '
               f'(last witnessed dose {c.dstr(c.later((n, n)).date())}). Per protocol we cannot resume the usual dose '
               f'without reassessment. Could you send a new prescription?')
    doc = [('p', c.hello(None if rng.random() < 0.5 else dict(first=to[0][0].split()[0]))), ('p', txt)]
    if rng.random() < 0.5:
        ib, t2 = id_block(c, p, rng.sample(['dob', 'nam', 'phone'], 2), inline=True)
        doc.append(('p', ib))
        T |= t2
    if rng.random() < 0.5:
        doc.append(('p', rng.choice(SOCIAL_FR if fr else SOCIAL_EN).capitalize() +
                    (' selon ce qu\'il nous a dit la semaine dernière.' if fr else ', per what they told us last week.')))
        T.add('social_information')
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice([f'Doses manquées - {p["surname"]}', f'{n} doses manquées {drug}', 'Usager absent - TAO']) if fr \
        else rng.choice([f'Missed doses - {p["surname"]}', f'{n} missed {drug} doses', 'Patient missed doses'])
    return result(subj, doc, T, 'pharmacy reports missed OAT doses', to=to, importance=rng.choice([None, 'high']))


def p_crisis_followup(c):
    rng, fr = c.rng, c.fr()
    p = c.nam(16, 80) if rng.random() < 0.6 else c.new(18, 70)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['nurse', 'sw', 'psy']))
    T = {'patient_name', 'diagnosis'}
    nm = pname(rng, p, c.lang)
    d0 = c.later((1, 3))
    if fr:
        intro = rng.choice([f'Relance téléphonique faite ce matin auprès de {nm} suite à son appel à la ligne de crise le {c.dstr(d0.date())}.',
                            f'Suivi post-crise : j\'ai parlé avec {nm} hier soir.',
                            f'Voici mon résumé pour {nm}, référé{"e" if p["sex"] == "F" else ""} par l\'urgence après évaluation du risque suicidaire.'])
        clin = rng.choice(['Idéations suicidaires passives, pas de plan ni de moyen identifié. Filet de sécurité revu.',
                           'Idées suicidaires actives avec plan (médicaments) la semaine dernière; plus critique aujourd\'hui. Moyens retirés par la sœur.',
                           'Humeur dépressive, insomnie, désespoir. Risque évalué modéré (grille d\'estimation de la dangerosité).'])
        plan = rng.choice(['Plan : rappel dans 48 h, RDV au guichet d\'accès, remise de la ligne 24/7.',
                           'Plan : référence à l\'équipe de suivi post-crise, appel de relance jeudi.',
                           'Plan : rencontre en personne demain 10 h au centre de crise.'])
    else:
        intro = rng.choice([f'Follow-up call completed this morning with {nm} after the crisis line call on {c.dstr(d0.date())}.',
                            f'Post-crisis follow-up: spoke with {nm} last night.'])
        clin = rng.choice(['Passive suicidal ideation, no plan or means identified. Safety plan reviewed.',
                           'Active suicidal ideation with a plan (overdose) last week; more critical today. Means removed by sibling.',
                           'Low mood, insomnia, hopelessness. Risk assessed as moderate.'])
        plan = rng.choice(['Plan: call back in 48 h, intake appointment booked, 24/7 line provided.',
                           'Plan: referral to crisis follow-up team, check-in call Thursday.'])
    doc = [('p', c.hello(c.them)), ('p', typo(rng, intro, protect=[p['surname'], p['given']])), ('p', clin), ('p', plan)]
    if rng.random() < 0.6:
        doc.insert(2, ('p', (f'Il/elle est joignable au {p["phone"]}' if fr else f'Reachable at {p["phone"]}').replace(
            'Il/elle', il(p, 'Il', 'Elle')) + (', laisser un message neutre.' if fr else ', leave a neutral message.')))
        T.add('patient_contact')
    if rng.random() < 0.6:
        doc.insert(3, ('p', (rng.choice(['Contexte : ', 'Facteurs précipitants : ']) if fr else 'Context: ') +
                    rng.choice(SOCIAL_FR if fr else SOCIAL_EN) + '.'))
        T.add('social_information')
    if rng.random() < 0.4:
        _, m = pick_med(rng, c.lang, 'tdm')
        doc.insert(3, ('p', ('Médication actuelle : ' if fr else 'Current meds: ') + m))
        T.add('medication')
    if rng.random() < 0.3:
        ib, t2 = id_block(c, p, ['dob'] + (['nam'] if p.get('nam') else ['mrn']), inline=True)
        doc.insert(1, ('p', ib))
        T |= t2
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Suivi post-crise', f'Relance - {p["given"]} {p["surname"][0]}.', f'Relance ligne de crise — {p["surname"]}',
                       'Suivi appel 24/7', 'Suivi - risque suicidaire']) if fr else \
        rng.choice(['Crisis follow-up', f'Follow-up call - {p["surname"]}', 'Post-crisis check-in'])
    return result(subj, doc, T, 'crisis line follow-up summary', to=[c.addr(c.them)])


def p_psych_consult(c):
    rng, fr = c.rng, c.fr()
    p = c.nam(18, 92)
    c.me = c.staff(role='md')
    c.them = c.staff(role='clerk')
    ib, T = id_block(c, p, ['name', 'dob', 'nam'] + (['phone'] if rng.random() < 0.4 else []))
    old = age_of(p['dob']) >= 70
    k, dx = dx_text(rng, c.lang)
    if old:
        dx = rng.choice(['dépression majeure avec caractéristiques psychotiques', 'SCPD sur trouble neurocognitif majeur']) if fr \
            else 'major depression with psychotic features'
    _, med = pick_med(rng, c.lang, 'tdm' if old else k)
    T |= {'diagnosis', 'medication'}
    if fr:
        reason = rng.choice([f'Raison : {dx}, réponse partielle au traitement, demande d\'opinion diagnostique et d\'ajustement.',
                             f'Motif : hypothèse de {dx}. Usag{"ère" if p["sex"] == "F" else "er"} vu{"e" if p["sex"] == "F" else ""} à l\'urgence x2 ce mois-ci.',
                             f'Consultation en gérontopsychiatrie SVP - {dx}' if old else f'Demande de prise en charge - {dx}.'])
        doc = [('p', c.hello(c.them)), ('p', rng.choice(['Voici une demande de consultation en psychiatrie externe (priorité B).',
                                                          'Je vous transmets la demande de consult pour la clinique externe.'])),
               ('p', ib), ('p', reason), ('p', f'Rx actuelle : {med}')]
    else:
        doc = [('p', c.hello(c.them)), ('p', 'Please find below a referral for outpatient psychiatry (priority B).'),
               ('p', ib), ('p', f'Reason: {dx}, partial response, diagnostic opinion requested.'), ('p', f'Current Rx: {med}')]
    if rng.random() < 0.4:
        doc.append(('p', (rng.choice(['Contexte psychosocial : ', 'Psychosocial : ']) if fr else 'Psychosocial: ') +
                    rng.choice(SOCIAL_FR if fr else SOCIAL_EN) + '.'))
        T.add('social_information')
    atts = []
    if c.att(0.5):
        blocks = [render_text([b for b in doc[2:]], dict(lang=c.lang, bullet='-', table='aligned', quote='gt', sigdash=False))]
        data = make_docx('Demande de consultation — psychiatrie' if fr else 'Psychiatry referral', blocks, author=c.me['name'])
        atts.append(dict(filename=rng.choice(['Demande_consult_psy.docx', f'consult_{deaccent(p["surname"]).lower()}.docx', 'Referral.docx']),
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data))
        if rng.random() < 0.5:
            doc = [doc[0], ('p', 'Demande en pièce jointe, merci de l\'inscrire à la liste.' if fr else 'Referral attached, please add to the list.')]
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Demande de consultation psychiatrie', 'Consult psy - priorité B', f'Référence {p["surname"]}']) if fr \
        else rng.choice(['Psychiatry referral', 'Referral - outpatient psychiatry'])
    return result(subj, doc, T, 'psychiatry referral', to=[c.addr(c.them)], attachments=atts)


def p_sw_housing(c):
    rng, fr = c.rng, True
    c.lang = 'fr'
    p = c.nam(19, 75) if rng.random() < 0.6 else c.new(19, 70)
    c.me = c.staff(role='sw')
    org = rng.choice(EXT_ORGS['community'])
    to = [(rng.choice(['Intervenante logement', 'Accueil', 'Coordination']) + ' — ' + org[0].split(' —')[0], f'accueil@{org[1]}')]
    want = ['name', 'dob'] + (['nam'] if p.get('nam') and rng.random() < 0.4 else []) + ['phone'] + (['addr'] if rng.random() < 0.5 else [])
    ib, T = id_block(c, p, want)
    soc = rng.sample(SOCIAL_FR, 2)
    T.add('social_information')
    body = typo(rng, rng.choice([
        f'Je vous réfère {title(p, "fr")} {p["surname"]} pour une place en logement supervisé. {il(p, "Il", "Elle")} est {soc[0]} et {soc[1]}.',
        f'Demande d\'hébergement transitoire pour {p["given"]} {p["surname"]} : {soc[0]}; de plus, {soc[1]}.',
    ]), protect=[p['surname'], p['given']])
    doc = [('p', c.hello()), ('p', body), ('p', ib)]
    if rng.random() < 0.6:
        k, dx = dx_text(rng, 'fr')
        doc.append(('p', f'Suivi en santé mentale (équipe SIV) pour {dx}; stable depuis 3 mois.'))
        T.add('diagnosis')
    if rng.random() < 0.4:
        doc.append(('p', f'Revenu : aide sociale (programme de solidarité sociale), {rng.randint(1000, 1300)} $/mois.'))
    atts = []
    if c.att(0.45):
        data = make_docx('Formulaire de référence — hébergement', [ib, body, 'Intervenant(e) : ' + c.me['name']], author=c.me['name'])
        atts.append(dict(filename='Formulaire_reference_hebergement.docx',
                         ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data))
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Référence logement supervisé', f'Demande d\'hébergement - {p["surname"]}', 'Référence — place disponible?'])
    return result(subj, doc, T, 'social-work housing referral', to=to, attachments=atts, lang='fr')


def p_youth_dpj(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(4, 17)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['sw', 'psy']))
    sch = rng.choice(EXT_ORGS['school'])
    young = age_of(p['dob']) < 12
    T = {'patient_name', 'social_information'}
    nm = rng.choice([f'{p["given"]} {p["surname"]}', f'{p["given"]} {p["surname"][0]}. ({p["surname"]})', f'l\'enfant {p["given"]} {p["surname"]}'])
    doc = [('p', c.hello())]
    if rng.random() < 0.5:
        doc.append(('p', f'{nm}, {age_of(p["dob"])} ans (DDN {dob_str(rng, p["dob"], "fr")})'))
        T.add('date_of_birth')
    else:
        doc.append(('p', f'Concerne : {nm}'))
    ctxs = ['Un signalement a été retenu par la DPJ la semaine dernière (négligence).',
            'Les parents sont séparés, garde partagée conflictuelle; la mère a une ordonnance de non-contact.',
            'La famille est hébergée temporairement chez la grand-mère suite à une éviction.']
    if not young:
        ctxs.append(f'{il(p, "Le jeune", "La jeune")} a fugué deux fois du foyer de groupe ce mois-ci.')
    ctx = rng.choice(ctxs)
    k, dx = dx_text(rng, 'fr', youth=True)
    if young:
        dx = rng.choice(['TDAH, présentation combinée', 'trouble anxieux de séparation', 'trouble du spectre de l\'autisme (évaluation en cours)'])
    doc.append(('p', typo(rng, f'{ctx} En clinique, nous suivons {p["given"]} pour {dx}. '
                               + rng.choice(['Nous aimerions organiser une rencontre de concertation avec l\'école.',
                                             'Pouvez-vous nous transmettre vos observations en classe (comportement, absences) ?',
                                             'Je voulais vous aviser avant le retour en classe lundi.']), protect=[p['given'], p['surname']])))
    T.add('diagnosis')
    if rng.random() < 0.4:
        _, med = pick_med(rng, 'fr', k)
        med = 'Concerta 18 mg DIE' if young or rng.random() < 0.5 else med
        doc.append(('p', f'Médication débutée : {med} (dispensée par l\'infirmière scolaire le midi).'))
        T.add('medication')
    if rng.random() < 0.35:
        doc.append(('p', f'Coordonnées du parent : {p["phone"]}'))
        T.add('patient_contact')
    doc += [('p', c.bye()), ('sig', c.sig())]
    to = [(rng.choice(['Direction adjointe', 'Psychoéducation', 'Infirmerie scolaire']), f'{rng.choice(["direction", "psychoed", "infirmerie"])}@{sch[1]}')]
    subj = rng.choice(['Concertation école - suivi jeunesse', f'Élève {p["given"]} {p["surname"][0]}. - concertation', 'Suivi conjoint',
                       f'Confidentiel - {p["surname"]}'])
    return result(subj, doc, T, 'youth services coordination with school', to=to, lang='fr', sensitivity=rng.choice([None, 'Private']))


def p_lab_monitoring(c):
    rng, fr = c.rng, c.fr()
    p = c.nam(20, 88)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['nurse', 'md', 'pharm']))
    T = {'lab_result', 'medication'}
    which = rng.choice(['li', 'clz', 'clz', 'li', 'valp'])
    when = c.dstr(c.later((1, 3)).date())
    if which == 'li':
        v = rng.choice(['0,42', '0,68', '1,12', '1,38', '1,61']) if fr else rng.choice(['0.42', '1.12', '1.38', '1.61'])
        lab = (f'Lithémie ({when}, 12 h post-dose) : {v} mmol/L; créatinine {rng.randint(70, 140)} µmol/L; TSH {rng.randint(1, 9)},{rng.randint(0, 9)} mUI/L'
               if fr else f'Lithium level ({when}, 12 h post-dose): {v} mmol/L; creatinine {rng.randint(70, 140)} umol/L; TSH {rng.randint(1, 9)}.{rng.randint(0, 9)} mIU/L')
        med = f'lithium {rng.choice([600, 900, 1200])} mg HS' if fr else f'lithium {rng.choice([600, 900, 1200])} mg at bedtime'
    elif which == 'clz':
        anc = rng.choice(['2,1', '1,6', '1,4', '0,9']) if fr else rng.choice(['2.1', '1.6', '1.4', '0.9'])
        lab = (f'FSC du {when} : GB {rng.randint(3, 8)},{rng.randint(0, 9)}, NAN {anc} x10^9/L (zone {"jaune" if anc in ("1,6", "1,4") else "rouge" if anc == "0,9" else "verte"})'
               if fr else f'CBC {when}: WBC {rng.randint(3, 8)}.{rng.randint(0, 9)}, ANC {anc} x10^9/L')
        med = f'clozapine {rng.choice([200, 300, 400])} mg'
    else:
        lab = (f'Valproïcémie ({when}) : {rng.randint(210, 760)} µmol/L; AST {rng.randint(20, 140)} U/L' if fr
               else f'Valproate level ({when}): {rng.randint(210, 760)} umol/L; AST {rng.randint(20, 140)} U/L')
        med = f'divalproex {rng.choice([750, 1000, 1250])} mg'
    want = rng.choice([['name', 'mrn'], ['name', 'dob'], ['mrn'], ['name', 'nam'], ['name']])
    if want == ['mrn']:
        want = ['mrn', 'dob']
    ib, t2 = id_block(c, p, want, inline=rng.random() < 0.5)
    T |= t2
    if fr:
        txt = rng.choice(['Résultat reçu ce matin, à réviser par le psychiatre traitant :', 'FYI résultat critique appelé par le labo :',
                          'Résultat de suivi — valeur hors normes :'])
        act = rng.choice([f'Je suggère de suspendre la {med.split()[0]} et reprendre le bilan demain.', f'On maintient {med} pour l\'instant.',
                          f'Dose actuelle : {med}. Merci de me dire si on ajuste.'])
    else:
        txt = rng.choice(['Result received this morning, for review by the treating psychiatrist:', 'FYI critical value called by lab:'])
        act = rng.choice([f'Suggest holding {med.split()[0]} and repeating tomorrow.', f'Current dose: {med}. Let me know if we adjust.'])
    doc = [('p', c.hello(c.them)), ('p', txt), ('p', ib), ('p', lab), ('p', act), ('p', c.bye()), ('sig', c.sig())]
    if which == 'clz' and rng.random() < 0.5:
        doc.insert(4, ('p', 'Dx : schizophrénie résistante au traitement' if fr else 'Dx: treatment-resistant schizophrenia'))
        T.add('diagnosis')
    subj = rng.choice(['Résultat labo', 'Lithémie élevée' if which == 'li' else 'Résultat NAN' if which == 'clz' else 'Valproïcémie',
                       f'Labo {p["surname"]}', 'Valeur critique']) if fr else rng.choice(['Lab result', f'Lab - {p["surname"]}', 'Critical value'])
    return result(subj, doc, T, 'drug level / CBC monitoring result', to=[c.addr(c.them)])


def roster(c, n, lo=18, hi=70):
    out = []
    for _ in range(n):
        p = c.nam(lo, hi) if c.rng.random() < 0.5 else c.new(lo, hi)
        enrich(c.rng, p)
        if p not in out:
            out.append(p)
    return out


def p_uds_roster(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role='nurse')
    pts = roster(c, rng.randint(4, 8))
    T = {'patient_name', 'lab_result'}
    with_mrn = rng.random() < 0.6
    hdr = (['Nom', 'Prénom'] + (['Dossier'] if with_mrn else []) + ['Date', 'Résultat dépistage']) if fr else \
        (['Last', 'First'] + (['MRN'] if with_mrn else []) + ['Date', 'UDS result'])
    rows = []
    for p in pts:
        r = [p['surname'].upper() if rng.random() < 0.5 else p['surname'], p['given']]
        if with_mrn:
            r.append(p['mrn'])
        r += [c.later((1, 6)).strftime('%Y-%m-%d'), uds_line(rng, c.lang)]
        rows.append(r)
    if with_mrn:
        T.add('mrn')
    doc = [('p', c.hello()),
           ('p', rng.choice(['Voici les résultats des dépistages urinaires de la semaine pour la clinique TAO :',
                             'Résultats des tests urinaires (bandelettes + confirmation labo) :']) if fr else
            rng.choice(['Here are this week\'s urine drug screen results for the OAT clinic:', 'UDS results below (POC + lab confirmation):'])),
           ('table', hdr, rows)]
    if rng.random() < 0.5:
        doc.append(('p', 'À discuter au caucus de jeudi pour les doses apportées.' if fr else 'To review at Thursday huddle re: carries.'))
    atts = []
    if c.att(0.35):
        atts.append(dict(filename='UDS_semaine.xlsx' if fr else 'UDS_week.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx([('UDS', hdr, rows)], author=c.me['name'])))
        if rng.random() < 0.5:
            doc = doc[:2] + [('p', '(tableau en pièce jointe)' if fr else '(table attached)')]
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Dépistages urinaires semaine', 'Résultats DU - clinique TAO', 'UDS']) if fr else \
        rng.choice(['UDS results this week', 'Weekly urine screens'])
    return result(subj, doc, T, 'weekly UDS roster', to=[c.addr(c.staff(role='md')), c.addr(c.staff(role='nurse'))], attachments=atts)


def p_caseload_xlsx(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['mgr', 'clerk', 'sw']))
    pts = roster(c, rng.randint(5, 10))
    T = {'patient_name', 'diagnosis'}
    cols = ['Nom', 'Prénom', 'DDN', 'NAM', 'Dx principal', 'Intervenant', 'Prochain RDV']
    rows = []
    for p in pts:
        _, dx = dx_text(rng, 'fr')
        rows.append([p['surname'], p['given'], p['dob'].isoformat(), p['nam'] or '', dx, c.staff()['name'],
                     c.day(1, 30).isoformat()])
    T.add('date_of_birth')
    if any(p['nam'] for p in pts):
        T.add('ramq_nam')
    else:
        cols[3] = 'Dossier'
        for r, p in zip(rows, pts):
            r[3] = p['mrn']
        T.add('mrn')
    sheets = [('Charge de cas', cols, rows)]
    if rng.random() < 0.5:
        sheets.append(('Stats', ['Équipe', 'Nb usagers'], [['SIM', len(rows)], ['SIV', rng.randint(20, 60)]]))
    data = make_xlsx(sheets, author=c.me['name'])
    doc = [('p', c.hello()),
           ('p', typo(rng, rng.choice(['Ci-joint la liste mise à jour des charges de cas pour la répartition de lundi.',
                                       'Voici le fichier à jour, svp vérifier vos usagers avant la rencontre.',
                                       'Le fichier de suivi est en pièce jointe.']))),
           ('p', c.bye()), ('sig', c.sig())]
    fn = rng.choice(['charges_de_cas_SIM.xlsx', 'Liste_usagers_avril.xlsx', 'repartition.xlsx', 'Suivi équipe.xlsx'])
    subj = rng.choice(['Liste des charges de cas', 'Répartition des dossiers', 'Fichier de suivi à jour'])
    return result(subj, doc, T, 'caseload spreadsheet attached (body innocuous)', lang='fr',
                  to=[c.addr(c.staff()) for _ in range(rng.randint(2, 4))],
                  attachments=[dict(filename=fn, ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=data)])


def p_transport(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(25, 92)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['clerk', 'nurse', 'sw']))
    T = {'patient_name', 'patient_contact'}
    dest = rng.choice(['à la clinique TAO, 2e étage', 'à la clinique externe de psychiatrie', 'à l\'hôpital de jour en santé mentale', 'au CRD Le Tournant'])
    d = c.day(1, 10)
    ib, t2 = id_block(c, p, ['name', 'addr', 'phone'] + (['dob'] if rng.random() < 0.4 else []))
    T |= t2
    doc = [('p', c.hello()),
           ('p', typo(rng, rng.choice([f'SVP réserver un transport adapté pour le {c.dstr(d)}, aller-retour, {dest}.',
                                       f'Demande de taxi (coupon) pour {title(p, "fr")} {p["surname"]}, RDV le {c.dstr(d)} à {rng.randint(8, 15)} h 30 {dest}.']))),
           ('p', ib)]
    if rng.random() < 0.5:
        doc.append(('p', rng.choice([f'{il(p, "Il", "Elle")} doit recevoir sa dose de méthadone avant 11 h.',
                                     f'Rendez-vous pour son injection d\'Invega Sustenna.',
                                     'Se déplace en fauteuil roulant; accompagnatrice présente.'])))
        if 'fauteuil' not in doc[-1][1]:
            T.add('medication')
    doc += [('p', c.bye()), ('sig', c.sig())]
    to = [('Transport adapté — réservations', 'reservations@transport-adapte-regional.example')]
    subj = rng.choice(['Réservation transport', f'Transport {c.dstr(d)}', 'Demande de transport adapté'])
    return result(subj, doc, T, 'transport booking with home address', to=to, lang='fr')


def p_home_visit(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(20, 85) if rng.random() < 0.7 else c.new(20, 70)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['nurse', 'sw']))
    T = {'patient_name', 'patient_contact'}
    d = c.day(0, 3)
    k, dx = dx_text(rng, 'fr')
    hours = sorted(rng.sample(range(8, 17), rng.randint(2, 4)))
    ph = rng.randrange(len(hours))
    items = []
    for i, hr in enumerate(hours):
        if i == ph:
            items.append(f'{hr} h {rng.choice(["00", "30"])} — {title(p, "fr")} {p["given"]} {p["surname"]}, {p["street"]}, {p["city"]} '
                         f'({"code porte " + str(rng.randint(1000, 9999)) if rng.random() < 0.4 else "sonner 2 fois"})')
        else:
            what = rng.choice(['retour au bureau', 'caucus CLSC', "réunion d'équipe", 'dîner', 'rédaction'])
            items.append(f'{hr} h — {what}')
    notes = rng.choice([f'Arrêt de l\'olanzapine depuis ~2 sem., décompensation probable ({dx}).',
                        f'Injection d\'Abilify Maintena 400 mg à domicile; prévoir boîte de sécurité.',
                        f'Vérifier la prise du lithium (pilulier), {il(p, "il", "elle")} a annulé ses 2 derniers RDV.',
                        f'Conjoint violent parfois présent — ne pas y aller seul(e).'])
    doc = [('p', c.hello(c.them)), ('p', f'Mon trajet de visites à domicile pour le {c.dstr(d)} (équipe SIM) :'),
           ('ul', items), ('p', 'Note : ' + notes)]
    if 'décompensation' in notes:
        T |= {'diagnosis', 'medication'}
    elif 'Abilify' in notes or 'lithium' in notes:
        T.add('medication')
    else:
        T.add('social_information')
    if rng.random() < 0.5:
        doc.append(('p', f'Cell de l\'usag{"ère" if p["sex"] == "F" else "er"} si retard : {p["phone"]}'))
    doc += [('p', c.bye()), ('sig', c.sig(full=False))]
    subj = rng.choice(['VAD demain', f'Visites à domicile {c.dstr(d)}', 'Trajet SIM', 'Mon horaire VAD'])
    return result(subj, doc, T, 'home visit itinerary with patient address', to=[c.addr(c.them)], lang='fr')


def p_legal_p38(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(18, 80) if rng.random() < 0.7 else c.new(18, 70)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['md', 'sw', 'clerk']))
    T = {'patient_name', 'diagnosis', 'social_information'}
    k, dx = dx_text(rng, 'fr')
    kind = rng.choice(['garde', 'ordonnance', 'p38'])
    ib, t2 = id_block(c, p, ['name', 'dob'] + rng.choice([['mrn'], ['nam'] if p.get('nam') else ['mrn'], []]))
    T |= t2
    if kind == 'garde':
        txt = (f'Requête pour garde en établissement (art. 30 C.c.Q.) à déposer à la Cour du Québec pour l\'usag{"ère" if p["sex"] == "F" else "er"} ci-dessous. '
               f'Deux rapports d\'examen psychiatrique complétés : {dx}, dangerosité pour {il(p, "lui", "elle")}-même (menaces suicidaires, refus de s\'alimenter).')
    elif kind == 'ordonnance':
        txt = (f'Audience pour l\'ordonnance d\'autorisation de soins (hébergement + médication) fixée au {c.dstr(c.day(3, 20))}, '
               f'salle 3.08. Diagnostic retenu : {dx}; inaptitude à consentir documentée.')
    else:
        txt = (f'Garde préventive (Loi P-38.001) débutée hier {rng.randint(14, 23)} h à l\'urgence pour {dx} en décompensation. '
               f'Les policiers l\'ont amené{"e" if p["sex"] == "F" else ""} suite à un appel de la famille.')
    doc = [('p', c.hello()), ('p', ib), ('p', typo(rng, txt, protect=[p['surname']]))]
    if rng.random() < 0.5:
        doc.append(('p', 'Avocat(e) de l\'usager : Me ' + rng.choice(STAFF_LAST) + ', aide juridique.'))
    if rng.random() < 0.4:
        _, med = pick_med(rng, 'fr', k)
        doc.append(('p', f'Traitement proposé : {med}'))
        T.add('medication')
    atts = []
    if c.att(0.4):
        atts.append(dict(filename='Rapport_examen_psychiatrique.pdf', ctype='application/pdf',
                         data=make_pdf('Rapport d\'examen psychiatrique', [ib, txt, f'Médecin examinateur : Dr(e) {c.staff(role="md")["last"]}'],
                                       compress=rng.random() < 0.5)))
    doc += [('p', c.bye()), ('sig', c.sig())]
    to = [('Contentieux', f'contentieux@{c.org["dom"]}')] if rng.random() < 0.5 else [c.addr(c.them)]
    subj = rng.choice(['Requête garde en établissement', 'Audience AJ — ordonnance de soins', 'Garde préventive — urgence',
                       f'P-38 {p["surname"]}'])
    return result(subj, doc, T, 'legal/court mental-health proceedings', to=to, attachments=atts, lang='fr')


def p_ontario(c):
    rng = c.rng
    c.lang = 'en'
    p = c.new(18, 75)
    enrich(rng, p)
    hn, vc = gen_on_hn(rng)
    ont = rng.choice(EXT_ORGS['ontario'])
    c.me = c.staff(role=rng.choice(['md', 'nurse', 'sw']))
    to = [('Intake', f'intake@{ont[1]}')]
    T = {'patient_name', 'ca_health_number', 'diagnosis'}
    k, dx = dx_text(rng, 'en')
    _, med = pick_med(rng, 'en', k)
    lab = rng.choice(['OHIP', 'Ontario HN', 'Health card (ON)', 'HCN'])
    lines = [f'Name: {pname(rng, p, "en")}', f'{lab}: {fmt_on_hn(rng, hn, vc)}']
    if rng.random() < 0.6:
        lines.append(f'DOB: {dob_str(rng, p["dob"], "en")}')
        T.add('date_of_birth')
    if rng.random() < 0.4:
        lines.append(f'Phone: {p["phone"]}')
        T.add('patient_contact')
    doc = [('p', c.hello()),
           ('p', rng.choice(['We are transferring follow-up of the following patient who lives on the Ontario side:',
                             'Referral for community follow-up, patient moved back to Ottawa area last month.'])),
           ('p', '\n'.join(lines)),
           ('p', f'Dx: {dx}. Current medication: {med}.')]
    T.add('medication')
    if rng.random() < 0.5:
        doc.append(('p', 'Social: ' + rng.choice(SOCIAL_EN) + '.'))
        T.add('social_information')
    atts = []
    if c.att(0.4):
        atts.append(dict(filename='Transfer_summary.pdf', ctype='application/pdf',
                         data=make_pdf('Transfer of care summary', ['\n'.join(lines), f'Diagnosis: {dx}', f'Medication: {med}'],
                                       compress=rng.random() < 0.5, author=c.me['name'])))
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Transfer of care', 'Referral - Ontario resident', f'Transfer - {p["surname"]}'])
    return result(subj, doc, T, 'interprovincial transfer with Ontario health number', to=to, attachments=atts, lang='en')


def p_belgian(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.new(19, 35, origin='be')
    enrich(rng, p)
    niss = gen_niss(rng, p['dob'], p['sex'])
    c.me = c.staff(role=rng.choice(['clerk', 'sw', 'nurse']))
    T = {'patient_name', 'be_niss'}
    lab = rng.choice(['NISS', 'No de registre national', 'numéro national (BE)', 'INSZ/NISS'])
    k, dx = dx_text(rng, 'fr')
    doc = [('p', c.hello()),
           ('p', typo(rng, rng.choice([
               f'Étudiant{"e" if p["sex"] == "F" else ""} belge en échange, vu{"e" if p["sex"] == "F" else ""} à l\'urgence psychiatrique cette nuit. '
               f'Pour la facturation à la mutuelle, voici ses informations :',
               f'Pour la demande de remboursement auprès de sa mutualité en Belgique, nous avons besoin du rapport de consultation de {title(p, "fr")} {p["surname"]}.']))),
           ('p', f'{p["surname"].upper()} {p["given"]}\n{lab} : {fmt_niss(rng, niss)}' +
            (f'\nNé{"e" if p["sex"] == "F" else ""} le {dob_str(rng, p["dob"], "fr")}' if rng.random() < 0.5 else ''))]
    if 'Né' in doc[-1][1]:
        T.add('date_of_birth')
    if rng.random() < 0.7:
        doc.append(('p', f'Motif : {rng.choice(["crise suicidaire", "attaque de panique sévère", "épisode psychotique bref", dx])}.'))
        T.add('diagnosis')
    if rng.random() < 0.4:
        doc.append(('p', f'Adresse au Québec : {p["street"]}, {p["city"]}'))
        T.add('patient_contact')
    doc += [('p', c.bye()), ('sig', c.sig())]
    to = [('Service de facturation', f'facturation@{c.org["dom"]}')]
    subj = rng.choice(['Patient étranger - Belgique', 'Facturation mutuelle belge', 'NISS pour facturation'])
    return result(subj, doc, T, 'Belgian national seen in psychiatry', to=to, lang='fr')


def p_french(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.new(20, 40, origin='fr')
    enrich(rng, p)
    nir = gen_nir(rng, p['dob'], p['sex'])
    c.me = c.staff(role=rng.choice(['sw', 'clerk', 'md']))
    T = {'patient_name', 'fr_nir'}
    lab = rng.choice(['NIR', 'No de sécu', 'numéro de sécurité sociale (France)', 'No INSEE'])
    doc = [('p', c.hello()),
           ('p', typo(rng, rng.choice([
               f'{title(p, "fr")} {p["given"]} {p["surname"]}, en PVT, n\'a pas de carte RAMQ (délai de carence). Admission en sevrage alcool au CRD depuis lundi.',
               f'Demande d\'entente de sécurité sociale France-Québec pour {p["given"]} {p["surname"]}, suivi en clinique TAO depuis mars.']))),
           ('p', f'{lab} : {fmt_nir(rng, nir)}')]
    if 'sevrage' in doc[1][1]:
        T |= {'diagnosis'}
        if rng.random() < 0.6:
            doc.append(('p', 'Protocole de sevrage : diazépam selon CIWA-Ar, thiamine 100 mg IM x3 jours.'))
            T.add('medication')
    else:
        T.add('medication')
    if rng.random() < 0.5:
        doc.append(('p', f'DDN : {dob_str(rng, p["dob"], "fr")} — tél. {p["phone"]}'))
        T |= {'date_of_birth', 'patient_contact'}
    if rng.random() < 0.4:
        doc.append(('p', 'Situation : ' + rng.choice(SOCIAL_FR) + '.'))
        T.add('social_information')
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Usager sans RAMQ - France', 'Entente France-Québec', 'Couverture - ressortissant français'])
    return result(subj, doc, T, 'French national with NIR', to=[c.addr(c.them)], lang='fr')


def p_sin_benefits(c):
    rng, fr = c.rng, c.fr()
    p = c.nam(20, 64) if rng.random() < 0.6 else c.new(20, 64)
    enrich(rng, p)
    c.me = c.staff(role='sw')
    sin = gen_sin(rng)
    T = {'patient_name', 'ca_sin', 'social_information'}
    k, dx = dx_text(rng, c.lang)
    T.add('diagnosis')
    if fr:
        form = rng.choice(['Rapport médical — contraintes sévères à l\'emploi (Solidarité sociale)', 'Demande de prestations IVAC',
                           'Formulaire d\'invalidité RRQ'])
        lines = [f'Nom : {pname(rng, p, "fr")}', f'NAS : {fmt_sin(rng, sin)}', f'Diagnostic : {dx}',
                 f'Limitations : incapacité à maintenir un emploi depuis {rng.randint(2016, 2023)}']
        intro = rng.choice([f'Voici les infos pour compléter le formulaire « {form} ».', f'Formulaire {form} — infos manquantes ci-dessous :'])
    else:
        form = rng.choice(['CPP Disability application', 'Employment insurance sickness benefits — medical certificate',
                           'ODSP disability determination package'])
        lines = [f'Name: {pname(rng, p, "en")}', f'SIN: {fmt_sin(rng, sin)}', f'Diagnosis: {dx}',
                 f'Functional limitations: unable to sustain employment since {rng.randint(2016, 2023)}']
        intro = f'Info needed for the "{form}" form:'
    if rng.random() < 0.5:
        lines.insert(2, ('DDN : ' if fr else 'DOB: ') + dob_str(rng, p['dob'], c.lang))
        T.add('date_of_birth')
    doc = [('p', c.hello(c.them)), ('p', intro), ('p', '\n'.join(lines)),
           ('p', ('Situation : ' if fr else 'Situation: ') + rng.choice(SOCIAL_FR if fr else SOCIAL_EN) + '.')]
    atts = []
    if c.att(0.4):
        atts.append(dict(filename=rng.choice(['formulaire_rempli.pdf', 'form_completed.pdf']), ctype='application/pdf',
                         data=make_pdf(form, lines, compress=rng.random() < 0.5)))
        doc = doc[:2] + [('p', 'Formulaire rempli en pièce jointe.' if fr else 'Completed form attached.')] + doc[3:]
    doc += [('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Formulaire ' + form.split(' —')[0], 'Infos pour formulaire', 'NAS manquant']) if fr else \
        rng.choice(['Benefits form', form.split(' —')[0]])
    return result(subj, doc, T, 'benefits form with SIN', to=[c.addr(c.them)], attachments=atts)


def p_ics_appt(c):
    rng, fr = c.rng, c.fr()
    p = c.nam(5, 80)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['clerk', 'nurse']))
    T = {'patient_name'}
    start = dt.datetime.combine(c.day(2, 20), dt.time(rng.randint(8, 15), rng.choice([0, 30])))
    end = start + dt.timedelta(minutes=rng.choice([30, 45, 60]))
    young = age_of(p['dob']) < 18
    kind = rng.choice(['subl', 'psy', 'inj', 'eval']) if not young else 'ped'
    nm = rng.choice([f'{p["surname"].upper()} {p["given"]}', f'{p["given"]} {p["surname"]}', f'{p["surname"]}, {p["given"]}'])
    if kind == 'subl':
        summ = (f'Induction Sublocade — {nm}' if fr else f'Sublocade induction - {nm}')
        T.add('medication')
    elif kind == 'inj':
        summ = (f'Injection Invega Trinza — {nm}' if fr else f'Invega Trinza injection - {nm}')
        T.add('medication')
    elif kind == 'psy':
        summ = (f'Suivi psychiatrique — {nm} (trouble bipolaire)' if fr else f'Psychiatry follow-up - {nm} (bipolar disorder)')
        T.add('diagnosis')
    elif kind == 'ped':
        summ = (f'Éval. pédopsychiatrie — {nm} (TDAH?)' if fr else f'Child psychiatry assessment - {nm} (ADHD?)')
        T.add('diagnosis')
    else:
        summ = (f'Évaluation dépendance — {nm}' if fr else f'Addiction assessment - {nm}')
        T.add('diagnosis')
    desc = []
    if rng.random() < 0.6:
        desc.append((f'Tél. usager : {p["phone"]}' if fr else f'Patient phone: {p["phone"]}'))
        T.add('patient_contact')
    if rng.random() < 0.5:
        desc.append(('NAM : ' if fr else 'RAMQ: ') + p['nam'])
        T.add('ramq_nam')
    if rng.random() < 0.4:
        desc.append(('DDN : ' if fr else 'DOB: ') + p['dob'].isoformat())
        T.add('date_of_birth')
    desc.append('Salle 2.14' if rng.random() < 0.5 else ('Bureau du Dr ' + c.staff(role='md')['last']))
    prov = c.staff(role=rng.choice(['md', 'nurse', 'psy']))
    ics = make_ics(f'{rng.getrandbits(64):016x}@{c.org["dom"]}', start, end, summ, '\n'.join(desc),
                   c.org['name'] + ', ' + c.org['city'], (c.me['name'], c.me['email']), [(prov['name'], prov['email'])])
    doc = [('p', c.hello(prov)),
           ('p', rng.choice(['Je t\'ai ajouté ce rendez-vous à ton agenda.', 'Invitation pour le RDV ci-jointe.',
                             'Rendez-vous confirmé avec l\'usager.']) if fr else rng.choice(['Appointment added to your calendar.', 'Invite attached.'])),
           ('sig', c.sig(full=False))]
    subj = ('Invitation : ' if fr else 'Invitation: ') + summ
    if rng.random() < 0.4:
        subj = ('RDV ' if fr else 'Appt ') + start.strftime('%Y-%m-%d %H:%M')
    return result(subj, doc, T, 'calendar invite naming patient', to=[c.addr(prov)],
                  attachments=[dict(filename='invite.ics', ctype='text/calendar', text=ics, method=True,
                                    cte=rng.choice(['base64', '8bit', 'quoted-printable']))])


def p_vcard(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(20, 80) if rng.random() < 0.6 else c.new(20, 70)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['sw', 'nurse']))
    c.them = c.staff(role=rng.choice(['sw', 'nurse']))
    T = {'patient_name', 'patient_contact'}
    k, dx = dx_text(rng, 'fr')
    note = None
    if rng.random() < 0.7:
        note = f'Suivi SIV — {dx}. ' + rng.choice(['Préfère les appels en après-midi.', 'Ne pas laisser de message au travail.',
                                                  'Injection q4 sem. (palipéridone).'])
        T.add('diagnosis')
        if 'palipéridone' in note:
            T.add('medication')
    bday = p['dob'].isoformat() if rng.random() < 0.5 else None
    if bday:
        T.add('date_of_birth')
    vcf = make_vcf(f'{p["given"]} {p["surname"]}', (p['surname'], p['given']), tels=[('CELL', p['phone'])],
                   emails=[p['email']] if rng.random() < 0.5 else [], adr=('', p['street'], p['city'], 'QC', p['postal'], 'Canada'),
                   note=note, bday=bday)
    doc = [('p', c.hello(c.them)),
           ('p', typo(rng, rng.choice(['Comme convenu, je te transfère la fiche contact de l\'usager que tu reprends à partir de lundi.',
                                       'Voici les coordonnées pour ton nouveau suivi (transfert de dossier).']))),
           ('p', c.bye()), ('sig', c.sig())]
    fn = rng.choice([f'{deaccent(p["given"])} {deaccent(p["surname"])}.vcf', 'contact.vcf', f'{deaccent(p["surname"]).lower()}.vcf'])
    return result(rng.choice(['Fiche contact - transfert', 'Nouveau suivi', 'Coordonnées usager']), doc, T,
                  'patient vCard attached', to=[c.addr(c.them)], lang='fr',
                  attachments=[dict(filename=fn, ctype='text/vcard', text=vcf, cte=rng.choice(['base64', 'quoted-printable', '8bit']))])


def p_zip_bundle(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(18, 85)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['clerk', 'nurse']))
    T = {'patient_name', 'date_of_birth', 'diagnosis', 'medication'}
    k, dx = dx_text(rng, 'fr')
    meds = [pick_med(rng, 'fr', k)[1]] + [pick_med(rng, 'fr', generic=True)[1] for _ in range(rng.randint(1, 3))]
    want = ['name', 'dob'] + (['nam'] if rng.random() < 0.6 else ['mrn'])
    ib, t2 = id_block(c, p, want)
    T |= t2
    pdf = make_pdf('Résumé de dossier — transfert', [ib, f'Diagnostic principal : {dx}', 'Médication :\n' + '\n'.join(meds),
                                                     'Suivi recommandé : clinique externe dans 2 semaines.'], compress=rng.random() < 0.5)
    csvt = make_csv(['Médicament', 'Posologie', 'Début'], [[*split_med(m), c.later((30, 300)).date().isoformat()] for m in meds],
                    delim=rng.choice([',', ';']))
    files = [('resume_dossier.pdf', pdf), ('medication.csv', csvt)]
    if rng.random() < 0.4:
        files.append(('LISEZMOI.txt', 'Documents transmis dans le cadre d\'un transfert de dossier. Confidentiel.\n'))
    z = make_zip(files)
    doc = [('p', c.hello()), ('p', rng.choice(['Voici les documents pour le transfert (fichier compressé).',
                                               'Ci-joint le dossier zippé, mot de passe envoyé séparément... finalement pas de mot de passe, désolée.'])),
           ('p', c.bye()), ('sig', c.sig())]
    fn = rng.choice([f'transfert_{deaccent(p["surname"]).lower()}.zip', 'documents_transfert.zip', 'dossier.zip'])
    return result(rng.choice(['Transfert de dossier', 'Documents - transfert', 'Dossier demandé']), doc, T, 'zip with summary PDF and med CSV',
                  to=[(None, f'archives@{rng.choice(ORGS)["dom"]}')], lang='fr',
                  attachments=[dict(filename=fn, ctype='application/zip', data=z)])


def p_csv_waitlist(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['clerk', 'mgr']))
    pts = roster(c, rng.randint(6, 12), 18, 85)
    T = {'mrn', 'date_of_birth', 'diagnosis'}
    names = rng.random() < 0.6
    hdr = (['No dossier'] + (['Nom'] if names else []) + ['DDN', 'Motif de référence', 'Priorité', 'Date référence']) if fr else \
        (['MRN'] + (['Name'] if names else []) + ['DOB', 'Referral reason', 'Priority', 'Referral date'])
    rows = []
    for p in pts:
        r = [p['mrn']] + ([f'{p["surname"]}, {p["given"]}'] if names else []) + \
            [p['dob'].isoformat(), dx_text(rng, c.lang)[1], rng.choice('ABCDE'), c.later((10, 200)).date().isoformat()]
        rows.append(r)
    if names:
        T.add('patient_name')
    csvt = make_csv(hdr, rows, delim=rng.choice([',', ';', '\t']))
    doc = [('p', c.hello(c.them)),
           ('p', rng.choice(['Extraction de la liste d\'attente (guichet d\'accès) demandée pour le comité.', 'Voici l\'export de la liste d\'attente.'])
            if fr else rng.choice(['Waitlist export as requested.', 'Attached is the current waitlist extract.'])),
           ('p', c.bye()), ('sig', c.sig())]
    return result(rng.choice(['Liste d\'attente - export', 'Export GASMA']) if fr else rng.choice(['Waitlist export', 'Waitlist CSV']),
                  doc, T, 'waitlist CSV with MRN/DOB/reason', to=[c.addr(c.them)],
                  attachments=[dict(filename=rng.choice(['liste_attente.csv', 'export.csv', 'waitlist.csv']), ctype='text/csv', text=csvt,
                                    charset=rng.choice(['utf-8', 'windows-1252']))])


def p_discharge_docx(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(18, 90)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['md', 'clerk']))
    T = {'patient_name', 'diagnosis', 'medication'}
    want = ['name'] + (['dob'] if rng.random() < 0.7 else []) + (['nam'] if rng.random() < 0.5 else ['mrn'])
    ib, t2 = id_block(c, p, want)
    T |= t2
    k, dx = dx_text(rng, 'fr')
    adm = c.later((10, 40)).date()
    meds = [pick_med(rng, 'fr', k)[1]] + [pick_med(rng, 'fr', generic=True)[1] for _ in range(rng.randint(1, 2))]
    blocks = [ib, f'Admission : {adm.isoformat()} — Congé : {c.later((0, 2)).date().isoformat()}', f'Diagnostic de départ : {dx}',
              'Évolution : amélioration graduelle, pas d\'idées suicidaires au congé.',
              ('table', ['Médicament', 'Posologie'], [list(split_med(m)) for m in meds]),
              'Suivi : clinique externe dans 7 jours, équipe SIV avisée.']
    if rng.random() < 0.5:
        blocks.insert(3, 'Contexte : ' + rng.choice(SOCIAL_FR) + '.')
        T.add('social_information')
    data = make_docx('Résumé de congé — psychiatrie', blocks, author=c.me['name'])
    doc = [('p', c.hello()), ('p', rng.choice(['Résumé de congé en pièce jointe pour assurer la continuité.',
                                               'Voici le résumé de congé de l\'hospitalisation au 4e Nord.'])),
           ('p', c.bye()), ('sig', c.sig())]
    subj = rng.choice(['Résumé de congé', f'Congé 4e Nord - {p["surname"]}', 'Continuité des soins - congé'])
    fn = rng.choice(['Resume_conge.docx', f'Résumé de congé {deaccent(p["surname"])}.docx', 'RC_4N.docx'])
    return result(subj, doc, T, 'discharge summary DOCX', to=[(None, f'guichet.sm@{rng.choice(ORGS)["dom"]}')], lang='fr',
                  attachments=[dict(filename=fn, ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document', data=data)])


def p_subject_heavy(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(18, 70)
    c.me = c.staff(role=rng.choice(['nurse', 'sw']))
    T = {'patient_name'}
    subj = rng.choice([
        (f'{p["surname"]} {p["given"]} - rechute, pas venu{"e" if p["sex"] == "F" else ""} à sa méthadone', {'medication'}),
        (f'{p["given"]} {p["surname"]}: IS ++, à rappeler', {'diagnosis'}),
        (f'URGENT {p["surname"].upper()} — surdose fentanyl cette nuit', {'diagnosis'}),
        (f'Re: {title(p, "fr")} {p["given"]} {p["surname"]} (psychose) - lit dispo?', {'diagnosis'}),
        (f'{p["surname"]}, {p["given"]} - expulsé{"e" if p["sex"] == "F" else ""} du refuge', {'social_information'}),
    ])
    T |= subj[1]
    doc = [('p', rng.choice(['Peux-tu me rappeler dès que possible? merci', 'svp rappeler au poste 4412', 'Voir sujet. On en parle au caucus.',
                             'Je suis au bureau jusqu\'à 16 h.'])), ('sig', c.sig(full=False))]
    return result(subj[0], doc, T, 'sensitive detail in Subject only', to=[c.addr(c.them)], lang='fr',
                  transport=dict(mode='plain'), importance='high')


def p_group_attendance(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['psy', 'sw', 'nurse']))
    grp, dxkey = rng.choice([('Groupe TCD (trouble de personnalité limite)', 'diagnosis'), ('Groupe prévention de la rechute — opioïdes', 'diagnosis'),
                             ('Groupe psychoéducation trouble bipolaire', 'diagnosis'), ('Groupe Entendeurs de voix', 'diagnosis')])
    pts = roster(c, rng.randint(5, 9), 18, 65)
    T = {'patient_name', dxkey}
    rows = [[f'{p["surname"]}, {p["given"]}' if rng.random() < 0.6 else f'{p["given"]} {p["surname"][0]}. ({p["surname"]})',
             rng.choice(['présent', 'présent', 'absent', 'absent motivé', 'retard'])] for p in pts]
    doc = [('p', c.hello()), ('p', f'Présences — {grp}, séance {rng.randint(2, 12)} du {c.dstr(c.later((0, 2)).date())} :'),
           ('table', ['Participant', 'Présence'], rows)]
    if rng.random() < 0.5:
        p = rng.choice(pts)
        doc.append(('p', typo(rng, f'{p["given"]} a quitté en pleurs à la pause, à revoir en individuel. ' +
                              rng.choice(['Dort dans sa voiture depuis 1 semaine.', 'Dit avoir cessé son Seroquel.']), protect=[p['given']])))
        T.add('social_information' if 'voiture' in doc[-1][1] else 'medication')
    doc += [('p', c.bye()), ('sig', c.sig())]
    return result(rng.choice(['Présences groupe', 'Groupe - présences séance', 'Liste de présence']), doc, T,
                  'group therapy attendance with names', to=[c.addr(c.them)], lang='fr')


def p_overdose_alert(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(18, 65) if rng.random() < 0.6 else c.new(18, 60)
    enrich(rng, p)
    c.me = c.staff(role=rng.choice(['nurse', 'mgr']))
    T = {'diagnosis', 'medication'}
    want = rng.choice([['name'], ['name', 'mrn'], ['mrn', 'dob']])
    ib, t2 = id_block(c, p, want, inline=True)
    T |= t2
    txt = typo(rng, rng.choice([
        f'Surdose d\'opioïdes (fentanyl probable) hier vers {rng.randint(18, 23)} h à l\'extérieur de la clinique. Naloxone IN x2 administrée par l\'agent de sécurité, transfert à l\'urgence.',
        'Surdose au site de consommation supervisée ce matin, réanimé avec naloxone 0,4 mg IM x3. Actuellement sous observation.',
        'Intoxication mixte (benzodiazépines + opioïdes), naloxone en perfusion. Admis aux soins intensifs.']))
    doc = [('p', c.hello()), ('p', 'Avis interne — événement sentinelle'), ('p', ib), ('p', txt)]
    if rng.random() < 0.5:
        doc.append(('p', 'Usager ' + rng.choice(SOCIAL_FR) + '. Prévoir rencontre d\'équipe.'))
        T.add('social_information')
    doc += [('p', 'Rapport AH-223 à compléter.'), ('sig', c.sig())]
    return result(rng.choice(['Avis - surdose', 'Événement sentinelle', 'Surdose hier soir']), doc, T, 'overdose incident alert',
                  to=[c.addr(c.staff()) for _ in range(rng.randint(2, 3))], lang='fr', importance='high')


def p_html_waitlist(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['clerk', 'psy']))
    youth = rng.random() < 0.5
    pts = roster(c, rng.randint(4, 7), 4 if youth else 18, 17 if youth else 80)
    T = {'patient_name', 'date_of_birth', 'diagnosis'}
    rows = [[p['surname'].upper(), p['given'], p['dob'].strftime('%d/%m/%Y'), dx_text(rng, 'fr', youth=youth)[1],
             rng.choice(['1', '2', '3'])] for p in pts]
    doc = [('p', c.hello()), ('p', f'Liste d\'attente {"pédopsychologie" if youth else "psychologie adulte"} au {c.dstr(c.date.date())} :'),
           ('table', ['NOM', 'Prénom', 'DDN', 'Motif', 'Priorité'], rows), ('p', c.bye()), ('sig', c.sig())]
    return result('Liste d\'attente psychologie', doc, T, 'HTML-only waitlist table', to=[c.addr(c.them)], lang='fr',
                  transport=dict(mode='html'))


def p_disguised(c):
    rng = c.rng
    c.lang = 'fr'
    p = c.nam(18, 85)
    enrich(rng, p)
    c.me = c.staff(role='clerk')
    T = {'ramq_nam'}
    nam = fmt_nam(rng, p['nam'], disguise=True)
    first = rng.random() < 0.5
    who = f'{p["given"].lower()} {p["surname"].lower()}' if first else p['surname']
    T.add('patient_name')
    msg = typo(rng, rng.choice([
        f'appel de {who} pour reporter son rdv en psychiatrie, son nam c\'est {nam}, rappeler au {p["phone"]}',
        f'msg tel: {who} ({nam}) veut savoir si sa prescription de {rng.choice(["lithium", "clozapine", "Suboxone", "quétiapine"])} est renouvelée, tel {p["phone"]}',
        f'la pharmacie a appelé pour {who}, nam {nam}, elle a pas eu sa dose de méthadone hier',
    ]), rate=0.05, protect=[nam, who, 'lithium', 'clozapine', 'Suboxone', 'quétiapine', 'méthadone'])
    if p['phone'] in msg:
        T.add('patient_contact')
    if any(d in msg for d in ('lithium', 'clozapine', 'Suboxone', 'quétiapine', 'méthadone')):
        T.add('medication')
    doc = [('p', msg), ('sig', c.sig(full=False))]
    return result(rng.choice(['msg tel', 'Message téléphonique', 'appel', 'pour toi']), doc, T, 'phone message with disguised NAM',
                  to=[c.addr(c.them)], lang='fr', transport=dict(mode=rng.choice(['plain', 'alt'])))


def p_research_recruit(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['psy', 'md']))
    pts = roster(c, rng.randint(4, 7), 18, 65)
    T = {'patient_name', 'diagnosis'}
    phone = rng.random() < 0.5
    hdr = ['Nom', 'Âge', 'Dx'] + (['Tél.'] if phone else []) if fr else ['Name', 'Age', 'Dx'] + (['Phone'] if phone else [])
    rows = [[f'{p["given"]} {p["surname"]}', age_of(p['dob']), dx_text(rng, c.lang)[1]] + ([p['phone']] if phone else []) for p in pts]
    if phone:
        T.add('patient_contact')
    doc = [('p', c.hello(c.them)),
           ('p', rng.choice(['Voici les usagers de ma liste qui seraient admissibles au projet kétamine/ECT (critères vérifiés au dossier) :',
                             'Candidats potentiels pour l\'étude sur la TCC de groupe :']) if fr else
            'Here are the patients from my caseload who appear eligible for the study (criteria checked in chart):'),
           ('table', hdr, rows),
           ('p', 'Je ne les ai pas encore approchés pour le consentement.' if fr else 'I have not approached them for consent yet.'),
           ('sig', c.sig())]
    return result(rng.choice(['Recrutement étude', 'Candidats admissibles']) if fr else rng.choice(['Study recruitment', 'Eligible patients']),
                  doc, T, 'research recruitment list from caseload', to=[c.addr(c.them)])


def p_pdf_letter(c):
    rng = c.rng
    c.lang = 'en'
    p = c.nam(18, 85) if rng.random() < 0.5 else c.new(18, 80)
    enrich(rng, p)
    c.me = c.staff(role='md')
    T = {'patient_name', 'diagnosis', 'medication'}
    k, dx = dx_text(rng, 'en')
    _, med = pick_med(rng, 'en', k)
    lines = [f'Re: {pname(rng, p, "en")}']
    if rng.random() < 0.7:
        lines.append(f'DOB: {dob_str(rng, p["dob"], "en")}')
        T.add('date_of_birth')
    if p.get('nam') and rng.random() < 0.5:
        lines.append(f'RAMQ: {p["nam"]}')
        T.add('ramq_nam')
    else:
        lines.append(f'MRN: {p["mrn"]}')
        T.add('mrn')
    body = [f'Dear Dr. {rng.choice(STAFF_LAST)},', '\n'.join(lines),
            f'I saw your patient in consultation on {en_date(c.later((2, 15)).date())}. My impression is {dx}. '
            f'I recommend {med} and follow-up in our clinic in 6 weeks.',
            'Sincerely,', c.me['name'] + ', ' + c.me['cred_en']]
    pdf = make_pdf('Consultation letter', body, compress=rng.random() < 0.5, author=c.me['name'])
    doc = [('p', 'Hello,'), ('p', rng.choice(['Please find the consultation letter attached.', 'Consult note attached for your records.'])),
           ('sig', c.sig())]
    fn = rng.choice(['consult_letter.pdf', f'Letter_{deaccent(p["surname"])}.pdf', 'scan_2024.pdf'])
    return result(rng.choice(['Consultation letter', 'Consult note', 'Letter']), doc, T, 'consult letter PDF to family physician',
                  to=[(None, f'frontdesk@{rng.choice(["fmg-lacvert", "clinique-des-pins", "oechc"])}.example')], lang='en',
                  attachments=[dict(filename=fn, ctype='application/pdf', data=pdf)])


def p_self_send(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['nurse', 'sw', 'psy']))
    pts = roster(c, rng.randint(2, 4), 18, 75)
    T = {'patient_name'}
    items = []
    for p in pts:
        k, dx = dx_text(rng, c.lang)
        extra = rng.choice(SOCIAL_FR if fr else SOCIAL_EN)
        items.append(f'{p["given"]} {p["surname"]} — {dx}; {extra}')
    T |= {'diagnosis', 'social_information'}
    doc = [('p', rng.choice(['notes pour finir mes rédactions ce soir', 'à compléter à la maison', 'notes de suivi']) if fr
            else rng.choice(['notes to finish charting tonight', 'to complete at home'])), ('ul', items)]
    personal = (c.me['name'], f'{deaccent(c.me["first"]).lower()}.{deaccent(c.me["last"]).lower().replace(chr(39), "")}{rng.randint(70, 99)}@{rng.choice(["maboite", "courriel", "webmail"])}.example')
    return result(rng.choice(['notes', 'a faire', 'rédactions', 'todo']), doc, T, 'staff sends patient notes to personal mailbox',
                  to=[personal], transport=dict(mode='plain'))


def p_reply(c, base):
    """Short reply quoting an earlier clinical message (sensitive part only in the quote)."""
    rng = c.rng
    c.no_att = True
    r = base(c)
    lang = r.get('lang') or c.lang
    c.lang = lang
    orig_from = c.addr(c.me)
    orig_to = r.get('to') or [c.addr(c.them)]
    rep_addr = orig_to[0]
    rep_name = rep_addr[0] or rep_addr[1].split('@')[0]
    att = dict(frm=orig_from, to=orig_to, date=c.later((0, 0)), subject=r['subject'])
    fr = lang == 'fr'
    short = rng.choice(['Reçu, merci. Je m\'en occupe.', 'Ok parfait, je rappelle cet après-midi.', 'Merci pour l\'info, c\'est noté au dossier.',
                        'Bien reçu. On en discute demain.', 'Noté, merci!']) if fr else \
        rng.choice(['Received, thanks. I\'ll take care of it.', 'Thanks, noted in the chart.', 'Got it, will call back this afternoon.'])
    sig = rep_name.split()[0] if rng.random() < 0.6 and ' ' in rep_name and '—' not in rep_name else rep_name
    doc = [('p', short), ('sig', sig), ('quote', att, r['doc'])]
    subj = ('RE: ' if rng.random() < 0.6 else ('Re : ' if fr else 'Re: ')) + r['subject']
    return result(subj, doc, r['types'], 'reply quoting: ' + r['note'], frm=rep_addr, to=[orig_from], lang=lang,
                  in_reply_to=f'<{rng.getrandbits(60):015x}@{orig_from[1].split("@")[1]}>')


def p_forward_inline(c, base):
    rng = c.rng
    r = base(c)
    lang = r.get('lang') or c.lang
    c.lang = lang
    fr = lang == 'fr'
    orig_from = c.addr(c.me)
    fwder = c.staff(exclude=c.me)
    att = dict(frm=orig_from, to=r.get('to') or [c.addr(fwder)], date=c.later((0, 0)), subject=r['subject'])
    note = rng.choice(['Pour ton info, voir ci-dessous.', 'FYI - peux-tu faire le suivi?', 'Je te transfère, c\'est ton secteur.']) if fr else \
        rng.choice(['FYI, see below.', 'Forwarding for follow-up.'])
    doc = [('p', note), ('sig', c.sig(fwder, full=False)), ('fwd', att, r['doc'])]
    subj = ('TR: ' if fr and rng.random() < 0.6 else 'Fwd: ') + r['subject']
    return result(subj, doc, r['types'], 'inline forward: ' + r['note'], frm=c.addr(fwder), to=[c.addr(c.staff())], lang=lang,
                  attachments=r.get('attachments') or [])


def p_forward_eml(c, base):
    rng = c.rng
    r = base(c)
    lang = r.get('lang') or c.lang
    c.lang = lang
    fr = lang == 'fr'
    inner = build_email(rng, dict(frm=r.get('frm') or c.addr(c.me), to=r.get('to') or [c.addr(c.them)], subject=r['subject'],
                                  doc=r['doc'], date=c.later((1, 6)), lang=lang, attachments=r.get('attachments') or [],
                                  transport=r.get('transport')), force_lf=True)
    fwder = c.staff(exclude=c.me)
    doc = [('p', rng.choice(['Voir le message original en pièce jointe.', 'Je te fais suivre le courriel reçu (en p.j.).', 'Pour suivi SVP.']) if fr
            else rng.choice(['See original message attached.', 'Forwarding the email below as attachment.'])), ('sig', c.sig(fwder))]
    fn = rng.choice(['message.eml', (r['subject'][:40].replace('/', '-').replace(':', '') or 'message') + '.eml', 'Fwd.eml'])
    return result(('TR: ' if fr else 'FW: ') + r['subject'], doc, r['types'], 'attached .eml: ' + r['note'], frm=c.addr(fwder),
                  to=[c.addr(c.staff())], lang=lang, attachments=[dict(filename=fn, eml=inner)])

# ----------------------------------------------------------------------------
# Negative families (no patient identified)
# ----------------------------------------------------------------------------
GROUPS_FR = ['Gestion de l\'anxiété (8 sem.)', 'TCD — habiletés', 'Prévention de la rechute — opioïdes', 'Entendeurs de voix',
             'Psychoéducation trouble bipolaire', 'Pleine conscience (MBCT)', 'Proches aidants', 'Groupe jeunes 14-17 — régulation émotionnelle',
             'Café-rencontre pairs aidants', 'Gestion de la colère', 'Réduction des méfaits — stimulants']
GROUPS_EN = ['Anxiety management (8 weeks)', 'DBT skills', 'Relapse prevention - opioids', 'Hearing Voices', 'Bipolar psychoeducation',
             'Mindfulness (MBCT)', 'Family and caregivers', 'Youth 14-17 emotion regulation', 'Peer support drop-in']
DAYS_FR = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi']
DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']


def neg(subject, doc, note, **kw):
    return result(subject, doc, set(), note, **kw)


def n_group_schedule(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['psy', 'sw', 'clerk', 'mgr']))
    gs = rng.sample(GROUPS_FR if fr else GROUPS_EN, rng.randint(4, 7))
    rows = [[g, rng.choice(DAYS_FR if fr else DAYS_EN), f'{rng.randint(9, 18)}:{rng.choice(["00", "30"])}',
             f'{rng.choice(["A", "B", "C"])}-{rng.randint(100, 340)}', c.staff()['name']] for g in gs]
    hdr = ['Groupe', 'Jour', 'Heure', 'Salle', 'Animation'] if fr else ['Group', 'Day', 'Time', 'Room', 'Facilitator']
    start = c.day(7, 30)
    doc = [('p', c.hello()),
           ('p', (f'Voici l\'horaire des groupes thérapeutiques pour la session débutant le {c.dstr(start)}. '
                  'Les inscriptions se font par l\'intervenant(e) pivot via le formulaire habituel; aucune inscription par courriel.')
            if fr else f'Here is the group therapy schedule for the session starting {c.dstr(start)}. Referrals go through the primary worker.'),
           ('table', hdr, rows),
           ('p', rng.choice(['Maximum 10 participants par groupe. Les groupes TCD exigent une évaluation préalable.',
                             'Rappel : les salles B sont accessibles par l\'ascenseur 3.']) if fr else 'Max 10 participants per group.'),
           ('p', c.bye()), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(filename='horaire_groupes.xlsx' if fr else 'group_schedule.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data=make_xlsx([('Horaire', hdr, rows)])))
    elif rng.random() < 0.3:
        atts.append(dict(filename='horaire_groupes.pdf', ctype='application/pdf',
                         data=make_pdf('Horaire des groupes' if fr else 'Group schedule', [('table', hdr, rows)], compress=rng.random() < 0.5)))
    return neg(rng.choice(['Horaire des groupes - session printemps', 'Groupes thérapeutiques : horaire', 'Nouveaux groupes']) if fr
               else rng.choice(['Group schedule - spring session', 'Therapy groups schedule']), doc, 'group schedule without names',
               to=[(None, f'equipe-sm@{c.org["dom"]}')], attachments=atts)


def n_suicide_training(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['mgr', 'psy', 'nurse']))
    d = c.day(10, 40)
    trainer = c.staff(role=rng.choice(['psy', 'sw']))
    start = dt.datetime.combine(d, dt.time(8, 30))
    if fr:
        doc = [('p', c.hello()),
               ('p', f'Une formation « Intervenir auprès de la personne suicidaire : repérer, estimer, accompagner » aura lieu le {fr_date(d, True)}, '
                     f'de 8 h 30 à 16 h 30, à la salle {rng.randint(100, 400)}. Elle sera donnée par {trainer["name"]}, {trainer["role_fr"].lower()}.'),
               ('ul', ['Estimation de la dangerosité d\'un passage à l\'acte suicidaire', 'Filet de sécurité et plan de crise',
                       'Relance post-crise et suivi étroit', 'Postvention auprès des équipes après un décès par suicide']),
               ('p', 'Formation obligatoire pour les nouveaux intervenants des équipes SIM, SIV et accueil psychosocial. '
                     f'Inscription auprès de {c.me["first"]} avant le {fr_date(d - dt.timedelta(days=7))} (max. 20 places).'),
               ('p', 'Aucun cas réel ne sera présenté; les vignettes sont fictives.'), ('p', c.bye()), ('sig', c.sig())]
        subj = rng.choice(['Formation en prévention du suicide', 'Inscription — formation suicide', 'Formation obligatoire : personne suicidaire'])
    else:
        doc = [('p', c.hello()),
               ('p', f'A suicide prevention workshop ("Ask, assess, support") will take place on {en_date(d, True)}, 8:30-4:30, room {rng.randint(100, 400)}, '
                     f'facilitated by {trainer["name"]}.'),
               ('ul', ['Suicide risk assessment and formulation', 'Safety planning and means restriction', 'Caring contacts after discharge']),
               ('p', 'Mandatory for new crisis team staff. 20 seats.'), ('p', c.bye()), ('sig', c.sig())]
        subj = rng.choice(['Suicide prevention training', 'Workshop registration - suicide risk'])
    atts = []
    if rng.random() < 0.5:
        ics = make_ics(f'{rng.getrandbits(64):016x}@{c.org["dom"]}', start, start + dt.timedelta(hours=8), subj, 'Formation / training',
                       f'Salle {rng.randint(100, 400)}, {c.org["name"]}', (c.me['name'], c.me['email']))
        atts.append(dict(filename='formation.ics', ctype='text/calendar', text=ics, method=True))
    return neg(subj, doc, 'suicide prevention training notice', to=[(None, f'tous.sm@{c.org["dom"]}')], attachments=atts)


def n_policy_update(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['mgr', 'pharm', 'md']))
    topic = rng.choice(['doses', 'naloxone', 'isolement', 'benzo'])
    if topic == 'doses':
        subj = 'Mise à jour — procédure des doses apportées (TAO)'
        items = ['Aucune dose apportée pendant les 2 premiers mois de traitement à la méthadone',
                 'Dépistage urinaire négatif aux opioïdes non prescrits x 3 mois avant d\'augmenter',
                 'Coffret verrouillé obligatoire pour plus de 2 doses apportées',
                 'Réévaluation si 3 doses consécutives manquées (voir section 4.2)']
    elif topic == 'naloxone':
        subj = 'Nouvelle politique — distribution de trousses de naloxone'
        items = ['Trousse remise gratuitement à toute personne à risque ou à ses proches, sans carte RAMQ requise',
                 'Enseignement de 5 minutes documenté dans le registre (aucun nom requis)',
                 'Vaporisateur nasal 4 mg privilégié; ampoules IM 0,4 mg disponibles à l\'urgence']
    elif topic == 'isolement':
        subj = 'Révision du protocole d\'application des mesures de contrôle'
        items = ['Isolement et contention en dernier recours seulement', 'Surveillance aux 15 minutes documentée',
                 'Rencontre post-événement avec l\'usager dans les 24 h', 'Déclaration au registre local']
    else:
        subj = 'Ligne directrice — déprescription des benzodiazépines'
        items = ['Réduction de 10 à 25 % aux 2 à 4 semaines', 'Éviter l\'arrêt brusque chez les usagers sous TAO',
                 'Conversion en équivalents diazépam (tableau en annexe)']
    doc = [('p', c.hello()),
           ('p', f'Le comité de direction a adopté le {fr_date(c.later((3, 20)).date())} la version révisée (v{rng.randint(2, 5)}.{rng.randint(0, 9)}) de la procédure suivante. '
                 'Principaux changements :'),
           ('ul', items),
           ('p', f'Entrée en vigueur : {fr_date(c.day(7, 30))}. Le document complet est disponible dans l\'intranet, section Politiques et procédures '
                 f'(no {rng.choice(["PRO", "POL"])}-{rng.randint(100, 999)}).'),
           ('p', c.bye()), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.45:
        atts.append(dict(filename=f'{deaccent(subj.split("—")[-1].strip()).replace(" ", "_")[:40]}.pdf', ctype='application/pdf',
                         data=make_pdf(subj, ['Objet : ' + subj] + items + ['Responsable : Direction des programmes santé mentale et dépendance'],
                                       compress=rng.random() < 0.5)))
    return neg(subj, doc, 'policy update', to=[(None, f'personnel-smd@{c.org["dom"]}')], lang='fr', attachments=atts)


def n_wellness(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role='mgr')
    if fr:
        opt = rng.choice([
            ('Semaine du mieux-être au travail', ['Yoga sur l\'heure du dîner (mardi et jeudi, 12 h 10)', 'Séance d\'information sur le PAE (programme d\'aide aux employés)',
                                                  'Marche collective autour du lac vendredi', 'Collations santé offertes au salon du personnel']),
            ('Soutien après un événement critique', ['Le programme de soutien par les pairs est disponible pour toute l\'équipe',
                                                      'Une séance de débriefing (défusion) aura lieu jeudi 15 h, salle 210',
                                                      'Le PAE est joignable 24/7 au 1-800-555-0199']),
            ('Fatigue de compassion — atelier', ['Atelier de 90 minutes animé par une psychologue externe', 'Reconnaître les signes de l\'usure de compassion',
                                                 'Stratégies d\'autosoins pour les intervenants en dépendance']),
        ])
        doc = [('p', c.hello()), ('p', f'{opt[0]} : voici ce qui est offert au personnel ce mois-ci.'), ('ul', opt[1]),
               ('p', 'Prenez soin de vous, vous faites un travail exigeant.'), ('p', c.bye()), ('sig', c.sig())]
    else:
        opt = rng.choice([('Staff wellness week', ['Lunchtime yoga Tue/Thu', 'EAP information session', 'Team walk on Friday']),
                          ('Peer support after critical incidents', ['Peer supporters available to all staff', 'Defusing session Thursday 3 pm',
                                                                     'EAP available 24/7 at 1-800-555-0199'])])
        doc = [('p', c.hello()), ('p', f'{opt[0]}: here is what is on offer for staff this month.'), ('ul', opt[1]), ('p', c.bye()), ('sig', c.sig())]
    return neg(opt[0], doc, 'staff wellness notice', to=[(None, f'tout.le.personnel@{c.org["dom"]}')])


SEMINAR_TOPICS = [('Kétamine et eskétamine dans la dépression résistante', 'Ketamine and esketamine for treatment-resistant depression'),
                  ('Le TUO pendant la grossesse : données récentes', 'OUD in pregnancy: recent evidence'),
                  ('Psilocybine : promesses et limites', 'Psilocybin: promise and limits'),
                  ('Approvisionnement plus sécuritaire : bilan d\'un projet pilote', 'Safer supply: results of a pilot'),
                  ('Clozapine : surveillance hématologique simplifiée', 'Clozapine: simplified hematologic monitoring'),
                  ('Intervention précoce dans la psychose : 20 ans après', 'Early intervention in psychosis: 20 years on'),
                  ('Troubles concomitants chez les 12-17 ans', 'Concurrent disorders in adolescents'),
                  ('Stigmatisation et santé mentale des personnes itinérantes', 'Stigma and mental health among people experiencing homelessness')]


def n_research_seminar(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['clerk', 'md', 'psy']))
    talks = rng.sample(SEMINAR_TOPICS, rng.randint(3, 5))
    rows = []
    d = c.day(5, 12)
    for i, t in enumerate(talks):
        sp = c.staff(role=rng.choice(['md', 'psy', 'pharm']))
        who = (('Dre ' if sp['sex'] == 'F' else 'Dr ') if sp['key'] == 'md' else '') + sp['name']
        rows.append([(d + dt.timedelta(days=7 * i)).isoformat(), who, rng.choice(['Université de Val-des-Érables', 'IUSM Boisés', 'CRD Le Tournant']),
                     t[0] if fr else t[1]])
    hdr = ['Date', 'Conférencier(ère)', 'Affiliation', 'Titre'] if fr else ['Date', 'Speaker', 'Affiliation', 'Title']
    doc = [('p', c.hello()),
           ('p', 'Programme des midis-conférences de recherche (12 h à 13 h, auditorium et Teams). Crédits de formation continue reconnus.' if fr
            else 'Research rounds programme (noon-1 pm, auditorium and Teams). CME credits available.'),
           ('table', hdr, rows), ('p', c.bye()), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.35:
        atts.append(dict(filename='programme_conferences.pdf', ctype='application/pdf',
                         data=make_pdf('Midis-conférences' if fr else 'Research rounds', [('table', hdr, rows)], compress=True)))
    return neg(rng.choice(['Midis-conférences — programme', 'Séminaires de recherche printemps 2024']) if fr else 'Research rounds - spring programme',
               doc, 'research seminar programme', to=[(None, f'recherche@{c.org["dom"]}')], attachments=atts)


def n_supplier_order(c):
    rng, fr = c.rng, c.fr()
    sup = rng.choice(EXT_ORGS['supplier'])
    c.me = dict(c.staff(role='clerk'), email=f'commandes@{sup[1]}', org=dict(ORGS[0], addr='1250, rue de l\'Industrie, Parc industriel Nord (Québec) J0X 9Z9', name=sup[0], phone='450-555-0100', fax='450-555-0101'))
    po = gen_luhn_digits(rng, 10, first='4')
    items = rng.sample([('Gobelets de dépistage urinaire 12 panneaux', 'UDS-12P'), ('Bandelettes de détection du fentanyl', 'FTS-100'),
                        ('Trousses naloxone intranasale 4 mg', 'NLX-IN4'), ('Contenants verrouillables pour doses apportées', 'LCK-07'),
                        ('Gants nitrile M (boîte de 100)', 'GNT-M'), ('Piluliers hebdomadaires', 'PIL-7J')], 3)
    rows = [[ref, desc, rng.randint(2, 40), f'LOT {rng.choice("ABCDEFGH")}{rng.randint(10000, 99999)}', f'{rng.randint(5, 300)},{rng.randint(10, 99)} $']
            for desc, ref in items]
    hdr = ['Réf.', 'Description', 'Qté', 'Lot', 'Prix'] if fr else ['Ref', 'Description', 'Qty', 'Lot', 'Price']
    extra = []
    if rng.random() < 0.5:
        extra.append(f'No TVA fournisseur (Belgique) : BE {gen_be_vat(rng)}' if fr else f'Supplier VAT (BE): BE{gen_be_vat(rng)}')
    if rng.random() < 0.5:
        extra.append(f'SIRET fabricant : {gen_siret(rng)}')
    doc = [('p', c.hello()),
           ('p', f'Confirmation de votre bon de commande no {po}. Livraison prévue le {c.dstr(c.day(3, 10))} au quai de réception.' if fr
            else f'Confirmation of purchase order {po}. Delivery expected {c.dstr(c.day(3, 10))} at the loading dock.'),
           ('table', hdr, rows)] + ([('p', '\n'.join(extra))] if extra else []) + [('p', c.bye()), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.5:
        atts.append(dict(filename=f'Facture_{po}.pdf' if fr else f'Invoice_{po}.pdf', ctype='application/pdf',
                         data=make_pdf('Facture' if fr else 'Invoice', [f'Bon de commande : {po}', ('table', hdr, rows)] + extra, compress=rng.random() < 0.5)))
    return neg((f'Confirmation commande {po}' if fr else f'Order confirmation {po}'), doc, 'supplier order/invoice',
               to=[('Approvisionnement', f'approvisionnement@{c.org["dom"]}')], attachments=atts)


def n_pharmacy_stock(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role='pharm')
    prods = [('Méthadone 10 mg/mL (solution orale)', '0228' + str(rng.randint(1000, 9999))), ('Buprénorphine-naloxone 8 mg/2 mg', '0242' + str(rng.randint(1000, 9999))),
             ('Buprénorphine-naloxone 2 mg/0,5 mg', '0242' + str(rng.randint(1000, 9999))), ('Morphine LA 24 h 100 mg', '0234' + str(rng.randint(1000, 9999))),
             ('Naloxone 4 mg vaporisateur nasal', '0240' + str(rng.randint(1000, 9999))), ('Clozapine 100 mg', '0224' + str(rng.randint(1000, 9999))),
             ('Lithium 300 mg', '0046' + str(rng.randint(1000, 9999)))]
    rows = [[p, din, f'{rng.choice("KLMNPR")}{rng.randint(100000, 999999)}', f'2025-{rng.randint(1, 12):02d}', rng.randint(0, 400)]
            for p, din in rng.sample(prods, rng.randint(4, 6))]
    hdr = ['Produit', 'DIN', 'Lot', 'Exp.', 'Qté en stock']
    doc = [('p', c.hello()),
           ('p', rng.choice(['État des stocks au ' + fr_date(c.date.date()) + '. Rupture annoncée par le fournisseur pour la buprénorphine-naloxone 2 mg/0,5 mg : '
                             'prévoir d\'utiliser les comprimés 8 mg/2 mg coupés selon l\'avis du pharmacien.',
                             'Inventaire hebdomadaire des stupéfiants et produits TAO (coffre de la clinique) :'])),
           ('table', hdr, rows),
           ('p', 'Les écarts d\'inventaire doivent être déclarés au registre des stupéfiants dans les 24 h.'), ('p', c.bye()), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(filename='inventaire_stupefiants.xlsx', ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx([('Inventaire', hdr, rows)])))
    return neg(rng.choice(['Inventaire stupéfiants', 'Rupture de stock — buprénorphine', 'État des stocks TAO']), doc,
               'pharmacy stock / DIN / lot numbers', to=[(None, f'clinique.tao@{c.org["dom"]}')], lang='fr', attachments=atts)


def n_staff_schedule(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['clerk', 'mgr']))
    rows = []
    for dname in (DAYS_FR if fr else DAYS_EN):
        s = c.staff(role=rng.choice(['md', 'nurse']))
        rows.append([dname, f'{s["last"].upper()}, {s["first"]}', s['role_fr'] if fr else s['role_en'], f'{rng.randint(2000, 7999)}',
                     f'{c.phone()}' if rng.random() < 0.4 else f'tel. {rng.randint(100, 999)}'])
    hdr = ['Jour', 'Nom', 'Titre', 'Poste', 'Téléavertisseur/cell'] if fr else ['Day', 'Name', 'Role', 'Ext.', 'Pager/cell']
    doc = [('p', c.hello()),
           ('p', f'Horaire de garde pour la semaine du {c.dstr(c.day(2, 8))} (urgence psychiatrique et consultation-liaison) :' if fr
            else f'On-call schedule for the week of {c.dstr(c.day(2, 8))} (psychiatric ED and consult-liaison):'),
           ('table', hdr, rows),
           ('p', 'Échanges de garde à confirmer avec moi avant jeudi midi.' if fr else 'Swaps must be confirmed with me by Thursday noon.'),
           ('sig', c.sig())]
    return neg(rng.choice(['Horaire de garde', 'Garde psychiatrie — semaine prochaine']) if fr else 'On-call schedule', doc,
               'staff on-call roster (surname-first, staff phones)', to=[(None, f'psychiatres@{c.org["dom"]}')])


def n_staff_leave(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role='mgr')
    emp = c.staff(role=rng.choice(['nurse', 'sw', 'clerk']))
    repl = c.staff(role=emp['key'])
    d = c.day(10, 60)
    txt = rng.choice([f'{emp["name"]} ({emp["role_fr"].lower()}) sera absent{"e" if emp["sex"] == "F" else ""} pour un congé de maladie jusqu\'au {fr_date(d)}. '
                      f'{repl["name"]} assurera le remplacement sur la charge de cas.',
                      f'{emp["name"]} débutera un retour progressif au travail le {fr_date(c.day(2, 10))} (3 jours/semaine) selon les recommandations du bureau de santé et sécurité au travail.',
                      f'{emp["name"]} partira en congé {"de maternité" if emp["sex"] == "F" else "parental"} à compter du {fr_date(d)}; affichage du remplacement en cours.'])
    doc = [('p', c.hello()), ('p', txt), ('p', 'Merci de respecter sa vie privée et de diriger vos questions vers moi.'),
           ('p', c.bye()), ('sig', c.sig())]
    return neg(rng.choice(['Absence dans l\'équipe', 'Remplacement', 'Retour progressif — info équipe']), doc,
               'employee leave (HR)', to=[(None, f'equipe-siv@{c.org["dom"]}')], lang='fr')


def n_stats_monthly(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['mgr', 'clerk']))
    months = (FR_MONTHS if fr else EN_MONTHS)[:3]
    lbl = (['Nouvelles demandes au guichet', 'Usagers actifs en TAO', 'Inductions Sublocade', 'Surdoses rapportées (non fatales)',
            'Appels ligne de crise', 'Relances post-crise complétées (%)', 'Délai moyen d\'attente psychologie (jours)']) if fr else \
        (['New intake requests', 'Active OAT patients', 'Sublocade inductions', 'Non-fatal overdoses reported', 'Crisis line calls',
          'Post-crisis follow-ups completed (%)', 'Mean psychology wait (days)'])
    rows = [[l] + [rng.randint(3, 900) for _ in months] for l in lbl]
    doc = [('p', c.hello()), ('p', 'Tableau de bord trimestriel de la direction santé mentale et dépendance (données agrégées, aucune donnée nominative) :'
                                   if fr else 'Quarterly dashboard, mental health & addiction (aggregate data only):'),
           ('table', [('Indicateur' if fr else 'Indicator')] + months, rows), ('p', c.bye()), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.4:
        atts.append(dict(filename='tableau_de_bord_T1.xlsx' if fr else 'dashboard_Q1.xlsx',
                         ctype='application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                         data=make_xlsx([('T1', [('Indicateur' if fr else 'Indicator')] + months, rows)])))
    return neg('Tableau de bord T1' if fr else 'Q1 dashboard', doc, 'aggregate statistics', to=[(None, f'gestionnaires@{c.org["dom"]}')], attachments=atts)


def n_teaching_case(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['md', 'psy', 'pharm']))
    age = rng.randint(19, 64)
    sex = rng.choice('FM')
    if fr:
        who = f'{"Mme" if sex == "F" else "M."} {rng.choice("ABCDGJKLMRST")}., {age} ans'
        vign = (f'{who}, se présente à l\'urgence avec un tableau de sevrage aux opioïdes (COWS 14) après 3 jours sans méthadone. '
                f'Antécédents : {DX["tuo"][0]}, {rng.choice(["trouble dépressif", "TSPT", "TDAH"])}. Dépistage urinaire : fentanyl positif, méthadone négatif. '
                'Questions : 1) Quelle dose de réintroduction ? 2) Quand considérer une microinduction à la buprénorphine ?')
        doc = [('p', c.hello()), ('p', 'Voici la vignette clinique (fictive, anonymisée) pour le club de lecture de jeudi :'), ('p', vign),
               ('p', 'Lecture suggérée : lignes directrices nationales sur le TUO, chapitre 5.'), ('sig', c.sig())]
        subj = rng.choice(['Vignette pour le club de lecture', 'Cas clinique (anonymisé) — jeudi', 'Enseignement résidents — cas'])
    else:
        who = f'A {age}-year-old {"woman" if sex == "F" else "man"}'
        vign = (f'{who} with bipolar I disorder on lithium 900 mg presents with tremor and confusion after starting an NSAID. '
                'Lithium level 1.9 mmol/L, creatinine 142 umol/L. Discuss management and prevention.')
        doc = [('p', c.hello()), ('p', 'Teaching case for resident half-day (fictional, de-identified):'), ('p', vign), ('sig', c.sig())]
        subj = rng.choice(['Teaching case - resident half-day', 'Case for journal club'])
    return neg(subj, doc, 'anonymised teaching case', to=[(None, f'residents-psy@{c.org["dom"]}')])


def n_blank_form(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['clerk', 'mgr']))
    fields = ['Nom de l\'usager : ______________________', 'Date de naissance (AAAA-MM-JJ) : ____-__-__',
              'NAM : ____ ____ ____', 'No de dossier : __________', 'Motif de la demande : ___________________________',
              'Diagnostic(s) connu(s) : ___________________', 'Médication actuelle : ______________________', 'Signature du référent : ____________']
    title_ = rng.choice(['Demande de services — guichet d\'accès santé mentale', 'Référence à la clinique TAO', 'Formulaire de consentement à la communication de renseignements'])
    atts = []
    if rng.random() < 0.5:
        atts.append(dict(filename='formulaire_vierge.pdf', ctype='application/pdf', data=make_pdf(title_, fields, compress=rng.random() < 0.5)))
    else:
        atts.append(dict(filename='Formulaire.docx', ctype='application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                         data=make_docx(title_, fields)))
    doc = [('p', c.hello()), ('p', f'Veuillez utiliser la nouvelle version du formulaire « {title_} » (en pièce jointe) à compter du {fr_date(c.day(3, 20))}. '
                                   'Les anciennes versions ne seront plus acceptées. Ne pas remplir le NAM à la main, utiliser l\'étiquette d\'identification.'),
           ('p', c.bye()), ('sig', c.sig())]
    return neg('Nouveau formulaire — ' + title_.split('—')[0].strip(), doc, 'blank form attached', to=[(None, f'referents@{c.org["dom"]}')],
               lang='fr', attachments=atts)


def n_it_notice(c):
    rng, fr = c.rng, c.fr()
    c.me = dict(c.staff(role='clerk'), name='Centre de services TI', first='TI', last='', email=f'servicedesk@{c.org["dom"]}',
                role_fr='Soutien technique', role_en='IT support', svc_fr='Direction des ressources informationnelles', svc_en='IT', cred='', cred_en='')
    d = c.day(1, 14)
    opt = rng.choice(['outage', 'phishing', 'upgrade', 'mfa'])
    if fr:
        txt = {'outage': f'Une interruption du dossier clinique informatisé (DCI SIGMA-SM) est prévue le {fr_date(d, True)} de 22 h à 2 h. Utilisez les formulaires papier de contingence.',
               'phishing': 'Une campagne d\'hameçonnage cible actuellement le personnel. Ne cliquez pas sur les liens « Renouvellement de votre boîte Outlook ». Signalez via le bouton Signaler.',
               'upgrade': f'Le logiciel de gestion des rendez-vous sera mis à niveau (version 12.4) le {fr_date(d)}. Redémarrez votre poste après 7 h.',
               'mfa': 'L\'authentification multifacteur devient obligatoire pour l\'accès à distance à compter du 1er mai. Installez l\'application sur votre cellulaire professionnel.'}[opt]
        subj = {'outage': 'Interruption planifiée DCI', 'phishing': 'ALERTE hameçonnage', 'upgrade': 'Mise à niveau logiciel RDV', 'mfa': 'Authentification multifacteur'}[opt]
    else:
        txt = {'outage': f'The EHR (SIGMA-SM) will be unavailable on {en_date(d, True)} from 10 pm to 2 am. Use downtime paper forms.',
               'phishing': 'A phishing campaign is targeting staff. Do not click "Mailbox renewal" links.',
               'upgrade': f'The scheduling software will be upgraded (v12.4) on {en_date(d)}.',
               'mfa': 'Multi-factor authentication becomes mandatory for remote access on May 1.'}[opt]
        subj = {'outage': 'Planned EHR downtime', 'phishing': 'Phishing alert', 'upgrade': 'Scheduling software upgrade', 'mfa': 'MFA rollout'}[opt]
    doc = [('p', c.hello()), ('p', txt), ('p', f'Billet de référence : INC{rng.randint(1000000, 9999999)}' if fr else f'Ticket: INC{rng.randint(1000000, 9999999)}'),
           ('p', c.bye()), ('sig', c.sig(full=True))]
    return neg(subj, doc, 'IT notice', to=[(None, f'tous@{c.org["dom"]}')])


def n_facilities(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role='mgr')
    txt = rng.choice([f'Des travaux de réfection du stationnement P3 auront lieu du {fr_date(c.day(3, 10))} au {fr_date(c.day(11, 25))}. Le personnel est prié d\'utiliser le P1.',
                      'L\'ascenseur 2 du pavillon B (clinique externe) est hors service jusqu\'à nouvel ordre. Les usagers à mobilité réduite seront accueillis au rez-de-chaussée, salle 012.',
                      'Coupure d\'eau chaude au 4e Nord mardi entre 9 h et 11 h pour le remplacement d\'une valve.',
                      'Le système de contrôle d\'accès (cartes) sera remplacé; passez au bureau de la sécurité pour votre nouvelle carte.'])
    doc = [('p', c.hello()), ('p', txt), ('p', f'Demande de travail no DT-{rng.randint(20000, 99999)}.'), ('p', c.bye()), ('sig', c.sig())]
    return neg(rng.choice(['Avis — travaux', 'Info bâtiment', 'Avis aux occupants']), doc, 'facilities notice',
               to=[(None, f'occupants-pavillon-b@{c.org["dom"]}')], lang='fr')


def n_job_posting(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role='mgr')
    post = rng.choice([('Travailleur(euse) social(e) — équipe SIM', 'Social worker - ACT team'), ('Infirmier(ère) clinicien(ne) — clinique TAO', 'Clinical nurse - OAT clinic'),
                       ('Psychologue — santé mentale jeunesse', 'Psychologist - youth mental health'), ('Agent(e) administratif(ve) classe 2 — psychiatrie externe', 'Clerk - outpatient psychiatry')])
    no = f'{rng.choice(["SM", "DEP", "JEU"])}-2024-{rng.randint(100, 999)}'
    if fr:
        doc = [('p', c.hello()), ('p', f'Affichage interne no {no} : {post[0]}, poste permanent temps complet (35 h/sem.), {c.org["city"]}.'),
               ('ul', ['Évaluation et suivi d\'une clientèle présentant des troubles mentaux graves et/ou une dépendance',
                       'Intervention de crise et estimation du risque suicidaire', 'Travail en interdisciplinarité avec psychiatres et pairs aidants',
                       f'Échelle salariale : {rng.randint(27, 32)},{rng.randint(10, 99)} $ à {rng.randint(45, 52)},{rng.randint(10, 99)} $/h']),
               ('p', f'Date limite : {fr_date(c.day(10, 20))}. Postulez via le portail RH.'), ('sig', c.sig())]
    else:
        doc = [('p', c.hello()), ('p', f'Internal posting {no}: {post[1]}, permanent full-time.'),
               ('ul', ['Assessment and follow-up of people with severe mental illness and/or substance use', 'Crisis intervention and suicide risk assessment']),
               ('p', f'Deadline: {en_date(c.day(10, 20))}.'), ('sig', c.sig())]
    return neg(('Affichage de poste ' if fr else 'Job posting ') + no, doc, 'job posting', to=[(None, f'affichage@{c.org["dom"]}')])


def n_committee_notice(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['clerk', 'mgr', 'pharm']))
    com = rng.choice(['Comité de pharmacologie', 'Comité local de prévention du suicide', 'Comité des usagers — santé mentale',
                      'Comité d\'éthique clinique', 'Comité qualité et gestion des risques'])
    items = rng.sample(['Adoption du procès-verbal du ' + fr_date(c.later((20, 40)).date()), 'Ajout de l\'eskétamine au formulaire local',
                        'Bilan des déclarations d\'incidents/accidents (T4)', 'Révision de la politique sur les doses apportées',
                        'Présentation : trajectoire post-tentative de suicide', 'Varia', 'Suivi des recommandations du coroner (dossier général)'], 4)
    doc = [('p', c.hello()), ('p', f'Vous êtes convoqué(e)s à la rencontre du {com} le {fr_date(c.day(5, 15), True)}, 13 h 30, salle du conseil (et Teams).'),
           ('p', 'Ordre du jour :'), ('ul', items), ('p', c.bye()), ('sig', c.sig())]
    return neg(f'Convocation — {com}', doc, 'committee notice', to=[(None, f'comite@{c.org["dom"]}')], lang='fr')


def n_newsletter(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = dict(c.staff(role='mgr'), name='Communications', first='Communications', email=f'communications@{c.org["dom"]}')
    arts = rng.sample([('Une nouvelle halte-chaleur ouvre ses portes', 'En collaboration avec les organismes communautaires, 25 places supplémentaires pour les personnes en situation d\'itinérance.'),
                       ('La clinique TAO atteint 400 usagers actifs', 'Un jalon important pour l\'accès au traitement dans la région.'),
                       ('Bravo à l\'équipe du centre de crise', 'Plus de 3 000 appels traités cette année.'),
                       ('Journée de la santé mentale', 'Kiosques et conférences le 10 octobre à l\'atrium.'),
                       ('Nouveau : pairs aidants à l\'urgence', 'Deux pairs aidants accompagnent désormais les personnes en attente d\'évaluation.')], 3)
    doc = [('p', 'Le Fil SMD — bulletin interne de la direction santé mentale et dépendance, no ' + str(rng.randint(20, 80)))]
    for t, b in arts:
        doc += [('p', t.upper()), ('p', b)]
    doc.append(('p', 'Pour vous désabonner, écrivez à communications. Vous recevez ce bulletin parce que vous êtes membre du personnel.'))
    return neg('Le Fil SMD — bulletin', doc, 'newsletter', to=[(None, f'abonnes-bulletin@{c.org["dom"]}')], lang='fr',
               transport=dict(mode=rng.choice(['html', 'alt'])))


def n_new_physician(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role='mgr')
    doc_ = c.staff(role='md')
    t = ('Dre' if doc_['sex'] == 'F' else 'Dr') if fr else 'Dr.'
    area = rng.choice([('aux troubles psychotiques émergents et à la schizophrénie résistante', 'early psychosis and treatment-resistant schizophrenia'),
                       ('à la médecine des toxicomanies, notamment au TUO et aux stimulants', 'addiction medicine, particularly opioid and stimulant use disorders'),
                       ('aux troubles de l\'humeur et à la neuromodulation (ECT, SMTr)', 'mood disorders and neuromodulation (ECT, rTMS)'),
                       ('à la pédopsychiatrie (TDAH, troubles anxieux, TSA)', 'child psychiatry (ADHD, anxiety disorders, autism)')])
    doc = [('p', c.hello()),
           ('p', f'Nous avons le plaisir d\'accueillir {t} {doc_["name"]}, psychiatre, qui se joint à notre département le {fr_date(c.day(3, 30))}. '
                 f'{t} {doc_["last"]} s\'intéresse particulièrement {area[0]}. Les références se font via le guichet d\'accès.' if fr else
                 f'Please welcome {t} {doc_["name"]}, psychiatrist, joining our department on {en_date(c.day(3, 30))}. Special interest in {area[1]}.'),
           ('p', (f'Bureau : pavillon B, local B-{rng.randint(100, 399)}, poste {doc_["ext"]}.' if fr else f'Office B-{rng.randint(100, 399)}, ext. {doc_["ext"]}.')),
           ('p', c.bye()), ('sig', c.sig())]
    return neg((f'Bienvenue à {t} {doc_["last"]}' if fr else f'Welcome {t} {doc_["last"]}'), doc, 'physician named with specialty',
               to=[(None, f'departement-psy@{c.org["dom"]}')])


def n_asset_inventory(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['clerk', 'mgr']))
    items = ['Portable Latitude 5440', 'Cellulaire de garde', 'Imprimante étiquettes', 'Réfrigérateur à médicaments', 'Glucomètre', 'Tensiomètre',
             'Coffre-fort stupéfiants', 'Tablette pour visites à domicile']
    rows = [[it, gen_asset_luhn9(rng), f'SN{rng.randint(10 ** 7, 10 ** 8 - 1)}', rng.choice(['Clinique TAO', 'SIM', 'Crise', '4e Nord']),
             rng.choice(['en service', 'à réparer', 'à réformer'])] for it in rng.sample(items, rng.randint(4, 7))]
    hdr = ['Équipement', 'No d\'actif', 'No de série', 'Unité', 'Statut']
    doc = [('p', c.hello()), ('p', 'Voici l\'inventaire des équipements à valider avant la fin de l\'année financière :'),
           ('table', hdr, rows), ('p', 'Merci de confirmer l\'emplacement de chaque item.'), ('sig', c.sig())]
    atts = []
    if rng.random() < 0.5:
        atts.append(dict(filename='inventaire_actifs.csv', ctype='text/csv', text=make_csv(hdr, rows, delim=';'), charset='windows-1252'))
    return neg(rng.choice(['Inventaire des actifs', 'Validation inventaire équipement']), doc, 'asset inventory (Luhn-valid asset tags)',
               to=[(None, f'chefs-unite@{c.org["dom"]}')], lang='fr', attachments=atts)


def n_license_ce(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role='mgr')
    rows = []
    for _ in range(rng.randint(4, 7)):
        s = c.staff(role=rng.choice(['nurse', 'sw', 'psy']))
        rows.append([f'{s["last"]}, {s["first"]}', s['role_fr'], f'{rng.randint(100000, 999999)}', f'{rng.randint(3, 25)} h',
                     rng.choice(['conforme', 'à compléter', 'conforme'])])
    doc = [('p', c.hello()), ('p', 'Rappel : la période de déclaration de la formation continue obligatoire se termine le 31 mars. État au dossier RH :'),
           ('table', ['Employé(e)', 'Titre', 'No de permis', 'Heures', 'Statut'], rows), ('p', c.bye()), ('sig', c.sig())]
    return neg('Formation continue — déclaration', doc, 'staff licence numbers and CE hours', to=[(None, f'equipe@{c.org["dom"]}')], lang='fr')


def n_naloxone_distribution(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['nurse', 'mgr', 'pharm']))
    sites = ['Clinique TAO', 'Urgence', 'Refuge Le Phare du Nord', 'Site de consommation supervisée', 'Pharmacies communautaires', 'Travail de rue']
    rows = [[s, rng.randint(5, 200), rng.randint(0, 40)] for s in sites]
    doc = [('p', c.hello()), ('p', 'Bilan de la distribution de trousses de naloxone (janvier à mars) :' if fr else 'Naloxone kit distribution (Jan-Mar):'),
           ('table', ['Site', 'Trousses remises', 'Renversements rapportés'] if fr else ['Site', 'Kits distributed', 'Reversals reported'], rows),
           ('p', 'Données anonymes; aucune information nominative n\'est recueillie.' if fr else 'Anonymous data; no names collected.'), ('sig', c.sig())]
    return neg('Bilan naloxone T1' if fr else 'Naloxone Q1 report', doc, 'naloxone aggregate', to=[(None, f'reduction-mefaits@{c.org["dom"]}')])


def n_phone_directory(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role='clerk')
    o = c.org
    rows = [[svc, f'{o["phone"]} poste {rng.randint(2000, 7999)}', o['fax'] if rng.random() < 0.5 else '—'] for svc in rng.sample(SERVICES_FR, 6)]
    doc = [('p', c.hello()), ('p', 'Bottin téléphonique mis à jour des services santé mentale et dépendance :'),
           ('table', ['Service', 'Téléphone', 'Télécopieur'], rows), ('p', f'Adresse : {o["addr"]}'), ('sig', c.sig())]
    return neg('Bottin téléphonique à jour', doc, 'clinic phone directory', to=[(None, f'accueil@{o["dom"]}')], lang='fr')


def n_satisfaction(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role='mgr')
    q = [('Accueil courtois', 'Courteous welcome'), ('Délai d\'attente acceptable', 'Acceptable wait'), ('Sentiment d\'être écouté(e)', 'Felt listened to'),
         ('Implication des proches', 'Family involvement'), ('Recommanderait le service', 'Would recommend')]
    rows = [[a if fr else b, f'{rng.randint(55, 98)} %'] for a, b in q]
    n = rng.randint(80, 400)
    doc = [('p', c.hello()), ('p', f'Résultats du sondage de satisfaction de la clientèle (n = {n}, réponses anonymes) :' if fr
                                   else f'Patient experience survey results (n = {n}, anonymous):'),
           ('table', ['Énoncé' if fr else 'Item', '% d\'accord' if fr else '% agree'], rows),
           ('p', 'Commentaire fréquent : « J\'aimerais avoir accès à mon intervenant plus rapidement. »' if fr else 'Common comment: "faster access to my worker."'),
           ('sig', c.sig())]
    return neg('Sondage satisfaction — résultats' if fr else 'Patient survey results', doc, 'survey aggregate', to=[(None, f'gestion@{c.org["dom"]}')])


def n_titration(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff(role=rng.choice(['pharm', 'md']))
    rows = [[f'{"Jour" if fr else "Day"} {i + 1}', d] for i, d in enumerate(['0,5 mg die', '0,5 mg bid', '1 mg bid', '2 mg bid', '3 mg bid', '4 mg bid', '12 mg die + arrêt de l\'agoniste complet'])]
    if not fr:
        rows = [[r[0], r[1].replace(',', '.').replace('die', 'daily').replace('arrêt de l\'agoniste complet', 'stop full agonist')] for r in rows]
    doc = [('p', c.hello()),
           ('p', 'Pour référence, voici le schéma de microinduction à la buprénorphine (méthode « Bernese ») adopté par le comité de pharmacologie :' if fr
            else 'For reference, the buprenorphine micro-induction schedule approved by P&T:'),
           ('table', ['Jour' if fr else 'Day', 'Buprénorphine SL' if fr else 'Buprenorphine SL'], rows),
           ('p', 'Maintenir la méthadone ou l\'hydromorphone jusqu\'au jour 7. COWS à chaque visite.' if fr else 'Continue full agonist until day 7.'),
           ('sig', c.sig())]
    return neg('Protocole microinduction buprénorphine' if fr else 'Bup micro-induction protocol', doc, 'generic dosing protocol',
               to=[(None, f'prescripteurs-tao@{c.org["dom"]}')])


def n_privacy_reminder(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = dict(c.staff(role='mgr'), name='Bureau de la protection des renseignements personnels', first='BPRP', email=f'confidentialite@{c.org["dom"]}')
    doc = [('p', c.hello()),
           ('p', 'Rappel : il est interdit de transmettre des renseignements personnels d\'usagers (nom, NAM, numéro de dossier, diagnostic) '
                 'par courriel non chiffré à l\'externe. Utilisez la messagerie sécurisée ou le télécopieur.'),
           ('ul', ['Exemple à éviter : « NAM XXXX 0000 0000 — Dx : ... »', 'Utilisez les initiales seulement dans les objets de courriel à l\'interne',
                   'Ne pas transférer de courriels cliniques vers une adresse personnelle']),
           ('p', f'Incidents de confidentialité déclarés ce trimestre : {rng.randint(3, 19)}.'), ('sig', c.sig())]
    return neg('Rappel — confidentialité des renseignements', doc, 'privacy reminder with masked placeholder', to=[(None, f'tous@{c.org["dom"]}')],
               lang='fr', importance='high')


def n_vendor_vcard(c):
    rng, fr = c.rng, c.fr()
    sup = rng.choice(EXT_ORGS['supplier'])
    rep = c.staff()
    c.me = dict(rep, email=f'{deaccent(rep["first"]).lower()}.{deaccent(rep["last"]).lower().replace(chr(39), "")}@{sup[1]}',
                org=dict(ORGS[0], addr='1250, rue de l\'Industrie, Parc industriel Nord (Québec) J0X 9Z9', name=sup[0], phone='1-800-555-0142', fax='1-800-555-0143'), role_fr='Représentant(e) aux ventes', role_en='Sales representative',
                svc_fr='Secteur santé mentale et dépendance', svc_en='Mental health & addiction', cred='', cred_en='')
    vcf = make_vcf(rep['name'], (rep['last'], rep['first']), org=sup[0], title='Représentant(e)', tels=[('WORK', '1-800-555-0142'), ('CELL', c.phone())],
                   emails=[c.me['email']])
    doc = [('p', c.hello()), ('p', 'Suite à notre rencontre, voici mes coordonnées. N\'hésitez pas pour toute question sur nos trousses de dépistage ou nos contenants sécurisés.'
                                   if fr else 'Following our meeting, here are my contact details.'), ('p', c.bye()), ('sig', c.sig(full=True))]
    return neg('Coordonnées' if fr else 'Contact details', doc, 'supplier vCard', to=[c.addr(c.staff(role='mgr'))],
               attachments=[dict(filename=f'{deaccent(rep["last"])}.vcf', ctype='text/vcard', text=vcf)])


def n_crisis_ops(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['mgr', 'nurse']))
    rows = [[DAYS_FR[i], rng.randint(20, 90), rng.randint(0, 12), f'{rng.randint(1, 9)} min'] for i in range(5)]
    doc = [('p', c.hello()), ('p', 'Ligne de crise 24/7 — statistiques de la semaine et couverture des quarts :'),
           ('table', ['Jour', 'Appels', 'Interventions mobiles', 'Attente moyenne'], rows),
           ('p', f'Il manque une personne sur le quart de nuit du {fr_date(c.day(2, 6))}. Qui est disponible ? Temps supplémentaire autorisé.'),
           ('sig', c.sig())]
    return neg('Ligne de crise — stats et quarts', doc, 'crisis line operations', to=[(None, f'intervenants-crise@{c.org["dom"]}')], lang='fr')


def n_room_booking(c):
    rng, fr = c.rng, c.fr()
    c.me = c.staff()
    start = dt.datetime.combine(c.day(1, 15), dt.time(rng.randint(8, 15), 0))
    summ = rng.choice(['Caucus équipe SIM', 'Rencontre interdisciplinaire', 'Supervision clinique de groupe', 'Planification des groupes']) if fr else \
        rng.choice(['ACT team huddle', 'Interdisciplinary meeting', 'Group clinical supervision'])
    ics = make_ics(f'{rng.getrandbits(64):016x}@{c.org["dom"]}', start, start + dt.timedelta(hours=1), summ,
                   'Ordre du jour à venir. Aucun dossier nominatif ne sera projeté.' if fr else 'Agenda to follow.',
                   f'Salle {rng.randint(100, 400)}', (c.me['name'], c.me['email']), [(c.them['name'], c.them['email'])])
    doc = [('p', c.hello()), ('p', 'Invitation ci-jointe.' if fr else 'Invite attached.'), ('sig', c.sig(full=False))]
    return neg(('Invitation : ' if fr else 'Invitation: ') + summ, doc, 'meeting invite', to=[c.addr(c.them)],
               attachments=[dict(filename='invite.ics', ctype='text/calendar', text=ics, method=True)])


def n_lab_recall(c):
    rng = c.rng
    c.lang = 'en'
    sup = rng.choice(EXT_ORGS['supplier'])
    c.me = dict(c.staff(), email=f'quality@{sup[1]}', org=dict(ORGS[0], addr='1250, rue de l\'Industrie, Parc industriel Nord (Québec) J0X 9Z9', name=sup[0], phone='1-800-555-0150', fax='1-800-555-0151'),
                role_en='Quality Assurance', svc_en='Regulatory affairs', cred_en='')
    lots = [f'{rng.choice("ABCDEF")}{rng.randint(100000, 999999)}' for _ in range(rng.randint(2, 4))]
    doc = [('p', 'Dear customer,'),
           ('p', 'We are voluntarily recalling the following lots of 12-panel urine drug test cups due to a risk of false-negative fentanyl results:'),
           ('ul', [f'Lot {l} (exp. 2025-{rng.randint(1, 12):02d})' for l in lots]),
           ('p', f'Please quarantine affected stock and return using RMA {gen_luhn_digits(rng, 9)}. Replacement shipped at no charge.'),
           ('sig', c.sig(full=True))]
    return neg('Product recall - UDS cups', doc, 'lab supply recall (lot numbers)', to=[('Lab supplies', f'labo@{c.org["dom"]}')], lang='en')


def n_student_intern(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role=rng.choice(['mgr', 'sw']))
    rows = [[f'{rng.choice(STAFF_F + STAFF_M)} {rng.choice(STAFF_LAST)}', rng.choice(['Service social (baccalauréat)', 'Sciences infirmières', 'Psychoéducation', 'Doctorat en psychologie']),
             c.staff()['name'], rng.choice(['SIM', 'SIV', 'Clinique TAO', 'Jeunesse'])] for _ in range(rng.randint(3, 5))]
    doc = [('p', c.hello()), ('p', f'Bienvenue à nos stagiaires de la session d\'hiver (début {fr_date(c.day(3, 10))}) :'),
           ('table', ['Stagiaire', 'Programme', 'Superviseur(e)', 'Équipe'], rows),
           ('p', 'Les stagiaires doivent signer l\'engagement de confidentialité avant tout accès au DCI.'), ('sig', c.sig())]
    return neg('Accueil des stagiaires', doc, 'intern welcome (staff/students)', to=[(None, f'equipes-smd@{c.org["dom"]}')], lang='fr')


def n_ethics(c):
    rng, fr = c.rng, c.fr()
    c.me = dict(c.staff(role='clerk'), email=f'cer@{c.org["dom"]}')
    proj = f'MP-{rng.randint(10, 99)}-2024-{rng.randint(1000, 9999)}'
    pi = c.staff(role=rng.choice(['md', 'psy']))
    doc = [('p', c.hello(pi)),
           ('p', (f'Le Comité d\'éthique de la recherche a approuvé le projet {proj} « Efficacité d\'un programme de pairs aidants auprès de personnes sous TAO » '
                  f'pour une période d\'un an. Recrutement prévu : {rng.randint(40, 200)} participants.') if fr else
            f'The REB approved project {proj} "Peer support for people on OAT" for one year. Planned sample: {rng.randint(40, 200)}.'),
           ('p', 'Rappel : tout événement indésirable grave doit être déclaré dans les 15 jours.' if fr else 'Serious adverse events must be reported within 15 days.'),
           ('sig', c.sig())]
    return neg((f'Approbation éthique {proj}' if fr else f'REB approval {proj}'), doc, 'ethics approval (project number)', to=[c.addr(pi)])


def n_social_committee(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff()
    doc = [('p', c.hello()),
           ('p', rng.choice(['Le comité social organise un dîner-partage vendredi midi au salon du personnel. Apportez un plat!',
                             'Collecte de vêtements chauds pour le refuge : boîte à l\'accueil du pavillon B jusqu\'au 15.',
                             'Bonne fête à nos collègues d\'avril : ' + ', '.join(c.staff()['first'] for _ in range(3)) + ' ! Gâteau à 15 h.'])),
           ('sig', c.sig(full=False))]
    return neg(rng.choice(['Dîner-partage', 'Collecte', 'Fêtes du mois']), doc, 'social committee', to=[(None, f'tous.pavillonb@{c.org["dom"]}')], lang='fr')


def n_guideline_digest(c):
    rng = c.rng
    c.lang = 'en'
    c.me = c.staff(role=rng.choice(['md', 'pharm']))
    doc = [('p', c.hello()),
           ('p', 'Quick digest of the updated national OUD guideline for the team:'),
           ('ul', ['Buprenorphine-naloxone remains first line; extended-release buprenorphine is an option for patients with adherence barriers',
                   'Methadone titration: no more than 10 mg every 5 days after day 5',
                   'Do not discharge patients from OAT for ongoing substance use; intensify instead',
                   'Offer take-home naloxone to all patients and family members',
                   'Concurrent benzodiazepine use: taper slowly, do not stop OAT']),
           ('p', 'Full PDF on the intranet. Happy to discuss at rounds.'), ('sig', c.sig())]
    return neg('Guideline digest - OUD', doc, 'guideline digest (no patient)', to=[(None, f'oat-team@{c.org["dom"]}')], lang='en')


def n_staff_thread(c):
    """Reply chain among staff about logistics (quoted)."""
    rng, fr = c.rng, c.fr()
    a, b = c.me, c.them
    q1 = [('p', c.hello(b)),
          ('p', rng.choice(['Est-ce que quelqu\'un peut couvrir mon groupe de mardi 13 h? J\'ai une formation OMEGA ce jour-là.',
                            'Peux-tu me rappeler le code de la salle d\'entrevue 3? Il a changé.',
                            'On déplace le caucus SIM à 9 h 30 jeudi à cause de la formation sur la naloxone.']) if fr else
           rng.choice(['Can anyone cover my Tuesday 1 pm group? I have training that day.', 'We are moving Thursday huddle to 9:30.'])),
          ('sig', c.sig(a, full=False))]
    att = dict(frm=c.addr(a), to=[c.addr(b)], date=c.later((0, 2)), subject=rng.choice(['Couverture groupe mardi', 'Code salle', 'Caucus jeudi']) if fr else 'Tuesday group coverage')
    doc = [('p', rng.choice(['Oui pas de problème, je m\'en occupe.', 'C\'est 4512#. Bonne journée!', 'Parfait, noté.']) if fr else
            rng.choice(['Sure, I can do it.', 'Noted, thanks.'])), ('sig', c.sig(b, full=rng.random() < 0.5)), ('quote', att, q1)]
    frm, to = c.addr(b), [c.addr(a)]
    if rng.random() < 0.4:
        att2 = dict(frm=c.addr(b), to=[c.addr(a)], date=c.later((0, 1)), subject='RE: ' + att['subject'])
        doc = [('p', 'Merci encore!' if fr else 'Thanks again!'), ('sig', c.sig(a, full=False)), ('quote', att2, doc)]
        frm, to = c.addr(a), [c.addr(b)]
    return neg('RE: ' + att['subject'], doc, 'staff logistics reply chain', frm=frm, to=to,
               in_reply_to=f'<{rng.getrandbits(60):015x}@{c.org["dom"]}>')


def n_forward_eml(c, base):
    rng = c.rng
    r = base(c)
    lang = r.get('lang') or c.lang
    c.lang = lang
    fr = lang == 'fr'
    inner = build_email(rng, dict(frm=r.get('frm') or c.addr(c.me), to=r.get('to') or [c.addr(c.them)], subject=r['subject'], doc=r['doc'],
                                  date=c.later((1, 6)), lang=lang, attachments=r.get('attachments') or [], transport=r.get('transport')), force_lf=True)
    fwder = c.staff(exclude=c.me)
    doc = [('p', rng.choice(['Pour info.', 'À lire, svp.', 'Je vous fais suivre.']) if fr else rng.choice(['FYI.', 'Please read.'])), ('sig', c.sig(fwder))]
    return neg(('TR: ' if fr else 'FW: ') + r['subject'], doc, 'attached .eml: ' + r['note'], frm=c.addr(fwder), to=[(None, f'equipe@{fwder["org"]["dom"]}')],
               lang=lang, attachments=[dict(filename='message.eml', eml=inner)])


def n_forward_inline(c, base):
    rng = c.rng
    r = base(c)
    lang = r.get('lang') or c.lang
    c.lang = lang
    fr = lang == 'fr'
    fwder = c.staff(exclude=c.me)
    att = dict(frm=r.get('frm') or c.addr(c.me), to=r.get('to') or [c.addr(fwder)], date=c.later((0, 4)), subject=r['subject'])
    doc = [('p', rng.choice(['À partager avec vos équipes.', 'FYI', 'Voir ci-dessous, important.']) if fr else rng.choice(['FYI', 'Please share with your teams.'])),
           ('sig', c.sig(fwder, full=False)), ('fwd', att, r['doc'])]
    return neg(('TR: ' if fr else 'Fwd: ') + r['subject'], doc, 'inline forward: ' + r['note'], frm=c.addr(fwder),
               to=[c.addr(c.staff())], lang=lang, attachments=r.get('attachments') or [])


def n_zip_policies(c):
    rng = c.rng
    c.lang = 'fr'
    c.me = c.staff(role='mgr')
    files = [('POL-214_doses_apportees.pdf', make_pdf('Politique POL-214 — Doses apportées', ['Critères d\'admissibilité aux doses apportées.',
                                                                                            'Voir tableau des exigences de dépistage.'], compress=True)),
             ('PRO-118_naloxone.txt', 'Procédure PRO-118 : distribution de trousses de naloxone. Aucun registre nominatif.\n'),
             ('Formulaire_consentement_vierge.docx', make_docx('Consentement à la communication de renseignements', ['Nom : ________', 'NAM : ____ ____ ____']))]
    doc = [('p', c.hello()), ('p', 'Voici l\'archive des politiques révisées pour l\'agrément (visite prévue en juin).'), ('sig', c.sig())]
    return neg('Documents agrément — politiques', doc, 'zip of policies/blank forms', to=[(None, f'agrement@{c.org["dom"]}')], lang='fr',
               attachments=[dict(filename='politiques_agrement.zip', ctype='application/zip', data=make_zip(files))])

# ----------------------------------------------------------------------------
# Plan, pools, runner
# ----------------------------------------------------------------------------
ALLOWED_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
                 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}

REPLY_BASES = [p_crisis_followup, p_lab_monitoring, p_oat_pharmacy, p_missed_doses, p_psych_consult, p_sw_housing,
               p_youth_dpj, p_home_visit, p_legal_p38, p_ontario, p_sin_benefits]
FWD_INLINE_BASES = [p_crisis_followup, p_overdose_alert, p_belgian, p_french, p_transport, p_uds_roster, p_psych_consult]
FWD_EML_BASES = [p_oat_pharmacy, p_missed_doses, p_lab_monitoring, p_sw_housing, p_legal_p38, p_disguised]
NEG_FWD_BASES = [n_policy_update, n_suicide_training, n_it_notice, n_research_seminar, n_wellness, n_committee_notice,
                 n_stats_monthly, n_teaching_case, n_pharmacy_stock]


def _wrap_family(wrapper, bases):
    def f(c):
        return wrapper(c, c.rng.choice(bases))
    return f


# (category, function, probability of French, count)
POS_PLAN = [
    ('oat_pharmacy', p_oat_pharmacy, 0.7, 6), ('missed_doses', p_missed_doses, 0.6, 4), ('crisis_followup', p_crisis_followup, 0.7, 6),
    ('psych_referral', p_psych_consult, 0.7, 5), ('housing_referral', p_sw_housing, 1, 4), ('youth_school', p_youth_dpj, 1, 5),
    ('lab_monitoring', p_lab_monitoring, 0.6, 5), ('uds_roster', p_uds_roster, 0.6, 4), ('caseload_xlsx', p_caseload_xlsx, 1, 4),
    ('transport', p_transport, 1, 4), ('home_visit', p_home_visit, 1, 4), ('court_mh', p_legal_p38, 1, 4),
    ('ontario_transfer', p_ontario, 0, 3), ('belgian_niss', p_belgian, 1, 3), ('french_nir', p_french, 1, 3),
    ('benefits_sin', p_sin_benefits, 0.6, 4), ('ics_appt', p_ics_appt, 0.7, 4), ('vcard', p_vcard, 1, 3),
    ('zip_transfer', p_zip_bundle, 1, 3), ('csv_waitlist', p_csv_waitlist, 0.5, 3), ('discharge_docx', p_discharge_docx, 1, 3),
    ('subject_only', p_subject_heavy, 1, 3), ('group_attendance', p_group_attendance, 1, 3), ('overdose_alert', p_overdose_alert, 1, 3),
    ('html_waitlist', p_html_waitlist, 1, 3), ('phone_msg', p_disguised, 1, 4), ('research_recruit', p_research_recruit, 0.6, 3),
    ('consult_letter', p_pdf_letter, 0, 3), ('self_send', p_self_send, 0.7, 3),
    ('reply_quote', _wrap_family(p_reply, REPLY_BASES), 0.65, 5),
    ('fwd_inline', _wrap_family(p_forward_inline, FWD_INLINE_BASES), 0.7, 3),
    ('fwd_eml', _wrap_family(p_forward_eml, FWD_EML_BASES), 0.7, 3),
]
NEG_PLAN = [
    ('group_schedule', n_group_schedule, 0.65, 8), ('suicide_training', n_suicide_training, 0.7, 7), ('policy_update', n_policy_update, 1, 7),
    ('wellness', n_wellness, 0.65, 6), ('research_seminar', n_research_seminar, 0.6, 7), ('supplier_order', n_supplier_order, 0.6, 7),
    ('pharmacy_stock', n_pharmacy_stock, 1, 6), ('oncall_roster', n_staff_schedule, 0.7, 6), ('staff_leave', n_staff_leave, 1, 5),
    ('stats', n_stats_monthly, 0.65, 6), ('teaching_case', n_teaching_case, 0.6, 6), ('blank_form', n_blank_form, 1, 5),
    ('it_notice', n_it_notice, 0.7, 6), ('facilities', n_facilities, 1, 4), ('job_posting', n_job_posting, 0.7, 5),
    ('committee', n_committee_notice, 1, 5), ('newsletter', n_newsletter, 1, 4), ('new_physician', n_new_physician, 0.7, 5),
    ('asset_inventory', n_asset_inventory, 1, 5), ('licence_ce', n_license_ce, 1, 4), ('naloxone_stats', n_naloxone_distribution, 0.7, 4),
    ('phone_directory', n_phone_directory, 1, 3), ('survey', n_satisfaction, 0.6, 4), ('titration_protocol', n_titration, 0.6, 4),
    ('privacy_reminder', n_privacy_reminder, 1, 3), ('vendor_vcard', n_vendor_vcard, 0.6, 3), ('crisis_ops', n_crisis_ops, 1, 4),
    ('meeting_invite', n_room_booking, 0.7, 4), ('lab_recall', n_lab_recall, 0, 3), ('interns', n_student_intern, 1, 3),
    ('ethics', n_ethics, 0.6, 4), ('social', n_social_committee, 1, 3), ('guideline', n_guideline_digest, 0, 3),
    ('staff_thread', n_staff_thread, 0.65, 8), ('fwd_eml', _wrap_family(n_forward_eml, NEG_FWD_BASES), 0.7, 5),
    ('fwd_inline', _wrap_family(n_forward_inline, NEG_FWD_BASES), 0.7, 5), ('zip_policies', n_zip_policies, 1, 3),
]


def make_pools(seed):
    people = load_nams()
    usage = [0] * len(people)
    new_pool_rng = random.Random(f'{seed}:newpatients')

    def nam(rng, lo, hi):
        idx = [i for i, p in enumerate(people) if lo <= age_of(p['dob']) <= hi] or list(range(len(people)))
        m = min(usage[i] for i in idx)
        i = rng.choice([i for i in idx if usage[i] == m])
        usage[i] += 1
        return people[i]

    def new(rng, lo, hi, origin='qc'):
        p = make_patient(rng, origin, (lo, hi))
        enrich(rng, p)
        return p

    def date(rng):
        d = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randint(0, 170))
        if d.weekday() >= 5 and rng.random() < 0.85:
            d -= dt.timedelta(days=d.weekday() - 4)
        t = dt.time(rng.randint(7, 18), rng.randint(0, 59), rng.randint(0, 59))
        tz = TZ_EDT if d >= dt.date(2024, 3, 10) else TZ_EST
        return dt.datetime.combine(d, t, tzinfo=tz)

    return dict(nam=nam, new=new, date=date, people=people, usage=usage, _r=new_pool_rng)


def _ctx_nam(self, lo, hi):
    return self.pools['nam'](self.rng, lo, hi)


def _ctx_new(self, lo, hi, origin='qc'):
    return self.pools['new'](self.rng, lo, hi, origin)


def _ctx_att(self, prob):
    if getattr(self, 'no_att', False):
        return False
    return self.rng.random() < prob


Ctx.nam = _ctx_nam
Ctx.new = _ctx_new
Ctx.att = _ctx_att


def expand(plan, n, master):
    items = [(cat, fn, pfr) for cat, fn, pfr, k in plan for _ in range(k)]
    assert len(items) == n, (len(items), n)
    master.shuffle(items)
    return items


def render_one(seed, kind, idx, cat, fn, pfr, pools):
    rng = random.Random(f'{seed}:{kind}:{idx}:{cat}')
    lang = 'fr' if rng.random() < pfr else 'en'
    c = Ctx(rng, pools, lang)
    r = fn(c)
    lang = r.get('lang') or c.lang
    frm = r.get('frm') or c.addr(c.me)
    to = r.get('to') or [c.addr(c.them)]
    cc = r.get('cc')
    if cc is None and rng.random() < 0.25:
        cc = [c.addr(c.staff())]
    m = dict(frm=frm, to=to, cc=cc, subject=r['subject'], doc=r['doc'], date=c.date, lang=lang,
             attachments=r.get('attachments') or [], in_reply_to=r.get('in_reply_to'), transport=r.get('transport'),
             importance=r.get('importance'), sensitivity=r.get('sensitivity'))
    data = build_email(rng, m)
    return data, dict(confidential=(kind == 'p'), types=sorted(r['types']), lang=lang, note=r['note'])


def generate(out, seed):
    import shutil
    master = random.Random(f'{seed}:master')
    pools = make_pools(seed)
    labels = {}
    files = {}
    for kind, plan, n, sub in (('p', POS_PLAN, N_POS, 'positive'), ('n', NEG_PLAN, N_NEG, 'negative')):
        for i, (cat, fn, pfr) in enumerate(expand(plan, n, master), 1):
            data, lab = render_one(seed, kind, i, cat, fn, pfr, pools)
            rel = f'{sub}/{kind}{i:03d}_{cat}.eml'
            files[rel] = data
            labels[rel] = lab
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    for rel, data in files.items():
        with open(os.path.join(out, *rel.split('/')), 'wb') as f:
            f.write(data)
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as f:
        json.dump(labels, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write('\n')
    return pools

# ----------------------------------------------------------------------------
# Self-check
# ----------------------------------------------------------------------------

def walk_decode(msg, texts):
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        content = part.get_content()
        if ct == 'message/rfc822':
            walk_decode(content, texts)
        elif isinstance(content, str):
            texts.append(content)
        elif isinstance(content, (bytes, bytearray)):
            if ct in ('application/zip', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'):
                z = zipfile.ZipFile(io.BytesIO(content))
                assert z.testzip() is None
                for info in z.infolist():
                    assert info.date_time == FIXED_ZIP_DT, info
                    blob = z.read(info.filename)
                    if info.filename.endswith(('.xml', '.txt', '.csv')):
                        texts.append(blob.decode('utf-8', 'replace'))
            elif ct == 'application/pdf':
                assert content.startswith(b'%PDF')
            texts.append('')
        else:
            raise AssertionError(f'unexpected content type {type(content)} for {ct}')
        for k in ('Content-Disposition', 'Content-Type'):
            if part.get(k):
                texts.append(str(part.get(k)))
    for k in ('Subject', 'From', 'To'):
        if msg.get(k):
            texts.append(str(msg.get(k)))


def digest_of(out):
    hsh = hashlib.sha256()
    rels = []
    for sub in ('positive', 'negative'):
        rels += [f'{sub}/{n}' for n in sorted(os.listdir(os.path.join(out, sub)))]
    rels.append('labels.json')
    for rel in sorted(rels):
        with open(os.path.join(out, *rel.split('/')), 'rb') as f:
            data = f.read()
        hsh.update(rel.encode() + b'\0' + data + b'\0')
    return hsh.hexdigest()


def self_check(out):
    with open(os.path.join(out, 'labels.json'), encoding='utf-8') as f:
        labels = json.load(f)
    on_disk = {f'{sub}/{n}' for sub in ('positive', 'negative') for n in os.listdir(os.path.join(out, sub))}
    assert set(labels) == on_disk, 'labels do not cover exactly the files'
    nams = [p['nam'] for p in load_nams()]
    counts = dict(pos=0, neg=0, fr=0, en=0)
    per = {}
    for rel in sorted(on_disk):
        with open(os.path.join(out, *rel.split('/')), 'rb') as f:
            raw = f.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None and msg['Date'] is not None, rel
        texts = []
        walk_decode(msg, texts)
        blob = '\n'.join(texts)
        lab = labels[rel]
        assert lab['lang'] in ('fr', 'en'), rel
        assert set(lab['types']) <= ALLOWED_TYPES, rel
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, rel
            counts['pos'] += 1
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
            flat = re.sub(r'[\s.\-]', '', blob).upper()
            assert not any(n in flat for n in nams), f'NAM leaked into negative {rel}'
            counts['neg'] += 1
        counts[lab['lang']] += 1
        per[(rel.split('/')[0], lab['lang'])] = per.get((rel.split('/')[0], lab['lang']), 0) + 1
    assert counts['pos'] == N_POS and counts['neg'] == N_NEG, counts
    return counts, per


README_TEMPLATE = """# Held-out corpus 58 — mental health and addiction services

Synthetic **outbound** hospital e-mail used to measure a data-loss-prevention filter.
All people, institutions, addresses, domains (`*.example`) and phone numbers (555) are invented.

## Flavour
Mental health and addiction services in Quebec (with a few Ontario, Belgian and French patients):
outpatient psychiatry, crisis-line follow-ups, substance-use clinics (opioid agonist therapy: methadone,
buprenorphine-naloxone, Kadian, Sublocade), psychosocial and social-work teams (SIM/SIV, housing),
youth services (school/child-protection coordination), court mental-health proceedings.
Mostly French-Canadian with some English, written by nurses, social workers, psychologists,
psychiatrists, pharmacists and clerks. Harmless mail covers group-therapy schedules without names,
suicide-prevention training, policy updates, staff wellness, research seminar programmes, supplier
and pharmacy-stock mail, IT/facilities notices, aggregates, anonymised teaching cases, blank forms,
HR/staff rosters, job postings and committee notices.

## Layout
```
generate.py            deterministic generator (seed {seed} by default) + self-check
labels.json            {{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}, ...}}
positive/pNNN_<category>.eml   {npos} confidential messages
negative/nNNN_<category>.eml   {nneg} non-confidential messages
```
Counts: positives {npos}, negatives {nneg}; French {nfr}, English {nen}
({perlang}).

## Definition used
A message is **confidential** when a reader could identify a patient (name, RAMQ NAM, SIN, Ontario health
number, Belgian NISS, French NIR, hospital chart number — possibly disguised by spacing, case or
letter/digit substitution) **and** learn something personal, medical or social about them, anywhere in the
message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP,
attached .eml) or file name. A patient's address/phone with their name in a care context counts.
Not confidential: staff information (schedules, leave, licence numbers), physicians named with the
diseases they treat, speakers/topics, aggregates, newsletters, blank forms, anonymised teaching cases,
invoices/POs, serial/lot/asset numbers (some asset tags pass the Luhn check), supplier VAT/SIRET numbers,
clinic phones/addresses in signatures, IT/facilities mail, job postings, committee notices.

Finding types: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth, patient_name,
diagnosis, medication, lab_result, patient_contact, social_information.

NAMs come only from `../blind_nams.txt`, always with that person's name, birth date and sex. SIN,
Ontario health numbers (Luhn), NISS and NIR are generated valid and checked with python-stdnum.

## Transports
Plain text, HTML-only and multipart/alternative; multipart/mixed with attachments; charsets utf-8,
iso-8859-1 and windows-1252 (falls back to utf-8 when a text needs it); 7bit/8bit, quoted-printable and
base64 bodies; RFC 2047 encoded headers and RFC 2231/2047 file names; HTML with character entities;
CRLF and LF line endings; replies quoting earlier mail (`>` and Outlook styles), inline forwards and
forwards as attached `message/rfc822`; typos, abbreviations, surname-first rosters, tables and lists.
ZIP/DOCX/XLSX members carry a fixed timestamp, PDFs are built with reportlab `invariant=1`.

## Regenerate
```
python generate.py            # writes next to generate.py (needs python-stdnum, reportlab, python-docx, openpyxl)
python generate.py --out DIR  # or elsewhere; --seed N to change the seed
```
The generator parses every file with `email.message_from_bytes(..., policy=email.policy.default)`,
decodes every part (including nested messages and ZIP-based attachments), checks that labels cover
exactly the files, that every positive has at least one type and every negative none, that no NAM
appears in a negative, then prints the counts and a sha256 digest.

## Digest
sha256 over sorted (relative path, bytes) of `positive/*`, `negative/*` and `labels.json`:

`{digest}`
"""


def write_readme(out, seed, counts, per, digest):
    perlang = ', '.join(f'{k[0]} {k[1]}: {v}' for k, v in sorted(per.items()))
    txt = README_TEMPLATE.format(seed=seed, npos=counts['pos'], nneg=counts['neg'], nfr=counts['fr'], nen=counts['en'],
                                 perlang=perlang, digest=digest)
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(txt)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--out', default=HERE)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--no-readme', action='store_true')
    a = ap.parse_args()
    out = os.path.abspath(a.out)
    os.makedirs(out, exist_ok=True)
    pools = generate(out, a.seed)
    counts, per = self_check(out)
    dig = digest_of(out)
    used = sum(1 for u in pools['usage'] if u)
    print(f'positives={counts["pos"]} negatives={counts["neg"]} fr={counts["fr"]} en={counts["en"]}')
    print('per split/lang: ' + ', '.join(f'{k[0]}/{k[1]}={v}' for k, v in sorted(per.items())))
    print(f'NAM persons used: {used}/{len(pools["people"])}')
    print(f'sha256={dig}')
    if not a.no_readme:
        write_readme(out, a.seed, counts, per, dig)


if __name__ == '__main__':
    main()
