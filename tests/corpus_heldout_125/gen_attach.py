"""Deterministic attachments: PDF (reportlab, invariant), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from gen_common import FULLWIDTH

FIXED_ZIP_TIME = (2025, 1, 2, 8, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 2, 8, 0, 0)
UNFULL = {v: k for k, v in FULLWIDTH.items()}


def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        if not para:
            out.append("")
            continue
        line = ""
        for w in para.split(" "):
            if len(line) + len(w) + 1 > width and line:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def make_pdf(title, body, author="Hôpital Saint-Aurèle", compress=1, subtitle=None):
    """body: text with newlines; returns bytes."""
    body = body.translate(UNFULL)
    title = title.translate(UNFULL)
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=compress)
    c.setAuthor(author)
    c.setTitle(title)
    c.setCreator("SIC-Documents 4.2")
    c.setSubject(title)
    width, height = letter
    y = height - 60

    def header():
        nonlocal y
        c.setFont("Helvetica-Bold", 13)
        c.drawString(50, height - 50, title)
        if subtitle:
            c.setFont("Helvetica", 9)
            c.drawString(50, height - 64, subtitle)
        y = height - 90

    header()
    c.setFont("Helvetica", 10)
    for line in _wrap(body, 95):
        if y < 60:
            c.showPage()
            header()
            c.setFont("Helvetica", 10)
        c.drawString(50, y, line)
        y -= 13
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>2025-01-02T08:00:00Z\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>2025-01-02T08:00:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="CMOCB"):
    import docx
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
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, author="CMOCB"):
    """sheets: list of (title, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=",", encoding="utf-8", crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def _ics_fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, start, end, summary, description="", location="", organizer=None, method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Hopital Saint-Aurele//Agenda bloc//FR", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20250102T130000Z",
             "DTSTART;TZID=America/Toronto:" + start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Toronto:" + end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:" + _ics_esc(summary)]
    if location:
        lines.append("LOCATION:" + _ics_esc(location))
    if description:
        lines.append("DESCRIPTION:" + _ics_esc(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(given, surname, tel=None, adr=None, note=None, org=None, email=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given), "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:" + org)
    if title:
        lines.append("TITLE:" + title)
    if tel:
        lines.append("TEL;TYPE=CELL:" + tel)
    if email:
        lines.append("EMAIL;TYPE=INTERNET:" + email)
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if note:
        lines.append("NOTE:" + _ics_esc(note))
    lines += ["REV:20250102T080000Z", "END:VCARD"]
    return ("\r\n".join(_ics_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_zip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()
