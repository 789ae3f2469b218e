"""Attachment builders with fixed timestamps so that output is byte-stable."""
import datetime
import io
import re
import zipfile

FIXED_DT = (2024, 1, 15, 9, 0, 0)
FIXED_ISO = "2024-01-15T09:00:00Z"


# ---------------------------------------------------------------- zip helpers
def normalize_zip(data):
    """Rewrite an OOXML/ZIP archive with fixed member timestamps and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def make_pdf(lines, compress=True, header=None, footer=None):
    """lines: list of str or (style, str) with style in {'h1','h2','b','n','small'}."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setCreator("DocGen")
    width, height = letter
    y = height - 60
    fonts = {"h1": ("Helvetica-Bold", 14, 20), "h2": ("Helvetica-Bold", 11, 16),
             "b": ("Helvetica-Bold", 10, 14), "n": ("Helvetica", 10, 13),
             "small": ("Helvetica", 8, 11)}

    def page_top():
        nonlocal y
        y = height - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, height - 35, header)

    def page_bottom():
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, footer)

    page_top()
    for item in lines:
        style, text = item if isinstance(item, tuple) else ("n", item)
        font, size, lead = fonts[style]
        for chunk in _wrap(text, 95 if size <= 10 else 70):
            if y < 60:
                page_bottom()
                c.showPage()
                page_top()
            c.setFont(font, size)
            c.drawString(50, y, chunk)
            y -= lead
        if style in ("h1", "h2"):
            y -= 4
    page_bottom()
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_safe(text):
    """Standard PDF fonts use WinAnsi: map what a PDF printer would map."""
    out = []
    for ch in text:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        ch = {"≥": ">=", "≤": "<=", "\u00a0": " "}.get(ch, ch)
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = "?"
        out.append(ch)
    return "".join(out)


def _wrap(text, width):
    text = _pdf_safe(text)
    if text == "":
        return [""]
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


# ---------------------------------------------------------------- DOCX
def make_docx(blocks, author="Service", title_prop=""):
    """blocks: list of ('h', text) | ('p', text) | ('table', [[cells]])."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 15, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title_prop
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="Service"):
    """sheets: list of (sheet_name, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    fixed = datetime.datetime(2024, 1, 15, 9, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- text formats
def make_csv(rows, sep=",", crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = "\r\n" if crlf else "\n"
    return nl.join(sep.join(q(c) for c in r) for r in rows) + nl


def _ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees,
             method="REQUEST", tz="America/Toronto"):
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Agenda Clinique//FR", "VERSION:2.0",
        "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
        "DTSTAMP:20240110T120000Z",
        "DTSTART;TZID=%s:%s" % (tz, start.strftime("%Y%m%dT%H%M%S")),
        "DTEND;TZID=%s:%s" % (tz, end.strftime("%Y%m%dT%H%M%S")),
        "SUMMARY:%s" % _ical_escape(summary),
        "DESCRIPTION:%s" % _ical_escape(description),
        "LOCATION:%s" % _ical_escape(location),
        "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
    ]
    for name, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (name, addr))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def make_vcard(given, surname, org=None, tel=None, email=None, adr=None, note=None,
               bday=None, title_txt=None, adr_type="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0",
             "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % _ical_escape(org))
    if title_txt:
        lines.append("TITLE:%s" % _ical_escape(title_txt))
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        street, city, region, postal = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;Canada" % (
            adr_type, _ical_escape(street), _ical_escape(city), region, postal))
    if bday:
        lines.append("BDAY:%s" % bday.isoformat())
    if note:
        lines.append("NOTE:%s" % _ical_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"
