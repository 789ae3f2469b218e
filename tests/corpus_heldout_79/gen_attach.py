"""Attachment makers (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) with fixed timestamps -> identical bytes per run."""
import datetime
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 9, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 9, 30, 0)
_W3CDTF = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?")

CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ZIP = "application/zip"


def normalize_zip(data):
    """Rewrite an OOXML/zip container with fixed member times and fixed core.xml dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename.endswith("core.xml"):
                blob = _W3CDTF.sub(b"2025-01-06T09:30:00Z", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF
def make_pdf(ctx, title, lines, author="", compress=None):
    """lines: list of str; a line starting with '# ' is a heading. Text must be cp1252-encodable."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    for l in lines:
        l.encode("cp1252")  # standard Type1 fonts: WinAnsi only
    compress = ctx.chance(0.5) if compress is None else compress
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word - conversion PDF" if ctx.chance(0.5) else "PDF24 Creator")
    y = 740
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, title)
    y -= 28
    for line in lines:
        if line.startswith("# "):
            y -= 6
            c.setFont("Helvetica-Bold", 11)
            wrapped = [line[2:]]
        else:
            c.setFont("Helvetica", 10)
            wrapped = textwrap.wrap(line, 95) or [""]
        for w in wrapped:
            if y < 60:
                c.showPage()
                y = 740
                c.setFont("Helvetica", 10)
            c.drawString(60, y, w)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def make_docx(ctx, title, paragraphs, table=None, author="", after_table=None):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for r in table:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    for p in after_table or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------- XLSX
def make_xlsx(ctx, sheets, author=""):
    """sheets: list of (sheet_title, rows); first row bold."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for i, col in enumerate(zip(*rows), 1):
            width = min(60, max(len(str(v)) for v in col) + 2)
            ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------- CSV
def make_csv(rows, delim=",", eol="\r\n"):
    def q(v):
        v = str(v)
        if any(ch in v for ch in (delim, '"', "\n")):
            return '"' + v.replace('"', '""') + '"'
        return v
    return eol.join(delim.join(q(v) for v in r) for r in rows) + eol


# --------------------------------------------------------------------------- ICS / vCard
def _ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 74:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def _stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def make_ics(uid, start, end, summary, description, location, organizer, attendees, tzid="America/Toronto"):
    """organizer/attendees: (name, addr)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD",
             "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "TZOFFSETFROM:-0400",
             "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010311T020000",
             "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_stamp(FIXED_DT)}Z",
             f"DTSTART;TZID={tzid}:{_stamp(start)}", f"DTEND;TZID={tzid}:{_stamp(end)}",
             f"SUMMARY:{_ical_escape(summary)}", f"DESCRIPTION:{_ical_escape(description)}",
             f"LOCATION:{_ical_escape(location)}", f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=\"{n}\":mailto:{a}")
    lines += ["CLASS:PRIVATE" if "priv" in uid else "CLASS:PUBLIC", "SEQUENCE:0", "STATUS:CONFIRMED",
              "TRANSP:OPAQUE", "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_vcf(given, surname, org="", title="", tels=(), emails=(), adr=None, note="", version="3.0"):
    """tels: [(type, number)], adr: (street, city, region, postal, country, type)."""
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{_ical_escape(org)}")
    if title:
        lines.append(f"TITLE:{_ical_escape(title)}")
    for t, n in tels:
        lines.append(f"TEL;TYPE={t}:{n}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        street, city, region, postal, country, typ = adr
        lines.append(f"ADR;TYPE={typ}:;;{_ical_escape(street)};{city};{region};{postal};{country}")
    if note:
        lines.append(f"NOTE:{_ical_escape(note)}")
    lines.append(f"REV:{_stamp(FIXED_DT)}Z")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


# --------------------------------------------------------------------------- ZIP
def make_zip(files):
    """files: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
