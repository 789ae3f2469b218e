"""Attachment builders with fixed timestamps so that two runs give identical bytes."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED = datetime.datetime(2025, 1, 15, 9, 0, 0)
ZIP_TIME = (2025, 1, 15, 9, 0, 0)


def pdf(lines, title='', compress=True, author=''):
    """lines: list of str; a line starting with '#' is a heading."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('GI-Reports 4.2')
    y = 740
    for ln in lines:
        if y < 60:
            c.showPage()
            y = 740
        if ln.startswith('#'):
            c.setFont('Helvetica-Bold', 12)
            c.drawString(50, y, ln.lstrip('# ').encode('cp1252', 'replace').decode('cp1252'))
            y -= 18
        else:
            c.setFont('Helvetica', 10)
            for chunk in _wrap(ln, 95):
                c.drawString(50, y, chunk.encode('cp1252', 'replace').decode('cp1252'))
                y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if not s:
        return ['']
    words, out, cur = s.split(' '), [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def _renormalise_zip(data):
    """Rewrite an OOXML zip with fixed member timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)',
                              rb'\g<1>2025-01-15T09:00:00Z\g<2>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def docx(paras, table=None, author='Unité d\'endoscopie', title=''):
    """paras: list of str (a '#' prefix makes a heading); table: list of rows (first = header)."""
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    for p in paras:
        if p.startswith('#'):
            d.add_heading(p.lstrip('# '), level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _renormalise_zip(buf.getvalue())


def xlsx(sheets, author='Endoscopie'):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return _renormalise_zip(buf.getvalue())


def zipped(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def csv_text(rows, sep=',', crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = '\r\n' if crlf else '\n'
    return nl.join(sep.join(q(c) for c in r) for r in rows) + nl


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' '
        cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def ics(uid, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    """start/end: 'YYYYMMDDTHHMMSS' local (America/Montreal)."""
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
         'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250115T140000Z',
         'DTSTART;TZID=America/Montreal:%s' % start, 'DTEND;TZID=America/Montreal:%s' % end,
         'SUMMARY:%s' % _ics_escape(summary), 'DESCRIPTION:%s' % _ics_escape(description),
         'LOCATION:%s' % _ics_escape(location), 'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
    L += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold(x) for x in L) + '\r\n'


def vcard(fn, n_parts, tels=(), emails=(), adr=None, note=None, org=None, title=None, bday=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s' % ';'.join(n_parts), 'FN:%s' % fn]
    if org:
        L.append('ORG:%s' % org)
    if title:
        L.append('TITLE:%s' % title)
    for kind, t in tels:
        L.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        L.append('EMAIL;TYPE=INTERNET:%s' % e)
    if adr:
        L.append('ADR;TYPE=HOME:;;%s' % ';'.join(_ics_escape(x) for x in adr))
    if bday:
        L.append('BDAY:%s' % bday)
    if note:
        L.append('NOTE:%s' % _ics_escape(note))
    L.append('END:VCARD')
    return '\r\n'.join(_fold(x) for x in L) + '\r\n'
