"""Attachment builders with fixed timestamps so that two runs give identical bytes."""
import io
import re
import struct
import zipfile
import zlib

FIXED_ZIP_DT = (2024, 9, 1, 8, 0, 0)
FIXED_ISO = "2024-09-01T08:00:00Z"


def normalize_zip(data, extra_fix=True):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member timestamps and core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if extra_fix and info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + FIXED_ISO.encode() + m.group(3), blob)
                blob = re.sub(rb"<cp:lastPrinted>[^<]*</cp:lastPrinted>", b"", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF
def make_pdf(lines, title="", compress=False, author=""):
    """lines: list of str or ("h", str) headings.  Simple paginated text document."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Clinique virtuelle - gabarit v3")
    y = 740
    for item in lines:
        if isinstance(item, tuple):
            c.setFont("Helvetica-Bold", 12)
            text = item[1]
            y -= 6
        else:
            c.setFont("Helvetica", 10)
            text = item
        # wrap long lines
        chunks = []
        while len(text) > 95:
            cut = text.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            chunks.append(text[:cut])
            text = text[cut:].lstrip()
        chunks.append(text)
        for ch in chunks:
            if y < 60:
                c.showPage()
                y = 740
                c.setFont("Helvetica", 10)
            c.drawString(60, y, ch)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- DOCX
def make_docx(paragraphs, table=None, author="", title=""):
    """paragraphs: list of str or ("h", str); table: list of rows (first row header)."""
    import datetime
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.created = datetime.datetime(2024, 9, 1, 8, 0, 0)
    cp.modified = datetime.datetime(2024, 9, 1, 8, 0, 0)
    cp.revision = 1
    for p in paragraphs:
        if isinstance(p, tuple):
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows)."""
    import datetime
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = datetime.datetime(2024, 9, 1, 8, 0, 0)
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


# --------------------------------------------------------------------------- text formats
def make_csv(rows, sep=","):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(),
             method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Clinique virtuelle//Agenda 2.1//FR", "VERSION:2.0",
        "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
        "DTSTAMP:20240901T120000Z",
        "DTSTART;TZID=America/Montreal:%s" % start.strftime(fmt),
        "DTEND;TZID=America/Montreal:%s" % end.strftime(fmt),
        "SUMMARY:%s" % ics_escape(summary),
    ]
    if description:
        lines.append("DESCRIPTION:%s" % ics_escape(description))
    if location:
        lines.append("LOCATION:%s" % ics_escape(location))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold_ics(l) for l in lines) + "\r\n"


def make_vcard(fn, n, tel=None, email=None, adr=None, org=None, note=None, bday=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s" % n, "FN:%s" % fn]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % (tel[0], tel[1]))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        lines.append("ADR;TYPE=%s:;;%s" % (adr[0], adr[1].replace(",", "\\,")))
    if bday:
        lines.append("BDAY:%s" % bday)
    if note:
        lines.append("NOTE:%s" % ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(fold_ics(l) for l in lines) + "\r\n"


# --------------------------------------------------------------------------- images
def make_png(rng, w=48, h=36):
    """A small valid PNG with a skin-tone-ish gradient and a darker spot."""
    base = (rng.randrange(170, 230), rng.randrange(120, 170), rng.randrange(100, 140))
    cx, cy, r = rng.randrange(10, w - 10), rng.randrange(8, h - 8), rng.randrange(3, 8)
    raw = b""
    for y in range(h):
        raw += b"\x00"
        for x in range(w):
            if (x - cx) ** 2 + (y - cy) ** 2 < r * r:
                px = (base[0] - 90, base[1] - 80, base[2] - 70)
            else:
                px = (base[0] - y // 3, base[1] - x // 6, base[2])
            raw += bytes(max(0, min(255, v)) for v in px)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
