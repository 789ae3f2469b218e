"""Deterministic attachment builders: PDF (reportlab invariant), DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)


def _dt_tuple(d):
    if d is None:
        return FIXED_ZIP_TIME
    return (d.year, d.month, d.day, d.hour if hasattr(d, 'hour') else 8,
            d.minute if hasattr(d, 'minute') else 0, 0)


def make_zip(members, when=None):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_dt_tuple(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return buf.getvalue()


def normalize_ooxml(data, when):
    """Rewrite an OOXML package with fixed member times and fixed core dates."""
    stamp = when.strftime('%Y-%m-%dT%H:%M:%SZ')
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            txt = blob.decode('utf-8')
            txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\g<2>' % stamp, txt)
            txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\g<2>' % stamp, txt)
            txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\g<2>' % stamp, txt)
            blob = txt.encode('utf-8')
        members.append((info.filename, blob))
    return make_zip(members, when)


# ---------------------------------------------------------------- PDF
PDF_SAFE = str.maketrans({'≥': '>=', '≤': '<=', '→': '->', '\u2009': ' ', '\u202f': ' '})

def make_pdf(title, lines, when, author='', footer=''):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Xerox WorkCentre Scan-to-PDF' if 'scan' in title.lower() else 'ChimioNet Reports')
    w, h = letter
    y = h - 60

    def header():
        c.setFont('Helvetica-Bold', 13)
        c.drawString(50, h - 40, title)
        c.setFont('Helvetica', 9.5)

    header()
    expanded = []
    for raw in lines:
        raw = raw.translate(PDF_SAFE)
        if len(raw) > 98 and '   ' in raw:
            expanded += [p.strip() for p in raw.split('   ') if p.strip()]
        else:
            expanded.append(raw)
    for raw in expanded:
        wrapped = textwrap.wrap(raw, 98, break_on_hyphens=False) or ['']
        for line in wrapped:
            if y < 60:
                if footer:
                    c.setFont('Helvetica-Oblique', 7.5)
                    c.drawString(50, 30, footer)
                c.showPage()
                header()
                y = h - 60
            bold = line.startswith('## ')
            c.setFont('Helvetica-Bold' if bold else 'Helvetica', 9.5)
            c.drawString(50, y, line[3:] if bold else line)
            y -= 13
    if footer:
        c.setFont('Helvetica-Oblique', 7.5)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, when, author='', table=None):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue(), when)


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, when, author=''):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for i, col in enumerate(zip(*[[str(v) for v in r] for r in rows])):
                ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = min(45, max(len(v) for v in col) + 2)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when.replace(tzinfo=None)
    wb.properties.modified = when.replace(tzinfo=None)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue(), when)


# ---------------------------------------------------------------- text formats
def make_csv(rows, sep=',', crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or '\n' in v:
            return '"%s"' % v.replace('"', '""')
        return v
    nl = '\r\n' if crlf else '\n'
    return nl.join(sep.join(q(v) for v in r) for r in rows) + nl


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' '
        cur += ch
    out.append(cur)
    return '\r\n'.join(out)


def make_ics(uid, stamp, start, end, summary, description, location, organizer, attendees=(), method='REQUEST'):
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:%s' % method, 'BEGIN:VEVENT', 'UID:%s' % uid,
             'DTSTAMP:%s' % stamp.strftime(f + 'Z'),
             'DTSTART;TZID=America/Toronto:%s' % start.strftime(f),
             'DTEND;TZID=America/Toronto:%s' % end.strftime(f),
             'SUMMARY:%s' % ics_escape(summary), 'DESCRIPTION:%s' % ics_escape(description),
             'LOCATION:%s' % ics_escape(location),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, a))
    lines += ['STATUS:CONFIRMED', 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def make_vcard(given, surname, org='', title='', tel=None, tel_type='WORK', email=None, adr=None, note=None,
               rev=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if tel:
        lines.append('TEL;TYPE=%s,VOICE:%s' % (tel_type, tel))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if adr:
        lines.append('ADR;TYPE=%s:;;%s;%s;%s;%s;%s' % (('HOME' if tel_type == 'HOME' else 'WORK',) + tuple(adr)))
    if note:
        lines.append('NOTE:%s' % ics_escape(note))
    if rev:
        lines.append('REV:%s' % rev.strftime('%Y%m%dT%H%M%SZ'))
    lines.append('END:VCARD')
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def at(kind, filename, data=None, text=None, ctype=None, **kw):
    """Attachment descriptor consumed by gen_mime."""
    ct = ctype or {
        'pdf': 'application/pdf',
        'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'zip': 'application/zip', 'csv': 'text/csv', 'ics': 'text/calendar', 'vcf': 'text/vcard',
        'eml': 'message/rfc822', 'txt': 'text/plain'}[kind]
    d = {'kind': kind, 'filename': filename, 'ctype': ct}
    if data is not None:
        d['data'] = data
    if text is not None:
        d['text'] = text
    d.update(kw)
    return d


def when_dt(d, hour=8, minute=0):
    return datetime.datetime(d.year, d.month, d.day, hour, minute, 0, tzinfo=datetime.timezone.utc)
