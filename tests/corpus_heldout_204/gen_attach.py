"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX
(python-docx), XLSX (openpyxl), CSV, ICS, vCard and ZIP.  Office files are
re-packed with fixed member times and fixed core-property dates."""
import datetime
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

ZIP_TIME = (2025, 1, 6, 8, 30, 0)


def pdf_safe(s):
    s = s.replace('—', '-').replace('–', '-').replace('β', 'beta').replace('≥', '>=').replace('≤', '<=')
    s = s.replace('µ', 'u').replace('→', '->').replace('×', 'x')
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            n = unicodedata.normalize('NFKC', ch)
            try:
                n.encode('cp1252')
                out.append(n)
            except UnicodeEncodeError:
                out.append('?')
    return ''.join(out)


def pdf(title, blocks, author='', header='', compress=True, subject=''):
    """blocks: str | ('h', str) | ('kv', [(k, v)]) | ('table', [row, ...]) | ('sp',)"""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(pdf_safe(title))
    c.setAuthor(pdf_safe(author))
    c.setCreator('Aurore DocGen 3.2')
    if subject:
        c.setSubject(pdf_safe(subject))
    W, H = LETTER
    x0, y = 54, H - 54
    lh = 13

    def newpage():
        nonlocal y
        c.showPage()
        y = H - 54

    if header:
        c.setFont('Helvetica-Bold', 9)
        for line in header.split('\n'):
            c.drawString(x0, y, pdf_safe(line))
            y -= 11
        y -= 8
    c.setFont('Helvetica-Bold', 13)
    c.drawString(x0, y, pdf_safe(title))
    y -= 22
    for b in blocks:
        if y < 72:
            newpage()
        if isinstance(b, str):
            c.setFont('Helvetica', 10)
            for line in simpleSplit(pdf_safe(b), 'Helvetica', 10, W - 2 * x0) or ['']:
                if y < 60:
                    newpage()
                    c.setFont('Helvetica', 10)
                c.drawString(x0, y, line)
                y -= lh
            y -= 4
        elif b[0] == 'h':
            y -= 4
            c.setFont('Helvetica-Bold', 11)
            c.drawString(x0, y, pdf_safe(b[1]))
            y -= lh + 2
        elif b[0] == 'kv':
            for k, v in b[1]:
                if y < 60:
                    newpage()
                c.setFont('Helvetica-Bold', 10)
                c.drawString(x0, y, pdf_safe(k))
                c.setFont('Helvetica', 10)
                c.drawString(x0 + 150, y, pdf_safe(str(v)))
                y -= lh
            y -= 4
        elif b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            maxw = [max(c.stringWidth(pdf_safe(str(r[j])) if j < len(r) else '', 'Helvetica', 8.5) for r in rows) + 8 for j in range(ncol)]
            scale = min(1.0, (W - 2 * x0) / sum(maxw))
            offs = [0]
            for wj in maxw:
                offs.append(offs[-1] + wj * scale)
            for i, r in enumerate(rows):
                if y < 60:
                    newpage()
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
                for j, cell in enumerate(r):
                    txt = pdf_safe(str(cell))
                    cw = offs[j + 1] - offs[j]
                    while txt and c.stringWidth(txt, 'Helvetica', 8.5) > cw - 4:
                        txt = txt[:-1]
                    c.drawString(x0 + offs[j], y, txt)
                y -= 11
            y -= 6
        elif b[0] == 'sp':
            y -= lh
    c.showPage()
    c.save()
    return buf.getvalue()


def _fixed_iso(dt):
    return dt.strftime('%Y-%m-%dT%H:%M:%SZ')


def repack(data, when):
    """Rewrite an OOXML/ZIP archive with fixed member times and core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                iso = _fixed_iso(when).encode()
                blob = re.sub(rb'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', rb'\g<1>' + iso + rb'\g<2>', blob)
                blob = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', rb'\g<1>' + iso + rb'\g<2>', blob)
                blob = re.sub(rb'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', rb'\g<1>' + iso + rb'\g<2>', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, blob)
    return out.getvalue()


def docx(title, blocks, author, when):
    """blocks: str | ('h', str) | ('table', rows) | ('kv', [(k, v)])"""
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    naive = when.replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = naive
    cp.modified = naive
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == 'h':
            d.add_heading(b[1], level=2)
        elif b[0] == 'kv':
            for k, v in b[1]:
                p = d.add_paragraph()
                p.add_run(k + ' ').bold = True
                p.add_run(str(v))
        elif b[0] == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        elif b[0] == 'bullets':
            for item in b[1]:
                d.add_paragraph(item, style='List Bullet')
    buf = io.BytesIO()
    d.save(buf)
    return repack(buf.getvalue(), when)


def xlsx(sheets, author, when):
    """sheets: [(name, rows)]"""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    naive = when.replace(tzinfo=None)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = naive
    wb.properties.modified = naive
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
            ws.column_dimensions[col[0].column_letter].width = min(max(width + 2, 8), 48)
    buf = io.BytesIO()
    wb.save(buf)
    return repack(buf.getvalue(), when)


def csv_text(rows, delim=','):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if delim in c or '"' in c or '\n' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(delim.join(cells))
    return '\r\n'.join(out) + '\r\n'


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def ics(uid, start, end, summary, location, description, organizer, attendees=(), method='REQUEST',
        stamp=None):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Aurore//Agenda 4.1//FR', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VTIMEZONE', 'TZID:America/Montreal', 'BEGIN:STANDARD', 'DTSTART:20241103T020000',
             'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:20250309T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
             'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:' + (stamp or start).strftime(fmt) + 'Z',
             'DTSTART;TZID=America/Montreal:' + start.strftime(fmt),
             'DTEND;TZID=America/Montreal:' + end.strftime(fmt),
             'SUMMARY:' + _ics_esc(summary), 'LOCATION:' + _ics_esc(location),
             'DESCRIPTION:' + _ics_esc(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for cn, em in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (cn, em))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def vcard(fn, given, surname, org='', title='', tel=(), email='', adr=None, note='', version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:' + version, 'N:%s;%s;;;' % (surname, given), 'FN:' + fn]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    for kind, num in tel:
        lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        street, city, region, code = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street, city, region, code))
    if note:
        lines.append('NOTE:' + _ics_esc(note))
    lines.append('REV:20250106T083000Z')
    lines.append('END:VCARD')
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def zipfile_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if isinstance(blob, str):
                blob = blob.encode('utf-8')
            zout_flag = 0x800 if any(ord(ch) > 127 for ch in name) else 0
            zi.flag_bits |= zout_flag
            z.writestr(zi, blob)
    return out.getvalue()


def ts(d, h, m=0):
    return datetime.datetime(d.year, d.month, d.day, h, m)
