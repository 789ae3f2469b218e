"""Attachment makers (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV) with fixed
timestamps so that every run gives identical bytes, and the matching text
extractors used by the self-check."""
import base64
import datetime
import io
import re
import zipfile
import zlib

FIXED_DT = datetime.datetime(2025, 1, 15, 9, 30, 0)
ZIP_DT = (2025, 1, 15, 9, 30, 0)


# ------------------------------------------------------------------ PDF
def make_pdf(lines, title=None, header=None, author='CRPR', font_size=10):
    """lines: list of str (paragraphs); '' = blank line; lines starting with '# ' are bold headings."""
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setAuthor(author)
    c.setTitle(title or 'Document')
    c.setCreator('CRPR')
    width, height = letter
    left, top, bottom = 60, height - 60, 60

    def page_header():
        y = top
        if header:
            c.setFont('Helvetica-Bold', 11)
            for h in header:
                c.drawString(left, y, h)
                y -= 14
                c.setFont('Helvetica', 8)
            c.line(left, y + 4, width - left, y + 4)
            y -= 12
        return y

    y = page_header()
    for para in lines:
        bold = para.startswith('# ')
        text = para[2:] if bold else para
        fname = 'Helvetica-Bold' if bold else 'Helvetica'
        size = font_size + (1 if bold else 0)
        wrapped = simpleSplit(text, fname, size, width - 2 * left) if text else ['']
        for w in wrapped:
            if y < bottom:
                c.showPage()
                y = page_header()
            c.setFont(fname, size)
            c.drawString(left, y, w)
            y -= size + 4
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
            mp = {ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}
            if n in mp:
                out.append(mp[n]); i += 2
            elif 48 <= n <= 55:
                j = i + 1
                while j < len(s) and j < i + 4 and 48 <= s[j] <= 55:
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xFF); i = j
            elif n in (10, 13):
                i += 2
            else:
                out.append(n); i += 2
        else:
            out.append(ch); i += 1
    return bytes(out)


def _pdf_strings(data):
    res = []
    i = 0
    while i < len(data):
        if data[i] == 0x28:  # (
            depth, j, buf = 1, i + 1, bytearray()
            while j < len(data) and depth:
                b = data[j]
                if b == 0x5C:
                    buf += data[j:j + 2]; j += 2; continue
                if b == 0x28:
                    depth += 1
                elif b == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                buf.append(b); j += 1
            res.append(_pdf_unescape(bytes(buf)).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return res


def pdf_text(data):
    out = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        d, raw = m.group(1), m.group(2)
        try:
            if b'ASCII85Decode' in d:
                raw = raw.strip()
                if raw.endswith(b'~>'):
                    raw = raw[:-2]
                raw = base64.a85decode(re.sub(rb'\s', b'', raw))
            if b'FlateDecode' in d:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        lines = []
        for tm in re.finditer(rb'\((?:\\.|[^\\)])*\)\s*Tj|\[(?:.*?)\]\s*TJ', raw, re.S):
            lines.append(''.join(_pdf_strings(tm.group(0))))
        out.append('\n'.join(lines))
    return '\n'.join(out)


# ------------------------------------------------------------------ ZIP helpers
def rezip(data, patch=None):
    """Rewrite a zip with fixed timestamps; patch(name, bytes) -> bytes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if patch:
                content = patch(info.filename, content)
            zi = zipfile.ZipInfo(info.filename, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return buf.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, content in members:
            zi = zipfile.ZipInfo(name, ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, content)
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(blocks, author='CRPR', title=''):
    """blocks: list of ('h', text) | ('p', text) | ('table', [[cells]])."""
    import docx
    d = docx.Document()
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=1)
        elif kind == 'h2':
            d.add_heading(val, level=2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for r, row in enumerate(val):
                for cidx, cell in enumerate(row):
                    t.cell(r, cidx).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    cp = d.core_properties
    out.append(cp.title or '')
    return '\n'.join(out)


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author='CRPR'):
    """sheets: list of (sheet title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
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
            ws.column_dimensions[col[0].column_letter].width = min(45, max(9, width + 2))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    stamp = FIXED_DT.strftime('%Y-%m-%dT%H:%M:%SZ').encode()

    def patch(name, content):
        if name == 'docProps/core.xml':
            content = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', rb'\g<1>' + stamp + rb'\g<2>', content)
            content = re.sub(rb'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', rb'\g<1>' + stamp + rb'\g<2>', content)
        return content
    return rezip(buf.getvalue(), patch)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


# ------------------------------------------------------------------ text formats
def csv_text(rows, sep=','):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator='\r\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' '
        cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, start, end, summary, description='', location='', organizer=None, attendees=(),
             method='REQUEST', tz='America/Toronto'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//CRPR//Agenda 4.2//FR', 'VERSION:2.0', f'METHOD:{method}',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250115T143000Z',
             f'DTSTART;TZID={tz}:{start.strftime("%Y%m%dT%H%M%S")}',
             f'DTEND;TZID={tz}:{end.strftime("%Y%m%dT%H%M%S")}',
             f'SUMMARY:{ics_escape(summary)}']
    if location:
        lines.append(f'LOCATION:{ics_escape(location)}')
    if description:
        lines.append(f'DESCRIPTION:{ics_escape(description)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={ics_escape(organizer[0])}:mailto:{organizer[1]}')
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN={ics_escape(n)};ROLE=REQ-PARTICIPANT:mailto:{a}')
    lines += ['STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(ics_fold(l) for l in lines) + '\r\n'


def make_vcard(given, surname, org='', title='', tel=None, email=None, adr=None, note='', bday=None, tel_type='CELL'):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}'.strip()]
    if org:
        lines.append(f'ORG:{ics_escape(org)}')
    if title:
        lines.append(f'TITLE:{ics_escape(title)}')
    if tel:
        lines.append(f'TEL;TYPE={tel_type}:{tel}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        lines.append(f'ADR;TYPE=HOME:;;{ics_escape(adr)};;;;')
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append(f'NOTE:{ics_escape(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(lines) + '\r\n'


def zip_text(data, depth=0):
    out = []
    z = zipfile.ZipFile(io.BytesIO(data))
    for info in z.infolist():
        out.append(info.filename)
        out.append(file_text(info.filename, z.read(info.filename), depth + 1))
    return '\n'.join(out)


def file_text(name, data, depth=0):
    n = (name or '').lower()
    if n.endswith('.pdf') or data[:5] == b'%PDF-':
        return pdf_text(data)
    if n.endswith('.docx'):
        return docx_text(data)
    if n.endswith('.xlsx'):
        return xlsx_text(data)
    if n.endswith('.zip') and depth < 3:
        return zip_text(data, depth)
    for enc in ('utf-8', 'cp1252'):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return ''
