"""Attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP), all byte-stable."""
import csv
import datetime
import io
import re
import textwrap
import unicodedata
import zipfile

FIXED_ZIP_DT = (2025, 1, 15, 9, 30, 0)
FIXED_CORE_DT = datetime.datetime(2025, 1, 15, 9, 30, 0)


def _zip_fixed(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def normalize_office_zip(data, stamp):
    """Rewrite an OOXML package with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    members = []
    iso = stamp.strftime("%Y-%m-%dT%H:%M:%SZ")
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = blob.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % iso, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % iso, txt)
            txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % iso, txt)
            blob = txt.encode("utf-8")
        members.append((info.filename, blob))
    return _zip_fixed(members)


def _pdf_safe(s):
    s = unicodedata.normalize("NFKC", s)
    return s.replace("\u202f", " ").replace("\u2009", " ")


def make_pdf(title, paras, table=None, footer=None, author="CHRVC"):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setAuthor(author)
    c.setTitle(_pdf_safe(title))
    c.setCreator("CHRVC Finances")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 9.5)
    for p in paras:
        for raw in p.split("\n"):
            for line in (textwrap.wrap(_pdf_safe(raw), 100) or [""]):
                if y < 60:
                    newpage()
                    c.setFont("Helvetica", 9.5)
                c.drawString(50, y, line)
                y -= 13
        y -= 6
    if table:
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
            for j, cell in enumerate(row):
                txt = _pdf_safe(str(cell))
                maxc = int(colw / 4.3)
                if len(txt) > maxc:
                    txt = txt[:maxc - 1] + "."
                c.drawString(50 + j * colw, y, txt)
            y -= 12
        y -= 6
    if footer:
        c.setFont("Helvetica-Oblique", 8)
        c.drawString(50, 40, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paras, table=None, author="CHRVC"):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_CORE_DT
    cp.modified = FIXED_CORE_DT
    cp.last_printed = FIXED_CORE_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_office_zip(buf.getvalue(), FIXED_CORE_DT)


def make_xlsx(sheets, author="CHRVC"):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_CORE_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_office_zip(buf.getvalue(), FIXED_CORE_DT)


def make_csv(rows, delimiter=",", encoding="utf-8", crlf=True):
    s = io.StringIO()
    wr = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        wr.writerow(r)
    data = s.getvalue()
    if encoding == "utf-8-sig":
        return data.encode("utf-8-sig")
    return data.encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, location, description, organizer, stamp):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRVC//Agenda 4.2//FR",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:" + stamp.strftime(fmt) + "Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
             "DESCRIPTION:" + _ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
             "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        b = ln.encode("utf-8")
        while len(b) > 73:
            cut = 73
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b" " + b[cut:]
        out.append(b)
    return b"\r\n".join(out) + b"\r\n"


def make_vcf(fn, n, org=None, tel=None, adr=None, email=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "FN:" + fn, "N:" + n]
    if org:
        lines.append("ORG:" + org)
    if bday:
        lines.append("BDAY:" + bday)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if email:
        lines.append("EMAIL:" + email)
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def make_zip(members):
    return _zip_fixed(members)
