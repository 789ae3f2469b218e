"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as _dt
import io
import re
import zipfile

from gen_mime import LATIN1_MAP

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_DT = _dt.datetime(2025, 1, 15, 9, 30, 0)


def _pdf_safe(s):
    for k, v in LATIN1_MAP.items():
        if k in ('\u0153', '\u0152', '\u20ac', '\u2019', '\u2013', '\u2014', '\u2026', '\u2022'):
            continue  # present in WinAnsi
        s = s.replace(k, v)
    out = []
    for ch in s:
        if '\uff01' <= ch <= '\uff5e':
            ch = chr(ord(ch) - 0xFEE0)  # full-width forms cannot be drawn with the base-14 fonts
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append('?')
    return ''.join(out)


def make_pdf(title, lines, compress=True, author='', table=None, footer=None):
    """Simple one-to-few page PDF. lines: list of str; table: list of rows (list of str)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator('')
    c.setProducer('')
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(50, 30, _pdf_safe(footer))
        c.showPage()
        y = h - 60

    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        chunks = _wrap(line, 95) or ['']
        for ch in chunks:
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
            c.drawString(50, y, _pdf_safe(ch))
            y -= 14
    if table:
        y -= 8
        ncol = max(len(r) for r in table)
        need = [max(4, min(60, max(len(str(r[j])) if j < len(r) else 0 for r in table))) for j in range(ncol)]
        scale = (w - 100) / float(sum(need))
        xs = [50]
        for n in need[:-1]:
            xs.append(xs[-1] + n * scale)
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 7)
            for j, cell in enumerate(row):
                c.drawString(xs[j], y, _pdf_safe(str(cell))[:max(4, int(need[j] * scale / 3.6))])
            y -= 11
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, width):
    words = s.split(' ')
    out, cur = [], ''
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > width:
            out.append(cur)
            cur = wd
        else:
            cur = (cur + ' ' + wd) if cur else wd
    if cur or not out:
        out.append(cur)
    return out


_CORE_DATE = re.compile(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)')


def normalize_zip(data):
    """Re-pack an OOXML/ZIP with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = _CORE_DATE.sub(rb'\g<1>2025-01-15T09:30:00Z\g<3>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author='', header_text=None):
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
    cp.comments = ''
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator='\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ''
        cur += ch
    out.append(cur)
    return '\n '.join(out)


def make_ics(uid, summary, start, end, location, description, organizer, attendees=(), method='REQUEST',
             tz='America/Toronto'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid,
             'DTSTAMP:20250115T143000Z',
             'DTSTART;TZID=%s:%s' % (tz, start.strftime('%Y%m%dT%H%M%S')),
             'DTEND;TZID=%s:%s' % (tz, end.strftime('%Y%m%dT%H%M%S')),
             'SUMMARY:%s' % _ics_escape(summary),
             'LOCATION:%s' % _ics_escape(location),
             'DESCRIPTION:%s' % _ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (_ics_escape(organizer[0]), organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (_ics_escape(n), a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_fold(l) for l in lines) + '\n'


def make_vcard(given, surname, org='', title='', tel_home=None, tel_cell=None, tel_work=None, email=None,
               adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel_work:
        lines.append('TEL;TYPE=WORK,VOICE:%s' % tel_work)
    if tel_home:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel_home)
    if tel_cell:
        lines.append('TEL;TYPE=CELL:%s' % tel_cell)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        street, city, prov, pc = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street, city, prov, pc))
    if bday:
        lines.append('BDAY:%s' % bday.isoformat())
    if note:
        lines.append('NOTE:%s' % _ics_escape(note))
    lines.append('REV:2025-01-15T09:30:00Z')
    lines.append('END:VCARD')
    return '\n'.join(_fold(l) for l in lines) + '\n'
