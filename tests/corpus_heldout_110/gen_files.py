"""Attachment builders with fixed timestamps, so that two runs give identical bytes."""
import io
import re
import zipfile
import datetime

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 2, 8, 0, 0)


def normalize_zip(data):
    """Rewrite an OOXML/zip package with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>2025-01-02T08:00:00Z\2', txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>2025-01-02T08:00:00Z\2', txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def _wrap(text, width):
    out = []
    for para in text.split('\n'):
        line = ''
        for w in para.split(' '):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + ' ' + w) if line else w
        out.append(line)
    return out


def make_pdf(title, blocks, author='', form_fields=None):
    """blocks: list of str (paragraphs) or ('table', header, rows) or ('field', label, value)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('ReportLab')
    w, h = letter
    y = h - 60

    def newline(dy=14):
        nonlocal y
        y -= dy
        if y < 60:
            c.showPage()
            y = h - 60
            c.setFont('Helvetica', 10)

    c.setFont('Helvetica-Bold', 14)
    c.drawString(50, y, title)
    newline(24)
    c.setFont('Helvetica', 10)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'field':
            c.setFont('Helvetica-Bold', 10)
            c.drawString(50, y, b[1])
            c.setFont('Helvetica', 10)
            if b[2]:
                c.drawString(230, y, b[2])
            else:
                c.line(230, y - 2, 520, y - 2)
            newline(18)
        elif isinstance(b, tuple) and b[0] == 'h':
            newline(4)
            c.setFont('Helvetica-Bold', 11)
            c.drawString(50, y, b[1])
            c.setFont('Helvetica', 10)
            newline(16)
        elif isinstance(b, tuple) and b[0] == 'table':
            hdr, rows = b[1], b[2]
            colw = (w - 100) / len(hdr)
            c.setFont('Helvetica-Bold', 8)
            for i, hh in enumerate(hdr):
                c.drawString(50 + i * colw, y, str(hh)[:int(colw / 4.2)])
            newline(12)
            c.setFont('Helvetica', 8)
            for r in rows:
                for i, cell in enumerate(r):
                    c.drawString(50 + i * colw, y, str(cell)[:int(colw / 4.2)])
                newline(11)
            c.setFont('Helvetica', 10)
            newline(6)
        else:
            for line in _wrap(b, 95):
                c.drawString(50, y, line)
                newline()
            newline(6)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, blocks, author='Utilisateur'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'table':
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = 'Table Grid'
            for i, hh in enumerate(hdr):
                t.rows[0].cells[i].text = str(hh)
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = str(v)
        elif isinstance(b, tuple) and b[0] == 'field':
            p = d.add_paragraph()
            p.add_run(b[1] + ' ').bold = True
            p.add_run(b[2] if b[2] else '_' * 30)
        elif isinstance(b, tuple) and b[0] == 'h':
            d.add_heading(b[1], level=2)
        else:
            d.add_paragraph(b)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author='Utilisateur'):
    """sheets: list of (title, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, hdr, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(hdr))
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(40, max(10, max(len(str(c.value or '')) for c in col)))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV / ICS / vCard
def make_csv(header, rows, sep=','):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


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


def make_ics(uid, start, end, summary, location, description, organizer, attendees, method='REQUEST'):
    fmt = lambda dt: dt.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:%s' % method, 'BEGIN:VTIMEZONE', 'TZID:America/Montreal', 'BEGIN:STANDARD',
             'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400',
             'TZOFFSETTO:-0500', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
             'END:VTIMEZONE', 'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250102T080000Z',
             'DTSTART;TZID=America/Montreal:%s' % fmt(start), 'DTEND;TZID=America/Montreal:%s' % fmt(end),
             'SUMMARY:%s' % _ics_escape(summary), 'LOCATION:%s' % _ics_escape(location),
             'DESCRIPTION:%s' % _ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcard(fn, given, surname, org=None, title=None, tels=(), emails=(), adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        lines.append('EMAIL;TYPE=INTERNET:%s' % e)
    if adr:
        lines.append('ADR;TYPE=%s:;;%s;%s;%s;%s;%s' % adr)
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % _ics_escape(note))
    lines.append('REV:20250102T080000Z')
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'
