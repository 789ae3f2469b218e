"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) and the matching text extractors
used by the verifier.  Every builder is deterministic: fixed ZIP member times, fixed document
core dates and reportlab invariant mode."""
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
import zlib

FIXED_ZIP_TIME = (2025, 10, 1, 8, 30, 0)
FIXED_CORE = "2025-10-01T08:30:00Z"


# ---------------------------------------------------------------------------
# ZIP normalisation (used for DOCX/XLSX and plain ZIP archives)
# ---------------------------------------------------------------------------

_CORE_RE = re.compile(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_zip(data, when=FIXED_ZIP_TIME):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = _CORE_RE.sub(lambda m: m.group(1) + FIXED_CORE + m.group(3), txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------------------
# PDF via reportlab canvas (simple flowing layout, tables as columns)
# ---------------------------------------------------------------------------

def _pdf_safe(s):
    s = unicodedata.normalize("NFKC", s)
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def _wrap(text, width):
    lines = []
    for para in text.split("\n"):
        words = para.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                lines.append(cur)
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        lines.append(cur)
    return lines


def make_pdf(title, blocks, author="", subject="", compress=True, header=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator("Haute-Riviere DSP")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    def line(txt, font="Helvetica", size=10, x=50):
        nonlocal y
        if y < 60:
            newpage()
        c.setFont(font, size)
        c.drawString(x, y, _pdf_safe(txt))
        y -= size + 4

    if header:
        line(header, "Helvetica-Oblique", 8)
        y -= 4
    line(title, "Helvetica-Bold", 14)
    y -= 6
    for b in blocks:
        if isinstance(b, str):
            for ln in _wrap(b, 95):
                line(ln)
            y -= 6
        elif b[0] == "table":
            headers, rows = b[1], b[2]
            size = 8 if len(headers) > 5 else 9
            cols = [headers] + [[str(x) for x in r] for r in rows]
            widths = []
            for i in range(len(headers)):
                w = max(stringWidth(_pdf_safe(str(r[i])), "Helvetica", size) for r in cols)
                widths.append(min(w + 8, 190))
            scale = min(1.0, (width - 100) / max(sum(widths), 1))
            widths = [w * scale for w in widths]
            for ri, r in enumerate(cols):
                if y < 60:
                    newpage()
                x = 50
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", size)
                for i, cell in enumerate(r):
                    c.drawString(x, y, _pdf_safe(str(cell)))
                    x += widths[i]
                y -= size + 4
            y -= 6
        elif b[0] == "kv":
            for k, v in b[1]:
                if y < 60:
                    newpage()
                c.setFont("Helvetica-Bold", 10)
                c.drawString(50, y, _pdf_safe(k))
                c.setFont("Helvetica", 10)
                c.drawString(220, y, _pdf_safe(str(v)))
                y -= 14
            y -= 6
        elif b[0] == "h":
            y -= 4
            line(b[1], "Helvetica-Bold", 11)
    c.showPage()
    c.save()
    return buf.getvalue()


_STREAM_RE = re.compile(rb"\d+ 0 obj\s*<<((?:(?!endobj).)*?)>>\s*stream\r?\n(.*?)\r?\n?endstream", re.S)
_STR_RE = re.compile(rb"\((?:\\.|[^\\)])*\)\s*Tj")


def _pdf_unescape(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        ch = raw[i]
        if ch == 0x5C and i + 1 < len(raw):
            nx = raw[i + 1]
            if 0x30 <= nx <= 0x37:
                j = i + 1
                digits = b""
                while j < len(raw) and len(digits) < 3 and 0x30 <= raw[j] <= 0x37:
                    digits += bytes([raw[j]])
                    j += 1
                out.append(int(digits, 8))
                i = j
                continue
            out.append({ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8,
                        ord("f"): 12}.get(nx, nx))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def _a85(body):
    import base64
    body = body.strip()
    if body.endswith(b"~>"):
        body = body[:-2]
    body = b"".join(body.split())
    return base64.a85decode(body, adobe=False)


def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    texts = []
    for m in _STREAM_RE.finditer(data):
        d, body = m.group(1), m.group(2)
        if b"/FlateDecode" in d:
            if b"/ASCII85Decode" in d:
                body = _a85(body)
            body = zlib.decompress(body)
        elif b"/ASCII85Decode" in d:
            body = _a85(body)
        for s in _STR_RE.finditer(body):
            raw = s.group(0)
            raw = raw[1:raw.rindex(b")")]
            texts.append(_pdf_unescape(raw).decode("cp1252"))
    if not texts:
        raise ValueError("PDF without text")
    return "\n".join(texts)


# ---------------------------------------------------------------------------
# DOCX and XLSX
# ---------------------------------------------------------------------------

def make_docx(title, blocks, author="DSP Haute-Rivière"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2025, 10, 1, 8, 30, 0)
    cp.modified = dt.datetime(2025, 10, 1, 8, 30, 0)
    cp.last_printed = dt.datetime(2025, 10, 1, 8, 30, 0)
    cp.revision = 1
    cp.comments = ""
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                d.add_paragraph(para)
        elif b[0] == "table":
            headers, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(headers))
            t.style = "Table Grid"
            for i, h in enumerate(headers):
                t.cell(0, i).text = str(h)
            for ri, r in enumerate(rows):
                for i, v in enumerate(r):
                    t.cell(ri + 1, i).text = str(v)
        elif b[0] == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                p.add_run(f"{k} ").bold = True
                p.add_run(str(v))
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    parts.append(d.core_properties.title or "")
    return "\n".join(parts)


def make_xlsx(sheets, creator="DSP Haute-Rivière"):
    """sheets: list of (title, headers, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = dt.datetime(2025, 10, 1, 8, 30, 0)
    wb.properties.modified = dt.datetime(2025, 10, 1, 8, 30, 0)
    first = True
    for title, headers, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(headers))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(headers):
            col = openpyxl.utils.get_column_letter(i + 1)
            ws.column_dimensions[col].width = max(10, min(40, max(len(str(x[i])) for x in [headers] + list(rows)) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


# ---------------------------------------------------------------------------
# CSV, ICS, vCard
# ---------------------------------------------------------------------------

def make_csv(headers, rows, encoding="utf-8", delimiter=",", bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(headers)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding, errors="strict")
    if bom and encoding == "utf-8":
        data = b"\xef\xbb\xbf" + data
    return data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    while len(line) > 70:
        out.append(line[:70])
        line = " " + line[70:]
    out.append(line)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, location="", description="", organizer=None,
             attendees=(), method="REQUEST", stamp=None):
    stamp = stamp or dt.datetime(2025, 10, 1, 12, 0, 0)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DSP Haute-Riviere//Agenda//FR",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=America/Toronto:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID=America/Toronto:{end.strftime('%Y%m%dT%H%M%S')}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(ln) for ln in lines) + "\r\n").encode("utf-8")


def make_vcf(given, surname, tel=None, tel_type="HOME", adr=None, note=None, bday=None, org=None,
             title=None, email=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{_ics_escape(surname)};{_ics_escape(given)};;;",
             f"FN:{_ics_escape(given + ' ' + surname)}"]
    if org:
        lines.append(f"ORG:{_ics_escape(org)}")
    if title:
        lines.append(f"TITLE:{_ics_escape(title)}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=WORK:{email}")
    if adr:
        street, city, region, pc = adr
        kind = "HOME" if tel_type in ("HOME", "CELL") else "WORK"
        lines.append(f"ADR;TYPE={kind}:;;{_ics_escape(street)};{_ics_escape(city)};{region};{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(ln) for ln in lines) + "\r\n").encode("utf-8")


def unfold_text(s):
    s = s.replace("\r\n ", "").replace("\n ", "")
    return s.replace("\\n", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")


# ---------------------------------------------------------------------------
# Dispatch for extraction by file name / content type
# ---------------------------------------------------------------------------

def extract_binary(name, ctype, data, parse_eml):
    """Return decoded text of an attachment; raises on undecodable content."""
    lname = (name or "").lower()
    if ctype == "application/pdf" or lname.endswith(".pdf"):
        return pdf_text(data)
    if lname.endswith(".docx") or "wordprocessingml" in ctype:
        return docx_text(data)
    if lname.endswith(".xlsx") or "spreadsheetml" in ctype:
        return xlsx_text(data)
    if lname.endswith(".zip") or ctype in ("application/zip", "application/x-zip-compressed"):
        parts = []
        z = zipfile.ZipFile(io.BytesIO(data))
        for info in z.infolist():
            parts.append(info.filename)
            parts.append(extract_binary(info.filename, "", z.read(info.filename), parse_eml))
        return "\n".join(parts)
    if lname.endswith(".eml"):
        return parse_eml(data)
    if lname.endswith((".csv", ".txt")):
        for enc in ("utf-8-sig", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                continue
    if lname.endswith((".ics", ".vcf")):
        return unfold_text(data.decode("utf-8"))
    raise ValueError(f"cannot decode attachment {name!r} ({ctype})")
