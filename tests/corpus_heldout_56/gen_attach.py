"""Attachment builders with fixed timestamps (byte-for-byte reproducible)."""
import csv
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_DT = (2025, 3, 3, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 3, 3, 9, 0, 0)
FIXED_W3C = b'2025-03-03T09:00:00Z'


def normalize_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename.startswith('docProps/') and info.filename.endswith('.xml'):
                content = re.sub(rb'\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?', FIXED_W3C, content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return out.getvalue()


def make_pdf(title, lines, table=None, author=''):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    width, height = letter
    y = height - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 10)

    def line(txt, font='Helvetica', size=10):
        nonlocal y
        for piece in (textwrap.wrap(txt, 95) or ['']):
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont(font, size)
            c.drawString(50, y, piece)
            y -= 14

    for ln in lines:
        line(ln)
    if table:
        y -= 6
        header, rows = table
        if header:
            line('  |  '.join(str(x) for x in header), 'Helvetica-Bold', 9)
        for r in rows:
            line('  |  '.join(str(x) for x in r), 'Helvetica', 9)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author=''):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ''
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=0, cols=len(header or rows[0]))
        t.style = 'Table Grid'
        for r in ([header] if header else []) + rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    """sheets: list of (title, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, header, rows in sheets:
        ws = wb.create_sheet(title[:31])
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, delim=';', crlf=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\r\n' if crlf else '\n')
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, end, summary, location, description, organizer):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Haute-Riviere//Agenda 4.2//FR',
             'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250303T140000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
             'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
             'SUMMARY:' + _ics_esc(summary), 'LOCATION:' + _ics_esc(location),
             'DESCRIPTION:' + _ics_esc(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]),
             'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(lines) + '\r\n'


def make_vcf(given, surname, tel, adr=None, note=None, org=None, email=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:' + tel)
    if email:
        lines.append('EMAIL;TYPE=HOME:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada' % adr)
    if note:
        lines.append('NOTE:' + _ics_esc(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'
