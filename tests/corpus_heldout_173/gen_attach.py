"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime as dt
import io
import re
import zipfile

from docx import Document
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas


def _zip_time(when):
    return (max(when.year, 1980), when.month, when.day, when.hour, when.minute, (when.second // 2) * 2)


def normalize_zip(data, when):
    """rewrite a zip so that member times and OOXML core dates are fixed."""
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = body.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + stamp + m.group(3), txt)
                body = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, body)
    return out.getvalue()


def _pdf_safe(s):
    # full-width digits are rendered as ASCII digits in a Type 1 font
    s = "".join(chr(ord(ch) - 0xFF10 + 48) if 0xFF10 <= ord(ch) <= 0xFF19 else ch for ch in s)
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(title, lines, when, author=""):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    if author:
        c.setAuthor(_pdf_safe(author))
    c.setCreator("Formulaires SAD")
    width, height = letter
    y = height - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for raw in lines:
        chunks = [raw[i:i + 95] for i in range(0, len(raw), 95)] or [""]
        for ch in chunks:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = height - 60
            c.drawString(50, y, _pdf_safe(ch))
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def docx(title, paragraphs, when, table=None, author="SAD"):
    d = Document()
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    cp = d.core_properties
    naive = when.replace(tzinfo=None)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = naive
    cp.modified = naive
    cp.last_printed = naive
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when)


def xlsx(sheets, when, creator="SAD"):
    wb = Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
    naive = when.replace(tzinfo=None)
    wb.properties.creator = creator
    wb.properties.created = naive
    wb.properties.modified = naive
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


def csv_text(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for v in r:
            v = str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
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


def ics(uid, start, end, summary, description, location, organizer, attendees, stamp, method="REQUEST"):
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Hautes-Rivieres//Agenda SAD//FR",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        f"DTSTAMP:{stamp.astimezone(dt.timezone.utc).strftime(f)}Z",
        f"DTSTART;TZID=America/Montreal:{start.strftime(f)}",
        f"DTEND;TZID=America/Montreal:{end.strftime(f)}",
        f"SUMMARY:{_ics_escape(summary)}",
        f"DESCRIPTION:{_ics_escape(description)}",
        f"LOCATION:{_ics_escape(location)}",
        f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def vcard(fn, surname, given, tel=None, email=None, adr=None, org=None, title=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE=HOME,VOICE:{tel}" if not org else f"TEL;TYPE=WORK,VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        street, city, region, postal = adr
        lines.append(f"ADR;TYPE={'WORK' if org else 'HOME'}:;;{street};{city};{region};{postal};Canada")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


def zipfile_bytes(members, when):
    """members: list of (name, bytes)"""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=_zip_time(when))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()
