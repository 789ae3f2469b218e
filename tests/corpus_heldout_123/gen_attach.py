"""Attachment builders: PDF, DOCX, XLSX, ZIP, CSV, ICS, vCard.

All outputs are reproducible: reportlab runs with invariant=1, and every ZIP container
(including DOCX and XLSX) is rewritten with fixed member times and fixed core dates.
"""
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

FIXED_ZIP_TIME = (2024, 1, 2, 8, 0, 0)


def _cp1252_safe(s):
    s = s.replace("\t", "   ")
    out = []
    for c in s:
        try:
            c.encode("cp1252")
            out.append(c)
        except UnicodeEncodeError:
            out.append({"≥": ">=", "≤": "<=", "µ": "u", "→": "->"}.get(c, "?"))
    return "".join(out)


def _wrap(text, width):
    words, lines, cur = text.split(" "), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    lines.append(cur)
    return lines


def make_pdf(title, lines, header=None, compress=True, author="HPTR", table=None):
    """lines: list of strings ('' for a gap, '## x' for a bold heading)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=LETTER, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(_cp1252_safe(title))
    c.setAuthor(author)
    c.setCreator("HPTR dossier clinique / clinical record")
    w, h = LETTER
    y = h - 60

    def newpage():
        nonlocal y
        c.showPage()
        y = h - 60

    if header:
        c.setFont("Helvetica-Bold", 9)
        for hl in header:
            c.drawString(50, y, _cp1252_safe(hl))
            y -= 12
        y -= 6
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, _cp1252_safe(title))
    y -= 22
    for line in lines:
        if line.startswith("## "):
            c.setFont("Helvetica-Bold", 10.5)
            text = [line[3:]]
        else:
            c.setFont("Helvetica", 10)
            text = _wrap(line, 95) if line else [""]
        for t in text:
            if y < 60:
                newpage()
                c.setFont("Helvetica", 10)
            c.drawString(50, y, _cp1252_safe(t))
            y -= 13
    if table:
        y -= 8
        colw = (w - 100) / len(table[0])
        for i, row in enumerate(table):
            if y < 60:
                newpage()
            c.setFont("Helvetica-Bold" if i == 0 else "Helvetica", 8.5)
            for j, cell in enumerate(row):
                c.drawString(50 + j * colw, y, _cp1252_safe(str(cell))[:int(colw / 4.6)])
            y -= 12
    c.showPage()
    c.save()
    return buf.getvalue()


def _fixed_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def normalize_zip(data, core_dt=None):
    """Rewrite a ZIP (docx/xlsx) with fixed member times and fixed core.xml dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml" and core_dt is not None:
                iso = _fixed_iso(core_dt).encode()
                blob = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>" + iso + rb"\g<3>", blob)
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_docx(title, paragraphs, table=None, author="HPTR", core_dt=None):
    import docx
    core_dt = core_dt or datetime.datetime(2024, 1, 2, 8, 0, 0)
    d = docx.Document()
    d.core_properties.author = author
    d.core_properties.last_modified_by = author
    d.core_properties.title = title
    d.core_properties.created = core_dt
    d.core_properties.modified = core_dt
    d.core_properties.last_printed = core_dt
    d.core_properties.revision = 1
    d.core_properties.comments = ""
    d.add_heading(title, level=1)
    for p in paragraphs:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        t.style = "Table Grid"
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), core_dt)


def make_xlsx(sheets, author="HPTR", core_dt=None):
    """sheets: list of (title, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    core_dt = core_dt or datetime.datetime(2024, 1, 2, 8, 0, 0)
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = core_dt
    wb.properties.modified = core_dt
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for r in rows:
            ws.append(list(r))
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max(len(str(c.value or "")) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(60, width + 2)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), core_dt)


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


def make_csv(rows, sep=",", encoding="utf-8", bom=False, eol="\r\n"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    data = (eol.join(out) + eol).encode(encoding)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ""
        cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, start, end, summary, location, description, organizer, attendee=None,
             method="REQUEST", stamp=None):
    stamp = stamp or datetime.datetime(2024, 1, 2, 8, 0, 0)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//HPTR//Agenda cliniques//FR", "VERSION:2.0",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid,
             "DTSTAMP:%s" % stamp.strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=America/Montreal:%s" % start.strftime("%Y%m%dT%H%M%S"),
             "DTEND;TZID=America/Montreal:%s" % end.strftime("%Y%m%dT%H%M%S"),
             "SUMMARY:%s" % _ics_escape(summary), "LOCATION:%s" % _ics_escape(location),
             "DESCRIPTION:%s" % _ics_escape(description),
             "ORGANIZER;CN=%s:mailto:%s" % organizer]
    if attendee:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % attendee)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")


def make_vcard(given, sur, org=None, title=None, tel=None, adr=None, email=None, note=None,
               version="3.0"):
    lines = ["BEGIN:VCARD", "VERSION:%s" % version, "N:%s;%s;;;" % (sur, given),
             "FN:%s %s" % (given, sur)]
    if org:
        lines.append("ORG:%s" % org)
    if title:
        lines.append("TITLE:%s" % title)
    if tel:
        for kind, num in tel:
            lines.append("TEL;TYPE=%s:%s" % (kind, num))
    if adr:
        kind, street, city, region, code = adr
        lines.append("ADR;TYPE=%s:;;%s;%s;%s;%s;Canada" % (kind, street, city, region, code))
    if email:
        lines.append("EMAIL;TYPE=INTERNET:%s" % email)
    if note:
        lines.append("NOTE:%s" % _ics_escape(note))
    lines.append("END:VCARD")
    return ("\r\n".join(_fold(l) for l in lines) + "\r\n").encode("utf-8")
