"""Attachment builders with fixed timestamps: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import io
import re
import zipfile
from datetime import datetime

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import letter
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

rl_config.invariant = 1

FIXED = (2025, 3, 1, 8, 0, 0)


_FW = {0xFF10 + i: str(i) for i in range(10)}


def _esc(s):
    # the base-14 PDF fonts have no full-width digits: a PDF shows them as ASCII digits
    return str(s).translate(_FW).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def make_pdf(blocks, title='Document', author='HGPV', subject=''):
    """blocks: str paragraphs, ('h', text), ('kv', [(k, v)]), ('table', header, rows), ('small', text)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, title=title, author=author, subject=subject,
                            creator='Pointe-Verchere LIS report writer', leftMargin=2 * cm, rightMargin=2 * cm,
                            topMargin=1.8 * cm, bottomMargin=1.8 * cm)
    ss = getSampleStyleSheet()
    cell = ParagraphStyle('cell', parent=ss['BodyText'], splitLongWords=0)
    story = []
    for b in blocks:
        if isinstance(b, str):
            story.append(Paragraph(_esc(b).replace('\n', '<br/>'), ss['BodyText']))
        elif b[0] == 'h':
            story.append(Paragraph(_esc(b[1]), ss['Heading2']))
        elif b[0] == 'title':
            story.append(Paragraph(_esc(b[1]), ss['Title']))
        elif b[0] == 'small':
            story.append(Paragraph('<font size="7">' + _esc(b[1]) + '</font>', ss['BodyText']))
        elif b[0] == 'kv':
            data = [[Paragraph('<b>' + _esc(k) + '</b>', ss['BodyText']), Paragraph(_esc(v), ss['BodyText'])]
                    for k, v in b[1]]
            t = Table(data, colWidths=[5 * cm, 12 * cm])
            t.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('LINEBELOW', (0, 0), (-1, -1), 0.25, colors.grey)]))
            story.append(t)
        elif b[0] == 'table':
            data = ([b[1]] if b[1] else []) + b[2]
            data = [[Paragraph(_esc(c), cell) for c in r] for r in data]
            t = Table(data, repeatRows=1 if b[1] else 0)
            t.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.4, colors.black),
                                   ('BACKGROUND', (0, 0), (-1, 0), colors.whitesmoke if b[1] else colors.white),
                                   ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
            story.append(t)
        story.append(Spacer(1, 6))
    doc.build(story)
    return buf.getvalue()


def _fix_core(xml, when):
    stamp = '%04d-%02d-%02dT%02d:%02d:%02dZ' % when
    for tag in ('dcterms:created', 'dcterms:modified', 'cp:lastPrinted'):
        xml = re.sub(r'(<%s[^>]*>)[^<]*(</%s>)' % (tag, tag), r'\g<1>%s\g<2>' % stamp, xml)
    return xml


def rezip(data, when=FIXED):
    """Rewrite an OOXML/zip container with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                body = _fix_core(body.decode('utf-8'), when).encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def make_docx(blocks, title='', author='HGPV', when=FIXED):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.title, cp.author, cp.last_modified_by = title, author, author
    cp.revision = 1
    cp.created = cp.modified = datetime(*when)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] in ('h', 'title'):
            d.add_heading(b[1], level=1 if b[0] == 'title' else 2)
        elif b[0] == 'small':
            d.add_paragraph(b[1])
        elif b[0] == 'kv':
            t = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                r = t.add_row().cells
                r[0].text, r[1].text = str(k), str(v)
        elif b[0] == 'table':
            rows = ([b[1]] if b[1] else []) + b[2]
            t = d.add_table(rows=0, cols=len(rows[0]))
            t.style = 'Table Grid'
            for row in rows:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue(), when)


def make_xlsx(sheets, author='HGPV', when=FIXED):
    """sheets: list of (name, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime(*when)
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        if header:
            ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            w = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, w + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue(), when)


def make_zip(members, when=FIXED):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, body in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, body)
    return out.getvalue()


def make_csv(header, rows, delim=',', crlf=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\n')
    if header:
        w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def _fold(line):
    out = []
    b = line.encode('utf-8')
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode('utf-8'))
        b = b[cut:]
    out.append(b.decode('utf-8'))
    return '\n '.join(out)


def make_ics(uid, start, end, summary, description='', location='', organizer=None, attendees=(),
             method='REQUEST', stamp=None):
    fmt = '%Y%m%dT%H%M%S'
    lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//HGPV//Agenda labo 4.2//FR', f'METHOD:{method}',
             'BEGIN:VTIMEZONE', 'TZID:America/Toronto', 'BEGIN:STANDARD', 'DTSTART:19701101T020000',
             'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
             'BEGIN:DAYLIGHT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
             'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT', 'END:VTIMEZONE',
             'BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{(stamp or start).strftime(fmt)}Z',
             f'DTSTART;TZID=America/Toronto:{start.strftime(fmt)}',
             f'DTEND;TZID=America/Toronto:{end.strftime(fmt)}', f'SUMMARY:{_ics_esc(summary)}']
    if location:
        lines.append(f'LOCATION:{_ics_esc(location)}')
    if description:
        lines.append(f'DESCRIPTION:{_ics_esc(description)}')
    if organizer:
        lines.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    for cn, a in attendees:
        lines.append(f'ATTENDEE;CN="{cn}";ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}')
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_fold(x) for x in lines) + '\n'


def make_vcf(given, surname, org='', title='', tel=(), email='', adr=None, note='', bday=None, adr_type='HOME'):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', f'N:{surname};{given};;;', f'FN:{given} {surname}']
    if org:
        lines.append(f'ORG:{org}')
    if title:
        lines.append(f'TITLE:{title}')
    for kind, num in tel:
        lines.append(f'TEL;TYPE={kind}:{num}')
    if email:
        lines.append(f'EMAIL;TYPE=INTERNET:{email}')
    if adr:
        street, city, region, pc, country = (x.replace(',', '\\,').replace(';', '\\;') for x in adr)
        lines.append(f'ADR;TYPE={adr_type}:;;{street};{city};{region};{pc};{country}')
    if bday:
        lines.append(f'BDAY:{bday}')
    if note:
        lines.append('NOTE:' + note.replace(',', '\\,').replace(';', '\\;').replace('\n', '\\n'))
    lines.append('END:VCARD')
    return '\n'.join(_fold(x) for x in lines) + '\n'
