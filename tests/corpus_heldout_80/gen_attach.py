"""Attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS and vCard, all byte-reproducible."""
import datetime
import io
import re
import unicodedata
import zipfile

from gen_mime import Binary, latinize

FIXED_ZIP_TIME = (2025, 1, 1, 0, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)


# --------------------------------------------------------------------------
# ZIP normalisation (python-docx and openpyxl stamp the current time)
# --------------------------------------------------------------------------
def normalize_zip(data, when=FIXED_ZIP_TIME):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    iso = '%04d-%02d-%02dT%02d:%02d:%02dZ' % when
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>%s\g<3>' % iso, txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\g<2>' % iso, txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files, when=FIXED_ZIP_TIME):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def pdf_safe(s):
    """Standard PDF fonts carry cp1252 only: fold full-width forms, then transliterate."""
    out = []
    for ch in s:
        try:
            ch.encode('cp1252')
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize('NFKC', ch))
    return latinize(''.join(out), 'cp1252')


def make_pdf(lines, title=None, author=None, compress=True, header=None, scanned=False):
    """lines: list of str (a blank str is a blank line; '##' prefix = bold heading)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    if title is not None:
        c.setTitle(pdf_safe(title))
    if author is not None:
        c.setAuthor(pdf_safe(author))
    c.setCreator('Cristal-Net Rapports 4.2' if header else 'Microsoft Word 16')
    w, h = letter
    if scanned:
        # looks like a scan: grey frame and hatched blocks, no extractable text
        c.setFillGray(0.93)
        c.rect(30, 30, w - 60, h - 60, fill=1, stroke=0)
        c.setFillGray(0.55)
        y = h - 90
        while y > 90:
            c.rect(70, y, (w - 140) * (0.5 + ((y * 7) % 50) / 100.0), 6, fill=1, stroke=0)
            y -= 17
        c.showPage()
        c.save()
        return buf.getvalue()
    y = h - 60
    if header:
        c.setFont('Helvetica-Bold', 9)
        c.drawString(50, h - 35, pdf_safe(header))
        y = h - 70
    for line in lines:
        if y < 60:
            c.showPage()
            y = h - 60
        if line.startswith('##'):
            c.setFont('Helvetica-Bold', 12)
            c.drawString(50, y, pdf_safe(line[2:].strip()))
            y -= 18
            continue
        c.setFont('Helvetica', 10)
        for piece in wrap(pdf_safe(line), 95) or ['']:
            c.drawString(50, y, piece)
            y -= 13
            if y < 60:
                c.showPage()
                c.setFont('Helvetica', 10)
                y = h - 60
    c.showPage()
    c.save()
    return buf.getvalue()


def wrap(s, width):
    words, out, cur = s.split(' '), [], ''
    for wd in words:
        if cur and len(cur) + 1 + len(wd) > width:
            out.append(cur)
            cur = wd
        else:
            cur = (cur + ' ' + wd) if cur else wd
    if cur:
        out.append(cur)
    return out


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(paragraphs, title=None, author=None, table=None):
    """paragraphs: list of str ('##' prefix = heading); table: list of rows or None."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author or ''
    cp.last_modified_by = author or ''
    cp.title = title or ''
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    table_done = False
    for p in paragraphs:
        if p == '@@TABLE' and table:
            _docx_table(d, table)
            table_done = True
        elif p.startswith('##'):
            d.add_heading(p[2:].strip(), level=2)
        else:
            d.add_paragraph(p)
    if table and not table_done:
        _docx_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def _docx_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, author=None):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author or 'CHU'
    wb.properties.lastModifiedBy = author or 'CHU'
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
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
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# CSV, ICS, vCard
# --------------------------------------------------------------------------
def make_csv(rows, delim=',', encoding='utf-8', bom=False, crlf=True):
    def q(v):
        v = str(v)
        if delim in v or '"' in v or '\n' in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = '\r\n' if crlf else '\n'
    text = nl.join(delim.join(q(c) for c in r) for r in rows) + nl
    if encoding != 'utf-8':
        text = latinize(text, encoding)
    data = text.encode(encoding)
    if bom:
        data = b'\xef\xbb\xbf' + data
    return data


def ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp, method='REQUEST'):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:' + method, 'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD',
             'DTSTART:16011104T020000', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'TZOFFSETFROM:-0400',
             'TZOFFSETTO:-0500', 'END:STANDARD', 'BEGIN:DAYLIGHT', 'DTSTART:16010311T020000',
             'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400',
             'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for cn, mail in attendees:
        lines.append('ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s' % (cn, mail))
    lines += ['UID:' + uid, 'DTSTAMP:' + stamp.strftime(fmt) + 'Z',
              'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
              'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
              'SUMMARY:' + ics_escape(summary), 'DESCRIPTION:' + ics_escape(description),
              'LOCATION:' + ics_escape(location), 'SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE',
              'BEGIN:VALARM', 'TRIGGER:-PT15M', 'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM',
              'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(ics_fold(x) for x in lines) + '\r\n').encode('utf-8')


def make_vcard(given, surname, tel=None, tel_type='CELL', email=None, adr=None, bday=None, note=None,
               org=None, title=None, work_tel=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:%s;%s;;;' % (surname, given), 'FN:%s %s' % (given, surname)]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if tel:
        lines.append('TEL;TYPE=%s,VOICE:%s' % (tel_type, tel))
    if work_tel:
        lines.append('TEL;TYPE=WORK,VOICE:%s' % work_tel)
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if adr:
        lines.append('ADR;TYPE=HOME:;;%s;;;;' % adr.replace(',', '\\,'))
    if bday:
        lines.append('BDAY:' + bday)
    if note:
        lines.append('NOTE:' + ics_escape(note))
    lines.append('END:VCARD')
    return ('\r\n'.join(ics_fold(x) for x in lines) + '\r\n').encode('utf-8')


# --------------------------------------------------------------------------
# Wrappers returning MIME parts
# --------------------------------------------------------------------------
def pdf_part(rng, filename, lines, **kw):
    data = make_pdf(lines, compress=rng.random() < 0.6, **kw)
    ctype = 'application/pdf' if rng.random() < 0.85 else 'application/octet-stream'
    return Binary(data, ctype, filename)


def docx_part(rng, filename, paragraphs, **kw):
    return Binary(make_docx(paragraphs, **kw),
                  'application/vnd.openxmlformats-officedocument.wordprocessingml.document', filename)


def xlsx_part(rng, filename, sheets, **kw):
    return Binary(make_xlsx(sheets, **kw),
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', filename)


def csv_part(rng, filename, rows):
    enc = rng.choice(['utf-8', 'utf-8', 'windows-1252'])
    data = make_csv(rows, delim=rng.choice([',', ';', ';']), encoding=enc, bom=enc == 'utf-8' and rng.random() < 0.4,
                    crlf=rng.random() < 0.6)
    ctype = rng.choice(['text/csv', 'text/csv', 'application/vnd.ms-excel', 'application/octet-stream'])
    if ctype == 'text/csv':
        ctype += '; charset=%s' % enc
    return Binary(data, ctype, filename, cte=rng.choice(['base64', 'base64', 'quoted-printable']))


def zip_part(rng, filename, files):
    return Binary(make_zip(files), rng.choice(['application/zip', 'application/x-zip-compressed']), filename)


def ics_part(rng, filename, **kw):
    data = make_ics(**kw)
    method = kw.get('method', 'REQUEST')
    return Binary(data, 'text/calendar; charset=utf-8; method=%s' % method, filename,
                  cte=rng.choice(['base64', 'quoted-printable', '8bit']))


def vcard_part(rng, filename, **kw):
    return Binary(make_vcard(**kw), rng.choice(['text/vcard; charset=utf-8', 'text/x-vcard; charset=utf-8']),
                  filename, cte=rng.choice(['base64', 'quoted-printable', '8bit']))
