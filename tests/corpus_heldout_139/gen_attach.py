"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import zipfile

from gen_common import FROM_FULLWIDTH

FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)
FIXED_DT = datetime.datetime(2024, 9, 1, 8, 0, 0)


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite a ZIP with fixed member times and attributes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def zip_bytes(members, when=FIXED_ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
_PDF_MAP = str.maketrans({"≥": ">=", "≤": "<=", "→": "->", "×": "x", "↑": "(hausse)",
                          "↓": "(baisse)", "µ": "u", "²": "2", "✓": "x"})


def pdf_safe(s):
    s = s.translate(FROM_FULLWIDTH).translate(_PDF_MAP)
    return "".join(c if _cp1252(c) else "?" for c in s)


def _cp1252(c):
    try:
        c.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        out.append(cur)
    return out


def pdf_bytes(title, lines, author="", header=""):
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(pdf_safe(title))
    c.setAuthor(pdf_safe(author))
    c.setCreator("Dossier clinique - export")
    width, height = letter
    y = height - 60

    def top():
        nonlocal y
        y = height - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, height - 35, pdf_safe(header))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, y, pdf_safe(title))
        y -= 24
        c.setFont("Helvetica", 10)

    top()
    for raw in lines:
        for line in _wrap(pdf_safe(raw), 95) or [""]:
            if y < 60:
                c.showPage()
                top()
            c.drawString(50, y, line)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def docx_bytes(title, paras, table=None, author="", table_after=0):
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
    for i, p in enumerate(paras):
        d.add_paragraph(p)
        if table and i + 1 == table_after:
            _docx_table(d, table)
    if table and (table_after == 0 or table_after > len(paras)):
        _docx_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def _docx_table(d, rows):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = str(v)


# ---------------------------------------------------------------- XLSX
def xlsx_bytes(sheets, author=""):
    import openpyxl
    from openpyxl.writer.excel import ExcelWriter
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
    arc = zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED)
    ExcelWriter(wb, arc).save()
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV
def csv_text(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ---------------------------------------------------------------- ICS / vCard
def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line
    while len(b) > 73:
        out.append(b[:73])
        b = " " + b[73:]
    out.append(b)
    return "\n".join(out)


def ics_text(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HRVC//Agenda clinique 4.2//FR",
             "METHOD:" + method, "BEGIN:VEVENT",
             "UID:" + uid,
             "DTSTAMP:20240901T120000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _ics_esc(summary),
             "DESCRIPTION:" + _ics_esc(description),
             "LOCATION:" + _ics_esc(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_fold(l) for l in lines) + "\n"


def vcf_text(fn, n_sur, n_giv, org="", title="", tel=(), email="", adr=None, bday=None, note=""):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (n_sur, n_giv), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    for kind, num in tel:
        lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;Canada" % adr)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_esc(note))
    lines.append("REV:20240901T120000Z")
    lines.append("END:VCARD")
    return "\n".join(_fold(l) for l in lines) + "\n"
