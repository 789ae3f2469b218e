"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX, XLSX,
CSV, ICS, vCard, ZIP.  OOXML packages are re-zipped with fixed member times
and fixed core-property dates."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 2, 8, 0, 0)
FIXED_ISO = '2025-01-02T08:00:00Z'


def _wrap(line, width):
    out = []
    while len(line) > width:
        cut = line.rfind(' ', 0, width)
        cut = cut if cut > 0 else width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def pdf(title, lines, author='RSBE', subtitle=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator('RSBE documents')
    y = 740
    c.setFont('Helvetica-Bold', 13)
    c.drawString(54, y, title)
    y -= 18
    if subtitle:
        c.setFont('Helvetica-Oblique', 9)
        c.drawString(54, y, subtitle)
        y -= 16
    c.setFont('Helvetica', 10)
    flat = []
    for line in lines:
        # the standard PDF fonts have no full-width forms: print those as ASCII
        line = ''.join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in line)
        flat.extend(line.split('\n'))
    for line in flat:
        for piece in _wrap(line, 95) if line else ['']:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = 740
            c.drawString(54, y, piece)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_ooxml(data):
    """Re-zip an OOXML package with fixed member times and fixed core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             lambda m: m.group(1) + FIXED_ISO + m.group(3), txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + FIXED_ISO + r'\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def docx(title, paragraphs, table=None, author='RSBE'):
    import docx as _docx
    d = _docx.Document()
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
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def xlsx(sheets, author='RSBE'):
    """sheets: list of (title, rows); every cell is written as given (strings stay strings)."""
    import openpyxl
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
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def csv_text(rows, sep=','):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or '\n' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return '\n'.join(out) + '\n'


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics(uid, start, end, summary, description, location, organizer, attendees=()):
    def dt(x):
        return x.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//RSBE//Agenda bariatrique 3.2//FR', 'METHOD:REQUEST',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250102T130000Z',
             f'DTSTART;TZID=America/Toronto:{dt(start)}', f'DTEND;TZID=America/Toronto:{dt(end)}',
             f'SUMMARY:{ics_escape(summary)}', f'DESCRIPTION:{ics_escape(description)}',
             f'LOCATION:{ics_escape(location)}', f'ORGANIZER;CN={ics_escape(organizer[0])}:mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN={ics_escape(n)};ROLE=REQ-PARTICIPANT:mailto:{a}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for l in lines:
        while len(l.encode('utf-8')) > 74:
            cut = 74
            while len(l[:cut].encode('utf-8')) > 74:
                cut -= 1
            folded.append(l[:cut])
            l = ' ' + l[cut:]
        folded.append(l)
    return '\r\n'.join(folded) + '\r\n'


def vcard(fn, given, surname, tel=None, adr=None, email=None, note=None, org=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{org}')
    if bday:
        lines.append(f'BDAY:{bday}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}')
    if adr:
        lines.append(f'ADR;TYPE=HOME:;;{adr};;;;')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if note:
        lines.append(f'NOTE:{ics_escape(note)}')
    lines += ['REV:20250102T080000Z', 'END:VCARD']
    return '\r\n'.join(lines) + '\r\n'


def zip_bytes(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
