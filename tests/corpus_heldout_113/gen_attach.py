"""Attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard), byte-for-byte reproducible."""
import csv
import datetime
import io
import re
import textwrap
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_ISO = "2025-01-15T09:30:00Z"


def _pdf_safe(s):
    # Standard PDF fonts are WinAnsi; replace what cp1252 cannot carry.
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"\u2192": "->", "\u2265": ">=", "\u2264": "<=", "\u00b5": "u"}.get(ch, "?"))
    return "".join(out)


def make_pdf(title, lines, org_line=None, author="", subject=""):
    """A simple letter-size report: heading, optional organisation line, wrapped lines."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator("Gestionnaire de documents cliniques 4.2")
    width, height = letter
    y = height - 60
    if org_line:
        c.setFont("Helvetica", 9)
        c.drawString(50, y, _pdf_safe(org_line))
        y -= 22
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for raw in lines:
        wrapped = textwrap.wrap(raw, 95) if raw else [""]
        for ln in wrapped:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = height - 60
            c.drawString(50, y, _pdf_safe(ln))
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite an OOXML/ZIP archive with fixed timestamps and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="SST"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.revision = 1
    cp.created = datetime.datetime(2025, 1, 15, 9, 30, 0)
    cp.modified = datetime.datetime(2025, 1, 15, 9, 30, 0)
    doc.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        else:
            para = doc.add_paragraph(p)
            for r in para.runs:
                r.font.size = Pt(10.5)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="SST"):
    """sheets: list of (sheet title, rows) - first row is the header."""
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 15, 9, 30, 0)
    wb.properties.modified = datetime.datetime(2025, 1, 15, 9, 30, 0)
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r, row in enumerate(rows):
            ws.append(list(row))
            if r == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col) + 2
            ws.column_dimensions[col[0].column_letter].width = min(width, 60)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, delimiter=",", encoding="utf-8", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding, errors="replace")
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, summary, start, end, description, location, organizer, attendees,
             method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CISSS3R//Agenda 7.1//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:20250115T143000Z",
             "DTSTART;TZID=America/Toronto:%s" % start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:%s" % end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:%s" % _ics_escape(summary),
             "DESCRIPTION:%s" % _ics_escape(description),
             "LOCATION:%s" % _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, e in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, e))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(ln) for ln in lines) + "\r\n").encode("utf-8")


def make_vcf(given, surname, org=None, title=None, tel_work=None, tel_cell=None, email=None,
             adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel_work:
        lines.append("TEL;TYPE=WORK,VOICE:%s" % tel_work)
    if tel_cell:
        lines.append("TEL;TYPE=CELL:%s" % tel_cell)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_ics_fold(ln) for ln in lines) + "\r\n").encode("utf-8")
