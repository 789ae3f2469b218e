"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime as dt
import io
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)
FIXED_DT = dt.datetime(2025, 1, 6, 8, 30, 0)


def rezip(data, date_time=FIXED_ZIP_TIME):
    """Rewrite a ZIP container with fixed timestamps and member order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _fix_core(blob)
            zi = zipfile.ZipInfo(info.filename, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def _fix_core(blob):
    import re
    s = blob.decode("utf-8")
    s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-06T08:30:00Z\g<2>", s)
    s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-06T08:30:00Z\g<2>", s)
    return s.encode("utf-8")


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------

def make_pdf(title, lines, table=None, author="", compress=True, col_widths=None, footer=None):
    """lines: list of str (paragraph lines, already short); table: (header, rows)."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("ReportLab")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 24
    c.setFont("Helvetica", 10)
    for line in lines:
        for piece in _wrap(line, 95):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, piece)
            y -= 14
    if table:
        head, rows = table
        n = len(head)
        widths = col_widths or [int(510 / n)] * n
        y -= 8
        c.setFont("Helvetica-Bold", 8)
        x = 50
        for h, w in zip(head, widths):
            c.drawString(x, y, str(h))
            x += w
        y -= 12
        c.setFont("Helvetica", 8)
        for r in rows:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 8)
            x = 50
            for cell, w in zip(r, widths):
                c.drawString(x, y, str(cell))
                x += w
            y -= 11
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------

def make_docx(title, paragraphs, table=None, author="", header_text=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        head, rows = table
        t = d.add_table(rows=1, cols=len(head))
        for i, h in enumerate(head):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------

def make_xlsx(sheets, author=""):
    """sheets: list of (sheet_name, header, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, head, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(head))
        for r in rows:
            ws.append(list(r))
        for col, h in enumerate(head, start=1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width = max(10, len(str(h)) + 4)
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


# --------------------------------------------------------------------------
# CSV / ICS / vCard / ZIP
# --------------------------------------------------------------------------

def make_csv(head, rows, sep=";", eol="\r\n"):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"%s"' % v.replace('"', '""')
        return v
    return eol.join(sep.join(cell(v) for v in r) for r in [head] + list(rows)) + eol


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST",
             stamp=dt.datetime(2025, 1, 6, 13, 30, 0)):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:%s" % method,
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:16011104T020000",
             "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=America/Toronto:%s" % start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:%s" % end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:%s" % _ics_escape(summary), "DESCRIPTION:%s" % _ics_escape(description),
             "LOCATION:%s" % _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, e in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (n, e))
    lines += ["STATUS:CONFIRMED", "BEGIN:VALARM", "TRIGGER:-PT30M", "ACTION:DISPLAY",
              "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_vcard(given, surname, tel=None, email=None, adr=None, note=None, bday=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % (tel[0], tel[1]))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s" % adr.replace(",", "\\,"))
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("REV:2025-01-06T08:30:00Z")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_png(width, height, seed_values):
    """A small greyscale PNG (fake fundus / OCT thumbnail) without any text."""
    import struct
    rows = []
    k = 0
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = seed_values[k % len(seed_values)]
            k += 1
            cx, cy = x - width / 2.0, y - height / 2.0
            r = (cx * cx + cy * cy) ** 0.5
            row.append(max(0, min(255, int(200 - r * 3 + v))))
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(tag, data):
        import zlib as _z
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", _z.crc32(tag + data) & 0xFFFFFFFF)
    import zlib
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
