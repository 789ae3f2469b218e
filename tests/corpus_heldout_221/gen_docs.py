# -*- coding: utf-8 -*-
"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import textwrap
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

ZIP_TIME = (2025, 1, 6, 9, 0, 0)
CORE_DT = datetime.datetime(2025, 1, 6, 9, 0, 0)
CORE_ISO = b"2025-01-06T09:00:00Z"

CP1252_FIX = {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
              "\u2026": "...", "\u0153": "oe", "\u2265": ">=", "\u2264": "<=", "\u00a0": " ",
              "\u202f": " ", "\u2192": "->", "\u00b5": "u"}


def pdf_safe(s):
    for k, v in CP1252_FIX.items():
        s = s.replace(k, v)
    return s.encode("cp1252", "replace").decode("cp1252")


def ascii_safe(s):
    import unicodedata
    s = pdf_safe(s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def normalize_zip(data):
    """Rewrite an OOXML/ZIP payload with fixed member times and core dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                b = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                           lambda m: m.group(1) + CORE_ISO + m.group(3), b)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, b in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, b)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def make_pdf(title, lines, header=None, footer=None, compress=False, author="", table=None):
    """lines: list of strings (wrapped); table: optional list of rows (lists of str)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(ascii_safe(title))
    c.setAuthor(ascii_safe(author))
    c.setCreator("Dossier clinique - module pharmacie")
    width, height = letter
    y = height - 60

    def newpage():
        nonlocal y
        if footer:
            c.setFont("Helvetica-Oblique", 7)
            c.drawString(50, 30, pdf_safe(footer))
        c.showPage()
        y = height - 60

    if header:
        c.setFont("Helvetica", 8)
        for h in header:
            c.drawString(50, y, pdf_safe(h))
            y -= 11
        y -= 6
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, pdf_safe(title))
    y -= 22
    c.setFont("Helvetica", 10)
    for line in lines:
        wrapped = textwrap.wrap(line, 95) or [""]
        for w in wrapped:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, pdf_safe(w))
            y -= 13
    if table:
        y -= 8
        ncol = max(len(r) for r in table)
        colw = (width - 100) / ncol
        for ri, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8)
            for ci, cell in enumerate(row):
                c.drawString(50 + ci * colw, y, pdf_safe(str(cell))[:int(colw / 4.3)])
            y -= 12
    if footer:
        c.setFont("Helvetica-Oblique", 7)
        c.drawString(50, 30, pdf_safe(footer))
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None, author="", after=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=max(len(r) for r in table))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in after or []:
        doc.add_paragraph(p)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = CORE_DT
    cp.modified = CORE_DT
    cp.last_printed = CORE_DT
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author=""):
    """sheets: list of (sheet title, rows)."""
    wb = Workbook()
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = CORE_DT
    wb.properties.modified = CORE_DT
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ CSV
def make_csv(rows, encoding="utf-8", delimiter=","):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    text = s.getvalue()
    if encoding in ("cp1252", "windows-1252", "iso-8859-1"):
        text = pdf_safe(text)
    return text.encode(encoding)


# ------------------------------------------------------------------ ICS / vCard
def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def _esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, location, description, organizer, attendees=(), method="REQUEST"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Val-des-Tilleuls//Agenda clinique 4.2//FR", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:20250106T140000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime(fmt),
             "DTEND;TZID=America/Toronto:" + end.strftime(fmt),
             "SUMMARY:" + _esc(summary), "LOCATION:" + _esc(location),
             "DESCRIPTION:" + _esc(description),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for name, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (name, mail))
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(family, given, org="", tel_home=None, tel_work=None, adr=None, note=None, email=None, bday=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (_esc(family), _esc(given)),
             "FN:" + ("%s %s" % (given, family)).strip()]
    if org:
        lines.append("ORG:" + _esc(org))
    if title:
        lines.append("TITLE:" + _esc(title))
    if tel_home:
        lines.append("TEL;TYPE=HOME,VOICE:" + tel_home)
    if tel_work:
        lines.append("TEL;TYPE=WORK,VOICE:" + tel_work)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;%s;;;;" % _esc(adr))
    if bday:
        lines.append("BDAY:" + bday)
    if note:
        lines.append("NOTE:" + _esc(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")
