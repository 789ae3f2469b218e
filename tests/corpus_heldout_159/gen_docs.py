"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import datetime as _dt
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

FIXED_ZIP_TIME = (2025, 9, 1, 8, 0, 0)
FIXED_CORE = _dt.datetime(2025, 9, 1, 8, 0, 0)


def _zip_time(when):
    if when is None:
        return FIXED_ZIP_TIME
    return (when.year, when.month, when.day, when.hour, when.minute, 0)


def normalize_zip(data, when=None, core_iso="2025-09-01T08:00:00Z"):
    """Rewrite an OOXML/ZIP container with fixed member times and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
                    txt = re.sub(r"(<%s[^>]*>)[^<]*(</%s>)" % (tag, tag), r"\g<1>%s\g<2>" % core_iso, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, when=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def _wrap(line, font, size, width):
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                out.append(cur)
            cur = w
    out.append(cur)
    return out


def make_pdf(title, lines, header=None, footer=None, title_meta=None, author=None):
    """lines: list of str; a line starting with '# ' is a section heading, '' a gap."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title_meta or title)
    c.setAuthor(author or "CDE Les Marelles")
    c.setCreator("Les Marelles DME 4.2")
    width, height = letter
    left, right, top, bottom = 60, 60, 60, 60
    usable = width - left - right

    def new_page(first):
        y = height - top
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(left, height - 35, header)
        if first:
            c.setFont("Helvetica-Bold", 14)
            for tl in _wrap(title, "Helvetica-Bold", 14, usable):
                c.drawString(left, y, tl)
                y -= 18
            y -= 6
        return y

    y = new_page(True)
    lines = [unicodedata.normalize("NFKC", l) for l in lines]
    for line in lines:
        if line.startswith("# "):
            font, size, text, lead = "Helvetica-Bold", 11, line[2:], 15
            y -= 4
        else:
            font, size, text, lead = "Helvetica", 10, line, 13
        chunks = _wrap(text, font, size, usable) if text else [""]
        for ch in chunks:
            if y < bottom + 20:
                if footer:
                    c.setFont("Helvetica", 7)
                    c.drawString(left, 30, footer)
                c.showPage()
                y = new_page(False)
            c.setFont(font, size)
            c.drawString(left, y, ch)
            y -= lead
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(left, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(title, paras, table=None, author="CDE Les Marelles", when=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_CORE
    cp.modified = FIXED_CORE
    cp.last_printed = FIXED_CORE
    cp.revision = 1
    cp.comments = ""
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when)


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, author="CDE Les Marelles", when=None):
    """sheets: list of (sheet_title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_CORE
    wb.properties.modified = FIXED_CORE
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            letter_ = col[0].column_letter
            ws.column_dimensions[letter_].width = min(45, max(10, max(len(str(c.value or "")) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


# --------------------------------------------------------------------------
# text formats
# --------------------------------------------------------------------------
def make_csv(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for v in r:
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
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, stamp, method="REQUEST", attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Les Marelles//Agenda clinique 3.1//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:America/Toronto",
             "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%sZ" % stamp.strftime(fmt),
             "DTSTART;TZID=America/Toronto:%s" % start.strftime(fmt),
             "DTEND;TZID=America/Toronto:%s" % end.strftime(fmt),
             _fold("SUMMARY:%s" % _ics_escape(summary)),
             _fold("DESCRIPTION:%s" % _ics_escape(description)),
             _fold("LOCATION:%s" % _ics_escape(location)),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for name, addr in attendees:
        lines.append(_fold("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (name, addr)))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def make_vcf(fn, n, tel=None, email=None, adr=None, org=None, title=None, note=None, tel_type="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s" % n, "FN:%s" % fn]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        lines.append("ADR;TYPE=%s:%s" % ("HOME" if tel_type in ("HOME", "CELL") else "WORK", adr))
    if note:
        lines.append(_fold("NOTE:%s" % _ics_escape(note)))
    lines.append("REV:20250901T120000Z")
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"
