"""Step 3: attachment makers (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) with fixed timestamps,
and the matching text extractors used by the self-check."""
import base64
import datetime
import html
import io
import re
import zipfile
import zlib

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)
FIXED_ISO = '2025-01-06T08:30:00Z'


# --------------------------------------------------------------------------- ZIP helpers
def make_zip(members, when=FIXED_ZIP_TIME):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


_CORE_DATE = re.compile(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)')


def normalise_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        b = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            b = _CORE_DATE.sub(lambda m: m.group(1) + FIXED_ISO.encode() + m.group(2), b)
        members.append((info.filename, b))
    return make_zip(members, (2025, 1, 6, 8, 30, 0))


# --------------------------------------------------------------------------- PDF
def _wrap(line, width):
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


def make_pdf(title, lines, author='', compress=True, header=None, meta_title=None, font_size=10):
    """lines: list of str, or ('H', str) headings, or ('T', [cells], [x positions]) table rows."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(meta_title if meta_title is not None else title)
    c.setAuthor(author)
    c.setCreator('Formulaires HSBL v4.2')
    y = 740

    def newpage():
        nonlocal y
        c.showPage()
        y = 740
        if header:
            c.setFont('Helvetica-Oblique', 8)
            c.drawString(50, 760, header)

    if header:
        c.setFont('Helvetica-Oblique', 8)
        c.drawString(50, 760, header)
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, title)
    y -= 24
    for item in lines:
        if y < 60:
            newpage()
        if isinstance(item, tuple) and item[0] == 'H':
            y -= 4
            c.setFont('Helvetica-Bold', 11)
            c.drawString(50, y, item[1])
            y -= 16
            continue
        if isinstance(item, tuple) and item[0] == 'T':
            c.setFont('Helvetica', font_size - 1)
            for cell, x in zip(item[1], item[2]):
                c.drawString(x, y, str(cell))
            y -= 13
            continue
        c.setFont('Helvetica', font_size)
        for sub in _wrap(item, 98):
            if y < 60:
                newpage()
                c.setFont('Helvetica', font_size)
            c.drawString(50, y, sub)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b''
                while j < len(s) and len(digs) < 3 and 0x30 <= s[j] <= 0x37:
                    digs += bytes([s[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return out.decode('cp1252', 'replace')


_PDF_STR = re.compile(rb'\((?:\\.|[^\\)])*\)', re.S)


def pdf_text(data):
    chunks = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, s = m.group(1), m.group(2)
        if b'ASCII85Decode' in d:
            s = s.strip()
            if s.endswith(b'~>'):
                s = s[:-2]
            s = base64.a85decode(s, adobe=False)
        if b'FlateDecode' in d:
            try:
                s = zlib.decompress(s)
            except zlib.error:
                continue
        lines = []
        for tm in re.finditer(rb'(\((?:\\.|[^\\)])*\))\s*Tj', s, re.S):
            lines.append(_pdf_unescape(tm.group(1)[1:-1]))
        chunks.append('\n'.join(lines))
    info = re.search(rb'/Title\s*(\((?:\\.|[^\\)])*\))', data)
    if info:
        chunks.append(_pdf_unescape(info.group(1)[1:-1]))
    auth = re.search(rb'/Author\s*(\((?:\\.|[^\\)])*\))', data)
    if auth:
        chunks.append(_pdf_unescape(auth.group(1)[1:-1]))
    return '\n'.join(chunks)


# --------------------------------------------------------------------------- DOCX
def make_docx(title, paras, table=None, author='', subject_prop='', table_first=False):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.subject = subject_prop
    cp.comments = ''
    cp.created = datetime.datetime(2025, 1, 6, 8, 30, 0)
    cp.modified = datetime.datetime(2025, 1, 6, 8, 30, 0)
    cp.revision = 1
    d.add_heading(title, level=1)

    def add_table():
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)

    if table and table_first:
        add_table()
    for p in paras:
        if isinstance(p, tuple) and p[0] == 'H':
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
    if table and not table_first:
        add_table()
    buf = io.BytesIO()
    d.save(buf)
    return normalise_ooxml(buf.getvalue())


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml') or n == 'docProps/core.xml':
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</w:p>|</w:tc>', '\n', x)
            out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
    return '\n'.join(out)


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, author='', title=''):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(list(r))
        if rows:
            for i, _ in enumerate(rows[0]):
                ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = 18
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = datetime.datetime(2025, 1, 6, 8, 30, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_ooxml(buf.getvalue())


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in sorted(z.namelist()):
        if n.startswith('xl/') and n.endswith('.xml') or n == 'docProps/core.xml':
            x = z.read(n).decode('utf-8')
            x = re.sub(r'</(si|c|row|t)>', ' \n', x)
            out.append(html.unescape(re.sub(r'<[^>]+>', ' ', x)))
    return '\n'.join(out)


# --------------------------------------------------------------------------- CSV / ICS / vCard
def make_csv(rows, sep=';'):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or '\n' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return '\n'.join(out) + '\n'


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


def make_ics(uid, start, end, summary, location='', description='', organizer=None, attendees=(),
             method='REQUEST', tz='America/Toronto'):
    def dt(d):
        return d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//HSBL//Agenda 2.1//FR', 'VERSION:2.0', 'METHOD:%s' % method,
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:20250106T133000Z',
             'DTSTART;TZID=%s:%s' % (tz, dt(start)), 'DTEND;TZID=%s:%s' % (tz, dt(end)),
             'SUMMARY:%s' % _ics_escape(summary)]
    if location:
        lines.append('LOCATION:%s' % _ics_escape(location))
    if description:
        lines.append('DESCRIPTION:%s' % _ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s' % (n, a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcard(given, family, tel=None, tel_type='HOME', adr=None, email=None, org=None, title=None, note=None,
               bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:%s' % version, 'N:%s;%s;;;' % (family, given), 'FN:%s %s' % (given, family)]
    if org:
        lines.append('ORG:%s' % org.replace(',', '\\,'))
    if title:
        lines.append('TITLE:%s' % title.replace(',', '\\,'))
    if tel:
        lines.append('TEL;TYPE=%s,VOICE:%s' % (tel_type, tel))
    if adr:
        street, town, pc = adr
        lines.append('ADR;TYPE=%s:;;%s;%s;QC;%s;Canada' % (tel_type, street.replace(',', '\\,'), town, pc))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if bday:
        lines.append('BDAY:%s' % bday)
    if note:
        lines.append('NOTE:%s' % note.replace(',', '\\,').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'
