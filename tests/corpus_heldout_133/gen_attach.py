"""Deterministic attachment builders: PDF (reportlab, invariant), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2025, 1, 2, 8, 30, 0)
FIXED_DOC_TIME = dt.datetime(2025, 1, 2, 13, 30, 0)


def _pdf_safe(s):
    s = unicodedata.normalize("NFKC", s).replace("\u2265", ">=").replace("\u2264", "<=")
    return s.encode("cp1252", "replace").decode("cp1252")


def make_pdf(title, blocks, author="", subject="", compress=True):
    """blocks: list of str (paragraph lines) or ('table', [row, ...]) or ('h', text)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(title))
    c.setAuthor(_pdf_safe(author))
    c.setSubject(_pdf_safe(subject))
    c.setCreator("Formulaires USIN")
    w, h = letter
    y = h - 60

    def newline(step=14):
        nonlocal y
        y -= step
        if y < 60:
            c.showPage()
            y = h - 60

    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _pdf_safe(title))
    newline(22)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            newline(6)
            c.setFont("Helvetica-Bold", 11)
            c.drawString(50, y, _pdf_safe(b[1]))
            newline(16)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            colw = (w - 100) / ncol
            for i, r in enumerate(rows):
                c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
                for j, cell in enumerate(r):
                    txt = _pdf_safe(str(cell))
                    maxc = int(colw / 4.6)
                    c.drawString(50 + j * colw, y, txt[:maxc])
                newline(12)
            newline(6)
        else:
            c.setFont("Helvetica", 10)
            for line in str(b).split("\n"):
                line = _pdf_safe(line)
                while len(line) > 95:
                    cut = line.rfind(" ", 0, 95)
                    cut = cut if cut > 20 else 95
                    c.drawString(50, y, line[:cut])
                    newline()
                    line = line[cut:].lstrip()
                c.drawString(50, y, line)
                newline()
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, core_time=FIXED_DOC_TIME):
    """Rewrite a ZIP (DOCX/XLSX) with fixed member times and fixed core.xml dates."""
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    stamp = core_time.strftime("%Y-%m-%dT%H:%M:%SZ")
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            blob = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                for tag in ("created", "modified"):
                    txt = re.sub(rf"(<dcterms:{tag}[^>]*>)[^<]*(</dcterms:{tag}>)", rf"\g<1>{stamp}\g<2>", txt)
                txt = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rf"\g<1>{stamp}\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, blocks, author="USIN"):
    """blocks: str paragraphs, ('h', text), ('table', rows)."""
    from docx import Document
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 2
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            d.add_heading(b[1], level=2)
        elif isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, cell in enumerate(r):
                    t.cell(i, j).text = str(cell)
        else:
            for para in str(b).split("\n\n"):
                d.add_paragraph(para)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def make_xlsx(sheets, title="", author="USIN"):
    """sheets: list of (sheet_name, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r in rows:
            ws.append(list(r))
        for col in ws.columns:
            ws.column_dimensions[col[0].column_letter].width = min(40, max(10, max(len(str(c.value or "")) for c in col) + 2))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def make_csv(rows, delimiter=",", eol="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=eol)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold_line(line):
    b = line.encode("utf-8")
    if len(b) <= 74:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 73:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def make_ics(uid, start, minutes, summary, location, description, organizer, method="REQUEST", attendees=()):
    end = start + dt.timedelta(minutes=minutes)
    f = "%Y%m%dT%H%M%S"
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CMESA//Agenda USIN//FR", f"METHOD:{method}",
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{FIXED_DOC_TIME.strftime(f)}Z",
             f"DTSTART;TZID=America/Toronto:{start.strftime(f)}", f"DTEND;TZID=America/Toronto:{end.strftime(f)}",
             f"SUMMARY:{_ics_escape(summary)}", f"LOCATION:{_ics_escape(location)}",
             f"DESCRIPTION:{_ics_escape(description)}", f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}"]
    for cn, mail in attendees:
        lines.append(f"ATTENDEE;CN=\"{cn}\";ROLE=REQ-PARTICIPANT:mailto:{mail}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_fold_line(x) for x in lines) + "\r\n"


def make_vcard(fn, n_parts, tels=(), emails=(), adr=None, note=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{fn}", "N:" + ";".join(n_parts)]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    for kind, t in tels:
        lines.append(f"TEL;TYPE={kind}:{t}")
    for e in emails:
        lines.append(f"EMAIL;TYPE=INTERNET:{e}")
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + ";".join(x.replace(",", "\\,") for x in adr))
    if note:
        lines.append(f"NOTE:{_ics_escape(note)}")
    lines.append("END:VCARD")
    return "\r\n".join(_fold_line(x) for x in lines) + "\r\n"


def make_zip(members):
    """members: list of (name, bytes)."""
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
