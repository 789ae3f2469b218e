#!/usr/bin/env python3
"""Synthetic labelled outbound e-mail corpus (held-out 49).

Flavour: day surgery, endoscopy unit, anaesthesia pre-operative clinic and
hospital pharmacy, French-Canadian and English.  Everything is invented.

Usage:  python generate.py [--seed N] [--out DIR]
"""
import argparse
import base64
import datetime
import hashlib
import html
import html.entities
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
from email.utils import formataddr, format_datetime

from stdnum import luhn
from stdnum.ca import sin as ca_sin
from stdnum.be import nn as be_nn
from stdnum.fr import nir as fr_nir

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 4949
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
TZ_EST = datetime.timezone(datetime.timedelta(hours=-5))
TZ_EDT = datetime.timezone(datetime.timedelta(hours=-4))

# ---------------------------------------------------------------------------
# invented world
# ---------------------------------------------------------------------------
SITES = {
    'fr': [
        dict(name="Hôpital Sainte-Blandine", org="CISSS des Basses-Laurentides", dom="cisss-bl.example",
             phone="450 555-0140", city="Val-Brûlé"),
        dict(name="Centre hospitalier du Lac-aux-Hérons", org="CIUSSS de la Haute-Rivière", dom="ciusss-hr.example",
             phone="819 555-0172", city="Lac-aux-Hérons"),
    ],
    'en': [
        dict(name="Ottawa Valley Riverside Hospital", org="Riverside Health Network", dom="ovrh.example",
             phone="613-555-0119", city="Pembrook Falls"),
        dict(name="Lakeshore West General Hospital", org="CIUSSS de l'Ouest-des-Rives", dom="lwgh.example",
             phone="514-555-0163", city="Pointe-Verte"),
    ],
}
UNITS = {
    'fr': dict(ds="Chirurgie d'un jour (CDJ)", endo="Unité d'endoscopie", pac="Clinique préopératoire d'anesthésie",
               pharm="Département de pharmacie", bloc="Bloc opératoire", steril="URDM (retraitement des dispositifs)"),
    'en': dict(ds="Day Surgery Unit", endo="Endoscopy Suite", pac="Pre-Anaesthesia Clinic (PAC)",
               pharm="Pharmacy Department", bloc="Operating Room", steril="MDRD (Medical Device Reprocessing)"),
}
# staff: (given, surname, title, role_fr, role_en, unit)
STAFF = {
    'fr': [
        ("Hélène", "Marchand", "Dre", "gastro-entérologue", "gastroenterologist", "endo"),
        ("Yannick", "Bélanger", "Dr", "anesthésiologiste", "anaesthesiologist", "pac"),
        ("Josée", "Tremblay", "", "assistante infirmière-chef", "assistant head nurse", "ds"),
        ("Mathieu", "Gagnon", "", "pharmacien", "pharmacist", "pharm"),
        ("Isabelle", "Côté", "Dre", "chirurgienne générale", "general surgeon", "bloc"),
        ("François", "Dufresne", "Dr", "anesthésiologiste", "anaesthesiologist", "pac"),
        ("Nadia", "Benali", "", "agente administrative", "booking clerk", "ds"),
        ("Karine", "Lévesque", "", "infirmière clinicienne", "clinical nurse", "endo"),
        ("Simon", "Pelletier", "", "assistant technique en pharmacie", "pharmacy technician", "pharm"),
        ("Annie", "Roy", "", "coordonnatrice du bloc", "OR coordinator", "bloc"),
        ("Étienne", "Fortier", "Dr", "chirurgien orthopédiste", "orthopaedic surgeon", "bloc"),
        ("Chantal", "Boisvert", "", "chef de service URDM", "MDRD manager", "steril"),
        ("Marie-Ève", "Lapointe", "", "pharmacienne", "pharmacist", "pharm"),
        ("Luc", "Savard", "Dr", "gastro-entérologue", "gastroenterologist", "endo"),
    ],
    'en': [
        ("Rebecca", "Hollis", "Dr.", "anesthésiologiste", "anaesthesiologist", "pac"),
        ("Daniel", "Okafor", "Dr.", "gastro-entérologue", "gastroenterologist", "endo"),
        ("Priya", "Raman", "", "pharmacienne clinicienne", "clinical pharmacist", "pharm"),
        ("Megan", "Taylor", "", "infirmière CPA", "RN, Pre-Anaesthesia Clinic", "pac"),
        ("Tom", "Fraser", "", "commis aux réservations", "booking clerk", "ds"),
        ("Laura", "Wilson", "Dr.", "chirurgienne générale", "general surgeon", "bloc"),
        ("Kevin", "Smith", "", "technicien en pharmacie", "pharmacy technician", "pharm"),
        ("Aisha", "Mendez", "", "gestionnaire CDJ", "nurse manager, Day Surgery", "ds"),
        ("Graham", "Whitfield", "Dr.", "urologue", "urologist", "bloc"),
        ("Olivia", "Chen", "", "infirmière endoscopie", "endoscopy RN", "endo"),
        ("Marcus", "Boyd", "", "superviseur MDRD", "MDRD supervisor", "steril"),
        ("Sarah", "Fournier", "", "pharmacienne", "pharmacist", "pharm"),
        ("Ian", "MacLeod", "Dr.", "anesthésiologiste", "anaesthesiologist", "pac"),
        ("Deborah", "Nguyen", "", "coordonnatrice du bloc", "OR scheduler", "bloc"),
    ],
}

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

STREETS = {
    'fr': ["rue des Pins-Gris", "boul. du Lac-Caché", "rang Saint-Isidore", "rue de la Fabrique-Neuve",
           "av. des Érables-Rouges", "ch. du Coteau-Fleuri", "rue Jolicoeur-Ouest", "montée des Hérons"],
    'en': ["Maple Hollow Cres.", "Riverbend Road", "Larkspur Ave", "Old Mill Lane", "Cedar Knoll Drive",
           "Beaconsfield Terrace", "Harrow Glen Court", "Juniper Row"],
}
CITIES = {
    'fr': [("Val-Brûlé", "QC", "J0X 2K0", "450"), ("Saint-Aurèle-des-Monts", "QC", "J0T 1R0", "819"),
           ("Lac-aux-Hérons", "QC", "J8Z 4B7", "819"), ("Pointe-Verte", "QC", "H9W 7Z9", "514")],
    'en': [("Pembrook Falls", "ON", "K8A 6W3", "613"), ("Pointe-Verte", "QC", "H9X 3L2", "514"),
           ("Arnley Mills", "ON", "K7S 2P4", "613"), ("Kirkwood Bay", "QC", "H9H 5J1", "514")],
}
MAIL_DOMS = ["courrielplus.example", "boitemail.example", "netvoisin.example", "mailbox.example",
             "lavalnet.example", "postecanada-mail.example"]

# synthetic patients without a NAM (other jurisdictions)
ON_NAMES = [("Brenda", "Kowalski", "F"), ("Derek", "Ashworth", "M"), ("Fiona", "McAllister", "F"),
            ("Raj", "Patel", "M"), ("Colleen", "Dunphy", "F"), ("Warren", "Beaulne", "M"),
            ("Janet", "O'Rourke", "F"), ("Trevor", "Lindqvist", "M")]
FR_NAMES = [("Camille", "Vasseur", "F"), ("Thierry", "Lemarchand", "M"), ("Aurélie", "Guillot", "F"),
            ("Bruno", "Chassagne", "M"), ("Sandrine", "Peyrol", "F")]
BE_NAMES = [("Wouter", "Van den Broeck", "M"), ("Els", "Janssens", "F"), ("Géraldine", "Delvaux", "F"),
            ("Pieter", "Claes", "M"), ("Marc", "Wuyts", "M")]
QC_EXTRA = [("Réjean", "Thibodeau", "M"), ("Ginette", "Arsenault", "F"), ("Kevin", "Paradis", "M"),
            ("Lise", "Charbonneau", "F"), ("Hugo", "Vaillancourt", "M"), ("Yvette", "Brisebois", "F")]


def load_nams():
    path = os.path.join(HERE, os.pardir, 'blind_nams.txt')
    out = []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            sur, giv, dob, sex, nam = line.split()
            y, mo, d = (int(x) for x in dob.split('-'))
            out.append(dict(surname=sur, given=giv, dob=datetime.date(y, mo, d), sex=sex, nam=nam))
    return out


# ---------------------------------------------------------------------------
# identifiers
# ---------------------------------------------------------------------------
def gen_sin(rng):
    while True:
        first = rng.choice("1234567")
        body = first + ''.join(rng.choice('0123456789') for _ in range(7))
        num = body + luhn.calc_check_digit(body)
        if ca_sin.is_valid(num):
            return num


def gen_on_hn(rng):
    while True:
        body = rng.choice('123456789') + ''.join(rng.choice('0123456789') for _ in range(8))
        num = body + luhn.calc_check_digit(body)
        if luhn.is_valid(num):
            return num


def gen_niss(rng, dob, sex):
    while True:
        serial = rng.randrange(1, 997)
        if (serial % 2 == 1) != (sex == 'M'):
            serial += 1
        base = dob.strftime('%y%m%d') + '%03d' % serial
        n = int(('2' + base) if dob.year >= 2000 else base)
        num = base + '%02d' % (97 - n % 97)
        if be_nn.is_valid(num):
            return num


def gen_nir(rng, dob, sex):
    while True:
        dept = '%02d' % rng.choice([13, 21, 31, 33, 35, 44, 59, 67, 69, 75, 92])
        base = ('1' if sex == 'M' else '2') + dob.strftime('%y%m') + dept + '%03d' % rng.randrange(1, 990) + \
            '%03d' % rng.randrange(1, 999)
        num = base + fr_nir.calc_check_digits(base)
        if fr_nir.is_valid(num):
            return num


def fmt_nam(nam, style):
    if style == 'spaced':
        return '%s %s %s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'lower':
        return nam.lower()
    if style == 'dashed':
        return '%s-%s-%s' % (nam[:4], nam[4:8], nam[8:])
    if style == 'sp2':
        return '%s %s' % (nam[:4], nam[4:])
    return nam


def fmt_sin(s, style):
    if style == 0:
        return '%s %s %s' % (s[:3], s[3:6], s[6:])
    if style == 1:
        return '%s-%s-%s' % (s[:3], s[3:6], s[6:])
    return s


def fmt_hn(h, style, vc='AB'):
    if style == 0:
        return '%s-%s-%s-%s' % (h[:4], h[4:7], h[7:], vc)
    if style == 1:
        return '%s %s %s' % (h[:4], h[4:7], h[7:])
    return h


def fmt_niss(n, style):
    if style == 0:
        return '%s.%s.%s-%s.%s' % (n[:2], n[2:4], n[4:6], n[6:9], n[9:])
    return n


def fmt_nir(n, style):
    if style == 0:
        return '%s %s %s %s %s %s %s' % (n[0], n[1:3], n[3:5], n[5:7], n[7:10], n[10:13], n[13:])
    return n


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def fmt_date(d, lang, style=0):
    if style == 0:
        return d.isoformat()
    if style == 1:
        if lang == 'fr':
            return '%d %s %d' % (d.day, FR_MONTHS[d.month - 1], d.year)
        return '%s %d, %d' % (EN_MONTHS[d.month - 1], d.day, d.year)
    if style == 2:
        if lang == 'fr':
            return '%s %d %s' % (FR_DAYS[d.weekday()], d.day, FR_MONTHS[d.month - 1])
        return '%s, %s %d' % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1][:3], d.day)
    if style == 3:
        return d.strftime('%d/%m/%Y')
    if style == 4:
        return d.strftime('%d-%b-%Y').upper() if lang == 'en' else d.strftime('%Y/%m/%d')
    return d.isoformat()


def fmt_dob(d, lang, rng):
    s = rng.randrange(5)
    if s == 0:
        return d.isoformat()
    if s == 1:
        return d.strftime('%d/%m/%Y')
    if s == 2:
        return fmt_date(d, lang, 1)
    if s == 3:
        return d.strftime('%Y%m%d')
    return d.strftime('%d-%m-%Y') if lang == 'fr' else d.strftime('%b %d %Y')


def age_at(dob, ref):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


# ---------------------------------------------------------------------------
# documents (reproducible)
# ---------------------------------------------------------------------------
def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>2024-01-01T00:00:00Z\2', txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>2024-01-01T00:00:00Z\2', txt)
                txt = re.sub(r'(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)', r'\g<1>2024-01-01T00:00:00Z\2', txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if name.encode('ascii', 'replace') != name.encode('utf-8', 'replace'):
                zi.flag_bits |= 0x800
            z.writestr(zi, content)
    return out.getvalue()


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words = line.split(' ')
    out, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_pdf(title, lines, author='', meta_title=None, compress=True, subject=''):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(meta_title or title)
    c.setAuthor(author)
    c.setCreator('DocGen 4.2')
    if subject:
        c.setSubject(subject)
    y = 750
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 9.5)
    for raw in lines:
        if raw.startswith('##'):
            c.setFont('Helvetica-Bold', 10.5)
            c.drawString(50, y, raw[2:].strip())
            c.setFont('Helvetica', 9.5)
            y -= 16
            continue
        if '\t' in raw:
            cols = raw.split('\t')
            xs = [50 + i * (510 // max(len(cols), 1)) for i in range(len(cols))]
            for x, col in zip(xs, cols):
                c.drawString(x, y, col[:40])
            y -= 13
        else:
            for piece in _wrap(raw, 100) or ['']:
                c.drawString(50, y, piece)
                y -= 13
                if y < 60:
                    c.showPage()
                    c.setFont('Helvetica', 9.5)
                    y = 750
        if y < 60:
            c.showPage()
            c.setFont('Helvetica', 9.5)
            y = 750
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author='', table_first=False):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)

    def add_table():
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    if table and table_first:
        add_table()
    for p in paragraphs:
        if p.startswith('##'):
            d.add_heading(p[2:].strip(), level=2)
        elif p.startswith('- '):
            d.add_paragraph(p[2:], style='List Bullet')
        else:
            d.add_paragraph(p)
    if table and not table_first:
        add_table()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name[:31]
        first = False
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(width + 2, 8), 60)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=',', eol='\r\n', encoding='utf-8'):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or '\n' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    data = eol.join(out) + eol
    if encoding == 'utf-8-sig':
        return b'\xef\xbb\xbf' + data.encode('utf-8')
    return data.encode(encoding, 'replace')


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    parts, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return '\r\n '.join(parts)


def make_ics(uid, start, end, summary, description='', location='', organizer=None, attendees=(),
             method='REQUEST', tzid='America/Toronto'):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Invented Clinic Calendar//EN", "VERSION:2.0", "METHOD:" + method,
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240101T000000Z",
             "DTSTART;TZID=%s:%s" % (tzid, start.strftime('%Y%m%dT%H%M%S')),
             "DTEND;TZID=%s:%s" % (tzid, end.strftime('%Y%m%dT%H%M%S')),
             "SUMMARY:" + ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + ics_escape(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a[0], a[1]))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ('\r\n'.join(ics_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(fn, given, surname, tel=None, email_=None, adr=None, note=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % (tel[0], tel[1]))
    if email_:
        lines.append("EMAIL;TYPE=INTERNET:" + email_)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada" % adr)
    if note:
        lines.append("NOTE:" + ics_escape(note))
    lines.append("END:VCARD")
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


# ---------------------------------------------------------------------------
# MIME serialisation (hand-built so that transports are fully controlled)
# ---------------------------------------------------------------------------
def enc_header(value, charset='utf-8'):
    try:
        value.encode('ascii')
        return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(charset)
    except (UnicodeEncodeError, LookupError):
        charset = 'utf-8'
    return Header(value, charset, maxlinelen=76).encode()


def enc_addr(pair, charset='utf-8'):
    name, addr = pair
    if not name:
        return addr
    try:
        name.encode('ascii')
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
        except (UnicodeEncodeError, LookupError):
            charset = 'utf-8'
        return formataddr((name, addr), charset=charset)


def mime_param(key, value):
    try:
        value.encode('ascii')
        return '%s="%s"' % (key, value.replace('"', "'"))
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (key, quote(value.encode('utf-8'), safe=''))


def encode_body(data, cte):
    if cte == 'base64':
        return base64.encodebytes(data)
    if cte == 'quoted-printable':
        return quopri.encodestring(data)
    if not data.endswith(b'\n'):
        data += b'\n'
    return data


def text_leaf(text, subtype, charset, cte):
    text = text.replace('\r\n', '\n')
    try:
        data = text.encode(charset)
    except UnicodeEncodeError:
        charset = 'utf-8'
        data = text.encode(charset)
    is_ascii = all(b < 128 for b in data)
    too_long = any(len(l) > 900 for l in data.split(b'\n'))
    if cte == '7bit' and not is_ascii:
        cte = 'quoted-printable'
    if cte in ('7bit', '8bit') and too_long:
        cte = 'quoted-printable'
    if subtype == 'html':
        data = re.sub(rb'charset=("?)utf-8', rb'charset=\g<1>' + charset.encode('ascii'), data, count=1)
    headers = [('Content-Type', 'text/%s; charset="%s"' % (subtype, charset)),
               ('Content-Transfer-Encoding', cte)]
    return dict(headers=headers, body=encode_body(data, cte))


def attach_leaf(filename, ctype, data, cte='base64', inline=False):
    if cte == 'quoted-printable':
        data = data.replace(b'\r\n', b'\n')
    ctype_full = ctype
    if ctype.startswith('text/') and 'charset' not in ctype:
        ctype_full = ctype + '; charset="utf-8"'
    headers = [('Content-Type', '%s; %s' % (ctype_full, mime_param('name', filename))),
               ('Content-Disposition', '%s; %s' % ('inline' if inline else 'attachment',
                                                   mime_param('filename', filename))),
               ('Content-Transfer-Encoding', cte)]
    return dict(headers=headers, body=encode_body(data, cte))


def rfc822_leaf(inner_bytes, filename):
    headers = [('Content-Type', 'message/rfc822'),
               ('Content-Disposition', 'attachment; %s' % mime_param('filename', filename))]
    eightbit = any(b >= 128 for b in inner_bytes)
    headers.append(('Content-Transfer-Encoding', '8bit' if eightbit else '7bit'))
    return dict(headers=headers, body=inner_bytes if inner_bytes.endswith(b'\n') else inner_bytes + b'\n')


def multipart(subtype, children, boundary):
    return dict(headers=[('Content-Type', 'multipart/%s; boundary="%s"' % (subtype, boundary))],
                children=children, boundary=boundary)


def serialize(part, top_headers=None):
    out = []
    for k, v in (top_headers or []) + part['headers']:
        out.append(('%s: %s\n' % (k, v)).encode('ascii'))
    out.append(b'\n')
    if 'children' in part:
        b = part['boundary'].encode('ascii')
        if top_headers:
            out.append(b'This is a multi-part message in MIME format.\n\n')
        for ch in part['children']:
            out.append(b'--' + b + b'\n')
            out.append(serialize(ch))
            if not out[-1].endswith(b'\n'):
                out.append(b'\n')
        out.append(b'--' + b + b'--\n')
    else:
        out.append(part['body'])
    return b''.join(out)


# ---------------------------------------------------------------------------
# text -> html
# ---------------------------------------------------------------------------
def _inline(s, entities):
    s = html.escape(s, quote=False)
    if entities:
        s = ''.join('&%s;' % html.entities.codepoint2name[ord(ch)]
                    if ord(ch) > 127 and ord(ch) in html.entities.codepoint2name else ch for ch in s)
    s = re.sub(r'\*\*(.+?)\*\*', r'<b>\1</b>', s)
    return s


def text_to_html(text, lang, entities=False, font='Calibri'):
    lines = text.split('\n')
    out = ['<html>', '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
           '<style>body{font-family:%s,Arial,sans-serif;font-size:11pt} td,th{border:1px solid #999;'
           'padding:2px 6px} table{border-collapse:collapse}</style></head>' % font,
           '<body lang="%s">' % ('fr-CA' if lang == 'fr' else 'en-CA')]
    i = 0
    para = []

    def flush():
        if para:
            out.append('<p>' + '<br>\n'.join(_inline(p, entities) for p in para) + '</p>')
            para.clear()
    while i < len(lines):
        ln = lines[i]
        if ln.startswith('>'):
            flush()
            block = []
            while i < len(lines) and lines[i].startswith('>'):
                block.append(lines[i][1:].lstrip(' ') if lines[i].startswith('> ') else lines[i][1:])
                i += 1
            inner = text_to_html('\n'.join(block), lang, entities)
            inner = inner.split('<body', 1)[1].split('>', 1)[1].rsplit('</body>', 1)[0]
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:2px solid #ccc;padding-left:1ex">'
                       + inner + '</blockquote>')
            continue
        if ' | ' in ln:
            flush()
            out.append('<table>')
            first = True
            while i < len(lines) and ' | ' in lines[i]:
                cells = [c.strip() for c in lines[i].split(' | ')]
                tag = 'th' if first else 'td'
                out.append('<tr>' + ''.join('<%s>%s</%s>' % (tag, _inline(c, entities), tag) for c in cells) + '</tr>')
                first = False
                i += 1
            out.append('</table>')
            continue
        if ln.startswith('- ') or ln.startswith('* '):
            flush()
            out.append('<ul>')
            while i < len(lines) and (lines[i].startswith('- ') or lines[i].startswith('* ')):
                out.append('<li>' + _inline(lines[i][2:], entities) + '</li>')
                i += 1
            out.append('</ul>')
            continue
        if ln.strip() == '':
            flush()
        elif ln.strip() == '--':
            flush()
            out.append('<div style="color:#555;font-size:9pt">--</div>')
        else:
            para.append(ln)
        i += 1
    flush()
    out += ['</body>', '</html>']
    return '\n'.join(out) + '\n'


# ---------------------------------------------------------------------------
# mail object
# ---------------------------------------------------------------------------
class Mail:
    def __init__(self, lang, category):
        self.lang = lang
        self.category = category
        self.subject = ''
        self.sender = None
        self.to = []
        self.cc = []
        self.text = ''
        self.html = None
        self.attachments = []   # dict(name, ctype, data, kind)
        self.types = set()
        self.note = ''
        self.style = None       # 'plain' | 'html' | 'alt'
        self.date = None
        self.in_reply_to = None
        self.extra = []
        self.html_entities = False

    def attach(self, name, ctype, data, kind='bin'):
        self.attachments.append(dict(name=name, ctype=ctype, data=data, kind=kind))


# ---------------------------------------------------------------------------
# generation context
# ---------------------------------------------------------------------------
DISCLAIMER = {
    'fr': ("AVIS DE CONFIDENTIALITÉ : Ce message et ses pièces jointes peuvent contenir des renseignements "
           "confidentiels. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le détruire."),
    'en': ("CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information. "
           "If you received it in error, please notify the sender and delete it."),
}


def ascii_fold(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode('ascii').lower()
    return re.sub(r"[^a-z0-9]", '', s)


class G:
    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.nams = load_nams()
        order = list(range(len(self.nams)))
        self.rng.shuffle(order)
        self.nam_order = order
        self.nam_pos = 0
        self.mrns = set()
        self.counter = 0
        self.extra_pos = {'on': 0, 'fr': 0, 'be': 0, 'qc': 0}

    # -- helpers
    def pick(self, seq):
        return seq[self.rng.randrange(len(seq))]

    def chance(self, p):
        return self.rng.random() < p

    def site(self, lang):
        return self.pick(SITES[lang])

    def staff(self, lang, unit=None, exclude=()):
        pool = [s for s in STAFF[lang] if (unit is None or s[5] == unit) and s not in exclude]
        if not pool:
            pool = [s for s in STAFF[lang] if s not in exclude]
        return self.pick(pool)

    def staff_addr(self, s, site):
        return '%s.%s@%s' % (ascii_fold(s[0]), ascii_fold(s[1]), site['dom'])

    def staff_name(self, s, with_title=True):
        return ('%s %s %s' % (s[2], s[0], s[1])).strip() if with_title and s[2] else '%s %s' % (s[0], s[1])

    def staff_pair(self, s, site):
        return ('%s %s' % (s[0], s[1]), self.staff_addr(s, site))

    def unit_addr(self, lang, unit, site):
        local = {'ds': 'cdj' if lang == 'fr' else 'daysurgery', 'endo': 'endoscopie' if lang == 'fr' else 'endoscopy',
                 'pac': 'cpa' if lang == 'fr' else 'preop', 'pharm': 'pharmacie' if lang == 'fr' else 'pharmacy',
                 'bloc': 'bloc' if lang == 'fr' else 'or.booking', 'steril': 'urdm' if lang == 'fr' else 'mdrd'}[unit]
        return (UNITS[lang][unit], '%s@%s' % (local, site['dom']))

    def sig(self, s, site, lang, disclaimer=None, short=None):
        if short is None:
            short = self.chance(0.25)
        if short:
            return '\n\n' + self.pick(['%s' % s[0], '%s %s' % (s[0], s[1]), s[0][0] + '.' + s[1][0] + '.'])
        role = s[3] if lang == 'fr' else s[4]
        ext = self.rng.randrange(2000, 7999)
        lines = ['', '', '--', '%s%s' % (self.staff_name(s), ', ' + role if role else ''),
                 UNITS[lang][s[5]], '%s%s%s' % (site['name'], self.pick([' – ', ' / ', ', ', ' · ']), site['org'])]
        lines.append(('Tél. : %s, poste %d' if lang == 'fr' else 'Tel: %s ext. %d') % (site['phone'], ext))
        if self.chance(0.3):
            lines.append(('Téléc. : %s' if lang == 'fr' else 'Fax: %s') % site['phone'][:-2] + '%02d' % self.rng.randrange(10, 99))
        if disclaimer is None:
            disclaimer = self.chance(0.35)
        if disclaimer:
            lines += ['', DISCLAIMER[lang]]
        return '\n'.join(lines)

    def greet(self, lang, name=None):
        if lang == 'fr':
            g = self.pick(['Bonjour', 'Bonjour', 'Allo', 'Bon matin', 'Salut'])
        else:
            g = self.pick(['Hi', 'Hello', 'Good morning', 'Hi all', 'Dear'])
        if name:
            return '%s %s,' % (g, name)
        return g + ','

    def thanks(self, lang):
        if lang == 'fr':
            return self.pick(['Merci!', 'Merci beaucoup,', 'Bonne journée,', 'Cordialement,', 'Merci et bonne fin de journée'])
        return self.pick(['Thanks,', 'Thank you,', 'Best,', 'Regards,', 'Cheers,', 'Many thanks'])

    def mail_date(self):
        d = datetime.datetime(2025, 1, 6, 7, 0) + datetime.timedelta(
            days=self.rng.randrange(0, 300), minutes=self.rng.randrange(0, 11 * 60))
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        tz = TZ_EDT if 3 <= d.month <= 10 else TZ_EST
        return d.replace(tzinfo=tz)

    def future(self, base, lo=3, hi=40):
        d = (base + datetime.timedelta(days=self.rng.randrange(lo, hi))).date()
        while d.weekday() >= 5:
            d += datetime.timedelta(days=1)
        return d

    def phone(self, area):
        return '%s-555-%04d' % (area, self.rng.randrange(100, 9999))

    def phone_fmt(self, p):
        a, b, c = p.split('-')
        return self.pick(['(%s) %s-%s' % (a, b, c), '%s %s-%s' % (a, b, c), '%s-%s-%s' % (a, b, c),
                          '%s.%s.%s' % (a, b, c)])

    def new_mrn(self, prefix=''):
        while True:
            n = self.rng.randrange(100000, 9999999)
            if n not in self.mrns:
                self.mrns.add(n)
                return n

    def fmt_mrn(self, n, lang):
        s = self.rng.randrange(7)
        if s == 0:
            return ('dossier %07d' if lang == 'fr' else 'MRN %07d') % n
        if s == 1:
            return ('no dossier : %d' if lang == 'fr' else 'chart # %d') % n
        if s == 2:
            return ('# dossier %s-%s' if lang == 'fr' else 'MRN: %s-%s') % (str(n)[:-4], str(n)[-4:])
        if s == 3:
            return ('Dossier H%07d' if lang == 'fr' else 'Hosp# H%07d') % n
        if s == 4:
            return ('doss. %d' if lang == 'fr' else 'MRN%d') % n
        if s == 5:
            return ('N° de dossier %07d' if lang == 'fr' else 'Chart No. %07d') % n
        return ('dos #%d' if lang == 'fr' else 'med rec #%d') % n

    def _address(self, lang):
        city, prov, pc, area = self.pick(CITIES[lang])
        num = self.rng.randrange(12, 4890)
        street = self.pick(STREETS[lang])
        apt = ''
        if self.chance(0.3):
            apt = ('app. %d' if lang == 'fr' else 'Apt %d') % self.rng.randrange(1, 420)
        return dict(num=num, street=street, apt=apt, city=city, prov=prov, pc=pc, area=area)

    def _finish(self, p, lang):
        p['mrn'] = self.new_mrn()
        a = self._address(lang)
        p['addr'] = a
        p['phone'] = self.phone(a['area'])
        loc = ascii_fold(p['given'])
        sur = ascii_fold(p['surname'])
        p['email'] = self.pick(['%s.%s%d', '%s%s%d', '%s_%s%d']) % (loc, sur, self.rng.randrange(1, 99)) \
            + '@' + self.pick(MAIL_DOMS)
        p['lang'] = lang
        return p

    def patient(self, lang='fr', min_age=18):
        """A Quebec patient with a NAM from blind_nams.txt (adults by default)."""
        n = len(self.nam_order)
        for k in range(n):
            rec = dict(self.nams[self.nam_order[(self.nam_pos + k) % n]])
            if age_at(rec['dob'], datetime.date(2025, 6, 1)) >= min_age:
                break
        self.nam_pos += k + 1
        return self._finish(rec, lang)

    def patient_other(self, kind, lang):
        pool = {'on': ON_NAMES, 'fr': FR_NAMES, 'be': BE_NAMES, 'qc': QC_EXTRA}[kind]
        given, sur, sex = pool[self.extra_pos[kind] % len(pool)]
        self.extra_pos[kind] += 1
        dob = datetime.date(self.rng.randrange(1940, 2004), self.rng.randrange(1, 13), self.rng.randrange(1, 29))
        p = dict(surname=sur, given=given, sex=sex, dob=dob, nam=None)
        if kind == 'on':
            p['hn'] = gen_on_hn(self.rng)
            p['vc'] = self.pick(['AB', 'KT', 'XR', 'MN', 'ZL'])
        elif kind == 'fr':
            p['nir'] = gen_nir(self.rng, dob, sex)
        elif kind == 'be':
            p['niss'] = gen_niss(self.rng, dob, sex)
        p = self._finish(p, lang)
        if kind == 'on':
            p['addr'] = dict(self._address('en'), prov='ON')
            p['addr']['city'], p['addr']['pc'], p['addr']['area'] = self.pick(
                [("Pembrook Falls", "K8A 6W3", "613"), ("Arnley Mills", "K7S 2P4", "613")])
        return p

    # person formatting
    def pname(self, p, lang, style=None):
        s = self.rng.randrange(8) if style is None else style
        honor = ('Mme' if p['sex'] == 'F' else 'M.') if lang == 'fr' else ('Ms.' if p['sex'] == 'F' else 'Mr.')
        if s == 0:
            return '%s %s' % (p['given'], p['surname'])
        if s == 1:
            return '%s %s %s' % (honor, p['given'], p['surname'])
        if s == 2:
            return '%s, %s' % (p['surname'].upper(), p['given'])
        if s == 3:
            return '%s %s' % (honor, p['surname'])
        if s == 4:
            return '%s %s' % (p['surname'], p['given'])
        if s == 5:
            return '%s, %s' % (p['surname'], p['given'])
        if s == 6:
            return '%s %s' % (p['given'].lower(), p['surname'].lower())
        return '%s. %s' % (p['given'][0], p['surname'])

    def addr_line(self, p, lang):
        a = p['addr']
        apt = (', ' + a['apt']) if a['apt'] else ''
        if lang == 'fr':
            return '%d, %s%s, %s (%s) %s' % (a['num'], a['street'], apt, a['city'],
                                             'Québec' if a['prov'] == 'QC' else 'Ontario', a['pc'])
        return '%d %s%s, %s, %s %s' % (a['num'], a['street'], apt, a['city'], a['prov'], a['pc'])

    def msgid(self, dom):
        self.counter += 1
        h = hashlib.sha1(('%d-%d' % (self.counter, self.rng.randrange(1 << 30))).encode()).hexdigest()
        return '<%s.%s@%s>' % (h[:16], h[16:24], dom.split('@')[-1])

    def boundary(self):
        return '----=_Part_%d_%08x.%d' % (self.rng.randrange(1000, 99999), self.rng.randrange(1 << 32),
                                           self.rng.randrange(10 ** 12, 10 ** 13))


# ---------------------------------------------------------------------------
# rendering one Mail to bytes
# ---------------------------------------------------------------------------
MAILERS = ["Microsoft Outlook 16.0", "Microsoft Exchange Server", "Mozilla Thunderbird 115.8",
           "Apple Mail (2.3774)", "Zimbra 9.0 (ZimbraWebClient)", "Roundcube Webmail/1.6.5"]


def render(m, g, eol=None, charset=None, cte=None, style=None, nested=False):
    rng = g.rng
    if charset is None:
        charset = rng.choice(['utf-8', 'utf-8', 'iso-8859-1', 'windows-1252'])
    if cte is None:
        cte = rng.choice(['quoted-printable', 'quoted-printable', 'base64', '8bit', '7bit'])
    if eol is None:
        eol = rng.choice(['\r\n', '\n'])
    style = style or m.style or rng.choice(['plain', 'plain', 'alt', 'alt', 'html'])
    text = m.text
    html_body = m.html
    if style in ('alt', 'html') and html_body is None:
        html_body = text_to_html(text, m.lang, entities=m.html_entities,
                                 font=rng.choice(['Calibri', 'Aptos', 'Segoe UI', 'Verdana']))
    if style == 'plain' or html_body is None:
        body = text_leaf(text, 'plain', charset, cte)
    elif style == 'html':
        body = text_leaf(html_body, 'html', charset, cte)
    else:
        body = multipart('alternative', [text_leaf(text, 'plain', charset, cte),
                                         text_leaf(html_body, 'html', charset, cte)], g.boundary())
    if m.attachments:
        kids = [body]
        for a in m.attachments:
            if a['kind'] == 'eml':
                kids.append(rfc822_leaf(a['data'], a['name']))
            elif a['kind'] == 'text':
                kids.append(attach_leaf(a['name'], a['ctype'], a['data'],
                                        cte=rng.choice(['base64', 'quoted-printable', 'base64'])))
            else:
                kids.append(attach_leaf(a['name'], a['ctype'], a['data'], cte='base64'))
        body = multipart('mixed', kids, g.boundary())
    hdrs = []
    hdrs.append(('From', enc_addr(m.sender, charset)))
    hdrs.append(('To', ', '.join(enc_addr(t, charset) for t in m.to)))
    if m.cc:
        hdrs.append(('Cc', ', '.join(enc_addr(t, charset) for t in m.cc)))
    hdrs.append(('Subject', enc_header(m.subject, charset)))
    hdrs.append(('Date', format_datetime(m.date)))
    mid = g.msgid(m.sender[1])
    hdrs.append(('Message-ID', mid))
    if m.in_reply_to:
        hdrs.append(('In-Reply-To', m.in_reply_to))
        hdrs.append(('References', m.in_reply_to))
    hdrs.append(('MIME-Version', '1.0'))
    if not nested:
        hdrs.append(('X-Mailer', rng.choice(MAILERS)))
        hdrs.append(('Content-Language', 'fr-CA' if m.lang == 'fr' else 'en-CA'))
    for k, v in m.extra:
        hdrs.append((k, enc_header(v, charset)))
    data = serialize(body, hdrs)
    if eol == '\r\n':
        data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data


def inner_eml(g, m):
    """Serialise a Mail for embedding as message/rfc822 (always LF, caller converts)."""
    return render(m, g, eol='\n', nested=True)


# ---------------------------------------------------------------------------
# clinical vocabulary (fr, en)
# ---------------------------------------------------------------------------
# (procedure fr, procedure en, indication fr, indication en, surgeon unit)
DS_PROCS = [
    ("cholécystectomie laparoscopique", "laparoscopic cholecystectomy",
     "cholélithiase symptomatique", "symptomatic cholelithiasis"),
    ("cure de hernie inguinale droite", "right inguinal hernia repair",
     "hernie inguinale droite réductible", "reducible right inguinal hernia"),
    ("arthroscopie du genou gauche", "left knee arthroscopy",
     "déchirure du ménisque interne", "medial meniscus tear"),
    ("libération du canal carpien D", "right carpal tunnel release",
     "syndrome du tunnel carpien sévère", "severe carpal tunnel syndrome"),
    ("hystéroscopie opératoire", "operative hysteroscopy",
     "saignements post-ménopausiques, polype endométrial", "postmenopausal bleeding, endometrial polyp"),
    ("cystoscopie + RTUV", "cystoscopy + TURBT",
     "tumeur vésicale (hématurie macroscopique)", "bladder tumour (gross hematuria)"),
    ("exérèse de lésion cutanée dorsale", "excision of back skin lesion",
     "mélanome suspecté", "suspected melanoma"),
    ("phacoémulsification OD", "right eye phacoemulsification",
     "cataracte sénile OD", "age-related cataract, right eye"),
]
ENDO_PROCS = [
    ("coloscopie", "colonoscopy", "FIT positif (dépistage PQDCCR)", "positive FIT (screening program)"),
    ("coloscopie", "colonoscopy", "rectorragies intermittentes", "intermittent rectal bleeding"),
    ("coloscopie", "colonoscopy", "anémie ferriprive à investiguer", "iron-deficiency anemia work-up"),
    ("coloscopie de surveillance", "surveillance colonoscopy", "ATCD d'adénomes multiples",
     "history of multiple adenomas"),
    ("coloscopie", "colonoscopy", "colite ulcéreuse — évaluation de l'activité", "ulcerative colitis, activity assessment"),
    ("gastroscopie (OGD)", "gastroscopy (EGD)", "dysphagie progressive aux solides", "progressive dysphagia to solids"),
    ("gastroscopie", "gastroscopy", "surveillance d'un œsophage de Barrett", "Barrett's oesophagus surveillance"),
    ("CPRE", "ERCP", "cholédocholithiase", "choledocholithiasis"),
]
COMORB = [
    ("diabète type 2 sous insuline", "type 2 diabetes on insulin"),
    ("apnée obstructive du sommeil (CPAP)", "obstructive sleep apnea on CPAP"),
    ("fibrillation auriculaire", "atrial fibrillation"),
    ("MPOC modérée", "moderate COPD"),
    ("IRC stade 3b", "CKD stage 3b"),
    ("obésité morbide (IMC 43)", "morbid obesity (BMI 43)"),
    ("ATCD familial d'hyperthermie maligne", "family history of malignant hyperthermia"),
    ("sténose aortique modérée", "moderate aortic stenosis"),
    ("trouble lié à l'usage des opioïdes (méthadone)", "opioid use disorder on methadone"),
    ("épilepsie", "epilepsy"),
    ("insuffisance cardiaque FEVG 30 %", "heart failure, LVEF 30%"),
    ("dépression majeure", "major depression"),
]
ANTICOAG = [
    ("apixaban 5 mg BID", "apixaban 5 mg BID"), ("rivaroxaban 20 mg DIE", "rivaroxaban 20 mg daily"),
    ("warfarine 4 mg DIE (INR cible 2-3)", "warfarin 4 mg daily (target INR 2-3)"),
    ("clopidogrel 75 mg DIE", "clopidogrel 75 mg daily"), ("dabigatran 150 mg BID", "dabigatran 150 mg BID"),
]
DIAB_MEDS = [
    ("metformine 1000 mg BID", "metformin 1000 mg BID"),
    ("insuline glargine 32 U au coucher", "insulin glargine 32 units at bedtime"),
    ("empagliflozine 10 mg DIE", "empagliflozin 10 mg daily"),
    ("sémaglutide 1 mg SC hebdo", "semaglutide 1 mg SC weekly"),
    ("gliclazide MR 60 mg DIE", "gliclazide MR 60 mg daily"),
]
# (drug A fr/en, drug B, effect fr, effect en, action fr, action en)
INTERACTIONS = [
    ("warfarine", "amiodarone", "augmentation de l'INR (inhibition CYP2C9)", "INR rise (CYP2C9 inhibition)",
     "réduire la dose de warfarine de 30 % et INR dans 5 jours", "reduce warfarin dose by 30% and repeat INR in 5 days"),
    ("méthadone", "ondansétron", "allongement du QTc", "QTc prolongation",
     "ECG préop et privilégier la dexaméthasone", "pre-op ECG and prefer dexamethasone"),
    ("linézolide", "sertraline", "risque de syndrome sérotoninergique", "risk of serotonin syndrome",
     "surveillance étroite ou changer d'antibiotique", "close monitoring or switch antibiotic"),
    ("simvastatine", "clarithromycine", "risque de rhabdomyolyse", "rhabdomyolysis risk",
     "suspendre la simvastatine pendant le traitement", "hold simvastatin during the course"),
    ("clopidogrel", "oméprazole", "diminution de l'effet antiplaquettaire", "reduced antiplatelet effect",
     "remplacer par pantoprazole", "switch to pantoprazole"),
    ("tramadol", "citalopram", "syndrome sérotoninergique / seuil convulsif", "serotonin syndrome / seizure threshold",
     "analgésie alternative (hydromorphone faible dose)", "alternative analgesia (low-dose hydromorphone)"),
    ("apixaban", "carbamazépine", "baisse des concentrations d'apixaban", "reduced apixaban levels",
     "discuter avec l'hématologie", "discuss with haematology"),
]
SHORTAGES = [
    ("PEG-3350 avec électrolytes 4 L (Colyte)", "PEG-3350 with electrolytes 4 L (Colyte)",
     "picosulfate de sodium / citrate de magnésium (Pico-Salax)", "sodium picosulfate / magnesium citrate (Pico-Salax)"),
    ("propofol 1 % fiole 50 mL", "propofol 1% 50 mL vial", "propofol 1 % fiole 100 mL", "propofol 1% 100 mL vial"),
    ("céfazoline 2 g fiole", "cefazolin 2 g vial", "céfazoline 1 g × 2", "cefazolin 1 g x 2"),
    ("bupivacaïne hyperbare 0,75 %", "hyperbaric bupivacaine 0.75%", "chloroprocaïne 1 %", "chloroprocaine 1%"),
    ("ondansétron 4 mg/2 mL inj.", "ondansetron 4 mg/2 mL inj.", "granisétron 1 mg inj.", "granisetron 1 mg inj."),
    ("succinylcholine 20 mg/mL", "succinylcholine 20 mg/mL", "rocuronium + sugammadex", "rocuronium + sugammadex"),
]
PATHO = [
    ("Adénome tubulaire avec dysplasie de bas grade, 7 mm, côlon sigmoïde", "Tubular adenoma with low-grade dysplasia, 7 mm, sigmoid colon", "3 ans", "3 years"),
    ("Lésion festonnée sessile sans dysplasie, côlon ascendant, 12 mm", "Sessile serrated lesion without dysplasia, ascending colon, 12 mm", "3 ans", "3 years"),
    ("Adénocarcinome invasif modérément différencié, rectum à 12 cm", "Invasive moderately differentiated adenocarcinoma, rectum at 12 cm", "référence en oncologie", "oncology referral"),
    ("Polype hyperplasique, rectum, 4 mm", "Hyperplastic polyp, rectum, 4 mm", "10 ans", "10 years"),
    ("Muqueuse de Barrett sans dysplasie", "Barrett's mucosa without dysplasia", "3 à 5 ans", "3 to 5 years"),
    ("Gastrite chronique active à Helicobacter pylori", "Chronic active gastritis, Helicobacter pylori positive", "traitement d'éradication", "eradication therapy"),
    ("Colite microscopique de type lymphocytaire", "Lymphocytic microscopic colitis", "suivi en clinique", "clinic follow-up"),
    ("Adénome villeux avec dysplasie de haut grade, 25 mm, caecum", "Villous adenoma with high-grade dysplasia, 25 mm, caecum", "6 mois", "6 months"),
]
ALLERGIES = [("pénicilline (urticaire)", "penicillin (hives)"), ("latex (anaphylaxie)", "latex (anaphylaxis)"),
             ("sulfamidés", "sulfa drugs"), ("morphine (prurit sévère)", "morphine (severe pruritus)"),
             ("chlorhexidine (réaction cutanée)", "chlorhexidine (skin reaction)"),
             ("rocuronium (anaphylaxie peropératoire 2019)", "rocuronium (intra-op anaphylaxis 2019)")]
SOCIAL = [
    ("vit seule, aucun accompagnateur disponible pour le retour", "lives alone, no escort available for discharge"),
    ("en situation d'itinérance, hébergé au refuge Le Phare", "currently homeless, staying at the Lighthouse shelter"),
    ("proche aidante de son conjoint atteint d'Alzheimer", "primary caregiver for spouse with Alzheimer's"),
    ("sous curatelle publique; consentement par le curateur", "under public curatorship; consent through the curator"),
    ("interprète en arabe requis (ne parle ni français ni anglais)", "Arabic interpreter required (speaks neither French nor English)"),
    ("consommation d'alcool quotidienne (6-8 consommations/jour)", "daily alcohol use (6-8 drinks/day)"),
    ("transport adapté requis (fauteuil roulant)", "paratransit required (wheelchair)"),
    ("travaille de nuit; demande un rendez-vous en après-midi", "works nights; asks for an afternoon slot"),
]
LABS = [
    ("Hb", "g/L", (78, 98), (120, 160)), ("INR", "", (2.8, 4.6), (0.9, 1.1)), ("K+", "mmol/L", (5.6, 6.2), (3.5, 5.0)),
    ("Créat" , "µmol/L", (145, 230), (50, 100)), ("HbA1c", "%", (8.6, 11.2), (4.0, 6.0)),
    ("Plaquettes", "x10^9/L", (55, 95), (150, 400)), ("Glycémie", "mmol/L", (12.1, 19.8), (4.0, 7.0)),
    ("DFGe", "mL/min/1,73m2", (22, 38), (60, 120)),
]
LAB_EN = {"Créat": "Creatinine", "Plaquettes": "Platelets", "Glycémie": "Glucose", "DFGe": "eGFR"}


def lab_value(g, idx, lang):
    name, unit, (lo, hi), _ = LABS[idx]
    if isinstance(lo, float) or isinstance(hi, float):
        v = round(g.rng.uniform(lo, hi), 1)
        vs = ('%.1f' % v).replace('.', ',') if lang == 'fr' and g.chance(0.6) else '%.1f' % v
    else:
        vs = str(g.rng.randrange(lo, hi))
    nm = name if lang == 'fr' else LAB_EN.get(name, name)
    if lang == 'en':
        unit = unit.replace(',', '.')
    return nm, vs, unit


# ---------------------------------------------------------------------------
# POSITIVE templates — each returns a Mail; lang given, v = instance 0..3
# ---------------------------------------------------------------------------
def L(lang, fr, en):
    return fr if lang == 'fr' else en


def base(g, lang, cat, unit='ds', site=None):
    m = Mail(lang, cat)
    site = site or g.site(lang)
    s = g.staff(lang, unit)
    m.sender = g.staff_pair(s, site)
    m.date = g.mail_date()
    return m, site, s


def hhmm(g, lang, lo=7, hi=15):
    h = g.rng.randrange(lo, hi)
    mi = g.pick([0, 15, 30, 45])
    return ('%d h %02d' % (h, mi)) if lang == 'fr' else ('%d:%02d' % (h, mi))


def p_booking_confirm(g, lang, v):
    m, site, s = base(g, lang, 'booking_confirm', 'ds')
    p = g.patient(lang)
    proc = g.pick(DS_PROCS)
    surg = g.staff(lang, 'bloc')
    d = g.future(m.date)
    t = hhmm(g, lang, 6, 12)
    pi = 0 if lang == 'fr' else 1
    if v < 2:
        m.to = [('%s %s' % (p['given'], p['surname']), p['email'])]
        honor = L(lang, 'Mme' if p['sex'] == 'F' else 'M.', 'Ms.' if p['sex'] == 'F' else 'Mr.')
        m.subject = L(lang, 'Confirmation de votre chirurgie – %s' % fmt_date(d, lang, 1),
                      'Your surgery date - %s' % fmt_date(d, lang, 1))
        phone = g.phone_fmt(p['phone'])
        body = [g.greet(lang, '%s %s' % (honor, p['surname'])), '']
        if lang == 'fr':
            body += ["Nous confirmons votre chirurgie d'un jour le %s à %s (arrivée 1 h 30 avant)." % (fmt_date(d, lang, 2), t),
                     "Intervention : %s — %s (%s)." % (proc[0], proc[2], g.staff_name(surg)),
                     "", "Consignes :", "- À jeun (rien à manger) à partir de minuit; liquides clairs permis jusqu'à 2 h avant l'arrivée",
                     "- Apportez votre carte d'assurance maladie et vos médicaments dans leurs contenants",
                     "- Un adulte doit vous raccompagner à la maison",
                     "", "Une infirmière vous appellera la veille au %s pour confirmer l'heure." % phone,
                     "Votre numéro de dossier : %07d" % p['mrn']]
        else:
            body += ["This confirms your day surgery on %s at %s (please arrive 90 minutes early)." % (fmt_date(d, lang, 2), t),
                     "Procedure: %s for %s, with %s." % (proc[1], proc[3], g.staff_name(surg)),
                     "", "Instructions:", "- Nothing to eat after midnight; clear fluids allowed until 2 hours before arrival",
                     "- Bring your health card and all your medications in their original containers",
                     "- An adult must drive you home",
                     "", "A nurse will call you the day before at %s to confirm the time." % phone,
                     "Your hospital chart number: %07d" % p['mrn']]
        m.text = '\n'.join(body) + g.sig(s, site, lang)
        m.types.update(['patient_name', 'diagnosis', 'patient_contact', 'mrn'])
        if v == 1:
            start = datetime.datetime.combine(d, datetime.time(7, 0))
            m.attach('chirurgie_%s.ics' % d.strftime('%Y%m%d') if lang == 'fr' else 'surgery_%s.ics' % d.strftime('%Y%m%d'),
                     'text/calendar; method=REQUEST',
                     make_ics('ds-%d@%s' % (p['mrn'], site['dom']), start, start + datetime.timedelta(hours=5),
                              L(lang, 'Chirurgie d\'un jour - %s' % proc[0], 'Day surgery - %s' % proc[1]),
                              description=L(lang, 'Patient: %s %s' % (p['given'], p['surname']),
                                            'Patient: %s %s - %s' % (p['given'], p['surname'], proc[3])),
                              location=site['name']), kind='text')
        m.note = 'booking confirmation sent to patient'
    else:
        co = g.staff(lang, 'bloc')
        m.to = [g.staff_pair(co, site)]
        m.subject = L(lang, g.pick(['Ajout au programme du %s', 'Ajout CDJ %s', 'ajout urgent - %s']) % fmt_date(d, lang, 3),
                      g.pick(['Add-on for %s list', 'DS add-on %s', 'Please add - %s']) % fmt_date(d, lang, 2))
        nam = fmt_nam(p['nam'], g.pick(['plain', 'spaced', 'lower']))
        dob = fmt_dob(p['dob'], lang, g.rng)
        if lang == 'fr':
            txt = [g.greet(lang, co[0]), '',
                   "Peux-tu ajouter ce cas au programme de %s, salle %d?" % (g.staff_name(surg), g.rng.randrange(1, 9)),
                   "", "%s  DDN %s  NAM %s" % (g.pname(p, lang, 2), dob, nam),
                   "Interv. : %s" % proc[0], "Dx : %s" % proc[2], "ASA %d, durée prévue %d min" % (g.rng.randrange(1, 4), g.pick([45, 60, 90])),
                   "", "Déjà vu(e) à la CPA la semaine passée.", g.thanks(lang)]
        else:
            txt = [g.greet(lang, co[0]), '',
                   "Could you add this one to %s's list, OR %d?" % (g.staff_name(surg), g.rng.randrange(1, 9)),
                   "", "%s  DOB %s  RAMQ %s" % (g.pname(p, lang, 2), dob, nam),
                   "Proc: %s" % proc[1], "Dx: %s" % proc[3], "ASA %d, est. %d min" % (g.rng.randrange(1, 4), g.pick([45, 60, 90])),
                   "", "Seen in PAC last week, chart is complete.", g.thanks(lang)]
        m.text = '\n'.join(txt) + g.sig(s, site, lang)
        m.types.update(['patient_name', 'date_of_birth', 'ramq_nam', 'diagnosis'])
        m.note = 'internal OR add-on request with NAM'
    return m


def p_cancellation(g, lang, v):
    m, site, s = base(g, lang, 'cancellation', g.pick(['ds', 'endo']))
    p = g.patient(lang)
    d = g.future(m.date, 1, 10)
    reasons = [("INR à 3,4 le matin même (warfarine non cessée)", "INR 3.4 on the morning of surgery (warfarin not held)", ['lab_result', 'medication']),
               ("IVRS avec fièvre 38,6", "URTI with fever 38.6", ['diagnosis']),
               ("préparation colique inadéquate (selles solides)", "inadequate bowel prep (solid stool)", []),
               ("glycémie à 21 mmol/L à l'admission", "glucose 21 mmol/L on admission", ['lab_result']),
               ("patient a pris son sémaglutide hier (risque d'aspiration)", "patient took semaglutide yesterday (aspiration risk)", ['medication']),
               ("aucun accompagnateur pour le retour, vit seul", "no escort home, lives alone", ['social_information'])]
    r = reasons[(v + g.rng.randrange(6)) % 6]
    proc = g.pick(ENDO_PROCS if s[5] == 'endo' else DS_PROCS)
    m.to = [g.unit_addr(lang, 'bloc', site), g.unit_addr(lang, 'pac', site)] if v % 2 else [g.unit_addr(lang, 'bloc', site)]
    name = g.pname(p, lang)
    if v >= 2:
        # subject carries the identity; body is terse
        m.subject = L(lang, 'ANNULATION %s - %s (%s)' % (fmt_date(d, lang, 3), name, proc[0]),
                      'Cancelled %s - %s - %s' % (fmt_date(d, lang, 0), name, proc[1]))
        m.text = '\n'.join([L(lang, 'Annulé ce matin.', 'Cancelled this morning.'),
                            L(lang, 'Dx : ', 'Dx: ') + L(lang, proc[2], proc[3]),
                            L(lang, 'Raison : ', 'Reason: ') + L(lang, r[0], r[1]),
                            L(lang, 'À reprogrammer dans 2-3 sem. svp.', 'Please rebook in 2-3 weeks.')]) + g.sig(s, site, lang, short=True)
        m.types.update(['patient_name', 'diagnosis'] + r[2])
    else:
        m.subject = L(lang, 'Annulation - chirurgie du %s' % fmt_date(d, lang, 1), 'Cancellation for %s' % fmt_date(d, lang, 1))
        mrn = g.fmt_mrn(p['mrn'], lang)
        if lang == 'fr':
            txt = [g.greet(lang), '', "Annulation pour %s (%s), prévu(e) pour %s — %s." % (name, mrn, proc[0], proc[2]),
                   "Raison : %s." % r[0], "", "La patiente a été avisée par téléphone. Merci de libérer la plage et de la remettre sur la liste d'attente prioritaire.",
                   "", g.thanks(lang)]
        else:
            txt = [g.greet(lang), '', "Cancelling %s (%s), booked for %s — %s." % (name, mrn, proc[1], proc[3]),
                   "Reason: %s." % r[1], "", "Patient informed by phone. Please release the slot and put back on the priority wait list.",
                   "", g.thanks(lang)]
        m.text = '\n'.join(txt) + g.sig(s, site, lang)
        m.types.update(['patient_name', 'mrn', 'diagnosis'] + r[2])
    m.note = 'surgery/endoscopy cancellation with reason'
    return m


def p_preop_questionnaire_pdf(g, lang, v):
    m, site, s = base(g, lang, 'preop_questionnaire', 'pac')
    p = g.patient(lang)
    com = g.rng.sample(COMORB, 2)
    ac = g.pick(ANTICOAG)
    dm = g.pick(DIAB_MEDS)
    al = g.pick(ALLERGIES)
    proc = g.pick(DS_PROCS)
    d = g.future(m.date)
    pi = 0 if lang == 'fr' else 1
    lines = ['##' + L(lang, 'Identification', 'Identification'),
             L(lang, 'Nom : %s    Prénom : %s', 'Last name: %s    First name: %s') % (p['surname'], p['given']),
             L(lang, 'Date de naissance : %s    Sexe : %s', 'Date of birth: %s    Sex: %s') % (p['dob'].isoformat(), p['sex']),
             'NAM : %s' % fmt_nam(p['nam'], 'spaced') if lang == 'fr' else 'RAMQ: %s' % p['nam'],
             L(lang, 'Téléphone : %s', 'Phone: %s') % p['phone'],
             '##' + L(lang, 'Intervention prévue', 'Planned procedure'),
             '%s — %s (%s)' % (proc[pi], proc[2 + pi], fmt_date(d, lang, 0)),
             '##' + L(lang, 'Antécédents', 'Medical history'),
             '- ' + com[0][pi], '- ' + com[1][pi],
             L(lang, 'Anesthésie antérieure : nausées importantes en 2019', 'Previous anaesthesia: severe PONV in 2019'),
             '##' + L(lang, 'Médication actuelle', 'Current medications'),
             '- ' + ac[pi], '- ' + dm[pi], '- ' + L(lang, 'atorvastatine 40 mg DIE', 'atorvastatin 40 mg daily'),
             '##' + L(lang, 'Allergies', 'Allergies'), '- ' + al[pi],
             '##' + 'STOP-BANG', L(lang, 'Ronflement : oui   Fatigue : oui   Apnées observées : non   TA : oui',
                                   'Snoring: yes   Tired: yes   Observed apneas: no   BP: yes'),
             L(lang, 'Score : 5/8', 'Score: 5/8')]
    fname = L(lang, 'Questionnaire_preop_%s_%s.pdf', 'PreOp_Questionnaire_%s_%s.pdf') % (p['surname'].upper(), p['given'][0])
    if v >= 2:
        fname = L(lang, 'questionnaire_CPA_%s.pdf', 'PAC_form_%s.pdf') % d.strftime('%Y%m%d')
    m.attach(fname, 'application/pdf', make_pdf(L(lang, 'Questionnaire préopératoire', 'Pre-operative questionnaire'),
                                                lines, author=g.staff_name(s, False), compress=(v % 2 == 0)))
    doc = g.staff(lang, 'pac')
    m.to = [g.staff_pair(doc, site)]
    m.subject = L(lang, g.pick(['Questionnaire préop à réviser', 'CPA - questionnaire complété', 'questionaire preop (PJ)']),
                  g.pick(['Pre-op questionnaire for review', 'PAC questionnaire attached', 'preop form - please review']))
    if lang == 'fr':
        txt = [g.greet(lang, doc[0]), '', "Ci-joint le questionnaire préop rempli par la patiente pour sa chirurgie du %s." % fmt_date(d, lang, 1),
               "STOP-BANG élevé et anticoagulant à gérer — pouvez-vous la voir en consultation?", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang, doc[0]), '', "Attached is the completed pre-op questionnaire for the %s case." % fmt_date(d, lang, 1),
               "High STOP-BANG and an anticoagulant to manage - could you see the patient in consult?", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', 'ramq_nam', 'patient_contact', 'diagnosis', 'medication'])
    m.note = 'filled pre-op questionnaire in PDF attachment'
    return m


def p_preop_questionnaire_docx(g, lang, v):
    m, site, s = base(g, lang, 'preop_docx', 'pac')
    if v % 2 == 0:
        p = g.patient(lang)
        ident = [L(lang, 'NAM', 'RAMQ'), fmt_nam(p['nam'], g.pick(['plain', 'dashed', 'sp2']))]
        idtype = 'ramq_nam'
    else:
        p = g.patient_other('on', lang)
        ident = [L(lang, 'No carte santé Ontario', 'Ontario health #'), fmt_hn(p['hn'], g.rng.randrange(3), p['vc'])]
        idtype = 'ca_health_number'
    pi = 0 if lang == 'fr' else 1
    proc = g.pick(ENDO_PROCS + DS_PROCS)
    com = g.rng.sample(COMORB, 3)
    table = [[L(lang, 'Champ', 'Field'), L(lang, 'Réponse', 'Answer')],
             [L(lang, 'Nom complet', 'Full name'), '%s %s' % (p['given'], p['surname'])],
             [L(lang, 'Date de naissance', 'Date of birth'), fmt_dob(p['dob'], lang, g.rng)],
             ident,
             [L(lang, 'Intervention', 'Procedure'), proc[pi]],
             [L(lang, 'Diagnostic / indication', 'Diagnosis / indication'), proc[2 + pi]],
             [L(lang, 'Problèmes de santé', 'Health problems'), '; '.join(c[pi] for c in com)],
             [L(lang, 'Médicaments', 'Medications'), '%s; %s' % (g.pick(ANTICOAG)[pi], g.pick(DIAB_MEDS)[pi])],
             [L(lang, 'Allergies', 'Allergies'), g.pick(ALLERGIES)[pi]],
             [L(lang, 'Personne qui vous raccompagne', 'Escort home'), L(lang, 'fille (Julie) 450-555-0199', 'son (Mike) 613-555-0188')]]
    paras = [L(lang, 'Rempli par l\'infirmière lors de l\'appel téléphonique du %s.', 'Completed by the nurse during the phone call on %s.')
             % fmt_date(m.date.date(), lang, 0),
             L(lang, '## Évaluation infirmière', '## Nursing assessment'),
             L(lang, 'Dyspnée à l\'effort (1 étage). Capacité fonctionnelle < 4 MET.', 'Dyspnea on exertion (one flight). Functional capacity < 4 METs.'),
             L(lang, 'Recommandation : consultation en anesthésie avant la date opératoire.', 'Recommendation: anaesthesia consult before surgery date.')]
    fn = L(lang, 'Evaluation_preop_%s.docx', 'Preop_assessment_%s.docx') % (p['surname'] if v < 2 else '%07d' % p['mrn'])
    m.attach(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             make_docx(L(lang, 'Évaluation préopératoire téléphonique', 'Telephone pre-operative assessment'), paras, table,
                       author=g.staff_name(s, False), table_first=True))
    doc = g.staff(lang, 'pac', exclude=(s,))
    m.to = [g.staff_pair(doc, site)]
    m.cc = [g.unit_addr(lang, 'pac', site)] if g.chance(0.5) else []
    m.subject = L(lang, 'Éval préop téléphonique - à voir', 'Phone pre-op assessment - needs review')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Voir le document joint. Capacité fonctionnelle limitée, je pense qu\'il faut une consult.',
                                             'See attached. Limited functional capacity, I think this needs a consult.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', idtype, 'diagnosis', 'medication'])
    m.note = 'pre-op phone assessment in DOCX'
    return m


def p_bowel_prep(g, lang, v):
    m, site, s = base(g, lang, 'bowel_prep', 'endo')
    p = g.patient(lang)
    d = g.future(m.date, 7, 35)
    t = hhmm(g, lang, 7, 14)
    prep = g.pick([("PEG-3350 avec électrolytes (4 L)", "PEG-3350 with electrolytes (4 L)"),
                   ("Pico-Salax (2 sachets)", "Pico-Salax (2 sachets)"),
                   ("PEG 2 L + bisacodyl 10 mg", "PEG 2 L + bisacodyl 10 mg")])
    dm = g.pick(DIAB_MEDS)
    ac = g.pick(ANTICOAG)
    pi = 0 if lang == 'fr' else 1
    m.to = [('%s %s' % (p['given'], p['surname']), p['email'])]
    m.subject = L(lang, g.pick(['Préparation pour votre coloscopie du %s', 'Votre coloscopie - instructions de préparation']),
                  g.pick(['Bowel preparation for your colonoscopy on %s', 'Colonoscopy prep instructions'])) \
        .replace('%s', fmt_date(d, lang, 1))
    honor = L(lang, 'Madame' if p['sex'] == 'F' else 'Monsieur', 'Ms.' if p['sex'] == 'F' else 'Mr.')
    if lang == 'fr':
        txt = ["%s %s," % (honor, p['surname']), '',
               "Votre coloscopie est prévue le **%s à %s** à l'%s, %s." % (fmt_date(d, lang, 2), t, UNITS[lang]['endo'].lower(), site['name']),
               "Votre médecin vous a prescrit : **%s**." % prep[0], '',
               "3 jours avant :",
               "- Évitez les noix, graines, maïs et fruits avec pépins",
               "La veille :",
               "- Diète liquide claire toute la journée",
               "- 18 h : première dose de la préparation; 2e dose 5 h avant l'examen", '',
               "Vos médicaments :",
               "- %s : cesser 2 jours avant (tel que discuté avec Dre Marchand)" % ac[0],
               "- %s : prendre la moitié de la dose la veille, rien le matin" % dm[0], '',
               "Puisque vous recevrez une sédation, un adulte doit vous raccompagner.",
               "Pour toute question : %s, poste 4410." % site['phone']]
    else:
        txt = ["Dear %s %s," % (honor, p['surname']), '',
               "Your colonoscopy is booked for **%s at %s** at the %s, %s." % (fmt_date(d, lang, 2), t, UNITS[lang]['endo'], site['name']),
               "Your doctor prescribed: **%s**." % prep[1], '',
               "3 days before:",
               "- Avoid nuts, seeds, corn and fruit with seeds",
               "The day before:",
               "- Clear fluids only all day",
               "- 6 pm: first dose of the prep; second dose 5 hours before the test", '',
               "Your medications:",
               "- %s: stop 2 days before (as discussed with Dr. Okafor)" % ac[1],
               "- %s: take half the dose the day before, none that morning" % dm[1], '',
               "Because you will be sedated, an adult must take you home.",
               "Questions: %s ext. 4410." % site['phone']]
    m.text = '\n'.join(txt) + g.sig(s, site, lang, disclaimer=True)
    m.types.update(['patient_name', 'medication'])
    if v >= 2:
        # prep sheet as PDF with name in it; indication included
        proc = g.pick([e for e in ENDO_PROCS if e[0].startswith('colo')])
        m.attach(L(lang, 'Preparation_coloscopie_%s.pdf', 'Colonoscopy_prep_%s.pdf') % p['surname'],
                 'application/pdf', make_pdf(L(lang, 'Préparation intestinale', 'Bowel preparation'),
                                             ['%s: %s %s' % (L(lang, 'Patient(e)', 'Patient'), p['given'], p['surname']),
                                              '%s: %s' % (L(lang, 'Indication', 'Indication'), proc[2 + pi]),
                                              '%s: %s' % (L(lang, 'Préparation', 'Preparation'), prep[pi]),
                                              '%s: %s' % (L(lang, 'Date', 'Date'), fmt_date(d, lang, 1))], author=g.staff_name(s, False)))
        m.types.add('diagnosis')
        m.style = 'html'
    m.html_entities = (v == 1)
    m.note = 'bowel-prep instructions sent to the patient with personal medication plan'
    return m


def p_path_result(g, lang, v):
    m, site, s = base(g, lang, 'path_result', 'endo')
    p = g.patient(lang)
    res = g.pick(PATHO)
    pi = 0 if lang == 'fr' else 1
    gp = (g.pick(["Dre Sylvie Auclair", "Dr Pascal Roberge", "Dre Mélanie Ouimet"]) if lang == 'fr'
          else g.pick(["Dr. Alan Petrie", "Dr. Nora Whitcombe", "Dr. Samir Haddad"]))
    m.to = [(gp, 'md.%d@gmf-%s.example' % (g.rng.randrange(100, 999), g.pick(['lesaulnes', 'rivenord', 'pinecrest'])))]
    acc = '%s%02d-%06d' % (g.pick(['S', 'P', 'H']), m.date.year % 100, g.rng.randrange(1000, 999999))
    proc_date = (m.date - datetime.timedelta(days=g.rng.randrange(5, 15))).date()
    m.subject = L(lang, g.pick(['Résultat de pathologie - %s', 'Patho coloscopie %s', 'Résultat biopsies']),
                  g.pick(['Pathology result - %s', 'Path report %s', 'Biopsy results'])) \
        .replace('%s', g.pname(p, lang, 4) if v % 2 == 0 else fmt_date(proc_date, lang, 0))
    name = g.pname(p, lang)
    if lang == 'fr':
        txt = [g.greet(lang, gp.split()[-1] if v else 'Docteur'), '',
               "Voici le résultat de pathologie pour votre patient(e) %s (DDN %s), examen du %s :" % (name, fmt_dob(p['dob'], lang, g.rng), fmt_date(proc_date, lang, 1)),
               '', "No accession : %s" % acc, "Diagnostic : %s" % res[0], '',
               "Recommandation : prochaine coloscopie / suivi dans %s." % res[2],
               "La lettre a été envoyée au patient." if v < 2 else "Merci d'aviser le patient; nous le rappelons pour la suite.", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang, gp if v else None), '',
               "Pathology for your patient %s (DOB %s), procedure on %s:" % (name, fmt_dob(p['dob'], lang, g.rng), fmt_date(proc_date, lang, 1)),
               '', "Accession: %s" % acc, "Diagnosis: %s" % res[1], '',
               "Recommendation: next colonoscopy / follow-up in %s." % res[3],
               "Letter sent to the patient." if v < 2 else "Please inform the patient; we will call them about next steps.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', 'lab_result', 'diagnosis'])
    if v == 3:
        m.attach(L(lang, 'rapport_patho_%s.pdf', 'path_report_%s.pdf') % acc, 'application/pdf',
                 make_pdf(L(lang, 'Rapport de pathologie chirurgicale', 'Surgical pathology report'),
                          ['%s: %s' % (L(lang, 'Patient', 'Patient'), '%s, %s' % (p['surname'].upper(), p['given'])),
                           'NAM: %s' % p['nam'], 'MRN: %07d' % p['mrn'], '%s: %s' % ('Accession', acc),
                           '##' + L(lang, 'Diagnostic', 'Diagnosis'), res[pi]], author='LIS', compress=False))
        m.types.update(['ramq_nam', 'mrn'])
    m.note = 'pathology result to referring physician'
    return m


def p_drug_interaction(g, lang, v):
    m, site, s = base(g, lang, 'drug_interaction', 'pharm')
    p = g.patient(lang) if v != 3 else g.patient_other('qc', lang)
    ix = g.pick(INTERACTIONS)
    doc = g.staff(lang, g.pick(['pac', 'bloc', 'endo']))
    m.to = [g.staff_pair(doc, site)]
    if g.chance(0.5):
        m.cc = [g.unit_addr(lang, 'pharm', site)]
    m.subject = L(lang, g.pick(['Interaction médicamenteuse - %s', 'Avis pharmaceutique : %s', 'IM %s']),
                  g.pick(['Drug interaction - %s', 'Pharmacy note re: %s', 'DDI alert %s'])) \
        % (g.pname(p, lang, g.pick([2, 3, 5])) if v < 2 else '%s + %s' % (ix[0], ix[1]))
    room = g.rng.randrange(1, 30)
    mrn = g.fmt_mrn(p['mrn'], lang)
    if lang == 'fr':
        inr = ''
        if ix[0] == 'warfarine':
            inr = " Dernier INR : %s (cible 2-3)." % ('%.1f' % g.rng.uniform(3.2, 4.9)).replace('.', ',')
        txt = [g.greet(lang, g.staff_name(doc)), '',
               "En révisant le profil de %s (%s) pour sa chirurgie de demain, je note une interaction entre **%s** et **%s** "
               "(nouvellement prescrit) : %s.%s" % (g.pname(p, lang, 1), mrn, ix[0], ix[1], ix[2], inr),
               '', "Suggestion : %s." % ix[4],
               "Pouvez-vous me confirmer la conduite à tenir? Je suis au poste 3312 jusqu'à 16 h.", '', g.thanks(lang)]
    else:
        inr = ''
        if ix[0] == 'warfarine':
            inr = " Last INR: %.1f (target 2-3)." % g.rng.uniform(3.2, 4.9)
        a = {'warfarine': 'warfarin', 'méthadone': 'methadone', 'linézolide': 'linezolid', 'simvastatine': 'simvastatin',
             'tramadol': 'tramadol', 'clopidogrel': 'clopidogrel', 'apixaban': 'apixaban'}[ix[0]]
        b = {'amiodarone': 'amiodarone', 'ondansétron': 'ondansetron', 'sertraline': 'sertraline',
             'clarithromycine': 'clarithromycin', 'oméprazole': 'omeprazole', 'citalopram': 'citalopram',
             'carbamazépine': 'carbamazepine'}[ix[1]]
        txt = [g.greet(lang, g.staff_name(doc)), '',
               "Reviewing %s's profile (%s) for tomorrow's case, there is an interaction between **%s** and the newly ordered **%s**: %s.%s"
               % (g.pname(p, lang, 1), mrn, a, b, ix[3], inr),
               '', "Suggest: %s." % ix[5],
               "Can you confirm the plan? I'm at ext. 3312 until 4 pm.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'mrn', 'medication'])
    if ix[0] == 'warfarine':
        m.types.add('lab_result')
    m.note = 'pharmacist interaction alert for a named patient'
    return m


def p_shortage_substitution(g, lang, v):
    m, site, s = base(g, lang, 'shortage_patients', 'pharm')
    sh = g.pick(SHORTAGES)
    pi = 0 if lang == 'fr' else 1
    pts = [g.patient(lang) for _ in range(g.rng.randrange(3, 6))]
    m.to = [g.unit_addr(lang, g.pick(['endo', 'ds']), site)]
    m.subject = L(lang, 'Rupture %s - patients touchés cette semaine', 'Shortage of %s - affected patients this week') % sh[pi].split(' (')[0]
    rows = []
    prep = sh is SHORTAGES[0]
    for p in pts:
        d = g.future(m.date, 1, 8)
        pr = g.pick([e for e in ENDO_PROCS if e[0].startswith('colo')]) if prep else g.pick(DS_PROCS)
        rows.append('%s | %s | %s | %s' % (g.pname(p, lang, 2), fmt_date(d, lang, 0),
                                           pr[pi], L(lang, 'à remplacer par ', 'switch to ') + sh[2 + pi]))
    hdr = L(lang, 'Patient | Date | Examen | Action', 'Patient | Date | Procedure | Action')
    if prep:
        tail = L(lang, "Vérifier la fonction rénale avant de donner du Pico-Salax; appelez-moi au besoin.",
                 "Check renal function before giving Pico-Salax; call me if needed.")
    else:
        tail = L(lang, "L'anesthésiste de la salle a été avisé.", "The room anaesthesiologist has been informed.")
    if lang == 'fr':
        txt = [g.greet(lang), '', "En raison de la rupture d'approvisionnement de %s, les patients suivants doivent recevoir une alternative :" % sh[0],
               '', hdr] + rows + ['', tail, '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "Because of the %s shortage, the following patients need the alternative:" % sh[1],
               '', hdr] + rows + ['', tail, '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    if v >= 2:
        csv_rows = [['nom', 'prenom', 'ddn', 'nam', 'substitution'] if lang == 'fr' else ['last', 'first', 'dob', 'ramq', 'substitution']]
        for p in pts:
            csv_rows.append([p['surname'], p['given'], p['dob'].isoformat(), p['nam'], sh[2 + pi]])
        m.attach(L(lang, 'patients_substitution.csv', 'substitution_list.csv'), 'text/csv',
                 make_csv(csv_rows, sep=';' if lang == 'fr' else ','), kind='text')
        m.types.update(['ramq_nam', 'date_of_birth'])
    m.types.update(['patient_name', 'medication'])
    m.note = 'shortage substitution list naming patients'
    return m


def p_or_list_xlsx(g, lang, v):
    m, site, s = base(g, lang, 'or_list', 'bloc')
    d = g.future(m.date, 1, 6)
    pi = 0 if lang == 'fr' else 1
    hdr = [L(lang, 'Heure', 'Time'), L(lang, 'Salle', 'Room'), L(lang, 'Nom', 'Name'), L(lang, 'DDN', 'DOB'),
           L(lang, 'Dossier', 'MRN'), L(lang, 'Intervention', 'Procedure'), L(lang, 'Dx', 'Dx'), L(lang, 'Chirurgien', 'Surgeon'),
           L(lang, 'Remarques', 'Notes')]
    rows = [hdr]
    for i in range(g.rng.randrange(6, 10)):
        p = g.patient(lang)
        proc = g.pick(DS_PROCS)
        rem = g.pick(['', '', L(lang, 'allergie latex', 'latex allergy'), 'AOS/CPAP' if lang == 'fr' else 'OSA/CPAP',
                      L(lang, 'interprète espagnol', 'Spanish interpreter'), L(lang, 'diabétique - 1er cas', 'diabetic - first case')])
        rows.append(['%02d:%02d' % (7 + i, g.pick([0, 30])), 'S%d' % g.rng.randrange(1, 6) if lang == 'fr' else 'OR%d' % g.rng.randrange(1, 6),
                     '%s, %s' % (p['surname'].upper(), p['given']), p['dob'].isoformat(), '%07d' % p['mrn'],
                     proc[pi], proc[2 + pi], g.staff_name(g.staff(lang, 'bloc'), False), rem])
    sheets = [(L(lang, 'Programme %s', 'List %s') % d.strftime('%Y-%m-%d'), rows)]
    if v % 2:
        sheets.insert(0, (L(lang, 'Résumé', 'Summary'), [[L(lang, 'Cas', 'Cases'), len(rows) - 1], [L(lang, 'Salles', 'Rooms'), 5]]))
    m.attach(L(lang, 'programme_CDJ_%s.xlsx', 'DaySurgery_list_%s.xlsx') % d.strftime('%Y%m%d'),
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx(sheets, author=g.staff_name(s, False)))
    m.to = [g.unit_addr(lang, 'ds', site), g.unit_addr(lang, 'pac', site)]
    m.subject = L(lang, 'Programme opératoire CDJ - %s (version finale)', 'Day surgery OR list - %s (final)') % fmt_date(d, lang, 2)
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Voici le programme final pour %s. Changements surlignés en jaune.',
                                             'Final list for %s attached. Changes highlighted.') % fmt_date(d, lang, 1),
                        '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', 'mrn', 'diagnosis'])
    m.note = 'OR list XLSX with patients'
    return m


def p_endo_schedule_csv(g, lang, v):
    m, site, s = base(g, lang, 'endo_schedule', 'endo')
    d = g.future(m.date, 1, 6)
    pi = 0 if lang == 'fr' else 1
    rows = [[L(lang, 'heure', 'time'), L(lang, 'patient', 'patient'), 'NAM' if lang == 'fr' else 'RAMQ', L(lang, 'examen', 'exam'),
             'indication', L(lang, 'anticoag', 'anticoag'), L(lang, 'tel', 'phone')]]
    for i in range(g.rng.randrange(6, 11)):
        p = g.patient(lang)
        e = g.pick(ENDO_PROCS)
        rows.append(['%02d:%02d' % (8 + i // 2, 30 * (i % 2)), '%s %s' % (p['surname'], p['given']),
                     fmt_nam(p['nam'], 'plain' if v < 2 else 'spaced'), e[pi], e[2 + pi],
                     g.pick(['', '', '', g.pick(ANTICOAG)[pi]]), p['phone']])
    enc = 'utf-8-sig' if v == 0 else ('windows-1252' if v == 2 else 'utf-8')
    data = make_csv(rows, sep=';' if lang == 'fr' else ',', encoding=enc)
    ctype = 'text/csv' if v != 2 else 'text/csv; charset="windows-1252"'
    m.attach(L(lang, 'horaire_endo_%s.csv', 'endo_schedule_%s.csv') % d.strftime('%Y-%m-%d'), ctype, data, kind='text' if v != 3 else 'bin')
    m.to = [g.staff_pair(g.staff(lang, 'endo', exclude=(s,)), site)]
    m.subject = L(lang, 'Horaire endo %s', 'Endo schedule %s') % fmt_date(d, lang, 0)
    m.text = '\n'.join([g.greet(lang), '', L(lang, "L'horaire de demain en PJ pour les appels de rappel. Appeler avant 15 h svp.",
                                             "Tomorrow's schedule attached for the reminder calls. Please call before 3 pm."),
                        '', g.thanks(lang)]) + g.sig(s, site, lang, short=True)
    m.types.update(['patient_name', 'ramq_nam', 'diagnosis', 'patient_contact'])
    m.note = 'endoscopy schedule CSV with patient identifiers and phones'
    return m


def p_preop_ics(g, lang, v):
    m, site, s = base(g, lang, 'preop_ics', 'pac')
    p = g.patient(lang) if v < 3 else g.patient_other('on', lang)
    pi = 0 if lang == 'fr' else 1
    com = g.pick(COMORB)
    doc = g.staff(lang, 'pac')
    d = g.future(m.date, 2, 20)
    start = datetime.datetime.combine(d, datetime.time(g.rng.randrange(8, 15), g.pick([0, 30])))
    summary = L(lang, 'CPA - %s - consult. anesthésie', 'PAC - %s - anaesthesia consult') % g.pname(p, lang, g.pick([0, 4, 5]))
    desc = L(lang, 'Motif : %s. Apporter la liste de médicaments. Tél. patient : %s',
             'Reason: %s. Bring medication list. Patient phone: %s') % (com[pi], p['phone'])
    if v == 3:
        desc += L(lang, '\nCarte santé ON : %s', '\nOHIP: %s') % fmt_hn(p['hn'], 0, p['vc'])
    ics = make_ics('pac-%d-%d@%s' % (p['mrn'], v, site['dom']), start, start + datetime.timedelta(minutes=45), summary,
                   description=desc, location=L(lang, 'CPA, local 2B-114', 'PAC, room 2B-114'),
                   organizer=g.staff_pair(s, site), attendees=[g.staff_pair(doc, site)])
    m.to = [g.staff_pair(doc, site)]
    m.subject = L(lang, 'Invitation : %s', 'Invitation: %s') % summary if v % 2 == 0 else \
        L(lang, 'Rendez-vous CPA %s', 'PAC appointment %s') % fmt_date(d, lang, 0)
    m.text = '\n'.join([L(lang, 'Rendez-vous ajouté à votre horaire.', 'Appointment added to your schedule.'), '',
                        summary, fmt_date(d, lang, 1) + ' ' + start.strftime('%H:%M')]) + g.sig(s, site, lang, short=True)
    m.attach('invite.ics', 'text/calendar; method=REQUEST', ics, kind='text')
    m.types.update(['patient_name', 'diagnosis', 'patient_contact'])
    if v == 3:
        m.types.add('ca_health_number')
    m.note = 'calendar invitation naming patient and reason'
    return m


def p_transport_escort(g, lang, v):
    m, site, s = base(g, lang, 'transport_escort', 'ds')
    p = g.patient(lang)
    soc = g.pick(SOCIAL[:2] + SOCIAL[6:7] + SOCIAL[2:3])
    pi = 0 if lang == 'fr' else 1
    d = g.future(m.date, 2, 15)
    dest = L(lang, g.pick(['Transport Adapté Basses-Laurentides', 'Taxi Coop Val-Brûlé', 'Service bénévole d\'accompagnement']),
             g.pick(['Valley Para Transpo', 'Riverside Volunteer Drivers', 'Lakeshore Accessible Taxi']))
    m.to = [(dest, 'reservations@%s.example' % g.pick(['transport-adapte', 'paratranspo', 'benevoles-rive']))]
    addr = g.addr_line(p, lang)
    ph = g.phone_fmt(p['phone'])
    if lang == 'fr':
        txt = [g.greet(lang), '', "Nous demandons un transport pour notre patient(e) :", '',
               "Nom : %s" % g.pname(p, lang, 1), "Adresse : %s" % addr, "Tél. : %s" % ph,
               "Date : %s — prise en charge à 6 h 15, retour vers 13 h" % fmt_date(d, lang, 1),
               "Destination : %s, entrée de la chirurgie d'un jour" % site['name'], '',
               "Note : %s. Le patient aura reçu une sédation et ne doit pas rester seul à domicile la première nuit; le CLSC a été avisé." % soc[0],
               '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "We're requesting a ride for our patient:", '',
               "Name: %s" % g.pname(p, lang, 1), "Address: %s" % addr, "Phone: %s" % ph,
               "Date: %s - pick-up 6:15 am, return around 1 pm" % fmt_date(d, lang, 1),
               "Destination: %s, Day Surgery entrance" % site['name'], '',
               "Note: %s. The patient will have had sedation and must not be alone overnight; home care has been notified." % soc[1],
               '', g.thanks(lang)]
    m.subject = L(lang, 'Demande de transport - %s', 'Transport request - %s') % fmt_date(d, lang, 0)
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'patient_contact', 'social_information'])
    if v >= 2:
        m.attach('%s_%s.vcf' % (p['surname'], p['given']), 'text/vcard',
                 make_vcf('%s %s' % (p['given'], p['surname']), p['given'], p['surname'], tel=('HOME', p['phone']),
                          adr=(('%d %s' % (p['addr']['num'], p['addr']['street'])), p['addr']['city'], p['addr']['prov'], p['addr']['pc']),
                          note=L(lang, 'Patient CDJ %s', 'Day surgery patient %s') % d.isoformat()), kind='text')
    m.note = 'transport request with patient home address and social situation'
    return m


def p_anaesthesia_consult(g, lang, v):
    m, site, s = base(g, lang, 'anaesthesia_consult', 'pac')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    surg = g.staff(lang, 'bloc')
    m.to = [g.staff_pair(surg, site)]
    m.cc = [g.unit_addr(lang, 'pac', site)]
    proc = g.pick(DS_PROCS)
    airway = L(lang, 'Mallampati IV, ouverture buccale 2 cm, ATCD d\'intubation difficile (2018, vidéolaryngoscope)',
               'Mallampati IV, mouth opening 2 cm, previous difficult intubation (2018, videolaryngoscope)')
    mh = COMORB[6][pi]
    osa = COMORB[1][pi]
    nam = fmt_nam(p['nam'], g.pick(['plain', 'spaced', 'lower', 'dashed']))
    if v % 2 == 0:
        m.subject = L(lang, 'Consult anesthésie - %s' % nam, 'Anaesthesia consult - %s' % nam)
    else:
        m.subject = L(lang, 'RE: chirurgie de %s' % p['surname'], 'RE: %s case' % p['surname'])
    if lang == 'fr':
        txt = [g.greet(lang, g.staff_name(surg)), '',
               "J'ai vu %s (NAM %s, %d ans) en CPA pour la %s." % (g.pname(p, lang, 0), nam, age_at(p['dob'], m.date.date()), proc[0]),
               "Points importants :", "- Voies aériennes : %s" % airway, "- %s" % mh, "- %s" % osa, '',
               "Recommandation : ne PAS faire en CDJ; admission post-op avec monitorage (SpO2 continue). Salle sans halogénés préparée.",
               '', g.thanks(lang)]
    else:
        txt = [g.greet(lang, g.staff_name(surg)), '',
               "I saw %s (RAMQ %s, %d y.o.) in PAC for the %s." % (g.pname(p, lang, 0), nam, age_at(p['dob'], m.date.date()), proc[1]),
               "Key issues:", "- Airway: %s" % airway, "- %s" % mh, "- %s" % osa, '',
               "Recommendation: NOT suitable for day surgery; admit post-op with continuous SpO2. Trigger-free room to be prepared.",
               '', g.thanks(lang)]
    body = '\n'.join(txt) + g.sig(s, site, lang)
    if v % 2 == 1:
        q = [L(lang, 'Le %s, %s a écrit :', 'On %s, %s wrote:') % (fmt_date((m.date - datetime.timedelta(days=1)).date(), lang, 1), g.staff_name(surg, False)),
             '> ' + L(lang, 'Est-ce que je peux la garder en CDJ? Merci', 'Can I keep this one as a day case? Thanks')]
        body += '\n\n' + '\n'.join(q)
        m.in_reply_to = g.msgid(site['dom'])
    m.text = body
    m.types.update(['patient_name', 'ramq_nam', 'diagnosis'])
    m.note = 'anaesthesia consult findings with NAM'
    return m


def p_postop_call(g, lang, v):
    m, site, s = base(g, lang, 'postop_call', 'ds')
    pi = 0 if lang == 'fr' else 1
    m.to = [g.unit_addr(lang, 'ds', site)]
    n = g.rng.randrange(3, 6)
    m.subject = L(lang, 'Appels J+1 du %s', 'Post-op day 1 calls %s') % fmt_date(m.date.date(), lang, 0)
    lines = [g.greet(lang), '', L(lang, 'Résumé des appels post-op de ce matin :', 'Summary of this morning\'s post-op calls:'), '']
    has_med = False
    for i in range(n):
        p = g.patient(lang)
        proc = g.pick(DS_PROCS)
        st = g.pick([(L(lang, 'douleur 3/10, OK', 'pain 3/10, fine')),
                     L(lang, 'nausées persistantes, ondansétron 4 mg PO prescrit', 'persistent nausea, ondansetron 4 mg PO ordered'),
                     L(lang, 'saignement au pansement, revoir en clinique demain', 'bleeding at dressing, clinic review tomorrow'),
                     L(lang, 'rétention urinaire -> dirigé à l\'urgence', 'urinary retention -> sent to ED'),
                     L(lang, 'pas de réponse x2', 'no answer x2')]) if i else \
            L(lang, 'nausées persistantes, ondansétron 4 mg PO prescrit', 'persistent nausea, ondansetron 4 mg PO ordered')
        pr = '%s (%s)' % (proc[pi], proc[2 + pi])
        if v < 2:
            lines.append('- %s (%s) — %s : %s' % (g.pname(p, lang, g.pick([2, 4, 7])), p['phone'], pr, st))
        else:
            lines.append('%s | %s | %s | %s' % (g.pname(p, lang, 2), '%07d' % p['mrn'], pr, st))
    lines += ['', L(lang, 'Bonne journée', 'Have a good day')]
    m.text = '\n'.join(lines) + g.sig(s, site, lang, short=True)
    m.types.update(['patient_name', 'diagnosis', 'medication'])
    m.types.add('patient_contact' if v < 2 else 'mrn')
    m.note = 'post-op call roster with outcomes'
    return m


def p_med_rec(g, lang, v):
    m, site, s = base(g, lang, 'med_rec', 'pharm')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    meds = [g.pick(ANTICOAG)[pi], g.pick(DIAB_MEDS)[pi], L(lang, 'ramipril 10 mg DIE', 'ramipril 10 mg daily'),
            L(lang, 'pantoprazole 40 mg DIE', 'pantoprazole 40 mg daily'), L(lang, 'hydromorphone 1 mg q4h PRN', 'hydromorphone 1 mg q4h PRN')]
    act = [L(lang, 'cesser 48 h avant', 'hold 48 h before'), L(lang, 'demi-dose la veille', 'half dose night before'),
           L(lang, 'ne pas prendre le matin', 'omit morning of surgery'), L(lang, 'continuer', 'continue'), L(lang, 'continuer', 'continue')]
    rows = [[L(lang, 'Médicament', 'Medication'), L(lang, 'Consigne préop', 'Pre-op instruction'), L(lang, 'Source', 'Source')]]
    for med, a in zip(meds, act):
        rows.append([med, a, g.pick(['DSQ', L(lang, 'pharmacie communautaire', 'community pharmacy'), L(lang, 'patient', 'patient')])])
    title = L(lang, 'Bilan comparatif des médicaments (BCM) - préop', 'Pre-op medication reconciliation')
    head = [[L(lang, 'Patient', 'Patient'), '%s %s' % (p['given'], p['surname'])], [L(lang, 'DDN', 'DOB'), p['dob'].isoformat()],
            [L(lang, 'Dossier', 'MRN'), '%07d' % p['mrn']]]
    if v % 2 == 0:
        m.attach(L(lang, 'BCM_%s_%s.xlsx', 'MedRec_%s_%s.xlsx') % (p['surname'], p['given']),
                 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 make_xlsx([(L(lang, 'BCM', 'MedRec'), head + [[]] + rows)], author=g.staff_name(s, False)))
    else:
        m.attach(L(lang, 'BCM_preop.docx', 'medrec_preop.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 make_docx(title, ['%s: %s %s — %s: %s — %s: %07d' % (L(lang, 'Patient', 'Patient'), p['given'], p['surname'],
                                                                         L(lang, 'DDN', 'DOB'), p['dob'].isoformat(), L(lang, 'Dossier', 'MRN'), p['mrn'])],
                           rows, author=g.staff_name(s, False)))
    doc = g.staff(lang, 'pac')
    m.to = [g.staff_pair(doc, site)]
    m.subject = L(lang, 'BCM préop complété', 'Pre-op med rec done') + ('' if v < 2 else ' - ' + p['surname'])
    m.text = '\n'.join([g.greet(lang, doc[0]), '', L(lang, 'BCM complété, en PJ. À signer avant le %s.', 'Med rec attached, please sign before %s.')
                        % fmt_date(g.future(m.date, 2, 9), lang, 1), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', 'mrn', 'medication'])
    m.note = 'medication reconciliation attachment'
    return m


def p_ontario_referral(g, lang, v):
    m, site, s = base(g, lang, 'ontario_referral', 'endo')
    p = g.patient_other('on', lang)
    pi = 0 if lang == 'fr' else 1
    e = g.pick(ENDO_PROCS)
    hn = fmt_hn(p['hn'], g.rng.randrange(3), p['vc'])
    m.to = [('Referral Office', 'referrals@ovrh.example') if lang == 'en' else ('Centrale de rendez-vous', 'crv@cisss-bl.example')]
    m.subject = L(lang, 'Référence endoscopie - patiente de l\'Ontario', 'Endoscopy referral - out-of-province (ON) patient') if v < 2 else \
        L(lang, 'Fwd: requête %s', 'Fwd: referral %s') % e[pi]
    if lang == 'fr':
        txt = [g.greet(lang), '', "Patiente résidant en Ontario, référée pour %s (%s)." % (e[0], e[2]),
               "%s — née le %s" % (g.pname(p, lang, 1), fmt_date(p['dob'], lang, 1)),
               "Carte santé de l'Ontario : %s" % hn,
               "Adresse : %s — tél. %s" % (g.addr_line(p, lang), g.phone_fmt(p['phone'])), '',
               "La facturation interprovinciale doit être validée avant de fixer la date.", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "Out-of-province patient (Ontario) referred for %s (%s)." % (e[1], e[3]),
               "%s - DOB %s" % (g.pname(p, lang, 1), fmt_date(p['dob'], lang, 1)),
               "Ontario health card: %s" % hn,
               "Address: %s - tel %s" % (g.addr_line(p, lang), g.phone_fmt(p['phone'])), '',
               "Reciprocal billing needs to be confirmed before we book.", '', g.thanks(lang)]
    body = '\n'.join(txt) + g.sig(s, site, lang)
    if v >= 2:
        body = '\n'.join([L(lang, 'Pour suite, merci.', 'FYI, please action.'), '',
                          L(lang, '---------- Message transféré ----------', '---------- Forwarded message ---------'),
                          L(lang, 'De : ', 'From: ') + 'Dr. Alan Petrie <apetrie@pinecrest-fht.example>',
                          L(lang, 'Date : ', 'Date: ') + fmt_date((m.date - datetime.timedelta(days=2)).date(), lang, 1),
                          L(lang, 'Objet : ', 'Subject: ') + 'referral', '']) + '\n' + body
    m.text = body
    m.types.update(['patient_name', 'date_of_birth', 'ca_health_number', 'patient_contact', 'diagnosis'])
    m.note = 'Ontario patient referral with health number'
    return m


def p_foreign_fr(g, lang, v):
    m, site, s = base(g, lang, 'foreign_nir', 'ds')
    p = g.patient_other('fr', lang)
    pi = 0 if lang == 'fr' else 1
    proc = g.pick(DS_PROCS)
    nir = fmt_nir(p['nir'], v % 2)
    m.to = [('Service de facturation', 'facturation@%s' % site['dom']) if lang == 'fr' else ('Billing office', 'billing@%s' % site['dom'])]
    m.cc = [('Assistance voyage Europe', 'dossiers@assist-europa.example')] if v >= 2 else []
    m.subject = L(lang, 'Patiente française non résidente - entente Québec-France', 'Non-resident patient from France - billing')
    if lang == 'fr':
        txt = [g.greet(lang), '', "Patiente de passage, opérée en urgence relative en CDJ :",
               "- Nom : %s" % g.pname(p, lang, 2), "- Date de naissance : %s" % fmt_dob(p['dob'], lang, g.rng),
               "- NIR (sécurité sociale France) : %s" % nir, "- Intervention : %s pour %s" % (proc[0], proc[2]),
               "- Formulaire SE401-Q-207 : reçu", '', "Merci de traiter selon l'entente de sécurité sociale.", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "Visiting patient from France, semi-urgent day surgery case:",
               "- Name: %s" % g.pname(p, lang, 2), "- DOB: %s" % fmt_dob(p['dob'], lang, g.rng),
               "- French social security no. (NIR): %s" % nir, "- Procedure: %s for %s" % (proc[1], proc[3]),
               "- SE401-Q-207 form: received", '', "Please bill under the Quebec-France agreement.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', 'fr_nir', 'diagnosis'])
    if v == 3:
        m.attach('SE401-Q-207_%s.pdf' % p['surname'], 'application/pdf',
                 make_pdf('Formulaire SE401-Q-207', ['Nom: %s' % p['surname'], 'Prénom: %s' % p['given'],
                                                    'NIR: %s' % fmt_nir(p['nir'], 0), 'Date de naissance: %s' % p['dob'].strftime('%d/%m/%Y')],
                          author='Assist Europa'))
    m.note = 'French visitor billing with NIR'
    return m


def p_foreign_be(g, lang, v):
    m, site, s = base(g, lang, 'foreign_niss', 'endo')
    p = g.patient_other('be', lang)
    pi = 0 if lang == 'fr' else 1
    e = g.pick(ENDO_PROCS)
    niss = fmt_niss(p['niss'], v % 2)
    m.to = [('Mutualité Saint-Hubert', 'remboursements@mutsthubert.example')]
    m.subject = L(lang, 'Demande de prise en charge - patient belge', 'Claim - Belgian insured patient') + \
        (' (NISS %s)' % niss if v >= 2 else '')
    if lang == 'fr':
        txt = ["Madame, Monsieur,", '', "Nous avons réalisé une %s chez votre affilié(e) %s (NISS %s) le %s." %
               (e[0], g.pname(p, lang, 1), niss, fmt_date((m.date - datetime.timedelta(days=4)).date(), lang, 1)),
               "Indication : %s. Des biopsies ont été prélevées; résultat en attente." % e[2], '',
               "Vous trouverez la facture détaillée en pièce jointe.", '', "Veuillez agréer nos salutations distinguées."]
    else:
        txt = ["Dear Sir or Madam,", '', "We performed a %s on your member %s (NISS %s) on %s." %
               (e[1], g.pname(p, lang, 1), niss, fmt_date((m.date - datetime.timedelta(days=4)).date(), lang, 1)),
               "Indication: %s. Biopsies were taken; result pending." % e[3], '',
               "Itemised invoice attached.", '', "Kind regards,"]
    m.text = '\n'.join(txt) + g.sig(s, site, lang, short=False)
    inv = [[L(lang, 'Code', 'Code'), L(lang, 'Description', 'Description'), L(lang, 'Montant ($)', 'Amount ($)')],
           ['E-1021', e[pi], '%d.00' % g.rng.randrange(600, 1400)], ['P-3310', L(lang, 'Pathologie (2 pots)', 'Pathology (2 jars)'), '240.00'],
           ['S-0040', L(lang, 'Sédation consciente', 'Conscious sedation'), '180.00']]
    m.attach(L(lang, 'facture_%s.xlsx', 'invoice_%s.xlsx') % p['surname'].replace(' ', ''),
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
             make_xlsx([(L(lang, 'Facture', 'Invoice'), [[L(lang, 'Patient', 'Patient'), '%s %s' % (p['given'], p['surname'])],
                                                         ['NISS', p['niss']], []] + inv)], author='Facturation'))
    m.types.update(['patient_name', 'be_niss', 'diagnosis'])
    m.note = 'Belgian insurer claim with NISS'
    return m


def p_work_injury_sin(g, lang, v):
    m, site, s = base(g, lang, 'work_injury_sin', 'ds')
    p = g.patient(lang) if v < 2 else g.patient_other('qc', lang)
    sin = gen_sin(g.rng)
    assert ca_sin.is_valid(sin)
    proc = DS_PROCS[3] if v % 2 == 0 else DS_PROCS[2]
    pi = 0 if lang == 'fr' else 1
    ins = L(lang, 'CNESST - agente d\'indemnisation', 'Workers\' compensation - claims agent')
    m.to = [(ins, 'dossiers.lesions@cnt-indemn.example')]
    m.subject = L(lang, 'Lésion professionnelle - date de chirurgie', 'Work injury claim - surgery date')
    d = g.future(m.date, 5, 30)
    if lang == 'fr':
        txt = [g.greet(lang), '', "Suite à votre demande, voici les renseignements pour le dossier de réclamation :",
               "Travailleur : %s" % g.pname(p, lang, g.pick([0, 1, 2])), "NAS : %s" % fmt_sin(sin, g.rng.randrange(3)),
               "Date de naissance : %s" % fmt_dob(p['dob'], lang, g.rng),
               "Diagnostic : %s, en lien avec l'événement du %s" % (proc[2], fmt_date((m.date - datetime.timedelta(days=120)).date(), lang, 1)),
               "Chirurgie : %s prévue le %s" % (proc[0], fmt_date(d, lang, 1)),
               "Arrêt de travail prévu : 6 semaines", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "As requested, details for the claim file:",
               "Worker: %s" % g.pname(p, lang, g.pick([0, 1, 2])), "SIN: %s" % fmt_sin(sin, g.rng.randrange(3)),
               "DOB: %s" % fmt_dob(p['dob'], lang, g.rng),
               "Diagnosis: %s, related to the incident of %s" % (proc[3], fmt_date((m.date - datetime.timedelta(days=120)).date(), lang, 1)),
               "Surgery: %s booked for %s" % (proc[1], fmt_date(d, lang, 1)),
               "Expected time off work: 6 weeks", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'])
    m.note = 'work-injury claim with SIN'
    return m


def p_reply_quoted(g, lang, v):
    m, site, s = base(g, lang, 'reply_quoted', g.pick(['endo', 'ds', 'pac']))
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    other = g.staff(lang, exclude=(s,))
    m.to = [g.staff_pair(other, site)]
    e = g.pick(ENDO_PROCS)
    ac = g.pick(ANTICOAG)
    m.subject = L(lang, 'RE: RE: question pour demain', 'RE: RE: question re tomorrow') if v % 2 == 0 else \
        L(lang, 'RE: %s', 'RE: %s') % g.pname(p, lang, 4)
    m.in_reply_to = g.msgid(site['dom'])
    top = L(lang, g.pick(['Ok parfait, on garde la plage.', 'Oui c\'est beau, je m\'en occupe.', 'Vu, merci!']),
            g.pick(['Ok sounds good, we keep the slot.', 'Yes fine, I\'ll handle it.', 'Noted, thanks!']))
    qd = fmt_date((m.date - datetime.timedelta(hours=3)).date(), lang, 1)
    if lang == 'fr':
        quoted = ["Le %s, %s <%s> a écrit :" % (qd, g.staff_name(other, False), g.staff_addr(other, site)),
                  "> Salut,", ">",
                  "> Pour %s (%s), %s demain matin pour %s." % (g.pname(p, lang), g.fmt_mrn(p['mrn'], lang), e[0], e[2]),
                  "> %s prend %s, cessé seulement hier soir. On le fait quand même?" % (L(lang, 'Elle' if p['sex'] == 'F' else 'Il', ''), ac[0]),
                  "> Et personne pour %s ramener à la maison." % ('la' if p['sex'] == 'F' else 'le'), ">", "> %s" % other[0]]
    else:
        quoted = ["On %s, %s <%s> wrote:" % (qd, g.staff_name(other, False), g.staff_addr(other, site)),
                  "> Hi,", ">",
                  "> Re %s (%s), %s tomorrow am for %s." % (g.pname(p, lang), g.fmt_mrn(p['mrn'], lang), e[1], e[3]),
                  "> %s on %s and only held it last night. Do we still go ahead?" % ("She's" if p['sex'] == 'F' else "He's", ac[1]),
                  "> Also says nobody can drive %s home." % ('her' if p['sex'] == 'F' else 'him'), ">", "> %s" % other[0]]
    if v >= 2:
        quoted = ['-----' + L(lang, 'Message d\'origine', 'Original Message') + '-----',
                  L(lang, 'De : ', 'From: ') + g.staff_name(other, False),
                  L(lang, 'Envoyé : ', 'Sent: ') + qd] + [q[2:] if q.startswith('> ') else q.lstrip('>') for q in quoted[1:]]
    m.text = top + g.sig(s, site, lang, short=True) + '\n\n' + '\n'.join(quoted)
    m.types.update(['patient_name', 'mrn', 'diagnosis', 'medication', 'social_information'])
    m.note = 'short reply; identifying content only in quoted text'
    return m


def p_inline_forward(g, lang, v):
    m, site, s = base(g, lang, 'inline_forward', 'pharm')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    other = g.staff(lang, 'pac')
    m.to = [g.staff_pair(g.staff(lang, 'pharm', exclude=(s,)), site)]
    m.subject = L(lang, 'TR: %s', 'FW: %s') % L(lang, 'méthadone + chirurgie', 'methadone patient - periop plan')
    com = COMORB[8][pi]
    dose = g.rng.randrange(40, 120)
    nam = fmt_nam(p['nam'], g.pick(['plain', 'lower', 'sp2']))
    fwd_hdr = [L(lang, '-------- Message transféré --------', '-------- Forwarded Message --------'),
               L(lang, 'Objet : ', 'Subject: ') + L(lang, 'méthadone + chirurgie', 'methadone patient - periop plan'),
               L(lang, 'Date : ', 'Date: ') + fmt_date((m.date - datetime.timedelta(days=1)).date(), lang, 1),
               L(lang, 'De : ', 'From: ') + '%s <%s>' % (g.staff_name(other, False), g.staff_addr(other, site)), '']
    if lang == 'fr':
        inner = ["Bonjour la pharmacie,", "", "Patient %s, NAM %s, %s à %d mg DIE (pharmacie communautaire Jean-Coutu? à vérifier)." %
                 (g.pname(p, lang, 0), nam, com, dose),
                 "Chirurgie le %s. Pouvez-vous confirmer la dose avec la pharmacie et prévoir la dose du matin à la CDJ?" % fmt_date(g.future(m.date, 2, 10), lang, 1),
                 "Il a un ATCD de consommation de fentanyl de rue (2022).", "", "Merci"]
        top = "Peux-tu t'en occuper? Je suis en congé demain."
    else:
        inner = ["Hi pharmacy,", "", "Patient %s, RAMQ %s, %s %d mg daily (community pharmacy to be confirmed)." %
                 (g.pname(p, lang, 0), nam, com, dose),
                 "Surgery on %s. Can you confirm the dose and arrange the morning dose in Day Surgery?" % fmt_date(g.future(m.date, 2, 10), lang, 1),
                 "History of street fentanyl use (2022).", "", "Thanks"]
        top = "Can you take this one? I'm off tomorrow."
    m.text = top + g.sig(s, site, lang, short=True) + '\n\n' + '\n'.join(fwd_hdr + inner)
    m.types.update(['patient_name', 'ramq_nam', 'diagnosis', 'medication', 'social_information'])
    m.note = 'inline forward with identifiers in forwarded part'
    return m


def p_attached_eml(g, lang, v):
    m, site, s = base(g, lang, 'attached_eml', g.pick(['endo', 'pac']))
    p = g.patient(lang) if v != 2 else g.patient_other('on', lang)
    pi = 0 if lang == 'fr' else 1
    inner = Mail(lang, 'inner')
    isite = site
    iother = g.staff(lang, exclude=(s,))
    inner.sender = g.staff_pair(iother, isite)
    inner.to = [g.staff_pair(s, site)]
    inner.date = m.date - datetime.timedelta(days=1, hours=2)
    lab = [lab_value(g, i, lang) for i in (0, 5)]
    e = g.pick(ENDO_PROCS)
    inner.subject = L(lang, 'Résultats préop - %s', 'Pre-op bloodwork - %s') % g.pname(p, lang, 2)
    ident = ('NAM ' + fmt_nam(p['nam'], 'spaced')) if p.get('nam') else ('HN ' + fmt_hn(p['hn'], 1))
    if lang == 'fr':
        inner.text = '\n'.join(["Bonjour,", "", "Résultats de %s (%s) avant sa %s :" % (g.pname(p, lang, 0), ident, e[0]),
                                "- %s %s %s" % lab[0], "- %s %s %s" % lab[1], "",
                                "Avec ces valeurs je préfère reporter; à discuter avec l'hémato.", "", iother[0]])
    else:
        inner.text = '\n'.join(["Hi,", "", "Results for %s (%s) ahead of the %s:" % (g.pname(p, lang, 0), ident, e[1]),
                                "- %s %s %s" % lab[0], "- %s %s %s" % lab[1], "",
                                "With these numbers I'd rather postpone; to discuss with haematology.", "", iother[0]])
    raw = inner_eml(g, inner)
    m.attach(L(lang, 'Résultats préop.eml', 'Pre-op bloodwork.eml') if v % 2 == 0 else 'message.eml', 'message/rfc822', raw, kind='eml')
    boss = g.staff(lang, exclude=(s, iother))
    m.to = [g.staff_pair(boss, site)]
    m.subject = L(lang, 'TR : courriel de %s (voir PJ)', 'FW: see attached e-mail from %s') % iother[0]
    m.text = '\n'.join([g.greet(lang, boss[0]), '', L(lang, 'Je te joins le courriel original. On reporte?', 'Attaching the original e-mail. Postpone?'),
                        '', g.thanks(lang)]) + g.sig(s, site, lang, short=True)
    m.types.update(['patient_name', 'lab_result', 'ramq_nam' if p.get('nam') else 'ca_health_number'])
    m.note = 'patient data only inside attached .eml'
    return m


def p_zip_results(g, lang, v):
    m, site, s = base(g, lang, 'zip_results', 'endo')
    pi = 0 if lang == 'fr' else 1
    files = []
    pts = [g.patient(lang) for _ in range(g.rng.randrange(3, 6))]
    rows = [['nom', 'prenom', 'ddn', 'dossier', 'resultat'] if lang == 'fr' else ['surname', 'given', 'dob', 'mrn', 'result']]
    for p in pts:
        rows.append([p['surname'], p['given'], p['dob'].isoformat(), '%07d' % p['mrn'], g.pick(PATHO)[pi]])
    files.append((L(lang, 'resultats_patho_semaine.csv', 'weekly_path_results.csv'), make_csv(rows)))
    if v % 2:
        p0 = pts[0]
        files.append(('%s_%s.pdf' % (p0['surname'], L(lang, 'lettre', 'letter')),
                      make_pdf(L(lang, 'Lettre au patient', 'Letter to patient'),
                               ['%s %s' % (p0['given'], p0['surname']), g.addr_line(p0, lang), '',
                                L(lang, 'Votre résultat : ', 'Your result: ') + rows[1][4]], author=g.staff_name(s, False))))
    zname = L(lang, 'patho_%s.zip', 'pathology_%s.zip') % m.date.strftime('%Y%m%d')
    m.attach(zname, 'application/zip', make_zip(files))
    m.to = [g.staff_pair(g.staff(lang, 'endo', exclude=(s,)), site)]
    m.subject = L(lang, 'Résultats patho de la semaine (zip)', 'This week\'s path results (zip)')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Fichier compressé joint, mot de passe habituel... en fait non, pas de mot de passe, désolée.',
                                             'Zipped file attached (forgot to password-protect it, sorry).'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'date_of_birth', 'mrn', 'lab_result', 'diagnosis'])
    if v % 2:
        m.types.add('patient_contact')
    m.note = 'ZIP with path results'
    return m


def p_vcard_contact(g, lang, v):
    m, site, s = base(g, lang, 'vcard_contact', 'ds')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    proc = g.pick(DS_PROCS)
    note = L(lang, 'Patient CDJ - %s - %s. Rappeler pour devancer la date.', 'Day surgery pt - %s - %s. Call to move date up.') % (proc[pi], proc[2 + pi])
    vcf = make_vcf('%s %s' % (p['given'], p['surname']), p['given'], p['surname'], tel=('CELL', p['phone']),
                   email_=p['email'] if v % 2 else None,
                   adr=('%d %s' % (p['addr']['num'], p['addr']['street']), p['addr']['city'], p['addr']['prov'], p['addr']['pc']) if v >= 2 else None,
                   note=note)
    m.attach('%s %s.vcf' % (p['given'], p['surname']), 'text/x-vcard' if v % 2 else 'text/vcard', vcf, kind='text')
    m.to = [g.staff_pair(g.staff(lang, 'ds', exclude=(s,)), site)]
    m.subject = L(lang, 'contact pour la liste de désistement', 'contact for the cancellation list')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Voici sa fiche contact, elle est dispo sur court préavis.',
                                             'Contact card attached, available on short notice.'), '']) + g.sig(s, site, lang, short=True)
    m.types.update(['patient_name', 'patient_contact', 'diagnosis'])
    m.note = 'patient vCard with care note'
    return m


def p_waitlist_update(g, lang, v):
    m, site, s = base(g, lang, 'waitlist_roster', 'bloc')
    pi = 0 if lang == 'fr' else 1
    surg = g.staff(lang, 'bloc', exclude=(s,))
    m.to = [g.staff_pair(surg, site)]
    m.subject = L(lang, 'Liste d\'attente > 6 mois - %s', 'Wait list > 6 months - %s') % g.staff_name(surg, False)
    lines = [g.greet(lang, g.staff_name(surg)), '',
             L(lang, 'Vos patients en attente depuis plus de 6 mois (priorité P4) :', 'Your patients waiting over 6 months (P4):'), '']
    for i in range(g.rng.randrange(5, 9)):
        p = g.patient(lang)
        proc = g.pick(DS_PROCS)
        wait = g.rng.randrange(190, 420)
        if v % 2 == 0:
            lines.append('%s %s  %s  %s  %s j' % (p['surname'].upper(), p['given'], fmt_dob(p['dob'], lang, g.rng), proc[2 + pi], wait)
                         if lang == 'fr' else '%s %s  %s  %s  %s d' % (p['surname'].upper(), p['given'], fmt_dob(p['dob'], lang, g.rng), proc[2 + pi], wait))
        else:
            lines.append('%d. %s — %s — %s (%d %s)' % (i + 1, g.pname(p, lang, g.pick([2, 5])), fmt_nam(p['nam'], 'sp2'), proc[pi], wait, L(lang, 'jours', 'days')))
    lines += ['', L(lang, 'Merci de confirmer ceux qu\'on peut offrir à un autre chirurgien (accès 6 mois).',
                   'Please confirm which ones can be offered to another surgeon (6-month access target).')]
    m.text = '\n'.join(lines) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'diagnosis'])
    m.types.add('date_of_birth' if v % 2 == 0 else 'ramq_nam')
    m.note = 'surname-first wait-list roster'
    return m


def p_preop_labs(g, lang, v):
    m, site, s = base(g, lang, 'preop_labs', 'pac')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    idx = g.rng.sample(range(len(LABS)), 3)
    vals = [lab_value(g, i, lang) for i in idx]
    doc = g.staff(lang, 'pac', exclude=(s,))
    m.to = [g.staff_pair(doc, site)]
    m.subject = L(lang, 'Labos préop anormaux', 'Abnormal pre-op labs') + (' - %s' % g.pname(p, lang, 3) if v < 2 else '')
    name = g.pname(p, lang, g.pick([0, 1, 2, 6])) if v != 2 else p['given'][0] + p['surname'][0]
    ident = g.fmt_mrn(p['mrn'], lang)
    table = [L(lang, 'Analyse | Résultat | Unité', 'Test | Result | Unit')] + ['%s | %s | %s' % x for x in vals]
    if lang == 'fr':
        txt = [g.greet(lang, doc[0]), '', "Labos de %s (%s), chirurgie prévue le %s :" % (name, ident, fmt_date(g.future(m.date), lang, 1)), ''] + table + \
              ['', "On la garde au programme ou on reporte?", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang, doc[0]), '', "Labs for %s (%s), surgery on %s:" % (name, ident, fmt_date(g.future(m.date), lang, 1)), ''] + table + \
              ['', "Keep on the list or postpone?", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    if v == 3:
        m.style = 'html'
    m.types.update(['mrn', 'lab_result'])
    if v != 2:
        m.types.add('patient_name')
    m.note = 'abnormal pre-op labs' + (' (initials + MRN only)' if v == 2 else '')
    return m


def p_anticoag_bridging(g, lang, v):
    m, site, s = base(g, lang, 'anticoag_bridging', 'pharm')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    d = g.future(m.date, 8, 25)
    wt = g.rng.randrange(58, 118)
    enox = wt  # 1 mg/kg
    m.to = [('%s %s' % (p['given'], p['surname']), p['email'])] if v % 2 else [g.unit_addr(lang, 'endo', site)]
    m.subject = L(lang, 'Plan de relais anticoagulant - coloscopie du %s', 'Anticoagulation bridging plan - colonoscopy %s') % fmt_date(d, lang, 0)
    hdr = L(lang, 'Jour | Warfarine | Énoxaparine', 'Day | Warfarin | Enoxaparin')
    rows = []
    for k in (-5, -3, -2, -1, 0, 1):
        dd = d + datetime.timedelta(days=k)
        rows.append('%s (J%+d) | %s | %s' % (fmt_date(dd, lang, 0), k, L(lang, 'cesser', 'hold') if k < 0 else L(lang, 'reprendre 5 mg', 'resume 5 mg'),
                                               '%d mg SC BID' % enox if k in (-3, -2, 1) else ('%d mg SC AM' % enox if k == -1 else '—')))
    who = g.pname(p, lang, 1)
    if lang == 'fr':
        txt = ["%s," % who, '', "Voici votre plan de relais (valve mécanique, poids %d kg) :" % wt, ''] + [hdr] + rows + \
              ['', "INR à faire le %s au CLSC. Si saignement, appelez-nous au %s." % (fmt_date(d - datetime.timedelta(days=1), lang, 1), site['phone'])]
    else:
        txt = ["%s," % who, '', "Here is your bridging plan (mechanical valve, weight %d kg):" % wt, ''] + [hdr] + rows + \
              ['', "INR to be drawn on %s at the clinic. Any bleeding, call us at %s." % (fmt_date(d - datetime.timedelta(days=1), lang, 1), site['phone'])]
    m.text = '\n'.join(txt) + g.sig(s, site, lang, disclaimer=True)
    m.style = 'alt' if v < 2 else 'html'
    m.types.update(['patient_name', 'medication', 'diagnosis'])
    m.note = 'warfarin-enoxaparin bridging table'
    return m


def p_screening_isolation(g, lang, v):
    m, site, s = base(g, lang, 'screening_isolation', 'ds')
    p = g.patient(lang)
    org = g.pick([("SARM", "MRSA"), ("ERV", "VRE"), ("EPC (KPC)", "CPE (KPC)")])
    m.to = [g.unit_addr(lang, 'bloc', site), ('Prévention des infections' if lang == 'fr' else 'Infection Prevention', 'pci@%s' % site['dom'])]
    m.subject = L(lang, 'Isolement requis - dernier cas de la journée', 'Isolation required - schedule last case')
    n = g.pname(p, lang, g.pick([0, 2, 4])) if v != 3 else L(lang, 'Pt ', 'Pt ') + p['given'][0] + '.' + p['surname'][0] + '.'
    ident = g.fmt_mrn(p['mrn'], lang) if v % 2 else 'NAM ' + fmt_nam(p['nam'], 'plain')
    if lang == 'fr':
        txt = [g.greet(lang), '', "%s (%s) — dépistage %s positif le %s (écouvillon rectal)." % (n, ident, org[0], fmt_date((m.date - datetime.timedelta(days=6)).date(), lang, 0)),
               "Merci de mettre le cas en dernier et d'aviser l'URDM pour le nettoyage terminal.", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "%s (%s) - %s screen positive on %s (rectal swab)." % (n, ident, org[1], fmt_date((m.date - datetime.timedelta(days=6)).date(), lang, 0)),
               "Please book as last case and let MDRD know for terminal cleaning.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['lab_result', 'mrn' if v % 2 else 'ramq_nam'])
    if v != 3:
        m.types.add('patient_name')
    m.note = 'positive screening / isolation'
    return m


def p_interpreter_request(g, lang, v):
    m, site, s = base(g, lang, 'interpreter', 'endo')
    p = g.patient(lang)
    langue = g.pick([("espagnol", "Spanish"), ("mandarin", "Mandarin"), ("arabe", "Arabic"), ("cri", "Cree"), ("LSQ", "ASL")])
    e = g.pick(ENDO_PROCS)
    d = g.future(m.date)
    m.to = [('Banque d\'interprètes' if lang == 'fr' else 'Interpreter Services', 'interpretes@banque-interp.example')]
    m.subject = L(lang, 'Demande d\'interprète %s - %s', 'Interpreter request (%s) - %s') % (langue[0] if lang == 'fr' else langue[1], fmt_date(d, lang, 0))
    n = g.pname(p, lang, g.pick([0, 1, 3]))
    if lang == 'fr':
        txt = [g.greet(lang), '', "Interprète %s requis pour %s, %s à 9 h, %s." % (langue[0], n, fmt_date(d, lang, 2), UNITS[lang]['endo']),
               "Examen : %s (%s). Durée : 1 h 30 incluant le consentement." % (e[0], e[2]),
               "Personne réfugiée depuis 2023, sera accompagnée de sa travailleuse sociale.", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "%s interpreter needed for %s, %s at 9:00, %s." % (langue[1], n, fmt_date(d, lang, 2), UNITS[lang]['endo']),
               "Procedure: %s (%s). Approx. 90 minutes including consent." % (e[1], e[3]),
               "Patient arrived as a refugee in 2023 and will come with a social worker.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.types.update(['patient_name', 'diagnosis', 'social_information'])
    m.note = 'interpreter request with social context'
    return m


def p_allergy_alert(g, lang, v):
    m, site, s = base(g, lang, 'allergy_alert', 'pharm')
    p = g.patient(lang)
    pi = 0 if lang == 'fr' else 1
    al = ALLERGIES[5] if v % 2 == 0 else g.pick(ALLERGIES)
    m.to = [g.unit_addr(lang, 'bloc', site), g.unit_addr(lang, 'pac', site)]
    m.extra = [('Importance', 'high'), ('X-Priority', '1')]
    m.subject = L(lang, '⚠ ALERTE ALLERGIE - %s', '⚠ ALLERGY ALERT - %s') % (g.pname(p, lang, 2) if v < 2 else '%07d' % p['mrn'])
    if lang == 'fr':
        txt = ["**ALERTE**", '', "Patient(e) : %s, DDN %s, %s" % (g.pname(p, lang, 2), p['dob'].isoformat(), g.fmt_mrn(p['mrn'], lang)),
               "Allergie confirmée par tests cutanés : %s." % al[0],
               "Ajoutée au DSQ et au bracelet. Ne pas utiliser en peropératoire; alternatives : cisatracurium.", '', "Pharmacie — allergologie"]
    else:
        txt = ["**ALERT**", '', "Patient: %s, DOB %s, %s" % (g.pname(p, lang, 2), p['dob'].isoformat(), g.fmt_mrn(p['mrn'], lang)),
               "Allergy confirmed by skin testing: %s." % al[1],
               "Added to the chart and wristband. Do not use intra-op; alternative: cisatracurium.", '', "Pharmacy - allergy service"]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.style = 'html' if v >= 2 else None
    m.types.update(['patient_name', 'date_of_birth', 'mrn', 'medication', 'diagnosis'])
    m.note = 'allergy alert'
    return m


POSITIVES = [p_booking_confirm, p_cancellation, p_preop_questionnaire_pdf, p_preop_questionnaire_docx, p_bowel_prep,
             p_path_result, p_drug_interaction, p_shortage_substitution, p_or_list_xlsx, p_endo_schedule_csv, p_preop_ics,
             p_transport_escort, p_anaesthesia_consult, p_postop_call, p_med_rec, p_ontario_referral, p_foreign_fr,
             p_foreign_be, p_work_injury_sin, p_reply_quoted, p_inline_forward, p_attached_eml, p_zip_results,
             p_vcard_contact, p_waitlist_update, p_preop_labs, p_anticoag_bridging, p_screening_isolation,
             p_interpreter_request, p_allergy_alert]


# ---------------------------------------------------------------------------
# NEGATIVE templates — v = instance 0..4
# ---------------------------------------------------------------------------
def n_or_block_schedule(g, lang, v):
    m, site, s = base(g, lang, 'or_block_schedule', 'bloc')
    pi = 0 if lang == 'fr' else 1
    days = EN_DAYS[:5] if lang == 'en' else [d.capitalize() for d in FR_DAYS[:5]]
    rows = [[L(lang, 'Salle', 'Room')] + days]
    for r in range(1, g.rng.randrange(5, 8)):
        row = ['%s%d' % (L(lang, 'S', 'OR'), r)]
        for _ in days:
            st = g.staff(lang, g.pick(['bloc', 'bloc', 'endo']))
            row.append(g.pick(['%s (AM)' % st[1], '%s 07:30-15:30' % st[1], L(lang, 'Fermée', 'Closed'), st[1] + ' / ' + g.staff(lang, 'bloc')[1]]))
        rows.append(row)
    mon = g.future(m.date, 10, 40)
    mon -= datetime.timedelta(days=mon.weekday())
    m.attach(L(lang, 'blocs_operatoires_semaine_%s.xlsx', 'OR_block_schedule_wk_%s.xlsx') % mon.strftime('%Y%m%d'),
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
             make_xlsx([(L(lang, 'Blocs', 'Blocks'), rows), (L(lang, 'Anesthésie', 'Anaesthesia'),
                                                            [[d, g.staff(lang, 'pac')[1]] for d in days])], author=g.staff_name(s, False)))
    m.to = [(L(lang, 'Chirurgiens - CDJ', 'Surgeons - Day Surgery'), 'chirurgiens-cdj@%s' % site['dom'])]
    m.subject = L(lang, 'Horaire des blocs - semaine du %s', 'OR block schedule - week of %s') % fmt_date(mon, lang, 1)
    extra = L(lang, "La salle 4 est fermée mardi (entretien du système de ventilation). Le bloc de Dre Côté est déplacé en S2.",
              "OR 4 closed Tuesday (HVAC maintenance). Dr. Wilson's block moves to OR 2.")
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Voici l\'horaire des blocs opératoires pour la semaine du %s.',
                                             'Attached is the OR block schedule for the week of %s.') % fmt_date(mon, lang, 1),
                        extra, L(lang, 'Toute demande d\'échange de bloc doit passer par moi avant jeudi midi.',
                                 'Block swap requests go through me before Thursday noon.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'OR block schedule, no patients'
    return m


def n_sterilisation_log(g, lang, v):
    m, site, s = base(g, lang, 'sterilisation_log', 'steril')
    rows = [[L(lang, 'Date', 'Date'), L(lang, 'Stérilisateur', 'Sterilizer'), L(lang, 'Cycle', 'Cycle'), L(lang, 'No charge', 'Load #'),
             L(lang, 'Type', 'Type'), 'BI', L(lang, 'Bowie-Dick', 'Bowie-Dick'), L(lang, 'Opérateur', 'Operator')]]
    d0 = m.date.date() - datetime.timedelta(days=7)
    for i in range(g.rng.randrange(10, 18)):
        dd = d0 + datetime.timedelta(days=i // 3)
        load = '%s%06d' % (g.pick(['L', 'C', '']), g.rng.randrange(100000, 999999))
        rows.append([dd.isoformat(), 'STER-%02d' % g.rng.randrange(1, 5), str(g.rng.randrange(1000, 9999)), load,
                     g.pick(['134C 4min', '121C 30min', 'V-PRO low temp', 'Sterrad 100NX']),
                     g.pick(['Neg', 'Neg', 'Neg', 'n/a']), g.pick(['Pass', 'OK', '-']), g.pick(['CB', 'MB', 'JT', 'RL'])])
    m.attach(L(lang, 'registre_sterilisation.csv', 'sterilizer_log.csv'), 'text/csv', make_csv(rows, sep=';' if v % 2 else ','), kind='text')
    m.to = [g.staff_pair(g.staff(lang, 'bloc'), site)]
    if v >= 3:
        m.cc = [('Prévention des infections' if lang == 'fr' else 'Infection Prevention', 'pci@%s' % site['dom'])]
    m.subject = L(lang, 'Registre des cycles de stérilisation - semaine %d', 'Sterilizer cycle log - week %d') % m.date.isocalendar()[1]
    m.text = '\n'.join([g.greet(lang), '', L(lang, "Registre hebdomadaire en PJ. Tous les indicateurs biologiques sont négatifs. "
                                             "Le cycle 4471 du STER-02 a été rejeté (pression), la charge a été retraitée.",
                                             "Weekly log attached. All biological indicators negative. Cycle 4471 on STER-02 was aborted "
                                             "(pressure fault); the load was reprocessed."), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'sterilizer load log'
    return m


def luhn_serial(g, n=9):
    body = ''.join(g.pick('0123456789') for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def n_scope_reprocessing(g, lang, v):
    m, site, s = base(g, lang, 'scope_reprocessing', 'steril')
    lines = []
    hdr = L(lang, 'Endoscope | No série | Test d\'étanchéité | ATP (RLU) | Statut', 'Scope | Serial # | Leak test | ATP (RLU) | Status')
    for i in range(g.rng.randrange(4, 8)):
        model = g.pick(['GIF-H190', 'CF-HQ190L', 'PCF-H190DL', 'TJF-Q190V', 'EG-760R', 'EC-760ZP'])
        atp = g.rng.randrange(8, 260)
        leak = g.pick(['OK', 'OK', 'OK', L(lang, 'ÉCHEC', 'FAIL')])
        status = L(lang, 'hors service', 'out of service') if leak != 'OK' else \
            (L(lang, 'conforme', 'pass') if atp < 200 else L(lang, 'retraiter', 'reprocess'))
        lines.append('%s | %s | %s | %d | %s' % (model, luhn_serial(g, g.pick([7, 9, 10])), leak, atp, status))
    m.to = [g.unit_addr(lang, 'endo', site)]
    m.subject = L(lang, 'Suivi retraitement des endoscopes - %s', 'Endoscope reprocessing QA - %s') % fmt_date(m.date.date(), lang, 0)
    if lang == 'fr':
        txt = [g.greet(lang), '', "Résultats des contrôles de retraitement d'hier :", '', hdr] + lines + \
              ['', "Le duodénoscope TJF en échec au test d'étanchéité est retiré du service et envoyé chez le fournisseur (RMA à venir).",
               "Rappel : cultures de surveillance des duodénoscopes le 1er de chaque mois.", '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "Yesterday's reprocessing QA results:", '', hdr] + lines + \
              ['', "Any scope failing the leak test is out of service and goes back to the vendor (RMA to follow).",
               "Reminder: duodenoscope surveillance cultures on the 1st of each month.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.style = 'alt' if v % 2 else None
    m.note = 'scope reprocessing QA with serial numbers'
    return m


def n_formulary_update(g, lang, v):
    m, site, s = base(g, lang, 'formulary_update', 'pharm')
    m.to = [(L(lang, 'Tous les prescripteurs', 'All prescribers'), 'prescripteurs@%s' % site['dom'])]
    m.subject = L(lang, 'Mise à jour de la liste locale des médicaments - comité P&T %s', 'Formulary update - P&T committee %s') % \
        L(lang, FR_MONTHS[m.date.month - 1], EN_MONTHS[m.date.month - 1])
    if lang == 'fr':
        items = ["- AJOUT : sugammadex 200 mg/2 mL — réservé aux blocs neuromusculaires profonds ou allergie au néostigmine",
                 "- AJOUT : remimazolam 20 mg — sédation en endoscopie, ordonnance par anesthésiologiste seulement",
                 "- RETRAIT : mépéridine injectable (remplacée par hydromorphone)",
                 "- MODIFICATION : céfazoline 3 g si poids > 120 kg (antibioprophylaxie chirurgicale)",
                 "- RESTRICTION : tranexamique topique — arthroplasties uniquement"]
        txt = [g.greet(lang), '', "Voici les décisions du comité de pharmacologie de ce mois :", ''] + g.rng.sample(items, 4) + \
              ['', "La liste complète est disponible dans l'intranet, section Pharmacie > Formulaire.", '', g.thanks(lang)]
    else:
        items = ["- ADDED: sugammadex 200 mg/2 mL - restricted to deep block reversal or neostigmine contraindication",
                 "- ADDED: remimazolam 20 mg - endoscopy sedation, anaesthesiologist order only",
                 "- REMOVED: meperidine injection (use hydromorphone)",
                 "- CHANGED: cefazolin 3 g if weight > 120 kg (surgical prophylaxis)",
                 "- RESTRICTED: topical tranexamic acid - arthroplasty only"]
        txt = [g.greet(lang), '', "Decisions from this month's Pharmacy & Therapeutics committee:", ''] + g.rng.sample(items, 4) + \
              ['', "Full formulary on the intranet under Pharmacy > Formulary.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    if v >= 3:
        m.attach(L(lang, 'Bulletin_PT.pdf', 'PT_bulletin.pdf'), 'application/pdf',
                 make_pdf(L(lang, 'Bulletin du comité P&T', 'P&T Committee Bulletin'), [x[2:] for x in items], author=g.staff_name(s, False)))
    m.note = 'formulary bulletin'
    return m


def n_shortage_bulletin(g, lang, v):
    m, site, s = base(g, lang, 'shortage_bulletin', 'pharm')
    sh = SHORTAGES[v % len(SHORTAGES)]
    pi = 0 if lang == 'fr' else 1
    m.to = [(L(lang, 'Chefs de service cliniques', 'Clinical managers'), 'gestionnaires@%s' % site['dom'])]
    m.subject = L(lang, 'AVIS DE PÉNURIE : %s', 'SHORTAGE NOTICE: %s') % sh[pi]
    din = '%08d' % g.rng.randrange(2000000, 2500000)
    lot = 'LOT %s%d' % (g.pick(['A', 'K', 'P']), g.rng.randrange(10000, 99999))
    if lang == 'fr':
        lines = ["Produit : %s (DIN %s)" % (sh[0], din), "Durée estimée : %d semaines" % g.rng.randrange(3, 16),
                 "Inventaire actuel : %d unités (environ %d jours)" % (g.rng.randrange(40, 400), g.rng.randrange(5, 30)),
                 "Alternative : %s" % sh[2], "Dernier lot reçu : %s" % lot,
                 "Les ordonnances seront automatiquement substituées par la pharmacie selon l'ordonnance collective OC-PH-112."]
    else:
        lines = ["Product: %s (DIN %s)" % (sh[1], din), "Expected duration: %d weeks" % g.rng.randrange(3, 16),
                 "Current stock: %d units (about %d days)" % (g.rng.randrange(40, 400), g.rng.randrange(5, 30)),
                 "Alternative: %s" % sh[3], "Last lot received: %s" % lot,
                 "Orders will be auto-substituted by pharmacy under medical directive MD-PH-112."]
    if v % 2 == 0:
        m.attach(L(lang, 'Avis_penurie_%s.pdf', 'Shortage_notice_%s.pdf') % din, 'application/pdf',
                 make_pdf(L(lang, 'Avis de pénurie', 'Drug shortage notice'), lines, author=L(lang, 'Département de pharmacie', 'Pharmacy Department')))
        m.text = '\n'.join([g.greet(lang), '', L(lang, 'Veuillez prendre connaissance de l\'avis ci-joint.', 'Please see the attached shortage notice.'), '']) + g.sig(s, site, lang)
    else:
        m.text = '\n'.join([g.greet(lang), ''] + ['- ' + x for x in lines] + ['', g.thanks(lang)]) + g.sig(s, site, lang)
        m.style = 'html'
    m.note = 'drug shortage bulletin, no patients'
    return m


def n_hand_hygiene_audit(g, lang, v):
    m, site, s = base(g, lang, 'hygiene_audit', g.pick(['ds', 'endo']))
    units = [UNITS[lang]['ds'], UNITS[lang]['endo'], UNITS[lang]['pac'], UNITS[lang]['bloc'], 'SSPI' if lang == 'fr' else 'PACU']
    rows = [L(lang, 'Unité | Observations | Conformité | Cible', 'Unit | Observations | Compliance | Target')]
    for u in units:
        rows.append('%s | %d | %d %% | 80 %%' % (u, g.rng.randrange(30, 140), g.rng.randrange(61, 97)))
    m.to = [(L(lang, 'Gestionnaires - Direction des soins infirmiers', 'Nurse managers'), 'dsi-gest@%s' % site['dom'])]
    m.subject = L(lang, 'Audit hygiène des mains - T%d', 'Hand hygiene audit - Q%d') % ((m.date.month - 1) // 3 + 1)
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Résultats de l\'audit trimestriel (observations directes, 4 moments) :',
                                             'Quarterly audit results (direct observation, 4 moments):'), ''] + rows +
                       ['', L(lang, 'Moment le plus manqué : après contact avec l\'environnement du patient.',
                              'Most missed moment: after contact with patient surroundings.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    if v >= 2:
        m.attach(L(lang, 'audit_hygiene.xlsx', 'hand_hygiene_audit.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 make_xlsx([('Audit', [r.split(' | ') for r in rows])], author=g.staff_name(s, False)))
    m.note = 'aggregate audit'
    return m


def n_endoscopy_quality(g, lang, v):
    m, site, s = base(g, lang, 'endoscopy_quality', 'endo')
    rows = [L(lang, 'Endoscopiste | Coloscopies | TDA | Intubation caecale | Temps de retrait (min)',
              'Endoscopist | Colonoscopies | ADR | Caecal intubation | Withdrawal time (min)')]
    for st in [x for x in STAFF[lang] if x[5] == 'endo' and x[2]] + [g.staff(lang, 'bloc')]:
        rows.append('%s | %d | %d %% | %d %% | %.1f' % (g.staff_name(st), g.rng.randrange(120, 480), g.rng.randrange(22, 48),
                                                         g.rng.randrange(92, 99), g.rng.uniform(6.2, 11.5)))
    m.to = [(L(lang, 'Service de gastro-entérologie', 'Gastroenterology division'), 'gastro@%s' % site['dom'])]
    m.subject = L(lang, 'Indicateurs de qualité en coloscopie %d', 'Colonoscopy quality indicators %d') % (m.date.year - 1)
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Voici les indicateurs annuels (PQDCCR). Taux de détection d\'adénomes (TDA) cible ≥ 25 %.',
                                             'Annual indicators below. Adenoma detection rate (ADR) target >= 25%.'), ''] + rows +
                       ['', L(lang, '3 perforations sur 2 914 examens (0,10 %), 11 saignements post-polypectomie.',
                              '3 perforations in 2,914 procedures (0.10%), 11 post-polypectomy bleeds.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'endoscopist-level aggregate quality indicators'
    return m


def n_education_session(g, lang, v):
    m, site, s = base(g, lang, 'education_session', g.pick(['pac', 'pharm', 'endo']))
    topics = [("Prise en charge des voies aériennes difficiles", "Difficult airway management"),
              ("Agonistes GLP-1 et risque d'aspiration en périopératoire", "GLP-1 agonists and peri-operative aspiration risk"),
              ("Nouveautés en préparation colique", "What's new in bowel preparation"),
              ("Gestion des anticoagulants oraux directs en endoscopie", "DOAC management around endoscopy"),
              ("Hyperthermie maligne : simulation", "Malignant hyperthermia: simulation drill")]
    t = topics[v % len(topics)]
    spk = g.staff(lang, g.pick(['pac', 'endo', 'pharm']))
    d = g.future(m.date, 7, 30)
    start = datetime.datetime.combine(d, datetime.time(12, 0))
    title = t[0] if lang == 'fr' else t[1]
    m.to = [(L(lang, 'Personnel CDJ-Endo-CPA', 'DS-Endo-PAC staff'), 'formation@%s' % site['dom'])]
    m.subject = L(lang, 'Midi-conférence : %s', 'Lunch & learn: %s') % title
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Vous êtes invités à la midi-conférence du %s, 12 h à 13 h, salle Laurentienne.',
                                             'You are invited to the lunch & learn on %s, 12:00-13:00, Boardroom B.') % fmt_date(d, lang, 1),
                        '', L(lang, 'Conférencier : %s (%s)', 'Speaker: %s (%s)') % (g.staff_name(spk), spk[3] if lang == 'fr' else spk[4]),
                        L(lang, 'Sujet : %s', 'Topic: %s') % title,
                        L(lang, 'Cas cliniques anonymisés présentés. 1 h de formation accréditée (OIIQ).',
                              'Anonymised cases will be presented. 1 hour accredited CE credit.'),
                        '', L(lang, 'Dîner fourni, inscription obligatoire.', 'Lunch provided, registration required.')]) + g.sig(s, site, lang)
    m.attach('formation.ics' if lang == 'fr' else 'lunch_and_learn.ics', 'text/calendar; method=REQUEST',
             make_ics('edu-%d@%s' % (g.rng.randrange(10 ** 6), site['dom']), start, start + datetime.timedelta(hours=1), title,
                      description=L(lang, 'Conférencier: %s', 'Speaker: %s') % g.staff_name(spk), location=L(lang, 'Salle Laurentienne', 'Boardroom B'),
                      organizer=g.staff_pair(s, site)), kind='text')
    m.note = 'education session invite'
    return m


def n_staff_schedule(g, lang, v):
    m, site, s = base(g, lang, 'staff_schedule', g.pick(['ds', 'endo']))
    staff_names = ['Tremblay J.', 'Gagnon M.', 'Lévesque K.', 'Roy A.', 'Taylor M.', 'Wilson P.', 'Fortin E.', 'Bouchard S.', 'Nadeau G.']
    rows = [[L(lang, 'Employé(e)', 'Employee'), L(lang, 'Matricule', 'Employee #')] + ['%s %d' % (L(lang, 'J', 'D'), i) for i in range(1, 15)]]
    for n in g.rng.sample(staff_names, 7):
        rows.append([n, str(g.rng.randrange(100000, 999999))] + [g.pick(['J', 'J', 'S', 'N', 'C', '-', 'F']) for _ in range(14)])
    m.attach(L(lang, 'horaire_periode_%02d.xlsx', 'rotation_period_%02d.xlsx') % g.rng.randrange(1, 13),
             'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', make_xlsx([(L(lang, 'Horaire', 'Rotation'), rows)], author=g.staff_name(s, False)))
    m.to = [(L(lang, 'Équipe infirmière', 'Nursing team'), 'equipe-%s@%s' % (s[5], site['dom']))]
    m.subject = L(lang, 'Horaire de la prochaine période (14 jours)', 'Next 14-day rotation')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Horaire en PJ. Légende : J=jour, S=soir, N=nuit, C=congé, F=férié. '
                                             'Les échanges doivent être approuvés. Manon G. remplace Karine pour la formation RCR.',
                                             'Rotation attached. Legend: D=day, E=evening, N=night, O=off, H=stat. Swaps need approval. '
                                             'Megan covers Priya on the 9th for the ACLS course.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'staff rotation'
    return m


def n_staff_hr(g, lang, v):
    m, site, s = base(g, lang, 'staff_hr', g.pick(['ds', 'endo', 'pharm']))
    emp = g.staff(lang, exclude=(s,))
    m.to = [g.staff_pair(emp, site)]
    m.cc = [(L(lang, 'Santé et sécurité au travail', 'Occupational Health'), 'sst@%s' % site['dom'])]
    variants = [
        (L(lang, 'Rappel - vaccin antigrippal des employés', 'Reminder - staff flu vaccine'),
         L(lang, "Selon nos registres, votre vaccination antigrippale n'est pas inscrite. La clinique SST est ouverte mardi et jeudi 8 h-15 h.",
           "Our records show no flu vaccine on file for you. Occupational Health clinic is open Tue/Thu 8-3.")),
        (L(lang, 'Retour progressif au travail', 'Graduated return to work'),
         L(lang, "Tel que convenu avec la SST, ton retour progressif commence lundi : 3 jours/semaine pendant 4 semaines, tâches sans soulèvement.",
           "As agreed with Occupational Health, your graduated return starts Monday: 3 days/week for 4 weeks, no lifting.")),
        (L(lang, 'Test annuel d\'ajustement du masque N95', 'Annual N95 fit test'),
         L(lang, "Ton test d'ajustement N95 est échu (modèle 1870+). Réserve une plage avant la fin du mois.",
           "Your N95 fit test has expired (model 1870+). Please book a slot before month end.")),
        (L(lang, 'Congé - approbation', 'Leave request approved'),
         L(lang, "Ta demande de congé du 12 au 23 est approuvée. Je t'ai retiré de l'horaire de garde.",
           "Your leave from the 12th to the 23rd is approved. You have been removed from the on-call schedule.")),
        (L(lang, 'Exposition accidentelle - suivi employé', 'Needlestick follow-up (employee)'),
         L(lang, "Suite à ta piqûre accidentelle, ton suivi sérologique à 6 semaines est prévu. Le dossier est confidentiel à la SST.",
           "Following your needlestick, your 6-week serology follow-up is booked. The file stays with Occupational Health.")),
    ]
    subj, body = variants[v % 5]
    m.subject = subj
    m.text = '\n'.join([g.greet(lang, emp[0]), '', body, '', L(lang, 'Matricule : %d', 'Employee ID: %d') % g.rng.randrange(100000, 999999),
                        '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'employee HR/occupational health'
    return m


def n_blank_form(g, lang, v):
    m, site, s = base(g, lang, 'blank_form', 'pac')
    pi = 0 if lang == 'fr' else 1
    lines = ['##' + L(lang, 'Identification', 'Identification'),
             L(lang, 'Nom : ______________________   Prénom : __________________', 'Last name: ___________________   First name: _______________'),
             L(lang, 'Date de naissance : ____/____/______   NAM : ____ ____ ____', 'Date of birth: ____/____/______   Health card #: ____________'),
             L(lang, 'No de dossier : __________   Téléphone : (___) ___-____', 'MRN: __________   Phone: (___) ___-____'),
             '##' + L(lang, 'Antécédents (cochez)', 'Medical history (check)'),
             '[ ] ' + L(lang, 'Diabète', 'Diabetes') + '   [ ] ' + L(lang, 'Apnée du sommeil', 'Sleep apnea') + '   [ ] ' + L(lang, 'Hypertension', 'Hypertension'),
             '[ ] ' + L(lang, 'Anticoagulant', 'Blood thinner') + '   [ ] ' + L(lang, 'Allergie au latex', 'Latex allergy') + '   [ ] ' + L(lang, 'Hyperthermie maligne', 'Malignant hyperthermia'),
             '##' + L(lang, 'Médicaments actuels', 'Current medications'), '________________________________________',
             '##STOP-BANG', 'S __  T __  O __  P __  B __  A __  N __  G __']
    if v % 2 == 0:
        m.attach(L(lang, 'Questionnaire_preop_VIERGE.pdf', 'PreOp_Questionnaire_BLANK.pdf'), 'application/pdf',
                 make_pdf(L(lang, 'Questionnaire préopératoire', 'Pre-operative questionnaire'), lines, author='Formulaires', compress=bool(v % 3)))
    else:
        m.attach(L(lang, 'formulaire_CPA_v2025.docx', 'PAC_form_v2025.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 make_docx(L(lang, 'Questionnaire préopératoire', 'Pre-operative questionnaire'), [l.lstrip('#') for l in lines], author='Forms'))
    m.to = [(L(lang, 'Cliniques GMF du territoire', 'Family practice clinics'), 'liste-gmf@%s' % site['dom'])]
    m.subject = L(lang, 'Nouvelle version du questionnaire préopératoire', 'New version of the pre-op questionnaire')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Veuillez utiliser la version ci-jointe dès maintenant (les anciennes versions seront refusées). '
                                             'Le formulaire doit être rempli par le patient et faxé à la CPA au moins 2 semaines avant la chirurgie.',
                                             'Please use the attached version from now on (older versions will be returned). The form is to be '
                                             'completed by the patient and faxed to PAC at least 2 weeks before surgery.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'blank form'
    return m


def n_bowel_prep_template(g, lang, v):
    m, site, s = base(g, lang, 'bowel_prep_template', 'endo')
    m.to = [(L(lang, 'Secrétariats des cliniques', 'Clinic front desks'), 'secretariats@%s' % site['dom'])]
    m.subject = L(lang, 'Gabarit - instructions de préparation colique (mise à jour)', 'Template - bowel prep instructions (updated)')
    if lang == 'fr':
        txt = ["Bonjour à toutes,", '', "Voici le nouveau gabarit à remettre aux patients. Remplacez les champs entre crochets.", '',
               "Madame, Monsieur [NOM DU PATIENT],", "Votre coloscopie est prévue le [DATE] à [HEURE].",
               "- 3 jours avant : éviter noix, graines, maïs", "- La veille : diète liquide claire; 1re dose de PEG à 18 h",
               "- Le matin : 2e dose 5 h avant l'examen; rien par la bouche 2 h avant",
               "- Diabétiques : voir le tableau d'ajustement (metformine, insuline, iSGLT2 à cesser 3 jours avant)",
               "- Anticoagulants : selon les directives du médecin traitant", '',
               "Le gabarit existe aussi en anglais et en espagnol.", '', g.thanks(lang)]
    else:
        txt = ["Hi all,", '', "New template to give patients. Replace the bracketed fields.", '',
               "Dear [PATIENT NAME],", "Your colonoscopy is on [DATE] at [TIME].",
               "- 3 days before: no nuts, seeds, corn", "- Day before: clear fluids; first PEG dose at 6 pm",
               "- Morning: second dose 5 h before; nothing by mouth 2 h before",
               "- Diabetes: see adjustment table (metformin, insulin; SGLT2 inhibitors stop 3 days before)",
               "- Blood thinners: as instructed by your physician", '',
               "Also available in French and Spanish.", '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.style = ['html', 'alt', 'plain', 'html', 'alt'][v]
    m.html_entities = v == 3
    m.note = 'generic prep template with placeholders'
    return m


def n_teaching_case(g, lang, v):
    m, site, s = base(g, lang, 'teaching_case', g.pick(['pac', 'endo', 'pharm']))
    age = g.rng.randrange(38, 86)
    sex = g.pick(['F', 'M'])
    if lang == 'fr':
        case = ["Cas clinique (anonymisé) pour la réunion de morbidité-mortalité :", '',
                "%s de %d ans, ATCD de FA sous apixaban, AOS non traitée, IMC 39." % ('Femme' if sex == 'F' else 'Homme', age),
                "Coloscopie sous sédation profonde (propofol). Désaturation à 78 % à la 12e minute, récupération avec subluxation mandibulaire.",
                "INR 1,1; Hb 128 g/L en préop. Aucune séquelle.", '',
                "Questions : 1) Le STOP-BANG aurait-il dû orienter vers une anesthésie en salle d'opération? 2) Capnographie?", '',
                "Merci de ne pas ajouter d'identifiants dans les réponses."]
    else:
        case = ["Teaching case (de-identified) for M&M rounds:", '',
                "%d-year-old %s, AF on apixaban, untreated OSA, BMI 39." % (age, 'woman' if sex == 'F' else 'man'),
                "Colonoscopy under deep sedation (propofol). Desaturation to 78% at minute 12, recovered with jaw thrust.",
                "Pre-op INR 1.1; Hb 128 g/L. No sequelae.", '',
                "Questions: 1) Should STOP-BANG have triggered an OR-based anaesthetic? 2) Capnography?", '',
                "Please don't add identifiers in replies."]
    m.to = [(L(lang, 'Résidents et patrons - anesthésie', 'Anaesthesia residents & staff'), 'anesth-mm@%s' % site['dom'])]
    m.subject = L(lang, 'Cas M&M - %s', 'M&M case - %s') % fmt_date(g.future(m.date, 3, 12), lang, 1)
    m.text = '\n'.join(case) + g.sig(s, site, lang)
    if v >= 3:
        m.attach(L(lang, 'cas_MM_anonymise.docx', 'MM_case_deidentified.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 make_docx(L(lang, 'Cas M&M', 'M&M case'), case, author=g.staff_name(s, False)))
    m.note = 'anonymised teaching case'
    return m


def n_invoice_po(g, lang, v):
    m, site, s = base(g, lang, 'invoice_po', g.pick(['endo', 'steril', 'pharm']))
    vendor = g.pick([('Optimed Endoscopie inc.', 'ventes@optimed-endo.example'), ('Northbridge Surgical Supply', 'ar@northbridge-surg.example'),
                     ('PharmaDistrib Québec', 'comptes@pharmadistrib.example')])
    po = 'PO-%d-%05d' % (m.date.year, g.rng.randrange(10000, 99999))
    rows = [[L(lang, 'Article', 'Item'), L(lang, 'Description', 'Description'), L(lang, 'No série / lot', 'Serial / lot'), L(lang, 'Qté', 'Qty'),
             L(lang, 'Prix', 'Price')]]
    for _ in range(g.rng.randrange(3, 7)):
        rows.append([str(g.rng.randrange(100000, 999999)), g.pick(['Gastroscope GIF-H190', 'Colonoscope CF-HQ190L', 'Pince à biopsie / biopsy forceps x20',
                                                                    'Valve kit AW-3', 'Cassette V-PRO', 'Brosse de nettoyage BW-412']),
                     g.pick([luhn_serial(g, 9), 'LOT %d' % g.rng.randrange(100000, 999999), luhn_serial(g, 10)]), str(g.rng.randrange(1, 20)),
                     '%d.%02d' % (g.rng.randrange(20, 42000), g.rng.randrange(100))])
    if v % 2 == 0:
        m.attach('%s.pdf' % po, 'application/pdf', make_pdf(L(lang, 'Bon de commande %s', 'Purchase order %s') % po,
                                                            ['\t'.join(r) for r in rows], author=vendor[0]))
    else:
        m.attach('%s.csv' % po, 'text/csv', make_csv(rows), kind='text')
    m.to = [vendor]
    m.subject = L(lang, 'Bon de commande %s', 'Purchase order %s') % po
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Ci-joint notre bon de commande. Livraison au quai B, à l\'attention de l\'URDM. '
                                             'Numéro de fournisseur : 400%d.', 'Please find our PO attached. Deliver to dock B, attn MDRD. '
                                             'Vendor #: 400%d.') % g.rng.randrange(1000, 9999), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'purchase order with serials'
    return m


def n_it_downtime(g, lang, v):
    m, site, s = base(g, lang, 'it_downtime', 'ds')
    m.sender = (L(lang, 'Centre de services TI', 'IT Service Desk'), 'servicedesk@%s' % site['dom'])
    d = g.future(m.date, 2, 12)
    sysname = g.pick(['Cristal-Net', 'ProVation', 'SIMASS', 'OPERA (bloc)', 'Pyxis MedStation', 'GesPharx'])
    m.to = [(L(lang, 'Tous les utilisateurs', 'All users'), 'tous@%s' % site['dom'])]
    m.subject = L(lang, 'Interruption planifiée - %s - %s', 'Planned downtime - %s - %s') % (sysname, fmt_date(d, lang, 0))
    m.text = '\n'.join([L(lang, 'Bonjour,', 'Hello,'), '', L(lang, 'Une interruption de %s est prévue le %s de 23 h à 3 h.',
                                                           '%s will be unavailable on %s from 23:00 to 03:00.') % (sysname, fmt_date(d, lang, 1)),
                        L(lang, 'Procédures dégradées : formulaires papier (FO-204) dans les cartables rouges. Billet de référence : INC0%d.',
                          'Downtime procedures: paper forms (FO-204) in the red binders. Reference ticket: INC0%d.') % g.rng.randrange(100000, 999999),
                        '', L(lang, 'Pour toute question, poste 5555.', 'Questions: ext. 5555.'), '', L(lang, 'Centre de services TI', 'IT Service Desk')])
    m.style = 'html' if v % 2 else 'plain'
    m.note = 'IT notice'
    return m


def n_facilities(g, lang, v):
    m, site, s = base(g, lang, 'facilities', 'bloc')
    m.sender = (L(lang, 'Services techniques', 'Facilities Management'), 'installations@%s' % site['dom'])
    issues = [(L(lang, 'Travaux de ventilation - salles 3 et 4', 'HVAC work - ORs 3 and 4'),
               L(lang, 'Remplacement des filtres HEPA et validation des changements d\'air par heure (cible ≥ 20 CAH). Salles fermées jeudi.',
                 'HEPA filter replacement and air-change validation (target >= 20 ACH). Rooms closed Thursday.')),
              (L(lang, 'Ascenseur 2 hors service', 'Elevator 2 out of service'),
               L(lang, 'Les civières pour l\'endoscopie doivent passer par l\'ascenseur 4 jusqu\'au 15.', 'Stretchers for endoscopy must use elevator 4 until the 15th.')),
              (L(lang, 'Coupure d\'eau déminéralisée - URDM', 'Deionized water shutdown - MDRD'),
               L(lang, 'Aucun cycle de laveur-désinfecteur entre 6 h et 9 h samedi.', 'No washer-disinfector cycles Saturday 6-9 am.')),
              (L(lang, 'Test des génératrices', 'Generator testing'),
               L(lang, 'Test mensuel mardi 7 h 30; brève coupure sur les prises non rouges.', 'Monthly test Tuesday 7:30; brief outage on non-red outlets.')),
              (L(lang, 'Température salle 6', 'OR 6 temperature'),
               L(lang, 'Le point de consigne est corrigé à 20 °C, humidité 45 %.', 'Setpoint corrected to 20 °C, humidity 45%.'))]
    subj, body = issues[v % 5]
    m.to = [g.unit_addr(lang, g.pick(['bloc', 'ds', 'endo', 'steril']), site)]
    m.subject = subj
    m.text = '\n'.join([g.greet(lang), '', body, L(lang, 'Bon de travail : BT-%d', 'Work order: WO-%d') % g.rng.randrange(200000, 899999),
                        '', L(lang, 'Services techniques, poste 2200', 'Facilities, ext. 2200')])
    m.note = 'facilities notice'
    return m


def n_job_posting(g, lang, v):
    m, site, s = base(g, lang, 'job_posting', 'pharm')
    m.sender = (L(lang, 'Ressources humaines', 'Human Resources'), 'rh@%s' % site['dom'])
    jobs = [("Pharmacien(ne) - soins ambulatoires et chirurgie d'un jour", "Pharmacist - ambulatory & day surgery"),
            ("Infirmier(ère) clinicien(ne) - endoscopie", "Clinical nurse - endoscopy"),
            ("Inhalothérapeute - clinique préopératoire", "Respiratory therapist - pre-op clinic"),
            ("Préposé(e) au retraitement des dispositifs médicaux", "Medical device reprocessing technician"),
            ("Agent(e) administratif(ve) - centrale de rendez-vous", "Clerk - central booking")]
    j = jobs[v % 5]
    m.to = [(L(lang, 'Tout le personnel', 'All staff'), 'tous@%s' % site['dom'])]
    m.subject = L(lang, 'Affichage de poste : %s (AFF-%d)', 'Job posting: %s (POST-%d)') % (L(lang, j[0], j[1]), g.rng.randrange(1000, 9999))
    m.text = '\n'.join([L(lang, 'Poste : %s', 'Position: %s') % L(lang, j[0], j[1]),
                        L(lang, 'Statut : temps complet permanent, jour', 'Status: full-time permanent, days'),
                        L(lang, 'Échelle salariale : %d $ à %d $ / an', 'Salary: $%d to $%d / year') % (g.rng.randrange(52, 70) * 1000, g.rng.randrange(90, 130) * 1000),
                        L(lang, 'Exigences : membre en règle de l\'ordre professionnel; bilinguisme un atout.', 'Requirements: licensed in good standing; bilingualism an asset.'),
                        L(lang, 'Date limite : %s', 'Deadline: %s') % fmt_date(g.future(m.date, 10, 25), lang, 1), '',
                        L(lang, 'Postulez via le portail carrières.', 'Apply through the careers portal.')])
    m.style = 'html' if v % 2 else 'alt'
    m.note = 'job posting'
    return m


def n_committee_notice(g, lang, v):
    m, site, s = base(g, lang, 'committee_notice', g.pick(['pharm', 'pac', 'bloc']))
    d = g.future(m.date, 5, 20)
    names = {'fr': ['Comité de pharmacologie', 'Comité du bloc opératoire', 'Comité de prévention des infections', 'Comité CDJ-endoscopie',
                    'Comité de gestion des risques'],
             'en': ['Pharmacy & Therapeutics Committee', 'OR Committee', 'Infection Prevention Committee', 'DS-Endoscopy Committee',
                    'Risk Management Committee']}
    cname = names[lang][v % 5]
    agenda = [L(lang, '1. Adoption de l\'ordre du jour', '1. Approval of agenda'),
              L(lang, '2. Suivi : pénurie de propofol 50 mL', '2. Follow-up: propofol 50 mL shortage'),
              L(lang, '3. Protocole de cessation des agonistes GLP-1 en préop', '3. Pre-op GLP-1 agonist hold protocol'),
              L(lang, '4. Rapport trimestriel des incidents/accidents (AH-223) - données agrégées', '4. Quarterly incident report - aggregate data'),
              L(lang, '5. Varia', '5. Other business')]
    m.to = [(L(lang, 'Membres - %s', 'Members - %s') % cname, 'comite%d@%s' % (v, site['dom']))]
    m.subject = L(lang, 'Convocation - %s - %s', 'Meeting notice - %s - %s') % (cname, fmt_date(d, lang, 0))
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Vous êtes convoqués à la réunion du %s le %s à 7 h 30 (Teams).',
                                             'The %s meets on %s at 7:30 (Teams).') % (cname, fmt_date(d, lang, 1)), '',
                        L(lang, 'Ordre du jour :', 'Agenda:')] + agenda + ['', L(lang, 'Procès-verbal précédent en PJ.', 'Previous minutes attached.')]) + g.sig(s, site, lang)
    m.attach(L(lang, 'PV_%s.docx', 'minutes_%s.docx') % (d - datetime.timedelta(days=30)).strftime('%Y%m'),
             'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
             make_docx(L(lang, 'Procès-verbal', 'Minutes'), [L(lang, 'Présents : ', 'Present: ') + ', '.join(g.staff_name(x) for x in g.rng.sample(STAFF[lang], 5)),
                                                           L(lang, 'Le taux d\'annulation le jour même est de 4,1 % (cible 3 %).', 'Same-day cancellation rate 4.1% (target 3%).'),
                                                           L(lang, 'Prochaine réunion dans un mois.', 'Next meeting in one month.')], author=g.staff_name(s, False)))
    m.note = 'committee notice'
    return m


def n_referral_guidelines(g, lang, v):
    m, site, s = base(g, lang, 'referral_guidelines', 'endo')
    docs = [x for x in STAFF[lang] if x[2]]
    topics = {'fr': {'endo': ['MII (maladie de Crohn, colite ulcéreuse)', 'œsophage de Barrett et dysplasie', 'pancréatite chronique et CPRE'],
                     'bloc': ['hernies complexes', 'cancer colorectal - chirurgie', 'lésions méniscales et ligamentaires', 'tumeurs vésicales'],
                     'pac': ['apnée du sommeil sévère en préop', 'cardiopathies et évaluation préop', 'hyperthermie maligne']},
              'en': {'endo': ['IBD (Crohn\'s disease, ulcerative colitis)', 'Barrett\'s oesophagus & dysplasia', 'chronic pancreatitis & ERCP'],
                     'bloc': ['complex hernias', 'colorectal cancer surgery', 'meniscal and ligament injuries', 'bladder tumours'],
                     'pac': ['severe sleep apnea pre-op', 'cardiac disease pre-op assessment', 'malignant hyperthermia']}}
    lines = []
    for d_ in g.rng.sample(docs, 4):
        t = g.pick(topics[lang][d_[5]])
        lines.append('- %s : %s' % (g.staff_name(d_), t) if lang == 'fr' else '- %s: %s' % (g.staff_name(d_), t))
    m.to = [(L(lang, 'Médecins référents', 'Referring physicians'), 'referents@%s' % site['dom'])]
    m.subject = L(lang, 'Corridors de service - à qui adresser vos demandes', 'Referral pathways - who to send what to')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Pour accélérer le triage, voici les intérêts cliniques de nos médecins :',
                                             'To speed up triage, here are our physicians\' clinical interests:'), ''] + lines +
                       ['', L(lang, 'Toutes les demandes passent par le CRDS (formulaire AH-702).', 'All requests go through central intake (form CI-702).'),
                        L(lang, 'Délai actuel P3 : 74 jours.', 'Current P3 wait: 74 days.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'physicians with their clinical areas'
    return m


def n_cancellation_stats(g, lang, v):
    m, site, s = base(g, lang, 'cancellation_stats', 'ds')
    reasons = [(L(lang, 'Préparation colique inadéquate', 'Inadequate bowel prep')), L(lang, 'Patient absent', 'No-show'),
               L(lang, 'Anticoagulant non cessé', 'Anticoagulant not held'), L(lang, 'Infection respiratoire', 'Respiratory infection'),
               L(lang, 'Aucun accompagnateur', 'No escort'), L(lang, 'Manque de temps opératoire', 'Ran out of OR time'),
               L(lang, 'Agoniste GLP-1 non cessé', 'GLP-1 agonist not held')]
    rows = [L(lang, 'Motif | n | %', 'Reason | n | %')]
    counts = [g.rng.randrange(2, 40) for _ in reasons]
    tot = sum(counts)
    for r, c in zip(reasons, counts):
        rows.append('%s | %d | %.1f' % (r, c, 100.0 * c / tot))
    m.to = [g.staff_pair(g.staff(lang, 'bloc'), site)]
    m.subject = L(lang, 'Annulations jour même - %s', 'Same-day cancellations - %s') % L(lang, FR_MONTHS[m.date.month - 2], EN_MONTHS[m.date.month - 2])
    m.text = '\n'.join([g.greet(lang), '', L(lang, '%d annulations sur %d cas (%.1f %%).', '%d cancellations out of %d cases (%.1f%%).') %
                        (tot, tot * 21, 100.0 / 21), ''] + rows + ['', g.thanks(lang)]) + g.sig(s, site, lang)
    if v % 2:
        m.attach(L(lang, 'annulations.csv', 'cancellations.csv'), 'text/csv', make_csv([r.split(' | ') for r in rows]), kind='text')
    m.note = 'aggregate cancellation statistics'
    return m


def n_newsletter(g, lang, v):
    m, site, s = base(g, lang, 'newsletter', 'ds')
    m.sender = (L(lang, 'Communications %s', '%s Communications') % site['org'], 'communications@%s' % site['dom'])
    m.to = [(L(lang, 'Tout le personnel', 'All staff'), 'tous@%s' % site['dom'])]
    m.subject = L(lang, 'L\'Écho du bloc - édition %d', 'OR & Day Surgery News - issue %d') % g.rng.randrange(10, 90)
    if lang == 'fr':
        body = ["## Félicitations", "L'équipe de l'endoscopie a réalisé sa 10 000e coloscopie de dépistage!",
                "## Nouveau", "La CPA offre maintenant des évaluations téléphoniques pour les patients ASA 1-2.",
                "## Pharmacie", "Rappel : les agonistes GLP-1 doivent être cessés 1 semaine avant (hebdomadaires).",
                "## Reconnaissance", "Merci à Josée Tremblay et Mathieu Gagnon pour leur travail sur la pénurie de céfazoline.",
                "## Statistiques", "Délai moyen d'attente en chirurgie d'un jour : 11,2 semaines (-8 %)."]
    else:
        body = ["## Congratulations", "The Endoscopy Suite performed its 10,000th screening colonoscopy!",
                "## New", "PAC now offers phone assessments for ASA 1-2 patients.",
                "## Pharmacy", "Reminder: weekly GLP-1 agonists should be held 1 week before surgery.",
                "## Kudos", "Thanks to Megan Taylor and Kevin Smith for their work on the cefazolin shortage.",
                "## By the numbers", "Average day-surgery wait: 11.2 weeks (-8%)."]
    htmlp = ['<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;background:#f4f4f4">',
             '<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px">',
             '<h1 style="color:#00548f">%s</h1>' % html.escape(m.subject)]
    for b in body:
        if b.startswith('##'):
            htmlp.append('<h2 style="color:#333">%s</h2>' % html.escape(b[2:].strip()))
        else:
            htmlp.append('<p>%s</p>' % html.escape(b))
    htmlp.append('<p style="font-size:8pt;color:#888">%s</p></td></tr></table></body></html>' %
                 html.escape(L(lang, 'Pour vous désabonner, écrivez à communications@%s', 'To unsubscribe, write to communications@%s') % site['dom']))
    m.html = '\n'.join(htmlp) + '\n'
    m.text = '\n'.join(b.replace('## ', '').upper() if b.startswith('##') else b for b in body)
    m.style = 'html' if v % 2 else 'alt'
    m.note = 'newsletter'
    return m


def n_equipment_recall(g, lang, v):
    m, site, s = base(g, lang, 'equipment_recall', 'steril')
    dev = g.pick([("pinces à biopsie jetables Radial-Jaw", "Radial-Jaw disposable biopsy forceps"),
                  ("valves d'aspiration MAJ-209", "MAJ-209 suction valves"),
                  ("pompes d'irrigation EndoFlush", "EndoFlush irrigation pumps"),
                  ("tubulures de perfusion SmartSite", "SmartSite infusion sets"),
                  ("laryngoscopes vidéo GlideView (lames 3)", "GlideView video laryngoscope blades size 3")])
    lots = ['%s%d' % (g.pick(['L', 'LOT', '']), g.rng.randrange(1000000, 9999999)) for _ in range(g.rng.randrange(2, 5))]
    m.to = [g.unit_addr(lang, g.pick(['endo', 'bloc', 'ds']), site)]
    m.subject = L(lang, 'RAPPEL DE PRODUIT - %s', 'PRODUCT RECALL - %s') % L(lang, dev[0], dev[1])
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Santé Canada / le fabricant a émis un rappel de type II pour les %s, lots :',
                                             'Health Canada / the manufacturer issued a Type II recall for %s, lots:') % L(lang, dev[0], dev[1])] +
                       ['- ' + x for x in lots] +
                       ['', L(lang, 'Veuillez vérifier vos inventaires, mettre en quarantaine et retourner à l\'URDM avec le formulaire RQ-17. '
                              'Aucun incident patient rapporté à ce jour.', 'Please check stock, quarantine and return to MDRD with form RQ-17. '
                              'No patient incidents reported to date.'), '', g.thanks(lang)]) + g.sig(s, site, lang)
    if v % 2:
        m.attach(L(lang, 'avis_rappel.pdf', 'recall_notice.pdf'), 'application/pdf',
                 make_pdf('Recall / Rappel', [L(lang, dev[0], dev[1])] + lots + ['UDI: (01)0%d' % g.rng.randrange(10 ** 12, 10 ** 13)], author='Manufacturer'))
    m.note = 'device recall with lot numbers'
    return m


def n_interaction_bulletin(g, lang, v):
    m, site, s = base(g, lang, 'interaction_bulletin', 'pharm')
    ix = INTERACTIONS[v % len(INTERACTIONS)]
    m.to = [(L(lang, 'Prescripteurs CDJ/Endo/CPA', 'DS/Endo/PAC prescribers'), 'prescripteurs@%s' % site['dom'])]
    m.subject = L(lang, 'Capsule pharmaco : %s + %s', 'Pharmacy pearl: %s + %s') % (ix[0], ix[1])
    if lang == 'fr':
        txt = [g.greet(lang), '', "Capsule du mois — interaction %s + %s." % (ix[0], ix[1]),
               "Mécanisme / risque : %s." % ix[2], "Conduite suggérée : %s." % ix[4], '',
               "Dans notre revue de 6 mois, 14 profils présentaient cette combinaison (données agrégées, aucun événement grave).",
               "Référence : Lexicomp, consulté le %s." % fmt_date(m.date.date(), lang, 0), '', g.thanks(lang)]
    else:
        txt = [g.greet(lang), '', "This month's pearl - %s + %s interaction." % (ix[0], ix[1]),
               "Mechanism / risk: %s." % ix[3], "Suggested approach: %s." % ix[5], '',
               "In our 6-month review 14 profiles had this combination (aggregate; no serious events).",
               "Reference: Lexicomp, accessed %s." % fmt_date(m.date.date(), lang, 0), '', g.thanks(lang)]
    m.text = '\n'.join(txt) + g.sig(s, site, lang)
    m.style = g.pick(['html', 'alt', 'plain'])
    m.note = 'general interaction bulletin'
    return m


def n_fasting_policy(g, lang, v):
    m, site, s = base(g, lang, 'fasting_policy', 'pac')
    m.to = [(L(lang, 'Départements de chirurgie et anesthésie', 'Surgery & anaesthesia departments'), 'chir-anesth@%s' % site['dom'])]
    m.subject = L(lang, 'Politique révisée : jeûne préopératoire et GLP-1 (POL-ANE-014)', 'Revised policy: pre-op fasting and GLP-1 agonists (POL-ANE-014)')
    pts = [L(lang, 'Solides : 6 h; liquides clairs : jusqu\'à 2 h avant (adultes), 1 h (enfants)', 'Solids: 6 h; clear fluids up to 2 h (adults), 1 h (children)'),
           L(lang, 'Agonistes GLP-1 hebdomadaires : cesser 7 jours avant; quotidiens : cesser la veille', 'Weekly GLP-1 agonists: hold 7 days; daily: hold the day before'),
           L(lang, 'iSGLT2 : cesser 3 jours avant (ertugliflozine 4 jours)', 'SGLT2 inhibitors: hold 3 days (ertugliflozin 4 days)'),
           L(lang, 'Échographie gastrique au point de service si doute', 'Point-of-care gastric ultrasound when in doubt')]
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'La politique suivante entre en vigueur le %s :', 'The following policy takes effect on %s:')
                        % fmt_date(g.future(m.date, 7, 20), lang, 1), ''] + ['- ' + p for p in pts] + ['', g.thanks(lang)]) + g.sig(s, site, lang)
    if v >= 2:
        m.attach('POL-ANE-014.pdf', 'application/pdf', make_pdf('POL-ANE-014', pts, author=L(lang, 'Département d\'anesthésie', 'Department of Anaesthesia')))
    m.note = 'policy'
    return m


def n_oncall_roster(g, lang, v):
    m, site, s = base(g, lang, 'oncall_roster', 'pac')
    lines = [L(lang, 'Date | Anesthésie | Gastro | Pharmacie | Téléavertisseur', 'Date | Anaesthesia | GI | Pharmacy | Pager')]
    d = g.future(m.date, 3, 10)
    for i in range(7):
        dd = d + datetime.timedelta(days=i)
        lines.append('%s | %s | %s | %s | %d' % (fmt_date(dd, lang, 0), g.staff_name(g.staff(lang, 'pac')), g.staff_name(g.staff(lang, 'endo')),
                                                 g.staff(lang, 'pharm')[1], g.rng.randrange(1000, 9999)))
    m.to = [(L(lang, 'Téléphonistes', 'Switchboard'), 'standard@%s' % site['dom'])]
    m.subject = L(lang, 'Liste de garde - semaine du %s', 'On-call list - week of %s') % fmt_date(d, lang, 0)
    m.text = '\n'.join([g.greet(lang), ''] + lines + ['', L(lang, 'Cellulaire de garde anesthésie : 450-555-0100.', 'Anaesthesia on-call cell: 613-555-0100.'),
                                                      '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.style = 'alt' if v % 2 else 'html'
    m.note = 'staff on-call roster'
    return m


def n_pharmacy_stock(g, lang, v):
    m, site, s = base(g, lang, 'pharmacy_stock', 'pharm')
    rows = [['DIN', L(lang, 'Produit', 'Product'), L(lang, 'Lot', 'Lot'), L(lang, 'Expiration', 'Expiry'), L(lang, 'Qté', 'Qty'), L(lang, 'Emplacement', 'Location')]]
    prods = ['Propofol 1% 20 mL', 'Midazolam 1 mg/mL 5 mL', 'Fentanyl 50 mcg/mL 2 mL', 'Ondansetron 2 mg/mL', 'Dexamethasone 4 mg/mL',
             'Cefazolin 2 g', 'Ketorolac 30 mg/mL', 'Glycopyrrolate 0.2 mg/mL', 'Phenylephrine 100 mcg/mL', 'Sugammadex 200 mg/2 mL']
    for pr in g.rng.sample(prods, 7):
        rows.append(['%08d' % g.rng.randrange(2000000, 2600000), pr, '%s%d' % (g.pick(['A', 'B', 'K', 'X']), g.rng.randrange(100000, 999999)),
                     (m.date.date() + datetime.timedelta(days=g.rng.randrange(20, 700))).isoformat(), g.rng.randrange(0, 120),
                     g.pick(['Pyxis CDJ-1', 'Pyxis ENDO', 'Réserve B2', 'Frigo 3'])])
    m.attach(L(lang, 'inventaire_CDJ.csv', 'DS_inventory.csv') if v != 4 else L(lang, 'inventaire.zip', 'inventory.zip'),
             'text/csv' if v != 4 else 'application/zip',
             make_csv(rows, sep=';' if lang == 'fr' else ',') if v != 4 else make_zip([('inventory.csv', make_csv(rows))]),
             kind='text' if v != 4 else 'bin')
    m.to = [g.staff_pair(g.staff(lang, 'pharm', exclude=(s,)), site)]
    m.subject = L(lang, 'Inventaire mensuel Pyxis - produits à courte date', 'Monthly Pyxis count - short-dated items')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Inventaire en PJ. Les lots expirant dans < 60 jours sont à retourner.',
                                             'Count attached. Lots expiring within 60 days to be returned.'), '', g.thanks(lang)]) + g.sig(s, site, lang, short=True)
    m.note = 'stock list with DIN and lots'
    return m


def n_fridge_temp(g, lang, v):
    m, site, s = base(g, lang, 'fridge_temp', 'pharm')
    rows = [L(lang, 'Date | Min (°C) | Max (°C) | Initiales', 'Date | Min (°C) | Max (°C) | Initials')]
    d0 = m.date.date() - datetime.timedelta(days=7)
    for i in range(7):
        rows.append('%s | %.1f | %.1f | %s' % ((d0 + datetime.timedelta(days=i)).isoformat(), g.rng.uniform(2.1, 4.0),
                                               g.rng.uniform(4.5, 9.2 if i == 3 else 7.8), g.pick(['SP', 'KS', 'MG', 'PR'])))
    m.to = [g.staff_pair(g.staff(lang, 'pharm', exclude=(s,)), site)]
    m.subject = L(lang, 'Excursion de température - frigo CDJ', 'Temperature excursion - Day Surgery fridge')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Excursion à 8,9 °C le 4e jour pendant 40 min (porte mal fermée). Produits : insuline, succinylcholine, '
                                             'rocuronium. La succinylcholine a été placée en quarantaine.', 'Excursion to 8.9 °C on day 4 for 40 min '
                                             '(door ajar). Products: insulin, succinylcholine, rocuronium. Succinylcholine quarantined.'), ''] + rows +
                       ['', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'fridge temperature log'
    return m


def n_controlled_substances(g, lang, v):
    m, site, s = base(g, lang, 'controlled_substances', 'pharm')
    m.to = [(L(lang, 'ASI CDJ et endoscopie', 'DS & Endo charge nurses'), 'asi@%s' % site['dom'])]
    m.subject = L(lang, 'Rappel : décompte des stupéfiants et gaspillage', 'Reminder: narcotic counts and wastage')
    m.text = '\n'.join([g.greet(lang), '',
                        L(lang, 'Suite à l\'audit du registre des stupéfiants (3 écarts non résolus en %s), rappel de la procédure PRO-PH-031 :',
                          'Following the narcotic register audit (3 unresolved discrepancies in %s), reminder of procedure PRO-PH-031:') %
                        L(lang, FR_MONTHS[m.date.month - 2], EN_MONTHS[m.date.month - 2]),
                        L(lang, '- Décompte à deux signatures à chaque changement de quart', '- Two-signature count at every shift change'),
                        L(lang, '- Gaspillage de fentanyl/hydromorphone témoigné et documenté immédiatement', '- Fentanyl/hydromorphone wastage witnessed and documented immediately'),
                        L(lang, '- Seringues de midazolam non utilisées retournées dans le bac scellé', '- Unused midazolam syringes returned in the sealed bin'),
                        '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'controlled substance procedure'
    return m


def n_vendor_meeting(g, lang, v):
    m, site, s = base(g, lang, 'vendor_meeting', g.pick(['endo', 'steril', 'pharm']))
    rep = g.pick([('Julien Ostiguy', 'jostiguy@medivista.example'), ('Caroline Pratt', 'cpratt@scopeline.example'),
                  ('Ahmed Farouk', 'afarouk@sterisys.example')])
    m.to = [rep]
    d = g.future(m.date, 4, 20)
    m.subject = L(lang, 'Démo - nouvelle tour d\'endoscopie', 'Demo - new endoscopy tower') if v % 2 == 0 else \
        L(lang, 'RE: Essai laveur-désinfecteur', 'RE: Washer-disinfector trial')
    top = L(lang, 'Bonjour %s,\n\nLe %s à 14 h nous convient pour la démonstration (salle 3). Merci d\'apporter les fiches techniques et les coûts des '
                  'contrats de service. Nous aurons 6 infirmières et 2 gastro-entérologues.',
            'Hi %s,\n\n%s at 2 pm works for the demo (room 3). Please bring spec sheets and service-contract pricing. We will have 6 nurses and 2 GIs.') \
        % (rep[0].split()[0], fmt_date(d, lang, 1))
    m.text = top + g.sig(s, site, lang)
    if v % 2:
        m.in_reply_to = g.msgid(rep[1])
        m.text += '\n\n' + '\n'.join(['> ' + l for l in [L(lang, 'De : %s', 'From: %s') % rep[0], '',
                                                        L(lang, 'Pouvons-nous planifier un essai de 30 jours du modèle DSD-201?',
                                                          'Can we schedule a 30-day trial of the DSD-201?'), L(lang, 'Série de démonstration : 8841207365',
                                                                                                                 'Demo unit serial: 8841207365')]])
    m.note = 'vendor meeting'
    return m


def n_satisfaction_survey(g, lang, v):
    m, site, s = base(g, lang, 'satisfaction_survey', 'ds')
    rows = [L(lang, 'Question | Très satisfait | Satisfait | Insatisfait', 'Question | Very satisfied | Satisfied | Dissatisfied')]
    qs = [L(lang, 'Accueil', 'Welcome'), L(lang, 'Information préop', 'Pre-op information'), L(lang, 'Gestion de la douleur', 'Pain control'),
          L(lang, 'Temps d\'attente le jour même', 'Same-day wait'), L(lang, 'Instructions de congé', 'Discharge instructions')]
    for q in qs:
        a = g.rng.randrange(50, 85)
        b = g.rng.randrange(5, 100 - a)
        rows.append('%s | %d %% | %d %% | %d %%' % (q, a, b, 100 - a - b))
    m.to = [(L(lang, 'Équipe CDJ', 'Day Surgery team'), 'equipe-ds@%s' % site['dom'])]
    m.subject = L(lang, 'Sondage de satisfaction - résultats (n=%d)', 'Patient satisfaction survey results (n=%d)') % g.rng.randrange(120, 600)
    comments = L(lang, 'Commentaires (anonymes) : « Personnel très humain », « Trop long dans la salle d\'attente », « La préparation était difficile à boire ».',
                 'Comments (anonymous): "Very caring staff", "Waited too long", "The prep was hard to drink".')
    m.text = '\n'.join([g.greet(lang), ''] + rows + ['', comments, '', g.thanks(lang)]) + g.sig(s, site, lang)
    if v >= 3:
        m.attach(L(lang, 'sondage.xlsx', 'survey.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                 make_xlsx([('Survey', [r.split(' | ') for r in rows])], author='Qualité'))
    m.note = 'aggregate survey'
    return m


def n_reb_protocol(g, lang, v):
    m, site, s = base(g, lang, 'reb_protocol', g.pick(['pac', 'endo']))
    m.sender = (L(lang, 'Comité d\'éthique de la recherche', 'Research Ethics Board'), 'cer@%s' % site['dom'])
    num = 'MP-%02d-%d-%03d' % (g.rng.randrange(10, 40), m.date.year, g.rng.randrange(1, 999))
    pi_ = g.staff(lang, g.pick(['pac', 'endo']))
    m.to = [g.staff_pair(pi_, site)]
    title = L(lang, g.pick(['Échographie gastrique chez les patients sous GLP-1', 'Capnographie en sédation pour coloscopie',
                            'Préparation colique à faible volume chez les diabétiques']),
              g.pick(['Gastric ultrasound in patients on GLP-1 agonists', 'Capnography during colonoscopy sedation',
                      'Low-volume bowel prep in patients with diabetes']))
    m.subject = L(lang, 'Approbation éthique - %s', 'REB approval - %s') % num
    m.text = '\n'.join([L(lang, 'Chercheur principal : %s', 'Principal investigator: %s') % g.staff_name(pi_),
                        L(lang, 'Projet : %s', 'Study: %s') % title,
                        L(lang, 'Décision : approuvé (version 3 du protocole, formulaire de consentement v2). Recrutement prévu : 220 participants.',
                          'Decision: approved (protocol v3, consent form v2). Planned enrolment: 220 participants.'),
                        L(lang, 'Échéance du suivi annuel : %s', 'Annual renewal due: %s') % fmt_date(m.date.date() + datetime.timedelta(days=365), lang, 1),
                        '', L(lang, 'Secrétariat du CÉR', 'REB Office')])
    m.note = 'REB approval'
    return m


def n_admin_notice(g, lang, v):
    m, site, s = base(g, lang, 'admin_notice', 'ds')
    opts = [(L(lang, 'Stationnement P2 fermé', 'Parking lot P2 closed'), L(lang, 'Le stationnement P2 sera fermé pour asphaltage du 3 au 5. Utilisez P4.', 'P2 closed for paving from the 3rd to the 5th. Use P4.')),
            (L(lang, 'Nouvelles cartes d\'identité', 'New ID badges'), L(lang, 'Les nouvelles cartes (photo) sont disponibles à la sécurité, local 0A-12, avec votre matricule.', 'New photo badges at Security, room 0A-12; bring your employee number.')),
            (L(lang, 'Cafétéria - horaire d\'été', 'Cafeteria summer hours'), L(lang, 'La cafétéria fermera à 18 h du 24 juin au 1er septembre.', 'The cafeteria closes at 6 pm from June 24 to Sept 1.')),
            (L(lang, 'Exercice code rouge', 'Code red drill'), L(lang, 'Exercice d\'évacuation au 3e étage (CDJ/endoscopie) mercredi à 10 h.', 'Evacuation drill on 3rd floor (DS/Endo) Wednesday 10 am.')),
            (L(lang, 'Collecte de sang Héma-Québec', 'Blood drive'), L(lang, 'Collecte de sang au hall principal jeudi. Prenez rendez-vous en ligne.', 'Blood drive in the main lobby Thursday. Book online.'))]
    subj, body = opts[v % 5]
    m.sender = (L(lang, 'Direction générale', 'Administration'), 'direction@%s' % site['dom'])
    m.to = [(L(lang, 'Tout le personnel', 'All staff'), 'tous@%s' % site['dom'])]
    m.subject = subj
    m.text = body + '\n\n' + L(lang, 'Merci de votre collaboration.', 'Thank you for your cooperation.')
    m.style = g.pick(['plain', 'html'])
    m.note = 'general admin notice'
    return m


def n_scheduling_thread(g, lang, v):
    m, site, s = base(g, lang, 'scheduling_thread', 'bloc')
    a, b = g.rng.sample([x for x in STAFF[lang] if x[5] in ('endo', 'bloc') and x[2]], 2)
    m.to = [g.staff_pair(a, site)]
    m.cc = [g.staff_pair(b, site)]
    d = g.future(m.date, 10, 40)
    m.subject = L(lang, 'RE: échange de bloc %s', 'RE: block swap %s') % fmt_date(d, lang, 0)
    m.in_reply_to = g.msgid(site['dom'])
    top = L(lang, "Parfait, c'est noté : %s prend le bloc du matin en salle d'endoscopie 2 et %s passe à l'après-midi. "
                  "La liste de patients suivra par le système de réservation (pas par courriel svp).",
            "Done: %s takes the morning block in endo room 2 and %s moves to the afternoon. "
            "The patient list will follow through the booking system (not by e-mail please).") % (g.staff_name(a), g.staff_name(b))
    quoted = [L(lang, 'Le %s, %s a écrit :', 'On %s, %s wrote:') % (fmt_date((m.date - datetime.timedelta(days=1)).date(), lang, 1), g.staff_name(a, False)),
              '> ' + L(lang, 'Est-ce possible d\'échanger mon bloc du %s avec %s? J\'ai un congrès (DDW).',
                       'Could I swap my %s block with %s? I have a conference (DDW).') % (fmt_date(d, lang, 1), g.staff_name(b)),
              '> ' + L(lang, 'J\'ai 8 coloscopies de dépistage et 2 CPRE prévues, aucune urgente.', 'I have 8 screening colonoscopies and 2 ERCPs booked, none urgent.')]
    m.text = top + g.sig(s, site, lang, short=True) + '\n\n' + '\n'.join(quoted)
    if v == 4:
        inner = Mail(lang, 'inner')
        inner.sender = g.staff_pair(a, site)
        inner.to = [g.staff_pair(s, site)]
        inner.date = m.date - datetime.timedelta(days=2)
        inner.subject = L(lang, 'Disponibilités congrès', 'Conference availability')
        inner.text = L(lang, 'Je serai absent du 17 au 21 (congrès). Merci de bloquer mes plages.', 'I am away 17-21 for a conference. Please block my slots.')
        m.attach('original.eml', 'message/rfc822', inner_eml(g, inner), kind='eml')
    m.note = 'staff scheduling thread'
    return m


def n_booking_process(g, lang, v):
    m, site, s = base(g, lang, 'booking_process', 'ds')
    m.to = [(L(lang, 'Agentes administratives CDJ', 'DS booking clerks'), 'commis-ds@%s' % site['dom'])]
    m.subject = L(lang, 'Procédure de réservation - rappel des champs obligatoires', 'Booking procedure - mandatory fields reminder')
    ex = [L(lang, 'Nom, prénom : TEST, Patient', 'Name: TEST, Patient'), L(lang, 'NAM : XXXX 0000 0000', 'Health card: XXXX 0000 0000'),
          L(lang, 'Dossier : 9999999 (dossier test)', 'MRN: 9999999 (test chart)'), L(lang, 'Intervention / code CCI', 'Procedure / CCI code'),
          L(lang, 'Priorité (P1 à P5) et date de décision opératoire', 'Priority (P1-P5) and decision-to-treat date')]
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Exemple de réservation complète (environnement de formation) :', 'Example of a complete booking (training environment):'), '']
                       + ['- ' + e for e in ex] + ['', L(lang, 'Aucune réservation sans consentement signé numérisé.', 'No booking without a scanned signed consent.'),
                                                  '', g.thanks(lang)]) + g.sig(s, site, lang)
    if v >= 3:
        m.attach(L(lang, 'guide_reservation.docx', 'booking_guide.docx'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                 make_docx(L(lang, 'Guide de réservation', 'Booking guide'), ex, author=g.staff_name(s, False)))
    m.note = 'booking procedure with test placeholders'
    return m


def n_supply_order(g, lang, v):
    m, site, s = base(g, lang, 'supply_order', g.pick(['endo', 'ds']))
    rows = [[L(lang, 'No article', 'Item #'), L(lang, 'Description', 'Description'), L(lang, 'Qté', 'Qty'), L(lang, 'Centre de coûts', 'Cost centre')]]
    items = ['Canule nasale CO2 / CO2 nasal cannula', 'Embout buccal / bite block', 'Seringue 10 mL Luer-lock', 'Électrodes ECG adulte',
             'Gants nitrile M', 'Clip hémostatique / haemostatic clip', 'Anse à polypectomie 10 mm / snare', 'Solution de siméthicone']
    for it in g.rng.sample(items, 5):
        rows.append([str(g.rng.randrange(1000000, 9999999)), it, g.rng.randrange(1, 50) * 10, '%d' % g.rng.randrange(6000000, 6999999)])
    if v % 2:
        data = make_xlsx([('Commande', rows)], author=g.staff_name(s, False))
        m.attach(L(lang, 'commande_magasin.xlsx', 'stores_order.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)
    else:
        m.attach(L(lang, 'commande.zip', 'order.zip'), 'application/zip', make_zip([('order.csv', make_csv(rows)),
                                                                                   ('readme.txt', b'Generated by stores module\r\n')]))
    m.to = [(L(lang, 'Magasin central', 'Central stores'), 'magasin@%s' % site['dom'])]
    m.subject = L(lang, 'Commande hebdomadaire - endoscopie', 'Weekly supply order - endoscopy')
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Commande en PJ. Urgent pour les clips (rupture prévue jeudi).', 'Order attached. Clips are urgent (we run out Thursday).'),
                        '', g.thanks(lang)]) + g.sig(s, site, lang, short=True)
    m.note = 'supply order'
    return m


def n_staff_contact(g, lang, v):
    m, site, s = base(g, lang, 'staff_contact', g.pick(['pharm', 'pac', 'endo']))
    st = g.staff(lang, exclude=(s,))
    vcf = make_vcf(g.staff_name(st, False), st[0], st[1], tel=('WORK', site['phone'].replace(' ', '-') + ' x%d' % g.rng.randrange(2000, 7999)),
                   email_=g.staff_addr(st, site), org=site['name'], title=st[3] if lang == 'fr' else st[4])
    m.attach('%s %s.vcf' % (st[0], st[1]), 'text/vcard', vcf, kind='text')
    m.to = [(L(lang, 'Nouveaux résidents', 'New residents'), 'residents@%s' % site['dom'])]
    m.subject = L(lang, 'Personne-ressource %s', 'Contact person - %s') % UNITS[lang][st[5]]
    m.text = '\n'.join([g.greet(lang), '', L(lang, 'Pour toute question concernant %s, votre personne-ressource est %s (fiche jointe).',
                                             'For questions about the %s, your contact is %s (card attached).') % (UNITS[lang][st[5]], g.staff_name(st)),
                        '', g.thanks(lang)]) + g.sig(s, site, lang)
    m.note = 'staff vCard'
    return m


NEGATIVES = [n_or_block_schedule, n_sterilisation_log, n_scope_reprocessing, n_formulary_update, n_shortage_bulletin,
             n_hand_hygiene_audit, n_endoscopy_quality, n_education_session, n_staff_schedule, n_staff_hr, n_blank_form,
             n_bowel_prep_template, n_teaching_case, n_invoice_po, n_it_downtime, n_facilities, n_job_posting,
             n_committee_notice, n_referral_guidelines, n_cancellation_stats, n_newsletter, n_equipment_recall,
             n_interaction_bulletin, n_fasting_policy, n_oncall_roster, n_pharmacy_stock, n_fridge_temp,
             n_controlled_substances, n_vendor_meeting, n_satisfaction_survey, n_reb_protocol, n_admin_notice,
             n_scheduling_thread, n_booking_process, n_supply_order, n_staff_contact]


# ---------------------------------------------------------------------------
# driver, self-check, README
# ---------------------------------------------------------------------------
ALLOWED_TYPES = {'ramq_nam', 'ca_sin', 'ca_health_number', 'be_niss', 'fr_nir', 'mrn', 'date_of_birth', 'patient_name',
                 'diagnosis', 'medication', 'lab_result', 'patient_contact', 'social_information'}


def self_check(out, labels):
    files = sorted(['positive/' + f for f in os.listdir(os.path.join(out, 'positive')) if f.endswith('.eml')] +
                   ['negative/' + f for f in os.listdir(os.path.join(out, 'negative')) if f.endswith('.eml')])
    assert files == sorted(labels), 'labels do not cover exactly the files'
    stats = {'parts': 0, 'attachments': 0}
    for rel in files:
        lab = labels[rel]
        if rel.startswith('positive/'):
            assert lab['confidential'] is True and len(lab['types']) >= 1, rel
        else:
            assert lab['confidential'] is False and lab['types'] == [], rel
        assert set(lab['types']) <= ALLOWED_TYPES, rel
        assert lab['lang'] in ('fr', 'en'), rel
        with open(os.path.join(out, rel), 'rb') as fh:
            raw = fh.read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        assert msg['Subject'] is not None and msg['From'] is not None, rel
        str(msg['Subject'])
        for part in msg.walk():
            assert not part.defects, (rel, part.defects)
            if part.is_multipart():
                continue
            stats['parts'] += 1
            ct = part.get_content_type()
            if ct.startswith('text/') and part.get_content_disposition() != 'attachment':
                content = part.get_content()
                assert isinstance(content, str) and content.strip(), rel
            else:
                data = part.get_payload(decode=True)
                assert data, (rel, ct)
                stats['attachments'] += 1
                if ct == 'application/pdf':
                    assert data.startswith(b'%PDF'), rel
                if ct in ('application/zip',) or ct.startswith('application/vnd.openxmlformats'):
                    zipfile.ZipFile(io.BytesIO(data)).testzip()
            if part.get_filename() is not None:
                assert part.get_filename().strip(), rel
    return files, stats


def digest(out, files):
    h = hashlib.sha256()
    for rel in list(files) + ['labels.json']:
        with open(os.path.join(out, rel), 'rb') as fh:
            h.update(rel.encode('utf-8') + b'\0' + fh.read() + b'\0')
    return h.hexdigest()


README = """# corpus_heldout_49 — synthetic outbound hospital e-mail (DLP evaluation)

## Flavour
Day surgery, endoscopy unit, anaesthesia pre-operative clinic (PAC / CPA) and hospital pharmacy, in
French-Canadian and English (about half each). Positives: bookings and cancellations, filled pre-op
questionnaires, bowel-prep instructions sent to patients, pathology results, drug interactions, patient-level
shortage substitutions, OR / endoscopy lists, transport and interpreter requests, anaesthesia consults,
medication reconciliation, out-of-province and foreign patients (Ontario health number, French NIR, Belgian
NISS), work-injury claims (SIN), replies, inline forwards, attached e-mails, ZIP archives, vCards.
Negatives: OR block schedules without patients, sterilisation logs and endoscope reprocessing QA, formulary and
shortage bulletins, recalls, audits and aggregate indicators, education sessions, staff schedules and HR,
blank forms and templates, anonymised teaching cases, purchase orders, IT / facilities / admin notices, job
postings, committee notices, physician referral pathways, newsletters.

## Layout
- `generate.py` — the generator (standard library, python-stdnum, reportlab, python-docx, openpyxl)
- `positive/pNNN_<category>.eml` — {npos} confidential messages
- `negative/nNNN_<category>.eml` — {nneg} non-confidential messages
- `labels.json` — `{{"positive/p001_x.eml": {{"confidential": true, "types": [...], "lang": "fr"|"en", "note": "..."}}}}`

Counts: {npos} positive ({pfr} fr / {pen} en), {nneg} negative ({nfr} fr / {nen} en).

## Definition used
Confidential = a reader can identify a patient (name, or RAMQ NAM, SIN, Ontario health number, Belgian NISS,
French NIR, hospital chart number / MRN, possibly disguised) AND learn something personal, medical or social about
them, anywhere in the message: Subject, body, quoted reply, inline forward, attachment (PDF, DOCX, XLSX, CSV, ICS,
vCard, ZIP, attached .eml) or file name. A patient's home address or personal phone with their name in a care
context counts. Not confidential: staff information (schedules, leave, employee occupational health), physicians
named with the diseases they treat, speakers and topics, aggregates, newsletters, bulletins, blank forms,
anonymised teaching cases, invoices / POs, serial / lot / asset numbers (even Luhn-valid), clinic contact details
in signatures, IT / facilities mail, job postings, committee notices.

Types used for positives: ramq_nam, ca_sin, ca_health_number, be_niss, fr_nir, mrn, date_of_birth,
patient_name, diagnosis, medication, lab_result, patient_contact, social_information.

Every NAM comes from `../blind_nams.txt` (used with that person's name, birth date and sex). SIN, Ontario
health numbers (Luhn), NISS and NIR are generated and validated with python-stdnum. All people, institutions,
addresses and domains are invented (`*.example`, 555 phone numbers).

## Transports
text/plain only, text/html only, multipart/alternative, multipart/mixed with attachments; message/rfc822
attachments; charsets utf-8, iso-8859-1, windows-1252; Content-Transfer-Encoding quoted-printable, base64,
8bit, 7bit; RFC 2047 encoded headers and RFC 2231 file names; CRLF and LF line endings. Documents carry fixed
timestamps (ZIP entries 2024-01-01, OOXML core properties, reportlab invariant mode), so output is
byte-for-byte reproducible.

## Regenerate
    python generate.py                       # default seed {seed}, writes next to generate.py
    python generate.py --seed N --out DIR    # needs python-stdnum, reportlab, python-docx, openpyxl

The generator parses every file back with `email.message_from_bytes(..., policy=email.policy.default)`, decodes
every part, checks the labels and prints counts and the digest.

## Digest
sha256 over (relative path, bytes) of all .eml files in sorted order followed by labels.json, seed {seed}:

    {digest}
"""


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--seed', type=int, default=DEFAULT_SEED)
    ap.add_argument('--out', default=HERE)
    args = ap.parse_args(argv)
    out = args.out
    g = G(args.seed)
    for sub in ('positive', 'negative'):
        d = os.path.join(out, sub)
        if os.path.isdir(d):
            for f in os.listdir(d):
                if f.endswith('.eml'):
                    os.remove(os.path.join(d, f))
        os.makedirs(d, exist_ok=True)
    labels = {}
    jobs = []
    for v in range(4):
        for fn in POSITIVES:
            jobs.append((True, fn, v, 'fr' if v % 2 == 0 else 'en'))
    for v in range(5):
        for t, fn in enumerate(NEGATIVES):
            jobs.append((False, fn, v, 'fr' if (t + v) % 2 == 0 else 'en'))
    npos = nneg = 0
    for pos, fn, v, lang in jobs:
        m = fn(g, lang, v)
        data = render(m, g)
        if pos:
            npos += 1
            rel = 'positive/p%03d_%s.eml' % (npos, m.category)
            assert m.types, rel
        else:
            nneg += 1
            rel = 'negative/n%03d_%s.eml' % (nneg, m.category)
            assert not m.types, rel
        with open(os.path.join(out, rel), 'wb') as fh:
            fh.write(data)
        labels[rel] = {'confidential': pos, 'types': sorted(m.types), 'lang': m.lang, 'note': m.note}
    with open(os.path.join(out, 'labels.json'), 'w', encoding='utf-8', newline='\n') as fh:
        json.dump(labels, fh, ensure_ascii=False, indent=1, sort_keys=True)
        fh.write('\n')
    files, stats = self_check(out, labels)
    dg = digest(out, files)
    cnt = {}
    for rel, lab in labels.items():
        k = ('pos' if lab['confidential'] else 'neg') + '_' + lab['lang']
        cnt[k] = cnt.get(k, 0) + 1
    with open(os.path.join(out, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README.format(npos=npos, nneg=nneg, pfr=cnt.get('pos_fr', 0), pen=cnt.get('pos_en', 0),
                               nfr=cnt.get('neg_fr', 0), nen=cnt.get('neg_en', 0), seed=args.seed, digest=dg))
    print('positives: %d (fr %d, en %d)' % (npos, cnt.get('pos_fr', 0), cnt.get('pos_en', 0)))
    print('negatives: %d (fr %d, en %d)' % (nneg, cnt.get('neg_fr', 0), cnt.get('neg_en', 0)))
    print('parts decoded: %d, non-body parts: %d' % (stats['parts'], stats['attachments']))
    print('sha256: %s' % dg)
    return 0


if __name__ == '__main__':
    sys.exit(main())
