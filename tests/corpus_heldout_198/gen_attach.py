"""Attachment makers (PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV), all byte-stable."""
import csv
import datetime
import io
import re
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_DT = datetime.datetime(2025, 1, 6, 9, 30, 0)
ZIP_TIME = (2025, 1, 6, 9, 30, 0)
CURRENT = [FIXED_DT]  # set per message by gen_build.Ctx: document times shortly before the mail


def _now():
    return CURRENT[0]


def _rezip(data, when=ZIP_TIME, core_stamp="2025-01-06T09:30:00Z"):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + core_stamp.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def _when(d):
    return (d.year, d.month, d.day, d.hour, d.minute, d.second - d.second % 2)


def pdf(title, lines, author="PCI", when=None):
    """lines: list of str; a line starting with '## ' is a heading, '' a gap."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Microsoft Word - " + title[:30])
    w, h = letter
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    y -= 26
    for ln in lines:
        if y < 60:
            c.showPage()
            y = h - 60
        if ln.startswith("## "):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(54, y, ln[3:])
            y -= 18
            continue
        c.setFont("Helvetica", 10)
        c.drawString(54, y, ln)
        y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(title, paragraphs, table=None, author="PCI", when=None):
    """paragraphs: list of str; table: list of rows (first row header)."""
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
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
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    dt = when or _now()
    cp.created = dt
    cp.modified = dt
    cp.revision = 2
    cp.comments = ""
    buf = io.BytesIO()
    d.save(buf)
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return _rezip(buf.getvalue(), _when(dt), stamp)


def xlsx(sheets, author="PCI", when=None):
    """sheets: list of (name, rows) with rows[0] the header."""
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col, w in zip("ABCDEFGHIJ", [14, 22, 14, 14, 18, 18, 16, 16, 16, 16]):
            ws.column_dimensions[col].width = w
    dt = when or _now()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt
    wb.properties.modified = dt
    buf = io.BytesIO()
    wb.save(buf)
    stamp = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    return _rezip(buf.getvalue(), _when(dt), stamp)


def zipped(members, when=None):
    """members: list of (name, bytes)."""
    dt = when or _now()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_when(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def csv_text(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 73:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def ics(uid, start, minutes, summary, description, location, organizer, attendees=(), method="REQUEST"):
    end = start + datetime.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", "METHOD:" + method, "BEGIN:VEVENT",
             "UID:" + uid, "DTSTAMP:" + start.strftime(f) + "Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(f),
             "DTEND;TZID=America/Toronto:" + end.strftime(f),
             "SUMMARY:" + _ics_escape(summary),
             "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        out.extend(_fold(ln))
    return "\r\n".join(out) + "\r\n"


def vcard(given, surname, org=None, title=None, tel=None, tel_type="HOME", email=None, adr=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org.replace(",", "\\,"))
    if title:
        lines.append("TITLE:" + title.replace(",", "\\,"))
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        street, city, pc = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;QC;%s;Canada" % (tel_type, street.replace(",", "\\,"), city, pc))
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    out = []
    for ln in lines:
        out.extend(_fold(ln))
    return "\r\n".join(out) + "\r\n"
