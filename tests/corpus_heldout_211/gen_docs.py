"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP.

Documents are described by *blocks*:
  ("h", text) heading, ("p", text) paragraph (may contain newlines),
  ("table", header_or_None, rows), ("quote", [blocks]), ("pre", text)
"""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

FIXED_DT = datetime.datetime(2024, 11, 4, 9, 0, 0)
ZIP_DT = (2024, 11, 4, 9, 0, 0)


def _cp1252_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
        except UnicodeEncodeError:
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return "".join(out).encode("cp1252", "replace").decode("cp1252")


def blocks_to_lines(blocks):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind in ("h", "p", "pre"):
            lines.extend(b[1].split("\n"))
            lines.append("")
        elif kind == "table":
            head, rows = b[1], b[2]
            allrows = ([head] if head else []) + rows
            for r in allrows:
                lines.append("  |  ".join(str(c) for c in r))
            lines.append("")
        elif kind == "quote":
            lines.extend(blocks_to_lines(b[1]))
    return lines


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def make_pdf(title, blocks, author="", letterhead=None):
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(_cp1252_safe(title))
    c.setAuthor(_cp1252_safe(author))
    c.setCreator("Bureautique CIUSSS")
    width, height = letter
    y = height - 60
    if letterhead:
        c.setFont("Helvetica-Bold", 9)
        for ln in letterhead:
            c.drawString(60, y, _cp1252_safe(ln))
            y -= 12
        y -= 10
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, y, _cp1252_safe(title))
    y -= 26
    for b in blocks:
        kind = b[0]
        if kind == "table":
            head, rows = b[1], b[2]
            allrows = ([head] if head else []) + rows
            ncol = max(len(r) for r in allrows)
            colw = (width - 120) / ncol
            for i, r in enumerate(allrows):
                font = "Helvetica-Bold" if (head and i == 0) else "Helvetica"
                cells = [_cp1252_safe(str(cell)) for cell in r]
                fits = all(c.stringWidth(t, font, 8.5) <= colw - 4 for t in cells)
                if fits:
                    if y < 60:
                        c.showPage()
                        y = height - 60
                    c.setFont(font, 8.5)
                    for j, t in enumerate(cells):
                        c.drawString(60 + j * colw, y, t)
                    y -= 12
                else:
                    for ln in simpleSplit("  |  ".join(cells), font, 8.5, width - 120):
                        if y < 60:
                            c.showPage()
                            y = height - 60
                        c.setFont(font, 8.5)
                        c.drawString(60, y, ln)
                        y -= 12
            y -= 8
            continue
        font = "Helvetica-Bold" if kind == "h" else ("Courier" if kind == "pre" else "Helvetica")
        size = 11 if kind == "h" else 9.5
        sub = b[1] if kind != "quote" else "\n".join(blocks_to_lines(b[1]))
        for para in sub.split("\n"):
            wrapped = simpleSplit(_cp1252_safe(para), font, size, width - 120) or [""]
            for ln in wrapped:
                if y < 60:
                    c.showPage()
                    y = height - 60
                c.setFont(font, size)
                c.drawString(60, y, ln)
                y -= size + 4
        y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# ZIP normalisation for OOXML
# --------------------------------------------------------------------------
_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")


def normalize_ooxml(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _CORE_DATE.sub(rb"\g<1>2024-11-04T09:00:00Z\g<3>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def make_docx(title, blocks, author=""):
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
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[1], level=2)
        elif kind in ("p", "pre"):
            d.add_paragraph(b[1])
        elif kind == "quote":
            for ln in blocks_to_lines(b[1]):
                d.add_paragraph(ln)
        elif kind == "table":
            head, rows = b[1], b[2]
            allrows = ([head] if head else []) + rows
            ncol = max(len(r) for r in allrows)
            t = d.add_table(rows=len(allrows), cols=ncol)
            for i, r in enumerate(allrows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def make_xlsx(sheets, author=""):
    """sheets: list of (sheet_title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
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
    return normalize_ooxml(buf.getvalue())


# --------------------------------------------------------------------------
# Text formats
# --------------------------------------------------------------------------
def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees, method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CIUSSS Haute-Bellerive//Agenda//FR",
             "METHOD:%s" % method, "BEGIN:VTIMEZONE", "TZID:America/Montreal", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "BEGIN:DAYLIGHT",
             "DTSTART:19700308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:20241104T130000Z",
             "DTSTART;TZID=America/Montreal:%s" % start.strftime(fmt),
             "DTEND;TZID=America/Montreal:%s" % end.strftime(fmt),
             "SUMMARY:%s" % _ics_escape(summary),
             "DESCRIPTION:%s" % _ics_escape(description),
             "LOCATION:%s" % _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (_ics_escape(organizer[0]), organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (_ics_escape(n), a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_ics_fold(l) for l in lines) + "\n"


def make_vcard(given, sur, tel=None, adr=None, note=None, org=None, title=None, email=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (sur, given), "FN:%s %s" % (given, sur)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:%s" % tel)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        street, town, postal = adr
        lines.append("ADR;TYPE=HOME:;;%s;%s;QC;%s;Canada" % (street.replace(",", "\\,"), town, postal))
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("REV:20241104T130000Z")
    lines.append("END:VCARD")
    return "\n".join(_ics_fold(l) for l in lines) + "\n"


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
