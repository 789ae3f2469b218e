"""Attachment makers with fixed timestamps (step 3 of the generator).

PDF (reportlab, invariant), DOCX (python-docx), XLSX (openpyxl), ZIP, ICS,
vCard, CSV.  DOCX and XLSX are re-zipped with a fixed date and fixed core
properties so that two runs give identical bytes.
"""
import io
import re
import zipfile

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

FIXED_ZIP_DATE = (2024, 11, 4, 9, 30, 0)
FIXED_ISO = "2024-11-04T09:30:00Z"


def rezip(data, date_time=FIXED_ZIP_DATE):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def pdf(lines, title="Document", compress=True, header=None):
    """lines: list of str; '' = blank line; lines starting with '# ' are bold headings."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor("")
    w, h = A4
    y = h - 60
    if header:
        c.setFont("Helvetica-Bold", 12)
        for hl in header:
            c.drawString(50, y, hl)
            y -= 16
        y -= 8
    for line in lines:
        if y < 60:
            c.showPage()
            y = h - 60
        if line.startswith("# "):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, line[2:])
        else:
            c.setFont("Helvetica", 10)
            # wrap long lines
            while len(line) > 95:
                cut = line.rfind(" ", 0, 95)
                cut = cut if cut > 20 else 95
                c.drawString(50, y, line[:cut])
                line = line[cut:].lstrip()
                y -= 14
            c.drawString(50, y, line)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(paragraphs, table=None, title=None):
    import datetime
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = ""
    cp.last_modified_by = ""
    cp.title = title or ""
    cp.created = datetime.datetime(2024, 11, 4, 9, 30, 0)
    cp.modified = datetime.datetime(2024, 11, 4, 9, 30, 0)
    cp.revision = 1
    cp.comments = ""
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def xlsx(sheets):
    """sheets: list of (name, rows)."""
    import datetime
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = ""
    wb.properties.created = datetime.datetime(2024, 11, 4, 9, 30, 0)
    wb.properties.modified = datetime.datetime(2024, 11, 4, 9, 30, 0)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def csv_text(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, raw = [], line
    while len(raw.encode("utf-8")) > 74:
        cut = 70
        while len(raw[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(raw[:cut])
        raw = " " + raw[cut:]
    out.append(raw)
    return "\r\n".join(out)


def ics(uid, start, end, summary, description, location, organizer, attendees=(), tz="Europe/Brussels"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Agenda hospitalier//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20241104T083000Z",
             "DTSTART;TZID=%s:%s" % (tz, start.strftime("%Y%m%dT%H%M%S")),
             "DTEND;TZID=%s:%s" % (tz, end.strftime("%Y%m%dT%H%M%S")),
             "SUMMARY:" + _ics_escape(summary),
             "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, mail))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def vcard(full, given, surname, tel=None, adr=None, email=None, note=None, bday=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:" + full]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=CELL:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if email:
        lines.append("EMAIL:" + email)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"
