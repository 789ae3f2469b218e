"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ZIP, ICS, vCard."""
import io
import re
import csv
import zipfile
import datetime
import textwrap

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
import docx
import openpyxl

FIXED_ZIP_TIME = (2025, 1, 1, 8, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 1, 8, 0, 0)


def normalize_zip(data, names_first=None):
    """Rewrite a ZIP with fixed timestamps and fixed core properties."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                s = blob.decode("utf-8")
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-01T08:00:00Z\g<2>", s)
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-01T08:00:00Z\g<2>", s)
                blob = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            z.writestr(zi, blob)
    return out.getvalue()


def _pdf_safe(s):
    s.encode("cp1252")  # raises if the standard fonts cannot show it
    return s


def make_pdf(title, lines, compress=True, letterhead=None, scanned=False, author=""):
    """lines: list of str (None = blank line).  Returns bytes."""
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(author)
    c.setCreator("")
    c.setProducer("")
    w, h = letter
    y = h - 60
    if scanned:
        # a "scanned" page: only boxes and a scanner footer, no patient text inside
        c.setFont("Helvetica", 7)
        c.drawString(40, 30, _pdf_safe(title))
        for i in range(14):
            c.rect(60, h - 120 - i * 42, w - 120, 30, stroke=1, fill=0)
        c.showPage()
        c.save()
        return b.getvalue()
    if letterhead:
        c.setFont("Helvetica-Bold", 11)
        for lh in letterhead:
            c.drawString(50, y, _pdf_safe(lh))
            y -= 14
            c.setFont("Helvetica", 9)
        y -= 10
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 24
    c.setFont("Helvetica", 10)
    for line in lines:
        wrapped = textwrap.wrap(line, 98) if line else [""]
        for wl in wrapped:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = h - 60
            c.drawString(50, y, _pdf_safe(wl))
            y -= 13
    c.showPage()
    c.save()
    return b.getvalue()


def make_docx(title, paragraphs, table=None, author="", heading2=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = ""
    d.add_heading(title, level=1)
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return normalize_zip(b.getvalue())


def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows)."""
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
    b = io.BytesIO()
    wb.save(b)
    return normalize_zip(b.getvalue())


def make_csv(rows, delimiter=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\n".join(out)


def make_ics(uid, summary, start, end, location, description, organizer, attendees, method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHUTR//Agenda clinique 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250101T080000Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}", f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
             f"SUMMARY:{ics_escape(summary)}", f"LOCATION:{ics_escape(location)}",
             f"DESCRIPTION:{ics_escape(description)}", f"ORGANIZER;CN={ics_escape(organizer[0])}:mailto:{organizer[1]}"]
    for cn, a in attendees:
        lines.append(f"ATTENDEE;CN={ics_escape(cn)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold_ics(l) for l in lines) + "\n"


def make_vcard(fn, n_sur, n_given, org=None, title=None, tels=(), emails=(), adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{n_sur};{n_given};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, t in tels:
        lines.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        street, town, pc = adr
        lines.append(f"ADR;TYPE=HOME:;;{street};{town};QC;{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{ics_escape(note)}")
    lines.append("END:VCARD")
    return "\n".join(fold_ics(l) for l in lines) + "\n"
