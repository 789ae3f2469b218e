"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX
(python-docx), XLSX (openpyxl), ZIP, CSV, iCalendar and vCard."""
import csv
import datetime
import io
import re
import unicodedata
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 8, 0, 0)
FIXED_DOC_TIME = datetime.datetime(2025, 1, 6, 8, 0, 0)


def _pdf_safe(s):
    try:
        s.encode("cp1252")
        return s
    except UnicodeEncodeError:
        s = unicodedata.normalize("NFKC", s)
        return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, blocks, author="CHRS"):
    """blocks: list of str | ('h', str) | ('small', str) | ('table', rows) | ('gap',)"""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setCreator("CHRS dossier clinique")
    width, height = letter
    y = height - 60
    left = 56

    def need(h):
        nonlocal y
        if y - h < 50:
            c.showPage()
            y = height - 60

    for b in blocks:
        if isinstance(b, str):
            b = ("p", b)
        kind = b[0]
        if kind == "gap":
            y -= 8
            continue
        if kind == "h":
            need(22)
            c.setFont("Helvetica-Bold", 13)
            c.drawString(left, y, _pdf_safe(b[1]))
            y -= 20
        elif kind in ("p", "small"):
            size = 10 if kind == "p" else 8
            c.setFont("Helvetica", size)
            for line in simpleSplit(_pdf_safe(b[1]), "Helvetica", size, width - 2 * left) or [""]:
                need(size + 4)
                c.drawString(left, y, line)
                y -= size + 4
        elif kind == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            colw = (width - 2 * left) / ncol
            for i, row in enumerate(rows):
                need(14)
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
                for j, cell in enumerate(row):
                    txt = _pdf_safe(str(cell))
                    while txt and c.stringWidth(txt, "Helvetica", 8.5) > colw - 4:
                        txt = txt[:-1]
                    c.drawString(left + j * colw, y, txt)
                y -= 13
            y -= 4
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             r"\g<1>2025-01-06T08:00:00Z\3", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, blocks, author="CHRS"):
    """blocks: list of str | ('h', str) | ('table', rows) | ('b', str)"""
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 1
    cp.comments = ""
    for b in blocks:
        if isinstance(b, str):
            doc.add_paragraph(b)
            continue
        if b[0] == "h":
            doc.add_heading(b[1], level=1)
        elif b[0] == "b":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold = True
            r.font.size = Pt(11)
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            t = doc.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="CHRS"):
    """sheets: list of (title, rows)"""
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if any(ord(ch) > 127 for ch in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


def make_csv(rows, delimiter=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    while len(line.encode("utf-8")) > 74:
        cut = 74
        while len(line[:cut].encode("utf-8")) > 74:
            cut -= 1
        out.append(line[:cut])
        line = " " + line[cut:]
    out.append(line)
    return "\r\n".join(out)


def make_ics(uid, stamp, start, end, summary, description="", location="", organizer=None,
             attendees=(), method="REQUEST", tzid="America/Toronto"):
    fmt = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHRS//Agenda clinique 4.2//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:%sZ" % stamp.strftime(fmt),
             "DTSTART;TZID=%s:%s" % (tzid, start.strftime(fmt)),
             "DTEND;TZID=%s:%s" % (tzid, end.strftime(fmt)),
             "SUMMARY:%s" % _ics_escape(summary)]
    if location:
        lines.append("LOCATION:%s" % _ics_escape(location))
    if description:
        lines.append("DESCRIPTION:%s" % _ics_escape(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for cn, mail in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, mail))
    lines += ["STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"


def make_vcard(given, surname, tel=None, adr=None, email=None, org=None, note=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if adr:
        street, city, region, pc = adr
        lines.append("ADR;TYPE=HOME:;;%s;%s;%s;%s;Canada" % (street, city, region, pc))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("REV:20250106T080000Z")
    lines.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"
