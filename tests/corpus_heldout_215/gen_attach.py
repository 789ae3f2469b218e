# -*- coding: utf-8 -*-
"""Deterministic attachments: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime as dt
import io
import re
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas
import docx
import openpyxl

FIXED_DT = dt.datetime(2024, 11, 4, 9, 30, 0)
ZIP_TIME = (2024, 11, 4, 9, 30, 0)

PDF_FIX = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
           "\u2014": "-", "\u2026": "...", "\u2022": "-", "\u2192": "->", "\u202f": " "}


def _pdf_safe(s):
    s = "".join(PDF_FIX.get(c, c) for c in s)
    out = []
    for c in s:
        try:
            c.encode("cp1252")
            out.append(c)
        except UnicodeEncodeError:
            if 0xFF10 <= ord(c) <= 0xFF5A:
                out.append(chr(ord(c) - 0xFEE0))
            else:
                out.append("?")
    return "".join(out)


def _wrap(line, width=92):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, header=None, footer=None):
    """lines: list of str; '## ' prefix = bold heading."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor("SPSC")
    c.setCreator("SPSC")
    w, h = LETTER
    y = h - 60

    def head():
        nonlocal y
        y = h - 60
        if header:
            c.setFont("Helvetica", 8)
            c.drawString(54, h - 36, _pdf_safe(header))
        c.setFont("Helvetica-Bold", 13)
        c.drawString(54, y, _pdf_safe(title))
        y -= 26

    head()
    for raw in lines:
        bold = raw.startswith("## ")
        text = raw[3:] if bold else raw
        for ln in _wrap(text):
            if y < 70:
                if footer:
                    c.setFont("Helvetica", 7)
                    c.drawString(54, 36, _pdf_safe(footer))
                c.showPage()
                head()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(54, y, _pdf_safe(ln))
            y -= 14
        if bold:
            y -= 2
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(54, 36, _pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, core_fix=False):
    """Rewrite an OOXML/ZIP with fixed member times (and fixed core dates)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            b = src.read(info.filename)
            if core_fix and info.filename == "docProps/core.xml":
                s = b.decode("utf-8")
                s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                           r"\g<1>2024-11-04T09:30:00Z\2", s)
                s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                           r"\g<1>2024-11-04T09:30:00Z\2", s)
                b = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="SPSC"):
    """paragraphs: list of str ('## ' = heading); table: list of rows (first = header)."""
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
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, val in enumerate(row):
                t.cell(i, j).text = str(val)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core_fix=True)


def make_xlsx(sheets, author="SPSC"):
    """sheets: list of (name, rows)."""
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_fix=True)


def make_csv(rows, sep=",", eol="\r\n", encoding="utf-8"):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            if sep in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(sep.join(cells))
    return (eol.join(out) + eol).encode(encoding)


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return out.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(),
             method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CISSS VDH//Agenda SPSC//FR",
        "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
        "DTSTAMP:20241104T143000Z",
        "DTSTART;TZID=America/Montreal:" + start.strftime(fmt),
        "DTEND;TZID=America/Montreal:" + end.strftime(fmt),
        "SUMMARY:" + _ics_escape(summary),
        "DESCRIPTION:" + _ics_escape(description),
        "LOCATION:" + _ics_escape(location),
        "ORGANIZER;CN=%s:mailto:%s" % organizer,
    ]
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (cn, mail))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(fn, given, surname, tel=None, email=None, adr=None, note=None, org=None,
               title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:" + fn]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % tel)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s" % adr.replace(",", "\\,"))
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- text extraction
def pdf_text(data):
    import zlib
    import base64
    texts = []
    for m in re.finditer(rb"<<(.*?)>>\s*stream\r?\n(.*?)endstream", data, re.S):
        dic, stream = m.group(1), m.group(2)
        if b"ASCII85Decode" in dic:
            s = stream.strip()
            if s.endswith(b"~>"):
                s = s[:-2]
            stream = base64.a85decode(s)
        if b"FlateDecode" in dic:
            stream = zlib.decompress(stream)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", stream, re.S):
            raw = t.group(1)
            raw = re.sub(rb"\\([0-7]{1,3})", lambda k: bytes([int(k.group(1), 8)]), raw)
            raw = re.sub(rb"\\(.)", rb"\1", raw)
            texts.append(raw.decode("cp1252", "replace"))
    if not texts:
        raise ValueError("no text in PDF")
    return "\n".join(texts)


def docx_text(data):
    d = docx.Document(io.BytesIO(data))
    out = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            out.append(" | ".join(c.text for c in row.cells))
    return "\n".join(out)


def xlsx_text(data):
    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    return "\n".join(out)
