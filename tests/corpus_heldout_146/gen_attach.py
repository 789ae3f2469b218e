"""Deterministic attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard) and their text extractors."""
import datetime
import io
import re
import textwrap
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx
import openpyxl

FIXED_DT = datetime.datetime(2024, 5, 6, 8, 30, 0)
ZIP_DT = (2024, 5, 6, 8, 30, 0)


def _pdf_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            alt = unicodedata.normalize('NFKC', ch)
            if alt != ch and alt.isascii():
                out.append(alt)
                continue
            out.append({'\u2011': '-', '\u2212': '-', '\u202f': ' '}.get(ch, '?'))
    return ''.join(out)


def make_pdf(title, lines, author="CIUSSS RAH", header=None):
    """lines: list of str ('' = blank, lines starting with '## ' = bold heading)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    y = 740
    if header:
        c.setFont('Helvetica-Bold', 9)
        c.drawString(50, 760, _pdf_safe(header))
    for raw in lines:
        if raw.startswith('## '):
            chunks, font, size = [raw[3:]], 'Helvetica-Bold', 12
        else:
            chunks, font, size = (textwrap.wrap(raw, 95) or ['']), 'Helvetica', 10
        for ch in chunks:
            if y < 60:
                c.showPage()
                y = 740
            c.setFont(font, size)
            c.drawString(50, y, _pdf_safe(ch))
            y -= size + 4
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(created|modified)[^>]*>)[^<]*', rb'\g<1>2024-05-06T08:30:00Z', blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="CIUSSS RAH"):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="CIUSSS RAH"):
    """sheets: list of (sheet title, rows)."""
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
    return normalize_zip(buf.getvalue())


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(blob, str):
                blob = blob.encode('utf-8')
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, sep=','):
    lines = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        lines.append(sep.join(cells))
    return '\n'.join(lines) + '\n'


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    parts, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not parts else 74):
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return '\n '.join(parts)


def make_ics(uid, start, end, summary, description, location, organizer):
    """start/end: naive datetimes, America/Montreal local time. Returns str with LF line ends."""
    fmt = '%Y%m%dT%H%M%S'
    lines = [
        'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//CIUSSS RAH//Agenda//FR', 'METHOD:REQUEST',
        'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20240506T123000Z',
        f'DTSTART;TZID=America/Montreal:{start.strftime(fmt)}',
        f'DTEND;TZID=America/Montreal:{end.strftime(fmt)}',
        f'SUMMARY:{_ics_escape(summary)}', f'DESCRIPTION:{_ics_escape(description)}',
        f'LOCATION:{_ics_escape(location)}', f'ORGANIZER;CN={_ics_escape(organizer[0])}:mailto:{organizer[1]}',
        'END:VEVENT', 'END:VCALENDAR',
    ]
    return '\n'.join(_fold(x) for x in lines) + '\n'


def make_vcf(family, given, tel=None, adr=None, email=None, org=None, note=None, title=None, region='QC'):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{family};{given};;;', f'FN:{given} {family}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}' if not org else f'TEL;TYPE=WORK,VOICE:{tel}')
    if adr:
        street, town, pc = adr
        lines.append(f'ADR;TYPE={"WORK" if org else "HOME"}:;;{street.replace(",", "")};{town};{region};{pc};Canada')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if note:
        lines.append(f'NOTE:{_ics_escape(note)}')
    lines.append('END:VCARD')
    return '\n'.join(_fold(x) for x in lines) + '\n'


# ---------------------------------------------------------------- extractors (used by the verifier)

_PDF_STR = re.compile(rb'\((?:\\.|[^\\)])*\)\s*Tj')
_ESC = {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f', b'(': b'(', b')': b')', b'\\': b'\\'}


def _unescape_pdf(s):
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i:i + 1]
        if c == b'\\':
            nxt = s[i + 1:i + 2]
            if nxt in _ESC:
                out += _ESC[nxt]
                i += 2
                continue
            m = re.match(rb'[0-7]{1,3}', s[i + 1:i + 4])
            if m:
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
                continue
            i += 1
            continue
        out += c
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b'%PDF-'):
        raise ValueError('not a PDF')
    if b'%%EOF' not in data[-64:]:
        raise ValueError('truncated PDF')
    chunks = []
    for m in _PDF_STR.finditer(data):
        lit = m.group(0)
        lit = lit[1:lit.rindex(b')')]
        chunks.append(_unescape_pdf(lit).decode('cp1252', errors='replace'))
    return '\n'.join(chunks)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read('word/document.xml').decode('utf-8')
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(' | '.join(c.text for c in row.cells))
    if not xml:
        raise ValueError('empty docx')
    return '\n'.join(parts)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(parts)
