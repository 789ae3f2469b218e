# -*- coding: utf-8 -*-
"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime as dt
import io
import re
import zipfile

FIXED_DT = (2024, 6, 1, 8, 0, 0)
FIXED_ISO = '2024-06-01T08:00:00Z'
FIXED_DATETIME = dt.datetime(2024, 6, 1, 8, 0, 0)


def rezip(data, fix_core=True):
    """Rewrite an OOXML/zip container with fixed timestamps and metadata."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>%s\g<3>' % FIXED_ISO, txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(entries):
    """entries: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(blob, str):
                blob = blob.encode('utf-8')
            z.writestr(zi, blob)
    return out.getvalue()


def make_pdf(title, lines, table=None, author='', footer=''):
    """lines: list of str; table: list of rows (first = header)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('ReportServer')
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont('Helvetica-Oblique', 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = h - 60

    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 24
    c.setFont('Helvetica', 10)
    for ln in lines:
        while len(ln) > 95:
            cut = ln.rfind(' ', 0, 95)
            cut = cut if cut > 0 else 95
            c.drawString(50, y, ln[:cut])
            ln = ln[cut:].lstrip()
            y -= 14
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
        c.drawString(50, y, ln)
        y -= 14
        if y < 60:
            newpage()
            c.setFont('Helvetica', 10)
    if table:
        y -= 8
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for i, row in enumerate(table):
            c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
            for j, cell in enumerate(row):
                c.drawString(50 + j * colw, y, str(cell)[:int(colw / 4.6)])
            y -= 13
            if y < 60:
                newpage()
    if footer:
        c.setFont('Helvetica-Oblique', 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author='', heading2=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DATETIME
    cp.modified = FIXED_DATETIME
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        elif p.startswith('- '):
            d.add_paragraph(p[2:], style='List Bullet')
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def make_xlsx(sheets, author=''):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DATETIME
    wb.properties.modified = FIXED_DATETIME
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def make_csv(rows, sep=','):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or '\n' in v:
                v = '"%s"' % v.replace('"', '""')
            cells.append(v)
        out.append(sep.join(cells))
    return '\r\n'.join(out) + '\r\n'


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out = []
    while len(line.encode('utf-8')) > 74:
        cut = 74
        while len(line[:cut].encode('utf-8')) > 74:
            cut -= 1
        out.append(line[:cut])
        line = ' ' + line[cut:]
    out.append(line)
    return '\r\n'.join(out)


def make_ics(events, method='REQUEST', prodid='-//Saint-Aurele//Agenda clinique 3.2//FR'):
    """events: list of dicts with uid, start (naive dt), end, summary, location, description, organizer."""
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:%s' % prodid, 'METHOD:%s' % method, 'CALSCALE:GREGORIAN']
    for e in events:
        L += ['BEGIN:VEVENT', 'UID:%s' % e['uid'], 'DTSTAMP:20240601T120000Z',
              'DTSTART;TZID=America/Toronto:%s' % e['start'].strftime('%Y%m%dT%H%M%S'),
              'DTEND;TZID=America/Toronto:%s' % e['end'].strftime('%Y%m%dT%H%M%S'),
              'SUMMARY:%s' % _ics_escape(e['summary'])]
        if e.get('location'):
            L.append('LOCATION:%s' % _ics_escape(e['location']))
        if e.get('description'):
            L.append('DESCRIPTION:%s' % _ics_escape(e['description']))
        if e.get('organizer'):
            L.append('ORGANIZER;CN=%s:mailto:%s' % (e['organizer'][0], e['organizer'][1]))
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return '\r\n'.join(_ics_fold(l) for l in L) + '\r\n'


def make_vcard(given, surname, tel=None, email=None, adr=None, note=None, org=None, title=None):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        L.append('ORG:%s' % org)
    if title:
        L.append('TITLE:%s' % title)
    if tel:
        L.append('TEL;TYPE=CELL:%s' % tel)
    if email:
        L.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        L.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if note:
        L.append('NOTE:%s' % _ics_escape(note))
    L.append('REV:20240601T080000Z')
    L.append('END:VCARD')
    return '\r\n'.join(L) + '\r\n'
