"""Attachment builders with deterministic output (fixed zip member times, core dates)."""
import csv
import datetime as dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx
import openpyxl

FIXED_DT = dt.datetime(2024, 1, 15, 9, 30, 0)
ZIP_TIME = (2024, 1, 15, 9, 30, 0)
_CORE_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(blob, when=ZIP_TIME):
    """Rewrite a zip with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                data = _CORE_RE.sub(rb"\g<1>2024-01-15T09:30:00Z\g<3>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, data)
    return out.getvalue()


def make_zip(members, when=ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


_FW_BACK = {0xFF10 + i: ord("0") + i for i in range(10)}


def _pdf_safe(s):
    """Standard PDF fonts carry cp1252 only: full-width digits become ASCII digits."""
    return s.translate(_FW_BACK).encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, footer=None):
    """Simple one- or multi-page PDF; lines are strings ('' for gaps, '## x' for headings)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("")
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    for line in lines:
        if y < 70:
            if footer:
                c.setFont("Helvetica-Oblique", 7)
                c.drawString(50, 40, _pdf_safe(footer))
            c.showPage()
            y = height - 60
        if line.startswith("## "):
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(50, y, _pdf_safe(line[3:]))
            y -= 16
            continue
        c.setFont("Helvetica", 9.5)
        for chunk in _wrap(line, 100):
            c.drawString(50, y, _pdf_safe(chunk))
            y -= 13
    if footer:
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, 40, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(s, n):
    if not s:
        return [""]
    out, cur = [], ""
    for w in s.split(" "):
        if cur and len(cur) + 1 + len(w) > n:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_docx(title, paragraphs, table=None, author=""):
    """paragraphs: list of strings; table: list of rows (first row is header)."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets):
    """sheets: list of (title, rows)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = "CPTV"
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, summary, start, end, location, description, organizer, method="REQUEST"):
    stamp = "20240115T143000Z"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CPTV//Repartition 4.2//FR",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
             "DESCRIPTION:" + _ics_escape(description), "ORGANIZER:mailto:" + organizer,
             "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_vcard(fn, n_parts, tel=None, adr=None, note=None, org=None, email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:" + ";".join(n_parts), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + _ics_escape(adr) + ";;;;")
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("REV:20240115T143000Z")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
