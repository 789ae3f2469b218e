"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 15, 9, 30, 0)
FIXED_W3C = b"2025-01-15T09:30:00Z"


# --------------------------------------------------------------------------
# ZIP helpers
# --------------------------------------------------------------------------
def _zinfo(name, when=FIXED_ZIP_TIME):
    zi = zipfile.ZipInfo(name, date_time=when)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.create_system = 3
    zi.external_attr = 0o100644 << 16
    return zi


def normalize_zip(data):
    """Rewrite an OOXML package with fixed member times and core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(</dcterms:(?:modified|created)>)",
                                 rb"\g<1>" + FIXED_W3C + rb"\g<2>", content)
            zout.writestr(_zinfo(info.filename), content)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            z.writestr(_zinfo(name, when), data)
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF (reportlab, invariant)
# --------------------------------------------------------------------------
_PDF_MAP = {"→": "->", "≥": ">=", "≤": "<=", "’": "'", "…": "...", "\u202f": " ", "µ": "u",
            "×": "x", "–": "-", "—": "-", "œ": "oe", "Œ": "OE"}


def pdf_safe(s):
    s = "".join(_PDF_MAP.get(c, c) for c in s)
    s = unicodedata.normalize("NFKC", s)
    out = []
    for c in s:
        try:
            c.encode("cp1252")
            out.append(c)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    words, out, cur = line.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, header=None, compress=True, author="Hopital Saint-Aubin"):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(pdf_safe(author))
    c.setTitle(pdf_safe(title))
    w, h = letter
    y = h - 60
    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, pdf_safe(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 24
    c.setFont("Helvetica", 10)
    for raw in lines:
        for ln in _wrap(pdf_safe(raw)):
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = h - 60
            c.drawString(50, y, ln)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(title, paragraphs, table=None, author="Service MI"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 2
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        headers, rows = table
        t = d.add_table(rows=1, cols=len(headers))
        for i, hd in enumerate(headers):
            t.rows[0].cells[i].text = str(hd)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, author="Service MI"):
    """sheets: list of (title, rows) where rows[0] is the header."""
    import openpyxl
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
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# CSV, ICS, vCard
# --------------------------------------------------------------------------
def make_csv(rows, sep=",", encoding="utf-8", eol="\r\n"):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            v = '"' + v.replace('"', '""') + '"'
        return v
    text = eol.join(sep.join(cell(v) for v in r) for r in rows) + eol
    return text.encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def make_ics(uid, start, end, summary, description="", location="", organizer=None, method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hopital Saint-Aubin//Agenda cliniques//FR",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
             "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250115T143000Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
             "SUMMARY:" + _ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + _ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + _ics_escape(description))
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        out.extend(_ics_fold(ln))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def make_vcard(given, surname, tel=None, adr=None, note=None, bday=None, org=None, email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append(f"TEL;TYPE={tel[0]}:{tel[1]}")
    if email:
        lines.append("EMAIL;TYPE=WORK:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
