"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas
import docx
import openpyxl
from openpyxl.styles import Font

FIXED_DT = datetime.datetime(2025, 1, 6, 8, 30, 0)
ZIP_TIME = (2025, 1, 6, 8, 30, 0)


def _zip_normalise(data, when=ZIP_TIME):
    """Rewrite a ZIP container with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), blob)
                blob = re.sub(rb"(<cp:lastPrinted>)[^<]*(<)",
                              lambda m: m.group(1) + stamp.encode() + m.group(2), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if len(cur) + len(w) + 1 > width and cur:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def make_pdf(title, lines, header=None, footer=None):
    """lines: list of str; a line starting with '## ' is a bold heading; '' is a gap."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(header or "")
    c.setCreator("Belmont neuro forms")
    w, h = letter
    y = h - 60

    def top():
        nonlocal y
        y = h - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(50, h - 35, header)

    top()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 24
    for line in lines:
        line = unicodedata.normalize("NFKC", line)
        if y < 70:
            if footer:
                c.setFont("Helvetica", 7)
                c.drawString(50, 35, footer)
            c.showPage()
            top()
        if line.startswith("## "):
            y -= 4
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(50, y, line[3:])
            y -= 16
            continue
        if not line:
            y -= 8
            continue
        c.setFont("Helvetica", 10)
        for part in _wrap(line, 95):
            c.drawString(50, y, part)
            y -= 13
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(50, 35, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def make_docx(title, paragraphs, table=None, author="Neurologie"):
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
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return _zip_normalise(buf.getvalue())


def make_xlsx(sheets, author="Neurologie"):
    """sheets: list of (name, header, rows)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return _zip_normalise(buf.getvalue())


def make_csv(header, rows, delimiter=",", encoding="utf-8", crlf=True):
    s = io.StringIO()
    wr = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    wr.writerow(header)
    for r in rows:
        wr.writerow(r)
    return s.getvalue().encode(encoding)


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, summary, start, end, location="", description="", organizer=None,
             method="REQUEST", stamp=None):
    stamp = stamp or start
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HRBL//Agenda neurologie//FR",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%S')}",
             f"DTSTART;TZID=America/Montreal:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID=America/Montreal:{end.strftime('%Y%m%dT%H%M%S')}",
             f"SUMMARY:{_ics_escape(summary)}"]
    if location:
        lines.append(f"LOCATION:{_ics_escape(location)}")
    if description:
        lines.append(f"DESCRIPTION:{_ics_escape(description)}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(given, surname, tel=None, cell=None, adr=None, note=None, org=None, bday=None,
               email=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}")
    if cell:
        lines.append(f"TEL;TYPE=CELL:{cell}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
# Extraction (used by the self-check)
# --------------------------------------------------------------------------
def pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        s = m.group(1)
        i = 0
        while i < len(s):
            if s[i:i + 1] == b"(":
                depth, j, buf = 1, i + 1, bytearray()
                while j < len(s) and depth:
                    ch = s[j:j + 1]
                    if ch == b"\\":
                        nxt = s[j + 1:j + 2]
                        if nxt.isdigit():
                            k = j + 1
                            while k < j + 4 and s[k:k + 1].isdigit():
                                k += 1
                            buf.append(int(s[j + 1:k], 8))
                            j = k
                            continue
                        buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nxt, nxt)
                        j += 2
                        continue
                    if ch == b"(":
                        depth += 1
                    elif ch == b")":
                        depth -= 1
                        if depth == 0:
                            break
                    buf += ch
                    j += 1
                out.append(bytes(buf).decode("cp1252", "replace"))
                i = j + 1
            else:
                i += 1
    if not out:
        raise ValueError("PDF without text")
    return "\n".join(out)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n".join(parts)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data))
    parts = []
    for ws in wb.worksheets:
        parts.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            parts.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def bytes_text(data):
    for enc in ("utf-8", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")
