# -*- coding: utf-8 -*-
"""Deterministic attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP)."""
import csv
import datetime
import io
import re
import zipfile

FIXED_DT = datetime.datetime(2024, 1, 1, 0, 0, 0)
ZIP_DT = (2024, 1, 1, 0, 0, 0)


def normalize_zip(data):
    """Rewrite an OOXML/ZIP container with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             r'\g<1>2024-01-01T00:00:00Z\3', txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>2024-01-01T00:00:00Z\2', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(blob, str):
                blob = blob.encode('utf-8')
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def _wrap(text, width):
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lines


def make_pdf(title, paragraphs, table=None, author='', footer=''):
    """paragraphs: list of str (may contain \n); table: list of rows (first row header)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Formulaires-Web 3.2')
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = h - 60

    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for para in paragraphs:
        for raw in para.split('\n'):
            for line in _wrap(raw, 95) if raw else ['']:
                if y < 60:
                    newpage()
                    c.setFont('Helvetica', 10)
                c.drawString(50, y, line)
                y -= 13
        y -= 6
    if table:
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8)
            for j, cell in enumerate(row):
                s = str(cell)
                maxc = int(colw / 4.3)
                c.drawString(50 + j * colw, y, s[:maxc])
            y -= 12
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author='', after_table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        elif p.startswith('- '):
            d.add_paragraph(p[2:], style='List Bullet')
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    for p in after_table or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=''):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author or 'Excel'
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(40, max(8, max(len(str(c.value or '')) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV
def make_csv(rows, delimiter=',', crlf=True):
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        wr.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- ICS / vCard
def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold75(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def make_ics(uid, summary, start, end, description='', location='', organizer=None, attendees=(),
             method='REQUEST', stamp=None):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Calendrier CIUSSS//FR', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD', 'BEGIN:DAYLIGHT',
             'DTSTART:19700308T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{(stamp or FIXED_DT).strftime(fmt)}Z',
             f'DTSTART;TZID=America/Toronto:{start.strftime(fmt)}', f'DTEND;TZID=America/Toronto:{end.strftime(fmt)}',
             f'SUMMARY:{_ics_escape(summary)}']
    if location:
        lines.append(f'LOCATION:{_ics_escape(location)}')
    if description:
        lines.append(f'DESCRIPTION:{_ics_escape(description)}')
    if organizer:
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}')
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold75(l) for l in lines) + '\r\n'


def make_vcard(fn, n, org='', title='', tels=(), email='', adr=None, note='', bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', f'VERSION:{version}', f'N:{n}', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    for kind, t in tels:
        lines.append(f'TEL;TYPE={kind}:{t}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + ';'.join(adr))
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append('NOTE:' + note.replace('\n', '\\n').replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\r\n'.join(_fold75(l) for l in lines) + '\r\n'
