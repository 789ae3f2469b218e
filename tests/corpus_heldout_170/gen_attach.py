"""Deterministic attachments: PDF (reportlab), DOCX (python-docx), XLSX (openpyxl), CSV, ICS,
vCard and ZIP."""
import datetime
import io
import re
import zipfile

from docx import Document
from docx.shared import Pt
from openpyxl import Workbook
from openpyxl.styles import Font
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 6, 9, 0, 0)
FIXED_DT = datetime.datetime(2025, 1, 6, 9, 0, 0)
FIXED_ISO = "2025-01-06T09:00:00Z"


# ---------------------------------------------------------------- PDF
def _wrap(text, width):
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                out.append(line)
                line = w
            else:
                line = (line + " " + w) if line else w
        out.append(line)
    return out


def make_pdf(title, blocks, author="Archives médicales CHRVB", subject=""):
    """blocks: list of (kind, payload): ('h', str), ('p', str), ('kv', [(k, v)]),
    ('table', [row, ...]) with the first row as header, ('sp', None)."""
    for kind, payload in blocks:
        flat = payload if isinstance(payload, str) else repr(payload)
        if payload is not None:
            flat.encode("cp1252")  # standard fonts: WinAnsi only
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=0)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("CHRVB ROI")
    c.setSubject(subject or title)
    width, height = LETTER
    left, top, bottom = 54, height - 60, 60
    y = [top]

    def need(h):
        if y[0] - h < bottom:
            c.showPage()
            y[0] = top

    def line(txt, font="Helvetica", size=10, x=left, step=None):
        need(step or size + 4)
        c.setFont(font, size)
        c.drawString(x, y[0], txt)
        y[0] -= step or size + 4

    line(title, "Helvetica-Bold", 13, step=20)
    for kind, payload in blocks:
        if kind == "h":
            y[0] -= 4
            line(payload, "Helvetica-Bold", 11, step=16)
        elif kind == "p":
            for ln in _wrap(payload, 98):
                line(ln)
            y[0] -= 4
        elif kind == "kv":
            for k, v in payload:
                need(14)
                c.setFont("Helvetica-Bold", 10)
                c.drawString(left, y[0], k)
                c.setFont("Helvetica", 10)
                c.drawString(left + 170, y[0], v)
                y[0] -= 14
            y[0] -= 4
        elif kind == "table":
            ncol = max(len(r) for r in payload)
            lens = [max(len(str(r[j])) if j < len(r) else 0 for r in payload) + 2
                    for j in range(ncol)]
            total = float(sum(lens))
            avail = width - 2 * left
            widths = [avail * n / total for n in lens]
            xs = [left + sum(widths[:j]) for j in range(ncol)]
            for i, row in enumerate(payload):
                need(12)
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8)
                for j, cell in enumerate(row):
                    c.drawString(xs[j], y[0], str(cell)[:max(4, int(widths[j] / 4.0))])
                y[0] -= 12
            y[0] -= 6
        elif kind == "sp":
            y[0] -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


# ---------------------------------------------------------------- OOXML normalisation
def normalize_zip(data, fix_core=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if fix_core and info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                             r"\g<1>%s\g<2>" % FIXED_ISO, txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- DOCX
def make_docx(title, blocks, author="Archives médicales"):
    """blocks like make_pdf (h, p, kv, table, sp)."""
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    doc.add_heading(title, level=1)
    for kind, payload in blocks:
        if kind == "h":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "kv":
            t = doc.add_table(rows=0, cols=2)
            for k, v in payload:
                cells = t.add_row().cells
                cells[0].text = k
                cells[1].text = v
        elif kind == "table":
            ncol = max(len(r) for r in payload)
            t = doc.add_table(rows=0, cols=ncol)
            t.style = "Table Grid"
            for row in payload:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = str(v)
        elif kind == "sp":
            doc.add_paragraph("")
    buf = io.BytesIO()
    doc.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- XLSX
def make_xlsx(sheets, author="Archives médicales"):
    """sheets: list of (sheet_title, rows) with rows[0] the header."""
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for i, row in enumerate(rows):
            ws.append(list(row))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for j in range(max(len(r) for r in rows)):
            width = max(len(str(r[j])) if j < len(r) else 0 for r in rows)
            ws.column_dimensions[chr(65 + j)].width = min(48, max(9, width + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ---------------------------------------------------------------- CSV / ICS / VCF
def make_csv(rows, delim=","):
    out = []
    for row in rows:
        cells = []
        for v in row:
            v = str(v)
            if delim in v or '"' in v or "\n" in v:
                v = '"' + v.replace('"', '""') + '"'
            cells.append(v)
        out.append(delim.join(cells))
    return "\r\n".join(out) + "\r\n"


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out = []
    b = line
    while len(b) > 73:
        out.append(b[:73])
        b = " " + b[73:]
    out.append(b)
    return "\r\n".join(out)


def make_ics(uid, start, end, summary, description, location, organizer, attendees=(),
             method="REQUEST"):
    st = start.strftime("%Y%m%dT%H%M%S")
    en = end.strftime("%Y%m%dT%H%M%S")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//CHRVB//Archives//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:20250106T140000Z",
             "DTSTART;TZID=America/Montreal:%s" % st, "DTEND;TZID=America/Montreal:%s" % en,
             "SUMMARY:%s" % _ics_escape(summary),
             "DESCRIPTION:%s" % _ics_escape(description),
             "LOCATION:%s" % _ics_escape(location),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1])]
    for n, a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (n, a))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


def make_vcf(given, surname, org="", title="", tel="", tel_type="WORK", email="", adr=None,
             note="", bday=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", "N:%s;%s;;;" % (surname, given),
             "FN:%s %s" % (given, surname)]
    if org:
        lines.append("ORG:%s" % org.replace(",", "\\,"))
    if title:
        lines.append("TITLE:%s" % title.replace(",", "\\,"))
    if tel:
        lines.append("TEL;TYPE=%s,VOICE:%s" % (tel_type, tel))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if adr:
        street, city, region, pc = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;Canada" % (
            "HOME" if tel_type == "HOME" else "WORK", street.replace(",", "\\,"), city, region, pc))
    if bday:
        lines.append("BDAY:%s" % bday.isoformat())
    if note:
        lines.append("NOTE:%s" % note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- ZIP
def make_zip(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ---------------------------------------------------------------- attachment dicts
def att_pdf(filename, data, mode="plain"):
    return {"filename": filename, "ctype": "application/pdf", "data": data, "fname_mode": mode}


def att_docx(filename, data, mode="plain"):
    return {"filename": filename, "data": data, "fname_mode": mode,
            "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def att_xlsx(filename, data, mode="plain"):
    return {"filename": filename, "data": data, "fname_mode": mode,
            "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def att_text(filename, text, ctype, charset="utf-8", cte="base64", mode="plain"):
    return {"filename": filename, "ctype": ctype, "text": text, "charset": charset, "cte": cte,
            "fname_mode": mode}


def att_zip(filename, data, mode="plain"):
    return {"filename": filename, "ctype": "application/zip", "data": data, "fname_mode": mode}


def att_eml(filename, data, mode="plain"):
    return {"filename": filename, "ctype": "message/rfc822", "data": data, "fname_mode": mode}
