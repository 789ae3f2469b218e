"""Attachment builders with fixed timestamps (byte-identical across runs)."""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_DT = (2025, 1, 6, 9, 0, 0)
FIXED_ISO = '2025-01-06T09:00:00Z'


def _renormalise_zip(data, fixes=None):
    """Rewrite an OOXML/ZIP archive with fixed timestamps (and patched core.xml)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                s = content.decode('utf-8')
                s = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\2' % FIXED_ISO, s)
                s = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\2' % FIXED_ISO, s)
                s = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\2' % FIXED_ISO, s)
                content = s.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return out.getvalue()


# ---------------------------------------------------------------- PDF

def make_pdf(title, lines, author='', compress=False, scanned=False, header=None):
    """lines: list of str (wrapped automatically); '' gives a blank line;
    a line starting with '## ' is a bold heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title if not scanned else 'scan0001')
    c.setAuthor(author if not scanned else 'Xerox WorkCentre 7855')
    c.setCreator('Microsoft Word' if not scanned else 'Scan to PDF')
    width, height = letter
    if scanned:
        # image-like content only: no text objects at all
        c.setFillGray(0.93)
        c.rect(30, 30, width - 60, height - 60, fill=1, stroke=0)
        c.setFillGray(0.2)
        y = height - 80
        seed = sum(ord(ch) for ch in title)
        for i in range(38):
            w = 120 + (seed * (i + 7)) % 330
            c.rect(60, y, w, 5, fill=1, stroke=0)
            y -= 16
        c.showPage()
        c.save()
        return buf.getvalue()
    y = height - 60
    if header:
        c.setFont('Helvetica-Bold', 9)
        c.drawString(50, y, header)
        y -= 20
    c.setFont('Helvetica-Bold', 14)
    c.drawString(50, y, title)
    y -= 26
    for raw in lines:
        bold = raw.startswith('## ')
        if bold:
            raw = raw[3:]
        pieces = textwrap.wrap(raw, 95) if raw else ['']
        for piece in pieces:
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
            if piece:
                c.drawString(50, y, piece)
            y -= 14
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
    cp.revision = 1
    cp.created = datetime.datetime(2025, 1, 6, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
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
    return _renormalise_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets, author=''):
    """sheets: list of (sheet name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 6, 9, 0, 0)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 16
    buf = io.BytesIO()
    wb.save(buf)
    return _renormalise_zip(buf.getvalue())


# ---------------------------------------------------------------- ZIP

def make_zip(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for nm, data in members:
            zi = zipfile.ZipInfo(nm, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(zi, data)
    return buf.getvalue()


# ---------------------------------------------------------------- ICS / VCF / CSV

def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur = ''
        cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, description='', location='', organizer=None,
             attendees=(), method='REQUEST', tzid='America/Toronto'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN',
             'VERSION:2.0', 'METHOD:%s' % method, 'BEGIN:VEVENT',
             'UID:%s' % uid, 'DTSTAMP:20250106T140000Z',
             'DTSTART;TZID=%s:%s' % (tzid, start.strftime(fmt)),
             'DTEND;TZID=%s:%s' % (tzid, end.strftime(fmt)),
             'SUMMARY:%s' % _ics_escape(summary)]
    if location:
        lines.append('LOCATION:%s' % _ics_escape(location))
    if description:
        lines.append('DESCRIPTION:%s' % _ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for cn, mail in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s' % (cn, mail))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def make_vcf(given, surname, org='', title='', tels=(), emails=(), adr=None, note='', bday=None,
             version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:%s' % version,
             'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, num in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, num))
    for kind, m in emails:
        lines.append('EMAIL;TYPE=%s:%s' % (kind, m))
    if adr:
        kind, street, city, region, pc, country = adr
        lines.append('ADR;TYPE=%s:;;%s;%s;%s;%s;%s' % (kind, street, city, region, pc, country))
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % note.replace('\n', '\\n').replace(',', '\\,'))
    lines.append('END:VCARD')
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def make_csv(rows, sep=','):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def att(filename, ctype, data=None, text=None, **kw):
    d = dict(filename=filename, ctype=ctype)
    if data is not None:
        d['data'] = data
    if text is not None:
        d['text'] = text
    d.update(kw)
    return d


CT_PDF = 'application/pdf'
CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ZIP = 'application/zip'
