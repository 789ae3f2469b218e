"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import textwrap
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from gen_common import Att

ZIP_TIME = (2024, 1, 1, 8, 0, 0)
CORE_DATE = "2024-01-01T08:00:00Z"


# --------------------------------------------------------------------------- zip helpers
def normalize_zip(data, fix_core=True):
    """Rewrite a ZIP container with fixed member times and fixed document core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + CORE_DATE + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + CORE_DATE + r"\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + CORE_DATE + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


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


# --------------------------------------------------------------------------- PDF
def pdf(title, lines, author="SROA", subject=""):
    """lines: list of str; a line starting with '# ' is a heading, '' a blank line."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("SROA gabarits")
    if subject:
        c.setSubject(subject)
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    y -= 24
    for raw in lines:
        if raw.startswith("# "):
            chunks = [raw[2:]]
            font = ("Helvetica-Bold", 11)
        else:
            chunks = textwrap.wrap(raw, 96) or [""]
            font = ("Helvetica", 9.5)
        for chunk in chunks:
            if y < 60:
                c.showPage()
                y = height - 60
            c.setFont(*font)
            c.drawString(54, y, chunk)
            y -= 14 if font[0] == "Helvetica-Bold" else 12.5
    c.showPage()
    c.save()
    return buf.getvalue()


def pdf_text(data):
    """Very small text extractor for the uncompressed PDFs written above."""
    out = []
    i, n = 0, len(data)
    # only look inside content streams
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", data, re.S):
        s = m.group(1)
        j = 0
        while j < len(s):
            if s[j:j + 1] == b"(":
                depth, j, buf = 1, j + 1, bytearray()
                while j < len(s) and depth:
                    ch = s[j:j + 1]
                    if ch == b"\\":
                        nx = s[j + 1:j + 2]
                        if nx in b"01234567" and nx:
                            k = j + 1
                            octal = b""
                            while k < len(s) and len(octal) < 3 and s[k:k + 1] in b"01234567":
                                octal += s[k:k + 1]
                                k += 1
                            buf.append(int(octal, 8) & 0xFF)
                            j = k
                            continue
                        buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}.get(nx, nx)
                        j += 2
                        continue
                    if ch == b"(":
                        depth += 1
                    elif ch == b")":
                        depth -= 1
                        if depth == 0:
                            j += 1
                            break
                    buf += ch
                    j += 1
                out.append(bytes(buf).decode("cp1252", "replace"))
            else:
                j += 1
    return "\n".join(out)


# --------------------------------------------------------------------------- DOCX
def docx(title, blocks, author="SROA"):
    """blocks: list of ('h', text) | ('p', text) | ('table', rows)."""
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 1, 8, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    d.add_heading(title, level=1)
    for kind, val in blocks:
        if kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for k, v in enumerate(row):
                    cells[k].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def docx_text(data):
    z = zipfile.ZipFile(io.BytesIO(data))
    xml = z.read("word/document.xml").decode("utf-8")
    xml = re.sub(r"</w:p>", "\n", xml)
    xml = re.sub(r"</w:tc>", "\t", xml)
    txt = re.sub(r"<[^>]+>", "", xml)
    import html
    return html.unescape(txt)


# --------------------------------------------------------------------------- XLSX
def xlsx(sheets, author="SROA"):
    """sheets: list of (sheet title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2024, 1, 1, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
        for col, width in zip("ABCDEFGHIJ", [14, 22, 18, 26, 18, 18, 18, 18, 18, 18]):
            ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx_text(data):
    import openpyxl
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


# --------------------------------------------------------------------------- text formats
def csv_bytes(rows, sep=",", encoding="utf-8", bom=False):
    import csv
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
    for row in rows:
        w.writerow(row)
    data = buf.getvalue().encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    parts, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            parts.append(cur)
            cur = ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def ics(uid, start, end, summary, description, location, organizer, attendees=(), stamp=None,
        method="REQUEST"):
    stamp = stamp or start
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//SROA//Agenda clinique 3.2//FR", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD",
             "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400",
             "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime(fmt)}Z", f"DTSTART;TZID=America/Toronto:{start.strftime(fmt)}",
             f"DTEND;TZID=America/Toronto:{end.strftime(fmt)}", f"SUMMARY:{ics_escape(summary)}",
             f"DESCRIPTION:{ics_escape(description)}", f"LOCATION:{ics_escape(location)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        lines.append(f"ATTENDEE;CN={name};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mail}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(ics_fold(x) for x in lines) + "\r\n").encode("utf-8")


def vcard(fn, n_parts, tel=None, email=None, adr=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{n_parts[0]};{n_parts[1]};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE={adr[0]}:;;{adr[1]};{adr[2]};{adr[3]};{adr[4]};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines += ["REV:2024-01-01T08:00:00Z", "END:VCARD"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------- Att shortcuts
CT = {"pdf": "application/pdf",
      "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "csv": "text/csv", "ics": "text/calendar", "vcf": "text/vcard", "zip": "application/zip",
      "eml": "message/rfc822", "txt": "text/plain"}


def att(filename, kind, data):
    ctype = CT[kind]
    if kind == "ics":
        ctype = "text/calendar; method=REQUEST"
    return Att(filename=filename, ctype=ctype, data=data, kind=kind)
