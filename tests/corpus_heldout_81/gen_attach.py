"""Attachment builders with fixed timestamps so output is byte-for-byte reproducible."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas
from reportlab import rl_config

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

FIXED_DT = datetime.datetime(2024, 1, 15, 8, 30, 0)
ZIP_DT = (2024, 1, 15, 8, 30, 0)


def _cp1252(s):
    return s.encode('cp1252', 'replace').decode('cp1252')


def pdf(title, lines, compress=False, author='Service des archives'):
    """lines: list of str; '' gives a blank line; lines starting with '# ' are headings."""
    rl_config.invariant = 1
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252(title))
    c.setAuthor(_cp1252(author))
    c.setCreator('ReportLab')
    w, h = letter
    y = h - 60
    for raw in lines:
        head = raw.startswith('# ')
        text = _cp1252(raw[2:] if head else raw)
        font, size = ('Helvetica-Bold', 12) if head else ('Helvetica', 10)
        for seg in (simpleSplit(text, font, size, w - 120) or ['']):
            if y < 60:
                c.showPage()
                y = h - 60
            c.setFont(font, size)
            c.drawString(60, y, seg)
            y -= 15 if head else 13
    c.showPage()
    c.save()
    return buf.getvalue()


def normalise_zip(data, core_fix=True):
    """Rewrite an OOXML zip with fixed entry timestamps and fixed core properties."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if core_fix and info.filename == 'docProps/core.xml':
                s = blob.decode('utf-8')
                s = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>2024-01-15T08:30:00Z\2', s)
                s = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>2024-01-15T08:30:00Z\2', s)
                blob = s.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def docx_file(title, paragraphs, table=None, author='Unité de soins'):
    """paragraphs: list of str ('# ' prefix = heading). table: list of rows (first row header)."""
    d = docx.Document()
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
        if p.startswith('# '):
            d.add_heading(p[2:], level=2)
        else:
            para = d.add_paragraph(p)
            for r in para.runs:
                r.font.size = Pt(10.5)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


def xlsx_file(sheets, author='Facturation'):
    """sheets: list of (sheet_name, rows) where rows[0] is a header."""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
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
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


def zip_file(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


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
    return '\r\n'.join(out) + '\r\n'


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


def ics(uid, summary, start, end, location, description, organizer, attendees=(), method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Outaouais Health//Scheduler 4.2//FR', 'VERSION:2.0',
             f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20240115T133000Z',
             f'DTSTART;TZID=America/Toronto:{start.strftime(fmt)}', f'DTEND;TZID=America/Toronto:{end.strftime(fmt)}',
             f'SUMMARY:{_ics_escape(summary)}', f'LOCATION:{_ics_escape(location)}',
             f'DESCRIPTION:{_ics_escape(description)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for cn, a in attendees:
        lines.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:{a}')
    lines += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(x) for x in lines) + '\r\n'


def vcard(fn, n, org='', title='', tels=(), emails=(), adr=None, note='', bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{n}', f'FN:{fn}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    for kind, t in tels:
        lines.append(f'TEL;TYPE={kind}:{t}')
    for e in emails:
        lines.append(f'EMAIL;TYPE=INTERNET:{e}')
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + ';'.join(_ics_escape(x) for x in adr))
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append(f'NOTE:{_ics_escape(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(x) for x in lines) + '\r\n'
