"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, ICS, vCard, CSV."""
import csv
import datetime as dt
import io
import re
import textwrap
import zipfile

FIXED_ZIP_TIME = (2024, 11, 4, 9, 30, 0)
FIXED_CORE = dt.datetime(2024, 11, 4, 9, 30, 0)

PDF_SUBST = {"≥": ">=", "≤": "<=", "→": "->", "↑": "(hausse)", "↓": "(baisse)", "×": "x",
             "\u2009": " ", "\u202f": " "}


def pdf_safe(s):
    for a, b in PDF_SUBST.items():
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, lines, author="HRSAM", subject=""):
    """A simple text PDF; invariant so that it is byte-identical on every run."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(pdf_safe(title))
    c.setAuthor(author)
    c.setSubject(subject)
    c.setCreator("HRSAM dossier clinique")
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for raw in lines:
        wrapped = textwrap.wrap(pdf_safe(raw), 95) or [""]
        for ln in wrapped:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = height - 60
            c.drawString(50, y, ln)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_ooxml(data):
    """Rewrite an OOXML/ZIP package with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = FIXED_CORE.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + stamp + m.group(3), txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             lambda m: m.group(1) + stamp + m.group(2), txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="HRSAM"):
    import docx
    d = docx.Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.revision = 1
    cp.created = FIXED_CORE
    cp.modified = FIXED_CORE
    cp.last_printed = FIXED_CORE
    buf = io.BytesIO()
    d.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_xlsx(sheets, author="HRSAM"):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_CORE
    wb.properties.modified = FIXED_CORE
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_ooxml(buf.getvalue())


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(), method="REQUEST"):
    """start/end: naive datetimes in America/Montreal local time."""
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HRSAM//Agenda clinique 4.2//FR",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             "DTSTAMP:20241104T133000Z",
             f"DTSTART;TZID=America/Montreal:{start.strftime(f)}",
             f"DTEND;TZID=America/Montreal:{end.strftime(f)}",
             f"SUMMARY:{_ics_escape(summary)}",
             f"DESCRIPTION:{_ics_escape(description)}",
             f"LOCATION:{_ics_escape(location)}",
             f"ORGANIZER:mailto:{organizer}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def make_vcard(fn, n_sur, n_given, tel=None, adr=None, email=None, note=None, org=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{n_sur};{n_given};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{_ics_escape(org)}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{_ics_escape(adr)};;;;")
    if email:
        lines.append(f"EMAIL:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- extraction (for verification)
def pdf_text(data):
    out = []
    for m in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", data, re.S):
        s = m.group(1)
        buf = bytearray()
        i = 0
        while i < len(s):
            c = s[i]
            if c == 0x5C and i + 1 < len(s):
                nxt = s[i + 1:i + 2]
                if nxt.isdigit():
                    j = i + 1
                    while j < len(s) and j < i + 4 and s[j:j + 1].isdigit():
                        j += 1
                    buf.append(int(s[i + 1:j], 8))
                    i = j
                    continue
                buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nxt, nxt)
                i += 2
                continue
            buf.append(c)
            i += 1
        out.append(buf.decode("cp1252", "replace"))
    return "\n".join(out)


def docx_text(data):
    import docx
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)
