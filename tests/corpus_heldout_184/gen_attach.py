"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import io
import re
import zipfile
import datetime as dt

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_CORE = dt.datetime(2025, 1, 15, 9, 30, 0)


# ---------------------------------------------------------------- zip normaliser
def normalize_zip(data, when=FIXED_ZIP_TIME):
    """Rewrite an OOXML/ZIP archive with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + stamp + r"\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + stamp + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- PDF
def pdf_safe(s):
    """Standard PDF fonts only cover WinAnsi: fold full-width forms and anything else not in cp1252."""
    import unicodedata
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            alt = unicodedata.normalize("NFKC", ch)
            try:
                alt.encode("cp1252")
                out.append(alt)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def make_pdf(title, lines, author="", compress=True, header=None):
    """lines: list of str; '' for blank; lines starting with '# ' are bold headings."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.pagesizes import letter
    from reportlab.lib.utils import simpleSplit

    title = pdf_safe(title)
    lines = [pdf_safe(x) for x in lines]
    header = pdf_safe(header) if header else header
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("ReportLab")
    c.setSubject(title)
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    if header:
        c.setFont("Helvetica", 8)
        c.drawString(50, y + 25, header)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    for line in lines:
        if line.startswith("# "):
            font, size, text = "Helvetica-Bold", 10.5, line[2:]
        else:
            font, size, text = "Helvetica", 10, line
        for piece in simpleSplit(text, font, size, width - 100) or [""]:
            if y < 60:
                newpage()
            c.setFont(font, size)
            c.drawString(50, y, piece)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, paragraphs, table=None, author="", company=""):
    """paragraphs: list of str (lines starting with '# ' become headings); table: list of rows."""
    import docx

    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_CORE
    cp.modified = FIXED_CORE
    cp.last_printed = FIXED_CORE
    cp.revision = 2
    d.add_heading(title, level=1)
    for para in paragraphs:
        if para.startswith("# "):
            d.add_heading(para[2:], level=2)
        else:
            d.add_paragraph(para)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (sheet_title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_CORE
    wb.properties.modified = FIXED_CORE
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV
def make_csv(rows, sep=",", crlf=True):
    import csv

    out = io.StringIO()
    w = csv.writer(out, delimiter=sep, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue()


# ---------------------------------------------------------------- ICS
def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 73:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 72:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return out


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp, method="REQUEST"):
    """start/end: naive local datetimes (America/Toronto)."""
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHU Boreal//Agenda clinique 4.2//FR",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{stamp.strftime(f)}Z",
        f"DTSTART;TZID=America/Toronto:{start.strftime(f)}",
        f"DTEND;TZID=America/Toronto:{end.strftime(f)}",
        f"SUMMARY:{_ics_escape(summary)}",
        f"DESCRIPTION:{_ics_escape(description)}",
        f"LOCATION:{_ics_escape(location)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for name, addr in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT:mailto:{addr}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        folded.extend(_fold(ln))
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------- vCard
def make_vcard(surname, given, tel=None, tel_type="HOME", adr=None, email=None, note=None, org=None,
               title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if adr:
        lines.append(f"ADR;TYPE={'HOME' if tel_type in ('HOME', 'CELL') else 'WORK'}:;;{adr.replace(',', chr(92) + ',')};;;;")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    out = []
    for ln in lines:
        out.extend(_fold(ln))
    return "\r\n".join(out) + "\r\n"
