"""Attachment builders with fixed timestamps (byte-identical across runs)."""
import csv
import datetime
import io
import re
import zipfile

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

FIXED_DT = (2025, 1, 2, 9, 0, 0)
FIXED_ISO = "2025-01-02T09:00:00Z"


# ------------------------------------------------------------------- ZIP

def normalize_zip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                txt = blob.decode("utf-8")
                txt = re.sub(r"(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                txt = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                             r"\g<1>" + FIXED_ISO + r"\g<2>", txt)
                blob = txt.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return out.getvalue()


def make_zip(files, date_time=FIXED_DT):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, blob in files:
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, blob)
    return out.getvalue()


# ------------------------------------------------------------------- PDF

def _wrap(line, width=96):
    if len(line) <= width:
        return [line]
    out = []
    cur = ""
    for w in line.split(" "):
        if len(cur) + len(w) + 1 > width and cur:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(title, lines, author="", compress=True, header=None, graphics=False):
    """lines: list of str; a line starting with '## ' is drawn bold."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=letter, invariant=1, pageCompression=1 if compress else 0)
    c.setTitle(title)
    if author:
        c.setAuthor(author)
    c.setCreator("Rapports cliniques v4.2")
    width, height = letter
    y = height - 60

    def top():
        nonlocal y
        y = height - 60
        if header:
            c.setFont("Helvetica-Bold", 9)
            c.drawString(50, height - 35, header)
            c.line(50, height - 40, width - 50, height - 40)

    top()
    if graphics:
        # a hypnogram-like drawing with no text at all
        import random as _r
        rr = _r.Random(len(title))
        c.setLineWidth(0.8)
        x0, yb = 60, 420
        c.rect(50, 300, width - 100, 250)
        stages = [0, 1, 2, 3, 4]
        x = x0
        lvl = 0
        while x < width - 70:
            nl = rr.choice(stages)
            c.line(x, yb + lvl * 25, x, yb + nl * 25)
            c.line(x, yb + nl * 25, x + 6, yb + nl * 25)
            lvl = nl
            x += 6
        for k in range(40):
            xx = 60 + k * 12
            c.line(xx, 320, xx, 320 + rr.randrange(5, 60))
        c.showPage()
        c.save()
        return buf.getvalue()
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, y, title)
    y -= 26
    for raw in lines:
        bold = raw.startswith("## ")
        txt = raw[3:] if bold else raw
        for ln in _wrap(txt):
            if y < 60:
                c.showPage()
                top()
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            c.drawString(50, y, ln)
            y -= 14
        if bold:
            y -= 2
    c.showPage()
    c.save()
    return buf.getvalue()


# ------------------------------------------------------------------ DOCX

def make_docx(title, paragraphs, table=None, author="", table_after=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = datetime.datetime(2025, 1, 2, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 1, 2, 9, 0, 0)
    cp.revision = 1
    d.add_heading(title, level=1)
    paras = list(paragraphs)
    cut = len(paras) if table_after is None else table_after
    for p in paras[:cut]:
        _para(d, p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        t.style = "Table Grid"
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    for p in paras[cut:]:
        _para(d, p)
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue())


def _para(d, p):
    if p.startswith("## "):
        d.add_heading(p[3:], level=2)
    else:
        d.add_paragraph(p)


# ------------------------------------------------------------------ XLSX

def make_xlsx(sheets, author=""):
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = datetime.datetime(2025, 1, 2, 9, 0, 0)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name[:31]
        for r, row in enumerate(rows, 1):
            for ci, v in enumerate(row, 1):
                cell = ws.cell(row=r, column=ci, value=v)
                if r == 1:
                    cell.font = Font(bold=True)
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue())


# ------------------------------------------------------------------- CSV

def make_csv(rows, delimiter=",", lineterminator="\r\n"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator=lineterminator)
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# ------------------------------------------------------------------- ICS

def _ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out = []
    cur = ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def make_ics(uid, summary, start, end, location, description, organizer, attendees,
             method="REQUEST", tz="America/Toronto"):
    fmt = "%Y%m%dT%H%M%S"
    lines = [
        "BEGIN:VCALENDAR", "PRODID:-//Deux-Rives//Agenda clinique 3.1//FR", "VERSION:2.0",
        f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}",
        "DTSTAMP:20250102T140000Z",
        f"DTSTART;TZID={tz}:{start.strftime(fmt)}",
        f"DTEND;TZID={tz}:{end.strftime(fmt)}",
        f"SUMMARY:{_ics_escape(summary)}",
        f"LOCATION:{_ics_escape(location)}",
        f"DESCRIPTION:{_ics_escape(description)}",
        f"ORGANIZER;CN={_ics_escape(organizer[0])}:mailto:{organizer[1]}",
    ]
    for n, a in attendees:
        lines.append(f"ATTENDEE;CN={_ics_escape(n)};ROLE=REQ-PARTICIPANT:mailto:{a}")
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"


# ----------------------------------------------------------------- vCard

def make_vcf(given, surname, tel=None, email=None, adr=None, note=None, org=None, title=None,
             bday=None, tel_type="HOME"):
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{surname};{given};;;", f"FN:{given} {surname}"]
    if org:
        lines.append(f"ORG:{org}")
    if title:
        lines.append(f"TITLE:{title}")
    if tel:
        lines.append(f"TEL;TYPE={tel_type},VOICE:{tel}")
    if email:
        lines.append(f"EMAIL;TYPE=INTERNET:{email}")
    if adr:
        lines.append(f"ADR;TYPE=HOME:;;{adr.replace(',', chr(92) + ',')};;;;")
    if bday:
        lines.append(f"BDAY:{bday}")
    if note:
        lines.append("NOTE:" + note.replace(",", "\\,").replace("\n", "\\n"))
    lines.append("REV:20250102T090000Z")
    lines.append("END:VCARD")
    return "\r\n".join(_ics_fold(x) for x in lines) + "\r\n"
