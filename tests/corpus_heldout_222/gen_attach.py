"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from gen_common import Att  # noqa: F401  (re-exported for builders)

FIXED_ZIP_DT = (2025, 1, 2, 8, 30, 0)
FIXED_DOC_DT = datetime.datetime(2025, 1, 2, 13, 30, 0)
FIXED_DOC_ISO = "2025-01-02T13:30:00Z"


def _cp1252_safe(s):
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"\u2192": "->", "\u2265": ">=", "\u2264": "<=", "\u2248": "~", "\u2011": "-"}.get(ch, "?"))
    return "".join(out)


# --------------------------------------------------------------------------
# ZIP normalisation (used for DOCX / XLSX / plain ZIP)
# --------------------------------------------------------------------------
def _zip_write(zf, name, data):
    zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
    zi.compress_type = zipfile.ZIP_DEFLATED
    zi.external_attr = 0o644 << 16
    zi.create_system = 0
    zf.writestr(zi, data)


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = body.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             lambda m: m.group(1) + FIXED_DOC_ISO + m.group(2), txt)
                txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)",
                             lambda m: m.group(1) + FIXED_DOC_ISO + m.group(2), txt)
                body = txt.encode("utf-8")
            _zip_write(dst, info.filename, body)
    return out.getvalue()


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members:
            _zip_write(zf, name, data)
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF (reportlab, invariant)
# --------------------------------------------------------------------------
def pdf_bytes(title, blocks, header=None, footer=None, author="CMSCC"):
    """blocks: list of str (paragraph) or ('table', rows) or ('h', text)."""
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1)
    c.setAuthor(author)
    c.setTitle(_cp1252_safe(title))
    c.setCreator("CMSCC dossier")
    width, height = LETTER
    left, right, top, bottom = 54, width - 54, height - 54, 60
    y = top

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(left, 36, _cp1252_safe(footer))
        c.showPage()
        y = top

    def line(text, font="Helvetica", size=10, lead=13, x=left):
        nonlocal y
        if y < bottom:
            newpage()
        c.setFont(font, size)
        c.drawString(x, y, _cp1252_safe(text))
        y -= lead

    if header:
        for h in header:
            line(h, "Helvetica", 8, 10)
        y -= 6
    line(title, "Helvetica-Bold", 13, 20)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            y -= 4
            line(b[1], "Helvetica-Bold", 10.5, 15)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            colw = (right - left) / ncol
            for i, r in enumerate(rows):
                if y < bottom:
                    newpage()
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
                for j, cell in enumerate(r):
                    txt = _cp1252_safe(str(cell))
                    while txt and c.stringWidth(txt, "Helvetica", 8.5) > colw - 4:
                        txt = txt[:-1]
                    c.drawString(left + j * colw, y, txt)
                y -= 12
            y -= 4
        else:
            for para_line in str(b).split("\n"):
                wrapped = simpleSplit(_cp1252_safe(para_line), "Helvetica", 10, right - left) or [""]
                for w in wrapped:
                    line(w)
            y -= 4
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(left, 36, _cp1252_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------
# DOCX (python-docx)
# --------------------------------------------------------------------------
def docx_bytes(title, blocks, author="CMSCC"):
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOC_DT
    cp.modified = FIXED_DOC_DT
    cp.last_printed = FIXED_DOC_DT
    cp.revision = 1
    cp.title = ""
    cp.comments = ""
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            d.add_paragraph(str(b))
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# XLSX (openpyxl)
# --------------------------------------------------------------------------
def xlsx_bytes(sheets, author="CMSCC"):
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, max(8, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# --------------------------------------------------------------------------
# Text attachments
# --------------------------------------------------------------------------
def csv_bytes(rows, encoding="utf-8", delimiter=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 75:
        cut = 75
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode("utf-8"))
        b = b" " + b[cut:]
    out.append(b.decode("utf-8"))
    return "\r\n".join(out)


def ics_bytes(uid, start, end, summary, description, location, organizer, attendees, method="REQUEST",
              tz="America/Toronto"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CISSS Monts-et-Rivieres//Agenda CMSCC//FR", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250102T133000Z",
             "DTSTART;TZID=%s:%s" % (tz, start.strftime(fmt)), "DTEND;TZID=%s:%s" % (tz, end.strftime(fmt)),
             "SUMMARY:" + _ics_escape(summary), "DESCRIPTION:" + _ics_escape(description),
             "LOCATION:" + _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, mail))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcf_bytes(given, surname, org=None, title=None, tel=None, tel_type="CELL", email=None, adr=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % (tel_type, tel))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s" % adr.replace(",", "\\,"))
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(x) for x in lines) + "\r\n").encode("utf-8")
