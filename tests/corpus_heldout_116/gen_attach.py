"""Attachment builders with fixed timestamps so that two runs give identical bytes."""
import io
import re
import zipfile
import datetime

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
import docx
import openpyxl

FIXED_ZIP_DT = (2024, 11, 4, 9, 30, 0)
FIXED_DT = datetime.datetime(2024, 11, 4, 9, 30, 0)


def _rezip(data, extra_fix=None, dt=FIXED_ZIP_DT):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if extra_fix:
                blob = extra_fix(info.filename, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def _fix_core(name, blob):
    if name == 'docProps/core.xml':
        blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                      rb'\g<1>2024-11-04T09:30:00Z\g<3>', blob)
        blob = re.sub(rb'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', rb'\g<1>2024-11-04T09:30:00Z\g<2>', blob)
    return blob


# ------------------------------------------------------------------ PDF
def pdf(lines, title=None, author='Physio Boréalis', compress=False, letterhead=None):
    """lines: list of str, or ('h', str) for a heading, ('t', rows) for a small table."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    if not title:
        heads = [x[1] for x in lines if isinstance(x, tuple) and x[0] == 'h']
        title = heads[0] if heads else 'Document'
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Physio Boréalis DME')
    c.setSubject('')
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    if letterhead:
        c.setFont('Helvetica-Bold', 13)
        c.drawString(50, y, letterhead[0])
        y -= 15
        c.setFont('Helvetica', 8)
        for l in letterhead[1:]:
            c.drawString(50, y, l)
            y -= 10
        y -= 14
    for item in lines:
        if y < 70:
            newpage()
        if isinstance(item, tuple) and item[0] == 'h':
            c.setFont('Helvetica-Bold', 11)
            c.drawString(50, y, item[1])
            y -= 17
        elif isinstance(item, tuple) and item[0] == 't':
            rows = item[1]
            ncol = max(len(r) for r in rows)
            colw = (w - 100) / ncol
            for i, r in enumerate(rows):
                if y < 70:
                    newpage()
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8)
                for j, cell in enumerate(r):
                    c.drawString(50 + j * colw, y, str(cell)[:int(colw / 4.3)])
                y -= 12
            y -= 6
        else:
            c.setFont('Helvetica', 10)
            text = str(item)
            while len(text) > 95:
                cut = text.rfind(' ', 0, 95)
                if cut < 30:
                    cut = 95
                c.drawString(50, y, text[:cut])
                text = text[cut:].lstrip()
                y -= 13
                if y < 70:
                    newpage()
            c.drawString(50, y, text)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def docx_bytes(paragraphs, table=None, title=None, author='Physio Boréalis', header_text=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ''
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == 'h':
            d.add_heading(p[1], level=2)
        elif isinstance(p, tuple) and p[0] == 't':
            rows = p[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        t.style = 'Table Grid'
        for i, r in enumerate(table):
            for j, cell in enumerate(r):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), _fix_core)


# ------------------------------------------------------------------ XLSX
def xlsx_bytes(sheets, author='Physio Boréalis'):
    """sheets: list of (title, rows)."""
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
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), _fix_core)


# ------------------------------------------------------------------ CSV / ICS / VCF
def csv_bytes(rows, sep=';', encoding='utf-8', crlf=True, bom=False):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = '\r\n' if crlf else '\n'
    text = nl.join(sep.join(q(c) for c in r) for r in rows) + nl
    data = text.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
        line = ' ' + b.decode('utf-8')
        b = line.encode('utf-8')
    out.append(b.decode('utf-8'))
    return '\r\n'.join(out)


def ics_bytes(uid, start, end, summary, description, location, organizer, attendees, method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Physio Borealis//Agenda 4.2//FR', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:%s' % method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
             'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'TZOFFSETFROM:-0500',
             'TZOFFSETTO:-0400', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20241104T143000Z',
             'DTSTART;TZID=America/Toronto:%s' % start.strftime(fmt),
             'DTEND;TZID=America/Toronto:%s' % end.strftime(fmt),
             'SUMMARY:%s' % _ics_escape(summary),
             'DESCRIPTION:%s' % _ics_escape(description),
             'LOCATION:%s' % _ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'BEGIN:VALARM', 'TRIGGER:-PT30M', 'ACTION:DISPLAY',
              'DESCRIPTION:Rappel', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def vcf_bytes(given, surname, org=None, title=None, tel_home=None, tel_cell=None, tel_work=None,
              email=None, adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % _ics_escape(org))
    if title:
        lines.append('TITLE:%s' % _ics_escape(title))
    if tel_home:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel_home)
    if tel_cell:
        lines.append('TEL;TYPE=CELL:%s' % tel_cell)
    if tel_work:
        lines.append('TEL;TYPE=WORK,VOICE:%s' % tel_work)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % tuple(_ics_escape(x) for x in adr))
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % _ics_escape(note))
    lines += ['REV:20241104T143000Z', 'END:VCARD']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def zip_bytes(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
