"""Deterministic attachment builders (PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard) and matching text extractors."""
import csv
import datetime
import io
import re
import zipfile
import zlib

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_CORE = "2025-01-02T08:00:00Z"


# ---------------------------------------------------------------- zip normalisation
def _rezip(data, fix_core=False, when=FIXED_ZIP_TIME):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", r"\g<1>%s\g<3>" % FIXED_CORE, txt)
                txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % FIXED_CORE, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def _pdf_safe(s):
    # the standard PDF fonts only carry WinAnsi glyphs: fold anything else (e.g. full-width digits)
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append(unicodedata.normalize("NFKC", ch))
    s = "".join(out)
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def make_pdf(blocks, title="", author=""):
    """blocks: ('h', text) | ('p', text) | ('pre', text) | ('table', rows) | ('sp', n)"""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=letter, invariant=1, pageCompression=0, title=title, author=author,
                            creator="Deux-Rives", subject="")
    ss = getSampleStyleSheet()
    flow = []
    for kind, val in blocks:
        if kind == "h":
            flow.append(Paragraph(_pdf_safe(val), ss["Heading2"]))
        elif kind == "p":
            flow.append(Paragraph(_pdf_safe(val), ss["Normal"]))
        elif kind == "pre":
            for line in val.split("\n"):
                flow.append(Paragraph(_pdf_safe(line) or "&nbsp;", ss["Code"]))
        elif kind == "table":
            rows = [[Paragraph(_pdf_safe(str(c)), ss["BodyText"]) for c in r] for r in val]
            t = Table(rows, repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey)]))
            flow.append(t)
        elif kind == "sp":
            flow.append(Spacer(1, val))
    doc.build(flow)
    return buf.getvalue()


def _pdf_unescape(raw):
    out = bytearray()
    i = 0
    while i < len(raw):
        c = raw[i]
        if c == 0x5C:  # backslash
            i += 1
            n = raw[i:i + 1]
            if n in b"01234567":
                j = i
                while j < len(raw) and j < i + 3 and raw[j:j + 1] in b"01234567":
                    j += 1
                out.append(int(raw[i:j], 8) & 0xFF)
                i = j
                continue
            out += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(n, n)
            i += 1
            continue
        out.append(c)
        i += 1
    return out.decode("cp1252", errors="replace")


def pdf_text(data):
    """Extract text shown by Tj operators (works for the uncompressed PDFs written above)."""
    parts = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        body = m.group(1)
        if b"BT" not in body:
            try:
                body = zlib.decompress(body)
            except zlib.error:
                continue
        for bt in re.finditer(rb"BT(.*?)ET", body, re.S):
            strings = re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", bt.group(1), re.S)
            if strings:
                parts.append(" ".join(_pdf_unescape(s) for s in strings))
    return "\n".join(parts)


# ---------------------------------------------------------------- DOCX
def make_docx(blocks, author="", title=""):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.title = title
    cp.last_modified_by = author
    cp.revision = 1
    cp.comments = ""
    cp.created = datetime.datetime(2025, 1, 2, 8, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 2, 8, 0, 0)
    cp.last_printed = datetime.datetime(2025, 1, 2, 8, 0, 0)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind in ("p", "pre"):
            for line in val.split("\n") if kind == "pre" else [val]:
                d.add_paragraph(line)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=max(len(r) for r in val))
            t.style = "Table Grid"
            for i, r in enumerate(val):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
        elif kind == "sp":
            d.add_paragraph("")
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue(), fix_core=True)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author or "Deux-Rives"
    wb.properties.created = datetime.datetime(2025, 1, 2, 8, 0, 0)
    wb.properties.modified = datetime.datetime(2025, 1, 2, 8, 0, 0)
    wb.properties.lastModifiedBy = author or "Deux-Rives"
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
        for col in ws.columns:
            w = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, w + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue(), fix_core=True)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


# ---------------------------------------------------------------- small text formats
def make_csv(rows, delimiter=",", encoding="utf-8", crlf=True):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    txt = buf.getvalue()
    if encoding == "utf-8-sig":
        return txt.encode("utf-8-sig")
    return txt.encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, stamp, attendees=()):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Deux-Rives//Transport//FR", "CALSCALE:GREGORIAN",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp.strftime(fmt) + "Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
             "DESCRIPTION:" + _ics_escape(description), "ORGANIZER:mailto:" + organizer]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcf(given, surname, org="", title="", tel=None, tel_type="CELL", email=None, adr=None, note=None,
             version="3.0"):
    lines = ["BEGIN:VCARD", "VERSION:" + version, "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % (tel_type, tel))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % adr.replace(",", "\\,"))
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")
