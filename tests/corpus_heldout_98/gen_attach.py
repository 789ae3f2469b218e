"""Attachment builders: PDF (reportlab), DOCX (python-docx), XLSX (openpyxl),
CSV, ICS, vCard, ZIP and small PNG 'photos'.  All byte-for-byte deterministic."""
import csv
import datetime as dt
import io
import re
import struct
import textwrap
import zipfile
import zlib

FIXED_ZIP_TIME = (2024, 1, 15, 9, 30, 0)
FIXED_DT = dt.datetime(2024, 1, 15, 9, 30, 0)

PDF_FIX = {'\u2192': '->', '\u2265': '>=', '\u2264': '<=', '\u2248': '~', '\u2191': '^', '\u2193': 'v',
           '\u2010': '-', '\u2011': '-', '\u2009': ' ', '\u202f': ' ', '\u03bc': 'u', '\u00b5': 'u'}


def _pdf_text(s):
    s = ''.join(PDF_FIX.get(c, c) for c in s)
    return s.encode('cp1252', 'replace').decode('cp1252')


# --------------------------------------------------------------------------
def make_pdf(title, lines, header=None, compress=True, author='', footer=None):
    """lines: list of str; '' = blank line; lines starting with '## ' are bold sub-titles."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_text(title))
    if author:
        c.setAuthor(_pdf_text(author))
    c.setCreator('DocGen 3.2')
    w, h = letter
    y = h - 60

    def head():
        nonlocal y
        y = h - 50
        if header:
            c.setFont('Helvetica-Bold', 10)
            for hl in header:
                c.drawString(50, y, _pdf_text(hl))
                y -= 12
                c.setFont('Helvetica', 9)
            y -= 8
            c.line(50, y + 4, w - 50, y + 4)
            y -= 14

    head()
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, _pdf_text(title))
    y -= 22
    for ln in lines:
        bold = ln.startswith('## ')
        if bold:
            ln = ln[3:]
        wrapped = textwrap.wrap(ln, 98) if ln else ['']
        for wl in wrapped:
            if y < 60:
                if footer:
                    c.setFont('Helvetica', 7)
                    c.drawString(50, 30, _pdf_text(footer))
                c.showPage()
                head()
            c.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
            c.drawString(50, y, _pdf_text(wl))
            y -= 13
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, _pdf_text(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
def _rezip(data, patch=None):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if patch:
                content = patch(info.filename, content)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def _patch_core(name, content):
    if name == 'docProps/core.xml':
        s = content.decode('utf-8')
        s = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                   r'\g<1>2024-01-15T09:30:00Z\3', s)
        return s.encode('utf-8')
    return content


def make_docx(title, paras, table=None, author='Clinique', small=None):
    """paras: list of str (a leading '## ' makes a heading). table: list of rows (first = header)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 2
    cp.title = title
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = str(v)
    if small:
        for p in small:
            d.add_paragraph(p).runs[0].font.size = docx.shared.Pt(8)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), _patch_core)


def make_xlsx(sheets, author='Clinique'):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
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
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), _patch_core)


def make_csv(rows, delimiter=',', encoding='utf-8', bom=False, eol='\r\n'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    text = s.getvalue()
    data = text.encode(encoding, 'replace')
    if bom and encoding == 'utf-8':
        data = b'\xef\xbb\xbf' + data
    return data


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------
def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, summary, start, end, description='', location='', organizer=None, attendees=(),
             method='REQUEST', tzid='America/Toronto', stamp=None):
    stamp = stamp or start
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Clinique//Agenda 5.1//FR', 'VERSION:2.0', 'CALSCALE:GREGORIAN',
             'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid,
             'DTSTAMP:%s' % stamp.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=%s:%s' % (tzid, start.strftime('%Y%m%dT%H%M%S')),
             'DTEND;TZID=%s:%s' % (tzid, end.strftime('%Y%m%dT%H%M%S')),
             'SUMMARY:%s' % _ics_escape(summary)]
    if location:
        lines.append('LOCATION:%s' % _ics_escape(location))
    if description:
        lines.append('DESCRIPTION:%s' % _ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcf(given, surname, tel=None, cell=None, email=None, adr=None, bday=None, note=None, org=None,
             title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel)
    if cell:
        lines.append('TEL;TYPE=CELL:%s' % cell)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        street, city, prov, pc = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), city, prov, pc))
    if bday:
        lines.append('BDAY:%s' % bday.isoformat())
    if note:
        lines.append('NOTE:%s' % _ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


# --------------------------------------------------------------------------
def make_png(rng, w=96, h=72):
    """A small 'clinical photo': skin-tone background with a dark irregular blob."""
    bg = (rng.randrange(190, 235), rng.randrange(150, 190), rng.randrange(120, 160))
    fg = (rng.randrange(40, 110), rng.randrange(25, 70), rng.randrange(20, 60))
    cx, cy = rng.randrange(30, w - 30), rng.randrange(25, h - 25)
    rx, ry = rng.randrange(6, 18), rng.randrange(5, 15)
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            d = ((x - cx) / rx) ** 2 + ((y - cy) / ry) ** 2
            wob = 0.25 * (((x * 7 + y * 13) % 11) / 11.0)
            if d < 1.0 + wob:
                raw.extend(fg)
            else:
                n = (x * 31 + y * 17) % 9
                raw.extend((min(255, bg[0] + n), min(255, bg[1] + n), min(255, bg[2] + n)))

    def chunk(t, data):
        c = struct.pack('>I', len(data)) + t + data
        return c + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)

    ihdr = struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + \
        chunk(b'IEND', b'')
