"""Attachment makers (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP), all byte-stable."""
import csv
import datetime as dt
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_ISO = '2025-01-02T08:00:00Z'


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Re-pack an OOXML/ZIP blob with fixed timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             lambda m: m.group(1) + FIXED_ISO + m.group(3), txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + FIXED_ISO + r'\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def _pdf_safe(s):
    """Base-14 fonts only cover cp1252: fold anything else (e.g. full-width digits) with NFKC."""
    import unicodedata
    s = str(s)
    try:
        s.encode('cp1252')
        return s
    except UnicodeEncodeError:
        return ''.join(c if c.encode('cp1252', 'ignore') else unicodedata.normalize('NFKC', c) for c in s)


def make_pdf(title, lines, table=None, header=None, footer=None):
    from reportlab.lib.pagesizes import letter
    lines = [_pdf_safe(l) for l in lines]
    title = _pdf_safe(title)
    if table:
        table = [[_pdf_safe(c) for c in row] for row in table]
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(header or 'Document')
    c.setCreator('ScanDoc Export')
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = h - 60

    if header:
        c.setFont('Helvetica-Oblique', 8)
        c.drawString(50, h - 35, header)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        for chunk in _wrap(line, 95):
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
            c.drawString(50, y, chunk)
            y -= 14
    if table:
        y -= 8
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont('Helvetica-Bold' if ri == 0 else 'Helvetica', 8)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, str(cell)[:int(colw / 4.4)])
            y -= 12
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    import textwrap
    return textwrap.wrap(s, n) or ['']


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author='Utilisateur'):
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    fixed = dt.datetime(2025, 1, 2, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    doc.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            doc.add_heading(p[3:], level=2)
        else:
            doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, creator='Export'):
    """sheets: list of (name, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    fixed = dt.datetime(2025, 1, 2, 8, 0, 0)
    wb.properties.creator = creator
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = max(10, min(40, max(len(str(c.value or '')) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV / ICS / VCF
def make_csv(rows, delimiter=',', encoding='utf-8', bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, summary, start, end, location, description, organizer, attendees, stamp):
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Hopital//Agenda Cliniques 3.1//FR',
         'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:' + uid,
         'DTSTAMP:' + stamp.strftime('%Y%m%dT%H%M%SZ'),
         'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
         'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
         'SUMMARY:' + _ics_escape(summary), 'LOCATION:' + _ics_escape(location),
         'DESCRIPTION:' + _ics_escape(description),
         'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, e in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, e))
    L += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in L) + '\r\n').encode('utf-8')


def make_vcf(given, surname, tels=(), emails=(), adr=None, org=None, title=None, note=None, version='3.0', bday=None):
    L = ['BEGIN:VCARD', 'VERSION:' + version, 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        L.append('ORG:' + org)
    if title:
        L.append('TITLE:' + title)
    for kind, t in tels:
        L.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        L.append('EMAIL;TYPE=INTERNET:' + e)
    if adr:
        L.append('ADR;TYPE=HOME:;;%s;;;;' % _ics_escape(adr))
    if bday:
        L.append('BDAY:' + bday)
    if note:
        L.append('NOTE:' + _ics_escape(note))
    L.append('END:VCARD')
    return ('\r\n'.join(_fold(l) for l in L) + '\r\n').encode('utf-8')
