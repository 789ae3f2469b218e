"""Attachment builders with fixed timestamps (identical bytes from run to run)."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

FIXED_DT = (2025, 1, 1, 8, 0, 0)
FIXED_ISO = '2025-01-01T08:00:00Z'


def _cp1252(s):
    s = unicodedata.normalize('NFKC', s)
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append({'≥': '>=', '≤': '<=', '→': '->', '×': 'x'}.get(ch, '?'))
    return ''.join(out)


# ---------------------------------------------------------------- PDF

def make_pdf(title, lines, author='', subtitle=None, compress=False):
    """lines: strings; '# ' heading, '## ' sub-heading, '' blank, '|a|b|c' table row."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252(title))
    c.setAuthor(_cp1252(author))
    c.setCreator('FormGen 3.2')
    w, h = letter
    y = h - 60
    c.setFont('Helvetica-Bold', 14)
    c.drawString(50, y, _cp1252(title))
    y -= 18
    if subtitle:
        c.setFont('Helvetica-Oblique', 9)
        c.drawString(50, y, _cp1252(subtitle))
        y -= 14
    c.line(50, y, w - 50, y)
    y -= 18
    for line in lines:
        if y < 60:
            c.showPage()
            y = h - 60
        if line.startswith('## '):
            c.setFont('Helvetica-Bold', 10)
            c.drawString(50, y, _cp1252(line[3:]))
            y -= 15
            continue
        if line.startswith('# '):
            c.setFont('Helvetica-Bold', 12)
            y -= 4
            c.drawString(50, y, _cp1252(line[2:]))
            y -= 17
            continue
        if line.startswith('|'):
            cells = line.strip('|').split('|')
            c.setFont('Helvetica', 8)
            colw = (w - 100) / max(1, len(cells))
            for i, cell in enumerate(cells):
                c.drawString(50 + i * colw, y, _cp1252(cell.strip())[:int(colw / 4.4)])
            y -= 12
            continue
        if not line:
            y -= 8
            continue
        c.setFont('Helvetica', 10)
        for part in simpleSplit(_cp1252(line), 'Helvetica', 10, w - 100):
            c.drawString(50, y, part)
            y -= 13
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = h - 60
    c.setFont('Helvetica', 7)
    c.drawString(50, 30, _cp1252(author))
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- ZIP normalisation

def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                content = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                                 lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX

def make_docx(title, paragraphs, table=None, author='', after=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ''
    cp.revision = 1
    cp.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 1, 8, 0, 0)
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in after or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets, author=''):
    """sheets: list of (title, rows); first row is the header."""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 1, 8, 0, 0)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV / ICS / VCF

def make_csv(rows, delimiter=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator='\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\n '.join(out)


def make_ics(uid, summary, description, start, end, location, organizer, attendees, tz='America/Toronto'):
    fmt = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Boreal Scheduling//Agenda 4.1//FR', 'VERSION:2.0',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250101T080000Z',
             'DTSTART;TZID=%s:%s' % (tz, fmt(start)), 'DTEND;TZID=%s:%s' % (tz, fmt(end)),
             'SUMMARY:' + _ics_escape(summary), 'DESCRIPTION:' + _ics_escape(description),
             'LOCATION:' + _ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for name, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (name, addr))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_ics_fold(l) for l in lines) + '\n'


def make_vcf(given, surname, tel=None, adr=None, email=None, note=None, org=None, title=None,
             bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:' + version, 'N:%s;%s;;;' % (surname, given),
             'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org.replace(',', '\\,'))
    if title:
        lines.append('TITLE:' + title)
    if tel:
        for kind, num in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        street, city, region, pc = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), city, region, pc))
    if bday:
        lines.append('BDAY:' + bday.strftime('%Y-%m-%d'))
    if note:
        lines.append('NOTE:' + note.replace('\n', '\\n').replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\n'.join(_ics_fold(l) for l in lines) + '\n'
