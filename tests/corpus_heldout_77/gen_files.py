"""Attachment factories with fixed timestamps (byte-identical across runs)."""
import io
import re
import struct
import textwrap
import zipfile
import zlib

FIXED_ZIP_DATE = (2025, 1, 6, 9, 30, 0)
FIXED_ISO = "2025-01-06T09:30:00Z"


def normalize_zip(data, extra_sub=None):
    """Rewrite a ZIP (DOCX/XLSX) with fixed dates and fixed core-property times."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(entries):
    """entries: list of (name, bytes|str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in entries:
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def pdf(title, lines, author="GHSM", header=None, compress=None, seed=0):
    """A simple text PDF.  lines: list of str ('' = blank, '## x' = bold heading)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    comp = (seed % 2 == 0) if compress is None else compress
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1 if comp else 0)
    c.setAuthor(author)
    c.setTitle(title)
    w, h = A4
    y = h - 60

    def new_page():
        nonlocal y
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica-Bold", 9)
        for hl in header:
            c.drawString(50, y, hl)
            y -= 12
        y -= 10
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 24
    for line in lines:
        bold = line.startswith("## ")
        txt = line[3:] if bold else line
        wrapped = textwrap.wrap(txt, 95) or [""]
        for wl in wrapped:
            if y < 60:
                new_page()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, _pdf_safe(wl))
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            import unicodedata
            alt = unicodedata.normalize("NFKC", ch)
            out.append(alt if alt.isascii() else {"\u2011": "-", "\u202f": " "}.get(ch, "?"))
    return "".join(out)


def scanned_pdf(seed=0):
    """An image-like PDF without any text layer (a 'scan')."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    w, h = A4
    c.setFillGray(0.92)
    c.rect(30, 30, w - 60, h - 60, fill=1, stroke=0)
    c.setFillGray(0.35)
    y = h - 90
    k = seed
    while y > 80:
        k = (k * 1103515245 + 12345) & 0x7FFFFFFF
        ln = 180 + k % 300
        c.rect(60, y, ln, 5, fill=1, stroke=0)
        y -= 14 + (k >> 8) % 9
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def docx(title, paragraphs, table=None, author="GHSM"):
    import datetime as dt
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2025, 1, 6, 9, 30)
    cp.modified = dt.datetime(2025, 1, 6, 9, 30)
    cp.revision = 1
    cp.title = ""
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
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def xlsx(sheets, author="GHSM"):
    """sheets: list of (name, rows)."""
    import datetime as dt
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name[:31])
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, width + 2)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt.datetime(2025, 1, 6, 9, 30)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ PNG
def png(w, h, seed):
    rows = []
    k = seed or 1
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            k = (k * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(200 + (k >> 16) % 56 if (x + y) % 7 else 40 + (k >> 16) % 40)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


# ------------------------------------------------------------------ text formats
def ics(summary, start, end, location, description, organizer, attendees, uid, tzid="Europe/Brussels"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def foldl(line):
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//GHSM//Agenda 4.2//FR", "VERSION:2.0", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250106T093000Z",
             f"DTSTART;TZID={tzid}:{start:%Y%m%dT%H%M%S}", f"DTEND;TZID={tzid}:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}",
             f"ORGANIZER;CN={esc(organizer[0])}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={esc(n)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(foldl(l) for l in lines) + "\r\n"


def vcard(fn, n_parts, org="", title="", tels=(), emails=(), adr="", note="", bday=""):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{fn}", "N:" + ";".join(n_parts)]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, t in tels:
        lines.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


def csv_text(rows, sep=";"):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()
