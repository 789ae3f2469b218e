"""Attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard) with fixed timestamps,
and the text extractors the self-check uses to open them again."""
import html
import io
import re
import textwrap
import zipfile
import zlib

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
FIXED_ISO = '2025-01-06T09:00:00Z'


# ---------------------------------------------------------------- zip helpers
def normalize_zip(data):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member timestamps and fixed core-properties dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)',
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def _pdf_safe(s):
    return s.encode('cp1252', 'replace').decode('cp1252')


def make_pdf(lines, title='Document', compress=False, header=None, footer=None, width=92):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor('')
    c.setCreator('')
    c.setProducer('')
    y = 740

    def new_page():
        nonlocal y
        if header:
            c.setFont('Helvetica-Bold', 11)
            c.drawString(56, 760, _pdf_safe(header))
        c.setFont('Helvetica', 9.5)
        y = 736

    new_page()
    for raw in lines:
        bold = raw.startswith('**')
        raw = raw[2:] if bold else raw
        wrapped = textwrap.wrap(raw, width) or ['']
        for ln in wrapped:
            if y < 60:
                if footer:
                    c.setFont('Helvetica-Oblique', 7.5)
                    c.drawString(56, 36, _pdf_safe(footer))
                c.showPage()
                new_page()
            c.setFont('Helvetica-Bold' if bold else 'Helvetica', 9.5)
            c.drawString(56, y, _pdf_safe(ln))
            y -= 13
    if footer:
        c.setFont('Helvetica-Oblique', 7.5)
        c.drawString(56, 36, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def make_scan_pdf(seed_int=0):
    """An 'image-only' page: shapes and no text (stands for a scanned form)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle('Scan')
    c.setStrokeGray(0.3)
    for i in range(28):
        y = 720 - i * 22
        c.line(60, y, 60 + ((seed_int * 37 + i * 53) % 420) + 80, y)
    c.rect(360, 640, 180, 90)
    c.showPage()
    c.save()
    return buf.getvalue()


_PDF_STR = re.compile(rb'\((?:\\.|[^\\)])*\)\s*Tj')


def _unescape_pdf(b):
    out = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digits = b''
                while j < len(b) and len(digits) < 3 and 0x30 <= b[j] <= 0x37:
                    digits += bytes([b[j]])
                    j += 1
                out.append(int(digits, 8) & 0xFF)
                i = j
                continue
            out.append({ord('n'): 10, ord('r'): 13, ord('t'): 9}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        s = m.group(1)
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        try:
            s = zlib.decompress(s)
        except zlib.error:
            pass
        # reportlab may wrap compressed streams in ASCII85 - decode when needed
        if s.startswith(b'<~') or s.rstrip().endswith(b'~>'):
            import base64
            try:
                s = zlib.decompress(base64.a85decode(s.strip(), adobe=True))
            except Exception:
                pass
        for t in _PDF_STR.finditer(s):
            lit = t.group(0)
            lit = lit[1:lit.rindex(b')')]
            texts.append(_unescape_pdf(lit).decode('cp1252', 'replace'))
    info = re.search(rb'/Title\s*\((.*?)\)', data)
    if info:
        texts.append(_unescape_pdf(info.group(1)).decode('cp1252', 'replace'))
    return '\n'.join(texts)


# ---------------------------------------------------------------- DOCX
def make_docx(blocks, author='', title=''):
    """blocks: list of ('h', text) | ('p', text) | ('b', text) | ('table', rows) | ('header', text)."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    import datetime
    cp.created = datetime.datetime(2025, 1, 6, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 6, 9, 0, 0)
    style = d.styles['Normal']
    style.font.name = 'Calibri'
    style.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=1)
        elif kind == 'h2':
            d.add_heading(val, level=2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'b':
            p = d.add_paragraph()
            p.add_run(val).bold = True
        elif kind == 'li':
            d.add_paragraph(val, style='List Bullet')
        elif kind == 'header':
            d.sections[0].header.paragraphs[0].text = val
        elif kind == 'footer':
            d.sections[0].footer.paragraphs[0].text = val
        elif kind == 'table':
            rows = val
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=''):
    """sheets: list of (title, rows)."""
    import datetime
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 6, 9, 0, 0)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- text formats
def make_csv(rows, sep=';'):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    return '\r\n'.join(sep.join(q(v) for v in r) for r in rows) + '\r\n'


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Havre-des-Pins//Agenda 2.3//FR', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250106T090000Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime('%Y%m%dT%H%M%S'),
             'DTEND;TZID=America/Toronto:' + end.strftime('%Y%m%dT%H%M%S'),
             'SUMMARY:' + ics_escape(summary), 'DESCRIPTION:' + ics_escape(description),
             'LOCATION:' + ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for name, addr in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (name, addr))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcf(given, surname, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        lines.append('TEL;TYPE=%s:%s' % (tel[0], tel[1]))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % ics_escape(adr))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


# ---------------------------------------------------------------- extractors
def _xml_text(blob):
    s = blob.decode('utf-8', 'replace')
    s = re.sub(r'</w:p>|</a:p>|<w:br/>|</row>|<w:tab/>', '\n', s)
    s = re.sub(r'</c>|</si>|</t>', ' ', s)
    s = re.sub(r'<[^>]+>', '', s)
    return html.unescape(s)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    out = []
    for n in z.namelist():
        if n.endswith('.xml') and (n.startswith('word/') or n.startswith('xl/') or n.startswith('docProps/')):
            out.append(_xml_text(z.read(n)))
    return '\n'.join(out)


def zip_members(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return [(i.filename, z.read(i.filename)) for i in z.infolist()]
