"""Deterministic attachment builders (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV)."""
import csv
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 3, 1, 8, 0, 0)
FIXED_DT = datetime.datetime(2024, 3, 1, 8, 0, 0)


def _rezip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML/ZIP container with fixed timestamps and normalised core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                             lambda m: m.group(1) + '2024-03-01T08:00:00Z' + m.group(3), txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob if isinstance(blob, bytes) else blob.encode('utf-8'))
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def make_pdf(title, lines, author='CHHR'):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator('CHHR document service')
    w, h = letter
    y = h - 60
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont('Helvetica', 10)
    for line in lines:
        for seg in _wrap(line, 95):
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = h - 60
            c.drawString(50, y, seg)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for word in line.split(' '):
        if len(cur) + len(word) + 1 > width and cur:
            out.append(cur)
            cur = word
        else:
            cur = (cur + ' ' + word) if cur else word
    out.append(cur)
    return out


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None, author='CHHR'):
    """paragraphs: list of str; table: list of rows (first = header)."""
    import docx
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
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author='CHHR'):
    """sheets: list of (sheet_name, rows)."""
    import openpyxl
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
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


# ------------------------------------------------------------------ text formats
def make_csv(rows, delimiter=',', encoding='utf-8', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding, errors='replace')
    return (b'\xef\xbb\xbf' + data) if bom else data


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
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CHHR//Agenda 4.2//FR', 'METHOD:%s' % method,
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20240301T130000Z',
             'DTSTART;TZID=America/Montreal:%s' % start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Montreal:%s' % end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:%s' % _ics_escape(summary), 'DESCRIPTION:%s' % _ics_escape(description),
             'LOCATION:%s' % _ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (n, a))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcard(given, surname, org=None, title=None, tel=None, tel_type='HOME', email=None,
               adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        lines.append('TEL;TYPE=%s,VOICE:%s' % (tel_type, tel))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        street, city, region, pc, country = adr
        lines.append('ADR;TYPE=%s:;;%s;%s;%s;%s;%s' % ('HOME' if tel_type == 'HOME' else 'WORK',
                                                        street, city, region, pc, country))
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % _ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_png(width=64, height=48, seed=0):
    """A tiny deterministic greyscale PNG ("scan" thumbnail)."""
    import struct
    import zlib
    raw = b''
    for y in range(height):
        row = bytes(((x * 7 + y * 13 + seed) % 40 + 200) if (y % 6) else 90 for x in range(width))
        raw += b'\x00' + row

    def chunk(t, data):
        c = struct.pack('>I', len(data)) + t + data
        return c + struct.pack('>I', zlib.crc32(t + data) & 0xffffffff)
    ihdr = struct.pack('>IIBBBBB', width, height, 8, 0, 0, 0, 0)
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', ihdr) + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
