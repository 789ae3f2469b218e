"""Attachment builders (deterministic) and the matching text extractors used by the checker."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

FIXED_DT = datetime.datetime(2025, 1, 15, 9, 30, 0)
ZIP_DT = (2025, 1, 15, 9, 30, 0)


# ----------------------------------------------------------------------------
# ZIP normalisation (fixed member times and core document dates)
# ----------------------------------------------------------------------------
def _fix_core(data):
    txt = data.decode('utf-8')
    iso = FIXED_DT.strftime('%Y-%m-%dT%H:%M:%SZ')
    txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>' + iso + r'\g<2>', txt)
    txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>' + iso + r'\g<2>', txt)
    txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + iso + r'\g<2>', txt)
    return txt.encode('utf-8')


def normalize_zip(data, dt=ZIP_DT):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = _fix_core(blob)
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def zip_bytes(members, dt=ZIP_DT):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ----------------------------------------------------------------------------
# PDF (reportlab, invariant, uncompressed pages)
# ----------------------------------------------------------------------------
def _pdf_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize('NFKC', ch))
    return ''.join(out)


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words, cur, out = line.split(' '), '', []
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    out.append(cur)
    return out


def pdf(title, lines, header=None, footer=None, width=92):
    """lines: list of str; a line starting with '## ' is a bold heading."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setAuthor('')
    c.setTitle(_pdf_safe(title))
    W, H = letter
    y = H - 60
    page = 1

    def top():
        nonlocal y
        y = H - 60
        if header:
            c.setFont('Helvetica', 8)
            c.drawString(50, H - 36, _pdf_safe(header))
        c.setFont('Helvetica-Bold', 13)

    top()
    c.setFont('Helvetica-Bold', 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    for raw in lines:
        bold = raw.startswith('## ')
        text = raw[3:] if bold else raw
        for ln in _wrap(_pdf_safe(text), width):
            if y < 60:
                if footer:
                    c.setFont('Helvetica', 7)
                    c.drawString(50, 30, _pdf_safe(footer) + '  –  p. %d' % page)
                c.showPage()
                page += 1
                top()
            c.setFont('Helvetica-Bold' if bold else 'Helvetica', 10)
            c.drawString(50, y, ln)
            y -= 14
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(50, 30, _pdf_safe(footer) + '  –  p. %d' % page)
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_strings(seg):
    out, i, n = [], 0, len(seg)
    while i < n:
        if seg[i] == 0x28:  # (
            depth, j, s = 1, i + 1, bytearray()
            while j < n and depth:
                ch = seg[j]
                if ch == 0x5C:  # backslash
                    nx = seg[j + 1]
                    if 0x30 <= nx <= 0x37:
                        k = j + 1
                        digs = b''
                        while k < n and len(digs) < 3 and 0x30 <= seg[k] <= 0x37:
                            digs += bytes([seg[k]])
                            k += 1
                        s.append(int(digs, 8))
                        j = k
                        continue
                    s.append({0x6E: 10, 0x72: 13, 0x74: 9, 0x62: 8, 0x66: 12}.get(nx, nx))
                    j += 2
                    continue
                if ch == 0x28:
                    depth += 1
                elif ch == 0x29:
                    depth -= 1
                    if depth == 0:
                        break
                s.append(ch)
                j += 1
            out.append(bytes(s).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    if not data.startswith(b'%PDF'):
        raise ValueError('not a PDF')
    lines = []
    for m in re.finditer(rb'stream\r?\n(.*?)endstream', data, re.S):
        if b' Tj' in m.group(1):
            lines.extend(_pdf_strings(m.group(1)))
    return '\n'.join(lines)


# ----------------------------------------------------------------------------
# DOCX
# ----------------------------------------------------------------------------
def docx(blocks, title='', author='Service des archives'):
    """blocks: ('h', text) | ('p', text) | ('table', rows)."""
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(11)
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=2)
        elif kind == 'p':
            d.add_paragraph(val)
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = 'Table Grid'
            for i, r in enumerate(val):
                for j, cval in enumerate(r):
                    t.cell(i, j).text = str(cval)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def docx_text(data):
    from docx import Document
    d = Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for r in t.rows:
            out.append(' | '.join(c.text for c in r.cells))
    return '\n'.join(out)


# ----------------------------------------------------------------------------
# XLSX
# ----------------------------------------------------------------------------
def xlsx(sheets, author='Archives'):
    """sheets: list of (name, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
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
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            ln = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, ln + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append('[' + ws.title + ']')
        for r in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in r))
    return '\n'.join(out)


# ----------------------------------------------------------------------------
# Text formats
# ----------------------------------------------------------------------------
def csv_text(rows, delim=',', eol='\r\n'):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
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


def ics(uid, start, end, summary, description='', location='', organizer=None, attendees=(), method='REQUEST'):
    L = ['BEGIN:VCALENDAR', 'PRODID:-//Vallee-des-Herons//Agenda 4.2//FR', 'VERSION:2.0', 'METHOD:' + method,
         'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250115T143000Z',
         'DTSTART;TZID=America/Montreal:' + start.strftime('%Y%m%dT%H%M%S'),
         'DTEND;TZID=America/Montreal:' + end.strftime('%Y%m%dT%H%M%S'),
         'SUMMARY:' + _ics_escape(summary)]
    if location:
        L.append('LOCATION:' + _ics_escape(location))
    if description:
        L.append('DESCRIPTION:' + _ics_escape(description))
    if organizer:
        L.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for a in attendees:
        L.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a[0], a[1]))
    L += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold(x) for x in L) + '\r\n'


def vcard(fn, n, org='', title='', tel_home='', tel_work='', email='', adr=None, note='', bday=''):
    L = ['BEGIN:VCARD', 'VERSION:3.0', 'N:' + n, 'FN:' + fn]
    if org:
        L.append('ORG:' + org)
    if title:
        L.append('TITLE:' + title)
    if tel_work:
        L.append('TEL;TYPE=WORK,VOICE:' + tel_work)
    if tel_home:
        L.append('TEL;TYPE=HOME,VOICE:' + tel_home)
    if email:
        L.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        L.append('ADR;TYPE=%s:;;%s;%s;%s;%s;%s' % adr)
    if bday:
        L.append('BDAY:' + bday)
    if note:
        L.append('NOTE:' + _ics_escape(note))
    L += ['REV:20250115T143000Z', 'END:VCARD']
    return '\r\n'.join(_fold(x) for x in L) + '\r\n'
