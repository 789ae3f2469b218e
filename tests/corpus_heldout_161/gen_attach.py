"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import unicodedata
import zipfile

from gen_mime import fit_text

FIXED_ZIP_TIME = (2024, 10, 1, 9, 0, 0)

PDF = 'application/pdf'
DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
ZIP = 'application/zip'


def _pdf_safe(s):
    s = unicodedata.normalize('NFKC', s)
    t, cs = fit_text(s, 'windows-1252')
    if cs != 'windows-1252':
        t = t.encode('windows-1252', 'replace').decode('windows-1252')
    return t


# --------------------------------------------------------------------------- PDF

def make_pdf(title, blocks, author='', subject='', header=None):
    """blocks: str paragraphs, ('kv', [(k, v)]), ('table', header, rows), ('h', text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator('Gestionnaire de formulaires DR 4.2')
    W, H = letter
    x0, y = 54, H - 60
    state = {'y': y}

    def newline(h=13):
        state['y'] -= h
        if state['y'] < 60:
            c.showPage()
            state['y'] = H - 60

    def line(txt, font='Helvetica', size=10, indent=0):
        c.setFont(font, size)
        c.drawString(x0 + indent, state['y'], _pdf_safe(txt))
        newline(size + 3)

    def para(txt, font='Helvetica', size=10, indent=0):
        for raw in txt.split('\n'):
            words, cur = raw.split(' '), ''
            for w in words:
                cand = (cur + ' ' + w) if cur else w
                if stringWidth(_pdf_safe(cand), font, size) > W - 2 * x0 - indent and cur:
                    line(cur, font, size, indent)
                    cur = w
                else:
                    cur = cand
            line(cur, font, size, indent)

    if header:
        line(header, 'Helvetica-Oblique', 8)
        newline(4)
    line(title, 'Helvetica-Bold', 13)
    newline(6)
    for b in blocks:
        if isinstance(b, str):
            para(b)
            newline(4)
        elif b[0] == 'h':
            newline(3)
            line(b[1], 'Helvetica-Bold', 11)
        elif b[0] == 'kv':
            for k, v in b[1]:
                para('%s : %s' % (k, v) if v != '' else k)
            newline(4)
        elif b[0] == 'table':
            rows = ([b[1]] if b[1] else []) + [[str(x) for x in r] for r in b[2]]
            ncol = max(len(r) for r in rows)
            colw = (W - 2 * x0) / ncol
            for i, r in enumerate(rows):
                c.setFont('Helvetica-Bold' if (i == 0 and b[1]) else 'Helvetica', 8.5)
                for j, cell in enumerate(r):
                    txt = _pdf_safe(cell)
                    while stringWidth(txt, 'Helvetica', 8.5) > colw - 4 and len(txt) > 3:
                        txt = txt[:-1]
                    c.drawString(x0 + j * colw, state['y'], txt)
                newline(12)
            newline(4)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- ZIP normalisation

def normalize_zip(data, when=FIXED_ZIP_TIME, core_iso='2024-10-01T09:00:00Z'):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                b = re.sub(rb'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)',
                           rb'\g<1>' + core_iso.encode() + rb'\g<2>', b)
                b = re.sub(rb'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)',
                           rb'\g<1>' + core_iso.encode() + rb'\g<2>', b)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            zout.writestr(zi, b)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------- DOCX

def make_docx(title, blocks, author='', when=datetime.datetime(2024, 10, 1, 9, 0, 0)):
    """blocks: str, ('h', text), ('kv', [(k, v)]), ('table', header, rows)."""
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for i, chunk in enumerate(b.split('\n\n')):
                d.add_paragraph(chunk)
        elif b[0] == 'h':
            d.add_heading(b[1], level=2)
        elif b[0] == 'kv':
            for k, v in b[1]:
                p = d.add_paragraph()
                r = p.add_run(k + (' : ' if v != '' else ''))
                r.bold = True
                p.add_run(str(v))
        elif b[0] == 'table':
            rows = [[str(x) for x in r] for r in b[2]]
            ncol = max(len(r) for r in ([b[1]] if b[1] else []) + rows)
            t = d.add_table(rows=0, cols=ncol)
            t.style = 'Table Grid'
            for r in ([b[1]] if b[1] else []) + rows:
                cells = t.add_row().cells
                for j, v in enumerate(r):
                    cells[j].text = v
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    cp.comments = ''
    cp.subject = ''
    cp.keywords = ''
    cp.category = ''
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=when.strftime('%Y-%m-%dT%H:%M:%SZ'))


# --------------------------------------------------------------------------- XLSX

def make_xlsx(sheets, author='', when=datetime.datetime(2024, 10, 1, 9, 0, 0)):
    """sheets: list of (title, header, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        if header:
            ws.append(list(header))
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_iso=when.strftime('%Y-%m-%dT%H:%M:%SZ'))


# --------------------------------------------------------------------------- CSV / ICS / vCard

def make_csv(header, rows, sep=';', charset='windows-1252', bom=False):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [sep.join(q(c) for c in header)] if header else []
    lines += [sep.join(q(c) for c in r) for r in rows]
    text = '\r\n'.join(lines) + '\r\n'
    if charset != 'utf-8':
        text, charset = fit_text(text, charset)
    data = text.encode(charset)
    if bom and charset == 'utf-8':
        data = b'\xef\xbb\xbf' + data
    return data, charset


def _ics_esc(s):
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


def _dt(d):
    return d.strftime('%Y%m%dT%H%M%S')


def make_ics(uid, stamp, start, end, summary, description, location, organizer, attendees, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:%s' % method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:16011104T020000',
             'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:16010311T020000', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:%sZ' % _dt(stamp),
             'DTSTART;TZID=America/Toronto:%s' % _dt(start), 'DTEND;TZID=America/Toronto:%s' % _dt(end),
             'SUMMARY:%s' % _ics_esc(summary), 'DESCRIPTION:%s' % _ics_esc(description),
             'LOCATION:%s' % _ics_esc(location),
             'ORGANIZER;CN="%s":mailto:%s' % organizer]
    for n, e in attendees:
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, e))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')


def make_vcf(given, surname, org='', title='', tel_home='', tel_work='', cell='', email='', adr=None, note='',
             bday=None, version='3.0'):
    lines = ['BEGIN:VCARD', 'VERSION:%s' % version, 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % _ics_esc(org))
    if title:
        lines.append('TITLE:%s' % _ics_esc(title))
    if tel_home:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel_home)
    if tel_work:
        lines.append('TEL;TYPE=WORK,VOICE:%s' % tel_work)
    if cell:
        lines.append('TEL;TYPE=CELL:%s' % cell)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        street, city, region, postal, country = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;%s' % (_ics_esc(street), city, region, postal, country))
    if bday:
        lines.append('BDAY:%s' % bday.isoformat())
    if note:
        lines.append('NOTE:%s' % _ics_esc(note))
    lines.append('REV:2024-10-01T09:00:00Z')
    lines.append('END:VCARD')
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n').encode('utf-8')
