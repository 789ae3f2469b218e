"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 8, 30, 0)


class Att:
    """An attachment: bytes plus MIME type and file name (or a nested message spec)."""

    def __init__(self, filename, ctype, data=None, kind=None, nested=None, charset=None):
        self.filename, self.ctype, self.data, self.kind = filename, ctype, data, kind
        self.nested, self.charset = nested, charset


# ------------------------------------------------------------------ PDF ----
def make_pdf(title, blocks, compress=True, author='Clinique Carrefour'):
    """blocks: list of ('h', text) | ('p', text) | ('t', rows) | ('s', small text)."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape

    import unicodedata

    def nf(x):
        return ''.join(unicodedata.normalize('NFKC', c) if 0xFF00 <= ord(c) <= 0xFFEF else c for c in x)
    blocks = [(k, nf(v) if isinstance(v, str) else [[nf(str(c)) for c in r] for r in v]) for k, v in blocks]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0,
                            title=title, author=author, creator='Carrefour DME', subject='',
                            leftMargin=2 * cm, rightMargin=2 * cm, topMargin=2 * cm, bottomMargin=2 * cm)
    ss = getSampleStyleSheet()
    story = []
    for kind, val in blocks:
        if kind == 'h':
            story.append(Paragraph(escape(val), ss['Heading2']))
        elif kind == 'p':
            for line in val.split('\n'):
                story.append(Paragraph(escape(line) if line else '&nbsp;', ss['BodyText']))
        elif kind == 's':
            story.append(Paragraph(escape(val), ss['Italic']))
        elif kind == 't':
            data = [[Paragraph(escape(str(c)), ss['BodyText']) for c in r] for r in val]
            t = Table(data, repeatRows=1)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.grey),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.lightgrey),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc.build(story)
    return buf.getvalue()


# ----------------------------------------------------------------- OOXML ----
def normalize_zip(data, core_fix=True):
    """Rewrite an OOXML/ZIP package with fixed member times and fixed core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            body = zin.read(info.filename)
            if core_fix and info.filename == 'docProps/core.xml':
                txt = body.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)', r'\g<1>2025-01-06T08:30:00Z\3', txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>2025-01-06T08:30:00Z\2', txt)
                body = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, body)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author='Clinique Carrefour', after=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = 'Table Grid'
        for r in table:
            cells = t.add_row().cells
            for i, c in enumerate(r):
                cells[i].text = str(c)
    for p in after or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author='Clinique Carrefour'):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------ text kinds ----
def make_csv(rows, delimiter=',', encoding='utf-8', crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def make_ics(uid, start, end, summary, description='', location='', organizer=None, method='REQUEST'):
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Carrefour//Agenda 4.2//FR', 'VERSION:2.0', f'METHOD:{method}',
             'BEGIN:VEVENT', f'UID:{uid}', 'DTSTAMP:20250106T133000Z',
             f'DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}',
             f'DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}',
             f'SUMMARY:{ics_escape(summary)}']
    if description:
        lines.append(f'DESCRIPTION:{ics_escape(description)}')
    if location:
        lines.append(f'LOCATION:{ics_escape(location)}')
    if organizer:
        lines.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    folded = []
    for l in lines:
        b = l
        while len(b.encode('utf-8')) > 74:
            cut = 70
            while len(b[:cut].encode('utf-8')) > 73:
                cut -= 1
            folded.append(b[:cut])
            b = ' ' + b[cut:]
        folded.append(b)
    return ('\r\n'.join(folded) + '\r\n').encode('utf-8')


def make_vcf(given, surname, tel=None, adr=None, email=None, note=None, org=None, title=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel:
        lines.append(f'TEL;TYPE=CELL,VOICE:{tel}')
    if adr:
        lines.append('ADR;TYPE=HOME:;;' + adr.replace(',', '\\,'))
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines += ['REV:20250106T133000Z', 'END:VCARD']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


CT = {'pdf': 'application/pdf',
      'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'csv': 'text/csv', 'ics': 'text/calendar', 'vcf': 'text/vcard', 'zip': 'application/zip',
      'eml': 'message/rfc822', 'txt': 'text/plain'}


def att(filename, data, kind=None, charset=None):
    kind = kind or filename.rsplit('.', 1)[-1].lower()
    return Att(filename, CT[kind], data, kind, charset=charset)


def att_eml(filename, nested_spec):
    return Att(filename, CT['eml'], None, 'eml', nested=nested_spec)
