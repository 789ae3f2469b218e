"""Attachment makers: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP.

All binary containers get fixed timestamps so that two runs give identical bytes.
"""
import csv
import datetime
import io
import re
import zipfile

from gen_mime import Att

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_ISO = '2025-01-01T00:00:00Z'


# ---------------------------------------------------------------- zip helpers

def make_zip(entries, compress=True):
    """entries: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def _refix_ooxml(data):
    """Rewrite an OOXML package with fixed zip times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    entries = []
    for info in src.infolist():
        b = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            s = b.decode('utf-8')
            s = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>' + FIXED_ISO + r'\2', s)
            s = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>' + FIXED_ISO + r'\2', s)
            b = s.encode('utf-8')
        entries.append((info.filename, b))
    return make_zip(entries)


# ---------------------------------------------------------------- PDF

def make_pdf(title, blocks, header=None, compress=True, footer=None):
    """blocks: list of str (paragraph) or ('table', rows) or ('h', text)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor('HESA')
    c.setTitle(header or 'Document')
    W, H = letter
    x0, y = 54, H - 60
    font, size = 'Helvetica', 10

    def newpage():
        nonlocal y
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(x0, 30, footer)
        c.showPage()
        y = H - 60

    def line(txt, f=font, s=size, indent=0):
        nonlocal y
        if y < 60:
            newpage()
        c.setFont(f, s)
        c.drawString(x0 + indent, y, txt)
        y -= s + 4

    def wrap(txt, f=font, s=size, width=W - 2 * x0):
        out, cur = [], ''
        for word in txt.split(' '):
            t = (cur + ' ' + word).strip()
            if stringWidth(t, f, s) > width and cur:
                out.append(cur)
                cur = word
            else:
                cur = t
        out.append(cur)
        return out

    if header:
        line(header, 'Helvetica-Bold', 9)
        y -= 4
    line(title, 'Helvetica-Bold', 14)
    y -= 6
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            y -= 4
            line(b[1], 'Helvetica-Bold', 11)
        elif isinstance(b, tuple) and b[0] == 'table':
            rows = b[1]
            ncol = max(len(r) for r in rows)
            colw = (W - 2 * x0) / ncol
            for i, r in enumerate(rows):
                if y < 60:
                    newpage()
                c.setFont('Helvetica-Bold' if i == 0 else font, 8.5)
                for j, cell in enumerate(r):
                    txt = str(cell)
                    while stringWidth(txt, font, 8.5) > colw - 4 and len(txt) > 3:
                        txt = txt[:-1]
                    c.drawString(x0 + j * colw, y, txt)
                y -= 12
            y -= 4
        elif b == '':
            y -= 8
        else:
            for para_line in str(b).split('\n'):
                for l in wrap(para_line):
                    line(l)
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(x0, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX

def make_docx(title, blocks, header_text=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    cp = d.core_properties
    cp.author = 'HESA'
    cp.title = ''
    cp.created = datetime.datetime(2025, 1, 1)
    cp.modified = datetime.datetime(2025, 1, 1)
    cp.last_modified_by = 'HESA'
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == 'h':
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = 'Table Grid'
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            p = d.add_paragraph(str(b))
            for r in p.runs:
                r.font.size = Pt(11)
    buf = io.BytesIO()
    d.save(buf)
    return _refix_ooxml(buf.getvalue())


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets):
    """sheets: list of (title, rows); a cell may be a datetime.date."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title[:31])
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, datetime.date):
                    cell.number_format = 'yyyy-mm-dd'
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = 18
    wb.properties.creator = 'HESA'
    wb.properties.created = datetime.datetime(2025, 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return _refix_ooxml(buf.getvalue())


# ---------------------------------------------------------------- CSV

def make_csv(rows, delimiter=',', encoding='utf-8', bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n' if crlf else '\n')
    for r in rows:
        w.writerow(r)
    txt = s.getvalue()
    return ('\ufeff' if bom else '') + txt, encoding


# ---------------------------------------------------------------- ICS / vCard

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


def make_ics(uid, start, end, summary, description='', location='', organizer=None,
             attendees=(), stamp=None, method='REQUEST'):
    fmt = lambda d: d.strftime('%Y%m%dT%H%M%S')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//HESA//Agenda 2.4//FR', 'VERSION:2.0',
             f'METHOD:{method}', 'BEGIN:VEVENT', f'UID:{uid}',
             f'DTSTAMP:{(stamp or start).strftime("%Y%m%dT%H%M%SZ")}',
             f'DTSTART;TZID=America/Montreal:{fmt(start)}',
             f'DTEND;TZID=America/Montreal:{fmt(end)}',
             f'SUMMARY:{_ics_escape(summary)}']
    if description:
        lines.append(f'DESCRIPTION:{_ics_escape(description)}')
    if location:
        lines.append(f'LOCATION:{_ics_escape(location)}')
    if organizer:
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for n, a in attendees:
        lines.append(f'ATTENDEE;CN="{n}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


def make_vcf(given, surname, org='', title='', phones=(), emails=(), adr=None, note='', bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    for kind, p in phones:
        lines.append(f'TEL;TYPE={kind}:{p}')
    for e in emails:
        lines.append(f'EMAIL;TYPE=INTERNET:{e}')
    if adr:
        street, city, postal = adr
        lines.append(f'ADR;TYPE=HOME:;;{street};{city};QC;{postal};Canada')
    if bday:
        lines.append(f'BDAY:{bday.isoformat()}')
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'


# ---------------------------------------------------------------- Att shortcuts

def att_pdf(fn, data):
    return Att(fn, 'application/pdf', data)


def att_docx(fn, data):
    return Att(fn, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data)


def att_xlsx(fn, data):
    return Att(fn, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data)


def att_zip(fn, data):
    return Att(fn, 'application/zip', data)


def att_csv(fn, text_enc):
    text, enc = text_enc
    return Att(fn, 'text/csv', text=text, charset=enc)


def att_ics(fn, text):
    return Att(fn, 'text/calendar', text=text)


def att_vcf(fn, text):
    return Att(fn, 'text/vcard', text=text)


def att_txt(fn, text, charset='utf-8'):
    return Att(fn, 'text/plain', text=text, charset=charset)


def att_eml(fn, mail):
    return Att(fn, 'message/rfc822', mail=mail)
