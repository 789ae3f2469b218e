"""Attachment builders with byte-stable output (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP)."""
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ZIP_TIME = (2024, 1, 2, 3, 4, 6)
FIXED_ISO = "2024-01-02T03:04:05Z"


# --------------------------------------------------------------------------- PDF
def _pdf_safe(text):
    """Standard PDF fonts are cp1252: fold full-width and other wide forms to what the font can show."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKC", ch) if unicodedata.normalize("NFKC", ch) != ch else "?")
    return "".join(out)


def pdf(title, lines, org_line=None, author="CFGO"):
    """A simple one- or multi-page text PDF. `lines` is a list of strings."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("CFGO reports")
    y = 740

    def header():
        nonlocal y
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, 750, title)
        if org_line:
            c.setFont("Helvetica", 8)
            c.drawString(54, 736, org_line)
        y = 710

    header()
    c.setFont("Helvetica", 10)
    for ln in lines:
        ln = _pdf_safe(ln)
        if y < 60:
            c.showPage()
            header()
            c.setFont("Helvetica", 10)
        c.drawString(54, y, ln)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- ZIP normalisation
def _fix_core(xml):
    xml = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>" + FIXED_ISO.encode() + rb"\2", xml)
    xml = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>" + FIXED_ISO.encode() + rb"\2", xml)
    return xml


def normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _fix_core(blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 3
            dst.writestr(zi, blob)
    return out.getvalue()


def zip_members(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- DOCX
def docx(title, paragraphs, table=None, author="CFGO"):
    from docx import Document
    d = Document()
    cp = d.core_properties
    fixed = dt.datetime(2024, 1, 2, 3, 4, 5)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = title
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalise_zip(buf.getvalue())


# --------------------------------------------------------------------------- XLSX
def xlsx(sheets, author="CFGO"):
    """sheets: list of (sheet_name, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    fixed = dt.datetime(2024, 1, 2, 3, 4, 5)
    wb.properties.creator = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_zip(buf.getvalue())


# --------------------------------------------------------------------------- CSV / ICS / vCard
def csv_bytes(rows, encoding="utf-8", delimiter=",", crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def _ics_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 74:
        cut = 74
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b" " + b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n".join(out)


def ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(),
        method="REQUEST", stamp=None):
    stamp = stamp or start
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CFGO//Agenda clinique 4.2//FR", f"METHOD:{method}",
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:19701101T020000",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0500",
             "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp.strftime(f)}Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(f)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(f)}", f"SUMMARY:{_ics_escape(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:{mail}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcard(given, surname, tel=None, email=None, adr=None, org=None, note=None, bday=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE={'CELL' if note else 'WORK'},VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        esc = adr.replace(",", "\\,")
        kind = "HOME" if note else "WORK"
        lines.append(f"ADR;TYPE={kind}:;;{esc};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")
