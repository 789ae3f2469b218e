"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 9, 30, 0)


def _zip_rebuild(data, when, core_date=None):
    """Re-pack a ZIP with fixed member times (and fixed OOXML core dates)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if core_date and info.filename == 'docProps/core.xml':
                txt = body.decode('utf-8')
                txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\g<2>' % core_date, txt)
                txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\g<2>' % core_date, txt)
                txt = re.sub(r'(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)', r'\g<1>%s\g<2>' % core_date, txt)
                body = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            dst.writestr(zi, body)
    return out.getvalue()


def _when(dt):
    if dt is None:
        return FIXED_ZIP_TIME
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second - dt.second % 2)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def pdf_doc(blocks, *, title='', author='', letterhead=None, footer=None, compress=True):
    """blocks: list of ('h', text) | ('p', text) | ('kv', [(k, v)]) | ('table', [row, ...]) | ('sp', n)
    | ('small', text).  letterhead: list of lines printed at top of first page."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator('Deux-Rives DocGen 2.3')
    c.setSubject(title)
    width, height = letter
    left, right, top, bottom = 54, width - 54, height - 54, 60
    y = [top]

    def newpage():
        if footer:
            c.setFont('Helvetica', 7)
            c.drawString(left, 30, footer)
        c.showPage()
        y[0] = top

    def need(h):
        if y[0] - h < bottom:
            newpage()

    def line(text, font='Helvetica', size=10, lead=13, x=left):
        need(lead)
        c.setFont(font, size)
        c.drawString(x, y[0], text)
        y[0] -= lead

    if letterhead:
        for i, t in enumerate(letterhead):
            line(t, 'Helvetica-Bold' if i == 0 else 'Helvetica', 11 if i == 0 else 8.5, 13 if i == 0 else 11)
        c.setLineWidth(0.6)
        c.line(left, y[0] + 4, right, y[0] + 4)
        y[0] -= 10

    def ascii_digits(v):
        # standard PDF fonts have no full-width glyphs: the converter falls back to ASCII digits
        if isinstance(v, str):
            return ''.join(chr(ord(ch) - 0xFEE0) if '\uff10' <= ch <= '\uff19' else ch for ch in v)
        if isinstance(v, (list, tuple)):
            return type(v)(ascii_digits(x) for x in v)
        return v

    for kind, val in blocks:
        val = ascii_digits(val)
        if kind == 'h':
            y[0] -= 4
            for t in simpleSplit(val, 'Helvetica-Bold', 12.5, right - left):
                line(t, 'Helvetica-Bold', 12.5, 16)
            y[0] -= 2
        elif kind == 'p':
            for para in val.split('\n'):
                if not para.strip():
                    y[0] -= 6
                    continue
                for t in simpleSplit(para, 'Helvetica', 10, right - left):
                    line(t)
            y[0] -= 4
        elif kind == 'small':
            for t in simpleSplit(val, 'Helvetica-Oblique', 7.5, right - left):
                line(t, 'Helvetica-Oblique', 7.5, 9.5)
        elif kind == 'kv':
            kw = max(c.stringWidth(k + ' :', 'Helvetica-Bold', 10) for k, _ in val) + 10
            for k, v in val:
                wrapped = simpleSplit(str(v), 'Helvetica', 10, right - left - kw) or ['']
                need(13 * len(wrapped))
                c.setFont('Helvetica-Bold', 10)
                c.drawString(left, y[0], k)
                for j, t in enumerate(wrapped):
                    c.setFont('Helvetica', 10)
                    c.drawString(left + kw, y[0], t)
                    y[0] -= 13
            y[0] -= 4
        elif kind == 'table':
            rows = val
            ncol = max(len(r) for r in rows)
            widths = [0] * ncol
            for r in rows:
                for i, cell in enumerate(r):
                    widths[i] = max(widths[i], c.stringWidth(str(cell), 'Helvetica', 8.5) + 8)
            total = sum(widths)
            scale = min(1.0, (right - left) / total)
            xs = [left]
            for w in widths[:-1]:
                xs.append(xs[-1] + w * scale)
            for ri, r in enumerate(rows):
                need(12)
                font = 'Helvetica-Bold' if ri == 0 else 'Helvetica'
                c.setFont(font, 8.5 if scale > 0.8 else 7)
                for i, cell in enumerate(r):
                    c.drawString(xs[i], y[0], str(cell))
                if ri == 0:
                    c.setLineWidth(0.4)
                    c.line(left, y[0] - 3, right, y[0] - 3)
                y[0] -= 12
            y[0] -= 6
        elif kind == 'sp':
            y[0] -= val
        elif kind == 'box':
            # signature / checkbox line
            line(val, 'Helvetica', 10, 18)
    if footer:
        c.setFont('Helvetica', 7)
        c.drawString(left, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def docx_doc(blocks, *, title='', author='', when=None, header_text=None):
    import docx
    from docx.shared import Pt
    d = docx.Document()
    st = d.styles['Normal']
    st.font.name = 'Calibri'
    st.font.size = Pt(10.5)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for kind, val in blocks:
        if kind == 'h':
            d.add_heading(val, level=1)
        elif kind == 'h2':
            d.add_heading(val, level=2)
        elif kind == 'p':
            for para in val.split('\n'):
                d.add_paragraph(para)
        elif kind == 'bullets':
            for item in val:
                d.add_paragraph(item, style='List Bullet')
        elif kind == 'kv':
            for k, v in val:
                p = d.add_paragraph()
                r = p.add_run(k + ' ')
                r.bold = True
                p.add_run(str(v))
        elif kind == 'table':
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = 'Table Grid'
            for i, r in enumerate(val):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        elif kind == 'sp':
            d.add_paragraph('')
    dt = when or datetime.datetime(*FIXED_ZIP_TIME)
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 3
    cp.comments = ''
    buf = io.BytesIO()
    d.save(buf)
    return _zip_rebuild(buf.getvalue(), _when(dt), dt.strftime('%Y-%m-%dT%H:%M:%SZ'))


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def xlsx_doc(sheets, *, title='', author='', when=None):
    """sheets: list of (sheet_name, rows)."""
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
        for col in ws.columns:
            w = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(9, w + 2), 60)
    dt = when or datetime.datetime(*FIXED_ZIP_TIME)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = dt
    wb.properties.modified = dt
    buf = io.BytesIO()
    wb.save(buf)
    return _zip_rebuild(buf.getvalue(), _when(dt), dt.strftime('%Y-%m-%dT%H:%M:%SZ'))


# --------------------------------------------------------------------------
# text formats
# --------------------------------------------------------------------------
def csv_doc(rows, *, delimiter=',', encoding='utf-8', eol='\r\n', bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    return (b'\xef\xbb\xbf' + data) if bom else data


def _ics_escape(t):
    return t.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _ics_fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\r\n '.join(out)


def ics_doc(events, *, method='REQUEST', prodid='-//Deux-Rives//Agenda 4.1//FR', tz='America/Toronto'):
    """events: list of dicts with uid, start, end (datetime), summary, description, location,
    organizer (name, email), attendees [(name, email)], stamp (datetime)."""
    L = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:' + prodid, 'CALSCALE:GREGORIAN', 'METHOD:' + method]
    for ev in events:
        L.append('BEGIN:VEVENT')
        L.append('UID:' + ev['uid'])
        L.append('DTSTAMP:' + ev['stamp'].strftime('%Y%m%dT%H%M%SZ'))
        L.append('DTSTART;TZID=%s:%s' % (tz, ev['start'].strftime('%Y%m%dT%H%M%S')))
        L.append('DTEND;TZID=%s:%s' % (tz, ev['end'].strftime('%Y%m%dT%H%M%S')))
        L.append('SUMMARY:' + _ics_escape(ev['summary']))
        if ev.get('location'):
            L.append('LOCATION:' + _ics_escape(ev['location']))
        if ev.get('description'):
            L.append('DESCRIPTION:' + _ics_escape(ev['description']))
        if ev.get('organizer'):
            n, e = ev['organizer']
            L.append('ORGANIZER;CN="%s":mailto:%s' % (n, e))
        for n, e in ev.get('attendees', []):
            L.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (n, e))
        if ev.get('rrule'):
            L.append('RRULE:' + ev['rrule'])
        L.append('SEQUENCE:0')
        L.append('STATUS:CONFIRMED')
        L.append('END:VEVENT')
    L.append('END:VCALENDAR')
    return ('\r\n'.join(_ics_fold(x) for x in L) + '\r\n').encode('utf-8')


def vcard_doc(cards):
    """cards: list of dicts: fn, n (surname, given), tel [(type, num)], email, adr (street, city, region, pc),
    org, title, note, bday (date), rev (datetime)."""
    L = []
    for cd in cards:
        L += ['BEGIN:VCARD', 'VERSION:3.0']
        sur, giv = cd['n']
        L.append('N:%s;%s;;;' % (sur, giv))
        L.append('FN:' + cd['fn'])
        if cd.get('org'):
            L.append('ORG:' + cd['org'])
        if cd.get('title'):
            L.append('TITLE:' + cd['title'])
        for typ, num in cd.get('tel', []):
            L.append('TEL;TYPE=%s:%s' % (typ, num))
        if cd.get('email'):
            L.append('EMAIL;TYPE=INTERNET:' + cd['email'])
        if cd.get('adr'):
            st, city, reg, pc = cd['adr']
            L.append('ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada' % (st, city, reg, pc))
        if cd.get('bday'):
            L.append('BDAY:' + cd['bday'].isoformat())
        if cd.get('note'):
            L.append('NOTE:' + _ics_escape(cd['note']))
        if cd.get('rev'):
            L.append('REV:' + cd['rev'].strftime('%Y%m%dT%H%M%SZ'))
        L.append('END:VCARD')
    return ('\r\n'.join(_ics_fold(x) for x in L) + '\r\n').encode('utf-8')


def zip_doc(members, when=None):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    w = _when(when) if when else FIXED_ZIP_TIME
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=w)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, body)
    return out.getvalue()
