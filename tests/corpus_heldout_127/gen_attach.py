"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import datetime as dt
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_DOC_TIME = dt.datetime(2025, 1, 2, 8, 0, 0)


def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite a zip with fixed member times; pin core.xml timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                stamp = FIXED_DOC_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                              lambda m: m.group(1) + stamp.encode() + m.group(3), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def make_pdf(title, lines, author="", header=None, compress=True):
    """lines: list of str; a line starting with '# ' is drawn bold and larger."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("Système d'information radiologique")
    width, height = letter
    y = height - 60

    def new_page():
        nonlocal y
        c.showPage()
        y = height - 60

    if header:
        c.setFont("Helvetica-Bold", 9)
        for h in header:
            c.drawString(50, y, h)
            y -= 12
        y -= 8
    for line in lines:
        if y < 60:
            new_page()
        if line.startswith("# "):
            c.setFont("Helvetica-Bold", 12)
            c.drawString(50, y, line[2:])
            y -= 18
            continue
        c.setFont("Helvetica", 10)
        # naive wrap at ~95 characters
        while len(line) > 95:
            cut = line.rfind(" ", 0, 95)
            cut = cut if cut > 20 else 95
            c.drawString(50, y, line[:cut])
            y -= 13
            line = line[cut:].lstrip()
            if y < 60:
                new_page()
                c.setFont("Helvetica", 10)
        c.drawString(50, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(paragraphs, table=None, author="", title="", table_after=None):
    """paragraphs: list of str ('# ' prefix = heading); table: (header, rows)."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 1
    cp.comments = ""
    paras = list(paragraphs)
    split = len(paras) if table_after is None else table_after
    for p in paras[:split]:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1, cols=len(header))
        t.style = "Table Grid"
        for i, h in enumerate(header):
            t.rows[0].cells[i].text = str(h)
        for r in rows:
            cells = t.add_row().cells
            for i, v in enumerate(r):
                cells[i].text = str(v)
    for p in paras[split:]:
        if p.startswith("# "):
            d.add_heading(p[2:], level=2)
        else:
            d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (sheet name, header, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col) + 2
            ws.column_dimensions[col[0].column_letter].width = min(width, 50)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ text formats
def make_csv(header, rows, sep=","):
    import csv

    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 70
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def make_ics(uid, start, minutes, summary, description, location, organizer, stamp):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRVE//Agenda imagerie//FR", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp.strftime(f) + "Z",
        "DTSTART;TZID=America/Montreal:" + start.strftime(f),
        "DTEND;TZID=America/Montreal:" + end.strftime(f),
        "SUMMARY:" + _ics_escape(summary), "DESCRIPTION:" + _ics_escape(description),
        "LOCATION:" + _ics_escape(location), "ORGANIZER:mailto:" + organizer,
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_vcf(given, surname, tel=None, adr=None, email=None, note=None, org=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if bday:
        lines.append("BDAY:" + bday)
    if tel:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if email:
        lines.append("EMAIL:" + email)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
