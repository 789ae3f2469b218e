"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)


# ------------------------------------------------------------------ zip
def normalize_zip(data, when=None):
    """Rewrite a zip (docx/xlsx) with fixed timestamps and fixed core dates."""
    when = when or FIXED_ZIP_TIME
    stamp = '%04d-%02d-%02dT%02d:%02d:%02dZ' % tuple(when)
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = content.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)',
                             lambda m: m.group(1) + stamp + m.group(3), txt)
                content = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=tuple(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, content)
    return out.getvalue()


def make_zip(files, when=None):
    """files: list of (name, bytes)."""
    when = when or FIXED_ZIP_TIME
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=tuple(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def _wrap(text, font, size, width):
    words, lines, cur = text.split(' '), [], ''
    for w in words:
        trial = (cur + ' ' + w).strip()
        if stringWidth(trial, font, size) > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = trial
    lines.append(cur)
    return lines


def make_pdf(blocks, title='Document', author='CIUSSS de la Rivière-des-Saules'):
    """blocks: list of tuples
       ('h', text) heading; ('p', text) paragraph; ('kv', label, value);
       ('table', [row,...], [col widths in pt]); ('sp',) vertical space; ('small', text)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    W, H = letter
    left, top, bottom = 54, H - 54, 54
    y = top
    width = W - 2 * left

    def need(h):
        nonlocal y
        if y - h < bottom:
            c.showPage()
            y = top

    for b in blocks:
        kind = b[0]
        if kind == 'h':
            need(22)
            c.setFont('Helvetica-Bold', 13)
            c.drawString(left, y, b[1])
            y -= 20
        elif kind == 'h2':
            need(18)
            c.setFont('Helvetica-Bold', 11)
            c.drawString(left, y, b[1])
            y -= 16
        elif kind in ('p', 'small'):
            size = 10 if kind == 'p' else 8
            for para in b[1].split('\n'):
                for line in _wrap(para, 'Helvetica', size, width):
                    need(size + 4)
                    c.setFont('Helvetica', size)
                    c.drawString(left, y, line)
                    y -= size + 4
            y -= 4
        elif kind == 'kv':
            need(15)
            c.setFont('Helvetica-Bold', 10)
            c.drawString(left, y, b[1])
            c.setFont('Helvetica', 10)
            c.drawString(left + 170, y, b[2])
            y -= 15
        elif kind == 'table':
            rows, widths = b[1], b[2]
            for i, row in enumerate(rows):
                need(14)
                x = left
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
                for cell, w in zip(row, widths):
                    txt = str(cell)
                    while stringWidth(txt, 'Helvetica', 8.5) > w - 4 and len(txt) > 3:
                        txt = txt[:-1]
                    c.drawString(x, y, txt)
                    x += w
                y -= 13
            y -= 6
        elif kind == 'line':
            need(10)
            c.line(left, y + 4, left + width, y + 4)
            y -= 8
        elif kind == 'sp':
            y -= 10
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(blocks, author='CIUSSS', when=None):
    import docx
    when_dt = datetime.datetime(*(when or FIXED_ZIP_TIME))
    d = docx.Document()
    for b in blocks:
        kind = b[0]
        if kind == 'h':
            d.add_heading(b[1], level=1)
        elif kind == 'h2':
            d.add_heading(b[1], level=2)
        elif kind == 'p':
            d.add_paragraph(b[1])
        elif kind == 'bullet':
            d.add_paragraph(b[1], style='List Bullet')
        elif kind == 'kv':
            p = d.add_paragraph()
            r = p.add_run(b[1] + ' ')
            r.bold = True
            p.add_run(b[2])
        elif kind == 'table':
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = 'Table Grid'
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = when_dt
    cp.modified = when_dt
    cp.revision = 1
    cp.title = ''
    cp.comments = ''
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when)


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author='CIUSSS', when=None):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    when_dt = datetime.datetime(*(when or FIXED_ZIP_TIME))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title[:31])
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            length = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(8, length + 2))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when_dt
    wb.properties.modified = when_dt
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


# ------------------------------------------------------------------ CSV
def make_csv(rows, delimiter=';', encoding='utf-8-sig'):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator='\r\n', quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding, 'replace')


# ------------------------------------------------------------------ ICS / vCard
def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    raw = line.encode('utf-8')
    if len(raw) <= 75:
        return line
    out, cur = [], ''
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode('utf-8')) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return '\r\n '.join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees, stamp,
             method='REQUEST', tz='America/Toronto'):
    f = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             f'METHOD:{method}', 'BEGIN:VTIMEZONE', f'TZID:{tz}', 'BEGIN:STANDARD', 'DTSTART:16011104T020000',
             'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:16010311T020000', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE', 'BEGIN:VEVENT',
             f'UID:{uid}', f'DTSTAMP:{stamp.strftime(f)}Z', f'DTSTART;TZID={tz}:{start.strftime(f)}',
             f'DTEND;TZID={tz}:{end.strftime(f)}', f'SUMMARY:{_ics_escape(summary)}',
             f'LOCATION:{_ics_escape(location)}', f'DESCRIPTION:{_ics_escape(description)}',
             f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}']
    for n, a in attendees:
        lines.append(f'ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{n}":mailto:{a}')
    lines += ['SEQUENCE:0', 'STATUS:CONFIRMED', 'TRANSP:OPAQUE', 'BEGIN:VALARM', 'TRIGGER:-PT15M',
              'ACTION:DISPLAY', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(_fold(l) for l in lines) + '\r\n')


def make_vcard(given, surname, org=None, title=None, tel_home=None, tel_cell=None, tel_work=None, email=None,
               adr=None, bday=None, note=None, version='3.0'):
    lines = ['BEGIN:VCARD', f'VERSION:{version}', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    if tel_work:
        lines.append(f'TEL;TYPE=WORK,VOICE:{tel_work}')
    if tel_home:
        lines.append(f'TEL;TYPE=HOME,VOICE:{tel_home}')
    if tel_cell:
        lines.append(f'TEL;TYPE=CELL:{tel_cell}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        street, town, pc = adr
        lines.append(f'ADR;TYPE=HOME:;;{street};{town};QC;{pc};Canada')
    if bday:
        lines.append(f'BDAY:{bday.isoformat()}')
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return '\r\n'.join(_fold(l) for l in lines) + '\r\n'
