"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG."""
import datetime as dt
import io
import re
import struct
import zipfile
import zlib

from reportlab import rl_config
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

rl_config.invariant = 1
rl_config.useA85 = 0

FIXED = (2025, 1, 15, 9, 30, 0)


def _pdf_safe(s):
    s = s.replace('☐', '[ ]').replace('☑', '[x]').replace('≥', '>=').replace('≤', '<=').replace('→', '->').replace('\u202f', ' ').replace('\u2009', ' ')
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append('?')
    return ''.join(out)


def _wrap(text, font, size, width):
    words = text.split(' ')
    lines, cur = [], ''
    for w in words:
        t = (cur + ' ' + w) if cur else w
        if stringWidth(t, font, size) <= width or not cur:
            cur = t
        else:
            lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def make_pdf(blocks, title='', author='', letterhead=None, footer=None):
    """blocks: list of str | ('h', str) | ('kv', [(k, v), ...]) | ('table', [widths], [rows]) | ('space',)
    | ('small', str)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator('RIS-Report 4.2' if 'RIS' in title else 'Microsoft Word')
    W, H = letter
    left, right, top, bottom = 54, W - 54, H - 54, 60
    y = [top]
    page = [1]

    def newpage():
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(left, 36, _pdf_safe(footer) + '   p. %d' % page[0])
        c.showPage()
        page[0] += 1
        y[0] = top

    def need(h):
        if y[0] - h < bottom:
            newpage()

    if letterhead:
        c.setFont('Helvetica-Bold', 12)
        c.drawString(left, y[0], _pdf_safe(letterhead[0]))
        y[0] -= 14
        c.setFont('Helvetica', 8)
        for l in letterhead[1:]:
            c.drawString(left, y[0], _pdf_safe(l))
            y[0] -= 10
        c.line(left, y[0] - 2, right, y[0] - 2)
        y[0] -= 18
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n'):
                for l in _wrap(_pdf_safe(para), 'Helvetica', 10, right - left):
                    need(13)
                    c.setFont('Helvetica', 10)
                    c.drawString(left, y[0], l)
                    y[0] -= 13
            y[0] -= 4
        elif b[0] == 'h':
            need(24)
            y[0] -= 4
            c.setFont('Helvetica-Bold', 11)
            c.drawString(left, y[0], _pdf_safe(b[1]))
            y[0] -= 16
        elif b[0] == 'small':
            for l in _wrap(_pdf_safe(b[1]), 'Helvetica', 7, right - left):
                need(9)
                c.setFont('Helvetica', 7)
                c.drawString(left, y[0], l)
                y[0] -= 9
        elif b[0] == 'kv':
            for k, v in b[1]:
                need(13)
                c.setFont('Helvetica-Bold', 9)
                c.drawString(left, y[0], _pdf_safe(k))
                c.setFont('Helvetica', 9)
                c.drawString(left + 140, y[0], _pdf_safe(v))
                y[0] -= 13
            y[0] -= 4
        elif b[0] == 'table':
            widths, rows = b[1], b[2]
            for i, row in enumerate(rows):
                need(12)
                x = left
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8)
                for wdt, cell in zip(widths, row):
                    txt = _pdf_safe(str(cell))
                    while txt and stringWidth(txt, 'Helvetica', 8) > wdt - 4:
                        txt = txt[:-1]
                    c.drawString(x, y[0], txt)
                    x += wdt
                y[0] -= 12
            y[0] -= 6
        elif b[0] == 'space':
            y[0] -= 12
        else:
            raise ValueError(b[0])
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(left, 36, _pdf_safe(footer) + '   p. %d' % page[0])
    c.showPage()
    c.save()
    return buf.getvalue()


def make_scanned_pdf(seed=1, pages=1):
    """A 'scanned' page: only vector shapes, no text layer."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setCreator('HP Digital Sending')
    W, H = letter
    x = seed
    for _ in range(pages):
        c.setFillGray(0.96)
        c.rect(20, 20, W - 40, H - 40, fill=1, stroke=0)
        c.setFillGray(0.25)
        y = H - 70
        while y > 80:
            x = (x * 1103515245 + 12345) % 2 ** 31
            ln = 120 + x % 360
            c.rect(60, y, ln, 5, fill=1, stroke=0)
            y -= 14 + (x >> 8) % 10
        c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, date_time=FIXED):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = '%04d-%02d-%02dT%02d:%02d:%02dZ' % date_time
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             lambda m: m.group(1) + iso + m.group(3), txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_docx(blocks, title='', author='', date_time=FIXED):
    """blocks: str | ('h', str) | ('table', rows) | ('bold', str)."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = dt.datetime(*date_time)
    cp.modified = dt.datetime(*date_time)
    cp.last_printed = dt.datetime(*date_time)
    cp.comments = ''
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n'):
                d.add_paragraph(para)
        elif b[0] == 'h':
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == 'kv':
            t = d.add_table(rows=len(b[1]), cols=2)
            for i, (k, v) in enumerate(b[1]):
                t.cell(i, 0).text = str(k)
                t.cell(i, 1).text = str(v)
        elif b[0] == 'small':
            d.add_paragraph(b[1])
        elif b[0] == 'space':
            d.add_paragraph('')
        elif b[0] == 'bold':
            p = d.add_paragraph()
            p.add_run(b[1]).bold = True
        elif b[0] == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
        else:
            raise ValueError(b[0])
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), date_time)


def make_xlsx(sheets, author='', date_time=FIXED, widths=None):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(*date_time)
    wb.properties.modified = dt.datetime(*date_time)
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
            for j in range(len(rows[0])):
                col = openpyxl.utils.get_column_letter(j + 1)
                mx = max(len(str(r[j])) if j < len(r) and r[j] is not None else 0 for r in rows)
                ws.column_dimensions[col].width = min(45, max(8, mx + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), date_time)


def make_csv(rows, delimiter=',', encoding='utf-8', crlf=True, quote_all=False):
    import csv
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n',
                   quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def make_zip(files, date_time=FIXED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def _icsdt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def make_ics(events, method='REQUEST', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'):
    """events: list of dicts: uid, start, end (naive local datetimes), summary, location, description,
    organizer (name, email), attendees [(name, email)], stamp (datetime)."""
    L = ['BEGIN:VCALENDAR', 'PRODID:%s' % prodid, 'VERSION:2.0', 'METHOD:%s' % method,
         'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:20241103T020000',
         'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
         'BEGIN:DAYLIGHT', 'DTSTART:20250309T020000', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
         'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT', 'END:VTIMEZONE']
    for e in events:
        L += ['BEGIN:VEVENT', 'UID:%s' % e['uid'], 'DTSTAMP:%sZ' % _icsdt(e['stamp']),
              'DTSTART;TZID=America/Toronto:%s' % _icsdt(e['start']),
              'DTEND;TZID=America/Toronto:%s' % _icsdt(e['end']),
              'SUMMARY:%s' % _ics_escape(e['summary'])]
        if e.get('location'):
            L.append('LOCATION:%s' % _ics_escape(e['location']))
        if e.get('description'):
            L.append('DESCRIPTION:%s' % _ics_escape(e['description']))
        if e.get('organizer'):
            L.append('ORGANIZER;CN="%s":mailto:%s' % e['organizer'])
        for n, a in e.get('attendees', []):
            L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
        L += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY',
              'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT']
    L.append('END:VCALENDAR')
    return ('\r\n'.join(_ics_fold(l) for l in L) + '\r\n').encode('utf-8')


def _vc_escape(s):
    return s.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')


def make_vcard(cards):
    """cards: dicts with given, surname, (org, title, tel_work, tel_home, tel_cell, email, adr_home, adr_work,
    bday, note)."""
    L = []
    for c in cards:
        L += ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (_vc_escape(c['surname']), _vc_escape(c['given'])),
              'FN:%s %s' % (c['given'], c['surname'])]
        if c.get('org'):
            L.append('ORG:%s' % _vc_escape(c['org']))
        if c.get('title'):
            L.append('TITLE:%s' % _vc_escape(c['title']))
        for k, t in (('tel_work', 'WORK,VOICE'), ('tel_home', 'HOME,VOICE'), ('tel_cell', 'CELL')):
            if c.get(k):
                L.append('TEL;TYPE=%s:%s' % (t, c[k]))
        if c.get('email'):
            L.append('EMAIL;TYPE=INTERNET:%s' % c['email'])
        for k, t in (('adr_home', 'HOME'), ('adr_work', 'WORK')):
            if c.get(k):
                L.append('ADR;TYPE=%s:;;%s;;;;' % (t, _vc_escape(c[k])))
        if c.get('bday'):
            L.append('BDAY:%s' % c['bday'])
        if c.get('note'):
            L.append('NOTE:%s' % _vc_escape(c['note']))
        L.append('END:VCARD')
    return ('\r\n'.join(_ics_fold(l) for l in L) + '\r\n').encode('utf-8')


def make_png(w=64, h=48, seed=3):
    raw = bytearray()
    x = seed
    for yy in range(h):
        raw.append(0)
        for xx in range(w):
            x = (x * 1103515245 + 12345) % 2 ** 31
            base = 170 + ((xx - w // 2) ** 2 + (yy - h // 2) ** 2) // 40
            v = max(0, min(255, base + (x >> 16) % 20 - 10))
            raw += bytes((min(255, v + 25), v, max(0, v - 30)))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))
