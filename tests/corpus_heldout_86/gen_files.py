"""Attachments with fixed timestamps: PDF (reportlab, invariant), DOCX
(python-docx), XLSX (openpyxl), ZIP, CSV, ICS, vCard, and text extraction
helpers used by the self-check."""
import io
import re
import zlib
import base64
import zipfile
import datetime

FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)


# ------------------------------------------------------------------ zip normalisation
def normalize_zip(data, fixed_iso='2025-01-01T00:00:00Z'):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                blob = re.sub(rb'(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)',
                              lambda m: m.group(1) + fixed_iso.encode() + m.group(2), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def _pdf_safe(s):
    s = str(s)
    for a, b in (('\u2610', '[ ]'), ('\u2612', '[X]'), ('\u2011', '-'), ('\u2192', '->'), ('\u2264', '<='), ('\u2265', '>=')):
        s = s.replace(a, b)
    out = []
    for c in s:
        try:
            c.encode('cp1252')
            out.append(c)
        except UnicodeEncodeError:
            import unicodedata
            out.append(unicodedata.normalize('NFKC', c) if unicodedata.normalize('NFKC', c).isascii() else '?')
    return ''.join(out)


def make_pdf(title, blocks, author='', compress=False, letterhead=None):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('kv', [(k,v),...]) | ('sp', n)."""
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, Spacer, TableStyle
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from xml.sax.saxutils import escape
    st = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0,
                            title=_pdf_safe(title), author=_pdf_safe(author), creator='', producer='ReportLab',
                            leftMargin=54, rightMargin=54, topMargin=54, bottomMargin=54)
    flow = []
    if letterhead:
        for i, l in enumerate(letterhead):
            flow.append(Paragraph(escape(_pdf_safe(l)), st['Heading4'] if i == 0 else st['Normal']))
        flow.append(Spacer(1, 10))
    flow.append(Paragraph(escape(_pdf_safe(title)), st['Title']))
    for kind, val in blocks:
        if kind == 'h':
            flow.append(Paragraph(escape(_pdf_safe(val)), st['Heading3']))
        elif kind == 'p':
            for para in str(val).split('\n\n'):
                flow.append(Paragraph(escape(_pdf_safe(para)).replace('\n', '<br/>'), st['Normal']))
                flow.append(Spacer(1, 4))
        elif kind == 'kv':
            rows = [[_pdf_safe(k), Paragraph(escape(_pdf_safe(v)), st['Normal'])] for k, v in val]
            t = Table(rows, colWidths=[170, 330])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('FONTNAME', (0, 0), (0, -1), 'Helvetica-Bold'),
                                   ('FONTSIZE', (0, 0), (-1, -1), 9), ('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.grey)]))
            flow.append(t)
            flow.append(Spacer(1, 8))
        elif kind == 't':
            rows = [[_pdf_safe(c) for c in r] for r in val]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.25, colors.grey), ('FONTSIZE', (0, 0), (-1, -1), 8),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey)]))
            flow.append(t)
            flow.append(Spacer(1, 8))
        elif kind == 'sp':
            flow.append(Spacer(1, val))
    doc.build(flow)
    return buf.getvalue()


_PDF_ESC = {b'n': b'\n', b'r': b'\r', b't': b'\t', b'b': b'\b', b'f': b'\f', b'(': b'(', b')': b')', b'\\': b'\\'}


def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b'(':
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = stream[j:j + 1]
                if c == b'\\':
                    nx = stream[j + 1:j + 2]
                    if nx in _PDF_ESC:
                        buf += _PDF_ESC[nx]
                        j += 2
                        continue
                    m = re.match(rb'[0-7]{1,3}', stream[j + 1:j + 4])
                    if m:
                        buf.append(int(m.group(0), 8) & 0xFF)
                        j += 1 + len(m.group(0))
                        continue
                    j += 2
                    continue
                if c == b'(':
                    depth += 1
                elif c == b')':
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            out.append(bytes(buf).decode('cp1252', 'replace'))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    texts = []
    for m in re.finditer(rb'<<(.*?)>>\s*stream\r?\n(.*?)endstream', data, re.S):
        dic, raw = m.group(1), m.group(2)
        if b'/Subtype /Image' in dic:
            continue
        try:
            if b'ASCII85Decode' in dic:
                raw = raw.strip()
                if raw.endswith(b'~>'):
                    raw = raw[:-2]
                raw = base64.a85decode(raw)
            if b'FlateDecode' in dic:
                raw = zlib.decompress(raw)
        except Exception:
            continue
        if b'BT' in raw:
            texts.append(' '.join(_pdf_strings(raw)))
    info = ' '.join(_pdf_strings(b' '.join(re.findall(rb'/(?:Title|Author|Subject) (\(.*?\))', data))))
    return '\n'.join(texts) + '\n' + info


# ------------------------------------------------------------------ DOCX
def make_docx(title, blocks, author='Utilisateur'):
    import docx
    from docx.shared import Pt
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
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=2)
        elif kind == 'p':
            for para in str(val).split('\n\n'):
                d.add_paragraph(para)
        elif kind == 'kv':
            t = d.add_table(rows=0, cols=2)
            t.style = 'Table Grid'
            for k, v in val:
                cells = t.add_row().cells
                cells[0].text = str(k)
                cells[1].text = str(v)
        elif kind == 't':
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = 'Table Grid'
            for r in val:
                cells = t.add_row().cells
                for c, v in zip(cells, r):
                    c.text = str(v)
        elif kind == 'check':
            for item, on in val:
                d.add_paragraph(('☒ ' if on else '☐ ') + item)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    parts = []
    for n in z.namelist():
        if n.startswith('word/') and n.endswith('.xml') or n == 'docProps/core.xml':
            x = z.read(n).decode('utf-8', 'replace')
            x = re.sub(r'</w:p>|</w:tc>|<w:br/>|<w:tab/>', '\n', x)
            parts.append(re.sub(r'<[^>]+>', '', x))
    import html
    return html.unescape('\n'.join(parts))


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author='Clinique'):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
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
        for c in ws[1]:
            c.font = Font(bold=True)
        for col in ws.columns:
            w = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, w + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append('\t'.join('' if v is None else str(v) for v in row))
    return '\n'.join(out)


# ------------------------------------------------------------------ CSV / ICS / VCF
def make_csv(rows, delim=',', eol='\r\n'):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees, method='REQUEST'):
    """start/end: datetime (local America/Montreal)."""
    f = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Clinique//Agenda 4.2//FR', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VTIMEZONE', 'TZID:America/Montreal', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:' + uid, 'DTSTAMP:20250101T000000Z',
             'DTSTART;TZID=America/Montreal:' + f(start), 'DTEND;TZID=America/Montreal:' + f(end),
             'SUMMARY:' + _ics_escape(summary), 'LOCATION:' + _ics_escape(location),
             'DESCRIPTION:' + _ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, e in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, e))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcf(first, last, org=None, title=None, tels=(), emails=(), adr=None, note=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (last, first), 'FN:%s %s' % (first, last)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    for kind, t in tels:
        lines.append('TEL;TYPE=%s:%s' % (kind, t))
    for e in emails:
        lines.append('EMAIL;TYPE=INTERNET:' + e)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_scan_pdf(seed_text, pages=1):
    """An image-like 'scanned' page: only vector strokes, no extractable text."""
    import hashlib
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import LETTER
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1)
    h = hashlib.sha256(seed_text.encode()).digest()
    for pg in range(pages):
        c.setFillGray(0.96)
        c.rect(20, 20, 572, 752, stroke=0, fill=1)
        c.setStrokeGray(0.25)
        y = 720
        k = pg
        while y > 80:
            w = 200 + (h[k % len(h)] * 1.2)
            c.setLineWidth(3 + (h[(k + 7) % len(h)] % 3))
            c.line(60, y, min(550, 60 + w), y)
            y -= 14 + (h[(k + 3) % len(h)] % 10)
            k += 1
        c.showPage()
    c.save()
    return buf.getvalue()
