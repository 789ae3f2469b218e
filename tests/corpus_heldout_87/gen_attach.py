"""Attachment builders with fixed timestamps so that two runs give identical bytes."""
import datetime
import io
import re
import zipfile

from gen_mime import asciify

FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 9, 0, 0)


def _cp1252(s):
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        return asciify(s)


# ---------------------------------------------------------------------- PDF
def make_pdf(lines, title=None, compress=True, author="", table=None, col_x=None):
    """lines: list of str ('' = blank, lines starting with '## ' are bold headings).
    table: optional list of rows (list of str) drawn after the lines."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setAuthor(author or "")
    c.setTitle(_cp1252(title or ""))
    c.setCreator("Passerelle DME 4.2")
    y = 750
    if title:
        c.setFont("Helvetica-Bold", 13)
        c.drawString(60, y, _cp1252(title))
        y -= 26

    def newpage():
        nonlocal y
        c.showPage()
        y = 750

    for ln in lines:
        if y < 60:
            newpage()
        if ln.startswith("## "):
            c.setFont("Helvetica-Bold", 11)
            c.drawString(60, y, _cp1252(ln[3:]))
            y -= 18
            continue
        c.setFont("Helvetica", 10)
        for chunk in _wrap(ln, 98):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(60, y, _cp1252(chunk))
            y -= 14
    if table:
        y -= 8
        xs = col_x or [60 + i * (480 // max(1, len(table[0]))) for i in range(len(table[0]))]
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 9)
            for x, cell in zip(xs, row):
                c.drawString(x, y, _cp1252(str(cell)))
            y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def _wrap(text, width):
    if not text:
        return [""]
    words = text.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


# ---------------------------------------------------------------------- OOXML
def normalize_zip(data, core_fix=True):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        blob = src.read(info.filename)
        if core_fix and info.filename == "docProps/core.xml":
            txt = blob.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                         r"\g<1>2025-01-06T09:00:00Z\g<2>", txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                         r"\g<1>2025-01-06T09:00:00Z\g<2>", txt)
            blob = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, blob)
    dst.close()
    return out.getvalue()


def make_docx(paragraphs, table=None, title=None, author="Passerelle"):
    """paragraphs: list of str; '# ' prefix = heading."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.title = title or ""
    if title:
        d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="Passerelle"):
    """sheets: list of (title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
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


def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, blob in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        z.writestr(zi, blob)
    z.close()
    return out.getvalue()


# ----------------------------------------------------------------- text-ish
def make_csv(rows, sep=",", encoding="utf-8", bom=False):
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding, "replace")
    if bom:
        data = b"\xef\xbb\xbf" + data
    return data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(),
             method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Passerelle//Agenda 3.1//FR",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:20250106T140000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _ics_escape(summary),
             "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, m in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, m))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcf(fn, family, given, org=None, tel=None, adr=None, email=None, note=None,
             title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (family, given), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=CELL:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,") + ";;;;")
    if email:
        lines.append("EMAIL:" + email)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")
