"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""
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

FIXED_ZIP_TIME = (2025, 1, 6, 8, 30, 0)


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return out


def make_pdf(title, lines, table=None, author="Service d'urologie", subject="", compress=True, footer=None):
    """lines: list of str (may contain newlines); table: list of rows (list of str)."""
    for s in [title] + list(lines) + [c for r in (table or []) for c in r] + [footer or ""]:
        s.encode("cp1252")  # standard fonts only (WinAnsi); fail loudly otherwise
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setSubject(subject or title)
    c.setCreator("Formulaires HSV")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(50, 30, footer)
        c.showPage()
        y = height - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 24
    c.setFont("Helvetica", 9.5)
    for block in lines:
        for ln in _wrap(block, 100):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 9.5)
            c.drawString(50, y, ln)
            y -= 13
    if table:
        y -= 8
        ncol = max(len(r) for r in table)
        need = [max(4, max(len(str(r[i])) if i < len(r) else 0 for r in table)) for i in range(ncol)]
        scale = min(1.0, (width - 100) / (sum(need) * 4.4 + 6 * ncol))
        colw = [n * 4.4 * scale + 6 for n in need]
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8 if scale < 1 else 8.5)
            x = 50
            for ci, cell in enumerate(row):
                c.drawString(x, y, str(cell)[: max(3, int((colw[ci] - 4) / (4.4 * scale)))])
                x += colw[ci]
            y -= 12
    if footer:
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, 30, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, when=FIXED_ZIP_TIME, core_dt="2025-01-06T08:30:00Z"):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + core_dt + r"\2", txt)
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + core_dt + r"\2", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="Service d'urologie", when=None):
    when = when or datetime.datetime(2025, 1, 6, 8, 30, 0)
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=max(len(r) for r in table))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
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
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return normalize_zip(buf.getvalue(), core_dt=stamp)


def make_xlsx(sheets, author="Service d'urologie", when=None):
    when = when or datetime.datetime(2025, 1, 6, 8, 30, 0)
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col) + 2
            ws.column_dimensions[col[0].column_letter].width = min(width, 48)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    return normalize_zip(buf.getvalue(), core_dt=stamp)


def make_zip(members, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(),
             method="REQUEST", stamp=None):
    stamp = stamp or datetime.datetime(2025, 1, 6, 13, 30, 0)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//HSV//Agenda urologie//FR", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:" + stamp.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=America/Montreal:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ics_escape(summary)]
    if location:
        lines.append("LOCATION:" + _ics_escape(location))
    if description:
        lines.append("DESCRIPTION:" + _ics_escape(description))
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        lines.append(f"ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT:mailto:{a[1]}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


def make_vcf(given, surname, tel=None, adr=None, email=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append("ORG:" + org.replace(",", "\\,"))
    if title:
        lines.append("TITLE:" + title.replace(",", "\\,"))
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,").replace(";", "\\;") + ";;;;")
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
