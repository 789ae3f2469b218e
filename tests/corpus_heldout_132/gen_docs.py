"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as _dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 3, 1, 8, 0, 0)
FIXED_DT = _dt.datetime(2025, 3, 1, 8, 0, 0)
FIXED_W3C = "2025-03-01T08:00:00Z"


def _fix_core(xml):
    s = xml.decode("utf-8")
    s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_W3C + r"\g<2>", s)
    s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_W3C + r"\g<2>", s)
    s = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + FIXED_W3C + r"\g<2>", s)
    return s.encode("utf-8")


def rezip(data, fix_core=True):
    """Rewrite a ZIP container with fixed member times and order."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                blob = _fix_core(blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------------
def _pdf_safe(s):
    # Helvetica/WinAnsi: map characters outside cp1252 to close equivalents
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"µ": "u", "≥": ">=", "≤": "<="}.get(ch, "?"))
    return "".join(out)


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    words, cur, res = line.split(" "), "", []
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            res.append(cur)
            cur = "    " + w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        res.append(cur)
    return res


def pdf(title, lines, header=None, compress=False, author="SPAD"):
    """Simple text PDF. lines: list of str; '##' prefix = bold heading; '||' separated = table row."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(author)
    w, h = letter
    y = h - 60
    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, _pdf_safe(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    for raw in lines:
        bold = raw.startswith("##")
        raw = raw[2:].strip() if bold else raw
        if "||" in raw:
            cells = [x.strip() for x in raw.split("||")]
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 8.5)
            colw = (w - 100) / max(1, len(cells))
            for i, cell in enumerate(cells):
                c.drawString(50 + i * colw, y, _pdf_safe(cell)[: int(colw / 4.3)])
            y -= 13
        else:
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            for seg in _wrap(raw, 98):
                c.drawString(50, y, _pdf_safe(seg))
                y -= 14
        if y < 60:
            c.showPage()
            y = h - 60
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(title, paragraphs, table=None, author="SPAD"):
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
        if p.startswith("##"):
            d.add_heading(p[2:].strip(), level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    b = io.BytesIO()
    d.save(b)
    return rezip(b.getvalue())


def xlsx(sheets, author="SPAD"):
    """sheets: list of (name, header, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col, _ in enumerate(header, start=1):
            ws.column_dimensions[chr(64 + col)].width = 18
    b = io.BytesIO()
    wb.save(b)
    return rezip(b.getvalue())


def csv_text(header, rows, delim=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(uid, start, end, summary, location="", description="", organizer=None, method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SPAD HRV//Agenda 4.2//FR", f"METHOD:{method}",
             "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:20241103T020000",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST", "END:STANDARD", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250301T130000Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_esc(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_esc(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_esc(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def vcard(fn, n, tel=None, adr=None, email=None, note=None, bday=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{fn}", f"N:{n}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{_ics_esc(adr[0])};{_ics_esc(adr[1])};QC;{adr[2]};Canada")
    if email:
        lines.append(f"EMAIL:{email}")
    if note:
        lines.append(f"NOTE:{_ics_esc(note)}")
    lines += ["REV:20250301T080000Z", "END:VCARD"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
