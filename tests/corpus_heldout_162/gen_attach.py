"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG."""
import csv
import datetime as dt
import io
import re
import struct
import zipfile
import zlib

import docx
import openpyxl
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)


def _cp1252_safe(s):
    return s.encode("cp1252", "replace").decode("cp1252")


# --------------------------------------------------------------------------- PDF
def make_pdf(title, blocks, letterhead=(), compress=True, author="", creator="DermaDossier 4.2"):
    """blocks: list of (style, text); style in h, p, kv, mono, small, space."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252_safe(title))
    c.setAuthor(_cp1252_safe(author))
    c.setCreator(creator)
    width, height = letter
    left, right = 60, width - 60
    y = height - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = height - 60

    for i, line in enumerate(letterhead):
        c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 11 if i == 0 else 8.5)
        c.drawString(left, y, _cp1252_safe(line))
        y -= 14 if i == 0 else 11
    if letterhead:
        c.line(left, y + 4, right, y + 4)
        y -= 14
    for style, text in blocks:
        if style == "space":
            y -= 8
            continue
        font, size, lead = {"h": ("Helvetica-Bold", 12, 16), "p": ("Helvetica", 10, 13),
                            "kv": ("Helvetica", 10, 13), "mono": ("Courier", 9, 11),
                            "small": ("Helvetica-Oblique", 8, 10)}[style]
        text = _cp1252_safe(text)
        for para in text.split("\n"):
            lines = simpleSplit(para, font, size, right - left) or [""]
            for ln in lines:
                if y < 60:
                    newpage()
                c.setFont(font, size)
                c.drawString(left, y, ln)
                y -= lead
        if style == "h":
            y -= 3
    c.showPage()
    c.save()
    return buf.getvalue()


# --------------------------------------------------------------------------- OOXML
def normalize_zip(data, when):
    stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", stamp.encode(), blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, blocks, author="", when=dt.datetime(2025, 1, 6, 8, 0, 0)):
    """blocks: (h|p|b|table, payload); table payload is a list of rows."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.last_printed = when
    cp.revision = 1
    for style, payload in blocks:
        if style == "h":
            d.add_heading(payload, level=1)
        elif style == "h2":
            d.add_heading(payload, level=2)
        elif style in ("p", "kv", "mono", "small"):
            d.add_paragraph(payload)
        elif style == "space":
            d.add_paragraph("")
        elif style == "b":
            para = d.add_paragraph()
            para.add_run(payload).bold = True
        elif style == "table":
            rows = payload
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for k, val in enumerate(row):
                    t.cell(r, k).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when)


def make_xlsx(sheets, author="", when=dt.datetime(2025, 1, 6, 8, 0, 0)):
    """sheets: list of (title, rows); first row is bold header."""
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title[:31])
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for k, col in enumerate(ws.columns, start=1):
            w = max(len(str(c.value)) if c.value is not None else 0 for c in col)
            ws.column_dimensions[openpyxl.utils.get_column_letter(k)].width = min(48, max(8, w + 2))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


# --------------------------------------------------------------------------- text formats
def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return [line]
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " "
        cur += ch
    out.append(cur)
    return out


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description, location, organizer, attendees, stamp,
             method="REQUEST", tz="America/Toronto"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Deux-Rives//Agenda 3.1//FR", "VERSION:2.0", f"METHOD:{method}",
             "BEGIN:VTIMEZONE", f"TZID:{tz}", "BEGIN:STANDARD", "DTSTART:19701101T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
             "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
             "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID={tz}:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID={tz}:{end.strftime('%Y%m%dT%H%M%S')}",
             f"SUMMARY:{ics_escape(summary)}", f"DESCRIPTION:{ics_escape(description)}",
             f"LOCATION:{ics_escape(location)}", f"ORGANIZER;CN={ics_escape(organizer[0])}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={ics_escape(name)}:mailto:{mail}")
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "BEGIN:VALARM", "TRIGGER:-PT30M", "ACTION:DISPLAY",
              "DESCRIPTION:Rappel", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:
        out.extend(_ics_fold(ln))
    return "\n".join(out) + "\n"


def make_vcard(given, surname, org=None, title=None, tel=None, tel_type="CELL", email=None,
               adr=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        street, city, region, pc = (x.replace(",", "\\,").replace(";", "\\;") for x in adr)
        lines.append(f"ADR;TYPE=HOME:;;{street};{city};{region};{pc};Canada")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    out = []
    for ln in lines:
        out.extend(_ics_fold(ln))
    return "\n".join(out) + "\n"


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob if isinstance(blob, bytes) else blob.encode("utf-8"))
    return out.getvalue()


# --------------------------------------------------------------------------- PNG ("lesion photo")
def make_png(rng, w=64, h=48):
    skin = (rng.randint(200, 235), rng.randint(160, 190), rng.randint(130, 160))
    les = (rng.randint(70, 120), rng.randint(40, 70), rng.randint(25, 50))
    cx, cy = w / 2 + rng.uniform(-6, 6), h / 2 + rng.uniform(-5, 5)
    rx, ry = rng.uniform(8, 16), rng.uniform(6, 12)
    bumps = [rng.uniform(0.8, 1.2) for _ in range(12)]
    raw = bytearray()
    import math
    for y in range(h):
        raw.append(0)
        for x in range(w):
            dx, dy = (x - cx) / rx, (y - cy) / ry
            ang = math.atan2(dy, dx)
            k = bumps[int((ang + math.pi) / (2 * math.pi) * 12) % 12]
            if dx * dx + dy * dy < k:
                raw.extend(les)
            else:
                raw.extend(skin)

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))
