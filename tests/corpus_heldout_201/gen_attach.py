"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import unicodedata
import zipfile

FIXED_ZIP_TIME = (2024, 11, 4, 9, 30, 0)
FIXED_CORE = datetime.datetime(2024, 11, 4, 9, 30, 0)


class Att:
    """One attachment: content type, file name, payload bytes and a kind tag."""

    def __init__(self, kind, ctype, filename, data, charset=None):
        self.kind, self.ctype, self.filename, self.data, self.charset = kind, ctype, filename, data, charset


def _pdf_safe(s):
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("’", "'").replace("–", "-").replace("—", "-").replace("…", "...")
    return s.encode("cp1252", "replace").decode("cp1252")


def _wrap(line, width=92):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def pdf(filename, title, lines, author="CHSLD des Quatre-Vents"):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setAuthor(author)
    c.setTitle(_pdf_safe(title))
    c.setCreator("Quatre-Vents documents")
    w, h = letter
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for raw in lines:
        for ln in _wrap(_pdf_safe(raw)):
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = h - 60
            c.drawString(50, y, ln)
            y -= 14
    c.showPage()
    c.save()
    return Att("pdf", "application/pdf", filename, buf.getvalue())


def normalize_zip(data):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core-property dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_CORE.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\3", b)
                b = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rb"\g<1>" + stamp + rb"\2", b)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, b)
    return out.getvalue()


def docx(filename, title, paragraphs, table=None, author="Soins infirmiers"):
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_CORE
    cp.modified = FIXED_CORE
    cp.last_printed = FIXED_CORE
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return Att("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
               filename, normalize_zip(buf.getvalue()))


def xlsx(filename, sheets, author="Quatre-Vents"):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_CORE
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return Att("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               filename, normalize_zip(buf.getvalue()))


def csv_att(filename, rows, sep=",", charset="utf-8", eol="\r\n"):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    text = eol.join(out) + eol
    return Att("csv", "text/csv", filename, text.encode(charset), charset)


def ics(filename, uid, start, end, summary, location, description, organizer, stamp, method="REQUEST"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        parts, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        parts.append(cur)
        return "\r\n ".join(parts)

    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Quatre-Vents//Agenda 3.2//FR",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:" + stamp.strftime(f) + "Z",
             "DTSTART;TZID=America/Montreal:" + start.strftime(f),
             "DTEND;TZID=America/Montreal:" + end.strftime(f),
             "SUMMARY:" + esc(summary), "LOCATION:" + esc(location),
             "DESCRIPTION:" + esc(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
             "END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(fold(x) for x in lines) + "\r\n"
    return Att("ics", "text/calendar", filename, text.encode("utf-8"), "utf-8")


def vcard(filename, fn, sur, giv, org=None, tel=None, adr=None, email=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, giv), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if bday:
        lines.append("BDAY:" + bday)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada" % adr)
    if email:
        lines.append("EMAIL:" + email)
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return Att("vcf", "text/vcard", filename, ("\r\n".join(lines) + "\r\n").encode("utf-8"), "utf-8")


def zip_att(filename, members):
    """members: list of Att (their filename/data go in the archive)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            zi = zipfile.ZipInfo(m.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, m.data)
    return Att("zip", "application/zip", filename, out.getvalue())


def eml_att(filename, data):
    return Att("eml", "message/rfc822", filename, data)
