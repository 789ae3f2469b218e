"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 9, 0, 0)


def _pdf_safe(s):
    # standard PDF fonts use WinAnsi: fold full-width digits and other exotic characters
    s = "".join(chr(ord(ch) - 0xFF10 + 0x30) if "\uff10" <= ch <= "\uff19" else ch for ch in s)
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            out.append("?")
    return "".join(out)


def pdf(blocks, title="", author="", compress=False):
    """blocks: ("title", t) ("h", t) ("p", t) ("kv", [(k, v)]) ("table", header, rows) ("small", t)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("Rapports cliniques")
    width, height = letter
    left, right, top, bottom = 60, width - 60, height - 60, 60
    y = [top]

    def need(h):
        if y[0] - h < bottom:
            c.showPage()
            y[0] = top

    def text(s, font="Helvetica", size=10, indent=0, lead=None):
        lead = lead or size * 1.35
        for line in simpleSplit(_pdf_safe(s), font, size, right - left - indent) or [""]:
            need(lead)
            c.setFont(font, size)
            c.drawString(left + indent, y[0], line)
            y[0] -= lead

    for b in blocks:
        kind = b[0]
        if kind == "title":
            text(b[1], "Helvetica-Bold", 14)
            y[0] -= 6
        elif kind == "h":
            y[0] -= 4
            text(b[1], "Helvetica-Bold", 11)
        elif kind == "p":
            text(b[1])
            y[0] -= 4
        elif kind == "small":
            text(b[1], "Helvetica-Oblique", 8)
        elif kind == "kv":
            for k, v in b[1]:
                vlines = simpleSplit(_pdf_safe(v), "Helvetica", 10, right - left - 170) or [""]
                need(14 * len(vlines))
                c.setFont("Helvetica-Bold", 10)
                c.drawString(left, y[0], _pdf_safe(k + " :" if k and not k.endswith(":") else k))
                c.setFont("Helvetica", 10)
                for vl in vlines:
                    c.drawString(left + 170, y[0], vl)
                    y[0] -= 14
            y[0] -= 4
        elif kind == "table":
            header, rows = b[1], b[2]
            n = len(header)
            colw = (right - left) / float(n)
            for ri, row in enumerate([header] + list(rows)):
                need(14)
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8.5)
                for ci, cell in enumerate(row):
                    s = _pdf_safe(str(cell))
                    while s and c.stringWidth(s, "Helvetica", 8.5) > colw - 4:
                        s = s[:-1]
                    c.drawString(left + ci * colw, y[0], s)
                y[0] -= 13
            y[0] -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def rezip(data, fix_core=True):
    """Rewrite an OOXML/ZIP archive with fixed member times (and fixed core dates)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2025-01-06T09:00:00Z\g<3>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def docx(blocks, title="", author=""):
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.comments = ""
    cp.revision = 2
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=1)
        elif kind == "h":
            d.add_heading(b[1], level=2)
        elif kind in ("p", "small"):
            d.add_paragraph(b[1])
        elif kind == "kv":
            t = d.add_table(rows=0, cols=2)
            for k, v in b[1]:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
        elif kind == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(header))
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = str(h)
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return rezip(buf.getvalue())


def xlsx(sheets, title="", author=""):
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.title = title
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return rezip(buf.getvalue())


def csv_bytes(header, rows, delimiter=",", encoding="utf-8", crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    w.writerow(header)
    for row in rows:
        w.writerow(row)
    return s.getvalue().encode(encoding, errors="replace")


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def ics(events, method="REQUEST", prodid="-//Trois-Rivages//Agenda//FR"):
    """events: dicts with uid, start, end (datetime), summary, location, description, organizer, attendees."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:" + prodid, "METHOD:" + method, "CALSCALE:GREGORIAN"]
    for e in events:
        lines += ["BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:20250106T140000Z",
                  "DTSTART;TZID=America/Toronto:" + e["start"].strftime("%Y%m%dT%H%M%S"),
                  "DTEND;TZID=America/Toronto:" + e["end"].strftime("%Y%m%dT%H%M%S"),
                  "SUMMARY:" + _ics_escape(e["summary"])]
        if e.get("location"):
            lines.append("LOCATION:" + _ics_escape(e["location"]))
        if e.get("description"):
            lines.append("DESCRIPTION:" + _ics_escape(e["description"]))
        if e.get("organizer"):
            lines.append("ORGANIZER;CN=%s:mailto:%s" % (e["organizer"][0], e["organizer"][1]))
        for cn, addr in e.get("attendees", []):
            lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, addr))
        lines += ["STATUS:CONFIRMED", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def vcard(fn, n, tel=None, adr=None, email=None, org=None, title=None, note=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:" + n, "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if adr:
        lines.append("ADR;TYPE=%s:;;%s" % adr)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("REV:20250106T090000Z")
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()
