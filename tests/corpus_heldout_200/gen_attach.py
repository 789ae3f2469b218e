"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import textwrap
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_DOC_TIME = datetime.datetime(2025, 1, 6, 8, 0, 0)


def normalize_zip(data):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                text = blob.decode('utf-8')
                for tag in ('created', 'modified'):
                    text = re.sub(r'(<dcterms:%s[^>]*>)[^<]*(</dcterms:%s>)' % (tag, tag),
                                  r'\g<1>2025-01-06T08:00:00Z\g<2>', text)
                text = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>2025-01-06T08:00:00Z\g<2>', text)
                blob = text.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF

def _pdf_safe(s):
    s = unicodedata.normalize('NFKC', s)
    s = s.replace('\u2019', "'").replace('\u2014', '-').replace('\u2013', '-').replace('\u2022', '-').replace('\u2265', '>=').replace('\u2264', '<=')
    return ''.join(c if ord(c) < 256 else '?' for c in s)


def make_pdf(title, lines, author='', subject='', header=None):
    """lines: list of str (wrapped) or ('table', rows) or ('h', text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator('Estuaire DocGen 3.2')
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    def line(text, font='Helvetica', size=10, x=54, lead=13):
        nonlocal y
        if y < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(x, y, _pdf_safe(text))
        y -= lead

    if header:
        for h in header:
            line(h, 'Helvetica', 8, lead=10)
        y -= 6
    line(title, 'Helvetica-Bold', 13, lead=20)
    for item in lines:
        if isinstance(item, tuple) and item[0] == 'h':
            y -= 4
            line(item[1], 'Helvetica-Bold', 11, lead=15)
        elif isinstance(item, tuple) and item[0] == 'table':
            rows = item[1]
            ncol = len(rows[0])
            colw = (width - 108) / ncol
            for i, r in enumerate(rows):
                if y < 60:
                    newpage()
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
                for j, cell in enumerate(r):
                    c.drawString(54 + j * colw, y, _pdf_safe(str(cell))[:int(colw / 4.6)])
                y -= 12
            y -= 4
        else:
            if not item:
                y -= 6
                continue
            for sub in item.split('\n'):
                for piece in textwrap.wrap(sub, 98) or ['']:
                    line(piece)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX

def make_docx(title, paragraphs, author='', table=None, table_after=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    d.add_heading(title, level=1)
    for i, p in enumerate(paragraphs):
        if isinstance(p, tuple) and p[0] == 'h':
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
        if table and table_after == i:
            _docx_table(d, table)
    if table and table_after is None:
        _docx_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def _docx_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, cell in enumerate(r):
            t.cell(i, j).text = str(cell)


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets, author=''):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(
                48, max(8, max(len(str(c.value or '')) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV, ICS, vCard

def make_csv(rows, charset='utf-8', delimiter=',', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(charset)
    if bom and charset == 'utf-8':
        data = b'\xef\xbb\xbf' + data
    return data


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
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


def make_ics(uid, start, end, summary, location, description, organizer, attendees=()):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Estuaire//Agenda CBMF 2.1//FR', 'VERSION:2.0', 'METHOD:REQUEST',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250106T130000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
             'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
             'SUMMARY:' + _ics_escape(summary), 'LOCATION:' + _ics_escape(location),
             'DESCRIPTION:' + _ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, m in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (n, m))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(x) for x in lines) + '\r\n').encode('utf-8')


def make_vcard(fn, n_parts, tel=None, adr=None, bday=None, note=None, org=None, email=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:' + ';'.join(n_parts) + ';;;', 'FN:' + fn]
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
        kind, street, city = adr
        lines.append('ADR;TYPE=%s:;;%s;%s;;;' % (kind, _ics_escape(street), _ics_escape(city)))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(_fold(x) for x in lines) + '\r\n').encode('utf-8')
