"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG) with fixed
timestamps, plus the text extractors used by the self-check."""
import base64
import csv
import datetime as dt
import io
import re
import struct
import textwrap
import zipfile
import zlib

FIXED_ZIP_DT = (2025, 3, 14, 9, 30, 0)
FIXED_ISO = "2025-03-14T09:30:00Z"


# ------------------------------------------------------------------ zip helpers
def normalize_zip(data):
    """Rewrite an OOXML/zip container with fixed timestamps and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\2", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\2", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
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


# ------------------------------------------------------------------ PDF
def _pdf_safe(s):
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, header=None, footer=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("Relais Sante")
    c.setCreator("DME Relais")
    width, height = letter
    y = height - 60

    def top():
        nonlocal y
        y = height - 60
        if header:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, y + 25, _pdf_safe(header))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, _pdf_safe(title))
        y -= 24
        c.setFont("Helvetica", 10)

    top()
    for line in lines:
        chunks = textwrap.wrap(line, 95, drop_whitespace=False) or [""]
        for ch in chunks:
            if y < 60:
                if footer:
                    c.setFont("Helvetica-Oblique", 8)
                    c.drawString(50, 30, _pdf_safe(footer))
                c.showPage()
                top()
            c.drawString(50, y, _pdf_safe(ch))
            y -= 14
    if footer:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(50, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None, table_header=None, after_table=None):
    import docx
    doc = docx.Document()
    cp = doc.core_properties
    cp.author = "Relais Santé"
    cp.last_modified_by = "Relais Santé"
    cp.title = ""
    cp.created = dt.datetime(2025, 3, 14, 9, 30, 0)
    cp.modified = dt.datetime(2025, 3, 14, 9, 30, 0)
    cp.revision = 1
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        ncol = len(table_header or table[0])
        t = doc.add_table(rows=0, cols=ncol)
        t.style = "Table Grid"
        for row in ([table_header] if table_header else []) + list(table):
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in after_table or []:
        doc.add_paragraph(p)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = "Relais Santé"
    wb.properties.created = dt.datetime(2025, 3, 14, 9, 30, 0)
    wb.properties.modified = dt.datetime(2025, 3, 14, 9, 30, 0)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ text formats
def make_csv(rows, delimiter=",", encoding="utf-8", bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding, "replace")
    return (b"\xef\xbb\xbf" + data) if bom and encoding == "utf-8" else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(),
             method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Relais Sante//Agenda 4.2//FR", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250314T093000Z",
             f"DTSTART;TZID=America/Montreal:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Montreal:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:       # fold at 74 octets-ish (characters here)
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def make_vcf(given, surname, tel=None, email=None, adr=None, note=None, org=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=CELL:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{_ics_escape(adr)};Montréal;QC;;Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_png(w=8, h=8, seed=7):
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(((x * 31 + y * 17 + seed) % 256) for x in range(w))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------ extractors
def _pdf_unescape(s):
    out, i = bytearray(), 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):
            n = s[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                digs = b""
                while j < len(s) and len(digs) < 3 and 0x30 <= s[j] <= 0x37:
                    digs += bytes([s[j]])
                    j += 1
                out.append(int(digs, 8) & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def pdf_text(data):
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, s = m.group(1), m.group(2)
        try:
            if b"ASCII85Decode" in dic:
                s = s.strip()
                if s.endswith(b"~>"):
                    s = s[:-2]
                s = base64.a85decode(s)
            if b"FlateDecode" in dic:
                s = zlib.decompress(s)
        except Exception:
            continue
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    return "\n".join(texts)


def _xml_text(xml):
    xml = re.sub(r"</w:p>|</row>|</si>|<w:tab/>|</c>", "\n", xml)
    txt = re.sub(r"<[^>]+>", " ", xml)
    import html
    return html.unescape(txt)


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return "\n".join(_xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                     if n.startswith("word/") and n.endswith(".xml"))


def xlsx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    return "\n".join(_xml_text(z.read(n).decode("utf-8")) for n in z.namelist()
                     if n.startswith("xl/") and n.endswith(".xml") and ("sheet" in n or "sharedStrings" in n))


def file_text(name, data):
    """Best-effort text of an attachment, recursing into ZIPs."""
    low = name.lower()
    if low.endswith(".pdf") or data[:5] == b"%PDF-":
        return pdf_text(data)
    if low.endswith(".docx"):
        return docx_text(data)
    if low.endswith(".xlsx"):
        return xlsx_text(data)
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        return "\n".join(n + "\n" + file_text(n, z.read(n)) for n in z.namelist())
    if low.endswith(".eml"):
        import email, email.policy
        from gen_check import message_text
        return message_text(email.message_from_bytes(data, policy=email.policy.default))
    if low.endswith((".png", ".jpg", ".jpeg", ".tif")):
        return ""
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")
