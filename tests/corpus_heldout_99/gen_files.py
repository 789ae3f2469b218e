"""Deterministic attachment builders (fixed timestamps => identical bytes on every run)."""
import csv
import datetime
import io
import re
import struct
import zipfile
import zlib

FIXED_DT = datetime.datetime(2025, 1, 15, 9, 0, 0)
ZIP_DT = (2025, 1, 15, 9, 0, 0)


# ---------------------------------------------------------------- zip normalisation
def normalise_zip(data, dt=ZIP_DT):
    """Rewrite a zip (docx/xlsx) with fixed entry timestamps and fixed core.xml dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = raw.decode('utf-8')
                txt = re.sub(r'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)',
                             r'\g<1>2025-01-15T09:00:00Z\g<2>', txt)
                raw = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, raw)
    return out.getvalue()


def zip_bytes(files, dt=ZIP_DT):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def pdf_bytes(title, blocks, compress=True, author=''):
    """blocks: list of str (paragraph, may contain \n) or ('table', header, rows) or ('h', text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fwmap = {0xFF10 + i: ord('0') + i for i in range(10)}
    fwmap.update({0x2264: '<=', 0x2265: '>='})
    title = title.translate(fwmap)
    blocks = [b.translate(fwmap) if isinstance(b, str) else
              (b[0], b[1].translate(fwmap)) if b[0] == 'h' else
              (b[0], [str(x).translate(fwmap) for x in b[1]], [[str(x).translate(fwmap) for x in r] for r in b[2]])
              for b in blocks]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Boreal DMS 4.2')
    w, h = letter
    y = h - 60
    left = 56
    maxw = w - 2 * left

    def newline(size):
        nonlocal y
        y -= size + 4
        if y < 60:
            c.showPage()
            y = h - 60

    def wrap_width(text, font, size, width):
        out, cur = [], ''
        for wd in text.split(' '):
            t = (cur + ' ' + wd) if cur else wd
            if stringWidth(t, font, size) > width and cur:
                out.append(cur)
                cur = wd
            else:
                cur = t
            while stringWidth(cur, font, size) > width and len(cur) > 1:
                k = len(cur)
                while k > 1 and stringWidth(cur[:k], font, size) > width:
                    k -= 1
                out.append(cur[:k])
                cur = cur[k:]
        out.append(cur)
        return out

    def wrap(text, font, size):
        out = []
        for para in text.split('\n'):
            words = para.split(' ')
            cur = ''
            for wd in words:
                t = (cur + ' ' + wd) if cur else wd
                if stringWidth(t, font, size) > maxw and cur:
                    out.append(cur)
                    cur = wd
                else:
                    cur = t
            out.append(cur)
        return out

    c.setFont('Helvetica-Bold', 14)
    c.drawString(left, y, title)
    newline(16)
    newline(6)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            c.setFont('Helvetica-Bold', 11)
            c.drawString(left, y, b[1])
            newline(12)
        elif isinstance(b, tuple) and b[0] == 'table':
            _, header, rows = b
            ncol = len(header)
            colw = maxw / ncol
            for ri, row in enumerate([header] + list(rows)):
                font = 'Helvetica-Bold' if ri == 0 else 'Helvetica'
                cells = [wrap_width(str(cell), font, 8, colw - 4) for cell in row]
                for li in range(max(len(x) for x in cells)):
                    c.setFont(font, 8)
                    for ci, lines in enumerate(cells):
                        if li < len(lines):
                            c.drawString(left + ci * colw, y, lines[li])
                    newline(9)
            newline(4)
        else:
            c.setFont('Helvetica', 10)
            for line in wrap(str(b), 'Helvetica', 10):
                c.drawString(left, y, line)
                newline(10)
            newline(4)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def docx_bytes(title, blocks, author='Clinique'):
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
    cp.comments = ''
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == 'table':
            _, header, rows = b
            t = d.add_table(rows=1, cols=len(header))
            for i, hname in enumerate(header):
                t.rows[0].cells[i].text = str(hname)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
        else:
            for para in str(b).split('\n\n'):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def xlsx_bytes(sheets, author='Clinique'):
    """sheets: list of (name, rows) ; rows are lists of str/int/float/date."""
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
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(width + 2, 8), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV / ICS / VCF
def csv_bytes(rows, delimiter=',', encoding='utf-8', bom=False, eol='\r\n'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b' ' + b[cut:]
    out.append(b)
    return b'\r\n'.join(out)


def ics_bytes(uid, start, end, summary, description='', location='', organizer=None,
              attendees=(), method='REQUEST', tz='America/Toronto'):
    """start/end: naive datetime in local time zone tz."""
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Boreal DMS//Agenda 4.2//FR', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:20250115T140000Z',
             'DTSTART;TZID=%s:%s' % (tz, start.strftime('%Y%m%dT%H%M%S')),
             'DTEND;TZID=%s:%s' % (tz, end.strftime('%Y%m%dT%H%M%S')),
             'SUMMARY:' + _ics_escape(summary)]
    if location:
        lines.append('LOCATION:' + _ics_escape(location))
    if description:
        lines.append('DESCRIPTION:' + _ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s' % a)
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return b'\r\n'.join(_fold(l) for l in lines) + b'\r\n'


def vcf_bytes(given, surname, tel=None, email=None, adr=None, org=None, title=None, note=None,
              bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:' + version, 'N:%s;%s;;;' % (surname, given),
             'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + _ics_escape(org))
    if title:
        lines.append('TITLE:' + _ics_escape(title))
    if tel:
        for kind, num in tel:
            lines.append('TEL;TYPE=%s:%s' % (kind, num))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % _ics_escape(adr))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return b'\r\n'.join(_fold(l) for l in lines) + b'\r\n'


# ---------------------------------------------------------------- PNG (image with no text)
def png_bytes(rng, w=96, h=48):
    rows = []
    for yy in range(h):
        row = bytearray([0])
        for xx in range(w):
            v = 40 + int(150 * (1 - abs(xx - w / 2) / (w / 2)) * (0.6 + 0.4 * ((yy * 7 + xx) % 5) / 4))
            row.append(min(255, v + rng.randrange(0, 20)))
        rows.append(bytes(row))
    raw = b''.join(rows)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
