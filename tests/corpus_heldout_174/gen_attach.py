"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime as dt
import io
import re
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED = dt.datetime(2024, 9, 30, 8, 0, 0)
ZIP_TIME = (2024, 9, 30, 8, 0, 0)

PDF_SUBST = {'\u2265': '>=', '\u2264': '<=', '\u2192': '->', '\u202f': ' ', '\u00a0': ' ', '\u2212': '-',
             '\u2082': '2', '\u2083': '3', '\u00b7': '.'}


def _pdf_text(s):
    for k, v in PDF_SUBST.items():
        s = s.replace(k, v)
    s.encode('cp1252')  # fail loudly if a glyph is outside WinAnsi
    return s


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = '    ' + w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(title, lines, header='', footer='', compress=True, author='CSRDR'):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_text(title))
    c.setAuthor(author)
    c.setCreator('CSRDR document service')
    w, h = letter

    def page_head():
        c.setFont('Helvetica-Bold', 9)
        if header:
            c.drawString(50, h - 40, _pdf_text(header))
        c.setFont('Helvetica-Bold', 13)
        c.drawString(50, h - 62, _pdf_text(title))
        c.setFont('Helvetica', 10)
        return h - 90

    y = page_head()
    for raw in lines:
        bold = raw.startswith('**')
        raw = raw[2:] if bold else raw
        for ln in _wrap(raw):
            if y < 60:
                if footer:
                    c.setFont('Helvetica-Oblique', 7)
                    c.drawString(50, 30, _pdf_text(footer))
                c.showPage()
                y = page_head()
            c.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
            c.drawString(50, y, _pdf_text(ln))
            y -= 14
    if footer:
        c.setFont('Helvetica-Oblique', 7)
        c.drawString(50, 30, _pdf_text(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def _repack(data, core_fix=True):
    """Rewrite an OOXML zip with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if core_fix and info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                             r'\g<1>2024-09-30T08:00:00Z\g<3>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx(title, blocks, author='CSRDR'):
    """blocks: list of ('h', text) | ('p', text) | ('b', text) | ('table', rows)."""
    d = Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'b':
            para = d.add_paragraph()
            para.add_run(val).bold = True
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ''
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return _repack(buf.getvalue())


def xlsx(sheets, author='CSRDR'):
    """sheets: list of (title, rows); first row bold."""
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return _repack(buf.getvalue())


def csv_bytes(rows, delimiter=',', encoding='utf-8', crlf=True):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if any(ch in c for ch in (delimiter, '"', '\n')):
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(delimiter.join(cells))
    nl = '\r\n' if crlf else '\n'
    return (nl.join(out) + nl).encode(encoding)


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return [line]
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics(uid, start, end, summary, location, description, organizer, attendees=(), method='REQUEST',
        stamp=FIXED):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CSRDR//Agenda clinique 4.2//FR', 'METHOD:' + method,
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + stamp.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + _ics_esc(summary), 'LOCATION:' + _ics_esc(location),
             'DESCRIPTION:' + _ics_esc(description), 'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, mail))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for ln in lines:
        folded.extend(_ics_fold(ln))
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')


def vcf(given, surname, tel=None, addr=None, email=None, note=None, bday=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if bday:
        lines.append('BDAY:' + bday)
    if tel:
        for kind, num in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if addr:
        street, city, region, postal = addr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), city, region, postal))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def zip_bytes(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()
