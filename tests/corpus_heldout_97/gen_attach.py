"""Attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard) with fixed timestamps."""
import datetime
import io
import re
import unicodedata
import zipfile

from gen_mime import PUNCT

FIXED_ZIP_TIME = (2024, 1, 15, 8, 30, 0)
FIXED_ISO = '2024-01-15T08:30:00Z'


def _cp1252_safe(s):
    out = []
    for c in s:
        try:
            c.encode('cp1252')
            out.append(c)
        except UnicodeEncodeError:
            k = unicodedata.normalize('NFKC', c)
            out.append(PUNCT.get(c, k if k.isascii() else '?'))
    return ''.join(out)


# --------------------------------------------------------------------------- PDF
def make_pdf(lines, title='', compress=False, author='', font_size=10):
    """lines: list of str; a line starting with '# ' is a heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252_safe(title or 'Document'))
    c.setAuthor(_cp1252_safe(author or ''))
    c.setCreator('Numérisation clinique')
    width, height = letter
    y = height - 60
    for raw in lines:
        line = _cp1252_safe(raw)
        if line.startswith('# '):
            c.setFont('Helvetica-Bold', font_size + 3)
            line = line[2:]
            step = font_size + 8
        else:
            c.setFont('Helvetica', font_size)
            step = font_size + 4
        chunks = [line] if len(line) < 95 else _wrap(line, 95)
        for ch in chunks:
            if y < 60:
                c.showPage()
                y = height - 60
                c.setFont('Helvetica', font_size)
            c.drawString(56, y, ch)
            y -= step
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(line, width):
    words = line.split(' ')
    out, cur = [], ''
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w).strip()
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------- zip helpers
def refix_zip(data, core_fix=True):
    """Rewrite an OOXML/zip container with fixed member timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if core_fix and info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)',
                             r'\g<1>%s\g<2>' % FIXED_ISO, txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)',
                             r'\g<1>%s\g<2>' % FIXED_ISO, txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- DOCX
def make_docx(paragraphs, table=None, author='', heading=None, table_after=0):
    """paragraphs: list of str (a str starting with '# ' becomes a heading).
    table: optional list of rows (first row = header), inserted after paragraph index table_after."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 15, 8, 30, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ''
    if heading:
        d.add_heading(heading, level=1)

    def add_table():
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)

    for i, p in enumerate(paragraphs):
        if p.startswith('# '):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
        if table and i == table_after:
            add_table()
    if table and not paragraphs:
        add_table()
    buf = io.BytesIO()
    d.save(buf)
    return refix_zip(buf.getvalue())


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=''):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2024, 1, 15, 8, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
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
    return refix_zip(buf.getvalue())


# --------------------------------------------------------------------------- text formats
def make_csv(rows, sep=',', eol='\r\n'):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or '\n' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return eol.join(out) + eol


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out = []
    b = line
    while len(b.encode('utf-8')) > 74:
        cut = 74
        while len(b[:cut].encode('utf-8')) > 74:
            cut -= 1
        out.append(b[:cut])
        b = ' ' + b[cut:]
    out.append(b)
    return '\r\n'.join(out)


def make_ics(uid, start, end, summary, description='', location='', organizer=None,
             attendees=(), method='REQUEST', tzid='America/Toronto'):
    """start/end: datetime (naive, local)."""
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Clinique//Agenda 4.2//FR', 'VERSION:2.0',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:20240115T133000Z',
             'DTSTART;TZID=%s:%s' % (tzid, start.strftime(f)),
             'DTEND;TZID=%s:%s' % (tzid, end.strftime(f)),
             'SUMMARY:' + _ics_escape(summary)]
    if location:
        lines.append('LOCATION:' + _ics_escape(location))
    if description:
        lines.append('DESCRIPTION:' + _ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for n, e in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, e))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcard(fn, n, tel=None, email=None, adr=None, org=None, titl=None, note=None, bday=None,
               version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:' + version, 'N:' + n, 'FN:' + fn]
    if org:
        lines.append('ORG:' + org)
    if titl:
        lines.append('TITLE:' + titl)
    if tel:
        for kind, num in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=%s:;;%s' % adr)
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + note.replace('\n', '\\n').replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'
