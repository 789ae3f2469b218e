"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def pdf(title, lines, author="CRP Berges", header=None):
    """lines: list of str; a line starting with '## ' is a bold heading."""
    for ln in [title] + list(lines) + [header or ""]:
        ln.encode("cp1252")  # Helvetica/WinAnsi must be able to show every character
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator(author)
    width, height = letter
    y = height - 60

    def head():
        nonlocal y
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(54, height - 36, header)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, height - 60, title)
        y = height - 84

    head()
    for raw in lines:
        bold = raw.startswith("## ")
        text = raw[3:] if bold else raw
        for ln in _wrap(text, 95) or [""]:
            if y < 60:
                c.showPage()
                head()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(54, y, ln)
            y -= 14
        if bold:
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


def _fix_zip(data, when, core=True):
    """Re-write a zip with fixed member times (and fixed document core dates)."""
    dt = (when.year, when.month, when.day, when.hour, when.minute, 0)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             lambda m: m.group(1) + stamp + m.group(3), txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx(title, paragraphs, table=None, when=None, author="CRP Berges"):
    from docx import Document
    when = when or datetime.datetime(2025, 1, 1, 8, 0)
    d = Document()
    cp = d.core_properties
    naive = when.replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
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
    return _fix_zip(buf.getvalue(), naive)


def xlsx(sheets, when=None, author="CRP Berges"):
    """sheets: list of (sheet_name, rows)."""
    from openpyxl import Workbook
    when = (when or datetime.datetime(2025, 1, 1, 8, 0)).replace(tzinfo=None)
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return _fix_zip(buf.getvalue(), when)


def csv_bytes(rows, delimiter=",", encoding="utf-8", eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(events, stamp, method="REQUEST", prodid="-//CRP Berges//Agenda 4.2//FR"):
    """events: list of dict(uid, start, end, summary, location, description, organizer, attendees)."""
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "METHOD:" + method,
             "CALSCALE:GREGORIAN"]
    for e in events:
        lines += ["BEGIN:VEVENT", "UID:" + e["uid"],
                  "DTSTAMP:" + stamp.strftime(fmt) + "Z",
                  "DTSTART;TZID=America/Toronto:" + e["start"].strftime(fmt),
                  "DTEND;TZID=America/Toronto:" + e["end"].strftime(fmt),
                  "SUMMARY:" + _ics_escape(e["summary"])]
        if e.get("location"):
            lines.append("LOCATION:" + _ics_escape(e["location"]))
        if e.get("description"):
            lines.append("DESCRIPTION:" + _ics_escape(e["description"]))
        if e.get("organizer"):
            lines.append("ORGANIZER;CN=%s:mailto:%s" % e["organizer"])
        for a in e.get("attendees", []):
            lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % a)
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcard(fn, n, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    """n = (surname, given); adr = (street, city, region, postcode, country)."""
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % n, "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;%s" % adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def zip_bytes(members, when):
    """members: list of (name, bytes). Names may be non-ASCII (UTF-8 flag set)."""
    dt = (when.year, when.month, when.day, when.hour, when.minute, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
