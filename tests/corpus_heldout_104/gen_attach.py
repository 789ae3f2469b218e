"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ZIP, ICS, vCard."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2024, 1, 2, 3, 4, 6)
FIXED_ISO = "2024-01-02T03:04:06Z"


# --------------------------------------------------------------------------
# ZIP helpers
# --------------------------------------------------------------------------
def make_zip(members):
    """members: list of (name, bytes).  Fixed timestamps and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zf.writestr(zi, data)
    return buf.getvalue()


_CORE_TS = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            blob = _CORE_TS.sub(lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), blob)
        members.append((info.filename, blob))
    return make_zip(members)


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def _pdf_safe(s):
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        s = unicodedata.normalize("NFKC", s)
        return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, author="", subtitle=None, table=None, footer=None):
    """lines: list of str (blank str = spacing); table: list of rows."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("Formulaires cliniques v3")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, _pdf_safe(footer))
        c.showPage()
        y = height - 60

    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y, _pdf_safe(title))
    y -= 20
    if subtitle:
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(50, y, _pdf_safe(subtitle))
        y -= 18
    c.setFont("Helvetica", 10)
    for line in lines:
        # naive wrapping at ~95 chars
        chunks = [line[i:i + 95] for i in range(0, len(line), 95)] or [""]
        if len(line) > 95:
            chunks, cur = [], ""
            for w in line.split(" "):
                if len(cur) + len(w) + 1 > 95:
                    chunks.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w).strip()
            chunks.append(cur)
        for ch in chunks:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, _pdf_safe(ch))
            y -= 14
    if table:
        y -= 6
        ncol = max(len(r) for r in table)
        colw = (width - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, _pdf_safe(str(cell))[:int(colw / 4.3)])
            y -= 12
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(title, paragraphs, author="", table=None, header_text=None):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = datetime.datetime(2024, 1, 2, 3, 4, 6)
    cp.modified = datetime.datetime(2024, 1, 2, 3, 4, 6)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        for ri, row in enumerate(table):
            for ci, cell in enumerate(row):
                t.cell(ri, ci).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, author=""):
    """sheets: list of (sheet title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2024, 1, 2, 3, 4, 6)
    first = True
    for title, rows in sheets:
        if first:
            ws = wb.active
            ws.title = title[:31]
            first = False
        else:
            ws = wb.create_sheet(title[:31])
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# CSV / ICS / VCF
# --------------------------------------------------------------------------
def make_csv(rows, delimiter=",", encoding="utf-8", bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    text = s.getvalue()
    data = text.encode(encoding, "replace")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
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


def make_ics(uid, summary, start, end, location, description, organizer, attendees=(), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Agenda clinique//FR", f"METHOD:{method}",
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:19701101T020000",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20240102T030406Z",
        f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
        f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
        f"DESCRIPTION:{_ics_escape(description)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcf(fn, surname, given, tels=(), emails=(), adr=None, org=None, title=None, bday=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, t in tels:
        lines.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        street, city, region, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")
