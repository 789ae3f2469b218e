"""Deterministic attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP)
and the matching text extractors used by the verifier."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)


class Att:
    """An attachment: binary (data) or textual (text)."""

    def __init__(self, kind, filename, data=None, text=None, ctype=None, charset=None, params=None):
        self.kind, self.filename, self.data, self.text = kind, filename, data, text
        self.ctype, self.charset, self.params = ctype, charset, params or []


def _zip_time(dt):
    if dt is None:
        return FIXED_ZIP_TIME
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)


# ---------------------------------------------------------------- PDF
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


def pdf(lines, title='', header='', author='', mono=False, when=None):
    """lines: list of str ('' = blank line; lines starting with '# ' are bold headings)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Sainte-Lucie DocGen 2.3')
    w, h = letter
    font = 'Courier' if mono else 'Helvetica'
    size = 9 if mono else 10
    width = 92 if mono else 100
    y = h - 54

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 54

    if header:
        c.setFont('Helvetica-Bold', 11)
        for hl in header.split('\n'):
            c.drawString(54, y, hl)
            y -= 14
        y -= 8
    for line in lines:
        bold = line.startswith('# ')
        text = line[2:] if bold else line
        for seg in _wrap(text, width) or ['']:
            if y < 60:
                newpage()
            c.setFont((font + '-Bold') if bold and not mono else ('Courier-Bold' if bold else font), size)
            if seg:
                c.drawString(54, y, seg)
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


_PDF_STR = re.compile(rb'\((?:[^()\\]|\\.)*\)\s*Tj', re.S)


def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b''
                while j < len(b) and len(digs) < 3 and 0x30 <= b[j] <= 0x37:
                    digs += bytes([b[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            mp = {ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('b'): 8, ord('f'): 12}
            out.append(mp.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    parts = []
    for m in _PDF_STR.finditer(data):
        s = m.group(0)
        s = s[1:s.rindex(b')')]
        parts.append(_pdf_unescape(s).decode('cp1252'))
    meta = re.findall(rb'/Title \(((?:[^()\\]|\\.)*)\)', data)
    parts.extend(_pdf_unescape(t).decode('cp1252') for t in meta)
    return '\n'.join(parts)


# ---------------------------------------------------------------- ZIP normalisation
_CORE_DATE = re.compile(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)')


def _normalise_ooxml(data, when):
    stamp = (when or datetime.datetime(2025, 1, 6, 8, 30)).strftime('%Y-%m-%dT%H:%M:00Z')
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = _CORE_DATE.sub(lambda m: m.group(1) + stamp + m.group(3), blob.decode('utf-8')).encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
def docx(blocks, when=None, title='', author=''):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows)."""
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ''
    stamp = when or datetime.datetime(2025, 1, 6, 8, 30)
    cp.created = stamp
    cp.modified = stamp
    cp.revision = 1
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_ooxml(buf.getvalue(), when)


def docx_text(data):
    import docx as _docx
    d = _docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(' | '.join(c.text for c in row.cells))
    out.append(d.core_properties.title or '')
    return '\n'.join(out)


# ---------------------------------------------------------------- XLSX
def xlsx(sheets, when=None, title='', author=''):
    """sheets: list of (sheet name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    stamp = when or datetime.datetime(2025, 1, 6, 8, 30)
    wb.properties.creator = author or 'Sainte-Lucie'
    wb.properties.title = title
    wb.properties.created = stamp
    wb.properties.modified = stamp
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_ooxml(buf.getvalue(), when)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(' | '.join('' if v is None else str(v) for v in row))
    wb.close()
    return '\n'.join(out)


# ---------------------------------------------------------------- CSV / ICS / vCard
def csv_text(rows, sep=';'):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return '\n'.join(out) + '\n'


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return [line]
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [' ' + x for x in out[1:]]


def ics(uid, start, end, summary, description='', location='', organizer=None, attendees=(),
        method='REQUEST', stamp=None):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Sainte-Lucie//Agenda 4.2//FR', 'VERSION:2.0',
             'METHOD:' + method, 'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:' + (stamp or start).strftime(fmt) + 'Z',
             'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
             'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
             'SUMMARY:' + _ics_escape(summary)]
    if location:
        lines.append('LOCATION:' + _ics_escape(location))
    if description:
        lines.append('DESCRIPTION:' + _ics_escape(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for cn, mail in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (cn, mail))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    out = []
    for l in lines:
        out.extend(_ics_fold(l))
    return '\n'.join(out) + '\n'


def vcard(fn, n_parts, tel=None, email=None, adr=None, org=None, note=None, title=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:' + ';'.join(n_parts), 'FN:' + fn]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        lines.append('TEL;TYPE=%s:%s' % tel)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr)
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return '\n'.join(lines) + '\n'


def unfold_ics(text):
    return re.sub(r'\r?\n[ \t]', '', text).replace('\\n', '\n').replace('\\,', ',').replace('\\;', ';')


# ---------------------------------------------------------------- ZIP
def zip_bytes(members, when=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob if isinstance(blob, bytes) else blob.encode('utf-8'))
    return out.getvalue()
