"""Deterministic attachment builders: PDF, DOCX, XLSX, CSV, ICS, vCard, ZIP."""
import datetime as dt
import io
import re
import zipfile

FIXED_ZIP_TIME = (2025, 1, 15, 9, 30, 0)
FIXED_ISO = "2025-01-15T09:30:00Z"


class Attachment:
    def __init__(self, filename, ctype, data, kind):
        self.filename = filename
        self.ctype = ctype          # "application/pdf"
        self.data = data            # bytes (or str for text kinds)
        self.kind = kind            # pdf docx xlsx csv ics vcf zip eml txt


# ------------------------------------------------------------------ helpers
def _rezip(data, fix_core=True):
    """Rewrite an OOXML zip with fixed member times and fixed core dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in sorted(src.namelist(), key=lambda n: (n != "[Content_Types].xml", n)):
            blob = src.read(name)
            if fix_core and name == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"<cp:lastPrinted>[^<]*</cp:lastPrinted>", "", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------ PDF
def pdf(filename, title, lines, table=None):
    """lines: list of str; table: optional list of rows (list of str)."""
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1)
    c.setTitle(title)
    c.setAuthor("CHUSV")
    c.setCreator("CHUSV BRC")
    w, h = letter
    y = h - 60
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    c.setFont("Helvetica", 10)

    def newline(y):
        if y < 60:
            c.showPage()
            c.setFont("Helvetica", 10)
            return h - 60
        return y

    for ln in lines:
        for chunk in _wrap(ln, 95):
            c.drawString(50, y, chunk)
            y -= 14
            y = newline(y)
    if table:
        y -= 6
        ncol = len(table[0])
        colw = (w - 100) / ncol
        for r, row in enumerate(table):
            c.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 8)
            for j, cell in enumerate(row):
                c.drawString(50 + j * colw, y, str(cell)[: int(colw / 4.3)])
            y -= 12
            y = newline(y)
    c.showPage()
    c.save()
    return Attachment(filename, "application/pdf", buf.getvalue(), "pdf")


def _wrap(text, width):
    if not text:
        return [""]
    words, out, cur = text.split(" "), [], ""
    for wd in words:
        if len(cur) + len(wd) + 1 > width and cur:
            out.append(cur)
            cur = wd
        else:
            cur = (cur + " " + wd) if cur else wd
    out.append(cur)
    return out


# ------------------------------------------------------------------ DOCX
def docx(filename, title, paragraphs, table=None):
    import docx as _docx

    d = _docx.Document()
    cp = d.core_properties
    fixed = dt.datetime(2025, 1, 15, 9, 30, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.title = title
    cp.author = "CHUSV"
    cp.last_modified_by = "CHUSV"
    cp.revision = 1
    d.add_heading(title, level=1)
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    buf = io.BytesIO()
    d.save(buf)
    return Attachment(filename, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                      _rezip(buf.getvalue()), "docx")


# ------------------------------------------------------------------ XLSX
def xlsx(filename, sheets):
    """sheets: list of (sheet_title, rows)."""
    import openpyxl

    wb = openpyxl.Workbook()
    fixed = dt.datetime(2025, 1, 15, 9, 30, 0)
    wb.properties.created = fixed
    wb.properties.modified = fixed
    wb.properties.creator = "CHUSV"
    wb.properties.lastModifiedBy = "CHUSV"
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title[:31]
        for row in rows:
            ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return Attachment(filename, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                      _rezip(buf.getvalue()), "xlsx")


# ------------------------------------------------------------------ CSV
def csv(filename, rows, sep=",", crlf=True):
    def q(v):
        v = str(v)
        if sep in v or '"' in v or "\n" in v:
            return '"' + v.replace('"', '""') + '"'
        return v

    nl = "\r\n" if crlf else "\n"
    text = nl.join(sep.join(q(c) for c in r) for r in rows) + nl
    return Attachment(filename, "text/csv", text, "csv")


# ------------------------------------------------------------------ ICS
def ics(filename, uid, start, end, summary, location, description, organizer, attendees=()):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        out, b = [], line
        while len(b.encode("utf-8")) > 73:
            cut = 73
            while len(b[:cut].encode("utf-8")) > 73:
                cut -= 1
            out.append(b[:cut])
            b = " " + b[cut:]
        out.append(b)
        return "\r\n".join(out)

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CHUSV//BRC Agenda 3.2//FR", "METHOD:REQUEST",
             "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20250115T143000Z",
             f"DTSTART;TZID=America/Toronto:{start:%Y%m%dT%H%M%S}",
             f"DTEND;TZID=America/Toronto:{end:%Y%m%dT%H%M%S}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;CN={a[0]};ROLE=REQ-PARTICIPANT:mailto:{a[1]}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(fold(l) for l in lines) + "\r\n"
    return Attachment(filename, "text/calendar", text, "ics")


# ------------------------------------------------------------------ vCard
def vcard(filename, given, surname, org=None, title=None, tel=None, tel_type="HOME", adr=None,
          email=None, bday=None, note=None):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if adr:
        lines.append(f"ADR;TYPE={'HOME' if tel_type == 'HOME' else 'WORK'}:;;{adr[0]};{adr[1]};;;Canada")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("END:VCARD")
    return Attachment(filename, "text/vcard", "\r\n".join(lines) + "\r\n", "vcf")


# ------------------------------------------------------------------ ZIP
def zip_of(filename, members):
    """members: list of Attachment; text members encoded utf-8."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            zi = zipfile.ZipInfo(m.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(ch) > 127 for ch in m.filename):
                zi.flag_bits |= 0x800
            data = m.data.encode("utf-8") if isinstance(m.data, str) else m.data
            z.writestr(zi, data)
    return Attachment(filename, "application/zip", out.getvalue(), "zip")


def text_file(filename, text):
    return Attachment(filename, "text/plain", text, "txt")
