"""Deterministic attachment builders: PDF (reportlab), DOCX, XLSX, CSV, ICS, vCard, ZIP, message/rfc822."""
import datetime as _dt
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_DT = _dt.datetime(2025, 1, 15, 9, 30, 0)
ZIP_TIME = (2025, 1, 15, 9, 30, 0)


def _cp1252_safe(s):
    """Standard PDF fonts are WinAnsi: fold full-width forms to ASCII, replace anything else unknown."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            k = unicodedata.normalize("NFKC", ch)
            out.append(k if k.encode("cp1252", "replace") == k.encode("cp1252", "ignore") else "?")
    return "".join(out)


# ---------------------------------------------------------------- PDF
def pdf(title, lines, author="CHRVM", subtitle=None, footer=None):
    """lines: list of str or ('h', str) headings or ('kv', label, value) or ('rule',)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_cp1252_safe(title))
    c.setAuthor(_cp1252_safe(author))
    c.setCreator("CHRVM DocGen")
    c.setProducer("ReportLab")
    w, h = letter
    y = h - 60

    def header():
        nonlocal y
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, h - 50, _cp1252_safe(title))
        if subtitle:
            c.setFont("Helvetica", 9)
            c.drawString(50, h - 64, _cp1252_safe(subtitle))
        c.line(50, h - 72, w - 50, h - 72)
        y = h - 92

    header()
    for ln in lines:
        if y < 70:
            if footer:
                c.setFont("Helvetica", 7)
                c.drawString(50, 40, _cp1252_safe(footer))
            c.showPage()
            header()
        if isinstance(ln, tuple):
            if ln[0] == "h":
                y -= 4
                c.setFont("Helvetica-Bold", 10.5)
                c.drawString(50, y, _cp1252_safe(ln[1]))
                y -= 15
            elif ln[0] == "kv":
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(50, y, _cp1252_safe(ln[1]))
                c.setFont("Helvetica", 9.5)
                c.drawString(210, y, _cp1252_safe(ln[2]))
                y -= 13
            elif ln[0] == "rule":
                c.line(50, y + 4, w - 50, y + 4)
                y -= 8
            continue
        c.setFont("Helvetica", 9.5)
        text = _cp1252_safe(ln)
        while len(text) > 100:
            cut = text.rfind(" ", 0, 100)
            cut = cut if cut > 20 else 100
            c.drawString(50, y, text[:cut])
            text = text[cut:].lstrip()
            y -= 12.5
        c.drawString(50, y, text)
        y -= 12.5
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 40, _cp1252_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- zip normalisation
_W3C = re.compile(rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z?")


def renorm_zip(data):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = _W3C.sub(b"2025-01-15T09:30:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, b)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
def docx(title, paras, table=None, author="CHRVM", table_after=None):
    """paras: list of str or ('h', str). table: (header, rows)."""
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(title, level=1)
    placed = False
    for i, p in enumerate(paras):
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
        if table and table_after is not None and i == table_after:
            _docx_table(d, table)
            placed = True
    if table and not placed:
        _docx_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return renorm_zip(buf.getvalue())


def _docx_table(d, table):
    header, rows = table
    t = d.add_table(rows=1 + len(rows), cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.cell(0, i).text = str(h)
    for r, row in enumerate(rows, 1):
        for i, v in enumerate(row):
            t.cell(r, i).text = str(v)


# ---------------------------------------------------------------- XLSX
def xlsx(sheets, author="CHRVM"):
    """sheets: list of (name, header, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(header):
            width = max([len(str(h))] + [len(str(r[i])) for r in rows]) + 2
            ws.column_dimensions[chr(65 + i) if i < 26 else "A"].width = min(width, 60)
    buf = io.BytesIO()
    wb.save(buf)
    return renorm_zip(buf.getvalue())


# ---------------------------------------------------------------- text formats
def csv_text(header, rows, delim=";"):
    def q(v):
        v = str(v)
        if delim in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [delim.join(q(x) for x in header)] + [delim.join(q(x) for x in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 74:
        cut = 73
        while len(b[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(), method="REQUEST",
        stamp=None):
    st = stamp or FIXED_DT
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHRVM//Agenda 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VTIMEZONE", "TZID:America/Montreal", "BEGIN:STANDARD", "DTSTART:19701101T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:" + st.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + _ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + _ics_escape(description))
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{a}")
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


def vcard(fn, n_parts, tels=(), adr=None, email=None, org=None, title=None, note=None, bday=None, version="3.0"):
    lines = ["BEGIN:VCARD", f"VERSION:{version}", f"N:{n_parts[0]};{n_parts[1]};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, num in tels:
        lines.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr[0]};{adr[1]};{adr[2]};{adr[3]};{adr[4]}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))
    lines += ["REV:20250115T093000Z", "END:VCARD"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


# ---------------------------------------------------------------- attachment dicts
def A_pdf(fn, data):
    return {"filename": fn, "ctype": "application/pdf", "data": data}


def A_docx(fn, data):
    return {"filename": fn, "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "data": data}


def A_xlsx(fn, data):
    return {"filename": fn, "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "data": data}


def A_zip(fn, data):
    return {"filename": fn, "ctype": "application/zip", "data": data}


def A_csv(fn, text, charset=None):
    return {"filename": fn, "ctype": "text/csv", "data": text, "kind": "text", "charset": charset}


def A_txt(fn, text, charset=None):
    return {"filename": fn, "ctype": "text/plain", "data": text, "kind": "text", "charset": charset}


def A_ics(fn, text, method="REQUEST"):
    return {"filename": fn, "ctype": "text/calendar", "data": text, "kind": "text", "charset": "utf-8",
            "ctype_params": f"; method={method}"}


def A_vcf(fn, text):
    return {"filename": fn, "ctype": "text/vcard", "data": text, "kind": "text", "charset": "utf-8"}


def A_eml(fn, data):
    return {"filename": fn, "ctype": "message/rfc822", "data": data, "kind": "message"}
