"""Deterministic attachment builders (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV)."""
import datetime
import io
import re
import zipfile

FIXED_DT = datetime.datetime(2024, 10, 1, 8, 0, 0)
ZIP_DT = (2024, 10, 1, 8, 0, 0)


def normalise_zip(data, fix_core=True):
    """Rewrite a ZIP (docx/xlsx) with fixed timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename.endswith('core.xml'):
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                             r'\g<1>2024-10-01T08:00:00Z\g<3>', txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)',
                             r'\g<1>2024-10-01T08:00:00Z\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def make_pdf(title, lines, table=None, footer=None):
    """lines: list of str; table: (headers, rows) drawn as text grid."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor('')
    c.setCreator('')
    c.setProducer('')
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 28
    c.setFont('Helvetica', 10)
    for ln in lines:
        chunks = [ln[i:i + 95] for i in range(0, max(len(ln), 1), 95)] or ['']
        for ch in chunks:
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
            c.drawString(50, y, ch)
            y -= 14
    if table:
        headers, rows = table
        y -= 8
        ncol = len(headers)
        colw = (width - 100) / ncol
        c.setFont('Helvetica-Bold', 9)
        for i, h in enumerate(headers):
            c.drawString(50 + i * colw, y, str(h)[:28])
        y -= 13
        c.setFont('Helvetica', 9)
        for r in rows:
            if y < 60:
                newpage()
                c.setFont('Helvetica', 9)
            for i, cell in enumerate(r):
                c.drawString(50 + i * colw, y, str(cell)[:30])
            y -= 12
    if footer:
        c.setFont('Helvetica-Oblique', 8)
        c.drawString(50, 40, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = ''
    cp.last_modified_by = ''
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        headers, rows = table
        t = d.add_table(rows=1, cols=len(headers))
        for i, h in enumerate(headers):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheet_title, headers, rows, extra_sheets=None):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    wb.properties.creator = 'openpyxl'
    ws = wb.active
    ws.title = sheet_title[:31]
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    for name, h2, r2 in (extra_sheets or []):
        ws2 = wb.create_sheet(name[:31])
        ws2.append(list(h2))
        for r in r2:
            ws2.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


# ------------------------------------------------------------------ text formats
def make_csv(headers, rows, sep=',', eol='\r\n'):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(cell(h) for h in headers)] + [sep.join(cell(x) for x in r) for r in rows]
    return eol.join(lines) + eol


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, minutes, summary, description, location, organizer, attendees=()):
    end = start + datetime.timedelta(minutes=minutes)
    fmt = '%Y%m%dT%H%M%S'
    lines = [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Agenda GMF//FR', 'METHOD:REQUEST',
        'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20241001T120000Z',
        'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
        'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
        'SUMMARY:' + ics_escape(summary),
        'DESCRIPTION:' + ics_escape(description),
        'LOCATION:' + ics_escape(location),
        'ORGANIZER;CN=%s:mailto:%s' % organizer,
    ]
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, mail))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:  # fold at 74 octets-ish (characters here)
        while len(ln) > 74:
            out.append(ln[:74])
            ln = ' ' + ln[74:]
        out.append(ln)
    return '\r\n'.join(out) + '\r\n'


def make_vcard(fn, n, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'FN:' + fn, 'N:' + n]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        lines.append('TEL;TYPE=CELL:' + tel)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,'))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'
