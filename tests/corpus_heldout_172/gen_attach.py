"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import csv
import datetime as _dt
import io
import re
import textwrap
import zipfile

FIXED_ZIP_DT = (2025, 1, 6, 8, 30, 0)
FIXED_DOC_DT = _dt.datetime(2025, 1, 6, 8, 30, 0)

_PDF_MAP = {"→": "->", "≥": ">=", "≤": "<=", "µ": "µ", "’": "'", "œ": "oe", "Œ": "OE",
            "—": "-", "–": "-", "…": "...", "×": "x", "↑": "^", "↓": "v", "✓": "v"}


def pdf_safe(s):
    out = []
    for c in s:
        c = _PDF_MAP.get(c, c)
        try:
            c.encode("cp1252")
        except UnicodeEncodeError:
            c = "?"
        out.append(c)
    return "".join(out)


def _wrap(s, width):
    """Wrap at field separators first so identifiers are not split across lines."""
    out = []
    while len(s) > width:
        cut = -1
        for sep in (" / ", " | ", " — ", " - ", "; ", ", "):
            k = s.rfind(sep, 0, width)
            if k > cut:
                cut = k + len(sep.rstrip())
        if cut <= 10:
            pieces = textwrap.wrap(s, width)
            out += pieces[:-1]
            s = pieces[-1]
            break
        out.append(s[:cut].rstrip())
        s = "    " + s[cut:].strip()
    out.append(s)
    return out


def make_pdf(title, lines, author="", compress=False, mono_from=None):
    """lines: list of strings; lines after index mono_from are set in Courier (tables)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(pdf_safe(title))
    c.setAuthor(pdf_safe(author))
    c.setCreator("CHVE Ophtalmo - gabarits")
    w, h = letter
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 26
    for i, ln in enumerate(lines):
        mono = mono_from is not None and i >= mono_from
        font = ("Courier", 8.5) if mono else ("Helvetica", 10)
        width = 105 if mono else 95
        wrapped = _wrap(pdf_safe(ln), width) if ln.strip() else [""]
        for piece in wrapped:
            if y < 60:
                c.showPage()
                y = h - 60
            c.setFont(*font)
            c.drawString(50, y, piece)
            y -= 12 if mono else 14
    c.showPage()
    c.save()
    return buf.getvalue()


_CORE_DATE = re.compile(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)")
_PRINTED = re.compile(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)")


def normalize_zip(data, fix_core=True):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member times, order and attributes."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                blob = _CORE_DATE.sub(rb"\g<1>2025-01-06T08:30:00Z\g<3>", blob)
                blob = _PRINTED.sub(rb"\g<1>2025-01-06T08:30:00Z\g<2>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="", after=None):
    """paragraphs before the table; `after` paragraphs after it."""
    import docx
    d = docx.Document()
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
        d.add_paragraph(p)
    if table:
        header, rows = table
        t = d.add_table(rows=1 + len(rows), cols=len(header))
        t.style = "Table Grid"
        for j, hv in enumerate(header):
            t.cell(0, j).text = str(hv)
        for i, r in enumerate(rows):
            for j, v in enumerate(r):
                t.cell(i + 1, j).text = str(v)
    for p in after or []:
        d.add_paragraph(p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author=""):
    """sheets: list of (title, rows) where rows[0] is the header."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title[:31])
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_DT
    wb.properties.modified = FIXED_DOC_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    b = line
    while len(b.encode("utf-8")) > 74:
        cut = 74
        while len(b[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(b[:cut])
        b = " " + b[cut:]
    out.append(b)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST"):
    st = start.strftime("%Y%m%dT%H%M%S")
    en = end.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHVE//Agenda ophtalmo 2.1//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250106T133000Z",
             f"DTSTART;TZID=America/Montreal:{st}", f"DTEND;TZID=America/Montreal:{en}",
             f"SUMMARY:{_ics_escape(summary)}", f"DESCRIPTION:{_ics_escape(description)}",
             f"LOCATION:{_ics_escape(location)}", f"ORGANIZER;CN={_ics_escape(organizer[0])}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={_ics_escape(n)};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def make_vcard(given, surname, tel=None, adr=None, email=None, note=None, org=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{_ics_escape(org)}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{_ics_escape(adr)};;;;")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"
