"""Deterministic attachments: PDF (reportlab), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import csv
import datetime as _dt
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

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)


def _cp1252(s):
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(title, blocks, compress=True, author="URC", when=None):
    """blocks: str paragraphs, ('h', text) headings, ('table', headers, rows), ('kv', [(k, v)])."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252(title))
    c.setAuthor(_cp1252(author))
    c.setCreator("Formulaires URC")
    w, h = letter
    y = h - 60

    def line(txt, font="Helvetica", size=10, x=54):
        nonlocal y
        if y < 60:
            c.showPage()
            y = h - 60
        c.setFont(font, size)
        c.drawString(x, y, _cp1252(txt))
        y -= size + 4

    line(title, "Helvetica-Bold", 13)
    y -= 6
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                for l in textwrap.wrap(para, 95) or [""]:
                    line(l)
            y -= 4
        elif b[0] == "h":
            y -= 4
            line(b[1], "Helvetica-Bold", 11)
        elif b[0] == "kv":
            for k, v in b[1]:
                line(f"{k} : {v}" if k else v)
            y -= 4
        elif b[0] == "table":
            cols = len(b[1])
            cw = (w - 108) / cols
            for row in [b[1]] + list(b[2]):
                if y < 60:
                    c.showPage()
                    y = h - 60
                font = "Helvetica-Bold" if row is b[1] else "Helvetica"
                c.setFont(font, 8)
                for i, cell in enumerate(row):
                    txt = _cp1252(str(cell))
                    maxc = int(cw / 4.4)
                    c.drawString(54 + i * cw, y, txt[:maxc])
                y -= 12
            y -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def normalize_zip(data, when="2024-01-02T08:00:00Z"):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            content = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = content.decode("utf-8")
                txt = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                             lambda m: m.group(1) + when + m.group(3), txt)
                content = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            zout.writestr(zi, content)
    return out.getvalue()


def docx(title, blocks, author="URC", when=_dt.datetime(2024, 1, 2, 8, 0, 0)):
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = when
    cp.modified = when
    cp.revision = 1
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                d.add_paragraph(para)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                r = p.add_run(f"{k} : " if k else "")
                r.bold = True
                p.add_run(v)
        elif b[0] == "table":
            t = d.add_table(rows=1, cols=len(b[1]))
            t.style = "Table Grid"
            for i, hd in enumerate(b[1]):
                t.rows[0].cells[i].text = hd
            for row in b[2]:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = str(v)
    for p in d.paragraphs:
        for r in p.runs:
            r.font.size = Pt(10.5)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def xlsx(sheets, author="URC", when=_dt.datetime(2024, 1, 2, 8, 0, 0)):
    """sheets: list of (name, headers, rows)."""
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = when
    wb.properties.modified = when
    first = True
    for name, headers, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(headers))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, hd in enumerate(headers):
            ws.column_dimensions[chr(65 + i)].width = max(10, min(40, len(str(hd)) + 6))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), when.strftime("%Y-%m-%dT%H:%M:%SZ"))


def csv_text(headers, rows, delim=","):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\n")
    w.writerow(headers)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, summary, start, end, location, description, organizer, stamp, attendees=()):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\n".join(out)

    lines = ["BEGIN:VCALENDAR", "PRODID:-//Rive-Boreale//Agenda URC//FR", "VERSION:2.0",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
             f"DTSTAMP:{stamp.strftime('%Y%m%dT%H%M%SZ')}",
             f"DTSTART;TZID=America/Toronto:{start.strftime('%Y%m%dT%H%M%S')}",
             f"DTEND;TZID=America/Toronto:{end.strftime('%Y%m%dT%H%M%S')}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}",
             f"DESCRIPTION:{esc(description)}", f"ORGANIZER;CN={esc(organizer[0])}:mailto:{organizer[1]}"]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={esc(n)};RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "\n".join(fold(l) for l in lines) + "\n"


def vcard(fn, n, tel=None, adr=None, email=None, bday=None, note=None, org=None, title=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{n}", f"FN:{fn}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        for kind, num in tel:
            lines.append(f"TEL;TYPE={kind}:{num}")
    if adr:
        lines.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,") + ";;;;")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace("\n", "\\n").replace(",", "\\,"))
    lines.append("END:VCARD")
    return "\n".join(lines) + "\n"


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return out.getvalue()


# convenience wrappers returning attachment dicts for gen_mime
def att_pdf(filename, title, blocks, compress=True, author="URC"):
    return {"filename": filename, "ctype": "application/pdf", "feature": "PDF attachment",
            "data": pdf(title, blocks, compress, author)}


def att_docx(filename, title, blocks, author="URC"):
    return {"filename": filename, "feature": "DOCX attachment",
            "ctype": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "data": docx(title, blocks, author)}


def att_xlsx(filename, sheets, author="URC"):
    return {"filename": filename, "feature": "XLSX attachment",
            "ctype": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "data": xlsx(sheets, author)}


def att_csv(filename, headers, rows, charset="utf-8", cte="base64", delim=","):
    return {"filename": filename, "ctype": "text/csv", "feature": "CSV attachment",
            "text": csv_text(headers, rows, delim), "charset": charset, "cte": cte}


def att_ics(filename, text, cte="7bit"):
    return {"filename": filename, "ctype": "text/calendar", "feature": "ICS attachment",
            "text": text, "charset": "utf-8", "cte": cte}


def att_vcf(filename, text, cte="quoted-printable"):
    return {"filename": filename, "ctype": "text/vcard", "feature": "vCard attachment",
            "text": text, "charset": "utf-8", "cte": cte}


def att_zip(filename, members):
    return {"filename": filename, "ctype": "application/zip", "feature": "ZIP attachment",
            "data": zip_bytes(members)}


def att_eml(filename, data):
    return {"filename": filename, "ctype": "message/rfc822", "feature": "attached message/rfc822",
            "data": data}
