"""Attachment makers with fixed timestamps: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG."""
import csv
import datetime
import io
import re
import struct
import zipfile
import zlib

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

import docx  # noqa: E402
import openpyxl  # noqa: E402

FIXED_DT = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DT = (2025, 1, 1, 0, 0, 0)


# ---------------------------------------------------------------- ZIP helpers
def normalize_zip(data, dt=ZIP_DT):
    """Rewrite a ZIP so that every entry has a fixed date and the OOXML core
    properties have fixed created/modified stamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 rb"\g<1>2025-01-01T00:00:00Z\g<3>", content)
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, content)
    return buf.getvalue()


def make_zip(entries):
    """entries: list of (name, bytes)"""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in entries:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, content)
    return buf.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(title, lines, compress=True, author="", small=False):
    """lines: list of str; '' for blank, lines starting with '## ' are headings."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, pageCompression=1 if compress else 0, invariant=1)
    c.setTitle(title)
    c.setAuthor(author or "HRS")
    c.setCreator("HRS-DocGen")
    w, h = letter
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    y -= 24
    size = 9 if small else 10
    for ln in lines:
        if y < 60:
            c.showPage()
            y = h - 60
        if ln.startswith("## "):
            c.setFont("Helvetica-Bold", size + 1)
            c.drawString(54, y, ln[3:])
            y -= size + 6
            continue
        c.setFont("Helvetica", size)
        # naive wrap
        while len(ln) > 95:
            cut = ln.rfind(" ", 0, 95)
            if cut <= 0:
                cut = 95
            c.drawString(54, y, ln[:cut])
            y -= size + 3
            ln = ln[cut:].lstrip()
            if y < 60:
                c.showPage()
                y = h - 60
                c.setFont("Helvetica", size)
        c.drawString(54, y, ln)
        y -= size + 3
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author=""):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author or "HRS"
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_modified_by = author or "HRS"
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows)"""
    wb = openpyxl.Workbook()
    wb.properties.creator = author or "HRS"
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


# ---------------------------------------------------------------- CSV
def make_csv(rows, delimiter=",", encoding="utf-8", bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue()
    if encoding == "utf-8" and bom:
        return b"\xef\xbb\xbf" + data.encode("utf-8")
    return data.encode(encoding, "replace")


# ---------------------------------------------------------------- ICS
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 73:
        return line
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(), method="REQUEST"):
    """start/end: datetime (local, floating with TZID America/Toronto)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//HRS//Agenda bloc 2.3//FR", "VERSION:2.0", "CALSCALE:GREGORIAN",
             "METHOD:" + method,
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:19701101T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250101T000000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + ics_escape(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:%s" % (n, a))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- vCard
def make_vcard(given, surname, tel=None, email=None, adr=None, note=None, org=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + ics_escape(note))
    lines.append("REV:20250101T000000Z")
    lines.append("END:VCARD")
    return ("\r\n".join(fold(x) for x in lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- PNG (tiny "scan")
def make_png(rng, w=48, h=32):
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(rng.randint(120, 255) for _ in range(w * 3))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")
