"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 3, 1, 9, 0, 0)
FIXED_DT = datetime.datetime(2024, 3, 1, 9, 0, 0)


# ------------------------------------------------------------------ ZIP helpers
def make_zip(members, compress=True):
    """members: list of (name, bytes).  Fixed member times and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zf.writestr(zi, data)
    return buf.getvalue()


_DT_RE = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:(?:created|modified)>)")


def normalize_ooxml(data):
    """Re-zip an Office file with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            blob = _DT_RE.sub(rb"\g<1>2024-03-01T09:00:00Z\g<2>", blob)
            blob = re.sub(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>",
                          b"<cp:lastPrinted>2024-03-01T09:00:00Z</cp:lastPrinted>", blob)
        members.append((info.filename, blob))
    return make_zip(members)


# ------------------------------------------------------------------ PDF
def pdf(title, lines, author="Service de chirurgie plastique", compress=False):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    for ln in [title] + list(lines):
        ln.encode("cp1252")  # standard fonts: WinAnsi only
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("Bellerive DME")
    w, h = letter
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        for piece in _wrap(ln, 95):
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = h - 60
            c.drawString(54, y, piece)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for word in line.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    if cur:
        out.append(cur)
    return out


# ------------------------------------------------------------------ DOCX
def docx(title, paragraphs, table=None, author="Bellerive"):
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
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def xlsx(sheets, creator="Bellerive"):
    """sheets: list of (title, rows); every cell is written as text."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.properties.creator = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for row in rows:
            ws.append([None if v is None else str(v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


# ------------------------------------------------------------------ text formats
def csv_text(rows, sep=","):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\n".join(out) + "\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 74:
        cut = 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b" " + b[cut:]
    out.append(b.decode("utf-8"))
    return "\n".join(out)


def ics(uid, start, end, summary, description, location, organizer, attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bellerive//Agenda clinique//FR",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20240301T090000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _ics_escape(summary), "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location), "ORGANIZER:mailto:" + organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(x) for x in lines) + "\n"


def vcard(fn, n, tel=None, adr=None, email=None, org=None, note=None, title=None, kind="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + fn, "N:" + n]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:" % kind + tel)
    if adr:
        lines.append("ADR;TYPE=%s:;;" % kind + adr.replace(",", "\\,"))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\n".join(_fold(x) for x in lines) + "\n"
