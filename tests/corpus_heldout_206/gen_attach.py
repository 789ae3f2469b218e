"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 1, 1, 8, 0, 0)
FIXED_DOC_DT = datetime.datetime(2024, 1, 1, 8, 0, 0)


def normalize_zip(data, when=FIXED_ZIP_TIME, core_dt=None):
    """Rewrite a ZIP (docx/xlsx) with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml' and core_dt is not None:
                stamp = core_dt.strftime('%Y-%m-%dT%H:%M:%SZ').encode()
                blob = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)',
                              rb'\g<1>' + stamp + rb'\g<2>', blob)
                blob = re.sub(rb'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)',
                              rb'\g<1>' + stamp + rb'\g<2>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def _doc_time(dt):
    if dt is None:
        return FIXED_DOC_DT
    return datetime.datetime(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)


# ---------------------------------------------------------------- PDF
def make_pdf(title, header_lines, blocks, footer=None, author='', when=None, compress=1):
    """blocks: list of ('p', text) | ('h', text) | ('table', rows, col_widths) | ('kv', pairs)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=compress)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Rive-Nord DocGen 3.2')
    width, height = LETTER
    left = 54
    y = height - 54

    def newpage():
        nonlocal y
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(left, 30, footer)
        c.showPage()
        y = height - 54

    def need(h):
        if y - h < 60:
            newpage()

    c.setFont('Helvetica-Bold', 9)
    for hl in header_lines:
        c.drawString(left, y, hl)
        y -= 11
        c.setFont('Helvetica', 8)
    y -= 8
    c.setFont('Helvetica-Bold', 13)
    for tl in simpleSplit(title, 'Helvetica-Bold', 13, width - 2 * left):
        c.drawString(left, y, tl)
        y -= 16
    y -= 4
    for b in blocks:
        kind = b[0]
        if kind == 'h':
            need(24)
            y -= 6
            c.setFont('Helvetica-Bold', 10.5)
            c.drawString(left, y, b[1])
            y -= 14
        elif kind == 'p':
            c.setFont('Helvetica', 9.5)
            for para in b[1].split('\n'):
                for ln in simpleSplit(para, 'Helvetica', 9.5, width - 2 * left) or ['']:
                    need(12)
                    c.drawString(left, y, ln)
                    y -= 12
            y -= 4
        elif kind == 'kv':
            for k, v in b[1]:
                need(13)
                c.setFont('Helvetica-Bold', 9.5)
                c.drawString(left, y, k)
                c.setFont('Helvetica', 9.5)
                c.drawString(left + 150, y, v)
                y -= 13
            y -= 4
        elif kind == 'table':
            rows, widths = b[1], b[2]
            for i, row in enumerate(rows):
                need(13)
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
                x = left
                for cell, w in zip(row, widths):
                    c.drawString(x, y, str(cell))
                    x += w
                y -= 12
                if i == 0:
                    c.line(left, y + 8, left + sum(widths), y + 8)
            y -= 6
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(left, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, tables=(), author='', when=None):
    """paragraphs: list of str or ('h', str); tables: list of rows (first row header)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    t = _doc_time(when)
    cp.author = author
    cp.last_modified_by = author
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.revision = 1
    cp.title = ''
    d.add_heading(title, level=1)
    for p in paragraphs:
        if isinstance(p, tuple):
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
    for rows in tables:
        tb = d.add_table(rows=len(rows), cols=len(rows[0]))
        tb.style = 'Table Grid'
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                tb.cell(i, j).text = str(v)
        d.add_paragraph('')
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core_dt=t)


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author='', when=None):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    t = _doc_time(when)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = t
    wb.properties.modified = t
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_dt=t)


# ---------------------------------------------------------------- text formats
def make_csv(rows, sep=',', crlf=False):
    def cell(v):
        s = str(v)
        if sep in s or '"' in s or '\n' in s:
            s = '"' + s.replace('"', '""') + '"'
        return s
    nl = '\r\n' if crlf else '\n'
    return nl.join(sep.join(cell(v) for v in r) for r in rows) + nl


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(),
             stamp=None, method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Rive-Nord//Agenda 2.1//FR', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:%s' % method, 'BEGIN:VEVENT',
             'UID:%s' % uid,
             'DTSTAMP:%s' % (stamp or start).strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=America/Toronto:%s' % start.strftime(fmt),
             'DTEND;TZID=America/Toronto:%s' % end.strftime(fmt),
             'SUMMARY:%s' % ics_escape(summary),
             'LOCATION:%s' % ics_escape(location),
             'DESCRIPTION:%s' % ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, addr))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    out = []
    for ln in lines:
        # fold at 74 characters
        while len(ln) > 74:
            out.append(ln[:74])
            ln = ' ' + ln[74:]
        out.append(ln)
    return '\n'.join(out) + '\n'


def make_vcard(given, surname, tel_home=None, tel_cell=None, adr=None, email=None, note=None,
               org=None, title=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given),
             'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel_home:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel_home)
    if tel_cell:
        lines.append('TEL;TYPE=CELL:%s' % tel_cell)
    if adr:
        street, city, region, pc = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street, city, region, pc))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    lines.append('END:VCARD')
    return '\n'.join(lines) + '\n'
