"""Deterministic attachments: PDF (reportlab invariant), DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)


def _zipinfo(name, dt=FIXED_ZIP_TIME):
    zi = zipfile.ZipInfo(name, date_time=dt)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 3
    zi.external_attr = 0o644 << 16
    return zi


def rezip(data, when):
    """Rewrite an OOXML package with fixed member times and fixed core dates."""
    stamp = when.strftime('%Y-%m-%dT%H:%M:%SZ')
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\g<2>' % stamp, txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\g<2>' % stamp, txt)
                txt = re.sub(r'(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\g<2>' % stamp, txt)
                blob = txt.encode('utf-8')
            z.writestr(_zipinfo(info.filename), blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
PDF_SUBST = {'\u2192': '->', '\u2191': '+', '\u2193': '-', '\u2265': '>=', '\u2264': '<='}

def pdf(title, lines, author='Programme de néphrologie', compress=True, font_size=10):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(title)
    w, h = letter
    y = h - 60
    c.setFont('Helvetica-Bold', 13)
    for piece in textwrap.wrap(title, 70, break_on_hyphens=False) or ['']:
        c.drawString(50, y, piece)
        y -= 18
    y -= 6
    c.setFont('Helvetica', font_size)
    for line in lines:
        for a, b in PDF_SUBST.items():
            line = line.replace(a, b)
        line.encode('cp1252')  # standard fonts: WinAnsi only
        bold = line.startswith('**')
        if bold:
            line = line[2:]
            c.setFont('Helvetica-Bold', font_size)
        pieces = textwrap.wrap(line, 95, break_long_words=False, break_on_hyphens=False) if line.strip() else ['']
        for piece in pieces:
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', font_size)
                y = h - 60
            c.drawString(50, y, piece)
            y -= font_size + 4
        if bold:
            c.setFont('Helvetica', font_size)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def docx(title, paras, table=None, when=None, author='Programme de néphrologie'):
    import docx as _docx
    when = when or datetime.datetime(2025, 1, 6, 8, 30)
    d = _docx.Document()
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith('## '):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = 'Table Grid'
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue(), when)


# ---------------------------------------------------------------- XLSX
def xlsx(sheets, when=None, creator='Programme de néphrologie'):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    when = when or datetime.datetime(2025, 1, 6, 8, 30)
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        if rows:
            for cell in ws[1]:
                cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue(), when)


# ---------------------------------------------------------------- ZIP
def zipped(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w') as z:
        for name, data in members:
            z.writestr(_zipinfo(name, when), data)
    return out.getvalue()


# ---------------------------------------------------------------- text formats
def csv_text(rows, sep=','):
    def q(v):
        v = str(v)
        if any(c in v for c in (sep, '"', '\n')):
            return '"%s"' % v.replace('"', '""')
        return v
    return '\n'.join(sep.join(q(v) for v in r) for r in rows) + '\n'


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out = []
    b = line
    while len(b.encode('utf-8')) > 74:
        cut = 74
        while len(b[:cut].encode('utf-8')) > 74:
            cut -= 1
        out.append(b[:cut])
        b = ' ' + b[cut:]
    out.append(b)
    return '\n'.join(out)


def ics(uid, start, end, summary, location='', description='', organizer=None, attendees=(),
        stamp=None, method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    stamp = stamp or start - datetime.timedelta(days=3)
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Deux-Rives//Agenda clinique 4.2//FR', 'VERSION:2.0',
             'CALSCALE:GREGORIAN', 'METHOD:%s' % method,
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto',
             'BEGIN:STANDARD', 'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
             'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', 'UID:%s' % uid, 'DTSTAMP:%sZ' % stamp.strftime(fmt),
             'DTSTART;TZID=America/Toronto:%s' % start.strftime(fmt),
             'DTEND;TZID=America/Toronto:%s' % end.strftime(fmt),
             'SUMMARY:%s' % _ics_esc(summary)]
    if location:
        lines.append('LOCATION:%s' % _ics_esc(location))
    if description:
        lines.append('DESCRIPTION:%s' % _ics_esc(description))
    if organizer:
        lines.append('ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1]))
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s' % (a[0], a[1]))
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_fold(l) for l in lines) + '\n'


def vcard(fn, family, given, tel=None, adr=None, email=None, note=None, org=None, title=None, bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (family, given), 'FN:%s' % fn]
    if org:
        lines.append('ORG:%s' % org)
    if title:
        lines.append('TITLE:%s' % title)
    if bday:
        lines.append('BDAY:%s' % bday)
    if tel:
        lines.append('TEL;TYPE=HOME,VOICE:%s' % tel)
    if adr:
        street, city, region, postal = adr
        lines.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (street.replace(',', '\\,'), city, region, postal))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:%s' % email)
    if note:
        lines.append('NOTE:%s' % _ics_esc(note))
    lines.append('END:VCARD')
    return '\n'.join(_fold(l) for l in lines) + '\n'


# helpers building attachment dicts for gen_mime
def att_bin(filename, ctype, data, rfc2231=False):
    return {'filename': filename, 'ctype': ctype, 'data': data, 'kind': 'bin', 'rfc2231': rfc2231}


def att_pdf(filename, data, rfc2231=False):
    return att_bin(filename, 'application/pdf', data, rfc2231)


def att_docx(filename, data, rfc2231=False):
    return att_bin(filename, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', data, rfc2231)


def att_xlsx(filename, data, rfc2231=False):
    return att_bin(filename, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data, rfc2231)


def att_zip(filename, data, rfc2231=False):
    return att_bin(filename, 'application/zip', data, rfc2231)


def att_text(filename, ctype, text, charset=None, cte=None, params='', rfc2231=False):
    return {'filename': filename, 'ctype': ctype, 'text': text, 'kind': 'text', 'charset': charset,
            'cte': cte, 'ctype_params': params, 'rfc2231': rfc2231}


def att_eml(filename, data):
    return {'filename': filename, 'data': data, 'kind': 'eml'}
