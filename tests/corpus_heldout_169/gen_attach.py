"""Deterministic attachments: PDF (reportlab), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as dt
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_DOC_DT = dt.datetime(2025, 1, 15, 14, 30, 0)


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML/ZIP file with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = dt.datetime(*when).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<3>", blob)
                blob = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rb"\g<1>" + stamp + rb"\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
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
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def _pdf_safe(s):
    # standard Type1 fonts: keep to cp1252
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, header=None, footer=None, table=None, author="", subject=""):
    """A one-or-more page report. lines: list of str ('' = blank, '## x' = bold heading)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator("ICVB rapports")
    w, h = letter
    y = h - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica", 7)
            c.drawString(50, 30, _pdf_safe(footer))
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica", 8)
        for hl in header:
            c.drawString(50, y, _pdf_safe(hl))
            y -= 11
        y -= 6
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 22
    for line in lines:
        if y < 60:
            newpage()
        if line.startswith("## "):
            c.setFont("Helvetica-Bold", 10)
            c.drawString(50, y, _pdf_safe(line[3:]))
        else:
            c.setFont("Helvetica", 10)
            c.drawString(50, y, _pdf_safe(line))
        y -= 14
    if table:
        y -= 6
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8.5)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, _pdf_safe(str(cell))[: int(colw / 4.6)])
            y -= 12
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 30, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None, author="ICVB", after_table=None):
    from docx import Document
    from docx.shared import Pt

    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_DT
    cp.modified = FIXED_DOC_DT
    cp.last_printed = FIXED_DOC_DT
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            para = d.add_paragraph(p)
            for run in para.runs:
                run.font.size = Pt(10.5)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in after_table or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author="ICVB"):
    """sheets: list of (name, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(title=name[:31])
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width + 2), 48)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ text formats
def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    b = line.encode("utf-8")
    while len(b) > 73:
        cut = 73
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut].decode())
        b = b[cut:]
    out.append(b.decode())
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, description="", location="", organizer=None, attendees=(),
             stamp=dt.datetime(2025, 1, 10, 12, 0, 0), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ICVB//Agenda cliniques//FR", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp.strftime(fmt)}Z",
             f"DTSTART;TZID=America/Montreal:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Montreal:{end.strftime(fmt)}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def make_vcard(given, surname, tel=None, cell=None, email=None, street=None, city=None, region=None,
               postal=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if cell:
        lines.append(f"TEL;TYPE=CELL:{cell}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if street:
        lines.append(f"ADR;TYPE=HOME:;;{street.replace(',', chr(92) + ',')};{city};{region};{postal};Canada")
    if bday:
        lines.append(f"BDAY:{bday.isoformat()}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"
