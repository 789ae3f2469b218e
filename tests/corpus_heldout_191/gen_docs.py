"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard.

A document is a list of blocks:
  ("title", text) | ("p", text) | ("kv", [(label, value), ...]) | ("table", rows) | ("small", text)
"""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_DT = datetime.datetime(2024, 1, 15, 9, 0, 0)


# ---------------------------------------------------------------- PDF
def pdf(blocks, title="", author="", compress=True):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Hautes-Rivieres DocGen")
    width, height = letter
    left, y = 54, height - 60

    def newline(h):
        nonlocal y
        y -= h
        if y < 60:
            c.showPage()
            y = height - 60

    def text(s, font="Helvetica", size=10, indent=0):
        for ln in simpleSplit(s, font, size, width - 2 * left - indent) or [""]:
            c.setFont(font, size)
            c.drawString(left + indent, y, ln)
            newline(size + 4)

    for kind, val in blocks:
        if kind == "title":
            text(val, "Helvetica-Bold", 14)
            newline(4)
        elif kind == "p":
            for para in val.split("\n"):
                text(para)
            newline(4)
        elif kind == "small":
            text(val, "Helvetica-Oblique", 8)
        elif kind == "kv":
            for k, v in val:
                c.setFont("Helvetica-Bold", 10)
                c.drawString(left, y, k)
                vs = simpleSplit(str(v), "Helvetica", 10, width - 2 * left - 170) or [""]
                for i, ln in enumerate(vs):
                    c.setFont("Helvetica", 10)
                    c.drawString(left + 170, y, ln)
                    newline(14)
            newline(4)
        elif kind == "table":
            ncol = max(len(r) for r in val)
            colw = (width - 2 * left) / ncol
            for ri, row in enumerate(val):
                font = "Helvetica-Bold" if ri == 0 else "Helvetica"
                cells = [simpleSplit(str(x), font, 8, colw - 4) or [""] for x in row]
                h = max(len(x) for x in cells)
                for li in range(h):
                    for ci, cl in enumerate(cells):
                        if li < len(cl):
                            c.setFont(font, 8)
                            c.drawString(left + ci * colw, y, cl[li])
                    newline(11)
                newline(2)
            newline(6)
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- zip normalisation
_CORE_DATES = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _repack(data, date_time):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_DATES.sub(lambda m: m.group(1) + "2024-01-15T09:00:00Z" + m.group(3),
                                       blob.decode("utf-8")).encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def zip_members(members, date_time=(2024, 1, 15, 9, 0, 0)):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
def docx(blocks, author="", title=""):
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "p":
            for para in val.split("\n\n"):
                d.add_paragraph(para)
        elif kind == "small":
            p = d.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for k, v in val:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = str(v)
            d.add_paragraph("")
        elif kind == "table":
            ncol = max(len(r) for r in val)
            t = d.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, x in enumerate(row):
                    cells[i].text = str(x)
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return _repack(buf.getvalue(), (2024, 1, 15, 9, 0, 0))


# ---------------------------------------------------------------- XLSX
def xlsx(sheets, author=""):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return _repack(buf.getvalue(), (2024, 1, 15, 9, 0, 0))


# ---------------------------------------------------------------- text formats
def csv_bytes(rows, delim=";", charset="utf-8", bom=False, crlf=True):
    def cell(x):
        x = str(x)
        if delim in x or '"' in x or "\n" in x:
            x = '"' + x.replace('"', '""') + '"'
        return x
    eol = "\r\n" if crlf else "\n"
    text = eol.join(delim.join(cell(x) for x in r) for r in rows) + eol
    data = text.encode(charset)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(),
        method="REQUEST", stamp="20240115T140000Z", tzid="America/Toronto"):
    fmt = lambda d: d.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Hautes-Rivieres//Agenda 4.2//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID={tzid}:{fmt(start)}", f"DTEND;TZID={tzid}:{fmt(end)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcard(family, given, org="", title="", tels=(), emails=(), adr=None, note="", bday=None, uid=None):
    fn = f"{given} {family}"
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{family};{given};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, num in tels:
        lines.append(f"TEL;TYPE={kind}:{num}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        street, city, region, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    if uid:
        lines.append(f"UID:{uid}")
    lines.append("REV:20240115T140000Z")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")
