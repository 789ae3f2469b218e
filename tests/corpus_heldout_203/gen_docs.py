"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import textwrap
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx
import openpyxl

FIXED_DT = datetime.datetime(2025, 1, 2, 9, 0, 0)
ZIP_TIME = (2025, 1, 2, 9, 0, 0)


# --------------------------------------------------------------------------- ZIP
def _zinfo(name, when=ZIP_TIME, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = compress
    zi.external_attr = 0o644 << 16
    zi.create_system = 3
    return zi


def zip_bytes(members, when=ZIP_TIME):
    """members: list of (name, bytes)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, data in members:
            zf.writestr(_zinfo(n, when), data)
    return buf.getvalue()


def _renormalise_zip(raw, fix=None):
    src = zipfile.ZipFile(io.BytesIO(raw))
    out = []
    for info in src.infolist():
        data = src.read(info.filename)
        if fix:
            data = fix(info.filename, data)
        out.append((info.filename, data))
    return zip_bytes(out)


_DT_RE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def _fix_core(name, data):
    if name == "docProps/core.xml":
        data = _DT_RE.sub(rb"\g<1>2025-01-02T09:00:00Z\3", data)
    return data


# --------------------------------------------------------------------------- PDF
_FW = {0xFF10 + i: ord("0") + i for i in range(10)}

def pdf_bytes(title, lines, author="CHR Valbrume", compress=True, header=None):
    """lines: list of str; a str starting with '# ' is drawn bold as a heading."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Valbrume document service")
    width, height = letter
    y = height - 60

    def top():
        nonlocal y
        y = height - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, height - 35, header)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, title)
        y -= 26

    top()
    for raw in lines:
        # standard PDF fonts are WinAnsi only: full-width digits and the like become ASCII
        raw = raw.translate(_FW)
        raw = raw.encode("cp1252", "replace").decode("cp1252")
        bold = raw.startswith("# ")
        text = raw[2:] if bold else raw
        wrapped = textwrap.wrap(text, 92) or [""]
        for w in wrapped:
            if y < 60:
                c.showPage()
                top()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, w)
            y -= 14
        if bold:
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def docx_bytes(title, paragraphs, table=None, author="CHR Valbrume", table_first=False):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)

    def add_table():
        hdr, rows = table
        t = d.add_table(rows=1, cols=len(hdr))
        t.style = "Table Grid"
        for i, h in enumerate(hdr):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)

    if table and table_first:
        add_table()
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table and not table_first:
        add_table()
    buf = io.BytesIO()
    d.save(buf)
    return _renormalise_zip(buf.getvalue(), _fix_core)


# --------------------------------------------------------------------------- XLSX
def xlsx_bytes(sheets, author="CHR Valbrume"):
    """sheets: list of (title, header, rows)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col, h in zip("ABCDEFGHIJ", header):
            ws.column_dimensions[col].width = max(10, min(40, len(str(h)) + 6))
    buf = io.BytesIO()
    wb.save(buf)
    return _renormalise_zip(buf.getvalue(), _fix_core)


# --------------------------------------------------------------------------- CSV / ICS / vCard
def csv_bytes(header, rows, delimiter=",", encoding="utf-8", eol="\r\n", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 73:
        cut = 73
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics_bytes(uid, start, end, summary, description, location, organizer, attendees=(),
              method="REQUEST", stamp=None):
    stamp = stamp or FIXED_DT
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHR Valbrume//Agenda clinique 4.2//FR", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400",
             "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:" + stamp.strftime(f) + "Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(f),
             "DTEND;TZID=America/Toronto:" + end.strftime(f),
             "SUMMARY:" + _ics_escape(summary), "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, mail))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcard_bytes(given, surname, tel=None, adr=None, email=None, org=None, note=None, bday=None,
                title=None, version="3.0"):
    lines = ["BEGIN:VCARD", "VERSION:" + version, "N:%s;%s;;;" % (surname, given),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if adr:
        street, city, region, code = adr
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada" % (street, city, region, code))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")
