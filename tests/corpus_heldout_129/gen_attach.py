"""Deterministic attachment builders: PDF (reportlab), DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 9, 1, 8, 0, 0)
FIXED_DT = datetime.datetime(2024, 9, 1, 8, 0, 0)


def _pdf_safe(s):
    s = "".join(chr(ord(ch) - 0xFEE0) if 0xFF01 <= ord(ch) <= 0xFF5E else ch for ch in str(s))
    for a, b in (("≥", ">="), ("≤", "<="), ("→", "->"), ("µ", "u"), ("\u202f", " "), ("\u2009", " ")):
        s = s.replace(a, b)
    return s.encode("cp1252", "replace").decode("cp1252")


def pdf(title, blocks, compress=True, author="", doc_title=None):
    """blocks: str paragraphs, ('kv', [(k,v)]), ('table', header, rows), ('h', text)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_pdf_safe(doc_title if doc_title is not None else title))
    if author:
        c.setAuthor(_pdf_safe(author))
    c.setCreator("Trois-Pignons forms")
    width, height = letter
    y = [height - 60]

    def line(txt, font="Helvetica", size=10, x=54):
        if y[0] < 60:
            c.showPage()
            y[0] = height - 60
        c.setFont(font, size)
        c.drawString(x, y[0], _pdf_safe(txt))
        y[0] -= size + 4

    line(title, "Helvetica-Bold", 13)
    y[0] -= 6
    for b in blocks:
        if isinstance(b, str):
            for para in b.split("\n"):
                for ln in simpleSplit(_pdf_safe(para), "Helvetica", 10, width - 108) or [""]:
                    line(ln)
            y[0] -= 6
        elif b[0] == "h":
            y[0] -= 4
            line(b[1], "Helvetica-Bold", 11)
        elif b[0] == "kv":
            for k, v in b[1]:
                line(f"{k} : {v}")
            y[0] -= 6
        elif b[0] == "table":
            header, rows = b[1], b[2]
            ncol = len(header)
            colw = (width - 108) / ncol
            for j, r in enumerate([header] + rows):
                if y[0] < 60:
                    c.showPage()
                    y[0] = height - 60
                c.setFont("Helvetica-Bold" if j == 0 else "Helvetica", 8.5)
                for i, cell in enumerate(r):
                    txt = _pdf_safe(cell)
                    while c.stringWidth(txt, "Helvetica", 8.5) > colw - 4 and len(txt) > 3:
                        txt = txt[:-1]
                    c.drawString(54 + i * colw, y[0], txt)
                y[0] -= 12
            y[0] -= 6
    c.showPage()
    c.save()
    return buf.getvalue()


def _core_fix(xml):
    xml = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", rb"\g<1>2024-09-01T08:00:00Z\2", xml)
    xml = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rb"\g<1>2024-09-01T08:00:00Z\2", xml)
    xml = re.sub(rb"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", rb"\g<1>2024-09-01T08:00:00Z\2", xml)
    return xml


def normalize_zip(data):
    """Rewrite an OOXML package with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _core_fix(body)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, body)
    return out.getvalue()


def docx(title, blocks, author="CDETP"):
    from docx import Document
    from docx.shared import Pt
    d = Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = ""
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    cp.comments = ""
    cp.keywords = ""
    cp.subject = ""
    d.add_heading(title, level=1)
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=2)
        elif b[0] == "kv":
            for k, v in b[1]:
                p = d.add_paragraph()
                r = p.add_run(f"{k} : ")
                r.bold = True
                p.add_run(str(v))
        elif b[0] == "list":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif b[0] == "table":
            header, rows = b[1], b[2]
            t = d.add_table(rows=1 + len(rows), cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.cell(0, i).text = str(h)
            for j, r in enumerate(rows):
                for i, v in enumerate(r):
                    t.cell(j + 1, i).text = str(v)
    for p in d.paragraphs:
        for r in p.runs:
            r.font.size = Pt(10.5)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def xlsx(sheets, author="CDETP"):
    """sheets: list of (name, header, rows)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    first = True
    for name, header, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        ws.append(list(header))
        for c in ws[1]:
            c.font = Font(bold=True)
        for r in rows:
            ws.append(list(r))
        for i, h in enumerate(header):
            ws.column_dimensions[chr(65 + i)].width = max(10, min(40, len(str(h)) + 6))
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


def csv_text(header, rows, delim=";"):
    def q(v):
        v = str(v)
        if delim in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    lines = [delim.join(q(h) for h in header)] + [delim.join(q(c) for c in r) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def ics(events, method="REQUEST", prodid="-//Trois-Pignons//Agenda 3.4//FR"):
    """events: list of dicts with uid, start, end (naive local datetimes), summary, location, description."""
    def esc(s):
        return str(s).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def foldl(s):
        out, cur = [], ""
        for ch in s:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)

    L = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", f"METHOD:{method}", "CALSCALE:GREGORIAN"]
    for e in events:
        L += ["BEGIN:VEVENT", f"UID:{e['uid']}", "DTSTAMP:20240901T120000Z",
              f"DTSTART;TZID=America/Toronto:{e['start']:%Y%m%dT%H%M%S}",
              f"DTEND;TZID=America/Toronto:{e['end']:%Y%m%dT%H%M%S}",
              f"SUMMARY:{esc(e['summary'])}", f"LOCATION:{esc(e.get('location', ''))}"]
        if e.get("description"):
            L.append(f"DESCRIPTION:{esc(e['description'])}")
        if e.get("organizer"):
            L.append(f"ORGANIZER;CN={esc(e['organizer'][0])}:mailto:{e['organizer'][1]}")
        for a in e.get("attendees", []):
            L.append(f"ATTENDEE;CN={esc(a[0])};ROLE=REQ-PARTICIPANT:mailto:{a[1]}")
        L += ["STATUS:CONFIRMED", "END:VEVENT"]
    L.append("END:VCALENDAR")
    return "\r\n".join(foldl(x) for x in L) + "\r\n"


def vcard(cards):
    """cards: list of dicts: fn, n (sur, given), tel [(type, num)], adr [(type, street, city, region, pc)],
    email, org, title, bday, note."""
    def esc(s):
        return str(s).replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")
    L = []
    for c in cards:
        L += ["BEGIN:VCARD", "VERSION:3.0", f"N:{esc(c['n'][0])};{esc(c['n'][1])};;;", f"FN:{esc(c['fn'])}"]
        if c.get("org"):
            L.append(f"ORG:{esc(c['org'])}")
        if c.get("title"):
            L.append(f"TITLE:{esc(c['title'])}")
        for typ, num in c.get("tel", []):
            L.append(f"TEL;TYPE={typ}:{num}")
        for typ, street, city, region, pc in c.get("adr", []):
            L.append(f"ADR;TYPE={typ}:;;{esc(street)};{esc(city)};{esc(region)};{esc(pc)};Canada")
        if c.get("email"):
            L.append(f"EMAIL;TYPE=INTERNET:{c['email']}")
        if c.get("bday"):
            L.append(f"BDAY:{c['bday']}")
        if c.get("note"):
            L.append(f"NOTE:{esc(c['note'])}")
        L.append("END:VCARD")
    return "\r\n".join(L) + "\r\n"


def zip_members(members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()
