"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime
import io
import re
import zipfile

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)
FIXED_DT = datetime.datetime(2024, 1, 2, 8, 0, 0)

PDF_SAFE = {"→": "->", "’": "'", "≥": ">=", "≤": "<=", "…": "...", "œ": "oe", "Œ": "OE",
            "\u202f": " ", "\u2011": "-"}


def _pdf_text(s):
    for a, b in PDF_SAFE.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            if len(line) + len(word) + 1 > width and line:
                out.append(line)
                line = word
            else:
                line = (line + " " + word) if line else word
        out.append(line)
    return out


def make_pdf(title, lines, header=None, author="SPBO", table=None):
    """lines: list of str (may contain newlines); table: list of rows."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1)
    c.setTitle(_pdf_text(title))
    c.setAuthor(_pdf_text(author))
    c.setCreator("SPBO gabarits")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, _pdf_text(header))
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_text(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for block in lines:
        for ln in _wrap(_pdf_text(block), 95):
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, ln)
            y -= 14
    if table:
        y -= 8
        ncol = max(len(r) for r in table)
        colw = (w - 100) / ncol
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
            for j, cell in enumerate(row):
                c.drawString(50 + j * colw, y, _pdf_text(str(cell))[: int(colw / 4.4)])
            y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def _rezip(blob, fix_core=True):
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2024-01-02T08:00:00Z\g<2>", data)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, data)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="SPBO"):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=max(len(r) for r in table))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return _rezip(buf.getvalue())


def make_xlsx(sheets, author="SPBO"):
    """sheets: list of (name, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return _rezip(buf.getvalue())


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ical_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST"):
    """start/end: naive datetimes, local time (America/Toronto)."""
    lines = ["BEGIN:VCALENDAR", "PRODID:-//SPBO//Planification transports 2.4//FR", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:20240102T130000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ical_escape(summary), "DESCRIPTION:" + _ical_escape(description),
             "LOCATION:" + _ical_escape(location), "ORGANIZER;CN=%s:mailto:%s" % organizer]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, mail))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_vcard(surname, given, tel=None, adr=None, note=None, bday=None, org=None, email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (_ical_escape(surname), _ical_escape(given)),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + _ical_escape(org))
    if title:
        lines.append("TITLE:" + _ical_escape(title))
    if bday:
        lines.append("BDAY:" + bday)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel)
    if adr:
        street, town, pc = adr
        lines.append("ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada" % (_ical_escape(street), _ical_escape(town), pc))
    if email:
        lines.append("EMAIL;TYPE=WORK:" + email)
    if note:
        lines.append("NOTE:" + _ical_escape(note))
    lines += ["REV:20240102T080000Z", "END:VCARD"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
