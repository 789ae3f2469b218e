"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_DT = (2025, 1, 2, 8, 0, 0)


def _zip_dt(dt):
    if isinstance(dt, datetime.datetime):
        return (dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second - dt.second % 2)
    return dt or FIXED_DT


def normalize_zip(data, dt=None):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member times and fixed core-property dates."""
    zdt = _zip_dt(dt)
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % zdt
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                for tag in ("dcterms:created", "dcterms:modified", "cp:lastPrinted"):
                    txt = re.sub(r"(<%s[^>]*>)[^<]*(</%s>)" % (tag, tag), r"\g<1>%s\g<2>" % iso, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=zdt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, dt=None):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_dt(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF

def make_pdf(title, lines, compress=False, author="", header=None):
    """A simple one- or multi-page PDF; `lines` is a list of str (or ('b', str) for bold)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setCreator("ReportLab")
    w, h = letter
    y = h - 60

    def head():
        nonlocal y
        y = h - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, h - 35, header)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, title)
        y -= 28

    head()
    for ln in lines:
        bold = isinstance(ln, tuple)
        text = ln[1] if bold else ln
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        for chunk in _wrap(text, 95):
            if y < 60:
                c.showPage()
                head()
                c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, chunk)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(text, width):
    if not text:
        return [""]
    out, cur = [], ""
    for word in text.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            out.append(cur)
            cur = word
        else:
            cur = (cur + " " + word) if cur else word
    out.append(cur)
    return out


# ---------------------------------------------------------------- DOCX

def make_docx(title, paragraphs, table=None, author="", dt=None, after=None):
    doc = Document()
    doc.add_heading(title, level=1)
    for p in paragraphs:
        para = doc.add_paragraph()
        if isinstance(p, tuple):
            run = para.add_run(p[1])
            run.bold = True
        else:
            run = para.add_run(p)
        run.font.size = Pt(11)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in after or []:
        doc.add_paragraph(p)
    cp = doc.core_properties
    fixed = datetime.datetime(*(_zip_dt(dt)))
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue(), dt)


# ---------------------------------------------------------------- XLSX

def make_xlsx(sheets, author="", dt=None):
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    fixed = datetime.datetime(*(_zip_dt(dt)))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), dt)


# ---------------------------------------------------------------- CSV / ICS / vCard

def make_csv(rows, delimiter=",", encoding="utf-8", crlf=True, bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
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


def _ics_dt(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def make_ics(uid, summary, start, end, description="", location="", organizer=None, attendees=(),
             stamp=None, method="REQUEST"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Haute-Riviere//Agenda 4.2//FR", "VERSION:2.0", f"METHOD:{method}",
         "BEGIN:VTIMEZONE", "TZID:America/Montreal",
         "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
         "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD",
         "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
         "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{_ics_dt(stamp or start)}Z",
         f"DTSTART;TZID=America/Montreal:{_ics_dt(start)}", f"DTEND;TZID=America/Montreal:{_ics_dt(end)}",
         f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        L.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        L.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        L.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    L += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in L:
        out.extend(_fold(ln))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def make_vcard(given, surname, tel=None, adr=None, email=None, note=None, org=None, title=None, rev=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        L.append(f"ORG:{_ics_escape(org)}")
    if title:
        L.append(f"TITLE:{_ics_escape(title)}")
    if tel:
        for kind, num in tel:
            L.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        street, city, region, postal = adr
        L.append(f"ADR;TYPE=HOME:;;{_ics_escape(street)};{_ics_escape(city)};{region};{postal};Canada")
    if email:
        L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if note:
        L.append(f"NOTE:{_ics_escape(note)}")
    L.append(f"REV:{rev or '20250102T080000Z'}")
    L.append("END:VCARD")
    out = []
    for ln in L:
        out.extend(_fold(ln))
    return ("\r\n".join(out) + "\r\n").encode("utf-8")
