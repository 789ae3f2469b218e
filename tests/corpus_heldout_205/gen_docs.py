"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)
FIXED_DOC_TIME = datetime.datetime(2024, 9, 1, 8, 0, 0)


def normalize_zip(data):
    """Rewrite a ZIP with fixed member times, fixed order and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                             r"\g<1>2024-09-01T08:00:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
_PDF_SAFE = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...",
                           "≥": ">=", "≤": "<=", "→": "->", "↑": "^", "↓": "v", "×": "x"})


def _wrap(line, width=95):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for word in line.split(" "):
        if len(cur) + len(word) + 1 > width and cur:
            out.append(cur)
            cur = "   " + word
        else:
            cur = (cur + " " + word) if cur else word
    if cur:
        out.append(cur)
    return out


def build_pdf(title, lines, header=None, author="CHRS"):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(author)
    c.setTitle(title.translate(_PDF_SAFE))
    c.setCreator("CHRS document service")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, header.translate(_PDF_SAFE))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title.translate(_PDF_SAFE))
    y -= 26
    for raw in lines:
        raw = raw.translate(_PDF_SAFE)
        bold = raw.startswith("## ")
        if bold:
            raw = raw[3:]
        mono = raw.startswith("|")
        for piece in _wrap(raw, 88 if mono else 95):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if bold else ("Courier" if mono else "Helvetica"), 9 if mono else 10)
            c.drawString(50, y, piece)
            y -= 14
        if bold:
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def build_docx(title, paragraphs, table=None, author="CHRS", after_table=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    doc.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            doc.add_heading(p[3:], level=2)
        else:
            doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in after_table or []:
        doc.add_paragraph(p)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def build_xlsx(sheets, author="CHRS"):
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV
def build_csv(rows, sep=",", eol="\r\n"):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return eol.join(out) + eol


# ---------------------------------------------------------------- ICS
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n ".join(out)


def build_ics(uid, start, end, summary, description, location, organizer, attendees, stamp,
              method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHRS//Agenda telesante 4.2//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400",
             "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:%s" % stamp.strftime(fmt) + "Z",
             "DTSTART;TZID=America/Toronto:%s" % start.strftime(fmt),
             "DTEND;TZID=America/Toronto:%s" % end.strftime(fmt),
             "SUMMARY:%s" % _ics_escape(summary), "DESCRIPTION:%s" % _ics_escape(description),
             "LOCATION:%s" % _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (_ics_escape(organizer[0]), organizer[1])]
    for name, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (_ics_escape(name), addr))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- vCard
def build_vcf(given, surname, tel=None, adr=None, email=None, org=None, title=None, note=None,
              tel_type="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if adr:
        street, town, prov, postal = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;Canada" % ("HOME" if tel_type in ("HOME", "CELL") else "WORK",
                                                           street, town, prov, postal))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- ZIP
def build_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            z.writestr(zi, blob)
    return out.getvalue()
