"""Attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard) with fixed timestamps."""
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_ISO = '2024-01-01T00:00:00Z'


def _wrap(text, width):
    out = []
    for para in text.split('\n'):
        if not para:
            out.append('')
            continue
        line = ''
        for w in para.split(' '):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + ' ' + w) if line else w
        out.append(line)
    return out


def _pdf_safe(s):
    # standard Type1 fonts: keep to cp1252 (full-width forms folded to ASCII first)
    s = ''.join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in s)
    return s.encode('cp1252', 'replace').decode('cp1252')


def make_pdf(title, lines, header=None, compress=False, footer=None):
    """Simple text PDF. `lines` is a list of strings (may contain '\n'); '##' prefix = bold heading."""
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    cv.setTitle(_pdf_safe(title))
    cv.setAuthor('')
    cv.setCreator('')
    width, height = letter
    y = height - 60

    def new_page():
        nonlocal y
        if footer:
            cv.setFont('Helvetica', 7)
            cv.drawString(50, 30, _pdf_safe(footer))
        cv.showPage()
        y = height - 60

    if header:
        cv.setFont('Helvetica-Bold', 9)
        for h in header.split('\n'):
            cv.drawString(50, y, _pdf_safe(h))
            y -= 12
        y -= 8
    cv.setFont('Helvetica-Bold', 13)
    cv.drawString(50, y, _pdf_safe(title))
    y -= 24
    for item in lines:
        bold = item.startswith('##')
        if bold:
            item = item[2:].strip()
            y -= 4
        for ln in _wrap(item, 95):
            if y < 60:
                new_page()
            cv.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
            cv.drawString(50, y, _pdf_safe(ln))
            y -= 13
    if footer:
        cv.setFont('Helvetica', 7)
        cv.drawString(50, 30, _pdf_safe(footer))
    cv.showPage()
    cv.save()
    return buf.getvalue()


def normalize_zip(data):
    """Re-zip with fixed timestamps and fixed docProps dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>' + FIXED_ISO + r'\g<3>', txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + FIXED_ISO + r'\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author='', header_text=None):
    import datetime
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    cp = doc.core_properties
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    doc.add_heading(title, level=1)
    for para in paragraphs:
        if para.startswith('##'):
            doc.add_heading(para[2:].strip(), level=2)
        else:
            p = doc.add_paragraph(para)
            for r in p.runs:
                r.font.size = Pt(10.5)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=''):
    """sheets: list of (name, rows) where rows[0] is a header."""
    import datetime
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    fixed = datetime.datetime(2024, 1, 1, 0, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            w = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, w + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def make_csv(rows, sep=',', crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = '\r\n' if crlf else '\n'
    return nl.join(sep.join(q(v) for v in r) for r in rows) + nl


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, summary, start, end, location='', description='', organizer=None, attendees=(),
             method='REQUEST', stamp='20240101T000000Z'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Corpus Synthetique//Agenda 1.0//FR', 'VERSION:2.0', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{stamp}',
             f'DTSTART;TZID=America/Toronto:{start.strftime("%Y%m%dT%H%M%S")}',
             f'DTEND;TZID=America/Toronto:{end.strftime("%Y%m%dT%H%M%S")}',
             f'SUMMARY:{_ics_escape(summary)}']
    if location:
        lines.append(f'LOCATION:{_ics_escape(location)}')
    if description:
        lines.append(f'DESCRIPTION:{_ics_escape(description)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for cn, addr in attendees:
        lines.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}')
    lines += ['CLASS:PRIVATE' if 'PRIV' in method else 'CLASS:PUBLIC', 'STATUS:CONFIRMED', 'SEQUENCE:0',
              'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(ln) for ln in lines) + '\r\n'


def make_vcf(given, surname, org='', title='', tel=None, email=None, adr=None, note='', bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', f'VERSION:{version}', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{_ics_escape(org)}')
    if title:
        lines.append(f'TITLE:{_ics_escape(title)}')
    if tel:
        for kind, num in tel:
            lines.append(f'TEL;TYPE={kind}:{num}' if version == '3.0' else f'TEL;TYPE={kind.lower()}:{num}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        lines.append(f'ADR;TYPE=HOME:;;{_ics_escape(adr)};;;;')
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append(f'NOTE:{_ics_escape(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(ln) for ln in lines) + '\r\n'
