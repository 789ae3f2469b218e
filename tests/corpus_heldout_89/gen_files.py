"""Attachment factories with fixed timestamps so that runs are byte-identical."""
import datetime
import io
import re
import zipfile

from reportlab import rl_config
rl_config.invariant = 1
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

import docx
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Font

FIXED = datetime.datetime(2025, 1, 6, 8, 30, 0)
ZIP_DT = (2025, 1, 6, 8, 30, 0)


def normalize_zip(data, dt=ZIP_DT):
    """Rewrite an OOXML zip with fixed member timestamps and core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                             r"\g<1>2025-01-06T08:30:00Z\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(members, dt=ZIP_DT):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------- PDF
def _wrap(text, font, size, width):
    words = text.split(" ")
    lines, cur = [], ""
    for w in words:
        t = (cur + " " + w) if cur else w
        if stringWidth(t, font, size) <= width:
            cur = t
        else:
            if cur:
                lines.append(cur)
            cur = w
    lines.append(cur)
    return lines


def _wrap_hard(text, font, size, width):
    out = []
    for line in _wrap(text, font, size, width):
        while stringWidth(line, font, size) > width and len(line) > 1:
            k = len(line)
            while k > 1 and stringWidth(line[:k], font, size) > width:
                k -= 1
            out.append(line[:k])
            line = line[k:]
        out.append(line)
    return out


def make_pdf(title, lines, letterhead=None, footer=None, author="CHRHR"):
    """lines: list of str; '## x' = heading; 'a | b | c' = table row; '' = gap."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor(author)
    c.setCreator("CHRHR document service")
    W, H = letter
    left, right = 54, W - 54

    def head():
        y = H - 50
        if letterhead:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(left, y, letterhead[0])
            c.setFont("Helvetica", 8)
            for l in letterhead[1:]:
                y -= 11
                c.drawString(left, y, l)
            y -= 8
            c.line(left, y, right, y)
            y -= 22
        c.setFont("Helvetica-Bold", 13)
        c.drawString(left, y, title)
        return y - 22

    def new_page_if(y, need):
        if y - need < 60:
            if footer:
                c.setFont("Helvetica", 7)
                c.drawString(left, 36, footer)
            c.showPage()
            return head()
        return y

    y = head()
    i = 0
    avail = right - left
    while i < len(lines):
        raw = lines[i]
        if " | " in raw:
            block = []
            while i < len(lines) and " | " in lines[i]:
                block.append([x.strip() for x in lines[i].split(" | ")])
                i += 1
            ncol = max(len(r) for r in block)
            nat = [6 + max((stringWidth(r[j], "Helvetica", 8.5) if j < len(r) else 0) for r in block) for j in range(ncol)]
            if sum(nat) > avail:
                widths = [max(40.0, avail * w / sum(nat)) for w in nat]
                k = avail / sum(widths)
                widths = [w * k for w in widths]
            else:
                widths = nat
            for ri, row in enumerate(block):
                cells = [_wrap_hard(row[j] if j < len(row) else "", "Helvetica", 8.5, widths[j] - 5) for j in range(ncol)]
                h = 10.5 * max(len(x) for x in cells)
                y = new_page_if(y, h)
                c.setFont("Helvetica-Bold" if ri == 0 else "Helvetica", 8.5)
                x = left
                for j in range(ncol):
                    for li, txt in enumerate(cells[j]):
                        c.drawString(x, y - li * 10.5, txt)
                    x += widths[j]
                y -= h + 2
            continue
        i += 1
        if raw == "":
            y -= 8
            continue
        if raw.startswith("## "):
            y = new_page_if(y, 15)
            c.setFont("Helvetica-Bold", 10.5)
            c.drawString(left, y, raw[3:])
            y -= 15
            continue
        c.setFont("Helvetica", 10)
        for l in _wrap_hard(raw, "Helvetica", 10, avail):
            y = new_page_if(y, 13)
            c.setFont("Helvetica", 10)
            c.drawString(left, y, l)
            y -= 13
    if footer:
        c.setFont("Helvetica", 7)
        c.drawString(left, 36, footer)
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX
def make_docx(title, paragraphs, table=None, author="CHRHR", header_text=None):
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = title
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------ XLSX
def make_xlsx(sheets, author="CHRHR"):
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for i, r in enumerate(rows):
            ws.append(list(r))
            if i == 0:
                for cell in ws[1]:
                    cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(45, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------- CSV etc.
def make_csv(rows, sep=",", crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v
    nl = "\r\n" if crlf else "\n"
    return nl.join(sep.join(q(v) for v in r) for r in rows) + nl


def _ics_fold(line):
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


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def make_ics(uid, summary, start, end, location="", description="", organizer=None,
             attendees=(), method="REQUEST", tzid="America/Toronto"):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHRHR//Agenda 4.2//FR",
         f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
         "DTSTAMP:20250106T133000Z",
         f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}",
         f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}",
         f"SUMMARY:{_ics_esc(summary)}"]
    if location:
        L.append(f"LOCATION:{_ics_esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{_ics_esc(description)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, a in attendees:
        L.append(f"ATTENDEE;CN={n};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"


def make_vcf(fn, n_parts, tels=(), adr=None, email=None, note=None, org=None,
             title=None, bday=None):
    L = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{fn}", "N:" + ";".join(n_parts)]
    if org:
        L.append(f"ORG:{org}")
    if title:
        L.append(f"TITLE:{title}")
    for kind, t in tels:
        L.append(f"TEL;TYPE={kind}:{t}")
    if email:
        L.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        L.append("ADR;TYPE=HOME:;;" + adr.replace(",", "\\,"))
    if bday:
        L.append(f"BDAY:{bday}")
    if note:
        L.append("NOTE:" + _ics_esc(note))
    L.append("END:VCARD")
    return "\r\n".join(_ics_fold(l) for l in L) + "\r\n"
