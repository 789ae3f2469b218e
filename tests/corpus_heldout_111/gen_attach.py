"""Attachment builders with fixed timestamps so that two runs give identical bytes."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 8, 30, 0)
CORE_TS = '2025-01-06T08:30:00Z'


def _zip_rewrite(data, fix_core=True):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if fix_core and info.filename == 'docProps/core.xml':
                txt = body.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             lambda m: m.group(1) + CORE_TS + m.group(3), txt)
                body = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()

# ---------------------------------------------------------------- PDF


def _pdf_safe(s):
    s = unicodedata.normalize('NFKC', s)
    return s.encode('cp1252', 'replace').decode('cp1252')


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_pdf(title, lines, header=None, compress=True):
    from reportlab.lib.pagesizes import letter
    from reportlab import rl_config
    from reportlab.pdfgen import canvas
    rl_config.useA85 = 0          # plain FlateDecode streams, as most PDF writers produce
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor('Services de santé')
    w, h = letter
    y = h - 60

    def top():
        nonlocal y
        y = h - 60
        if header:
            c.setFont('Helvetica', 8)
            c.drawString(50, h - 35, _pdf_safe(header))
        c.setFont('Helvetica-Bold', 13)
        c.drawString(50, y, _pdf_safe(title))
        y -= 26
        c.setFont('Helvetica', 10)
    top()
    for raw in lines:
        for ln in _wrap(_pdf_safe(raw), 95) or ['']:
            if y < 60:
                c.showPage()
                top()
            if ln.startswith('## '):
                c.setFont('Helvetica-Bold', 10.5)
                c.drawString(50, y, ln[3:])
                c.setFont('Helvetica', 10)
            else:
                c.drawString(50, y, ln)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()

# ---------------------------------------------------------------- DOCX


def make_docx(title, paragraphs, table=None, author='Services de santé'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.comments = ''
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _zip_rewrite(buf.getvalue())

# ---------------------------------------------------------------- XLSX


def make_xlsx(sheets, creator='Services de santé'):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 60)
    buf = io.BytesIO()
    wb.save(buf)
    return _zip_rewrite(buf.getvalue())

# ---------------------------------------------------------------- text formats


def make_csv(rows, delimiter=',', encoding='utf-8', bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    data = s.getvalue()
    if encoding in ('cp1252', 'iso-8859-1'):
        data = unicodedata.normalize('NFKC', data)
    b = data.encode(encoding, 'replace')
    return (b'\xef\xbb\xbf' + b) if bom and encoding == 'utf-8' else b


def _fold(line):
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


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, end, summary, location, description, organizer=None, attendees=(), method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Services de sante//Agenda clinique 4.2//FR', 'VERSION:2.0',
             f'METHOD:{method}', 'CALSCALE:GREGORIAN', 'BEGIN:VTIMEZONE', 'TZID:America/Toronto',
             'BEGIN:STANDARD', 'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
             'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD', 'BEGIN:DAYLIGHT',
             'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'TZOFFSETFROM:-0500',
             'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT', f'UID:{uid}',
             'DTSTAMP:20250106T133000Z',
             f'DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M}00',
             f'DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M}00',
             f'SUMMARY:{_ics_esc(summary)}', f'LOCATION:{_ics_esc(location)}',
             f'DESCRIPTION:{_ics_esc(description)}']
    if organizer:
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for name, addr in attendees:
        lines.append(f'ATTENDEE;CN="{name}";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{addr}')
    lines += ['CLASS:PRIVATE', 'TRANSP:OPAQUE', 'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(cards):
    """cards: list of dicts with fn, n=(last, first), tel, adr (tuple), email, note, org, title, bday."""
    out = []
    for c in cards:
        out += ['BEGIN:VCARD', 'VERSION:3.0']
        last, first = c['n']
        out.append(f'N:{last};{first};;;')
        out.append(f'FN:{c["fn"]}')
        if c.get('org'):
            out.append(f'ORG:{c["org"]}')
        if c.get('title'):
            out.append(f'TITLE:{c["title"]}')
        if c.get('bday'):
            out.append(f'BDAY:{c["bday"]}')
        for kind, num in c.get('tel', []):
            out.append(f'TEL;TYPE={kind}:{num}')
        if c.get('email'):
            out.append(f'EMAIL;TYPE=INTERNET:{c["email"]}')
        if c.get('adr'):
            street, city, region, pc, country = c['adr']
            out.append(f'ADR;TYPE=HOME:;;{street};{city};{region};{pc};{country}')
        if c.get('note'):
            out.append('NOTE:' + _ics_esc(c['note']))
        out.append('REV:20250106T133000Z')
        out.append('END:VCARD')
    return ('\r\n'.join(_fold(l) for l in out) + '\r\n').encode('utf-8')


def blank_bytes(seed, n=600):
    """Deterministic pseudo-binary payload (e.g. a scanned image stand-in)."""
    import hashlib
    out = b''
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f'{seed}-{i}'.encode()).digest()
        i += 1
    return out[:n]


def make_png(w=40, h=20, seed='x'):
    """A tiny deterministic grey PNG (signature scan / logo stand-in)."""
    import struct
    import zlib
    import hashlib
    raw = b''
    hs = hashlib.sha256(seed.encode()).digest()
    for y in range(h):
        raw += b'\x00' + bytes((hs[(x + y) % 32] // 2 + 100) for x in range(w))

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))
