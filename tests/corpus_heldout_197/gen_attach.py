"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""

import datetime
import io
import re
import textwrap
import zipfile

import docx
import openpyxl
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def _fixed_ts(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_zip(data, when=None, ts=None):
    """Rewrite an OOXML / zip container with fixed member times and core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = ZIP_TIME if when is None else (when.year, when.month, when.day, when.hour,
                                           when.minute, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml" and ts:
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", ts.encode(), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            zout.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF

_PDF_SAFE = {"\u2011": "-", "\u2212": "-", "\u2009": " ", "\u202f": " ", "\u2264": "<=",
             "\u2265": ">=", "\u2192": "->", "\u00b5": "u"}


def _pdf_text(s):
    for a, b in _PDF_SAFE.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, blocks, author="CHRVS", subject="", header=None):
    """blocks: list of str (paragraph; '' = blank), ('h', text) heading,
    ('table', rows) simple table, ('kv', [(k, v), ...])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_pdf_text(title))
    c.setAuthor(_pdf_text(author))
    c.setSubject(_pdf_text(subject or title))
    c.setCreator("CHRVS DocGen 3.2")
    width, height = letter
    y = [height - 60]

    def newline(step=13):
        y[0] -= step
        if y[0] < 60:
            c.showPage()
            y[0] = height - 60
            if header:
                c.setFont("Helvetica", 8)
                c.drawString(50, height - 40, _pdf_text(header))
                y[0] -= 10

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, height - 40, _pdf_text(header))
        y[0] -= 10
    c.setFont("Helvetica-Bold", 14)
    c.drawString(50, y[0], _pdf_text(title))
    newline(22)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            newline(4)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y[0], _pdf_text(b[1]))
            newline(15)
        elif isinstance(b, tuple) and b[0] == "kv":
            for k, v in b[1]:
                c.setFont("Helvetica-Bold", 9.5)
                c.drawString(50, y[0], _pdf_text(k))
                c.setFont("Helvetica", 9.5)
                c.drawString(190, y[0], _pdf_text(str(v)))
                newline()
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            ncol = len(rows[0])
            colw = (width - 100) / ncol
            for i, r in enumerate(rows):
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
                for j, cell in enumerate(r):
                    c.drawString(50 + j * colw, y[0], _pdf_text(str(cell))[:int(colw / 4.4)])
                newline(12)
        else:
            c.setFont("Helvetica", 10)
            if not b:
                newline(8)
                continue
            for line in textwrap.wrap(b, 100) or [""]:
                c.drawString(50, y[0], _pdf_text(line))
                newline()
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX


def make_docx(title, blocks, author, when):
    d = docx.Document()
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] in ("table", "kv"):
            rows = b[1] if b[0] == "table" else [list(x) for x in b[1]]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            d.add_paragraph(b)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 2
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when, _fixed_ts(when))


# ---------------------------------------------------------------- XLSX


def make_xlsx(sheets, author, when):
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            w = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(8, w + 2))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when, _fixed_ts(when))


# ---------------------------------------------------------------- ZIP


def make_zip(members, when=None):
    out = io.BytesIO()
    stamp = ZIP_TIME if when is None else (when.year, when.month, when.day, when.hour,
                                           when.minute, 0)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- ICS / vCard / CSV


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold75(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, stamp, start, end, summary, location, description, organizer,
             attendees=(), method="REQUEST"):
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRVS//Agenda clinique 4.1//FR",
        "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:America/Toronto",
        "BEGIN:STANDARD", "DTSTART:20241103T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:20250309T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%sZ" % stamp.strftime(f),
        "DTSTART;TZID=America/Toronto:%s" % start.strftime(f),
        "DTEND;TZID=America/Toronto:%s" % end.strftime(f),
        "SUMMARY:%s" % _ics_escape(summary), "LOCATION:%s" % _ics_escape(location),
        "DESCRIPTION:%s" % _ics_escape(description),
        "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
    ]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold75(l) for l in lines) + "\r\n"


def make_vcard(given, surname, org=None, title=None, phones=(), email=None, adr=None,
               note=None, rev=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org.replace(",", "\\,"))
    if title:
        lines.append("TITLE:%s" % title.replace(",", "\\,"))
    for kind, num in phones:
        lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        street, city, region, pc, country = adr
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;%s" % (street.replace(",", "\\,"), city,
                                                         region, pc, country))
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    if rev:
        lines.append("REV:%s" % rev)
    lines.append("END:VCARD")
    return "\r\n".join(_fold75(l) for l in lines) + "\r\n"


def make_csv(rows, sep=",", eol="\r\n"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return eol.join(out) + eol
