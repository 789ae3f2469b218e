"""Attachment builders: PDF (reportlab), DOCX, XLSX, CSV, ICS, vCard, ZIP.

Every builder is deterministic: reportlab runs with invariant=1, and all
ZIP-based formats are re-packed with fixed member times and core dates.
"""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

import docx
import openpyxl

FIXED_ZIP_TIME = (2024, 1, 2, 8, 30, 0)
FIXED_CORE = "2024-01-02T08:30:00Z"


def _pdf_safe(s):
    # full-width forms have no glyph in the standard fonts: print them as ASCII
    s = "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in str(s))
    rep = {"≥": ">=", "≤": "<=", "→": "->", "⁹": "9", "¹²": "12", "’": "'", "×": "x",
           "µ": "u", "–": "-", "—": "-", "«": '"', "»": '"', "\u202f": " ", "\u00a0": " "}
    for k, v in rep.items():
        s = s.replace(k, v)
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(title, lines, header=None, footer=None):
    """lines: list of str, or ('table', headers, rows), or ('h', text)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("")
    c.setCreator("")
    width, height = letter
    y = [height - 60]

    def newpage():
        c.showPage()
        y[0] = height - 60

    def put(text, font="Helvetica", size=10, indent=0):
        for ln in simpleSplit(_pdf_safe(text), font, size, width - 120 - indent) or [""]:
            if y[0] < 60:
                newpage()
            c.setFont(font, size)
            c.drawString(60 + indent, y[0], ln)
            y[0] -= size + 4

    if header:
        put(header, "Helvetica-Bold", 9)
        y[0] -= 4
    put(title, "Helvetica-Bold", 13)
    y[0] -= 6
    for item in lines:
        if isinstance(item, tuple) and item[0] == "table":
            _, heads, rows = item
            ncol = len(heads)
            colw = (width - 120) / ncol
            for r_i, row in enumerate([heads] + list(rows)):
                if y[0] < 60:
                    newpage()
                font = "Helvetica-Bold" if r_i == 0 else "Helvetica"
                c.setFont(font, 8.5)
                for i, cell in enumerate(row):
                    txt = _pdf_safe(cell)
                    while txt and c.stringWidth(txt, font, 8.5) > colw - 4:
                        txt = txt[:-1]
                    c.drawString(60 + i * colw, y[0], txt)
                y[0] -= 13
            y[0] -= 6
        elif isinstance(item, tuple) and item[0] == "h":
            y[0] -= 4
            put(item[1], "Helvetica-Bold", 11)
        else:
            put(item)
    if footer:
        y[0] -= 10
        put(footer, "Helvetica-Oblique", 8)
    c.showPage()
    c.save()
    return buf.getvalue()


def _normalise_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>" + FIXED_CORE + r"\g<3>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def docx_file(title, paras, table=None, author="", extra_tables=None):
    d = docx.Document()
    cp = d.core_properties
    fixed = datetime.datetime(2024, 1, 2, 8, 30, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paras:
        if isinstance(p, tuple) and p[0] == "table":
            _add_table(d, p[1], p[2])
        elif isinstance(p, tuple) and p[0] == "h":
            d.add_heading(p[1], level=2)
        else:
            d.add_paragraph(p)
    if table:
        _add_table(d, table[0], table[1])
    buf = io.BytesIO()
    d.save(buf)
    return _normalise_zip(buf.getvalue())


def _add_table(d, heads, rows):
    t = d.add_table(rows=1, cols=len(heads))
    t.style = "Table Grid"
    for i, h in enumerate(heads):
        t.rows[0].cells[i].text = str(h)
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = str(v)


def xlsx_file(sheets, author=""):
    """sheets: list of (title, headers, rows)."""
    wb = openpyxl.Workbook()
    fixed = datetime.datetime(2024, 1, 2, 8, 30, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    first = True
    for title, heads, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        ws.append(list(heads))
        for r in rows:
            ws.append(list(r))
        for col, h in zip("ABCDEFGHIJKLMNOP", heads):
            ws.column_dimensions[col].width = max(10, len(str(h)) + 4)
    buf = io.BytesIO()
    wb.save(buf)
    return _normalise_zip(buf.getvalue())


def csv_text(heads, rows, sep=";"):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\n".join(sep.join(q(c) for c in r) for r in [heads] + list(rows)) + "\n"


def ics_text(uid, start, end, summary, location, description, organizer, attendees=(), method="REQUEST"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out = []
        b = line
        while len(b.encode("utf-8")) > 74:
            cut = 74
            while len(b[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(b[:cut])
            b = " " + b[cut:]
        out.append(b)
        return "\n".join(out)

    lines = ["BEGIN:VCALENDAR", "PRODID:-//Val-des-Ormes//Agenda 4.2//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:20240102T133000Z",
             "DTSTART;TZID=America/Toronto:%s" % start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:%s" % end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:%s" % esc(summary), "LOCATION:%s" % esc(location),
             "DESCRIPTION:%s" % esc(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a[0], a[1]))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold(l) for l in lines) + "\n"


def vcard_text(given, surname, tel=None, tel_type="HOME", adr=None, email_addr=None, org=None,
               title=None, note=None, bday=None):
    def esc(s):
        return s.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (esc(surname), esc(given)),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % esc(org))
    if title:
        lines.append("TITLE:%s" % esc(title))
    if bday:
        lines.append("BDAY:%s" % bday)
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if adr:
        lines.append("ADR;TYPE=%s:;;%s;;;;" % ("HOME" if tel_type in ("HOME", "CELL") else "WORK", esc(adr)))
    if email_addr:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email_addr)
    if note:
        lines.append("NOTE:%s" % esc(note))
    lines.append("REV:20240102T083000Z")
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"


def zip_file(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zi.create_system = 0
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()
