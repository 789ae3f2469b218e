"""Attachment builders with fixed timestamps (byte-identical across runs)."""
import datetime
import io
import re
import zipfile

from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_DT = (2025, 3, 14, 9, 30, 0)
FIXED_ISO = '2025-03-14T09:30:00Z'
FIXED_PY = datetime.datetime(2025, 3, 14, 9, 30, 0)

_WINANSI_EXTRA = set('’‘“”–—…œŒ€•')


def _pdf_safe(s):
    out = []
    for c in s:
        if c in _WINANSI_EXTRA:
            out.append(c)
            continue
        try:
            c.encode('latin-1')
            out.append(c)
        except UnicodeEncodeError:
            out.append('?')
    return ''.join(out)


def _wrap(line, width=95):
    if len(line) <= width:
        return [line]
    words, cur, out = line.split(' '), '', []
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_pdf(title, lines, author='Soins palliatifs'):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setAuthor(author)
    c.setTitle(_pdf_safe(title))
    c.setCreator('ReportLab')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(54, y, _pdf_safe(title))
    y -= 26
    c.setFont('Helvetica', 10)
    for raw in lines:
        for line in _wrap(raw):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(54, y, _pdf_safe(line))
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite an OOXML zip with fixed member dates and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                             lambda m: m.group(1) + FIXED_ISO + m.group(3), txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)',
                             lambda m: m.group(1) + FIXED_ISO + m.group(2), txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author='Équipe de soins palliatifs'):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_PY
    cp.modified = FIXED_PY
    cp.last_printed = FIXED_PY
    cp.revision = 1
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='Soins palliatifs'):
    """sheets: list of (title, rows)."""
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_PY
    wb.properties.modified = FIXED_PY
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, sep=',', encoding='utf-8', crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    eol = '\r\n' if crlf else '\n'
    txt = eol.join(sep.join(q(v) for v in row) for row in rows) + eol
    return txt.encode(encoding, 'replace')


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, summary, start, end, location, description, organizer, attendees=(),
             method='REQUEST'):
    """start/end: 'YYYYMMDDTHHMMSS' local (America/Montreal)."""
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Soins palliatifs//Agenda 2.1//FR', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT',
             'UID:' + uid, 'DTSTAMP:20250314T133000Z',
             'DTSTART;TZID=America/Montreal:' + start,
             'DTEND;TZID=America/Montreal:' + end,
             'SUMMARY:' + _ics_escape(summary),
             'LOCATION:' + _ics_escape(location),
             'DESCRIPTION:' + _ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, mail))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n')


def make_vcard(fn, n_parts, org=None, title=None, tels=(), emails=(), adr=None, note=None,
               bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:' + fn, 'N:' + ';'.join(n_parts)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if bday:
        lines.append('BDAY:' + bday)
    for kind, num in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, num))
    for e in emails:
        lines.append('EMAIL;TYPE=INTERNET:' + e)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s' % adr.replace(',', '\\,'))
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'
