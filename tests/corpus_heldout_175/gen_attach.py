"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 6, 9, 30, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 9, 30, 0)

_PDF_MAP = {"≥": ">=", "≤": "<=", "→": "->", "×": "x", "…": "...", "\u2009": " ", "\u202f": " ",
            "\u00a0": " ", "✓": "v", "↑": "(haut)", "↓": "(bas)"}


def _pdf_safe(s):
    out = []
    for c in s:
        if 0xFF01 <= ord(c) <= 0xFF5E:
            c = chr(ord(c) - 0xFEE0)
        c = _PDF_MAP.get(c, c)
        try:
            c.encode("cp1252")
        except UnicodeEncodeError:
            c = "?"
        out.append(c)
    return "".join(out)


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words, cur, out = line.split(" "), "", []
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def pdf(title, lines, header=None, author="CHRB"):
    """A simple one-or-more page PDF (reportlab, invariant)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setAuthor(author)
    c.setTitle(_pdf_safe(title))
    w, h = letter
    y = h - 60

    def head():
        nonlocal y
        y = h - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, y + 25, _pdf_safe(header))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, _pdf_safe(title))
        y -= 26
        c.setFont("Helvetica", 10)

    head()
    for raw in lines:
        for line in _wrap(raw, 95):
            if y < 60:
                c.showPage()
                head()
            if line.startswith("## "):
                c.setFont("Helvetica-Bold", 10)
                c.drawString(50, y, _pdf_safe(line[3:]))
                c.setFont("Helvetica", 10)
            else:
                c.drawString(50, y, _pdf_safe(line))
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _fix_core(xml):
    xml = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>2025-01-06T09:30:00Z\g<2>", xml)
    xml = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2025-01-06T09:30:00Z\g<2>", xml)
    xml = re.sub(rb"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", rb"\g<1>2025-01-06T09:30:00Z\g<2>", xml)
    return xml


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _fix_core(blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def docx(title, paragraphs, table=None, author="CHRB"):
    """paragraphs: list of str ('# ' prefix = heading). table: list of rows (first = header)."""
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
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
    return normalize_zip(buf.getvalue())


def xlsx(sheets, author="CHRB"):
    """sheets: list of (sheet title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
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
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def zipped(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(uid, start, minutes, summary, location, description, organizer=None, method="REQUEST"):
    end = start + datetime.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRB//Agenda endoscopie 4.2//FR",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:20250106T143000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
             "DESCRIPTION:" + _ics_escape(description)]
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def vcard(given, surname, org=None, title=None, tel=None, email=None, adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if bday:
        lines.append("BDAY:" + bday)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % (tel[0], tel[1]))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows, sep=","):
    def cell(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\r\n".join(sep.join(cell(v) for v in r) for r in rows) + "\r\n"
