# -*- coding: utf-8 -*-
"""Deterministic attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard."""
import io
import re
import zipfile
import unicodedata
import datetime as dt

from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import letter
import docx
import openpyxl

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_DT = dt.datetime(2025, 1, 15, 9, 30, 0)


def _pdf_safe(s):
    out = []
    for c in s:
        try:
            c.encode("cp1252")
            out.append(c)
        except UnicodeEncodeError:
            n = unicodedata.normalize("NFKC", c)
            try:
                n.encode("cp1252")
                out.append(n)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


def pdf(title, lines, author="CME Deux-Rives"):
    """A one- or two-page PDF with a title and text lines (reportlab, invariant)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(author)
    c.setCreator("formulaires-cme")
    y = 750
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, _pdf_safe(title))
    y -= 26
    c.setFont("Helvetica", 10)
    for ln in lines:
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            y = 750
        c.drawString(54, y, _pdf_safe(ln)[:110])
        y -= 15
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, fixes=None):
    """Rewrite a ZIP with fixed member times; optional {member: fn(bytes)->bytes}."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    dst = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for info in src.infolist():
        body = src.read(info.filename)
        if fixes and info.filename in fixes:
            body = fixes[info.filename](body)
        zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.create_system = 3
        zi.external_attr = 0o644 << 16
        dst.writestr(zi, body)
    dst.close()
    return out.getvalue()


def _fix_core(body):
    s = body.decode("utf-8")
    s = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2025-01-15T09:30:00Z\2", s)
    s = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2025-01-15T09:30:00Z\2", s)
    s = re.sub(r"(<cp:lastPrinted[^>]*>)[^<]*(<)", r"\g<1>2025-01-15T09:30:00Z\2", s)
    return s.encode("utf-8")


def docx_file(title, paragraphs, table=None, author="CME Deux-Rives"):
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
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), {"docProps/core.xml": _fix_core})


def xlsx_file(sheet_title, rows, author="CME Deux-Rives"):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title[:31]
    for r in rows:
        ws.append(list(r))
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), {"docProps/core.xml": _fix_core})


def zip_file(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    z = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for name, body in members:
        zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        zi.create_system = 3
        zi.external_attr = 0o644 << 16
        if any(ord(c) > 127 for c in name):
            zi.flag_bits |= 0x800
        z.writestr(zi, body)
    z.close()
    return out.getvalue()


def csv_text(rows, sep=","):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    return "\r\n".join(sep.join(q(v) for v in r) for r in rows) + "\r\n"


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


def ics(uid, start, minutes, summary, location, description, organizer, method="REQUEST"):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CME Deux-Rives//Agenda 4.2//FR", "METHOD:" + method,
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "BEGIN:STANDARD", "DTSTART:19701101T020000",
        "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250115T143000Z",
        "DTSTART;TZID=America/Toronto:" + start.strftime(f),
        "DTEND;TZID=America/Toronto:" + end.strftime(f),
        "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
        "DESCRIPTION:" + _ics_escape(description), "ORGANIZER:mailto:" + organizer,
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def vcard(given, surname, tel=None, adr=None, email=None, note=None, org=None, title=None, bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if bday:
        lines.append("BDAY:" + bday)
    if tel:
        lines.append("TEL;TYPE=CELL:" + tel)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,") + ";;;;")
    if email:
        lines.append("EMAIL:" + email)
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"
