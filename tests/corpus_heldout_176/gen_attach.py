"""Attachment builders with fixed times: PDF (reportlab invariant), DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime
import io
import re
import zipfile

from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED = datetime.datetime(2024, 1, 2, 9, 0, 0)


def _zip_time(when):
    w = when or FIXED
    return (w.year, w.month, w.day, w.hour, w.minute, w.second)


def rezip(data, when=None, core_dt=None):
    """Rewrite a ZIP with fixed member times (and fixed core.xml dates for OOXML)."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = (core_dt or when or FIXED).strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + stamp.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def pdf(lines, title="", author="", when=None):
    """lines: list of str, or ('h', str) for a heading, ('', '') for space."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    y = 740
    c.setFont("Helvetica", 10)
    for ln in lines:
        if isinstance(ln, tuple):
            kind, txt = ln
        else:
            kind, txt = "", ln
        if y < 60:
            c.showPage()
            y = 740
        if kind == "h":
            c.setFont("Helvetica-Bold", 12)
            c.drawString(60, y, txt)
            c.setFont("Helvetica", 10)
            y -= 18
        else:
            c.drawString(60, y, txt)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(paragraphs, table=None, title="", author="", when=None, heading=None):
    d = Document()
    cp = d.core_properties
    w = when or FIXED
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = w
    cp.modified = w
    cp.last_printed = w
    cp.revision = 1
    cp.comments = ""
    if heading:
        d.add_heading(heading, level=1)
    for p in paragraphs:
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
    return rezip(b.getvalue(), w)


def xlsx(sheets, author="", when=None):
    """sheets: list of (title, rows)."""
    wb = Workbook()
    w = when or FIXED
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = w
    wb.properties.modified = w
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return rezip(b.getvalue(), w)


def zipped(members, when=None):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def csv_text(rows, delim=","):
    b = io.StringIO()
    w = csv.writer(b, delimiter=delim, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return b.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(uid, start, minutes, summary, description="", location="", organizer=None, attendees=(), stamp=None):
    end = start + datetime.timedelta(minutes=minutes)
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Rive-Est//Agenda clinique 4.2//FR", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%sZ" % (stamp or FIXED).strftime(fmt),
             "DTSTART;TZID=America/Toronto:%s" % start.strftime(fmt),
             "DTEND;TZID=America/Toronto:%s" % end.strftime(fmt),
             "SUMMARY:%s" % _ics_escape(summary)]
    if location:
        lines.append("LOCATION:%s" % _ics_escape(location))
    if description:
        lines.append("DESCRIPTION:%s" % _ics_escape(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, addr))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(lines) + "\n"


def vcard(given, surname, tel=None, adr=None, email=None, note=None, org=None, title=None, tel_type="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if note:
        lines.append("NOTE:%s" % note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"
