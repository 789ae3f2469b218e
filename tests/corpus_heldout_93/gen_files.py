"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) with fixed timestamps."""
import csv
import datetime
import io
import re
import zipfile

FIXED_DT = (2025, 1, 2, 9, 0, 0)
FIXED_ISO = '2025-01-02T09:00:00Z'


def rezip(data):
    """Rewrite an OOXML/ZIP archive with fixed member timestamps and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------
def _pdf_safe(s):
    s = str(s).replace('□', '[ ]').replace('≥', '>=').replace('≤', '<=').replace('ε', 'e')
    try:
        s.encode('cp1252')
        return s
    except UnicodeEncodeError:
        return s.encode('cp1252', 'replace').decode('cp1252')


def make_pdf(title, blocks, header=None, footer=None):
    """blocks: str paragraphs, ('table', header_row, rows), ('kv', [(k, v)]), ('h', text)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor('')
    c.setCreator('')
    c.setProducer('')
    width, height = LETTER
    margin = 54
    y = [height - margin]

    def newpage():
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(margin, 30, _pdf_safe(footer))
        c.showPage()
        y[0] = height - margin
        if header:
            c.setFont('Helvetica', 8)
            c.drawString(margin, height - 36, _pdf_safe(header))

    def line(text, font='Helvetica', size=10, indent=0, lead=None):
        if y[0] < margin + 20:
            newpage()
        c.setFont(font, size)
        c.drawString(margin + indent, y[0], _pdf_safe(text))
        y[0] -= lead or size + 3

    if header:
        c.setFont('Helvetica', 8)
        c.drawString(margin, height - 36, _pdf_safe(header))
    line(title, 'Helvetica-Bold', 14, lead=22)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n'):
                if not para.strip():
                    y[0] -= 6
                    continue
                for l in simpleSplit(_pdf_safe(para), 'Helvetica', 10, width - 2 * margin):
                    line(l)
            y[0] -= 5
        elif b[0] == 'h':
            y[0] -= 4
            line(b[1], 'Helvetica-Bold', 11, lead=16)
        elif b[0] == 'kv':
            for k, v in b[1]:
                if y[0] < margin + 20:
                    newpage()
                c.setFont('Helvetica-Bold', 9)
                c.drawString(margin, y[0], _pdf_safe(k))
                c.setFont('Helvetica', 9)
                for i, l in enumerate(simpleSplit(_pdf_safe(v), 'Helvetica', 9, width - 2 * margin - 170)):
                    if i:
                        y[0] -= 12
                    c.drawString(margin + 170, y[0], l)
                y[0] -= 14
            y[0] -= 4
        elif b[0] == 'table':
            hdr, rows = b[1], b[2]
            n = len(hdr)
            colw = (width - 2 * margin) / n
            for ri, row in enumerate([hdr] + rows):
                if y[0] < margin + 20:
                    newpage()
                c.setFont('Helvetica-Bold' if ri == 0 else 'Helvetica', 8)
                maxl = 1
                for ci, cell in enumerate(row):
                    ls = simpleSplit(_pdf_safe(cell), 'Helvetica', 8, colw - 4) or ['']
                    maxl = max(maxl, len(ls))
                    for li, l in enumerate(ls):
                        c.drawString(margin + ci * colw, y[0] - li * 10, l)
                y[0] -= 10 * maxl + 3
            y[0] -= 6
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(margin, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------
def make_docx(title, blocks, author=''):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 2, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.title = ''
    cp.comments = ''
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split('\n\n'):
                d.add_paragraph(para)
        elif b[0] == 'h':
            d.add_heading(b[1], level=2)
        elif b[0] == 'kv':
            t = d.add_table(rows=0, cols=2)
            t.style = 'Table Grid'
            for k, v in b[1]:
                r = t.add_row().cells
                r[0].text = str(k)
                r[1].text = str(v)
            d.add_paragraph('')
        elif b[0] == 'table':
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = 'Table Grid'
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = str(h)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
            d.add_paragraph('')
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


# ---------------------------------------------------------------------------
# XLSX
# ---------------------------------------------------------------------------
def make_xlsx(sheets, creator='CRC'):
    """sheets: list of (title, rows) where rows[0] is the header row."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2025, 1, 2, 9, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
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
            w = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(9, w + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


# ---------------------------------------------------------------------------
# CSV / ICS / vCard
# ---------------------------------------------------------------------------
def make_csv(rows, delim=';', encoding='utf-8', crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    text = s.getvalue()
    if encoding == 'utf-8-sig':
        return text.encode('utf-8-sig')
    return text.encode(encoding, 'replace')


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
        return line
    out, cur, curlen, first = [], '', 0, True
    for ch in line:
        bl = len(ch.encode('utf-8'))
        lim = 75 if first else 74
        if curlen + bl > lim:
            out.append(cur)
            cur, curlen, first = '', 0, False
        cur += ch
        curlen += bl
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, start, end, tz, summary, location='', description='', organizer=None,
             attendees=(), method='REQUEST', prodid='-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN'):
    """start/end: datetime; organizer/attendees: (name, email)."""
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'METHOD:' + method, 'BEGIN:VEVENT',
         'UID:' + uid, 'DTSTAMP:20250102T090000Z',
         'DTSTART;TZID=%s:%s' % (tz, start.strftime('%Y%m%dT%H%M%S')),
         'DTEND;TZID=%s:%s' % (tz, end.strftime('%Y%m%dT%H%M%S')),
         'SUMMARY:' + _ics_escape(summary)]
    if location:
        L.append('LOCATION:' + _ics_escape(location))
    if description:
        L.append('DESCRIPTION:' + _ics_escape(description))
    if organizer:
        L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for n, e in attendees:
        L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, e))
    L += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in L) + '\r\n'


def make_vcf(fields):
    """fields: list of (name, value) already in vCard syntax (value escaped by caller if needed)."""
    L = ['BEGIN:VCARD', 'VERSION:3.0'] + ['%s:%s' % (k, v) for k, v in fields] + ['END:VCARD']
    return '\r\n'.join(_ics_fold(l) for l in L) + '\r\n'


def vesc(s):
    return s.replace('\\', '\\\\').replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n')
