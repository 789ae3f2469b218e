"""Attachment builders (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV) with fixed timestamps."""
import csv
import io
import re
import textwrap
import zipfile

FIXED_ZIP_DT = (2025, 1, 15, 9, 30, 0)
FIXED_ISO = '2025-01-15T09:30:00Z'


class Att:
    """One attachment: file name, MIME type, payload bytes (or nested message spec)."""

    def __init__(self, filename, ctype, data, charset=None, inline=False):
        self.filename = filename
        self.ctype = ctype
        self.data = data
        self.charset = charset
        self.inline = inline


# ---------------------------------------------------------------- ZIP normalisation
def _rezip(raw, patch=None):
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if patch:
                data = patch(info.filename, data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def _patch_core(name, data):
    if name == 'docProps/core.xml':
        s = data.decode('utf-8')
        s = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>' + FIXED_ISO + r'\g<3>', s)
        s = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + FIXED_ISO + r'\g<2>', s)
        data = s.encode('utf-8')
    return data


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(title, paragraphs, table=None, compress=True, author='', footer=None):
    """paragraphs: list of str (blank string = spacing); table: list of rows (first row header)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab import rl_config
    rl_config.invariant = 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('')
    c.setProducer('')
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
    c.setFont('Helvetica', 10)
    for para in paragraphs:
        if para == '':
            y -= 8
            continue
        bold = para.startswith('**')
        text = para.strip('*')
        c.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
        for line in textwrap.wrap(text, 95) or ['']:
            if y < 60:
                newpage()
                c.setFont('Helvetica', 10)
            c.drawString(50, y, line)
            y -= 14
    if table:
        y -= 8
        ncol = len(table[0])
        colw = (w - 100) / ncol
        maxc = max(6, int(colw / 4.4))
        for i, row in enumerate(table):
            cells = [textwrap.wrap(str(cell), maxc, break_long_words=True) or [''] for cell in row]
            nlines = max(len(x) for x in cells)
            if y - 10 * nlines < 50:
                newpage()
            c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8)
            for j, lines in enumerate(cells):
                for k, line in enumerate(lines):
                    c.drawString(50 + j * colw, y - 10 * k, line)
            y -= 10 * nlines + 3
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author='Utilisateur'):
    import datetime
    from docx import Document
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2025, 1, 15, 9, 30, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ''
    cp.comments = ''
    cp.subject = ''
    cp.keywords = ''
    if title:
        doc.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('**'):
            para = doc.add_paragraph()
            para.add_run(p.strip('*')).bold = True
        else:
            doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = str(v)
    buf = io.BytesIO()
    doc.save(buf)
    return _rezip(buf.getvalue(), _patch_core)


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author='Utilisateur'):
    """sheets: list of (title, rows, hidden?)"""
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    fixed = datetime.datetime(2025, 1, 15, 9, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    for sh in sheets:
        title, rows = sh[0], sh[1]
        hidden = len(sh) > 2 and sh[2]
        ws = wb.create_sheet(title)
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 48)
        if hidden:
            ws.sheet_state = 'hidden'
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), _patch_core)


# ---------------------------------------------------------------- CSV
def make_csv(rows, delimiter=';', encoding='utf-8', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data


# ---------------------------------------------------------------- ICS / vCard
def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def _esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    """start/end: naive datetimes local (America/Toronto)."""
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Messagerie interne//Agenda 2.1//FR', 'VERSION:2.0',
             f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250115T143000Z',
             f'DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}',
             f'DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}',
             f'SUMMARY:{_esc(summary)}', f'DESCRIPTION:{_esc(description)}',
             f'LOCATION:{_esc(location)}',
             f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for cn, mail in attendees:
        lines.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{mail}')
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcard(fn, family, given, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{family};{given};;;', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{_esc(org)}')
    if title:
        lines.append(f'TITLE:{_esc(title)}')
    if tel:
        lines.append(f'TEL;TYPE=CELL,VOICE:{tel}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        street, city, postal = adr
        lines.append(f'ADR;TYPE=HOME:;;{_esc(street)};{_esc(city)};QC;{postal};Canada')
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append(f'NOTE:{_esc(note)}')
    lines.append('REV:20250115T093000Z')
    lines.append('END:VCARD')
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')
