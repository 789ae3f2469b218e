"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab import rl_config
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

rl_config.invariant = 1

FIXED_ZIP_DT = (2025, 1, 1, 0, 0, 0)


def _zip_dt(dt):
    if dt is None:
        return FIXED_ZIP_DT
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, (dt.second // 2) * 2)


def make_zip(members, dt=None):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_dt(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zf.writestr(zi, data)
    return buf.getvalue()


def normalize_ooxml(data, dt):
    """Rewrite an OOXML package with fixed member times and fixed core-property dates."""
    iso = dt.strftime('%Y-%m-%dT%H:%M:%SZ')
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            txt = blob.decode('utf-8')
            txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>' + iso + r'\g<2>', txt)
            txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>' + iso + r'\g<2>', txt)
            txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + iso + r'\g<2>', txt)
            blob = txt.encode('utf-8')
        members.append((info.filename, blob))
    return make_zip(members, dt)


# --------------------------------------------------------------------------- PDF
PDF_FIX = {'\u3000': ' ', '\u2192': '->', '\u2265': '>=', '\u2264': '<='}


def _pdf_clean(s):
    for a, b in PDF_FIX.items():
        s = s.replace(a, b)
    out = []
    for c in s:
        if 0xFF01 <= ord(c) <= 0xFF5E:
            c = chr(ord(c) - 0xFEE0)
        try:
            c.encode('cp1252')
        except UnicodeEncodeError:
            c = '?'
        out.append(c)
    return ''.join(out)


def _wrap(text, width):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    lines.append(cur)
    return lines


def make_pdf(title, sections, header=None, footer=None, author='Hopital des Deux-Rives'):
    """sections: list of (heading or None, list of lines or ('table', headers, rows))."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1)
    c.setAuthor(_pdf_clean(author))
    c.setTitle(_pdf_clean(title))
    c.setCreator('DRH formulaires 4.2')
    w, h = LETTER
    y = [h - 54]

    def newpage():
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(54, 30, _pdf_clean(footer))
        c.showPage()
        y[0] = h - 54

    def line(txt, font='Helvetica', size=9.5, indent=0, lead=13):
        if y[0] < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(54 + indent, y[0], _pdf_clean(txt))
        y[0] -= lead

    if header:
        line(header, 'Helvetica', 8, lead=12)
    line(title, 'Helvetica-Bold', 13, lead=20)
    for head, content in sections:
        if head:
            y[0] -= 4
            line(head, 'Helvetica-Bold', 10.5, lead=15)
        if isinstance(content, tuple) and content[0] == 'table':
            hdrs, rows = content[1], content[2]
            ncol = len(hdrs)
            colw = (w - 108) / ncol
            if y[0] < 80:
                newpage()
            c.setFont('Helvetica-Bold', 8.5)
            for i, t in enumerate(hdrs):
                c.drawString(54 + i * colw, y[0], _pdf_clean(str(t))[:int(colw / 4.6)])
            y[0] -= 12
            for r in rows:
                if y[0] < 60:
                    newpage()
                c.setFont('Helvetica', 8.5)
                for i, t in enumerate(r):
                    c.drawString(54 + i * colw, y[0], _pdf_clean(str(t))[:int(colw / 4.4)])
                y[0] -= 11
        else:
            for txt in content:
                for seg in _wrap(txt, 100):
                    line(seg)
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(54, 30, _pdf_clean(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, dt, author='', table=None, table_after=0):
    """paragraphs: list of str or ('h', str) headings; table: (headers, rows) inserted after index."""
    from docx import Document
    from docx.shared import Pt
    doc = Document()
    st = doc.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    naive = dt.replace(tzinfo=None)
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    doc.add_heading(title, level=1)

    def add_table():
        hdrs, rows = table
        t = doc.add_table(rows=1, cols=len(hdrs))
        t.style = 'Table Grid'
        for i, x in enumerate(hdrs):
            t.rows[0].cells[i].text = str(x)
        for r in rows:
            cells = t.add_row().cells
            for i, x in enumerate(r):
                cells[i].text = str(x)

    for i, p in enumerate(paragraphs):
        if table is not None and i == table_after:
            add_table()
        if isinstance(p, tuple):
            doc.add_heading(p[1], level=2)
        else:
            doc.add_paragraph(p)
    if table is not None and table_after >= len(paragraphs):
        add_table()
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_ooxml(buf.getvalue(), dt)


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, dt, author=''):
    """sheets: list of (name, headers, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for name, hdrs, rows in sheets:
        ws = wb.create_sheet(name[:31])
        ws.append(list(hdrs))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, hdr in enumerate(hdrs):
            width = max([len(str(hdr))] + [len(str(r[i])) for r in rows]) + 2
            ws.column_dimensions[ws.cell(row=1, column=i + 1).column_letter].width = min(width, 48)
    naive = dt.replace(tzinfo=None)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = naive
    wb.properties.modified = naive
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue(), dt)


# --------------------------------------------------------------------------- text formats
def make_csv(headers, rows, sep=','):
    def q(x):
        x = str(x)
        if sep in x or '"' in x or '\n' in x:
            return '"' + x.replace('"', '""') + '"'
        return x
    return '\r\n'.join(sep.join(q(c) for c in r) for r in [headers] + rows) + '\r\n'


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out = []
    while len(line.encode('utf-8')) > 74:
        cut = 74
        while len(line[:cut].encode('utf-8')) > 74:
            cut -= 1
        out.append(line[:cut])
        line = ' ' + line[cut:]
    out.append(line)
    return '\r\n'.join(out)


def make_ics(uid, start, minutes, summary, description='', location='', organizer=None, attendees=(),
             stamp=None, method='REQUEST', tzid='America/Toronto'):
    fmt = '%Y%m%dT%H%M%S'
    end = start + datetime.timedelta(minutes=minutes)
    stamp = stamp or start
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Deux-Rives//Agenda 3.1//FR', 'VERSION:2.0', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', f'TZID:{tzid}', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{stamp.strftime(fmt)}Z',
             f'DTSTART;TZID={tzid}:{start.strftime(fmt)}', f'DTEND;TZID={tzid}:{end.strftime(fmt)}',
             f'SUMMARY:{_ics_escape(summary)}']
    if location:
        lines.append(f'LOCATION:{_ics_escape(location)}')
    if description:
        lines.append(f'DESCRIPTION:{_ics_escape(description)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(x) for x in lines) + '\r\n'


def make_vcard(given, surname, org='', title='', tel=None, tel_type='HOME', adr=None, email=None, note='',
               bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', f'VERSION:{version}', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE={tel_type},VOICE:{tel}')
    if adr:
        street, town, region, postal, country = adr
        lines.append(f'ADR;TYPE={tel_type}:;;{street};{town};{region};{postal};{country}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if bday:
        lines.append(f'BDAY:{bday.isoformat()}')
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'
