"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP), all byte-reproducible."""
import csv
import datetime as dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)
FIXED_CORE = '2024-01-02T08:00:00Z'


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML/zip container with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                             lambda m: m.group(1) + FIXED_CORE + m.group(3), txt)
                txt = re.sub(r'(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)',
                             lambda m: m.group(1) + FIXED_CORE + m.group(2), txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def _pdf_safe(s):
    # Helvetica (WinAnsi) cannot draw everything: map a few characters
    s = ''.join(chr(ord(c) - 0xFF10 + 48) if 0xFF10 <= ord(c) <= 0xFF19 else c for c in s)
    return (s.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'")
            .replace('\u202f', ' ').replace('\u00a0', ' ').replace('≥', '>=').replace('≤', '<='))


def make_pdf(title, lines, author='', subtitle=None, table=None):
    """lines: list of strings; table: list of rows (list of str) drawn after the lines."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(author)
    c.setTitle(_pdf_safe(title))
    c.setCreator('Haute-Riviere document service')
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 18
    if subtitle:
        c.setFont('Helvetica', 9)
        c.drawString(50, y, _pdf_safe(subtitle))
        y -= 16
    c.setFont('Helvetica', 10)
    flat = []
    for ln in lines:
        flat.extend(str(ln).split('\n'))
    for ln in flat:
        for piece in _wrap(_pdf_safe(ln), 95):
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
            c.drawString(50, y, piece)
            y -= 14
    if table:
        y -= 6
        ncol = max(len(r) for r in table)
        colw = (w - 100) / ncol
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8)
            for j, cell in enumerate(row):
                c.drawString(50 + j * colw, y, _pdf_safe(str(cell))[:int(colw / 4.3)])
            y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if not s:
        return ['']
    out = []
    while len(s) > n:
        k = s.rfind(' ', 0, n)
        if k <= 0:
            k = n
        out.append(s[:k])
        s = s[k:].lstrip()
    out.append(s)
    return out


def make_docx(title, paras, table=None, author='', heading2=None):
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2024, 1, 2, 8, 0, 0)
    cp.modified = dt.datetime(2024, 1, 2, 8, 0, 0)
    cp.last_printed = dt.datetime(2024, 1, 2, 8, 0, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    if heading2:
        d.add_heading(heading2, level=2)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=max(len(r) for r in table))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    """sheets: list of (sheet title, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2024, 1, 2, 8, 0, 0)
    wb.properties.modified = dt.datetime(2024, 1, 2, 8, 0, 0)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for i, r in enumerate(rows):
            ws.append(list(r))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(9, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=',', encoding='utf-8', crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue()
    if encoding == 'utf-8-sig':
        return data.encode('utf-8-sig')
    return data.encode(encoding)


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
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


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    """start/end naive datetimes in America/Toronto (Eastern)."""
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Haute-Riviere//Agenda 4.2//FR', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto',
             'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'TZNAME:EDT',
             'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
             'BEGIN:STANDARD', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'TZNAME:EST',
             'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
             'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20240102T130000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime(f),
             'DTEND;TZID=America/Toronto:' + end.strftime(f),
             'SUMMARY:' + _ics_escape(summary),
             'DESCRIPTION:' + _ics_escape(description),
             'LOCATION:' + _ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer['name'], organizer['email'])]
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (a['name'], a['email']))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_ics_fold(x) for x in lines) + '\r\n').encode('utf-8')


def make_vcard(fn, given, family, org=None, title=None, tel=None, email=None, adr=None, note=None,
               bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:' + version, 'N:%s;%s;;;' % (family, given), 'FN:' + fn]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        for kind, num in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % (adr['line1'].replace(',', '\\,'),
                                                               adr['city'], adr['pc']))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(_ics_fold(x) for x in lines) + '\r\n').encode('utf-8')
