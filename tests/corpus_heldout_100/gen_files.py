"""Attachment makers (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV) with fixed timestamps."""
import datetime
import io
import re
import zipfile

FIXED_DT = datetime.datetime(2025, 1, 15, 9, 30, 0)
ZIP_DT = (2025, 1, 15, 9, 30, 0)


def zip_files(files, compress=True):
    """files: list of (name, bytes).  Fixed timestamps and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


_STAMP = re.compile(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)')


def normalise_ooxml(data):
    """Rewrite an OOXML package with fixed ZIP times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    files = []
    for zi in src.infolist():
        b = src.read(zi.filename)
        if zi.filename == 'docProps/core.xml':
            b = _STAMP.sub(rb'\g<1>2025-01-15T09:30:00Z\g<3>', b)
        files.append((zi.filename, b))
    return zip_files(files)


# ---------------- PDF ----------------
def make_pdf(title, lines, compress=True, author='', graph=None, text=True):
    """A simple report: title + wrapped lines.  graph: list of (freq, dB) pairs drawn as an audiogram."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title if text else 'scan')
    c.setAuthor(author)
    c.setCreator('ReportLab')
    w, h = letter
    y = h - 60
    if text:
        c.setFont('Helvetica-Bold', 13)
        c.drawString(50, y, title)
        y -= 26
        c.setFont('Helvetica', 10)
        for ln in lines:
            for piece in _wrap(ln, 95):
                if y < 60:
                    c.showPage()
                    c.setFont('Helvetica', 10)
                    y = h - 60
                c.drawString(50, y, piece)
                y -= 14
    if graph:
        x0, y0 = 80, max(y - 260, 80)
        c.setLineWidth(0.5)
        c.rect(x0, y0, 400, 220)
        for i in range(7):
            c.line(x0 + i * 400 / 6, y0, x0 + i * 400 / 6, y0 + 220)
        for i in range(13):
            c.line(x0, y0 + i * 220 / 12, x0 + 400, y0 + i * 220 / 12)
        for ear, col in enumerate(graph):
            pts = [(x0 + k * 400 / 6, y0 + 220 - (db + 10) * 220 / 130) for k, db in enumerate(col)]
            c.setStrokeColorRGB(1 if ear == 0 else 0, 0, 0 if ear == 0 else 1)
            for (a, b), (cc, d) in zip(pts, pts[1:]):
                c.line(a, b, cc, d)
            for a, b in pts:
                if ear == 0:
                    c.circle(a, b, 4)
                else:
                    c.line(a - 4, b - 4, a + 4, b + 4)
                    c.line(a - 4, b + 4, a + 4, b - 4)
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if len(s) <= n:
        return [s]
    out, cur = [], ''
    for word in s.split(' '):
        if len(cur) + len(word) + 1 > n and cur:
            out.append(cur)
            cur = word
        else:
            cur = f'{cur} {word}' if cur else word
    out.append(cur)
    return out


# ---------------- DOCX ----------------
def make_docx(title, paragraphs, table=None, author='Clinique ORL'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ''
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_ooxml(buf.getvalue())


# ---------------- XLSX ----------------
def make_xlsx(sheets, author='Clinique ORL'):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue())


# ---------------- CSV ----------------
def make_csv(rows, sep=',', crlf=True):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            if sep in v or '"' in v or '\n' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return ('\r\n' if crlf else '\n').join(out) + ('\r\n' if crlf else '\n')


# ---------------- ICS / vCard ----------------
def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\n '.join(out)


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, summary, start, end, location='', description='', organizer=None, attendees=(),
             method='REQUEST'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
         f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250115T093000Z',
         f'DTSTART;TZID=America/Montreal:{start:%Y%m%dT%H%M%S}',
         f'DTEND;TZID=America/Montreal:{end:%Y%m%dT%H%M%S}',
         f'SUMMARY:{_ics_esc(summary)}']
    if location:
        L.append(f'LOCATION:{_ics_esc(location)}')
    if description:
        L.append(f'DESCRIPTION:{_ics_esc(description)}')
    if organizer:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for n, a in attendees:
        L.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    L += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_fold(x) for x in L) + '\n'


def make_vcf(given, surname, org='', tel=None, tel_type='HOME', email=None, adr=None, note='', bday=None,
             title=''):
    L = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        L.append(f'ORG:{org}')
    if title:
        L.append(f'TITLE:{title}')
    if tel:
        L.append(f'TEL;TYPE={tel_type},VOICE:{tel}')
    if email:
        L.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        adr_esc = adr.replace(',', '\\,')
        L.append(f'ADR;TYPE={tel_type}:;;{adr_esc};;;;')
    if bday:
        L.append(f'BDAY:{bday}')
    if note:
        L.append(f'NOTE:{_ics_esc(note)}')
    L.append('END:VCARD')
    return '\n'.join(_fold(x) for x in L) + '\n'
