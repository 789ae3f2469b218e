"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 9, 30, 8, 0, 0)
FIXED_CORE = "2024-09-30T08:00:00Z"


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Re-pack a ZIP with fixed member times and fixed Office core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\2" % FIXED_CORE, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\2" % FIXED_CORE, txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\2" % FIXED_CORE, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def pdf(title, lines, compress=True, author="SST", footer=None):
    """Simple text PDF; lines is a list of strings (empty string = blank line)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(author)
    c.setTitle(title)
    width, height = LETTER
    y = height - 60

    def header():
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, height - 45, title)
        c.setFont("Helvetica", 10)

    header()
    y = height - 75
    for line in lines:
        chunks = [line]
        if len(line) > 95:
            chunks = []
            cur = ""
            for w in line.split(" "):
                if len(cur) + len(w) + 1 > 95:
                    chunks.append(cur)
                    cur = w
                else:
                    cur = (cur + " " + w) if cur else w
            chunks.append(cur)
        for ch in chunks:
            if y < 60:
                if footer:
                    c.setFont("Helvetica-Oblique", 8)
                    c.drawString(50, 35, footer)
                c.showPage()
                header()
                y = height - 75
            c.drawString(50, y, ch)
            y -= 14
    if footer:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(50, 35, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(paragraphs, table=None, title=None, author="SST"):
    from docx import Document
    d = Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 9, 30, 8, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 1
    if title:
        cp.title = title
        d.add_heading(title, level=1)
    for p in paragraphs:
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
    return normalize_zip(buf.getvalue())


def xlsx(sheets, author="SST"):
    """sheets: list of (name, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    fixed = datetime.datetime(2024, 9, 30, 8, 0, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = author
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def csv_text(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or "," in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def ics(uid, start, end, summary, description, location, organizer, attendees=(), stamp="20240930T120000Z"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out = []
        while len(line.encode("utf-8")) > 74:
            cut = 74
            while len(line[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(line[:cut])
            line = " " + line[cut:]
        out.append(line)
        return "\r\n".join(out)

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHVO//SST Agenda 1.0//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp,
             "DTSTART;TZID=America/Montreal:" + start, "DTEND;TZID=America/Montreal:" + end,
             "SUMMARY:" + esc(summary), "DESCRIPTION:" + esc(description), "LOCATION:" + esc(location),
             "ORGANIZER;CN=%s:mailto:%s" % (esc(organizer[0]), organizer[1])]
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (esc(a[0]), a[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vcard(fn, n_parts, org=None, title=None, tels=(), email=None, adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:" + ";".join(n_parts), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    for kind, num in tels:
        lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def zipfile_bytes(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


CT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv",
    "ics": "text/calendar",
    "vcf": "text/vcard",
    "zip": "application/zip",
    "eml": "message/rfc822",
    "txt": "text/plain",
}
