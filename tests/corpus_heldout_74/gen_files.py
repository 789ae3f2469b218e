"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_ISO = '2025-01-15T09:30:00Z'


def _rezip(data, fix_core=True):
    """Rewrite a zip with fixed member timestamps and fixed OOXML core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            blob = src.read(name)
            if fix_core and name == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>' + FIXED_ISO + r'\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def pdf(title, lines, author='', compress=False, footer=None):
    """lines: list of str; '' = blank; lines starting with '# ' are bold headings."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Numérisation / Scan' if not author else author)
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
    for ln in lines:
        if y < 60:
            newpage()
        if ln.startswith('# '):
            c.setFont('Helvetica-Bold', 10.5)
            c.drawString(50, y, ln[2:])
            y -= 16
            continue
        c.setFont('Helvetica', 10)
        # crude wrap at ~95 chars
        while len(ln) > 95:
            cut = ln.rfind(' ', 0, 95)
            cut = 95 if cut < 20 else cut
            c.drawString(50, y, ln[:cut])
            ln = ln[cut:].lstrip()
            y -= 13
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
        c.drawString(50, y, ln)
        y -= 13
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def docx(paragraphs, table=None, title=None, author='Secrétariat'):
    """paragraphs: list of str ('# ' prefix = heading). table: list of rows (first = header)."""
    import datetime
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title or ''
    cp.created = datetime.datetime(2025, 1, 15, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 1, 15, 9, 30, 0)
    cp.revision = 1
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('# '):
            d.add_heading(p[2:], level=2)
        else:
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
    return _rezip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def xlsx(sheets, creator='Secrétariat'):
    """sheets: list of (name, rows)."""
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.created = datetime.datetime(2025, 1, 15, 9, 30, 0)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


# ---------------------------------------------------------------- ZIP
def zipfile_bytes(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- CSV
def csv_bytes(rows, delimiter=',', encoding='utf-8', bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom and encoding == 'utf-8' else data


# ---------------------------------------------------------------- ICS / vCard
def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def ics(uid, start, end, summary, description='', location='', organizer=None, attendees=(),
        method='REQUEST', tz='America/Toronto', alarm=None):
    """start/end: datetime.datetime (local)."""
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Deux-Rives//Agenda clinique 4.2//FR',
         f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250115T093000Z',
         f'DTSTART;TZID={tz}:{start:%Y%m%dT%H%M%S}', f'DTEND;TZID={tz}:{end:%Y%m%dT%H%M%S}',
         f'SUMMARY:{_ics_escape(summary)}']
    if location:
        L.append(f'LOCATION:{_ics_escape(location)}')
    if description:
        L.append(f'DESCRIPTION:{_ics_escape(description)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for cn, addr in attendees:
        L.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}')
    if alarm:
        L += ['BEGIN:VALARM', 'ACTION:DISPLAY', f'DESCRIPTION:{_ics_escape(alarm)}', 'TRIGGER:-PT24H', 'END:VALARM']
    L += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(x) for x in L) + '\r\n').encode('utf-8')


def vcard(fn, n, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None, version='3.0'):
    L = ['BEGIN:VCARD', f'VERSION:{version}', f'N:{n}', f'FN:{fn}']
    if org:
        L.append(f'ORG:{org}')
    if title:
        L.append(f'TITLE:{title}')
    if tel:
        for kind, num in tel:
            L.append(f'TEL;TYPE={kind}:{num}')
    if email:
        L.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        L.append(f'ADR;TYPE=HOME:;;{adr}')
    if bday:
        L.append(f'BDAY:{bday}')
    if note:
        L.append(f'NOTE:{_ics_escape(note)}')
    L.append('END:VCARD')
    return ('\r\n'.join(_fold(x) for x in L) + '\r\n').encode('utf-8')
