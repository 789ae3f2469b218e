"""Deterministic document builders: PDF, DOCX, XLSX, ZIP, ICS, vCard."""
import datetime as dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 1, 8, 0, 0)
FIXED_CORE = dt.datetime(2025, 1, 1, 8, 0, 0)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def _wrap(text, width=92):
    out = []
    for para in text.split("\n"):
        if not para.strip():
            out.append("")
            continue
        line = ""
        for word in para.split(" "):
            if len(line) + len(word) + 1 > width and line:
                out.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
        out.append(line)
    return out


_FW_BACK = {0xFF10 + i: ord("0") + i for i in range(10)}


def _plain(s):
    return str(s).translate(_FW_BACK)


def make_pdf(title, body, header="", footer="", author="", fields=None, table=None):
    """body: free text; fields: list of (label, value); table: list of rows (first = header).
    Full-width digits are printed as ordinary digits (the standard PDF fonts have no such glyphs)."""
    body = _plain(body)
    header = _plain(header)
    if fields:
        fields = [(_plain(a), _plain(b)) for a, b in fields]
    if table:
        table = [[_plain(c) for c in r] for r in table]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setCreator("CRPT formulaires")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, footer[:150])
        c.showPage()
        y = h - 60

    def line(txt, font="Helvetica", size=10, dy=14, x=50):
        nonlocal y
        if y < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(x, y, txt)
        y -= dy

    if header:
        for hl in header.split("\n"):
            line(hl, "Helvetica-Bold" if hl == header.split("\n")[0] else "Helvetica", 9, 12)
        y -= 6
    line(title, "Helvetica-Bold", 13, 22)
    if fields:
        for label, value in fields:
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, label)
            c.setFont("Helvetica", 10)
            first = True
            for vl in _wrap(str(value), 62) or [""]:
                if not first and y < 60:
                    newpage()
                c.drawString(220, y, vl)
                y -= 14
                first = False
        y -= 6
    if table:
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, str(cell)[: int(colw / 4.4)])
            y -= 12
        y -= 8
    if body:
        for bl in _wrap(body):
            line(bl)
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, footer[:150])
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# OOXML normalisation
# --------------------------------------------------------------------------
_CORE_RE = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_ooxml(blob):
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = data.decode("utf-8")
                txt = _CORE_RE.sub(lambda m: m.group(1) + "2025-01-01T08:00:00Z" + m.group(3), txt)
                txt = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", txt)
                data = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="CRPT", header_lines=None):
    from docx import Document
    from docx.shared import Pt

    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_CORE
    cp.modified = FIXED_CORE
    cp.revision = 1
    if header_lines:
        for hl in header_lines:
            p = doc.add_paragraph(hl)
            for r in p.runs:
                r.font.size = Pt(9)
    doc.add_heading(title, level=1)
    for para in paragraphs:
        if isinstance(para, tuple):
            p = doc.add_paragraph()
            r = p.add_run(para[0])
            r.bold = True
            p.add_run(" " + para[1])
        else:
            doc.add_paragraph(para)
    if table:
        t = doc.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for ri, row in enumerate(table):
            for ci, cell in enumerate(row):
                t.cell(ri, ci).text = str(cell)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author="CRPT"):
    """sheets: list of (title, rows) ; first row is a header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_CORE
    wb.properties.modified = FIXED_CORE
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for ci in range(1, len(rows[0]) + 1):
            width = max(len(str(r[ci - 1])) for r in rows if len(r) >= ci)
            ws.column_dimensions[ws.cell(1, ci).column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# ZIP
# --------------------------------------------------------------------------
def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# --------------------------------------------------------------------------
# CSV, ICS, vCard
# --------------------------------------------------------------------------
def make_csv(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not parts else 74):
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def make_ics(uid, stamp, start, end, summary, location="", description="", organizer=None,
             attendees=(), method="REQUEST", tzid="America/Toronto"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CRPT//Agenda perfusion 4.2//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime(fmt)}Z",
             f"DTSTART;TZID={tzid}:{start.strftime(fmt)}",
             f"DTEND;TZID={tzid}:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mail}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(given, sur, org="", title="", tel=(), email="", adr=None, note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{sur};{given};;;", f"FN:{given} {sur}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, num in tel:
        lines.append(f"TEL;TYPE={kind}:{num}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        street, town, region, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{town};{region};{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")
