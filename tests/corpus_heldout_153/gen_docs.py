"""Deterministic attachment builders (PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP) and
matching decoders used by the self-check."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

ZIP_TIME = (2024, 1, 1, 8, 0, 0)


# --------------------------------------------------------------------------
# ZIP normalisation (fixed member times, fixed core dates)
# --------------------------------------------------------------------------
def _fix_core(xml, iso):
    return re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                  lambda m: m.group(1) + iso.encode() + m.group(3), xml)


def normalize_zip(data, when=ZIP_TIME):
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % when
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = _fix_core(blob, iso)
            zi = zipfile.ZipInfo(info.filename, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def zip_bytes(members, when=ZIP_TIME):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            if isinstance(blob, str):
                blob = blob.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 3
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, blob)
    return out.getvalue()


# --------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------
def _wrap(line, width=92):
    out = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        out.append(line[:cut])
        line = line[cut:].lstrip()
    out.append(line)
    return out


def pdf_safe(s):
    """Standard PDF fonts only cover WinAnsi: fold what they cannot draw."""
    s = s.replace("\u2265", ">=").replace("\u2264", "<=").translate({0xFF10 + i: 48 + i for i in range(10)})
    return "".join(ch if ch.encode("cp1252", "ignore") else "?" for ch in s)


def pdf_bytes(title, lines, author="CHSA", subject=""):
    title, author = pdf_safe(title), pdf_safe(author)
    lines = [pdf_safe(x) for x in lines]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("CHSA - gabarits cliniques")
    if subject:
        c.setSubject(subject)
    y = 750
    c.setFont("Helvetica-Bold", 13)
    c.drawString(54, y, title)
    y -= 26
    c.setFont("Helvetica", 10)
    for raw in lines:
        for ln in _wrap(raw) if raw else [""]:
            if y < 60:
                c.showPage()
                c.setFont("Helvetica", 10)
                y = 750
            c.drawString(54, y, ln)
            y -= 14
    c.showPage()
    c.save()
    return buf.getvalue()


def _pdf_unescape(s):
    out = bytearray()
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == 0x5C and i + 1 < len(s):  # backslash
            nxt = s[i + 1]
            if 0x30 <= nxt <= 0x37:
                j = i + 1
                oct_digits = b""
                while j < len(s) and len(oct_digits) < 3 and 0x30 <= s[j] <= 0x37:
                    oct_digits += bytes([s[j]])
                    j += 1
                out.append(int(oct_digits, 8) & 0xFF)
                i = j
                continue
            mapping = {ord("n"): 10, ord("r"): 13, ord("t"): 9, ord("b"): 8, ord("f"): 12}
            out.append(mapping.get(nxt, nxt))
            i += 2
            continue
        out.append(ch)
        i += 1
    return bytes(out)


def pdf_text(data):
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-64:]:
        raise ValueError("not a PDF")
    pieces = []
    for m in re.finditer(rb"\(((?:[^()\\]|\\.)*)\)\s*Tj", data, re.S):
        pieces.append(_pdf_unescape(m.group(1)).decode("cp1252", "replace"))
    for m in re.finditer(rb"/(Title|Author|Subject)\s*\(((?:[^()\\]|\\.)*)\)", data, re.S):
        pieces.append(_pdf_unescape(m.group(2)).decode("cp1252", "replace"))
    if not pieces:
        raise ValueError("PDF without text")
    return "\n".join(pieces)


# --------------------------------------------------------------------------
# DOCX
# --------------------------------------------------------------------------
def docx_bytes(title, paragraphs, table=None, author="CHSA", when=ZIP_TIME):
    from docx import Document
    doc = Document()
    doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    cp = doc.core_properties
    dt = datetime.datetime(*when)
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt
    cp.modified = dt
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue(), when)


def docx_text(data):
    from docx import Document
    doc = Document(io.BytesIO(data))
    out = [p.text for p in doc.paragraphs]
    for t in doc.tables:
        for r in t.rows:
            out.append(" | ".join(c.text for c in r.cells))
    out.append(doc.core_properties.title or "")
    return "\n".join(out)


# --------------------------------------------------------------------------
# XLSX
# --------------------------------------------------------------------------
def xlsx_bytes(sheet, header, rows, author="CHSA", when=ZIP_TIME, title=None):
    from openpyxl import Workbook
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    if title:
        ws.append([title])
    ws.append(list(header))
    for r in rows:
        ws.append(list(r))
    dt = datetime.datetime(*when)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = dt
    wb.properties.modified = dt
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when)


def xlsx_text(data):
    from openpyxl import load_workbook
    wb = load_workbook(io.BytesIO(data), read_only=True)
    out = []
    for ws in wb.worksheets:
        out.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            out.append(" | ".join("" if v is None else str(v) for v in row))
    wb.close()
    return "\n".join(out)


# --------------------------------------------------------------------------
# CSV, ICS, vCard
# --------------------------------------------------------------------------
def csv_text(header, rows, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return [line]
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return [out[0]] + [" " + x for x in out[1:]]


def ics_text(uid, start, end, summary, location, description, stamp, organizer=None, method="REQUEST"):
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHSA//Agenda clinique//FR", "METHOD:" + method,
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:" + stamp.strftime(f) + "Z",
             "DTSTART;TZID=America/Montreal:" + start.strftime(f),
             "DTEND;TZID=America/Montreal:" + end.strftime(f),
             "SUMMARY:" + _ics_escape(summary), "LOCATION:" + _ics_escape(location),
             "DESCRIPTION:" + _ics_escape(description)]
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        folded.extend(_fold(ln))
    return "\r\n".join(folded) + "\r\n"


def vcard_text(given, surname, tel=None, street=None, town=None, postal=None, note=None, org=None,
               email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=%s:%s" % ("HOME" if not org else "WORK", tel))
    if email:
        lines.append("EMAIL;TYPE=WORK:" + email)
    if street:
        lines.append("ADR;TYPE=%s:;;%s;%s;QC;%s;Canada" % ("HOME" if not org else "WORK", street.replace(",", "\\,"),
                                                           town, postal))
    if note:
        lines.append("NOTE:" + _ics_escape(note))
    lines.append("END:VCARD")
    out = []
    for ln in lines:
        out.extend(_fold(ln))
    return "\r\n".join(out) + "\r\n"
