"""Attachment makers (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP, PNG), all
byte-for-byte deterministic."""
import datetime
import io
import re
import struct
import textwrap
import zipfile
import zlib

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

import docx
import openpyxl
from openpyxl.styles import Font

from gen_common import FIXED_ZIP_TIME

FIXED_DT = datetime.datetime(*FIXED_ZIP_TIME)
CORE_DATE = "2025-03-03T09:00:00Z"


def _cp1252_safe(s):
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(lines, title="Document", compress=True, mono=False, author="DME"):
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252_safe(title))
    c.setAuthor(author)
    font = "Courier" if mono else "Helvetica"
    size = 9 if mono else 10
    width = 100 if mono else 105
    y = 750
    first = True
    for raw in lines:
        bold = raw.startswith("**")
        text = raw[2:] if bold else raw
        wrapped = textwrap.wrap(text, width) if text.strip() else [""]
        for w in wrapped:
            if y < 60:
                c.showPage()
                y = 750
            if first:
                c.setFont("Helvetica-Bold", 13)
                first = False
            else:
                c.setFont((font + "-Bold") if bold and not mono else font, size)
            c.drawString(50, y, _cp1252_safe(w))
            y -= 14 if not mono else 12
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        blob = src.read(info.filename)
        if info.filename == "docProps/core.xml":
            txt = blob.decode("utf-8")
            txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>%s\g<2>" % CORE_DATE, txt)
            txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>%s\g<2>" % CORE_DATE, txt)
            txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>%s\g<2>" % CORE_DATE, txt)
            blob = txt.encode("utf-8")
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 3
        dst.writestr(zi, blob)
    dst.close()
    return out.getvalue()


def make_docx(paragraphs, table=None, author="Utilisateur", title=""):
    """paragraphs: list of str ('# ' prefix = heading); table: (header, rows)."""
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    table_done = False
    for p in paragraphs:
        if p == "{TABLE}" and table:
            _docx_table(d, table)
            table_done = True
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table and not table_done:
        _docx_table(d, table)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def _docx_table(d, table):
    header, rows = table
    t = d.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = h
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)


def make_xlsx(sheets, creator="Utilisateur"):
    """sheets: list of (title, header, rows)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(header)
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(header):
            width = max([len(str(h))] + [len(str(r[i])) for r in rows if i < len(r)]) + 2
            ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = min(width, 60)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(header, rows, sep=","):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\n".join(sep.join(q(x) for x in line) for line in [header] + list(rows)) + "\n"


def make_zip(files):
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, blob in files:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.external_attr = 0o644 << 16
        zi.create_system = 3
        if any(ord(ch) > 127 for ch in name):
            zi.flag_bits |= 0x800
        z.writestr(zi, blob)
    z.close()
    return out.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 73:
        cut = 70
        while len(line[:cut].encode("utf-8")) > 73:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees,
             method="REQUEST", stamp=None):
    """start/end: naive datetimes in America/Montreal local time."""
    stamp = stamp or FIXED_DT
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", "METHOD:%s" % method,
             "BEGIN:VTIMEZONE", "TZID:America/Montreal", "BEGIN:STANDARD",
             "DTSTART:16011104T020000", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11",
             "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "END:STANDARD", "BEGIN:DAYLIGHT",
             "DTSTART:16010311T020000", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
             "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:%s" % stamp.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=America/Montreal:%s" % start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:%s" % end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:%s" % _ics_escape(summary),
             "LOCATION:%s" % _ics_escape(location),
             "DESCRIPTION:%s" % _ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, m in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (n, m))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(_ics_fold(l) for l in lines) + "\n"


def make_vcard(given, surname, tel=None, cell=None, adr=None, mail=None, org=None,
               title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % ("WORK" if org else "HOME", tel))
    if cell:
        lines.append("TEL;TYPE=CELL:%s" % cell)
    if adr:
        street, city = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;;;Canada" % ("WORK" if org else "HOME", street, city))
    if mail:
        lines.append("EMAIL;TYPE=INTERNET:%s" % mail)
    if bday:
        lines.append("BDAY:%s" % bday.isoformat())
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("END:VCARD")
    return "\n".join(_ics_fold(l) for l in lines) + "\n"


def make_png(rng, w=120, h=160):
    """A small grey 'scanned page' image."""
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            v = 235 + rng.randint(0, 20)
            if 20 < y < h - 20 and 12 < x < w - 12 and (y // 6) % 2 == 0 and rng.random() < 0.35:
                v = rng.randint(20, 90)
            raw.append(min(v, 255))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b"")
