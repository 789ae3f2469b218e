"""Attachment builders with fixed timestamps (byte-identical across runs)."""
import datetime as _dt
import io
import re
import zipfile

from reportlab import rl_config
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

rl_config.invariant = 1
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
FIXED_DT = _dt.datetime(2024, 1, 1, 0, 0, 0)


_PDF_MAP = {"≥": ">=", "≤": "<=", "→": "->", "≈": "~", "\u202f": " ", "\u3000": " "}


def _pdf_safe(s):
    for k, v in _PDF_MAP.items():
        s = s.replace(k, v)
    # the standard PDF fonts have no full-width forms: fall back to ASCII
    s = "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s)
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        return "".join(c if _enc_ok(c) else "?" for c in s)


def _enc_ok(c):
    try:
        c.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def make_pdf(title, lines, letterhead=None, footer=None, author="", compress=True):
    """lines: list of str; '' = blank line; lines starting with '# ' are bold headings."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("Boreal-DME export")
    w, h = letter
    y = h - 60

    def head():
        nonlocal y
        y = h - 60
        if letterhead:
            c.setFont("Helvetica-Bold", 11)
            for lh in letterhead:
                c.drawString(60, y, _pdf_safe(lh))
                y -= 14
                c.setFont("Helvetica", 9)
            y -= 10
            c.line(60, y + 4, w - 60, y + 4)
            y -= 14

    head()
    for line in lines:
        bold = line.startswith("# ")
        text = line[2:] if bold else line
        font = "Helvetica-Bold" if bold else "Helvetica"
        size = 11 if bold else 10
        wrapped = simpleSplit(_pdf_safe(text), font, size, w - 120) or [""]
        for wl in wrapped:
            if y < 70:
                if footer:
                    c.setFont("Helvetica", 8)
                    c.drawString(60, 40, _pdf_safe(footer))
                c.showPage()
                head()
            c.setFont(font, size)
            c.drawString(60, y, wl)
            y -= 14 if not bold else 16
    if footer:
        c.setFont("Helvetica", 8)
        c.drawString(60, 40, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite a ZIP (DOCX/XLSX) with fixed timestamps and fixed core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             r"\g<1>2024-01-01T00:00:00Z\g<3>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>2024-01-01T00:00:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def make_docx(paragraphs, title="", author="", table=None, table_after=None):
    """paragraphs: list of str; '# ' heading, '## ' bold line. table: list of rows (first = header)."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    style = d.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)

    def add_table():
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            cells = t.add_row().cells
            for j, v in enumerate(row):
                cells[j].text = str(v)
                if i == 0:
                    for r in cells[j].paragraphs[0].runs:
                        r.bold = True

    for k, p in enumerate(paragraphs):
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            para = d.add_paragraph()
            para.add_run(p[3:]).bold = True
        else:
            d.add_paragraph(p)
        if table is not None and table_after == k:
            add_table()
    if table is not None and (table_after is None or table_after >= len(paragraphs)):
        add_table()
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows) ; first row bold."""
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
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(48, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, sep=",", crlf=True):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = "" if v is None else str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    nl = "\r\n" if crlf else "\n"
    return nl.join(out) + nl


def make_zip(members):
    """members: list of (name, bytes)"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def _fold(line):
    """RFC 5545 / 6350 folding at 75 octets."""
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not parts else 74):
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(),
             method="REQUEST", stamp="20240101T120000Z", tzid="America/Toronto"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Boreal//Agenda clinique 3.2//FR", "VERSION:2.0", f"METHOD:{method}",
         "BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:19701101T020000",
         "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
         f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}",
         f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}",
         f"SUMMARY:{_ics_esc(summary)}"]
    if location:
        L.append(f"LOCATION:{_ics_esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{_ics_esc(description)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        L.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}")
    L += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in L) + "\r\n"


def make_vcf(given, surname, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None,
             cell=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        L.append(f"ORG:{org}")
    if title:
        L.append(f"TITLE:{title}")
    if tel:
        L.append(f"TEL;TYPE=WORK,VOICE:{tel}")
    if cell:
        L.append(f"TEL;TYPE=CELL:{cell}")
    if email:
        L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        street, city = adr
        L.append(f"ADR;TYPE=HOME:;;{street.replace(',', '')};{city};QC;;Canada")
    if bday:
        L.append(f"BDAY:{bday.isoformat()}")
    if note:
        L.append(f"NOTE:{_ics_esc(note)}")
    L += ["REV:20240101T000000Z", "END:VCARD"]
    return "\r\n".join(_fold(x) for x in L) + "\r\n"
