"""Deterministic attachments: PDF, DOCX, XLSX, CSV, ICS, vCard and ZIP."""
import csv
import datetime
import io
import re
import zipfile

from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from gen_common import Att

ZIP_TIME = (2025, 1, 10, 8, 0, 0)
DOC_TIME = datetime.datetime(2025, 1, 10, 8, 0, 0)
CORE_STAMP = "2025-01-10T08:00:00Z"


# --------------------------------------------------------------------------
# ZIP
# --------------------------------------------------------------------------
def _zinfo(name, when=ZIP_TIME):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zi.create_system = 3
    return zi


def make_zip(members, when=ZIP_TIME):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode('utf-8')
            z.writestr(_zinfo(name, when), data)
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite an OOXML package with fixed member times and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == 'docProps/core.xml':
            txt = blob.decode('utf-8')
            txt = re.sub(r'(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)', r'\g<1>%s\2' % CORE_STAMP, txt)
            txt = re.sub(r'(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)', r'\g<1>%s\2' % CORE_STAMP, txt)
            blob = txt.encode('utf-8')
        members.append((info.filename, blob))
    return make_zip(members, (1980, 1, 1, 0, 0, 0))


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def _pdf_safe(s):
    s = ''.join(chr(ord(c) - 0xFF10 + 0x30) if '\uFF10' <= c <= '\uFF19' else c for c in s)
    s = s.replace('\u2019', "'").replace('\u2014', '-').replace('\u2013', '-').replace('\u2026', '...')
    return s.encode('cp1252', 'replace').decode('cp1252')


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ''
    for w in line.split(' '):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + ' ' + w) if cur else w
    if cur:
        out.append(cur)
    return out


def make_pdf(title, lines, header=None, author="HRVA"):
    """lines: list of strings; a line starting with '## ' is a bold sub-heading."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(author)
    c.setCreator("FluxLits 4.2")
    width, height = letter
    y = height - 60
    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, _pdf_safe(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    for raw in lines:
        bold = raw.startswith('## ')
        txt = raw[3:] if bold else raw
        for piece in _wrap(_pdf_safe(txt)):
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, piece)
            y -= 14
        if bold:
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(title, paragraphs, table=None, author="Bureau de gestion des lits"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = DOC_TIME
    cp.modified = DOC_TIME
    cp.last_printed = DOC_TIME
    cp.revision = 1
    cp.comments = ''
    cp.title = title
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, creator="FluxLits"):
    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.created = DOC_TIME
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# Text formats
# --------------------------------------------------------------------------
def make_csv(rows, delim=','):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator='\n')
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
    return "\n ".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HRVA//FluxLits 4.2//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250110T130000Z",
             "DTSTART;TZID=America/Montreal:" + start.strftime(fmt),
             "DTEND;TZID=America/Montreal:" + end.strftime(fmt),
             "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
             "DESCRIPTION:" + _ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, e in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, e))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_ics_fold(l) for l in lines) + "\n"


def make_vcf(fn, n, tels=(), adr=None, note=None, bday=None, org=None, email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:" + n, "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    for kind, num in tels:
        lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=WORK:" + email)
    if adr:
        lines.append("ADR;TYPE=%s:;;%s" % adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\n".join(_ics_fold(l) for l in lines) + "\n"


# --------------------------------------------------------------------------
# Att constructors
# --------------------------------------------------------------------------
def pdf_att(filename, title, lines, **kw):
    return Att(filename, "application/pdf", make_pdf(title, lines, **kw), 'pdf')


def docx_att(filename, title, paragraphs, table=None, **kw):
    return Att(filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               make_docx(title, paragraphs, table, **kw), 'docx')


def xlsx_att(filename, sheets, **kw):
    return Att(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               make_xlsx(sheets, **kw), 'xlsx')


def csv_att(filename, rows, delim=','):
    return Att(filename, "text/csv", make_csv(rows, delim), 'csv')


def ics_att(filename, *a, **kw):
    return Att(filename, "text/calendar", make_ics(*a, **kw), 'ics')


def vcf_att(filename, *a, **kw):
    return Att(filename, "text/vcard", make_vcf(*a, **kw), 'vcf')


def zip_att(filename, members):
    return Att(filename, "application/zip", make_zip(members), 'zip')


def eml_att(filename, inner_spec, when, msgid):
    return Att(filename, "message/rfc822", (inner_spec, when, msgid), 'eml')
