"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import io
import re
import zipfile

from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_CORE = "2024-01-02T09:00:00Z"


def _zt(dt):
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, (dt.second // 2) * 2)


def rezip(data, dt):
    """Rewrite a ZIP (OOXML) with fixed member times and fixed core-property dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = dt.strftime("%Y-%m-%dT%H:%M:%SZ")
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              lambda m: m.group(1) + stamp.encode() + m.group(3), blob)
                blob = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=_zt(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def _wrap(line, width):
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, author="anonymous", header=None):
    """lines: list of str; a line starting with '# ' is a bold sub-heading."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(title)
    c.setAuthor(author)
    w, h = letter
    y = h - 60

    def top():
        nonlocal y
        y = h - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, h - 35, header)
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, title)
        y -= 26

    top()
    for raw in lines:
        for t in (_wrap(raw, 95) if raw else [""]):
            if y < 60:
                c.showPage()
                top()
            if raw.startswith("# "):
                c.setFont("Helvetica-Bold", 10.5)
                c.drawString(50, y, t[2:] if t.startswith("# ") else t)
            else:
                c.setFont("Helvetica", 10)
                c.drawString(50, y, t)
            y -= 14
    c.showPage()
    c.save()
    data = buf.getvalue()
    for ln in lines + [title]:
        ln.encode("cp1252")  # standard fonts only carry WinAnsi
    return data


def make_docx(title, paras, dt, table=None, author="CIUSSS"):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        tb = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = tb.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue(), dt)


def make_xlsx(sheets, dt, creator="CIUSSS"):
    """sheets: list of (name, rows)."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for row in rows:
            ws.append(list(row))
        for col, width in zip("ABCDEFGHIJ", [18, 22, 16, 26, 30, 18, 18, 18, 18, 18]):
            ws.column_dimensions[col].width = width
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue(), dt)


def make_csv(rows, delimiter=",", crlf=True):
    buf = io.StringIO()
    wr = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for row in rows:
        wr.writerow(row)
    return buf.getvalue()


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 74:
        cut = 74
        while len(b[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), method="REQUEST",
             stamp=None):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Riviere-aux-Saules//Agenda 4.2//FR", "VERSION:2.0", "METHOD:" + method,
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + (stamp or start).strftime(fmt),
             "DTSTART;TZID=America/Montreal:" + start.strftime(fmt),
             "DTEND;TZID=America/Montreal:" + end.strftime(fmt),
             "SUMMARY:" + _ics_esc(summary), "LOCATION:" + _ics_esc(location),
             "DESCRIPTION:" + _ics_esc(description), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, mail))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_vcf(given, surname, tel=None, email=None, org=None, title=None, adr=None, note=None, uid=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % tel)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;Montréal;QC;;Canada" % adr.replace(",", "\\,"))
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    if uid:
        lines.append("UID:" + uid)
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_zip(members, dt):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=_zt(dt))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------- extraction
def _pdf_unescape(b):
    out = bytearray()
    i = 0
    while i < len(b):
        ch = b[i]
        if ch == 0x5C and i + 1 < len(b):
            n = b[i + 1]
            if 0x30 <= n <= 0x37:
                j = i + 1
                v = 0
                while j < len(b) and j < i + 4 and 0x30 <= b[j] <= 0x37:
                    v = v * 8 + b[j] - 0x30
                    j += 1
                out.append(v & 0xFF)
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}.get(n, n))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    import base64
    import zlib
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, s = m.group(1), m.group(2)
        if b"ASCII85Decode" in dic:
            s = s.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            s = base64.a85decode(s)
        if b"FlateDecode" in dic:
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", s, re.S):
            texts.append(_pdf_unescape(t.group(1)).decode("cp1252"))
    for t in re.finditer(rb"/Title \(((?:\\.|[^\\)])*)\)", data):
        texts.append(_pdf_unescape(t.group(1)).decode("cp1252", "replace"))
    if not texts:
        raise ValueError("no text in PDF")
    return "\n".join(texts)


def _xml_text(blob):
    import html
    s = blob.decode("utf-8")
    s = re.sub(r"</w:p>|</row>|</si>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def ooxml_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise ValueError("bad member " + bad)
    parts = []
    for n in z.namelist():
        if n == "word/document.xml" or n == "xl/sharedStrings.xml" or n.startswith("xl/worksheets/sheet"):
            parts.append(_xml_text(z.read(n)))
    if not parts:
        raise ValueError("no OOXML text parts")
    return "\n".join(parts)
