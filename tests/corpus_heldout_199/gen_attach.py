"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as dt
import io
import re
import textwrap
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx
import openpyxl

CT_PDF = 'application/pdf'
CT_DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
CT_XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
CT_ZIP = 'application/zip'

_PDF_MAP = {'β': 'beta-', '≥': '>=', '≤': '<=', '⁹': '9', '→': '->', '\u2009': ' ', '\u202f': ' '}


def _pdf_safe(s):
    s = ''.join(_PDF_MAP.get(c, c) for c in s)
    s = unicodedata.normalize('NFKC', s)
    return s.encode('cp1252', 'replace').decode('cp1252')


def att(filename, ctype, data=None, text=None, **kw):
    d = dict(kind='file', filename=filename, ctype=ctype, data=data, text=text)
    d.update(kw)
    return d


def make_pdf(title, blocks, author='Imagerie médicale HRVC', subject=''):
    """blocks: list of (kind, payload) with kind in h, p, kv, table, small."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator('RIS Reports 7.2')
    width, height = letter
    y = height - 60

    def line(text, font='Helvetica', size=10, x=54, step=14):
        nonlocal y
        if y < 60:
            c.showPage()
            y = height - 60
        c.setFont(font, size)
        c.drawString(x, y, _pdf_safe(text))
        y -= step

    for kind, payload in blocks:
        if kind == 'h':
            line(payload, 'Helvetica-Bold', 13, step=20)
        elif kind == 'p':
            for para in payload.split('\n'):
                for ln in (textwrap.wrap(para, 95) or ['']):
                    line(ln)
            y -= 4
        elif kind == 'small':
            for ln in payload.split('\n'):
                line(ln, 'Helvetica-Oblique', 8, step=10)
        elif kind == 'kv':
            for k, v in payload:
                line('%s : %s' % (k, v) if k else v, 'Helvetica', 10)
            y -= 4
        elif kind == 'table':
            ncol = max(len(r) for r in payload)
            colw = (width - 108) / ncol
            for i, row in enumerate(payload):
                if y < 60:
                    c.showPage()
                    y = height - 60
                c.setFont('Helvetica-Bold' if i == 0 else 'Helvetica', 8.5)
                for j, cell in enumerate(row):
                    txt = _pdf_safe(str(cell))
                    maxc = int(colw / 4.6)
                    c.drawString(54 + j * colw, y, txt[:maxc])
                y -= 12
            y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def normalise_zip(data, when):
    """Rewrite an OOXML/zip archive with fixed member times and core dates."""
    stamp = when.strftime('%Y-%m-%dT%H:%M:%SZ')
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == 'docProps/core.xml':
                txt = blob.decode('utf-8')
                txt = re.sub(r'(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)', r'\g<1>' + stamp + r'\g<3>', txt)
                blob = txt.encode('utf-8')
            zi = zipfile.ZipInfo(info.filename, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, when, table=None, author='Imagerie médicale', after_table=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = when.replace(tzinfo=None)
    cp.modified = when.replace(tzinfo=None)
    d.add_heading(title, level=1)
    for para in paragraphs:
        d.add_paragraph(para)
    if table:
        tb = d.add_table(rows=0, cols=max(len(r) for r in table))
        tb.style = 'Table Grid'
        for row in table:
            cells = tb.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = str(v)
    for para in after_table or []:
        d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue(), when)


def make_xlsx(sheets, when, author='Imagerie médicale'):
    """sheets: list of (sheet_title, rows)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when.replace(tzinfo=None)
    wb.properties.modified = when.replace(tzinfo=None)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value or '')) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue(), when)


def make_csv(rows, delimiter=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator='\n')
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


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
    return '\n '.join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), method='REQUEST',
             stamp=None):
    fmt = '%Y%m%dT%H%M%S'
    stamp = stamp or start
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//HRVC//Agenda Imagerie 3.1//FR', 'VERSION:2.0', 'METHOD:' + method,
             'BEGIN:VEVENT', 'UID:' + uid,
             'DTSTAMP:' + stamp.strftime('%Y%m%dT%H%M%SZ'),
             'DTSTART;TZID=America/Toronto:' + start.strftime(fmt),
             'DTEND;TZID=America/Toronto:' + end.strftime(fmt),
             'SUMMARY:' + _ics_escape(summary), 'LOCATION:' + _ics_escape(location),
             'DESCRIPTION:' + _ics_escape(description),
             'ORGANIZER;CN=%s:mailto:%s' % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s' % (a[0], a[1]))
    lines += ['END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(_ics_fold(l) for l in lines) + '\n'


def make_vcard(fn, n_parts, tel=None, tel_type='HOME', adr=None, email=None, org=None, title=None, note=None,
               bday=None):
    lines = ['BEGIN:VCARD', 'VERSION:3.0', 'N:' + ';'.join(n_parts), 'FN:' + fn]
    if org:
        lines.append('ORG:' + org)
    if title:
        lines.append('TITLE:' + title)
    if bday:
        lines.append('BDAY:' + bday)
    if tel:
        lines.append('TEL;TYPE=%s,VOICE:%s' % (tel_type, tel))
    if adr:
        lines.append('ADR;TYPE=%s:;;%s' % (tel_type if tel_type in ('HOME', 'WORK') else 'HOME', ';'.join(adr)))
    if email:
        lines.append('EMAIL;TYPE=INTERNET:' + email)
    if note:
        lines.append('NOTE:' + _ics_escape(note))
    lines.append('END:VCARD')
    return '\n'.join(_ics_fold(l) for l in lines) + '\n'


def make_zip(members, when):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()
