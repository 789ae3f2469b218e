"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime
import io
import re
import textwrap
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx
import openpyxl
from openpyxl.styles import Font


def _dt_tuple(dt):
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second)


def normalize_zip(data, dt):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=_dt_tuple(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, dt):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_dt_tuple(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF
def _pdf_safe(s):
    """Standard PDF fonts cannot show full-width forms: print them as ASCII, as a PDF export would."""
    return "".join(unicodedata.normalize("NFKC", ch) if "\uff01" <= ch <= "\uff5e" else ch for ch in str(s))


def make_pdf(title, lines, author="Département de pharmacie", subtitle=None, table=None, font_size=10):
    """lines: list of str (a line starting with '## ' is a bold heading).
    table: optional (header, rows) drawn as aligned columns after the lines."""
    lines = [_pdf_safe(l) for l in lines]
    if table:
        table = ([_pdf_safe(h) for h in table[0]], [[_pdf_safe(v) for v in r] for r in table[1]])
    buf = io.BytesIO()
    cv = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    cv.setTitle(title)
    cv.setAuthor(author)
    cv.setCreator("Deux-Rives Pharmacie - gabarits")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        cv.showPage()
        y = height - 60

    cv.setFont("Helvetica-Bold", 14)
    cv.drawString(54, y, title)
    y -= 20
    if subtitle:
        cv.setFont("Helvetica", 9)
        cv.drawString(54, y, subtitle)
        y -= 16
    cv.line(54, y + 6, width - 54, y + 6)
    y -= 8
    for line in lines:
        if line.startswith("## "):
            cv.setFont("Helvetica-Bold", font_size + 1)
            text = [line[3:]]
            y -= 4
        else:
            cv.setFont("Helvetica", font_size)
            text = textwrap.wrap(line, 95) or [""]
        for t in text:
            if y < 60:
                newpage()
                cv.setFont("Helvetica", font_size)
            cv.drawString(54, y, t)
            y -= font_size + 4
    if table:
        header, rows = table
        ncol = len(header)
        colw = (width - 108) / ncol
        y -= 6
        for r, row in enumerate([header] + rows):
            if y < 60:
                newpage()
            cv.setFont("Helvetica-Bold" if r == 0 else "Helvetica", font_size - 1)
            for i, cell in enumerate(row):
                cv.drawString(54 + i * colw, y, str(cell)[: int(colw / 5)])
            y -= font_size + 3
    cv.showPage()
    cv.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, dt, author="Pharmacie", table=None, footer=None):
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = str(h)
        for row in rows:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    if footer:
        d.add_paragraph(footer)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt
    cp.modified = dt
    cp.last_printed = dt
    cp.revision = 1
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), dt)


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, dt, author="Pharmacie"):
    """sheets: list of (sheet_title, header, rows)."""
    wb = openpyxl.Workbook()
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(header))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(header):
            width = max([len(str(h))] + [len(str(r[i])) for r in rows if i < len(r)]) + 2
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = min(width, 50)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt
    wb.properties.modified = dt
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), dt)


# --------------------------------------------------------------------------- text formats
def make_csv(header, rows, delimiter=",", eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 73:
        cut = 73
        while len(b[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description="", location="", organizer=None, stamp=None,
             method="REQUEST", attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Deux-Rives//Agenda clinique 3.2//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400",
             "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{(stamp or start).strftime(fmt)}Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT:mailto:{mail}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def make_vcard(given, surname, org="", title="", tel=None, cell=None, email=None, adr=None, note="",
               bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=WORK,VOICE:{tel}")
    if cell:
        lines.append(f"TEL;TYPE=HOME,VOICE:{cell}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr}")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
