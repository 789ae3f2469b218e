"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
FIXED_CORE = '2025-01-06T09:00:00Z'


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member times and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>' + FIXED_CORE + r'\g<2>', txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>' + FIXED_CORE + r'\g<2>', txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>' + FIXED_CORE + r'\g<2>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if name.endswith('/'):
                zi.external_attr = 0o755 << 16 | 0x10
            z.writestr(zi, blob)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(title, blocks, author='', compress=True, lang='fr'):
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setCreator('Trois-Rivages DocGen')
    W, H = LETTER
    x0, y = 54, H - 60
    state = {'y': y}

    def need(h):
        if state['y'] - h < 54:
            c.showPage()
            state['y'] = H - 60

    def line(txt, font='Helvetica', size=10, x=x0, lead=13):
        for piece in simpleSplit(txt, font, size, W - x - 54) or ['']:
            need(lead)
            c.setFont(font, size)
            c.drawString(x, state['y'], piece)
            state['y'] -= lead

    line(title, 'Helvetica-Bold', 14, lead=20)
    state['y'] -= 4
    for b in blocks:
        if isinstance(b, str):
            for ln in b.split('\n'):
                line(ln)
            state['y'] -= 6
        elif b[0] == 'kv':
            for k, v in b[1]:
                need(14)
                c.setFont('Helvetica-Bold', 10)
                c.drawString(x0, state['y'], f"{k} :" if lang == 'fr' else f"{k}:")
                c.setFont('Helvetica', 10)
                parts = simpleSplit(str(v), 'Helvetica', 10, W - 200 - 54) or ['']
                for i, p in enumerate(parts):
                    if i:
                        need(13)
                    c.drawString(200, state['y'], p)
                    state['y'] -= 13
            state['y'] -= 6
        elif b[0] == 'list':
            for it in b[1]:
                line('- ' + it, x=x0 + 8)
            state['y'] -= 6
        elif b[0] == 'table':
            head, rows = b[1], b[2]
            n = len(head)
            colw = (W - 108) / n
            size = 8 if n > 5 else 9
            for r_i, r in enumerate([head] + rows):
                cells = [simpleSplit(str(x), 'Helvetica', size, colw - 4) or [''] for x in r]
                h = 11 * max(len(cc) for cc in cells) + 2
                need(h)
                for i, cc in enumerate(cells):
                    c.setFont('Helvetica-Bold' if r_i == 0 else 'Helvetica', size)
                    yy = state['y']
                    for p in cc:
                        c.drawString(x0 + i * colw, yy, p)
                        yy -= 11
                state['y'] -= h
            state['y'] -= 6
        elif b[0] == 'h':
            state['y'] -= 4
            line(b[1], 'Helvetica-Bold', 11, lead=16)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, blocks, author='SAPA'):
    import docx
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2025, 1, 6, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for ln in b.split('\n'):
                d.add_paragraph(ln)
        elif b[0] == 'kv':
            t = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                r = t.add_row().cells
                r[0].text, r[1].text = str(k), str(v)
        elif b[0] == 'list':
            for it in b[1]:
                d.add_paragraph(it, style='List Bullet')
        elif b[0] == 'table':
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = 'Table Grid'
            for i, h in enumerate(b[1]):
                t.rows[0].cells[i].text = str(h)
            for row in b[2]:
                cells = t.add_row().cells
                for i, x in enumerate(row):
                    cells[i].text = str(x)
        elif b[0] == 'h':
            d.add_heading(b[1], level=2)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, creator='SAPA'):
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2025, 1, 6, 9, 0, 0)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, head, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(head))
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(head):
            col = ws.cell(row=1, column=i + 1).column_letter
            ws.column_dimensions[col].width = max(10, min(40, max(len(str(x[i])) for x in [head] + list(rows)) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV, ICS, vCard
def make_csv(head, rows, delim=',', encoding='utf-8', eol='\r\n', bom=False):
    def cell(x):
        s = str(x)
        if delim in s or '"' in s or '\n' in s:
            s = '"' + s.replace('"', '""') + '"'
        return s
    txt = eol.join(delim.join(cell(x) for x in r) for r in [head] + list(rows)) + eol
    data = txt.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 74:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, summary, description, location, start, end, organizer, attendees, stamp, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Trois-Rivages//Agenda SAPA//FR', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', 'TZID:America/Montreal', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{stamp:%Y%m%dT%H%M%SZ}',
             f'DTSTART;TZID=America/Montreal:{start:%Y%m%dT%H%M%S}',
             f'DTEND;TZID=America/Montreal:{end:%Y%m%dT%H%M%S}',
             f'SUMMARY:{_ics_escape(summary)}', f'DESCRIPTION:{_ics_escape(description)}',
             f'LOCATION:{_ics_escape(location)}', f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}']
    for cn, em in attendees:
        lines.append(f'ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:{em}')
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'


def make_vcf(full, family, given, tel=None, adr=None, email=None, org=None, note=None, bday=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{family};{given};;;', f'FN:{full}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel}')
    if adr:
        street, town, region, postal = adr
        lines.append(f'ADR;TYPE=HOME:;;{street};{town};{region};{postal};Canada')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append(f'NOTE:{_ics_escape(note)}')
    lines.append('END:VCARD')
    return '\r\n'.join(_ics_fold(l) for l in lines) + '\r\n'
